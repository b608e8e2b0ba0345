"""Session 17: generic labels named by layout-independent evidence: a record's header roster
(police interview records: "Person interviewed:" for SUSPECT, "Legal representative:" for
SOLICITOR, a table's rows, an "Also present:" entry's role, the roster's initials), a chair giving
the floor to the next speaker, members numbered past twelve, and what names no one (two names
given the floor before one label's turns)."""

from __future__ import annotations

from .test_turns_s14 import _doc, _said  # session 14's readers


ROTI = """NORVALE CONSTABULARY — RECORD OF TAPED INTERVIEW
Station: Harbour Road · Tape ref. HR/26/0091
Interviewing officer: DC 2207 Martin Ashdown
Legal representative: Ms Priya Castellane-Webb, Harbour Chambers
Interpreter (French): Mr Olivier Dambreville
Person interviewed: Jean-Baptiste Moreau-Lefèvre, date of birth 11/02/1990

DC ASHDOWN: This interview is being recorded at Harbour Road police station. I am Detective \
Constable Martin Ashdown. Please state your full name.

SUSPECT (through interpreter): Jean-Baptiste Moreau-Lefèvre.

DC ASHDOWN: You were stopped at the ferry port with forty cartons of cigarettes in the boot of \
your car. Where did you buy them?

SUSPECT (through interpreter): In a shop near Calais. They were for my family.

SOLICITOR: My client has nothing to add at this stage.

DC ASHDOWN: Mr Moreau-Lefèvre, do you understand English?

SUSPECT: A little. Yes.

INTERPRETER: For the tape, the suspect answered in English.

DC ASHDOWN: The interview is concluded.
"""


def test_header_roster_names_interview_roles() -> None:
    said = _said(ROTI)
    assert said["SUSPECT (through interpreter)"] == {"jean-baptiste-moreau-lefevre"}
    assert said["SUSPECT"] == {"jean-baptiste-moreau-lefevre"}
    assert said["SOLICITOR"] == {"priya-castellane-webb"}
    assert said["INTERPRETER"] == {"olivier-dambreville"}


TABLE = """NORVALE POLICE — RECORD OF VIDEO INTERVIEW
Location: Eastgate Police Station, room 4
| Interviewer   | Detective Sergeant Ruairi Blackwood |
| Interviewee   | Karen Mary Polglase |
| Also present  | Tobias Fairweather-Hunt, lawyer (Community Law Centre) |

INTERVIEWER: The time is 10.05 am. I'm Detective Sergeant Ruairi Blackwood. Can you tell me your \
full name?

INTERVIEWEE: Karen Mary Polglase.

INTERVIEWER: Karen, you have been arrested over the damage to the harbour office. You do not \
have to say anything. Do you understand?

INTERVIEWEE: Yes.

LAWYER: I would like a short break with my client, please.

INTERVIEWER: Interview suspended at 10.09 am.
"""


def test_roster_table_and_also_present_entry() -> None:
    said = _said(TABLE)
    assert said["INTERVIEWEE"] == {"karen-mary-polglase"}  # the name answering is a turn
    assert said["LAWYER"] == {"tobias-fairweather-hunt"}


INITIALS = """NORVALE CONSTABULARY — RECORD OF TAPED INTERVIEW
Interviewer: DC Tamsin Roskilly-Vane
Interviewee: Callum Jory Penhaligon
Also present: Mr Idris Pugh-Elwyn (solicitor); PC Hannah Treloar
Turns are marked with the speakers' initials.

TRV: This interview is being recorded. I am Detective Constable Tamsin Roskilly-Vane. Would the \
others introduce themselves?

IPE: Idris Pugh-Elwyn, solicitor.

HT: PC Hannah Treloar.

TRV: And your full name, please.

CJP: Callum Jory Penhaligon.

TRV: Where were you on the night of the fire?

CJP: No comment.
"""


