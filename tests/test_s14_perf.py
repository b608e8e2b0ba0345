"""Session 14's speed changes give what the code gave before: prefilters before patterns, caches."""

from __future__ import annotations

import dataclasses
import re

import pytest

from archivist import convert, dates
from archivist.detect.candidate import Candidate
from archivist.speakers import bare_label

LINES = [
    "Ann Berg: Thank you, chair.",
    "ANN BERG:",
    "Moderator:",
    "Ann Berg (Lab):\n",
    "Ann Berg (10:32):",
    "The minister said on Tuesday that prices would rise.",
    "The meeting opened at 10:30 and closed at noon.",
    "[ANN BERG]: We begin.",
    "Senator WARREN. Thank you.",
    "President. – The debate is closed.",
    "Q. Did you see him?",
    "Reporting by Jane Roe: additional reporting by Tom Lee",
    "**Ann Berg:** Good evening.",
    "[00:01:02] Ann Berg: Hello.",
    "2 May 2024 12:00: a timestamp, then words",
    "A line with no colon at all and a dash — here",
    "",
    ":",
]


def _old_speaker_match(text: str) -> re.Match[str] | None:
    """The label match as _speaker made it before the colon test."""
    return convert.SPEAKER.match(text) or \
        (convert.BRACKETED.match(text) if text[:1] == "[" else None) or \
        convert._hearing(text) or \
        (convert.PLENARY.match(text) if "–" in text[:160] or "—" in text[:160] else None)


@pytest.mark.parametrize("text", LINES)
def test_speaker_pattern_needs_a_colon(text: str) -> None:
    """A line without a colon never matched SPEAKER, so skipping it there changes nothing."""
    if ":" not in text:
        assert convert.SPEAKER.match(text) is None
    old = _old_speaker_match(text)
    new = (convert.SPEAKER.match(text) if ":" in text else None) or \
        (convert.BRACKETED.match(text) if text[:1] == "[" else None) or \
        convert._hearing(text) or \
        (convert.PLENARY.match(text) if "–" in text[:160] or "—" in text[:160] else None)
    assert (old and old.groups()) == (new and new.groups())


@pytest.mark.parametrize("text", LINES)
def test_lone_label_as_the_pattern(text: str) -> None:
    """_lone_label answers as LONE_LABEL.match did, a trailing newline included."""
    assert convert._lone_label(text) == (convert.LONE_LABEL.match(text) is not None)


def test_transcript_blocks_unchanged() -> None:
    """A transcript with a label alone on its line, colons in prose and a time keeps its turns."""
    text = ("Panel on harbour works\n\nMODERATOR:\nWelcome to the panel.\n\n"
            "Ann Berg: The works start at 9:30 each day.\n\n"
            "The chair noted: nothing more.\n\nTom Lee: Thank you.\n")
    blocks = convert.parse_blocks(text)
    turns = [(b.speaker, b.text) for b in blocks if b.kind == "turn"]
    assert ("MODERATOR", "Welcome to the panel.") in turns
    assert ("Ann Berg", "The works start at 9:30 each day.") in turns
    assert ("Tom Lee", "Thank you.") in turns


def _old_find_date(text: str, ambiguous: bool = True):
    """find_date as it was: every pattern over every text."""
    found = []
    for index, pattern in enumerate(dates.PATTERNS):
        for match in pattern.finditer(text):
            if not ambiguous and index == 1 and dates._both_ways(match):
                continue
            date = dates._to_date(index, match)
            if date is not None:
                found.append((match.start(), date))
                break
    return min(found)[1] if found else None


DATED = ["Published 2024-05-02 by the desk", "03/11/2025", "on 3/11/25 at noon",
         "Sept 4, 2023", "4th September 2023", "24.09.2025", "2026.04.17.", "no date here",
         "In 1999 and 2001 - nothing", "May 13", "Posted: Oct 23, 2025 5:31 PM CDT",
         "١٢/٠٣/٢٠٢٤", "version 1.2.3 of 12.10.2024", "0202-03-15", ""]


@pytest.mark.parametrize("text", DATED)
def test_find_date_as_before(text: str) -> None:
    """The digit test and each pattern's needed character skip only texts it cannot match."""
    for ambiguous in (True, False):
        assert dates.find_date(text, ambiguous) == _old_find_date(text, ambiguous)
    for pattern, needs in zip(dates.PATTERNS, dates.PATTERN_NEEDS):
        if needs not in text or dates.DIGIT.search(text) is None:
            assert pattern.search(text) is None


def test_early_date_still_found() -> None:
    """A year before 1000 is still reported as written."""
    assert dates.early_date("Filed 202-03-15 by mistake") is None  # three-digit: no pattern
    assert dates.early_date("On 0999-03-15 it began") == "0999-03-15"
    assert dates.early_date("no digits") is None


def test_candidate_repr_is_the_dataclass_repr() -> None:
    """Resolution's cache key reprs candidates: the written-out repr is the generated one."""
    cand = Candidate("Jane O'Roe", "person", ("O'Roe", 'Jane "J" Roe'), 3)
    fields = ", ".join(f"{f.name}={getattr(cand, f.name)!r}"
                       for f in dataclasses.fields(Candidate))
    assert repr(cand) == f"Candidate({fields})"


def test_bare_label_cached_and_pure() -> None:
    """bare_label gives the same answer however often it is asked."""
    label = "[00:01:02] Ann Berg -- Analyst"
    assert bare_label(label) == bare_label(label) == "Ann Berg, Analyst"


@pytest.mark.parametrize("line", ["Nantes 0 Lens 1", "Monaco 3 1 1 1 5 3 4", "No figures here.",
                                  "TORONTO 63 72 .467", "Held on 12 May, 2024 in Lyon", ""])
def test_tabular_needs_a_digit(line: str) -> None:
    """A line without a digit has no number, so it is no table row, as NUMBER_RE said."""
    from archivist.detect.spans import DIGIT_RE, NUMBER_RE, is_tabular
    if DIGIT_RE.search(line) is None:
        assert not NUMBER_RE.findall(line) and not is_tabular(line)
    assert is_tabular("Nantes 0 Lens 1") and not is_tabular("No figures here.")
