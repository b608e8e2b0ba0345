"""bench/eval_header.py: header fields scored right / missed / wrong / extra against meta.json."""
from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import eval_header  # noqa: E402


def test_authors_compare_as_sets_and_fields_fold_case() -> None:
    assert eval_header.same("author", "Ana Ruiz and Tom Hale", "tom hale, Ana Ruiz")
    assert not eval_header.same("author", "Ana Ruiz", "Ana Ruiz and Tom Hale")
    assert eval_header.same("place", "CUSCO", "Cusco")
    assert eval_header.same("place", "Dhaka", "Dhaka, Bangladesh")
    assert not eval_header.same("place", "Dhaka", "Mirpur, Dhaka")
    assert eval_header.verdict("place", None, "Lima") == "extra"
    assert eval_header.verdict("place", "Lima", None) == "missed"
    assert eval_header.verdict("place", "Lima", "Cusco") == "wrong"
    assert eval_header.verdict("date", None, None) == "none"


def test_scores_a_folder_read_by_the_real_reader(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(
        "Harbour pilots strike over pay\n\nBy Ana Ruiz\n\nVALPARAÍSO, 4 March 2026 — Pilots at "
        "the port stopped work on Wednesday, their union said.\n", encoding="utf-8")
    meta = {"a.txt": {"title": "Harbour pilots strike over pay", "date": "2026-03-04",
                      "author": "Ana Ruiz", "place": "Valparaíso", "outlet": None}}
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    counts, lines = eval_header.score(meta, eval_header.fields_read(tmp_path))
    assert counts["title"]["right"] == 1 and counts["author"]["right"] == 1
    assert counts["date"]["right"] == 1 and counts["outlet"]["none"] == 1
    assert sum(c["wrong"] + c["extra"] for c in counts.values()) == 0, lines
