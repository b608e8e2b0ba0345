"""Header fields in shapes first met on unseen news (session 21): lines above the headline that
label it (a lead paragraph printed first, a kicker in capitals, a fixture, a numbered release, a
place and a date with a dash, columns of fields, a page's running header, mastheads in capitals,
an e-mail's header, a newsletter's issue line), a header's update beside its publication date,
and the date and paper a closing credit or a syndication footer gives."""

from __future__ import annotations

import datetime

import pytest

from archivist.convert import parse_blocks
from archivist.metadata import detect

HEADLINE = "Harbour ferries return after a winter of engine repairs"
BODY = ("The ferry operator said on Monday that three boats would run again from the old pier "
        "after months of repairs to their engines, and that fares would stay the same.")


def read(*lines: str, end: tuple[str, ...] = ()) -> dict:
    """The fields detected from header lines (one a paragraph each), a body and closing lines."""
    text = "\n\n".join([*lines, BODY, BODY, *end])
    found, _ = detect(parse_blocks(text))
    return found


FIRE = "Fire destroys six hulls at Portville boatyard"


def test_a_lead_paragraph_above_the_headline_leaves_the_headline_the_title():
    lead = ("PORTVILLE, Nordland (AP) — A fire tore through a boatyard on the edge of Portville "
            "early Thursday, destroying six hulls and injuring two workers, officials said.")
    found, body = detect(parse_blocks("\n\n".join([lead, FIRE, "February 12, 2026", BODY])))
    assert found["title"] == FIRE
    assert found["date"] == datetime.date(2026, 2, 12)
    assert body[0].kind == "paragraph"  # the lead stays text, no kicker


def test_a_lead_with_a_colon_dateline_is_no_title_either():
    lead = ("KARAVIK: The weather office on Sunday warned that a severe heatwave would grip "
            "Karavik and the coast for the next four days, with temperatures near 44°C.")
    headline = "Heatwave warning for Karavik as mercury nears 44°C"
    assert read(lead, headline)["title"] == headline


def test_a_prose_first_line_without_a_dateline_is_no_lead():
    lead = ("A fire tore through a boatyard on the edge of Portville early Thursday, destroying "
            "six hulls and injuring two workers, officials said.")
    assert read(lead, FIRE)["title"] != FIRE


@pytest.mark.parametrize("line", [
    f"PROFILE | {HEADLINE}",
    f"ANALYSIS | {HEADLINE}",
])
def test_a_kicker_in_capitals_before_a_bar_is_no_part_of_the_title(line):
    assert read(line)["title"] == HEADLINE


@pytest.mark.parametrize("above", [
    "Northland v Southmark, 1st Test, Portville, Day 3",
    "Portville Rovers vs Eastbrook Town",
    "WHAT'S ON | Portville & the Coast",
])
def test_a_fixture_or_a_section_above_the_headline_is_no_title(above):
    assert read(above, HEADLINE, "By Ann Roe")["title"] == HEADLINE


def test_a_numbered_release_label_under_a_letterhead_is_no_title():
    found = read("OFFICE OF THE PORTVILLE PROSECUTOR\nComunicado / Press statement No. 214/2026\n"
                 "Portville, Nordland, 9 October 2026", HEADLINE)
    assert found["title"] == HEADLINE
    assert found["date"] == datetime.date(2026, 10, 9)


def test_a_place_and_a_date_with_a_dash_under_a_release_label():
    found = read("NEWS RELEASE", "Hai Phong, Vietnam – 20 January 2026", HEADLINE)
    assert found["title"] == HEADLINE
    assert found["place"] == "Hai Phong, Vietnam"


@pytest.mark.parametrize("above", [
    "NORDVIK TIMBER OYJ        STOCK EXCHANGE RELEASE        3 February 2026 at 9.00 a.m. EET",
    "NORDVIK PAY UAB — INTERIM REPORT Q3 2025                           Page 1 of 4",
])
def test_columns_of_fields_or_a_page_header_are_no_title(above):
    assert read(above, HEADLINE)["title"] == HEADLINE


def test_a_masthead_in_capitals_gives_the_outlet_and_a_section_under_it_the_title():
    found = read("THE PORTVILLE COURIER\nThursday 26 February 2026", "LETTERS TO THE EDITOR",
                 "Bus cuts leave villages stranded")
    assert found["title"] == "LETTERS TO THE EDITOR"
    assert found["outlet"] == "The Portville Courier"
    assert found["date"] == datetime.date(2026, 2, 26)


