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
