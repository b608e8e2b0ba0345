"""Rivers, islands, mountains, regions, former names and grounds the town gazetteer lacks
(data/features.txt), and a region written after its town (synthetic sentences)."""

from __future__ import annotations

from archivist.detect import Detector


def _places(text: str) -> set[str]:
    return {c.name for c in Detector().detect(text) if c.type == "place"}


def test_a_river_sea_or_strait_without_a_head_word():
    places = _places("Grain barges waited for days as the Danube fell. Tankers queued at the "
                     "Bosphorus while the Seine flooded cellars.")
    assert {"Danube", "Bosphorus", "Seine"} <= places


def test_an_island_or_mountain_without_a_cue():
    places = _places("Rescuers flew from Sumatra. Guides say Kilimanjaro is busy again and "
                     "Santorini is full.")
    assert {"Sumatra", "Kilimanjaro", "Santorini"} <= places


def test_a_former_name_is_a_place():
    places = _places("Her mother was born in Danzig and studied in Königsberg before the war.")
    assert {"Danzig", "Königsberg"} <= places


def test_a_former_name_the_gazetteer_knows_is_the_modern_city():
    assert "Istanbul" in _places("The envoys reached Constantinople after a month at sea.")


def test_landmarks_and_grounds_without_a_head_word():
    places = _places("The final is at Murrayfield, and fans queued for Hagia Sophia and the "
                     "Acropolis before flying home.")
    assert {"Murrayfield", "Hagia Sophia", "Acropolis"} <= places


def test_a_feature_that_is_a_name_or_word_needs_a_cue():
    assert "Rhodes" not in _places("Rhodes said the budget was fair.")
    assert "Rhodes" in _places("Hotels on Rhodes were full by Friday.")
    assert "Crete" in _places("Ferries to the islands stopped, and visitors on Crete were told "
                              "to wait.")


def test_a_river_after_the_when_the_clause_goes_on_as_after_a_place():
    assert "Po" in _places("After weeks without rain the Po was reduced to a trickle.")
    assert "Amazon" not in _places("The Amazon founder spoke to investors in March.")
    assert "Amazon" not in _places("Shares in Amazon rose on Monday.")


def test_a_listed_region_after_its_town_and_a_comma():
    assert "Aichi" in _places("The supplier opens a plant in Okazaki, Aichi, next year.")
    assert "Northern Region" in _places("The clinic is near Tamale, Northern Region, by the road.")


def test_a_region_after_a_comma_needs_a_town_before_it():
    assert "Aichi" not in _places("Sales rose, Aichi sources said the plant was busy.")


def test_places_inside_bodies_stay_bodies():
    places = _places("Economists at the Bank of England and the University of Helsinki agreed.")
    assert "England" not in places and "Helsinki" not in places


def test_a_feature_that_is_also_a_product_needs_a_cue():
    assert "Java" not in _places("The app was written in Java last year, and Java developers "
                                 "are scarce.")
    assert "Java" in _places("The ferry sailed from Bali to Java on Monday.")


def test_a_one_word_place_ends_a_list_a_longer_name_opened():
    text = ("Residents of Pellow Haven and Quellbrook had asked for a bridge. The agency said "
            "the state of New Hampshire would pay for it.")
    assert {"Pellow Haven", "Quellbrook"} <= _places(text)


def test_no_list_member_from_a_team_of_its_country():
    text = "Zorka of Serbia, Fenwick of Austria, and Brontal of Italy take part in the event."
    assert "Brontal" not in _places(text)


def test_people_or_transport_from_an_unlisted_place():
    assert "Quellbrook" in _places("Ferries from Quellbrook were packed on Friday.")
    assert "Quellbrook" not in _places("A loan from Quellbrook was repaid on Friday.")


def test_travel_to_a_small_town():
    assert "Wiveliscombe" in _places("Mothers had to travel to Wiveliscombe for care.")


def test_the_slopes_of_a_mountain_named_like_a_person():
    assert "Etna" in _places("Firefighters battled blazes on the slopes of Etna overnight.")


def test_ranges_and_bights_by_their_head_word():
    places = _places("Storms moved over the Flinders Ranges and hit the Great Australian Bight.")
    assert {"Flinders Ranges", "Great Australian Bight"} <= places


def test_a_region_with_accents_and_turkish_letters():
    assert "Apurímac" in _places("Farmers from Puno and Apurímac joined the march.")
    assert "Kadıköy" in _places("Commuters in Kadıköy were stuck for hours on Monday.")


def test_a_weak_place_before_a_strong_one_in_a_list():
    assert "Brittany" in _places("The storm will cross to Brittany and Normandy later.")
    assert "Brittany" not in _places("Brittany and Kevin Moyo said they would stay.")


def test_a_town_beside_its_city_form_is_the_firm_named_after_it():
    places = _places("Toyota opened a battery line in Toyota City on Monday, and Toyota said "
                     "more would follow.")
    assert "Toyota City" in places and "Toyota" not in places


def test_a_firm_feature_after_a_motion_or_before_a_strong_place():
    assert "Java" in _places("Ferries to Java and Sumatra resumed on Tuesday.")
    assert "Amazon" not in _places("He took a loan from Amazon and Google last year.")
