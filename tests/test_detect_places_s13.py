"""Session 13's place rules for unseen news: rubrics in capitals, a country ending a body's name,
names joined by particles (synthetic texts; places are gazetteer entries or invented)."""

from __future__ import annotations

from archivist.detect import Detector


def _typed(text: str) -> dict[str, str]:
    return {c.name: c.type for c in Detector().detect(text)}


def _places(text: str) -> set[str]:
    return {name for name, typ in _typed(text).items() if typ == "place"}


def test_a_rubric_in_capitals_names_its_place():
    assert "Nepal" in _places("NEPAL | HERITAGE\n\nA temple rises again\n\nThe work ended.")
    assert "Northern Ghana" in _places("AGRIBUSINESS | NORTHERN GHANA\n\nShea prices fall.")
    assert "South West" in _places("BUSINESS — SOUTH WEST\n\nA plant gets approval.")


def test_a_rubric_word_that_is_no_place_or_may_name_someone_gives_nothing():
    assert not _places("CULTURE | HERITAGE\n\nA temple rises again.")
    assert "Jordan" not in _places("JORDAN\n\nThank you all for coming.")


def test_a_weak_rubric_place_needs_the_text_to_locate_it():
    # "Justicia" is a listed village; as a section over a court story it names nothing
    assert not _places("JUSTICIA\n\nHe would appeal to the Corte de Justicia de Velmora.")
    assert "Puglia" in _places("ECONOMIA | PUGLIA\n\nWorkers in Puglia marched on Monday.")


def test_a_briefs_item_headed_by_a_city_in_capitals():
    text = "BRIEFS\n\nHALIFAX\nPort traffic up\nThe port handled more boxes.\n"
    assert "Halifax" in _places(text)


def test_a_dateline_after_a_rubric_headline_byline_and_date_line():
    text = ("FARMING | NORTH\n\nWomen say a levy will hurt them\n\nBy Ama Serwaa Boateng\n"
            "Published: 6 November 2025, 07:15 GMT\n\n"
            "TAMALE, Northern Region — Before sunrise the yard smelled of kernels.\n")
    assert "Tamale" in _places(text)


def test_a_country_ending_a_body_name_is_still_the_country_alone():
    text = ("Power will be sold to the state-owned Électricité du Laos. Heritage officials "
            "have asked Laos for an assessment.")
    assert "Laos" in _places(text)
    assert "Indonesia" in _places("It is run by PT Kereta Api Indonesia along the coast of "
                                  "Indonesia.")


def test_a_name_joined_by_a_particle_after_a_locative_is_a_place():
    assert "Limón de Chagres" in _places("Farmers near Limón de Chagres said they would resist.")
    assert "Mers El Kébir" in _places("The water is cooled at a plant near Mers El Kébir before "
                                      "discharge.")
    assert "Ciudad del Este" in _places("He lives in Ciudad del Este, near the border.")
    assert "São João dos Angolares" in _places("Disease spread around São João dos Angolares "
                                               "and Porto Alegre.")


def test_a_place_head_with_a_particle_names_a_place_without_a_cue():
    assert "Anse aux Anglais" in _places("The ferry left Anse aux Anglais at dawn.")
    assert "Serra do Horto" in _places("At the top of the Serra do Horto, a statue stands.")
    assert "Bois de Boulogne" in _places("We walked in the Bois de Boulogne on Sunday.")


def test_a_name_opened_by_an_article_after_in_goes_on_a_list():
    places = _places("Passengers waited at stops in La Mariscal and Chimbacalle.")
    assert {"La Mariscal", "Chimbacalle"} <= places


def test_particle_names_of_people_stay_people():
    assert _typed("She met Maria do Carmo in Lisbon on Friday.").get("Maria do Carmo") == \
        "person"
    assert _typed("The talks with Ursula von der Leyen ended.").get("Ursula von der Leyen") == \
        "person"
    assert _typed("said João Victor da Silva on Sunday.").get("João Victor da Silva") == "person"
    assert not _places("Investors lost confidence in Le Maire last week.")


def test_a_listed_place_and_a_particle_name_the_longer_place():
    assert "Mato Grosso do Sul" in _places("Fires burned in the wetlands of Mato Grosso do Sul "
                                           "and beyond.")


def test_a_body_named_with_a_particle_is_no_place():
    assert not _places("A room near the Faculdade de Engenharia now costs more.")


def test_people_a_place_sends_come_from_it():
    assert {"Saburtalo", "Mtatsminda"} <= _places("Volunteers from Saburtalo and Mtatsminda "
                                                  "brought tents.")
    assert {"Vava'u", "Ha'apai"} <= _places("Patients from Vava'u and Ha'apai will stay at a "
                                            "hostel.")


