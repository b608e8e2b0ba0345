"""Datelines: the place an article is filed from, in the shapes agencies and papers use."""

from __future__ import annotations

import pytest

from archivist.convert import parse_blocks
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
