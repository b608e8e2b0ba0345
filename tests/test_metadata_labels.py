"""Header label lines above the headline (rubrics, a place and a date, a name with life years)
are not the title; a dateline opening an untitled text is not its title either."""

from __future__ import annotations

import pytest

from archivist.convert import parse_blocks
from archivist.metadata import detect

HEADLINE = "Harbour ferries return after a winter of repairs"
BODY = ("The city's ferry operator said on Monday that three boats would run again from the "
        "old pier, after months of repairs to their engines.\n\nFares stay the same.")


def fields(text: str) -> dict:
    found, _ = detect(parse_blocks(text))
    return found


@pytest.mark.parametrize("label", ["RUGBY | URC", "Travel | Norway", "Viajes / Travel",
                                   "Arts & Culture", "FOOTBALL: A-LEAGUE MEN",
                                   "Business · Startups"])
def test_a_rubric_above_the_headline_is_no_title(label: str) -> None:
    assert fields(f"{label}\n\n{HEADLINE}\n\n{BODY}")["title"] == HEADLINE


@pytest.mark.parametrize("label, place", [("Lagos, 12/04/2024:", "Lagos"),
                                          ("Dhaka, 09.03.2025", "Dhaka"),
                                          ("Kathmandu, May 28 (PTI/Agencies)", "Kathmandu")])
def test_a_place_and_date_line_above_the_headline(label: str, place: str) -> None:
    found = fields(f"{label}\n\n{HEADLINE}\n\n{BODY}")
    assert found["title"] == HEADLINE
    assert found["place"] == place


def test_a_name_with_life_years_above_the_headline() -> None:
    found = fields(f"Marta Quillon (1931–2024)\n\nThe teacher who kept the village school open"
                   f"\n\n{BODY}")
    assert found["title"] == "The teacher who kept the village school open"


@pytest.mark.parametrize("text", [
    "Ferries: the return\n\nThe city's ferry operator said on Monday that boats would run.",
    f"{HEADLINE}\n\n{BODY}",
    "Putin: No deal\n\nMOSCOW (Reuters) - The president said on Tuesday there was no deal.",
])
def test_a_short_headline_above_prose_stays_the_title(text: str) -> None:
    assert fields(text)["title"] == text.split("\n")[0]


def test_a_dateline_opening_an_untitled_text_is_not_its_title() -> None:
    found = fields("ACCRA, Ghana, Oct. 7 (GNA) – Lecturers at four public universities began an "
                   "indefinite strike on Monday over unpaid allowances.\n\nTalks failed.")
    assert found["title"].startswith("Lecturers at four public universities")
    assert found["place"] == "Accra, Ghana" or found["place"].startswith("Accra")


@pytest.mark.parametrize("tail, author", [
    ("— Reporting by Ana Quiroga Lemos and Tomás Beltrán Ruiz",
     "Ana Quiroga Lemos and Tomás Beltrán Ruiz"),
    ("Reported by Nikhil Rao | Edited by Priya Menon", "Nikhil Rao"),
    ("(Reporting by Jake Berg in São Paulo and Ricardo Lima in Brasília; editing by Tom Roe)",
     "Jake Berg and Ricardo Lima"),
])
def test_closing_credits_name_the_authors(tail: str, author: str) -> None:
    assert fields(f"{HEADLINE}\n\n{BODY}\n\n{tail}")["author"] == author


def test_a_closing_by_line_after_a_long_piece() -> None:
    body = "\n\n".join(f"Paragraph {n} says the ferries run again, officials said." for n in
                       range(8))
    found = fields(f"{HEADLINE}\n\n{body}\n\nBy Huw Pryce, North Wales Courier")
    assert (found["author"], found["outlet"]) == ("Huw Pryce", "North Wales Courier")


def test_filipino_particles_and_a_paper_after_the_authors() -> None:
    found = fields(f"{HEADLINE}\n\nBy Maria Teresa dela Cruz and Jun Paolo Reyes | Philippine "
                   f"Daily Courier\n\n{BODY}")
    assert found["author"] == "Maria Teresa dela Cruz and Jun Paolo Reyes"
    assert found["outlet"] == "Philippine Daily Courier"


def test_a_slashed_date_whose_first_number_is_no_month_is_day_first() -> None:
    from archivist.dates import find_date
    assert str(find_date("MEXICO CITY, 15/10/2024")) == "2024-10-15"
    assert str(find_date("Kremlin Transcript, 6/29/22")) == "2022-06-29"
    assert find_date("13/13/2020") is None


