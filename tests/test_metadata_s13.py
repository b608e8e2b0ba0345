"""Header fields in shapes first met on unseen news: a dateline alone on its line above the story,
a region in brackets after the town, the writer named after a dateline's dash, a middle initial
that is also a word, clock times and "Special to …" beside a byline, outlets with small words,
and a rubric line with a place in capitals and another language's date."""

from __future__ import annotations

import datetime as dt

import pytest

from archivist.bylines import parse_byline
from archivist.convert import parse_blocks
from archivist.metadata import detect

HEADLINE = "Harbour ferries return after a winter of engine repairs"
BODY = ("The ferry operator said on Monday that three boats would run again from the old pier "
        "after months of repairs to their engines, and that fares would stay the same.\n\n"
        "Passengers queued from dawn. The first crossing left on time and the harbour master "
        "said the weather would hold for the rest of the week.")


def fields(*header: str) -> dict:
    found, _ = detect(parse_blocks("\n".join([HEADLINE, *header]) + "\n\n" + BODY))
    return found


@pytest.mark.parametrize("line, place", [
    ("TOWNSVILLE, Qld —", "Townsville, Qld"),
    ("GALLUP, N.M. —", "Gallup, N.M."),
    ("DUNDEE —", "Dundee"),  # a known town needs no region
    ("SAINT-MALO, Brittany, Oct. 3 —", "Saint-Malo, Brittany"),
])
def test_a_dateline_alone_on_its_line_gives_the_place(line: str, place: str) -> None:
    assert fields(line, "By Maren Oakes").get("place") == place


@pytest.mark.parametrize("line", ["BREAKING —", "ANALYSIS —", "EXCLUSIVE —", "UPDATE --"])
def test_a_slug_alone_on_its_line_is_no_place(line: str) -> None:
    assert fields(line).get("place") is None


def test_a_region_in_brackets_after_the_town() -> None:
    found = fields("IQUITOS (Loreto), 7 de mayo de 2025. —")
    assert found["place"] == "Iquitos (Loreto)"
    assert found["date"] == dt.date(2025, 5, 7)


def test_an_agency_in_brackets_before_a_comma_is_no_region() -> None:
    assert fields("HARBOURTON (Reuters), May 8 —").get("place") is None


@pytest.mark.parametrize("line, author", [
    ("Lyon, le 23 octobre 2025 — Par Koffi Mawuli Agbodjan", "Koffi Mawuli Agbodjan"),
    ("BARI, 17 luglio 2025 - di Cosimo Damiano Lacaita", "Cosimo Damiano Lacaita"),
    ("Utrecht, 25 november 2025 — door Wietske de Boer-Huizinga", "Wietske de Boer-Huizinga"),
    ("TUNIS, 4 février 2026 — De notre envoyée spéciale Nadia Farah-Bouh", "Nadia Farah-Bouh"),
    ("DUBLIN, March 3 — By Orla Finch", "Orla Finch"),
])
def test_the_writer_named_after_a_datelines_dash(line: str, author: str) -> None:
    assert fields(line).get("author") == author


def test_prose_after_a_datelines_dash_names_no_writer() -> None:
    found = fields("DUBLIN, March 3 — Maren Oakes said the ferries would run again.")
    assert found.get("author") is None


@pytest.mark.parametrize("line, author", [
    ("By Ricardo A. Batista", "Ricardo A. Batista"),  # "A" is also the answer's label
    ("By Jane Roe | Posted: Aug 14 | 6:05 PM", "Jane Roe"),
    ("By Jane Roe | 10.30am", "Jane Roe"),
    ("By Rana Haddadin | Special to the weekend edition", "Rana Haddadin"),
])
def test_bylines_with_an_initial_a_clock_or_a_special_to_credit(line: str, author: str) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.author == author


def test_an_outlet_with_small_words_after_the_name() -> None:
    byline = parse_byline("By Ana Pop, Monitorul de Cluj")
    assert byline is not None and (byline.author, byline.outlet) == ("Ana Pop", "Monitorul de Cluj")


def test_a_rubric_line_with_a_place_in_capitals_and_a_spanish_date() -> None:
    found = fields("MEDELLÍN, Antioquia | 22 de enero de 2026 | Redacción Regional")
    assert found["place"] == "Medellín, Antioquia"
    assert found["date"] == dt.date(2026, 1, 22)


