"""Session 15: generic labels on layouts nobody tuned on, named by layout-independent evidence:
capitals labels with a remark or an outlet read as turns ("BRIEFER (UNTMIS)", "REPORTER, DAILY
NATION"), initials that spell every word of a legend's name ("Dayang Ann Berg (DAB)") or an
office before it ("Deputy Commissioner Ann Berg (DC)"), a script's cast list ("AUNTIE ADJOA —
Adjoa Berg, …"), a name whose first word no list knows ("Fatmata Binta Kamara-Jalloh"), a witness
called with a title, a side's counsel from "For the Applicants:", and captions written under the
clips; and what names no one (a cast line with no name, captions above the clips)."""

from __future__ import annotations

from archivist.convert import parse_blocks
from archivist.model import Document, Metadata
from archivist.speakers_link import link_speakers


def _doc(text: str) -> Document:
    return Document("d", "d.txt", "0" * 64, Metadata(title=text.split("\n")[0]),
                    tuple(parse_blocks(text)), 10)


def _said(text: str) -> dict[str, set[str | None]]:
    """Label → the person entity ids its turns get (None: unattributed)."""
    doc = _doc(text)
    links = link_speakers([doc], [], {"d": set()})
    by_block = {b: e for _, e, b in links.turns}
    out: dict[str, set[str | None]] = {}
    for i, b in enumerate(doc.blocks):
        if b.kind == "turn":
            out.setdefault(b.speaker or "", set()).add(by_block.get(i))
    return out


COUNCIL = """REGIONAL COUNCIL — 412th meeting (seat-plate record)
Presiding: Ms. Wuraola Binta Okonkwo-Adeyemi (Liberia)
Briefer: Mr. Torvald Øksnes-Banda, Deputy Head of the Mission (UNMIX)

PRESIDENT (Liberia): The meeting is called to order. I give the floor to Mr. Øksnes-Banda.

BRIEFER (UNMIX): Thank you, Madam President. The roads between the two towns were attacked \
three times last month.

PRESIDENT (Liberia): I now give the floor to the representative of Chad, Ambassador Moussa \
Abakar Haroun-Deby.

CHAD: Madam President, Chad thanks Liberia for presiding.

PRESIDENT (Liberia): I give the floor to the representative of Peru.

PERU: Thank you. We have noted the statement.

PRESIDENT: I shall now make a statement in my national capacity.
"""


def test_seat_plates_with_remarks_are_turns_and_named() -> None:
    said = _said(COUNCIL)
    assert said["BRIEFER (UNMIX)"] == {"torvald-oksnes-banda"}
    assert said["CHAD"] == {"moussa-abakar-haroun-deby"}
    assert said["PERU"] == {None}


def test_presiding_name_keeps_an_unlisted_first_word() -> None:
    said = _said(COUNCIL)
    assert said["PRESIDENT (Liberia)"] == {"wuraola-binta-okonkwo-adeyemi"}


RESULTS_CALL = """Selangkah Timber Berhad — Results Briefing
Speakers are identified by their initials.
Participants: Dayang Rosmawati Jalil (DRJ), Chief Executive Officer; Tiong Mei Hua (TMH), Chief \
Financial Officer.

Operator: Welcome to the briefing. I hand over to the company.

DRJ: Thank you. Log output fell nine percent in the monsoon.

TMH: Thank you, Puan Dayang. Revenue rose six percent.

DRJ: We are ready for questions.

TMH: Net cash stands at RM210 million.
"""


def test_initials_spelling_every_word_keep_the_first() -> None:
    said = _said(RESULTS_CALL)
    assert said["DRJ"] == {"dayang-rosmawati-jalil"}
    assert said["TMH"] == {"tiong-mei-hua"}


BRIEFING = """FLOOD BRIEFING — DISTRICT OFFICE
Chair: Deputy Commissioner Rafiqul Islam Chowdhury (DC)
Also at the table: the Meteorological Department, the Navy

DC: Good evening. The river is rising at the northern gauge.

MET: The rain will continue for two days.

DC: Thank you. Evacuation starts at six.

MET: We will update at midnight.
"""


