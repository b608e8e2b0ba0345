"""Header fields of news pieces in shapes first met on unseen news: rubrics with a dash, bylines
next to rating and date lines, bureau lines, dated place lines in other languages, datelines with
a state's code, a French "le" or an agency in lower case, and the closing credits that name the
writer in other languages and wire styles."""

from __future__ import annotations

import datetime as dt

import pytest

from archivist.bylines import closing_credit
from archivist.convert import parse_blocks
from archivist.metadata import detect

HEADLINE = "Harbour ferries return after a winter of engine repairs"
BODY = ("The ferry operator said on Monday that three boats would run again from the old pier "
        "after months of repairs to their engines, and that fares would stay the same.\n\n"
        "Passengers queued from dawn. The first crossing left on time and the harbour master "
        "said the weather would hold for the rest of the week.")


def fields(text: str) -> dict:
    found, _ = detect(parse_blocks(text))
    return found


def test_a_capitals_section_and_dash_above_the_headline_is_no_title() -> None:
    found = fields(f"HALIFAX — Transport\n{HEADLINE}\nBy Maren Oakes\n\n{BODY}")
    assert found["title"] == HEADLINE
    assert found["author"] == "Maren Oakes"


def test_a_bureau_line_is_the_byline_not_the_place() -> None:
    found = fields(f"{HEADLINE}\nTendai Mavhunga-Dube, Mutare Bureau\n"
                   f"Published: 4 March 2025, 09:10\n\nMUTARE — {BODY}")
    assert found["author"] == "Tendai Mavhunga-Dube"
    assert found["place"] == "Mutare"
    assert found["date"] == dt.date(2025, 3, 4)


def test_a_name_and_outlet_with_a_middle_dot_under_a_posted_line() -> None:
    found = fields(f"{HEADLINE}\nPosted: Mar 3, 2025 6:02 AM MST | Last Updated: Mar 4, 2025\n"
                   f"Karen Whitlow · CBC News\n\n{BODY}")
    assert found["author"] == "Karen Whitlow"
    assert found["outlet"] == "CBC News"


def test_a_bare_name_under_a_star_rating() -> None:
    found = fields(f"Theatre\nReview: a Hamlet for the harbour town\n★★★☆☆\nHelen Marsh\n\n{BODY}")
    assert found["title"] == "Review: a Hamlet for the harbour town"
    assert found["author"] == "Helen Marsh"


def test_a_bare_name_under_a_place_and_date_line_in_polish() -> None:
    found = fields(f"ZDROWIE / HEALTH\n{HEADLINE}\nGdańsk, 3 lutego 2026 r.\nJoanna Kowal-Zając"
                   f"\n\n{BODY}")
    assert found["author"] == "Joanna Kowal-Zając"
    assert found["place"] == "Gdańsk"
    assert found["date"] == dt.date(2026, 2, 3)


def test_an_unknown_given_name_counts_only_next_to_the_date_line() -> None:
    text = f"{HEADLINE}\nBirendra Shakyaputra\nPatan, Sunday 9 March 2025\n\n{BODY}"
    assert fields(text)["author"] == "Birendra Shakyaputra"
    # Someone else with the surname in the story does not make the line a subject's name.
    other = text + "\n\nMayor Ramesh Shakyaputra opened the pier."
    assert fields(other)["author"] == "Birendra Shakyaputra"
    # The person the story is about is no byline.
    about = text + "\n\nShakyaputra, who runs the boatyard, said the repairs were late."
    assert "author" not in fields(about)
    assert "author" not in fields(f"{HEADLINE}\nBirendra Shakyaputra\n\n{BODY}")


@pytest.mark.parametrize("line, place, date", [
    ("Patan, Saturday 8 March 2025", "Patan", dt.date(2025, 3, 8)),
    ("MEKNÈS, 7 avril 2025", "Meknès", dt.date(2025, 4, 7)),
    ("PATRAS, 30/11/2025", "Patras", dt.date(2025, 11, 30)),
    ("Saas-Fee VS, 4. August 2025", "Saas-Fee VS", dt.date(2025, 8, 4)),
])
def test_a_place_and_date_line_under_the_headline(line: str, place: str, date: dt.date) -> None:
    found = fields(f"{HEADLINE}\n{line}\n\n{BODY}\n\nThe boats were built in "
                   f"{place.split()[0].title()}, in the canton of Valais.")
    assert found["place"] == place
    assert found["date"] == date


