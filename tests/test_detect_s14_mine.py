"""Detection cases from pages read after a collection's blind figures (session 13): buildings
named after a family, and a nation's body named in plain words."""

from __future__ import annotations

import pytest

from archivist.detect import Detector


def _people(text: str) -> set[str]:
    return {c.name for c in Detector().detect(text) if c.type == "person"}


@pytest.mark.parametrize("text", [
    "Visitors can tour the exhibit in the restored Okonkwo House, said Ada Okonkwo.",
    "The Tanaka House was sold last spring to a developer.",
    "A walk leads to the old Brennan Mill by the weir.",
])
def test_a_building_named_for_a_family_is_no_person(text: str) -> None:
    assert not {p for p in _people(text) if p.endswith(("House", "Mill"))}


@pytest.mark.parametrize("text, name", [
    ("The singer Stuart Hall opened the fair.", "Stuart Hall"),
    ("We met the model Jerry Hall in Paris.", "Jerry Hall"),
    ("Asked about it, Edward House said nothing.", "Edward House"),
])
def test_a_person_whose_surname_is_a_building_word_stays(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize("text", [
    "Pledges came from the Japanese and Swiss Red Cross. We hope for more.",
    "Later Swiss Red Cross staff arrived at the camp.",
    "Help came from the Kenya Red Cross on Monday.",
])
def test_a_nations_body_in_plain_words_is_no_person(text: str) -> None:
    assert not _people(text)


def test_a_nationality_before_a_name_is_not_part_of_it() -> None:
    assert "Max Verstappen" in _people("Then Dutch Max Verstappen won the race.")
    assert not {p for p in _people("Then Dutch Max Verstappen won the race.")
                if p.startswith("Dutch")}


def test_an_unlisted_first_name_opening_a_sentence_before_an_apposition_is_the_names() -> None:
    assert "Abdur Rahman Sarkar" in _people("Abdur Rahman Sarkar, a wholesaler, said it was so.")
    assert "Dutchman Ivar Berg" not in _people("Dutchman Ivar Berg, a sailor, won the race.")


def test_a_town_joined_by_de_after_a_locative_is_no_person() -> None:
    assert not _people("Families in Concepción del Oro buy water by the barrel.")
    assert "Carlos dos Santos" in _people("Carlos dos Santos, a farmer, agreed with the plan.")


@pytest.mark.parametrize("text", [
    "A nursery in San Dionisio Ocotepec will give out seedlings.",
    "We met by the doors of Santa Maria Maggiore at noon.",
])
def test_a_saints_word_before_a_given_name_names_a_place_not_a_person(text: str) -> None:
    assert not _people(text)


def test_a_portuguese_or_spanish_honorific_is_no_part_of_the_name() -> None:
    assert "Maria do Socorro Ribeiro" in _people("Then Dona Maria do Socorro Ribeiro said no.")


def test_a_given_name_that_is_a_word_opens_a_name_with_a_particle() -> None:
    assert "Maria da Silva" in _people("Maria da Silva, a farmer, agreed with the plan.")
