"""Session 26's header and name fixes: a forwarded mail's mark, a desk as sender, a masthead
over a rubric of sections, a section's own rubric, a newsletter's contents under its Subject, a
death notice's name that reads like a dateline, Irish "Ó" surnames and nicknames before an
accented surname."""

from __future__ import annotations

import pytest

from archivist.convert import parse_blocks
from archivist.detect import Detector
from archivist.headlines import headline_like
from archivist.metadata import detect

BODY = ("The harbour board approved the plan on Tuesday after a long debate, its chairwoman "
        "said, and work will begin in the spring.")
MORE = "Fishermen said they would watch the costs closely and appeal if the levy rose again."


def fields(text: str) -> dict:
    found, _ = detect(parse_blocks(text))
    return found


def people(text: str) -> set[str]:
    return {c.name for c in Detector().detect(text) if c.type == "person"}


@pytest.mark.parametrize("mark", ["-----Original Message-----",
                                  "---------- Forwarded message ---------",
                                  "-----Ursprüngliche Nachricht-----", "Begin forwarded message:"])
def test_a_forwarded_mark_above_the_mail_header(mark):
    found = fields(f"{mark}\nFrom: Harbour Trade Bulletin <news@harbourtrade.example>\n"
                   "Sent: Monday, 7 April 2025 08:02\nSubject: Harbour Trade Bulletin #12 — "
                   "breakwater, ferries, fish prices\n\nIN THIS ISSUE\n1. Breakwater approved "
                   "after storms\n2. Ferries return to the islands\n\n" + BODY + "\n\n" + MORE)
    assert found["title"] == "Harbour Trade Bulletin #12 — breakwater, ferries, fish prices"
    assert found["outlet"] == "Harbour Trade Bulletin"


@pytest.mark.parametrize("desk", ["Press Office", "Media Relations Team", "Communications Unit"])
def test_a_desk_sending_the_mail_is_no_outlet(desk):
    found = fields(f"From: {desk} <press@harbourfire.example>\nSent: 06 January 2025 07:52\n"
                   "Subject: PRESS RELEASE: Crews tackle boathouse fire near Porthaven\n\n"
                   + BODY + "\n\n" + MORE)
    assert found["title"].endswith("Crews tackle boathouse fire near Porthaven")
    assert "outlet" not in found


def test_a_sender_named_like_a_body_stays_the_outlet():
    found = fields("From: Porthaven Harbour Board <press@porthaven.example>\nSent: 06 January "
                   "2025 07:52\nSubject: Breakwater works begin in March\n\n" + BODY + "\n\n"
                   + MORE)
    assert found["outlet"] == "Porthaven Harbour Board"


def test_a_masthead_over_a_rubric_of_sections():
    found = fields("The Harbour Lantern\nNORWAY | ECONOMY\n\nBoard approves new breakwater "
                   "after winter storms\n\nBy Ann Roe\n\n" + BODY + "\n\n" + MORE)
    assert found["title"] == "Board approves new breakwater after winter storms"
    assert found["outlet"] == "The Harbour Lantern"


def test_a_sections_own_rubric_names_no_site():
    found = fields("Research | Climate\n\nGlaciologists record fastest retreat yet at the outlet "
                   "glacier\n\n" + BODY + "\n\n" + MORE)
    assert found.get("outlet") != "Research"


def test_a_death_notice_name_is_no_dateline():
    found = fields("Harbour Gazette — Deaths\n\nVAN DER BERG, Pieter Johannes. — On June 2, 2024, "
                   "suddenly at home, aged 66. Beloved husband of Anneke.\n\nMORRIS, Ellen Mary. "
                   "— Peacefully on June 3, 2024, aged 91. A private service has been held.")
    assert "place" not in found


def test_a_dateline_with_its_region_stays():
    found = fields("Board approves breakwater\n\nPORTHAVEN, Nova Scotia — " + BODY + "\n\n" + MORE)
    assert found["place"].startswith("Porthaven")


@pytest.mark.parametrize("text, name", [
    ("Fly-half Cathal Ó Briain missed a late conversion.", "Cathal Ó Briain"),
    ("Show secretary Pádraig Ó Conaire said entries were up.", "Pádraig Ó Conaire"),
    ('Witnesses: Dr Máire "Molly" Ó Ceallaigh (surgeon) spoke first.', "Máire Ó Ceallaigh"),
    ('Her colleague Marie "Mimi" Élie-Dubois answered.', "Marie Élie-Dubois"),
])
def test_irish_o_surnames_and_nicknames(text, name):
    assert name in people(text)


def test_a_lone_capital_o_is_no_initial_elsewhere():
    assert "Ó" not in " ".join(people("She said: O Lord, the ferry is late again, Ann Roe said."))


