"""Session 21: who a label names when its title is one no list knew (a two-word Malay title,
a police rank, a Filipino or Mexican professional title, "The Hon." of a Hansard, a senior
counsel's letters after the surname, a Fijian chief's "Ratu"), the given names a text writes
before a surname that are a title's second word ("Datuk Seri Azman": no "Seri Azman"), the
surname before "Jr.", first family names (particles too, a given-name word after them), family
and middle names before a Vietnamese given-name label, label words before an honorific and a name
(a role), a dashed cast list's last entry read as a label, role labels a header names in ways no
reading knew ("Before: Deputy State Coroner X", "Chair: The Rt Hon Lady X", "Moderator — Dr X",
"MR. SPEAKER [THE HON. X] in the Chair"), an honorific before a place word ("Mr. Canada"), and a
capitals given-name label after the full label."""

from __future__ import annotations

from archivist.speakers import speaker_name
from archivist.speakers_link import person_part

from .test_turns_s14 import _said


_said_with = _said  # (with the document's detected people)


def test_two_word_malay_title_is_no_name() -> None:
    assert speaker_name("DATUK SERI AZMAN") == "AZMAN"
    assert speaker_name("Tan Sri Rahim Noordin") == "Rahim Noordin"
    assert speaker_name("Dato' Sri Teoh Kah Seng") == "Teoh Kah Seng"
    assert speaker_name("Sri Wahyudi Hartanto") is not None  # "Sri" alone: a given name


def test_ranks_and_professional_titles() -> None:
    assert person_part("ACP TEOH") == person_part("TEOH")
    assert person_part("DSP Ramasamy") == person_part("Ramasamy")
    assert person_part("ATTY. SANTILLAN") == person_part("SANTILLAN")
    assert person_part("ENGR. MACAPAGAL") == person_part("MACAPAGAL")
    assert person_part("MR. WIJESOORIYA PC").name == "Wijesooriya"
    assert person_part("Lic. Ramiro Chávez Olmedo").name == "Ramiro Chávez Olmedo"


def test_the_hon_before_a_whole_name() -> None:
    name = person_part("THE HON. NIROSHA DILANI PERERA")
    assert name is not None and name.name == "Nirosha Dilani Perera"
    assert person_part("THE HON. ANURA SENEVIRATNE (Minister of Ports)").name == \
        "Anura Seneviratne"
    assert person_part("THE HON. MEMBER") is None


BRIEFING = """Media briefing at the state police headquarters
Present: Commissioner Datuk Seri Azman Idris bin Yusof; ACP Teoh Kah Seng, narcotics chief.

DATUK SERI AZMAN: Good afternoon. Four men were arrested on Tuesday at the port.

REPORTER: Were any officers involved?

ACP TEOH: Not at this stage. The company was registered last year with a paid-up capital of RM2.

DATUK SERI AZMAN: Thank you all.
"""


def test_title_second_word_is_no_given_name() -> None:
    said = _said_with(BRIEFING, ["Teoh Kah Seng"])
    assert said["ACP TEOH"] == {"teoh-kah-seng"}
    assert said["DATUK SERI AZMAN"] == {"azman-idris-bin-yusof"}  # never "Seri Azman"
    assert said["REPORTER"] == {None}


def test_malay_title_and_given_name_label_is_not_a_name_cut_with_the_title() -> None:
    # a person named with the title's second word ("Seri Azman …") is not the label's
    said = _said_with(BRIEFING, ["Teoh Kah Seng", "Seri Azman Idris bin Yusof"])
    assert said["DATUK SERI AZMAN"] == {"azman-idris-bin-yusof"}


PHONE_IN = """NORVALE FM — Morning traffic phone-in
Hosts: Nadia Rahim and Mei Ling Koh

Nadia: Good evening. The lines are open. First caller, you are on air.

Caller (Aminah, Klang): Good evening. I support the charge, but the money must go into buses.

Nadia: Thank you, Aminah. Now on the line is Councillor Dato' Seri Wong Kah Seng from the city hall \
board. Dato', thank you for joining us.

Wong: Thank you, Nadia. Nothing has been decided; this is only a study.

Mei: Dato', our caller Aminah says there is no other way to get to work. What do you tell her?

Wong: I tell her she is right, and that is why the charge will not start before the new lines.

Mei: Thank you, Dato'. That was Dato' Seri Wong.
"""


