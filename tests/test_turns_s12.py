"""Session 12 transcript layouts: initials from a cast list of unlisted names, a holder named
in full in a header, a voice stating its name for the record, an inquiry's one commissioner,
and the classes fixed after them."""

from __future__ import annotations

from archivist.convert import parse_blocks
from archivist.model import Document, Entity, Metadata
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


LOK = """PARLIAMENT DEBATES
[HON. SPEAKER (SHRI TARUN VELLAPALLY) in the Chair]

HON. SPEAKER: Question No. 12, Shri Ravi Kondapalli.

SHRI RAVI KONDAPALLI (NORVALE): Sir, when will the canal reach the tail end?

THE MINISTER OF WATER (SHRI K. P. ATHREYA): Sir, the canal work is 80 per cent complete.

HON. SPEAKER: Second supplementary.

SHRI K. P. ATHREYA: The work will be finished by March.
"""


def test_an_honourable_speaker_in_the_chair_and_an_office_holding_initials():
    said = _said(LOK)
    assert said["HON. SPEAKER"] == "tarun-vellapally"
    assert said["THE MINISTER OF WATER (SHRI K. P. ATHREYA)"] == "k-p-athreya"
    assert said["SHRI K. P. ATHREYA"] == "k-p-athreya"


DAIL = """Dáil debate - Tuesday

An Ceann Comhairle: I call Deputy Aoibheann Ní Dhuibhir.

Deputy Aoibheann Ní Dhuibhir: Thank you, a Cheann Comhairle. The hospital is short of staff.

An Ceann Comhairle: Thank you, Deputy.

Note: The Ceann Comhairle was Deputy Orla Brennock.
"""


def test_a_closing_note_names_the_ceann_comhairle():
    assert _said(DAIL)["An Ceann Comhairle"] == "orla-brennock"


HEADER_BENCH = """IN THE CORONER'S COURT
Before: Mr Torquil Abernethy-Vance, Assistant Coroner for Norvale

THE CORONER: Good morning. Call the first witness.

MR QUAYLE: Thank you, sir.

THE CORONER: Please sit.
"""


def test_a_before_line_names_the_coroner():
    assert _said(HEADER_BENCH)["THE CORONER"] == "torquil-abernethy-vance"


SHERIFF = """SHERIFFDOM OF NORVALE AT KILBRAE
Sentencing diet
Sheriff Morwenna Gillaspie presiding

THE CLERK: The accused appeared on 11 November.

THE SHERIFF: Thank you. Please sit.

THE ACCUSED: Yes, my Lady.

THE SHERIFF: The court will rise.
"""


def test_a_sheriff_presiding_holds_the_sheriff_and_the_accused_is_no_one():
    said = _said(SHERIFF)
    assert said["THE SHERIFF"] == "morwenna-gillaspie"
    assert said["THE CLERK"] is None
    assert said.get("THE ACCUSED") is None


ARBITRATION = """ARBITRATION HEARING - DAY 2
Tribunal: Mr Osric Pellegrini-Vaux (Presiding), Mrs Ann Kettleby

PRESIDING ARBITRATOR: Good morning. We resume.

MR DANBY: Thank you, sir.

PRESIDING ARBITRATOR: Please go on.
"""


def test_the_presiding_member_of_a_tribunal_list():
    assert _said(ARBITRATION)["PRESIDING ARBITRATOR"] == "osric-pellegrini-vaux"


UN = """Committee on Small States
Provisional record of the 3rd meeting

President: Ms. Ofelia Marques Valdana (Norvalia)

The President: I give the floor to the representative of Kestria.

Mr. Obuya (Kestria): Thank you, Madam President.

The President: I thank the representative of Kestria.
"""


def test_a_titled_cast_name_of_three_words_is_kept_whole():
    assert _said(UN)["The President"] == "ofelia-marques-valdana"