def test_a_dateline_of_two_places() -> None:
    found = fields(f"{HEADLINE}\n\nSHENZHEN/BUDAPEST, June 18 (Bloomberg) -- BYD Co. will begin "
                   "producing cars at its new plant in Hungary before the end of the year.")
    assert found["place"] == "Shenzhen/Budapest" and found["outlet"] == "Bloomberg"


def test_a_wires_closing_contact_line_names_the_author() -> None:
    found = fields(f"{HEADLINE}\n\n{BODY}\n\n--With assistance from Tom Roe.\n\n"
                   "To contact the reporter on this story: Gao Lin in Shenzhen at gl@example.net")
    assert found["author"] == "Gao Lin"


@pytest.mark.parametrize("line, author, outlet", [
    ("Author: Jane Roe", "Jane Roe", None), ("Text: Jane Roe", "Jane Roe", None),
    ("Reporter: Jane Roe", "Jane Roe", None), ("Por Jane Roe", "Jane Roe", None),
    ("Par Jane Roe", "Jane Roe", None), ("Von Jane Roe", "Jane Roe", None),
    ("By Jane Roe (Reuters)", "Jane Roe", "Reuters"), ("By Jane Roe @janeroe", "Jane Roe", None),
    ("By Xu Wei in Beijing | China Daily | Updated: 2024-03-02 10:12", "Xu Wei", "China Daily"),
])
def test_more_byline_shapes(line: str, author: str, outlet: str | None) -> None:
    found = fields(f"{HEADLINE}\n\n{line}\n\n{BODY}")
    assert (found.get("author"), found.get("outlet")) == (author, outlet)


def test_a_closing_author_bio() -> None:
    found = fields(f"{HEADLINE}\n\n{BODY}\n\nJane Roe is the Courier's Africa correspondent.")
    assert found["author"] == "Jane Roe"
    found = fields(f"{HEADLINE}\n\n{BODY}\n\nJane Roe is the first woman to run the port.")
    assert found.get("author") is None
    assert fields(f"{HEADLINE}\n\nVon Miller\n\n{BODY}").get("author") is None


@pytest.mark.parametrize("opening, place", [
    ("Accra, Ghana, March 3, 2024 — The city's ferry operator said", "Accra, Ghana"),
    ("São Paulo – The city's ferry operator said", "São Paulo"),
    ("NAIROBI, KENYA — The city's ferry operator said", "Nairobi, Kenya"),
])
def test_more_dateline_shapes(opening: str, place: str) -> None:
    text = f"{HEADLINE}\n\n{opening} on Monday that three boats would run again from the pier."
    assert fields(f"{text}\n\nFares stay the same.")["place"] == place


@pytest.mark.parametrize("line, place", [("By Jane Roe, Nairobi", "Nairobi"),
                                         ("Dateline: Nairobi", "Nairobi"),
                                         ("Location: Nairobi, Kenya", "Nairobi, Kenya")])
def test_a_header_line_that_states_the_place(line: str, place: str) -> None:
    assert fields(f"{HEADLINE}\n\n{line}\n\n{BODY}")["place"] == place


@pytest.mark.parametrize("line, author, outlet", [
    ("Story: Jane Roe | Photos: Tom Lee", "Jane Roe", None),
    ("Words and pictures by Jane Roe", "Jane Roe", None),
    ("Reported by Jane Roe, edited by Tom Lee", "Jane Roe", None),
    ("By Jane Roe, with additional reporting by Tom Lee", "Jane Roe", None),
    ("By Jane Roe and agencies", "Jane Roe", None),
    ("Posted: March 3, 2024 | By Jane Roe", "Jane Roe", None),
    ("By Jane Roe · March 3, 2024 · 4 min read", "Jane Roe", None),
])
def test_credit_lines_with_other_credits_and_dates(line: str, author: str,
                                                   outlet: str | None) -> None:
    found = fields(f"{HEADLINE}\n\n{line}\n\n{BODY}")
    assert (found.get("author"), found.get("outlet")) == (author, outlet)


def test_a_posted_by_line_with_a_reading_time() -> None:
    found = fields(f"{HEADLINE}\n\nPosted by Layla Roe on 2 August 2024 · 6 min read\n\n{BODY}")
    assert found["author"] == "Layla Roe"
