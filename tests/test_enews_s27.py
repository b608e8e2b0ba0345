"""Session 27's rules for people and places in English-language news (synthetic texts; places
are gazetteer entries or invented)."""

from __future__ import annotations

from archivist.detect import Detector


def _places(text: str) -> set[str]:
    return {c.name for c in Detector().detect(text) if c.type == "place"}


def _types(text: str) -> dict[str, str]:
    return {c.name: c.type for c in Detector().detect(text)}


# --- a saint's possessive before a site's noun ----------------------------------------------------

def test_saint_possessive_and_church_word_make_one_site() -> None:
    places = _places("A memorial service will be held at St Ansgar's Cathedral on Mill Road.")
    assert "St Ansgar's Cathedral" in places


def test_saint_site_is_no_town_named_after_the_saint() -> None:
    places = _places("Rain fell at St George's Park, where only ten overs were bowled.")
    assert "St George's Park" in places
    assert "Freetown" not in places  # (St George, a former name of a town)
    assert "Saint Paul" not in _places("Crowds gathered at St Paul's Cathedral on Sunday.")


def test_saint_feast_day_stays_no_place() -> None:
    assert not any("Patrick" in p for p in _places("Crowds marked St Patrick's Day in Dublin."))


# --- hotels, inns, racecourses and amphitheatres after a locative ---------------------------------

def test_hotel_and_racecourse_after_a_locative_are_places() -> None:
    places = _places("The plan was launched at the Vellmore Hotel on Harbour Quay in 2008.")
    assert "Vellmore Hotel" in places
    assert "Quarndon Racecourse" in _places("Trials will be held at Quarndon Racecourse in "
                                            "January.")


def test_hotel_that_speaks_is_no_place() -> None:
    assert "Vellmore Hotel" not in _places("A manager at the Vellmore Hotel said rooms were full.")


# --- "the River X" whose word is also a common word -----------------------------------------------

def test_river_named_by_a_common_word() -> None:
    assert "River Dart" in _places("The presenter, who lives near the River Dart, backs it.")
    assert "River Lee" in _places("Walls along the River Lee were built in 2020.")


# --- a listed town that is also a word, in a list of places ---------------------------------------

def test_listed_town_that_is_a_word_beside_two_places() -> None:
    places = _places("Forecasters put cities on alert, including Rome, Bologna and Palermo.")
    assert {"Rome", "Bologna", "Palermo"} <= places



def test_word_in_a_list_of_people_stays_no_place() -> None:
    types = _types("The prize went to Ann Roe, Tom Lee and Reading Festival staff.")
    assert types.get("Reading") != "place"


# --- people: double given names, dash-closed appositions, no one's words --------------------------

def test_hyphened_pair_of_given_names_opens_a_name_after_a_title() -> None:
    types = _types("Local TD Violet-Anne Brennick said the community must share in it.")
    assert types.get("Violet-Anne Brennick") == "person"


def test_apposition_closed_by_a_dash_names_a_person() -> None:
    types = _types("The party's caucus leader, Tshepo Ramaphosa - no relation - walked out.")
    assert types.get("Tshepo Ramaphosa") == "person"
    assert _types("Its capital, Quorbala - where talks were held - is busy.").get(
        "Quorbala") != "person"


def test_township_and_reserves_end_no_persons_name() -> None:
    assert "person" not in _types("Selwyn Township opened the Ennismore community centre.").values()
    types = _types("In other results, Kettleby Town Reserves beat Dereham 3-1 on Saturday.")
    assert types.get("Kettleby Town Reserves") != "person"


def test_irish_ground_is_a_place_not_a_person() -> None:
    types = _types("He should walk from the quays to Páirc Uí Chaoimh, and then announce it.")
    assert types.get("Páirc Uí Chaoimh") == "place"


def test_a_mine_named_like_a_person_is_no_one_in_the_document() -> None:
    text = ("Court suspends permit for Tía María copper mine\n\n"
            "Protests against Tía María have left seven people dead since 2011.")
    assert "person" not in _types(text).values()


# --- wards, isles, stressed list items, national agencies -----------------------------------------

def test_town_and_compass_words_name_a_ward_or_constituency() -> None:
    assert "Ludlow East" in _places("Councillor Ann Roe, who represents Ludlow East, spoke.")
    assert "Cork South-Central" in _places("TDs from Cork South-Central have made these points.")
    assert "Jordan North" not in _places("Jordan North scored twice on Saturday.")


def test_isles_of_a_name_are_a_place() -> None:
    assert "Isles of Quorbala" in _places("Ferries to the Isles of Quorbala resume on Monday.")


def test_list_item_after_and_even_belongs_to_the_list() -> None:
    places = _places("Young people are moving to Kampen, Dalfsen and even Deventer for homes.")
    assert {"Kampen", "Dalfsen", "Deventer"} <= places


