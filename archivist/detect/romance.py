"""Spanish, Portuguese, Italian and Catalan cues: a text's language, its locatives, place nouns,
streets and countries' names (the French ones live in french.py)."""

from __future__ import annotations

import functools
import re

from .french import ENGLISH_FUNCTION
from .lexicon import lexicon
from .spans import UP

# Function words each language has and the others (and French) mostly do not.
FUNCTION_WORDS = {
    "es": frozenset("los las y según también está más hacia pero muy fue fueron hasta "
                    "sus".split()),
    "pt": frozenset("os dos das em não uma foi ao pelo pela também mais à são nas nos "
                    "seu sua".split()),
    "it": frozenset("il gli della delle degli dei nel nella nei alla che non è sono "
                    "anche più stato".split()),
    "ca": frozenset("els amb dels també però és va seu seva aquest aquesta fins pel "
                    "aquests".split()),
}
# French words none of these languages writes ("la", "les", "des" are Catalan or Italian too).
FRENCH_ONLY = frozenset("du une est qui dans avec sur été aux cette ont sont selon".split())
LANGUAGES_OF = {w: tuple(k for k, table in FUNCTION_WORDS.items() if w in table)
                for table in FUNCTION_WORDS.values() for w in table}
WORD_RE = re.compile(r"[a-zàáâãçéèêíìïòóôõúùü]+")


def romance_language(words: list[str]) -> str:
    """The Romance language ("es", "pt", "it", "ca") whose function words far outnumber
    English, French and the others' ones in these lowercase words, or ""."""
    counts = dict.fromkeys(FUNCTION_WORDS, 0)
    foreign = 0
    for w in words:  # (one pass: this runs on every text)
        if (langs := LANGUAGES_OF.get(w)) is not None:
            for k in langs:
                counts[k] += 1
        elif w in ENGLISH_FUNCTION or w in FRENCH_ONLY:
            foreign += 1
    lang = max(counts, key=counts.__getitem__)
    others = sum(n for k, n in counts.items() if k != lang) + foreign
    return lang if counts[lang] >= 3 and counts[lang] > 2 * others else ""


LANGUAGE_SAMPLE = 3000  # characters read to tell a text's language (its opening is enough)


def written_in_romance(text: str) -> str:
    """The Romance language a text is written in, read from its opening, or ""."""
    return romance_language(WORD_RE.findall(text[:LANGUAGE_SAMPLE].lower()))


# Locatives that put a listed name after them somewhere ("en Sevilla", "em Felgueiras", "no
# Cuanza Sul", "a Bologna", "nella Kalsa"); an article may stand between ("en la Costa").
# (Spanish and Portuguese "a" also comes before a person; Italian "da" before an agent.)
PLACE_PREPS = {
    "es": frozenset("en desde hacia entre".split()),
    "pt": frozenset("em no na nos nas desde entre".split()),
    "it": frozenset("a in nel nella nei nelle vicino tra fra".split()),
    "ca": frozenset("a en cap entre".split()),
}
# Of these, the ones that also come before a person's name ("entre Ana y Luis", "a Conte").
PERSON_PREPS = frozenset("a entre tra fra".split())
# Capitalised prepositions and conjunctions that open a sentence before a name ("En La Habana
# se reportaban …", "Em Chókwè …", "Nel Ravennate …"): no word of the name (articles are:
# "La Habana", "El Rosal").
OPENERS = frozenset(
    "En Em Na No Nos Nas Nel Nella Nei Nelle Desde Hacia Tras Según Secondo Para Por Con Entre "
    "Sobre Durante Hasta Dopo Dal Dalla Sul Sulla Per Come Como Cuando Quando Donde Onde Dove "
    "Pero Però Ma Mas Fora Des Amb Ao Aos Pelo Pela Al Del Ante Bajo Junto".split())
# Italian prepositions joined to an article: a town takes none, so a town's name after one is
# its club's ("nel Milan", "della Roma", "al Napoli"); regions and countries take one ("nel
# Lazio", "dalla Francia").
ITALIAN_ARTICLED = frozenset("nel nella nei nelle al allo alla ai dal dalla dai del dello della "
                             "dei sul sulla il".split())
