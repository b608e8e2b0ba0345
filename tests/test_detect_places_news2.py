"""Place detection on regional news: lists a listed place opens, part-of-area words, route and
along/between cues (synthetic sentences; the places are gazetteer towns and regions that need a
cue of their own)."""

from __future__ import annotations

import pytest

from archivist.detect import Detector


def _places(text: str) -> set[str]:
    return {c.name for c in Detector().detect(text) if c.type == "place"}


@pytest.mark.parametrize("text, alone, place", [
    ("Parcels bound for Duisburg and Basel were held up.", "Parcels bound for Basel were held up.",
     "Basel"),
    ("Lorries queued for Hamburg, Bremen and Wilhelmshaven overnight.",
     "Lorries queued for Wilhelmshaven overnight.", "Wilhelmshaven"),
])
def test_a_listed_place_opens_a_list(text, alone, place):
    assert place in _places(text)
    assert not _places(alone)  # the weak name alone has no cue


@pytest.mark.parametrize("text, place", [
    ("Cane crops failed in north Queensland this winter.", "Queensland"),
    ("Raids rose across rural Devon last month.", "Devon"),
    ("Prices fell in south-west Devon, the survey found.", "Devon"),
])
def test_a_part_of_area_word_after_a_locative_cues_the_place(text, place):
    assert place in _places(text)


def test_an_area_word_alone_is_no_cue():
    assert not _places("North Queensland voters met. The central Devon group sang.")


@pytest.mark.parametrize("text, place", [
    ("The lorry was stuck along Ludlow bypass roads.", "Ludlow"),
    ("The road between Hereford and Ludlow reopened.", "Ludlow"),
    ("Walkers came via Ludlow on Sunday.", "Ludlow"),
])
def test_along_between_and_via_are_locatives(text, place):
    assert place in _places(text)


def test_between_two_people_is_no_place():
    assert not _places("Talks between Smith and Jones collapsed on Friday.")


@pytest.mark.parametrize("text, places", [
    ("Ferries from Oban to Tobermory ran late.", {"Oban"}),
    ("Buses from Hereford to Ludlow ran late.", {"Ludlow"}),
])
def test_a_route_from_a_place_names_its_other_end(text, places):
    assert places <= _places(text)


def test_to_after_a_place_without_from_is_no_route():
    assert "Ludlow" not in _places("Hereford lost to Ludlow on Saturday.")


def test_a_list_of_towns_after_from_is_places():
    assert {"Cranleigh", "Peaslake"} <= _places("The buyers came from Cranleigh and Peaslake.")


def test_a_town_after_from_that_a_word_follows_is_no_place():
    assert "Cranleigh" not in _places("The batsman from Cranleigh scored.") | \
        _places("A bowler from Cranleigh Wanderers took five.")


@pytest.mark.parametrize("text, place", [
    ("The track ends north of Lake Orla Venn.", "Lake Orla Venn"),
    ("Climbers turned back below Mount Tavi Orren.", "Mount Tavi Orren"),
])
def test_a_place_word_opening_a_three_word_name_makes_a_place_not_a_person(text, place):
    names = {(c.type, c.name) for c in Detector().detect(text)}
    assert ("place", place) in names and not any(t == "person" for t, _ in names)


def test_two_places_joined_by_a_hyphen_before_a_border_are_both_places():
    assert {"Kenya", "Tanzania"} <= _places("Herds massed at the Kenya-Tanzania border.")
    assert not _places("Amsterdam-Rotterdam barrels rose. A Lagos-based group met.")


@pytest.mark.parametrize("text, place", [
    ("Young buyers are moving to Aldershot instead.", "Aldershot"),
    ("Smoke drifted to Tewkesbury overnight.", "Tewkesbury"),
    ("Flights to Ludlow were cancelled.", "Ludlow"),
])
def test_a_motion_or_travel_word_before_to_cues_a_place(text, place):
    assert place in _places(text)


def test_to_after_another_verb_is_no_cue():
    assert "Tewkesbury" not in _places("The award went to Tewkesbury on Friday.")