def test_station_manager_rank_is_no_given_name():
    text = """FIRE BRIEFING
Present: Station Manager Kwesi Osei-Brandt, Norvale Fire and Rescue Service.

STN MGR OSEI-BRANDT: Crews attended within six minutes.

REPORTER: Were the alarms working?

STN MGR OSEI-BRANDT: That is part of our investigation.
"""
    assert _said(text)["STN MGR OSEI-BRANDT"] == "kwesi-osei-brandt"


MINUTES = """VILLAGE HALL ASSOCIATION
Verbatim record of the AGM

Present: Mr Fergus Tolmie (Chairman), Mr Ruaridh Dalgleish-Rait (Treasurer).

Chairman: Good evening. The Treasurer's report.

Treasurer: Income for the year was £18,240.

Chairman: Thank you, Ruaridh.

Treasurer: Thank you, Chairman.
"""


def test_a_treasurer_in_brackets_of_a_present_line():
    assert _said(MINUTES)["Treasurer"] == "ruaridh-dalgleish-rait"


ORAL = """Mill Oral History Project
Recording 2024/003
Narrator: Beatriz Ollerenshaw-Pardo
Interviewer: Rhiannon Tegwen Sayce

Q: When did you come to the town?

A: In 1968, in the January.

Q: And your first day?

A: Noisy. That's the first thing.
"""


def test_an_oral_history_header_names_the_q_and_a_turns():
    said = _said(ORAL)
    assert said["A"] == "beatriz-ollerenshaw-pardo"
    assert said["Q"] == "rhiannon-tegwen-sayce"


CAPTION = """SHERIFFDOM OF NORVALE
HMA v TORMOD ALASTAIR BRECKAN
For the accused: Ms Ifeoma Okeke-Laird, solicitor

THE SHERIFF: Stand up, please.

THE ACCUSED: Yes, my Lady.

MS OKEKE-LAIRD: I'm obliged.

THE ACCUSED: I'm sorry.
"""


def test_the_accused_is_the_crown_caption_not_counsel_for_the_accused():
    assert _said(CAPTION)["THE ACCUSED"] == "tormod-alastair-breckan"


FARM = """Farming Hour
Presenter: This is Farming Hour. I'm joined in the studio by Aidan Mac Giolla, who farms \
near Kilbrae, and on the line by Sergeant Oonagh Fee.

Aidan: Well, it was just before Christmas.

Presenter: Sergeant Fee, how often?

SGT FEE: Every week in spring.

Presenter: Aidan, what now?

Aidan: We rebuild the fence.

Presenter: Thank you both. I'm Cathal Ó Duibhir and this is Farming Hour.
"""


def test_a_lone_guest_first_name_and_a_presenter_signing_off():
    said = _said(FARM)
    assert said["Aidan"] == "aidan-mac-giolla"
    assert said["Presenter"] == "cathal-o-duibhir"


PHONE_IN = """THE LUNCHTIME LINE
Transcript for the station archive.

HOST: Good afternoon, I'm Brannagh Quell, and today we talk about buses.

CALLER 1: Hi Brannagh, it's Padraig Ennis-Rourke here. I'm seventy-eight.

HOST: Padraig, has anyone explained why?

CALLER 1: They say the numbers are down.

CALLER 2: Hello there. I'd rather not give my name.

HOST: Thank you. That's the Lunchtime Line.
"""


def test_numbered_callers_who_name_themselves_and_a_host_with_a_common_word_surname():
    said = _said(PHONE_IN)
    assert said["HOST"] == "brannagh-quell"
    assert said["CALLER 1"] == "padraig-ennis-rourke"  # the caller's later turn too
    assert said["CALLER 2"] is None