def test_bare_surname_after_malay_title() -> None:
    said = _said_with(PHONE_IN, ["Wong Kah Seng", "Nadia Rahim", "Mei Ling Koh"])
    assert said["Wong"] == {"wong-kah-seng"}
    assert _said(PHONE_IN)["Wong"] != {"seri-wong"}


BOARD = """Local School Board — special meeting
Attendance: Dr. Corazon Dimalanta, Superintendent; Councilor Ramon Tagle Jr.; Mr. Efren Salonga.

Dr. Dimalanta: The meeting is called to order. The supplemental budget is the only item.

Councilor Tagle: Madam Chair, where do the classrooms come from? Last year only half were built.

Dr. Dimalanta: From the special education fund. Councilor Tagle, will you move?

Councilor Tagle: I move to approve the budget with the amendment.
"""


def test_surname_before_a_generation() -> None:
    said = _said_with(BOARD, ["Corazon Dimalanta", "Ramon Tagle Jr"])
    assert said["Councilor Tagle"] == {"ramon-tagle-jr"}
    assert said["Dr. Dimalanta"] == {"corazon-dimalanta"}


CABILDO = """Ordinary session of the town council — stenographic version
Councillors present: Marisol Peña Ortega (Water), Eduardo Carrasco Luis (Tourism)

THE MAYOR: Good morning. Councillor Carrasco has the floor on the tourism report.

COUNCILLOR CARRASCO: Thank you. Visitors rose eleven percent this year.

COUNCILLOR PEÑA: And the water tariffs stay as they are.
"""


def test_first_of_two_family_names_before_a_given_name_word() -> None:
    said = _said_with(CABILDO, ["Marisol Peña Ortega", "Eduardo Carrasco Luis"])
    assert said["COUNCILLOR CARRASCO"] == {"eduardo-carrasco-luis"}


PITCH = """DEMO DAY — Session 2: Agritech
Judges: Ms. Dinh Van Thu, Partner, Delta Ventures; Mr. Kevin Marsh, General Partner.
Founders pitching: Le Thi Bao Chau (StrawCarbon), Pham Quoc Dung (StrawCarbon, CTO).

[00:00:02] Moderator: Welcome back. Our next team comes from Can Tho.

[00:00:10] Bao Chau: Thank you. Every year farmers burn millions of tonnes of rice straw.

[00:04:58] Moderator: Thank you. Questions from the judges?

[00:05:07] Bao Chau: Our first buyer is a trading house, for twelve thousand tonnes.

[00:05:20] Kevin Marsh: What does a farmer get?

[00:05:52] Bao Chau: Thirty percent of the credit revenue and free biochar for their fields.
"""


def test_family_and_middle_name_before_a_given_name_label() -> None:
    said = _said_with(PITCH, ["Kevin Marsh", "Pham Quoc Dung"])
    assert said["[00:00:10] Bao Chau"] == {"le-thi-bao-chau"}


def test_a_name_cut_without_its_family_name_takes_no_label() -> None:
    # the document's person "Van Thu" (a name cut from "Ms. Dinh Van Thu") has no given name
    text = PITCH + "\n[00:06:10] Thu: Who buys your credits today?\n\n" \
        "[00:06:14] Bao Chau: A trading house in Japan.\n"
    assert _said_with(text, ["Kevin Marsh", "Van Thu"])["[00:06:10] Thu"] != {"van-thu"}


GRAM_SABHA = """Ward Sabha Meeting — Ward 9, Norvale Municipality
Proceedings recorded by Kshetra Vikas Adhikari Shri Devendra Kumar Solanki
Present: Ward Councillor Smt. Lalita Devi Meena; about 120 residents.

KSHETRA VIKAS ADHIKARI: The work plan proposes twelve works, most of them on drains.

LALITA DEVI MEENA: The drain on the school road floods every monsoon.

KSHETRA VIKAS ADHIKARI: It is the first work on the list.
"""


def test_label_words_before_an_honorific_and_a_name_are_a_role() -> None:
    said = _said_with(GRAM_SABHA, ["Lalita Devi Meena"])
    assert said["KSHETRA VIKAS ADHIKARI"] == {"devendra-kumar-solanki"}
    assert said["LALITA DEVI MEENA"] == {"lalita-devi-meena"}


