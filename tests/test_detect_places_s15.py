"""Session 15's place rules for news nobody tuned on: classes of missed places that recur across
collections (synthetic texts; places are gazetteer entries or invented)."""

from __future__ import annotations

from pathlib import Path

from archivist.config import Settings
from archivist.detect import Detector
from archivist.model import Archive
from archivist.pipeline import gather


def _places(text: str) -> set[str]:
    return {c.name for c in Detector().detect(text) if c.type == "place"}


def _types(text: str) -> dict[str, str]:
    return {c.name: c.type for c in Detector().detect(text)}


def _archive(tmp_path: Path, texts: dict[str, str]) -> Archive:
    src = tmp_path / "src"
    src.mkdir()
    for name, text in texts.items():
        (src / name).write_text(text, encoding="utf-8")
    registry = tmp_path / "empty.yml"
    registry.write_text("version: 1\nentities: []\n", encoding="utf-8")
    return gather(Settings(sources=src, registry=registry, cache=None, detect=True,
                           fulltext=False))


def _mentioned(archive: Archive, kind: str = "place") -> set[str]:
    """Names of the entities of a kind that any document mentions."""
    by_id = {e.id: e for e in archive.entities}
    return {by_id[m.entity].name for m in archive.mentions if by_id[m.entity].type == kind}


# --- a court report's "Name, age, of Town": where the defendant lives ---------------------------

def test_age_then_of_names_the_home_town() -> None:
    text = ("Glenda Roe-Mayfield, 61, of Taylor, pleaded guilty in January to theft.\n"
            "Kyle Dorrington, 27, of Kelbyside, admitted drink-driving on the A171.\n"
            "Matthew Cholmley, 58, of Malton, was fined £900 after admitting it.")
    places = _places(text)
    assert {"Taylor", "Kelbyside", "Malton"} <= places


def test_of_without_an_age_is_left_alone() -> None:
    text = "The Bank of Kelbyside said profits rose. Lord Roe of Taylor spoke."
    assert "Kelbyside" not in _places(text)


# --- sports reports: an official's town, a venue's town, a player's home town -------------------

MATCH = """Harbour City edge Kelby Rovers in derby
Harbour City 24 Kelby Rovers 17
Baba Yara Sports Stadium, Kumasi
Saturday 27 December 2025

Harbour City beat Kelby Rovers 24-17 in a tense league match, the coach said after the match.
The striker scored two goals and the goalkeeper saved a penalty late in the season's derby.
Quarshie, a 19-year-old from Fresnillo, scored the winning goal before halftime.
Next round: Harbour City v Coast Mariners at CommBank Stadium, Parramatta.

Referee: Paddy Laurenson (Dunedin)
"""


def test_sports_report_keeps_officials_venues_and_home_towns(tmp_path: Path) -> None:
    places = _mentioned(_archive(tmp_path, {"match.txt": MATCH}))
    assert {"Kumasi", "Fresnillo", "Parramatta", "Dunedin"} <= places


def test_sports_report_still_reads_a_beaten_town_as_its_club(tmp_path: Path) -> None:
    text = MATCH.replace("Harbour City beat Kelby Rovers 24-17",
                         "Harbour City beat Leeds 24-17")
    assert "Leeds" not in _mentioned(_archive(tmp_path, {"match.txt": text}))


# --- buildings a locative puts something in -----------------------------------------------------

def test_building_after_a_locative_is_a_place() -> None:
    text = ("The council opened a rest centre at the Velmora Discovery Centre on Friday.\n"
            "She exhibited watercolours at the Pannett Art Museum in her eighties.\n"
            "A public meeting was held at Mizpah Moravian Church last week.")
    places = _places(text)
    assert {"Velmora Discovery Centre", "Pannett Art Museum", "Mizpah Moravian Church"} <= places


def test_building_that_speaks_or_employs_is_no_place() -> None:
    text = ("Forecasters at the Velmora Storm Center said the storm would turn.\n"
            "The river was in spate, according to the Kelby Flood Warning Centre.\n"
            "Ann Roe, an analyst at the Quorbala Policy Center, disagreed.")
    places = _places(text)
    assert not {"Velmora Storm Center", "Kelby Flood Warning Centre",
                "Quorbala Policy Center"} & places


# --- datelines below a long header; small towns; spellings of listed cities ---------------------

