"""Place detection on modern news: unlisted places by their cue, and place words that name
something else (synthetic fixtures only: invented places, people and wording)."""

from __future__ import annotations

import pytest

from archivist.detect import Detector


def _names(text: str) -> set[tuple[str, str]]:
    return {(c.type, c.name) for c in Detector().detect(text)}


def _places(text: str) -> set[str]:
    return {n for t, n in _names(text) if t == "place"}


@pytest.mark.parametrize("text, place", [
    ("Prices rose fastest in Quelvaton, the agency said.", "Quelvaton"),
    ("In Quelvaton, prices rose by a third.", "Quelvaton"),
    ("A school he built in Morvadu still stands.", "Morvadu"),
    ("She grew up near Brastova Heights on the coast.", "Brastova Heights"),
    ("The stalls in Tarnu Koliwada were closed on Friday.", "Tarnu Koliwada"),
])
def test_an_unlisted_name_after_a_locative_is_a_place(text, place):
    assert place in _places(text), _names(text)


@pytest.mark.parametrize("text, name", [
    ("The fund took a stake in Quelvaton last year.", "Quelvaton"),
    ("It plans to invest $200 million in Quelvaton over five years.", "Quelvaton"),
    ("The letter was written in Swahili, she said.", "Swahili"),
    ("He wrote in Quelvaton, the weekly, that rents had doubled.", "Quelvaton"),
    ("Voters lost faith in Morvadu after the vote.", "Morvadu"),
    ("Rates rose in May and fell in June.", "May"),
    ("Demand grew in Quelvaton shares.", "Quelvaton"),  # a lowercase noun: the name qualifies it
    ("Growth was strongest in NATO members.", "NATO"),
])
def test_an_unlisted_name_after_in_that_is_no_place(text, name):
    assert name not in _places(text), _names(text)


def test_a_listed_and_name_is_read_whole():
    assert "Newfoundland and Labrador" in _places("Fishers in Newfoundland and Labrador say so.")


def test_a_comma_after_a_place_opens_a_list_only_where_one_goes_on():
    names = _places("In Auckland, Robertson faces a review of the season.")
    assert "Robertson" not in names and "Auckland" in names
    assert {"Leeds", "Rotherham", "Hull"} <= _places("Floods hit homes in Leeds, Rotherham and "
                                                     "Hull.")
    assert "Surrey" in _places("Her branch in West Byfleet, Surrey.")


@pytest.mark.parametrize("text, places", [
    ("It will start in the Quelvo, Tarsanu and Morvadu districts, before a national rollout.",
     {"Quelvo", "Morvadu"}),
    ("Miners in the Quelvo and Western regions sold gold.", {"Quelvo", "Western"}),
    ("Farmers in Tarsanu and Morvadu governorates dry the leaves.", {"Tarsanu", "Morvadu"}),
])
def test_names_in_a_list_before_a_plural_region_noun_are_regions(text, places):
    assert places <= _places(text), _names(text)


def test_party_words_and_cities_before_a_region_noun_are_no_regions():
    assert not _places("Turnout in Democratic and Republican states rose.")
    assert not _places("Turnout in the Democratic and Republican districts rose.")
    # cities before a plural region noun: the regions, not the cities
    assert _places("Strikes hit the Pskov and Smolensk regions.") == {"Pskov region",
                                                                    "Smolensk region"}


def test_a_listed_region_before_its_noun_is_named_without_another_cue():
    assert "Hatay" in _places("Hatay province, whose capital is Antakya, was hit hardest.")


@pytest.mark.parametrize("text, name", [
    ("Tanaka at Quelvaton is now raising her estimate.", "Quelvaton"),
    ("Jane Roe, an analyst at Quelvaton, said so.", "Quelvaton"),
    ("He works at Quelvaton, where he leads sales.", "Quelvaton"),
    ("Parties in Quelvo, Serb and Croat sectors met.", "Quelvo"),
    ("Sales rose in January-May, data showed.", "January-May"),
    ("A first baseman at Double-A Quelvaton; a pitcher.", "Double-A Quelvaton"),
    ("Her novel La ciudad (The City of Dogs) has won a prize.", "City of Dogs"),
])
def test_no_place_where_the_cue_names_a_workplace_a_qualifier_or_a_title(text, name):
    assert name not in _places(text), _names(text)


def test_a_venue_after_at_is_a_place():
    assert "Quelvafield" in _places("Fans gathered at Quelvafield on Sunday.")
    assert "City of London" in _places("Talks were held in the City of London.")


def test_a_river_named_after_a_town_is_a_place():
    assert "Flint River" in _places("The city switched its water to the Flint River last year.")


def test_an_irish_county_written_short_is_the_county():
    names = _places("Winds hit Mace Head in Co Galway. Power is out in parts of Galway.")
    assert "County Galway" in names and "Galway" in names


def test_a_compass_word_opens_an_unlisted_place_after_a_locative():
    assert "West Quelvo" in _places("They have lived in West Quelvo since 1990.")


def test_a_place_name_that_is_a_players_surname_is_unclear_alone():
    text = ("Fiji looked in control when Will Jordan finished a move. They drifted after "
            "Jordan's try.")
    assert "Jordan" not in _places(text) and "Fiji" in _places(text)
    assert "Jordan" in _places("King Abdullah of Jordan met Jordan's ministers.")


@pytest.mark.parametrize("text", [
    "He went on to play at Quelvaton.",
    "The film is showing at Cine Quelvo and Cinema Tarsanu.",
    "The jam is sold at Quelvaton, she said.",
])
def test_at_after_play_show_or_sell_names_a_body(text):
    assert not _places(text), _names(text)


