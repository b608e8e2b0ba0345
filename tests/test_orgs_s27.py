"""Session 27's organisation rules: a body's name defined with its acronym in brackets, Romance
bodies named noun first, and the Romance "and" inside a capitalised run (synthetic texts;
bodies and people are invented)."""

from __future__ import annotations

from pathlib import Path

from archivist.detect import Detector
from archivist.detect.bodies import names_body, romance_body, spells
from tests.conftest import archive_of


def _typed(text: str) -> dict[str, str]:
    """Detected names by type initial and name ("org Ruritania Water Board" → "org")."""
    return {c.name: c.type for c in Detector().detect(text)}


def _mentions(archive) -> dict[str, set[str]]:
    """Each entity's name → the surfaces linked to it, over the archive."""
    names = {e.id: e.name for e in archive.entities}
    out: dict[str, set[str]] = {}
    for m in archive.mentions:
        out.setdefault(names[m.entity], set()).add(m.text)
    return out


# --- acronyms -------------------------------------------------------------------------------------

def test_initials_spell_an_acronym_with_connecting_words_skipped_or_spelled() -> None:
    assert spells(("Marine", "Accident", "Investigation", "Branch"), "MAIB")
    assert spells(("Economic", "and", "Financial", "Crimes", "Commission"), "EFCC")
    assert spells(("Ministry", "of", "Defence"), "MOD")
    assert spells(("The", "Ruritania", "Non-Governmental", "Forum"), "RNGF")
    assert spells(("UK", "Health", "Security", "Agency"), "UKHSA")
    assert spells(("El", "Instituto", "Nacional", "de", "Estadística"), "INE")
    assert not spells(("Marine", "Accident", "Investigation", "Branch"), "MAB")
    assert not spells(("of", "Defence"), "OD")


def test_a_body_word_must_head_or_end_the_name() -> None:
    assert names_body(("Marine", "Accident", "Investigation", "Branch"))
    assert names_body(("Office", "for", "National", "Statistics"))
    assert names_body(("Instituto", "Nacional", "de", "Estadística"))
    assert not names_body(("Gross", "Domestic", "Product"))
    assert not names_body(("Chief", "Executive", "Officer"))
    assert not names_body(("Special", "Economic", "Zone"))


def test_a_name_defined_by_its_acronym_is_a_body_and_the_acronym_links_to_it(
        tmp_path: Path) -> None:
    text = ("Trawler lost.\n\nThe Ruritanian Marine Accident Investigation Branch (RMAIB) opened "
            "an inquiry on Monday. An RMAIB spokesman said the crew were safe. Investigators of "
            "the RMAIB will visit the harbour.\n")
    other = "Other news.\n\nThe RMAIB was mentioned here without a definition, they said.\n"
    archive = archive_of(tmp_path, {"a.txt": text, "b.txt": other})
    body = next(e for e in archive.entities if e.type == "organization")
    assert body.name == "Ruritanian Marine Accident Investigation Branch"  # not the acronym
    assert "RMAIB" in body.aliases
    linked = [m for m in archive.mentions if m.entity == body.id]
    assert sum(m.text == "RMAIB" for m in linked) == 3  # the bracket and both later mentions
    docs = {d.id: Path(d.source).name for d in archive.documents}
    assert {docs[m.document] for m in linked} == {"a.txt"}  # the other document's is unclear


def test_a_generic_term_with_its_acronym_is_no_body() -> None:
    text = ("Figures.\n\nThe Gross Domestic Product (GDP) of Ruritania grew, the Chief Executive "
            "Officer (CEO) of a bank said, and a Special Economic Zone (SEZ) opened.\n")
    assert "organization" not in _typed(text).values()


def test_two_names_claiming_one_acronym_link_neither(tmp_path: Path) -> None:
    text = ("Two bodies.\n\nThe Democratic Alliance (DA) won a seat, while the Dunmore Assembly "
            "(DA) met in Dunmore Hall. The DA said nothing.\n")
    archive = archive_of(tmp_path, {"a.txt": text})
    assert not any(m.text == "DA" for m in archive.mentions)


# --- Romance bodies, noun first -------------------------------------------------------------------

