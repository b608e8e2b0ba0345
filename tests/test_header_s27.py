"""Session 27's header fixes: a paper's name over its edition (a town in capitals, a language),
a masthead told apart by its country over a rubric or a section, a wire's site named as its
initials, a byline's "by" in lower case, a tabloid's label in capitals before the headline."""

from __future__ import annotations

import pytest

from archivist.convert import parse_blocks
from archivist.dates import find_date, find_foreign_date
from archivist.headlines import masthead_name
from archivist.bylines import parse_byline
from archivist.mastheads import caps_name
from archivist.metadata import detect

BODY = ("The harbour board approved the plan on Tuesday after a long debate, its chairwoman "
        "said, and work will begin in the spring.")
MORE = "Fishermen said they would watch the costs closely and appeal if the levy rose again."


def fields(text: str) -> dict:
    found, _ = detect(parse_blocks(text))
    return found


@pytest.mark.parametrize(("line", "paper"), [
    ("il Gazzettino VERONA", "il Gazzettino"),
    ("Gazzetta della Valle TORINO", "Gazzetta della Valle"), ("NORDA English", "NORDA")])
def test_a_paper_over_its_edition_is_no_headline(line, paper):
    found = fields(f"{line}\n\nHarbour board approves the new breakwater after storms\n\n"
                   + BODY + "\n\n" + MORE)
    assert found["title"] == "Harbour board approves the new breakwater after storms"
    assert found["outlet"] == paper


@pytest.mark.parametrize("line", ["Floods hit VERONA", "Storm in ROME", "Learning English",
                                  "Greater MANCHESTER", "Visit PARIS"])
def test_a_headline_with_a_town_in_capitals_is_no_masthead(line):
    assert masthead_name(line) is None


@pytest.mark.parametrize(("masthead", "rubric", "paper"), [
    ("The Orvik Champion", "BUSINESS", "The Orvik Champion"),
    ("Morning Lantern - Sri Lanka", "Sports | Cricket", "Morning Lantern"),
    ("The Beacon Star (Kenya)", "Counties | Kisumu", "The Beacon Star")])
def test_a_masthead_over_a_rubric_or_a_section(masthead, rubric, paper):
    found = fields(f"{masthead}\n{rubric}\n\nHarbour board approves the new breakwater after "
                   "storms\n\nFriday, October 30, 2026\n\n" + BODY + "\n\n" + MORE)
    assert found["title"] == "Harbour board approves the new breakwater after storms"
    assert found["outlet"] == paper


def test_a_columnists_name_is_no_rubric():
    found = fields("The Long View\nOpinion | Maria Keller\n\nHarbour board approves the new "
                   "breakwater after storms\n\n" + BODY + "\n\n" + MORE)
    assert found.get("outlet") != "The Long View"


@pytest.mark.parametrize(("site", "lead", "wire"), [
    ("NORDA Noticias | Perú", "Lima, 14 may (NORDA).- ", "NORDA"),
    ("NORDA.it  >  Sardegna", "(NORDA) - CAGLIARI, 03 FEB - ", "NORDA")])
def test_a_wires_site_is_the_wire(site, lead, wire):
    found = fields(f"{site}\n\nHarbour board approves the new breakwater after storms\n\n"
                   + lead + BODY + "\n\n" + MORE)
    assert found["outlet"] == wire


def test_a_site_with_a_domain_stays_when_no_wire_is_credited():
    found = fields("NORDA.it  >  Sardegna\n\nHarbour board approves the new breakwater after "
                   "storms\n\n" + BODY + "\n\n" + MORE)
    assert found["outlet"] == "NORDA.it"


@pytest.mark.parametrize("by", ["di", "por", "par"])
def test_a_byline_in_lower_case(by):
    found = fields("Harbour board approves the new breakwater after storms\n\n"
                   f"{by} Marta Keller\n\n18 novembre 2024\n\n" + BODY + "\n\n" + MORE)
    assert found["author"] == "Marta Keller"


@pytest.mark.parametrize(("line", "title"), [
    ("INQUEST: Fisherman drowned after falling from a trawler",
     "Fisherman drowned after falling from a trawler"),
    ("WATCH: Storm batters the harbour wall overnight", "Storm batters the harbour wall overnight"),
    ("NATO: Allies agree to raise spending next year",
     "NATO: Allies agree to raise spending next year"),
    ("CHINA: Floods kill dozens in the south", "CHINA: Floods kill dozens in the south")])
def test_a_label_in_capitals_before_the_headline(line, title):
    assert fields(f"{line}\n\n" + BODY + "\n\n" + MORE)["title"] == title