@pytest.mark.parametrize("head, outlet", [
    ("MINISTRY OF HARBOURS\nRepublic of Nordland\n\nBREAKWATER SITUATION REPORT No. 4\n"
     "Issued: Porthaven, 10/02/2025\n",
     "Ministry of Harbours"),
    ("PORTHAVEN HARBOUR AUTHORITY\nMEDIA RELEASE\n\nBREAKWATER WORKS PROGRESS NOTE\n",
     "Porthaven Harbour Authority"),
    ("NEWS RELEASE\nPorthaven County Sheriff's Office\n\nDeputies search the harbour after a "
     "boat capsized\n", "Porthaven County Sheriff's Office"),
    ("SUMNERVILLE COUNTY SHERIFF'S OFFICE\n\nFOR IMMEDIATE RELEASE\n\nDeputies search the "
     "harbour after a boat capsized\n", "Sumnerville County Sheriff's Office"),
])
def test_a_bodys_name_alone_over_the_title_is_the_outlet(head, outlet):
    assert fields(head + "\n" + BODY + "\n\n" + MORE).get("outlet") == outlet


@pytest.mark.parametrize("head", ["NORDLAND PREMIER LEAGUE", "COURT OF APPEAL OF NORDLAND"])
def test_a_rubric_without_a_release_is_no_issuer(head):
    found = fields(head + "\n\nHearts end derby drought with a late double\n\n" + BODY +
                   "\n\n" + MORE)
    assert "outlet" not in found


def test_a_columns_heading_is_no_issuer():
    found = fields("Around the County\n\nFair week wraps up with a record sale\n\n" + BODY +
                   "\n\n" + MORE)
    assert found.get("outlet") != "Around the County"


def test_a_letterhead_under_the_mail_header_gives_outlet_and_leaves_the_subject():
    found = fields("From: Corporate Communications Unit <ccu@police.example>\nSent: Tuesday, 4 "
                   "March 2025 09:42\nSubject: MEDIA RELEASE – Two held after harbour stabbing\n\n"
                   "NORDLAND POLICE SERVICE\nMEDIA RELEASE\n\n" + BODY + "\n\n" + MORE)
    assert found["title"] == "Two held after harbour stabbing"
    assert found["outlet"] == "Nordland Police Service"


@pytest.mark.parametrize("line", ["— Staff report, The Porthaven Vista, Porthaven, Ark.",
                                  "— Staff report, Porthaven Gazette-Mail",
                                  "From staff reports, Porthaven Gazette-Mail"])
def test_a_staff_report_names_the_paper(line):
    found = fields("Fair week wraps up with a record sale\n\n" + BODY + "\n\n" + MORE + "\n\n"
                   + line)
    assert found.get("outlet") in ("The Porthaven Vista", "Porthaven Gazette-Mail")


def entities(text: str) -> dict[str, str]:
    return {c.name: c.type for c in Detector().detect(text)}


@pytest.mark.parametrize("text, firm", [
    ("Donations c/o Tomas Brannagh & Sons Funeral Directors, Porthaven.",
     "Tomas Brannagh & Sons Funeral Directors"),
    ("He worked for Henri Delacourt & Fils before the war.", "Henri Delacourt & Fils"),
])
def test_a_family_firm_is_no_person(text, firm):
    found = entities(text)
    assert found.get(firm) == "organization"
    assert not any(t == "person" for t in found.values())


def test_a_room_named_after_someone_is_no_person():
    found = entities("The board met at 5 p.m. in the Tomas Brannagh Meeting Room of the hall.")
    assert not any(t == "person" for t in found.values())


@pytest.mark.parametrize("text", ["At 6:52 p.m., a 2019 Nissan Rogue was heading north.",
                                  "Her 2008 Ford Ranger was found near the quay."])
def test_a_model_year_makes_a_vehicle(text):
    assert not any(t == "person" for t in entities(text).values())


def test_a_year_before_a_name_in_a_sentence_keeps_the_person():
    assert entities("In 2019 Tomas Brannagh became harbour master.").get("Tomas Brannagh") \
        == "person"


def test_a_by_line_above_the_headline_after_its_desk():
    found = fields("Harbour News\n\nNorth Coast / By Ann Roe and Tom Lee\n\nBoard approves new "
                   "breakwater after winter storms\n\n" + BODY + "\n\n" + MORE)
    assert found["title"] == "Board approves new breakwater after winter storms"
    assert found["author"] == "Ann Roe and Tom Lee"


def test_a_wires_trailer_under_its_credit():
    found = fields("Board approves new breakwater\n\n" + BODY + "\n\n" + MORE + "\n\n"
                   "(Reporting by Ann Roe; editing by Tom Lee)\nik/al\n141402 OCT\nNNNN")
    assert found["author"] == "Ann Roe"


def test_a_dashed_by_credit_after_a_contributor_line():
    found = fields("Board approves new breakwater\n\n" + BODY + "\n\n" + MORE + "\n\n"
                   "Contributing: Tom Lee\n\n— by Ann Roe, Harbour.com | Posted Sept. 15, 2025")
    assert found["author"] == "Ann Roe"


