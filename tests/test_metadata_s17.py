"""Header fields in shapes first met on unseen news (session 15): lines of fields above the
headline (a rubric with a translation note, a credit with a date, a masthead alone), a labelled
credit among a line's parts beside a translator's or a photographer's."""

from __future__ import annotations

import pytest

from archivist.bylines import segment_credit
from archivist.convert import parse_blocks
from archivist.metadata import detect

HEADLINE = "Harbour ferries return after a winter of engine repairs"
BODY = ("The ferry operator said on Monday that three boats would run again from the old pier "
        "after months of repairs to their engines, and that fares would stay the same.")
MORE = ("Passengers queued from early morning, and the first boat left ten minutes late. "
        "The operator said the timetable would settle within a week.")


def fields(*lines: str, above: tuple[str, ...] = ()) -> dict:
    found, _ = detect(parse_blocks("\n".join([*above, HEADLINE, *lines]) +
                                   f"\n\n{BODY}\n\n{MORE}\n\n{BODY}"))
    return found


@pytest.mark.parametrize("line", [
    "BELFÖLD / HOME · Translated from Hungarian",
    "Local | Monday, February 23, 2026 | by Losana Vuniwai",
    "By Lagi Fa'asalele · 12 March 2026 · Harbour Observer",
    "Portville /MONTSAME/. 2026-01-28 14:22",
    "Regional · 8.1.2026 · Regina Huber-Stöckl (ORF.at)",
    "Norvale Times",
])
def test_a_line_of_fields_above_the_headline_is_no_title(line: str) -> None:
    assert fields(above=(line,))["title"] == HEADLINE


def test_two_lines_of_fields_above_the_headline() -> None:
    above = ("Publié le 21/10/2025 à 06:00 · Par Jean-Luc Vandenbroucke",
             "PROVINCE DE LUXEMBOURG / Traduit pour l'édition anglaise")
    assert fields(above=above)["title"] == HEADLINE


@pytest.mark.parametrize("line, author", [
    ("Portville, 14.10.2025 r. | Autor: Agnieszka Sołtysiak | tłum. / translated by Marek Olejnik",
     "Agnieszka Sołtysiak"),
    ("Haber: Şükrü Çakıroğlu – Çeviri: Elif Sarıgül", "Şükrü Çakıroğlu"),
    ("Baia Mare, 9 septembrie 2025 — Corespondent: Ioana Marinescu · Foto: Radu Ciobanu-Pop",
     "Ioana Marinescu"),
    ("2025. november 18., kedd · Szerző: Szabó Eszter · Fordította: Anna Kertész-Lowe",
     "Szabó Eszter"),
])
def test_the_labelled_credit_among_a_line_s_parts_is_the_author(line: str, author: str) -> None:
    assert segment_credit(line).author == author
    assert fields(line).get("author") == author


@pytest.mark.parametrize("line", [
    "Photo: Radu Ciobanu-Pop · Portville",  # a photographer's credit names no author
    "Autor: Ann Roe · Autor: Tom Lee",  # two credits: no telling
    "Portville | 12 March 2026",
])
def test_no_single_author_s_credit_names_no_one(line: str) -> None:
    assert segment_credit(line) is None


ITEMS = [("ANTIGONISH, N.S. — The X-Men completed a weekend sweep of the visitors with two wins "
          "at the Oland Centre on Saturday and Sunday afternoon."),
         ("CHARLOTTETOWN — The Islanders signed a 17-year-old goaltender from Moncton to a "
          "standard player contract, the club said on Sunday evening."),
         ("GANDER, N.L. — A rink skipped by Colleen Field won the regional women's title with a "
          "last-rock draw in the tenth end on Sunday afternoon.")]


def test_a_page_of_briefs_from_several_towns_has_no_place() -> None:
    found, _ = detect(parse_blocks("\n\n".join(["Sports briefs: X-Men sweep, Islanders sign a "
                                                "goalie", *ITEMS])))
    assert "place" not in found


def test_a_wire_story_s_later_datelines_leave_its_own() -> None:
    text = "\n\n".join(["River crest raised as cities fill sandbags",
                        "FARGO, N.D. (AP) — Forecasters on Thursday raised the expected crest of "
                        "the river at Fargo by a foot, and the city called for more volunteers.",
                        BODY, MORE, BODY, ITEMS[1], ITEMS[2], MORE])
    found, _ = detect(parse_blocks(text))
    assert found.get("place") == "Fargo, N.D."


@pytest.mark.parametrize("line", [
    "2025. november 18., kedd · Szerző: Szabó Eszter · Fordította: Anna Kertész-Lowe",
    "Haber: Şükrü Çakıroğlu – Çeviri: Elif Sarıgül",
])
def test_a_translator_s_credit_is_no_outlet(line: str) -> None:
    found = fields(line)
    assert "outlet" not in found and found.get("author") in ("Szabó Eszter", "Şükrü Çakıroğlu")
