"""Places of local English news by their cue (synthetic sentences; invented names)."""

from __future__ import annotations

from archivist.detect import Detector


def _found(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in Detector().detect(text):
        out.setdefault(c.type, set()).add(c.name)
    return out


def _places(text: str) -> set[str]:
    return _found(text).get("place", set())


def test_a_town_before_a_noun_of_who_lives_there_is_a_place():
    assert "Brellowick" in _places("A Brellowick man who drove into a wall was fined yesterday.")
    assert "Quarnside" in _places("The inquest heard that a Quarnside grandmother fell at home.")
    assert "Tarnvale" in _places("Ann Doe, a Tarnvale Democrat, said the bill would pass.")


def test_no_hometown_from_a_nationality_a_party_or_a_family():
    places = _places("A Polish man, a Labour woman and the Grindell family were at the fair.")
    assert not {"Polish", "Labour", "Grindell"} & places


def test_a_country_after_an_untyped_name_and_of_is_a_place():
    assert "Indonesia" in _places("She opens against Yalunta Broviski of Indonesia on Monday.")


def test_a_body_before_of_keeps_the_country_in_its_name():
    found = _found("The Bank of France said rates would hold.")
    assert "France" not in found.get("place", set())


def test_a_school_a_locative_puts_an_event_at_is_a_place():
    assert "Marlow Creek High School" in _places(
        "The Red Cross shelter at Marlow Creek High School closed on Monday night.")
    assert {"Quillan Middle School", "Ostrey Elementary"} <= _places(
        "Classes were cancelled because of damage at Quillan Middle School and Ostrey "
        "Elementary.")
    assert "Pellow Junior High" in _places("She complained about parking near Pellow Junior High.")


def test_a_school_where_its_people_teach_or_learn_is_no_place():
    assert "Marlow Creek High School" not in _places(
        "Ann Roe, who teaches at Marlow Creek High School, said the roof leaks.")
    assert "Marlow Creek High School" not in _places(
        "The teachers at Marlow Creek High School were told on Friday.")


def test_a_kinsmans_or_neighbours_home_town_after_of_is_a_place():
    places = _places("He is survived by his sister Maud Ferrow of Lincoln. He was a farmer.")
    assert "Lincoln" in places
    places = _places("A daughter, Ivy Ferrow Doyle of Thornbury; and a son, Tom Ferrow of "
                     "Kessock; nine grandchildren.")
    assert {"Thornbury", "Kessock"} <= places
    assert "Ollerby" in _places("Neighbor Orvin Tasker of Ollerby objected, citing dust.")


def test_no_home_town_after_a_religious_sisters_name():
    assert not _places("Sister Maud of Mercy spoke at the meeting.")


def test_a_ground_named_the_and_one_noun_after_a_locative():
    assert "The Oval" in _places("Pakistan reached 300 for four at The Oval on Thursday.")
    assert "The Oval" not in _places("The Oval was sold out.")


def test_a_room_after_a_locative_is_a_place():
    assert "Guild Room" in _places("A reception will follow in the Guild Room.")


def test_a_work_or_landform_named_after_a_place_keeps_its_noun():
    assert "Kessara dam" in _places("Heavy rains destroyed the Kessara dam, north of the city.")
    assert "Ovrani pier" in _places("At the Ovrani pier, a retired teacher said she would walk.")
    assert "Mandrovo river" in _places("Water trucking from the Mandrovo river is the only source.")
    assert "Velsha street" in _places("Dealers on Velsha street quoted the rial at 2,230.")
    assert "Niger river" in _places("Torrential rains caused the Niger river to burst its banks.")


def test_a_representatives_seat_is_a_place():
    assert "Quellan" in _places("Quellan MLA Tomas Ferrow welcomed the move on Monday.")
    assert "Lagvinu" in _places("Local member for Lagvinu, Tomait Kapore, called for an inquiry.")


def test_no_seat_from_a_members_own_name():
    places = _places("Ann Roe MP said the bill was late. Tom Lee MLA agreed.")
    assert not {"Ann Roe", "Roe", "Tom Lee", "Lee"} & places


def test_an_unlisted_town_after_a_venue_and_a_comma_is_a_place():
    assert "Quorbally" in _places(
        "Requiem Mass at 11am in Holy Cross Church, Quorbally, followed by burial.")
    assert "Velwood" in _places("Officers found him along Tarrow Avenue, Velwood, during a march.")


def test_no_town_from_a_role_after_a_venue():
    assert "Secretary" not in _places("Written at Tarrow Hall, Secretary.")


def test_a_compass_word_before_a_strong_place_names_a_part_of_it():
    assert "Northern Ontario" in _places("The rink sits at 3-2 after a loss to Northern Ontario.")
    assert "North Canada" not in _places("Nutrition North Canada said the subsidy would rise.")


def test_a_landmark_noun_after_an_unlisted_name():
    assert "Quorvani" in _places("The field lies between Al-Ahsa and the Quorvani oilfield.")
    assert "Tarzindan" in _places("Many children in the Tarzindan district still study in tents.")
    assert "Smith" not in _places("Staff at the Smith district office said nothing.")


def test_a_club_an_event_is_held_at_is_a_place():
    assert "Tarnock Club" in _places("Drop-in sessions will be held at the Tarnock Club on 12 June.")
    assert "Tarnock Club" not in _places("The Tarnock Club said it would appeal the fine.")


def test_a_place_before_a_local_trade_and_a_persons_name():
    assert "Quorsay" in _places("Quorsay farmer Magnus Trell said freight delays cost him.")
    assert "Mundrax" in _places("Mundrax mayor Anton Velli said residents would appeal.")
    assert "Local" not in _places("Local resident Eilidh Munro spoke first.")


def test_no_region_from_a_places_adjective():
    assert not _places("Storms lashed the Irish coast and the Himalayan region.")


def test_a_teaching_hospital_a_locative_puts_someone_at_is_a_place():
    assert "Quorvat Teaching Hospital" in _places(
        "Doctors spoke outside Quorvat Teaching Hospital on Monday.")
