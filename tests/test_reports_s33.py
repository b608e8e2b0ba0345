"""Report covers and PDF-to-text dumps read as a reader would (session 27)."""

from __future__ import annotations

from archivist.convert import parse_blocks

FILLER = "The survey teams visited eighteen communities along the river and their "


def test_a_word_broken_at_a_long_lines_end_is_joined():
    text = (f"{FILLER}concen-\ntration of households was highest near the bank, and the "
            f"well-\nknown pattern held.\n")
    [block] = parse_blocks(text)
    assert "concentration of households" in block.text
    assert "well-known pattern" in block.text


def test_the_texts_own_words_say_when_the_hyphen_goes():
    text = (f"{FILLER}fes-\ntivalis goers.\n\nAnother paragraph about the festivalis.\n")
    assert "festivalis goers" in parse_blocks(text)[0].text


def test_a_capital_after_the_hyphen_or_a_short_line_starts_a_new_line():
    text = f"{FILLER}Anti-\nCorruption Agency staff.\n\nShort-\nlived\n"
    blocks = parse_blocks(text)
    assert blocks[0].text.endswith("Anti-")
    assert [b.text for b in blocks[1:]] == ["Corruption Agency staff.", "Short-", "lived"]


# --- headers of report covers and newsletters (synthetic texts) ---

from archivist.metadata import detect  # noqa: E402
from archivist.speakers import label_kind  # noqa: E402

STORY = ("Growers in the hills of Norvale say two shipments were held at the port for three "
         "weeks, and the fruit spoiled before it reached the buyers.\n\n"
         "The cooperative will meet the port authority on Friday.\n")


def _found(text: str) -> dict:
    found, _ = detect(parse_blocks(text))
    return found


def test_a_report_cover_gives_its_title_authors_town_and_issuer() -> None:
    cover = ("CENTRE FOR DRYLAND STUDIES (CDS)\nKano, Kano State, Nigeria\n\n"
             "CDS Working Report No. 03/2025\n\n"
             "WATER LOSSES AMONG SMALL IRRIGATION SCHEMES IN THE\n"
             "UPPER HADEJIA BASIN: A FIELD ASSESSMENT OF THE 2025 SEASON\n\n"
             "Authors: Dr. Amina Bello and Engr. Tunde Okafor\n\nReleased 3 March 2025\n\n")
    found = _found(cover + STORY)
    assert found["title"] == ("WATER LOSSES AMONG SMALL IRRIGATION SCHEMES IN THE UPPER HADEJIA "
                              "BASIN: A FIELD ASSESSMENT OF THE 2025 SEASON")
    assert found["author"] == "Amina Bello and Tunde Okafor"
    assert found["outlet"] == "Centre for Dryland Studies"
    assert found["place"] == "Kano"


def test_a_covers_subtitle_is_no_title_and_no_place() -> None:
    cover = ("WIZARA YA KILIMO\nOFISI YA MKOA WA DODOMA\nIDARA YA UMWAGILIAJI\n\n"
             "RIPOTI YA MAENDELEO YA SKIMU ZA UMWAGILIAJI\nROBO YA TATU (JULAI - SEPTEMBA 2025)\n\n"
             "Imeandaliwa na: Bw. Juma Hamisi na Bi. Rehema Mollel\n\n")
    found = _found(cover + STORY)
    assert found["title"] == "RIPOTI YA MAENDELEO YA SKIMU ZA UMWAGILIAJI"
    assert found["author"] == "Juma Hamisi and Rehema Mollel"
    assert found.get("outlet") in (None, "Wizara ya Kilimo")  # the cover names none of three
    assert found.get("place") != "Robo Ya Tatu"


def test_a_news_story_with_a_credit_line_is_no_cover() -> None:
    text = "Port delays cost growers dear\n\nWritten by: Ann Roe\n\n" + STORY
    assert _found(text)["title"] == "Port delays cost growers dear"


def test_a_newsletter_under_its_publishers_letterhead_and_a_rule() -> None:
    text = ("Having trouble viewing this email? View it in your browser\n\n"
            "NORVALE GROWERS NETWORK\nThe Orchard Digest | Issue No. 12 | Tuesday 9 July 2024\n\n"
            "------------------------------------------\n\n"
            "Avocado shipments stall at the port as growers count losses\n\n" + STORY)
    found = _found(text)
    assert found["title"] == "Avocado shipments stall at the port as growers count losses"
    assert found["outlet"] == "The Orchard Digest"


