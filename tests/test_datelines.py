"""Datelines: the place an article is filed from, in the shapes agencies and papers use."""

from __future__ import annotations

import datetime as dt

import pytest

from archivist.convert import parse_blocks
from archivist.dates import find_date
from archivist.metadata import detect

BODY = ("the ferry operators agreed new timetables on Monday after months of talks about fares, "
        "berths and customs checks.\n\nOfficials said the first ferries would run in spring.")


def place_of(opening: str) -> str | None:
    found, _ = detect(parse_blocks(f"Ferry timetables agreed after long talks\n\n{opening} {BODY}"))
    return found.get("place")


@pytest.mark.parametrize("opening, place", [
    ("OSLO —", "Oslo"), ("Oslo, Norway —", "Oslo, Norway"), ("NEW DELHI:", "New Delhi"),
    ("LISBON, March 5 (Reuters) -", "Lisbon"), ("Vienna, 5 March 2023 –", "Vienna"),
    ("MANILA, Dec. 3 (Xinhua) --", "Manila"), ("Buenos Aires —", "Buenos Aires"),
    ("Rio de Janeiro —", "Rio de Janeiro"), ("ST. PAUL (AP) —", "St. Paul"),
])
def test_dateline_shapes(opening: str, place: str):
    assert place_of(opening) == place


@pytest.mark.parametrize("opening", [
    "EXCLUSIVE -", "ANALYSIS -", "BREAKING —", "OPINION —", "FACTBOX -", "EDITORIAL —",
    "UPDATE:", "Meanwhile —", "Officials —",
])
def test_slugs_and_sentence_openings_give_no_place(opening: str):
    assert place_of(opening) is None


def test_a_company_headline_over_a_dateline_is_no_place():
    found, _ = detect(parse_blocks("Marlow - 6mth parent forecast.\nTOKYO 1996-08-26\n\n"
                                   "Six months to August 31, 1996"))
    assert found.get("place") == "Tokyo"


@pytest.mark.parametrize("line, date", [
    ("12 mars 2023", "2023-03-12"), ("5 de abril de 2023", "2023-04-05"),
    ("Publié le mardi 3. März 2023", "2023-03-03"), ("12 марта 2023", "2023-03-12"),
    ("marzo 12, 2023", "2023-03-12"), ("1 listopada 2021", None), ("15 blah 2023", None),
    ("31 février 2023", None), ("14 mars 0999", None),
])
def test_month_names_of_other_languages_date_a_header(line: str, date: str | None):
    found, _ = detect(parse_blocks(f"Le port ferme ses portes\n{line}\n\nLe port ferme lundi."))
    assert (found["date"].isoformat() if "date" in found else None) == date


def test_a_foreign_month_in_the_body_dates_nothing():
    paragraphs = "".join(f"Paragraphe {n} du texte, sans date.\n\n" for n in range(8))
    found, _ = detect(parse_blocks(f"Le port ferme ses portes\n\n{paragraphs}"
                                   "Il a fermé le 12 mars 2023."))
    assert "date" not in found


@pytest.mark.parametrize("opening, outlet", [
    ("LISBON, March 5 (Reuters) -", "Reuters"), ("ST. PAUL (AP) —", "AP"), ("OSLO —", None),
])
def test_the_wire_in_a_dateline_is_the_outlet(opening: str, outlet: str | None):
    found, _ = detect(parse_blocks(f"Ferry timetables agreed after long talks\n\n{opening} {BODY}"))
    assert found.get("outlet") == outlet


def test_a_byline_s_outlet_wins_over_the_wire():
    found, _ = detect(parse_blocks("Ferry timetables agreed\nBy Orla Finch, Allied Press\n\n"
                                   f"OSLO (AP) — {BODY}"))
    assert (found.get("author"), found.get("outlet")) == ("Orla Finch", "Allied Press")


@pytest.mark.parametrize("opening, place, outlet", [
    ("OSAKA, May 8, 2026 /Kyodo/ --", "Osaka", "Kyodo"),
    ("KRAKÓW -", "Kraków", None), ("ŁÓDŹ, Poland —", "Łódź, Poland", None),
])
def test_dateline_with_a_slashed_agency_or_accented_capitals(opening: str, place: str,
                                                             outlet: str | None):
    found, _ = detect(parse_blocks(f"Ferry timetables agreed after long talks\n\n{opening} {BODY}"))
    assert (found.get("place"), found.get("outlet")) == (place, outlet)


def header_place(*lines: str) -> str | None:
    text = "\n\n".join(["Ferry timetables agreed after long talks", *lines, BODY.capitalize()])
    return detect(parse_blocks(text))[0].get("place")


@pytest.mark.parametrize("lines, place", [
    (("Tamale, 2 September 2025",), "Tamale"),  # a known place that is also a word
    (("Post-budget press conference, Accra, 12 March 2025",), "Accra"),
    (("Harbour Hall, Lagos, Nigeria, 3 May 2024",), "Harbour Hall, Lagos, Nigeria"),
    (("Science | Leipzig | 24.09.2025",), "Leipzig"),
    (("Feature | Hatay, Turkey | By Orla Finch | 6 February 2025",), "Hatay, Turkey"),
    (("By Orla Finch in Santiago Matatlán, Oaxaca", "The Harbour Gazette, 2 Aug 2025"),
     "Santiago Matatlán, Oaxaca"),
])
def test_place_from_header_lines(lines: tuple[str, ...], place: str):
    assert header_place(*lines) == place


@pytest.mark.parametrize("lines", [
    ("Harbour Gazette, 9 October 2025",), ("Published, 2 May 2025",),
    ("Speech by the Minister, Orla Finch, 2 May 2025",),
    ("Science | Harbour desk | 24.09.2025",), ("By Orla Finch at Fenwick Park",),
    ("Long read | By Orla Finch in Lagos and Accra | 14 August 2025",),
])
def test_header_lines_that_state_no_known_place(lines: tuple[str, ...]):
    assert header_place(*lines) is None


def test_a_closing_credit_does_not_make_an_article_a_compilation():
    found, body = detect(parse_blocks(f"Ferry timetables agreed\n\nBy Orla Finch\n\n{BODY}\n\n"
                                      "(Reporting by Orla Finch; editing by Sam Welk)"))
    assert found["kind"] == "article" and found["author"] == "Orla Finch"
    assert [b.kind for b in body][-1] == "byline"


@pytest.mark.parametrize("text, date", [
    ("24.09.2025", dt.date(2025, 9, 24)), ("Leipzig | 3.4.2026", dt.date(2026, 4, 3)),
    ("version 10.0.0.1", None), ("31.02.2025", None), ("1.2.25", None),
    ("Published 2026.04.17 14:02", dt.date(2026, 4, 17)), ("2026.13.01", None),
])
def test_dotted_dates_are_day_first(text: str, date: dt.date | None):
    assert find_date(text) == date