ARTICLES = frozenset("el la los las lo o os as il gli le l els les".split())
# "de", "di", "do", ... between a place's noun and its name ("la provincia de Anta", "o
# concelho de Amarante", "il comune di Orune", "la comarca del Pallars").
OF_WORDS = frozenset("de del di do da dos das della dello delle dei degli dels d".split())
# Nouns before "de X" that make a listed name a place and an unlisted one too when it can be
# only a place's ("los distritos de Maras", "a vila de Macia", "allevatore di Orune").
PLACE_NOUNS = frozenset(
    # Spanish
    "ciudad ciudades localidad localidades municipio municipios provincia provincias departamento "
    "departamentos región comarca comarcas distrito distritos cantón cantones parroquia "
    "parroquias barrio barrios pueblo pueblos aldea caserío corregimiento comuna comunas "
    "alcalde alcaldesa vecinos habitantes afueras alrededores cerca "
    "asentamientos poblado poblados zona "
    # Portuguese
    "cidade cidades vila aldeia município municípios concelho concelhos freguesia freguesias "
    "província províncias região bairro bairros localidade arredores moradores perto "
    # Italian
    "città comune comuni provincia regione frazione frazioni località paese paesi quartiere "
    "quartieri capoluogo sindaco abitanti dintorni "
    # Catalan
    "ciutat municipi municipis comarca província vila poble pobles barri barris localitat "
    "regió veïns".split())
# Nouns before "de X" that make X a law's, a body's, a club's, a feast's or a firm's name, not a
# place's, when no place noun backs it ("la ley de Reforma", "el club de Boca", "la fiesta de
# San Juan", "il piano di Ripresa").
NOT_PLACE_BEFORE_OF = frozenset(
    # Spanish
    "ley leyes plan planes programa proyecto reforma secretaría ministerio instituto comisión "
    "consejo oficina dirección club equipo hinchas afición partido banco empresa grupo fiesta "
    "fiestas día noche semana feria festival virgen santo santa iglesia "
    # Portuguese
    "lei plano projeto secretaria ministério comissão conselho gabinete direção clube equipa "
    "equipe adeptos torcida festa festas dia noite feira "
    # Italian
    "legge piano progetto ministero istituto commissione consiglio ufficio direzione squadra "
    "tifosi banca azienda gruppo giorno notte sagra "
    # Catalan
    "llei pla projecte conselleria institut comissió consell direcció equip afició nit "
    "diada".split())
# A place's noun right before its name, in apposition ("el cantón Vinces", "la parroquia
# Pimocha", "il quartiere Kalsa", "in località Traversara", "el barrio Jardín").
# (not "sector": "el sector Salud" is a field's)
APPOSITION = frozenset("cantón cantones parroquia recinto barrio barrios colonia "
                       "corregimiento caserío bairro quartiere quartieri località frazione rione "
                       "contrada barri "
                       # villages, resorts and the neighbourhoods of Latin American cities
                       # ("las aldeas El Milagro y Obraje", "los balnearios Solymar", "el reparto
                       # Alamar", "el fraccionamiento Las Águilas"; not "sector": "el sector Salud")
                       "aldea aldeas balneario balnearios caseríos colonias reparto "
                       "fraccionamiento urbanización vereda veredas aldeia aldeias".split())
# List words of these languages ("Italia, Portugal y Francia", "Orgosolo e Fonni", "Olot i
# Tremp", "Viana, de Guimarães ou da Galiza").
CONJUNCTIONS = ("y", "e", "i", "o", "ou", "ni")
# These lists repeat the preposition too, as French ones do: "de Barcelona, de Girona o de
# Tarragona", "de Viana, de Guimarães ou da Galiza", "no a Olot ni a Tremp".
_REPEATED = r"(?:de|del|di|da|do|a|en|em|no|na)"
LIST_GAP_RE = re.compile(rf",\s*{_REPEATED} |,? (?:{'|'.join(CONJUNCTIONS)}) {_REPEATED} ")

