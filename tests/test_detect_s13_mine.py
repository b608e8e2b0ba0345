"""Detection cases from the pages of a collection read after its blind figures (session 12):
a results row's entrant ridden by someone in brackets, and generic bodies named by their kind."""

from __future__ import annotations

import pytest

from archivist.detect import Detector

RESULTS = ("The favourite, Hokuto Ryusei, stalled on the crest and finished fourth.\n\n"
           "Result\n1. Mitsu no Kamen (K. Suzuki) 2:04.1\n2. Akane Kaze (T. Kudo) 2:06.8\n"
           "3. Hokuto Ryusei (M. Fujino) 2:09.0\n")


def test_a_results_rows_entrant_before_its_rider_is_no_person() -> None:
    people = {c.name for c in Detector().detect(RESULTS) if c.type == "person"}
    assert "Akane Kaze" not in people and "Hokuto Ryusei" not in people
    assert {"K. Suzuki", "T. Kudo", "M. Fujino"} <= people


def test_a_person_before_a_country_code_in_a_results_row_stays() -> None:
    text = "Result\n1. Jane Holloway (GBR) 10.51\n2. Ann Berg (NOR) 10.62\n"
    people = {c.name for c in Detector().detect(text) if c.type == "person"}
    assert {"Jane Holloway", "Ann Berg"} <= people


@pytest.mark.parametrize("text", [
    "This hearing of the Commission of Inquiry is now in session.",
    "The Environmental Board has raised concerns about the seals.",
    "The County Council voted on Monday.",
])
def test_a_body_named_only_by_its_kind_gets_no_page(text: str) -> None:
    assert not [c for c in Detector().detect(text) if c.type == "organization"]


def test_a_named_council_keeps_its_page() -> None:
    orgs = {c.name for c in Detector().detect("Members of Kilkenny County Council voted.")
            if c.type == "organization"}
    assert "Kilkenny County Council" in orgs


def test_a_street_after_a_royal_title_is_no_person() -> None:
    text = "About 200 workers gathered outside the gate on Queen Street West."
    assert not [c for c in Detector().detect(text) if c.type == "person"]
