"""Speaker labels first met on unseen transcripts (session 13): phone-in lines in words, a
caller's title before their name, stage directions as turns, a title cut short with a stop,
a title in two languages, a role's initials, a family name first, a role and a plain word."""

from __future__ import annotations

from pathlib import Path

import pytest

from archivist.speakers_link import person_part

from .test_turns_s11 import _turns

PHONE_IN = """KESTREL 98 — THE MORNING LINE
Broadcast from Lethbridge. Topic: the new transit routes.

HOST: Good morning, this is The Morning Line and I'm Carla Brandvold-Imes. Line three, you're first. Go ahead.
LINE THREE: Morning Carla, it's Councillor Helen Oyelaran-Berg from Coaldale.
HOST: Councillor, good morning. Why are you calling?
LINE THREE: Because our buses share the route, and we changed it last year without trouble.
HOST: Thank you, Councillor. Line one now. Go ahead.
LINE ONE: Yeah, hi. I drive a cab and I don't like it.
HOST: Noted. Thanks for calling.
"""


def test_a_line_in_words_is_a_role_named_by_the_callers_own_words(tmp_path: Path) -> None:
    turns = _turns(tmp_path, PHONE_IN)
    assert turns.get("LINE THREE") == {"Helen Oyelaran-Berg"}
    assert "LINE ONE" not in turns  # never named: no page "Line One"


MEETING = """RIVERSIDE BRANCH — GENERAL MEETING
Present: President Odile Tremblay-Kurz; Also: PCSO Emrys Vaughan-Tate, Dyfed-Powys Police

PRESIDENT: Welcome. We'll take the police report first, because the PCSO has to leave early. Emrys, over to you.
PCSO: Thank you, Madam President. In December we had nine reported incidents near the quay.
FLOOR (MIC 2): Hello, Ines Carrow-Mbeki, clerk at the harbour office. Is any of that linked to the slipway?
PCSO: Some of it, yes. The county owns that car park.
MEMBERS: [applause]
PRESIDENT: Thank you, Emrys. Thank you, Ines. That's our time.
"""


def test_a_roles_initials_in_prose_are_no_name_and_the_role_is_named_by_address(
        tmp_path: Path) -> None:
    turns = _turns(tmp_path, MEETING)
    assert turns.get("PCSO") == {"Emrys Vaughan-Tate"}


def test_a_stage_direction_turn_is_never_named(tmp_path: Path) -> None:
    assert "MEMBERS" not in _turns(tmp_path, MEETING)


COUNCIL = """CYNGOR TREF / TOWN COUNCIL — Monthly Meeting
Present / Yn bresennol: Cyng./Cllr Heulwen Prys-Arfon (Maer / Mayor); Cyng./Cllr Tudur Haf-Jenkins

Maer / Mayor: Welcome everyone. Item four first.
Cyng. Haf-Jenkins: Can we have the speed van back outside the school?
Maer / Mayor: I'll ask. Next item.
Cyng. Haf-Jenkins: Thank you.
"""


def test_a_title_cut_short_and_a_title_in_two_languages(tmp_path: Path) -> None:
    assert _turns(tmp_path, COUNCIL).get("Cyng. Haf-Jenkins") == {"Tudur Haf-Jenkins"}


PODCAST = """Kopi Talk — Episode 12
Auto-generated transcript.

Aisyah: Hello and welcome back. I'm Aisyah Rahimi.
Jun Kai: And I'm Jun Kai. Lim Jun Kai, for the new listeners.
Aisyah: So, the floods.
Jun Kai: The floods. Again.
"""


def test_a_name_said_again_after_its_family_name_is_the_whole_name(tmp_path: Path) -> None:
    assert _turns(tmp_path, PODCAST).get("Jun Kai") == {"Lim Jun Kai"}


@pytest.mark.parametrize("label", ["LINE TWO", "Caller Seven"])
def test_a_numbered_role_in_words_names_no_one(label: str) -> None:
    assert person_part(label) is None


def test_a_role_and_a_plain_word_names_no_one(tmp_path: Path) -> None:
    text = ("Kopi Talk — Episode 3\n\nHOST: Welcome back. We have a voice note.\n"
            "VOICE NOTE: Hi, this is about the floods in my street.\n"
            "HOST: Thanks for that voice note.\nVOICE NOTE: And one more thing.\n")
    assert "VOICE NOTE" not in _turns(tmp_path, text)


@pytest.mark.parametrize("label, name", [("Reporter Smith", "Smith"), ("Judge Green", "Green"),
                                         ("Insp. Okafor", "Okafor")])
def test_a_role_and_a_surname_keeps_the_surname(label: str, name: str) -> None:
    assert person_part(label).name == name


DEBATE = """CANDIDATES' DEBATE — RIVERTON NORTH
Moderator: Abena Mensah-Quaye

MODERATOR: Good evening. As an independent, Mr Kobina Arhin-Bekoe. Each of you has two minutes.
INDEPENDENT: Thank you. I am Kobina Arhin-Bekoe, a teacher for twenty years.
MODERATOR: Mr Arhin-Bekoe, why should anyone trust you?
INDEPENDENT: Because I have no party to obey.
"""


def test_a_plain_word_label_is_no_ones_surname(tmp_path: Path) -> None:
    turns = _turns(tmp_path, DEBATE)
    assert turns.get("INDEPENDENT") == {"Kobina Arhin-Bekoe"}


@pytest.mark.parametrize("label", ["SECRETARIO DE SEGURIDAD", "PROREKTORICA ZA NASTAVU",
                                   "Provins Ofisa", "PORTE-PAROLE", "AUNTIE DEDE"])
def test_an_office_in_another_language_or_kin_title_names_no_one_in_full(label: str) -> None:
    name = person_part(label)
    assert name is None or not name.full


def test_a_judges_bracketed_name_wins_over_the_benchs_last_holder(tmp_path: Path) -> None:
    text = """AFRICAN COURT — PUBLIC HEARING
Bench: Judge Ben Kioko-Amani (presiding), Lady Justice Nomsa Ntsebeza-Dube

JUDGE (Judge Kioko-Amani): Counsel, proceed.
COUNSEL: Thank you, your honour. The beach was closed in March.
JUDGE (Lady Justice Ntsebeza-Dube): And after March, where do those women work now?
COUNSEL: In the market at the port.
"""
    turns = _turns(tmp_path, text)
    assert not any("Kioko" in n for n in turns.get("JUDGE (Lady Justice Ntsebeza-Dube)", set()))


def test_a_production_cue_is_never_named(tmp_path: Path) -> None:
    text = """ULSTER NIGHTLY — 6PM BULLETIN
Presenter: Aoibheann Kerr-Doyle

PRES: Good evening. The road scheme is delayed again, says the department.
GFX: Road scheme — timeline 2007 to 2026
PRES: Our reporter has more.
SOUND: Traffic on the bypass
PRES: That's all from us tonight. Thank you for watching.
"""
    turns = _turns(tmp_path, text)
    assert "GFX" not in turns and "SOUND" not in turns