def test_a_romance_body_is_named_by_its_first_noun() -> None:
    text = ("Informe.\n\nAyer el Tribunal Constitucional falló. Según el Instituto Nacional de "
            "Meteorología, lloverá. La Junta de Andalucía y el Banco de la Nación Argentina "
            "firmaron. A Câmara Municipal de Braga aprovou. L'Agenzia delle Entrate ha detto.\n")
    typed = _typed(text)
    for body in ("Tribunal Constitucional", "Instituto Nacional de Meteorología",
                 "Junta de Andalucía", "Banco de la Nación Argentina",
                 "Câmara Municipal de Braga", "Agenzia delle Entrate"):
        assert typed.get(body) == "organization", body
    assert "Ayer" not in " ".join(typed)  # the sentence's first word is no part of the name


def test_where_a_romance_body_starts_in_a_run() -> None:
    assert romance_body(("Ayer", "el", "Tribunal", "Constitucional")) == 2
    assert romance_body(("Junta", "de", "Andalucía")) == 0
    assert romance_body(("Junta", "de")) is None  # a connecting word ends no name
    assert romance_body(("Carlos", "Ruiz")) is None


def test_the_romance_and_joins_a_body_and_parts_two_people() -> None:
    text = ("Informe.\n\nLa Federação dos Sindicatos de Transportes e Comunicações protestou. El "
            "presidente Tomás Ferrandiz Ruiz y Aurelio Quintana Beltrán se reunieron. El "
            "Ministerio de Cultura y Turismo aprobó el plan.\n")
    typed = _typed(text)
    assert typed.get("Federação dos Sindicatos de Transportes e Comunicações") == "organization"
    assert typed.get("Ministerio de Cultura y Turismo") == "organization"  # "y", no "y."
    assert typed.get("Tomás Ferrandiz Ruiz") == "person"
    assert typed.get("Aurelio Quintana Beltrán") == "person"


def test_the_portuguese_and_parts_two_surnames() -> None:
    typed = _typed("Informe.\n\nOntem, Ferrandiz e Quintanilha falaram com o presidente Tomás "
                   "Ferrandiz.\n")
    assert "Ferrandiz e Quintanilha" not in typed


# --- a firm's one-word name after its trade ----------------------------------------------------

def test_a_one_word_name_after_a_trade_noun_is_a_firm() -> None:
    text = ("Markets.\n\nShares in mining giant Korvanex fell, the telecoms operator Telvaro said "
            "profits rose and the Ruritanian lender Brandtbank will close branches.\n")
    typed = _typed(text)
    assert {typed.get(n) for n in ("Korvanex", "Telvaro", "Brandtbank")} == {"organization"}


def test_a_given_name_or_a_place_after_a_trade_noun_is_no_firm() -> None:
    typed = _typed("Crew.\n\nCamera operator Jane filmed it, and the carrier Brazil said no.\n")
    assert "organization" not in typed.values()


# --- rivers named "X Water"; unknown names after "in" -----------------------------------------

def test_x_water_after_a_word_of_crossing_is_a_river_not_a_utility() -> None:
    typed = _typed("Floods.\n\nA bridge over the Dunmere Water will open. Residents along "
                   "Calder Water were moved. Ruritania Water said supplies were safe.\n")
    assert typed.get("Dunmere Water") == "place"
    assert typed.get("Calder Water") == "place"
    assert typed.get("Ruritania Water") == "organization"


def test_a_person_shaped_name_after_in_waits_for_the_text_to_call_it_a_person() -> None:
    assert "person" not in _typed("Fair.\n\nThe fair was held in Chang Phueak on Saturday, "
                                  "organisers said.\n").values()
    typed = _typed("Vote.\n\nVoters lost confidence in Rishi Vantaraju last year. Vantaraju said "
                   "he would stay on.\n")
    assert typed.get("Rishi Vantaraju") == "person"


def test_an_acronym_written_alone_links_where_it_spells_a_body_of_the_document(
        tmp_path: Path) -> None:
    text = ("Union.\n\nThe Ruritanian Union of Students met on Monday. The RUS said fees would "
            "rise, and the WHO was not consulted, an AIM spokesman added.\n")
    archive = archive_of(tmp_path, {"a.txt": text})
    linked = _mentions(archive)
    assert "RUS" in linked["Ruritanian Union of Students"]
    assert not any("WHO" in forms or "AIM" in forms for forms in linked.values())


def test_a_two_letter_acronym_that_is_a_word_is_not_linked(tmp_path: Path) -> None:
    text = ("ORDER SIGNED IN OSLO\n\nThe Ruritanian Network (RN) and the Intelligent Network (IN) "
            "signed. The RN said it was pleased.\n")
    linked = _mentions(archive_of(tmp_path, {"a.txt": text}))
    assert "RN" in linked.get("Ruritanian Network", set())
    assert not any("IN" in forms for forms in linked.values())
