"""Offices and roles a header names, and the other offices beside them (session 11)."""

from __future__ import annotations

from pathlib import Path

from .conftest import archive_of
from .test_turns_s11 import _turns


COMMITTEE = """Harbours Committee
Thursday 4 June 2026

Convener: Eilidh Macphail-Strang (Argyll) (SNP)
Deputy Convener: Morag Tennant (Fife) (Lab)

The Convener: Good morning and welcome to the twelfth meeting of the committee. We have one item today, the harbour dues order, and I welcome the minister.

The Minister for Harbours (Callum Rennie-Dow): Thank you, convener. The order raises dues by two per cent.

The Convener: Thank you. Why two per cent?

Morag Tennant: And why now, minister?

The Convener: Minister?

The Minister for Harbours: Because costs have risen, and the piers need work.
"""


def test_a_deputy_is_no_holder_of_the_office_itself(tmp_path: Path):
    turns = _turns(tmp_path, COMMITTEE)
    assert turns["The Convener"] == {"Eilidh Macphail-Strang"}
    assert turns["Morag Tennant"] == {"Morag Tennant"}


BRIEFING = """CENTRAL BANK OF NORVALE
RATES PRESS BRIEFING
Wednesday, 7 October 2026

Presenters: Governor Tamsin Okafor-Reyes; Senior Deputy Governor Dr. Piet Vandermolen
Moderator: Head of Communications

MODERATOR: Good morning, and welcome to the quarterly briefing. My name is Lerato Dubazana-Price, Head of Communications. The Governor will read the statement first.

GOVERNOR: Thank you. The committee held the rate at five per cent, because inflation is inside the range and the currency has been steady for a year.

MODERATOR: Thank you, Governor. Questions, please.

GOVERNOR: Dr. Vandermolen may add to that.

SENIOR DEPUTY GOVERNOR: Only that the projection assumes a normal harvest.
"""


def test_an_office_in_a_header_list_is_its_holder_not_the_deputy_s(tmp_path: Path):
    turns = _turns(tmp_path, BRIEFING)
    assert turns["GOVERNOR"] == {"Tamsin Okafor-Reyes"}
    assert "Piet Vandermolen" not in str(turns["GOVERNOR"])


def test_a_host_who_names_themself_after_a_header_line_of_their_role(tmp_path: Path):
    turns = _turns(tmp_path, BRIEFING)
    assert turns["MODERATOR"] == {"Lerato Dubazana-Price"}
    assert "Moderator" not in turns  # the header line is no turn of hers


HEARING = """UNITED STATES DISTRICT COURT
DISTRICT OF NORVALE

UNITED STATES OF AMERICA,
Plaintiff,
v.                              Case No. 26-cr-101
DWAYNE PATRICK OSTROWSKI,
Defendant.

SENTENCING HEARING

For the Government: GLENDA FAIRWEATHER-COLE, Assistant U.S. Attorney
For the Defendant: MARCUS ADEBAYO-LINDQVIST, Federal Defender

THE COURT: Mr. Adebayo-Lindqvist, have you reviewed the report with your client?

MR. ADEBAYO-LINDQVIST: I have, Your Honor, and we have no objections to it.

THE COURT: Mr. Ostrowski, is there anything you would like to say before sentence?

THE DEFENDANT: Yes, Your Honor. I am sorry for what I did to all of them.
"""


def test_counsel_for_the_defendant_is_not_the_defendant(tmp_path: Path):
    turns = _turns(tmp_path, HEARING)
    assert turns.get("THE DEFENDANT", set()) <= {"Dwayne Patrick Ostrowski"}
    assert "Marcus Adebayo-Lindqvist" not in turns.get("THE DEFENDANT", set())


def test_the_caption_names_the_defendant(tmp_path: Path):
    assert _turns(tmp_path, HEARING)["THE DEFENDANT"] == {"Dwayne Patrick Ostrowski"}


PODCAST = """THE GREEN TABLE - Episode 12

Welcome to The Green Table. I'm Hollis Vantreight, and with me as always is Pat Greaney. Our guest today is the baker Oluwakemi Akande-Reyes, Kemi to her friends, whose bakery in Govan won a prize this year.

HOLLIS: Kemi, welcome.

KEMI: Thank you. I have listened for years.

PAT: What did you have for breakfast?

KEMI: Toast, standing up, at six.

HOLLIS: Kemi Akande-Reyes, thank you so much.

KEMI: Thank you for having me.
"""


