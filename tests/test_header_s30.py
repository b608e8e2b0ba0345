"""Session 30's header rules: a headline under several short lines of a page's furniture (site,
section, town, date, a toolbar), a release line under a letterhead with its date, cookie notices
and their buttons in Nordic, Finnish, Polish, Czech and Slovak (synthetic texts)."""

from __future__ import annotations

import pytest

from archivist.convert import parse_blocks
from archivist.mastheads import furniture
from archivist.metadata import detect

HEAD = "Il fiume Norvale esonda nella notte, evacuate sessanta famiglie nel quartiere del porto"
BODY = ("(ANSA) - NORVALE, 14 NOV - Il fiume è uscito dagli argini nella notte, ha detto il "
        "sindaco, e le scuole restano chiuse.\n\nLe famiglie sono ospitate in palestra.\n")


def _title(text: str) -> str | None:
    found, _ = detect(parse_blocks(text))
    return found.get("title")


@pytest.mark.parametrize("top", [
    "Il Giornale di Norvale\nCronaca | Porto\n\n",  # a site and its section
    "Emilia-Romagna\n\nRedazione ANSA\nNORVALE\n14 novembre 2025\n11:37\nNEWS\n\n",  # six lines
    "Norvale.cz  /  Zprávy  /  Norvale a okolí\n\nNorvale  |  Doprava\n\n",  # a trail, a rubric
    "Norvale Nyt\n\nForside  Lokalt  Sport  Kultur  Debat  Podcasts\n\n"])  # a toolbar
def test_a_headline_under_the_furniture_of_a_page(top: str) -> None:
    assert _title(f"{top}{HEAD}\n\ndi Anna Rossi\n\n{BODY}") == HEAD


def test_a_short_headline_under_one_line_stays_the_title() -> None:
    # one short line over a longer one with no byline or date near: not a page's furniture
    text = "Harbour works\n\nThe council met on Tuesday and agreed the plan for the harbour.\n"
    assert _title(text) == "Harbour works"


def test_a_release_line_after_a_letterhead_and_its_date() -> None:
    text = ("MEDIA RELEASE\n\nNorvale Shire Council\n12 Capper Street, Norvale NSW 2720 | "
            "info@example.org\n\nMonday 14 October 2024\nFor immediate release\n\n"
            "Harbour Road reopens ahead of the cherry season as Council seeks funding\n\n"
            "The road reopened on Monday after three weeks of repairs, the mayor said.\n")
    assert _title(text) == \
        "Harbour Road reopens ahead of the cherry season as Council seeks funding"


@pytest.mark.parametrize("line", [
    "Vi använder kakor (cookies) för att ge dig en bättre upplevelse på norvale.se. Läs mer",
    "Godkänn alla    Endast nödvändiga    Inställningar",
    "NN bruger cookies til at huske dine indstillinger og til statistik.",
    "[ Tillad alle ]  [ Kun nødvendige ]  [ Vis detaljer ]",
    "Ta strona korzysta z plików cookie w celu realizacji usług zgodnie z Polityką prywatności.",
    "[AKCEPTUJĘ]",
    "Súhlas so spracovaním osobných údajov: Potrebujeme váš súhlas. [Súhlasím] [Nastavenia]"])
def test_cookie_notices_and_buttons_of_more_languages_are_furniture(line: str) -> None:
    assert furniture(line)


@pytest.mark.parametrize("line", ["Kakor och bullar säljs på torget i Norvale",
                                  "Rada gminy przyjęła budżet"])
def test_a_headline_in_those_languages_is_no_furniture(line: str) -> None:
    assert not furniture(line)


@pytest.mark.parametrize("top", ["Il Giornale di Norvale\nModa | Tessile\n\n",
                                 "Norvale kommun\nPressmeddelande  •  16 maj 2024 09:30\n\n"])
def test_a_section_or_a_release_label_is_no_outlet(top: str) -> None:
    found, _ = detect(parse_blocks(f"{top}{HEAD}\n\ndi Anna Rossi\n\n{BODY}"))
    assert found["title"] == HEAD
    assert found.get("outlet") not in ("Moda", "Pressmeddelande")


@pytest.mark.parametrize("line", ["[Norvale City Schools logo]", "[Photo]",
                                  "ZCZC AGI0347 3 POL 0 R01 /", "WGUS41 KBGM 121447"])
def test_an_image_placeholder_and_a_wire_header_are_furniture(line: str) -> None:
    assert furniture(line)


def test_a_wire_headlines_closing_mark_is_no_part_of_it() -> None:
    text = f"ZCZC AGI0347 3 POL 0 R01 /\n{HEAD} =\n\n{BODY}"
    assert _title(text) == HEAD


def test_a_headline_under_a_site_line_and_a_town() -> None:
    text = (f"NorvaleNews  |  TGR Norvale\n\nPorto Norvale\n\n{HEAD}\n\nIl motopesca era alla "
            f"deriva con il mare forza 6, ha detto la capitaneria.\n\n08/02/2025\n\n{BODY}")
    assert _title(text) == HEAD


def test_a_papers_name_in_capitals_and_its_editions_town_give_the_outlet() -> None:
    text = f"DZIENNIK NORWALSKI | Gdańsk\n\n{HEAD}\n\nAutor: Anna Nowak\n\n{BODY}"
    found, _ = detect(parse_blocks(text))
    assert found["title"] == HEAD
    assert found.get("outlet", "").casefold() == "dziennik norwalski"
