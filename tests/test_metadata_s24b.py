"""Header fields read by general conventions of how pieces name their publisher and writer: a
copyright holder without its legal form, closing credit lines ("Published in the X", "— from the
X, Section", "X reporter", "X — Letters, date", "Name writes for X."), a labelled credit opening
the text, letters pages and a meeting's minutes."""

from __future__ import annotations

import pytest

from archivist.convert import parse_blocks
from archivist.mastheads import copyright_holder, credit_outlet, signed_outlet, writer_note
from archivist.metadata import detect
from archivist.placeline import any_date_only

HEADLINE = "Lantern makers of the old quarter prepare for the autumn fair"
BODY = ("Workshops along the river stayed open past midnight this week as lantern makers raced "
        "to finish orders before the fair, the guild's chairwoman said on Thursday.\n\n"
        "Paper prices rose by a third this year. Several makers said they had switched to "
        "recycled card, which holds its shape better in the rain.")


def fields(text: str) -> dict:
    found, _ = detect(parse_blocks(text))
    return found


@pytest.mark.parametrize(("line", "holder"), [
    ("© 2026 Quillmere Courier Media Co.", "Quillmere Courier"),
    ("© The Vostrava Standard Pvt Ltd", "The Vostrava Standard"),
    ("© 2026 Tarnfield Gazette Publishing GmbH", "Tarnfield Gazette"),
])
def test_a_copyright_holder_loses_its_legal_form(line: str, holder: str) -> None:
    full = f"{holder.upper()}\n{HEADLINE}\n{BODY}\n{line}"
    assert copyright_holder(line, full) == holder


def test_a_publishing_company_stays_when_the_paper_is_not_named_alone() -> None:
    assert copyright_holder("© 2026 Saltmarsh Media Co.", "no masthead here") == \
        "Saltmarsh Media"


@pytest.mark.parametrize(("line", "outlet"), [
    ("Published in the Brackwater & Lyle Herald", "Brackwater & Lyle Herald"),
    ("— from the Fenmoor Weekly Bulletin, Business section", "Fenmoor Weekly Bulletin"),
    ("From the Ostry Valley Dispatch, Ostry, N.H.", "Ostry Valley Dispatch"),
    ("This article first appeared in Quayside Arts, 3 May 2026", "Quayside Arts"),
    ("Publié dans Le Phare Marin", "Le Phare Marin"),
    ("Southern Lantern reporter", "Southern Lantern"),
    ("— Morrow Post Reporter, Morrow Media Group", "Morrow Post"),
    ("— The Heron Sport Desk", "The Heron"),
    ("Compiled by the Tarnbay Local newsdesk · Monday, 2 March 2026", "Tarnbay Local"),
])
def test_a_credit_line_names_the_paper(line: str, outlet: str) -> None:
    assert credit_outlet(line, "") == outlet


@pytest.mark.parametrize("line", [
    "Health reporter", "Senior Political correspondent", "From the Mayor, Ostry",
    "From the Rector's Desk", "Local Government reporter", "Court of Appeal reporter",
])
def test_a_beat_or_a_column_is_no_paper(line: str) -> None:
    assert credit_outlet(line, "") is None


@pytest.mark.parametrize(("line", "outlet"), [
    ("Velden Advocate — Letters, Tuesday 14 October 2025", "Velden Advocate"),
    ("Quarry Times, Velden | Updated on Mar 31, 2026 02:47 PM IST", "Quarry Times"),
    ("Morrow Daily English | Published: 06 May 2026, 19:12", "Morrow Daily English"),
    ("Eastern Harbour Morning Post | Culture", "Eastern Harbour Morning Post"),
])
def test_a_signature_line_names_the_paper_before_its_stamp(line: str, outlet: str) -> None:
    assert signed_outlet(line, "She grew up in Velden.", any_date_only) == outlet


@pytest.mark.parametrize("line", [
    "Ravi Kottamal — 19 Jan 2026 at 9:12 pm", "Velden | Updated: May 2, 2026 11:42 IST",
    "Sports | Monday", "Quarry Times | 3 min read",
])
def test_a_comment_a_dateline_or_a_menu_is_no_signature(line: str) -> None:
    assert signed_outlet(line, "Velden", any_date_only) is None


