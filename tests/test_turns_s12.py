"""Session 12 transcript layouts: initials from a cast list of unlisted names, a holder named
in full in a header, a voice stating its name for the record, an inquiry's one commissioner,
and the classes fixed after them."""

from __future__ import annotations

from archivist.convert import parse_blocks
from archivist.model import Document, Metadata
from archivist.speakers_link import link_speakers


def _doc(text: str) -> Document:
    return Document("d", "d.txt", "0" * 64, Metadata(title=text.split("\n")[0]),
                    tuple(parse_blocks(text)), 10)


def _said(text: str, people: tuple = ()) -> dict[str, str | None]:
    """Label → person entity id or None, for each turn of a text (the last turn wins)."""
    doc = _doc(text)
    links = link_speakers([doc], list(people), {"d": {p.id for p in people}})
    by_block = {b: e for _, e, b in links.turns}
    return {b.speaker or "": by_block.get(i) for i, b in enumerate(doc.blocks)
            if b.kind == "turn"}


PANEL = """REEF FUTURES FORUM
Edited transcript. Speakers identified by initials.

Panellists:
Tavake Ulufonua (TU), Reef Trust, moderator
Sefo Lealaiauloto (SL), Harbour Board

MODERATOR (TU): Welcome, everyone. Sefo, you first.

SL: Thank you, Tavake. The harbour dues pay for the reef patrols.

TU: And the patrols are enough?

SL: No, they are not.

TU: Thank you both.
"""


def test_initials_of_a_cast_list_of_unlisted_names_label_their_turns():
    said = _said(PANEL)
    assert said["SL"] == "sefo-lealaiauloto"
    assert said["TU"] == "tavake-ulufonua"
    assert said["MODERATOR (TU)"] == "tavake-ulufonua"


PRESSER = """POST-MATCH PRESS CONFERENCE
Riverside Oval

Present: Marisol Sultana Qorvani (captain), Teodric Vallance (head coach). Conducted by Olumide \
Kareem Brankley, RFC media manager.

MEDIA MANAGER: Good evening. First question, please.

Q. Captain, how did it feel?

MARISOL: Very nervous, honestly.

Q. Coach, the bowling?

COACH: The bowlers did their job.
"""


def test_a_given_name_label_takes_a_middle_name_that_is_a_common_word():
    assert _said(PRESSER)["MARISOL"] == "marisol-sultana-qorvani"


def test_a_head_coach_in_brackets_and_a_three_word_unlisted_holder():
    said = _said(PRESSER)
    assert said["COACH"] == "teodric-vallance"
    assert said["MEDIA MANAGER"] == "olumide-kareem-brankley"
    assert said["Q"] is None


INQUIRY = """INQUIRY INTO THE HARBOUR CRANE COLLAPSE
Hearing Day 3
Commissioner: Dame Wirihana Koroheke-Pahl
Counsel assisting: Ms Brynja Tollefsrud

THE CHAIR: Good morning. We resume.

MS TOLLEFSRUD: Thank you, Commissioner.

THE CHAIR: Please go on.
"""


def test_the_chair_of_an_inquiry_is_its_one_commissioner():
    assert _said(INQUIRY)["THE CHAIR"] == "wirihana-koroheke-pahl"


BOARD = """Harbour Ward Board, regular meeting

CHAIR: Item 4, public comment. First is Osvaldo Prentiss. Please state your name.

Speaker 1: Osvaldo Prentiss. I have lived on Quay Road for forty years.

CHAIR: Next speaker, please state your name.

Speaker 2: I would rather not. I work for the board.
"""


def test_a_numbered_voice_states_the_name_the_chair_called():
    said = _said(BOARD)
    assert said["Speaker 1"] == "osvaldo-prentiss"
    assert said["Speaker 2"] is None


def test_a_numbered_voice_stating_a_name_nobody_called_names_no_one():
    text = BOARD.replace("First is Osvaldo Prentiss. ", "")
    assert _said(text)["Speaker 1"] is None
