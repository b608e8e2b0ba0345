"""Detection cases found on session 12's unseen corpora (synthetic texts)."""

from __future__ import annotations

import pytest

from archivist.detect import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _names(detector: Detector, text: str, kind: str) -> set[str]:
    return {c.name for c in detector.detect(text) if c.type == kind}


SHEET = ("The visitors held on in the rain.\n\n"
         "NORVALE RANGERS: Pettersen; Okafor, Dunstable, Whitcombe, Marchetti; Loughlin, May; "
         "Fairclough, Oyelaran, Bramwell, Tennant, Scarisbrick, Ludgate. Subs: Hollinrake, "
         "Pemberton, Quigley, Ashdown.\n")


def test_a_team_sheet_with_its_bench_on_the_same_line(detector: Detector):
    people = _names(detector, SHEET, "person")
    assert {"Pettersen", "May", "Ludgate", "Hollinrake", "Ashdown"} <= people


def test_a_list_of_months_is_no_team_sheet(detector: Detector):
    text = "Closing dates: March, April, May, June, July, August, September, October, November."
    assert not _names(detector, text, "person")


def test_a_name_after_in_before_said_is_the_place_not_the_speaker(detector: Detector):
    text = ("Ann Roe, who founded the group after her father's fall in Llanfihangel Rhos, "
            "said she cried when she heard the news.")
    assert "Llanfihangel Rhos" not in _names(detector, text, "person")
    assert "Ann Roe" in _names(detector, text, "person")


@pytest.mark.parametrize("text, whole, kind", [
    ("He studied at the Universidad Autónoma Tomás Frías in the city.",
     "Universidad Autónoma Tomás Frías", "organization"),
    ("Flights landed at Aeropuerto Internacional Jorge Chávez on Monday.",
     "Aeropuerto Internacional Jorge Chávez", "place"),
    ("The march went down Avenida Jorge Chávez on Sunday.", "Avenida Jorge Chávez", "place"),
])
def test_a_name_after_a_head_first_word_names_the_body_or_place(detector: Detector, text: str,
                                                                 whole: str, kind: str):
    assert "Jorge Chávez" not in _names(detector, text, "person")
    assert "Tomás Frías" not in _names(detector, text, "person")
    assert whole in _names(detector, text, kind)


def test_a_title_between_keeps_the_person(detector: Detector):
    assert "Ana Roe" in _names(detector, "Hospital director Ana Roe said it was full.", "person")


@pytest.mark.parametrize("text, name", [
    ("The glacier below Monte Rosa has lost a fifth of its ice.", "Monte Rosa"),
    ("The metro line runs from the port to Nea Elvetia in the east.", "Nea Elvetia"),
])
def test_a_place_word_that_is_a_given_name_after_a_locative(detector: Detector, text: str,
                                                             name: str):
    assert name not in _names(detector, text, "person")


def test_the_same_word_opens_a_person_s_name_elsewhere(detector: Detector):
    assert "Monte Kiffin" in _names(detector, "Coach Monte Kiffin said he was happy.", "person")


def test_a_nickname_after_a_second_given_name_links_the_mention(tmp_path):
    from .conftest import archive_of
    archive = archive_of(tmp_path, {"a.txt": 'Camel milk rules\n\nThe herds were vaccinated, said '
                                             'Abdirahman Ismaaciil "Dheere" Jaamac, a vet.\n'})
    names = {e.id: e.name for e in archive.entities}
    assert ("Abdirahman Ismaaciil Jaamac", 'Abdirahman Ismaaciil "Dheere" Jaamac') in {
        (names[m.entity], m.text) for m in archive.mentions}


def test_a_bridge_named_after_a_saint_is_no_person(detector: Detector):
    text = "Visitors cross the Puente San Roque González de Santa Cruz from Argentina."
    assert not _names(detector, text, "person")


@pytest.mark.parametrize("title", ["Ntate", "Alhaji", "Mzee", "Bapak"])
def test_honorifics_of_other_languages_are_no_part_of_the_name(detector: Detector, title: str):
    text = f"The association's chairman, {title} Thabo Molapo, said prices had risen."
    assert _names(detector, text, "person") == {"Thabo Molapo"}


FORMATION = ("The home side won it late.\n\n"
             "SC Norvale: Pettersen – Okafor, Dunstable, Whitcombe, Van den Berg – Marchetti, "
             "Loughlin, Tennant – Fairclough, Oyelaran, Bramwell. Subs used: Hollinrake, Quigley.\n")


def test_a_sheet_in_formation_lines_is_players_and_no_turn(tmp_path, detector: Detector):
    from .conftest import archive_of
    players = _names(detector, FORMATION, "person")
    assert {"Pettersen", "Van den Berg", "Bramwell", "Quigley"} <= players
    archive = archive_of(tmp_path, {"a.txt": "Derby report\n\n" + FORMATION})
    assert archive.documents[0].meta.kind == "article"
    assert not any(b.kind == "turn" for b in archive.documents[0].blocks)
    assert "SC Norvale" not in {e.name for e in archive.entities if e.type == "person"}


@pytest.mark.parametrize("text, place", [
    ("The Tamar Estuary was silting up, said the harbour master.", "Tamar Estuary"),
    ("They walked down to Assi Ghat before dawn.", "Assi Ghat"),
    ("We camped by Dock Tarn for the night.", "Dock Tarn"),
])
def test_a_water_or_a_ghat_after_a_given_name_is_a_place(detector: Detector, text: str,
                                                          place: str) -> None:
    assert place in _names(detector, text, "place")