def test_a_writers_note_names_her_and_the_paper() -> None:
    note = ("Tom Arkle is a licensed valuer with Arkle Homes. Mereana Tui-Holt writes about "
            "property for The Tarnfield Herald.")
    assert writer_note(note, "") == ("Mereana Tui-Holt", "The Tarnfield Herald")


def test_a_closing_credit_line_gives_the_outlet() -> None:
    found = fields(f"{HEADLINE}\n\nBy Orla Penhallow\n\n{BODY}\n\n"
                   "— from the Fenmoor Weekly Bulletin, Culture section")
    assert found["outlet"] == "Fenmoor Weekly Bulletin"
    assert found["author"] == "Orla Penhallow"


def test_a_labelled_credit_opening_the_text_is_its_byline() -> None:
    found = fields(f"Words: Orla Penhallow\n\n{BODY}\n\nPublished in the Fenmoor Weekly Bulletin")
    assert found["author"] == "Orla Penhallow"
    assert not found["title"].startswith("Words")
    assert found["outlet"] == "Fenmoor Weekly Bulletin"


def test_a_letter_under_a_letters_rubric() -> None:
    letter = ("I have lived in Velden for twenty years and have never seen the footbridge in such "
              "a state.\n\nThe council must act before winter.")
    found = fields(f"Your say\n\nMend the Velden footbridge now\n\n{letter}\n\n"
                   "Hester Abernethy-Cole, Velden\n\nVelden Advocate — Letters, 4 May 2026")
    assert found["title"] == "Mend the Velden footbridge now"
    assert found["author"] == "Hester Abernethy-Cole"
    assert found["place"] == "Velden"
    assert found["outlet"] == "Velden Advocate"


def test_minutes_are_headed_by_the_body_that_met() -> None:
    minutes = ("PRESENT: Chair Ada Brenn; Members Tom Roe, Ivo Sand.\n\n"
               "ITEM 1. The budget was adopted, 5 votes to 0.\n\n"
               "Meeting adjourned at 8:15 p.m.\n\nRespectfully submitted,\n"
               "Marta Q. Velling, Clerk of the Board")
    found = fields(f"HOLLOWAY COUNTY BOARD OF SUPERVISORS\nMINUTES — REGULAR MEETING\n"
                   f"Tuesday, March 3, 2026, 7:00 p.m.\n\n{minutes}")
    assert found["title"] == "HOLLOWAY COUNTY BOARD OF SUPERVISORS MINUTES — REGULAR MEETING"
    assert found["outlet"] == "Holloway County Board of Supervisors"
    assert found["author"] == "Marta Q. Velling"


def test_minutes_a_secretary_signs_name_no_author() -> None:
    found = fields("Brenvale Town Council — Minutes, ordinary session of 3 March 2026\n\n"
                   "Present: 9 of 11 councillors.\n\n1. The agenda was approved.\n\n"
                   "The session closed at 13:40.\n\nTown Clerk,\nIlse Marrow")
    assert found["outlet"] == "Brenvale Town Council"
    assert "author" not in found or found["author"] is None


def test_a_papers_wire_in_capitals_above_the_headline_is_the_outlet() -> None:
    found = fields(f"TARNBAY NEWS WIRE\n\n{HEADLINE}\n\nTARNBAY: {BODY}")
    assert found["title"] == HEADLINE
    assert found["outlet"] == "Tarnbay News Wire"


def test_a_masthead_then_its_menu_and_section_then_the_headline() -> None:
    found = fields(f"QUILLMERE LEDGER\nHome | News | Sports | Obituaries | Opinion\n\nEducation\n\n"
                   f"{HEADLINE}\n\nBy Orla Penhallow | Staff Writer\n\n{BODY}")
    assert found["title"] == HEADLINE
    assert found["outlet"] == "Quillmere Ledger"
    assert found["author"] == "Orla Penhallow"


@pytest.mark.parametrize("closing", [
    "Harrowgate Bulletin English Service\nReporter: Idris Pennant-Vaughan",
    "Gohebydd / Reporter: Idris Pennant-Vaughan\nHarrowgate Bulletin English Service",
])
def test_an_outlet_beside_a_labelled_writers_credit(closing: str) -> None:
    found = fields(f"{HEADLINE}\n\n{BODY}\n\n{closing}")
    assert found["outlet"] == "Harrowgate Bulletin English Service"
    assert found["author"] == "Idris Pennant-Vaughan"