@pytest.mark.parametrize("text", ["7-13 December 2026", "the week of 7–13 December 2026",
                                  "Dec 7-13, 2026", "7-13 de mayo de 2026"])
def test_a_range_of_days_is_no_date(text):
    assert find_date(text) is None and find_foreign_date(text) is None


def test_a_listings_headline_with_its_week_under_a_rubric():
    found = fields("WHAT'S ON | Harbour & Hills\nGig listings for the week of 7-13 December 2026"
                   "\n\nHarbour Gazette / Weekend\n\nEXHIBITIONS\n\n" + BODY + "\n\n" + MORE)
    assert found["title"] == "Gig listings for the week of 7-13 December 2026"
    assert "date" not in found


def test_a_rubric_of_site_section_and_topic_above_the_headline():
    found = fields("Los Llanos  |  Sociedad  |  Vendimia 2024\n\nHarbour board approves the new "
                   "breakwater after storms\n\n" + BODY + "\n\n" + MORE)
    assert found["title"] == "Harbour board approves the new breakwater after storms"


def test_a_headline_with_one_bar_stays():
    found = fields("Floods | What the harbour board decided\n\n" + BODY + "\n\n" + MORE)
    assert found["title"] == "Floods | What the harbour board decided"


@pytest.mark.parametrize(("lead", "place", "wire"), [
    ("Oruro, 14 may (NORDA).- ", "Oruro", "NORDA"),
    ("Tarija, 15 de octubre (Nordpress).- ", "Tarija", "Nordpress"),
    ("Tarragona (NORDA).- ", "Tarragona", "NORDA")])
def test_a_spanish_wires_dateline_and_its_dot_dash(lead, place, wire):
    found = fields("Harbour board approves the new breakwater after storms\n\n" + lead + BODY
                   + "\n\n" + MORE)
    assert (found["place"], found["outlet"]) == (place, wire)


def test_a_dateline_of_town_day_and_agency_alone_on_its_line():
    found = fields("Harbour board approves the new breakwater after storms\n\n"
                   "Publicado: miércoles, 3 abril 2024 13:12\n\nTARRAGONA, 3 (NORDA PRESS)\n\n"
                   + BODY + "\n\n" + MORE)
    assert (found["place"], found["outlet"]) == ("Tarragona", "Norda Press")


def test_an_italian_papers_town_and_full_stop_opening_the_story():
    found = fields("Harbour board approves the new breakwater after storms\n\ndi Marta Keller\n"
                   "18 novembre 2024\n\nTRAPANI. " + BODY + "\n\n" + MORE)
    assert found["place"] == "Trapani"


@pytest.mark.parametrize("opening", ["NOTE. ", "SUMMARY. ", "NATO. ", "U.S. "])
def test_a_word_in_capitals_and_a_full_stop_is_no_town(opening):
    found = fields("Harbour board approves the new breakwater after storms\n\n" + opening + BODY
                   + "\n\n" + MORE)
    assert "place" not in found


@pytest.mark.parametrize(("caps", "shown"), [("GIORNALE DI VERONA", "Giornale di Verona"),
                                             ("LA VOZ DE TARIJA", "La Voz de Tarija"),
                                             ("EL HERALDO", "El Heraldo")])
def test_joining_words_of_a_name_in_capitals(caps, shown):
    assert caps_name(caps) == shown


@pytest.mark.parametrize(("line", "paper"), [("EL FARO  ·  Economía", "El Faro"),
                                             ("DIARIO NORTE  >  La Vida", "Diario Norte")])
def test_a_papers_name_and_its_section_in_another_language(line, paper):
    found = fields(f"{line}\n\nHarbour board approves the new breakwater after storms\n\n"
                   + BODY + "\n\n" + MORE)
    assert found["outlet"] == paper


@pytest.mark.parametrize(("closing", "date"), [
    ("Domenica 26 gennaio 2025", "2025-01-26"), ("Dimecres, 9 d'octubre de 2024", "2024-10-09"),
    ("December 15, 2024 · Tags: Football, Harbour", "2024-12-15")])
def test_a_date_alone_at_the_foot(closing, date):
    found = fields("Harbour board approves the new breakwater after storms\n\n"
                   + "\n\n".join([BODY, MORE] * 4) + "\n\n" + closing)
    assert str(found["date"]) == date


def test_a_date_in_the_last_sentence_is_no_foot_date():
    found = fields("Harbour board approves the new breakwater after storms\n\n"
                   + "\n\n".join([BODY, MORE] * 4) + "\n\nThe next meeting is on 26 January 2025.")
    assert "date" not in found


