"""Header fields of session 24: a saved web page's furniture above the headline (a skip link, a
bare address, breadcrumbs, a site's menu) and the site it names; a letterhead's issuer as the
outlet with the headline (or a lone "STATEMENT") under it; closing lines that name the outlet
(a copyright footer, a signed name with the outlet, a site and its name); datelines naming
their agency; a dotted capital İ in a town in capitals."""

from __future__ import annotations

import datetime

from archivist.convert import parse_blocks
from archivist.mastheads import (caps_name, closing_outlet, collective_tail, copyright_holder,
                                 furniture, furniture_site, issuer_name, site_rubric,
                                 spelled_out)
from archivist.metadata import detect
from archivist.placeline import any_date_only, display_place

HEADLINE = "Lighthouse keepers return to Skarvik after a decade of automation"
BODY = ("The coastal authority said on Tuesday that two keepers would live at the station again "
        "from the spring, after storms twice cut the power to its lamp last winter.")
MORE = ("Residents of the island had asked for the keepers' return for years, and the council "
        "agreed to pay for the repairs to their cottage.")


def read(text: str) -> dict:
    """The fields detected from a text."""
    found, _ = detect(parse_blocks(text))
    return found


def page(*head: str, end: tuple[str, ...] = ()) -> str:
    """A text of header lines, each a paragraph, the headline, two paragraphs and closing lines."""
    return "\n\n".join([*head, HEADLINE, BODY, MORE, *end])


def test_web_furniture_is_no_title():
    for line in ("Skip to main content", "https://news.example.org/2026/03/keepers.html",
                 "Home > Coast > Islands", "Home › Regions › North"):
        assert furniture(line), line
        assert read(page(line))["title"] == HEADLINE, line


def test_headlines_and_rubrics_are_no_furniture():
    for line in (HEADLINE, "RUGBY | URC", "Travel | Morocco", "Science > fiction in the age of AI",
                 "Local | Monday, February 23, 2026 | by Ann Roe"):
        assert not furniture(line), line


def test_a_trail_of_crumbs_names_its_site_first():
    assert furniture_site("Harbour Wire > Politics") == "Harbour Wire"
    assert read(page("Harbour Wire > Politics"))["outlet"] == "Harbour Wire"
    assert furniture_site("Home > Economy > Energy") is None
    assert furniture_site("News > Politics") is None
    assert furniture_site("Norway > Politics") is None  # a place's crumb


def test_a_menu_in_capitals_names_its_site():
    text = page("Skip to content", "SKARVIK LEDGER | News | Culture | Business | Opinion | Donate")
    found = read(text)
    assert found["title"] == HEADLINE
    assert found["outlet"] == "Skarvik Ledger"


def test_a_site_and_its_section_above_the_headline():
    assert site_rubric("Daily Skerry | North-East") == "Daily Skerry"
    assert site_rubric("Brannock Post | Weather") == "Brannock Post"
    assert site_rubric("Inside Story | Politics") is None  # dictionary words: a column's name
    assert site_rubric("KULTUR | FILM") is None  # a section and its part
    assert site_rubric("Travel | Morocco") is None


def test_a_letterhead_with_release_fields_gives_the_issuer_and_the_headline():
    text = ("PORTVILLE HARBOUR POLICE\nMedia Relations Office\nNEWS RELEASE\n\n"
            "Date: 03/14/2026\nCase #: 26-0412\nContact: Sgt. Ann Roe\n\n"
            f"{HEADLINE}\n\n{BODY}\n\n{MORE}")
    found = read(text)
    assert found["title"] == HEADLINE
    assert found["outlet"] == "Portville Harbour Police"


def test_an_issuer_over_its_address_and_a_lone_statement():
    text = f"EMBASSY OF NORDLAND\nOTTAWA\n\nSTATEMENT\n\n12 March 2026\n\n{BODY}\n\n{MORE}"
    found = read(text)
    assert found["title"] == "STATEMENT"
    assert found["outlet"] == "Embassy of Nordland"
    assert found["place"] == "Ottawa"
    assert found["date"] == datetime.date(2026, 3, 12)


