"""Session 13: role labels named by how the others speak to them, whatever the layout: the next
turn's thanks, a question put to them by name in the turn before, a numbered seat introduced by
its label; and the calls that say nothing (a clerk answering a call to come forward)."""

from __future__ import annotations

from archivist.convert import parse_blocks
from archivist.model import Document, Entity, Metadata
from archivist.speakers_link import link_speakers


def _doc(text: str) -> Document:
    return Document("d", "d.txt", "0" * 64, Metadata(title=text.split("\n")[0]),
                    tuple(parse_blocks(text)), 10)


def _turns(text: str, people: tuple[Entity, ...] = ()) -> list[tuple[str, str | None]]:
    """(label, person entity id or None) of each turn, in order; `people`: detected in the text."""
    doc = _doc(text)
    links = link_speakers([doc], list(people), {"d": {p.id for p in people}})
    by_block = {b: e for _, e, b in links.turns}
    return [(b.speaker or "", by_block.get(i)) for i, b in enumerate(doc.blocks)
            if b.kind == "turn"]


def _said(text: str, people: tuple[Entity, ...] = ()) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for label, entity in _turns(text, people):
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


CONFERENCE = """THE NORVALE CONFERENCE 2026
Record of Proceedings, Session 3
In the chair: The President of the Conference, the Revd Dr Morwenna Keast-Oduya
Also on the platform: The Secretary of the Conference, the Revd Jonah Penberthy-Lusk; \
the Vice-President, Deacon Gwenllian Pryce-Hargest

The President: Conference, we come to Notice of Motion 12. Please give your name and district.

Representative (Kernow): Thank you, President. Tamsin Trevellick, lay representative, Kernow \
District. I move Notice of Motion 12.

The President: Thank you. Is there a seconder?

Representative (Unst): Seconded, President. Revd Magnus Isbergen, Unst. I reserve my speech.

The Secretary: Thank you, President. Conference will recall the Council's reply.

Representative (Brum): President, Conference — Revd Dr Anil Chaudhury-Whitlow, Birmingham \
District. I urge Conference to support the reply.

The Vice-President: Conference, I support the motion.

Representative (Unst): Thank you, President. Numbers are not the only measure of mission.
"""


def test_a_platform_list_of_offices_in_apposition_and_seats_that_state_their_names():
    said = _said(CONFERENCE)
    assert said["The President"] == {"morwenna-keast-oduya"}
    assert said["The Secretary"] == {"jonah-penberthy-lusk"}
    assert said["The Vice-President"] == {"gwenllian-pryce-hargest"}
    assert said["Representative (Kernow)"] == {"tamsin-trevellick"}
    assert said["Representative (Unst)"] == {"magnus-isbergen"}
    assert said["Representative (Brum)"] == {"anil-chaudhury-whitlow"}


NICKNAME = """OFFICE OF THE GOVERNOR
PRESS BRIEFING BY PRESS SECRETARY DANIELLE ST. CLAIR-MOBLEY
AND DIRECTOR OF EMERGENCY MANAGEMENT COL. RAYMOND "RAY" THIBAUDIER

MS. ST. CLAIR-MOBLEY: Good morning. I'll bring up Colonel Thibaudier.

COL. THIBAUDIER: Thank you, Danielle. We have teams on the ground.

MS. ST. CLAIR-MOBLEY: Thanks, Ray. Questions.

COL. THIBAUDIER: Bring water, not sightseers.
"""


def test_a_nickname_in_quotes_between_the_names_is_no_part_of_them():
    said = _said(NICKNAME)
    assert said["COL. THIBAUDIER"] == {"raymond-thibaudier"}


