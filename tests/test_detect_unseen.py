"""Detection classes found on an unseen corpus of modern news from many countries (synthetic
fixtures only: invented people and wording)."""

from __future__ import annotations

import pytest

from archivist.detect import Detector


def _names(text: str) -> set[tuple[str, str]]:
    return {(c.type, c.name) for c in Detector().detect(text)}


def test_modern_datelines_name_their_place():
    cases = {
        "LAHORE: Officials closed schools on Tuesday after the smog worsened.\n": "Lahore",
        "NAIROBI, Kenya, Oct 3 — Traders shut their stalls on Tuesday.\n": "Nairobi",
        "KUALA LUMPUR, 4 June 2025 — Quorival Bhd today reported higher sales.\n": "Kuala Lumpur",
        "DUBAI // Builders began work on Sunday.\n": "Dubai",
        "ST. JOHN'S, N.L. — Inshore crews stayed in port.\n": "St. John's",
        "TOLEDO, Ohio — The plant will hire 300 workers.\n": "Toledo",
    }
    for text, place in cases.items():
        assert ("place", place) in _names(text), text


def test_an_unknown_dateline_town_needs_its_country_after_it():
    assert ("place", "Quorbala") in _names("QUORBALA, Sri Lanka — Rain stopped play early.\n")
    assert not any(n == "Quorbala" for _, n in _names("QUORBALA — Rain stopped play early.\n"))


def test_a_capitals_label_before_a_colon_is_no_place_when_it_can_be_a_name():
    names = _names("JORDAN: Thank you. It is good to be here.\nOBITUARY: A life in music.\n")
    assert not any(t == "place" for t, _ in names), names


def test_a_dateline_city_in_capitals_is_no_person():
    names = _names("LITTLE ROCK — The council opened a new branch on Saturday.\n")
    assert ("place", "Little Rock") in names and ("person", "Little Rock") not in names


def test_a_locative_opening_a_list_cues_every_place_in_it():
    names = _names("Clinics in Manchester, Leeds and Bristol cancelled appointments.\n")
    assert {("place", "Manchester"), ("place", "Leeds"), ("place", "Bristol")} <= names
    # without the list, a town that is also a surname still needs its own cue
    assert ("place", "Bristol") not in _names("Ann Quell met Bristol officials.\n")


def test_from_and_place_nouns_before_of_cue_a_place():
    names = _names("Supporters from Lokoja chanted. The mayor of Bristol spoke. Residents of "
                   "Soweto queued.\n")
    assert {("place", "Lokoja"), ("place", "Bristol"), ("place", "Soweto")} <= names


def test_other_words_before_of_leave_the_name_alone():
    names = _names("The Tour of Switzerland ended. Life of Georgia signed the deal.\n")
    assert not any(t == "place" for t, _ in names), names


def test_a_listed_place_with_of_inside_it():
    assert ("place", "Port of Spain") in _names("Crowds filled Port of Spain on Monday.\n")


def test_a_place_whose_name_ends_in_a_month_abbreviation():
    names = _names("Fires burned around Viña del Mar last year.\n")
    assert ("place", "Viña del Mar") in names
    assert not any(t == "person" for t, _ in names), names


def test_person_cues_after_a_name_with_unlisted_given_names():
    names = _names("Ozoemena Quarshie, 34, of the market said she lost stock.\n"
                   "Tobenna Ilechukwu said she would appeal.\n"
                   "Ngozika Abara, who runs a stall, agreed.\n")
    assert {("person", "Ozoemena Quarshie"), ("person", "Tobenna Ilechukwu"),
            ("person", "Ngozika Abara")} <= names


def test_a_body_that_speaks_of_itself_is_no_person():
    names = _names("Quorival Zentrix said it would cut jobs. Quorival Zentrix, which employs "
                   "900, declined to comment.\n")
    assert not any(t == "person" for t, _ in names), names


def test_more_roles_before_a_name():
    names = _names("Fans cheered as soca star Quentavio Abarra sang. Motherwell boss Lukas "
                   "Ravensdale shrugged. Sheriff Odell Quarry spoke.\n")
    assert {("person", "Quentavio Abarra"), ("person", "Lukas Ravensdale"),
            ("person", "Odell Quarry")} <= names


def test_a_name_then_of_and_a_body_gives_both():
    names = _names("Det Insp Gareth Quarrie of Northshire Police said the case was closed.\n")
    assert ("person", "Gareth Quarrie") in names
    assert ("organization", "Northshire Police") in names


def test_a_name_is_a_persons_where_the_text_calls_its_surname_a_person():
    names = _names("Jasprit Ozumba took three wickets for 14.\nLater Mr Ozumba left.\n")
    assert ("person", "Jasprit Ozumba") in names
    names = _names("Tarquin Ozumba bowled well.\nOzumba said the pitch was slow.\n")
    assert ("person", "Tarquin Ozumba") in names
    # a body's last word with "said it" stays the body's
    names = _names("Velmora Quorbank advised the buyer.\nQuorbank said it had no comment.\n")
    assert not any(t == "person" for t, _ in names), names


