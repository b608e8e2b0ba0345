"""The headline is found below what a saved page, a wire, a letter or a PDF puts above it: a
site's menu, a language menu, a rule, a page number, a wire's slug, a masthead, a foreign
ministry's letterhead, a byline, an issue line, a salutation, a newsletter's chrome; an
e-mail's subject in other languages; an agenda item's number off the title."""

from __future__ import annotations

import pytest

from archivist.convert import parse_blocks
from archivist.headlines import headline_like, no_headline
from archivist.metadata import detect

HEADLINE = "Harbour board approves new breakwater after winter storms"
BODY = ("PORTHAVEN — The harbour board approved the plan on Tuesday after a long debate, its "
        "chairwoman said, and work will begin in the spring.")
MORE = "Fishermen said they would watch the costs closely and appeal if the levy rose again."


def title_of(*head: str) -> str | None:
    found, _ = detect(parse_blocks("\n".join(head) + f"\n\n{HEADLINE}\n\n{BODY}\n\n{MORE}"))
    return found.get("title")


@pytest.mark.parametrize("head", [
    ("NORDTA  |  Nordic Telegraph Agency", "Home  >  Economy  >  Agriculture",
     "Русский | Беларуская | English | 中文"),
    ("The Harbour Independent",
     "News Feed | Coast War | Business | Opinion | Investigations          Subscribe"),
    ("HARBOUR.COM   |   Home  Latest  Coast  Business  Opinion  Sport  Magazines",),
    ("Harbour Business Journal                                WBJ DAILY", "-" * 40),
    ("                                   Стр. 1 из 2",),
    ("BC-US--Harbour-Breakwater,1st Ld-Writethru",),
    ("Ministerul Agriculturii și Industriei Alimentare",),
    ("North Coast / By Ann Roe and Tom Lee",),
    ("WHATMATTERS", "A Harbour newsletter  ·  Thursday, November 6, 2025  ·  Issue #1,214",
     "View in browser"),
    ("Derwent Dispatches", "a blog about Hobart, its mountain and its arguments",
     "« Older post | Newer post »"),
])
def test_headline_below_the_furniture(head):
    assert title_of(*head) == HEADLINE


@pytest.mark.parametrize("line", [
    "Issue 5 of the harbour plan goes to the council", "Meeting of the Harbour Discussion Club",
    "Address to the Federal Assembly", "Trade volume 30 percent higher at the harbour",
])
def test_headlines_stay_headlines(line):
    assert not no_headline(line)
    assert headline_like(line)


@pytest.mark.parametrize("line", ["Release Date: August 4, 2025", "Marrakech, le 18 février 2025",
                                  "63333 W Hwy 20, Bend, OR 97703", "Réf. : 2025/CM/0417",
                                  "Dear partners and friends,", "PRIORITY: ROUTINE"])
def test_lines_that_read_as_no_headline(line):
    assert not headline_like(line)


def test_foreign_mail_subject_is_the_title():
    text = ("De : Service Communication <com@tram.example>\nEnvoyé : mardi 14 octobre 2025\n"
            "À : desk@example.com\nObjet : Mise en service de la ligne T4 du tramway\n\n"
            f"Bonjour,\n\n{BODY}\n\n{MORE}")
    found, _ = detect(parse_blocks(text))
    assert found["title"] == "Mise en service de la ligne T4 du tramway"


def test_agenda_item_number_is_no_part_of_the_title():
    text = f"9.3  HARBOUR BREAKWATER – STAGE 3 TENDER\n\n{BODY}\n\n{MORE}"
    found, _ = detect(parse_blocks(text))
    assert found["title"] == "HARBOUR BREAKWATER – STAGE 3 TENDER"


def test_share_bar_is_no_author_and_masthead_names_the_outlet():
    text = (f"Derwent Dispatches\n\n{HEADLINE}\n\n{BODY}\n\n{MORE}\n\n"
            "Share   X   Facebook   LINE")
    found, _ = detect(parse_blocks(text))
    assert found.get("author") is None
    assert found["outlet"] == "Derwent Dispatches"


def test_east_asian_dates():
    from archivist.dates import find_date
    assert str(find_date("2025年9月12日 14時05分 (JST)")) == "2025-09-12"
    assert str(find_date("2025년 9월 12일")) == "2025-09-12"
    assert find_date("2025年13月40日") is None


@pytest.mark.parametrize("head", [
    ("Velden Police Department",), ("HARBOUR TOWN POLICE SERVICE", "MEDIA RELEASE"),
    ("Subscribe to our newsletter",), ("IN THIS ISSUE: New hall opens · Ferry update",),
    ("19.09.2025",), ("Contact: Lt. Tom Roe, Public Information Officer",),
])
def test_headline_below_a_letterhead_or_chrome(head):
    assert title_of(*head) == HEADLINE


@pytest.mark.parametrize("first, second", [
    ("Meeting of the Harbour Discussion Club", "The Kremlin, Moscow"),
    ("HARBOUR COUNTY BOARD OF COMMISSIONERS", "MINUTES — REGULAR MEETING"),
])
def test_an_event_or_a_board_over_its_minutes_stays_the_title(first, second):
    found, _ = detect(parse_blocks(f"{first}\n{second}\n\n{BODY}\n\n{MORE}"))
    assert found["title"].startswith(first)


def test_a_sentence_is_no_headline():
    assert not headline_like("Vladimir Roe took part in the congress of judges.")
    assert headline_like("Harbour board approves breakwater, says U.S.")