def test_a_headline_under_the_lone_kind_heading_is_the_title():
    text = f"EMBASSY OF NORDLAND\nOTTAWA\n\nSTATEMENT\n\n{HEADLINE}\n\n{BODY}\n\n{MORE}"
    assert read(text)["title"] == HEADLINE


def test_an_issuer_with_its_name_in_another_script():
    text = f"Consulate of Nordland in Osaka\nノルドランド領事館\n\n{HEADLINE}\n\n{BODY}\n\n{MORE}"
    found = read(text)
    assert found["title"] == HEADLINE
    assert found["outlet"] == "Consulate of Nordland in Osaka"


def test_a_stock_exchange_release_and_a_glossed_agency():
    text = f"Stock exchange release\nSkarvik Timber Oyj\n4 May 2026 at 09:00 EET\n\n{HEADLINE}"
    found = read(f"{text}\n\n{BODY}\n\n{MORE}")
    assert found["title"] == HEADLINE
    assert found["outlet"] == "Skarvik Timber Oyj"
    assert issuer_name("NPA (Nordland Press Agency)") == "Nordland Press Agency"
    assert issuer_name("NPA (Nordic Port Authority)") == "Nordic Port Authority"
    assert issuer_name("XYZ (Nordland Press Agency)") is None  # no initials of the gloss


def test_a_rubric_in_capitals_is_no_issuer():
    found = read(page("NORDLAND PREMIER LEAGUE"))
    assert found["title"] == HEADLINE
    assert "outlet" not in found


def test_a_newsletter_masthead_names_the_outlet():
    text = (f"Skerry Notes — newsletter, 4 May\nView in browser | Forward to a friend\n\n"
            f"{HEADLINE}\n\n{BODY}\n\n{MORE}")
    found = read(text)
    assert found["title"] == HEADLINE
    assert found["outlet"] == "Skerry Notes"


def test_copyright_footers():
    assert copyright_holder("Copyright (c) The Brannock Post. All rights reserved.") == \
        "The Brannock Post"
    assert copyright_holder("© 2026 KSKV. All Rights Reserved.") == "KSKV"
    assert copyright_holder("Copyright 2024-2026 Skarvik Ledger") == "Skarvik Ledger"
    assert copyright_holder("Copyright 2026 The Nordic Press. All rights reserved. This material "
                            "may not be published or broadcast.") == "The Nordic Press"
    assert copyright_holder("© 2026 Getty Images") is None
    assert copyright_holder("Copyright notice: see our policy.") is None
    assert read(page(end=("Copyright 2026 KSKV. All Rights Reserved.",)))["outlet"] == "KSKV"


def closing(*lines: str, author: str | None = None) -> tuple[str | None, str | None]:
    return closing_outlet([BODY, *lines], author, BODY, any_date_only)


def test_closing_lines_that_name_the_outlet():
    assert closing("— Skarvik Ledger, with staff writer") == ("Skarvik Ledger", None)
    assert closing("(Radio Skerry English)") == ("Radio Skerry English", None)
    assert closing("sk.no — Skerry Bladet") == ("Skerry Bladet", None)
    assert closing("skerry.no, 14.11.2026") == ("skerry.no", None)
    assert closing("Ts. Oyunbaatar, NORDPRESS") == ("NORDPRESS", "Ts. Oyunbaatar")
    assert closing("Aylin Kocaman / Nordpress") == ("Nordpress", "Aylin Kocaman")
    assert closing("Ann Roe | Skerry Insider | 24 February 2026", author="Ann Roe") == \
        ("Skerry Insider", None)
    assert closing("Aram Petrosyan", "Nordpress", author="Aram Petrosyan") == ("Nordpress", None)
    assert closing("— Reporting by Ann Roe for the Brannock Gazette") == \
        ("Brannock Gazette", None)


def test_closing_lines_that_name_no_outlet():
    assert closing("(END)") == (None, None)
    assert closing("(Editor's Note)") == (None, None)
    assert closing("(Reporting by Ann Roe)") == (None, None)
    assert closing("Ann Roe, LONDON") == (None, None)  # a place in capitals
    assert closing("Ann Roe / Getty Images") == (None, None)
    assert closing("Aram Petrosyan", "Senior Reporter", author="Aram Petrosyan") == (None, None)
    assert closing("Aram Petrosyan", "Yerevan", author="Aram Petrosyan") == (None, None)


