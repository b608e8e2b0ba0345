"""Detection rules found judging pages of an unseen news corpus (synthetic fixtures only)."""

from __future__ import annotations

from archivist.detect import Detector


def _names(text: str) -> set[tuple[str, str]]:
    return {(c.type, c.name) for c in Detector().detect(text)}


def test_a_determiner_opening_a_sentence_is_not_part_of_a_company_name():
    names = _names("Both Quorival Inc and Zentrix Holdings Ltd were trading late.\n")
    assert ("organization", "Quorival Inc") in names
    assert not any(n.startswith("Both") for _, n in names)


def test_a_clubs_abbreviation_makes_no_person():
    names = _names("Gloria Vesta (Romania) beat 2-1 F.C. Valletta (Malta) on Tuesday.\n")
    assert ("person", "F.C. Valletta") not in names and ("place", "Malta") in names


def test_a_kind_of_company_before_a_name_makes_it_the_companys():
    names = _names("** Packaging manufacturer Super Vesta Makmur rose on a tender offer.\n"
                   "\"Prices will hold,\" said broker Shakil Vanow.\n")
    assert ("organization", "Super Vesta Makmur") in names
    assert not any(t == "person" and "Makmur" in n for t, n in names)
    assert ("person", "Shakil Vanow") in names  # a broker is a person


def test_a_royal_title_before_a_geographic_name_or_a_town_is_no_person():
    names = _names("The boxcar was opened at a port in western Prince Oswin Sound.\n"
                   "His trip started in Prince Rudolf, British Columbia, where he sought work.\n"
                   "Mr Clinton, Arkansas native, spoke. The island could be named after "
                   "Tolstoy, Chekhov or an explorer.\n")
    assert ("place", "Prince Oswin Sound") in names
    assert not any(t == "person" and n in ("Oswin Sound", "Rudolf") for t, n in names), names
    assert ("person", "Clinton") in names


def test_a_word_of_a_bodys_name_alone_is_the_body_not_a_person():
    names = _names("Investors in troubled Lloyd's of London met. A court gave Lloyd's a "
                   "reprieve.\nBrush Quelman Inc said on Monday that Quelman had won.\n")
    assert ("organization", "Lloyd's of London") in names
    assert not any(t == "person" for t, _ in names), names


def test_a_possessive_opening_a_companys_name_stays_in_it():
    names = _names("The proposed purchase of Boatwrights' Quorix Inc and of Velmen's Quorbank "
                   "Inc by Zentrix Corp was cleared. Britain's Acme Plc fell.\n")
    assert ("organization", "Velmen's Quorbank Inc") in names
    assert ("organization", "Acme Plc") in names  # a place's possessive is not the name's


def test_a_citys_own_name_with_its_region_is_not_another_citys_alternate_name():
    names = _names("Whales pass off Monterey, California, each spring.\n"
                   "He flew on to Monterrey, Mexico, and to Calcutta, India.\n")
    assert ("place", "Monterey") in names and ("place", "Monterrey") in names
    assert ("place", "Kolkata") in names  # India is Kolkata's country: the old name stays its


def test_words_before_a_title_qualify_it_and_name_no_person():
    names = _names("- Christian Maronite Patriarch Sfeir: We fear a move to dictatorship.\n")
    assert not any(t == "person" and n.startswith("Christian") for t, n in names), names
