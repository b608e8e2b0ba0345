"""Session 21 (mine): page wrongs read on judged pages of unseen collections."""
from __future__ import annotations

import pytest

from .conftest import archive_of


def _kinds(tmp_path, text: str) -> dict[str, str]:
    archive = archive_of(tmp_path, {"a.txt": text})
    return {e.name: e.type for e in archive.entities}


@pytest.mark.parametrize("body", [
    "Ministry of Tourism, Culture and the Arts",
    "Department of Housing, Local Government and Heritage",
    "Ministry of Agriculture, Food and Rural Affairs",
])
def test_a_body_lists_its_portfolios(tmp_path, body):
    kinds = _kinds(tmp_path, f"Visitors up\n\nThe {body} said on Monday that visitor numbers "
                             "rose in the spring.\n")
    assert kinds.get(body) == "organization"
    assert not any(k != body and k in body for k in kinds), kinds


def test_listed_bodies_stay_apart(tmp_path):
    kinds = _kinds(tmp_path, "Talks\n\nThe Ministry of Defence, Interior Ministry and Foreign "
                             "Ministry met in Lisbon on Monday.\n")
    assert kinds.get("Ministry of Defence") == "organization"
    assert kinds.get("Foreign Ministry") == "organization"
    assert not any("," in k for k in kinds)


@pytest.mark.parametrize("title", ["Elder", "Pastor", "Deacon"])
def test_church_and_community_titles_are_no_part_of_the_name(tmp_path, title):
    kinds = _kinds(tmp_path, f"Meeting\n\n{title} Annie Qaunaq spoke at the meeting in Iqaluit. "
                             f"Later {title} Qaunaq thanked the council.\n")
    assert kinds.get("Annie Qaunaq") == "person"
    assert not any(k.startswith(title) for k in kinds)


@pytest.mark.parametrize("name", ["Larry Elder", "Jim Deacon"])
def test_the_same_words_stay_surnames(tmp_path, name):
    kinds = _kinds(tmp_path, f"Radio\n\n{name}, a radio host, spoke to listeners in Denver.\n")
    assert kinds.get(name) == "person"


@pytest.mark.parametrize("body", ["Gray's School of Art", "Guy's Hospital",
                                  "Lady Margaret's College"])
def test_an_institution_named_with_a_possessive_is_one_body(tmp_path, body):
    kinds = _kinds(tmp_path, f"Strike\n\nStaff at {body} in Aberdeen walked out on Monday.\n")
    assert kinds.get(body) == "organization"
    assert not any(k != body and k != "Aberdeen" for k in kinds), kinds


def test_a_persons_possessive_before_a_capitalised_word_is_no_institution(tmp_path):
    kinds = _kinds(tmp_path, "Memories\n\nJane Gray's School days in Leeds were happy, "
                             "Jane Gray said.\n")
    assert kinds.get("Jane Gray") == "person"
    assert not any("School" in k for k in kinds)


@pytest.mark.parametrize("street", ["Ffordd Pengam", "Lôn Las", "Stryd Fawr"])
def test_welsh_street_words_open_a_street(tmp_path, street):
    kinds = _kinds(tmp_path, f"Flooding\n\nHouses on {street} were flooded near Swansea.\n")
    assert kinds.get(street) == "place"


def test_a_welsh_street_word_alone_is_no_place(tmp_path):
    kinds = _kinds(tmp_path, "Flooding\n\nShe lives on Heol y Nant in Cardiff.\n")
    assert "Heol" not in kinds


@pytest.mark.parametrize("ship", ["BRP Teresa Magbanua", "KRI Maria Ulfah", "CCGS John Cabot"])
def test_navy_and_coast_guard_ships_are_no_people(tmp_path, ship):
    kinds = _kinds(tmp_path, f"Rescue\n\nThe coast guard deployed {ship} and two aircraft "
                             "off Halifax on Monday.\n")
    assert not any(t == "person" for t in kinds.values()), kinds


def test_a_name_ending_in_a_legal_form_is_no_person(tmp_path):
    kinds = _kinds(tmp_path, "Markets\n\nSana Tawfik, head of research at Arif Habib Limited, "
                             "said volumes were back.\n")
    assert kinds.get("Sana Tawfik") == "person"
    assert not any(t == "person" and "Limited" in k for k, t in kinds.items())


@pytest.mark.parametrize("firm", ["CIMB Investment Bank Berhad", "DBS Bank Ltd"])
def test_initials_open_a_firms_name(tmp_path, firm):
    kinds = _kinds(tmp_path, f"Deal\n\n{firm} advised the buyer, the company said.\n")
    assert kinds.get(firm) == "organization", kinds