def test_initials_of_roster_names() -> None:
    said = _said(INITIALS)
    assert said["TRV"] == {"tamsin-roskilly-vane"}
    assert said["IPE"] == {"idris-pugh-elwyn"}  # "Mr": a given name no list knows
    assert said["CJP"] == {"callum-jory-penhaligon"}
    assert said["HT"] == {"hannah-treloar"}


ASSEMBLY = """NORVALE VALLEY ASSEMBLY — VILLAGE MEETING ON THE WATER SCHEME
Chair: Mrs Adaeze Okonkwo-Hart

CHAIR: Good morning. The quorum is complete. We will hear the households first. I give the floor \
to Ngozi Chiamaka Eze, from the women's group.

VILLAGER (woman): Thank you, Chair. The borehole at the market has been dry since March. We walk \
two hours for water.

CHAIR: Thank you. Next, Emeka Obiora Nwankwo, the retired headmaster.

VILLAGER (man): I support the women. The scheme must start with the market borehole.

CHAIR: I'll go next to Member 44, Chukwudi Adeyemi-Bello.

MEMBER 44: The contractor has promised the pump by June.

CHAIR: Thank you all.
"""


def test_chair_gives_the_floor() -> None:
    said = _said(ASSEMBLY)
    assert said["VILLAGER (woman)"] == {"ngozi-chiamaka-eze"}
    assert said["VILLAGER (man)"] == {"emeka-obiora-nwankwo"}
    assert said["MEMBER 44"] == {"chukwudi-adeyemi-bello"}  # a seat numbered past twelve


MANY = """NORVALE VALLEY ASSEMBLY — VILLAGE MEETING ON THE ROADS
Chair: Mrs Adaeze Okonkwo-Hart

CHAIR: Good morning. I give the floor to Ngozi Chiamaka Eze, from the women's group.

VILLAGER: Thank you, Chair. The road to the clinic floods every rainy season.

CHAIR: Thank you. Next, Emeka Obiora Nwankwo, the retired headmaster.

VILLAGER: The culvert was promised two years ago and never built.

CHAIR: Thank you all.
"""


def test_two_names_given_the_floor_name_no_one() -> None:
    assert _said(MANY)["VILLAGER"] == {None}


PLATES = """MERCOSUR – ANDEAN TRADE TALKS · SECOND ROUND
Round-table on customs, heads of delegation only
Chair: Uruguay — Vice-Minister Teodoro Alcántara Villalba
Speakers are recorded by the plate in front of them.

URUGUAY (Chair): Good morning and welcome. We begin with customs. Ambassador Helena Brandão \
Figueiredo for Brazil.

BRAZIL: Thank you, Chair. Our exporters need one certificate, not three. We ask for a single \
window at every port.

URUGUAY (Chair): Thank you. Peru, you have the floor.

PERU: We can accept a single window if the data are shared in real time.

URUGUAY (Chair): Thank you both. We will draft the text over lunch.

RAPPORTEUR: Chair, the draft will be circulated at two.

URUGUAY (Chair): Thank you. The round-table is adjourned.
"""


def test_plates_before_a_known_label_are_turns_and_named() -> None:
    said = _said(PLATES)
    assert said["URUGUAY (Chair)"] == {"teodoro-alcantara-villalba"}  # "Chair:" cast line
    assert said["BRAZIL"] == {"helena-brandao-figueiredo"}
    assert said["PERU"] == {None}
    assert "Chair" not in said  # the header's cast line is no turn of its own


RADIO = """SHETLAND COASTGUARD — CHANNEL 16 LOG (excerpt)
Incident 26-118 · yacht aground, Ardmore Point
SHETLAND COASTGUARD: Watch officer Fiona Kerr-Lindsay, Shetland Coastguard.
SHETLAND COASTGUARD: All stations, this is Shetland Coastguard. A yacht is reported aground at \
Ardmore Point. Vessels in the area, report on channel 16. Over.

LERWICK HARBOUR: Shetland Coastguard, Lerwick Harbour. We can send the pilot boat. Over.

SHETLAND COASTGUARD: Lerwick Harbour, Shetland Coastguard, send the pilot boat. Over.

LERWICK HARBOUR: Pilot boat leaving now. Over.
"""