def test_a_weak_region_after_a_mixed_case_dateline_town_is_a_place():
    assert "Hokkaido" in _places("CHITOSE, Hokkaido — Until two years ago the town was quiet.\n")


@pytest.mark.parametrize("text, place", [
    ("Ash fell as far away as Maumere, the main town.", "Maumere"),
    ("The volcano lies on the island of Flores.", "Flores"),
    ("Depots in Quelvaria would close before 2027.", "Quelvaria"),
])
def test_more_locative_cues(text, place):
    assert place in _places(text), _names(text)


@pytest.mark.parametrize("text, place", [
    ("Stalls around Quelvo Market were saved.", "Quelvo Market"),
    ("The river burst its banks near the Tarsanu Gardens.", "Tarsanu Gardens"),
    ("He won at Quelvo Sky Dome in Seoul.", "Quelvo Sky Dome"),
])
def test_a_name_before_a_venue_word_is_a_place(text, place):
    assert place in _places(text), _names(text)


@pytest.mark.parametrize("text", [
    "Britain left the Single Market in 2020.",
    "The European Single Market grew.",
    "Critic Stuart Hall said so.",
    "The Christmas Market opened.",
])
def test_generic_venue_names_and_people_are_no_venues(text):
    assert not {p for p in _places(text) if p != "United Kingdom"}, _names(text)


def test_a_list_member_no_rule_types_keeps_the_list_going():
    places = _places("Supply is out in parts of Galway, Mayo, Clare and Donegal.")
    assert {"Galway", "Clare", "Donegal"} <= places


@pytest.mark.parametrize("text", [
    "The situation at Quelvaflot is very good.",
    "I have been working in Quelvaba.",
    "Issues in our Central Asian region matter.",
    "Why did the country not take part in Quelvovision?",
])
def test_companies_events_and_place_adjectives_after_a_cue_are_no_places(text):
    assert not _places(text), _names(text)


def test_mount_lake_or_cape_before_a_word_inside_a_sentence_is_a_place():
    assert "Mount Royal" in _places("The stadium on the slopes of Mount Royal opened.")
    assert not _places("Sea Change was a show.")


@pytest.mark.parametrize("text, place", [
    ("Ships waited off the Quelvo coast for days.", "Quelvo"),
    ("Access to the Tarsanu peninsula was kept open.", "Tarsanu peninsula"),
    ("Orchardists in the Quelvo valleys say so.", "Quelvo"),
])
def test_an_unknown_name_before_a_landform_noun_is_a_place(text, place):
    assert place in _places(text), _names(text)


def test_an_adjective_before_a_landform_noun_is_no_place():
    assert not _places("Storms lashed the Irish coast and the Himalayan region.")


def test_a_plural_place_noun_before_of_cues_the_list():
    assert {"Koper", "Trieste"} <= _places("Routes run to the Adriatic ports of Koper and Trieste.")


def test_a_weak_place_after_in_the_is_cued_where_the_clause_goes_on_as_after_a_place():
    assert "Red Sea" in _places("Tourism fell after attacks on shipping in the Red Sea.")
    assert not _places("Dealings in the Canadian bond market end early.")
    assert not _places("It was suspended from the Commonwealth in November.")


def test_the_state_of_a_country_is_a_region_of_its_own():
    assert _places("Reservoirs in the State of Mexico supply the city.") == {"State of Mexico"}
    assert _places("Talks in the State of Israel resumed.") == {"Israel"}  # official name
    assert not _places("He declared the State of Emergency.")


def test_an_adverb_after_an_unlisted_place_ends_its_clause():
    assert "North Rhine-Westphalia" in _places("They ballot members in North Rhine-Westphalia "
                                               "first.")


def test_a_given_name_may_open_an_unlisted_place_but_not_a_person_shaped_one():
    assert "Anatolia" in _places("It is one of the oldest mosques in Anatolia, and rebuilt.")
    assert not _places("He has faith in Maria, she said.")


def test_places_listed_after_villages_including_are_places():
    assert {"Hokeng Quelvo", "Klatanlo"} <= _places(
        "Ash fell on villages including Hokeng Quelvo and Klatanlo, where nine died.")
    assert not _places("Firms like Quelvaco and Tarsanu grew.")


@pytest.mark.parametrize("text, place", [
    ("Tom Long won the Easton ward on Thursday.", "Easton"),
    ("The president visited the Sausalito area on Tuesday.", "Sausalito"),
])
def test_a_weak_place_before_a_lowercase_area_noun_is_cued(text, place):
    assert place in _places(text), _names(text)


def test_moved_or_fled_to_cues_a_place_but_sold_to_does_not():
    assert "Belconnen" in _places("Moyo, who moved to Belconnen from Zimbabwe in 2012, spoke.")
    assert not _places("He was sold to Quelvaco last year.")


def test_an_arabic_article_opens_a_dwellers_place():
    assert "Al Quelvasha" in _places("Residents of Al Quelvasha worry about traffic.")


def test_the_start_of_a_route_to_a_place_is_a_place():
    assert "Quelvoli" in _places("The road, from Quelvoli to Marine Drive, cut travel time.")
    assert not _places("She switched from Quelvaco to Tarsanu last year.")


def test_a_weak_place_that_is_a_word_needs_more_than_in_the():
    assert not _places("We work with our colleagues in the Commonwealth.")