# A street, square, park, river or stadium by its lowercase noun and its name ("calle
# Sarmiento", "via Cimatti", "plaça de Catalunya", "río Babahoyo", "largo do Paço"); a street
# noun after "en", "por" ... is still one ("en la calle Peltier").
# (a dot only after a short word: "Rua Dr. Alexandre Braga", "avenida Pedro A. Rivera"; not
# "calle Sarmiento. El …", where the sentence ends)
_NAME_WORD = rf"(?:[{UP}][a-z]{{0,2}}\.(?= )|[{UP}][\w'’-]*|\d{{1,2}}\b)"
_LINK = r"(?:de la |de las |de los |del |de |do |da |dos |das |di |della |dei |degli |delle |" \
        r"dels |d['’])"
STREET_NOUNS = ("calle avenida paseo plaza parque estadio río arroyo laguna jirón "
                "rua avenida praça largo travessa estrada rio ponte "
                "via viale piazza piazzale vicolo corso lungomare ponte fiume torrente stadio "
                "carrer avinguda plaça passeig pont riu rambla parc "
                # reservoirs, islands, ranges, valleys, hills, beaches, ports, airports,
                # stations, bridges, roads, churches, theatres, museums
                "embalse barragem isla ilha isola illa sierra serra valle vale vall cerro volcán "
                "monte playa praia spiaggia platja puerto aeropuerto aeroporto estación puente "
                "autopista carretera iglesia igreja chiesa església teatro museo museu "
                "rotonda glorieta rotatória").split()
STREET_RE = re.compile(
    rf"(?<![\w'’-])({'|'.join(sorted(set(STREET_NOUNS), key=len, reverse=True))}) "
    rf"({_LINK}?{_NAME_WORD}(?: (?:{_LINK})?{_NAME_WORD})*)")
STREET_HINTS = tuple(f"{noun} " for noun in set(STREET_NOUNS))


def romance_streets(line: str, common: frozenset[str] = frozenset()
                    ) -> list[tuple[str, int, int]]:
    """The streets, squares and rivers a line in one of these languages names: (surface,
    start of the name, end); Italian "via" before a one-word name that is an English word or
    a brand's ("via Twitter", "via WhatsApp") is the preposition."""
    if not any(hint in line for hint in STREET_HINTS):
        return []
    out = []
    for m in STREET_RE.finditer(line):
        if m[1] == "via" and " " not in m[2] and (m[2].lower() in common or
                                                   not m[2][1:].islower()):
            continue
        out.append((m[0], m.start(2), m.end()))
    return out


@functools.cache
def local_country_names() -> frozenset[str]:
    """Every name country_names gives in one of the languages romance_language tells, or in
    German or Dutch."""
    return frozenset().union(*(country_names(language) for language in (*FUNCTION_WORDS,
                                                                        "de", "nl")))


@functools.lru_cache(maxsize=8)
def country_names(language: str) -> dict[str, str]:
    """Countries' names in a language (pycountry's ISO 3166 translations), each to the
    gazetteer's name of the country ("Estados Unidos": "United States", "República Democrática
    do Congo": the gazetteer's DR Congo); a name two countries share is left out."""
    import gettext

    import pycountry

    local = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language],
                                fallback=True)
    places = lexicon().places
    out: dict[str, str | None] = {}
    for country in pycountry.countries:
        first, _, rest = country.name.partition(", ")  # ("Congo, The Democratic Republic of
        # the" is listed as "Democratic Republic of the Congo")
        listed = next((places[n].name for n in (
            getattr(country, "common_name", ""), getattr(country, "official_name", ""),
            country.name, f"{rest.removeprefix('The ')} {first}", first) if n in places), None)
        if listed is None:
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            local_name = local.gettext(value) if value else ""
            # "Bolivia, Estado Plurinacional de": "Bolivia"; "Congo, República Democrática do":
            # "Congo" and "República Democrática do Congo" as written
            names = [re.split(r",| \(", local_name)[0]]
            if (m := INVERTED_RE.fullmatch(local_name)) is not None:
                names.append(f"{m[2]} {m[1]}")
            for name in names:
                if name and name != value:  # ("Congo": two countries', neither's)
                    out[name] = listed if out.get(name, listed) == listed else None
    return {name: english for name, english in out.items() if english is not None}


INVERTED_RE = re.compile(r"([^,()]+), ([^,()]+ (?:de|del|do|da|di|della|dels))")


