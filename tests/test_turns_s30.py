"""Session 30's speaker labels: a record's running turn numbers, a party bracket before the turn's
kind, roles after a comma in German, Nordic ministers and chairs, and records that write the
family name first (synthetic texts; people are invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archivist.speakers import label_kind, speaker_name
from tests.conftest import archive_of


@pytest.mark.parametrize("label, name", [
    ("Anf. 4 KARIN LUNDQVIST (S)", "KARIN LUNDQVIST"),
    ("Anf. 5 Statsminister PER HOLMGREN (M)", "PER HOLMGREN"),
    ("01.03 Tine Verhaegen (N-VA)", "Tine Verhaegen"),
    ("02.02 Minister Jean-Marc Dufresne", "Jean-Marc Dufresne"),
    ("Wyss Martin (M-E, GR), für die Kommission", "Wyss Martin"),
    ("Favre Sylvie (RL, NE), pour la commission", "Favre Sylvie"),
    ("Gerber Albert, Bundesrat", "Gerber Albert"),
    ("Dr. Robert Hallmann, Bundesminister für Wirtschaft und Klimaschutz", "Robert Hallmann"),
    ("Statsråd Trygve Aasland Berget [10:12:10]", "Trygve Aasland Berget"),
    ("SRS Brückner", "Brückner")])
def test_the_person_of_a_numbered_bracketed_or_foreign_label(label, name):
    assert label_kind(label) == "name"
    assert speaker_name(label) == name


def test_a_numbered_chairs_label_is_a_role() -> None:
    assert label_kind("Anf. 1 TALMANNEN") == "role"


def _speakers(tmp_path: Path, text: str) -> dict[str, str]:
    archive = archive_of(tmp_path, {"t.txt": text})
    names = {e.id: e.name for e in archive.entities}
    return {names[e] for _, e, _ in archive.speakers}


SWISS = ("Nationalrat\n\nPräsidentin (Wyss Maja): Das Wort hat Herr Gerber.\n\n"
         "Gerber Christian (V, SO): Frau Präsidentin, die Minderheit beantragt Nichteintreten.\n\n"
         "Favre Sylvie (RL, NE): Madame la présidente, nous entrerons en matière. Herr Gerber "
         "irrt.\n\nGerber Christian (V, SO): Frau Favre, das ist mir bekannt.\n\n"
         "Präsidentin (Wyss Maja): Danke, Frau Favre.\n")


def test_a_record_that_writes_the_family_name_first_names_people_given_name_first(tmp_path):
    assert _speakers(tmp_path, SWISS) == {"Maja Wyss", "Christian Gerber", "Sylvie Favre"}


def test_family_first_needs_the_text_to_address_people_by_that_word(tmp_path):
    # The same labels where nobody is "Herr Gerber" or "Frau Favre": left as written.
    text = SWISS.replace("Herr Gerber", "er").replace("Frau Favre", "Sie")
    found = _speakers(tmp_path, text)
    assert "Christian Gerber" not in found and "Sylvie Favre" not in found


def test_a_nordic_records_chair_is_the_one_who_led_the_sitting(tmp_path) -> None:
    text = ("Riksdagens protokoll\n\nSammanträdet leddes av talman Andreas Lindgren.\n\n"
            "Anf. 1 TALMANNEN: Jag öppnar sammanträdet.\n\n"
            "Anf. 2 KARIN LUNDQVIST (S): Fru talman! Tack.\n\n"
            "Anf. 3 TALMANNEN: Tack.\n")
    assert _speakers(tmp_path, text) == {"Andreas Lindgren", "Karin Lundqvist"}
