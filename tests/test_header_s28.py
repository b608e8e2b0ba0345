"""Session 28's header fixes (helper "header"): a newsletter's masthead, its e-mail's sender and
the headline its Subject repeats, a brief's marker; invented texts only."""

from __future__ import annotations

import pytest

from archivist.convert import parse_blocks
from archivist.metadata import detect

BODY = ("TORVIK, Nordland — The harbour board approved the plan on Tuesday after a long debate, "
        "its chairwoman said, and work will begin in the spring.")
MORE = "Fishermen said they would watch the costs closely and appeal if the levy rose again."


def fields(text: str) -> dict:
    found, _ = detect(parse_blocks(text))
    return found


def test_a_newsletters_masthead_named_by_its_sender_is_no_headline():
    found = fields("From: \"Fjord Brief\" <news@fjordbrief.example>\nTo: subscribers\n"
                   "Date: Thu, 30 Jan 2025 07:15:22 +0100\n"
                   "Subject: [Fjord Brief] Harbour board approves the new breakwater\n\n"
                   "FJORD BRIEF — Your morning read on the northern coast\n\n"
                   "HARBOUR BOARD APPROVES THE NEW BREAKWATER\n\n" + BODY + "\n\n" + MORE)
    assert found["title"] == "Harbour board approves the new breakwater"
    assert found["outlet"] == "Fjord Brief"


def test_the_subject_gives_the_headline_its_body_shouts():
    found = fields("From: Nordic Fish Weekly <editor@nfw.example>\n"
                   "Sent: Monday, April 7, 2025 6:02 AM\n"
                   "Subject: Harbour board approves the breakwater — but fishermen fear costs\n\n"
                   "NORDIC FISH WEEKLY\nIssue 31\n\n"
                   "HARBOUR BOARD APPROVES THE BREAKWATER, BUT FISHERMEN FEAR COSTS\n\n"
                   + BODY + "\n\n" + MORE)
    assert found["title"] == "Harbour board approves the breakwater — but fishermen fear costs"
    assert found["outlet"] == "Nordic Fish Weekly"
    assert "author" not in found  # the sender is the newsletter, no writer


def test_a_masthead_in_capitals_over_an_issue_line():
    found = fields("KELP & SEAWEED BULLETIN — Northern Desk\nNo. 4 / 2025      March 2025\n\n"
                   "Harbour board approves the new breakwater after storms\n\n"
                   + BODY + "\n\n" + MORE)
    assert found["title"] == "Harbour board approves the new breakwater after storms"
    assert found["outlet"] == "Kelp & Seaweed Bulletin"


def test_a_headline_in_capitals_over_an_issue_is_not_moved():
    found = fields("HARBOUR BOARD APPROVES THE NEW BREAKWATER\n\n" + BODY + "\n\n" + MORE)
    assert found["title"] == "HARBOUR BOARD APPROVES THE NEW BREAKWATER"
    assert "outlet" not in found


def test_a_staff_sign_off_after_a_slash_names_the_outlet():
    found = fields("Harbour board approves the new breakwater after storms\n\n" + BODY + "\n\n"
                   + MORE + "\n\nThe work is due to end in 2027.\n\n-- Fjord Fish Report / staff")
    assert found.get("author") is None
    assert found["outlet"] == "Fjord Fish Report"


def test_a_briefs_marker_and_label_leave_the_headline():
    found = fields("THE NORTHERN BUSINESS BRIEF\nWeekly newsletter · Issue 12 · 3 March 2025\n\n"
                   "▶ TORVIK: Harbour cargo down 4%, containers up\n" + BODY + "\n\n"
                   "▶ BODØ: Shipyard expands\n" + MORE)
    assert found["title"] == "Harbour cargo down 4%, containers up"
    assert found["outlet"] == "The Northern Business Brief"


@pytest.mark.parametrize("tag", ["(LEAD)", "(2nd LD)", "(URGENT)", "(News Focus)", "[National]",
                                 "[Editorial]", "(EDITORIAL from Nordland Times on Nov. 3)",
                                 "(LEAD) (Nordpress Interview)"])
def test_a_wires_tag_before_the_headline_is_no_part_of_it(tag):
    found, body = detect(parse_blocks(f"{tag} Harbour board approves the new breakwater\n\n"
                                      + BODY + "\n\n" + MORE))
    assert found["title"] == "Harbour board approves the new breakwater"
    assert body[0].text == tag  # kept on the page as the headline's label


@pytest.mark.parametrize("line", ["(Un)happy returns for the harbour ferries",
                                  "(Not) the end of the harbour ferries", "[Updated] Ferries"])
def test_brackets_inside_a_headline_stay(line):
    found = fields(f"{line}\n\n" + BODY + "\n\n" + MORE)
    assert found["title"] == line


@pytest.mark.parametrize(("rubric", "place"), [("Culture | Eldoret", None),
                                               ("Sport | Eldoret", None),
                                               ("Counties | Eldoret", "Eldoret")])
