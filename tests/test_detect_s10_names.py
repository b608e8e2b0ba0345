"""Detection: Vietnamese letters and family-first names; streets named before or after a name."""

from __future__ import annotations

import pytest

from archivist.detect import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def names(detector: Detector, text: str) -> dict[str, str]:
    return {c.name: c.type for c in detector.detect(text)}


def test_vietnamese_letters_stay_in_the_name(detector: Detector) -> None:
    got = names(detector, "The minister, Vũ Thị Hồng Nhung, met Trần Sỹ Thanh in Hanoi on Monday.")
    assert got.get("Vũ Thị Hồng Nhung") == "person"
    assert got.get("Trần Sỹ Thanh") == "person"
    assert not any(n.endswith(" Th") or n == "Vũ" for n in got)


def test_accented_family_name_first(detector: Detector) -> None:
    got = names(detector, "Nguyễn Thị Lan Anh, 27, an accountant, said the trip was shorter.")
    assert got.get("Nguyễn Thị Lan Anh") == "person"
    assert "Thị Lan Anh" not in got


@pytest.mark.parametrize("street", ["Calle Defensa", "Rua Augusta", "Avenida Paulista"])
def test_street_word_before_the_name_is_a_street(detector: Detector, street: str) -> None:
    got = names(detector, f"Cafés line {street} in the old quarter, said Ana Ruiz.")
    assert got.get(street) != "person"
    assert got.get("Ana Ruiz") == "person"


def test_street_after_a_person_shaped_name(detector: Detector) -> None:
    got = names(detector, "Stay at the small hotel on Carlos Calvo street, a short walk away. "
                          "Officers will patrol Herbert Macaulay Way and Ikorodu Road.")
    assert got.get("Carlos Calvo") != "person"
    assert got.get("Herbert Macaulay Way") != "person"
    assert got.get("Ikorodu Road") == "place"


def test_a_person_named_before_street_words_elsewhere_is_kept(detector: Detector) -> None:
    got = names(detector, "Carlos Calvo said the street was closed. Maria Way-Smith agreed.")
    assert got.get("Carlos Calvo") == "person"


def test_a_box_score_after_a_team_label_names_players(detector: Detector) -> None:
    got = names(detector, "The hosts won 87-80 on Friday.\n\n"
                          "HOME SIDE: Quarrel 27, Vessik 18, Tamblyn 13, Orrow 9, Pellam 6.\n")
    assert {n for n, t in got.items() if t == "person"} >= {"Quarrel", "Vessik", "Tamblyn",
                                                            "Orrow", "Pellam"}


def test_a_list_of_towns_and_numbers_is_no_box_score(detector: Detector) -> None:
    got = names(detector, "Temperatures rose again on Friday.\n\n"
                          "TODAY: London 12, Paris 14, Madrid 19, Rome 17, Berlin 9.\n")
    assert not any(t == "person" for t in got.values())


def test_a_not_out_star_keeps_a_scorer(detector: Detector) -> None:
    got = names(detector, "Scores: Kestria 356-4 (Shan Orrowby 142, Saud Tamblyn 88, Aziz "
                          "Pellam 46*) v Norland.")
    assert got.get("Aziz Pellam") == "person"


@pytest.mark.parametrize("body", ["Santo Antônio Energia", "Rubin Observatory", "Rana Plaza"])
def test_body_and_building_words_end_no_persons_name(detector: Detector, body: str) -> None:
    got = names(detector, f"The report on {body} was published, said Ana Lima.")
    assert got.get(body) != "person"


def test_arabic_place_words_open_a_place(detector: Detector) -> None:
    got = names(detector, "Hikers walk from Ain al-Tannur to Beit Lahia, said Omar Haddad.")
    assert got.get("Ain al-Tannur") == "place" and got.get("Beit Lahia") == "place"


def test_a_rulers_name_and_number(detector: Detector) -> None:
    got = names(detector, "The tomb of Ramses II was opened. Louis XIV built the wing. "
                          "World War II ended it. Vatican II changed the rite.")
    assert got.get("Ramses II") == "person" and got.get("Louis XIV") == "person"
    assert "World War II" not in got and "Vatican II" not in got
    assert not any(n.endswith(" I") for n in names(detector, "Then Ramses I said no."))


def test_a_firms_word_before_a_given_name(detector: Detector) -> None:
    got = names(detector, "The mine is run by Minera Andina del Sur, a subsidiary, said Ana Ruiz.")
    assert not any(t == "person" and "Andina" in n for n, t in got.items())


def test_two_names_before_streets(detector: Detector) -> None:
    got = names(detector, "Stations stand along Xuân Thủy and Cầu Giấy streets, said Ana Ruiz.")
    assert got.get("Xuân Thủy") != "person"


def test_a_places_body_in_plain_words_is_no_person(detector: Detector) -> None:
    got = names(detector, "Roads were cut, the Kenya Red Cross said on Monday.")
    assert "Red Cross" not in got


def test_a_describing_word_opening_a_sentence_is_no_part_of_a_firms_name(
        detector: Detector) -> None:
    got = names(detector, "Rival Chery Automobile Co. is building a plant in Spain. "
                          "Touchstone Software Corp. said nothing.")
    assert got.get("Chery Automobile Co") == "organization"
    assert "Touchstone Software Corp" in got


def test_a_settlement_in_apposition_is_a_place(detector: Detector) -> None:
    got = names(detector, "She headed north to Umm Qais, the hilltop town built on ruins. Then "
                          "we reached Qarzabad, a fishing village on the coast. Umm Ahmed, a "
                          "widow, and Tom Qais, a city councillor, said so.")
    assert got.get("Umm Qais") == "place" and got.get("Qarzabad") == "place"
    assert got.get("Umm Ahmed") == "person" and got.get("Tom Qais") == "person"


def test_a_compound_surname_joins_the_full_name(detector: Detector) -> None:
    text = ("Counsel for the firm, Julián Reyes Villanueva, rose. The judge thanked Mr Reyes "
            "Villanueva, and Mr Reyes Villanueva sat down.")
    people = [c for c in detector.detect(text) if c.type == "person"]
    assert [c.name for c in people] == ["Julián Reyes Villanueva"]


def test_a_page_is_named_by_the_full_name_not_its_compound_surname() -> None:
    from archivist.resolution.cluster import page_name
    written = {"Reyes Villanueva": 3, "Julián Reyes Villanueva": 1}
    assert page_name("person", written, {}) == "Julián Reyes Villanueva"
    assert page_name("person", {"Ann Berg": 3, "Ann Berg-Lund": 1}, {}) == "Ann Berg"


def test_a_clubs_team_sheet_label_is_no_person(detector: Detector) -> None:
    got = names(detector, "Wisła Kraków: Kamil Broda — Wiktor Biedrzycki, Jan Kieszek, Łukasz "
                          "Zwoliński — Angel Baena, Olivier Sukiennicki.")
    assert "Wisła Kraków" not in got
    assert got.get("Kamil Broda") == "person"
