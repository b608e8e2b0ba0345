"""Session 27: speaker turns of Portuguese, Spanish and Italian chambers and press rooms ("O Sr.
Primeiro-Ministro:", "A Sr.ª Ann Berg (XY):", "Sr. Presidente (Berg).- …", "CONSIGLIERE BERG",
"JORNALISTA (Outlet)")."""

from __future__ import annotations

from archivist.convert import parse_blocks
from archivist.speakers import bare_label, label_kind, office_holder, speaker_name

from .test_turns_s14 import _said  # session 14's readers


def _turns(text: str) -> list[tuple[str | None, str]]:
    return [(b.speaker, b.sep) for b in parse_blocks(text) if b.kind == "turn"]


def test_romance_courtesy_title_reads_as_honorific() -> None:
    assert bare_label("A Sr.ª Odete Varzim (XP)") == "Ms Odete Varzim"
    assert label_kind("A Sr.ª Odete Varzim (XP)") == "name"
    assert speaker_name("O Sr. Rui Calado (YZ)") == "Rui Calado"
    assert speaker_name("El señor diputado TORVÁN LÓPEZ") == "TORVÁN LÓPEZ"
    assert speaker_name("Sra. Quiroga Belmonte") == "Quiroga Belmonte"


def test_hyphened_office_is_no_name() -> None:
    assert label_kind("O Sr. Primeiro-Ministro") == "role"
    assert speaker_name("O Sr. Primeiro-Ministro") is None
    assert speaker_name("La señora Vice-Presidenta") is None


def test_chair_surname_in_brackets_after_courtesy_title() -> None:
    assert office_holder("Sra. Presidenta (Quiroga)") == ("Sra. Presidenta", "Quiroga")
    assert office_holder("SEÑOR PRESIDENTE (Ortuzar)") == ("SEÑOR PRESIDENTE", "Ortuzar")
    assert office_holder("Minister (Norvale)") is None  # no courtesy title: maybe a place
    assert office_holder("Sr. Presidente (PS)") is None  # a party's letters


SENADO = """VERSIÓN TAQUIGRÁFICA
Sesión ordinaria del Senado de Norvalia

Presidencia de la señora senadora Irene Quiroga Belmonte

Sra. Presidenta (Quiroga).- Queda abierta la sesión. Tiene la palabra el señor senador Tadeo \
Ferrandiz.
Sr. Ferrandiz.- Gracias, presidenta. Voy a ser breve: el proyecto no tiene financiamiento.
Sra. Presidenta (Quiroga).- Tiene la palabra la señora senadora Luz Marina Ocaranza.
Sra. Ocaranza.- Gracias. Acompañaremos el proyecto.
"""


def test_shorthand_record_labels_and_separator() -> None:
    assert _turns(SENADO) == [("Sra. Presidenta (Quiroga)", ".-"), ("Sr. Ferrandiz", ".-"),
                              ("Sra. Presidenta (Quiroga)", ".-"), ("Sra. Ocaranza", ".-")]
    said = _said(SENADO, ["Irene Quiroga Belmonte", "Tadeo Ferrandiz", "Luz Marina Ocaranza"])
    assert said["Sr. Ferrandiz"] == {"tadeo-ferrandiz"}
    assert said["Sra. Ocaranza"] == {"luz-marina-ocaranza"}


def test_shorthand_needs_a_courtesy_title() -> None:
    assert _turns("SANTIAGO.- El ministro llegó ayer a la ciudad.\n") == []
    assert _turns("Ver más.- Nada.\n") == []


CONSIGLIO = """CONSIGLIO REGIONALE DI NORVALIA
Seduta n. 12 – interventi dei consiglieri Arturo Pellizzari e Nives Castagnaro

PRESIDENTE: Apro la seduta. La parola al consigliere Pellizzari.

CONSIGLIERE PELLIZZARI: Grazie, presidente. La strada provinciale è chiusa da mesi.

CONSIGLIERA CASTAGNARO: Mi associo. I cantieri sono fermi.

CONSIGLIERE PELLIZZARI: Chiediamo una risposta entro giugno.
"""


