"""Session 28, after reading held-out document pages: a short first line (a masthead, a site's
name and its tagline, a section) over a longer headline that a byline or a date follows is no
title; invented texts only."""

from __future__ import annotations

import pytest

from archivist.convert import parse_blocks
from archivist.metadata import detect

BODY = ("TORVIK — The harbour board approved the plan on Tuesday after a long debate, its "
        "chairwoman said, and work will begin in the spring.\n\n"
        "Fishermen said they would watch the costs closely and appeal if the levy rose again.\n")
HEADLINE = "Harbour board approves breakwater after six years of delays and two lawsuits"


def _title(text: str) -> str:
    found, _ = detect(parse_blocks(text))
    return found["title"]


@pytest.mark.parametrize("kicker, under", [
    ("L'Aurore Today", "By Ann Roe | 06 January 2024 18:30"),
    ("Fjord Radio English | News in English from the northern coast",
     "Published 03.12.2024 08:41  Updated 03.12.2024 11:05"),
    ("Rail industry", "A standfirst that tells the story in one sentence, as papers print it\n\n"
                 "Ann Roe Political correspondent\n\nTue 18 Mar 2025 19.42 GMT"),
])
def test_a_short_line_over_a_signed_or_dated_headline_is_no_title(kicker: str, under: str):
    assert _title(f"{kicker}\n\n{HEADLINE}\n\n{under}\n\n{BODY}") == HEADLINE


def test_a_short_headline_over_its_standfirst_stays_the_title():
    text = ("Breakwater approved\n\nThe harbour board approved the plan on Tuesday after a "
            "debate that lasted six years.\n\nBy Ann Roe\n\n" + BODY)
    assert _title(text) == "Breakwater approved"


def test_a_short_headline_without_a_byline_under_the_next_line_stays_the_title():
    text = f"Breakwater approved\n\n{HEADLINE}\n\n{BODY}"
    assert _title(text) == "Breakwater approved"
