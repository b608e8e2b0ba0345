"""Header fields in shapes first met on unseen news (session 13): a dateline before a short
opening sentence."""

from __future__ import annotations

import pytest

from archivist.convert import parse_blocks
from archivist.metadata import detect

HEADLINE = "Harbour ferries return after a winter of engine repairs"
BODY = ("The ferry operator said on Monday that three boats would run again from the old pier "
        "after months of repairs to their engines, and that fares would stay the same.")


def fields(*lines: str) -> dict:
    found, _ = detect(parse_blocks("\n\n".join([HEADLINE, *lines, BODY])))
    return found


@pytest.mark.parametrize("line, place", [
    ("TOWNSVILLE — The boats are back.", "Townsville"),
    ("GALWAY — Nobody expected this.", "Galway"),
])
def test_a_dateline_before_a_short_sentence_gives_the_place(line: str, place: str) -> None:
    assert fields("By Ann Roe", line).get("place") == place


@pytest.mark.parametrize("line", [
    "EXCLUSIVE — Ferries are back.",
    "ANALYSIS — Why fares stay.",
    "UPDATE — Boats run.",
])
def test_a_slug_before_a_short_sentence_gives_no_place(line: str) -> None:
    assert "place" not in fields("By Ann Roe", line)


@pytest.mark.parametrize("line", ["Ebo Asare-Nkansah, Cape Coast",
                                  "From Ebo Asare-Nkansah, Cape Coast"])
def test_a_writer_and_a_town_is_no_place_line(line: str) -> None:
    found = fields(line, "Wednesday, November 19, 2025")
    assert "Asare" not in (found.get("place") or "")


def test_a_byline_at_a_place_gives_writer_and_place() -> None:
    found = fields("By Hanna Tadesse Woldemariam @Dire Dawa")
    assert found.get("author") == "Hanna Tadesse Woldemariam"
    assert found.get("place") == "Dire Dawa"


def test_a_handle_after_a_byline_is_no_place() -> None:
    found = fields("By Jane Roe @janeroe")
    assert found.get("author") == "Jane Roe" and "place" not in found


@pytest.mark.parametrize("line, author", [
    ("Article by Kerri-Ann Greenidge", "Kerri-Ann Greenidge"),
    ("Gohebydd / Reporter: Elliw Wyn Pritchard", "Elliw Wyn Pritchard"),
    ("Saturday 27 December 2025 · Match report: Rhodri Hopkin", "Rhodri Hopkin"),
])
def test_credits_of_other_shapes(line: str, author: str) -> None:
    assert fields(line).get("author") == author


def test_an_article_number_is_no_credit() -> None:
    assert "author" not in fields("Article 5 of the treaty")
