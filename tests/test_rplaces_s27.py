"""Session 27's places in Spanish, Portuguese, Italian and Catalan prose: the text's language,
locatives, place nouns, countries' names, lists and streets (synthetic texts; places are
gazetteer entries or invented)."""

from __future__ import annotations

from archivist.detect import Detector
from archivist.detect.romance import country_names, romance_streets, written_in_romance

# (the reader tells the language by the words after the names: the fillers name people)
SPANISH = ("Según Ana Ruiz los vecinos de las zonas bajas están preocupados y también Pedro Gil "
           "dijo que habrá más lluvias hacia el fin de semana, pero muy pocos fueron evacuados, "
           "dijo Luis Mora.")
PORTUGUESE = ("Para Ana Sousa os moradores das zonas baixas não sabem se vão sair, mas Rui Lopes "
              "também pede mais cuidado aos condutores, que são muitos nas estradas, disse Rui "
              "Lopes ao jornal.")
ITALIAN = ("Secondo Anna Bruni gli abitanti della zona sono preoccupati e anche Marco Ferri non "
           "esclude che nella notte la situazione sia più grave, ha detto Marco Ferri alla "
           "stampa.")
CATALAN = ("Segons Anna Puig els veïns dels barris afectats també demanen que el govern actuï, "
           "però Joan Vila va dir que aquest any és diferent i que fins ara la seva feina ha "
           "estat bona, va dir Joan Vila.")


def _places(text: str) -> dict[str, str]:
    """Place names detected, by the surface written."""
    return {v: c.name for c in Detector().detect(text) if c.type == "place" for v in c.variants}


def _people(text: str) -> set[str]:
    """Person names detected."""
    return {c.name for c in Detector().detect(text) if c.type == "person"}


def test_a_text_is_read_in_its_romance_language() -> None:
    assert written_in_romance(SPANISH) == "es"
    assert written_in_romance(PORTUGUESE) == "pt"
    assert written_in_romance(ITALIAN) == "it"
    assert written_in_romance(CATALAN) == "ca"
    assert written_in_romance("The mayor said the council of the town was in session.") == ""


def test_a_listed_town_after_a_locative_is_a_place() -> None:
    assert "Felgueiras" in _places(f"A empresa tem sede em Felgueiras.\n\n{PORTUGUESE}")
    assert "Faenza" in _places(f"Ieri sera a Faenza i vigili hanno lavorato.\n\n{ITALIAN}")
    assert "Olot" in _places(f"La llei s'ha pensat lluny, però no a Olot.\n\n{CATALAN}")
    assert "Vinces" in _places(f"Las lluvias causaron daños en Vinces ayer.\n\n{SPANISH}")


def test_a_listed_name_that_is_a_person_s_is_no_place_after_italian_a() -> None:
    text = f"Il ministro ha risposto a Conte durante la seduta.\n\n{ITALIAN}"
    assert "Conte" not in _places(text)


def test_no_locative_cue_in_an_english_text() -> None:
    text = "The band played en Vinces style, the critic wrote, and the crowd was happy."
    assert "Vinces" not in _places(text)


def test_an_unlisted_name_after_a_place_noun_is_a_place() -> None:
    assert "Zorquetal" in _places(f"Dos personas desaparecieron en la localidad de Zorquetal."
                                  f"\n\n{SPANISH}")
    assert "Berrunde" in _places(f"La crecida afectó al cantón Berrunde.\n\n{SPANISH}")
    assert "Vallorba" in _places(f"Le famiglie del quartiere Vallorba sono state evacuate.\n\n"
                                 f"{ITALIAN}")
    assert "Tarrazelo" in _places(f"O presidente da freguesia de Tarrazelo foi ouvido.\n\n"
                                  f"{PORTUGUESE}")


