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


@pytest.mark.parametrize("label", ["Ordfører", "Rådmann", "Puhemies", "Marszałek",
                                   "Wicemarszałek", "Rzecznik", "Svědkyně", "Obhájce",
                                   "MODERÁTORKA"])
def test_nordic_polish_and_czech_offices_are_roles(label: str) -> None:
    assert label_kind(label) == "role"


def test_a_finnish_members_party_letters_are_no_part_of_the_name() -> None:
    assert speaker_name("Aino Kokkonen kesk") == "Aino Kokkonen"
    assert speaker_name("Li Andersson vas") == "Li Andersson"


def test_a_finnish_speaker_is_the_one_who_chairs(tmp_path) -> None:
    text = ("Eduskunta\n\nPuhetta johtaa puhemies Jussi Virtamo.\n\n"
            "Puhemies: Kyselytunti alkaa.\n\nAino Kokkonen kesk: Arvoisa puhemies! Kiitos.\n\n"
            "Puhemies: Kiitos.\n")
    assert _speakers(tmp_path, text) == {"Jussi Virtamo", "Aino Kokkonen"}


def test_a_deputy_speaker_is_not_named_with_the_chambers_genitive(tmp_path) -> None:
    text = ("Sejm\n\n(Posiedzeniu przewodniczą marszałek Sejmu Szymon Hołowacki oraz "
            "wicemarszałek Sejmu Dorota Niedzielska)\n\nMarszałek:\nOtwieram posiedzenie.\n\n"
            "Wicemarszałek Dorota Niedzielska:\nDziękuję.\n\nWicemarszałek:\nProszę.\n")
    found = _speakers(tmp_path, text)
    assert "Dorota Niedzielska" in found and not any("Sejmu" in n for n in found)


def test_a_cast_items_holder_is_the_name_it_opens_with_not_its_description(tmp_path) -> None:
    text = ("Presskonferens\n\nMedverkande\n– Helena Wiklund, presschef Länsstyrelsen Norvale "
            "(moderator)\n– Marie Holmgren, landshövding\n\nModerator: Välkomna hit.\n\n"
            "Landshövding Marie Holmgren: Tack.\n\nModerator: Frågor?\n")
    found = _speakers(tmp_path, text)
    assert "Helena Wiklund" in found and "Länsstyrelsen Norvale" not in found