def test_italian_councillor_is_a_role_before_the_surname() -> None:
    assert speaker_name("CONSIGLIERE PELLIZZARI") == "PELLIZZARI"
    said = _said(CONSIGLIO, ["Arturo Pellizzari", "Nives Castagnaro"])
    assert said["CONSIGLIERE PELLIZZARI"] == {"arturo-pellizzari"}
    assert said["CONSIGLIERA CASTAGNARO"] == {"nives-castagnaro"}


CORTES = """CORTES DE NORVALIA
Presidencia de la Excma. Sra. D.ª Elvira Montañés Gil

— El diputado Sr. Julián Torván Echeto formula la pregunta.
— El consejero de Obras, Sr. Fermín Larrea Ostiz, responde.

El señor diputado TORVÁN ECHETO: Señor consejero, ¿cuándo se abrirá el puente?

El señor consejero de Obras, Puertos y Costas (LARREA OSTIZ): En abril, señoría.

El señor diputado TORVÁN ECHETO: Tomo nota.
"""


def test_two_family_names_after_a_seat_take_the_full_name() -> None:
    said = _said(CORTES, ["Julián Torván Echeto", "Fermín Larrea Ostiz"])
    assert said["El señor diputado TORVÁN ECHETO"] == {"julian-torvan-echeto"}
    assert said["El señor consejero de Obras, Puertos y Costas (LARREA OSTIZ)"] == \
        {"fermin-larrea-ostiz"}


RUEDA = """Conferencia de prensa del Instituto de Aguas de Norvalia
Intervenientes: Dalila Fontoura Reis, presidenta

DALILA FONTOURA (IAN): Bom dia a todos.

JORNALISTA (Rádio Norvalense): A barragem vai descarregar hoje?

DALILA FONTOURA (IAN): Sim, a partir das 14 horas.

JORNALISTA: E as populações foram avisadas?

DALILA FONTOURA (IAN): Foram, pela proteção civil.
"""


def test_journalist_label_names_no_outlet_as_person() -> None:
    said = _said(RUEDA, ["Dalila Fontoura Reis"])
    assert said["JORNALISTA (Rádio Norvalense)"] == {None}
    assert said["JORNALISTA"] == {None}


DEBATE = """DEBATE DE PORTAVOCES (Canal Norte)
Conduce: Tamara Ilabaca Soto
Invitados: Benigno Arturo Cifuentes Llano (portavoz, Partido Azul); Rosalba Pinedo Ugarte \
(portavoz, Partido Verde)

CONDUCTORA: Buenas noches. Empecemos por el puerto.

PORTAVOZ (Benigno Cifuentes): El puerto es una oportunidad.

PORTAVOZ (Rosalba Pinedo): Una oportunidad para unos pocos.

PORTAVOZ (Benigno Cifuentes): No es cierto.
"""


def test_label_cut_to_first_given_and_family_name_takes_header_name() -> None:
    said = _said(DEBATE, [])
    assert said["PORTAVOZ (Benigno Cifuentes)"] == {"benigno-arturo-cifuentes-llano"}
    assert said["PORTAVOZ (Rosalba Pinedo)"] == {"rosalba-pinedo-ugarte"}


def test_spread_names_needs_one_reading() -> None:
    from archivist.speakers_link.fullnames import spread_names
    assert spread_names("Ann Berg", "Guests: Ann Berg Lund; Ann Maria Berg") == \
        {"Ann Berg Lund", "Ann Maria Berg"}  # two: the caller keeps none
    assert spread_names("Ann Berg", "Ann Berg Minister of Works") == set()  # a role word
    assert spread_names("Ann Berg", "Ann Berg Ontario") == set()  # a place
    assert spread_names("Berg Lund", "Ann Berg Lund") == set()  # no given name first


def test_long_romance_name_keeps_every_word() -> None:
    from archivist.speakers_link import person_part
    part = person_part("Ex.mo Sr. Rui Tomás Valadares de Sá-Pimentel")
    assert part is not None and part.name == "Rui Tomás Valadares de Sá-Pimentel"
    part = person_part("Excma. Sra. D.ª Elvira Montañés Gil")
    assert part is not None and part.name == "Elvira Montañés Gil"