def test_a_place_line_the_gazetteer_lacks_needs_the_text_to_locate_it() -> None:
    assert "place" not in fields(f"{HEADLINE}\nQuarrytown, 7 April 2025\n\n{BODY}")
    assert fields(f"{HEADLINE}\nQuarrytown, 7 April 2025\n\n{BODY} The pier in Quarrytown "
                  "reopened.")["place"] == "Quarrytown"


@pytest.mark.parametrize("dateline, place, date", [
    ("CASTRIES, Saint Lucia, Monday 3 March 2025 (CMC) —", "Castries, Saint Lucia",
     dt.date(2025, 3, 3)),
    ("REGENSBURG, Germany, 5. Mai 2025 (dpa) —", "Regensburg, Germany", dt.date(2025, 5, 5)),
    ("BELÉM (PA), 2 de março de 2025 —", "Belém (PA)", dt.date(2025, 3, 2)),
    ("TLEMCEN, le 4 avril 2025 —", "Tlemcen", dt.date(2025, 4, 4)),
])
def test_datelines_with_weekdays_agencies_state_codes_and_french_le(
        dateline: str, place: str, date: dt.date) -> None:
    found = fields(f"{HEADLINE}\n{dateline} {BODY}")
    assert found["place"] == place
    assert found["date"] == date


def test_an_agency_in_brackets_is_no_state_code() -> None:
    assert fields(f"{HEADLINE}\nLISBON (AP) — {BODY}")["place"] == "Lisbon"


def test_a_region_code_counts_when_the_text_names_the_region() -> None:
    line = "Grächen VS, 4. August 2025"
    assert "place" not in fields(f"{HEADLINE}\n{line}\n\n{BODY}")
    assert fields(f"{HEADLINE}\n{line}\n\n{BODY} Valais paid for the pier.")["place"] == \
        "Grächen VS"


@pytest.mark.parametrize("line, author", [
    ("Jonas Petraitis / ELTA", "Jonas Petraitis"),
    ("Lucía Paredes / Martín Quiroga (EFE)", "Lucía Paredes and Martín Quiroga"),
    ("Texte et photos : Amélie Roussel", "Amélie Roussel"),
    ("Text und Fotos: Katrin Vogel", "Katrin Vogel"),
    ("Gan Megan Wyn Roberts", "Megan Wyn Roberts"),
    ("Von Katrin Vogel, APA", "Katrin Vogel"),
    ("Door Pieter de Vries", "Pieter de Vries"),
    ("Di Giulia Ferraro", "Giulia Ferraro"),
    ("Od Tomasz Nowicki", "Tomasz Nowicki"),
    ("Autora: Lucía Paredes", "Lucía Paredes"),
    ("Associated Press writer Maria Solano reported from Sucre.", "Maria Solano"),
    ("Susan Hale and Peter Grant contributed to this report.", "Susan Hale and Peter Grant"),
    ("Reporting by Andi Moh. Sulaiman", "Andi Moh. Sulaiman"),
    ("Reporting by Ma. Teresa Lim; Editing by Tom Reyes", "Ma. Teresa Lim"),
])
def test_closing_credits_of_other_styles_and_languages(line: str, author: str) -> None:
    assert closing_credit(line).author == author
    assert fields(f"{HEADLINE}\nMAYPORT — {BODY}\n\n{line}")["author"] == author


@pytest.mark.parametrize("line", ["Redacción Andina / Lucía Paredes", "Photo: Lucía Paredes/EFE",
                                  "Gan y môr", "The Associated Press contributed to this report."])
def test_slashes_and_by_words_that_credit_no_writer(line: str) -> None:
    credit = closing_credit(line)
    assert credit is None or credit.author == "Lucía Paredes"


def test_a_contributor_to_a_wire_story_is_not_its_writer() -> None:
    line = "Susan Hale contributed to this report."
    assert "author" not in fields(f"{HEADLINE}\nMAYPORT (AP) — {BODY}\n\n{line}")
    assert fields(f"{HEADLINE}\nMAYPORT — {BODY}\n\n{line}")["author"] == "Susan Hale"


def test_a_sign_off_with_the_agency_of_the_dateline() -> None:
    text = (f"{HEADLINE}\nVANADZOR, Armenia (ArmNews) — {BODY}\n\n"
            "The ferries will run until December.\n\n— Anahit Sargsyan, ArmNews")
    assert fields(text)["author"] == "Anahit Sargsyan"
    other = text.replace("(ArmNews)", "(Reuters)")
    assert "author" not in fields(other)