def test_a_given_name_written_with_its_accents():
    names = _names("The collector Séamus Quillane recorded her in 1956.\n")
    assert ("person", "Séamus Quillane") in names


def test_malaysian_and_australian_legal_forms_end_a_company_name():
    names = _names("Petra Quorvest Berhad reported revenue. Ann Lee joined Vesta Quorn Pty.\n")
    assert not any(t == "person" and "Berhad" in n for t, n in names), names


def test_cues_after_a_name_skip_clubs_churches_and_nations():
    names = _names("Jane Quell, a member of St. Ambrose's, who said she saw smoke, spoke.\n"
                   "In-form Quorval St Germain, who beat Nantes, are second.\n"
                   "Aid for the Bosnian Quorbs was cut. Quorbs said he was wrong.\n"
                   "The Slovak Quorpol traced him. Quorpol said she knew.\n")
    assert {n for t, n in names if t == "person"} == {"Jane Quell"}, names


def test_an_apposition_with_a_role_among_its_first_words():
    names = _names("At the depot, Ozoemena Quarshie, a trader heading to market, said so.\n"
                   "Quorvale, a city of traders, grew.\n")
    assert ("person", "Ozoemena Quarshie") in names
    assert not any(t == "person" for t, n in names if n != "Ozoemena Quarshie"), names


def test_a_birth_date_or_an_age_in_brackets_after_a_name():
    names = _names("Adeyinka Olawale Quarshie (born 20 December 1953) is a lawyer.\n"
                   "Tobenna Ilechukwu (34) was charged.\n")
    assert {("person", "Adeyinka Olawale Quarshie"), ("person", "Tobenna Ilechukwu")} <= names


def test_a_byline_names_its_authors():
    names = _names("By Jomari Quell Cruzado, Vesta Daily Inquirer\n\nBy Hallie Rose and Ben "
                   "Quarry\n\nBy the end of the week Prices Rose.\n")
    assert {("person", "Jomari Quell Cruzado"), ("person", "Hallie Rose"),
            ("person", "Ben Quarry"), ("organization", "Vesta Daily Inquirer")} <= names
    assert not any(n.startswith("Prices") for _, n in names)


def test_streets_storms_and_ships_are_no_people_or_places():
    names = _names("Traffic backed up on Sheikh Quorzad Road. Storm Quellan left 7,000 homes "
                   "without power. The container ship Dali lost power, union president Dwan "
                   "Quarry Street said.\n")
    assert ("place", "Sheikh Quorzad Road") in names
    assert not any(t == "person" and ("Road" in n or "Storm" in n or "Quellan" in n)
                   for t, n in names), names
    assert ("place", "Dali") not in names


@pytest.mark.parametrize("line, kind, names, tag", [
    ("Reporting by Tobenna Ilechukwu in Lagos; Editing by Ruth Quarrie", "byline",
     {"Tobenna Ilechukwu", "Lagos", "Ruth Quarrie"}, "<p"),
    ("Mayor Tobenna Ilechukwu visits Lagos", "heading", {"Tobenna Ilechukwu", "Lagos"}, "<h"),
])
def test_names_in_a_heading_or_credit_line_are_linked_on_the_page(tmp_path, line, kind, names,
                                                                     tag):
    from archivist.config import Settings
    from archivist.pipeline import render_site

    from .conftest import archive_of

    text = ("Quorvale council opens a new library\n\nThe council opened a branch on Monday, the "
            "mayor said, after years of delays.\n\nIt cost $8 million and has a studio.\n\n"
            f"{line}\n\nThe studio opens in May, officials said on Tuesday.\n")
    archive = archive_of(tmp_path, {"a.txt": text})
    doc = archive.documents[0]
    at = next(i for i, b in enumerate(doc.blocks) if b.text == line)
    assert doc.blocks[at].kind == kind
    linked = {m.text for m in archive.mentions if m.block == at}
    assert names <= linked
    site = render_site(archive, Settings(sources=tmp_path / "sources",
                                         registry=tmp_path / "entities.yml"))
    marker = line.split(" Tobenna")[0]  # the words before the first link, as written
    page = next(v for k, v in site.items() if k.startswith("documents/") and marker in v)
    shown = next(ln for ln in page.splitlines() if marker in ln and "mention" in ln)
    assert shown.lstrip().startswith(tag) and 'class="mention mention--person"' in shown


def test_counties_and_districts_are_places_where_the_text_cues_them():
    names = _names("Crews restored power in Donegal and Clare on Friday.\n")
    assert {("place", "Donegal"), ("place", "Clare")} <= names
    # a county's name after a given name opening a sentence is still a surname
    assert ("person", "John Kerry") in _names("John Kerry, even though he was tired, spoke.\n")


