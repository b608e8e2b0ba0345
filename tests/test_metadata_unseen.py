"""Header fields found wrong on an unseen corpus of modern news, reports and biographies
(synthetic fixtures only: invented people and wording)."""

from __future__ import annotations

import pytest

from archivist.bylines import parse_byline
from archivist.convert import parse_blocks
from archivist.metadata import detect
from archivist.placeline import is_place_line

BODY = ("the water board agreed new tariffs on Monday after months of talks about meters, "
        "leaks and arrears.\n\nOfficials said the first bills would arrive in spring.")


def fields(text: str) -> dict:
    found, _ = detect(parse_blocks(text))
    return found


def test_a_town_after_the_byline_is_no_outlet():
    assert parse_byline("By Adaora Quell, Enugu") == parse_byline("By Adaora Quell")
    named = parse_byline("By Tom Quarrie, Vesta News, Leeds")
    assert named is not None and (named.author, named.outlet) == ("Tom Quarrie", "Vesta News")


def test_two_authors_in_a_comma_line_are_authors_not_an_outlet_or_a_place():
    named = parse_byline("Siobhan Quell, Jack Marrow", bare=True)
    assert named is not None and (named.author, named.outlet) == (
        "Siobhan Quell and Jack Marrow", None)
    assert not is_place_line("Siobhan Quell, Jack Marrow")
    assert is_place_line("Alice Springs, Northern Territory")  # a town named like a person
    found = fields("Tariffs rise again\n\nSiobhan Quell, Jack Marrow\nFri Jan 24 2025 - 18:50\n\n"
                   f"The board said {BODY}")
    assert found.get("place") is None and found.get("outlet") is None
    assert found["author"] == "Siobhan Quell and Jack Marrow"


@pytest.mark.parametrize("opening, place", [
    ("ST. JOHN'S, N.L. —", "St. John's, N.L."), ("RIO DE JANEIRO —", "Rio de Janeiro"),
    ("NAIROBI, Kenya, Sept 9 —", "Nairobi, Kenya"), ("KUALA LUMPUR, 4 June 2025 —", "Kuala Lumpur"),
])
def test_capitals_datelines_read_as_the_place_is_written(opening: str, place: str):
    found = fields(f"Tariffs rise again\n\n{opening} {BODY}")
    assert found.get("place") == place


def test_a_birth_date_is_not_the_documents_date():
    found = fields("Amara Quell\n\nAmara Quell (born 3 April 1958) is a Ghanaian chemist. "
                   "She studied in Kumasi.\n\nCareer\nShe joined the institute in 1990.")
    assert found.get("date") is None
    found = fields("Amara Quell\n\nAmara Quell (3 April 1901 – 9 May 1980) was a chemist.")
    assert found.get("date") is None
    found = fields("Tariffs rise again\n\nPublished 2 May 2024\n\nThe minister, born in 1950, "
                   "said the tariffs were fair.")
    assert str(found.get("date")) == "2024-05-02"


def test_a_press_release_label_is_not_the_title():
    found = fields("FOR IMMEDIATE RELEASE\n\nVESTA LABS OPENS A PLANT IN TARTU\n\n"
                   f"TARTU, Estonia, 12 March 2025 — Vesta Labs said {BODY}")
    assert found["title"] == "VESTA LABS OPENS A PLANT IN TARTU"


@pytest.mark.parametrize("credit, author", [
    ("Reporting by Tomasz Wrona in Gdansk; Editing by Lena Vogt", "Tomasz Wrona"),
    ("Writing by Amara Nwosu; Editing by Kofi Mensah.", "Amara Nwosu"),
])
def test_a_closing_reporting_credit_names_the_author(credit: str, author: str):
    text = (f"Port strike ends after nine days\n\nDock workers went back on Monday.\n\n"
            f"The union said talks would go on.\n\n{credit}\n")
    assert fields(text).get("author") == author
    kinds = [b.kind for b in parse_blocks(text)]
    assert kinds[-1] == "byline" and "heading" not in kinds[1:]


@pytest.mark.parametrize("credit", ["Editing by Lena Vogt", "Additional reporting by Kofi Mensah",
                                    "Photos by Amara Nwosu"])
def test_a_closing_credit_of_editors_or_photographers_names_no_author(credit: str):
    text = f"Port strike ends\n\nDock workers went back on Monday.\n\n{credit}\n"
    assert "author" not in fields(text)


def test_a_header_byline_still_wins_over_a_closing_credit():
    text = ("Port strike ends\n\nBy Lena Vogt\n\nDock workers went back on Monday.\n\n"
            "Reporting by Tomasz Wrona; Editing by Kofi Mensah\n")
    assert fields(text)["author"] == "Lena Vogt"


def test_a_last_turn_before_a_credit_stays_a_turn():
    text = ("Interview\n\nANN BERG: Will you run?\n\nTOM LEE: No.\n\nANN BERG: Thank you.\n\n"
            "Reporting by Kofi Mensah\n")
    kinds = [b.kind for b in parse_blocks(text)]
    assert kinds[-2:] == ["turn", "byline"]
