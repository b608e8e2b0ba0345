"""Closing credits: the writer a piece's last line names, in many papers' house styles."""

from __future__ import annotations

import pytest

from archivist.bylines import Byline, closing_credit
from archivist.convert import parse_blocks
from archivist.metadata import detect


@pytest.mark.parametrize(("line", "author"), [
    ("Text and photos: Nino Abashidze", "Nino Abashidze"),
    ("— Marisol Quispe Huamán, for the Highland Courier", "Marisol Quispe Huamán"),
    ("Redacción Sur / Luis Alberto Mamani", "Luis Alberto Mamani"),
    ('Desmond "Dez" Campbell, Island Sports Desk', 'Desmond "Dez" Campbell'),
    ("Filed by Abdirahman Warsame Ali for Coast Dispatch", "Abdirahman Warsame Ali"),
    ("Words: Tigist Alemu | Photos: Dawit Bekele", "Tigist Alemu"),
    ("— Reporting by Ndeshi Amupolo. Additional reporting by Hans Visser in Windhoek.",
     "Ndeshi Amupolo"),
    ("Texto: Ernesto Macuácua", "Ernesto Macuácua"),
    ("Photography: Ben Nowak. Words: Aoife Brennan-Doyle", "Aoife Brennan-Doyle"),
    ("Av Ingrid Sara Eira, iNord-Avisa", "Ingrid Sara Eira"),
    ("Contact reporter Kyle R. Dunn at kdunn@example.com or 555-0142.", "Kyle R. Dunn"),
    ("Report authors: Achta Mahamat (CHD), Kari Nordby (NRC).", "Achta Mahamat and Kari Nordby"),
    ("Reporting: Aysel Huseynova, Baku; Levan Beridze, Tbilisi",
     "Aysel Huseynova and Levan Beridze"),
    ("Reporting by Nurzhan Abdyldaev in Osh and Bishkek.", "Nurzhan Abdyldaev"),
    ("Compiled by B. Oyunchimeg", "B. Oyunchimeg"),
    ("Joana Sofia Barros", "Joana Sofia Barros"),
])
def test_a_closing_credit_names_the_writer(line: str, author: str):
    credit = closing_credit(line)
    assert credit is not None and credit.author == author


@pytest.mark.parametrize("line", [
    "Photos: Dawit Bekele", "Editing by Tom Lee", "— H.K.J.", "Source: Ministry of Finance",
    "Island Star Online | Staff reporter", "The minister said the plan would go ahead.",
    "Note: the figures are provisional", "Happy New Year"])
def test_other_closing_lines_credit_no_writer(line: str):
    assert closing_credit(line) is None


def _author(text: str) -> str | None:
    found, _ = detect(parse_blocks(text))
    return found.get("author")


def test_a_signed_piece_gets_its_author_and_a_list_end_does_not():
    prose = ("Floods cut the coast road\n\nHeavy rain closed the road on Monday.\n\n"
             "Officials said the road would reopen on Friday once engineers had checked the "
             "two bridges.\n\n")
    assert _author(prose + "— Maria Quispe Huamán") == "Maria Quispe Huamán"
    assert _author(prose + "Words: Tigist Alemu | Photos: Dawit Bekele") == "Tigist Alemu"
    scorers = ("Scorers\n\nLeading scorers after the first round:\n\nTom Lee (Oslo), Ann Roe,"
               "\n\nPer Moen (Bergen)")
    assert _author(scorers) is None


def test_a_header_byline_outranks_a_closing_credit():
    text = ("Floods cut the coast road\n\nBy Ann Roe\n\nHeavy rain closed the road on Monday."
            "\n\nOfficials said it would reopen on Friday.\n\nWords: Tigist Alemu")
    assert _author(text) == "Ann Roe"


def _title(text: str) -> str:
    found, _ = detect(parse_blocks(text))
    return found["title"]


def test_a_newsletter_name_above_the_headline_is_no_title():
    text = ("Harbour Week Briefing\nTerminal orders six cranes as the third berth takes shape\n\n"
            "The terminal said on Monday it had ordered six cranes for its new berth.\n")
    assert _title(text) == "Terminal orders six cranes as the third berth takes shape"


def test_a_press_release_title_is_under_its_letterhead_and_release_line():
    text = ("The University of the Southern Isles, Port Ellery Campus\nOffice of Communications"
            "\n\nFOR IMMEDIATE RELEASE\nThursday 9 July 2026\n\nResearchers turn seaweed into "
            "bricks for island homes\n\nResearchers said on Thursday that the bricks were "
            "cheaper than concrete.\n")
    assert _title(text) == "Researchers turn seaweed into bricks for island homes"


@pytest.mark.parametrize(("line", "author"), [
    ("Reporting by Ann Roe in Basra and Tom Lee in Baghdad; Writing by Kim Ode; Editing by Jo Ash",
     "Ann Roe and Tom Lee"),
    ("Reporting by Ann Roe. Writing by Kim Ode.", "Ann Roe"),
    ("Written by Ann Roe; Editing by Jo Ash", "Ann Roe"),
])
def test_a_wire_credit_names_its_reporters_not_its_desk(line: str, author: str):
    credit = closing_credit(line)
    assert credit is not None and credit.author == author


@pytest.mark.parametrize(("line", "author", "outlet"), [
    ("Por Florencia Aguirre-Lemos, Diario Cuyano", "Florencia Aguirre-Lemos", "Diario Cuyano"),
    ("By Ann Roe, ABC Broken Hill", "Ann Roe", "ABC Broken Hill"),
    ("By Chen Pei-shan in Taipei and Margaret Oyelaran-Hsu", "Chen Pei-shan and Margaret "
     "Oyelaran-Hsu", None),
])
def test_a_closing_by_line_names_its_outlet_apart(line: str, author: str, outlet: str | None):
    assert closing_credit(line) == Byline(author, outlet)
