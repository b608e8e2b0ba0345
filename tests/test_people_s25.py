"""People pages and speaker turns (session 25): stacked Malay titles, a compound surname as a
label, an initial before a given name, a list of names read as a witness list."""

from __future__ import annotations

from pathlib import Path

from archivist.detect import Detector
from archivist.speakers_link.castlines import cast_person
from archivist.speakers_link.names import SpeakerName, plausible
from archivist.speakers_link.seats import cast_people

from .conftest import archive_of
from .test_turns_s11 import _turns


def _people(text: str) -> set[str]:
    return {c.name for c in Detector().detect(text) if c.type == "person"}


def test_stacked_malay_titles_are_no_name():
    assert cast_people("Tan Sri Dato' Sri Harunrashidi Abdul Malek") == \
        ["Harunrashidi Abdul Malek"]
    assert cast_person("Tan Sri Dato' Rosmadi Hassan") == "Rosmadi Hassan"
    assert _people("Chairman: Tan Sri Dato' Sri Harunrashidi Abdul Malek") == \
        {"Harunrashidi Abdul Malek"}  # no "Dato" page


def test_dato_with_its_apostrophe_is_a_title():
    assert _people("Group CEO: Dato' Shahrulnizam Kassim") == {"Shahrulnizam Kassim"}
    assert _people("The Mayors' Council met on Tuesday.") == set()


AGM = """Norvale Bank Berhad — 40th Annual General Meeting
Transcript of questions and answers

Chairman: Tan Sri Dato' Sri Harunrashidi Abdul Malek
Company Secretary: Wong Mei Fong

CHAIRMAN: Good morning. I call the meeting to order. The first question, please.

COMPANY SECRETARY: Mr. Chairman, the first question is on the dividend.

CHAIRMAN: The dividend is unchanged at sixty sen. Thank you.
"""


def test_a_chair_named_with_stacked_titles(tmp_path: Path):
    turns = _turns(tmp_path, AGM)
    assert turns["CHAIRMAN"] == {"Harunrashidi Abdul Malek"}


DEBATE = """Norvale TV — Mayoral debate, second round
Moderator: Ilija Brnčić
Candidates: Dragutin Vesić (Green List), Snježana Kovar Lendić (independent)

[00:00:10] BRNČIĆ: Good evening. Mr. Vesić, you have ninety seconds.

[00:00:20] VESIĆ: Thank you. The tram line will be finished next year.

[00:01:50] BRNČIĆ: Ms. Kovar Lendić.

[00:01:55] KOVAR LENDIĆ: Promises again. The tram was promised four years ago.

[00:02:30] VESIĆ: It was delayed by the courts.

[00:02:40] KOVAR LENDIĆ: The courts did not dig the road up twice.
"""


def test_two_label_words_that_are_a_compound_surname(tmp_path: Path):
    turns = _turns(tmp_path, DEBATE)
    assert turns["KOVAR LENDIĆ"] == {"Snježana Kovar Lendić"}
    assert turns["VESIĆ"] == {"Dragutin Vesić"}


CEREMONY = """Norvale University — Graduation Ceremony, Morning Session

MASTER OF CEREMONIES: Please be seated. I now invite the Principal, Professor the Hon. T. Oswin Harcourt, to welcome the graduates.

PROFESSOR HARCOURT: Good morning, graduates, families and friends. Today four hundred of you cross this stage.

MASTER OF CEREMONIES: Thank you, Principal.
"""


def test_an_initial_before_a_given_name_after_a_title(tmp_path: Path):
    turns = _turns(tmp_path, CEREMONY)
    assert turns["PROFESSOR HARCOURT"] == {"T. Oswin Harcourt"}


def test_an_initial_then_a_known_given_name_may_open_a_page():
    assert plausible(SpeakerName("T. Oswin Harcourt", True), 1, "PROFESSOR HARCOURT")
    assert not plausible(SpeakerName("T. Qwzzy Harcourt", True), 1, "PROFESSOR HARCOURT")


COMMITTEE = """Inquiry into ferry services
Members present: Ana Brightwater (Chair), Dr Oriel Fanshawe, Keri-Ataahua Tamihana-Rowe, Dr Lucas Penhallow, Jenna Voss

Keri-Ataahua Tamihana-Rowe (Green): Thank you, chair. How many sailings were cancelled?

Dr Lucas Penhallow (Labour): And how many of them for want of crew?
"""


def test_a_list_of_names_is_no_witness_list(tmp_path: Path):
    turns = _turns(tmp_path, COMMITTEE)
    assert turns["Keri-Ataahua Tamihana-Rowe (Green)"] == {"Keri-Ataahua Tamihana-Rowe"}


PHONE_IN = """Radio Norvale — Farmers' Hour
Host: Bintou Sagna
Guest: Minister of Agriculture Lamine Ndour

HOST: Our first caller is on the line from the south.

CALLER (Tidiane Gomis, Kafountine): Hello, Minister. The seed has not come to Kafountine. We were told it would come last month.

MINISTER NDOUR: I hear you, Tidiane. The lorries left the depot on Monday.

CALLER (Ndiogou Faye, Thiès): Hello? Can you hear me? I grow millet.

MINISTER NDOUR: Go on, please.
"""


