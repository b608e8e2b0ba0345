"""Full-text results link to their passage: block offsets in UTF-16 units, split across parts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from archivist.anchors import shown_anchors
from archivist.fulltext import _passages, part_passages, split_text, utf16_len
from archivist.model import Block, Document, Metadata


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
