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


ORAL = """ORAL HISTORY PROGRAM — River Voices Collection
Tape 2 of 3
Interviewer: Hannah Pearce-Whitlam
Narrator: Leonard "Len" Gassman (b. 1941)
Recorded at Renmark, 12 August 2025

INTERVIEWER: This is tape two. Len, when we stopped, you were talking about the flood.

NARRATOR: Yes. Well, I was fifteen. My father had the block just over the bridge, and we had about eighteen acres of vines.

INTERVIEWER: Did the banks hold?

NARRATOR: No. The water came over on a Sunday and it stayed until Christmas.
"""


def test_a_cast_line_with_a_nickname_and_a_birth_year(tmp_path: Path):
    turns = _turns(tmp_path, ORAL)
    assert turns["NARRATOR"] == {"Leonard Gassman"}
    assert turns["INTERVIEWER"] == {"Hannah Pearce-Whitlam"}


BRIEFING = """HARBOUR POLICE — MEDIA CONFERENCE TRANSCRIPT
Location: Harbour Police Station, Quay Street
Date: Sunday, 1 March 2026, 2.30pm
Speakers: Assistant Commissioner Tracy Lendrum-Oakes (Southern Region); Detective Superintendent Paul Vukovic-Hale (Commander, Robbery Squad); Inspector Bronwyn Merriweather (Harbour District)

ASSISTANT COMMISSIONER: Thanks everyone for coming out on a Sunday. I'll make a short statement and then the Detective Superintendent will take you through the investigation.

DET SUPT: Thanks, Assistant Commissioner. A strike force has been established. We believe the two men left in a dark sedan.

JOURNALIST: Is this linked to the robbery last month?

INSPECTOR: We are keeping an open mind about that, and the roads will stay closed this afternoon.
"""


def test_a_role_label_spells_a_title_in_the_headers_list_of_speakers(tmp_path: Path):
    turns = _turns(tmp_path, BRIEFING)
    assert turns["ASSISTANT COMMISSIONER"] == {"Tracy Lendrum-Oakes"}
    assert turns["DET SUPT"] == {"Paul Vukovic-Hale"}  # abbreviated
    assert turns["INSPECTOR"] == {"Bronwyn Merriweather"}
    assert "JOURNALIST" not in turns


def test_a_role_two_entries_of_the_list_share_names_nobody(tmp_path: Path):
    text = BRIEFING.replace("Inspector Bronwyn Merriweather (Harbour District)",
                            "Inspector Bronwyn Merriweather (Harbour District); Inspector Ann "
                            "Cole (Traffic)")
    assert "INSPECTOR" not in _turns(tmp_path, text)


SENTENCING = """IN THE HIGH COURT OF NORVALE
CASE NO: CC 41/2024
THE STATE versus AMOS DLAMINI-KHUMALO

BEFORE: THE HONOURABLE MADAM JUSTICE P. NAIDOO-RAMKISSOON
FOR THE STATE: ADV. T. E. SHEZI

COURT: Good morning. Mr Dlamini-Khumalo, please stand. The court convicted you on 3 October of one count of culpable homicide.

ADV SHEZI: As the court pleases. The State asks for a term of imprisonment, M'Lady, given the harm done.

COURT: Thank you. Anything further?

ADV SHEZI: Nothing further, M'Lady.

COURT: The court will adjourn until two o'clock.
"""


def test_the_court_is_its_judge_named_in_initials_and_an_advocate_by_surname(tmp_path: Path):
    turns = _turns(tmp_path, SENTENCING)
    assert turns["COURT"] == {"P. Naidoo-Ramkissoon"}
    assert turns["ADV SHEZI"] == {"T. E. Shezi"}
    assert "CASE NO" not in turns


BREAKFAST = """SUNRISE HARBOUR — Segment 2: "Fuel, fares and the commuter"
Hosts: Tunde Bakare-Ogundipe and Amaka Obi-Nwosu

TUNDE: Welcome back. Amaka, the fares have gone up again.

AMAKA: They have, Tunde. To discuss this we have two guests in the studio. Mr Rasheed Adebayo-Lawal is the chairman of a drivers' union branch. And Mrs Folake Ilori is a transport economist at the university. You're both welcome.

GUEST (Adebayo-Lawal): Thank you, thank you.

GUEST (Ilori): Good morning.

TUNDE: Mr Adebayo-Lawal, why have fares jumped?

GUEST (Adebayo-Lawal): Fuel is up, spare parts are up, everything is going up, my brother.

CHAIR (Harbourtrust): We will take one more question before the break.
"""


def test_a_guests_surname_in_brackets_after_the_role(tmp_path: Path):
    turns = _turns(tmp_path, BREAKFAST)
    assert turns["GUEST (Adebayo-Lawal)"] == {"Rasheed Adebayo-Lawal"}
    assert turns["GUEST (Ilori)"] == {"Folake Ilori"}
    assert "CHAIR (Harbourtrust)" not in turns  # a chair's brackets name a body


def test_an_advocate_named_by_the_moderator(tmp_path: Path):
    text = ("FORUM — SESSION 3\n\nMODERATOR: Good afternoon. On my left is Advocate Sipho "
            "Mathebula-Ncube, who chairs the housing committee. Let's start with you.\n\n"
            "MATHEBULA-NCUBE: Honestly, very little has changed since the fire.\n\n"
            "MODERATOR: Why not?\n\nMATHEBULA-NCUBE: Because nobody enforces the by-laws.\n")
    assert _turns(tmp_path, text)["MATHEBULA-NCUBE"] == {"Sipho Mathebula-Ncube"}


