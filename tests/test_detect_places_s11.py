"""Session 11 place classes (synthetic sentences): a header's place and date line, the names a
settlement noun's list holds."""

from __future__ import annotations

from archivist.detect import Detector


def _places(text: str) -> set[str]:
    return {c.name for c in Detector().detect(text) if c.type == "place"}


def test_a_header_place_before_a_date_is_a_place():
    text = "Rain delays the final\n\nSports Desk\nChennai, March 2, 2026\n\nThe match was off."
    assert "Chennai" in _places(text)


def test_a_weak_place_after_a_date_in_a_header_line():
    text = "Islanders move inland\n\nIsland Beat — 11 March 2026, Suva\n\nThe people left."
    assert "Suva" in _places(text)


def test_a_header_date_line_names_no_person_as_a_place():
    text = "Budget day\n\nBy Anna Berg | Staff Writer, 4 August 2025\n\nThe minister spoke."
    assert not _places(text)


def test_a_results_row_with_a_date_stays_a_table_row():
    text = "Results on Saturday:\n\nBarnsley 2 Hereford 1 (Aug 24, 1996)\n"
    assert "Hereford" not in _places(text)


def test_the_villages_of_a_list_of_unlisted_names():
    places = _places("Residents of the villages of Kelatano, Nobuka and Hoken Jaya were moved "
                     "to camps on Monday.")
    assert {"Kelatano", "Nobuka", "Hoken Jaya"} <= places


def test_communities_of_and_the_island_of():
    places = _places("Water rose in the riverside communities of Lafenwo and Kutora, where "
                     "roofs went under. The people of Vunido, on the island of Vanua Teva, "
                     "left first.")
    assert {"Lafenwo", "Kutora", "Vanua Teva"} <= places


def test_a_listed_province_keeps_the_settlement_list_going():
    places = _places("Herders in the provinces of Zavkhan, Uvs and Khövsgöl in the north-west "
                     "have been hardest hit.")
    assert {"Zavkhan", "Uvs", "Khövsgöl"} <= places


def test_a_settlement_noun_list_takes_no_person_or_body():
    places = _places("The towns of Kelatano and Acme Group were hit, and villages including "
                     "Nobuka and John were cut off.")
    assert {"Kelatano", "Nobuka"} <= places
    assert "Acme Group" not in places and "John" not in places


def test_districts_such_as_a_list_of_names():
    places = _places("Residents in northern districts such as Tajrish and Niavaran said taps had "
                     "run dry. The ger districts, such as Songino and Bayanzur, have grown.")
    assert {"Niavaran", "Songino", "Bayanzur"} <= places


def test_clubs_such_as_are_no_places():
    places = _places("Clubs such as Arsenal and Chelsea said so.")
    assert "Chelsea" not in places and "Arsenal" not in places


def test_a_hospital_a_locative_cues_is_a_place():
    places = _places("He is in intensive care at the Princess Alma Hospital in Brisbane. She was "
                     "admitted to Boston's Harlow Memorial Hospital on Wednesday.")
    assert {"Princess Alma Hospital", "Harlow Memorial Hospital"} <= places


def test_a_college_hospital_or_an_uncued_one_is_no_place():
    places = _places("The injured were taken to Enam Medical College Hospital in Savar. Harlow "
                     "Memorial Hospital spokesman Dan Roe said two were hurt.")
    assert "Enam Medical College Hospital" not in places
    assert "Harlow Memorial Hospital" not in places


def test_a_name_before_a_landform_or_road_noun():
    places = _places("Talks moved the capital to the Makran coast. Water in the Zayandeh Rud "
                     "river ran low, and fans met near the Błonia meadow before the game.")
    assert {"Makran", "Zayandeh Rud river", "Błonia"} <= places


def test_a_list_of_names_before_a_plural_landform_noun():
    places = _places("Mining spread along the Tano and Bia rivers, and the Kelatano and "
                     "Kiambere dams upstream were full.")
    assert {"Tano", "Bia", "Kelatano", "Kiambere"} <= places


def test_a_person_or_word_before_a_landform_noun_is_no_place():
    places = _places("He praised the Smith coast plan and the Ahmed highway.")
    assert not places & {"Smith", "Ahmed"}


def test_dams_paths_promenades_and_foreign_road_words():
    places = _places("The Kelatano Dam released water. They walked the Pennine Way to the Tagore "
                     "Promenade, then drove the Autopista Norte to Gare Centrale and the Pont "
                     "Marie.")
    assert {"Kelatano Dam", "Pennine Way", "Tagore Promenade", "Autopista Norte",
            "Gare Centrale", "Pont Marie"} <= places


def test_a_way_of_plain_words_is_no_place():
    assert "Third Way" not in _places("Blair wrote about the Third Way in 1998.")