def test_national_agency_names_no_country() -> None:
    types = _types("Environment Canada meteorologist Ann Roe said a second band would follow.")
    assert types.get("Environment Canada") == "organization"
    assert "Canada" not in types
    assert "Canada" in _places("Transport Canada grounded the plane in Canada.")


def test_town_after_a_schools_name_and_a_comma() -> None:
    places = _places("A roof collapsed at Community Primary School, Amechi Quorbala, in May.")
    assert "Amechi Quorbala" in places
    assert "Ann Roe" not in _places("She teaches at Hill School, Ann Roe said.")


def test_names_listed_before_beaches_are_places() -> None:
    places = _places("Cholera was concentrated in Dunvale, Usomba and Nyamwera beaches in Kisumu.")
    assert {"Dunvale", "Usomba", "Nyamwera"} <= places


def test_apposition_opened_by_a_nationality_names_a_person() -> None:
    assert _types("Zeca Mabondo, the Angolan singer, has died.").get("Zeca Mabondo") == "person"
    assert _types("Quorbala, the Kenyan capital, is busy.").get("Quorbala") != "person"


def test_an_age_in_apposition_names_a_person_after_to() -> None:
    types = _types("The director gave the role to Chavela Rivarez, a 22-year-old from Lima.")
    assert types.get("Chavela Rivarez") == "person"


def test_building_on_a_named_street_is_a_place() -> None:
    places = _places("The city's Quorbala Sport & Wellness Centre on Lansdowne Street West "
                     "would open as a warming centre.")
    assert "Quorbala Sport & Wellness Centre" in places
    assert "Ann Hall" not in _places("Ann Hall on Mill Road said it.")


def test_building_after_a_locative_and_its() -> None:
    places = _places("The university cancelled classes at its Symonds Campus on Monday.")
    assert "Symonds Campus" in places


def test_german_street_with_a_hyphened_capital_ending() -> None:
    assert "Karl-Quorbel-Strasse" in _places("At a bakery on Karl-Quorbel-Strasse, owners met.")
    assert "Ann Meyer-Weg" not in _places("Ann Meyer-Weg said it.")


def test_names_after_quarters_of_are_places() -> None:
    places = _places("The old quarters of Quorbala and Velmora flooded on Monday.")
    assert {"Quorbala", "Velmora"} <= places


def test_venue_before_its_listed_town_is_a_place() -> None:
    places = _places('"The Pearl Diver" - Quorbala Cultural Centre, Leeds. A new play.')
    assert "Quorbala Cultural Centre" in places
    assert "Carter Center" not in _places("The Carter Center, Atlanta, said it.")


def test_road_number_before_past() -> None:
    assert "N40" in _places("Workers sit in traffic on the N40 past the Quorbala Tunnel.")


def test_temple_or_palace_of_a_name_is_a_building() -> None:
    assert "Temple of Quorbis" in _places("The ministry reopened the restored Temple of Quorbis.")
    assert "Palace of Justice" in _places("Lawyers spoke outside the Palace of Justice.")
    assert "Church of England" not in _places("The Church of England said it would vote.")


def test_district_in_apposition_before_once() -> None:
    text = "Police raided the clan of Quorbaccio, the Palermo district once run by gangs."
    assert "Quorbaccio" in _places(text)


def test_one_letter_road_code_with_a_hyphen_before_motorway() -> None:
    assert "A-66" in _places("Fans travelled by bus along the A-66 motorway on Sunday.")
    assert "F-16" not in _places("The F-16 to Kyiv was delayed.")


def test_nisba_after_the_arabic_article_is_a_family_name() -> None:
    types = _types("Conductor Ahmed Al Hashimi leads the orchestra on Friday.")
    assert types.get("Ahmed Al Hashimi") == "person"


def test_ministers_portfolio_after_for_opens_no_firm() -> None:
    types = _types("Federal Minister for Petroleum Ali Pervaiz Malik, speaking on Monday, said it.")
    assert types.get("Ali Pervaiz Malik") == "person"


def test_given_name_that_is_a_small_town_opens_a_name_before_who() -> None:
    assert _types("Clare Woolby, who voted no, said it.").get("Clare Woolby") == "person"


def test_role_then_given_name_and_a_plural_looking_surname() -> None:
    assert _types("Councillor Hennie Lubbers said it.").get("Hennie Lubbers") == "person"
    assert _types("The deal lifted the Atlanta Braves to a win.").get("Atlanta Braves") != "person"


def test_name_after_a_stroke_and_off_is_the_bowler_not_a_place() -> None:
    assert "Gudakesh Morrow" not in _places("He reached 100 with a sweep off Gudakesh Morrow.")
    assert "Quorbala" in _places("The tanker sank off Quorbala in the night.")


def test_premier_league_names_no_premier_and_no_place() -> None:
    types = _types("Kotoko moved to the top of the Ghana Premier League table.")
    assert "Ghana" not in types
    types = _types("Ontario Premier Ann Roe said it.")
    assert types.get("Ann Roe") == "person" and types.get("Ontario") == "place"
