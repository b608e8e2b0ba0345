"""Session 31: a state's official name is its country ("Federal Republic of Yugoslavia"), a
bracketed given name inside a person's name is a nickname ("James Leander (Leo) Nichols"), and
an of-name at a sentence's end keeps no full stop ("the Isle of Man."); synthetic texts."""

from __future__ import annotations

from archivist.detect import Detector


def _found(text: str) -> dict[str, tuple[str, set[str]]]:
    return {c.name: (c.type, set(c.variants)) for c in Detector().detect(text)}


STATES = ("Talks\n\nBELGRADE, May 2 -\n\nThe Federal Republic of Yugoslavia will talk to "
          "the Union of Myanmar and the Socialist Republic of Vietnam, Yugoslavia said. The "
          "Democratic Republic of Congo and the Republic of Congo sent envoys; the Republic of "
          "China did not. The Democratic Union of Europe met too.\n")


def test_an_official_name_the_gazetteer_lacks_is_its_country() -> None:
    found = _found(STATES)
    assert found["Yugoslavia"] == ("place", {"Federal Republic of Yugoslavia", "Yugoslavia"})
    assert found["Myanmar"][0] == "place" and found["Vietnam"][0] == "place"
    assert "Union of Myanmar" not in found


def test_two_congos_and_a_lone_republic_stay_apart() -> None:
    found = _found(STATES)
    assert found["Democratic Republic of the Congo"][1] == {"Democratic Republic of Congo"}
    assert found["Republic of the Congo"][1] == {"Republic of Congo"}
    assert "China" not in found  # the Republic of China is Taiwan
    assert "Europe" not in found  # a continent is no state


def test_an_of_name_at_a_sentences_end() -> None:
    found = _found("Ferry\n\nThe ferry sailed to the Isle of Man.\n")
    assert "Isle of Man" in found and "Isle of Man." not in found


def test_a_bracketed_given_name_is_a_nickname() -> None:
    text = ("Trial\n\nDALLAS, May 2 -\n\nJames Leander (Leo) Nichols, 45, was charged. William "
            "(Bill) Clinton spoke. Results: 5. Marc Charlier (France) Yamaha.\n")
    found = _found(text)
    assert "James Leander Nichols" in found and "James Leander" not in found
    assert "William Clinton" in found
    assert "Marc Charlier" in found  # a country in brackets is no nickname


def test_the_nickname_form_is_linked_as_written() -> None:
    from archivist.resolution.forms import _before_quotes, _nicknamed

    text = "James Leander (Leo) Nichols, 45, died."
    assert _nicknamed("James Leander Nichols", text, _before_quotes(text)) == \
        ["James Leander (Leo) Nichols"]


HUNGARIAN = ("Hír\n\nA polgármester, Varga Józsefné szerint nem, de Varga József szerint a munka "
             "jól halad, és Pintér Ákos is ezt mondta. Szabó Lászlót is megkérdeztük, aki "
             "szerint nem volt gond, pedig már sok munka volt, és még nem tudni, hogy mikor lesz "
             "vége, mint tavaly, ahol csak egy hét volt, amely után pedig kész lett.\n")


def test_a_hungarian_name_family_name_first_and_in_a_case() -> None:
    found = _found(HUNGARIAN)
    assert found["Varga József"][0] == "person" and found["Pintér Ákos"][0] == "person"
    assert found["Szabó László"] == ("person", {"Szabó Lászlót"})


TURKISH = ("Mahkeme\n\nİSTANBUL (AA) - Kartal'da geçen yıl bir restoranda zehirlenme olayına "
           "ilişkin davada karar çıktı. İstanbul Anadolu Asliye Ceza Mahkemesinde görülen "
           "duruşmaya sanık ile avukatları katıldı. Kartal Belediyesi ve Lütfi Kırdar Şehir "
           "Hastanesinde tedavi gören 14 kişi de davacı oldu, ancak karar için itiraz edildi.\n")


def test_a_turkish_bodys_or_places_head_noun_is_no_persons_name() -> None:
    people = {n for n, (t, _) in _found(TURKISH).items() if t == "person"}
    assert not any(w in p for p in people for w in ("Mahkemesi", "Belediyesi", "Hastanesi"))


def test_a_south_asian_road_or_quarter_named_after_someone_is_a_place() -> None:
    found = _found("Chennai\n\nCHENNAI: Traffic on Rajiv Gandhi Salai was diverted near "
                   "Shireen Jinnah Colony, said Rajiv Menon.\n")
    assert found["Rajiv Gandhi Salai"][0] == "place"
    assert found["Shireen Jinnah Colony"][0] == "place"
    assert found["Rajiv Menon"][0] == "person"


def test_a_greek_municipality_or_company_is_no_person() -> None:
    text = ("Μετρό\n\nΟ Δήμος Θεσσαλονίκης και η Μετρό Α.Ε. ανακοίνωσαν την έκθεση, δήλωσε η "
            "Ελένη Δημητρίου.\n")
    people = {n for n, (t, _) in _found(text).items() if t == "person"}
    assert "Ελένη Δημητρίου" in people
    assert not any("Δήμος" in p or "Μετρό" in p for p in people)


def test_a_latvian_towns_case_is_not_a_polish_town_of_the_same_letters() -> None:
    text = ("Svētki\n\nKluba biedri piedalīsies Lubānas pilsētas svētkos un arī Liepājā, kas ir "
            "tas pats, bet ar citu zupu, un pēc tam vēl tika svētki, līdz vakaram, kā arī šī.\n")
    places = {n for n, (t, _) in _found(text).items() if t == "place"}
    assert "Lubań" not in places and "Liepāja" in places


OBITUARY = ("Elhunyt Bodnár Jenő, a fazekasság mestere\n\nVasárnap elhunyt Bodnár Jenő Ferenczy "
            "Noémi-díjas keramikusművész, aki a Kossuth Lajos utcai műhelyében dolgozott. "
            "Egyik tanítványa, Szűcs Andrea Karcagon vezet műhelyt, és a Túri Fazekasmúzeum "
            "is őrzi munkáit, közölte Bodnár Klára, aki szerint még sok munka volt, de már "
            "nem tudni, hogy mikor lesz kiállítás, mint tavaly, ahol csak egy hét volt.\n")


def test_a_hungarian_name_before_an_award_a_town_or_a_street() -> None:
    found = _found(OBITUARY)
    people = {n for n, (t, _) in found.items() if t == "person"}
    assert {"Bodnár Jenő", "Szűcs Andrea", "Bodnár Klára"} <= people
    assert not any("Elhunyt" in p or "Ferenczy" in p or "Karcagon" in p or "Múzeum" in p.title()
                   for p in people)
    assert found["Kossuth Lajos utca"] == ("place", {"Kossuth Lajos utcai"})