@pytest.mark.parametrize("line, outlet", [
    ("Jane Doe / The Harbour Press", "The Harbour Press"),
    ("By Jane Doe For The Harbour Gazette", "The Harbour Gazette"),
    ("By Jane Doe for Harbourmail.com", "Harbourmail.com"),
])
def test_an_outlet_after_a_slash_or_for(line: str, outlet: str) -> None:
    byline = parse_byline(line, bare=not line.startswith("By"))
    assert byline is not None and (byline.author, byline.outlet) == ("Jane Doe", outlet)


def test_a_weekday_before_a_date_is_no_place() -> None:
    found = fields("Mon, 12 Jan, 2026 - 18:30", "Conor Lenihan-Walsh")
    assert found.get("place") is None
    assert found["date"] == dt.date(2026, 1, 12)


def test_an_obituarys_born_line_is_not_the_date() -> None:
    found = fields("James Wallace Gilchrist, bus operator. Born: 2 May 1938 in Hurlford. Died: 22 "
                   "November 2025 in Kilmarnock, aged 87.")
    assert found.get("date") is None


def test_a_desk_code_at_the_foot_is_no_author() -> None:
    text = f"{HEADLINE}\n\n{BODY}\n\nPTI COR RS"
    assert detect(parse_blocks(text))[0].get("author") is None


def test_a_score_line_and_a_league_above_the_headline_are_labels() -> None:
    found, _ = detect(parse_blocks(f"LEAGUE TWO\n\nHarbour Vale 2 Crewe Rovers 2\n\n{HEADLINE}\n\n"
                                   f"{BODY}"))
    assert found["title"] == HEADLINE


@pytest.mark.parametrize("line, author", [
    ("By Priya Venkataraman-Cole Globe Correspondent, Updated January 8, 2026, 6:00 a.m.",
     "Priya Venkataraman-Cole"),
    ("Text and photographs by Meera Subramanian-Kapoor", "Meera Subramanian-Kapoor"),
    ("On March 3, 2026 5:42 pm In News by Adebola Ogunleye-Coker", "Adebola Ogunleye-Coker"),
])
def test_byline_shapes_of_blogs_and_features(line: str, author: str) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.author == author


def test_a_name_in_capitals_and_a_date_on_one_line() -> None:
    found = fields("ZOLILE NDLOVU-MATSHAYA | 14 August 2025")
    assert found["author"] == "Zolile Ndlovu-Matshaya"
    assert found["date"] == dt.date(2025, 8, 14)


def test_an_unlisted_name_above_a_place_and_a_date_without_a_comma() -> None:
    found = fields("Wanshan Lyngdoh", "SHILLONG November 18, 2025 21:12 IST")
    assert (found["author"], found["place"]) == ("Wanshan Lyngdoh", "Shillong")
    assert found["date"] == dt.date(2025, 11, 18)


def test_an_indian_wires_dateline_without_a_dash() -> None:
    found, _ = detect(parse_blocks(f"{HEADLINE}\n\nMysuru, Sep 4 (PTI) The first batch of nine "
                                   f"elephants arrived in the city on Thursday and were welcomed "
                                   f"with rituals.\n\n{BODY}"))
    assert found["place"] == "Mysuru"


def test_a_wires_footer_gives_the_date() -> None:
    text = (f"{HEADLINE}\n\n{BODY}\n\nThis report by The Harbour Press was first published "
            f"Aug. 14, 2025.")
    assert detect(parse_blocks(text))[0]["date"] == dt.date(2025, 8, 14)


@pytest.mark.parametrize("line, author", [
    ("By: Jovelyn Ramos Agcaoili - Correspondent / Harbour Daily Inquirer",
     "Jovelyn Ramos Agcaoili"),
    ("Reporting: Ayako Nishimura (Wajima) / Translation: Daniel Forde", "Ayako Nishimura"),
    ("Autore: Ilze Ozoliņa", "Ilze Ozoliņa"),
])
def test_bylines_with_a_colon_a_translator_or_an_italian_label(line: str, author: str) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.author == author


def test_a_section_label_above_the_headline_is_no_title() -> None:
    found, _ = detect(parse_blocks(f"Local News\n\n{HEADLINE}\n\n{BODY}"))
    assert found["title"] == HEADLINE


def test_a_rubric_line_with_a_reporter_label_and_bullets() -> None:
    assert fields("PORTREE | Reporter: Catriona MacFadyen | Friday 28 November 2025")["author"] \
        == "Catriona MacFadyen"
    assert fields("Inverness • Sun 8 Feb 2026 • By Fatema Al Sayegh")["place"] == "Inverness"


def test_a_dateline_with_another_languages_date_then_the_writer_below() -> None:
    found = fields("TALLINN — 20. jaanuar 2026", "Kadri Tamm, ERR News")
    assert found["place"] == "Tallinn"
