"""Session 17's place rules for news nobody tuned on: classes of missed places that recur across
collections (synthetic texts; places are gazetteer entries or invented)."""

from __future__ import annotations

from pathlib import Path

from archivist.clubs import club_in_report
from archivist.detect import Detector
from archivist.linking import _inside_longer_name
from archivist.model import Archive
from archivist.place_context import part_of_other_name

from .conftest import archive_of


def _places(text: str) -> set[str]:
    return {c.name for c in Detector().detect(text) if c.type == "place"}


def _types(text: str) -> dict[str, str]:
    return {c.name: c.type for c in Detector().detect(text)}


def _archive(tmp_path: Path, texts: dict[str, str]) -> Archive:
    return archive_of(tmp_path, texts)


def _mentioned(archive: Archive, kind: str = "place") -> set[str]:
    """Names of the entities of a kind that any document mentions."""
    by_id = {e.id: e for e in archive.entities}
    return {by_id[m.entity].name for m in archive.mentions if by_id[m.entity].type == kind}


def _at(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


# --- linking: a place stays a place where the sentence says so ----------------------------------

def test_a_place_before_the_pronoun_i_is_no_longer_name():
    text = "In Karameh I met the farmers who still grow dates."
    start, end = _at(text, "Karameh")
    assert not _inside_longer_name(text, end, start)
    assert _inside_longer_name("The Karameh Group said", *reversed(_at(
        "The Karameh Group said", "Karameh")))


def test_a_list_after_a_locative_may_hold_names_with_lowercase_particles():
    text = "If the regions around Ústí nad Labem and Karlovy Vary vote, he wins."
    assert not part_of_other_name(text, *_at(text, "Karlovy Vary"))
    text = "Cocoa is spreading around São João dos Angolares and Porto Alegre."
    assert not club_in_report(text, *_at(text, "Porto Alegre"))


def test_in_a_sports_report_people_from_a_town_keep_the_town_a_place():
    for text, town in (('"The boys from Swansea never go away in this fixture," he said.',
                        "Swansea"),
                       ("Schoolchildren were bused in from Castries for the match.", "Castries"),
                       ("The visitors from Montevideo's Prado neighbourhood remain sixth.",
                        "Montevideo")):
        assert not club_in_report(text, *_at(text, town)), text
    text = "Swansea beat Cardiff 2-1 and Swansea's quarter-final is next."
    assert club_in_report(text, *_at(text, "Swansea"))  # still the club


def test_a_ground_is_never_a_club():
    text = "The Bulls return to Loftus Versfeld to face the Sharks."
    assert not club_in_report(text, *_at(text, "Loftus Versfeld"))


def test_a_sports_report_links_people_from_a_town(tmp_path):
    text = ("Scarlets 24 Ospreys 20\n\nThe Scarlets scored two tries in the second half to win "
            "the derby. The referee awarded a late penalty, and the match ended with the home "
            'side defending their line. "The boys from Swansea never go away in this fixture," '
            "said the coach. The league table now has the Scarlets third.\n")
    assert "Swansea" in _mentioned(_archive(tmp_path, {"derby.txt": text}))


# --- rivers named alone after "the", where a water's part or a list of rivers says so -----------

def test_a_river_named_by_its_banks_or_mouth():
    assert "Foyle" in _places("The factory employed thousands of women on both banks of the "
                              "Foyle.")
    assert "Neretva" in _places("Hotel owners on the Neretva's eastern bank backed the fee.")
    assert "Kvirila" in _places("The town in the gorge of the Kvirila is trying to change.")
    assert "Ría de Vigo" in _places("The park lies at the mouth of the Ría de Vigo, near the "
                                    "port.")


def test_the_other_names_of_a_list_of_rivers():
    places = _places("The water rose in Passau as the Danube, the Inn and the Ilz all rose.")
    assert {"Inn", "Ilz"} <= places
    places = _places("Anglers lost stretches of the Big Hole and the Jefferson this week.")
    assert {"Big Hole", "Jefferson"} <= places


def test_a_capitalised_water_word_opens_a_line_about_a_river():
    assert "Blackfoot" in _places("Flows on the Blackfoot near Bonner were running low.")


def test_no_river_from_bodies_papers_or_people():
    for text in ("He sued the Times and the Guardian over the story.",
                 "A source of the Finance Ministry said the deal was off.",
                 "The upper reaches of the Communist Party and the army agreed.",
                 "She thanked the Smiths and the Joneses for coming."):
        assert not _places(text), text


# --- a town and its state's or province's postal code ------------------------------------------

def test_a_town_with_its_postal_code():
    assert {"Summerside", "Prince Edward Island"} <= _places(
        "Council Chambers, City Hall, 275 Fitzroy Street, Summerside, PE")
    assert {"Casper", "Wyoming"} <= _places("200 North Center Street, Casper, WY 82601")
    assert {"Longreach", "Queensland"} <= _places("LONGREACH, Qld — The trucks began lining up "
                                                 "at the saleyards.")


def test_letters_of_a_firm_or_a_degree_are_no_postal_code():
    assert not _places("Jane Roe, MD, said the clinic would stay open.")
    assert not _places("The dam is run by Grande Dixence SA for the canton.")
    assert "person" in _types("The report was written by Tom Doe, ME, and Ann Roe.").values()


# --- person-shaped places: a place's generic word first or a locality's word last ---------------

def test_a_person_shaped_name_after_a_place_preposition_is_a_place():
    assert _types("The marae in Glen Eden opened on Sunday.").get("Glen Eden") == "place"
    assert _types("Residents near Val Caron were told to boil water.").get("Val Caron") == "place"
    assert _types("Most stop at Banavie and drive on to Glen Nevis, she said.").get(
        "Glen Nevis") == "place"
    assert _types("He was last seen running towards Lossie Wynd and the park.").get(
        "Lossie Wynd") == "place"
    assert _types("R. Muthukumar, a resident of Anna Nagar, said shops had come up.").get(
        "Anna Nagar") == "place"


def test_a_person_so_named_stays_a_person():
    assert _types("He talked to Glen Smith about it.").get("Glen Smith") == "person"
    assert _types("Glen Eden, 54, said he was happy with the result.").get(
        "Glen Eden") == "person"
    assert _types("The award went to Val Jones, who thanked her family.").get(
        "Val Jones") == "person"


# --- where a person in a court report or a match report comes from -----------------------------

def test_the_home_after_an_age_in_apposition_though_a_surname():
    assert "Loftus" in _places("Liam Roe-Wood, 19, of Loftus, was fined for riding a motorcycle.")
    assert "Kilmore" in _places("Michael Joseph Doyle, aged 58, of Kilmore, Ballyheigue, "
                                "pleaded guilty.")
    assert "Taylor" in _places("Ann Roe (61), of Taylor, was cleared.")


def test_the_town_after_the_street_of_an_address():
    places = _places("Darragh Young (27), of Moore Street, Kilrush, pleaded guilty.")
    assert {"Moore Street", "Kilrush"} <= places
    assert "Leeds" in _places("Jane Roe, 40, of Acme Holdings, Leeds, said she would appeal.")


def test_a_match_officials_home_in_brackets():
    assert "Limerick" in _places("Referee: Johnny Murphy (Limerick).")
    assert {"Guyana", "Jamaica"} <= _places("Umpires: Ann Roe (Guyana) and Bob Doe (Jamaica)")
    assert not _places("Referee: Ann Roe (RFU).")


# --- datelines and header lines ------------------------------------------------------------------

def test_a_region_in_brackets_after_a_datelines_town():
    assert {"Allepuz", "Teruel"} <= _places(
        "Village school reopens\n\nALLEPUZ (Teruel), 15 Sep 2025 - 08:30 CEST\n\nSix pupils.")
    assert "Chubut" in _places("Oil strike\n\nCOMODORO RIVADAVIA (Chubut).- 9 de septiembre de "
                               "2025.\n\nWorkers marched.")
    assert _places("Markets\n\nLONDON (Reuters) - Shares fell.") == {"London"}


def test_a_dateline_of_two_towns():
    assert {"Johannesburg", "Durban"} <= _places(
        "Port waits\n\nJOHANNESBURG/DURBAN, March 4 (Reuters) - Waiting times fell.")


def test_header_lines_of_a_town_and_its_outlet_or_parts():
    assert "Madurai" in _places("Temple tank\n\nWritten by S. Karthikeyan | Madurai | Updated: "
                                "November 25, 2025 10:42 IST\n\nThe bench ruled.")
    assert "Otavalo" in _places("Ponchos\n\nOtavalo | sábado 18 de julio de 2026 - 10:24 | "
                                "Redacción\n\nWeavers say imports hurt.")
    assert "Nampula" in _places("Houses\n\nNampula (Notícias) — Terça-feira, 9 de Setembro\n\n"
                                "The old houses fell.")


# --- a place's own article; a place owning a town's part ----------------------------------------

def test_a_place_whose_name_opens_with_the():
    assert "The Hague" in _places("The court in The Hague ruled on Monday.")
    assert "The Bronx" in _places("He grew up in The Bronx.")
    assert not _places("The Gap between rich and poor grew.")


def test_a_listed_place_owning_a_towns_part():
    assert "Cundinamarca" in _places("Cundinamarca's current governor said the plan stands.")
    assert "Vigo" in _places("She was referring to Vigo's main shopping street.")
    assert not _places("Smith's new governor arrived.")


# --- weak listed places named together, or visited ----------------------------------------------

def test_two_listed_places_that_name_nothing_else_name_each_other():
    assert {"Skawina", "Wieliczka"} <= _places('"The air does not stop at the border. Skawina '
                                               'and Wieliczka still burn," he said.')
    assert {"Bignona", "Oussouye"} <= _places("The orchards of Bignona and Oussouye are full.")
    assert "Chelsea" not in _places("Jordan and Chelsea met on Monday.")  # a given name


def test_a_listed_small_place_visited_or_reached():
    assert "Larantuka" in _places("The minister visited Larantuka on Monday and promised aid.")
    assert "Wieliczka" in _places("He left Wieliczka in 1990.")
    assert not _places("NATO military chiefs to visit Iberia.")
    assert not _places("They will visit Acme next week.")


# --- a briefs page's towns in capitals; a surname-only name near which something lies ----------

def test_the_towns_heading_a_page_of_briefs():
    text = ("BUSINESS BRIEFS\n\nHALIFAX\nPort traffic up\nThe port said volumes rose.\n\n"
            "MONCTON\nCall centre to close\nA firm will close its centre.\n\n"
            "YARMOUTH\nLobster season opens\nFishers landed record catches.\n")
    assert {"Halifax", "Moncton", "Yarmouth"} <= _places(text)
    assert "Moncton" not in _places("Business\n\nMONCTON\nCall centre to close\nA firm closes.")


def test_a_surname_only_name_near_which_something_lies():
    assert "Bonner" in _places("Flows on the Blackfoot near Bonner were running low.")
    assert "Bonner" not in _places("John Bonner spoke. Flows near Bonner were low.")
    assert not _places("He sat near Smith, who said nothing.")


def test_a_locality_read_once_is_a_place_in_every_mention():
    assert _types("Cameron Parish jury backs tax break. The plant in Cameron Parish will open."
                  ).get("Cameron Parish") == "place"
    assert _types("He drove in from Val Caron with his grandson.").get("Val Caron") == "place"
    assert _types("He runs 3,000 head on Bowen Downs station north of Aramac.").get(
        "Bowen Downs") == "place"


# --- a local paper's section label names its area -----------------------------------------------

def _label(label: str) -> set[str]:
    return _places(f"{label}\nCouncil backs plan for harbour\n\nThe council approved it on "
                   "Monday.")


def test_the_area_a_section_label_names():
    assert _label("NEWS | LOCHABER") == {"Lochaber"}
    assert _label("LOCAL NEWS — BUSOGA") == {"Busoga"}
    assert _label("TYNEDALE NEWS") == {"Tynedale"}
    assert _label("RURAL | CENTRAL WEST") == {"Central West"}
    assert _label("NEWS | MID-ULSTER") == {"Mid-Ulster"}


def test_section_labels_that_name_no_area():
    for label in ("NEWS | POLITICS", "BUSINESS NEWS", "NEWS | NORTH", "BBC NEWS", "REUTERS NEWS",
                  "NEWYDDION | NEWS", "OPINION | NEWS", "SPORT | FOOTBALL", "LOCAL | NEWS"):
        assert not _label(label), label


# --- grounds named after a sponsor ---------------------------------------------------------------

def test_a_ground_named_by_a_sponsors_letters_or_opening_a_line():
    assert "DHL Stadium" in _places("The Sharks face Western Province on Saturday at DHL "
                                    "Stadium, while the Pumas host.")
    assert "MKM Stadium" in _places("FC at home to Catalans Dragons at the MKM Stadium.")
    assert "Toyota Stadium" in _places("Toyota Stadium, Bloemfontein")
    assert not _places("Bruce Arena said the team was ready.")
    assert "Jane Park" not in _places("Jane Park, Leeds")  # a letter's signature


# --- an unlisted name before a water's part or a place's side -----------------------------------

def test_a_name_before_a_waters_part_or_a_places_side():
    assert "Buikwe" in _places("The riders parked on the Buikwe side of the river, leaving "
                               "trucks.")
    assert "Hussaini" in _places("Operators at the Hussaini end of the lake say visitors pass.")
    assert "Baleh" in _places("He is headman of a longhouse on the Baleh tributary.")
    assert "Bitterroot" in _places("The limits run from the Bitterroot confluence down to the "
                                   "town.")
    assert not _places("He spoke for the Ukrainian side of the border.")
    assert not _places("She told the Smith side of the family.")


def test_a_town_with_its_states_dotted_abbreviation():
    assert {"Mitchell", "South Dakota"} <= _places(
        "The firm bought Dakota Valley Grain Systems of Mitchell, S.D., for $27 million.")