def test_the_staff_word_and_spelt_out_initials():
    assert collective_tail("Brannock Post staff") == "Brannock Post"
    assert collective_tail("Staff") == "Staff"
    assert collective_tail("Harbour Wire") == "Harbour Wire"
    text = "Nordic Press Agency writer Ann Roe contributed."
    assert spelled_out("NPA", text) == "Nordic Press Agency"
    assert spelled_out("NP", "the Nordland Parliament said") == "NP"  # no outlet's word


def test_a_dateline_with_its_agency():
    found = read(f"{HEADLINE}\n\nBERGEN. Nordinform – {BODY}\n\n{MORE}")
    assert (found["place"], found["outlet"]) == ("Bergen", "Nordinform")
    found = read(f"{HEADLINE}\n\nBergen, April 2, NORDPRESS\n\n{BODY}\n\n{MORE}")
    assert found["place"] == "Bergen"
    assert found["outlet"] == "NORDPRESS"


def test_a_desk_line_under_the_headline():
    found = read(f"{HEADLINE}\n\nSkerry Review (English) — Culture desk\n\n{BODY}\n\n{MORE}")
    assert found["outlet"] == "Skerry Review"


def test_a_turkish_dotted_capital_in_a_town():
    assert display_place("RİZE") == "Rize"
    assert caps_name("İZMİR GAZETESİ") == "İzmir Gazetesi"


def test_a_dateline_in_capitals_and_a_colon_opening_a_long_lead():
    lead = ("BERGEN: The harbour festival closed on Sunday night with a concert that brought two "
            "choirs from the islands onto the main stage in front of a crowd of some thousands.")
    found = read(f"{lead}\n\n{BODY}\n\n{MORE}")
    assert found["place"] == "Bergen"
    found = read(f"EXCLUSIVE: {lead[8:]}\n\n{BODY}\n\n{MORE}")
    assert "place" not in found  # a slug, no town


def test_an_outlet_alone_between_the_headline_and_the_byline():
    found = read(f"{HEADLINE}\n\nSkerry Bladet\nBy Ann Roe\n\n{BODY}\n\n{MORE}")
    assert found["outlet"] == "Skerry Bladet"
    found = read(f"{HEADLINE}\n\nWorld News\nBy Ann Roe\n\n{BODY}\n\n{MORE}")
    assert "outlet" not in found  # a section


def test_a_masthead_with_its_issue_in_a_column():
    text = (f"NORDIC COAST WEEKLY                 Issue 88 · 4 May 2026\n\n"
            f"{HEADLINE}\n\n{BODY}\n\n{MORE}")
    assert read(text)["outlet"] == "Nordic Coast Weekly"


def test_a_writers_credit_closes_a_piece_ending_in_a_quote():
    quote = '"We will manage," the keeper said. "We always have, and the lamp will shine again."'
    credit = "— Reporting by Ann Roe for the Santa Ana Courier"
    text = f"{HEADLINE}\n\n{BODY}\n\n{MORE}\n\n{quote}\n\n{credit}"
    found = read(text)
    assert found["author"] == "Ann Roe"
    assert found["outlet"] == "Santa Ana Courier"


def test_a_newsletter_mail_titled_by_its_subject_and_sent_by_a_town():
    text = ("From: Town of Brannock <news@brannock.example>\nSubject: Harbour Notes – May update\n"
            "Date: Fri, 8 May 2026 09:00:00 +0200\n\nHARBOUR NOTES\n"
            "A monthly letter from your harbour master, Ann Roe\n\n"
            f"{BODY}\n\n{MORE}")
    found = read(text)
    assert found["title"] == "Harbour Notes – May update"
    assert found["outlet"] == "Town of Brannock"


def test_a_mail_from_a_person_names_no_outlet():
    text = (f"From: Ann Roe <ann@brannock.example>\nSubject: {HEADLINE}\n\n{BODY}\n\n{MORE}")
    found = read(text)
    assert found["title"] == HEADLINE
    assert "outlet" not in found