def test_more_geographic_and_street_words_end_a_place_name():
    names = _names("Bleaching spread along the Great Barrier Reef. Traffic in the Quorvale Tunnel "
                   "and on Marine Drive slowed near Skeleton Canyon.\n"
                   "Boats tied up below Signal Hill. Damon Hill won; Lauryn Hill sang.\n")
    assert {("place", "Great Barrier Reef"), ("place", "Quorvale Tunnel"),
            ("place", "Marine Drive"), ("place", "Skeleton Canyon"),
            ("place", "Signal Hill")} <= names
    assert {("person", "Damon Hill"), ("person", "Lauryn Hill")} <= names
    assert not any(t == "place" and n.startswith("Glenallen") for t, n in
                   _names("Glenallen Hill drove in the only run.\n"))


def test_constituencies_and_town_words_after_a_title_are_no_people():
    names = _names("Meanwhile in Quorton North West, Labour's Ann Quell held her seat. Land "
                   "near King City was sold. Prince Albert waved.\n")
    assert not any(t == "person" and ("North West" in n or n == "City") for t, n in names), names
    assert ("person", "Albert") in names


def test_a_place_before_a_possessive_district_and_after_parts_of():
    names = _names("The slide hit a village in Kerala's Wayanad district. Power failed in "
                   "parts of Galway on Friday.\n")
    assert {("place", "Kerala"), ("place", "Galway")} <= names


def test_two_word_city_before_a_colon_and_more_appositions_and_titles():
    assert ("place", "New York") in _names("NEW YORK: Rain delayed the final by an hour.\n")
    names = _names("The Commissioner for Works, Oluwaseun Quarshie, said the road would open.\n"
                   "Union secretary general Mossa Ndiemba said talks failed. Opposition Leader "
                   "Marit Quillane said so.\n")
    assert {("person", "Oluwaseun Quarshie"), ("person", "Mossa Ndiemba"),
            ("person", "Marit Quillane")} <= names


def test_a_place_owning_a_body_and_a_role_before_a_street_shaped_name():
    names = _names("She works at St Quorvale' Hospital in London. Union president Dwan "
                   "Quarry Street said talks failed. Traffic on Quorn Street slowed.\n")
    assert not any(n.startswith("St Quorvale") for t, n in names if t == "place"), names
    assert not any("Dwan" in n for _, n in names), names
    assert ("place", "Quorn Street") in names


def test_an_unlisted_name_in_a_list_of_places_a_locative_opened():
    names = _names("Thefts were reported in Caloocan, Quorvilla and Bulacan.\n")
    assert ("place", "Quorvilla") in names
    names = _names("He lived in Manchester and Quorbish was spoken. In London, Okafor, who was "
                   "late, spoke. Clubs: Arsenal in Tula and Quorbaltika in Quorgrad.\n")
    assert not any(n in ("Quorbish", "Okafor", "Quorbaltika") for _, n in names), names


def test_a_capitalised_role_opening_a_sentence_before_a_name_of_a_body():
    names = _names("Economist Zeina Quarshie of Gibraltar Consulting said the cuts were small.\n")
    assert ("person", "Zeina Quarshie") in names
    assert ("place", "Gibraltar") not in names


def test_cabinet_secretary_is_a_title_not_part_of_a_body():
    names = _names("National Treasury Cabinet Secretary Njuguna Quarshie defended the taxes.\n")
    assert ("person", "Njuguna Quarshie") in names
    assert not any(t == "organization" and "Cabinet" in n for t, n in names), names


@pytest.mark.parametrize("text, body", [
    ("Anna Berg of the National Autonomous University of Corvale (UNAC) said so.\n",
     "National Autonomous University of Corvale"),
    ("The Governor of the Bank of England, Anna Berg, spoke.\n", "Bank of England"),
    ("Anna Berg of the University of the Witwatersrand said so.\n",
     "University of the Witwatersrand"),
])
def test_a_body_with_its_own_of_name_after_a_person_or_title(text: str, body: str):
    """"Person of the University of X": the body is "University of X", not "Person of the
    University" and a place X."""
    names = _names(text)
    assert ("organization", body) in names, names
    assert ("person", "Anna Berg") in names


def test_a_board_of_a_body_stays_the_body():
    names = _names("Chairman of the Board of the Corvale Foundation Anna Berg spoke.\n")
    assert {("person", "Anna Berg"), ("organization", "Corvale Foundation")} <= names, names
    assert not any(n.startswith("Board") for _, n in names), names


def test_an_unlisted_name_opening_a_bodys_name_is_the_body_not_a_place():
    """ "What we try to do at Quorvik" beside "the Quorvik Discussion Club": the club (kremlin-dev's
    "at Valdai"); alone it is a venue, and a listed city stays a place beside its university."""
    text = "Welcome to the Quorvik Discussion Club. What we try to do at Quorvik is talk.\n"
    names = _names(text)
    assert ("organization", "Quorvik Discussion Club") in names
    assert ("place", "Quorvik") not in names
    assert ("place", "Quorvik") in _names("Fans gathered at Quorvik on Sunday.\n")
    assert ("place", "Moscow") in _names("Moscow State University is in Moscow.\n")
