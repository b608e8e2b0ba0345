"""Session 32: the gazetteer knows countries as other languages name them (CLDR through babel)
and cities' alternate names with their own accents ("Hà Nội"); a name English also writes, a
demonym or a Romance surname is left out ("Argentine", "Swiss", "Polonia"); a country's case in
a body's name is no place ("Lietuvos geologijos tarnyba") (synthetic texts, invented people)."""

from __future__ import annotations

import pytest

from archivist.detect import Detector
from archivist.detect.lexicon import lexicon


@pytest.mark.parametrize("name, country", [
    ("Trung Quốc", "China"), ("Németország", "Germany"), ("Ujerumani", "Germany"),
    ("Tiongkok", "China"), ("Almanya", "Germany"), ("Hàn Quốc", "South Korea")])
def test_a_country_as_another_language_names_it(name: str, country: str) -> None:
    place = lexicon().places.get(name)
    assert place is not None and place.name == country


@pytest.mark.parametrize("name", ["Swiss", "Argentine", "Polonia", "Đức", "Anh"])
def test_no_demonym_old_spelling_surname_or_given_name_is_a_translated_country(name: str) -> None:
    place = lexicon().places.get(name)
    assert place is None or place.name != {"Swiss": "Switzerland", "Argentine": "Argentina",
                                           "Polonia": "Poland", "Đức": "Germany",
                                           "Anh": "United Kingdom"}[name]


def test_a_citys_alternate_name_with_its_accents() -> None:
    assert lexicon().places["Hà Nội"].name == "Hanoi"
    assert lexicon().places["Đà Nẵng"].name == "Da Nang"


def _places(text: str) -> set[str]:
    return {c.name for c in Detector().detect(text) if c.type == "place"}


LITHUANIAN = ("Neringos savivaldybė planuoja naujus darbus. Kartu su Lietuvos geologijos tarnyba "
              "bus atliktas tyrimas, o Lietuvos statistikos departamentas pateiks duomenis. "
              "Turistų iš Lietuvos ir Vokietijos šiemet buvo daugiau, sakė Rūta Petraitienė, "
              "kuri dirba savivaldybėje jau dešimt metų, ir tai yra labai gerai, nes vasarą "
              "atvyksta daug žmonių, kurie nori pailsėti prie jūros ir marių. Šiemet į "
              "Juodkrantę ir Nidą užsuko dar daugiau svečių, o gyventojai džiaugiasi, kad "
              "dviračių takas bus ilgesnis, nors darbų įrengimas užtruks ilgiau, nei žadėta.\n")


def test_a_countrys_case_in_a_bodys_name_is_no_place() -> None:
    found = _places(LITHUANIAN)
    assert "Germany" in found  # "iš … Vokietijos": from Germany
    cut = LITHUANIAN.replace("iš Lietuvos ir Vokietijos", "iš Vokietijos")
    assert "Lithuania" not in _places(cut)  # (only in the bodies' names)


MALAY = ("Mesyuarat Majlis Perbandaran Teluk Intan diadakan semalam. Kepala Dinas hadir bersama "
         "penduduk dari Taman Sri Intan dan Bandar Tunggal, kata Ong Chee Wei, wakil penduduk. "
         "Kontraktor Tan Ah Kow Development Sdn Bhd akan membaiki jalan, dan Ahli-Ahli Majlis "
         "bersetuju. Pelancong ke Gili Trawangan dan Tamu Kianggeh juga ramai.\n")


def test_malay_and_indonesian_heads_of_bodies_and_places() -> None:
    found: dict[str, set[str]] = {}
    for c in Detector().detect(MALAY):
        found.setdefault(c.type, set()).add(c.name)
    assert {"Taman Sri Intan", "Bandar Tunggal", "Gili Trawangan", "Tamu Kianggeh"} <= \
        found["place"]
    assert found.get("person", set()) <= {"Ong Chee Wei"}
    assert not {"Kepala Dinas", "Ahli-Ahli Majlis"} & found.get("organization", set())
