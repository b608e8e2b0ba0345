"""Session 17: the benchmark generator writes whole sentences; speed changes keep the output."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from archivist import place_context
from archivist.detect import detector as detector_module
from archivist.detect import placelists
from archivist.detect.lexicon import FUNCTION_CAPS, lexicon
from archivist.place_context import (ACRONYM_BEFORE, AGREEMENT_AFTER, COMPASS_BEFORE,
                                     REGION_OF_BEFORE, TITLE_FROM_BEFORE, _ends_longer_name,
                                     _headline_caps, _listed_with_non_places, _sentence_start,
                                     part_of_other_name)

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402

# --- generator: a heading line is never run on into the next sentence -------------------------


def _fragments(path: Path) -> list[str]:
    """Seed lines that do not end a sentence (headings, bylines, captions)."""
    lines = [line.partition("\t")[2] for line in path.read_text(encoding="utf-8").splitlines()]
    return [text for text in lines if text and not generate.SENTENCE_END.search(text)]


def test_prose_pools_hold_whole_sentences(tmp_path: Path) -> None:
    seeds = tmp_path / "sentences.txt"
    seeds.write_text("A\tAnna Berg of Lund\nA\tShe left at noon.\nS\t“Why not?”\n"
                     "S\tAnother Deal Falls Through\nQ\tWhat next?\n", encoding="utf-8")
    got = generate.load_sentences(seeds)
    assert got["A"] == ["She left at noon."] and got["S"] == ["“Why not?”"]
    assert got["P"] == ["She left at noon.", "“Why not?”"] and got["Q"] == ["What next?"]
    assert got["H"] == ["Anna Berg of Lund", "She left at noon."]  # headlines may use any line
    assert len(got["all"]) == 5  # the registry's stop words still come from every line


def test_generated_prose_runs_no_fragment_on(tmp_path: Path) -> None:
    fragments = _fragments(generate.SENTENCES_FILE)
    assert "Russian President Vladimir Putin" in fragments
    generate.generate(80, tmp_path, seed=5)
    for path in (tmp_path / "sources").rglob("*.txt"):
        text = path.read_text(encoding="utf-8", errors="replace")
        for fragment in fragments:  # (a whole sentence may begin with one: "... Putin while")
            assert not re.search(re.escape(fragment) + r" [A-Z“]", text), (path.name, fragment)


# --- detection and linking: cheap checks before costly patterns give the same answers ---------


LINES = [
    "Traffic was diverted from the A1 and the M25 near Leeds on Friday.",
    "The crash closed the N7 and R-12 roads; 5th Avenue was shut.",
    "Roadworks on Main Street 4 and 18th Street North began.",
    "No digits here, just Leeds, Hull and York, where it rained.",
    "They toured Whorlton, Gainford and Piercebridge, where the river bends.",
    "Chelsea, Arsenal and Liverpool won.", "Kiev and Lviv or Odesa", "Lyon,Paris and Nice",
    "Villages including Darvel, Newmilns, Galston and Catrine flooded.", "",
    "ÉVORA, Portugal and Faro, Algarve", "Toyota and Hyundai, backed by Sony, NTT and Acme.",
]


def test_road_numbers_need_a_digit(monkeypatch: pytest.MonkeyPatch) -> None:
    new = [detector_module.road_numbers(line) for line in LINES]
    monkeypatch.setattr(detector_module, "DIGIT_RE", detector_module.re.compile(""))
    assert new == [detector_module.road_numbers(line) for line in LINES]
    assert ("A1", None) in new[0] and new[3] == ()


def test_listed_company_hint_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    lex = lexicon()
    new = [placelists.listed_company(lex, line) for line in LINES]
    assert placelists.LIST_HINT_RE.search("Lyon,Paris") is None
    monkeypatch.setattr(placelists, "LIST_HINT_RE", placelists.re.compile(""))
    assert new == [placelists.listed_company(lex, line) for line in LINES]


def _old_part_of_other_name(text: str, start: int, end: int, place_starts=frozenset()) -> bool:
    """part_of_other_name before its patterns were searched only where the window ends so."""
    window = text[max(0, start - 40):start]
    if AGREEMENT_AFTER.match(text, end):
        return True
    if COMPASS_BEFORE.search(window) and not _sentence_start(text, start):
        return not _headline_caps(text)
    m = ACRONYM_BEFORE.search(window)
    if m and not text[start:end].isupper() and m[1] not in lexicon().places and \
            m[1].capitalize() not in FUNCTION_CAPS:
        return True
    m = REGION_OF_BEFORE.search(window)
    if m and f"{m[1]} of {text[start:end]}" not in lexicon().places:
        return True
    m = TITLE_FROM_BEFORE.search(window)
    if m and m[1].lower() in lexicon().common and not _ends_longer_name(window, m.start(1)):
        return True
    return _listed_with_non_places(text, start, end, place_starts)


def test_part_of_other_name_as_before() -> None:
    texts = LINES + ["Floods hit East Java and West \nSumatra.", "SEND Ghana said.",
                     "He read Notes from Poland. Rain in the State of Mexico,",
                     "the State of \nIsrael",
                     "The Kyoto agreements; Letter from America", "North Korea. South \nAfrica",
                     "CEO ACME Ghana, Upper Volta", "Menara Airport from London"]
    answers = []
    for text in texts:
        for m in place_context.re.finditer(r"[A-Z][\w'’-]+", text):
            got = part_of_other_name(text, m.start(), m.end())
            assert got == _old_part_of_other_name(text, m.start(), m.end()), (text, m[0])
            answers.append(got)
    assert True in answers and False in answers
