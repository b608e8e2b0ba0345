"""An interview labelled Q:/A: names its two voices by the header's cast lines, whatever the
parts are called there ("Host:", "Guest: Ann Roe, Mayor of Velden", "Interviewee: Bridget
(Bridie) Roe, b. 1938"); a cast line read as a turn is its holder's."""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.conftest import archive_of


def linked(text: str) -> list[tuple[str, str | None]]:
    """(label, entity id) of each turn of one transcript, in order."""
    with tempfile.TemporaryDirectory() as d:
        archive = archive_of(Path(d), {"t.txt": text})
        by_block = {(doc, b): e for doc, e, b in archive.speakers}
        doc = archive.documents[0]
        return [(b.speaker, by_block.get((doc.id, i))) for i, b in enumerate(doc.blocks)
                if b.speaker]


QA = ("Q: Good evening. How are people coping?\n"
      "A: Good evening. People are strong, but it is not easy.\n"
      "Q: What about the schools?\nA: They are open, with generators.\n"
      "Q: Thank you.\nA: Thank you.\n")


def test_host_and_guest_name_q_and_a():
    text = ("Radio Velden — evening programme\nBroadcast 17 January 2025.\n"
            "Guest: Andriy Koval, Mayor of Velden\nHost: Iryna Dovhan\n\n" + QA)
    turns = [t for t in linked(text) if t[0] in ("Q", "A")]
    assert {t for t in turns} == {("Q", "iryna-dovhan"), ("A", "andriy-koval")}


def test_oral_history_interviewee_with_nickname_and_birth_year():
    text = ("Harbour Voices Oral History Archive\nInterview ref. HV/2019/044\n"
            "Interviewee: Bridget (Bridie) Kearney, b. 1938\nInterviewer: Conal Breslin\n"
            "Date: 3 April 2019.\n\n" + QA)
    turns = dict(linked(text))
    assert turns["A"] == "bridget-kearney" and turns["Q"] == "conal-breslin"
    assert turns["Interviewee"] is None  # the header's cast line: no turn of hers (session 26)


def test_two_guests_name_no_answer():
    text = ("Radio Velden — evening programme\nGuest: Andriy Koval, Mayor of Velden\n"
            "Guest: Olena Shevchuk, city engineer\nHost: Iryna Dovhan\n\n" + QA)
    assert all(e is None for label, e in linked(text) if label == "A")


def test_a_voice_from_the_floor_is_nobody():
    text = ("Plenary session of the Velden Assembly\nPresiding: Chairman Ivan Petrenko\n\n"
            "CHAIRMAN: The floor is given to Deputy Olena Shevchuk.\n\n"
            "DEPUTY SHEVCHUK: Thank you. The water bill is late again.\n\n"
            "DEPUTY (from the floor): That is not what happens in practice!\n\n"
            "CHAIRMAN: Order, please. Deputy Shevchuk, go on.\n\n"
            "DEPUTY SHEVCHUK: As I said, the bill is late.\n")
    turns = linked(text)
    assert all(e is None for label, e in turns if label == "DEPUTY (from the floor)")