WEBINAR = """WEBINAR TRANSCRIPT
Hosted by the Basin Health Alliance

Moderator - Dr. Ingrid Hovland: Welcome. First is Dr Jean-Luc Mbemba Kanza, who heads the \
surveillance unit. Then Sister Marie-Ange Lokonga, a nurse-midwife.

Panelist - Dr J.-L. Mbemba: Thank you, Ingrid. Cases rose by 40 percent.

Panelist - Sr Marie-Ange Lokonga: Thank you. On the ward we saw it first.

Moderator - Dr. Ingrid Hovland: Jean-Luc, a follow-up.

Panelist - Dr J.-L. Mbemba: Yes, the rains came early.
"""


def test_a_role_a_dash_and_a_titled_name_with_initials_of_a_longer_name():
    doc = _doc(WEBINAR)
    people = (Entity(id="jean-luc-mbemba-kanza", name="Jean-Luc Mbemba Kanza", type="person",
                     origin="detected"),)
    links = link_speakers([doc], list(people), {"d": {p.id for p in people}})
    by_block = {b: e for _, e, b in links.turns}
    said = {b.speaker: by_block.get(i) for i, b in enumerate(doc.blocks) if b.kind == "turn"}
    assert said["Panelist - Dr J.-L. Mbemba"] == "jean-luc-mbemba-kanza"
    assert said["Panelist - Sr Marie-Ange Lokonga"] == "marie-ange-lokonga"


ARB_WITNESS = """ARBITRATION - DAY 3
Tribunal: Mr Osric Vale (Presiding)

PRESIDING ARBITRATOR: We resume with the cross-examination of Captain Wierzbowski.

THE WITNESS: Understood, sir.

MR RAO: Captain, you were master of the vessel?

THE WITNESS: Yes.

PRESIDING ARBITRATOR: Thank you, Captain Tadeusz Wierzbowski, you are released.
"""


def test_the_witness_under_examination_named_in_full_only_at_the_end():
    assert _said(ARB_WITNESS)["THE WITNESS"] == "tadeusz-wierzbowski"


def test_a_given_name_then_a_family_name_in_capitals_that_is_a_town_too():
    text = """PRESS CONFERENCE
TEAM REPRESENTATIVES: Ayao KOMATSU (Haas)

Q: Ayao, what is missing?

Ayao KOMATSU: Mainly the tyres.
"""
    assert _said(text)["Ayao KOMATSU"] == "ayao-komatsu"


def test_a_questioner_who_gives_a_title_with_the_name():
    text = """WEBINAR
Moderator - Dr. Ingrid Hovland: Questions, please.

Attendee (unmuted): Sorry, can I ask directly? This is Dr Halima Yusufu from the clinic \
in Bunia. Are you seeing resistance?

Moderator - Dr. Ingrid Hovland: Thank you, Halima.
"""
    assert _said(text)["Attendee (unmuted)"] == "halima-yusufu"


CANADA = """Standing Committee on Fisheries
EVIDENCE

The Chair (Mr. Ravindra Thandavan-Osei (Kings—Hants, Lib.)): I call this meeting to order.

Mr. Clovis Arsenault-Brun (South Shore, CPC): Thank you, Mr. Chair.

The Chair: Thank you.
"""


def test_a_holder_with_a_riding_and_party_inside_the_brackets():
    said = _said(CANADA)
    assert said["The Chair (Mr. Ravindra Thandavan-Osei (Kings—Hants, Lib.))"] == \
        "ravindra-thandavan-osei"
    assert said["The Chair"] == "ravindra-thandavan-osei"


PODCAST = """Stack Talk — Episode 9
Transcript

**Maya:** Welcome back. I'm Maya Okafor-Lund, and with me as always is Dev.

**Dev:** Hi. Dev Raghavan-Brook, still recovering.

**Maya:** Our guest runs a reliability team.

**Ingrid:** Hi, I'm Ingrid Solvang-Mercer. Thanks for having me.

**Maya:** Ingrid, the worst page?

**Ingrid:** New Year's Eve.

**Dev:** Painfully relatable.
"""


def test_markdown_bold_first_name_labels_of_a_conversation():
    said = _said(PODCAST)
    assert said["**Maya"] == "maya-okafor-lund"
    assert said["**Ingrid"] == "ingrid-solvang-mercer"


