"""Session 24 (mine): wrongs read on pages of collections nobody tuned on."""
from __future__ import annotations

import pytest

from archivist.convert import parse_blocks

BODY = ("The council said on Monday that the new water tank would be ready before the monsoon, "
        "and that the work would cost less than planned.")


@pytest.mark.parametrize("line", [
    "Venue: Panchayat Bhawan, Kotli",
    "Proceedings recorded by: Block Development Office",
    "Location: Civic Centre Council Chamber",
    "Present: Cllr Ann Hywel, Cllr Tom Price",
    "Moderator: Grace Ndlovu",
])
def test_a_header_field_is_no_heading(line):
    blocks = parse_blocks(f"Special Meeting of the Village Council\n\n{line}\n\n{BODY}")
    kinds = {b.text: b.kind for b in blocks}
    assert kinds[line] != "heading"


@pytest.mark.parametrize("line", ["Part Two: The Long Road Home", "Chapter 3: Into the Woods",
                                  "Questions and Answers"])
def test_a_heading_with_a_colon_stays_a_heading(line):
    blocks = parse_blocks(f"Memoir\n\n{BODY}\n\n{line}\n\n{BODY}")
    assert {b.text: b.kind for b in blocks}[line] == "heading"


def _kinds(tmp_path, text: str) -> dict[str, str]:
    from .conftest import archive_of
    archive = archive_of(tmp_path, {"a.txt": text})
    return {e.name: e.type for e in archive.entities}


@pytest.mark.parametrize("town", ["Brașov", "Timișoara", "Constanța"])
def test_romanian_comma_below_letters_find_the_gazetteers_cedilla_names(tmp_path, town):
    kinds = _kinds(tmp_path, f"Bears\n\nA bear was filmed in the historic centre of {town} "
                             "on Sunday, the prefect said.\n")
    assert kinds.get(town) == "place"


@pytest.mark.parametrize("address", ["4410 W. Harlan Rd.", "2290 Dorrance Ave.",
                                     "18 Millbrook Blvd."])
def test_an_abbreviated_street_is_no_person(tmp_path, address):
    kinds = _kinds(tmp_path, f"Obituary\n\nFriends may call on Friday at Kessler Funeral Home, "
                             f"{address}, from 4 to 7 p.m.\n")
    assert not any(v == "person" for v in kinds.values()), kinds


@pytest.mark.parametrize("style", ["Most Rev.", "Right Rev.", "Very Rev.", "Most Rev"])
def test_a_clerics_style_is_no_place(tmp_path, style):
    kinds = _kinds(tmp_path, f"Visit\n\nThe cardinal was met by the Bishop of Jos, {style} "
                             "Peter Dalyop Gwamna, and the council of elders.\n")
    assert kinds.get("Peter Dalyop Gwamna") == "person"
    assert "Most" not in kinds and "Right" not in kinds and "Very" not in kinds


def test_a_saints_epithet_is_no_place(tmp_path):
    kinds = _kinds(tmp_path, "Obituary\n\nShe was a lifelong member of St. Albert the Great "
                             "Parish, where she sang in the choir.\n")
    assert not any(v == "place" for v in kinds.values()), kinds


@pytest.mark.parametrize("church", ["St. Albert the Great Church", "St. John the Baptist Church"])
def test_a_saints_epithet_opens_no_body(tmp_path, church):
    kinds = _kinds(tmp_path, f"Obituary\n\nMass will be celebrated on Saturday at {church}, "
                             "with burial to follow.\n")
    assert not any(k.startswith(("Great", "Baptist")) for k in kinds), kinds


@pytest.mark.parametrize("car", ["Honda", "Toyota"])
def test_a_thing_after_a_possessive_determiner_is_no_town(tmp_path, car):
    kinds = _kinds(tmp_path, f"Hail\n\nHer {car}'s rear windshield was shattered in the "
                             "driveway, a neighbour said.\n")
    assert car not in kinds


@pytest.mark.parametrize("text, name", [
    ("Families face eviction in the Sheikh Badran neighbourhood of the old city.", "Badran"),
    ("Aid trucks queued at the Tel Harod crossing on Monday.", "Tel Harod"),
    ("Lorries waited at the Dovrin and Tel Harod crossings all night.", "Tel Harod"),
])
def test_a_name_before_a_towns_part_or_a_crossing_is_no_person(tmp_path, text, name):
    kinds = _kinds(tmp_path, f"Border\n\n{text}\n")
    assert not any(v == "person" for v in kinds.values()), kinds