# Month names and abbreviations of the four languages (lowercase in running text).
MONTHS = frozenset(
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
    "diciembre janeiro fevereiro março maio junho julho setembro outubro dezembro gennaio "
    "febbraio aprile maggio giugno luglio settembre ottobre dicembre gener febrer març maig juny "
    "juliol agost desembre ene feb mar abr may jun jul ago sep set oct nov dic jan fev mai out "
    "dez gen mag giu lug ott".split())
# Weekdays, which open a date line as a town would ("Sexta-feira, 21 de junho de 2024").
WEEKDAYS = frozenset(
    "lunes martes miércoles jueves viernes sábado domingo segunda-feira terça-feira quarta-feira "
    "quinta-feira sexta-feira lunedì martedì mercoledì giovedì venerdì sabato domenica dilluns "
    "dimarts dimecres dijous divendres dissabte diumenge".split())
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# A header's dateline in these languages: a town, maybe its region or country, a day and a
# month, maybe a year, then an agency in brackets, a dash, a stop or the line's end ("Córdoba,
# 15 de octubre (Télam).-", "Porto, 12 mar 2025 (Lusa) -", "Girona, 27 de maig de 2024", "La
# Vega, República Dominicana, 5 de febrero de 2024").
_TOWN = rf"[{UP}][\w'’.-]+(?: (?:de |del |do |da |di )?[{UP}][\w'’.-]+){{0,2}}"
ROMANCE_DATELINE_RE = re.compile(
    rf"({_TOWN}),(?: ({_TOWN}),)? \d{{1,2}}º?(?: de)? (?i:{_MONTH})\.?(?:,? (?:de )?\d{{4}})?"
    r"(?=\s*(?:$|\(|[.–—-]))")


# Plural place nouns before a list of names ("los cantones Babahoyo, Vinces, Baba y Ventanas",
# "nos distritos de Chókwè, Guijá e Chibuto", "las comunidades interculturales de Pailón y
# Okinawa", "en zonas como Cuatro Cañadas y San Julián"): every name of the list is a place.
PLURAL_PLACE_NOUNS = (
    "ciudades localidades municipios provincias departamentos comarcas distritos cantones "
    "parroquias barrios comunas asentamientos poblados caseríos "
    "cidades municípios concelhos freguesias províncias bairros aldeias vilas "
    "comuni province frazioni quartieri borghi municipis comarques barris").split()
# ... and nouns of peoples, communities, regions or areas, whose list is one of places only
# after "de" or "como" ("las comunidades de Pailón y Okinawa"; not "las comunidades Mapuche y
# Aymara", "los pueblos Wayuu y Kogui", "las regiones Norte y Sur")
OF_PLURAL_PLACE_NOUNS = ("pueblos comunidades regiones zonas regiões comunidades povos "
                         "regioni paesi zone pobles regions zones").split()
_ITEM = rf"[{UP}][\w'’-]+(?: (?:de |del |da |do |di |la |las |los )?[{UP}][\w'’-]+){{0,3}}"
_AND = "|".join(CONJUNCTIONS)
_OF = "de|del|di|do|da|dos|das|dei|degli|delle|dels|como|come"
NOUN_LIST_RE = re.compile(
    rf"(?<![\w-])(?:(?:{'|'.join(PLURAL_PLACE_NOUNS)})(?: [a-záéíóúàèìòùçãõê]+)?(?: (?:{_OF}))?|"
    rf"(?:{'|'.join(OF_PLURAL_PLACE_NOUNS)})(?: [a-záéíóúàèìòùçãõê]+)? (?:{_OF})) "
    rf"((?:{_ITEM}, )*{_ITEM},? (?:{_AND}) (?:{_ITEM}))(?![\w'’-])")
ITEM_GAP_RE = re.compile(rf",? (?:{_AND}) |, ")


def noun_lists(line: str) -> list[tuple[str, int, int]]:
    """The names of the lists a plural place noun opens in a line: (name, start, end)."""
    out = []
    for m in NOUN_LIST_RE.finditer(line):
        pos = m.start(1)
        for item in ITEM_GAP_RE.split(m[1]):
            start = line.index(item, pos)
            out.append((item, start, start + len(item)))
            pos = start + len(item)
    return out
