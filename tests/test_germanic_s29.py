"""Session 29: German and Dutch texts, whose capitals are not all names (synthetic texts;
people and some places are invented)."""

from __future__ import annotations

from archivist.detect import Detector
from archivist.detect.germanic import written_in_germanic

GERMAN = ("Hochwasser an der Ilz\n\nVon Anna Lehmbruck\n\nPASSAU (dpa) - Nach tagelangem Regen "
          "hat die Stadt am Montag den Katastrophenfall ausgerufen. Eine Familie musste ihr Haus "
          "verlassen, sagte Oberbürgermeister Jürgen Dallmayr. Bei Untersuchungen fand die "
          "Feuerwehr Schäden in Detmold und in Österreich. Der Zug fuhr nach Herford. Dallmayr "
          "will am Mittwoch berichten. Mein Großvater hat das schon erlebt, sagte Frau Kessler.\n")
DUTCH = ("Brug over de IJssel\n\nDoor Jan Terpstra\n\nHet college heeft dinsdag besloten. "
         "Volgens wethouder Sandra de Wit is de brug nodig, en Van der Meer is het met haar eens. "
         "Een familie uit Tiel reed naar Weert, want de weg bij de dijk was niet veilig. Het is "
         "ook voor de provincie een grote stap, zegt De Wit, maar de kosten zijn nog niet "
         "bekend.\n")


def _typed(text: str) -> dict[str, str]:
    return {c.name: c.type for c in Detector().detect(text)}


def test_the_language_of_a_german_or_dutch_text() -> None:
    assert written_in_germanic(GERMAN) == "de" and written_in_germanic(DUTCH) == "nl"
    assert written_in_germanic("The council met on Monday and the mayor said it was done, "
                               "with the votes of the members for the plan.") == ""


def test_a_german_texts_capitalised_nouns_and_articles_are_no_people() -> None:
    typed = _typed(GERMAN)
    people = {n for n, t in typed.items() if t == "person"}
    assert {"Anna Lehmbruck", "Jürgen Dallmayr", "Kessler"} <= people
    assert not any(w in n for n in people for w in ("Von", "Eine", "Familie", "Bei", "Mein"))


def test_a_german_texts_places_after_its_locatives_and_its_countries() -> None:
    typed = _typed(GERMAN)
    assert {"Detmold", "Herford", "Austria"} <= {n for n, t in typed.items() if t == "place"}


def test_a_dutch_texts_names_with_particles_keep_their_surnames() -> None:
    typed = _typed(DUTCH)
    people = {n for n, t in typed.items() if t == "person"}
    assert {"Jan Terpstra", "Sandra de Wit"} <= people
    assert {"Tiel", "Weert"} <= {n for n, t in typed.items() if t == "place"}


def test_a_german_texts_streets_and_areas_after_their_noun() -> None:
    text = ("Unfall\n\nDer Unfall geschah am Montag auf der Kellinger Hauptstraße im Landkreis "
            "Gotha, als ein Radfahrer den Radweg verließ. Die Polizei sperrte die Straße in "
            "Richtung Ohrdruf, sagte ein Sprecher, und der Verkehr wurde über die Gaisbergstraße "
            "umgeleitet. Es ist nicht das erste Mal, dass auf der Strecke ein Unfall passiert.\n")
    places = {n for n, t in _typed(text).items() if t == "place"}
    assert {"Gotha", "Gaisbergstraße"} <= places
    assert "Hauptstraße" not in places  # every town has one: no page gathers them all
    assert not {"Radweg", "Richtung"} & places


def test_a_german_bodys_word_is_no_part_of_a_name() -> None:
    text = ("Prozess\n\nRichter am Landgericht Vossberg fragte den Zeugen. Anna Roe vom "
            "Bauernverband widersprach, und die Frau sagte, dass es nicht so war. Der Mann ist "
            "auch nicht mit dem Urteil einverstanden, sagte er am Montag.\n")
    people = {n for n, t in _typed(text).items() if t == "person"}
    assert "Anna Roe" in people
    assert not any("Landgericht" in n or "Bauernverband" in n for n in people)


def test_vom_before_a_body_is_no_particle_of_a_name() -> None:
    text = ("Verein\n\nEin besonderer Gruß galt Karl-Heinz Fritzmeier vom Turngau Ortenau, der "
            "die Ehrungen übernahm. Die Mitglieder dankten dem Vorstand für die Arbeit, und es "
            "gab auch eine Ehrung für den Kassierer.\n")
    people = {n for n, t in _typed(text).items() if t == "person"}
    assert "Karl-Heinz Fritzmeier" in people and not any("Turngau" in n for n in people)


def test_two_capitalised_german_words_before_a_colon_are_no_person() -> None:
    text = ("Gefälschtes Kernsalzöl: Bedingte Haft für Ölmüller\n\nEin Ölmüller soll billiges Öl "
            "als Kernsalzöl verkauft haben, sagte die Richterin am Montag in Graz. Das "
            "Kernsalzöl ist nicht aus der Region, und die Kunden wurden getäuscht.\n")
    assert not {n for n, t in _typed(text).items() if t == "person"}
