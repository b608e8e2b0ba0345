"""Session 13: role labels named by how the others speak to them, whatever the layout: the next
turn's thanks, a question put to them by name in the turn before, a numbered seat introduced by
its label; and the calls that say nothing (a clerk answering a call to come forward)."""

from __future__ import annotations

from archivist.convert import parse_blocks
from archivist.model import Document, Metadata
from archivist.speakers_link import link_speakers


def _doc(text: str) -> Document:
    return Document("d", "d.txt", "0" * 64, Metadata(title=text.split("\n")[0]),
                    tuple(parse_blocks(text)), 10)


def _turns(text: str) -> list[tuple[str, str | None]]:
    """(label, person entity id or None) of each turn, in order."""
    doc = _doc(text)
    links = link_speakers([doc], [], {"d": set()})
    by_block = {b: e for _, e, b in links.turns}
    return [(b.speaker or "", by_block.get(i)) for i, b in enumerate(doc.blocks)
            if b.kind == "turn"]


def _said(text: str) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for label, entity in _turns(text):
        out.setdefault(label, set()).add(entity)
    return out


CONGRESS = """NORVALE TEACHERS' UNION — ANNUAL CONGRESS
Motion 9: Class Size
Platform: General Secretary, Tomas Ridley; Deputy General Secretary, Marit Oyelade-Finch

PRESIDENT: Good morning. We move to Motion 9. I call the proposer from the Harbour District.

Delegate (Kellin Branch): Thank you, President. I teach thirty-one children in one room. \
Thirty-one. The average elsewhere is twenty, and we are asking for a cap of twenty-five.

PRESIDENT: Thank you, Ysolde. Seconder?

Delegate (Marrow Branch): Seconding, President. I will be brief, because the kettle is on.

PRESIDENT: Thank you. Right of reply, Ysolde?

Delegate (Kellin Branch): No need, President. Vote for it.

PRESIDENT: Carried. Ysolde Pellowe-Trask spoke for Kellin, and we thank her.
"""


def test_a_bracketed_delegate_thanked_and_asked_by_a_given_name():
    said = _said(CONGRESS)
    assert said["Delegate (Kellin Branch)"] == {"ysolde-pellowe-trask"}
    assert said["Delegate (Marrow Branch)"] == {None}
    assert said["PRESIDENT"] == {None}


PANEL = """PERMAFROST PANEL
Speakers are identified by seat number.

Chair: Good afternoon. My name is Dr. Ingrid Halloran-Tuck and I'll be chairing. \
Panellist 1 is Professor Kessler-Ames, an engineer. Panellist 2 is Mr. Walter Nanuk Evan, \
tribal administrator of Napaskiak. Panellist 3 is Dr. Rebecca Oyewole-Marsh from the Commission.

Panellist 1: Thank you, Ingrid. The ground is warm permafrost, close to thawing.

Chair: Walter, what does that look like from the village?

Panellist 2: It looks like watching your school fall into the river.

Panellist 3: If I may, Ingrid, that is exactly the funding problem.

Panellist 2: We chose higher ground to the east.
"""


def test_numbered_seats_introduced_by_their_labels_and_a_question_put_by_name():
    said = _said(PANEL)
    assert said["Panellist 2"] == {"walter-nanuk-evan"}
    assert said["Panellist 3"] == {"rebecca-oyewole-marsh"}
    assert said["Panellist 1"] == {None}  # a surname alone: no full name written


INQUEST = """INQUEST TOUCHING THE DEATH OF ANN NORTHCOTE
Before: the Assistant Coroner

THE CORONER: Good morning, members of the jury. We have one further witness. \
Dr Linthorpe, please come forward.

CORONER'S OFFICER: Doctor, please take the card and read it aloud.

THE CORONER: Thank you. Dr Rosalind Linthorpe gave evidence last week.

CORONER'S OFFICER: The jury may now retire.
"""


def test_a_call_to_come_forward_answered_by_a_clerk_names_no_one():
    said = _said(INQUEST)
    assert said["CORONER'S OFFICER"] == {None}


FLOOR = """TOWN HALL ON THE BYPASS
Speakers: Mayor Edwina Polglase; members of the public.

MAYOR POLGLASE: Welcome. Questions from the floor, please.

Audience Member: Will the bypass go through the water meadows?

MAYOR POLGLASE: Thank you, Jory. No, it will not. Jory Penhallow-Teague asked that last \
month too.

Audience Member: What about the noise barriers on the school side of the road?

MAYOR POLGLASE: They are in the plan.
"""


def test_one_of_many_is_named_only_in_the_turn_that_is_thanked():
    turns = _turns(FLOOR)
    members = [e for label, e in turns if label == "Audience Member"]
    assert members == ["jory-penhallow-teague", None]


TWO_TAMSINS = """HARBOUR BOARD MEETING
Present: Tamsin Rowe (Harbourmaster); Tamsin Keverne (Treasurer)

CHAIR: Item four. The harbour dues.

SECRETARY: The dues rose by four per cent this year, as agreed in March.

CHAIR: Thank you, Tamsin. Any questions?
"""


def test_a_given_name_two_people_share_names_no_one():
    said = _said(TWO_TAMSINS)
    assert said["SECRETARY"] == {None}


ANSWERED = """SHERIFF COURT AT NORVALE
HMA v DAVID McLURE
Procurator Fiscal Depute: Callum Strachan-Rudd

THE SHERIFF: Mr Strachan-Rudd, is there anything further from the Crown?

THE FISCAL: Only this, my Lady. The accused has one previous conviction.

THE SHERIFF: Thank you.
"""


def test_a_question_put_by_title_and_surname_is_answered_by_the_one_asked():
    said = _said(ANSWERED)
    assert said["THE FISCAL"] == {"callum-strachan-rudd"}
