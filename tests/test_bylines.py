"""Bylines: author and outlet from the header line shapes news sites use; nothing else."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archivist.bylines import parse_byline
from archivist.convert import parse_blocks
from archivist.metadata import detect


@pytest.mark.parametrize("line, author, outlet", [
    ("By Orla Finch", "Orla Finch", None),
    ("BY ORLA FINCH", "Orla Finch", None),
    ("By ORLA FINCH and DEV O'PATAKI Harbour Gazette", "Orla Finch and Dev O'Pataki",
     "Harbour Gazette"),
    ("By Orla Finch and Dev Pataki, Harbour Gazette", "Orla Finch and Dev Pataki", "Harbour Gazette"),
    ("Posted by Orla Finch on 4 June 2022", "Orla Finch", None),
    ("Written by Orla Finch", "Orla Finch", None),
    ("Story by Orla Finch", "Orla Finch", None),
    ("By Orla Finch • Published 2 hours ago", "Orla Finch", None),
    ("By Orla Finch, The Harbour Gazette, 4 June 2022", "Orla Finch", "The Harbour Gazette"),
    ("By ORLA FINCH Allied Press", "Orla Finch", "Allied Press"),
    ("Reporting by Orla Finch; Editing by Sam Welk", "Orla Finch", None),
    ("By Dr. Orla Finch", "Orla Finch", None),
    ("By Orla Finch-Abara, Senior Correspondent", "Orla Finch-Abara", None),
])
def test_byline_shapes(line: str, author: str, outlet: str | None):
    got = parse_byline(line)
    assert got is not None and (got.author, got.outlet) == (author, outlet)


@pytest.mark.parametrize("line, author, outlet", [
    ("Orla Finch, Staff Writer", "Orla Finch", None),
    ("Orla Finch Transport correspondent", "Orla Finch", None),
    ("Orla Finch | Harbour Gazette", "Orla Finch", "Harbour Gazette"),
])
def test_bare_bylines_under_a_headline(line: str, author: str, outlet: str | None):
    assert parse_byline(line) is None  # only right under the headline, see below
    got = parse_byline(line, bare=True)
    assert got is not None and (got.author, got.outlet) == (author, outlet)
    found, _ = detect(parse_blocks(f"Ferry fares to rise in spring\n{line}\n\n"
                                   "The ferry company said on Monday that fares would rise."))
    assert found.get("author") == author and found.get("outlet") == outlet


@pytest.mark.parametrize("line", [
    "By the end of the week the ferry had stopped", "By Tuesday Orla Finch had left",
    "By Monday, fares rose", "By Staff Reporter", "By the Harbour Gazette",
    "By Orla Finch and the Harbour Gazette", "By Harbour Gazette Staff",
    "Photograph: Orla Finch/Harbour Gazette",
])
def test_lines_that_name_no_author(line: str):
    assert parse_byline(line) is None and parse_byline(line, bare=True) is None


def test_a_capitalised_dateline_under_the_headline_is_no_byline():
    found, _ = detect(parse_blocks("Two hurt in border clash\nMAE LAO, Thailand 1996-08-25\n\n"
                                   "Two border guards were hurt on Sunday, officials said."))
    assert "author" not in found and found.get("place") == "Mae Lao, Thailand"


@given(st.text(max_size=120))
def test_an_author_is_made_of_the_line_s_own_words(line: str):
    got = parse_byline(line) or parse_byline(line, bare=True)
    assert got is None or all(word in line for word in got.author.replace(" and ", " ").split())


@pytest.mark.parametrize("line, author, outlet", [
    ("By Orla Finch | Harbour Gazette | Monday, 4 June 2022", "Orla Finch", "Harbour Gazette"),
    ("By Orla Finch at Fenwick Park", "Orla Finch", None),
    ("By Orla Finch in San Telmo de Arriba, Corvale", "Orla Finch", None),
    ("(Reporting by Orla Finch and Dev Pataki; Editing by Sam Welk)", "Orla Finch and Dev Pataki",
     None),
    ("Posted on 4 June 2022 by Orla Finch | Filed under: Travel, Coasts", "Orla Finch", None),
    ("Words by Orla Finch | Photographs by Dev Pataki", "Orla Finch", None),
    ("Feature | Corvale, Westmark | By Orla Finch | 4 June 2022", "Orla Finch", None),
    ("Long read | By Orla Finch in Corvale and Tessin | 4 June 2022", "Orla Finch", None),
])
def test_byline_shapes_with_rubrics_places_and_trailers(line: str, author: str,
                                                        outlet: str | None):
    got = parse_byline(line)
    assert got is not None and (got.author, got.outlet) == (author, outlet)


@pytest.mark.parametrize("line", [
    "Feature | Corvale | By the end of the week", "By Tuesday at Fenwick Park",
    "Long read | Photographs by Dev Pataki",
])
def test_rubric_and_place_lines_that_name_no_author(line: str):
    assert parse_byline(line) is None


def test_a_byline_line_with_a_rubric_is_marked_a_byline():
    found, body = detect(parse_blocks("Ferry fares to rise in spring\n\n"
                                      "Feature | Corvale | By Orla Finch | 4 June 2022\n\n"
                                      "The ferry company said on Monday that fares would rise."))
    assert found["author"] == "Orla Finch"
    assert [b.kind for b in body] == ["byline", "paragraph"]


def test_a_closing_sign_off_with_an_outlet_gives_the_author():
    found, body = detect(parse_blocks("Ferry fares to rise in spring\n\nThe ferry company said on "
                                      "Monday that fares would rise.\n\nThe council will meet on "
                                      "Friday.\n\n— Orla Finch, The Harbour Gazette"))
    assert (found["author"], found["outlet"]) == ("Orla Finch", "The Harbour Gazette")
    assert [b.kind for b in body] == ["paragraph", "paragraph", "byline"]


def test_a_quote_attribution_at_the_end_is_no_sign_off():
    found, body = detect(parse_blocks("Ferry fares to rise in spring\n\nThe ferry company said on "
                                      "Monday that fares would rise.\n\n\u201cThe sea is wide."
                                      "\u201d\n\n— Orla Finch, The Harbour Gazette"))
    assert "author" not in found and body[-1].kind == "attribution"
    found, body = detect(parse_blocks("Ferry fares to rise in spring\n\nThe ferry company said on "
                                      "Monday that fares would rise.\n\nThe sea is wide.\n\n"
                                      "— Orla Finch"))
    assert "author" not in found and [b.kind for b in body][-2:] == ["quote", "attribution"]