def test_a_magazine_masthead_above_a_rubric_gives_the_outlet():
    found = read("Nordland Review\nTravel & Transport", HEADLINE, "By Ann Roe")
    assert found["title"] == HEADLINE
    assert found["outlet"] == "Nordland Review"


def test_a_section_named_like_a_magazine_is_no_outlet():
    assert "outlet" not in read("Book Review\nTravel & Transport", HEADLINE, "By Ann Roe")


def test_an_online_masthead_in_capitals_names_the_paper():
    assert read(f"PORTVILLE OBSERVER ONLINE\n{HEADLINE}")["outlet"] == "Portville Observer"


def test_an_e_mails_header_is_no_title_the_headline_below_it_is():
    found = read("From: Press Office <press@example.org>\nSent: Monday, 7 September 2026 11:02\n"
                 "Subject: PRESS NOTE: Ferries to return", "PRESS NOTE", HEADLINE)
    assert found["title"] == HEADLINE
    assert found["date"] == datetime.date(2026, 9, 7)


def test_with_no_headline_below_an_e_mails_subject_is_the_title_without_its_labels():
    found = read("From: Ann Roe <ann@example.org>\nSubject: Fwd: [HARB #12] " + HEADLINE)
    assert found["title"] == HEADLINE


def test_a_newsletters_issue_line_and_subscriber_note_are_no_title():
    found = read("THE HARBOUR BRIEF — Nordland markets newsletter\n"
                 "Issue #412 | Wednesday 14 October 2026",
                 "You're receiving this because you subscribed. Forward to a friend | Unsubscribe",
                 f"1) {HEADLINE}")
    assert found["title"] == HEADLINE


def test_a_newsletters_masthead_with_its_issue_number_is_no_title():
    found = read("NORDLAND HARBOUR LETTER — Issue 212", HEADLINE.upper())
    assert found["title"] == HEADLINE.upper()


@pytest.mark.parametrize("lines", [
    ("Updated: 18 Nov 2026 at 09:10 | Published: 17 Nov 2026 at 16:45",),
    ("Updated: Wed, 18 Nov 2026 10:14 AM", "Published: Tue, 17 Nov 2026 6:40 PM"),
    ("Updated 18.11.2026 — first published 17.11.2026",),
])
def test_the_publication_date_beats_the_update(lines):
    assert read(HEADLINE, *lines)["date"] == datetime.date(2026, 11, 17)


def test_a_syndication_footer_gives_the_date_and_the_paper():
    found = read(HEADLINE, "By Ann Roe",
                 end=("This article first appeared in The Harbour Star, Portville, 14 June 2026.",))
    assert found["date"] == datetime.date(2026, 6, 14)
    assert found["outlet"] == "The Harbour Star"


def test_a_closing_credit_line_of_fields_gives_the_date_and_the_paper():
    found = read(HEADLINE, BODY, BODY, BODY, BODY,
                 end=("Portville Telegraph | 4 June 2026 | By Ann Roe, Transport Correspondent",))
    assert found["author"] == "Ann Roe"
    assert found["date"] == datetime.date(2026, 6, 4)
    assert found["outlet"] == "Portville Telegraph"


def test_a_header_date_beats_a_closing_credits_date():
    found = read(HEADLINE, "12 March 2026", BODY, BODY, BODY, BODY,
                 end=("Portville Telegraph | 4 June 2026 | By Ann Roe",))
    assert found["date"] == datetime.date(2026, 3, 12)


def test_an_outlet_under_the_headline_shaped_like_a_name_is_the_outlet():
    found = read(HEADLINE, "Andrea Noticias\nPortville, 22 de julio de 2026")
    assert "author" not in found
    assert found["outlet"] == "Andrea Noticias"


def closing(*end: str) -> dict:
    """The fields of a piece of several paragraphs that ends with these lines."""
    return read(HEADLINE, BODY, BODY, BODY, BODY, end=end)


