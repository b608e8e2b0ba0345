"""Speaker labels first met on unseen transcripts (session 14): one public-comment label for
many people, a radio call that names the station called, role words of other languages
(Filipino, Portuguese, Nepali), ships calling on the radio."""

from __future__ import annotations

from pathlib import Path

from archivist.speakers import label_kind

from .conftest import archive_of

from .test_turns_s11 import _turns

BOARD = """Harbourton School District — Board Meeting

PRESIDENT KOWALCZYK: We have three patrons signed up to comment. Please state your name.
PATRON: Hi, I'm Odile Brandvold from Hyrum. A late start would hurt farm families.
PRESIDENT KOWALCZYK: Thank you, Ms. Brandvold. Next.
PATRON: I'd rather not say my name. Teachers are tired by November.
PRESIDENT KOWALCZYK: Thank you. Next.
PATRON: Good evening. Lars Tveitnes, Smithfield. I coach cross-country and the break matters.
PRESIDENT KOWALCZYK: Thank you, Mr. Tveitnes. That closes public comment.
"""


def test_one_label_for_several_people_names_each_turn_by_its_own_words(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, {"t.txt": BOARD})
    doc = archive.documents[0]
    names = {e.id: e.name for e in archive.entities}
    patron = [(block, names[entity]) for _, entity, block in archive.speakers
              if doc.blocks[block].speaker == "PATRON"]
    # the one who would not say her name is nobody's turn; the others are their own
    assert sorted(name for _, name in patron) == ["Lars Tveitnes", "Odile Brandvold"]


RADIO = """JOINT RESCUE CENTRE — RADIO LOG
Log kept by the watch. Call signs as logged.

HARBOUR RADIO: Rescue Centre Nord, Harbour Radio. We have an overdue boat, three on board. Over.
RESCUE CENTRE NORD: Harbour Radio, Rescue Centre Nord, copied. Last known position? Over.
HARBOUR RADIO: Five miles west of the point at 2230. Red hull. Over.
HDMS KNUD RASMUSSEN: Rescue Centre Nord, HDMS Knud Rasmussen, we are forty miles south. Over.
RESCUE CENTRE NORD: Copied, proceed. Over.
"""


def test_a_radio_call_names_the_station_called_not_the_caller(tmp_path: Path) -> None:
    turns = _turns(tmp_path, RADIO)
    assert "Rescue Centre Nord" not in turns.get("HARBOUR RADIO", set())
    assert "HDMS KNUD RASMUSSEN" not in turns  # a ship, named after a person: no person's page


def test_a_ship_label_is_a_role() -> None:
    assert label_kind("HDMS KNUD RASMUSSEN") == "role"
    assert label_kind("MV Ocean Star") == "role"
    assert label_kind("MS RUTH MOLONEY") == "name"  # an honorific, not a motor ship


ASSEMBLY = """BARANGAY SAN ISIDRO — GENERAL ASSEMBLY
Presiding: Punong Barangay Ernesto Dimaculangan

KAPITAN: Magandang umaga po. We start with the drainage project.
KAGAWAD REYES: The canal is finished up to the chapel. We need two more weeks.
RESIDENTE: What about the flooding on Rizal Street, Kap?
KAPITAN: That is next, po.
MGA RESIDENTE: [applause]
"""


def test_filipino_roles_are_no_names(tmp_path: Path) -> None:
    turns = _turns(tmp_path, ASSEMBLY)
    named = {n for names in turns.values() for n in names}
    assert not {"Mga Residente", "Residente", "Kagawad Reyes", "Barangay Ernesto"} & named
    for label in ("RESIDENTE", "MGA RESIDENTE", "KAPITAN"):
        assert label_kind(label) in ("role", None)


def test_portuguese_and_nepali_roles_are_no_names() -> None:
    for label in ("PLATEIA", "SENHORA NA PLATEIA", "APRESENTADORA", "Mahila Sadasya",
                  "Adhyaksha"):
        assert label_kind(label) in ("role", None), label


def _people(tmp_path: Path, text: str) -> set[str]:
    archive = archive_of(tmp_path, {"t.txt": text})
    return {e.name for e in archive.entities if e.type == "person"}


def test_an_office_addressed_is_no_person(tmp_path: Path) -> None:
    text = ("Round-table record\n\nBRAZIL: Mr. Chair, forty per cent is too high. Madam "
            "Chairperson, we agree with Brazil.\n\nURUGUAY: Mr. Chair, we support the text.")
    assert not {"Chair", "Chairperson"} & _people(tmp_path, text)


def test_names_of_places_and_of_daughters(tmp_path: Path) -> None:
    text = ("Old town survey\n\nPlots were built in Beni Isguen and Bounoura since 2015. "
            "Archaeologist Hessa bint Abdullah Al-Sabah said the houses stood on old walls. "
            "Boats crowded around Tal Barahi temple on the lake.")
    people = _people(tmp_path, text)
    assert "Hessa bint Abdullah Al-Sabah" in people
    assert not {"Abdullah Al-Sabah", "Beni Isguen", "Tal Barahi"} & people


def test_an_irish_police_rank_is_no_part_of_the_name(tmp_path: Path) -> None:
    text = ("Court report\n\nGarda Niamh Brown told the court the Garda Síochána had files. "
            "In a statement read by Garda Brown, the victim spoke in Ennis.")
    people = _people(tmp_path, text)
    assert "Niamh Brown" in people and not {"Garda Niamh Brown", "Garda Brown"} & people


def test_a_singapore_office_and_a_tagalog_honorific_are_no_part_of_the_name() -> None:
    from archivist.speakers import speaker_name
    assert speaker_name("MOS Rahayu") == "Rahayu"
    assert speaker_name("KA LITO") in ("Lito", "LITO")


BOAT = """RESCUE LOG

HARBOUR RADIO: Rescue Centre Nord, Harbour Radio. Fishing vessel Nanoq II is overdue. Over.
RESCUE CENTRE NORD: Harbour Radio, copied. Over.
NANOQ II: Rescue Centre Nord, Nanoq II, engine failure, three on board, all well. Over.
RESCUE CENTRE NORD: Nanoq II, copied, a boat is on its way. Over.
"""


def test_a_boat_calling_on_the_radio_is_no_person(tmp_path: Path) -> None:
    assert "NANOQ II" not in _turns(tmp_path / "a", BOAT)
    assert not {"Nanoq Ii", "Nanoq II"} & _people(tmp_path / "b", BOAT)
