"""Speaker turns on session 11's unseen layouts, end to end (detection, resolution, labels)."""

from __future__ import annotations

import re
from pathlib import Path

from archivist.speakers import label_kind, speaker_name

from .conftest import archive_of


def _turns(tmp_path: Path, text: str) -> dict[str, set[str]]:
    """Each label as written → the names of the people its turns went to."""
    archive = archive_of(tmp_path, {"t.txt": text})
    doc = archive.documents[0]
    names = {e.id: e.name for e in archive.entities}
    out: dict[str, set[str]] = {}
    for _, entity, block in archive.speakers:
        label = re.sub(r"^\[[\d:]+\] ", "", doc.blocks[block].speaker or "")
        out.setdefault(label, set()).add(names[entity])
    return out


PODCAST = """Harbour Talk, episode 9

Hosts: Jaromir Wolszczak (Gdynia) and Anneli Kask-Lindqvist (Pärnu).

[00:00:04] Jaromir: Welcome back to the show. I'm in a windy Gdynia today.
[00:00:11] Anneli: And I'm in Pärnu, where the ferries are late again.
[00:00:19] Jaromir: Let's talk about the new quay.
[00:00:27] Anneli: It opens in spring, they say.
"""


def test_a_place_in_brackets_after_a_host_is_no_part_of_the_name(tmp_path: Path):
    turns = _turns(tmp_path, PODCAST)
    assert turns["Jaromir"] == {"Jaromir Wolszczak"}
    assert turns["Anneli"] == {"Anneli Kask-Lindqvist"}


CALL = """Q3 results call

Operator: Welcome. With us are Rui Monteiro, Chief Executive Officer, and Ana Paula Ferraz
Quintela, Chief Financial Officer.

Rui Monteiro: Thank you. It was a strong quarter for the airline.

Ana Paula Ferraz Quintela: Thank you, Rui. Revenue rose 18 percent on the year.

Operator: The first question comes from Juliana Rocha of Banco Norte.

Juliana Rocha: Good morning Rui, Ana Paula. What about fuel costs?

Ana Paula: About a quarter of next year's fuel is hedged.
"""


def test_two_given_names_and_two_family_names_are_one_person(tmp_path: Path):
    turns = _turns(tmp_path, CALL)
    assert turns["Ana Paula Ferraz Quintela"] == {"Ana Paula Ferraz Quintela"}
    assert turns["Ana Paula"] == {"Ana Paula Ferraz Quintela"}


COUNCIL = """City council, regular business meeting

Present: Mayor Dana Whitcombe (in the Chair); Councillors Ostrander, Vail and others.

MAYOR: Good evening. We have one item tonight, the flood wall on the river bank.

CITY ENGINEER: The wall would protect about four hundred homes on the east bank.

MAYOR: Thank you. Questions? Coun. Ostrander.

Coun. Ostrander: Thanks. Why does one ward get the flood wall first?

CITY ENGINEER: Because it is the one that floods first, every spring.

MAYOR: Coun. Vail, then we vote.

Coun. Vail: I support it, but I want a report on the other wards.

MAYOR: Noted. All in favour? Councillor Ostrander and Councillor Vail in favour. Carried.
"""


def test_an_abbreviated_councillor_title_is_no_part_of_the_name(tmp_path: Path):
    assert speaker_name("Coun. Ostrander") == "Ostrander"
    archive = archive_of(tmp_path, {"t.txt": COUNCIL})
    people = {e.name for e in archive.entities if e.type == "person"}
    assert {"Ostrander", "Vail"} <= people
    assert not any("Coun" in name for name in people)


COURT = """DISTRICT COURT
THE STATE v ROWAN PELL

BEFORE HIS HONOUR JUDGE ANDREW KELLERMAN

MS ELENI ANAGNOSTOU appeared for the State.

HIS HONOUR: Good morning. Be seated. Ms Anagnostou, your first witness?

MS ANAGNOSTOU: The State calls Constable Ruth Ames, Your Honour.

HIS HONOUR: Very well. Please come forward and take the oath.

MS ANAGNOSTOU: Constable, where were you at midnight on the night in question?
"""


def test_his_honour_is_the_judge_the_header_names(tmp_path: Path):
    assert _turns(tmp_path, COURT)["HIS HONOUR"] == {"Andrew Kellerman"}


HANSARD = """NATIONAL ASSEMBLY

The Speaker, Ms Thoko Dlamini-Vos, took the Chair.

The SPEAKER: Hon members, the first question is to the Minister of Transport, the hon Barbara
Creecy-Moyo. Hon Minister, the question stands in the name of the hon member.

Ms N Mbeki-Smit: Thank you, Madam Speaker. When will the trains run again on the northern line?

The MINISTER OF TRANSPORT: Madam Speaker, I thank the hon member. Services resume in March.

The SPEAKER: Thank you, hon Minister. The next question stands in the name of Dr C P Mulder.
"""


def test_an_office_named_in_apposition_is_its_holder(tmp_path: Path):
    turns = _turns(tmp_path, HANSARD.replace("Creecy-Moyo", "Creecy-Moyo")
                   .replace("Barbara\nCreecy-Moyo", "Barbara Creecy-Moyo"))
    assert turns["The SPEAKER"] == {"Thoko Dlamini-Vos"}
    assert turns["The MINISTER OF TRANSPORT"] == {"Barbara Creecy-Moyo"}


PRESSER = """POST-MATCH PRESS CONFERENCE

Present: Nigar Sultana (captain). Conducted by Karim Hossain Babu, BCB media manager.

MEDIA MANAGER: Good evening, everyone. Please keep your questions short. First question.

Reporter: Captain, how did the pitch play today?

MEDIA MANAGER: Next question, please, from the back of the room.
"""


def test_a_two_word_role_label_is_who_the_header_says(tmp_path: Path):
    assert label_kind("MEDIA MANAGER") == "role"
    assert _turns(tmp_path, PRESSER)["MEDIA MANAGER"] == {"Karim Hossain Babu"}


INQUIRY = """ROYAL COMMISSION OF INQUIRY
Commissioner: Dame Mereana Rewi-Tapsell
Witness: Alasdair Douglas-Reid, former Operations Manager, Harbour Ferries Limited

THE CHAIR: Good morning. We resume with Mr Douglas-Reid's evidence this morning, as planned.

WITNESS: Yes, ma'am, I understand that I remain under the affirmation I gave yesterday.

THE CHAIR: Thank you. Counsel, when you are ready, please go on with your questions.

WITNESS: The steering failed at about ten to seven that evening, as I said in my statement.
"""


def test_a_cast_line_with_a_description_names_the_witness(tmp_path: Path):
    assert _turns(tmp_path, INQUIRY)["WITNESS"] == {"Alasdair Douglas-Reid"}
