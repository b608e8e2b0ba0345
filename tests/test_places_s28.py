"""Session 28's rules for places in news nobody tuned for (synthetic texts; places are
gazetteer entries or invented)."""

from __future__ import annotations

from archivist.clubs import club_in_report
from archivist.detect import Detector


def _places(text: str) -> set[str]:
    return {c.name for c in Detector().detect(text) if c.type == "place"}


def _at(text: str, name: str) -> tuple[str, int, int]:
    start = text.index(name)
    return text, start, start + len(name)


# --- a journey or a reach in a sports report names the town, not its club -------------------------

def test_journey_with_words_between_keeps_the_town() -> None:
    assert not club_in_report(*_at("Fans who travelled by bus from Leeds sang all day.", "Leeds"))
    assert not club_in_report(*_at("Many made the trip up the M1 from Leeds to see it.", "Leeds"))
    assert not club_in_report(*_at("A crowd came from as far as Leeds and Hull.", "Hull"))


def test_club_after_a_match_verb_stays_a_club() -> None:
    assert club_in_report(*_at("Leeds won the match 3-1 on Saturday.", "Leeds"))
    assert club_in_report(*_at("The trip to face Hull ended 2-0 for Leeds.", "Leeds"))


# --- a US postal code in a dateline or before a ZIP code ------------------------------------------

def test_postal_code_after_a_dateline_town_is_the_state() -> None:
    places = _places("School news\n\nTUCSON, AZ — The board voted 3-2 to close two schools.")
    assert {"Tucson", "Arizona"} <= places


def test_two_capitals_no_postal_code_are_no_region() -> None:
    assert _places("Wire news\n\nROME, AP — The talks ended on Monday.") == {"Rome"}


def test_dotted_state_after_a_dateline_town_stays() -> None:
    assert "Pennsylvania" in _places("Court news\n\nALLENTOWN, Pa. 1996-08-27\n\nA jury sat.")


def test_state_before_a_zip_code_whatever_the_town() -> None:
    assert "Vermont" in _places("Gifts may be sent to 12 Elm Road, Barre, VT 05641.")


# --- Mongolia's aimags and soums, Poland's voivodeships -------------------------------------------

def test_name_before_aimag_or_soum_is_a_place() -> None:
    assert "Zorvagin" in _places("A nursery has opened in Zorvagin aimag, the ministry said.")
    assert "Khaltar" in _places("Herders in Khaltar soum lost a third of their animals.")


def test_names_before_plural_aimags_or_voivodeships_are_places() -> None:
    places = _places("Saxaul will be planted in the Zorvagin and Delgerovi aimags this year.")
    assert {"Zorvagin", "Delgerovi"} <= places
    places = _places("Floods hit the Wendlarskie and Morzanskie voivodeships on Monday.")
    assert {"Wendlarskie", "Morzanskie"} <= places


# --- a compass side or a neighbour before a listed place ------------------------------------------

def test_side_of_a_listed_place_is_the_place() -> None:
    assert "Guangdong" in _places("The storm skirted the coast of western Guangdong on Monday.")
    assert "Murcia" in _places("Troops were sent to Valencia and neighbouring Murcia.")


def test_side_word_before_a_person_makes_no_place() -> None:
    assert not _places("The award went to Dr Ann Roe, the central figure of the team.")


# --- a Romance "and" between two names: the list goes on from the first ---------------------------

_IT = ("Il sindaco Marco Rossi ha detto che la situazione è grave. Il ministro Luca Bianchi ha "
       "detto che i cittadini sono preoccupati per le piogge. La Protezione Civile ha detto che "
       "le famiglie sono per strada.\n\n")


def test_italian_and_list_after_a_locative_names_both_towns() -> None:
    places = _places("Notizie\n\n" + _IT + "Chiusa la strada tra Imola e Faenza, interrotta la "
                     "linea.")
    assert {"Imola", "Faenza"} <= places


def test_italian_and_between_people_makes_no_place() -> None:
    places = _places("Notizie\n\n" + _IT + "Le dichiarazioni di Rossi e Bianchi hanno sorpreso.")
    assert not places & {"Rossi", "Bianchi"}


# --- a site by two head words; synagogues, footbridges, plains ------------------------------------

def test_prison_and_park_by_their_two_head_words_are_places() -> None:
    assert "Varnow Correctional Facility" in _places(
        "He will serve his sentence at the Varnow Correctional Facility.")
    assert "Quellan National Park" in _places(
        "Quellan National Park, which has been closed since April, reopened on Monday.")
    assert "Zorvan National Sports Complex" in _places(
        "The derby was played at the Zorvan National Sports Complex on Saturday.")


def test_community_centre_stays_no_site_by_its_heads() -> None:
    assert "Ann Roe Community Center" not in _places(
        "The board had not looked at sharing space with the Ann Roe Community Center.")


def test_synagogue_footbridge_and_plain_heads() -> None:
    assert "Zorvan Synagogue" in _places("They played in the Zorvan Synagogue on Sunday.")
    assert "Quellan Footbridge" in _places("We walked past the Quellan Footbridge to the river.")
    assert "Zorvan Plain" in _places("Drought hit the Zorvan Plain this year.")


# --- datelines: an accented region, Japan's "Pref." -----------------------------------------------

def test_dateline_region_with_an_accented_letter() -> None:
    places = _places("Plant news\n\nMONTERREY, Nuevo León — The firm will build a plant.")
    assert {"Monterrey", "Nuevo León"} <= places


def test_dateline_prefecture_written_short() -> None:
    places = _places("Baseball\n\nNISHINOMIYA, Hyogo Pref. – Ann Roe hit a home run.")
    assert {"Nishinomiya", "Hyogo"} <= places


# --- "Township" heads a region's name ----------------------------------------------------------

def test_name_before_township_is_a_place() -> None:
    assert "Zorvan Township" in _places("The plan covers Zorvan Township and the city.")


def test_side_word_before_a_thing_named_after_a_place_is_no_cue() -> None:
    assert "Devon" not in _places("Earlier, the central Devon group sang.")


def test_maltese_street_and_square_words_open_a_place() -> None:
    assert "Triq Ann Vella" in _places("He was attacked outside a bar on Triq Ann Vella on Sunday.")
    assert "Pjazza San Pawl" in _places("The bus stops at Pjazza San Pawl every hour.")


_ES = ("El alcalde Juan Pérez dijo el lunes que la situación es grave. El ministro Pedro Gómez "
       "dijo que los vecinos están preocupados por las lluvias. La Cruz Roja dijo que las "
       "familias están en la calle.\n\n")


def test_spanish_village_and_resort_nouns_before_names() -> None:
    places = _places("Noticias\n\n" + _ES + "El río inundó las aldeas El Zorval y Quellaje, "
                     "según los bomberos.")
    assert {"El Zorval", "Quellaje"} <= places
    places = _places("Noticias\n\n" + _ES + "Las obras se hicieron en el balneario Zorvamar, "
                     "según la Fiscalía.")
    assert "Zorvamar" in places
