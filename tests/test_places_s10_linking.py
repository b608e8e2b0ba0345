"""Places the linking stage had dropped: a flight's origin after an airport's name, a town on a
team's journey in a sports report, a sea the gazetteer lists as a weak place."""

from __future__ import annotations

from archivist.clubs import club_in_report
from archivist.detect import Detector
from archivist.place_context import part_of_other_name


def _at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_an_airports_name_before_from_is_no_title() -> None:
    text = "Two airlines fly direct to Marrakech Menara Airport from London, Paris and Madrid."
    assert not part_of_other_name(text, *_at(text, "London"))
    outlet = "He wrote for Notes from Poland for a decade."
    assert part_of_other_name(outlet, *_at(outlet, "Poland"))


def test_a_teams_journey_names_towns_not_clubs() -> None:
    text = "The coach said his side had struggled after a long journey from Limerick via Dubai."
    assert not club_in_report(text, *_at(text, "Limerick"))
    assert not club_in_report(text, *_at(text, "Dubai"))
    assert club_in_report("Leeds beat Hull 2-1 on Saturday.", 0, 5)


def test_a_sea_the_gazetteer_holds_as_weak_is_still_a_place() -> None:
    got = {c.name: c.type for c in Detector().detect(
        "Corals survive by passing through the warm waters of the southern Red Sea.")}
    assert got.get("Red Sea") == "place"


def test_a_citys_name_cut_short_is_no_alternate_name_of_it() -> None:
    from archivist.detect.lexicon import lexicon
    places = lexicon().places
    assert places.get("Samar") is None or places["Samar"].name != "Samara"
    assert "Hang" not in places and "Pert" not in places  # not Hangzhou, Perth
    assert places["Frankfurt"].name == "Frankfurt am Main"  # a whole first word stands


def test_a_team_sheets_label_is_the_club() -> None:
    sheet = ("Kestrel: Haley; Daly, Farrell, Nash, Abrahams; Crowley, Casey; Kendellen, Beirne, "
             "Edogbo, Kleyn, Donoghue, Archer, Barron, Loughman.")
    text = sheet.replace("Kestrel", "Limerick")
    assert club_in_report(text, 0, len("Limerick"))
    assert not club_in_report("Limerick: the city council met on Monday.", 0, len("Limerick"))


def test_a_subdivision_written_without_its_diacritics() -> None:
    got = {c.name: c.type for c in Detector().detect(
        "Many of the drivers come from Rajasthan, Punjab and Gujarat, the company said.")}
    assert got.get("Rajasthan") == "place" and got.get("Gujarat") == "place"


def test_an_initial_after_a_given_name_is_a_middle_initial() -> None:
    from archivist.linking import _after_given_name
    text = "64 David J. Russell, Michael Campbell (New Zealand)"
    assert _after_given_name(text, text.index("J. Russell"))
    text = "At Colchester: Gloucestershire 280 (J. Russell 63, A. Symonds 52)"
    assert not _after_given_name(text, text.index("J. Russell"))
    text = "beat German T. Haas 6-3"
    assert not _after_given_name(text, text.index("T. Haas"))


def test_romance_place_words_and_facility_heads() -> None:
    got = {c.name: c.type for c in Detector().detect(
        "Crowds filled the Plaza de Mayo and the Mercado de San Telmo. Astronomers on Cerro "
        "Paranal watched. She took the train from Shinjuku Station past Kirkstall Abbey, said "
        "Ana Ruiz. Abbey Lee and Plaza Hotels said nothing.")}
    for name in ("Plaza de Mayo", "Mercado de San Telmo", "Cerro Paranal", "Shinjuku Station",
                 "Kirkstall Abbey"):
        assert got.get(name) == "place", name
    assert got.get("Ana Ruiz") == "person"