def test_a_newsletters_contents_list_and_greeting_are_passed() -> None:
    text = ("NORVALE TOURISM COUNCIL\n\nHill & Lake Bulletin | November 2024\n\n"
            "Sunday, 17 November 2024\n\nIN THIS ISSUE\n\n> Camps turn to local visitors\n\n"
            "> Member news\n\n==========================\n\n"
            "Camps turn to local visitors as foreign bookings slump\n\n" + STORY)
    found = _found(text)
    assert found["title"] == "Camps turn to local visitors as foreign bookings slump"
    assert found["outlet"] == "Hill & Lake Bulletin"
    greeting = ("KABAR DANAU\nBuletin Mingguan Sahabat Danau Norvale\nEdisi 12 | Jumat, "
                "23 Agustus 2024\n\nHalo Sahabat Danau,\n\nPekan ini kami membawa kabar dari "
                "pesisir danau.\n\n~~~~~~~~~~~~~~~~\n\nNELAYAN NORVALE: IKAN KAMI PINDAH\n\n")
    found = _found(greeting + STORY)
    assert found["title"] == "NELAYAN NORVALE: IKAN KAMI PINDAH"
    assert found["outlet"] == "Kabar Danau"


def test_a_long_caps_heading_over_a_colon_is_no_speaker() -> None:
    assert label_kind("FLOOD LOSSES AMONG SMALL FARMERS IN THE UPPER HADEJIA BASIN") is None
    assert label_kind("İmar ve Şehircilik Müdürü Levent Sarıgül") == "name"
    assert label_kind("MINISTER OF STATE IN THE OFFICE ANN BERG") == "name"
    assert label_kind("MARÍA FERNANDA LÓPEZ DE LA OLIVA") == "name"


def test_a_line_ending_on_a_function_word_goes_on_below() -> None:
    text = (f"{FILLER}the\nNorvale Hydrological Agency before the farms were flooded.\n\n"
            "Plan A\nPlan B\n")
    blocks = parse_blocks(text)
    assert blocks[0].text.endswith("the Norvale Hydrological Agency before the farms were flooded.")
    assert [b.text for b in blocks[1:]] == ["Plan A", "Plan B"]


# --- dates, labels, titles and names met in Central Asia, the Caucasus and Latin America ---

import pytest  # noqa: E402

from archivist.dates import find_foreign_date  # noqa: E402
from archivist.detect import Detector  # noqa: E402
from archivist.speakers import office_holder, speaker_name  # noqa: E402


@pytest.mark.parametrize("text, iso", [
    ("Metro | Hulyo 14, 2024 | 12:00am", "2024-07-14"),  # Tagalog
    ("Dodoma, 3 Machi 2025", "2025-03-03"),  # Swahili
    ("Hà Nội, ngày 12 tháng 9 năm 2024", "2024-09-12"),  # Vietnamese numbers its months
    ("Toshkent sh., 2024-yil 18-sentabr", "2024-09-18"),  # Uzbek, the year first
    ("2024. gada 18. aprīlis", "2024-04-18")])
def test_dates_in_more_languages(text: str, iso: str) -> None:
    assert str(find_foreign_date(text)) == iso


@pytest.mark.parametrize("label, name", [
    ("Concejala Sra. Oyarzo", "Oyarzo"),  # Spanish courtesy titles are no name words
    ("Dra. Claudia Patricia Serrano Gélvez", "Claudia Patricia Serrano Gélvez"),
    ("JOHN SMITH SR.", "SMITH SR."),  # (the elder's "Sr." after a name stays)
    ("O SR. PRESIDENTE (Arthur Lira)", "Arthur Lira"),  # a surname that is a word ("lira")
    ("Q (Hetq, Anna Sargsyan)", "Anna Sargsyan"),  # the outlet, then its reporter
    ("Свидетель Иванов", "Иванов"),  # a Russian court's witness
    ("Судья", None), ("ВЕДУЩИЙ", None)])
def test_labels_of_chambers_courts_and_press_rooms(label: str, name: str | None) -> None:
    assert speaker_name(label) == name


def test_a_seat_in_brackets_is_no_holder() -> None:
    assert office_holder("The Minister (Grace Bay)") is None
    assert office_holder("THE PRESIDENT (Arthur Lira)") == ("THE PRESIDENT", "Arthur Lira")