def test_a_given_name_cut_from_the_front_is_the_same_person(tmp_path: Path):
    archive = archive_of(tmp_path, {"t.txt": PODCAST})
    people = [e.name for e in archive.entities if "Akande" in e.name]
    assert people == ["Oluwakemi Akande-Reyes"]
    assert _turns(tmp_path / "again", PODCAST)["KEMI"] == {"Oluwakemi Akande-Reyes"}


PRESSER = """CENTRAL BANK OF NORVALE
PRESS BRIEFING

GOVERNOR: The committee held the rate at five per cent, because inflation is inside the range.

Q1: Good morning, Governor. Martina Fonoti-Lees, Norvale Times. Why hold when farmers are struggling?

GOVERNOR: Because a cut now would send the wrong signal, and prices are still rising.

Q2: Ingrid Haldorsen, Radio Norvale. Will the rate move in March?

GOVERNOR: We will see the data first.
"""


def test_numbered_questioners_who_name_themselves(tmp_path: Path):
    turns = _turns(tmp_path, PRESSER)
    assert turns["Q1"] == {"Martina Fonoti-Lees"}
    assert turns["Q2"] == {"Ingrid Haldorsen"}


RECORD = """Security Council
9123rd meeting

President: Mr. Abdoulie Sowe-Njie . . . . . . . . . . (Gambia)
Members: Brazil . . . . Mr. Tavares; Norway . . . . Ms. Lindqvist-Aas

The President (spoke in French): I invite Ms. Lindqvist-Aas to take the floor.

Ms. Lindqvist-Aas: Thank you, Mr. President. The situation has worsened since March.

The President (spoke in French): I thank Ms. Lindqvist-Aas for her statement.
"""


def test_a_record_s_president_behind_dot_leaders(tmp_path: Path):
    assert _turns(tmp_path, RECORD)["The President (spoke in French)"] == {"Abdoulie Sowe-Njie"}


DEBATE = """MAYORAL DEBATE

Attending: Giancarlo Bertoldi-Hayes (Head Coach, Norvale United); Kemal Ostrander (Captain)

MODERATOR: We have ten minutes. Hands up, please.

COACH: Thanks. It was a hard game and we earned the points.

AUDIENCE MEMBER: Hi, my name is Hannah Kowalczyk, I'm a nursing student and I live in Forest Lawn. What about the new stand?

COACH: We will build it when the council lets us.

MODERATOR: Online now, we have Henare.

HENARE: Kia ora, Henare Tawhiri-Ngata, Norvale Radio. Coach, when will the academy players get a chance?

COACH: Soon, Henare. Two of them will be on the bench next week.

HENARE: And the women's side?

COACH: Next season, when the new pitch is ready.
"""


def test_a_role_in_a_bracket_with_its_club_after_a_comma(tmp_path: Path):
    assert _turns(tmp_path, DEBATE)["COACH"] == {"Giancarlo Bertoldi-Hayes"}


def test_a_questioner_who_says_my_name_is_whatever_names_follow(tmp_path: Path):
    assert _turns(tmp_path, DEBATE)["AUDIENCE MEMBER"] == {"Hannah Kowalczyk"}


def test_a_given_name_label_that_gives_its_full_name_and_outlet(tmp_path: Path):
    assert _turns(tmp_path, DEBATE)["HENARE"] == {"Henare Tawhiri-Ngata"}


BRIEFING_ST = """PRESS BRIEFING BY PRESS SECRETARY MARGUERITE ST. CLAIR-VOSS

MS. ST. CLAIR-VOSS: Good morning. I will start with the storms overnight, then questions.

Q: How many homes lost power?

MS. ST. CLAIR-VOSS: About four thousand, and crews are out now.
"""


def test_a_surname_with_a_saint_particle_takes_the_title_s_full_name(tmp_path: Path):
    assert _turns(tmp_path, BRIEFING_ST)["MS. ST. CLAIR-VOSS"] == {"Marguerite St. Clair-Voss"}


def test_hon_is_an_honorific_in_a_label():
    from archivist.speakers_link.names import person_part
    assert person_part("Hon. Grace Nyambura Mwangi (Nominated)").name == "Grace Nyambura Mwangi"
    assert not person_part("Hon. Ochieng'").full