def test_a_papers_footer_under_a_rule():
    found = fields("LETTERS TO THE EDITOR\n\nThe breakwater cannot wait another winter\n\nSir, - "
                   + BODY + "\n\n" + MORE + "\n\nAnn Roe,\nMill Street,\nOrvikstad.\n\n----\n"
                   "Harbour Post, Thursday 26 November 2026\nLetters should be sent to "
                   "letters@harbour.example and include a full postal address.")
    assert (found["outlet"], str(found["date"])) == ("Harbour Post", "2026-11-26")


@pytest.mark.parametrize(("closing", "author"), [("- Ann Roe", "Ann Roe"),
                                                 ("- Obituary compiled by Ann Roe", "Ann Roe"),
                                                 ("Listings compiled by Ann Roe", "Ann Roe")])
def test_a_closing_dash_or_compilers_credit(closing, author):
    found = fields("Harbour board approves the new breakwater after storms\n\n"
                   + "\n\n".join([BODY, MORE] * 3) + "\n\n" + closing)
    assert found["author"] == author


def test_a_lists_last_item_is_no_credit():
    found = fields("Harbour board approves the new breakwater after storms\n\n"
                   + "\n\n".join([BODY, MORE] * 3) + "\n\n- Ann Roe\n- Tom Lee")
    assert "author" not in found


def test_a_photographers_credit_is_no_compilers():
    found = fields("Harbour board approves the new breakwater after storms\n\n"
                   + "\n\n".join([BODY, MORE] * 3) + "\n\n- Photos taken by Ann Roe")
    assert "author" not in found


@pytest.mark.parametrize(("closing", "paper"), [
    ("- Harbour Cricket Magazine / Staff Reporter", "Harbour Cricket Magazine"),
    ("By ANN ROE\nMirror Sport", "Mirror Sport")])
def test_a_papers_staff_or_desk_closing_the_piece(closing, paper):
    found = fields("Harbour board approves the new breakwater after storms\n\n"
                   + "\n\n".join([BODY, MORE] * 3) + "\n\n" + closing)
    assert found["outlet"] == paper


def test_a_town_under_the_closing_byline_is_no_desk():
    found = fields("Harbour board approves the new breakwater after storms\n\n"
                   + "\n\n".join([BODY, MORE] * 3) + "\n\nBy ANN ROE\nNorth Sport")
    assert "outlet" not in found


def test_a_sites_author_label_without_colon():
    found = fields("Harbour board approves the new breakwater after storms\n\nThe harbour's plan "
                   "is the largest in a decade. Can it work?\n\nDate 25.11.2026\nAuthor Marta "
                   "Keller\n\n" + "\n\n".join([BODY, MORE] * 3))
    assert found["author"] == "Marta Keller"


def test_a_standfirst_closed_by_its_writer():
    found = fields("OPINION\n\nThe breakwater deserves more than another decade of drawings\n\n"
                   "The harbour has been promised a new wall for twenty years. It is time the "
                   "State paid up, writes Fergal Ó Súilleabháin\n\n"
                   + "\n\n".join([BODY, MORE] * 3))
    assert found["author"] == "Fergal Ó Súilleabháin"


@pytest.mark.parametrize("masthead", ["HarbourNews.nl", "Orvik.com", "The Times of Nordland"])
def test_a_domain_or_times_of_masthead_alone(masthead):
    found = fields(f"{masthead}\n\nHarbour board approves the new breakwater after storms\n\n"
                   "November 20, 2026\n\n" + "\n\n".join([BODY, MORE] * 3))
    assert found["title"] == "Harbour board approves the new breakwater after storms"
    assert found["outlet"] == masthead


def test_a_papers_published_in_footer():
    found = fields("HARBOUR\n\nHarbour board approves the new breakwater after storms\n\n"
                   + "\n\n".join([BODY, MORE] * 3) + "\n\nPublished in Harbour Post, November "
                   "29th, 2026")
    assert found["outlet"] == "Harbour Post"


def test_a_deck_then_a_bare_byline_with_its_town_then_the_date():
    found = fields("Wildfires force hundreds to flee the harbour towns as the island swelters\n\n"
                   "Firefighting planes battle blazes in the hills and near the port; the mayor "
                   "calls for help\n\nMarta Keller in Rome\nWed 24 Jul 2024 14.05 BST\n\n"
                   + "\n\n".join([BODY, MORE] * 3))
    assert (found["author"], found["place"]) == ("Marta Keller", "Rome")