def test_a_match_report_byline_under_the_venue_line() -> None:
    found = fields(f"RUGBY LEAGUE\nLeigh 20 Salford 16: Leopards hold on\nLeigh Sports Village\n"
                   f"Match report by Gary Whitfield-Lowe\n\n{BODY}")
    assert found["author"] == "Gary Whitfield-Lowe"


@pytest.mark.parametrize("line, place", [
    ("CUSCO", "Cusco"), ("Bangor", "Bangor"), ("TARAWA (RNZ Pacific)", "Tarawa"),
])
def test_a_lone_place_line_under_the_headline(line: str, place: str) -> None:
    assert fields(f"{HEADLINE}\n{line}\n\n{BODY}")["place"] == place


def test_a_lone_place_line_with_a_part_the_text_locates() -> None:
    text = f"{HEADLINE}\nJAMBIANI, Zanzibar\n\n{BODY}"
    assert "place" not in fields(text)
    assert fields(f"{text} The boats moor at Jambiani.")["place"] == "Jambiani, Zanzibar"


@pytest.mark.parametrize("line", ["Chidera Okwuosa, Lagos", "Harbour Master", "Ferries",
                                  "Quarrytown"])
def test_no_place_from_a_line_that_may_be_a_name_or_a_label(line: str) -> None:
    assert "place" not in fields(f"{HEADLINE}\n{line}\n\n{BODY}")


def test_a_place_word_above_the_headline_is_a_rubric_not_the_place() -> None:
    assert "place" not in fields(f"ESTONIA\n{HEADLINE}\n\n{BODY}")


@pytest.mark.parametrize("line, place", [
    ("From our correspondent in Kandy", "Kandy"), ("By our Galle correspondent", "Galle"),
])
def test_the_correspondents_town(line: str, place: str) -> None:
    found = fields(f"COURTS\n{HEADLINE}\n{line}\n\n{BODY}")
    assert found["place"] == place
    assert "author" not in found


def test_no_place_from_a_correspondent_line_without_a_known_town() -> None:
    assert "place" not in fields(f"{HEADLINE}\nBy our Special Correspondent\n\n{BODY}")


def test_a_sport_venue_line_above_the_score() -> None:
    head = "FOOTBALL | LEAGUE\nRangers edge Hearts in a stormy derby"
    found = fields(f"{head}\nStadion Maksimir, Zagreb\nRangers 2 Hearts 1\n\n{BODY}")
    assert found["place"] == "Stadion Maksimir, Zagreb"
    found = fields(f"RUGBY LEAGUE\nLeigh 20 Salford 16: Leopards hold on\nCraigmore Park\n"
                   f"Match report by Gary Whitfield-Lowe\n\n{BODY}")
    assert found["place"] == "Craigmore Park"
    # No score: a park is no venue named by the text.
    assert "place" not in fields(f"{HEADLINE}\nVictoria Park\n\n{BODY}")


@pytest.mark.parametrize("dateline, place, date", [
    ("Dakar, le 3 juin 2025 —", "Dakar", dt.date(2025, 6, 3)),
    ("TIMIȘOARA, 18.11.2025 —", "Timișoara", dt.date(2025, 11, 18)),
    ("SEVILLA, 14/06/2025.", "Sevilla", dt.date(2025, 6, 14)),
])
def test_more_dateline_shapes(dateline: str, place: str, date: dt.date) -> None:
    found = fields(f"{HEADLINE}\n{dateline} {BODY}")
    assert found["place"] == place
    assert found["date"] == date


def test_a_year_and_a_full_stop_make_no_dateline() -> None:
    assert "place" not in fields(f"{HEADLINE}\nPARIS, 2024. {BODY}")


def test_a_place_and_a_date_without_a_comma() -> None:
    found = fields(f"Tromsø 14.1.2026\n{HEADLINE}\n\n{BODY}")
    assert found["title"] == HEADLINE
    assert found["place"] == "Tromsø"
    found = fields(f"{HEADLINE}\nBy Anan Srisuk, Post correspondent\nCHIANG RAI: 27 February 2026"
                   f"\n\n{BODY}")
    assert found["place"] == "Chiang Rai"
    assert found["date"] == dt.date(2026, 2, 27)


def test_a_capitals_dateline_the_text_locates() -> None:
    text = f"NUNAVIK\n{HEADLINE}\nKANGIQSUJUAQ — {BODY}"
    assert "place" not in fields(text)
    assert fields(f"{text} The pier in Kangiqsujuaq reopened.")["place"] == "Kangiqsujuaq"


def test_slashed_writers_with_an_abbreviated_first_name() -> None:
    credit = closing_credit("— Ma. Teresa Lim and Jose Cruz / PNA")
    assert (credit.author, credit.outlet) == ("Ma. Teresa Lim and Jose Cruz", "PNA")


