"""Places by mechanism, counted across collections (synthetic sentences; invented names)."""

from __future__ import annotations

from archivist.detect import Detector


def _found(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in Detector().detect(text):
        out.setdefault(c.type, set()).add(c.name)
    return out


def _places(text: str) -> set[str]:
    return _found(text).get("place", set())


def test_an_unknown_name_listed_with_a_place_after_a_locative_is_a_place():
    assert "Tavrimsk" in _places("Drones struck the port infrastructure of Odesa and Tavrimsk.")
    assert {"Velkora", "Ostrimba"} <= _places(
        "Heavy rain fell in Velkora, Ostrimba and Kaduna on Sunday night.")


def test_a_list_before_a_plural_region_noun_is_of_places():
    assert {"Marvelli", "Quendara"} <= _places(
        "Marvelli, Quendara and Ferozepur districts account for most of the fires.")


def test_a_list_without_a_locative_or_a_place_noun_stays_untyped():
    assert "Verdanne" not in _places("Baratelli, who played for Lyon and Verdanne, takes over.")
    assert "Kolvarex" not in _places("Kenya and Kolvarex signed a memorandum on Tuesday.")


def test_a_possessive_ends_the_list():
    assert "Talvino" not in _places("They were without Talvino and Brazil's Quenardo in Lima.")


def test_a_date_and_a_hyphened_word_are_no_list_members():
    assert "Sept" not in _places("Cargo leaves from Lisbon or Sept 15 onwards.")
    assert "Kremlo-backed" not in _places("Traders in Lisbon and Kremlo-backed groups met.")


def test_cities_before_a_plural_region_noun_name_their_regions():
    places = _places("Frost hit farms across the Pskov and Smolensk regions overnight.")
    assert {"Pskov region", "Smolensk region"} <= places
    assert "Pskov" not in places  # the region, not the city



def test_a_building_or_a_ground_a_locative_puts_something_in_is_a_place():
    assert "Corvell Memorial Hall" in _places(
        "The council session was held at the Corvell Memorial Hall in Pine Ridge.")
    assert "Estadio Varomonte" in _places("Fans gathered at the Estadio Varomonte on Saturday.")
    assert "Tarnby Playhouse" in _places("Nobody in the Tarnby Playhouse on opening night coughed.")
    found = _found("The play will be performed at the Velsk Musical Theatre.")
    assert "Velsk Musical Theatre" in found.get("place", set())


def test_a_building_without_a_locative_or_a_persons_hall_is_no_venue():
    assert "Velsk Gallery" not in _places("The Velsk Gallery said it would reopen.")
    assert "Jane Hall" not in _places("The prize went to a poem read at Jane Hall, 1984.")


def test_a_name_before_a_depot_yard_lake_or_centre_noun_is_a_place():
    assert "Velmattu" in _places("Mr. Tarn told reporters at the Velmattu depot on Monday.")
    assert "Korvanlahti" in _places("The order supports jobs in the Korvanlahti yard.")
    assert "Pellagun" in _places("The council opened hubs at the Pellagun community centre.")
    assert "Ostravel" in _places("It approved a restart at the Ostravel nuclear power plant.")
    assert "Quy Lanh" in _places("Workers at the Quy Lanh deep-water terminal stopped work.")


def test_a_listed_name_before_its_services_or_officials_is_the_place():
    assert "Queensland" in _places("Queensland ambulances spent a record time at hospitals.")
    assert "Karnataka" in _places("Traffic stopped. Karnataka police said the road was shut.")


def test_a_services_noun_after_a_name_that_is_also_a_word_or_feature_types_nothing():
    assert "Amazon" not in _places("Amazon scientists said the model was new.")


def test_names_joined_by_dashes_before_a_route_noun_are_its_stops():
    assert {"Vorrin", "Kelsay", "Tobermarr"} <= _places(
        "A relief ship will run on the Vorrin–Kelsay–Tobermarr route this winter.")
    assert {"Mwanza", "Oltaka"} <= _places("Work on the Mwanza–Oltaka section has begun.")


def test_people_joined_by_a_dash_make_no_route():
    assert not _places("The Smith–Jones line was drawn by the panel.")


def test_two_words_joined_by_an_ampersand_name_one_firm():
    found = _found("Prices rose at the weekend's auctions at Tarnell & Pryce's city rooms.")
    assert "Tarnell" not in found.get("place", set())
    assert "Trinidad" in _places("The team flew to Trinidad & Tobago last week.")


def test_a_title_case_dateline_names_its_town_though_no_gazetteer_lists_it():
    text = "Ferry inquiry opens\n\nBy Ana Roe\n\nVelmaro, 3 February — Police opened an inquiry."
    assert "Velmaro" in _places(text)
    assert "Kandy" in _places(
        "Crowds at the procession\n\nKandy, Aug. 19.\n\nThe procession wound.")


def test_a_weekday_date_line_names_no_town():
    assert not _places("Landslide toll rises\n\nMonday, 27 May 2024\n\nRescuers dug on.")


def test_a_university_hospital_a_locative_cues_is_a_place():
    assert "Carrow University Hospital" in _places(
        "He needed surgery at Carrow University Hospital. The dispute went on.")
    assert "Carrow University" not in _places("She studied at Carrow University last year.")
