"""Session 21's place rules: classes of places missed in news nobody tuned on (synthetic texts;
places are gazetteer entries or invented)."""

from __future__ import annotations

from archivist.detect import Detector


def _places(text: str) -> set[str]:
    return {c.name for c in Detector().detect(text) if c.type == "place"}


# --- a list of unlisted names whose later item has two words ----------------------------------

def test_list_goes_on_past_an_item_of_two_words() -> None:
    places = _places("Camps were set up in Velmora, Quorbantu, Tarsin Town and Oskavi, offering "
                     "water.")
    assert {"Velmora", "Quorbantu", "Tarsin Town"} <= places


def test_a_list_of_names_ending_in_a_clause_stays_people() -> None:
    assert not _places("In Velmora, Stalin, Nikita Khrushchev and Brezhnev ruled.") & {
        "Stalin", "Brezhnev", "Nikita Khrushchev"}


# --- a weak listed place after a locative and an area's adjective ---------------------------------

def test_area_adjectives_between_a_locative_and_a_weak_listed_place() -> None:
    assert "Tralee" in _places("Patients travelling from regional Tralee were helped.")
    assert "Galway" in _places("Farms in neighbouring Galway lost a fifth of their hay.")
    assert "Camborne" in _places("Shops in lower Camborne flooded on Monday.")


def test_an_area_adjective_without_a_locative_is_no_cue() -> None:
    assert "Tralee" not in _places("The regional Tralee team lost.")


# --- the partner of a small town after "to" or "from" ---------------------------------------------

def test_a_name_coordinated_with_a_small_town_after_to_is_a_town() -> None:
    places = _places("There are catamarans to Hvar and Quorbantu, and now more ferries.")
    assert {"Hvar", "Quorbantu"} <= places


def test_the_partner_after_a_giving_verb_is_no_town() -> None:
    assert "Quorbantu" not in _places("The award went to Hvar and Quorbantu.")


# --- rivers named each after its own "the", where the line speaks of rivers -----------------------

def test_a_list_of_unknown_names_each_after_the_beside_rivers_names_waters() -> None:
    places = _places("Its water comes from three rivers — the Quorbantu, the Velmora and the "
                     "Oskavi — which glaciers feed.")
    assert {"Quorbantu", "Velmora", "Oskavi"} <= places


def test_such_a_list_without_rivers_or_with_words_names_no_water() -> None:
    assert not _places("The fleet sailed: the Quorbantu, the Velmora and the Oskavi left port.")
    assert not _places("Three rivers drew crowds: the Rovers, the Velmora and the Oskavi.")


# --- an island after a place a cue backed, with no comma between ----------------------------------

def test_an_unlisted_name_after_a_cued_place_and_on_is_its_island() -> None:
    places = _places("Seedlings came from the nursery at Vailoa on Quorbantu.")
    assert {"Vailoa", "Quorbantu"} <= places


def test_a_day_after_a_cued_place_and_on_is_no_island() -> None:
    assert _places("Seedlings came from the nursery at Vailoa on Monday.") == {"Vailoa"}


# --- Pacific names with a glottal stop in a list; a list opening a sentence with "The" ------------

def test_a_name_with_an_okina_or_apostrophe_is_no_nationality_word() -> None:
    places = _places("Dancers from Samoa, Tonga, Hawai'i and Quorbantu will perform.")
    assert {"Hawai'i", "Quorbantu"} <= places
    assert "Hawaiʻi" in _places("Dancers from Samoa, Tonga, Hawaiʻi and Quorbantu will perform.")


def test_a_list_of_places_opening_a_sentence_with_the() -> None:
    places = _places("The Cook Islands, Niue, Tuvalu, Quorbantu, the Solomon Islands and Fiji "
                     "will perform.")
    assert "Quorbantu" in places
    assert not _places("The Rovers, Velmora and Quorbantu played.")


# --- a person's apposition that names a village is no settlement's -------------------------------

def test_a_person_described_as_from_a_village_is_no_place() -> None:
    found = {c.name: c.type for c in Detector().detect(
        "Organiser Kevin Marlow, a teacher from Quorbantu village, said so.")}
    assert found.get("Kevin Marlow") != "place"


def test_a_settlement_in_apposition_stays_a_place() -> None:
    assert "Velmora" in _places("Velmora, a small fishing village, lies north.")
    assert "Kasbi" in _places("Kasbi, the island's main town, flooded.")


