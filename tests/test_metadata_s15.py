"""Header fields in shapes first met on unseen news (session 14): credits after a dateline's
place and date, credit labels in other languages, rubric lines above the headline."""

from __future__ import annotations

import pytest

from archivist.bylines import header_credit, parse_byline
from archivist.convert import parse_blocks
from archivist.metadata import detect

HEADLINE = "Harbour ferries return after a winter of engine repairs"
BODY = ("The ferry operator said on Monday that three boats would run again from the old pier "
        "after months of repairs to their engines, and that fares would stay the same.")
MORE = ("Passengers queued from early morning, and the first boat left ten minutes late. "
        "The operator said the timetable would settle within a week.")


def fields(*lines: str, headline: str = HEADLINE) -> dict:
    found, _ = detect(parse_blocks("\n\n".join([headline, *lines, BODY, MORE, BODY])))
    return found


@pytest.mark.parametrize("line, author", [
    ("Harbourton | Wednesday 19 November 2025 | Jess Amadio-Kerr", "Jess Amadio-Kerr"),
    ("PORTVILLE · Julkaistu 3.11.2025 18:42 · Ville Tiihonen", "Ville Tiihonen"),
    ("PORTVILLE, 22.07.2025 (FENA) – Piše: Amra Hadžiomerović", "Amra Hadžiomerović"),
    ("Saturday 23 August 2025 — By Blair Aitcheson", "Blair Aitcheson"),
    ("Saturday, October 25, 2025 | Ivan Ssemwogerere", "Ivan Ssemwogerere"),
    ("Sat., Jan. 17, 2026 — Cody Ostafichuk, sports reporter", "Cody Ostafichuk"),
    ("Portville — Jeudi 09 octobre 2025 | Yacouba Soro, envoyé spécial", "Yacouba Soro"),
    ("Portville, 11.04.2026 — Gülnar Əliyeva | Azertag regions desk", "Gülnar Əliyeva"),
])
def test_a_credit_after_a_dateline_names_the_writer(line: str, author: str) -> None:
    assert header_credit(line).author == author
    assert fields(line).get("author") == author


@pytest.mark.parametrize("line", [
    "Monday, 5 May 2025 — Police said the road would reopen",
    "Updated 5 May 2025 | Sport | Football",
    "Harbourton | Wednesday 19 November 2025 | Harbour Road",
    "Wednesday 19 November 2025",
    "Jess Amadio-Kerr | Harbourton",  # no date first: read by the other rules, not this one
])
def test_a_dateline_without_a_writer_names_nobody(line: str) -> None:
    assert header_credit(line) is None


@pytest.mark.parametrize("line, author", [
    ("Pewarta: Fransiskus Jehadu", "Fransiskus Jehadu"),
    ("Corresponsal: Lesly Guardado Paz", "Lesly Guardado Paz"),
    ("Crónica: Óscar Ibarra Salcido · Sábado 8 de noviembre de 2025", "Óscar Ibarra Salcido"),
    ("Text: Linnea Jonsson Foto: Per-Olof Sännås", "Linnea Jonsson"),
    ("Par Abdou Karim Badji, correspondant à Ziguinchor · Traduction : Claire Mendy",
     "Abdou Karim Badji"),
    ("From Kwabena Asiedu-Mensah, Cape Coast", "Kwabena Asiedu-Mensah"),
    ("Posted 08.02.2026 by Esi Twumwaa | Travel diaries | 7 replies", "Esi Twumwaa"),
    ("April 7, 2026 · by Wren Calloway-Sims · 9 comments", "Wren Calloway-Sims"),
])
def test_credit_labels_and_trailers(line: str, author: str) -> None:
    byline = parse_byline(line) or header_credit(line)
    assert byline is not None and byline.author == author


@pytest.mark.parametrize("line", ["From the archives", "From Monday, the ferry runs hourly.",
                                  "Posted 08.02.2026 by the harbour office"])
def test_no_writer_without_a_name(line: str) -> None:
    assert parse_byline(line) is None


def test_a_ground_under_the_headline_is_no_writer() -> None:
    found = fields("Daren Sammy Cricket Ground, Gros Islet",
                   "Thursday 5th March 2026 — Kenroy Baptiste, sports reporter",
                   headline="Cricket: Windwards win in the final over against Barbados")
    assert found.get("author") == "Kenroy Baptiste"
    assert found.get("title") == "Cricket: Windwards win in the final over against Barbados"