def test_office_initials_before_the_name() -> None:
    assert _said(BRIEFING)["DC"] == {"rafiqul-islam-chowdhury"}


DRAMA = """THE LORRY PARK — Episode 2
A radio drama. Script as broadcast.
CAST
AUNTIE ADJOA — Adjoa Serwaa Boateng-Lamptey, a kenkey seller, sixties
KOFI — Kofi Asante Nkrumah-Mensah, her nephew
PREACHER — Rev. Emmanuel Kwabena Ofori-Atta, of the church by the park
DRIVER — a trotro driver; never named
NARRATOR — the station voice

NARRATOR: It is the dry season.

AUNTIE ADJOA: Kofi! Bring the tarpaulin!

KOFI: I am coming, Auntie.

PREACHER: God bless you this morning.

DRIVER: Kasoa! One more!

AUNTIE ADJOA: Driver, you owe me money.
"""


def test_cast_list_names_its_labels() -> None:
    said = _said(DRAMA)
    assert said["AUNTIE ADJOA"] == {"adjoa-serwaa-boateng-lamptey"}
    assert said["PREACHER"] == {"emmanuel-kwabena-ofori-atta"}
    assert said["KOFI"] == {"kofi-asante-nkrumah-mensah"}
    assert said["DRIVER"] == {None}
    assert said["NARRATOR"] == {None}


HEARING = """REGIONAL COURT — PUBLIC HEARING
Before: Justice Imelda Wanjiku Otieno
For the Applicants: Ms. Ayodele Fashanu-Okoro, advocate
For the Respondent State: Mr. Kwabena Osei Agyeman-Badu, Agent

THE COURT: Counsel for the Applicants, call your witness.

COUNSEL FOR THE APPLICANTS: The Applicants call Madame Ndeye Fatou Diagne-Sarr, a fish trader.

WITNESS (through interpreter): I was on the beach when the soldiers came.

COUNSEL FOR THE APPLICANTS: What did they say?

WITNESS (through interpreter): That the beach was no longer ours.

INTERPRETER: Your Lordship, the witness used a word for the racks.

AGENT FOR THE RESPONDENT STATE: No questions.
"""


def test_side_counsel_from_the_appearances_and_a_titled_witness() -> None:
    said = _said(HEARING)
    assert said["COUNSEL FOR THE APPLICANTS"] == {"ayodele-fashanu-okoro"}
    assert said["AGENT FOR THE RESPONDENT STATE"] == {"kwabena-osei-agyeman-badu"}
    assert said["WITNESS (through interpreter)"] == {"ndeye-fatou-diagne-sarr"}
    assert said["INTERPRETER"] == {None}


BULLETIN = """EVENING NEWS — ITEM 3: BUS FARES
Presenter: Wanjala Mutua-Kibet

WANJALA: Bus fares rose by a third this week. Commuters told us what they think.

VOX 1: I pay half as much again now. My salary has not moved.
[CAPTION: Achieng Nyambura Odera, hairdresser]

VOX 2: The owners suffer too, fuel is too high.
[CAPTION: Kiprotich Langat Chemweno, driver]

INT 1: We cannot run at a loss.
[CAPTION: Simiyu Barasa Wekesa, Bus Owners Association]

WANJALA: And we will follow the talks.
"""


def test_captions_under_the_clips() -> None:
    said = _said(BULLETIN)
    assert said["VOX 1"] == {"achieng-nyambura-odera"}
    assert said["VOX 2"] == {"kiprotich-langat-chemweno"}
    assert said["INT 1"] == {"simiyu-barasa-wekesa"}


def test_outlet_label_after_a_comma_is_a_turn() -> None:
    text = """PRESS CONFERENCE — POLICE HEADQUARTERS
Present: Police Spokesperson Resila Atieno Onyango

SPOKESPERSON: Good afternoon. Questions.

INSPECTOR: We have deployed the marine unit.

SPOKESPERSON: Yes, at the back.

REPORTER, DAILY NATION: Why the delay?

INSPECTOR: The road was cut.
"""
    doc = _doc(text)
    labels = [b.speaker for b in doc.blocks if b.kind == "turn"]
    assert "REPORTER, DAILY NATION" in labels


