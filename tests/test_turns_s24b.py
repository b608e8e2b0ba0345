"""Speaker turns: participants lists over colon labels, members' lists, local titles (s24b)."""

from __future__ import annotations

from pathlib import Path

from archivist.convert import parse_blocks

from .test_turns_s11 import _turns


CALL = """Norvale Copper Corporation (NVX: NCC)
Half-Year Results Conference Call
Thursday, 12 March 2026

Company participants:
Ilse Brandvold-Akers — Chief Executive Officer
Teodor Vasquez-Lindt — Chief Financial Officer

Conference call participants:
Priyanka Oyelaran — Harbourline Securities
Mattias Quennell — Ostrander Brothers Capital

Operator: Good morning and welcome to the Norvale Copper half-year call. I will now hand over to Ms Ilse Brandvold-Akers. Please go ahead.

Ilse Brandvold-Akers: Thank you, and good morning. Production rose by a tenth in the half.

Teodor Vasquez-Lindt: Thank you, Ilse. Revenue was up by a fifth and debt is lower.

Operator: Your first question comes from Mattias Quennell with Ostrander Brothers Capital.

Mattias Quennell (Ostrander): Thanks. What about the smelter contract?

Ilse Brandvold-Akers: It runs to 2029, Mattias.
"""


def test_a_participants_list_line_is_no_label_of_the_line_under_it():
    turns = [(b.speaker, b.text[:12]) for b in parse_blocks(CALL) if b.kind == "turn"]
    assert not any("—" in (label or "") for label, _ in turns)
    assert turns[0] == ("Operator", "Good morning")


def test_a_participants_list_last_line_is_no_label_of_the_operator(tmp_path: Path):
    turns = _turns(tmp_path, CALL)
    assert "Operator" not in turns  # (the operator was read as the firm's "Ostrander Brothers")
    assert not any("—" in label for label in turns)
    assert turns["Ilse Brandvold-Akers"] == {"Ilse Brandvold-Akers"}
    assert turns["Teodor Vasquez-Lindt"] == {"Teodor Vasquez-Lindt"}


HEARING = """FISHERIES COMMITTEE
Inquiry into coastal hatcheries
Hearing of evidence

Members present: Oskar Thorvaldsen-Pike (Chairperson), Dr Wirihana Tuilagi, Ngaire Ropata-Whitlow, Dr Benedikt Szalai, Aurelie Mbanefo

Chairperson (Oskar Thorvaldsen-Pike): Welcome. You have ten minutes, then questions.

Dr Wirihana Tuilagi (Green): Thank you. How many hatcheries closed last year?

Ngaire Ropata-Whitlow (Independent): And how many of the staff found other work?

Dr Benedikt Szalai (Liberal): Just quickly, what did the closures save?

Chairperson (Oskar Thorvaldsen-Pike): Thank you, members.
"""


def test_a_members_list_next_name_holds_no_label_that_speaks_by_its_own(tmp_path: Path):
    turns = _turns(tmp_path, HEARING)
    assert turns.get("Ngaire Ropata-Whitlow (Independent)") == {"Ngaire Ropata-Whitlow"}
    assert turns["Dr Benedikt Szalai (Liberal)"] == {"Benedikt Szalai"}


MINUTES = """Kelbrin Valley Council — 2nd Sitting (verbatim record, translated)
Venue: Kelbrin Valley Hall
Chair: Vordo Tashi Rinzang
Members present: Zanbo Kezang Lhamo; Valley Clerk Ugyen Drakpa; the ward heads

VORDO: Welcome. We have two items: the footbridge and the school roof.

CLERK: The budget for the footbridge is eight hundred thousand.

VORDO: Then we mend the worst span first. Zanbo, please note it.

ZANBO: Noted.
"""


def test_a_local_title_before_a_listed_name_is_the_label_not_the_name(tmp_path: Path):
    turns = _turns(tmp_path, MINUTES)
    assert turns.get("VORDO") == {"Tashi Rinzang"}
    assert turns.get("ZANBO") == {"Kezang Lhamo"}


MEETING = """Riverside Prayer Hall — members' meeting
Present: Br. Idris Hamadou Sallah (Board Chair); Sr. Halima Ogwang Tukur (Youth Committee); about ninety members.

BR. IDRIS: Salaam. The first item is the food drive.

HALIMA: I have ten volunteers already and need five more.

BR. IDRIS: Thank you, Sister Halima.
"""


def test_a_given_name_after_a_title_is_no_office(tmp_path: Path):
    turns = _turns(tmp_path, MEETING)
    assert turns.get("HALIMA") in (None, {"Halima Ogwang Tukur"})