INTERVIEW = """THE SATURDAY INTERVIEW

"I write about the people who stayed"

For thirty years the novelist Eilís Nic Dhonnacha-Reid has written about the small towns that the boom passed by. She spoke to our literary editor, Tobias Wren-Okafor, at her kitchen table. The conversation has been edited for length.

Q: You've lived here most of your life. Did you ever think of leaving?

A: Constantly. Everyone my age left, for London, for Boston, for Sydney.

Q: Different how?

A: Quieter. The factory closed and the town learned to live without it.
"""


def test_a_printed_interviews_intro_names_the_asker_and_the_subject(tmp_path: Path):
    turns = _turns(tmp_path, INTERVIEW)
    assert turns["Q"] == {"Tobias Wren-Okafor"}
    assert turns["A"] == {"Eilís Nic Dhonnacha-Reid"}


def test_an_intro_naming_a_third_person_leaves_the_subject_open(tmp_path: Path):
    text = INTERVIEW.replace("at her kitchen table", "with the poet Ann Berg at her kitchen table")
    turns = _turns(tmp_path, text)
    assert turns["Q"] == {"Tobias Wren-Okafor"}
    assert "A" not in turns


BOARD = """HARBOUR COMMUNITY SCHOOL DISTRICT
Board of Education — Regular Meeting, Verbatim Excerpt
Monday, November 10, 2025

Board members present: Jennifer Borcherding-Lutz (President), Marcus Oyelaran
Also present: Tawana Grover-Reese, Superintendent; Ahmed Qureshi, Student Representative (Kennedy High School)

PRESIDENT BORCHERDING-LUTZ: We move to public comment. Three people have signed up.

PUBLIC COMMENT 1: Good evening. Latoya Pruitt, I live on Ellis Boulevard. My two kids are at Cleveland and I'm asking you to let them finish there.

PUBLIC COMMENT 2: Hi. I'm Kevin Staab, I teach at Van Buren. We would welcome these families.

SUPERINTENDENT: Thank you, Madam President. Enrollment has declined by about eighteen percent over five years.

STUDENT REPRESENTATIVE: Students at Kennedy would like a say in the walking routes.
"""


def test_numbered_public_comments_and_roles_in_an_also_present_list(tmp_path: Path):
    turns = _turns(tmp_path, BOARD)
    assert turns["PUBLIC COMMENT 1"] == {"Latoya Pruitt"}
    assert turns["PUBLIC COMMENT 2"] == {"Kevin Staab"}
    assert turns["SUPERINTENDENT"] == {"Tawana Grover-Reese"}
    assert turns["STUDENT REPRESENTATIVE"] == {"Ahmed Qureshi"}


def test_a_phone_in_line_and_a_caller_who_says_it_is_her(tmp_path: Path):
    text = ("MORNING SHOW — phone-in\n\nGER: Good morning. First caller on line one.\n\n"
            "LINE 1: Hello, Ger? Good morning. It's Bridie here, Bridie Costello from outside "
            "the town.\n\nGER: Go on, Bridie.\n\nLINE 1: The bus is gone at a quarter past "
            "eight and there's nothing back till four.\n")
    assert _turns(tmp_path, text)["LINE 1"] == {"Bridie Costello"}


def test_a_list_ends_with_its_sentence(tmp_path: Path):
    text = ("HARBOUR POLICE — MEDIA BRIEFING\n\nPresent: Detective Superintendent Aoife "
            "Halloran-Price, senior investigating officer; Station Manager Kwabena Asante-Dorrell, "
            "Harbour Fire and Rescue Service. The briefing was chaired by the force's head of "
            "communications.\n\nHEAD OF COMMUNICATIONS: Good afternoon. The Detective "
            "Superintendent will read a statement.\n\nDET SUPT: Thank you. At around 2.40 on "
            "Wednesday morning, crews were called to a fire.\n")
    turns = _turns(tmp_path, text)
    assert "HEAD OF COMMUNICATIONS" not in turns
    assert turns["DET SUPT"] == {"Aoife Halloran-Price"}


WEBINAR = """Video webinar — "Harbour Point: Community Consultation"
Auto-transcript, display names as they appeared on screen.

Meeting host: Good evening everyone, this is Wilma from the consultants' team, I'm just the host tonight. Immanuel, over to you.

Harbour Community Liaison: Thank you, Wilma. Good evening! My name is Immanuel Nangolo, I am the community liaison officer for the company.

Dr A. Kreiner (Marine Institute): Thank you, Immanuel. We surveyed the seabed around the point in November and January.

Meeting host: Thanks, Doctor. Next question.
"""


def test_thanks_across_a_turn_the_reader_did_not_take_name_no_one(tmp_path: Path):
    turns = _turns(tmp_path, WEBINAR)
    assert "Meeting host" not in turns  # "Thank you, Immanuel" answers the liaison officer
    assert turns["Harbour Community Liaison"] == {"Immanuel Nangolo"}


def test_a_line_labelled_by_a_role_the_reader_misses_breaks_the_thanks():
    from archivist.convert import parse_blocks
    from archivist.speakers_link.address import _unread_turn_between

    labelled = tuple(parse_blocks("ANN: one.\n\nPaper Cup Table: two.\n\nBOB: three."))
    plain = tuple(parse_blocks("ANN: one.\n\nAnd then two more things.\n\nBOB: three."))
    assert labelled[1].kind == plain[1].kind == "paragraph"
    assert _unread_turn_between(labelled, 0, 2)
    assert not _unread_turn_between(plain, 0, 2)