def test_named_after_heads_in_portuguese_and_spanish() -> None:
    text = ("O vereador falou sobre a Lei Maria da Penha na sessão. A reunião será no Centro "
            "Cultural Nelson Mandela. As obras foram executadas pela Construtora Ernesto Woebcke "
            "Ltda. com recursos do fundo. Os jovens encheram o Andador Macedonio Alcalá. O "
            "prefeito João Campos falou.")
    found = {(c.type, c.name) for c in Detector().detect(text)}
    assert ("person", "João Campos") in found
    assert not {n for t, n in found if t == "person"} - {"João Campos"}
    assert ("place", "Andador Macedonio Alcalá") in found


def test_an_issue_name_before_the_headline_in_a_subject_line() -> None:
    text = ("From: Chamber News <news@example.org>\nSubject: Chamber Weekly | Port delays and our "
            "Business Breakfast\n\nCHAMBER WEEKLY\nNorvale Chamber of Commerce — Members' "
            "Newsletter\nIssue 3 · January 2026\n\nDear Members,\n\n" + STORY)
    found = _found(text)
    assert found["title"] == "Port delays and our Business Breakfast"
    assert found["outlet"] == "Chamber Weekly"


def test_minutes_titles_longer_or_under_the_councils_town() -> None:
    acta = ("COOPERATIVA AGRARIA LIMITADA \"GRANJEROS DEL NORTE\" (CAGN)\n\n"
            "ACTA DE LA SESIÓN ORDINARIA N.º 412 DEL CONSEJO DIRECTIVO\n\n"
            "En Norvale, a los diecinueve días del mes de agosto, se reúne el Consejo.\n")
    found = _found(acta)
    assert found["title"] == "ACTA DE LA SESIÓN ORDINARIA N.º 412 DEL CONSEJO DIRECTIVO"
    assert found["outlet"] == "Cooperativa Agraria Limitada \"Granjeros del Norte\""
    minutes = ("NORVALE TOWN COUNCIL\nNorvale District, C.A.\n\n"
               "MINUTES OF THE REGULAR MEETING OF COUNCIL\n"
               "held on Wednesday, 16th July, 2025 at 5:30 p.m.\n\nPRESENT:\n\n" + STORY)
    assert _found(minutes)["title"] == "MINUTES OF THE REGULAR MEETING OF COUNCIL"


def test_a_sites_tagline_date_line_and_share_bar_over_the_headline() -> None:
    text = ("NORVALE BULLETIN · BERLIN\nThe English edition for the community in Norvale\n"
            "COMMUNITY & CULTURE\n\n\"We brought the steppe with us\": families celebrate 30 years "
            "in Norvale\n\nSat 21 Sep 2024 · by Katharina Reimer\n\n" + STORY)
    assert _found(text)["title"].startswith("\"We brought the steppe with us\"")
    text = ("NORVALE INFO · in English\nCity | Community\nPosted 17.11.2023, 09:30 · Updated 3 "
            "hours ago\nShare  Tweet  Email  Print\n\nCouncil approves a heritage centre in the "
            "old quarter of Norvale\n\n" + STORY)
    title = "Council approves a heritage centre in the old quarter of Norvale"
    assert _found(text)["title"] == title


def test_a_russian_trail_and_byline_over_a_report() -> None:
    text = ("KG SPORT  ·  Футбол  ·  Премьер-лига\n\n«Дордой» вырвал победу у «Абдыш-Аты» на "
            "последних минутах\n\nАвтор: Эрмек Турдубаев | 29.04.2024, 21:37\n\n"
            "Матч прошёл в Бишкеке при полных трибунах, и хозяева забили дважды.\n")
    found = _found(text)
    assert found["title"] == "«Дордой» вырвал победу у «Абдыш-Аты» на последних минутах"
    assert found["author"] == "Эрмек Турдубаев"
    assert "outlet" not in found


def test_a_covers_title_over_its_years_label() -> None:
    cover = ("NORVALE RIVER TRUST (NRT)\n\nLiving with the River:\nErosion and Displacement in the "
             "Char Lands of Norvale\n\nField Report 2023\n\nPrepared by: Dr. Amina Haque and Tom "
             "Ahmed\n\n")
    found = _found(cover + STORY)
    assert found["title"] == ("Living with the River: Erosion and Displacement in the Char Lands "
                              "of Norvale")
    assert found["author"] == "Amina Haque and Tom Ahmed"