DIARIO = """DIÁRIO da Assembleia de Norvália

Presidente: Ex.mo Sr. Rui Tomás Valadares de Sá-Pimentel

Secretários: Ex.mos Srs. Ana Quintela

O Sr. Presidente: — Boa tarde a todos. Está aberta a sessão, e tem a palavra o Sr. Deputado \
Fausto Lemos para a primeira pergunta ao Governo sobre as obras da ponte.

O Sr. Fausto Lemos (XP): — Sr. Presidente, as obras da ponte estão paradas há um ano.

O Sr. Presidente: — Obrigado, Sr. Deputado.
"""


def test_chair_named_by_header_cast_line_with_forms_of_address() -> None:
    said = _said(DIARIO, ["Fausto Lemos"])
    assert said["O Sr. Presidente"] == {"rui-tomas-valadares-de-sa-pimentel"}
    assert said["O Sr. Fausto Lemos (XP)"] == {"fausto-lemos"}


def test_chair_named_by_presidencia_de_la() -> None:
    said = _said(CORTES, ["Julián Torván Echeto", "Fermín Larrea Ostiz"])
    assert said.get("La señora PRESIDENTA", {"elvira-montanes-gil"}) == {"elvira-montanes-gil"}
    text = CORTES.replace("El señor diputado TORVÁN ECHETO: Tomo nota.",
                          "La señora PRESIDENTA: Gracias. Se levanta la sesión.")
    assert _said(text, [])["La señora PRESIDENTA"] == {"elvira-montanes-gil"}


def test_spread_names_skips_letters_after_a_name() -> None:
    from archivist.speakers_link.fullnames import spread_names
    assert spread_names("Ann Berg", "Chair: Dame Ann Berg MP") == set()
    assert spread_names("ANN BERG", "Guest: Ann Berg Lund") == {"Ann Berg Lund"}


BRIEFING = """NORVALE STATE GOVERNMENT
TRANSCRIPT OF PRESS BRIEFING BY THE GOVERNOR OF NORVALE STATE, MR. TAIWO ADEKUNLE ORIMOLADE-BELLO

MODERATOR: Good afternoon. His Excellency, Mr. Taiwo Orimolade-Bello, will take questions.

GOVERNOR ORIMOLADE-BELLO: Thank you. The canals have been dredged.

JOURNALIST (Ebunoluwa Okorafor-Obi, Norvale Radio): Sir, what about the estates on the lagoon?

GOVERNOR ORIMOLADE-BELLO: Thank you, Ebunoluwa. Those buildings will be reviewed.

JOURNALIST (Ebunoluwa Okorafor-Obi, Norvale Radio): But some had approvals.

GOVERNOR ORIMOLADE-BELLO: Approvals do not override the drainage plan.
"""


def test_title_label_is_the_title_reading_even_where_text_writes_mr() -> None:
    said = _said(BRIEFING, ["Taiwo Orimolade-Bello"])
    assert said["GOVERNOR ORIMOLADE-BELLO"] == {"taiwo-orimolade-bello"}


def test_questioner_bracket_once_vouched_names_every_turn_of_that_label() -> None:
    said = _said(BRIEFING, ["Taiwo Orimolade-Bello"])
    assert said["JOURNALIST (Ebunoluwa Okorafor-Obi, Norvale Radio)"] == {"ebunoluwa-okorafor-obi"}


DAIL = """DÁIL NORVALE
Leaders' Questions

Speakers: Gráinne Ní Bhraonáin (XP), Taoiseach Pádraig Halloran (YP), Tom Keogh (XP)

Deputy Gráinne Ní Bhraonáin: Will the Taoiseach admit his housing plan has failed?

The Taoiseach: I thank the Deputy. Completions were the highest in fifteen years.

Deputy Tom Keogh: They were not.

The Taoiseach: They were.
"""


def test_office_in_a_comma_list_of_speakers_names_its_holder() -> None:
    said = _said(DAIL, ["Gráinne Ní Bhraonáin", "Tom Keogh"])
    assert said["The Taoiseach"] == {"padraig-halloran"}


