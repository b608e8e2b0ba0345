"""bench/eval_turns_gold.py: a court transcript's "Q." lines go to the lawyer of the last "BY"
line, named by the gold's full name with that surname where no label is the lawyer's."""
from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import eval_turns_gold  # noqa: E402

TEXT = """PROSECUTOR ANN ROE: I call the witness.

BY MS. ROE:
Q. Where were you that night?
A. At home.
"""


def test_q_lines_go_to_the_lawyer_named_by_the_by_line() -> None:
    labels = {"PROSECUTOR ANN ROE": "Ann Roe", "Q.": "=BY", "A.": "Tom Lee"}
    turns = eval_turns_gold.gold_turns(TEXT, labels)
    assert turns[4] == ("Q.", "Ann Roe") and turns[5] == ("A.", "Tom Lee")


def test_a_lawyer_the_gold_never_names_in_full_is_a_surname() -> None:
    text = TEXT.replace("BY MS. ROE:", "BY MR. HALE:")
    turns = eval_turns_gold.gold_turns(text, {"PROSECUTOR ANN ROE": "Ann Roe", "Q.": "=BY",
                                              "A.": "Tom Lee"})
    assert turns[4] == ("Q.", "=Hale?")