def test_first_call_above_the_first_known_label_keeps_its_turn() -> None:
    doc = _doc(RADIO)
    calls = [b.text for b in doc.blocks if b.kind == "turn" and b.speaker == "SHETLAND COASTGUARD"]
    assert any(c.startswith("All stations") for c in calls)
    assert _said(RADIO)["SHETLAND COASTGUARD"] == {"fiona-kerr-lindsay"}


OWN_LINE = """Post-match press conference — Norvale Park
Head coach: Tomás Arriaga Beltrán. Translator present for English questions.

Press officer: Good evening. The coach will take questions. Please say your name and outlet.

Reporter (Norvale Times): Coach, a third defeat at home. What went wrong?

Arriaga: We conceded from a set piece and then we lost our heads.

Press officer: Last question.

Reporter (Radio Norvale): Will you change the system on Sunday?

Arriaga: No. The system is not the problem.
"""


def test_a_cast_line_read_as_a_turn_does_not_name_itself() -> None:
    assert _said(OWN_LINE).get("Head coach", {None}) == {None}


COMMUNAL = """COMUNIDAD CAMPESINA DE NORVALE — ASAMBLEA GENERAL
Distrito de Calca, Cusco · domingo 8 de marzo de 2026
Presidente comunal: Anselmo Quispe Huarancca · Secretario de actas: Wilber Mamani Ccori

PRESIDENTE COMUNAL: Good morning, comuneros. There is quorum. The secretary will read the \
minutes of the last assembly.

SECRETARIO DE ACTAS: Thank you, president. At the last assembly we agreed to clean the canal \
before the rains.

PRESIDENTE COMUNAL: Thank you. Any objections? None. The minutes are approved.
"""


def test_a_header_line_of_two_cast_lines_and_roles_written_in_lower_case() -> None:
    said = _said(COMMUNAL)
    assert said["PRESIDENTE COMUNAL"] == {"anselmo-quispe-huarancca"}  # no one called Comunal
    assert said["SECRETARIO DE ACTAS"] == {"wilber-mamani-ccori"}


BENCH_INITIALS = """IN THE HIGH COURT OF NORVALE HOLDEN AT PORT ELLIS
Case No. HC 17/2024 — The State vs. Dinesh Kumara Perera (Accused)
Before: Hon. R. K. L. Wijesundara, High Court Judge
Court Interpreter: Mr. P. Sivakumar

REGISTRAR: Case number seventeen of 2024. The accused is present.

COURT: Is the accused represented?

REGISTRAR: Yes, my lord.

COURT: Then we proceed to sentence.

INTERPRETER: The accused says he understands.
"""


def test_a_cast_line_in_initials() -> None:
    said = _said(BENCH_INITIALS)
    assert said["COURT"] == {"r-k-l-wijesundara"}
    assert said["INTERPRETER"] == {"p-sivakumar"}
    assert said["REGISTRAR"] == {None}


COMMISSION = """NORVALE FISHERIES COMMISSION — ANNUAL MEETING
Agenda item 4: catch limits
Chair: Mr Tevite Havili Fonua (Tonga)

CHAIR: Good afternoon. I give the floor to Minister Rocío Valdivia Brandt of Chile.

THE CHILEAN DELEGATION: Thank you, Chair. Chile can accept the limit if observers go on every \
high-seas vessel.

CHAIR: Thank you. Ecuador's head of delegation, Mr Joaquín Andrade Cevallos.

ECUADOR: Thank you. Ecuador supports the Chilean position.

CHAIR: Thank you. Australia, you have the floor.

AUSTRALIA: We would prefer to hold the limit for one more year.

CHAIR: Noted. We break for lunch.
"""


def test_a_delegation_named_by_its_country() -> None:
    said = _said(COMMISSION)
    assert said["THE CHILEAN DELEGATION"] == {"rocio-valdivia-brandt"}  # Chilean: of Chile
    assert said["ECUADOR"] == {"joaquin-andrade-cevallos"}  # "Ecuador's head of delegation"
    assert said["AUSTRALIA"] == {None}


