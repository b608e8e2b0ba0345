"""Session 28: speaker-turn conventions of printed records (a glyph before every label,
family names first in capitals, language notes in a label's brackets, offices the header
names, abbreviated titles)."""

from __future__ import annotations

from archivist.convert import parse_blocks

from .test_turns_s14 import _said  # session 14's readers

DIET = """Prefectural Assembly of Norvale
Committee on Harbours — Minutes No. 3

Members present:
  Chairperson: TAKAMORI Genta
  Members: OKAWA Rumiko, SEKINE Hiro

Government attendees:
  Senior Vice-Minister: FUJIKAWA Noriyo

○Chairperson (TAKAMORI Genta): The meeting will now come to order. I recognise Ms. OKAWA.

○OKAWA Rumiko (Harbour Party): Thank you. When will the breakwater be finished?

○Senior Vice-Minister FUJIKAWA: Work resumes in the summer after the budget is passed.

○OKAWA Rumiko: I will ask again at the next meeting.
"""


def test_glyph_before_every_label_opens_turns() -> None:
    turns = [b.speaker for b in parse_blocks(DIET) if b.kind == "turn"]
    assert "○Chairperson (TAKAMORI Genta)" in turns and "○OKAWA Rumiko" in turns
    said = _said(DIET)
    assert said["○Chairperson (TAKAMORI Genta)"] == {"takamori-genta"}
    assert said["○OKAWA Rumiko"] == {"okawa-rumiko"}


def test_family_name_in_capitals_names_a_titled_surname() -> None:
    assert _said(DIET)["○Senior Vice-Minister FUJIKAWA"] == {"fujikawa-noriyo"}


def test_spaced_bullet_stays_a_list() -> None:
    text = "Notes\n\n● Budget: passed on Monday.\n\n● Harbour: closed for works.\n"
    assert not [b for b in parse_blocks(text) if b.kind == "turn"]
