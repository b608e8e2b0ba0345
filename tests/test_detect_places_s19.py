"""Session 19's place rules for news nobody tuned on: classes of missed places that recur across
collections (synthetic texts; places are gazetteer entries or invented)."""

from __future__ import annotations

from archivist.detect import Detector


def _places(text: str) -> set[str]:
    return {c.name for c in Detector().detect(text) if c.type == "place"}


def _types(text: str) -> dict[str, str]:
    return {c.name: c.type for c in Detector().detect(text)}


# --- "Residents of X" opening a sentence ----------------------------------------------------------

def test_residents_of_opening_a_sentence_puts_a_place_after_of() -> None:
    assert "South Varnell" in _places("Residents of South Varnell, where streets flood, met.")
    assert "Kwenthaluk" in _places("Villagers of Kwenthaluk say the road is unsafe.")


def test_a_body_opening_a_sentence_before_of_stays_a_body() -> None:
    assert "Varnell" not in _places("Friends of Varnell Park met on Monday.")


# --- the okina is a letter of Hawaiian names ------------------------------------------------------

def test_okina_keeps_a_hawaiian_name_whole() -> None:
    places = _places("Residents of Hanalei, Wainiha and Hāʻena are cut off by the flood.")
    assert "Hāʻena" in places
    assert "Hā" not in places


# --- dotted Canadian provinces after a town -------------------------------------------------------

def test_dotted_province_after_a_dateline_town() -> None:
    places = _places("GANDER, N.L. — A rink skipped by Colleen Roe won the qualifier.")
    assert {"Gander", "Newfoundland and Labrador"} <= places
    assert "Nova Scotia" in _places("HALIFAX, N.S., Oct. 22, 2025 — The board met on Monday.")


def test_dotted_province_after_a_town_in_prose() -> None:
    places = _places("They signed a goalie of Moncton, N.B., to a standard agreement.")
    assert {"Moncton", "New Brunswick"} <= places


def test_an_era_is_no_province() -> None:
    assert "British Columbia" not in _places("The temple dates from 400 B.C., said Ann Roe.")


# --- a letter's signature gives the writer's town -------------------------------------------------

LETTER = ("Letters\n\nPage two\n\nMonday\n\nOne\n\nTwo\n\nThree\n\nFour\n\nFive\n\n"
          "SIR — Pickers work in the fields above the town in all weathers. Say good morning.\n")


def test_signature_town_after_the_writers_name() -> None:
    assert "Carbis Cove" in _places(LETTER + "Jenna Pascoe, Carbis Cove\n")
    assert {"Trelowen", "Isles of Scilly"} <= _places(LETTER + "R. J. Trevan, Trelowen, "
                                                      "Isles of Scilly\n")


def test_signature_town_shaped_like_a_name_is_no_person() -> None:
    types = _types(LETTER + "Kerra Hosken, Connor Downs\n")
    assert types.get("Connor Downs") == "place"


def test_signature_role_or_outlet_is_no_place() -> None:
    assert not {"Lifeboat Operations Manager", "Board Clerk", "Maritime Week"} & (
        _places(LETTER + "Dave Roe, Lifeboat Operations Manager\n")
        | _places(LETTER + "Denise Roe, Board Clerk\n")
        | _places(LETTER + "Marta Roe, Maritime Week\n"))


def test_second_name_of_a_list_is_no_signature() -> None:
    text = LETTER.replace("Say good morning.", "Did not bat: Ann Roe, Tom Doe,") + \
        "Muthiah Kandiah, Ravindra Perera\n"
    assert "Ravindra Perera" not in _places(text)


# --- "the X <kind> <landmark noun>" and wild places' nouns ---------------------------------------

def test_a_kind_word_between_the_name_and_its_landmark_noun() -> None:
    assert "Porvalne" in _places("Drivers queued at the Porvalne border crossing on Friday.")
    assert "Tyvaa" in _places("Farmers along the Tyvaa seasonal river have finished the dams.")
    assert "Mwalovi" in _places("Traders at the Mwalovi fish market said prices had risen.")


def test_slopes_passes_and_cliffs_name_their_place() -> None:
    assert "Jiglet" in _places("He keeps yaks near the Jiglet pass, she said.")
    assert "Arbelo" in _places("The view from the Arbelo cliffs has improved.")
    assert "Winna Górka" in _places("She runs a guesthouse on the Winna Górka slope.")


