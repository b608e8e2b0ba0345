"""Session 17: the benchmark generator writes whole sentences; speed changes keep the output."""

from __future__ import annotations

import re
import sys
from pathlib import Path

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
