"""Header fields of session 25: a saved page's top line naming its site beside a section, an
edition, a town, a date or what the site is; a paper's name alone (or after a dash) closing the
piece; a copyright line with its year after the holder; a header's credit line whose date part
vouches for the writer and the agency; a town or a paper closing the piece is no author."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from archivist.convert import parse_blocks
from archivist.mastheads import closing_paper, copyright_holder, site_line
from archivist.metadata import detect

HEADLINE = "Harbour board approves new breakwater after winter storms"
BODY = ("The harbour board approved the plan on Tuesday after a long debate, its chairwoman "
        "said, and work on the breakwater will begin in the spring.")
MORE = "Fishermen said they would watch the costs closely and appeal if the levy rose again."


def read(text: str) -> dict:
    """The fields detected from a text."""
    found, _ = detect(parse_blocks(text))
    return found


def page(*head: str, end: tuple[str, ...] = ()) -> str:
    """Header lines, the headline, two paragraphs and closing lines, each a paragraph."""
    return "\n\n".join([*head, HEADLINE, "PORTHAVEN — " + BODY, MORE, *end])


@pytest.mark.parametrize("line, site", [
    ("Lakeside Bulletin — Online", "Lakeside Bulletin"),
    ("Ripplr | Visayas", "Ripplr"),
    ("QnExpress Global  |  Business  |  Economy", "QnExpress Global"),
    ("Diario Nuevo (English edition) · Nacionales", "Diario Nuevo"),
    ("T4 Slavonija  ·  Vijesti  ·  Osijek", "T4 Slavonija"),
    ("RTZ Nieuws • Economie", "RTZ Nieuws"),
    ("Ons Stadsblad — Regio Leuven", "Ons Stadsblad"),
    ("Fjord Diary — a blog about boats and politics in the west", "Fjord Diary"),
    ("HarbourLine | Kochi | Updated - January 21, 2026 at 08:12 PM", "HarbourLine"),
])
def test_site_line_names_the_outlet_and_is_no_title(line, site):
    assert site_line(line) == site
    found = read(page(line))
    assert found["title"] == HEADLINE
    assert found["outlet"] == site


@pytest.mark.parametrize("line", [
    "EMERGENCY WARNING — issued 3:40 pm Sunday 11 January 2026",  # dictionary words
    "Arjun Mehrotra | PTN | Updated: Jul 6, 2024, 22:41 IST",  # a byline
    "Ukraine | Russia",  # places
    "Storm closes the harbour — fishermen angry",  # a headline
    "Opinion | Why the levy must go",
    "ARTS > CITY",
])
def test_no_site_line(line):
    assert site_line(line) is None


def test_masthead_alone_above_a_date_line():
    found = read(page("Coast-Courier", "Monday, 27 May 2024"))
    assert found["title"] == HEADLINE
    assert found["outlet"] == "Coast-Courier"


@pytest.mark.parametrize("last, paper", [
    ("Koro Sun", "Koro Sun"),
    ("The Atlantic Press", "The Atlantic Press"),
    ("Times of Mandara", "Times of Mandara"),
    ("— Kinabalukini", "Kinabalukini"),
    ("— Bloomberg / Het Vrije Dagblad", "Bloomberg"),
    ("Published Saturday 6 December 2025 | Glenmoyle & Antrim Times",
     "Glenmoyle & Antrim Times"),
])
def test_closing_paper(last, paper):
    found = read(page(end=(last,)))
    assert found["outlet"] == paper
    assert found.get("author") is None


def test_closing_paper_vouches_for_its_writer():
    found = read(page(end=("— Samoa Observer Sports / Talaia Mika",)))
    assert (found["outlet"], found["author"]) == ("Samoa Observer", "Talaia Mika")


def test_byline_dated_on_its_own_line():
    found = read("\n\n".join([HEADLINE, "Sujata Sangwan | 3 min read | 12 November 2024",
                               BODY, MORE]))
    assert found["author"] == "Sujata Sangwan"
    for line in ("Kandy | 12 November 2024", "Culture Desk | 12 November 2024",
                 "Sports Minister | 12 November 2024"):
        assert read("\n\n".join([HEADLINE, line, BODY, MORE])).get("author") is None, line


def test_closing_paper_writer_after_slash():
    assert closing_paper("— Samoa Observer Sports / Anna Smith", "") == ("Samoa Observer",
                                                                         "Anna Smith")


@pytest.mark.parametrize("last", ["— Text: Anna Smith / Photo: Port Authority",
                                  "— Anna Smith", "Harbour works", "— Ends"])
def test_no_closing_paper(last):
    assert closing_paper(last, "") is None


@pytest.mark.parametrize("last", ["Kuala Lumpur", "Koro Sun"])
def test_town_or_paper_closing_is_no_author(last):
    assert read(page(end=(last,))).get("author") is None


def test_person_closing_is_the_author():
    assert read(page(end=("Amina Odhiambo",)))["author"] == "Amina Odhiambo"


def test_copyright_year_after_the_holder():
    line = "Copyright The Daily Ledger Limited 2025. All rights reserved."
    assert copyright_holder(line, line) == "The Daily Ledger"
    assert read(page(end=(line,)))["outlet"] == "The Daily Ledger"


def test_pipe_credit_with_date_names_writer_and_agency():
    found = read("\n\n".join([HEADLINE, "Arjun Mehrotra | PTN | Updated: Jul 6, 2024, 22:41 IST",
                              "GUWAHATI: " + BODY, MORE]))
    assert found["author"] == "Arjun Mehrotra"
    assert found["outlet"] == "PTN"


def test_date_with_a_closing_dot_is_a_date_line_no_title():
    from archivist.dates import find_date
    assert str(find_date("13.02.2024.")) == "2024-02-13"
    assert find_date("v1.2.2024.5") is None
    found = read(page("T4 Slavonija  ·  Vijesti  ·  Osijek\n13.02.2024. 14:37"))
    assert found["title"] == HEADLINE
    assert str(found["date"]) == "2024-02-13"


@pytest.mark.parametrize("line", ["Staff Correspondent, Kandy", "Our Special Correspondent, Kandy",
                                  "Kandy / Fri, November 29, 2024"])
def test_place_of_an_unnamed_correspondent_or_a_slashed_dateline(line):
    found = read("\n\n".join([HEADLINE, line, BODY, MORE]))
    assert found["place"] == "Kandy"
    assert found.get("author") is None


def test_no_place_from_a_desk_line_without_a_known_town():
    found = read("\n\n".join([HEADLINE, "Staff Correspondent, Harbour Desk", BODY, MORE]))
    assert found.get("place") is None


@given(st.text(alphabet=st.sampled_from(list("Aa (|)·—–/-:,.1 Sun Times")), max_size=40))
def test_masthead_readers_take_any_line(line):
    site_line(line)
    closing_paper(line, line)
    read(page(line, end=(line,)))


def test_bracketed_dateline_is_no_site():
    assert site_line("(Anchorage) – The department said on Monday") is None
    assert site_line("() | News") is None


def test_title_case_wire_dateline_with_region_and_agency():
    text = ("Grève du phosphate à Moularès\n\nRedayef (Gafsa), 8 juillet 2024 (TAP) – Des dizaines "
            "de jeunes chômeurs ont bloqué la voie ferrée, selon le syndicat.\n\n"
            "Le gouverneur a reçu une délégation mardi.")
    found = read(text)
    assert (found["place"], found["outlet"]) == ("Redayef", "TAP")


def test_agency_initials_alone_closing_the_story():
    assert read(page(end=("APS",)))["outlet"] == "APS"
    assert read(page(end=("JMK",))).get("outlet") is None  # a desk's initials, no agency
