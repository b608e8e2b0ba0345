"""Session 29's header rules: a saved page's furniture in other languages (skip links, cookie
notices and their buttons, account links, a bare domain, German and Dutch clock lines and
sections) and a kicker right on its headline (synthetic texts)."""

from __future__ import annotations

import pytest

from archivist.convert import parse_blocks
from archivist.mastheads import furniture
from archivist.metadata import detect
from archivist.placeline import date_only

BODY = ("KELLING (dpa) - Der Gemeinderat hat am Dienstag nach langer Debatte den Plan "
        "beschlossen, sagte die Bürgermeisterin, und die Arbeiten beginnen im Frühjahr.\n\n"
        "Die Fischer wollen die Kosten genau beobachten.\n")


def _title(text: str) -> str:
    found, _ = detect(parse_blocks(text))
    return found["title"]


@pytest.mark.parametrize("line", [
    "Zum Inhalt springen", "Naar de inhoud", "Aller au contenu", "Saltar al contenido",
    "Wir verwenden Cookies und ähnliche Technologien, um unser Angebot zu verbessern.",
    "Wij en onze partners gebruiken cookies. [Akkoord] [Instellingen wijzigen]",
    "Alle akzeptieren    Nur notwendige    Einstellungen", "Abo  Anmelden",
    "Jetzt abonnieren   Login", "kelling.example.de", "Kellinger Stimme  |  Nordmark"])
def test_a_saved_pages_furniture_in_other_languages(line: str):
    assert furniture(line)


@pytest.mark.parametrize("line", ["Hafen bekommt neue Mole",
                                  "Gericht verbietet Cookies ohne Einwilligung",
                                  "Kellinger Hafen"])
def test_a_headline_is_no_furniture(line: str):
    assert not furniture(line)


def test_a_german_or_dutch_clock_line_is_a_date_alone():
    assert date_only("12.02.2025, 15:31 Uhr") and date_only("Stand: 03.03.2025 14:02 Uhr")


@pytest.mark.parametrize("kicker", ["Prozess in Kelling", "Hafen",
                                    "Ausstellung im Zentrum Kelling"])
def test_a_kicker_right_on_the_headline_is_no_title(kicker: str):
    text = (f"Kellinger Stimme  |  Nordmark\nAbo  Anmelden\n\n{kicker}\n"
            f"Gemeinderat beschließt die neue Mole im Hafen\n\n{BODY}")
    assert _title(text) == "Gemeinderat beschließt die neue Mole im Hafen"


@pytest.mark.parametrize("under", ["\n\nVon Anna Roe", "\nPublié le mardi 3. März 2023",
                                   "\nVon Anna Roe und Tom Lee, Kelling"])
def test_a_headline_over_its_byline_or_date_stays_the_title(under: str):
    text = f"Gemeinderat beschließt die Mole\n{under}\n\n{BODY}"
    assert _title(text) == "Gemeinderat beschließt die Mole"