def test_a_rubric_and_headline_line_is_no_turn() -> None:
    blocks = parse_blocks("\n\n".join(["Cricket: Windwards win in the final over", BODY, MORE,
                                       BODY, "Barbados: K. Wickham 72, J. Carter 41, S. Hope 28",
                                       "Windwards: A. Athanaze 84, S. Moseley 39, R. John 31*"]))
    assert not any(b.kind == "turn" for b in blocks)


def test_a_first_turn_that_is_a_sentence_stays_a_turn() -> None:
    blocks = parse_blocks("\n\n".join(["Ferry talks", "MAYOR: Good evening.", BODY, MORE, BODY,
                                       "CLERK: The first item is the ferry.", "MAYOR: Thank you."]))
    assert [b.kind for b in blocks].count("turn") == 3


@pytest.mark.parametrize("rubric", ["LIGA DE EXPANSIÓN MX | JORNADA 15", "CG UNITED SUPER50 CUP"])
def test_a_league_rubric_is_no_headline(rubric: str) -> None:
    found, _ = detect(parse_blocks("\n\n".join([rubric, HEADLINE, BODY])))
    assert found["title"] == HEADLINE


@pytest.mark.parametrize("lines, place", [
    (["Vipers SC 2-1 KCCA FC", "St Mary's Stadium, Kitende", "Saturday, October 25, 2025"],
     "St Mary's Stadium, Kitende"),
    (["SWIFT CURRENT 4, MOOSE JAW 3 (OT)", "Moose Jaw Events Centre", "Sat., Jan. 17, 2026"],
     "Moose Jaw Events Centre"),
    (["Daren Sammy Cricket Ground, Gros Islet", "Thursday 5th March 2026"],
     "Daren Sammy Cricket Ground, Gros Islet"),
])
def test_a_venue_line_under_the_headline_is_the_place(lines: list[str], place: str) -> None:
    extra = "The match at Kitende and Gros Islet drew a crowd."
    assert fields(*lines, extra).get("place") == place


def test_a_park_without_a_score_is_no_venue() -> None:
    assert "place" not in fields("Alexandra Park", "Saturday, October 25, 2025")


@pytest.mark.parametrize("line, place", [
    ("Korhogo — Jeudi 09 octobre 2025 | Yacouba Soro, envoyé spécial", "Korhogo"),
    ("ÖSTERSUND. Publicerad 12 februari 2026 kl 08.30", "Östersund"),
])
def test_the_town_opening_a_dateline_of_segments(line: str, place: str) -> None:
    assert fields(line).get("place") == place


def test_a_street_opening_a_dateline_is_no_place() -> None:
    assert "place" not in fields("Harbour Road — 12 May 2025 | Ann Roe")


def head(*lines: str) -> dict:
    found, _ = detect(parse_blocks("\n".join(lines) + f"\n\n{HEADLINE}\n\n{BODY}\n\n{MORE}"))
    return found


@pytest.mark.parametrize("lines", [
    ["NEWS RELEASE", "For release: 7:00 a.m. CT, October 22, 2025"],
    ["MEDIA RELEASE", "Issued by: Harbour Water Watch NPC", "Issued: 14 January 2026"],
    ["PORTVILLE POLICE DEPARTMENT", "NEWS RELEASE — Case #LP-26-004512", "Date: 02/11/2026",
     "Contact: Officer Erin Spilker, Public Information Officer"],
    ["Police Scotland — Highlands and Islands Division", "Issued: 09/12/2025 14:05"],
    ["By Jordan Pettus | Rocket City Report | January 29, 2026, 11:02 a.m."],
    ["Mesa Miles — a trail blog from the Grand Valley"],
    ["MUNSTER SHC — ROUND 4", "Waterford 1-22 Cork 0-24", "Walsh Park"],
])
def test_the_headline_under_a_letterhead_and_its_labels(lines: list[str]) -> None:
    assert head(*lines)["title"] == HEADLINE


@pytest.mark.parametrize("lines", [
    ["SOCCER - RESULT IN SPANISH FIRST DIVISION.", "MADRID 1996-08-31"],
    ["Ferry Services Return To The Harbour", "By Jordan Pettus"],
])
def test_a_headline_above_its_byline_stays_the_title(lines: list[str]) -> None:
    assert head(*lines)["title"] == lines[0]