def test_places_in_russian_after_a_preposition() -> None:
    text = ("Вчера в Бишкеке прошла встреча, которая была также в Москве. Делегация прибыла из "
            "Ташкента. В Шымкенте открыли школу, и это не всё. По словам Иванова, работы идут.")
    found = {(c.name, tuple(sorted(c.variants))) for c in Detector().detect(text)
             if c.type == "place"}
    assert ("Bishkek", ("Бишкеке",)) in found
    assert ("Tashkent", ("Ташкента",)) in found
    assert ("Shymkent", ("Шымкенте",)) in found  # (a capital "В" opening the sentence)


def test_an_offices_tail_after_its_particle_is_no_person() -> None:
    text = ("El contrato fue firmado por el Director de Obras, Federico Chiarino. La Fiscalía "
            "General de la Nación lo dijo. Charles de Gaulle habló; de Gaulle dijo. Ana da Silva "
            "falou e da Silva riu. Investigators of the Major Investigation Taskforce came to "
            "Black Bush Polder and to Lago Peñuelas. Rio Ferdinand spoke.")
    found = {(c.type, c.name) for c in Detector().detect(text)}
    people = {n for t, n in found if t == "person"}
    assert people == {"Federico Chiarino", "Charles de Gaulle", "Ana da Silva", "Rio Ferdinand"}
    assert {("place", "Black Bush Polder"), ("place", "Lago Peñuelas")} <= found


def test_a_chambers_or_firms_name_before_its_chairs_is_no_part_of_it() -> None:
    from archivist.speakers_link.patterns import _body_of_role  # noqa: PLC0415

    text = ("The sitting is chaired by the Chairman of the Mazhilis Yerlan Koshanov. The President "
            "of Gazprom Alexei Miller came. Irishman Conor Breen of M-Sport Ford was second. The "
            "disappearance of Belgians An Marchal and Eefje Lambrecks. The wife of Wang Yi Ming.")
    people = {c.name for c in Detector().detect(text) if c.type == "person"}
    assert {"Yerlan Koshanov", "Alexei Miller", "Conor Breen", "An Marchal"} <= people
    assert "Wang Yi Ming" in people  # (a family name first: no body)
    assert speaker_name("Chairman of the Mazhilis Yerlan Koshanov") == "Yerlan Koshanov"
    assert _body_of_role("Mazhilis Yerlan Koshanov", "the Chairman of the") == "Yerlan Koshanov"


def test_german_minutes_and_two_signers_apart_by_a_wide_gap() -> None:
    text = ("Gemeinde Norvale\nLandkreis Norvale-Land\n\nNIEDERSCHRIFT\nüber die öffentliche "
            "Sitzung des Gemeinderats\nam Dienstag, 18.03.2025, 19:00 Uhr\n\nVorsitz: "
            "Bürgermeister Thomas Wiesler\n\nDer Gemeinderat beschließt den Haushalt "
            "einstimmig.\n\nThomas Wiesler                     Petra Gutmann\n")
    found = _found(text)
    assert found["title"] == "NIEDERSCHRIFT über die öffentliche Sitzung des Gemeinderats"
    assert found.get("author") in (None, "Thomas Wiesler, Petra Gutmann",
                                   "Thomas Wiesler and Petra Gutmann")


def test_a_reports_list_of_parks_is_no_transcript() -> None:
    from archivist.speakers import label_kind  # noqa: PLC0415

    assert label_kind("Reserva Nacional Lago Peñuelas") is None
    assert label_kind("Parque Nacional La Campana") is None
    assert label_kind("Ana Lago") == "name"  # (a surname that is a lake's word)


def test_a_headline_under_a_desks_bar_byline_and_a_posted_line() -> None:
    text = ("ABC Norvale\n/ By Ann Roe and Tom Lee\nPosted Wed 12 Mar 2025 at 4:12pm, updated Wed "
            "12 Mar 2025 at 6:40pm\n\nNorvale man jailed for swindling farmers out of $1.9m in a "
            "fake water scheme\n\n" + STORY)
    title = "Norvale man jailed for swindling farmers out of $1.9m in a fake water scheme"
    assert _found(text)["title"] == title