def test_a_country_named_in_the_text_s_language_is_a_place() -> None:
    assert country_names("pt")["Moçambique"] == "Mozambique"
    assert _places(f"O governo de Moçambique pediu ajuda.\n\n{PORTUGUESE}").get(
        "Moçambique") == "Mozambique"
    assert _places(f"Las ventas a Estados Unidos crecieron.\n\n{SPANISH}").get(
        "Estados Unidos") == "United States"


def test_a_country_name_that_is_a_given_name_needs_a_cue() -> None:
    assert "Francia" not in _places(f"Ayer llegó Francia Roldán a la reunión.\n\n{SPANISH}")
    assert _places(f"Los destinos fueron Portugal y Francia, según el informe.\n\n{SPANISH}").get(
        "Francia") == "France"


def test_two_places_joined_by_y_are_two_places_not_a_person() -> None:
    text = f"Los principales destinos fueron Portugal y Francia, como en años anteriores.\n\n" \
           f"{SPANISH}"
    assert "Portugal y. Francia" not in _people(text)
    assert {"Portugal", "Francia"} <= set(_places(text))


def test_a_lowercase_particle_is_no_initial() -> None:
    text = f"El filósofo Ramiro Ortega y Gasset habló ayer en el ateneo.\n\n{SPANISH}"
    assert not any(" y. " in name for name in _people(text))


def test_streets_squares_and_rivers_by_their_lowercase_noun() -> None:
    line = "los vecinos de la calle Tordesal y la avenida Pedro A. Merlo. El río Camarosa creció"
    assert [s for s, _, _ in romance_streets(line)] == ["calle Tordesal", "avenida Pedro A. Merlo",
                                                        "río Camarosa"]
    assert [s for s, _, _ in romance_streets("il corteo in piazza del Mercante e via Ortali")] \
        == ["piazza del Mercante", "via Ortali"]
    places = _places(f"El tránsito se cortó en la calle Tordesal hasta la noche.\n\n{SPANISH}")
    assert "calle Tordesal" in places
    assert "calle Tordesal" not in _places("The calle Tordesal festival opened in Leeds.")


def test_a_small_town_after_a_locative_or_of_is_a_place() -> None:
    # towns too small for the gazetteer (minor_places): a locative or "di"/"de" backs them
    assert "Scarmagno" in _places(f"Il consorzio ha sede a Scarmagno da anni.\n\n{ITALIAN}")
    assert "Abrucena" in _places(f"Los productores de Abrucena protestaron.\n\n{SPANISH}")
    assert "Scarmagno" not in _places(f"Scarmagno ha parlato ieri.\n\n{ITALIAN}")


def test_the_word_before_an_article_or_of_is_read() -> None:
    # "il comune di X": the noun before "di" makes an unlisted name a place
    assert "Vallorbine" in _places(f"Il sindaco ha visitato il comune di Vallorbine.\n\n"
                                   f"{ITALIAN}")
    assert "Tarrazelo" in _places(f"Os bombeiros chegaram à província do Tarrazelo.\n\n"
                                  f"{PORTUGUESE}")


def test_a_romance_dateline_names_its_town_and_country() -> None:
    places = _places(f"Incendio en el monte\n\nVillarrubia, Perú, 5 de febrero de 2024\n\n"
                     f"Un incendio arrasó el monte.\n\n{SPANISH}")
    assert "Villarrubia" in places and places.get("Perú") == "Peru"
    assert "Porto" in _places(f"Tribunal confirma pena\n\nPorto, 12 mar 2025 (Lusa) - O tribunal "
                              f"decidiu.\n\n{PORTUGUESE}")
    # a weekday or a person's name opens a date line too
    assert "Sexta-feira" not in _places(f"Festa na cidade\n\nSexta-feira, 21 de junho de 2024\n\n"
                                        f"{PORTUGUESE}")
    assert "Ana Sousa" not in _places(f"Festa\n\nAna Sousa, 21 de junho de 2024\n\n{PORTUGUESE}")


def test_a_capitals_dateline_with_a_day_and_an_agency() -> None:
    assert "SEVILLA" in _places(f"Las ventas crecen\n\nSEVILLA, 3 (EUROPA PRESS)\n\nLas ventas "
                                f"crecieron.\n\n{SPANISH}")


