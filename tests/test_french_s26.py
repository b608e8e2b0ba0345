"""Session 26's French-language rules: places in French prose (locatives, place nouns before
"de", elided articles, countries' French names) and French headers (synthetic texts; places are
gazetteer entries or invented)."""

from __future__ import annotations

import sys
from pathlib import Path

from archivist.detect import Detector
from archivist.detect.french import unelided, written_in_french

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from eval_header import fields_read  # noqa: E402

FRENCH_FILLER = ("Les habitants de la ville sont inquiets et les élus ont promis une réunion "
                 "avec les services de l'État dans les prochains jours, selon la mairie.")


def _places(text: str) -> dict[str, str]:
    """Place names detected, by the surface written."""
    return {v: c.name for c in Detector().detect(text) if c.type == "place" for v in c.variants}


# --- whether a text is French, and its elided articles -------------------------------------------

def test_a_text_is_french_by_its_function_words() -> None:
    assert written_in_french(FRENCH_FILLER)
    assert not written_in_french("The mayor said the council of the town was in session and "
                                 "that the vote is due.")


def test_an_elided_article_before_a_name_is_a_word_of_its_own() -> None:
    assert unelided("vers l'Espagne et d'Ouessant") == "vers l Espagne et d Ouessant"
    # after a capitalised word the elision is the name's: "Côte d'Ivoire", "Val d'Arbelle"
    assert unelided("en Côte d'Ivoire") == "en Côte d'Ivoire"
    assert unelided("aujourd'hui") == "aujourd'hui"


# --- listed places after French locatives ---------------------------------------------------------

def test_a_listed_town_after_a_or_a_place_noun_and_de_is_a_place() -> None:
    text = ("Le conseil s'est réuni à Morlaix lundi. Les travaux ont commencé dans la commune de "
            "Colomiers, près de Blagnac. " + FRENCH_FILLER)
    places = _places(text)
    assert {"Morlaix", "Colomiers", "Blagnac"} <= set(places)


def test_a_list_after_a_french_locative_goes_on_after_et() -> None:
    places = _places("Des rafales sont attendues à Brest, Morlaix et Quimper. " + FRENCH_FILLER)
    assert {"Brest", "Morlaix", "Quimper"} <= set(places)


def test_an_unlisted_name_after_a_french_place_noun_and_de_is_a_place() -> None:
    text = ("Le bateau est arrivé au port de Kabirou, près des îles d'Ouvanec. " +
            FRENCH_FILLER)
    assert {"Kabirou", "Ouvanec"} <= set(_places(text))


def test_french_cues_do_not_fire_in_english() -> None:
    text = ("The band played at Morlaix Hall with Jean de Colomiers. The mayor said the "
            "council of the town was in session and that the vote is due.")
    assert "Colomiers" not in _places(text)


# --- countries' French names ---------------------------------------------------------------------

def test_a_countrys_french_name_is_the_country_in_a_french_text() -> None:
    text = ("Les exportations vers l'Espagne, l'Italie et les États-Unis ont augmenté, et la "
            "Chine reste un marché. " + FRENCH_FILLER)
    places = _places(text)
    assert places["Espagne"] == "Spain"
    assert places["Italie"] == "Italy"
    assert places["États-Unis"] == "United States"
    assert places["Chine"] == "China"


def test_a_countrys_french_name_that_is_a_given_name_is_no_place() -> None:
    assert "Maurice" not in _places("Maurice Dabiré est arrivé lundi. " + FRENCH_FILLER)


# --- a French header's numeric date reads day first -----------------------------------------------