def test_office_in_a_list_needs_the_list() -> None:
    text = DAIL.replace("Taoiseach Pádraig Halloran (YP), ", "")
    assert _said(text, ["Gráinne Ní Bhraonáin", "Tom Keogh"])["The Taoiseach"] == {None}


AGM = """NORVALE BRICK PLC – ANNUAL GENERAL MEETING

THE CHAIR: We now take questions from the floor.

SPEAKER FROM THE FLOOR: Chair, Maeve Rastrick, Norvale Pension Action. When will you publish a \
transition plan?

THE CHAIR: Thank you, Maeve. In September.
"""


def test_speaker_from_the_floor_is_a_questioner_who_names_themself() -> None:
    from archivist.speakers import asks
    assert asks("speaker from the floor") and not asks("speaker")
    assert speaker_name("SPEAKER FROM THE FLOOR") is None
    assert _said(AGM, ["Maeve Rastrick"])["SPEAKER FROM THE FLOOR"] == {"maeve-rastrick"}


RUEDA_DEPORTIVA = """Club Norvalense · Sala de Prensa
RUEDA DE PRENSA PREVIA AL DERBI
Comparece: Octavio Larrañaga, entrenador del primer equipo

JEFE DE PRENSA: Buenas tardes. Identifíquense antes de preguntar.

P (Diario Norvalense): ¿Cómo llega el equipo al derbi?

R: Bien. Entrenamos con normalidad.

P (Radio Costa): ¿Jugará el capitán?

R: Lo veremos mañana.
"""


def test_spanish_press_answers_are_the_one_who_appears() -> None:
    said = _said(RUEDA_DEPORTIVA, ["Octavio Larrañaga"])
    assert said["R"] == {"octavio-larranaga"}
    assert said["P (Diario Norvalense)"] == {None}


def test_one_letter_label_names_no_one() -> None:
    from archivist.speakers_link import person_part
    assert person_part("R") is None and person_part("P (Radio Costa)") is None


HANSARD = """HANSARD
NORVALE PARLIAMENT

PRESENT:
Mr Speaker .............................................................. (In the Chair)
(The Hon. Crispin Halloway MBE)

GOVERNMENT:
The Hon. Tamsin Ferro KC – Chief Minister

Hon. T Ferro: Mr Speaker, the works have started.

Mr Speaker: Order. Next question.
"""


def test_chair_holder_bracketed_on_the_line_below() -> None:
    said = _said(HANSARD, [])
    assert said["Mr Speaker"] == {"crispin-halloway"}


def test_courtesy_titled_office_takes_holder_bracketed_in_the_summary() -> None:
    text = DIARIO.replace(
        "Secretários: Ex.mos Srs. Ana Quintela\n",
        "Secretários: Ex.mos Srs. Ana Quintela\n\nRealizou-se o debate com o "
        "Primeiro-Ministro (Vasco Tavares Leal), tendo intervindo o Deputado Fausto Lemos.\n")
    text += "\nO Sr. Primeiro-Ministro: — Sr. Presidente, as obras recomeçam em maio.\n"
    said = _said(text, ["Fausto Lemos", "Vasco Tavares Leal"])
    assert said["O Sr. Primeiro-Ministro"] == {"vasco-tavares-leal"}


DIARI = """DIARI DE SESSIONS DEL PARLAMENT DE NORVÀLIA

Presidència de la M. H. Sra. Núria Vallbona i Ferrer

Sessió de control

La presidenta

Passem a la sessió de control. La primera pregunta la formula el senyor Jordi Casals Mirabet.

Jordi Casals Mirabet

Gràcies, presidenta. President, els embassaments són al vint per cent. Quin és el pla?

La presidenta

Té la paraula el president.

El president de la Generalitat

Gràcies, presidenta. El pla és el que vam aprovar fa tres setmanes al Consell Executiu.

Jordi Casals Mirabet

No és suficient, president.

El president de la Generalitat

Ho serà. Dijous presentarem les obres noves a Girona.

La presidenta

Gràcies. Se suspèn la sessió.

Ha intervingut el M. H. Sr. Oriol Bertran i Soler, president de la Generalitat.
"""