GLOSSED = """MKUTANO WA KIJIJI — VILLAGE ASSEMBLY, NORVALE WARD
Afisa Mtendaji (Village Executive Officer): Bi. Neema Joseph Mwakyusa
Gram Sevak (Secretary): Shri Rakesh Kumar Verma

AFISA MTENDAJI: Good morning. The plan is on the wall of the office.

SECRETARY: The accounts are on the notice board.

AFISA MTENDAJI: Then we vote.
"""


def test_a_glossed_cast_line_keys_a_role_label() -> None:
    said = _said(GLOSSED)
    assert said["AFISA MTENDAJI"] == {"neema-joseph-mwakyusa"}  # no one called Afisa Mtendaji
    assert said["SECRETARY"] == {"rakesh-kumar-verma"}
    # the cast line read as a turn is no one called "Afisa Mtendaji" either
    assert said.get("Afisa Mtendaji (Village Executive Officer)", {None}) == {None}


TALK_SHOW = """"Noite de Sábado" — live studio programme
Segment 2 · broadcast transcript with English subtitles

APRESENTADORA: Good evening! Our first guest came from Mindelo this morning. Please welcome the \
chef Edvaldo Semedo de Brito!

PLATEIA: [applause]

CONVIDADO: Boa noite. Thank you. I brought the cachupa, as promised.

APRESENTADORA: Edvaldo, is it true your grandmother taught you?

CONVIDADO: Yes. Every Sunday, in her kitchen in Mindelo.
"""


def test_the_guest_welcomed_past_the_applause() -> None:
    # a given name no list knows, introduced in full and speaking twice: a page
    assert _said(TALK_SHOW)["CONVIDADO"] == {"edvaldo-semedo-de-brito"}


COMMITTEE = """Joint Committee on Housing, Norvale — debate
In the Chair: Deputy Pádraig Ó Súilleabháin.

Chairman: I welcome the witnesses. I call Ms Moloney to make her opening statement.

Ms Ruth Moloney: I thank the Chairman. The grant has been extended to rural areas.

Chairman: Thank you. Deputy Rich.

Deputy Alan Rich: How many grants were approved last year?

Chairman: We will take the answer after the break.
"""


def test_in_the_chair_names_the_chairman() -> None:
    assert _said(COMMITTEE)["Chairman"] == {"padraig-o-suilleabhain"}


LIVE = """Norvale County Sheriff's Office — "Coffee with the Sheriff" Facebook Live
Hosts: Sheriff Dale Whitacre; Public Information Officer Joe Castellano
Caption file corrected by the PIO's office

PIO: Hey, everybody, good evening and welcome. Drop your questions in the comments.

SHERIFF: Thanks, everybody, for joining us tonight.

PIO: First question is about the road closures on Main Street.

SHERIFF: Those should be done by Friday.
"""


def test_an_acronym_spelled_out_before_a_name() -> None:
    assert _said(LIVE)["PIO"] == {"joe-castellano"}  # "Pio" a given name too


SEAT_NUMBERS = """NORVALE TOWNSHIP REPRESENTATIVE COUNCIL
Third regular session, interpellation (English record)
Presiding: Speaker Chen Wen-hsiung

SPEAKER: The meeting is in order. Councillor No. 5, Wu Shu-fen, you have the floor.

No. 5: Thank you, Speaker. The flood gate stayed open for nine hours in July.

SPEAKER: The township chief will answer.

TOWNSHIP CHIEF: The motor failed. We have replaced it.

SPEAKER: Any other councillor? No. 9.

No. 9: Only one point. When will the farmers be paid?

SPEAKER: The interpellation is closed.
"""


def test_seat_number_labels_are_turns_named_by_the_chair() -> None:
    said = _said(SEAT_NUMBERS)
    assert said["No. 5"] == {"wu-shu-fen"}
    assert said["No. 9"] == {None}  # called by number only