@pytest.mark.parametrize("end, author, outlet", [
    (("Ann Roe", "Harbourside, March 1, 2026"), "Ann Roe", "Harbourside"),
    (("By ANN ROE", "Post-Gazette, Tuesday 10 March 2026"), "Ann Roe", "Post-Gazette"),
    (("Reviewed by Ann Roe", "Portville Stage Monthly — October 2026"), "Ann Roe",
     "Portville Stage Monthly"),
    (("Words and photographs: Ann Roe", "The Roaming Post, Issue 48, Summer 2026"), "Ann Roe",
     "The Roaming Post"),
])
def test_a_papers_line_under_the_closing_credit_names_the_outlet(end, author, outlet):
    found = closing(*end)
    assert (found.get("author"), found.get("outlet")) == (author, outlet)


def test_a_papers_line_alone_at_the_end_needs_a_papers_word():
    assert closing("Portville News & Media, 13 February 2026")["outlet"] == \
        "Portville News & Media"
    assert "outlet" not in closing("Harbourside Group, 13 February 2026")


def test_a_dash_and_a_papers_name_closing_the_piece_is_the_outlet():
    assert closing("— Portville Nation News")["outlet"] == "Portville Nation News"


@pytest.mark.parametrize("end", [
    ("By Ann Roe", "Ann Lee, 13 February 2026"),  # a person's name and a date
    ("By Ann Roe", "Portville, 13 February 2026"),  # a town's the story names
])
def test_a_persons_or_a_places_line_under_the_credit_is_no_outlet(end):
    found = read(HEADLINE, BODY, "The Portville council met on Monday.", BODY, BODY, end=end)
    assert "outlet" not in found


def test_a_written_by_credit_after_a_line_without_a_full_stop():
    found = closing("Quote of the day: \"Ferries are back\" — Tom Lee, Portville",
                    "Written by Ann Roe. Edited by Tom Lee.")
    assert found["author"] == "Ann Roe"


def test_a_papers_line_under_the_header_byline_names_the_outlet():
    found = read(HEADLINE, "By Ann Roe\nFolha Nova — 22 August 2026")
    assert found["outlet"] == "Folha Nova"
    assert found["date"] == datetime.date(2026, 8, 22)


@pytest.mark.parametrize("line", [
    "Tlaquepaque, 22 August 2026",  # a dateline's comma: a town the gazetteer may lack
    "Portville — 22 August 2026",  # one word: a town's as much as a paper's
])
def test_a_dateline_under_the_header_byline_is_no_outlet(line):
    assert "outlet" not in read(HEADLINE, f"By Ann Roe\n{line}")


def test_a_wires_footer_names_the_wire():
    found = closing("This report by The Harbour Press was first published March 3, 2026.")
    assert found["outlet"] == "The Harbour Press"
    assert found["date"] == datetime.date(2026, 3, 3)


def test_an_agency_before_the_dateline_is_the_outlet_and_the_town_the_place():
    found = read(HEADLINE, "(HPA) - PORTVILLE, APR 2 - The harbour authority said on Thursday "
                 "that three ferries would run again from the old pier next week.")
    assert (found.get("place"), found.get("outlet")) == ("Portville", "HPA")


def test_a_title_case_dateline_with_a_colon_after_the_year():
    found = read(HEADLINE, "Portville, 7 September 2026: The harbour authority said on Monday "
                 "that three ferries would run again from the old pier, in Portville.")
    assert found["place"] == "Portville"


def test_a_role_in_lower_case_between_by_and_the_name():
    assert read(HEADLINE, "By court reporter Ann Roe")["author"] == "Ann Roe"


def test_a_name_in_capitals_over_its_desk_line_is_the_byline():
    assert read(HEADLINE, "KANYA SRISUK\nHARBOUR REPORTERS")["author"] == "Kanya Srisuk"


def test_a_standfirst_between_the_headline_and_the_byline():
    found = read("EXPLAINER", HEADLINE,
                 "Three boats will run again from the old pier. Here is what you need to know.",
                 "Ann Roe, El Puerto Digital\n5 de febrero de 2026 / February 5, 2026")
    assert (found.get("author"), found.get("outlet")) == ("Ann Roe", "El Puerto Digital")


def test_a_bodys_name_beside_its_published_date_is_the_publisher():
    found = read("Situation Update No. 3 — Winter Storms",
                 "Portville Harbour Management Centre | Published 2026-06-04 18:00")
    assert found["outlet"] == "Portville Harbour Management Centre"


