"""Session 14's place rules for news nobody tuned on: places named only in the headline, and the
classes of unlisted places found across collections (synthetic texts; places are gazetteer
entries or invented)."""

from __future__ import annotations

from pathlib import Path

from archivist.config import Settings
from archivist.detect import Detector
from archivist.model import TITLE_BLOCK, Archive
from archivist.pipeline import gather
from archivist.render.entities import _snippet


def _places(text: str) -> set[str]:
    return {c.name for c in Detector().detect(text) if c.type == "place"}


def _archive(tmp_path: Path, texts: dict[str, str]) -> Archive:
    src = tmp_path / "src"
    src.mkdir()
    for name, text in texts.items():
        (src / name).write_text(text, encoding="utf-8")
    registry = tmp_path / "empty.yml"
    registry.write_text("version: 1\nentities: []\n", encoding="utf-8")
    return gather(Settings(sources=src, registry=registry, cache=None, detect=True,
                           fulltext=False))


def _mentioned(archive: Archive, kind: str = "place") -> dict[str, set[str]]:
    """Entity names by document source, for entities of a kind."""
    by_id = {e.id: e for e in archive.entities}
    docs = {d.id: d.source for d in archive.documents}
    out: dict[str, set[str]] = {}
    for m in archive.mentions:
        if by_id[m.entity].type == kind:
            out.setdefault(Path(docs[m.document]).name, set()).add(by_id[m.entity].name)
    return out


HEADLINE_ONLY = ("Waitangi Day draws record crowds to Bay of Islands\n\n"
                 "By Ana Roe\n\n"
                 "Thousands of people gathered at the treaty grounds on Thursday for the "
                 "anniversary. Organisers said numbers were the highest in a decade.\n")


def test_a_place_named_only_in_the_headline_lists_the_document(tmp_path):
    archive = _archive(tmp_path, {"a.txt": HEADLINE_ONLY})
    assert "Bay of Islands" in _mentioned(archive).get("a.txt", set())
    (m,) = [m for m in archive.mentions if m.block == TITLE_BLOCK]
    doc = archive.documents[0]
    assert m.anchor == "title" and doc.text_of(m.block)[m.start:m.end] == "Bay of Islands"
    snippet = _snippet(doc, m, "../documents/x/")
    assert "<mark>" in snippet and "#title" in snippet


def test_headline_mentions_leave_body_anchors_numbered_from_one(tmp_path):
    text = ("Floods cut off Sunamganj as rivers rise\n\nBy Ana Roe\n\n"
            "Villages near Sylhet were under water on Monday.\n")
    archive = _archive(tmp_path, {"a.txt": text})
    body = [m for m in archive.mentions if m.block != TITLE_BLOCK]
    assert body and body[0].anchor == "m-1"


def test_a_headline_place_inside_a_longer_name_of_the_body_is_no_place(tmp_path):
    text = ("TENNIS - RESULTS FROM THE U.S. OPEN\n\nNEW YORK 1996-08-31\n\n"
            "Results from the U.S. Open Tennis Championships on Saturday.\n")
    archive = _archive(tmp_path, {"a.txt": text})
    assert not [m for m in archive.mentions if m.block == TITLE_BLOCK]


def test_people_in_the_headline_get_no_headline_mention(tmp_path):
    text = ("Kofi Mensah wins again in Tamale\n\nBy Ana Roe\n\n"
            "The runner Kofi Mensah won the race on Sunday.\n")
    archive = _archive(tmp_path, {"a.txt": text})
    by_id = {e.id: e for e in archive.entities}
    assert {by_id[m.entity].type for m in archive.mentions if m.block == TITLE_BLOCK} <= {"place"}


def test_a_road_by_its_number_where_the_text_names_a_road():
    assert {"A149", "A47", "A134"} <= _places(
        "Lorries will use the A149 and the A47 bypass before joining the A134 south.")
    assert "R551" in _places("Sheep were found in a field beside the R551 at around 6am.")
    assert "A3" in _places("The A3 motorway near the border was closed.")
    assert "CE-292" in _places("Traffic on the CE-292 to the town was slow.")
    assert "Highway 1" in _places("Highway 1 reopened to single-lane traffic on Monday.")
    assert {"Ruta Nacional 3", "Ruta 26"} <= _places(
        "Pickets met at the junction of Ruta Nacional 3 and Ruta 26 on Friday.")


