"""Session 31's header rules: a site's address opening a breadcrumb trail, share buttons and
"share" in other languages, a release's place and date in a language the date reader does not
know (synthetic texts)."""

from __future__ import annotations

import pytest

from archivist.headlines import no_headline, place_date, share_bar
from archivist.mastheads import furniture


def test_a_trail_that_opens_with_the_sites_address_is_furniture() -> None:
    assert furniture("norvale24.lt › Sportas › Krepšinis › LKL")
    assert not furniture("Apple > Microsoft in market value")


@pytest.mark.parametrize("line", ["Share   Facebook   X   Draugiem",
                                  "Dalīties | Facebook | WhatsApp | Email",
                                  "Paylaş: Facebook | X | WhatsApp"])
def test_share_buttons_in_other_languages(line: str) -> None:
    assert share_bar(line) and no_headline(line)


@pytest.mark.parametrize("line, is_date", [
    ("Rīgā, 2024. gada 8. aprīlī", True),
    ("Vilnius, 2024 m. balandžio 8 d.", True),
    ("Budapest, 2024. április 8.", True),
    ("Riga, 12 injured in 2024 crash", False),
    ("Mayor, 2024 budget passed", False)])
def test_a_releases_place_and_date_is_no_headline(line: str, is_date: bool) -> None:
    assert place_date(line) is is_date


def test_a_records_bracketed_note_and_its_two_calendars_date_are_no_headline() -> None:
    assert no_headline("[THE DEPUTY CHAIRMAN in the Chair]")
    assert no_headline("Thursday, July 24, 2025/Shravana 2, 1947 (Saka)")
    assert not no_headline("Calling attention to the floods in north Bihar")


def test_a_cases_kind_in_brackets_is_no_town_and_agency() -> None:
    from archivist.convert import parse_blocks
    from archivist.metadata import detect

    text = ("SUPREME COURT\n\nWRIT PETITION (CIVIL) NO. 1187 OF 2024\n\nAnn Roe v. State\n\n"
            "The petition was heard on Monday.\n")
    found, _ = detect(parse_blocks(text))
    assert "place" not in found and "outlet" not in found
    found, _ = detect(parse_blocks("Storm\n\nKARACHI (APP) - Heavy rain lashed the city on "
                                   "Monday, the Met Office said.\n"))
    assert found.get("place") == "Karachi" and found.get("outlet") == "APP"
    assert no_headline("(Generated through live transcription; unedited and subject to "
                       "correction.)")


@pytest.mark.parametrize("line, author", [("Szerző: Major Bence", "Major Bence"),
                                          ("Írta: Kiss-Bartha Eszter", "Kiss-Bartha Eszter"),
                                          ("Szerző: Anna Kiss", "Anna Kiss")])
def test_a_hungarian_writers_label_and_a_name_family_name_first(line: str, author: str) -> None:
    from archivist.bylines import parse_byline

    assert parse_byline(line).author == author
    assert parse_byline("Szerző: MTI") is None
