"""A place name that a longer capitalised name continues is not a mention of the place."""

from __future__ import annotations

from pathlib import Path

from archivist.config import load_settings
from archivist.pipeline import gather

REGISTRY = """version: 1
entities:
  - name: Velmora
    type: place
"""
TEXT = """Harbour talks

The Velmora Gazette reported on Tuesday that talks in Velmora had ended.
Velmora Mayor Ana Brisk said the port would reopen, and shares of Velmora Lamps fell.
The delegation stayed in Velmora Wednesday before flying home.
"""


def _linked(tmp_path: Path) -> list[tuple[int, str]]:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "reg.yml").write_text(REGISTRY, encoding="utf-8")
    settings = load_settings({"sources": "src", "registry": "reg.yml", "detect": False,
                              "cache": ""}, tmp_path, env={})
    archive = gather(settings)
    doc = archive.documents[0]
    return [(m.block, doc.blocks[m.block].text[m.end:m.end + 8]) for m in archive.mentions]


def test_a_place_inside_a_longer_name_is_not_linked_but_a_place_before_a_title_is(
        tmp_path: Path):
    after = [tail for _, tail in _linked(tmp_path)]
    assert " Gazette" not in after and " Lamps f" not in after  # newspaper, company
    assert " had end" in after  # "talks in Velmora had ended"
    assert " Mayor A" in after  # a title after the place leaves it a place
    assert " Wednesd" in after  # so does a day


def test_a_title_case_headline_does_not_make_every_place_part_of_a_name():
    from archivist.linking import _inside_longer_name  # noqa: PLC0415

    line = "Velmora Prepares for Harbour Talks as Costs Rise"
    assert not _inside_longer_name(line, len("Velmora"))
    assert _inside_longer_name("Shares of Velmora Lamps fell sharply on the news.",
                               len("Shares of Velmora"))