def test_a_breadcrumb_s_places() -> None:
    places = _places(f"Diario Sur  >  Andalucía  >  Economía\n\nSuben las ventas\n\n{SPANISH}")
    assert "Andalucía" in places and "Economía" not in places
    assert _places(f"Agencia Noticias | Perú\n\nSuben las ventas\n\n{SPANISH}").get("Perú") \
        == "Peru"
    # the first of three parts is the outlet, though a place's name
    assert Detector()._crumb_places("Los Andes  |  Sociedad  |  Vendimia", "es") == ()
    assert Detector()._crumb_places("Braga | Sociedade", "pt") == (("Braga", None),)


def test_a_place_noun_s_pair_joined_by_y() -> None:
    places = _places(f"La consulta incluye a los distritos de Maras y Quinterro, según el "
                     f"gobernador.\n\n{SPANISH}")
    assert {"Maras", "Quinterro"} <= set(places) and "Maras y Quinterro" not in places


def test_a_list_that_repeats_its_preposition() -> None:
    places = _places(f"Vienen jóvenes de Barcelona, de Girona o de Tarragona cada año.\n\n"
                     f"{SPANISH}")
    assert {"Barcelona", "Girona", "Tarragona"} <= set(places)


def test_italian_a_and_tra_before_a_listed_town() -> None:
    # a town's name that is an English word ("bologna") is a place after Italian "a"
    assert "Bologna" in _places(f"La sede è in viale Ortali, a Bologna, da anni.\n\n{ITALIAN}")
    assert "Imola" in _places(f"Chiusa la strada tra Imola e il casello.\n\n{ITALIAN}")
    assert "Conte" not in _places(f"Il piano è stato presentato tra Conte e il ministro.\n\n"
                                  f"{ITALIAN}")


def test_a_capitalised_preposition_opening_a_sentence_is_no_word_of_the_name() -> None:
    from archivist.linking import _after_name_word

    text = f"Llovió toda la noche. En La Habana se reportaban daños.\n\n{SPANISH}"
    assert _places(text).get("La Habana") == "Havana"
    assert not _after_name_word(text, text.index("La Habana"))  # the page links it too
    people = _people(f"Secondo Giovanni Ferri, le quote sono basse.\n\n{ITALIAN}")
    assert "Giovanni Ferri" in people and "Secondo Giovanni Ferri" not in people
    # a place's own first word stays ("Entre Ríos")
    assert "Entre Ríos" in _places(f"Llovió mucho. En Entre Ríos hubo daños y según Ana Ruiz "
                                   f"también en el sur.\n\n{SPANISH}")


def test_a_body_named_after_its_country_leaves_the_country_a_place() -> None:
    text = f"A Cruz Vermelha de Moçambique enviou equipas.\n\n{PORTUGUESE}"
    assert _places(text).get("Moçambique") == "Mozambique"
    assert not any("Moçambique" in name for name in _people(text))


def test_a_country_s_inverted_name_reads_in_its_language() -> None:
    assert country_names("pt")["República Democrática do Congo"] == \
        "Democratic Republic of the Congo"
    assert country_names("es")["República del Congo"] == "Republic of the Congo"
    assert _places(f"O corredor liga o porto à República Democrática do Congo e à Zâmbia.\n\n"
                   f"{PORTUGUESE}").get("República Democrática do Congo") == \
        "Democratic Republic of the Congo"


def test_a_plural_place_noun_s_list() -> None:
    places = _places(f"Hubo emergencia en los cantones Berrunde, Tamesal, Baba y Quintillo, "
                     f"según el comité.\n\n{SPANISH}")
    assert {"Berrunde", "Tamesal", "Baba", "Quintillo"} <= set(places)
    places = _places(f"A polícia atuou nos bairros Sajonilha e Obreiro de Asunción.\n\n"
                     f"{PORTUGUESE}")
    assert {"Sajonilha", "Obreiro", "Asunción"} <= set(places)
    assert "Obreiro de Asunción" not in places
    places = _places(f"En zonas como Cuatro Lomas y San Ramiro hubo pérdidas.\n\n{SPANISH}")
    assert {"Cuatro Lomas", "San Ramiro"} <= set(places)


