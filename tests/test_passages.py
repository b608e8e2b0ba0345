"""Full-text results link to their passage: block offsets in UTF-16 units, split across parts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from archivist.anchors import shown_anchors
from archivist.model import Block, Document, Metadata
from archivist.publish.fulltext import _passages, part_passages, split_text, utf16_len


def test_offsets_count_utf16_units_as_the_page_does():
    texts = ["a😀b", "Kyïv", "end"]
    passages = _passages(texts, ("p-1", "p-2", "p-3"))
    assert passages == ((0, "p-1", 1), (5, "p-2", 1), (10, "p-3", 1))  # 😀: two units in JS
    assert _passages(texts, ("p-1", "p-2", "p-3"), (2,))[2] == (10, "p-3", 2)  # on part 2
    assert utf16_len("a😀b") == 4


def anchor_at(entries: list[list], offset: int) -> str | None:
    """search.js anchorAt: the last entry starting at or before offset."""
    found = None
    for at, anchor, *_ in entries:
        if at <= offset:
            found = anchor
    return found


@given(st.lists(st.text(alphabet=st.characters(blacklist_characters="\n",
                                               blacklist_categories=("Cs",)), max_size=60),
                min_size=1, max_size=30), st.integers(min_value=5, max_value=80))
def test_every_part_knows_the_passage_at_each_of_its_characters(texts: list[str], limit: int):
    anchors = tuple(f"p-{i}" for i in range(len(texts)))
    passages = _passages(texts, anchors)
    parts = split_text("\n".join(texts), limit)
    located = part_passages(parts, passages)
    assert len(located) == len(parts)
    start = 0
    for part, entries in zip(parts, located):
        assert not part or entries[0][0] == 0  # the passage the part starts in comes first
        units = 0
        for char in part:
            truth = max((a for a in passages if a[0] <= start + units), key=lambda a: a[0])[1]
            assert anchor_at(entries, units) == truth
            units += utf16_len(char)
        start += units


def test_headings_and_kickers_have_no_passage_and_attributions_share_the_quote():
    blocks = (Block("kicker", "World", 1), Block("heading", "Title", 2, level=2),
              Block("quote", "Q", 3), Block("attribution", "— A", 4), Block("paragraph", "P", 5))
    doc = Document(id="d", source="d.txt", sha256="1" * 64, meta=Metadata(title="T"),
                   blocks=blocks, words=4)
    shown = shown_anchors(doc)
    assert shown[0] is None and shown[1] is None
    assert shown[2] == shown[3] and shown[4] and shown[4] != shown[2]


def test_passage_links_reach_the_part_of_a_long_document_that_shows_them(tmp_path):
    import re

    from archivist.config import load_settings
    from archivist.index import build_index
    from archivist.pipeline import gather, render_pages
    from archivist.publish.fulltext import search_docs

    speech = "which the council discussed again and again at length. " * 40
    turns = "\n\n".join(f"{'Question' if i < 200 else 'Anna Berg'}: Point number {i} about the "
                        f"harbour and its long quay, {speech}" for i in range(260))
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "long.txt").write_text("---\ntitle: Long hearing\n---\n" + turns)
    (tmp_path / "reg.yml").write_text("version: 1\nentities:\n  - name: Anna Berg\n"
                                      "    type: person\n")
    settings = load_settings({"sources": str(tmp_path / "src"),
                              "registry": str(tmp_path / "reg.yml"), "detect": False,
                              "cache": ""}, tmp_path, env={})
    index = build_index(gather(settings))
    site = render_pages(index, settings)
    assert "documents/long-hearing/part-2/index.md" in site
    people = site["people/anna-berg/index.md"]
    later = re.findall(r'href="\.\./\.\./documents/long-hearing/part-(\d+)/index\.html#'
                       r'(p-[0-9a-f]+)"', people)
    assert later  # turns on later parts link to their part's page, where the anchor is
    for part, anchor in later:
        assert f'id="{anchor}"' in site[f"documents/long-hearing/part-{part}/index.md"]
    passages = search_docs(index)[0].passages
    assert {p for _, _, p in passages} == set(range(1, len(index.parts["long-hearing"]) + 2))
    part2 = index.parts["long-hearing"][0]
    assert passages[part2][2] == 2 and passages[part2 - 1][2] == 1
    assert 'id="cite"' in site["documents/long-hearing/index.md"]
    assert "head_meta" in site["documents/long-hearing/part-2/index.md"]
