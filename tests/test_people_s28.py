"""Session 28's rules against pages that gather unrelated mentions (invented sentences and names
throughout): honours' initials and a courtesy title written short ("el M. H. Sr. Pere Aragonès",
Catalan's "Molt Honorable Senyor") make nobody's name, here or, by cross-document evidence, in
another document; an office addressed after a courtesy title ("Signor Presidente") is nobody;
a place every town has ("City Hall", "Main Street") is no page."""

from __future__ import annotations

import pytest

from archivist.detect import Detector, detect_corpus


def _people(text: str) -> set[str]:
    """The people detected in text, by name."""
    return {c.name for c in Detector().detect(text) if c.type == "person"}


@pytest.mark.parametrize("text, person", [
    ("Ha intervingut també el M. H. Sr. Pau Ferrer i Vidal, president del Consell.",
     "Pau Ferrer i Vidal"),
    ("Presidència de la M. H. Sra. Núria Solé i Martí", "Núria Solé i Martí"),
    ("Respon la H. Sra. Laia Prats i Bosch, consellera de Territori.", "Laia Prats i Bosch"),
])
def test_honours_initials_and_a_courtesy_title_are_no_name(text: str, person: str) -> None:
    people = _people(text)
    assert any(p.startswith(person.split()[0]) for p in people), people
    assert not any(p.split()[-1] in {"Sr", "Sra"} for p in people), people


def test_a_courtesy_title_is_no_surname_in_another_document() -> None:
    catalan = ("Ha intervingut també el M. H. Sr. Pau Ferrer i Vidal, president del Consell, i "
               "la H. Sra. Laia Prats i Bosch, consellera.\n")
    portuguese = ("O Sr. Presidente: — Tem a palavra o Sr. Deputado Rui Matos.\n\n"
                  "O Sr. Rui Matos (PS): — Sr. Presidente, Sr. Primeiro-Ministro, obrigado.\n")
    found = detect_corpus({"a.txt": catalan, "b.txt": portuguese})
    names = {c.name for cands in found.values() for c in cands if c.type == "person"}
    assert "Rui Matos" in names
    assert not any(n.endswith((" Sr", " Sra")) or n in {"Sr", "Sra"} for n in names), names


def test_a_courtesy_title_cut_off_by_its_full_stop_is_nobody() -> None:
    text = ("— La diputada Sra. Marta Llorens Gil, del grupo mixto, formula la pregunta.\n\n"
            "La Sra. Llorens Gil: — Gracias, señor presidente.\n")
    assert "Sra" not in _people(text)


@pytest.mark.parametrize("text", [
    "RIVA (PD). Signor Presidente, il nostro gruppo voterà a favore del provvedimento.",
    "Signora Ministra, la ringrazio per la risposta.",
    "Merci, Monsieur Président, je serai bref.",
    "Muchas gracias, Senor Presidente, seré breve.",
])
def test_an_office_addressed_after_a_courtesy_title_is_nobody(text: str) -> None:
    assert not _people(text) & {"Presidente", "Ministra", "Président"}


def test_a_courtesy_title_before_a_surname_still_names_a_person() -> None:
    assert "Bianchi" in _people("Signor Bianchi, la ringrazio per la risposta.") | \
        _people("Ha parlato il Signor Giacomo Bianchi.") or \
        "Giacomo Bianchi" in _people("Ha parlato il Signor Giacomo Bianchi.")


@pytest.mark.parametrize("text, generic", [
    ("The mayor told reporters at City Hall that he would revise the plan.", "City Hall"),
    ("The bakery on Main Street in Burlington closed after forty years.", "Main Street"),
    ("Crowds filled the Town Square as the results came in.", "Town Square"),
])
def test_a_place_every_town_has_is_no_page(text: str, generic: str) -> None:
    places = {c.name for c in Detector().detect(text) if c.type == "place"}
    assert generic not in places


def test_a_named_town_hall_stays_a_place() -> None:
    text = "Protesters gathered outside Budapest City Hall on Monday."
    assert "Budapest City Hall" in {c.name for c in Detector().detect(text) if c.type == "place"}


SPANISH_RECORD = """Comparecencia del director general de Carreteras

Comparece D. Luis Ortega Pardo, director general de Carreteras, para informar sobre las obras de la
autovía. El director explicó que los trabajos se retrasaron por las lluvias de la primavera y que
el contrato se revisará en el mes de junio.

La Excma. Sra. D.ª Marta Gil Soler, presidenta de la comisión, agradeció la comparecencia y dio la
palabra a los portavoces de los grupos. Los diputados de la oposición pidieron que se publiquen
los informes de las empresas adjudicatarias.

El señor Ortega Pardo respondió que los informes estarán disponibles en la web del ministerio
antes del verano.
"""


def test_don_written_short_in_a_spanish_record_is_no_initial() -> None:
    people = _people(SPANISH_RECORD)
    assert "Luis Ortega Pardo" in people and "D. Luis Ortega Pardo" not in people


def test_an_english_initial_before_a_given_name_stays() -> None:
    assert "J. Edgar Hoover" in _people("J. Edgar Hoover ran the bureau for decades, the "
                                        "historian said on Tuesday.")