def test_a_reservoir_a_church_or_an_airport_by_its_lowercase_noun() -> None:
    names = [s for s, _, _ in romance_streets(
        "las reservas del embalse de Torrejo y la iglesia de San Ruperto, junto al aeropuerto "
        "de Quimsal")]
    assert names == ["embalse de Torrejo", "iglesia de San Ruperto", "aeropuerto de Quimsal"]


def test_an_opening_preposition_and_its_article() -> None:
    text = f"Llovió. En la Isla de Pinos, el consejo evacuó a los vecinos.\n\n{SPANISH}"
    assert "Isla de Pinos" in _places(text)
    assert not any("Isla" in name for name in _people(text))


def test_spanish_mayor_is_no_title() -> None:
    text = f"Nadie saldrá hasta que el Estado Mayor Nacional de la Defensa Civil lo diga.\n\n" \
           f"{SPANISH}"
    assert "Estado" not in _places(text)
    assert not any("Defensa" in name for name in _people(text))


def test_no_place_after_a_law_s_a_club_s_or_a_feast_s_noun() -> None:
    text = f"El congreso aprobó la ley de Reforma y el club de Boca celebró la fiesta de San " \
           f"Juan con el día de San Pedro.\n\n{SPANISH}"
    places = _places(text)
    assert not {"Reforma", "Boca", "San Juan", "San Pedro"} & set(places)


def test_italian_via_before_a_brand_is_the_preposition() -> None:
    assert romance_streets("ha scritto via Twitter e via WhatsApp", frozenset({"twitter"})) == []
    assert [s for s, _, _ in romance_streets("abita in via Ortali", frozenset())] == \
        ["via Ortali"]


def test_a_field_s_sector_is_no_place() -> None:
    places = _places(f"El sector Salud y el sector Educación recibirán fondos.\n\n{SPANISH}")
    assert not {"Salud", "Educación"} & set(places)


def test_a_romance_locative_keeps_a_town_before_a_person_s_name_a_place() -> None:
    from archivist.place_context import part_of_other_name

    text = "La consejera regional por la provincia de Anta, Rosa Roldán Quispe, pidió más."
    start = text.index("Anta")
    assert not part_of_other_name(text, start, start + 4)
    text = "The deal was backed by Toyota, Sony and NTT."  # (no locative before the list)
    start = text.index("Toyota")
    assert part_of_other_name(text, start, start + 6)


def test_a_list_of_peoples_is_no_list_of_places() -> None:
    from archivist.detect.romance import noun_lists

    assert noun_lists("las comunidades Mapuche y Aymara marcharon") == []
    assert [n for n, _, _ in noun_lists("las comunidades rurales de Pailón y Okinawa")] == \
        ["Pailón", "Okinawa"]


def test_an_area_s_noun_and_a_roundabout() -> None:
    assert "Chanzoene" in _places(f"A estrada foi cortada na zona de Chanzoene, onde a água "
                                  f"sobe.\n\n{PORTUGUESE}")
    assert [s for s, _, _ in romance_streets("el tránsito en la rotonda de la Dehesilla")] == \
        ["rotonda de la Dehesilla"]


def test_an_italian_town_after_an_article_is_its_club() -> None:
    text = f"La squadra ha battuto il Cagliari ieri sera.\n\nNel Milan gioca Rossi.\n\n{ITALIAN}"
    places = _places(text)
    assert "Cagliari" not in places and "Milan" not in places
    # a region takes the article
    assert "Lazio" in _places(f"Le piogge hanno colpito il nord del Lazio.\n\n{ITALIAN}")