HANSARD = """COUNTY ASSEMBLY OF NORVALE
THE HANSARD
[The Speaker (Hon. Joel Kamau Ndirangu) in the Chair]

Hon. Speaker: Order, Hon. Members. The Member for Lakeview West, proceed.

Hon. Wanjiru Otieno-Ngugi (Lakeview West Ward): Thank you, Mr. Speaker. The wall has collapsed again.

Hon. Speaker: Noted. Next Order.

[The Temporary Speaker (Hon. Peninah Achieng Wafula) in the Chair]

The Temporary Speaker: Clerk, call the next Order.

Hon. Wanjiru Otieno-Ngugi (Lakeview West Ward): Thank you, Madam Temporary Speaker.

The Temporary Speaker: Proceed.
"""


def test_a_speaker_and_a_temporary_speaker_each_named_in_brackets(tmp_path: Path):
    turns = _turns(tmp_path, HANSARD)
    assert turns["Hon. Speaker"] == {"Joel Kamau Ndirangu"}
    assert turns["The Temporary Speaker"] == {"Peninah Achieng Wafula"}


INQUIRY = """PLANNING APPEAL INQUIRY
Day 2
Inspector: Ms Ruth Ashdown-Pike BA(Hons) MA MRTPI
For the Appellant: Mr Gideon Fairlie-Lowe KC

INSPECTOR: Good morning, everybody. We resume with the Council's witness.

MR FAIRLIE-LOWE: Thank you, madam. Mr Jagger, you remain on oath.

INSPECTOR: Please go on.
"""


def test_an_inspector_named_with_degrees_after_the_name(tmp_path: Path):
    assert _turns(tmp_path, INQUIRY)["INSPECTOR"] == {"Ruth Ashdown-Pike"}


INTERVIEW = """Evening Interview (simulcast)

[Intro, voice of the presenter]
Tonight: the mine that divided the south. I'm Malene Heilborg-Kristensen, and my guest in the studio is the new chief executive of Norvale Minerals, Dr Søren Qaavik Lyngholm.

INTERVIEWER: Dr Lyngholm, welcome.

GUEST: Thank you, Malene.

INTERVIEWER: Why is your project different?

GUEST: Because we will not mine uranium.
"""


def test_a_programme_s_introduction_names_its_interviewer_and_guest(tmp_path: Path):
    turns = _turns(tmp_path, INTERVIEW)
    assert turns["INTERVIEWER"] == {"Malene Heilborg-Kristensen"}
    assert turns["GUEST"] == {"Søren Qaavik Lyngholm"}


TRIAL = """STATE OF NORVALE v. WENDELL ODOM-PRATT
BEFORE THE HONORABLE LORETTA J. BANKS-SIMS, CIRCUIT JUDGE

DALE EUGENE HOLLISTER,
having been first duly sworn, was examined and testified as follows:

CROSS-EXAMINATION
BY MS. DEVEREUX-KANE:

Q. Mr. Hollister, you sold the timber?

A. Yes, ma'am, in 2023.

Q. To whom?

A. To the defendant's company.
"""


def test_a_witness_named_on_the_line_before_having_been_sworn(tmp_path: Path):
    assert _turns(tmp_path, TRIAL)["A"] == {"Dale Eugene Hollister"}


COMMITTEE_CALLS = """Planning Committee — Tuesday 3 February 2026

Chair: Cllr Lynn Daveney-Hext
Members present: Cllrs Musgrave-Oke, Tamsin Pengelly

CHAIR: Right, good morning again, everyone, if we can settle down. We're on item 6(b), the farm. Can I check the webcast is running? Thank you. Members, questions?

CHAIR: Councillor Tamsin Pengelly.

CLLR PENGELLY: Thank you, Chair. How many of the homes are affordable?

CHAIR: Thank you. Next.
"""


def test_a_chair_calling_on_a_councillor_is_no_cast_line(tmp_path: Path):
    assert _turns(tmp_path, COMMITTEE_CALLS)["CHAIR"] == {"Lynn Daveney-Hext"}


RADIO = """RADIO NORVALE — Good Evening Norvale

PRESENTER: It's twenty-five to six, you're listening to Good Evening Norvale, and I'm Marion Isbister-Tait. The gales have kept the ferries in port for three nights.

CLIP: "We've got forty trailers on the quay and nowhere to go with them."

PRESENTER: That was skipper Davie Irvine. Well, I'm joined now in the studio by Jonas Leaskmoor, who is the harbourmaster. Jonas, good evening.

INTERVIEWEE: Good evening, Marion.

PRESENTER: When will the ferries sail?

INTERVIEWEE: Tomorrow, if the wind drops.
"""


def test_a_guest_the_presenter_is_joined_by_after_a_clip(tmp_path: Path):
    assert _turns(tmp_path, RADIO)["INTERVIEWEE"] == {"Jonas Leaskmoor"}
