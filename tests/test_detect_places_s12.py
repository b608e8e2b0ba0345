"""Place rules of session 12, for news nobody tuned on (synthetic sentences; the places are
gazetteer entries, the wording invented)."""

from __future__ import annotations

from archivist.detect import Detector
from archivist.place_context import part_of_other_name


def _places(text: str) -> set[str]:
    return {c.name for c in Detector().detect(text) if c.type == "place"}


def _other(text: str, name: str) -> bool:
    start = text.index(name)
    return part_of_other_name(text, start, start + len(name))


def test_a_dateline_with_a_numeric_date_gives_its_place():
    assert "Riga" in _places("RIGA, 28.02.2026 (LETA) — Rescue workers arrived early.")
    assert "Bilbao" in _places("BILBAO, 14/06/2025. The champion kept his crown.")


def test_a_country_heading_a_round_up_item_is_a_place():
    text = ("Markets in brief\n\nFirst item.\n\nSecond item.\n\nThird item.\n\nFourth.\n\n"
            "OMAN: Port welcomes first container line\nThe port said a line would call.\n\n"
            "SAUDI ARABIA: Contractors cut numbers\nContractors were told to cut staff.")
    assert {"Oman", "Saudi Arabia"} <= _places(text)


def test_a_country_that_is_also_a_name_heads_an_item_only_before_a_headline():
    lead = "\n\n".join(["Intro line."] * 8) + "\n\n"
    assert "Jordan" not in _places(lead + "JORDAN: Thank you very much.")
    assert "Jordan" in _places(lead + "JORDAN: Phosphate exports reach record high")


def test_a_locative_before_the_opens_a_list_of_places():
    text = "Ships were rerouted away from the Red Sea and Bab el-Mandeb."
    assert not _other(text, "Red Sea")
    # no locative: a town listed with names that are no places is a company's name
    assert _other("The deal was backed by Toyota and Hyundai.", "Toyota")


def test_a_region_named_like_its_city_is_a_place_of_its_own():
    assert "Tabuk province" in _places("Work on the project in Tabuk province slowed.")
    assert "Nawa region" in _places("Farmers in the Nawa region sold cocoa.")
    assert "Tabuk" not in _places("Work on the project in Tabuk province slowed.")
    # a list of them before a plural noun: each a region of its own, no city
    assert _places("Fires hit the Pskov and Smolensk regions.") == {"Pskov region",
                                                                  "Smolensk region"}


def test_a_small_town_ending_the_clause_from_opened_is_a_place():
    assert "Arama" in _places("Irribarria, a left-hander from Arama, had beaten the veteran.")
    assert "Tosontsengel" in _places("He spoke by satellite phone from Tosontsengel.")
    assert "Hyannis" in _places("She drove four hours from Hyannis in Grant County.")
    # a name going on after it is a team's or a body's
    assert "Arama" not in _places("The bowler from Arama Cricket Club took five.")


def test_a_town_after_a_place_of_several_words_is_listed_with_places():
    text = "Fires killed 138 people above Viña del Mar and Quilpué, the worst in decades."
    start = text.index("Viña")
    end = text.index("Quilpué")
    assert not part_of_other_name(text, end, end + len("Quilpué"), {start})
    assert _other("Backed by Acme del Mar and Quilpué, the fund grew.", "Quilpué")


def test_boroughs_such_as_open_a_list_of_places():
    assert not _other("Residents of boroughs such as Iztapalapa, Tlalpan and Gustavo A. Madero "
                      "endured cuts.", "Tlalpan")


def test_a_verb_after_a_list_of_small_towns_ends_it():
    assert {"Otley", "Rothwell"} <= _places(
        "She said branches in Garforth, Otley and Rothwell would remain under review.")


def test_a_small_town_before_a_region_noun_is_a_place():
    assert "Kalkaman" in _places("The line reached the Kalkaman district on Friday.")


def test_someone_from_an_unlisted_name_is_from_a_place():
    assert "Kasulo" in _places('"Young men from Kasulo who have no work," he said.')
    # a question or a call comes from a person: no cue
    assert not _places("Our final question comes from Olumide Adeyemi of Pareto Securities.")
    # a firm after "from": no cue
    assert not _places("A statement from Gazprom said the talks went well.")
    assert not _places("Students from Leeds Beckett use the library.")


def test_a_road_to_a_name_leads_to_a_place():
    assert "Hydrobase" in _places("He keeps his boat beside the road to Hydrobase.")


