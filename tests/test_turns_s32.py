"""Session 32's turn rules: the Philippine records' labels closed by a full stop ("SEN. DELA
CRUZ.", "THE CHAIRPERSON (Sen. Roe)."); Vietnamese names in labels kept whole; offices and their
portfolio with no "of" (Indonesian, Malay, Swahili) name no one; the Malaysian Speaker's style;
a member's name in square brackets after the office; honorifics of South-East Asia; a record's
field with its colon aligned is no turn (synthetic texts, invented people)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archivist.convert import parse_blocks
from archivist.speakers import speaker_name
from tests.test_turns_s11 import _turns

SENATE = """SENATE OF THE REPUBLIC
COMMITTEE ON PUBLIC SERVICES

Members: Sen. Maria Luzviminda T. Quiaoit (Chairperson), Sen. Ramon Jose Dimasalang

THE CHAIRPERSON (Sen. Quiaoit). Good morning. The hearing is called to order.

SEN. DIMASALANG. Thank you, Madam Chair. May I ask the resource persons a question?

ATTY. PALAFOX. Good morning, Your Honor. The vessel had its papers.

THE CHAIRPERSON (Sen. Quiaoit). Thank you. We will now hear from the Coast Guard.

ST. LOUIS. This line is a city's name and a full stop, no one's turn.
"""


def test_a_philippine_records_labels_closed_by_a_full_stop(tmp_path: Path) -> None:
    turns = _turns(tmp_path, SENATE)
    assert turns["THE CHAIRPERSON (Sen. Quiaoit)"] == {"Maria Luzviminda T. Quiaoit"}
    assert turns["SEN. DIMASALANG"] == {"Ramon Jose Dimasalang"}
    assert "ST. LOUIS" not in turns


@pytest.mark.parametrize("label, name", [
    ("Council Chairwoman Pham Thi Ngoc Lan", "Pham Thi Ngoc Lan"),
    ("Cục trưởng Cục Thủy lợi Lê Đức Trọng", "Lê Đức Trọng"),
    ("MENTERI PEKERJAAN UMUM", None),
    ("MENTERI HENDRA SIREGAR", "HENDRA SIREGAR"),
    ("NAIBU WAZIRI WA MAJI", None),
    ("Tuan Yang di-Pertua", None),
    ("Menteri Kerja Raya [Dato' Sri Haji Fadzli bin Mohd Zain]", "Fadzli bin Mohd Zain"),
    ("Timbalan Menteri [Dato' Dr. Hajah Rosnah binti Abdul Karim]", "Rosnah binti Abdul Karim"),
    ("Tuan Lee Chean Wei [Bakri]", "Lee Chean Wei"),
    ("KEPALA BALAI WILAYAH (IR. DEDI KURNIAWAN)", "DEDI KURNIAWAN"),
    ("Khun Kittisak Charoenrat", "Kittisak Charoenrat")])
def test_labels_of_south_east_asian_records(label: str, name: str | None) -> None:
    assert speaker_name(label) == name


def test_a_records_field_with_its_colon_aligned_is_no_turn() -> None:
    blocks = parse_blocks("PENGADILAN NEGERI NORVALE\n\nTerdakwa           : Hendro Wicaksono\n"
                          "Saksi              : Rudi Hartanto\n\nHAKIM KETUA: Sidang dibuka.\n\n"
                          "SAKSI: Baik, Yang Mulia.\n")
    speakers = [b.speaker for b in blocks if b.kind == "turn"]
    assert speakers == ["HAKIM KETUA", "SAKSI"]