@pytest.mark.parametrize("masthead, outlet", [
    ("THE HARBOUR BRIEF — Nordland markets newsletter\nIssue #412 | 14 October 2026",
     "The Harbour Brief"),
    ("NORDLAND HARBOUR LETTER — Issue 212", "Nordland Harbour Letter"),
])
def test_a_newsletters_masthead_in_capitals_names_the_outlet(masthead, outlet):
    assert read(masthead, HEADLINE)["outlet"] == outlet


def test_a_dateline_of_two_known_towns():
    found = read(HEADLINE, "Nuuk / Copenhagen — The ice sheet began losing mass to surface melt "
                 "almost three weeks earlier than the long-term average this year.")
    assert found["place"] == "Nuuk / Copenhagen"


def test_two_unknown_names_and_a_slash_are_no_dateline():
    found = read(HEADLINE, "Harbourside / Ferryman — The ice sheet began losing mass to surface "
                 "melt almost three weeks earlier than the long-term average this year.")
    assert "place" not in found


@pytest.mark.parametrize("headline", [
    "Trade volume 30 percent higher at the harbour",
    "Issue 5 of the harbour plan goes to the council",
])
def test_a_headline_that_names_a_volume_or_an_issue_is_still_the_title(headline):
    assert read(headline, "By Ann Roe")["title"] == headline


def test_a_weekday_before_the_closing_date_is_no_paper():
    assert "outlet" not in closing("Ann Roe", "Thu, 01/23/2025 – 16:40")


@pytest.mark.parametrize("line, outlet", [
    ("Correio do Porto | Cidades", "Correio do Porto"),
    ("El Economista Nórdico | Mercados", "El Economista Nórdico"),
])
def test_a_paper_named_in_another_language_above_or_under_the_headline(line, outlet):
    assert read(line, HEADLINE, "By Ann Roe")["outlet"] == outlet
    assert read(HEADLINE, line, "By Ann Roe")["outlet"] == outlet


def test_a_lead_under_a_title_case_dateline_with_an_agency_is_no_title():
    lead = ("Portville, Feb 12 (HPA) — A fire tore through a boatyard in Portville early "
            "Thursday, destroying six hulls and injuring two workers, officials said.")
    assert read(lead, FIRE)["title"] == FIRE


def test_the_sender_and_the_date_under_a_release_label_are_no_title():
    found = read("MEDIA STATEMENT\nPortville Police Service\n12 May 2026", HEADLINE)
    assert found["title"] == HEADLINE
    assert found["date"] == datetime.date(2026, 5, 12)


def test_a_headline_in_capitals_under_a_release_label_stays_the_title():
    assert read("MEDIA RELEASE\nPOLICE SEEK WITNESSES TO CRASH\n12 May 2026")["title"] == \
        "POLICE SEEK WITNESSES TO CRASH"


def test_a_section_word_before_a_bar_is_no_part_of_the_title():
    assert read(f"Opinion | {HEADLINE}")["title"] == HEADLINE


def test_a_section_and_its_part_after_a_dash_are_no_title():
    assert read("Sport — Rugby", HEADLINE, "By Ann Roe")["title"] == HEADLINE


@pytest.mark.parametrize("label", ["Copyright", "Edited", "Published"])
def test_a_label_before_the_closing_date_is_no_paper(label):
    assert "outlet" not in closing("By Ann Roe", f"{label}, March 3, 2026")


def test_a_town_the_story_names_under_the_header_byline_is_no_paper():
    found = read(HEADLINE, "By Ann Roe\nSan Remo — 3 May 2026", "The ferries of San Remo are back.")
    assert "outlet" not in found


def test_a_crosshead_under_a_dateline_lead_is_no_headline():
    lead = ("PORTVILLE, Nordland (AP) — A fire tore through a boatyard on the edge of Portville "
            "early Thursday, destroying six hulls and injuring two workers, officials said.")
    assert read(lead, "What comes next for the town")["title"] != "What comes next for the town"


def test_words_in_capitals_over_a_desk_line_are_no_byline():
    assert "author" not in read(HEADLINE, "PORT AUTHORITY\nSTAFF WRITERS")


def test_a_heading_of_plain_words_before_a_dash_and_a_date_is_no_town():
    found = read("IN THE HIGH COURT OF NORVALE", "PROCEEDINGS ON SENTENCE — 14 October 2026")
    assert "place" not in found
    assert found["date"] == datetime.date(2026, 10, 14)
    assert read(FIRE, "KORHOGO — 14 October 2026").get("place") == "Korhogo"