def test_a_french_headers_numeric_date_reads_the_day_first(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "fr.txt").write_text(
        "Villeport : la mairie rénove le marché couvert\n\nPublié le 04/06/2025 à 06:45\n\n"
        "Les travaux du marché couvert de Villeport ont commencé lundi, selon la mairie. Les "
        "commerçants sont installés sur la place pendant la durée du chantier.\n\n"
        "Le maire a promis que le marché rouvrira avant la fin de l'année.\n", encoding="utf-8")
    (docs / "en.txt").write_text(
        "Harbourville market to reopen\n\nPosted 04/06/2025\n\nThe covered market of "
        "Harbourville is being renovated, the council said. Traders are on the square for "
        "the duration of the works.\n\nThe mayor said the market will reopen this year.\n",
        encoding="utf-8")
    got = fields_read(tmp_path)
    assert got["fr.txt"]["date"] == "2025-06-04"
    assert got["en.txt"]["date"] is None  # the reader cannot tell which way it reads


# --- streets and squares by their French noun ----------------------------------------------------

def test_a_french_street_or_square_is_a_place_with_its_noun() -> None:
    text = ("Les marchands sont installés le long de l'avenue Tiémoko Garan et sur la place de la "
            "Concorde-Nouvelle, près du pont Saint-Arnoult. " + FRENCH_FILLER)
    places = _places(text)
    assert {"avenue Tiémoko Garan", "place de la Concorde-Nouvelle",
            "pont Saint-Arnoult"} <= set(places)
    people = {c.name for c in Detector().detect(text) if c.type == "person"}
    assert "Tiémoko Garan" not in people


def test_en_place_and_a_la_place_de_name_no_square() -> None:
    text = "Le dispositif est en place Lundi. Il parle à la place de Marc Dubois. " + FRENCH_FILLER
    assert not any(v.startswith("place") for v in _places(text))


# --- a place's noun in apposition, or before "de" and a person-shaped name -----------------------

def test_a_region_in_apposition_and_a_governors_town_are_places() -> None:
    text = ("Le gouverneur de Gafsa a reçu les élus de la région Casablanca-Settat et du "
            "quartier de Sidi Mezragou. " + FRENCH_FILLER)
    places = _places(text)
    assert {"Gafsa", "Casablanca-Settat", "Sidi Mezragou"} <= set(places)


# --- people in French prose -----------------------------------------------------------------------

def _people(text: str) -> set[str]:
    return {c.name for c in Detector().detect(text) if c.type == "person"}


def test_a_french_role_or_speech_verb_makes_a_person() -> None:
    text = ("« Les jeunes travaillent sur la ligne », affirme Ousmane Kaboré, président du "
            "conseil communal. " + FRENCH_FILLER)
    assert "Ousmane Kaboré" in _people(text)


def test_an_office_addressed_and_a_plural_article_name_no_person() -> None:
    text = ("M. le Maire a indiqué qu'une réunion se tiendra en janvier. Le groupe Les Vents "
            "Salés a joué. Monsieur le Président, merci. " + FRENCH_FILLER)
    people = _people(text)
    assert not any(p.startswith(("M. le", "le ", "Les")) for p in people)


# --- French lists, "du X", header datelines ------------------------------------------------------

def test_a_french_list_that_repeats_its_preposition_is_a_list_of_places() -> None:
    text = ("Les cours reprennent dans les centres de Ouidah, de Sakoba et d'Adjobou. Les îles "
            "d'Ouvanec, de Trébal et de Kerlan sont touchées. " + FRENCH_FILLER)
    assert {"Ouidah", "Sakoba", "Adjobou", "Ouvanec", "Trébal", "Kerlan"} <= set(_places(text))


def test_a_place_noun_before_du_names_a_place() -> None:
    text = "Le préfet a placé le département du Vercors-Sud en vigilance. " + FRENCH_FILLER
    assert "Vercors-Sud" in _places(text)


def test_a_french_header_date_makes_its_town_a_place() -> None:
    assert "Quimper" in _places("Quimper, le 3 novembre 2024\n\nCOMMUNIQUÉ\n\n" + FRENCH_FILLER)


# --- a French service's letterhead above its release ---------------------------------------------

def _header(tmp_path: Path, text: str) -> dict[str, str | None]:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "doc.txt").write_text(text, encoding="utf-8")
    return fields_read(tmp_path)["doc.txt"]