def test_a_callers_bracketed_name_answered_by_its_given_name(tmp_path: Path):
    turns = _turns(tmp_path, PHONE_IN)
    assert turns["CALLER (Tidiane Gomis, Kafountine)"] == {"Tidiane Gomis"}
    assert "CALLER (Ndiogou Faye, Thiès)" not in turns  # no answer by name: no page


def test_a_commune_of_a_name_is_a_place():
    assert _people("said a rice farmer from the commune of Prey Khmoch.") == set()


def test_a_boat_named_after_someone():
    assert _people("A crew aboard the cutter Walter Brannock found the raft.") == set()


FRENCH = ("Le ministre a inauguré la station de dessalement de la wilaya, qui est la plus grande "
          "du pays. Selon le directeur Karim Belhadi, les coupures d'eau dans les quartiers "
          "seront réduites dès la mise en service de la station, a assuré M. Belhadi, qui était "
          "accompagné du wali. Les travaux ont été lancés en 2022 avec une enveloppe de dix "
          "milliards de dinars.")


def test_m_is_monsieur_in_french_prose():
    assert _people(FRENCH) == {"Karim Belhadi"}
    english = "The bowler M. Dowling took four wickets for the county, and the captain said so."
    assert _people(english) == {"M. Dowling"}  # in English an initial


def test_initials_run_together_open_a_name():
    assert _people("District Collector R.K. Meenakshi said the roads would close.") == \
        {"R.K. Meenakshi"}
    assert _people("Ward councillor T.V. Suresh welcomed the move.") == {"T.V. Suresh"}


def test_run_together_initials_of_a_firm_or_a_country():
    assert _people("said Ann Berg, analyst at R.T. Hollins & Sons.") == {"Ann Berg"}
    assert _people("a deal with K.L. Dannevig - Norship and others") == set()
    assert _people("the U.S. Treasury said on Monday") == set()


def test_a_trade_firm_of_two_surnames_is_no_person():
    text = "Prices eased, Marlow & Quint Tea Brokers said in a weekly report."
    assert _people(text) == set()


def test_ethiopian_mr_before_a_given_name_and_a_fathers_name():
    assert _people("Managing Director Ato Tesfu Gebremichael said exports rose.") == \
        {"Tesfu Gebremichael"}
    assert _people("Ato Tesfu Gebremichael said the firm grew.") == {"Tesfu Gebremichael"}


def test_a_body_before_a_two_word_office_and_its_holder():
    text = "Cynan Fawr chief executive Mair Pritchard said the merger would save money."
    assert _people(text) == {"Mair Pritchard"}


def test_a_cardinals_style_keeps_his_given_name():
    text = ("The Archbishop of Norvale, His Eminence Peter Cardinal Obuzor, was received at the "
            "palace. Cardinal Obuzor, 79, later said Mass.")
    found = [c for c in Detector().detect(text) if c.type == "person"]
    assert [c.name for c in found] == ["Peter Obuzor"]
    assert "Peter Cardinal Obuzor" in found[0].variants
    assert _people("Chicago Cardinal Joseph Brennock said") == {"Joseph Brennock"}


KITCHEN = """Kuhinja s Mirom — Episode 4: Pita
Presented by Miro Dizdarević

MIRO: Welcome to my kitchen! Today a very special guest, who has made pita in Jajce for sixty years. Please welcome Nana Zumra Hadžiabdić!

ZUMRA: Hvala, sine. Thank you.

MIRO: Nana Zumra, what is the secret of a good pita?

ZUMRA: Thin dough. Thinner than paper. And patience.

MIRO: After the break, Nana Zumra shows us the folding.
"""


def test_a_kin_word_before_the_given_name_a_label_uses(tmp_path: Path):
    archive = archive_of(tmp_path, {"k.txt": KITCHEN})
    people = {e.name for e in archive.entities if e.type == "person"}
    assert "Zumra Hadžiabdić" in people and not any(n.startswith("Nana") for n in people)
    assert _turns(tmp_path / "t", KITCHEN)["ZUMRA"] == {"Zumra Hadžiabdić"}


def test_a_kin_word_stays_without_such_a_label(tmp_path: Path):
    text = ("Nana Kwabena Asante-Boateng, the chief of Oda, said on Monday that the farmers "
            "would plant again. Nana Kwabena Asante-Boateng spoke at the durbar.\n")
    archive = archive_of(tmp_path, {"n.txt": text})
    assert "Nana Kwabena Asante-Boateng" in {e.name for e in archive.entities}


def test_the_late_names_someone_who_died():
    text = "The evening celebrates the late Ndongo Faye, with songs by his nephew."
    assert _people(text) == {"Ndongo Faye"}
    assert _people("Talks ran until late Friday in Geneva.") == set()