PHONE_IN = """RADIO NORVALE BREAKFAST — PHONE-IN
Presenter: Gareth Pryce-Jenkyn

PRESENTER: Morning. Next, Dev in Bradford.

Caller (Dev, Bradford): Hello, yeah, it's Devinder Sohanpal, I run a restaurant on Leeds Road.

PRESENTER: Thanks, Dev. Do customers come by car?

Caller (Dev, Bradford): Mostly, yes.

PRESENTER: Go ahead, Sandra.

Caller (Sandra, Halifax): The buses are worse than ever.
"""


def test_a_caller_seat_that_says_its_name_and_is_thanked_by_a_short_form():
    said = _said(PHONE_IN)
    assert said["Caller (Dev, Bradford)"] == {"devinder-sohanpal"}
    assert said["Caller (Sandra, Halifax)"] == {None}  # no full name for Sandra


FLOOR_CALLS = """NORVALE COUNCIL — PUBLIC QUESTIONS
Present: Cllr Ann Trevail (Chair); Ms Abena Owusu-Kessie; Mr Kofi Ansah-Lind

CHAIR: Welcome. I call Ms Abena Owusu-Kessie.

MEMBER: Thank you, Chair. The bus shelter on Fore Street has no roof.

CHAIR: Noted. Our next speaker is Mr Kofi Ansah-Lind.

MEMBER: The library hours were cut again.

CHAIR: Noted.

MEMBER: A point of order, Chair.
"""


def test_a_chair_giving_the_floor_by_name_names_the_next_generic_turn_only():
    members = [e for label, e in _turns(FLOOR_CALLS) if label == "MEMBER"]
    assert members == ["abena-owusu-kessie", "kofi-ansah-lind", None]


CALL = """TRANSCRIPT OF 911 CALL
Dispatcher: Telecommunicator Janelle Okoro-Pryce (ID 4471)

DISPATCHER: 911, what is the address of your emergency?

CALLER: 1420 Birch Hollow Road. There's smoke coming out of my neighbor's garage.

DISPATCHER: OK, I'm sending the fire department now. What's your name?

CALLER: Ruth. Ruth Vandermeulen-Ash.

DISPATCHER: Stay on the line with me.

CALLER: OK.
"""

FLOOR_TOLD = """TOWN HALL ON THE BRIDGE
MODERATOR: The floor is open. Please state your name and address.

RESIDENT: Lorrie Batcheldor-Hume, 14 Old County Road. Why was this not fixed?

MODERATOR: Thank you. Next.

RESIDENT: Gus Papadakou, 3 Mill Lane. What happens to our taxes?
"""


def test_a_name_given_when_asked_names_that_turn_and_a_floor_told_to_state_names_none():
    callers = [e for label, e in _turns(CALL) if label == "CALLER"]
    assert callers == [None, "ruth-vandermeulen-ash", None]  # one of many: that turn only
    assert _said(FLOOR_TOLD)["RESIDENT"] == {None}


SHOW = """THE NORVALE QUIZ HOUR
ANNOUNCER: From the Norvale studios, it's the Quiz Hour! And here's your host, Idris Mabena-Vaughn!

HOST: Thank you, thank you. Tonight three teams compete for the cup.

ANNOUNCER: Round one.

HOST: Question one: what is the capital of Peru?
"""


def test_an_announcer_giving_the_floor_to_the_host_names_the_host():
    assert _said(SHOW)["HOST"] == {"idris-mabena-vaughn"}


TWO_VOICES = """THE LONG TABLE — EPISODE 12
With Saoirse Ní Bhraonáin-Kent and her guest, the chef Tomasz Wierzbowski-Lund

HOST: Welcome to the Long Table. Tomasz, you grew up above a bakery?

TOMASZ WIERZBOWSKI-LUND: I did, in Gdańsk. Saoirse, it was always warm.

HOST: And the smell of bread every morning?

TOMASZ WIERZBOWSKI-LUND: Every morning. Saoirse, you would have loved it.

HOST: I'm sure. What did you cook first?

TOMASZ WIERZBOWSKI-LUND: Pierogi, badly.
"""


