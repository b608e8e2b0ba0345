"""Session 30: places in Swedish, Polish, Czech and Finnish texts, written after the language's
own locatives or in a case ("w Krakowie", "v Brně", "i Sundsvall", "Tampereella"); synthetic
texts, invented people, real towns of the gazetteer."""

from __future__ import annotations

import pytest

from archivist.detect import Detector
from archivist.detect.inflected import written_in

POLISH = ("Remont dworca\n\nRemont dworca w Krakowie potrwa do końca roku, a pociągi do Gdańska "
          "pojadą objazdem, poinformowała we wtorek spółka. Jak powiedział Jan Wróblewski, "
          "rzecznik spółki, prace są już zaawansowane. Za faul na Kowalu sędzia podyktował "
          "rzut karny, ale to nie jest związane z dworcem. Spotkał się też z Janem Nowakiem.\n")
CZECH = ("Tramvaje\n\nTramvaje v Brně nepojedou dva měsíce, uvedl mluvčí dopravního podniku. "
         "Cestující z Ostravy musí počítat se zpožděním, které podle dopravce potrvá do konce "
         "června. Práce jsou také kvůli počasí složitější, než se čekalo.\n")
SWEDISH = ("Tåget\n\nEtt godståg spårade ur vid Hallsberg på tisdagen och trafiken mellan "
           "Stockholm och Göteborg är inställd. Resenärer i Sundsvall och från Örebro får "
           "vänta, säger Anna Lindqvist på Trafikverket. Det är inte klart när det blir bättre.\n")
FINNISH = ("Ratikka\n\nRaitiotie avattiin Tampereella sunnuntaina, ja ensimmäiset matkustajat "
           "tulivat myös Oulusta. Tampereen yliopisto on mukana hankkeessa, kertoo Aino Virtanen. "
           "Se on kaupungin mukaan jo nyt suosittu, mutta liput ovat kalliita.\n")


def _places(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in Detector().detect(text):
        if c.type == "place":
            out[c.name] = set(c.variants)
    return out


@pytest.mark.parametrize("text, lang", [(POLISH, "pl"), (CZECH, "cs"), (SWEDISH, "nordic"),
                                        (FINNISH, "fi")])
def test_the_language_of_a_text(text: str, lang: str) -> None:
    assert written_in(text) == lang


def test_polish_places_after_locatives_are_the_towns_they_inflect() -> None:
    places = _places(POLISH)
    assert "Krakowie" in places["Kraków"] and "Gdańska" in places["Gdańsk"]
    assert not any("Kowal" in n or "Jan" in n for n in places)  # "na Kowalu": on a player


def test_czech_and_swedish_places_after_locatives() -> None:
    assert "Brně" in _places(CZECH)["Brno"] and "Ostravy" in _places(CZECH)["Ostrava"]
    assert "Sundsvall" in _places(SWEDISH)


def test_finnish_places_in_a_place_case_but_not_a_bodys_genitive() -> None:
    places = _places(FINNISH)
    assert "Tampereella" in places["Tampere"] and "Oulusta" in places["Oulu"]
    assert "Tampereen" not in places["Tampere"]  # "Tampereen yliopisto": the university's


def test_an_english_text_is_none_of_these() -> None:
    assert written_in("The council met in Bristol on Tuesday and agreed the plan for the "
                      "harbour, which is to be finished this year, the mayor said.") == ""


def test_a_place_written_only_in_its_cases_is_named_by_its_nominative(tmp_path) -> None:
    from tests.conftest import archive_of

    archive = archive_of(tmp_path, {"pl.txt": POLISH + "\nWrócił do Opola i do Krakowa.\n"})
    places = {e.name for e in archive.entities if e.type == "place"}
    assert {"Kraków", "Gdańsk", "Opole"} <= places  # not "Krakowie", nor the Philippines' Opol
    assert not places & {"Krakowie", "Krakowa", "Gdańska", "Opola", "Opol"}