def test_a_firms_service_is_no_place() -> None:
    assert not _places("He charged the car at the Zentrix charging station.")


# --- the second of two places after a locative ---------------------------------------------------

def test_second_of_a_pair_before_who_around_or_than() -> None:
    assert "Newlyne" in _places("Thanks to everyone in Mousehole and Newlyne who helped.")
    assert "Turtak" in _places("Police will patrol at Khatgal and Turtak around the clock.")


def test_a_surname_ends_a_pair_of_places_only_before_a_stop() -> None:
    assert "Arevalo" in _places("It protects thousands of families in Molo and Arevalo, he said.")
    assert "Odinga" not in _places("He met officials in Nairobi and Odinga was there.")
    assert "Odinga" not in _places("He met officials in Nairobi and Odinga who spoke.")


# --- a header's line of a town and its region ----------------------------------------------------

def _header(line: str) -> str:
    return f"Farmers build dams as rains fail\nBy Ann Roe | Mar. 5, 2026\n{line}\n\n" \
        "Farmers said the short rains had failed again this year.\n"


def test_header_town_and_region_line() -> None:
    assert {"Mwingi", "Kitui County"} <= _places(_header("Mwingi, Kitui County"))
    assert "Crete" in _places(_header("CHANIA, Crete"))


def test_header_name_and_role_line_is_no_place() -> None:
    assert not {"Court Reporter", "Staff Writer"} & _places(_header("Jack Roe, Court Reporter"))
    assert "Friday" not in _places(_header("Lahore, Friday"))


# --- trails and streets named after people -------------------------------------------------------

def test_a_trail_is_a_place() -> None:
    assert "Brookbank Trail" in _places("The trails, including Brookbank Trail, are shut.")


def test_a_street_prefix_keeps_a_title_inside_the_name() -> None:
    places = _places("Traffic must keep moving on Jalan Datuk Onn Jaafar during the works.")
    assert "Jalan Datuk Onn Jaafar" in places
    assert "Onn Jaafar" not in {c.name for c in Detector().detect(
        "Traffic must keep moving on Jalan Datuk Onn Jaafar during the works.")}


# --- a listed region after "the" ------------------------------------------------------------------

def test_the_region_before_until_or_after_an_area_adjective() -> None:
    assert "Eastern Cape" in _places("Expect below-average rain across the Eastern Cape until May.")
    assert "Free State" in _places("A record crop filled its silos in the eastern Free State.")


# --- a small town right after "from" or "to" -----------------------------------------------------

def test_a_small_town_after_from_or_to() -> None:
    assert "Savusavu" in _places("The authority said a team from Savusavu would cross the strait.")
    assert "Moab" in _places("Good advice anywhere from here to Moab.")


def test_a_holiday_after_to_is_no_town() -> None:
    assert "Christmas" not in _places("Patrols will run in the run-up to Christmas, police said.")


def test_a_small_town_named_as_the_documents_person_is_the_person() -> None:
    text = "President Arafat opened the talks. A plane was donated to Arafat to land at Gaza."
    assert "Arafat" not in _places(text)


def test_a_weakly_listed_town_after_to() -> None:
    assert "Rovaniemi" in _places("If the hill closes, they move to Lahti or to Rovaniemi.")


# --- an obituary's survivors: a name, the spouse's in brackets, the home town ---------------------

def test_survivors_home_town_after_the_spouse_in_brackets() -> None:
    text = "She is survived by her son, Paul Guidry (Renée) of Youngsville, and a sister."
    assert "Youngsville" in _places(text)


def test_a_club_lost_to_or_a_buyer_sold_to_is_no_town() -> None:
    assert "Ludlow" not in _places("Hereford lost to Ludlow on Saturday.")


# --- Malay, Thai and Khmer place words opening a name --------------------------------------------

def test_southeast_asian_place_words_open_a_place() -> None:
    assert "Tanjung Lumpar" in _places("Fishermen at Tanjung Lumpar are also concerned.")
    assert "Kampong Khleang" in _places("The zones work in Kampong Khleang, where stocks rose.")
    assert "Wat Thai Yo" in _places("The cloth market near Wat Thai Yo is reason enough to stop.")
