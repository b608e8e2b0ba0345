"""Speaker labels first met on unseen transcripts (session 12): video-call display names with
the surname's initial, a surname's particles after an honorific, a file number's label."""

from __future__ import annotations

from pathlib import Path

from archivist.speakers_link import person_part

from .test_turns_s11 import _turns

CALL = """Harbour Plan Consultation — video call
Recorded 3 March 2026

Harbour Planning (Host): Good evening everyone. My name is Meghan Ostrander, I'm a planner with the council, and I'll be facilitating tonight.

Whitney L. (Harbour Council): Thanks, Meghan. Hi everyone, I'm Whitney Lachance-Barr. The amendment would widen the corridor along the slope by fifty metres.

Harbour Planning (Host): Thanks Whitney. Next is Siobhan.

Siobhan M: Hi. Siobhan Mulcahy-Reyes. I run a dog walking business and my concern is the trails along the corridor.

Whitney L. (Harbour Council): The trails stay open, Siobhan. We will mark them clearly.

Siobhan M: Okay. That's honest, thanks.

Tomasz K: Hello. Is the corridor fenced?
"""


def test_a_display_name_with_the_surnames_initial_is_the_full_name_given(tmp_path: Path):
    turns = _turns(tmp_path, CALL)
    assert turns["Whitney L. (Harbour Council)"] == {"Whitney Lachance-Barr"}
    assert turns["Siobhan M"] == {"Siobhan Mulcahy-Reyes"}
    assert turns["Tomasz K"] == {"Tomasz K"}  # no full name anywhere: the name as displayed


def test_a_surnames_particles_stay_after_an_honorific():
    assert person_part("MR VAN DER WALT").name == "Van der Walt"
    assert person_part("Ms de Jong").name == "de Jong"
    assert person_part("Mr Jan de Vries").name == "Jan de Vries"


def test_a_file_numbers_label_names_nobody():
    assert person_part("CASE NO") is None
    assert person_part("Ref No.") is None
