"""Session 32's header rules: share buttons with a network's verb ("Tweet", "Tweetle") are no
byline, above or under the text; a closing "Text: …" credit beside a photo credit names the
writer and no outlet; a trail of crumbs with its sections in other languages or in sentence case,
or from "Home" apart by slashes, is no headline, and its first crumb names the site; a Greek
byline's "Του" is no outlet (synthetic texts)."""

from __future__ import annotations

import pytest

from archivist.convert import parse_blocks
from archivist.dates import find_foreign_date
from archivist.headlines import share_bar
from archivist.metadata import detect

BODY = ("Orchestra a cântat joi seară la Norvale, în fața a 900 de spectatori, iar dirijorul "
        "Andrei Popa a fost aplaudat minute în șir.\n\nConcertul se reia sâmbătă.\n")


def _found(text: str) -> dict:
    found, _ = detect(parse_blocks(text))
    return found


@pytest.mark.parametrize("line, is_bar", [
    ("Share  Tweet  Email  WhatsApp", True),
    ("Paylaş   Tweetle   WhatsApp", True),
    ("Kopīgot   Facebook   X   E-pasts", True),
    ("Facebook   WhatsApp   Print", True),
    ("Anna Berg   Tom Lee   Email", False),
    ("Facebook   Print", False)])
def test_share_buttons_with_a_networks_verb(line: str, is_bar: bool) -> None:
    assert share_bar(line) is is_bar


def test_share_buttons_under_the_date_or_closing_the_page_are_no_author() -> None:
    head = "Orchestra din Norvale, aplaudată la debut\n\n12 septembrie 2023, 09:15\n\n"
    assert "author" not in _found(head + "Share  Tweet  Email  WhatsApp\n\n" + BODY)
    assert "author" not in _found(head + BODY + "\nPaylaş   Tweetle   WhatsApp\n")


def test_a_closing_text_credit_beside_a_photo_credit() -> None:
    found = _found("Orchestra din Norvale, aplaudată la debut\n\n12 septembrie 2023\n\n" + BODY +
                   "\nText: Ioana Marin\nFoto: Dan Ilie\n\nEtichete: muzică, Norvale\n")
    assert found.get("author") == "Ioana Marin"
    assert "Foto" not in found.get("outlet", "")


@pytest.mark.parametrize("top, outlet", [
    ("Gazeta Norvalei › Cultură › Muzică\n\n", "Gazeta Norvalei"),
    ("NORVALES ZIŅAS  >  Basketbols  >  Latvijas-Igaunijas līga\n\n", "Norvales Ziņas"),
    ("The Norvale Ledger\n\nHome / Norvale / Courts\n\n", "The Norvale Ledger")])
def test_a_trail_of_crumbs_is_no_headline_and_names_the_site(top: str, outlet: str) -> None:
    head = "Orchestra din Norvale, aplaudată la debutul stagiunii de toamnă"
    found = _found(top + head + "\n\n12 septembrie 2023\n\n" + BODY)
    assert found["title"] == head
    assert found.get("outlet") == outlet


def test_a_greek_bylines_article_is_no_outlet() -> None:
    found = _found("Ο Σίλβα χάρισε τη νίκη στον ΠΑΟΚ στο ντέρμπι της πόλης\n\n"
                   "Του Νίκου Παππά  |  03.03.2024, 22:47\n\n"
                   "Ο ΠΑΟΚ πήρε μεγάλη νίκη με 2-1 στη Θεσσαλονίκη.\n\n"
                   "Ο προπονητής μίλησε μετά τον αγώνα.\n")
    assert "outlet" not in found
    assert found.get("author") == "Νίκου Παππά"  # as written, after the article


@pytest.mark.parametrize("text, date", [
    ("Készült: a testület 2024. április 25-én (csütörtök) 16.00 órakor", "2024-04-25"),
    ("Sēdes datums: 2024. gada 18. aprīlis", "2024-04-18"),
    ("Rīgā, 2024. gada 8. aprīlī", "2024-04-08"),
    ("Norvalė, 2024 m. kovo 28 d.", "2024-03-28"),
    ("Budapest, 2024. április 8.", "2024-04-08"),
    ("the 2023 season brought 12 wins", None),
    ("2024. gada 31. aprīlī", None)])  # (no such day)
def test_a_date_written_year_first(text: str, date: str | None) -> None:
    found = find_foreign_date(text)
    assert (found.isoformat() if found else None) == date


MINUTES_BODY = ("A polgármester köszönti a megjelenteket, az ülés határozatképes.\n\n"
                "A testület a napirendet 6 igen szavazattal elfogadja.\n")


def test_a_minutes_word_under_a_councils_letterhead_is_the_title() -> None:
    found = _found("Norvalér Község Önkormányzata\nKépviselő-testülete\nSzám: NV/12-3/2024.\n\n"
                   "JEGYZŐKÖNYV\n\nKészült: a testület 2024. április 25-én megtartott üléséről.\n"
                   "Jegyzőkönyvvezető: Tóth Rita\n\n" + MINUTES_BODY)
    assert found["title"] == "JEGYZŐKÖNYV"
    assert found.get("outlet") == "Norvalér Község Önkormányzata"
    assert found.get("author") == "Tóth Rita"
    assert str(found.get("date")) == "2024-04-25"