def test_an_about_heading_is_no_part_of_the_firms_name(tmp_path):
    kinds = _kinds(tmp_path, "Deal signed\n\nThe planters agreed terms.\n\nAbout Sawit Permata "
                             "Berhad\nSawit Permata Berhad is a planter listed in Kuala Lumpur.\n")
    assert kinds.get("Sawit Permata Berhad") == "organization"
    assert not any(k.startswith("About") for k in kinds)


@pytest.mark.parametrize("firm", ["Kaleva Timber Oyj", "Rossi Costruzioni SpA",
                                  "Arif Habib Limited"])
def test_a_firm_by_its_legal_form_and_its_short_name(tmp_path, firm):
    short = firm.rsplit(" ", 1)[0]
    kinds = _kinds(tmp_path, f"{short} to buy sawmill\n\n{firm} has agreed to buy a sawmill in "
                             f"Umeå. {short} will pay cash.\n")
    assert kinds.get(short, kinds.get(firm)) == "organization", kinds
    assert not any(t == "person" for t in kinds.values()), kinds


def test_a_maori_tribe_is_no_person(tmp_path):
    kinds = _kinds(tmp_path, "River report\n\nAroha Tainui, a spokesperson for Te Rūnanga o Ngāi "
                             "Tahu, said the iwi wanted a seat at the table.\n")
    assert kinds.get("Aroha Tainui") == "person"
    assert not any(t == "person" and "Ngāi" in k for k, t in kinds.items())


def test_a_listings_venue_before_its_street_is_no_person(tmp_path):
    kinds = _kinds(tmp_path, "What's on\n\nÒran Mór, Byres Road. Wed 18 Feb, 8pm. Folk night.\n"
                             "Anna Kowalczyk, Byres Road, said she would go.\n")
    assert "Òran Mór" not in kinds
    assert kinds.get("Anna Kowalczyk") == "person"


@pytest.mark.parametrize("name", ["Antonio de la Cruz Moreno", "María de los Ángeles Pérez"])
def test_two_word_spanish_particles_stay_inside_a_name(tmp_path, name):
    kinds = _kinds(tmp_path, f"Olive oil\n\nAt the cooperative in Martos, manager {name} said "
                             "members had stored most of the oil.\n")
    assert kinds.get(name) == "person", kinds
    assert len([t for t in kinds.values() if t == "person"]) == 1


def test_a_roster_written_surname_first_makes_no_given_name_page(tmp_path):
    kinds = _kinds(tmp_path, "Senate estimates\n\nOfficers present:\nCARTER, Ms Louise, Chief "
                             "Executive Officer\nRICH, Mr Daniel, General Manager\n\nThe committee "
                             "met in Canberra.\n")
    assert not {"Louise", "Daniel", "Rich"} & set(kinds), kinds
    assert kinds.get("Canberra") == "place"


def test_an_irish_surname_alone_is_hers_not_a_second_page(tmp_path):
    archive = archive_of(tmp_path, {"a.txt": (
        "Council\n\nOrla Ní Riada (SF) said the motion was fair. Later Councillor Ní Riada "
        "spoke again. Cllr Ní Riada was thanked.\n")})
    people = [e for e in archive.entities if e.type == "person"]
    assert [e.name for e in people] == ["Orla Ní Riada"]
    assert sum(1 for m in archive.mentions if m.entity == people[0].id) == 3


@pytest.mark.parametrize("name", ["Sinéad Nic Gearailt", "Seán Mac Giolla Bhríde"])
def test_irish_names_stay_whole(tmp_path, name):
    kinds = _kinds(tmp_path, f"Council\n\n{name} said the motion was fair, in Galway.\n")
    assert kinds.get(name) == "person", kinds


def test_a_job_after_a_title_word_is_no_person(tmp_path):
    kinds = _kinds(tmp_path, "Gram Sabha\n\nI have written to the Assistant Engineer in Jodhpur "
                             "three times, and the Chief Accountant too.\n")
    assert not any(t == "person" for t in kinds.values()), kinds


def test_shri_and_smt_are_titles(tmp_path):
    kinds = _kinds(tmp_path, "Gram Sabha\n\nUp-Sarpanch Shri Bhanwar Lal Meghwal and Smt. Santosh "
                             "Kanwar spoke in Jodhpur.\n")
    assert kinds.get("Bhanwar Lal Meghwal") == "person"
    assert kinds.get("Santosh Kanwar") == "person"
    assert not any(k.startswith(("Shri", "Smt")) for k in kinds)


