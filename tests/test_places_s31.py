"""Session 31: places in Romanian, Hungarian, Estonian, Latvian, Lithuanian and Turkish texts,
after the language's locatives or in a case ("din Pașcani", "Szegeden", "Tallinnas", "Rīgā",
"Vilniuje", "İzmir'de"); a sentence's verb before a name in such a text; the structure
reading's failure costs a file its structure only (synthetic texts, invented people)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archivist import documents
from archivist.detect import Detector
from archivist.detect.inflected import written_in
from tests.conftest import archive_of

ROMANIAN = ("Percheziții la Iași\n\nPolițiștii au efectuat joi percheziții în județele Iași și "
            "Vaslui, într-un dosar privind o grupare care ar fi adus țigări din Pașcani spre "
            "Botoșani, a declarat purtătorul de cuvânt Ionela Mărginean. Mașinile au fost duse "
            "la Vaslui pentru cercetări, după care ancheta continuă.\n")
HUNGARIAN = ("Árvíz a Tiszán\n\nA folyó Szegednél tetőzött, és a víz Csongrádnál is emelkedik, "
             "közölte Nagy Ernő, a vízügyi igazgatóság szóvivője. Budapesten is figyelik a "
             "helyzetet, mert a Dunán is árhullám van, és már Debrecenben is készülnek. Az "
             "igazgatóság szerint nem volt még ilyen, pedig már sok árvíz volt, és még nem "
             "tudni, hogy a gátak között mennyi víz lesz, ahol a legnagyobb a veszély, amely "
             "után pedig még egy hullám jön, mint tavaly és nem csak itt.\n")
ESTONIAN = ("Praamid\n\nPraam jäi Virtsus seisma ning reisijad pidid ootama, ütles Kadri "
            "Lepik. Tallinnas ja Tartus on see ka probleem, kui ilm on halb, aga homme "
            "peaks liiklus taastuma, kes teab. Sadamas oli see ka eile nii, ning pärast seda "
            "ütles kapten, et nad ei tea, mis saab, kui tuul on veel tugev, aga oma töö "
            "tehakse ära ning seda ka homme, kui mis iganes juhtub või ei juhtu.\n")
LATVIAN = ("Ielu remonts\n\nRīgā un Liepājā sāksies ielu remonts, kas ilgs līdz rudenim, "
           "paziņoja Jānis Ozoliņš. Arī Daugavpilī tika sākti darbi, bet vai tas būs ātri, "
           "nav zināms, un pēc tam būs vēl darbi.\n")
LITHUANIAN = ("Mugė\n\nVilniuje vyksta mugė, kuri tęsis iki sekmadienio, sakė Rūta Vaitkutė. "
              "Kaune taip pat bus renginių, bet jau po savaitės. Klaipėdoje mugė vyks nuo "
              "gegužės, kaip ir kasmet, dėl to visi laukia. Ji sakė, kad mugė yra svarbi, bet "
              "jau dabar aišku, kad dėl oro ji bus kitokia, taip pat kaip pernai, kai po "
              "lietaus nuo ryto buvo šalta, kuris vis dėlto netrukdė, ir tai buvo gerai.\n")
TURKISH = ("Kemeraltı\n\nİzmir'de tarihi çarşıda restorasyon başladı ve çalışmalar iki yıl "
           "sürecek. Ankara'dan gelen ekip için bu çok önemli, olarak değerlendirildi. Bu "
           "çalışma için Bursa'ya da bir ekip gidecek, ancak tarih belli değil.\n")


def _places(text: str) -> dict[str, set[str]]:
    return {c.name: set(c.variants) for c in Detector().detect(text) if c.type == "place"}


@pytest.mark.parametrize("text, lang", [(ROMANIAN, "ro"), (HUNGARIAN, "hu"), (ESTONIAN, "et"),
                                        (LATVIAN, "lv"), (LITHUANIAN, "lt"), (TURKISH, "tr")])
def test_the_language_of_a_text(text: str, lang: str) -> None:
    assert written_in(text) == lang


@pytest.mark.parametrize("text, towns", [
    (ROMANIAN, {"Pașcani", "Botoșani", "Vaslui"}),
    (HUNGARIAN, {"Szeged", "Budapest", "Debrecen"}),
    (ESTONIAN, {"Tallinn", "Tartu"}),
    (LATVIAN, {"Liepāja", "Daugavpils"}),
    (LITHUANIAN, {"Kaunas", "Klaipėda"}),
    (TURKISH, {"Ankara", "Bursa"})])
def test_a_town_in_its_case_is_the_gazetteers_town(text: str, towns: set[str]) -> None:
    assert towns <= set(_places(text)), _places(text)


def test_the_case_is_linked_as_written() -> None:
    assert "Szegednél" in _places(HUNGARIAN)["Szeged"]
    assert "Ankara'dan" in _places(TURKISH)["Ankara"]


def test_a_name_after_a_given_name_is_no_case_of_a_town() -> None:
    text = ("Meccs\n\nA lelátóról a kapitány, Marco Rossi is figyelte a mérkőzést, és azt "
            "mondta, hogy a csapat jól játszott, de még van mit javítani, közölte.\n")
    assert "Rossi" not in _places(text)


def test_a_sentences_verb_before_a_name_is_no_part_of_it() -> None:
    text = ("Seimas\n\nPosėdis tęsiasi, kad ir kaip vėlu, bet jau po pietų. Klausia Tomas "
            "Vaidilas. Jis sakė, kad dėl įstatymo buvo ginčų, bet tai jau praeityje, nuo "
            "to laiko yra taip pat kitų klausimų, kuris dar nesvarstytas.\n")
    people = {c.name for c in Detector().detect(text) if c.type == "person"}
    assert "Tomas Vaidilas" in people and "Klausia Tomas Vaidilas" not in people


def test_an_english_sentence_opening_name_stays_whole() -> None:
    text = "Squash\n\nZarak Jahan Khan (Pakistan) beat Rodney Eyles of Australia 15-9.\n"
    assert "Zarak Jahan Khan" in {c.name for c in Detector().detect(text)}


def test_a_structure_rules_failure_keeps_the_file_as_paragraphs(tmp_path: Path, monkeypatch
                                                                 ) -> None:
    def broken(text: str, first_line: int = 1) -> list:
        raise IndexError("a rule's bug")

    monkeypatch.setattr(documents, "parse_blocks", broken)
    archive = archive_of(tmp_path, {"a.txt": "Title line\n\nFirst paragraph.\n\nSecond one.\n"})
    doc = archive.documents[0]
    assert [b.text for b in doc.blocks][-2:] == ["First paragraph.", "Second one."]
    assert any("could not be read" in p.reason for p in archive.problems)
