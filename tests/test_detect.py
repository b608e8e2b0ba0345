"""Tests of the rule-based entity detector (archivist.detect)."""

from __future__ import annotations

import pytest

from archivist.detect import Candidate, Detector, detect_corpus

TRAP_TEXT = """\
KREMLIN SLAMS NEW SANCTIONS AS PUTIN MEETS XI

MOSCOW, June 28 (Reuters) - Russian President Vladimir Putin said on Tuesday that the talks in
Moscow had gone well.
Mobile phone networks were cut after the strike, and every mobile phone in the city went dark.
The blog Moon of Alabama wrote that sanctions hang over Europe like the sword of Damocles.
Putin's spokesman Dmitry Peskov said the meeting would take place in May.
The picture Bild.jpeg was taken by a reporter; see also https://example.org/Berlin/index.html.
Peskov told reporters that Putin’s schedule was full.
"""


@pytest.fixture(scope="module")
def detector() -> Detector:
    """One shared detector (building the gazetteer takes a fraction of a second)."""
    return Detector()


@pytest.fixture(scope="module")
def found(detector: Detector) -> list[Candidate]:
    """Candidates of the trap text."""
    return detector.detect(TRAP_TEXT)


def _by_name(cands: list[Candidate]) -> dict[str, Candidate]:
    """Candidates keyed by canonical name."""
    return {c.name: c for c in cands}


def _all_surfaces(cands: list[Candidate]) -> set[str]:
    """Every name and variant detected."""
    return {c.name for c in cands} | {v for c in cands for v in c.variants}


@pytest.mark.parametrize("trap", ["Mobile", "Alabama", "Damocles", "May", "Bild", "Berlin",
                                  "Moon", "Moon of Alabama", "KREMLIN", "Kremlin", "Xi", "XI"])
def test_traps_are_not_entities(found: list[Candidate], trap: str) -> None:
    """Common words, parts of longer names, months, file names, URLs and headlines give nothing."""
    assert trap not in _all_surfaces(found)


def test_expected_entities(found: list[Candidate]) -> None:
    """People and places of the trap text are found and typed."""
    by_name = _by_name(found)
    assert by_name["Vladimir Putin"].type == "person"
    assert by_name["Dmitry Peskov"].type == "person"
    assert by_name["Moscow"].type == "place"
    assert by_name["Europe"].type == "place"


def test_surname_and_possessive_merge(found: list[Candidate]) -> None:
    """"Putin", "Putin's" and "Putin’s" are the same person as "Vladimir Putin"."""
    putin = _by_name(found)["Vladimir Putin"]
    assert putin.variants == ("Putin", "Vladimir Putin")
    assert putin.count == 3  # the capitals headline does not count
    peskov = _by_name(found)["Dmitry Peskov"]
    assert peskov.variants == ("Dmitry Peskov", "Peskov")
    assert peskov.count == 2
    assert not any("'" in v or "’" in v for c in found for v in c.variants)


def test_dateline_in_capitals_is_a_place(found: list[Candidate]) -> None:
    """An all-caps dateline maps to the known place; its surface form is kept."""
    assert "MOSCOW" in _by_name(found)["Moscow"].variants


def test_headline_in_capitals_gives_nothing(detector: Detector) -> None:
    """A capitals headline alone yields no entity, even with known names in it."""
    assert detector.detect("PUTIN AND ZELENSKY CLASH OVER UKRAINE GRAIN DEAL\n") == []


def test_ambiguous_city_needs_locative_cue(detector: Detector) -> None:
    """A city named like a common word counts only after "in"/"near" and the like."""
    assert "Mobile" not in _by_name(detector.detect("Mobile users complained again.\n"))
    cands = _by_name(detector.detect("The storm hit homes in Mobile, Alabama, on Sunday.\n"))
    assert cands["Mobile"].type == "place"
    assert cands["Alabama"].type == "place"


def test_titles_and_aliases(detector: Detector) -> None:
    """Title cues give people; country aliases map to the country."""
    text = "Foreign Minister Sergey Lavrov met U.S. officials. Mr Lavrov later left Britain.\n"
    by_name = _by_name(detector.detect(text))
    assert by_name["Sergey Lavrov"].variants == ("Lavrov", "Sergey Lavrov")
    assert by_name["United States"].variants == ("U.S.",)
    assert by_name["United Kingdom"].type == "place"
    assert "Foreign Minister" not in _all_surfaces(list(by_name.values()))


def test_stop_phrases(detector: Detector) -> None:
    """Stop phrases are never reported."""
    text = "Vladimir Putin flew to Ukraine and then to Moscow.\n"
    stopped = Detector(stop_phrases=["Ukraine", "vladimir putin"]).detect(text)
    assert {c.name for c in stopped} == {"Moscow"}
    assert {c.name for c in detector.detect(text)} == {"Moscow", "Ukraine", "Vladimir Putin"}


def test_results_table_rows_give_no_city_places(detector: Detector) -> None:
    """Cities in a results table are teams, not places."""
    table = "Results:\n\nSeattle 9 Baltimore 6\n\nChicago 4 Houston 3\n"
    assert not [c for c in detector.detect(table) if c.type == "place"]


def test_deterministic_and_sorted(detector: Detector) -> None:
    """Same input, same output, sorted by type then name."""
    first = detector.detect(TRAP_TEXT)
    again = Detector().detect(TRAP_TEXT)
    assert first == again
    assert first == sorted(first, key=lambda c: (c.type, c.name))
    assert all(list(c.variants) == sorted(set(c.variants)) for c in first)


def test_corpus_evidence_types_a_bare_surname() -> None:
    """A surname known as a person in one document is a person in another, with its full name."""
    docs = {
        "a.txt": "Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.\n",
        "b.txt": "Later that week Peskov said nothing had changed.\n",
    }
    alone = Detector().detect(docs["b.txt"])
    assert not [c for c in alone if c.type == "person"]
    result = detect_corpus(docs)
    assert list(result) == ["a.txt", "b.txt"]
    people = [c for c in result["b.txt"] if c.type == "person"]
    assert people == [Candidate("Dmitry Peskov", "person", ("Peskov",), 1)]


def test_empty_text(detector: Detector) -> None:
    """No text, no entities."""
    assert detector.detect("") == []
    assert detect_corpus({}) == {}