CALL = """Norvale Timber Ltd — Q4 Earnings Call
Call participants:
Harri Lindqvist — President and CEO
Elina Saarinen — CFO
Tuula Mäkelä — Head of Investor Relations
Analysts: Erik Holm — SEB; Joonas Aho — Nordea

Operator: Good day and welcome. I would now like to hand over to Tuula Mäkelä.

Tuula Mäkelä: Thank you, operator. With me are our CEO and our CFO.

Harri Lindqvist: Thank you. The quarter was weak for sawn goods, but pulp held up.

Operator: The first question comes from Erik Holm from SEB.

Erik Holm -- SEB: Thanks. Can you say something about demand?
"""


def test_last_entry_of_a_dashed_cast_list_is_no_turn_of_its_own() -> None:
    said = _said_with(CALL, [])
    cast = [label for label in said if "Head of Investor Relations" in label]
    assert all(said[label] == {None} for label in cast)
    assert said["Tuula Mäkelä"] == {"tuula-makela"}
    assert said["Erik Holm -- SEB"] == {"erik-holm"}


INQUEST = """CORONERS COURT — Norvale
INQUEST INTO THE DEATH OF ANN ROE

Before: Deputy State Coroner Philippa Gorringe
Counsel Assisting: Ms Harriet Quayle

HER HONOUR: Yes, Ms Quayle.

MS QUAYLE: Your Honour, the first witness is Senior Constable Bradley Ian Cottee.

SNR CONST COTTEE: I was the first officer on the scene at about 6.40 am.

HER HONOUR: Thank you, Senior Constable.

SNR CONST COTTEE: Thank you, your Honour.
"""


def test_bench_before_a_coroners_titles_and_a_police_rank() -> None:
    said = _said_with(INQUEST, ["Philippa Gorringe", "Harriet Quayle", "Bradley Ian Cottee"])
    assert said["HER HONOUR"] == {"philippa-gorringe"}
    assert said["SNR CONST COTTEE"] == {"bradley-ian-cottee"}
    assert said["MS QUAYLE"] == {"harriet-quayle"}


PRESSER = """NORVALE RUGBY UNION — MEDIA CONFERENCE
In attendance: Ratu Apenisa Vakatawa (head coach); Josaia Lewaravu (captain)

MEDIA MANAGER: Okay, we'll start. Coach will make a short statement.

VAKATAWA: Vinaka. Credit to the other side, they came hard in the second half.

Q: Coach, was the try before half-time the turning point?

VAKATAWA: Yes. We go back to the hotel, ice bath, and we get ready for the semi.
"""


def test_fijian_chief_title_before_the_given_name() -> None:
    said = _said_with(PRESSER, ["Josaia Lewaravu"])
    assert said["VAKATAWA"] == {"apenisa-vakatawa"}


ASSEMBLY = """GENERAL ASSEMBLY OF THE NORVALE CHURCH 2026
Moderator: Rt Rev Dr Fergus Mactavish-Orr
Principal Clerk: Rev Dr Eilidh Carmichael-Rae

The Moderator: Commissioners, we come to section 4. I call the Convener.

Rev Iain Dunlop (Presbytery of the North): Moderator, the section asks for a pilot of shared \
ministry.

The Moderator: Principal Clerk, is the motion in order?

Principal Clerk: It is, Moderator.
"""


def test_office_label_of_role_words_is_no_title_before_a_surname() -> None:
    said = _said_with(ASSEMBLY, ["Fergus Mactavish-Orr", "Eilidh Carmichael-Rae", "Iain Dunlop"])
    assert said["Principal Clerk"] == {None, "eilidh-carmichael-rae"}  # (None: the cast line)


HEARING = """THE NORVALE HARBOUR INQUIRY
Transcript of Proceedings — Day 3

Chair: The Rt Hon Lady Isobel Strachan
Counsel to the Inquiry: Mr Fraser Lennox KC

(10.00 am)

THE CHAIR: Good morning. We resume with the evidence of the harbour master.

MR LENNOX: Thank you, my Lady. I call Mr Angus Tulloch.

THE CHAIR: Thank you, Mr Lennox.
"""