def test_a_town_under_a_topical_section_is_no_dateline(rubric, place):
    found = fields(f"NORDLAND MORNING\n{rubric}\n\nHarbour board approves the new breakwater\n\n"
                   "July 6, 2024\n\nThe harbour board approved the plan on Tuesday after a long "
                   "debate, its chairwoman said.\n\n" + MORE)
    assert found.get("place") == place


@pytest.mark.parametrize(("name", "outlet"), [("Radio Nordland International", True),
                                              ("Televisión Canaria", True),
                                              ("Radio Silence Ends", False)])
def test_a_broadcaster_named_by_its_medium_over_the_headline(name, outlet):
    # (under a headline that is no broadcaster, a standfirst: a short line over a longer
    # unpunctuated one and a byline is a section over its headline, session 28's reading)
    below = ("Harbour board approves the new breakwater after storms" if outlet else
             "Harbour board approves the new breakwater after storms.")
    found = fields(f"{name}\n\n{below}\n\nAnn Roe | 17 October 2024\n\n" + BODY + "\n\n" + MORE)
    assert (found.get("outlet") == name) is outlet
    assert found["title"] == ("Harbour board approves the new breakwater after storms"
                              if outlet else name)


def test_an_obituary_is_dated_by_its_paper_not_by_the_death():
    found = fields("Harold T. Brennick\n1941 - 2026\n\nTORVIK - Harold Thomas Brennick, 84, died "
                   "peacefully on Monday, March 2, 2026, at home with his family at his side.\n\n"
                   "He was born on May 5, 1941, in Torvik, the son of a ferryman and a teacher.\n\n"
                   "Calling hours will be held Friday at the Torvik Funeral Home.\n\n"
                   "Published in the Torvik Clarion on Mar. 5, 2026.")
    assert str(found.get("date")) == "2026-03-05"
    assert found["outlet"] == "Torvik Clarion"


def test_a_news_lead_that_says_someone_died_still_dates_it():
    found = fields("Ferry worker killed in harbour accident\n\nA ferry worker died on Monday, "
                   "March 2, 2026, after falling from the quay, the harbour board said.\n\n"
                   + MORE)
    assert str(found.get("date")) == "2026-03-02"


@pytest.mark.parametrize(("line", "date"), [
    ("Torvik | 12/02/2026 - 19h40 | Atualizado em 13/02/2026 - 08h15", "2026-02-12"),
    ("Torvik | 02/12/2026 | Updated 02/13/2026", "2026-02-12"),
    ("Torvik | 14 March 2026 | Aggiornato il 15/03/2026", "2026-03-14")])
def test_the_date_before_the_update_dates_the_piece(line, date):
    found = fields(f"Harbour board approves the new breakwater after storms\n\nDa redação\n{line}"
                   "\n\nThe harbour board approved the plan on Tuesday after a long debate, its "
                   "chairwoman said.\n\n" + MORE)
    assert str(found.get("date")) == date


@pytest.mark.parametrize(("masthead", "rubric", "outlet"), [
    ("Nordinform", "Sports", "Nordinform"), ("torvikposten.no", "NEWS", "torvikposten.no"),
    ("Money Matters", "Business", None)])
def test_a_site_over_its_section(masthead, rubric, outlet):
    found = fields(f"{masthead}\n{rubric}\n\nHarbour board approves the new breakwater after "
                   "storms\n\n19.10.2024 21:34\n\n" + BODY + "\n\n" + MORE)
    assert found["title"] == "Harbour board approves the new breakwater after storms"
    assert found.get("outlet") == outlet


@pytest.mark.parametrize(("line", "outlet"), [
    ("EL FARO DEL NORTE | JALISCO", "El Faro del Norte"), ("Record | Futebol Nacional", "Record"),
    ("Braga | Sociedade", None), ("SOCIEDADE | BRAGA", None)])
def test_a_paper_and_its_edition_or_sports_section(line, outlet):
    found = fields(f"{line}\n\nHarbour board approves the new breakwater after storms\n\n"
                   "Por Ana Ruiz\n\n" + BODY + "\n\n" + MORE)
    assert found.get("outlet") == outlet


def test_a_section_in_capitals_over_the_headline_hides_no_outlet():
    found = fields("LOCAL NEWS\n\nHarbour board approves the new breakwater after storms\n\n"
                   "Ann Roe\n\nPublished 6:14 p.m. ET March 11, 2025\n\n" + BODY + "\n\n" + MORE
                   + "\n\n© 2025 Torvik Evening Clarion")
    assert found["outlet"] == "Torvik Evening Clarion"


def test_a_paper_signed_with_a_dash_and_a_date():
    found = fields("Harbour board approves the new breakwater after storms\n\n" + BODY + "\n\n"
                   + MORE + "\n\n– Torvik Post-Courier, 9 April 2024")
    assert found["outlet"] == "Torvik Post-Courier"
    assert str(found["date"]) == "2024-04-09"