def test_codes_that_are_no_roads_give_no_place():
    text = ("She printed it on the A4 sheet. The A380 was grounded. Wear the N95 mask. "
            "The KC-135 was late. Shares rose on the B3 exchange. Take Route 47 to school.")
    assert not _places(text)


def test_the_other_names_of_a_list_of_places_are_places():
    assert {"Whorlton", "Piercebridge"} <= _places(
        "Day three: Whorlton, Gainford and Piercebridge, where a Roman bridge crossed the water.")
    assert {"Merbein", "Nangiloc"} <= _places(
        "Vines were pulled out, much of it around Red Cliffs, Merbein and Nangiloc.")
    assert {"Darvel", "Newmilns", "Galston"} <= _places(
        "They served towns others had given up on: Darvel, Newmilns, Galston and the farms.")


def test_a_list_with_a_word_a_person_a_month_or_a_noun_after_it_is_left_alone():
    assert not _places("Smith, Jones and Brown said so. Toyota, Honda and Nissan rose.") - {
        "Toyota"}
    assert "Apache" not in _places("At a canyon in Arizona, Geronimo, Apache chief, gave up.")
    assert "Nov" not in _places("KOTOR, Montenegro, Nov. 27 (Reuters) - The town voted.")
    assert "Storton" not in _places("HULL KR: Mourgue; Burgess, Hall; Lewis, May; Sue, Litten, "
                                    "Batchelor, Minchella, Storton. Subs: Whitbread.")


def test_a_small_listed_place_the_sentence_travels_to_or_from():
    assert "Moate" in _places("A nurse who commutes daily from Moate to the university spoke.")
    assert "Dilijan" in _places("They see the green water and drive to Dilijan instead.")
    assert "Tewkesbury" not in _places("The award went to Tewkesbury on Friday.")
    assert "Ballinasloe" in _places("Now they can go from Mullingar to Ballinasloe by bike.")


def test_a_river_named_without_its_noun_where_the_line_speaks_of_water():
    assert "Daugava" in _places("An ice jam on the Daugava floods homes near the town.")
    assert "Miljacka" in _places("Trams rattled along the Miljacka past the river bank.")
    assert "Himba" not in _places("Springs along the river dried up, and the Himba and Herero "
                                  "herders moved on.")
    assert "Taliban" not in _places("The Taliban took control of the river crossing.")


def test_an_unknown_name_a_journey_goes_to_or_from():
    assert "Mawlai" in _places("Ahun, who travels daily from Mawlai to an office in town, spoke.")
    assert {"Bến Thành", "Suối Tiên"} <= _places(
        "The city opened its first line, from Bến Thành to Suối Tiên, last December.")
    assert not _places("He switched from Visa to Mastercard. The call came from Rosneft.")


def test_a_small_place_after_a_place_part_of_and_more_of_nouns():
    assert "Darlington" in _places("I was in Croft, with the lights of Darlington on the horizon.")
    assert {"Puntigam", "Straßgang"} <= _places(
        "Voters in the outer districts of Puntigam and Straßgang were worried.")
    assert "Alat" in _places("Tankers halted deliveries to the port of Alat, south of the city.")
    assert not _places("He is a general partner of Bessemer. They bought a cargo of Oriente.")


def test_a_weak_place_in_a_rubric_of_parts_names_the_story_place():
    assert "Puglia" in _places("ECONOMIA | PUGLIA\n\nSteelworkers march\n\nThousands marched.")
    assert "Ceará" in _places("CEARÁ | FÉ\n\nPilgrims fill the town\n\nThey came by truck.")
    assert "Derby" in _places("NEWS | DERBY\n\nA bus station opens\n\nThe station in Derby opened.")
    assert not _places("NEWS | DERBY\n\nA thrilling match\n\nThe derby ended level.")
    assert not _places("JUSTICIA\n\nHe would appeal to the court.")


def test_a_name_ending_in_a_locality_word_after_a_place_preposition():
    assert "Sparrows Point" in _places("Businesses in Sparrows Point and Curtis Bay say trade fell.")
    assert "Stock Farm" in _places("Engineers at the college in Stock Farm said so.")
    assert "Green Point" in _places("A crowd packed the stadium in Green Point, with lights on.")
    assert {"High Force", "Seal Sands"} <= _places(
        "I walked on to High Force, the waterfall, and to Seal Sands, where seals bask.")
    assert not _places("He met Kevin Hill at the office.") - {"Kevin Hill"}


def test_from_x_to_y_of_unknown_names_needs_a_route_before_it():
    assert not _places("She switched from Quelvaco to Tarsanu last year.")