PRESSER = """WEEKLY PRESS CONFERENCE — STATE GOVERNMENT
Participan: la gobernadora; el vocero, Iván Sandoval Luévano (VOCERO)

VOCERO: Good morning. I'm Iván Sandoval. The governor will begin with water. Governor \
Marisol Teresa Villagrana Robles.

GOBERNADORA: Good morning. The aqueduct is at seventy percent.

VOCERO: Questions. Karla, go ahead.

GOBERNADORA: The money is in the budget.
"""


def test_a_turn_ending_with_a_titled_name_calls_up_the_next() -> None:
    assert _said(PRESSER)["GOBERNADORA"] == {"marisol-teresa-villagrana-robles"}


SENATE = """UNIVERSITY SENATE — VERBATIM NOTES
Predsjedava / Chair: Rektor prof. dr. Rifat Škrijelj-Mehmedbašić
Place: Rektorat, Sarajevo

REKTOR: Good morning, colleagues. We have a quorum.

SEKRETAR: Twenty-seven of thirty-one members are present.

REKTOR: Thank you. Item one.

SEKRETAR: The minutes were sent on Monday.
"""


def test_a_role_word_before_a_titled_name_in_the_header() -> None:
    said = _said(SENATE)
    assert said["REKTOR"] == {"rifat-skrijelj-mehmedbasic"}
    assert said["SEKRETAR"] == {None}


KITCHEN = """KITCHEN SHOW — Episode 5
Presenters: CHEF NORA (Nora Awang Bujang) and HOST

HOST: Good morning! Chef, where do we start?

CHEF NORA: We start with the paste, Daniel.

HOST: And the prawns?

CHEF NORA: Last, always last.
"""


def test_a_role_and_a_given_name_label() -> None:
    assert _said(KITCHEN)["CHEF NORA"] == {"nora-awang-bujang"}


EARNINGS = """Bintang Plantations — Results Call

Operator: Welcome. The first question comes from Lim Wei Siong of Maybank.

ANALYST (Maybank): Thank you. How much did the monsoon cost?

CEO: About fifteen million.

Operator: The next question comes from Deepa Krishnan of UOB Kay Hian.

ANALYST (UOB Kay Hian): Hi. Will the concessions be certified?

CEO: By the end of next year.

Operator: One more question.

ANALYST (CIMB): On the dividend?

CEO: Unchanged.
"""


def test_an_analyst_named_with_the_firm_of_the_label() -> None:
    said = _said(EARNINGS)
    assert said["ANALYST (Maybank)"] == {"lim-wei-siong"}
    assert said["ANALYST (UOB Kay Hian)"] == {"deepa-krishnan"}  # no "Kay Hian"
    assert said["ANALYST (CIMB)"] == {None}


MIXED_BULLETIN = """NORVALE TONIGHT — item 1 (bypass)
As-broadcast script with on-screen graphics (GFX) lines.



PRES: Good evening. Work on the new bypass has started.

GFX: Ciarán Devlin-Mullaney | Reporting from Strabane

REP (VO): The diggers moved on to the site this morning.

INT 1: I buried my son in 2019. Every day I drive past the bend.

GFX: Geraldine McAlinden | Bypass Now campaign

REP (VO): The scheme was delayed by three legal challenges.

INT 2: We have the funding. The first phase opens in 2028.

GFX: Trevor Aiken-Lowther | Farmer, Sion Mills

REP (VO): And along the main street, opinions were mixed.

PRES: Thank you. More after the break.
"""


def test_graphics_lines_under_the_interviews_above_the_reporter() -> None:
    said = _said(MIXED_BULLETIN)
    assert said["INT 1"] == {"geraldine-mcalinden"}
    assert said["INT 2"] == {"trevor-aiken-lowther"}
    assert said["REP (VO)"] == {"ciaran-devlin-mullaney"}


