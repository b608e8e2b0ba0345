"""Session 17 (mine): page wrongs read on judged pages of unseen collections."""
from __future__ import annotations

import pytest

from .conftest import archive_of


@pytest.mark.parametrize("eponym", ["Dr Gray's Hospital", "Gray's Inn", "the Gray’s School"])
def test_a_surname_naming_a_building_is_no_mention_of_the_person(tmp_path, eponym):
    archive = archive_of(tmp_path, {"a.txt": (
        "Ward reopens\n\nKevin Gray, the health board's chief executive, said the ward at "
        f"{eponym} in Elgin would reopen. Gray said staff were ready.\n")})
    gray = next(e.id for e in archive.entities if e.name == "Kevin Gray")
    texts = [m.text for m in archive.mentions if m.entity == gray]
    assert texts.count("Gray") == 1  # "Gray said", not the building


@pytest.mark.parametrize(("sentence", "name"), [
    ("Chief Fortune Charumbira opened the meeting.", "Fortune Charumbira"),
    ("Senator Gift Banda opened the meeting.", "Gift Banda"),
    ("On Monday, President Fortune Mbeki opened the meeting.", "Fortune Mbeki"),
    ("Mr Hope Mbeki opened the meeting.", "Hope Mbeki"),  # a woman's name in the list: a man here
])
def test_a_word_as_given_name_after_a_title_stays_in_the_name(tmp_path, sentence, name):
    archive = archive_of(tmp_path, {"a.txt": f"Council news\n\n{sentence} He thanked the staff.\n"})
    assert name in {e.name for e in archive.entities if e.type == "person"}


def test_a_domain_word_before_a_surname_is_still_a_role(tmp_path):
    archive = archive_of(tmp_path, {"a.txt": "Museum news\n\nMinister of Culture Medinsky opened "
                                             "the museum. He thanked the staff.\n"})
    assert "Medinsky" in {e.name for e in archive.entities if e.type == "person"}


@pytest.mark.parametrize(("sentence", "name"), [
    ("Hewa Pathiranage Dinesh Chaminda, a farmer, said the rains failed.",
     "Hewa Pathiranage Dinesh Chaminda"),
    ("The farmer Kankanamge Sunil Perera said the rains failed.", "Kankanamge Sunil Perera"),
])
def test_a_sinhala_house_name_opens_the_person_s_name(tmp_path, sentence, name):
    archive = archive_of(tmp_path, {"a.txt": f"Farm news\n\n{sentence} He left for Kandy.\n"})
    assert {e.name for e in archive.entities if e.type == "person"} == {name}


def test_a_word_ending_in_ge_is_no_house_name(tmp_path):
    archive = archive_of(tmp_path, {"a.txt": "Farm news\n\nThe Village Lounge Dinesh Chaminda "
                                             "said the rains failed.\n"})
    assert "Lounge Dinesh Chaminda" not in {e.name for e in archive.entities}


@pytest.mark.parametrize(("sentence", "place"), [
    ("The council in King's Lynn said the river would rise.", "King's Lynn"),
    ("Crews drove the pumps north to Prince Albert on Sunday.", "Prince Albert"),
])
def test_a_town_whose_name_opens_with_a_title_or_a_possessive(tmp_path, sentence, place):
    archive = archive_of(tmp_path, {"a.txt": f"Flood news\n\n{sentence} Residents were warned.\n"})
    assert place in {e.name for e in archive.entities if e.type == "place"}
    assert not {e.name for e in archive.entities if e.type == "person"}


def test_a_possessive_before_a_name_is_still_a_possessive(tmp_path):
    archive = archive_of(tmp_path, {"a.txt": "Talks\n\nVladimir Putin met Joe Biden in Geneva. "
                                             "Putin's aides spoke to Biden's team.\n"})
    assert {"Vladimir Putin", "Joe Biden"} <= {e.name for e in archive.entities}


def test_a_paper_named_with_mail_is_no_person(tmp_path):
    archive = archive_of(tmp_path, {"a.txt": "Bauxite news\n\nResidents of Kuantan fear the red "
                                             "dust, said Meenakshi Raman.\n\n— Malay Mail\n"})
    assert "Malay Mail" not in {e.name for e in archive.entities if e.type == "person"}


@pytest.mark.parametrize(("sentence", "place"), [
    ("Not everyone in the harbour district Oude Binnenstad is happy.", "Oude Binnenstad"),
    ("In the town Tal Afar, families returned.", "Tal Afar"),
])
def test_an_area_s_noun_right_before_a_name_makes_it_a_place(tmp_path, sentence, place):
    archive = archive_of(tmp_path, {"a.txt": f"Local news\n\n{sentence} Residents were warned.\n"})
    assert place in {e.name for e in archive.entities if e.type == "place"}


def test_an_area_s_noun_before_a_common_word_or_a_body_names_no_place(tmp_path):
    archive = archive_of(tmp_path, {"a.txt": "Council news\n\nThe meeting was held in the town "
                                             "Hall. The district Court heard the case, and Ann "
                                             "Roe of the town Planning Office spoke.\n"})
    assert not {e.name for e in archive.entities if e.type == "place"}


def test_a_ground_named_in_turkish_is_no_person(tmp_path):
    archive = archive_of(tmp_path, {"a.txt": "Match report\n\nRizespor beat Kayserispor 2-1 at "
                                             "Çaykur Didi Stadyumu in Rize on Sunday.\n"})
    assert not {e.name for e in archive.entities if e.type == "person"}


def test_a_listed_place_with_and_inside_is_one_place(tmp_path):
    archive = archive_of(tmp_path, {"a.txt": "War news\n\nRefugees returned to Bosnia and "
                                             "Herzegovina in May. Trinidad and Tobago signed.\n"})
    places = {e.name for e in archive.entities if e.type == "place"}
    assert {"Bosnia and Herzegovina", "Trinidad and Tobago"} <= places and "Bosnia" not in places