def test_dateline_after_a_header_of_blank_separated_lines() -> None:
    text = ("Former treasurer gets five years\n\nCOURTS\n\nHollis Redd\n\n"
            "Staff writer, The Courier\n\nThursday, March 5, 2026\n\n"
            "OXFORD — A woman who drained a church fund was sentenced on Wednesday.")
    assert "Oxford" in _places(text)


def test_small_town_in_a_capitals_dateline() -> None:
    text = ("Second-home premium kept\n\n"
            "CAERNARFON — Owners of second homes will go on paying the premium.")
    assert "Caernarfon" in _places(text)


def test_capitals_slug_is_no_dateline_place() -> None:
    text = "Markets\n\nEXCLUSIVE — Owners of second homes will go on paying the premium."
    assert not _places(text)


def test_city_spelt_with_a_space_or_one_letter_apart() -> None:
    text = ("Flights resumed from Port Vila on Monday.\n"
            "Traders came from Jijiga and Hargeisa to the market.")
    assert {"Port-Vila", "Hargeysa"} <= _places(text)


# --- a listed place owning what follows; rubric parts; a two-word place ending a list -----------

def test_a_listed_place_owning_a_noun_is_a_place() -> None:
    assert "Queensland" in _places("Graziers in Queensland's central west sold off stock.")


def test_a_firm_named_after_a_town_owning_assets_is_no_place() -> None:
    text = ("Barrick said its offer for Arequipa Resources Ltd had succeeded. It will now own "
            "Arequipa's excellent assets in Peru.")
    assert "Arequipa" not in _places(text)


def test_rubric_parts_a_compass_and_listed_place_or_a_small_town() -> None:
    assert "South Shropshire" in _places("NEWS — SOUTH SHROPSHIRE\nFlood gates left open\n"
                                         "By Ann Roe")
    assert "Poro" in _places("RÉGIONS | PORO\nCotton growers wait for rain")


def test_a_two_word_place_ends_a_list_of_one_word_places() -> None:
    text = ("The firm has truckers on its platform, many of them owner-drivers from Rajasthan, "
            "Punjab and Tamil Nadu.")
    assert {"Rajasthan", "Punjab", "Tamil Nadu"} <= _places(text)


# --- a round-up's "PLACE: headline" items are datelines, not speaker turns ----------------------

ROUND_UP = """BUSINESS ROUND-UP

LAGOS: Refinery cuts petrol price again

The refinery at Lekki cut its ex-depot price by 15 naira a litre on Tuesday.

ABUJA: Central bank holds rate

The central bank kept its benchmark rate at 27 percent, citing slowing inflation.
"""


def test_round_up_items_under_a_place_are_no_turns() -> None:
    from archivist.convert import parse_blocks

    blocks = parse_blocks(ROUND_UP)
    assert not any(b.speaker for b in blocks)


def test_round_up_item_places_are_linked(tmp_path: Path) -> None:
    assert {"Lagos", "Abuja"} <= _mentioned(_archive(tmp_path, {"roundup.txt": ROUND_UP}))


def test_delegates_labelled_by_country_still_speak() -> None:
    from archivist.convert import Unit, _place_rubrics

    units = [Unit("CHINA: Thank you, Mr President. We welcome the report.", 1),
             Unit("FRANCE: France supports the draft resolution", 3)]
    assert not _place_rubrics(units, ["CHINA", "FRANCE"])
    units = [Unit("LAGOS: Refinery cuts petrol price again", 1),
             Unit("ABUJA: Central bank holds rate", 3)]
    assert _place_rubrics(units, ["LAGOS", "ABUJA"])


def test_a_balinese_name_is_read_whole() -> None:
    text = ("Ni Luh Putu Sukmawati, a dive instructor from Bali who has worked in Flores for "
            "nine years, said coral had been broken.")
    assert "Ni Luh Putu Sukmawati" in _types(text)


def test_a_persons_home_town_after_of() -> None:
    text = "Defense attorney Russell Poindexter of Batesville asked for probation."
    assert ("Batesville", "place") in _types(text).items()
    assert ("Russell Poindexter", "person") in _types(text).items()
    # a body after "of" stays the body's
    assert "Acme Partners" not in _places("said Jane Roe of Acme Partners.")


def test_streets_by_number_and_with_a_side() -> None:
    text = ("The dike along 18th Street North held; work along 1st Street starts in spring.\n"
            "Tenders for the roundabout at Water Street East closed on Monday.")
    assert {"18th Street North", "1st Street", "Water Street East"} <= _places(text)
    assert not _places("The 5th Street Gallery opened a new show.")