def test_a_city_after_in_ends_a_long_capitalised_chain():
    places = _places("Analysts at Rhodium Group in New York estimate the figure. They won at the "
                     "Peace and Friendship Stadium in Piraeus, with Vezen scoring.")
    assert {"New York", "Piraeus"} <= places


def test_a_continent_in_a_body_s_long_name_stays_the_name_s():
    places = _places("Leaders met at the Conference on Interaction and Confidence-Building "
                     "Measures in Asia on Monday.")
    assert "Asia" not in places


def test_a_short_word_or_particle_in_an_unlisted_name():
    places = _places("She was born in Bắc Từ Liêm, a district. Somewhere near La Fabera, I "
                     "stopped.")
    assert {"Bắc Từ Liêm", "La Fabera"} <= places


def test_an_unlisted_name_of_several_words_going_on_a_list():
    places = _places("Flooding in Henderson and Te Atatū were bad.")
    assert {"Henderson", "Te Atatū"} <= places


def test_carried_or_headed_somewhere():
    places = _places("She asked to be driven to Jökulsárlón to watch the icebergs. Then we head "
                     "south to Boquenza and the painted houses.")
    assert {"Jökulsárlón", "Boquenza"} <= places


def test_a_player_transferred_to_a_club_is_no_place():
    places = _places("Midfielder Paulo Sousa, recently transferred to Borussia Dortmund from "
                     "Juventus, will not travel.")
    assert "Borussia Dortmund" not in places


def test_an_unlisted_name_after_outskirts_people_or_parts_of():
    places = _places("The people of Vunidoga, on the coast, were the first to move. Troops "
                     "camped on the outskirts of Welikora on Monday.")
    assert {"Vunidoga", "Welikora"} <= places


def test_an_unlisted_name_after_a_plain_of_is_no_place():
    places = _places("The chief executive of Kelatano said sales rose.")
    assert "Kelatano" not in places


def test_an_unlisted_name_after_in_the():
    places = _places("Born in Ísafjörður, in the Westfjords, she was a fisherman's daughter. "
                     "Farmers across the Midwest, like those near the Marais, waited.")
    assert {"Westfjords", "Midwest", "Marais"} <= places


def test_a_body_league_or_index_after_in_the_is_no_place():
    places = _places("He sat in the Bundestag for years. He scored in the Bundesliga on Sunday. "
                     "Shares in the Dow fell. They met in the Parque General Roca on Sunday.")
    assert not places & {"Bundestag", "Bundesliga", "Dow", "Parque"}


def test_a_settlement_list_read_late_keeps_its_cue():
    text = ("The agency widened the zone to nine kilometres from the crater. Villages including "
            "Hoken Jaya, Kelatano and Nobuka in East Flores regency have been evacuated. Its "
            "head visited Maumere on Monday.")
    assert {"Hoken Jaya", "Kelatano", "Nobuka"} <= _places(text)


def test_a_stop_or_street_word_after_a_name_and_a_preposition():
    places = _places("He used to take the train to Lucien-Allier station. Trips from Matnok port "
                     "were suspended, and shops along Xuan Thuy street closed.")
    assert {"Lucien-Allier", "Matnok", "Xuan Thuy street"} <= places


def test_the_site_or_peak_of_an_unlisted_name():
    places = _places("They were found at the site of Huaca Pintada, north of Lima. The peak of "
                     "Doi Suthep was hidden.")
    assert {"Huaca Pintada", "Doi Suthep"} <= places


def test_the_place_a_governor_or_mayor_runs():
    places = _places("Catanduanes Governor Joseph Cua said power had been cut. Central Bank "
                     "Governor Ada Obi said rates would hold.")
    assert "Catanduanes" in places and "Central Bank" not in places


def test_a_games_or_shows_centre_a_locative_cues_is_a_place():
    places = _places("Sampras beat Agassi at the National Tennis Centre on Sunday. The European "
                     "Solidarity Centre opened in 2014.")
    assert "National Tennis Centre" in places
    assert "European Solidarity Centre" not in places


def test_a_sports_report_s_header_place_and_date_is_no_club():
    from archivist.clubs import club_in_report

    assert not club_in_report("Chennai, March 2, 2026", 0, len("Chennai"))
    assert not club_in_report("Lahore, Friday", 0, len("Lahore"))
    assert club_in_report("Lahore beat Karachi by six wickets.", 0, len("Lahore"))


def test_a_cape_or_valley_of_a_name_is_a_place():
    places = _places("Ships sailed around the Cape of Good Hope. It was found in the Valley of "
                     "the Kings near Luxor.")
    assert {"Cape of Good Hope", "Valley of the Kings"} <= places