@pytest.mark.parametrize("event", ["Torneo Apertura", "Copa Libertadores", "Vuelta a Burgos"])
def test_events_named_in_other_languages_are_no_entities(tmp_path, event):
    kinds = _kinds(tmp_path, f"Football\n\nBoca lead the {event} by two points, said the coach "
                             "in Lima.\n")
    assert set(kinds) == {"Lima"}, kinds


def test_a_news_agency_named_in_its_language_is_a_body(tmp_path):
    kinds = _kinds(tmp_path, "Tourists rescued\n\nAndina Noticias\n\nPolice rescued 14 tourists "
                             "near Cusco on Monday.\n")
    assert kinds.get("Andina Noticias") != "person"



def test_golf_classics_and_brothers_firms_are_no_people(tmp_path):
    kinds = _kinds(tmp_path, "Golf\n\nHe won the Palmetto Classic last year, and Harwood "
                             "Brothers International sponsored it in Augusta.\n")
    assert not any(t == "person" for t in kinds.values()), kinds


def test_a_role_before_a_name_takes_an_unlisted_given_name_in(tmp_path):
    kinds = _kinds(tmp_path, "Cricket\n\nThe home captain Rafiqul Hossain Mirza joked about it at "
                             "the toss in Sylhet.\n")
    assert kinds.get("Rafiqul Hossain Mirza") == "person", kinds
    assert "Hossain Mirza" not in kinds


def test_a_firm_before_its_chiefs_name_stays_out(tmp_path):
    kinds = _kinds(tmp_path, "Gas\n\nKorvex chief Alexei Miller spoke in Moscow on Monday.\n")
    assert kinds.get("Alexei Miller") == "person", kinds


def test_an_advocate_before_a_name_vouches_for_a_person(tmp_path):
    kinds = _kinds(tmp_path, "Court\n\nSenior advocate Tarun Mehrotra argued for the residents "
                             "in Mumbai.\n")
    assert kinds.get("Tarun Mehrotra") == "person", kinds


def test_a_malay_title_pair_after_an_office_is_no_part_of_the_name(tmp_path):
    kinds = _kinds(tmp_path, "Briefing\n\nPresent: Commissioner of Police Datuk Seri Amirul "
                             "Hakim bin Yusof, head of the narcotics unit, in Kuala Lumpur.\n")
    assert kinds.get("Amirul Hakim bin Yusof") == "person", kinds
    assert not any(k.startswith("Seri") for k in kinds)


def test_a_title_vouches_for_a_surname_that_is_a_country(tmp_path):
    archive = archive_of(tmp_path, {"a.txt": (
        "Board\n\nAttendance: Mr. Rommel Austria, teachers' representative.\n\n"
        "Mr. Austria asked the board to pay the allowance on time.\n")})
    people = [e.name for e in archive.entities if e.type == "person"]
    assert people == ["Rommel Austria"]


def test_a_surname_naming_an_oil_field_is_no_mention_of_the_person(tmp_path):
    archive = archive_of(tmp_path, {
        "a.txt": "Business ombudsman\n\nBusiness ombudsman Boris Titov met the board in "
                 "Moscow. Titov said the rules were unfair.\n",
        "b.txt": "Oil\n\nDid you get the Trebs and Titov deposits? Trebs and Titov will be "
                 "returned this year, Titov said.\n",
        # (a frequent surname alone links to a full name two documents write, not one)
        "c.txt": "Business again\n\nBoris Titov, the ombudsman, met the board again.\n"})
    doc = next(d for d in archive.documents if d.source.endswith("b.txt"))
    texts = [doc.text_of(m.block)[m.end:m.end + 9] for m in archive.mentions
             if m.document == doc.id and m.text == "Titov"]
    assert texts and " deposits" not in texts, texts


def test_a_bowler_after_off_is_no_place(tmp_path):
    kinds = _kinds(tmp_path, "Test cricket\n\nSri Lanka lost Dinesh Perera early, caught at slip "
                             "off Tarikul Islam for 47.\n")
    assert kinds.get("Tarikul Islam") != "place", kinds


def test_a_hall_named_after_someone_with_a_middle_initial_is_no_person(tmp_path):
    kinds = _kinds(tmp_path, "Senate hearing\n\nTuesday, 8 September 2026, Senator Ramon Q. "
                             "Villareal Hall, Pasay City\n\nThe hearing opened at ten.\n")
    assert not any(t == "person" for t in kinds.values()), kinds


def test_a_body_name_after_on_and_a_capitalised_word_is_a_longer_names_tail(tmp_path):
    kinds = _kinds(tmp_path, "Palm oil\n\nGrowers want certification under the Roundtable on "
                             "Sustainable Cocoa Oil by next year.\n")
    assert "Sustainable Cocoa Oil" not in kinds, kinds