@pytest.mark.parametrize(("rubric", "place"), [
    ("Braga | Sociedade", "Braga"), ("Counties | Kisumu", "Kisumu"), ("World | Africa", None),
    ("Politics | Scotland", None), ("Sports | Cricket", None)])
def test_a_rubric_of_a_section_and_a_town(rubric, place):
    found = fields(f"Harbour Courier\n{rubric}\n\nHarbour board approves the new breakwater after "
                   "storms\n\n" + "\n\n".join([BODY, MORE] * 3))
    assert found.get("place") == place


@pytest.mark.parametrize(("line", "paper"), [
    ("Harbour Live   |   Thursday 12 November 2026", "Harbour Live"),
    ("Marta Keller | Thursday 12 November 2026", None),
    ("Orvik, Thursday 12 November 2026", None)])
def test_a_site_and_the_date_right_under_the_headline(line, paper):
    found = fields("Harbour board approves the new breakwater after storms\n\n" + line + "\n\n"
                   + "\n\n".join([BODY, MORE] * 3))
    assert found.get("outlet") == paper


def test_a_masthead_and_its_supplement_apart_by_a_slash():
    found = fields("Gig listings for the week of 7-13 December 2026\n\nHarbour News / Weekend\n\n"
                   "EXHIBITIONS\n\n" + "\n\n".join([BODY, MORE] * 3))
    assert found["outlet"] == "Harbour News"


def test_a_newsletters_chrome_under_the_sign_off():
    text = ("From: Harbour Post <newsletter@harbourpost.example>\nSubject: Morning briefing: "
            "breakwater approved\nDate: Mon, 23 Nov 2026 06:15:02 -0400\n\nHarbour board "
            "approves the new breakwater after storms\n\n" + "\n\n".join([BODY, MORE] * 3)
            + "\n\n— Marta Keller, Harbour Post\n\nUnsubscribe | Manage preferences")
    found, body = detect(parse_blocks(text))
    assert (found["author"], found["outlet"]) == ("Marta Keller", "Harbour Post")
    assert body[-1].text == "Unsubscribe | Manage preferences"


@pytest.mark.parametrize(("notes", "issuer"), [
    ("Notes to editors:\nOrvik Air Ambulance is an independent charity founded in 1992.",
     "Orvik Air Ambulance"),
    ("About Nordvik Harbour Trust\nNordvik Harbour Trust is the body that runs the port.",
     "Nordvik Harbour Trust"),
    ("Notes to editors:\nMarta Keller is a marine engineer based in Orvik.", None)])
def test_a_press_releases_notes_to_editors_name_the_issuer(notes, issuer):
    found = fields("FOR IMMEDIATE RELEASE\n\nHarbour board approves the new breakwater after "
                   "storms\n\nOrvik, 18 November 2026 - Orvik Air Ambulance (OAA) today said "
                   + BODY + "\n\n" + "\n\n".join([BODY, MORE] * 2) + "\n\nENDS\n\n" + notes)
    assert found.get("outlet") == issuer


@pytest.mark.parametrize(("line", "author"), [
    ("Sunday, 8 November 2026   Source: Marta Keller, Contributor", "Marta Keller"),
    ("Sunday, 8 November 2026   Source: Harbour Police", None),
    ("Sunday, 8 November 2026   Source: Marta Keller", None)])
def test_a_source_label_names_a_writer_only_with_a_job(line, author):
    found = fields("Harbour board approves the new breakwater after storms\n\n" + line + "\n\n"
                   + "\n\n".join([BODY, MORE] * 3))
    assert found.get("author") == author


@pytest.mark.parametrize("line", ["Breaking News LONDON", "Traffic Alert ROME",
                                  "Weather Warning MILANO"])
def test_a_label_over_a_town_in_capitals_is_no_paper(line):
    assert masthead_name(line) is None


def test_a_columns_name_over_a_section_is_no_masthead():
    found = fields("Money Matters\nBUSINESS\n\nHarbour board approves the new breakwater after "
                   "storms\n\n" + "\n\n".join([BODY, MORE] * 3))
    assert found.get("outlet") != "Money Matters"


@pytest.mark.parametrize(("line", "author"), [
    ("By Prince Kwesi Owusu", "Prince Kwesi Owusu"),
    ("By Princess Ama Mensah", "Princess Ama Mensah"), ("By Prince Harry", None),
    ("By Major Tom Lee", None)])
def test_prince_as_a_bylines_given_name(line, author):
    byline = parse_byline(line)
    assert (byline.author if byline else None) == author