def test_a_landmark_noun_after_an_unlisted_name():
    assert "Waheen" in _places("Raw milk was sold at the Waheen market.")
    assert "Nyatapola temple" in _places("They crowded onto the steps of the Nyatapola temple.")
    assert "Kankesanthurai" in _places("The boats were held at Kankesanthurai harbour.")
    assert not _places("Shares in the Nasdaq market fell.")
    assert not _places("At the Anglican shrine a short walk away, he prayed.")


def test_a_saint_named_place_after_a_locative():
    assert "St Dennis" in _places("A plant is planned near St Dennis, in mid-Cornwall.")
    assert "St. Vital" in _places("They cut stops in St. Vital and then acted surprised.")
    assert not _places("We met on St Patrick's Day.")


def test_a_surname_shaped_town_paired_with_a_place_shaped_one():
    assert {"Arevalo", "Mandurriao"} <= _places("Bags made by cooperatives in Arevalo and "
                                                "Mandurriao will be handed out.")


def test_two_weak_listed_places_in_a_pair_vouch_for_each_other():
    assert {"Assam", "Meghalaya"} <= _places("Forecasters expect rain over Assam and Meghalaya "
                                             "until Sunday.")


def test_a_settlement_or_street_in_apposition_with_more_shapes():
    assert "Tamburi" in _places("She lives in Tamburi, the neighbourhood beside the parks.")
    assert "Ban Houaysouy" in _places("He fished from Ban Houaysouy, a village now being "
                                      "cleared.")
    assert "Talaa Kebira" in _places("Shops along Talaa Kebira, the medina's main street, "
                                     "stayed shut.")
    assert _typed("Jane Roe, the town clerk, said.").get("Jane Roe") == "person"


def test_datelines_with_a_source_of_two_words_or_a_date_in_another_language():
    assert "Oran" in _places("ORAN, le 18 mars 2026 — Warm water is discharged by plants.")
    assert _places("NUKU'ALOFA (Matangi Tonga) — A second unit opened on Monday.")


def test_a_verb_after_a_place_a_locative_cues():
    assert "Kejetia" in _places("Everybody in Kejetia saw it.")
    assert "Sagnarigu" in _places("The yard of the cooperative in Sagnarigu smells of kernels.")


def test_an_unlisted_region_before_its_head_word():
    assert "Bombali District" in _places("He led the team in Bombali District, said Ann.")
    assert not _places("Now Velmora County Municipality asks residents to choose.")


def test_mines_and_centres_named_after_their_place():
    assert {"Saranskaya", "Abaiskaya"} <= _places("The Saranskaya and Abaiskaya mines will shut.")
    assert "Kinigi" in _places("Prices fell at the Kinigi collection centre.")
    assert "Barrio Amón" in _places("Talks began at the ministry in Barrio Amón.")


def test_a_firm_before_its_mine_is_no_place():
    assert not _places("Glencore Plc said output fell. The Glencore mine closed.")


def test_area_prepositions_cue_a_name_that_can_only_be_a_place():
    assert "Verige" in _places("Ships will anchor off Verige, the narrowest point of the bay.")
    assert {"Tambul", "Tomba"} <= _places("In 2022 fighting around Tambul and Tomba left many "
                                          "dead.")
    assert not _places("A deal between Glencore and Xstrata fell through.")


def test_where_someone_is_from_after_a_mover_or_an_age():
    assert "Seeta" in _places("Traffic was diverted from Seeta from 4am.")
    assert "Louisburgh" in _places("Among them was Pádraig Ó Máille, 81, from Louisburgh, who "
                                   "said it was his ascent.")


def test_the_fields_of_a_place_and_an_air_base_in_apposition():
    assert "Shipka" in _places("Pickers worked on the fields of Shipka at dawn.")
    assert "Kangerlussuaq" in _places("Flights were diverted to Kangerlussuaq, the former "
                                      "American air base that served the island.")


def test_a_weak_listed_place_before_a_road_noun():
    assert "Penonomé" in _places("Farmers would block the Penonomé road if surveyors returned.")


def test_a_list_of_places_vouches_for_its_first_name():
    assert {"Kep", "Kampot", "Takeo"} <= _places("The floods reached Kep, Kampot and Takeo.")
    assert "Velmora" in _places("Boats from Velmora, Kampot and Takeo sailed at dawn.")
    assert "Smith" not in _places("Smith, Kampot and Takeo were named.")


def test_a_possessive_before_a_town_part_names_the_town():
    assert "Velmora" in _places("Fishermen crowded into Velmora's harbour on Monday.")
    assert not _places("Acme's market share rose again.")