def test_record_labels_alone_on_their_lines() -> None:
    turns = [b.speaker for b in parse_blocks(DIARI) if b.kind == "turn"]
    assert turns == ["La presidenta", "Jordi Casals Mirabet", "La presidenta",
                     "El president de la Generalitat", "Jordi Casals Mirabet",
                     "El president de la Generalitat", "La presidenta"]


def test_record_labels_need_two_repeated() -> None:
    text = "Informe anual\n\nLa presidenta\n\nLa junta se reunió tres veces durante el año.\n"
    assert [b for b in parse_blocks(text) if b.kind == "turn"] == []


def test_record_roles_and_joined_family_names_are_named() -> None:
    said = _said(DIARI, ["Jordi Casals Mirabet"])
    assert said["La presidenta"] == {"nuria-vallbona-i-ferrer"}
    assert said["El president de la Generalitat"] == {"oriol-bertran-i-soler"}
    assert said["Jordi Casals Mirabet"] == {"jordi-casals-mirabet"}


def test_role_domain_is_no_name_and_joiners_join_family_names() -> None:
    assert speaker_name("El president de la Generalitat") is None
    assert speaker_name("O Sr. Ministro da Saúde") is None
    assert speaker_name("Ministro de Hacienda Ann Berg") == "Ann Berg"
    assert speaker_name("COUNCILLOR DE LA LANZA") == "DE LA LANZA"
    assert speaker_name("Núria Vallbona i Ferrer") == "Núria Vallbona i Ferrer"
    assert label_kind("Ann Berg i Tom") is None  # "i" joins family names, not people


def test_spanish_congress_office_in_capitals_with_bracketed_holder() -> None:
    label = "El señor MINISTRO DEL INTERIOR (Ferrándiz Olmedo)"
    assert office_holder(label) == ("El señor MINISTRO DEL INTERIOR", "Ferrándiz Olmedo")
    assert speaker_name("La señora VICEPRESIDENTA PRIMERA Y MINISTRA DE HACIENDA "
                        "(Quiroga Belmonte)") == "Quiroga Belmonte"
    assert speaker_name("ASSESSORE DE BERTOLDI") == "BERTOLDI"  # alone: a surname's particle


def test_bracketed_word_saying_how_an_office_is_held_is_no_surname() -> None:
    assert office_holder("Sra. Presidenta (Interina)") is None
    assert speaker_name("Sr. Secretario (Suplente)") is None


NOTAS = """CÂMARA MUNICIPAL DE NORVÁLIA
Notas taquigráficas

O SR. PRESIDENTE (Arthur Veloso Brandão. PP - AL) - Está aberta a sessão.

O SR. ILÍDIO CARVALHAL (PT - SP) - Sr. Presidente, esta reforma prejudica os trabalhadores.

A SRA. TEREZINHA MORAIS (PL - RJ) - Sr. Presidente, discordo do colega.

O SENHOR MINISTRO OTÁVIO LEMOS BRAGA (RELATOR) - Obrigado, Presidente.

O SR. PRESIDENTE (Arthur Veloso Brandão. PP - AL) - Encerrada a discussão.
"""


def test_brazilian_notes_labels_and_spaced_dash() -> None:
    assert _turns(NOTAS)[:3] == [("O SR. PRESIDENTE (Arthur Veloso Brandão. PP - AL)", " -"),
                                 ("O SR. ILÍDIO CARVALHAL (PT - SP)", " -"),
                                 ("A SRA. TEREZINHA MORAIS (PL - RJ)", " -")]
    said = _said(NOTAS, [])
    assert said["O SR. PRESIDENTE (Arthur Veloso Brandão. PP - AL)"] == {"arthur-veloso-brandao"}
    assert said["O SR. ILÍDIO CARVALHAL (PT - SP)"] == {"ilidio-carvalhal"}
    assert said["O SENHOR MINISTRO OTÁVIO LEMOS BRAGA (RELATOR)"] == {"otavio-lemos-braga"}


def test_spaced_dash_needs_the_courtesy_title() -> None:
    assert _turns("O ANO PASSADO (2024) - foi difícil para todos.\n") == []
    assert _turns("A SR. - nothing here.\n") == []
