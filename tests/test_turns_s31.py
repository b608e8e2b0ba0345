"""Session 31's speaker labels: Romanian, Hungarian, Baltic, Turkish and Greek offices, chairs
named by a record's header sentence, a Hungarian office after the name, a chair's bracketed
initial, an office then an honorific and a name, the Turkish assembly's dashed labels, and a
call's participants list whose firm follows the name (synthetic texts; people are invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archivist.convert import parse_blocks
from archivist.speakers import label_kind, speaker_name
from tests.test_turns_s11 import _turns


@pytest.mark.parametrize("label, name", [
    ("Ministrul Dorin Lupașcu", "Dorin Lupașcu"),
    ("Martor Costică Vâlceanu", "Costică Vâlceanu"),
    ("Domnul Ionuț Prisăcaru", "Ionuț Prisăcaru"),
    ("Bodnár-Kis Ágota polgármester", "Bodnár-Kis Ágota"),
    ("Official Spokesperson, Shri Vikrant Sahni", "Vikrant Sahni"),
    ("Joint Secretary (East Asia), Smt. Reva Menon", "Reva Menon"),
    ("Belediye Başkanı Tarık Özdağ", "Tarık Özdağ")])
def test_the_person_of_a_label_with_an_office(label, name):
    assert label_kind(label) == "name"
    assert speaker_name(label) == name


@pytest.mark.parametrize("label", ["Grefier", "Procuror", "ELNÖK", "PIRMININKĖ", "ESIMEES",
                                   "BAŞKAN", "MECLİS BAŞKANI", "ΠΡΟΕΔΡΟΣ", "Interpret"])
def test_an_office_alone_is_a_role(label):
    assert label_kind(label) == "role"


def test_a_label_ending_in_a_comma_is_read_without_error():
    assert label_kind("Ann Berg, ") in ("name", "short", "role", None)


ROMANIAN = """CAMERA DEPUTAȚILOR

STENOGRAMA ședinței din 3 martie 2025

Lucrările ședinței au fost conduse de doamna Teodora-Ilinca Mărgărit, vicepreședinte al Camerei.

Doamna președinte de ședință:
Bună ziua. Declar deschisă ședința. Are cuvântul domnul Sorin Pârvulescu.

Domnul Sorin Pârvulescu:
Mulțumesc, doamnă președinte. Drumul de la Vaslui este în continuare închis.

Doamna președinte de ședință:
Mulțumesc. Ședința s-a încheiat.
"""

ESTONIAN = """RIIGIKOGU STENOGRAMM

Istungit juhatab Riigikogu aseesimees Tarmo Kõrvits.

ESIMEES: Tere, head kolleegid. Alustame infotundi. Küsimuse esitab Piret Oras.
Piret Oras: Aitäh! Küsimus on bussiliinide kohta.
ESIMEES: Aitäh! Vastab minister.
"""

LITHUANIAN = """SEIMO POSĖDŽIO STENOGRAMA

Posėdžiui pirmininkauja Seimo Pirmininko pavaduotoja Rūta Jasaitienė

PIRMININKĖ (R. JASAITIENĖ): Gerbiami kolegos, tęsiame posėdį.
PIRMININKĖ: Dėkoju.
PIRMININKĖ (R. JASAITIENĖ): Klausia Tomas Vaidilas.
T. VAIDILAS: Dėkoju, pirmininke. Ar bus pakeistas įstatymas?
PIRMININKĖ (R. JASAITIENĖ): Dėkoju. Motyvai išsakyti.
"""


@pytest.mark.parametrize("text, label, name", [
    (ROMANIAN, "Doamna președinte de ședință", "Teodora-Ilinca Mărgărit"),
    (ESTONIAN, "ESIMEES", "Tarmo Kõrvits"),
    (LITHUANIAN, "PIRMININKĖ", "Rūta Jasaitienė"),
    (LITHUANIAN, "PIRMININKĖ (R. JASAITIENĖ)", "Rūta Jasaitienė")])
def test_a_chair_the_header_sentence_names(tmp_path: Path, text, label, name):
    assert _turns(tmp_path, text)[label] == {name}


HUNGARIAN = """JEGYZŐKÖNYV

Jelen vannak: Bodnár-Kis Ágota polgármester, Fenyvesi Tamás alpolgármester, Sárközy Dóra
alpolgármester

Bodnár-Kis Ágota polgármester: Rátérünk a napirendre. Alpolgármester úr!
Fenyvesi Tamás alpolgármester: Köszönöm. Az előterjesztést a bizottság támogatta.
Bodnár-Kis Ágota polgármester: Köszönöm. Szavazásra bocsátom.
Sárközy Dóra alpolgármester: Támogatom.
"""


def test_a_hungarian_office_after_the_name_names_its_speaker(tmp_path: Path):
    turns = _turns(tmp_path, HUNGARIAN)
    assert turns["Bodnár-Kis Ágota polgármester"] == {"Bodnár-Kis Ágota"}
    assert turns["Fenyvesi Tamás alpolgármester"] == {"Fenyvesi Tamás"}


TBMM = """TBMM TUTANAK DERGİSİ

BAŞKAN: Başkan Vekili Sevgül ÖZKARACA

