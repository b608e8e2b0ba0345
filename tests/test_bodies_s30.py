"""Session 30: German and Dutch bodies named by their word ("Landgericht Bielefeld",
"Bundesamt für Umwelt", "Rechtbank Limburg"; synthetic texts, invented people)."""

from __future__ import annotations

from archivist.detect import Detector

GERMAN = ("Prozess in Bielefeld\n\nDie Staatsanwaltschaft Bielefeld hat Anklage erhoben. Das "
          "Landgericht Bielefeld verhandelt ab Montag. Der Staatssekretär im Bundesministerium "
          "für Digitales und Verkehr, Henning Albrecht (SPD), sagte, das Bundesamt für Umwelt "
          "prüfe den Fall. Auch die Thüringer Polizei und die Freiwillige Feuerwehr Ladenburg "
          "waren im Einsatz. Die Polizei sagte, der Verein habe sich gemeldet. Albrecht wohnt "
          "in Gotha.\n")
DUTCH = ("Zaak in Roermond\n\nDe Rechtbank Limburg doet donderdag uitspraak in de zaak tegen "
         "een man uit Venlo. Hij werd vorig jaar bij een controle aangehouden, maar het is nog "
         "niet duidelijk wat er met hem gebeurt. Volgens de "
         "Veiligheidsregio Limburg-Noord was er geen gevaar. Het Ministerie van Infrastructuur en "
         "Waterstaat reageert niet. De politie en de brandweer waren snel ter plaatse, zegt "
         "burgemeester Jan de Vries.\n")


def _found(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in Detector().detect(text):
        out.setdefault(c.type, set()).add(c.name)
    return out


def test_a_german_body_is_its_word_and_its_town_or_its_field() -> None:
    found = _found(GERMAN)
    assert {"Staatsanwaltschaft Bielefeld", "Landgericht Bielefeld",
            "Bundesministerium für Digitales und Verkehr", "Bundesamt für Umwelt",
            "Thüringer Polizei", "Freiwillige Feuerwehr Ladenburg"} <= found["organization"]
    assert "Henning Albrecht" in found["person"]  # the name after the field's comma is a person
    assert not any(o in found["organization"] for o in ("Polizei", "Verein", "Die Polizei"))


def test_a_dutch_body_is_its_word_and_its_name() -> None:
    found = _found(DUTCH)
    assert {"Rechtbank Limburg", "Veiligheidsregio Limburg-Noord",
            "Ministerie van Infrastructuur en Waterstaat"} <= found["organization"]
    assert not any(o.lower() in ("politie", "brandweer") for o in found["organization"])


def test_a_body_word_without_a_name_is_no_body() -> None:
    text = ("Einsatz in Gotha\n\nDie Polizei und die Feuerwehr kamen schnell. Das Landgericht "
            "hat entschieden, sagte der Sprecher der Staatsanwaltschaft am Montag.\n")
    assert not _found(text).get("organization")


def test_a_red_cross_society_after_a_demonym_is_a_body_not_a_person() -> None:
    found = _found("Talks\n\nThe Norvalian Red Cross president Ann Roe said on Monday that the "
                   "Kenya Red Crescent had sent help.\n")
    assert {"Norvalian Red Cross", "Kenya Red Crescent"} <= found["organization"]
    assert "Red Cross" not in found.get("person", set())


def test_a_romance_valley_is_a_place_and_val_alone_a_given_name() -> None:
    found = _found("Valais > Val d'Anniviers\n\nLes chalets du Val de Bagnes ont été évacués. Le "
                   "Val di Norvale aussi, a dit Val Kilmer.\n")
    assert {"Val d'Anniviers", "Val de Bagnes", "Val di Norvale"} <= found["place"]
    assert not any(n.startswith("Val ") and n != "Val Kilmer" for n in found.get("person", ()))


def test_a_towns_trade_after_a_surname_is_a_firm_and_a_foreign_photo_credit_no_person() -> None:
    found = _found("Store turns 100\n\nThe owners of Berglund Hardware and Mattson Lumber met on "
                   "Tuesday, said Ann Roe.\n\n(Foto Bedolini)\n\nFot. Kowalczyk\n")
    assert {"Berglund Hardware", "Mattson Lumber"} <= found["organization"]
    assert not found.get("person", set()) & {"Berglund Hardware", "Foto Bedolini",
                                              "Fot. Kowalczyk"}


def test_polish_and_czech_bodies_open_with_their_noun() -> None:
    text = ("Tramwaj\n\nRada Dzielnicy Brzeźno zgodziła się na to. Muzeum II Wojny Światowej "
            "otworzy wystawę, a Komenda Powiatowa Policji w Nowym Targu prowadzi sprawę. Rada "
            "Nowak powiedziała, że jest zadowolona, bo to już jest prawie gotowe i nie ma się "
            "czego bać w tej sprawie.\n")
    found = _found(text)
    assert {"Rada Dzielnicy Brzeźno", "Komenda Powiatowa Policji"} <= found["organization"]
    assert "Rada Nowak" in found["person"]  # a given name before a surname: a woman
    assert not found["person"] & {"Rada Dzielnicy Brzeźno", "Muzeum II"}