PANEL = """Norvale Climate Forum 2026 — Plenary Panel 3
Panel:
Moderator — Dr. Sigrún Haldorsen, Norvale University
Prof. Henrik Brekke Vassbotn, Polar Institute

[00:00:04] MODERATOR: Good afternoon, and welcome back. Henrik, let me start with you.

[00:00:31] VASSBOTN: Thank you. By the 2040s, most winters will leave the southern part open.

[00:01:10] MODERATOR: Thank you, Henrik.
"""


def test_cast_entry_after_three_titles_and_a_dashed_cast_entry() -> None:
    assert person_part("The Rt Hon Lady Isobel Strachan").name == "Isobel Strachan"
    assert person_part("The Right Honourable Gentleman") is None
    said = _said_with(HEARING, ["Isobel Strachan", "Fraser Lennox"])
    assert said["THE CHAIR"] == {"isobel-strachan"}
    said = _said_with(PANEL, ["Sigrún Haldorsen", "Henrik Brekke Vassbotn"])
    assert said["[00:00:04] MODERATOR"] == {"sigrun-haldorsen"}


HANSARD = """PARLIAMENT OF NORVALE
HANSARD (Unedited)
The Parliament met at 9.30 a.m., MR. SPEAKER [THE HON. RANJITH WEERASOORIYA] in the Chair.

ORAL ANSWERS TO QUESTIONS

MR. SPEAKER: Question No. 1, the Hon. Kumudini Senanayake.

THE HON. KUMUDINI SENANAYAKE: Mr. Speaker, I ask the Question.

MR. SPEAKER: Supplementary question.

THE HON. KUMUDINI SENANAYAKE: When will the scheme be completed?
"""


def test_hansard_office_and_its_bracketed_holder_in_the_chair() -> None:
    said = _said_with(HANSARD, [])
    assert said["MR. SPEAKER"] == {"ranjith-weerasooriya"}
    assert said["THE HON. KUMUDINI SENANAYAKE"] == {"kumudini-senanayake"}


MEETING = """Local School Board — regular meeting
Attendance: Dr. Corazon Dimalanta, Superintendent; Mr. Rodel Canada, Teachers' Representative.

Dr. Dimalanta: The meeting is called to order. Any other business?

Mr. Canada: On behalf of the teachers, we ask the board to pay the allowance on time.

Dr. Dimalanta: Noted. Is there a second to the motion?

Mr. Canada: Seconded.
"""


def test_honorific_and_a_surname_that_is_a_place_word() -> None:
    said = _said_with(MEETING, ["Corazon Dimalanta"])
    assert said["Mr. Canada"] == {"rodel-canada"}


CABILDO_2 = """Ordinary session of the town council — stenographic version
Councillors present: Marisol Peña Ortega (Water), Graciela de la Garza Ruiz (Markets)

THE MAYOR: Good morning. Councillor de la Garza has the floor.

COUNCILLOR DE LA GARZA: The vendors of the market have had no water for two weeks.

THE MAYOR: Thank you. Councillor Peña?

COUNCILLOR PEÑA: The water tariffs stay as they are.
"""


def test_title_then_a_surname_with_particles_first_of_two() -> None:
    assert person_part("COUNCILLOR DE LA GARZA").name.casefold() == "de la garza"
    said = _said_with(CABILDO_2, ["Marisol Peña Ortega"])
    assert said["COUNCILLOR DE LA GARZA"] == {"graciela-de-la-garza-ruiz"}


CLUB_PRESSER = """NORVALE FC — pre-match press conference
PRESS OFFICER (Andrea Quintero): Good afternoon. The coach and the captain will take questions.

Q (Radio Norvale): Teodoro, this may be one of your last games here. How do you feel?

TEODORO VILLAMARÍN: Well, yes, it is special. This stadium is my home.

COACH: He is fine. He will play.

TEODORO: And I am not retiring! (laughter)
"""


def test_capitals_given_name_label_after_the_full_label() -> None:
    said = _said_with(CLUB_PRESSER, [])
    assert said["TEODORO VILLAMARÍN"] == {"teodoro-villamarin"}
    assert said["TEODORO"] == {"teodoro-villamarin"}