def test_a_settlement_plural_earlier_in_the_clause_opens_the_list():
    assert {"Aizkraukle", "Koknese"} <= _places("They warned that towns downstream, including "
                                                "Aizkraukle and Koknese, could be flooded.")


def test_between_two_places_after_a_route_word():
    assert {"Pļaviņas", "Līvāni"} <= _places("A plan covers the stretch of river between "
                                             "Pļaviņas and Līvāni.")
    assert not _places("A deal between Glencore and Xstrata fell through.")


def test_the_far_end_of_a_route_an_unlisted_place_opened():
    assert {"Ilidža", "Baščaršija"} <= _places("The last tram will travel from Ilidža to "
                                               "Baščaršija, where a band waits.")


def test_a_place_head_of_another_language_after_a_locative():
    assert "Cap Falcon" in _places("He has fished off Cap Falcon for thirty years.")
    assert "Monte Rosa" in _places("The glacier below Monte Rosa, the second-largest, shrank.")
    assert "Bab Boujloud" in _places("The street winds down from Bab Boujloud to the mosque.")


def test_more_region_nouns_and_people_from_a_place():
    assert "Tahirpur" in _places("In Tahirpur upazila, a farmer said he had moved.")
    assert "Pangkep" in _places("said a 58-year-old trader from Pangkep, who has one name.")
    assert {"Companiganj", "Gowainghat"} <= _places("The army deployed boats to Companiganj "
                                                    "and Gowainghat.")


def test_a_one_word_street_or_square_of_another_language():
    assert "Höllgasse" in _places("He runs a bakery on the Höllgasse, near the river.")
    assert "Guyotplein" in _places("Outside the court on the Guyotplein, she held his arm.")
    assert "Víkurbraut" in _places("They returned to their house on Víkurbraut. A crack runs.")
    assert _typed("Mr Hallstrasse said so.").get("Hallstrasse") == "person"


def test_an_island_before_in_and_its_country():
    assert "Vanua Levu" in _places("They shelved a purchase of land on Vanua Levu in Fiji.")


def test_a_city_dateline_and_a_briefs_item_headed_by_a_city():
    assert "Iloilo City" in _places("ILOILO CITY — The council on Tuesday approved a ban.")
    assert "Abuja" in _places("BRIEFS\n\nABUJA: Central bank holds rate\nIt held.")


def test_a_river_named_river_first_after_the():
    assert "River Taff" in _places("Villages along the River Taff were told to prepare.")
    assert not _places("River Phoenix starred in it.")


def test_nearby_towards_and_dwellers_after_a_name():
    assert "Quorbala" in _places("Families sheltered in Velmora and nearby Quorbala.")
    assert "Quorbala" in _places("The convoy headed north towards Quorbala.")
    assert not _places("Hostility towards Huawei grew.")
    assert "Quorbala" in _places("Quorbala residents said the water was dirty.")


def test_one_hyphened_word_joined_by_a_particle_is_a_place():
    assert "Saint-Pierre-et-Miquelon" in _places("A ferry reached Saint-Pierre-et-Miquelon on "
                                                 "Monday.")
    assert "Saint-Germain-des-Prés" in _places("Saint-Germain-des-Prés was busy.")
    assert _typed("Jean-Baptiste de Saint-Aubin said.").get("Jean-Baptiste de Saint-Aubin") == \
        "person"


def test_a_kickers_place_is_linked_and_shown_as_a_link(tmp_path):
    from archivist.index import build_index
    from archivist.render.pages import headline

    from .conftest import archive_of

    text = ("NEPAL | HERITAGE\n\nA temple rises again, ten years after the quake\n\n"
            "Drums echoed across the square on Saturday as priests blessed the temple. "
            "Visitors came from the valley's towns.\n")
    archive = archive_of(tmp_path, {"temple.txt": text})
    doc = archive.documents[0]
    assert doc.blocks[0].kind == "kicker"
    places = {m.text for m in archive.mentions if m.block == 0}
    assert places == {"NEPAL"}
    index = build_index(archive)
    by_block = {0: [m for m in archive.mentions if m.block == 0]}
    assert 'href="../../places/nepal/index.html"' in headline(doc, by_block, "documents/x/", index)


def test_a_period_written_with_a_particle_is_no_place():
    assert not _places("Over the past 12 months (March-on-March), inflation was 7%.")


def test_a_landmark_noun_after_an_age_word_and_a_name():
    assert "Sevanavank" in _places("Hotels near the ninth-century Sevanavank monastery are "
                                    "empty.")
    assert "Dolní Vítkovice" in _places("The old Dolní Vítkovice ironworks, closed in 1998, "
                                        "hosts concerts.")
