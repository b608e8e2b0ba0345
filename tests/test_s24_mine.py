"""Session 24 (mine): wrongs read on pages of collections nobody tuned on."""
from __future__ import annotations

import pytest

from archivist.convert import parse_blocks

BODY = ("The council said on Monday that the new water tank would be ready before the monsoon, "
        "and that the work would cost less than planned.")


@pytest.mark.parametrize("line", [
    "Venue: Panchayat Bhawan, Kotli",
    "Proceedings recorded by: Block Development Office",
    "Location: Civic Centre Council Chamber",
    "Present: Cllr Ann Hywel, Cllr Tom Price",
    "Moderator: Grace Ndlovu",
])
def test_a_header_field_is_no_heading(line):
    blocks = parse_blocks(f"Special Meeting of the Village Council\n\n{line}\n\n{BODY}")
    kinds = {b.text: b.kind for b in blocks}
    assert kinds[line] != "heading"


@pytest.mark.parametrize("line", ["Part Two: The Long Road Home", "Chapter 3: Into the Woods",
                                  "Questions and Answers"])
def test_a_heading_with_a_colon_stays_a_heading(line):
    blocks = parse_blocks(f"Memoir\n\n{BODY}\n\n{line}\n\n{BODY}")
    assert {b.text: b.kind for b in blocks}[line] == "heading"