def test_a_closing_credits_town_is_no_outlet() -> None:
    found = fields(f"{HEADLINE}\nGrächen VS, 4. August 2025\n\n{BODY} Valais paid for it.\n\n"
                   "Seraina Caduff, Grächen")
    assert found["author"] == "Seraina Caduff"
    assert "outlet" not in found


@pytest.mark.parametrize("line", ["Northmoor Harbour", "Quarrytown Pier"])
def test_a_place_named_line_beside_the_date_line_is_no_byline(line: str) -> None:
    found = fields(f"{HEADLINE}\n{line}\nQUARRYTOWN 2001-04-05\n\n{BODY}")
    assert "author" not in found


def test_a_word_in_brackets_after_a_slug_is_no_agency() -> None:
    assert "place" not in fields(f"{HEADLINE}\nBREAKING (video) — {BODY}")


@pytest.mark.parametrize("line", ["Tom Lee / Getty Images", "Ann Roe / AP Photo"])
def test_a_photographers_slashed_credit_names_no_writer(line: str) -> None:
    assert closing_credit(line) is None


def test_a_venue_named_like_a_person_above_a_score_is_the_place() -> None:
    found = fields(f"FOOTBALL\nCity 2 United 1: a late winner\nAlexandra Park\n\n{BODY}")
    assert found["place"] == "Alexandra Park"
    assert "author" not in found


def test_labelled_credit_with_slashed_names_the_label_vouches_for() -> None:
    credit = closing_credit("Reporting: Sok Dara / Chea Vannak Sophal")
    assert credit.author == "Sok Dara and Chea Vannak Sophal"


@pytest.mark.parametrize("line, author", [
    ("— Ranjit Borthakur-Deka, North East Dispatch", "Ranjit Borthakur-Deka"),
    ("Verslaggever: Sanne de Wit-Bakker", "Sanne de Wit-Bakker"),
])
def test_more_closing_credits(line: str, author: str) -> None:
    text = f"{HEADLINE}\nMAYPORT — {BODY}\n\n{line}"
    assert fields(text)["author"] == author


def test_a_sign_off_with_no_paper_and_an_unknown_given_name_is_no_credit() -> None:
    assert "author" not in fields(f"{HEADLINE}\nMAYPORT — {BODY}\n\n— Ranjit Borthakur-Deka, "
                                  "Long Walk Home")


def test_a_name_over_its_own_email_address() -> None:
    text = f"{HEADLINE}\nMAYPORT — {BODY}\n\nCiarán Ó Dálaigh\nciaran.odalaigh@example.ie"
    assert fields(text)["author"] == "Ciarán Ó Dálaigh"
    other = text.replace("ciaran.odalaigh", "newsdesk")
    assert "author" not in fields(other)


def test_a_name_and_its_town_beside_the_published_line() -> None:
    found = fields(f"{HEADLINE}\nTrần Thị Mai Lan in Haiphong\nPublished 03 March 2026\n\n{BODY}")
    assert found["author"] == "Trần Thị Mai Lan"


@pytest.mark.parametrize("dateline, place", [
    ("Keetmanshoop — ", "Keetmanshoop"), ("KEETMANSHOOP: ", "Keetmanshoop"),
    ("MAPUTO, March 11 (AIM/Lusa) -- ", "Maputo"),
])
def test_datelines_the_text_locates_and_slashed_agencies(dateline: str, place: str) -> None:
    text = f"{HEADLINE}\n{dateline}{BODY} The boats were built outside Keetmanshoop."
    assert fields(text)["place"] == place


def test_a_title_case_word_and_a_dash_the_text_does_not_locate_is_no_dateline() -> None:
    assert "place" not in fields(f"{HEADLINE}\nMeanwhile — {BODY}")


def test_a_lone_place_line_with_a_weekday() -> None:
    assert fields(f"CRICKET\n{HEADLINE}\nColombo, Friday\n\n{BODY}")["place"] == "Colombo"


def test_a_capitals_place_after_the_byline_is_the_place_not_the_outlet() -> None:
    found = fields(f"{HEADLINE}\nPor Valentina Ríos Aguirre | CÓRDOBA\n\n{BODY}")
    assert found["author"] == "Valentina Ríos Aguirre"
    assert found["place"] == "Córdoba"
    assert "outlet" not in found


