"""Places found by their shape or a locative cue: buildings, numbered and foreign streets, US
highways and counties (synthetic sentences; the names are invented)."""

from __future__ import annotations

from archivist.detect import Detector


def _found(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in Detector().detect(text):
        out.setdefault(c.type, set()).add(c.name)
    return out


def _places(text: str) -> set[str]:
    return _found(text).get("place", set())


def test_a_numbered_street_keeps_the_side_of_town_opening_it():
    places = _places("Officers stopped the van near Birch Avenue and East 41st Street at noon.")
    assert "East 41st Street" in places
    assert "West 203rd Street" in _places("The lane runs from West 203rd Street to the river.")


def test_a_jail_a_law_courts_building_and_a_funeral_home_after_a_locative():
    assert "Quarrington County Jail" in _places(
        "The two men were booked into the Quarrington County Jail on Tuesday night.")
    assert "Velmani Law Courts" in _places("Dozens gathered outside the Velmani Law Courts.")
    assert "Oskerby Funeral Home" in _places(
        "Friends may call from 2 to 5 p.m. at Oskerby Funeral Home, 12 Tarn Rd., Welby.")


def test_a_centre_is_a_place_before_a_building_noun_whatever_its_first_word():
    found = _found("The meeting stopped when an alarm rang in the Metro Centre building.")
    assert "Metro Centre" in found.get("place", set())
    assert "Metro Centre" not in found.get("organization", set())


def test_an_office_holders_palace_is_a_place():
    assert "Emir's Palace" in _places(
        "The delegation was received at the Emir's Palace in Kano on Sunday.")


def test_a_market_named_after_a_person_is_no_person():
    found = _found("Old pupils still greeted her at Rosalind Fenwick Market most weeks.")
    assert "Rosalind Fenwick Market" in found.get("place", set())
    assert "Rosalind Fenwick Market" not in found.get("person", set())


def test_foreign_streets_and_squares():
    places = _places("Fans clashed on Vörösmarty út before the game. The council let rooms on "
                     "Piața Trandafirilor to a charity. A concert filled Place Moulay Idriss, "
                     "and a vigil was held on Kalnų gatvė on Monday.")
    assert {"Vörösmarty út", "Piața Trandafirilor", "Place Moulay Idriss"} <= places
    assert any(p.endswith("Kalnų gatvė") for p in places)


def test_a_us_highway_by_number_is_a_road_not_the_country():
    places = _places("Crews were clearing debris along U.S. 412 on Monday.")
    assert "U.S. 412" in places
    assert "United States" not in places
    assert "United States" in _places("The U.S. 10-year yield rose after the U.S. data.")


def test_a_county_named_after_someone_after_a_locative_or_a_side():
    assert "Heckett County" in _places("Hail fell across northwest Heckett County on Monday.")
    assert "Heckett County" not in _places("He scored twice against Heckett County.")


def test_an_obituarys_children_with_their_spouses_in_brackets_name_their_towns():
    places = _places("She is survived by her children, Maren (Tobias) Heckett of Yellow Springs, "
                     "Owen (Clara) Gallagher of Columbus, and Ida Roe of Austin, Texas.")
    assert {"Yellow Springs", "Columbus", "Austin"} <= places


def test_a_surname_town_after_a_persons_of_needs_its_state():
    assert "Austin" not in _places("The award went to Ida Roe of Austin last year.")


def test_a_valley_named_after_its_river_keeps_its_noun():
    places = _places("Young drummers came from the Quelvaro valley for the workshop.")
    assert "Quelvaro valley" in places
    assert "Quelvaro" not in places


def test_an_arena_spelled_the_central_european_way_and_a_named_building():
    assert "Tarnoka Aréna" in _places("The hosts won 2-0 at the Tarnoka Aréna on Sunday.")
    assert "Velmora Harbour Building" in _places(
        "She spoke at the Velmora Harbour Building on Quay Road.")


def test_a_saints_epithet_church_and_parish_are_one_name():
    found = _found("She sang at St. Quirin the Great Parish for years. Mass will be said at "
                   "St. Quirin the Great Church, with burial to follow.")
    assert "St. Quirin the Great Church" in found.get("place", set())
    assert "St. Quirin the Great Parish" in found.get("organization", set())
    assert "Great Church" not in found.get("organization", set())


def test_a_us_highway_names_the_country_for_a_generic_body():
    from archivist.resolution.bodies import US_ROAD_RE

    assert US_ROAD_RE.match("U.S. 412") and not US_ROAD_RE.match("U.S. Steel")


def test_names_before_plural_zones_and_sub_cities_are_regions():
    places = _places("Farms were certified in Quelvaro and Tarnoka zones. Shops in Velmora, "
                     "Osk Tarwe and Lindri Bazo sub-cities were shut.")
    assert {"Quelvaro", "Tarnoka", "Osk Tarwe", "Lindri Bazo"} <= places


def test_a_parkway_is_a_road():
    assert "Grand Parkway" in _places("A funnel cloud was seen along the Grand Parkway at dusk.")


def test_a_header_line_of_initials_and_their_spelled_out_body_names_no_town():
    found = _found("ENA (Ethiopian News Agency)\nAddis Ababa, 22 January 2026\n\nPolice said.\n")
    assert "Ena" not in found.get("place", set())
    assert "Ethiopian News Agency" in found.get("organization", set())


def test_a_market_after_an_ampersand_is_the_tail_of_a_longer_name():
    assert "Film Market" not in _places(
        "The Quelvaro Contents & Film Market, held beside the festival, drew crowds.")