BAŞKAN – Birleşimi açıyorum. Gündem dışı ilk söz Sayın Yalvaç'ındır.
ERDEM YALVAÇ (Trabzon) – Sayın Başkan, değerli milletvekilleri; heyelan bölgesine gittik.
BAŞKAN – Tamamlayın lütfen.
ERDEM YALVAÇ (Trabzon) – Toparlıyorum Sayın Başkanım, teşekkür ederim.
"""


def test_the_turkish_assemblys_dashed_labels_are_turns():
    turns = [b.speaker for b in parse_blocks(TBMM) if b.kind == "turn"]
    assert turns.count("ERDEM YALVAÇ (Trabzon)") == 2 and turns.count("BAŞKAN") >= 2


def test_a_datelines_town_before_a_dash_is_no_turn():
    text = "Flood\n\nİSTANBUL (AA) – Heavy rain flooded the old town on Monday.\n\nMore later.\n"
    assert not [b for b in parse_blocks(text) if b.kind == "turn"]


CALL = """Q3 2024 Norvalia Energy SA Earnings Call

CORPORATE PARTICIPANTS
Andrei Căpraru Norvalia Energy SA - CEO
Oana Melinte Norvalia Energy SA - CFO

PRESENTATION

Operator: Welcome to the call. I will hand over to Mr. Andrei Căpraru.

Andrei Căpraru - Norvalia Energy SA - CEO: Thank you. The quarter was one of two halves.

Oana Melinte - Norvalia Energy SA - CFO: Thank you, Andrei. Revenue rose nine percent.

Andrei Căpraru - Norvalia Energy SA - CEO: Thank you, Oana. Questions, please.
"""


def test_a_participants_lists_firm_is_no_part_of_the_name(tmp_path: Path):
    turns = _turns(tmp_path, CALL)
    assert turns["Andrei Căpraru - Norvalia Energy SA - CEO"] == {"Andrei Căpraru"}
    assert turns["Oana Melinte - Norvalia Energy SA - CFO"] == {"Oana Melinte"}


HANSARD = """PARLIAMENTARY DEBATES (HANSARD)

THE DEPUTY SPEAKER [THE HON. (DR.) NIRMAL SENARATH] in the Chair.

ORAL ANSWERS TO QUESTIONS

TANK REHABILITATION

The Hon. Chaminda Gunapala
asked the Minister of Irrigation—(a) Will he inform this House of the length rehabilitated?

The Hon. Lasantha Wickremasuriya (Deputy Minister of Irrigation)
Hon. Deputy Speaker, on behalf of the Minister, I table the answer to this question.

The Hon. Chaminda Gunapala
Hon. Deputy Speaker, I have a supplementary question about the contractor at Thalawa.

The Hon. Lasantha Wickremasuriya
Certainly. I will come to Thalawa with the officers of the department next week.

The Hon. Chaminda Gunapala
Thank you. The farmers will be glad to hear that from the Hon. Deputy Minister.

The Hon. Lasantha Wickremasuriya
I will also ask the Secretary to conduct a preliminary inquiry into the complaint.

The Deputy Speaker
Order, please! Next Question.
"""


def test_a_hansards_names_alone_on_their_lines_head_the_speeches(tmp_path: Path):
    turns = _turns(tmp_path, HANSARD)
    assert turns["The Hon. Chaminda Gunapala"] == {"Chaminda Gunapala"}
    assert turns["The Hon. Lasantha Wickremasuriya"] == {"Lasantha Wickremasuriya"}


def test_an_office_with_a_bracket_before_the_comma_and_a_name(tmp_path: Path):
    text = ("Weekly Media Briefing\n\nOfficial Spokesperson, Shri Vikrant Sahni: Good afternoon. "
            "We have a visit to announce.\n\nJoint Secretary (LAC), Shri Arvind Kesari: Thank "
            "you. This is the first visit in a decade.\n\nOfficial Spokesperson, Shri Vikrant "
            "Sahni: Questions, please.\n")
    turns = _turns(tmp_path, text)
    assert turns["Joint Secretary (LAC), Shri Arvind Kesari"] == {"Arvind Kesari"}
    assert turns["Official Spokesperson, Shri Vikrant Sahni"] == {"Vikrant Sahni"}


RAJYA = """RAJYA SABHA

[THE DEPUTY CHAIRMAN in the Chair]

THE DEPUTY CHAIRMAN: Calling attention. Shri Ravi Kumar Sinha.

SHRI RAVI KUMAR SINHA (Bihar): Sir, the floods have come again this year to north Bihar.

THE DEPUTY CHAIRMAN: Please conclude.

[THE VICE-CHAIRMAN (DR. SUBRAT MOHANTY) in the Chair]

SHRI RAVI KUMAR SINHA: Sir, I welcome you, Dr. Subrat Mohanty, to the Chair. One more point.

THE VICE-CHAIRMAN (DR. SUBRAT MOHANTY): Please conclude, Sinhaji.

THE VICE-CHAIRMAN (DR. SUBRAT MOHANTY): Shri Mohd. Naushad Alam.

SHRI MOHD. NAUSHAD ALAM (Bihar): Sir, I thank you for the opportunity to speak today.
"""


def test_a_chair_named_in_brackets_is_not_who_they_call_nor_the_one_before(tmp_path: Path):
    turns = _turns(tmp_path, RAJYA)
    assert turns["THE VICE-CHAIRMAN (DR. SUBRAT MOHANTY)"] == {"Subrat Mohanty"}
    assert "THE DEPUTY CHAIRMAN" not in turns  # the note names another office's holder
