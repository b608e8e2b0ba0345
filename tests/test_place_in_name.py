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


def _linked_tails(tmp_path: Path, text: str, places: tuple[str, ...]) -> list[str]:
    """The text around each linked place mention of one document ("…[Velmora]…")."""
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(text, encoding="utf-8")
    registry = "version: 1\nentities:\n" + "".join(f"  - name: {p}\n    type: place\n"
                                                    for p in places)
    (tmp_path / "reg.yml").write_text(registry, encoding="utf-8")
    settings = load_settings({"sources": "src", "registry": "reg.yml", "detect": False,
                              "cache": ""}, tmp_path, env={})
    archive = gather(settings)
    doc = archive.documents[0]
    return [doc.blocks[m.block].text[max(0, m.start - 12):m.end + 8] for m in archive.mentions]


def test_a_capitalised_word_before_a_place_makes_a_company_or_club_name(tmp_path: Path):
    text = ("Harbour shares\n\nShares of Quorix Velmora rose, and FC Velmora won at home.\n"
            "Prices in northern Velmora held steady. Meanwhile Velmora traders waited.\n"
            "Southern Velmora and Velmora's port were quiet.\n"
            "They met. Velmora officials left.\n")
    linked = _linked_tails(tmp_path, text, ("Velmora",))
    assert not any("Quorix Velmora" in t or "FC Velmora" in t for t in linked)
    assert any("northern Velmora" in t for t in linked)
    assert any("Southern Velmora" in t for t in linked)  # a compass word keeps the place
    assert any("Meanwhile Velmora" in t for t in linked)  # a common word opening a sentence
    assert any("met. Velmora" in t for t in linked)  # a full stop before it ends a sentence


def test_a_town_in_a_fixture_score_line_or_before_a_players_role_is_its_club(tmp_path: Path):
    text = ("Football results\n\nVelmora v Ostrava, Kesto v Dunmere.\n"
            "Kesto 2 Velmora 1\n"
            "Velmora striker Ana Brisk scored twice as Ostrava coach Tom Reed watched.\n"
            "Fans in Velmora celebrated. Corlandia manager Ian Vale was in Ostrava.\n"
            "Without the Velmora trio, the hosts won 3-1 against Velmora on Sunday.\n"
            "Ostrava's 2-0 defeat of Velmora came after Ian Vale scored for Velmora twice.\n")
    linked = _linked_tails(tmp_path, text, ("Velmora", "Ostrava", "Kesto", "Corlandia"))
    assert sum("in Velmora" in t for t in linked) == 1 and sum("in Ostrava" in t
                                                             for t in linked) == 1
    assert not any(" v " in t or "2 Velmora" in t or "striker" in t or "coach" in t or
                   "trio" in t or "against" in t or "defeat of" in t or "scored for" in t
                   for t in linked if "Corlandia" not in t)


def test_a_countrys_team_stays_under_the_country():
    from archivist.linking import _club  # noqa: PLC0415

    line = "France striker Jean Roux scored as England beat France 2 1."
    assert not _club(line, 0, len("France"))
    assert _club("Leeds striker Ian Vale scored.", 0, len("Leeds"))
    assert not _club("Leeds is a city in Yorkshire.", 0, len("Leeds"))


def test_a_companys_seat_after_its_legal_form_is_not_part_of_its_name():
    from archivist.detect import Detector  # noqa: PLC0415

    found = Detector().detect("Zentrix Holdings said it bought Quorival Labs Inc of Leeds, "
                              "England, for $20 million.\n")
    names = {(c.type, c.name) for c in found}
    assert ("organization", "Quorival Labs Inc") in names
    assert ("place", "Leeds") in names
    assert not any("of Leeds" in n for _, n in names)


def test_a_sentence_listing_names_is_no_headline_and_a_code_does_not_continue_a_name():
    from archivist.linking import _inside_longer_name  # noqa: PLC0415

    line = "He reported on the results of the Third Velmora International Arts Forum."
    at = line.index("Velmora") + len("Velmora")
    assert _inside_longer_name(line, at)  # a sentence, though most of its words are capitals
    intro = "Good evening. Ana Brisk, Velmora Today."
    assert _inside_longer_name(intro, intro.index("Velmora") + len("Velmora"))
    row = "Sea Star 36,5 3/9 Kesto / Velmora W145 Stentex."
    assert not _inside_longer_name(row, row.index("Velmora") + len("Velmora"))
    sign = "-- Ana Brisk, Mexico City Newsroom +52 5 728 9560"
    assert _inside_longer_name(sign, sign.index("Mexico") + len("Mexico"), sign.index("Mexico"))


def test_a_region_with_a_city_in_brackets_names_a_body_seated_there():
    from archivist.linking import _seated  # noqa: PLC0415

    line = "Students of the Siberian (Novosibirsk), Baltic (Kaliningrad) universities."
    at = line.index("Baltic")
    assert _seated(line, at, at + len("Baltic"))
    row = "Ana Brisk, Kaliningrad (Russia), won."
    at = row.index("Kaliningrad")
    assert not _seated(row, at, at + len("Kaliningrad"))  # a city, then its country