PODCAST = """The Gravel Road Show — Episode 40: "Bridges"
Recorded at Tōrere Studios | Released 3 May 2026
Hosts: Mere Pōtaka-Hollis, Declan Vosburgh and Iosefa Lemalu
Transcript generated automatically; errors may remain.

[00:00:03] Mere: Welcome back to the show. I'm Mere, with me as ever are Declan and Iosefa.

[00:00:08] Declan: Hello.

[00:00:09] Iosefa: Talofa.

[00:00:11] Mere: This week, the new bridge. Declan, you drive over it every day?

[00:00:15] Declan: Twice a day. It's fine, it's a bridge.

[00:00:18] Mere: A bridge that cost twice what we were told.
"""


def test_a_plural_role_keys_a_hosts_line_that_names_a_given_name_label(tmp_path: Path):
    turns = _turns(tmp_path, PODCAST)
    assert turns.get("Mere") == {"Mere Pōtaka-Hollis"}


ASSEMBLY = """NORVALE LEGISLATIVE ASSEMBLY
PROCEEDINGS (UNCORRECTED)
Thursday, 5 March 2026

The House met at 11.00 A.M.
[MR. SPEAKER (SHRI K.R. VADAKKAN) in the Chair]

MR. SPEAKER: Calling attention. The honourable member may speak.

SHRI TOMAS ELLINGHAM-RAO (Harbour East): Sir, the wells in my constituency are dry.

MR. SPEAKER: The minister will reply.

SHRI TOMAS ELLINGHAM-RAO (Harbour East): Thank you, Sir.
"""


def test_the_chair_named_in_a_bracket_after_a_personal_title_with_initials(tmp_path: Path):
    turns = _turns(tmp_path, ASSEMBLY)
    assert turns.get("MR. SPEAKER") == {"K.R. Vadakkan"}


CONVOCATION = """NORVALE UNIVERSITY
41st ANNUAL CONVOCATION — 9 December 2026

Chancellor: Hon'ble Governor Shri Hemant Okonkwo-Dasgupta
Chief Guest: Prof. (Dr.) Ishaan Veerabhadra Rao, Chairman, Norvale Science Council
Registrar: Dr. Ottilie Brannagh

REGISTRAR: Hon'ble Chancellor, with your permission, the convocation may begin.

CHANCELLOR: I declare this convocation open.

CHIEF GUEST: Thank you. To the graduates, I want to say three things.

CHIEF GUEST: Be curious, be kind, be patient.
"""


def test_a_chief_guest_is_one_person_whom_the_header_names(tmp_path: Path):
    turns = _turns(tmp_path, CONVOCATION)
    assert turns.get("CHIEF GUEST") == {"Ishaan Veerabhadra Rao"}


DEBATE = """NORVALE LEGISLATIVE ASSEMBLY
Wednesday, 11 March 2026

SHRI P.K. ANNADURAI-HOLT (Minister for Water Resources): Sir, the tankers run every day.

SHRI TOMAS ELLINGHAM-RAO (Harbour East): Not in my constituency, Sir.

SHRI P.K. ANNADURAI-HOLT: I will send them there tomorrow.
"""


def test_one_name_under_a_long_and_a_short_label_is_one_person(tmp_path: Path):
    turns = _turns(tmp_path, DEBATE)
    long = "SHRI P.K. ANNADURAI-HOLT (Minister for Water Resources)"
    assert turns.get(long) == turns.get("SHRI P.K. ANNADURAI-HOLT") == {"P.K. Annadurai-Holt"}


HEARING_WITNESS = """NORVALE GENERAL ASSEMBLY
HOUSE HARBOURS SUBCOMMITTEE
Hearing on HB 2201 (Mooring Fees)

CHAIRMAN VOSKUIJLEN: The committee will come to order. We have a witness signed up. Ms. Okwuosa-Brandt, with the Norvale Harbour Users' Association. Please state your name for the record.

MS. OKWUOSA-BRANDT: Thank you, Mr. Chairman. Lorna Okwuosa-Brandt, I'm the secretary of the association. The fee is workable; the deadline is not.

CHAIRMAN VOSKUIJLEN: Questions for the witness?

MS. OKWUOSA-BRANDT: I'll take any.
"""


def test_a_name_after_the_chair_addressed_is_no_office_holder_spoken_of(tmp_path: Path):
    turns = _turns(tmp_path, HEARING_WITNESS)
    assert turns.get("MS. OKWUOSA-BRANDT") == {"Lorna Okwuosa-Brandt"}


COUNCIL = """TALLGRASS NATION
TRIBAL COUNCIL — REGULAR SESSION
Verbatim record, Item 2: Water Line Extension
Recording Secretary: Odessa Runs Ahead-Marchetti

Present: Chairman Delbert Two Crows; Council Representatives Noreen Walks Far Behind (Oak Creek), Virgil Stands Alone (Red Hill)

CHAIRMAN TWO CROWS: We're on the record. Item two. Any motion?

REP. WALKS FAR BEHIND: I move we approve the extension.

REP. STANDS ALONE: Second.

CHAIRMAN TWO CROWS: Secretary, call the vote.

SECRETARY: Nine in favor, none opposed. The motion carries.
"""