@pytest.mark.parametrize("body", ["Centre for Coastal Studies", "Institute for Rural Futures",
                                  "Financial Settlement Center for Renewable Energy"])
def test_a_body_named_for_its_purpose_is_one_body(tmp_path, body):
    kinds = _kinds(tmp_path, f"Report\n\nThe {body} said on Monday that the figures were "
                             "wrong.\n")
    assert kinds.get(body) == "organization", kinds
    assert not any(k != body and k in body for k in kinds), kinds


def test_a_purpose_that_goes_on_is_left_alone(tmp_path):
    kinds = _kinds(tmp_path, "Report\n\nThe Federal Agency for Maritime and River Transport "
                             "said ships were waiting.\n")
    assert "Federal Agency for Maritime" not in kinds


COMMITTEE = """Portfolio Committee on Harbours
Chairperson: Ms T K Ndlovu-Berg (NP)
Members present: Ms T K Ndlovu-Berg (NP) (Chairperson); Mr P J Vermaak (CP); Ms R N Qwabe (LP).
Also present: Mr Sipho Mahlaba, Chief Executive, Norvale Ports.

The Chairperson: Good morning, members. Mr Mahlaba, you have the floor.

Mr Mahlaba: Thank you, Chair. The dredging is three months behind.

The Chairperson: Thank you. I will take members. Mr Vermaak.

Mr Vermaak (CP): Chair, who pays for the delay? Mr Vermaak asked the same last year.

Ms Qwabe: Chair, the fishermen have lost a season. I agree with Mr Vermaak.

The Chairperson: Order, honourable member. Mr Vermaak first.
"""


def test_a_bare_surname_goes_to_the_whole_name_the_speakers_list_gives(tmp_path):
    from .conftest import archive_of
    archive = archive_of(tmp_path, {"a.txt": COMMITTEE})
    names = {e.id: e.name for e in archive.entities if e.type == "person"}
    assert "Vermaak" not in names.values() and "Qwabe" not in names.values(), names
    linked = {names[m.entity] for m in archive.mentions if m.entity in names}
    assert {"P J Vermaak", "R N Qwabe"} <= linked


def test_an_oil_and_gas_firm_is_one_body(tmp_path):
    kinds = _kinds(tmp_path, "Deal\n\nWe expect to sign with Caspian Oil and Gas Corporation "
                             "before the end of the year.\n")
    assert kinds.get("Caspian Oil and Gas Corporation") == "organization", kinds
    assert "Caspian Oil" not in kinds


def test_a_generic_office_in_a_letterhead_is_no_page(tmp_path):
    kinds = _kinds(tmp_path, "HARLOW POLICE DEPARTMENT\nPublic Information Office\nNEWS RELEASE"
                             "\n\nTwo men were arrested in Harlow on Friday night.\n")
    assert "Public Information Office" not in kinds


def test_a_utilitys_name_is_no_person(tmp_path):
    kinds = _kinds(tmp_path, "Outage\n\nThandiwe Zulu, chief executive of Vaal Water, said "
                             "supply would recover by Friday.\n")
    assert kinds.get("Vaal Water") == "organization", kinds


def test_a_list_before_sub_cities_names_places(tmp_path):
    kinds = _kinds(tmp_path, "Fuel\n\nPolice said stations in Bole, Gerji Mebrat and Akaki "
                             "Kality sub-cities sold petrol at night.\n")
    assert kinds.get("Akaki Kality") == "place", kinds


def test_an_agencys_initials_spelt_out_are_no_dateline_town(tmp_path):
    kinds = _kinds(tmp_path, "ENA (Ethiopian News Agency)\nAddis Ababa, January 22, 2026\n\n"
                             "Police arrest 37\n\nThe commander told ENA the suspects were held.\n")
    assert "Ena" not in kinds, kinds
    assert kinds.get("Ethiopian News Agency") == "organization"


@pytest.mark.parametrize("text", [
    "The match was played at Williams Gym on Friday.",
    "Visitation at 4 p.m. at the chapel, 210 S. Main St., Abbeville.",
    "Officials met at Rajiv Bhawan in Bhubaneswar on Monday.",
    "Services in Te Tai Rāwhiti will be combined, the board said.",
])
def test_buildings_streets_and_article_names_are_no_people(tmp_path, text):
    kinds = _kinds(tmp_path, f"News\n\n{text}\n")
    assert not any(v == "person" for v in kinds.values()), kinds


def test_a_body_in_a_persons_shape_spelt_out_by_its_initials_is_a_body(tmp_path):
    kinds = _kinds(tmp_path, "Vote\n\nChama Cha Wananchi (CCW) said the commission was "
                             "independent.\n")
    assert kinds.get("Chama Cha Wananchi") == "organization", kinds
    assert not any(v == "person" for v in kinds.values())