ASSEMBLY = """COUNTY ASSEMBLY OF NORVALE
[The Speaker (Hon. Teddy Mwakio-Kahindi) in the Chair]

Hon. Speaker: Hon. Members, proceed.

Hon. Kenga Mwakalinga: Mr. Speaker, I support the request.

Hon. Speaker: Next Order.
"""


def test_an_honourable_speaker_held_in_brackets_and_an_honourable_members_unlisted_name():
    said = _said(ASSEMBLY)
    assert said["Hon. Speaker"] == "teddy-mwakio-kahindi"
    assert said["Hon. Kenga Mwakalinga"] == "kenga-mwakalinga"


def test_mayor_pro_tem_is_an_office_not_a_given_name():
    text = """CITY COUNCIL
Present: Mayor Pro Tem Luis Arreguín-Watts; Council Member Gordon Blaylock.

Council Member Blaylock: I'll be voting no.

Mayor Pro Tem Arreguín-Watts: The data is in the staff report, Gordon.

Council Member Blaylock: Noted.
"""
    said = _said(text)
    assert said["Mayor Pro Tem Arreguín-Watts"] in (None, "luis-arreguin-watts")


VIVA = """DOCTORAL VIVA VOCE
Candidate: Aoibhinn Fitzgerald-Nkemdi
Internal examiner: Dr Crispin Marlowe-Dent
External examiner: Professor Sunniva Ekdahl-Moore (University of Tromsø)

External Examiner: Could you start with your main contribution?

Candidate: The long time series.

Internal Examiner: Did you consider grazing?

Candidate: Briefly.
"""


def test_examiners_and_the_candidate_of_a_viva_from_its_header():
    said = _said(VIVA)
    assert said["External Examiner"] == "sunniva-ekdahl-moore"
    assert said["Internal Examiner"] == "crispin-marlowe-dent"
    assert said["Candidate"] == "aoibhinn-fitzgerald-nkemdi"


MARTIAL = """GENERAL COURT-MARTIAL
UNITED STATES v. SERGEANT FIRST CLASS DARIUS OKOLIE-BRAND
Military Judge: Colonel Renata Vasquez-Holm
Trial Counsel: Major Ethan Lindqvist-Shaw
Defense Counsel: Captain Priya Ramaswamy-Cole

MJ: This court-martial is called to order.

TC: All parties are present.

DC: The defense calls Chief Warrant Officer Two Marisol Teague.

WIT: Chief Warrant Officer Two Marisol Teague, 3rd Battalion.

DC: How long have you known him?

WIT: Eleven years.

MJ: Sergeant, do you wish to make a statement?

ACC: Yes, ma'am.

MJ: Go ahead.

ACC: I'm ashamed.

TC: Nothing further, ma'am.
"""


def test_a_court_martials_role_initials_from_cast_lines_and_short_role_labels():
    said = _said(MARTIAL)
    assert said["MJ"] == "renata-vasquez-holm"
    assert said["TC"] == "ethan-lindqvist-shaw"
    assert said["DC"] == "priya-ramaswamy-cole"
    assert said["WIT"] == "marisol-teague"
    assert said["ACC"] == "darius-okolie-brand"


BOOK = """FESTIVAL OF IDEAS
"The Salt Road": an evening with novelist Oyinkansola Breckwood
In conversation with Dominic Faraday-Lowe

CHAIR: Good evening. I'm Dominic Faraday-Lowe. Oyinkansola, where did the book begin?

AUTHOR: With a photograph.

CHAIR: Let's go to the audience.

AUTHOR: Thank you.
"""


def test_the_author_of_a_book_event_and_not_the_chair_in_conversation():
    said = _said(BOOK)
    assert said["AUTHOR"] == "oyinkansola-breckwood"
    assert said["CHAIR"] == "dominic-faraday-lowe"
