"""Towns of one name in several countries ("Córdoba", "Lagos"): a page keeps the documents about
the country most of them are about; the others' mentions are left unlinked and noted as a doubt
(synthetic fixtures only)."""

from __future__ import annotations

from archivist.detect import Candidate
from archivist.registry import Registry
from archivist.resolution.cluster import resolve_forms

L = "place"


def _place(name: str) -> Candidate:
    return Candidate(name, L, (name,), 1)


def _resolve(docs: dict[str, list[str]]):
    found = {d: [_place(n) for n in names] for d, names in docs.items()}
    texts = {d: ". ".join(names) + "." for d, names in docs.items()}
    return resolve_forms(found, Registry(), texts)


def _docs_of(links, surface: str) -> set[str]:
    return {d for s, _, docs in links if s == surface for d in docs}


ARGENTINA = ["Córdoba", "Rosario", "Mendoza", "Salta"]
SPAIN = ["Córdoba", "Sevilla", "Granada", "Málaga"]


def test_a_town_name_of_two_countries_links_only_the_main_countrys_documents() -> None:
    _, links, _, doubts = _resolve({"a": ARGENTINA, "b": ARGENTINA, "c": SPAIN})
    assert _docs_of(links, "Córdoba") == {"a", "b"}
    doubt = next(d for d in doubts if d.rule == "town name of several countries not linked")
    assert doubt.names == ("Córdoba",) and "Spain" in doubt.evidence and "c" in doubt.evidence


def test_one_countrys_documents_keep_their_page() -> None:
    _, links, _, doubts = _resolve({"a": SPAIN, "b": SPAIN, "c": ["Córdoba", "Sevilla", "Cádiz"]})
    assert _docs_of(links, "Córdoba") == {"a", "b", "c"}
    assert not [d for d in doubts if d.rule == "town name of several countries not linked"]


def test_a_document_of_unclear_country_keeps_its_link() -> None:
    _, links, _, _ = _resolve({"a": ARGENTINA, "b": ARGENTINA, "c": ["Córdoba", "Paris", "Oslo"]})
    assert _docs_of(links, "Córdoba") == {"a", "b", "c"}


def test_a_tie_goes_to_the_largest_namesake() -> None:
    nigeria = ["Lagos", "Ibadan", "Abuja", "Kano"]
    portugal = ["Lagos", "Faro", "Albufeira", "Portimão"]
    _, links, _, _ = _resolve({"a": nigeria, "b": portugal})
    assert _docs_of(links, "Lagos") == {"a"}