def test_a_persons_initials_after_the_name_keep_the_person(tmp_path):
    kinds = _kinds(tmp_path, "Memoir\n\nJohn Fitzgerald Kennedy (JFK) spoke in Dallas.\n")
    assert kinds.get("John Fitzgerald Kennedy") == "person", kinds


@pytest.mark.parametrize("line", ["TUPELO, Miss. (Sept. 16, 2025) — After two months of debate,",
                                  "GRENADA, Miss. — After two months of debate,"])
def test_a_mississippi_dateline_is_no_title(tmp_path, line):
    kinds = _kinds(tmp_path, f"Board votes\n\n{line} the school board voted 3-2 on Monday.\n")
    town = line.split(",")[0].title()
    assert kinds.get(town) == "place", kinds


def test_a_roster_line_with_miss_is_no_dateline(tmp_path):
    kinds = _kinds(tmp_path, "Roster\n\nRICH, Miss Daniela, 14 Elm Road, voted.\n")
    assert "Rich" not in kinds


def test_a_welsh_ab_joins_the_fathers_name(tmp_path):
    kinds = _kinds(tmp_path, "Research\n\nProfessor Idris ab Owain, head of department, said "
                             "the findings were clear.\n")
    assert kinds.get("Idris ab Owain") == "person", kinds


def test_a_hyphened_mc_name_in_capitals_keeps_its_capital():
    from archivist.speakers import display_name
    assert display_name("JEANNE BRÉBEUF-MCALLISTER") == "Jeanne Brébeuf-McAllister"


@pytest.mark.parametrize("hall", ["Jai Bharat Hall", "Ahmed Al-Rashid Hall"])
def test_a_hall_one_is_at_is_no_person(tmp_path, hall):
    kinds = _kinds(tmp_path, f"Premiere\n\nThe director spoke at a gala screening at {hall} on "
                             "Thursday evening.\n")
    assert not any(v == "person" for v in kinds.values()), kinds


@pytest.mark.parametrize("name", ["Kenya L. Robinson", "India T. Walton"])
def test_a_place_named_given_name_before_an_initial_is_a_person(tmp_path, name):
    kinds = _kinds(tmp_path, f"Minutes\n\nCommissioners Bobby Lockett, {name}, Aaron Whitely "
                             "voted no.\n")
    assert kinds.get(name) == "person", kinds
    assert name.split()[0] not in kinds


def test_a_room_named_after_someone_is_no_person(tmp_path):
    kinds = _kinds(tmp_path, "Hearing\n\nThe hearing was held at the Senator Ana M. Reyes "
                             "Room, Senate Building, Pasay City.\n")
    assert not any(v == "person" for v in kinds.values()), kinds


def test_a_page_address_without_its_scheme_is_no_title():
    from archivist.convert import parse_blocks
    from archivist.metadata import detect
    text = ("harbourtimes.lk/tea-auction-prices-ease-as-demand-slows-10203/\n\n"
            "Tea auction prices ease as demand slows\n\n" + BODY + "\n\n" + BODY)
    found, _ = detect(parse_blocks(text))
    assert found.get("title") == "Tea auction prices ease as demand slows"


def test_his_excellency_abbreviated_is_a_title_not_initials(tmp_path):
    kinds = _kinds(tmp_path, "Press conference\n\nParticipants: H.E. Wiranto, Minister for Foreign "
                             "Affairs; H.E. Pieter Kroon, Minister of Trade.\n\nMINISTER WIRANTO: "
                             "Thank you.\n\nMINISTER KROON: Thank you.\n")
    assert kinds.get("Wiranto") == "person", kinds
    assert not any(k.startswith(("H.E", "H E")) for k in kinds)


BRIEFING = """Typhoon briefing, Operations Centre, Camp Aguinaldo

SPOKESPERSON: Good morning. The typhoon made landfall at 4 a.m.

MEDIA (Joyce Dalisay, DZRB): How many families are in evacuation centres?

SPOKESPERSON: About 12,000 families so far.

MEDIA (Ivan Santos, RPN): When will the roads reopen?

SPOKESPERSON: By Friday, we hope.
"""


def test_a_media_label_with_a_name_in_brackets_is_that_journalist():
    from .test_turns_s14 import _said
    said = _said(BRIEFING)
    assert said["MEDIA (Joyce Dalisay, DZRB)"] == {"joyce-dalisay"}
    assert said["MEDIA (Ivan Santos, RPN)"] == {"ivan-santos"}
