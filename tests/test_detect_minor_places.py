"""Towns too small for the main gazetteer, and regions named after a place, found where a cue
backs them (synthetic sentences; the town names are GeoNames entries, the wording invented)."""

from __future__ import annotations

from archivist.detect import Detector
from archivist.detect.lexicon import minor_places


def _places(text: str) -> set[str]:
    return {c.name for c in Detector().detect(text) if c.type == "place"}


def test_a_small_town_after_a_locative_is_a_place():
    assert "Wiveliscombe" in _places("The bakery in Wiveliscombe reopened on Monday.")
    assert "Port Fairy" in _places("Ferry crews near Port Fairy waited for the swell to drop.")


def test_a_small_town_on_a_list_a_locative_opened():
    places = _places("Volunteers handed out blankets in Tobermory and Portree on Friday.")
    assert {"Tobermory", "Portree"} <= places


def test_a_small_town_before_its_region_or_an_apposition():
    assert "Tenterden" in _places("Ada Obi moved to Tenterden, England, last spring.")
    assert "Kenmare" in _places("She returned to Kenmare, the town where she grew up.")


def test_a_small_town_needs_a_cue():
    assert "Tenterden" not in _places("Tenterden rose early that morning to open the shop.")
    assert "Wiveliscombe" not in _places("The Wiveliscombe report was late.")


def test_from_a_town_before_a_noun_is_no_place():
    assert "Glamorgan" not in _places("Sharp bowling from Glamorgan seamer Ada Obi won it.")


def test_a_town_that_does_not_go_on_the_list_is_no_place():
    assert "Moengo" not in _places("Rebels were seen south of Paramaribo, Moengo radio reported.")


def test_person_names_and_words_are_no_minor_places():
    minor = minor_places()
    assert "Dingle" in minor and "Bampton" in minor
    assert not {"Maria", "John", "Smith", "Church", "Victoria"} & minor


def test_a_place_and_a_region_noun_name_the_region():
    assert "Nyeri County" in _places("Farmers in Nyeri County planted tea.")
    assert "Kogi State" in _places("A former governor of Kogi State was charged.")
    places = _places("Ohio State beat Michigan State 21-3 on Saturday.")
    assert not {"Ohio State", "Michigan State"} & places


def test_a_word_and_a_region_noun_is_no_region():
    places = _places("Both leaders praised the Union State at the talks in Minsk.")
    assert "Union State" not in places
    assert "Boulder County" in _places("Snow closed roads in Boulder County overnight.")


def test_an_unlisted_name_after_residents_of_or_village_of_is_a_place():
    assert "Quorbala" in _places("Aid workers reached the village of Quorbala on Monday.")
    assert "Velmora Heights" in _places("Residents of Velmora Heights want a new bridge.")
    assert "Quorbala East" in _places("She is a resident of Quorbala East, her lawyer said.")


def test_a_person_or_a_word_after_residents_of_is_no_place():
    places = _places("Residents of Smith and the natives of Green said nothing.")
    assert not {"Smith", "Green"} & places