def test_a_handover_to_the_name_after_the_role_word() -> None:
    text = """POST-MATCH PRESENTATION
Broadcast transcript

PRESENTER: Welcome to the ceremony. I am Zainab Qureshi. Let's first hear from the Peshawar \
Zalmi captain, Babar Azmat. Babar, so close.

LOSING CAPTAIN: Yes, very close. Credit to Multan.

PRESENTER: The dew came in?

LOSING CAPTAIN: No excuses.
"""
    assert _said(text)["LOSING CAPTAIN"] == {"babar-azmat"}


def test_an_outlets_acronym_names_no_questioner() -> None:
    text = """POLICE MEDIA CONFERENCE

SUPERINTENDENT: Good morning. Questions.

JOURNALIST (ABC Riverina): How high will the river go?

SUPERINTENDENT: Nine metres.

JOURNALIST (ABC Riverina): And the levee?

SUPERINTENDENT: It will hold.
"""
    assert _said(text)["JOURNALIST (ABC Riverina)"] == {None}


def test_an_office_of_the_house_is_no_surname_and_its_cast_line_names_it() -> None:
    text = """DEBATING UNION — FINAL
Motion: This House would ban plastic sachets
Speaker of the House: Efua Adomako-Boateng

SPEAKER OF THE HOUSE: Order, order. The first proposition speaker, please.

FOR THE MOTION: Madam Speaker, count the sachets in the lagoon.

SPEAKER OF THE HOUSE: Thank you. Opposition, please.

AGAINST THE MOTION: Sachet water is the cheapest clean water.
"""
    said = _said(text)
    assert said["SPEAKER OF THE HOUSE"] == {"efua-adomako-boateng"}
    assert said["FOR THE MOTION"] == {None}  # no "House" page, no name said with the side


def test_the_accused_of_a_versus_caption() -> None:
    text = """IN THE HIGH COURT
THE STATE versus SIPHO THEMBA MKHIZE-ZULU
SENTENCE PROCEEDINGS

COURT: Good morning. Please stand.

ACCUSED (through interpreter): Yes, M'Lady. I am sorry.

COURT: The sentence is five years.

ACCUSED: I understand.
"""
    said = _said(text)
    assert said["ACCUSED (through interpreter)"] == {"sipho-themba-mkhize-zulu"}
    assert said["ACCUSED"] == {"sipho-themba-mkhize-zulu"}


def test_an_outlets_questioner_keeps_the_name_they_gave() -> None:
    text = """PRE-MATCH PRESS CONFERENCE

HEAD OF MEDIA: Morning all. Please say who you are for the transcript.

Q (Radio Norvale): Morning, Gemma Lathom-Price from Radio Norvale. How is the squad?

MANAGER: Good, thanks.

Q (Radio Norvale): Is Josh a doubt for the weekend?

MANAGER: No.

Q (Norvale Globe): Any news on the contract?

MANAGER: Not yet.
"""
    said = _said(text)
    assert said["Q (Radio Norvale)"] == {"gemma-lathom-price"}
    assert said["Q (Norvale Globe)"] == {None}


def test_a_questioner_from_the_floor_who_names_themself() -> None:
    text = """TOWN HALL DEBATE
Moderator: Achieng Awuor-Otieno

MODERATOR: Questions from the floor. Yes, the young man at the back.

FLOOR: My name is Kevin Ouma Abonyo, I study at Maseno. What about jobs?

MODERATOR: Thank you. Another question.

FLOOR: Yes, I will not give my name. What about the roads?
"""
    said = _said(text)
    assert said["FLOOR"] == {"kevin-ouma-abonyo", None}


def test_a_reporters_strap_names_the_voice_over_beside_the_piece_to_camera() -> None:
    text = MIXED_BULLETIN.replace(
        "PRES: Thank you. More after the break.",
        "REP (PTC): Campaigners will be watching every mile. Ciarán Devlin-Mullaney, Norvale "
        "Tonight, Strabane.\n\nPRES: Ciarán, thank you. More after the break.")
    said = _said(text)
    assert said["REP (VO)"] == {"ciaran-devlin-mullaney"}
    assert said["REP (PTC)"] == {"ciaran-devlin-mullaney"}
    assert said["INT 1"] == {"geraldine-mcalinden"}