def test_a_date_read_both_ways_is_settled_by_the_datelines_day():
    lead = f"Bergen, March 11 (NPA) {BODY}"
    found = read(f"{HEADLINE}\n\n11/03/2026 06:18 PM\n\n{lead}\n\n{MORE}")
    assert found["date"] == datetime.date(2026, 3, 11)
    found = read(f"{HEADLINE}\n\n11/03/2026 06:18 PM\n\nBergen, May 2 (NPA) {BODY}\n\n{MORE}")
    assert "date" not in found  # neither reading is the dateline's day


def test_a_source_line_names_the_outlet_its_desk_follows():
    assert closing("Source: NPA / Skerry24 — rédaction") == ("Skerry24", None)
    assert closing("Source: Brannock Gazette") == ("Brannock Gazette", None)
    assert closing("Source: Ministry of Fisheries") == (None, None)  # the data's, no outlet
    assert closing("Source: NPA / Brannock Gazette") == (None, None)  # which one published?


def test_an_outlet_with_digits_in_its_name_but_no_channel_number():
    assert closing("(Skerry24)") == ("Skerry24", None)
    assert closing("(KSKV 11)") == (None, None)


def test_an_obituarys_death_day_is_not_its_date():
    text = ("Ann Margaret Roe\n\nMarch 2, 1938 – January 19, 2026\n\n"
            "Ann Margaret Roe, 87, of Brannock, died peacefully on Monday, January 19, 2026.\n\n"
            f"{BODY}\n\n{MORE}")
    assert "date" not in read(text)


def test_an_editors_closing_line_credits_the_piece():
    assert read(page(end=("Editor: Ann Roe",)))["author"] == "Ann Roe"
    text = f"{HEADLINE}\n\nBy Tom Lee\n\n{BODY}\n\n{MORE}\n\nEditor: Ann Roe"
    assert read(text)["author"] == "Tom Lee"


def test_guards_against_headlines_columns_and_people():
    assert not furniture("Apple > Microsoft in market value")
    assert closing("www.skerry.example — Read more") == (None, None)
    assert copyright_holder("© Ann Roe") is None
    assert closing("Ann Roe, RN") == (None, None)
    found = read(f"{HEADLINE}\n\nBergen Diary\nBy Ann Roe\n\n{BODY}\n\n{MORE}")
    assert "outlet" not in found  # a column's name
    found = read(f"SUPREME COURT\nMarch 12, 2026\n\n{HEADLINE}\n\n{BODY}\n\n{MORE}")
    assert found["title"] == HEADLINE
    assert "outlet" not in found  # a rubric and the date, no issuer


def test_a_name_stamped_with_the_time_and_a_short_date():
    from archivist.dates import find_date
    assert find_date("14:05  02.03.26") == datetime.date(2026, 3, 2)
    assert find_date("02.03.26, 14:05") == datetime.date(2026, 3, 2)
    assert find_date("release 1.2.26 of the app") is None  # no clock beside it
    found = read(f"{HEADLINE}\n\nTamar Levinsky    14:05  02.03.26\n\n{BODY}\n\n{MORE}")
    assert found["author"] == "Tamar Levinsky"
    assert found["date"] == datetime.date(2026, 3, 2)
    found = read(f"{HEADLINE}\n\nSanta Fe    14:05  02.03.26\n\n{BODY}\n\n{MORE}")
    assert "author" not in found  # a town


def test_a_dateline_in_a_local_calendar_with_the_common_date_in_brackets():
    found = read(f"{HEADLINE}\n\nBergen, 14 Dey 1404 AP (January 4, 2026)\n\n{BODY}\n\n{MORE}")
    assert found["place"] == "Bergen"
    found = read(f"{HEADLINE}\n\nSkarvik, 14 Dey 1404 AP (January 4, 2026)\n\n{BODY}\n\n{MORE}")
    assert "place" not in found  # a town the gazetteer lacks


def test_a_derived_title_skips_the_page_furniture():
    found = read(f"https://news.example.org/2026/03/keepers.html\n\n{BODY}\n\n{MORE}")
    assert found["title"].startswith("The coastal authority said on Tuesday")


def test_sections_named_in_other_languages():
    assert furniture_site("Skerry Tidende > Politik") == "Skerry Tidende"
    assert furniture_site("Inicio > Economía > Energía") is None
    assert site_rubric("KULTURA | FILM") is None