PODCAST = """Voices of the Reef — Episode 12
Recorded in Nukuʻalofa
Hosts: Vaelua Faleafa, Ben Kautoke-Marsh
Guest: Dr Mele Tupou-Vaea, University of the South Pacific

[00:00:03] Vaelua: Malo e lelei and welcome back. I'm Vaelua, and with me as always is Ben.

[00:00:08] Ben: Hello everyone.

[00:00:10] Vaelua: Today our guest has spent ten years counting coral.

[00:00:15] Ben: And she has brought charts.
"""


def test_a_given_name_label_of_one_person_the_cast_line_names(tmp_path: Path):
    turns = _turns(tmp_path, PODCAST)
    assert turns["Vaelua"] == {"Vaelua Faleafa"}
    assert turns["Ben"] == {"Ben Kautoke-Marsh"}


ORAL_HISTORY = """Harbour Voices Oral History Project
Interview ref. HV/2021/017
Interviewee: Morwenna (Wenna) Tregarthen, b. 1941
Interviewer: Piran Trewhella
Date: 9 June 2021. Location: interviewee's home, Penzance

Q: So you went to the pilchard cellars at thirteen.

A: Thirteen, yes. My mother took me down the first morning and I never looked back.

Q: What was the work like?

A: Salt, salt and more salt. Your hands were raw by the Friday.
"""


def test_an_oral_historys_a_is_the_interviewee_its_header_names(tmp_path: Path):
    turns = _turns(tmp_path, ORAL_HISTORY)
    assert turns["A"] == {"Morwenna Tregarthen"}
    assert turns["Q"] == {"Piran Trewhella"}
    assert "Interviewee" not in turns  # the cast line: no turn of anyone's (session 26)


def test_born_after_a_cast_name_is_no_sentence():
    assert cast_person("Morwenna Tregarthen, b. 1941") == "Morwenna Tregarthen"


INQUEST = """NORVALE CORONER'S COURT
Inquest touching the death of Tobias Quenell (aged 51)
Before: HM Area Coroner for Norvale and the Western Isles, Mr Elwyn Cox

THE CORONER: Good morning. This is the resumed inquest into the death of Mr Quenell, who fell from the harbour wall in November. I will hear the evidence of the harbourmaster first.

MR PENROSE: Thank you, sir.

THE CORONER: Please call the harbourmaster.
"""


def test_the_holder_after_an_office_of_a_place(tmp_path: Path):
    # ("Cox" is a rowing role too: no other reading found him)
    assert _turns(tmp_path, INQUEST)["THE CORONER"] == {"Elwyn Cox"}


HANSARD = """LEGISLATIVE ASSEMBLY OF NORVALE
DEBATES and PROCEEDINGS (Hansard)
The Honourable Wendell Okimaw, Speaker

ORAL QUESTIONS

Mr. Ruben Castellane (Leader of the Official Opposition): Honourable Speaker, the ferry to the islands has not sailed for nine days. When will the minister act?

The Speaker: Order, please. The honourable Minister of Transport.

Hon. Delphine Arcand (Minister of Transport): Honourable Speaker, the new ferry arrives next month.

The Speaker: Order.
"""


def test_a_styled_name_then_the_office_on_a_header_line(tmp_path: Path):
    assert _turns(tmp_path, HANSARD)["The Speaker"] == {"Wendell Okimaw"}


TRIBUNAL = """LAND DISPUTE TRIBUNAL — HEARING RECORD
FOR THE CLAIMANTS: Mr. Sok Vannak
FOR THE RESPONDENT: Ms. Kim Sotheary

CHAIR: We are in session. Mr. Sok, you may begin with the boundary question, and please be brief.

MR. SOK: Thank you. The boundary stone was moved in March; the villagers saw it.

CHAIR: Ms. Kim?

MS. KIM: The stone was never moved. The survey of 2019 shows it where it stands today.
"""


def test_a_family_name_first_after_the_labels_own_title(tmp_path: Path):
    assert _turns(tmp_path, TRIBUNAL)["MS. KIM"] == {"Kim Sotheary"}


NEGOTIATION = """PROCÈS-VERBAL / RECORD OF NEGOTIATION SESSION
Facilitator: Labour Inspector Mme Akissi Brou

FACILITATOR (Mme Brou): I declare the session open. The dockers' union first, please.

M. TANOH (union, Secretary General): Thank you, Madame. Our members carry heavy bags twelve hours a day and the tariff has not moved in six years.

FACILITATOR (Mme Brou): The employers?

M. TANOH (union, Secretary General): We ask only for what was promised.

Signed: for the union, Tanoh Aké Fabrice; for the authority, Brou Amani Jean
"""


def test_m_in_a_label_is_monsieur_where_the_document_writes_french_titles(tmp_path: Path):
    turns = _turns(tmp_path, NEGOTIATION)
    assert turns["M. TANOH (union, Secretary General)"] == {"Tanoh Aké Fabrice"}