def test_an_unlisted_name_after_a_citys_possessive_is_part_of_it():
    assert "Kabukicho" in _places("Bars in Shinjuku's Kabukicho were shut on Friday.")
    assert "Nikkei" not in _places("Tokyo's Nikkei average fell.")
    assert "Sergei Sobyanin" not in _places("Moscow's Sergei Sobyanin said so.")


def test_a_name_before_a_landmark_noun_is_a_place():
    assert "Skenderija" in _places("Waiting at the Skenderija stop, she said the trams were old.")
    assert "Cuatricentenario" in _places("It blamed sabotage at the Cuatricentenario substation.")
    assert not _places("Shares on the Nasdaq market fell.")


def test_a_town_ending_like_an_adjective_names_its_river():
    assert "Hrazdan river" in _places("Releases through the Hrazdan river are too high.")
    assert not _places("Storms battered the Irish coast.")


def test_canadian_provinces_written_short_after_a_town():
    places = _places("It was delayed while loading in Valleyfield, Que., according to the firm. "
                     "A ship also serves the region from Churchill, Man., the firm said.")
    assert {"Valleyfield", "Quebec", "Churchill"} <= places


def test_an_unlisted_town_before_its_region_after_a_locative_is_a_place():
    assert "Valleyfield" in _places("He has lived in Valleyfield, Quebec, since 1990.")
    assert not _places("Smith, Quebec's premier, said so.") & {"Smith"}


def _types(text: str) -> dict[str, str]:
    return {c.name: c.type for c in Detector().detect(text)}


def test_an_islamic_state_province_is_a_group_not_a_place():
    types = _types("Fighters of Islamic State West Africa Province attacked the town.")
    assert types.get("Islamic State West Africa Province") != "place"


def test_a_name_with_a_particle_after_island_of_is_the_island():
    types = _types("Flights to the island of Fernando de Noronha were cancelled.")
    assert types.get("Fernando de Noronha") == "place"
    assert types.get("Juan de Dios") != "place"


def test_a_province_before_state_is_a_place_but_not_an_adjective():
    assert "Zulia" in _places("A fault left most of Zulia state on rotating power cuts.")
    assert not _places("They fought for an independent Basque state.")


def test_a_quarter_or_district_in_apposition_makes_a_place():
    assert "Tiefo" in _places("It was shot in the courtyards of Tiefo, a quarter of "
                              "Bobo-Dioulasso.")
    assert "Kasulo" in _places("Kasulo, a district of Kolwezi, was hit by the clashes.")
    assert "Apple" not in _places("Apple, a quarter of whose sales are in China, fell.")


def test_a_clause_going_on_with_a_pronoun_or_with_after_a_place():
    assert "Karameh" in _places("In Karameh I met a farmer who grows dates.")
    assert "Madogo" in _places("Trucks were stuck in mud at Madogo with maize flour.")
    assert "Nagatacho" in _places("He met ministers at his office in Nagatacho under the plan.")
    assert not _places("He worked at Acmeworks with his brother.")


def test_names_listed_before_a_plural_of_city_parts_are_places():
    places = _places("Crews will replace mains in the Old North Dayton, Twin Towers and Belmont "
                     "neighborhoods. Floods hit the Koa Hill and Lord Howe settlements.")
    assert {"Belmont", "Koa Hill", "Lord Howe"} <= places
    assert "Lord Howe" not in {c.name for c in Detector().detect(
        "Floods hit the Koa Hill and Lord Howe settlements.") if c.type == "person"}


def test_peoples_words_before_city_parts_are_no_places():
    assert not _places("Tension rose in the Jewish and Arab quarters.")


def test_on_a_name_and_island_is_the_island():
    assert "Erakor" in _places("Supplies were placed on Erakor island before the storm.")


def test_a_small_town_after_on_or_a_residence_of_in_its_countrys_text():
    text = ('Tuvalu\'s envoy spoke. "On Funafuti, the airstrip floods," he said. Her sister, '
            "Eleri Parry, 61, of Rhyl, was cleared in Cardiff.")
    assert {"Funafuti", "Rhyl"} <= _places(text)
    # no country of the town named: the age before "of" is cue enough (session 15: court
    # reports' "Name, 61, of Town" across collections)
    assert "Rhyl" in _places("Her sister, Eleri Parry, 61, of Rhyl, was cleared.")