def test_the_republics_motto_and_a_cabinets_lines_are_letterhead(tmp_path: Path) -> None:
    text = ("PRÉFET DE LA HAUTE-MARNE\nLiberté\nÉgalité\nFraternité\n\nCabinet du préfet\n"
            "Service de la communication\n\nChaumont, le 12 janvier 2025\n\n"
            "COMMUNIQUÉ DE PRESSE\n\n"
            "Crues de la Marne : la vigilance orange levée dans le département\n\n"
            "Les services de l'État ont levé la vigilance orange lundi à 16 heures. Les routes "
            "départementales sont rouvertes à la circulation, selon la préfecture.\n\n"
            "Le préfet remercie les services mobilisés pendant la crue.\n")
    got = _header(tmp_path, text)
    assert got["title"] == "Crues de la Marne : la vigilance orange levée dans le département"
    assert got["date"] == "2025-01-12"
    assert got["place"] == "Chaumont"


def test_a_bodys_department_line_under_the_release_label_is_no_title(tmp_path: Path) -> None:
    text = ("Communiqué de presse\nCentre hospitalier de Valrose – Direction de la communication\n"
            "Valrose, le 14 mars 2025\n\n"
            "Grippe : l'hôpital ouvre une unité saisonnière de vingt lits\n\n"
            "Face à l'afflux de patients aux urgences, la direction a ouvert une unité de vingt "
            "lits, selon un communiqué. Les visites sont limitées.\n\n"
            "Le centre remercie les équipes mobilisées.\n")
    got = _header(tmp_path, text)
    assert got["title"] == "Grippe : l'hôpital ouvre une unité saisonnière de vingt lits"


def test_a_french_lists_last_unlisted_name_after_et() -> None:
    text = ("Des trains partiront depuis Mulhouse, Colmar et Sarrebaudin les samedis. "
            + FRENCH_FILLER)
    assert {"Mulhouse", "Colmar", "Sarrebaudin"} <= set(_places(text))


def test_a_natural_feature_by_its_french_noun_is_a_place() -> None:
    text = ("Les pêcheurs de la baie des Tourlons et du golfe de Kervadec sont inquiets, comme "
            "les riverains du lac Saint-Arsène. " + FRENCH_FILLER)
    assert {"baie des Tourlons", "golfe de Kervadec", "lac Saint-Arsène"} <= set(_places(text))


def test_a_listed_town_after_de_is_a_place_unless_a_persons_name() -> None:
    text = ("Les pêcheurs de Lorient sont inquiets. Le fils de Martin est venu. " + FRENCH_FILLER)
    places = _places(text)
    assert "Lorient" in places
    assert "Martin" not in places


def test_spanish_text_is_not_read_as_french() -> None:
    text = ("La sentencia de la magistrada estima el recurso presentado por los docentes del "
            "campus de la universidad, que la consideran una decisión con efectos para la "
            "escuela y para las familias de la ciudad.")
    assert not written_in_french(text)


def test_a_french_headlines_opening_town_is_the_place(tmp_path: Path) -> None:
    text = ("Vannes : la criée rouvre après trois mois de travaux\n\nPublié le 15/04/2025\n\n"
            "Les premiers bateaux sont rentrés mardi matin au port de pêche. Les apports restent "
            "modestes et les prix élevés, selon les mareyeurs de la ville.\n\n"
            "Les apports devraient augmenter à partir de mai.\n")
    assert _header(tmp_path, text)["place"] == "Vannes"


def test_a_french_capes_or_peaks_name_is_a_place_not_a_person() -> None:
    text = ("La station de Cap Morvane et le sentier du Piton de Varelle sont fermés. "
            + FRENCH_FILLER)
    assert {"Cap Morvane", "Piton de Varelle"} <= set(_places(text))


def test_a_french_bodys_head_word_makes_no_person() -> None:
    text = ("Le Grand Conseil a adopté le postulat, et la Société Bréval a recruté. "
            + FRENCH_FILLER)
    assert not {"Grand Conseil", "Le Grand Conseil", "Société Bréval"} & _people(text)