# --- a route's two ends: "between X and Y" after a crossing's word, "the X to Y greenway" ---------

def test_the_ends_of_a_route_named_before_its_noun_are_places() -> None:
    assert {"Quorbantu", "Velmora"} <= _places(
        "Councillors voted to extend the Quorbantu to Velmora greenway along the old line.")
    assert "Tralee" in _places("The ship is being moved from the Tralee to Velmora route.")


def test_a_small_town_between_after_a_crossing_word_is_a_place() -> None:
    assert "Ancona" in _places("The company will add a crossing between Split and Ancona soon.")


def test_between_two_bodies_is_no_route() -> None:
    assert not _places("Talks between Quorbantu and Velmora failed.")
    assert not _places("The deal between the Quorbantu to Velmora party was signed.")


# --- a name before a neighbourhood's or a village's noun ------------------------------------------

def test_a_name_before_a_neighbourhood_or_village_noun_is_a_place() -> None:
    assert "Vila Quorbala" in _places("She died at her home in the Vila Quorbala neighbourhood.")
    assert "Quorbantu" in _places("A teacher from Quorbantu village said so.")
    assert "Velmora" in _places("Soldiers searched the Velmora township at dawn.")


def test_a_word_before_a_village_noun_is_no_place() -> None:
    assert not _places("Athletes stay in the Olympic village.")


# --- a listed place after a locative, though it ends a school's untyped name ----------------------

def test_a_cued_listed_place_that_ends_an_untyped_name_stays_a_place() -> None:
    text = ("She built clinics in Paraisópolis, insisting that the poor deserved beauty.\n\n"
            "Her best-known work, the Escola Estadual Paraisópolis II, opened in 1994.\n")
    assert "Paraisópolis" in _places(text)



# --- "move to X", "the trail to X" ----------------------------------------------------------------

def test_move_to_and_trail_to_put_a_place_after_to() -> None:
    assert "Quorbantu" in _places("They want us to move to Quorbantu. How will I work?")
    assert "Velmora" in _places("Guides closed the route and the trail to Velmora.")


def test_a_verb_of_giving_before_to_stays_no_cue() -> None:
    assert not _places("The prize went to Quorbantu. The crowd cheered.")


# --- territories are in the gazetteer; a dateline's place is no firm's short name -----------------

def test_territories_are_listed_places() -> None:
    assert "Nunavut" in _places("Outbreak over\n\nIQALUIT, Nunavut — The officer said so.\n")


def test_a_place_a_dateline_names_stays_beside_a_firm_named_after_it() -> None:
    text = ("Outbreak declared over\n\nWHITEHORSE, Yukon — Yukon's chief medical officer said "
            "so.\n\n"
            "Yukon Quorbantu Inc. housing adviser Ann Roe called for more homes.\n")
    assert "Yukon" in _places(text)
    text = ("Festival to open\n\nBridgetown, Barbados — Tuesday, 12 May 2026\n\nTickets go on "
            "sale through the Barbados Quorbantu Inc. website.\n")
    assert "Barbados" in _places(text)


def test_a_town_opening_a_firm_s_name_is_still_the_firm_s() -> None:
    assert "Tilbury" not in _places("Shares in Tilbury rose.\n\nTilbury Holdings Plc said so.\n")


# --- a weak listed place after "the rivers of", "the beaches of" ----------------------------------

def test_waters_and_lands_of_a_weak_listed_place() -> None:
    assert "Tralee" in _places("The braided rivers of Tralee have lost their gravel.")
    assert "Galway" in _places("The beaches of Galway were closed.")


# --- a small listed town after a venue's long name and "in" ---------------------------------------

def test_a_small_town_after_a_venue_chain_and_in_is_a_place() -> None:
    text = "The play tours to the Town Hall Theatre in Galway and the Everyman in Cork."
    assert "Galway" in _places(text)


def test_a_small_town_ending_a_body_s_chain_stays_unread() -> None:
    assert "Galway" not in _places("The Friends of the Earth and Friends in Galway met.")


# --- roads, streets, regions and wards by their number --------------------------------------------

def test_numbered_roads_and_streets_are_places() -> None:
    assert {"National Route 7", "National Route 2B"} <= _places(
        "Depots will be built along National Route 7 and National Route 2B, linking towns.")
    assert "Calle 41" in _places("A baker near Calle 41 said her sales had halved.")