def test_a_host_named_by_the_other_voice_of_a_two_voice_conversation():
    said = _said(TWO_VOICES)
    assert said["HOST"] == {"saoirse-ni-bhraonain-kent"}


PHONE_IN_CALLERS = """RADIO NORVALE — THE LATE LINE
Presenter: Gareth Pryce-Jenkyn. Earlier: the council leader, Ann Berrow-Hale.

PRESENTER: First on the line.

CALLER: Hello, Gareth. The bins were not collected again.

PRESENTER: Ann, we asked the council about that. Thanks for calling.

CALLER: Hi Gareth, different caller, about the buses.

PRESENTER: Ann, the buses are next week.
"""


def test_a_phone_in_callers_label_is_not_named_by_the_presenters_calls():
    said = _said(PHONE_IN_CALLERS)
    assert said["CALLER"] == {None}


WELSH_AND_KALENJIN = """SENEDD — PLENARY
The Llywydd (Elin Jones): Questions to the First Minister. Carys ap Dafydd.

Carys ap Dafydd: Diolch, Llywydd. The 460 bus now runs twice a day.

The Llywydd (Elin Jones): Daniel Kiprop arap Kirui.

Hon. Daniel Kiprop arap Kirui (Chairperson, Committee on Education): Thank you. The schools \
need buses too.
"""


def test_welsh_and_kalenjin_particles_inside_a_label_name():
    said = _said(WELSH_AND_KALENJIN)
    assert said["Carys ap Dafydd"] == {"carys-ap-dafydd"}
    assert said["Hon. Daniel Kiprop arap Kirui (Chairperson, Committee on Education)"] == \
        {"daniel-kiprop-arap-kirui"}


FESTIVAL = """HAY FESTIVAL — RIVERS PANEL
Panel: Chidera Obiageli (novelist); Nguyễn Thị Thu Hà (essayist, Hanoi)

CHAIR: Welcome. Let us start with rivers.

NGUYỄN: Yes. In Vietnamese we call it Sông Hồng, the red river.

OBIAGELI: The Niger is the same, a mother.

NGUYỄN: In my country, describing can be the campaign.

OBIAGELI: And here too.
"""


def test_a_family_name_label_of_a_vietnamese_name_of_four_words():
    people = (Entity(id="nguyen-thi-thu-ha", name="Nguyễn Thị Thu Hà", type="person",
                     origin="detected"),)
    assert _said(FESTIVAL, people)["NGUYỄN"] == {"nguyen-thi-thu-ha"}


PORTO = """RIVERS PANEL
Panel: Bernardo de Vasconcelos Pimentel (poet, Porto); Ana Lúcia Ferraz (essayist)

CHAIR: Welcome. Bernardo, the Douro first.

DE VASCONCELOS: Thank you. The river used to be a road.

CHAIR: And now?

DE VASCONCELOS: Now it is a view.
"""


def test_a_surname_label_with_its_particle_and_a_second_family_name():
    assert _said(PORTO)["DE VASCONCELOS"] == {"bernardo-de-vasconcelos-pimentel"}


PARTY_SEATS = """NORVALE COUNCIL — FULL MEETING
Present: Cllr Ann Trevail (Chair); Cllr Jory Penrose-Hale; Cllr Merryn Cardew-Stott

CHAIR: Item five. The harbour.

MEMBER (Labour): Thank you, Chair. Jory Penrose-Hale, Harbour ward. The dues must rise.

CHAIR: Thank you, Jory. Anyone else?

MEMBER (Labour): Merryn Cardew-Stott, Quay ward. I disagree with my colleague.

CHAIR: Good morning, Merryn. Noted.

MEMBER (Labour): Briefly, Chair, on the timetable.
"""


def test_a_bracketed_seat_two_members_share_names_no_one_in_the_turns_not_thanked():
    members = [e for label, e in _turns(PARTY_SEATS) if label == "MEMBER (Labour)"]
    assert members == ["jory-penrose-hale", None, None]
