"""Conventions of Spanish, Portuguese, Italian and Catalan news that tell a person's name from
a name given after someone (a stadium, a street, an award, a winery) or from a plain phrase."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .spans import ROMANCE_ADJECTIVE_ENDS, Span

# Lowercase nouns these languages write before a name given after someone ("el estadio Rodrigo
# Almeida Pons", "lo stadio Diego Armando Maradona", "via Giulio Ferrandi", "el sector Marta
# Ferreira", "o prémio José Saramago"): the venue's, the street's or the award's name, no one's.
NAMED_AFTER_NOUNS = frozenset(
    "calle avenida rua praça plaza paseo piazza jirón carrer avinguda travessa largo viale corso "
    "via vía estadio estádio stadio premio prémio prêmio premi trofeo troféu teatro teatre museo "
    "museu sector setor barrio bairro quartiere colonia urbanización fraccionamiento central "
    "centrale puente ponte aeropuerto aeroporto colegio escuela escola scuola liceo instituto "
    "istituto fundación fundação fondazione biblioteca auditorio "
    # a corner: "avenida X casi Dr. Ferrán" (Paraguay), "esquina General Roe"
    "casi esquina esq".split())
# Capitalised words opening a name given after someone ("la Vía Rosa Martínez", "il Premio
# Lorenzo Abascal", "Bodegas Lucas Ferrán"): the road's, the award's or the winery's.
EPONYM_OPENERS = frozenset("Vía Premio Prémio Prêmio Premi Trofeo Troféu Bodegas Bodega Adega "
                           "Cantina Cantine "
                           # a law: "Lei Maria da Penha", "Ley Micaela"
                           "Lei Ley Loi Legge".split())
# Words of venues and bodies that are no surname ("Ferrán del Teatro Lucía Roe" is a hall's
# name): no person's name holds one.
INSTITUTION_WORDS = frozenset("Teatro Museo Museu Estadio Estádio Stadio Universidad Universidade "
                              "Università Instituto Istituto Colegio Escuela Escola Scuola "
                              "Ospedale Clínica Fundación Fundação Fondazione Aeropuerto "
                              "Aeroporto Avenida Calle".split())
# Feasts, fairs, dances and processions named after a saint, a king or a figure ("la Dança do
# Rei Pedro", "la Fiesta de San Fermín", "la Procesión del Señor"): no one is named there.
FEAST_HEADS = frozenset("Dança Danza Dansa Fiesta Fiestas Festa Festas Procesión Procissão "
                        "Processione Romería Romaria Feria Feira Fira Cortejo Corteo".split())
# The Red Cross in these languages: "Cruz" is also a given name and a surname.
RED_CROSS = frozenset({("Cruz", "Roja"), ("Cruz", "Vermelha"), ("Creu", "Roja"),
                       ("Croce", "Rossa")})
# Labels of origin ending a product's name ("Pecorino Ruggero Dop", "Chianti Classico DOCG").
ORIGIN_LABELS = frozenset("Dop DOP Docg DOCG Igp IGP Igt IGT AOC AOP PDO PGI".split())
# Compass words ending a region's or a district's name ("la Sierra Norte", "Zona Norte"), and a
# league's word ("Primera División"): no surname.
NO_SURNAME_ENDS = frozenset("Sur Norte Sul Oeste Ovest Sud División Divisão Divisione".split())
# Adjectives of a body, a title or an event, never a surname ("Reina Nacional de la Sidra",
# "Festa Popolare", "Liga Municipal"): a given name before one opens no person's name.
BODY_ADJECTIVES = frozenset("Nacional Internacional Municipal Provincial Regional Popular "
                            "Nazionale Internazionale Comunale Provinciale Regionale Popolare "
                            "Estatal Estadual Distrital Departamental Público Pública Publico "
                            "Publica Pubblico Pubblica".split()) | frozenset(
    # ... a feast's ("Feliz Navidad", "Buon Natale") and a devotion's ("la Virgen del Carmen",
    # "el Señor de los Milagros", "o Cristo Redentor"): no one's name
    "Navidad Natale Pascua Páscoa Pasqua Carnaval Carnevale Cuaresma Ferragosto Virgen Virgem "
    "Vergine Señora Senhora Madonna Cristo Señor Senhor".split())
# An elided article or preposition before initials ("Des d'ICV, la regidora …"): a party's.
ELIDED_ACRONYM_RE = re.compile(r"[dDlL]['’][A-Z]{2,}")
# Particles and articles before a feature's word ("la Sierra Norte", "Isla de la Esperanza").
PARTICLES = frozenset("de del da do das dos di della delle dei".split())
ARTICLES = frozenset("el la los las il lo gli al nel nella della".split())
# Nouns that Spanish "Mayor" ("main", "chief") follows, no English mayor: "el Estado Mayor
# Conjunto de la Armada", "la Plaza Mayor", "el Colegio Mayor San Pablo".
MAYOR_NOUNS = frozenset("Estado Plaza Calle Colegio Iglesia Capilla Fiesta Semana "
                        "Sargento".split())
# "Don" and Portuguese "Dom", a courtesy before a given name ("Don Pedro Ruiz", "Dom Pedro
# Casaldáliga"): no part of the name when a given name and a surname follow.
DON_WORDS = frozenset(("Don", "Dom"))
# Royal and religious titles written before a given name ("la Reina Letizia", "el Rey Juan
# Carlos", "o Padre Marcelo Roe", "Fray Luis"): the title is no part of the name.
ROYAL_TITLES = frozenset("Rey Reina Rei Rainha Príncipe Princesa Principe Infanta Infante Papa "
                         "Padre Fray Frei Sor Madre".split())
# Kin in lower case before a lone given name ("la moglie Carla", "sus hijos Pedro y Ana", "o
# filho Tomás"): the relative's name, which news gives without the family's surname.
KIN_NOUNS = frozenset("moglie marito figlio figlia figli figlie fratello sorella vedova esposa "
                      "esposo marido hijo hija hijos hijas hermano hermana viuda filho filha "
                      "filhos filhas irmão irmã viúva fill filla fills filles germà germana "
                      "vídua".split())

# A nickname's word before it, in police and court news ('Juan Roe, alias "Chueco"', "vulgo
# Tonho"): the nickname names the person.
ALIAS_WORDS = frozenset(("alias", "vulgo"))

# Prepositions, conjunctions and adverbs opening a sentence, which news in these languages
# write before an article and a name ("Según el Presidente Gustavo Roe", "Con la ministra …",
# "Secondo il sindaco …"): no part of the name.
SENTENCE_OPENERS = frozenset(
    "Según Para Por Desde Tras Durante Ante Entre Sin Sobre Hacia Hasta Con Contra Mientras "
    "Aunque Además Asimismo También Cuando Donde Porque Como Pero Junto Conforme En "
    "Secondo Dopo Per Tra Fra Mentre Anche Inoltre Quando Dove Perché Ma Però Nonostante "
    "Segundo Pelo Pela Após Sem Até Com Enquanto Embora Além Onde Mas Em "
    "Segons Durant Sense Amb Quan Malgrat".split())
# Days as adverbs opening a sentence ("Hoy Carlos Roe canta", "Oggi il sindaco …"), some of them
# listed given names ("Hoy"): before a name, never part of it (not "Ara", a given name too).
DAY_ADVERBS = frozenset("Hoy Ayer Mañana Anoche Ahora Oggi Ieri Domani Stasera Hoje Ontem "
                        "Amanhã Agora Avui Ahir Demà".split())
# Articles, as they open a sentence and as they follow an opener ("Según el …").
LEADING_ARTICLES = frozenset("El La Los Las Il Lo Gli O Os As".split())
LOWER_ARTICLES = frozenset("el la los las il lo gli i o os as a".split())
# Italian prepositions joined to an article opening a sentence ("Nel Policlinico …"); not
# "Dal", "Dalla", "Della", which open surnames too ("Dal Maso", "Dalla Chiesa").
ITALIAN_PREPOSITIONS = frozenset("Nel Nella Nello Negli Nelle Sul Sulla Sullo Sugli Sulle Allo "
                                 "Agli Alle".split())


def named_after(span: Span) -> bool:
    """A lowercase noun before the name that names a venue, a street or an award after someone,
    maybe with its adjective between ("la central termoeléctrica Tomás Ibarguren")."""
    prev = span.prev_word
    if prev in NAMED_AFTER_NOUNS:
        return True
    return prev.islower() and (prev.endswith(ROMANCE_ADJECTIVE_ENDS) and
                               span.prev_prev in NAMED_AFTER_NOUNS or
                               span.prev_prev.lower() in NAMED_AFTER_NOUNS and
                               span.prev_prev[:1].isupper())


def not_a_name(toks: Sequence[str]) -> bool:
    """Words no person's name has: a label of origin or a compass word last, a party's initials
    after an elided article."""
    return len(toks) > 1 and (toks[-1] in ORIGIN_LABELS or toks[-1] in NO_SURNAME_ENDS) or \
        any(ELIDED_ACRONYM_RE.fullmatch(t) or t in BODY_ADJECTIVES or t in INSTITUTION_WORDS
            for t in toks)


# Words of a town's parts that are also given names or surnames, opening a place's name before
# a particle ("ao Campo das Laranjeiras", "la Quinta de los Molinos", "Vila do Conde").
PLACE_OPENERS = frozenset("Campo Quinta Vila Villa Largo Fonte Torre Castillo Castelo "
                          "Castello".split()) | frozenset(
    # ... and a feast's or a fair's ("el Día de Muertos", "la Feria de Abril", "Festa da Flor")
    "Día Dia Festa Fiesta Feria Fira Semana Noche Noite Notte Virgen Virgem Vergine".split())


def feature_opens(toks: Sequence[str], i: int, prev_word: str) -> bool:
    """A feature's word that is also a given name ("Isla", "Sierra", "Campo") opening a place's
    name: before a particle ("Isla de la Esperanza") or after an article ("la Sierra Norte")."""
    before = toks[i - 1] if i else prev_word
    return i + 1 < len(toks) and toks[i + 1] in PARTICLES or before in ARTICLES


def eponym_before(toks: Sequence[str], i: int) -> bool:
    """A word before the given name that makes the whole an award's, a road's, a winery's or the
    Red Cross ("Premio Lorenzo Abascal", "Cruz Roja"), or a feast's or a dance's word and a
    particle earlier in the span ("Dança do Rei Pedro", "Fiesta de San Fermín")."""
    return i > 0 and toks[i - 1] in EPONYM_OPENERS or tuple(toks[i:i + 2]) in RED_CROSS or \
        i > 1 and toks[0] in FEAST_HEADS and toks[1] in PARTICLES


def adjective_title(toks: Sequence[str], at: tuple[int, int]) -> bool:
    """Whether the title found is Spanish "Mayor" after its noun ("Estado Mayor") or before
    "de" ("Universidad Nacional Mayor de San Marcos"), no office."""
    i, j = at
    return toks[j - 1] == "Mayor" and (i > 0 and toks[i - 1] in MAYOR_NOUNS or
                                       j < len(toks) and toks[j] in PARTICLES)


def courtesy_first(toks: Sequence[str], given: frozenset[str] | set[str]) -> bool:
    """Whether the name opens with a title before a given name ("Reina Letizia") or "Don"/"Dom"
    before a given name and a surname ("Don Pedro Ruiz")."""
    return len(toks) >= 2 and toks[1] in given and (
        toks[0] in ROYAL_TITLES or len(toks) >= 3 and toks[0] in DON_WORDS)


def leading_function_words(toks: Sequence[str], given: frozenset[str] | set[str],
                           surnames: frozenset[str] | set[str], place_start: bool) -> int:
    """How many words open a sentence's span before its name: an opener and its article
    ("Según el Presidente Gustavo Roe"), or an article before a word no given name ("El Teatro
    Colón", "El Alcalde de Lima"; not "El Salvador", "Las Vegas", a place's own article)."""
    if len(toks) < 2 or place_start:
        return 0
    first, second = toks[0], toks[1]
    if first in DAY_ADVERBS or first.endswith("ó") and first not in given:
        # ("Ganó Independiente Santa Fe": a verb's past, which no given name ends so)
        return 2 if second in LOWER_ARTICLES and len(toks) > 2 else 1
    if first in SENTENCE_OPENERS and (second in LOWER_ARTICLES or first not in given or
                                      len(toks) == 2 and second in given and
                                      second not in surnames) or \
            second in LOWER_ARTICLES and first not in given:  # "Ganó el Deportivo Alavés"
        # ('"Con Paolo se ne va": "with Paolo"; not "Con Houlihan", an Irish given name')
        return 2 if second in LOWER_ARTICLES and len(toks) > 2 else 1
    if first in ITALIAN_PREPOSITIONS and second[:1].isupper() and second not in given and \
            second not in surnames:
        return 1  # "Nel Policlinico Umberto I", "Sulla Salaria": "in the", "on the"
    if first in LEADING_ARTICLES and second[:1].isupper() and (
            second not in given or second in ROYAL_TITLES):
        return 1
    return 0