def test_a_numbered_region_or_ward_makes_no_page() -> None:
    # one page for every town's "Ward 12" would gather other towns' wards: no page at all
    assert "Region 9" not in _places("The civil defence office in Region 9 said roads were shut.")
    assert "Ward 12" not in _places("Households in Ward 12 of the city will get water.")


def test_a_numbered_region_without_a_locative_stays_unread() -> None:
    assert "Region 9" not in _places("Region 9 beat Region 4 in the final.")


# --- waters listed before their plural; a commune's name after "of" -------------------------------

def test_names_listed_before_lagoons_or_canals_are_waters() -> None:
    assert {"Quorbantu", "Velmora"} <= _places(
        "Guides take tourists to the Quorbantu and Velmora lagoons.")


def test_the_commune_of_names_a_place() -> None:
    assert "Quorbantu" in _places(
        "Ann Roe, the mayor of the neighbouring commune of Quorbantu, calls her fair.")


# --- regions pycountry writes with a code or a province's word ------------------------------------

def test_regions_written_with_a_code_or_sheng_are_listed() -> None:
    assert "Fujian" in _places("My grandfather came from Fujian, he tells me.") or \
        "Fujian" in _places("Factories in Fujian closed on Monday.")
    assert "Eastern Visayas" in _places("The typhoon approached the Eastern Visayas on Monday.") \
        or "Eastern Visayas" in _places("Schools in Eastern Visayas closed on Monday.")


# --- a road in apposition ------------------------------------------------------------------------

def test_a_name_in_apposition_to_a_road_is_a_place() -> None:
    assert "Velmoravegur" in _places(
        "The authority has reopened Velmoravegur, the main road into the town, on Sunday.")


def test_a_person_in_apposition_to_a_road_word_stays_a_person() -> None:
    assert not _places("Ann Roe, the road safety officer, said so.")


# --- a state's or a province's name before its government ----------------------------------------

def test_a_state_before_its_government_is_a_place() -> None:
    assert "Kerala" in _places("A firm formed by the Acme Group and the Kerala government said so.")
    assert "Sindh" in _places("Heat grips the city. The Sindh government declared an emergency.")


def test_a_small_town_before_government_is_not_read_so() -> None:
    assert "Tralee" not in _places("The Tralee government of students met.")


# --- Thai and Filipino words that open a subdistrict's or a ward's name ---------------------------

def test_tambon_and_barangay_open_places() -> None:
    found = {c.name: c.type for c in Detector().detect(
        "The probe began after villagers in Tambon Quorn Velai complained that they were never "
        "paid.")}
    assert found.get("Tambon Quorn Velai") == "place"
    assert "Quorn Velai" not in found  # no person's name
    assert "Barangay Malinaw" in _places(
        "Arrests were made along Ecol Street, Barangay Malinaw, Quezon City, on Monday.")


# --- a time back from now goes on a clause after a place ------------------------------------------

def test_a_place_before_a_time_ago_is_read() -> None:
    assert "Quorbantu" in _places("The idea came during a research trip to Quorbantu two "
                                  "winters ago.")
    assert "Velmora" in _places("She moved to Velmora three years ago.")


def test_a_body_before_a_time_ago_without_a_locative_is_no_place() -> None:
    assert not _places("She joined Quorbantu two years ago.")


# --- a letter's signature with a title before the writer's name -----------------------------------

def test_a_titled_signature_gives_the_writer_s_town() -> None:
    text = ("Letters to the editor\n\nWest Courier, 20 February 2026\n\nA railway worth keeping\n\n"
            "Sir, — Trains are late again.\n\nThe platforms are too short.\n\nThe carriages are "
            "old and cold.\n\nNobody seems to care.\n\nParking at the hospital\n\nSir, — I read "
            "with dismay that parking charges at the hospital will rise again in April.\n"
            "Mrs J. Pascoe, Trevossa\n")
    assert "Trevossa" in _places(text)
    assert "Pascoe" not in " ".join(_places(text))


# --- artists from a place -------------------------------------------------------------------------

def test_artists_from_an_unlisted_name_puts_a_place_there() -> None:
    assert "Quorbantu" in _places("The show hangs his work beside five Sami artists from "
                                  "Quorbantu and the north of Sweden.")


def test_artists_from_a_word_is_no_place() -> None:
    assert not _places("The label signed artists from Universal last year.")