def test_a_parish_newsletter_names_its_church_and_town() -> None:
    letter = ("Dear friends,\n\nOur choir will sing carols on the green on the second Sunday of "
              "the month, and the hall roof is at last repaired.\n\nThank you all for your gifts "
              "to the winter appeal.")
    found = fields("THE BELLRINGER — Parish Newsletter of St. Oswin's Church, Burlington, "
                   f"Vermont\nHarvest issue\n\nA Word from the Vicarage\n\n{letter}\n\n"
                   "Yours in Christ,\nThe Rev. Tamsin Ellory-Marsh\nVicar")
    assert found["title"] == "A Word from the Vicarage"
    assert found["outlet"] == "St. Oswin's Church"
    assert found["place"] == "Burlington"
    assert found["author"] == "Tamsin Ellory-Marsh"


def test_a_writers_bio_above_the_papers_signature_line() -> None:
    found = fields(f"{HEADLINE}\n\n{BODY}\n\nEdwin Carrow is the Courier's arts critic\n\n"
                   "Eastern Harbour Morning Post | Culture")
    assert found["author"] == "Edwin Carrow"
    assert found["outlet"] == "Eastern Harbour Morning Post"


def test_a_trail_from_home_ending_in_the_cut_headline_is_furniture() -> None:
    found = fields("Home | Velden | Riverside | Lantern makers of the old quarter prepare\n\n"
                   f"{HEADLINE}\n\nBy Orla Penhallow\n\n{BODY}")
    assert found["title"] == HEADLINE


def test_a_papers_motto_under_its_masthead_is_no_title() -> None:
    found = fields(f"EVENING TIMES\nNordland's leading English newspaper\n\n{HEADLINE}\n\n"
                   f"By Orla Penhallow\n\n{BODY}")
    assert found["title"] == HEADLINE


def test_a_release_under_a_state_departments_letterhead() -> None:
    found = fields(f"Velden State Department of Coastal Affairs\nNEWS RELEASE\n\n{HEADLINE}\n\n"
                   f"May 4, 2026\n\n{BODY}\n\n###")
    assert found["title"] == HEADLINE
    assert found["outlet"] == "Velden State Department of Coastal Affairs"


def test_a_release_line_with_its_contact_column_under_a_long_letterhead() -> None:
    found = fields("VELDEN DEPARTMENT OF HARBOURS\nDivision of Moorings\nAda Brenn, Commissioner\n"
                   "Ivo Sand, Director\nFOR IMMEDIATE RELEASE            Contact: Tom Roe, Officer\n"
                   "(555) 010-2244, Velden\n\nVELDEN HARBOUR 2027 MOORING FEES SET\n\n" + BODY)
    assert found["title"] == "VELDEN HARBOUR 2027 MOORING FEES SET"


@pytest.mark.parametrize(("lead", "place"), [
    ("TUPELO, Miss. (Sept. 16, 2026) — ", "Tupelo"),
    ("(Anchorage) – ", "Anchorage"),
])
def test_a_releases_dateline_gives_the_town(lead: str, place: str) -> None:
    found = fields(f"{HEADLINE}\n\n{lead}{BODY}")
    assert found["place"] == place


def test_a_town_and_an_agencys_initials_under_the_headline() -> None:
    found = fields(f"{HEADLINE}\n\nBaghdad – NIA\n\n{BODY}")
    assert found["place"] == "Baghdad"
    assert found["outlet"] == "NIA"


def test_a_closing_signature_stamp_dates_and_places_the_piece() -> None:
    found = fields(f"{HEADLINE}\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\nQuarry Times, Portland | "
                   "Updated on Mar 31, 2026 "
                   "02:47 PM IST")
    assert found["outlet"] == "Quarry Times"
    assert str(found["date"]) == "2026-03-31"
    assert found["place"] == "Portland"


def test_a_header_dateline_wins_over_the_signatures_town() -> None:
    found = fields(f"{HEADLINE}\n\nBURLINGTON — {BODY}\n\nQuarry Times, Portland | "
                   "Updated on Mar 31, 2026")
    assert found["place"] == "Burlington"


def test_a_papers_sign_off_with_an_agency() -> None:
    found = fields(f"{HEADLINE}\n\n{BODY}\n\n— Levant Morning Post, with AFP")
    assert found["outlet"] == "Levant Morning Post"
