"""Header fields in shapes first met on unseen news (session 19): an outlet's masthead above
the headline with its town, section, edition or web domain, and a release label in another
language above a place-and-date line."""

from __future__ import annotations

import pytest

from archivist.convert import parse_blocks
from archivist.metadata import detect

HEADLINE = "Harbour ferries return after a winter of engine repairs"
BODY = ("The ferry operator said on Monday that three boats would run again from the old pier "
        "after months of repairs to their engines, and that fares would stay the same.")


def title(*above: str, below: tuple[str, ...] = ()) -> str | None:
    found, _ = detect(parse_blocks("\n".join([*above, HEADLINE, *below]) +
                                   f"\n\n{BODY}\n\n{BODY}"))
    return found.get("title")


@pytest.mark.parametrize("masthead", [
    "Harbour Star, Portville",
    "Lagoon Times Online",
    "HARBOURNEWS.com – Regional / West Coast",
    "Enab Qasr – Idlib",
    "L'Écho de Portville · English edition · NORTH",
    "SLOW BOATS — a travel blog",
])
def test_a_masthead_above_the_headline_is_no_title(masthead):
    assert title(masthead, below=("By Ann Roe",)) == HEADLINE


@pytest.mark.parametrize("line", [
    "Police Chief Resigns – Leeds",  # a headline with a place after a dash: the title itself
    "Cathedral Parish of Saint Anne — Parish Newsletter",
])
def test_a_headline_like_line_is_still_the_title(line):
    assert title(line, below=("By Ann Roe",)) == line


@pytest.mark.parametrize("label", ["Communiqué de presse", "Pressemitteilung",
                                   "Comunicado de prensa"])
def test_a_release_label_in_another_language_and_a_place_date_line(label):
    assert title("PRÉFECTURE DU NORD", label, "Lille, le 2 avril 2026") == HEADLINE


def author(*lines: str) -> str | None:
    found, _ = detect(parse_blocks("\n".join([HEADLINE, *lines]) + f"\n\n{BODY}\n\n{BODY}"))
    return found.get("author")


@pytest.mark.parametrize(("line", "name"), [
    ("Husum · Ann Lindqvist · 03.02.2026 · Husumer Nachrichten", "Ann Lindqvist"),
    ("Girona | 24/01/2026 06:00 | Marta Vilanova i Puig", "Marta Vilanova i Puig"),
    ("Ingrid Lund · Traduit pour l'édition anglaise par Tom Lee", "Ingrid Lund"),
    ("By Ann Roe in Guiyang | harbournews.com.cn | Updated: 2025-11-19 09:12", "Ann Roe"),
    ("By Dana Roe - Nov 09,2025 - Last updated at Nov 09,2025", "Dana Roe"),
])
def test_a_name_among_a_dated_lines_parts_is_the_author(line, name):
    assert author(line) == name


@pytest.mark.parametrize("line", [
    "Harbour Desk · SOUTH COAST – translated from French",  # a rubric in capitals: no name
    "Portville | 03.02.2026 | Harbour News",
])
def test_no_author_without_one_name_among_the_parts(line):
    assert author(line) is None


def place(*lines: str) -> str | None:
    found, _ = detect(parse_blocks("\n".join([HEADLINE, *lines]) + f"\n\n{BODY}\n\n{BODY}"))
    return found.get("place")


@pytest.mark.parametrize(("line", "town"), [
    ("By Ann Lindqvist in Guiyang | harbournews.com.cn | Updated: 2025-11-19 09:12", "Guiyang"),
    ("Yogyakarta ● Tue, October 14, 2025", "Yogyakarta"),
    ("Yogyakarta · 14 October 2025", "Yogyakarta"),
])
def test_a_place_among_a_header_lines_parts(line, town):
    assert place(line) == town


def test_a_name_before_the_town_is_no_place():
    assert place("Jeela Akpalialuk, Iqaluit · Nov. 27, 2025 – 2:30 pm") in (None, "Iqaluit")


@pytest.mark.parametrize(("line", "name"), [
    ("Words by Ann Lindqvist | Photography by Tom Berg", "Ann Lindqvist"),
    ("Gan / By Ann Lindqvist · Dydd Llun 12 Ionawr 2026 / Monday 12 January 2026", "Ann Lindqvist"),
])
def test_a_writers_credit_beside_a_photographers(line, name):
    assert author(line) == name


def test_a_photographers_credit_alone_names_no_author():
    assert author("Photography by Tom Berg | 12 May 2025") is None


def test_a_dateline_town_the_gazetteer_lacks_written_again_in_the_text():
    found, _ = detect(parse_blocks(
        "Lights out: Zorvanta asks new hotel to dim its glow\nBy Ann Lindqvist\n\nZORVANTA — A "
        "hotel planned for the corner of Highland Avenue must redesign its lighting, the "
        "council decided.\n\nThe Zorvanta City Council voted four to one."))
    assert found.get("place") == "Zorvanta"


@pytest.mark.parametrize("slug", ["EXCLUSIVE", "BREAKING NEWS"])
def test_a_slug_in_capitals_is_no_dateline_town(slug):
    found, _ = detect(parse_blocks(
        f"Hotel told to dim its glow\nBy Ann Lindqvist\n\n{slug} — A hotel planned for the "
        f"corner of Highland Avenue must redesign its lighting. {slug.title()} coverage."))
    assert found.get("place") is None


def test_a_venue_after_the_date_is_no_author():
    found, _ = detect(parse_blocks(
        "WEDDING RECEPTION OF ANN ROE AND TOM LEE\nSaturday, 11 October 2025 · Kabwe "
        "International Conference Centre, Lusaka\n\nMC: Good evening, everyone.\n\n"
        "GUEST: Thank you."))
    assert found.get("author") is None


@pytest.mark.parametrize(("masthead", "outlet"), [
    ("Harbour Star, Portville", "Harbour Star"), ("Lagoon Times Online", "Lagoon Times Online")])
def test_a_masthead_above_the_headline_is_the_outlet(masthead, outlet):
    found, _ = detect(parse_blocks(f"{masthead}\n{HEADLINE}\nBy Ann Lindqvist\n\n{BODY}"))
    assert found.get("outlet") == outlet


def test_a_section_is_no_outlet():
    found, _ = detect(parse_blocks(f"Local News\n\n{HEADLINE}\nBy Ann Lindqvist\n\n{BODY}"))
    assert found.get("outlet") is None