def test_a_venue_above_the_headline_is_the_place() -> None:
    found = head("MUNSTER SHC — ROUND 4", "Waterford 1-22 Cork 0-24", "Walsh Park")
    assert found.get("place") == "Walsh Park"


@pytest.mark.parametrize("line, author", [
    ("Reported by Yamashita Chie · English text by Daniel Ferreira-Hoshino", "Yamashita Chie"),
    ("By Phan Thị Hoài Thương   December 2, 2025 | 04:10 pm GMT+7", "Phan Thị Hoài Thương"),
    ("Bài: Huỳnh Ngọc Trâm - Ảnh: Đặng Tuyết", "Huỳnh Ngọc Trâm"),
    ("WRITER: Chakrit Saengthong", "Chakrit Saengthong"),
    ("De notre correspondant à Ghardaïa, Brahim Bahmed | le 22.11.2025", "Brahim Bahmed"),
    ("Crónica de Rocío Huamaní Quispe desde Chivay", "Rocío Huamaní Quispe"),
    ("Cochabamba | 11/03/2026 | Por: Marcelo Vargas Terceros", "Marcelo Vargas Terceros"),
    ("Otavalo | sábado 18 de julio de 2026 - 10:24 | Por Sisa Cotacachi Lema",
     "Sisa Cotacachi Lema"),
    ("From Tendai Mapfumo-Chiweshe in Masvingo", "Tendai Mapfumo-Chiweshe"),
    ("Siobhán Walsh reports", "Siobhán Walsh"),
])
def test_more_credit_shapes(line: str, author: str) -> None:
    byline = parse_byline(line) or header_credit(line)
    assert byline is not None and byline.author == author


@pytest.mark.parametrize("line, author", [
    ("Sermitsiaq.AG · 4 June 2025 · Nuka Kleist Petersen", "Nuka Kleist Petersen"),
    ("Gqeberha — 2025/11/18 | Lwazi Mtyobile, Senior Reporter", "Lwazi Mtyobile"),
])
def test_a_name_after_an_outlet_and_a_date(line: str, author: str) -> None:
    assert header_credit(line).author == author


def test_an_outlet_and_a_date_vouch_for_an_unlisted_name() -> None:
    assert parse_byline("Aswathy Menon / TNN / Updated: Dec 3, 2025, 05:41 IST",
                        bare=True).author == "Aswathy Menon"
    assert parse_byline("Harbour Road / TNN", bare=True) is None


@pytest.mark.parametrize("line", ["By Our Trincomalee Correspondent", "Posted by Our Staff"])
def test_our_correspondent_is_no_name(line: str) -> None:
    assert parse_byline(line) is None


def test_a_wire_end_mark_under_the_closing_credit() -> None:
    found, _ = detect(parse_blocks("\n\n".join([HEADLINE, BODY, MORE,
                                                "(By Chen Yi-hsuan and Hsieh Pei-ying)",
                                                "Enditem/ls"])))
    assert found.get("author") == "Chen Yi-hsuan and Hsieh Pei-ying"


def test_a_year_first_slashed_date() -> None:
    from archivist.dates import find_date
    assert str(find_date("Gqeberha — 2025/11/18")) == "2025-11-18"


@pytest.mark.parametrize("date_line, body, expected", [
    ("Date: 02/11/2026", "On Tuesday, February 10, 2026, officers were called.", "2026-02-11"),
    ("Issued: 09/12/2025 14:05", "A woman was robbed on Monday, 8 December, 2025.", "2025-12-09"),
])
def test_a_date_read_both_ways_follows_the_event_it_reports(date_line: str, body: str,
                                                            expected: str) -> None:
    found, _ = detect(parse_blocks("\n".join(["NEWS RELEASE", date_line]) +
                                   f"\n\n{HEADLINE}\n\n{body}\n\n{MORE}"))
    assert str(found.get("date")) == expected


def test_a_date_read_both_ways_with_nothing_to_settle_it_is_left_out() -> None:
    found, _ = detect(parse_blocks(f"NEWS RELEASE\nDate: 02/11/2026\n\n{HEADLINE}\n\n{BODY}"))
    assert "date" not in found


def test_a_life_span_is_no_date_of_the_piece() -> None:
    found, _ = detect(parse_blocks("\n\n".join(["OBITUARIES", "Marie Roe Guidry",
                                                "August 3, 1939 – February 14, 2026", BODY])))
    assert "date" not in found
