"""What reading session 27's held-out pages found (synthetic texts): a printed
page's decorated number, a newsroom's word or a copyright notice as the outlet, a section's words
as the outlet, another language's "by" left before the writer's name, a town's possessive
kept in the name of a place in it, a Brazilian member's rank in his label."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from eval_header import fields_read  # noqa: E402


def _fields(tmp_path: Path, text: str) -> dict[str, str | None]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return fields_read(tmp_path)["a.txt"]


def test_a_decorated_page_number_is_no_title(tmp_path: Path) -> None:
    text = ("=== Page 1 ===\n\nGrowers replant groves as the blight moves north\n\nBy Ann Roe\n\n"
            "LECCE - Growers in the south are replanting olive groves after the disease.\n\n"
            "[Page 2]\n\nMore text follows here.\n")
    assert _fields(tmp_path, text)["title"] == "Growers replant groves as the blight moves north"


def test_a_by_word_is_no_part_of_the_writers_name(tmp_path: Path) -> None:
    text = ("La Gaceta · Talca · Economía\n\nProductores alertan por lluvias fuera de temporada\n\n"
            "Por Ximena Arancibia | 20 de noviembre de 2024\n\nTalca.- Con preocupación observan "
            "los productores el sistema frontal que dejó agua en los huertos del valle.\n")
    assert _fields(tmp_path, text)["author"] == "Ximena Arancibia"


def test_a_section_is_no_outlet(tmp_path: Path) -> None:
    text = ("LOCAL NEWS\n\nCommissioners approve $12M to rebuild the riverside greenway\n\n"
            "Ann Roe\nHarbour Valley Times\n\nPORTVILLE — County commissioners voted 5-2 on "
            "Tuesday to spend $12 million on the greenway.\n")
    assert _fields(tmp_path, text)["outlet"] != "LOCAL NEWS"


def test_a_newsroom_word_or_a_copyright_notice_is_no_outlet() -> None:
    from archivist.metadata.outlet import NEWSROOM_WORDS

    for text in ("Redacción", "Da redação", "Redazione", "Riproduzione riservata",
                 "Todos los derechos reservados", "All rights reserved"):
        assert NEWSROOM_WORDS.match(text), text
    assert not NEWSROOM_WORDS.match("El Diario del Sur")


def test_a_towns_possessive_before_a_headed_place_is_the_town() -> None:
    from archivist.detect import Detector

    found = {c.name: c.type for c in Detector().detect(
        "Jobs.\n\nThe firm will open a centre in Kaunas's Rudnia Valley, creating 300 jobs.\n")}
    assert found.get("Rudnia Valley") == "place" and found.get("Kaunas") == "place"
    assert not any("'s" in name for name in found)


def test_a_brazilian_members_rank_is_no_part_of_his_name(tmp_path: Path) -> None:
    from tests.conftest import archive_of

    text = ("COMISSÃO DE VIAÇÃO E TRANSPORTES\nReunião de 12/03/2025\n\n"
            "O SR. PRESIDENTE (Otávio Rezende. PSD - MG) - Declaro aberta a reunião. Concedo a "
            "palavra ao Deputado Delegado Antônio Ferraz.\n\n"
            "O SR. DELEGADO ANTÔNIO FERRAZ (PL - SP) - Obrigado, Sr. Presidente. A estrada está "
            "em obras há três anos.\n\n"
            "O SR. PRESIDENTE (Otávio Rezende. PSD - MG) - Obrigado, Deputado.\n\n"
            "O SR. DELEGADO ANTÔNIO FERRAZ (PL - SP) - Pedimos uma resposta do ministério.\n")
    archive = archive_of(tmp_path, {"a.txt": text})
    names = {e.id: e.name for e in archive.entities}
    spoken = {names[entity] for _, entity, _ in archive.speakers}
    assert "Antônio Ferraz" in spoken
    assert not any("Delegado" in name for name in spoken)


def test_a_byline_beside_its_date_names_no_outlet(tmp_path: Path) -> None:
    text = ("Por qué el ayuntamiento se equivoca con el plan de tráfico\n\n"
            "Por Ximena Arancibia | 20 de noviembre de 2024\n\nSEVILLA, 20 (EUROPA PRESS) - El "
            "Ayuntamiento aprobó ayer el plan de tráfico del centro, según informó la Junta.\n")
    fields = _fields(tmp_path, text)
    assert fields["author"] == "Ximena Arancibia"
    assert fields["outlet"] != "Por Ximena Arancibia"


def test_a_romance_rubric_before_the_headline_is_no_part_of_the_title(tmp_path: Path) -> None:
    text = ("Opinión | Por qué el ayuntamiento se equivoca con el plan de tráfico\n\n"
            "SEVILLA, 20 (EUROPA PRESS) - El Ayuntamiento aprobó ayer el plan de tráfico del "
            "centro, según informó la Junta.\n")
    assert _fields(tmp_path, text)["title"] == \
        "Por qué el ayuntamiento se equivoca con el plan de tráfico"