def test_a_recording_secretary_named_by_the_header_is_the_secretary(tmp_path: Path):
    turns = _turns(tmp_path, COUNCIL)
    assert turns.get("SECRETARY") == {"Odessa Runs Ahead-Marchetti"}


def test_a_title_then_a_surname_of_three_words(tmp_path: Path):
    turns = _turns(tmp_path, COUNCIL)
    assert turns.get("REP. WALKS FAR BEHIND") == {"Noreen Walks Far Behind"}


FILM = """"Tide Lines" (working title) — documentary interview transcript
Tape 03 — Interview with an oyster farmer, Vellmar Sound
Shot: 4 February 2026. Interviewer: Anand Kesavaraju-Holm (director). Tamil–English translation by Thenmozhi Arulvanan (on set).

INT: Can you tell us your name and how long you have worked here?

KANNAPPAN (translated): My name is Kannappan Velu. Thirty years on this water.

INT: What has changed?

TRANSLATOR: He says the spat does not settle as it did. I'll ask him to say more.

KANNAPPAN: The water is warm now, even in January.
"""


def test_a_films_int_is_its_interviewer_and_a_credited_translator(tmp_path: Path):
    turns = _turns(tmp_path, FILM)
    assert turns.get("INT") == {"Anand Kesavaraju-Holm"}
    assert turns.get("TRANSLATOR") == {"Thenmozhi Arulvanan"}


CALL_PLAIN = """Harbourline Telecom (NSX: HBT) Q3 2026 Earnings Call
October 20, 2026

Company participants
Teodor Halvorsen-Mbeki — Group Chief Executive Officer
Ines Kovacevic-Ward — Head of Investor Relations

Conference call participants
Priyanka Oyelaran — Ostrander Capital

Operator: Welcome to the Harbourline Telecom third-quarter call. I hand over to Ms Kovacevic-Ward.

Ines Kovacevic-Ward: Thank you. With me is our Group CEO.

Teodor Halvorsen-Mbeki: Thank you, Ines. Subscribers grew by a tenth.
"""


def test_a_participants_heading_without_a_colon_is_no_turn_under_the_list():
    turns = [b.speaker for b in parse_blocks(CALL_PLAIN) if b.kind == "turn"]
    assert not any("—" in (label or "") for label in turns)


COURTSIDE = """Post-game interview — Harbour Falcons girls volleyball
Regional final, Harbour Falcons 3, Norvale 1
Interview conducted courtside by the station's sports desk

Q: Coach, congratulations. What was the difference tonight?

A: Thanks. Our serving in the third set. We missed nothing after the break.

Q: Your setter played through an ankle knock.

A: She did. Tough kid. She'll rest this week.

Q: Coach Marisol Ventanilla-Cruz, thank you.

A: Thank you, appreciate it.
"""


def test_an_interviewee_thanked_by_an_office_title_and_name(tmp_path: Path):
    turns = _turns(tmp_path, COURTSIDE)
    assert turns.get("A") == {"Marisol Ventanilla-Cruz"}


TOWN_HALL = """Town hall meeting with Senator Odile Brackenridge-Moss
Norvale Community Center, Norvale
Transcript prepared by the senator's office

SENATOR BRACKENRIDGE-MOSS: Thanks for coming out tonight. Let's go straight to questions.

AUDIENCE MEMBER: Hi Senator. I'm a veteran from Hollis. The clinic wait is four months. What are you doing about it?

SENATOR BRACKENRIDGE-MOSS: Four months is too long. I'll write to the director tomorrow.

SECOND AUDIENCE MEMBER: Hi, Perpetua Okonkwo-Lindqvist, from Eastbrook. I run a ferry on the lake. My insurance doubled this year. Can Washington help?

SENATOR BRACKENRIDGE-MOSS: It can, and it should.
"""


def test_an_ordinal_audience_member_who_greets_and_states_her_name(tmp_path: Path):
    turns = _turns(tmp_path, TOWN_HALL)
    assert turns.get("SECOND AUDIENCE MEMBER") == {"Perpetua Okonkwo-Lindqvist"}
    assert "AUDIENCE MEMBER" not in turns


PHONE_IN = """NORVALE FM — "Morning Drive" phone-in
Topic: the new water tariff
Presenters: Gerald Okafor-Lind and Paulina Jovanovska
Guest in studio: Martin Vasquez-Teo, Norvale Water spokesman

OKAFOR-LIND: Good morning, Norvale. Lines are open, and Mr Vasquez-Teo is with us.

VASQUEZ-TEO: Good morning to your listeners.

PJ: So why does the standing charge go up when I use less water?

VASQUEZ-TEO: A fair question, Paulina. The pipes cost the same however much flows.

OKAFOR-LIND: Let us take the first caller.

PJ: And the line is open, go ahead.
"""


def test_one_initials_label_a_presenters_line_names(tmp_path: Path):
    turns = _turns(tmp_path, PHONE_IN)
    assert turns.get("PJ") == {"Paulina Jovanovska"}