@pytest.mark.parametrize(("last", "outlet"), [("Nordeste Hoy / Asunción", "Nordeste Hoy"),
                                              ("Ana Ruiz / Asunción", None),
                                              ("Harbour Board / Asunción", None)])
def test_a_paper_and_its_town_closing_the_piece(last, outlet):
    found = fields("Harbour board approves the new breakwater after storms\n\n" + BODY + "\n\n"
                   "The Harbour Board said the work would start soon.\n\n" + MORE + f"\n\n{last}")
    assert found.get("outlet") == outlet


@pytest.mark.parametrize(("text", "date"), [
    ("Por Ana Ruiz\n03/09/2024 às 14h22\n\nO conselho do porto aprovou o plano na terça-feira "
     "depois de um longo debate, e as obras vão começar na primavera. Os pescadores disseram que "
     "não vão aceitar mais taxas e que também querem uma reunião com o governo.", "2024-09-03"),
    ("By Ann Roe\n03/09/2024 at 2:22 pm\n\nThe harbour board approved the plan on Tuesday after "
     "a long debate, and work will begin in the spring.", None)])
def test_a_numeric_date_reads_day_first_in_spanish_portuguese_italian(text, date):
    found = fields("Harbour board approves the new breakwater after storms\n\n" + text)
    assert (str(found["date"]) if found.get("date") else None) == date


@pytest.mark.parametrize(("lead", "place"), [
    ("MONTERREY, N.L., 5 de marzo.- El cabildo aprobó esta madrugada la reforma que fija la "
     "tarifa del transporte, y la oposición acusó un albazo.", "Monterrey, N.L."),
    ("Rancagua.- Con preocupación observan los productores de cerezas de la región el sistema "
     "frontal que dejó más de 30 milímetros de agua.", "Rancagua")])
def test_a_spanish_dateline_closed_by_a_full_stop_and_a_dash(lead, place):
    found = fields("Aprueba el cabildo un tope a la tarifa del transporte\n\nPor Ana Ruiz\n\n"
                   + lead + "\n\nLa reforma entrará en vigor al día siguiente de su publicación.")
    assert found.get("place") == place


@pytest.mark.parametrize(("kicker", "place"), [("BALLINA", "Ballina"), ("QUEENSLAND", None),
                                               ("CHINA", None), ("BUSINESS", None)])
def test_a_town_alone_above_the_headline_is_its_place(kicker, place):
    found = fields(f"Northern Clarion\n{kicker}\n\nRiver peaks at 10.2 metres as the valley "
                   "braces again\n\nBy Ann Roe\n\nThe river peaked overnight in Ballina and in "
                   "Queensland and in China too, the weather bureau said on Friday.\n\n" + MORE)
    assert found.get("place") == place


def test_a_place_under_the_time_since_the_update():
    found = fields("Typhoon signal hoisted as the storm nears; schools shut\n\nUpdated 3 hours "
                   "ago\n\nHong Kong\n\nThe Observatory raised the gale signal at dawn on "
                   "Tuesday as the storm edged closer to Hong Kong.\n\n" + MORE)
    assert found.get("place") == "Hong Kong"


@pytest.mark.parametrize("line", ["By T.BATBAYAR", "By T.Batbayar"])
def test_an_initial_glued_to_the_name(line):
    found = fields(f"Harbour board approves the new breakwater after storms\n\n{line}\n\n"
                   "June 27, 2025\n\n" + BODY + "\n\n" + MORE)
    assert found["author"] == "T. Batbayar"


def test_a_letter_signed_over_its_writers_street_and_town_above_a_footer():
    found = fields("LETTERS TO THE EDITOR\n\nFlood defences: the valley cannot wait another "
                   "winter\n\nSir, - I read with dismay your report that the flood scheme has "
                   "slipped again.\n\nI have lived on Mill Row for 31 years, and my cellar has "
                   "flooded six times.\n\nWe cannot wait another winter.\n\nAnn Roe,\nMill Row,\n"
                   "Nethervale.\n\n----\n\nNorthern Clarion, Thursday 26 November 2026\n\nLetters "
                   "should include a full postal address.")
    assert found["author"] == "Ann Roe"
    assert found.get("place") is None  # (a town the text names nowhere else)


def test_a_releases_dateline_under_a_long_letterhead():
    found = fields("ORVIK COUNTY SHERIFF'S OFFICE\nAnn Roe, Sheriff\n455 N. Broadway Ave., "
                   "Bartow, FL 33830\n\nNEWS RELEASE\nFOR IMMEDIATE RELEASE\nApril 17, 2025\n\n"
                   "LOCAL MAN ARRESTED AFTER STRING OF VEHICLE BURGLARIES\n\nBARTOW, Fla. — "
                   "Detectives arrested a 34-year-old man on Wednesday in connection with a "
                   "string of vehicle burglaries.\n\n" + MORE)
    assert found.get("place") == "Bartow, Fla."