def test_a_capitals_rubric_with_separators_and_a_reviewed_by_line() -> None:
    found = fields(f"ARTS & CULTURE / FILM REVIEW\n'The Long Road': a slow, kind film\n★★★★☆\n"
                   f"Reviewed by Marta Quillon\n\n{BODY}")
    assert found["title"] == "'The Long Road': a slow, kind film"
    assert found["author"] == "Marta Quillon"


def test_a_capitals_dateline_written_otherwise_in_the_text() -> None:
    text = f"{HEADLINE}\nYAN'AN — {BODY} The kilns near Yan'an were closed."
    assert fields(text)["place"] == "Yan'an"
    assert "place" not in fields(f"{HEADLINE}\nBREAKING — {BODY} It was breaking news in breaking"
                                 " waves.")


def test_a_numeric_date_that_reads_both_ways_is_left_empty():
    from archivist.dates import find_date
    assert find_date("Updated 03/11/2025 11:05", ambiguous=False) is None
    assert str(find_date("Updated 14/11/2025 11:05", ambiguous=False)) == "2025-11-14"
    assert str(find_date("Updated 11/11/2025", ambiguous=False)) == "2025-11-11"
    assert str(find_date("Updated 03/11/2025")) == "2025-03-11"  # a front matter's value


@pytest.mark.parametrize("line, author", [
    ("Par Paul-Antoine Giacometti", "Paul-Antoine Giacometti"),
    ("Текст: Zarema Gadzhieva", "Zarema Gadzhieva"),
    ("Аутор: Milica Stojanović", "Milica Stojanović"),
    ("Teksti: Aslak Paltto, kuvat: Minna Kyrö", "Aslak Paltto"),
    ("Haber: Serkan Aydemir / Fotoğraf: Gülistan Yıldız", "Serkan Aydemir"),
    ("Av Silje Mikkelsen Hætta og Ole-Petter Nilsen",
     "Silje Mikkelsen Hætta and Ole-Petter Nilsen"),
    ("Par Issoufou Maman Sani, correspondant à Niamey", "Issoufou Maman Sani"),
])
def test_bylines_in_other_languages(line: str, author: str):
    from archivist.bylines import parse_byline
    assert parse_byline(line).author == author


@pytest.mark.parametrize("line", ["Texte : Le Monde", "Text: The Editors",
                                  "Par Smith-Jones Limited", "Text: Staff Writers"])
def test_a_label_before_no_person_s_name_gives_no_author(line: str):
    from archivist.bylines import parse_byline
    assert parse_byline(line) is None


def test_a_correspondent_s_base_is_no_filing_place():
    from archivist.bylines import filed_from
    assert filed_from("Par Issoufou Maman Sani, correspondant à Niamey") is None
    assert filed_from("By Ann Roe in Lagos") == "Lagos"


@pytest.mark.parametrize("line, day", [("jeudi 5 mars 2026.", "2026-03-05"),
                                       ("12. Jänner 2026", "2026-01-12"),
                                       ("18 Aogositra 2025", "2025-08-18")])
def test_weekdays_and_months_of_more_languages(line: str, day: str):
    from archivist.dates import find_foreign_date
    from archivist.placeline import any_date_only
    assert any_date_only(line)
    assert str(find_foreign_date(line)) == day


def test_a_region_above_the_headline_is_no_title() -> None:
    assert fields(f"Eastern Kentucky\n{HEADLINE}\n\n{BODY}")["title"] == HEADLINE


def test_a_briefs_page_is_titled_by_its_capitals_line_above_the_desk_credit() -> None:
    found = fields(f"PACIFIC ISLANDS — IN BRIEF\nCompiled by the islands desk\n\n{BODY}")
    assert found["title"] == "PACIFIC ISLANDS — IN BRIEF"


def test_a_review_s_rating_is_no_part_of_its_title() -> None:
    assert fields(f"{HEADLINE} ★★★★☆\n\n{BODY}")["title"] == HEADLINE


def test_a_release_under_a_two_line_letterhead_and_a_labelled_date() -> None:
    found = fields(f"GOVERNMENT OF NORVALE\nGovernment Information Unit\n"
                   f"PRESS RELEASE — FOR IMMEDIATE RELEASE\nDate: 3 June 2025\n\n{HEADLINE}\n\n"
                   f"{BODY}")
    assert found["title"] == HEADLINE


def test_a_generational_suffix_ends_a_name_in_a_credit():
    from archivist.bylines import parse_byline
    line = "Reporting by Varney K. Flomo Jr. and Esther Wleh-Kollie; editing by Musu Kromah"
    assert parse_byline(line).author == "Varney K. Flomo Jr. and Esther Wleh-Kollie"
