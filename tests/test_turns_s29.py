"""Session 29's speaker labels of German and Dutch records: offices and forms of address before
a surname, a benches' heckle (synthetic texts; people are invented)."""

from __future__ import annotations

import pytest

from archivist.detect import Detector
from archivist.speakers import label_kind, speaker_name


@pytest.mark.parametrize("label, name", [
    ("De heer Voskamp (VVD)", "Voskamp"), ("Mevrouw Terhorst (GroenLinks)", "Terhorst"),
    ("Wethouder Van Lingen", "Van Lingen"), ("StR Pichlmayr", "Pichlmayr"),
    ("Zeuge Brandauer", "Brandauer"), ("Zwischenruf StR Pichlmayr", "Pichlmayr")])
def test_an_office_or_a_form_of_address_before_a_surname_labels_that_person(label, name):
    assert label_kind(label) == "name"
    assert speaker_name(label) == name


@pytest.mark.parametrize("label", ["Zuruf von der AfD", "Zurufe von den GRÜNEN",
                                   "Zwischenruf von der CDU/CSU"])
def test_a_heckle_from_a_benches_group_is_nobody(label):
    assert label_kind(label) == "role"


def test_a_dutch_or_german_form_of_address_is_no_part_of_the_name() -> None:
    text = ("Raad.\n\nMevrouw Terhorst vroeg het woord, en Wethouder Van Lingen antwoordde. "
            "Ich danke Frau Kollegin Brunnhuber und Herrn Pichlmayr.\n")
    people = {c.name for c in Detector().detect(text) if c.type == "person"}
    assert {"Terhorst", "Van Lingen", "Brunnhuber", "Pichlmayr"} <= people
    assert not any(w in n for n in people for w in ("Mevrouw", "Wethouder", "Kollegin", "Herrn"))


def test_a_dutch_records_chair_is_the_one_its_header_names(tmp_path) -> None:
    from pathlib import Path

    from tests.conftest import archive_of

    text = ("Vergadering\n\nVoorzitter: mevrouw Anna Verhoeven\n\nDe voorzitter: Welkom. Mevrouw "
            "Dekker heeft het woord.\n\nMevrouw Dekker: Dank u wel, voorzitter.\n\nDe voorzitter: "
            "Dank u.\n")
    archive = archive_of(Path(tmp_path), {"nl.txt": text})
    names = {e.id: e.name for e in archive.entities}
    assert {names[e] for _, e, _ in archive.speakers} >= {"Anna Verhoeven"}
