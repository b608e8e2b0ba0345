"""Session 19 (mine): page wrongs read on judged pages of unseen collections."""
from __future__ import annotations

import pytest

from .conftest import archive_of


def _kinds(tmp_path, text: str) -> dict[str, str]:
    archive = archive_of(tmp_path, {"a.txt": text})
    return {e.name: e.type for e in archive.entities}


def test_m_is_monsieur_in_a_document_with_french_titles(tmp_path):
    kinds = _kinds(tmp_path, "Séance du conseil\n\nÉgalement présents: M. Simon Lebrun, directeur "
                             "général; Mme Julie Caron, greffière. M. Lebrun a parlé.\n")
    assert kinds.get("Simon Lebrun") == "person"
    assert "M. Simon Lebrun" not in kinds


def test_m_stays_an_initial_without_french_titles(tmp_path):
    kinds = _kinds(tmp_path, "Film news\n\nThe director M. Simon Lebrun spoke in Toronto. "
                             "He said the film was done.\n")
    assert "Simon Lebrun" not in kinds


@pytest.mark.parametrize("role", ["president", "spokesman"])
def test_a_name_in_apposition_may_end_the_sentence(tmp_path, role):
    kinds = _kinds(tmp_path, f"Talks\n\nThe country has a new {role}, Kassym-Jomart Tokayev. "
                             "What comes next is unclear.\n")
    assert kinds.get("Kassym-Jomart Tokayev") == "person"


@pytest.mark.parametrize("body", ["Devon and Cornwall Police", "Dumfries and Galloway Council"])
def test_two_areas_share_one_body(tmp_path, body):
    kinds = _kinds(tmp_path, f"Road closed\n\nOfficers from {body} closed the road near "
                             "Penzance on Sunday.\n")
    assert kinds.get(body) == "organization"
    assert body.split(" and ")[1] not in kinds


@pytest.mark.parametrize("hall", ["Salle Le Chafaud", "Théâtre Le Rideau", "Museo Larco"])
def test_a_hall_or_museum_word_opens_a_place_not_a_person(tmp_path, hall):
    kinds = _kinds(tmp_path, f"Conseil\n\nThe council met in the {hall} on Monday evening.\n")
    assert kinds.get(hall) != "person"


def test_a_masthead_above_the_headline_is_no_person(tmp_path):
    kinds = _kinds(tmp_path, "Lagoon Star, Portville\nVendors move to new site after fire\n"
                             "By Ann Lindqvist\n\nPORTVILLE — Vendors moved on Tuesday.\n")
    assert kinds.get("Lagoon Star") != "person"


@pytest.mark.parametrize("village", ["Desa Sukamaju", "Dusun Kebonagung"])
def test_an_indonesian_village_word_opens_no_persons_name(tmp_path, village):
    kinds = _kinds(tmp_path, f"Village news\n\nFarmers in {village} said the spring had failed "
                             "for the third year.\n")
    assert kinds.get(village) != "person"