def test_a_minutes_line_goes_on_in_lower_case_and_a_country_is_no_body() -> None:
    found = _found("ROMÂNIA\nJUDEȚUL NORVAL\nCONSILIUL LOCAL\n\nPROCES-VERBAL\n"
                   "al ședinței ordinare a Consiliului Local Norval din data de 28.03.2024\n\n"
                   "Ședința a început la ora 14:00, în prezența a 13 consilieri.\n\n"
                   "Proiectul a fost aprobat cu unanimitate de voturi.\n\n"
                   "Întocmit,\ninsp. Florin Bud\n")
    assert found["title"] == ("PROCES-VERBAL al ședinței ordinare a Consiliului Local Norval "
                              "din data de 28.03.2024")
    assert "outlet" not in found
    assert found.get("author") == "Florin Bud"


def test_a_recorders_initial_is_spelt_out_from_the_minutes() -> None:
    found = _found("Biedrība Norvales makšķernieku klubs\nReģ. Nr. 40008123456\n\n"
                   "Valdes sēdes PROTOKOLS Nr. 4\n\nSēdē piedalās: Zane Dimza, Līga Avotiņa.\n\n"
                   "Valde nolemj rīkot sacensības maijā.\n\nSēde slēgta plkst. 19.35.\n\n"
                   "Protokolētāja           ____________   L. Avotiņa\n")
    assert found["title"] == "Valdes sēdes PROTOKOLS Nr. 4"
    assert found.get("author") == "Līga Avotiņa"


def test_minutes_in_a_headline_under_a_headline_stay_text() -> None:
    found = _found("Council minutes show the mayor opposed the Norvale bypass\n\n"
                   "By Ann Roe\n\nThe minutes of the March meeting, released on Monday, show "
                   "that the mayor voted against the plan.\n\nThe council meets again in May.\n")
    assert found["title"] == "Council minutes show the mayor opposed the Norvale bypass"


def test_a_byline_beside_its_outlet_with_a_given_name_of_the_worlds_lists() -> None:
    from archivist.bylines import parse_byline

    named = parse_byline("Maris Kuusk | ERR", bare=True)
    assert named is not None and named.author == "Maris Kuusk"
    assert parse_byline("Maris Kuusk", bare=True) is None  # (no place nor outlet beside it)


def test_a_headline_may_open_with_a_number_and_a_lower_case_word() -> None:
    found = _found("NORVALE.NET\nRegions\n\n29 rescued, 3 missing as boat capsizes off Norvale\n\n"
                   "By: Ana Reyes\n06:15 AM August 5, 2024\n\nShare   Tweet   Email   Copy link\n\n"
                   "NORVALE — Coast Guard and fishermen pulled 29 people from rough seas.\n\n"
                   "The boat left the port at about 6 a.m.\n")
    assert found["title"] == "29 rescued, 3 missing as boat capsizes off Norvale"


def test_a_sites_address_before_the_datelines_town_and_a_newsletters_emoji() -> None:
    found = _found("NORVALE.CO\n\nEks kepala dinas dituntut sembilan tahun penjara\n\n"
                   "NORVALE.CO, Jakarta - Jaksa menuntut bekas kepala dinas.\n\n"
                   "Sidang dilanjutkan pekan depan.\n")
    assert found.get("place") == "Jakarta"
    found = _found("☕ Norvale Brief #212: a delay, a tender, and a new food hall\n\n"
                   "Good morning. Here is the week in three items.\n\nSee you next week.\n")
    assert found["title"] == "Norvale Brief #212: a delay, a tender, and a new food hall"


def test_view_in_browser_in_other_languages_is_chrome() -> None:
    from archivist.headlines import CHROME

    assert CHROME.match("Lihat email ini di browser")
    assert CHROME.match("Voir cet e-mail dans votre navigateur")
    assert not CHROME.match("Lihat berita terbaru di Jakarta")


def test_a_records_dated_line_with_an_ordinal_and_its_name_in_brackets() -> None:
    from archivist.placeline import any_date_only

    assert any_date_only("Tuesday, 11th March, 2025")
    assert not any_date_only("The 5th Avenue parade")
    found = _found("FEDERAL REPUBLIC OF NORVALIA\nHOUSE OF REPRESENTATIVES\n\n"
                   "OFFICIAL REPORT (HANSARD)\nNo. 21\n\nThursday, 18 September 2025\n\n"
                   "MOTION OF URGENT PUBLIC IMPORTANCE\n\nMR SPEAKER: Order, order.\n\n"
                   "HON. ADEYEMI: Thank you, Mr Speaker.\n")
    assert found.get("place") != "Official Report"


def test_a_heading_set_letter_by_letter_gives_its_words_as_the_title() -> None:
    found, body = detect(parse_blocks("S E N A T E   O F   N O R V A L I A\n\nCommittee on "
                                      "Public Services\n\nTHE CHAIRPERSON: Good morning.\n\n"
                                      "SEN. ROE: Thank you.\n"))
    assert found["title"] == "SENATE OF NORVALIA"
    assert any(b.text == "S E N A T E   O F   N O R V A L I A" for b in body)  # kept as written