def test_a_name_and_a_job_apart_by_a_tight_slash():
    found = fields("Board approves new breakwater after winter storms\n\nAnn Roe/Senior Sports "
                   "Writer\n\n" + BODY + "\n\n" + MORE)
    assert found["author"] == "Ann Roe"


def test_names_beside_the_masthead_are_the_writers():
    found = fields("Porthaven Pilot & Review\nLOCAL NEWS · NORDLAND\n\nBoard approves new breakwater "
                   "after winter storms\n\nSheraz Quillane and Odile Fenwright | Porthaven Pilot & "
                   "Review\n\n" + BODY + "\n\n" + MORE)
    assert found["author"] == "Sheraz Quillane and Odile Fenwright"
    assert found["outlet"] == "Porthaven Pilot & Review"


@pytest.mark.parametrize("head, outlet", [
    ("Nordischer Landtag\nAusschuss für Verkehr\nKurzbericht der 41. Sitzung\n\n"
     "Porthaven, 12. März 2025 (hib)\n", "Nordischer Landtag"),
    ("NRT Vestkyst\nPublisert 22. okt. 2025 kl. 14.31\n", "NRT Vestkyst"),
    ("Landespolizei Porthaven\nMedienmitteilung\n", "Landespolizei Porthaven"),
])
def test_a_name_and_its_furniture_head_the_page(head, outlet):
    found = fields(head + "\nPorthaven: Zwei Verletzte nach Kollision auf der Hafenstrasse\n\n"
                   + BODY + "\n\n" + MORE)
    assert found["title"] == "Porthaven: Zwei Verletzte nach Kollision auf der Hafenstrasse"
    assert found["outlet"] == outlet


def test_a_fields_colon_is_no_headline():
    assert not headline_like("Contact: Lt. Ann Roe, Public Information Officer")
    assert headline_like("Porthaven: Two hurt after crash on the harbour road")


def test_an_initialism_keeps_its_capitals():
    found = fields("NTFL | News | Environment\n19.09.25\n\nA sensor network warns of glacial "
                   "lake outbursts\n\n" + BODY + "\n\n" + MORE)
    assert found["title"] == "A sensor network warns of glacial lake outbursts"
    assert found.get("outlet") == "NTFL"


def test_a_dotted_date_with_a_two_digit_year_alone_on_its_line():
    found = fields("NTFL | News | Environment\n19.09.25\n\nA sensor network warns of glacial "
                   "lake outbursts\n\n" + BODY + "\n\n" + MORE)
    assert str(found["date"]) == "2025-09-19"
    assert "date" not in fields("Board approves breakwater\n\n31.02.25\n\n" + BODY + "\n\n" + MORE)


@pytest.mark.parametrize("line, outlet", [
    ("Agencia de Noticias Nordlandia (ANN) — Porthaven, 22 de enero de 2025",
     "Agencia de Noticias Nordlandia"),
    ("IRNA-ENGLISH  2025-12-07  09:40  SOCIETY", "IRNA"),
])
def test_an_agencys_name_is_no_dateline_town(line, outlet):
    found = fields("Three miners die in cave-in\n\n" + line + "\n\n" + BODY + "\n\n" + MORE)
    assert found.get("place") is None or "Agencia" not in found["place"]
    assert found.get("place") != "Irna-English"
    assert found.get("outlet") == outlet


def test_a_papers_masthead_with_its_country_is_no_dateline():
    found = fields("HARBOUR MIRROR (Nordland) — Print Edition\n\nBoard approves new breakwater "
                   "after winter storms\n\nBy Ann Roe\n\n" + BODY + "\n\n" + MORE)
    assert found.get("place") != "Harbour Mirror"


@pytest.mark.parametrize("lead", ["VALDIVIA.- La Cámara despachó al Senado el proyecto.",
                                  "TLEMCEN- The new plant will enter service in the summer."])
def test_a_dateline_closed_by_a_tight_dash(lead):
    found = fields(lead + " " + BODY + "\n\n" + MORE)
    assert found.get("place") in ("Valdivia", "Tlemcen")


@pytest.mark.parametrize("text", ["Se prohibió la venta en la calle Tomás Ezcurdia y en el mercado.",
                                  "O acidente ocorreu na rua Aurélio Fonseca, no centro."])
def test_a_street_named_after_someone_is_no_person(text):
    assert not any(t == "person" for t in entities(text).values())


def test_a_malaysian_members_tuan_is_no_part_of_the_name():
    found = entities("The Minister, YB Tuan Loh Kar Seng, said the homes will be priced lower.")
    assert "Loh Kar Seng" in found and "Tuan Loh Kar Seng" not in found


def test_a_countrys_first_level_division_is_a_known_place():
    from archivist.placeline import known_place
    assert known_place("Odisha") and known_place("Tamil Nadu") and known_place("Tamil Nādu")
    assert not known_place("Centre")
    found = fields("Sambad Weekly\nOdisha | Environment\n\nRecord turtle nesting at the river "
                   "mouth this year\n\n" + BODY + "\n\n" + MORE)
    assert found.get("outlet") != "Odisha"
