"""Per-document rules: type each span of a parsed document as person, place, organisation, none."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .bodies import (ARTICLES, GOVERNMENT_NOUNS, defined_acronym, names_body, romance_body,
                     spells, unelided, without_article)
from .candidate import ORG, PERSON, PLACE, Candidate, Mention
from .cues import (ETHIOPIAN_HONORIFICS, FROM_TO_RE, REGION_NOUN_AFTER_RE, after_cue,
                   at_workplace, date_context, honorific_pair, locative, name_goes_on, person_cue,
                   role_cue, romance_role, title_run)
from .lexicon import (ARTICLE_GIVEN, CAPTION_WORDS, COMPANY_NOUNS, EVENT_HEADS, EVENT_OPENERS,
                      FUNCTION_CAPS, ROMANCE_AND, TRADE_NOUNS,
                      GENERIC_ORGS, GIVEN_TITLES, HONORIFIC_PAIRS, LEAD_ADJECTIVES, LEGAL_FORMS,
                      NAME_PARTICLES,
                      MONTHS_DAYS, OF_PLACE_HEADS, OPENER_WORDS, ORG_HEADS, PLACE_PREFIXES,
                      PROVINCE_ABBREVIATIONS,
                      ROLE_NOUNS, SETTLEMENT_NOUNS, STREET_PREFIXES, STREET_WORDS, TITLE_HEADS,
                      TITLE_MODIFIERS,
                      TITLE_WORDS, WEAK_HEADS, Place, french_countries, minor_places, subdivisions,
                      us_states)
from .french import french_role_cue, french_words
from .romance import LIST_GAP_RE as ROMANCE_LIST_GAP_RE
from .romance import ARTICLES as ROMANCE_ARTICLE_WORDS
from .romance import OPENERS as ROMANCE_OPENERS
from .romance import country_names, romance_language
from .listmates import list_mates
from .mentions import (compound_surnames, firm_short_names, group_mentions, no_body_words,
                       no_firm_towns, no_firm_works, no_unlisted_eponyms, unclear_bodies)
from .nonentity import SHIP_PREFIXES, cited_author, thing_context
from .people import SURNAME_TITLES, VESSEL_NOUNS, PersonRules
from .romance_names import (EPONYM_OPENERS, adjective_title, leading_function_words,
                            named_after)
from .places import (ADJECTIVE_ENDINGS, COMPASS_OPENERS, DWELLER_NOUNS, FRENCH_LIST_GAP_RE,
                     GROUND_HEADS, LIST_WORDS, ROYAL_TITLES, PlaceRules)
from .spans import (F_INITIAL, F_NEXT, F_OF_SPLIT, F_TOKENS, POSSESSIVE_INSTITUTIONS,
                    RESIDENCE_HEADS, RESIDENT_TITLES, Line, Span, of_joint, sub_span)
from .unlisted import (CUE_WORDS, FEATURE_NOUN_RE, FRENCH_OF, GROUP_WORDS, LOCATIVE_VERB_RE,
                       PLACE_CLAUSE_RE, PLACE_PREPS, REGION_WORD_RE, THE_GROUNDS, VENUE_SUFFIXES,
                       UnlistedPlaceRules, from_origin, settlement_cue)

# ", Tobacco and Firearms" after "Bureau of Alcohol": the of-name goes on over a list of words.
LIST_GOES_ON_RE = re.compile(r", [A-Z][a-z]+(?:, [A-Z][a-z]+)* and [A-Z][a-z]+\b(?! [A-Z])")
# ", British Columbia" after a name; a word after the region ("Texas Governor") spoils it.
BYLINE_AFTER_RE = re.compile(r"\s*(?:$|[,;|·•]| and | - | – | — | in [A-Z])")
CREDIT_START = 24  # "Additional reporting by ": where a credit's name may start
# After a list's last place: punctuation, a preposition or a plural verb ("… and Bulacan were hit");
# not a new clause ("… and Swahili was spoken").
LINK_NOUN_RE = re.compile(r" (?:border|frontier|road|highway|motorway|expressway|railway|rail|"
                          r"line|route|corridor|crossing|bridge|pipeline|ferry|flights?)\b")
FROM_LIST_RE = re.compile(r",? (?:and )?[A-Z]")  # "from X, Y and Z", "from X and Y"
# A verb after a list's last town ends it ("in Garforth, Otley and Rothwell would remain …",
# "in Cairns and Port Douglas say …", "in Lalitpur and Bhaktapur closed …")
VERB_AFTER_RE = re.compile(r" (?:would|will|could|can|may|might|should|must|say|says|said|"
                           r"remain|remains|remained|closed|reopened|reported|is|was)\b")
# A town ends the clause "from" opened: "a left-hander from Arama, had …", "speaking from
# Tosontsengel.", "drove from Hyannis in Grant County" (not "from Glamorgan off-spinner …")
FROM_END_RE = re.compile(r"\s*(?:$|[.;:!?)]|,\s+[a-z]| in [A-Z])")
LIST_ENDS_RE = re.compile(r"\s*(?:$|[.,;:)]| (?:on|for|to|from|with|since|during|after|"
                          r"before|last|this|over|districts?|counties|provinces|were|are|have|"
                          r"had|still|also|where|who|which|around|near|than)\b)")
FRENCH_LIST_END_RE = re.compile(r"\s*(?:$|[.,;:)]| [a-zàâçéèêîôû])")  # (french lists' last name)
PUNCT_END_RE = re.compile(r"\s*(?:$|[.,;:)])")
# After a list's last name (after "and"): a verb goes on the clause ("in Gries and Lend know",
# "from Vava'u and Ha'apai will stay", "volunteers from X and Y brought tents").
LAST_ITEM_VERB_RE = re.compile(r" (?:and then|[a-z]{3,}ed|brought|went|came|saw|took|made|got|"
                               r"gave|sang|stood|fell|rose|lost|won|kept|left|held|sent|know|"
                               r"knew|need|needs|want|wants|say|says|said|will|would|can|could|"
                               r"may|might|must|should)\b")
# ", Pasig and Taguig", ", Pasig City and Taguig": the rest of a list of names
LIST_REST_RE = re.compile(r"(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})*,? (?:and|or) "
                          r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}")
# A venue's last word before "in" and a town ("the Peace and Friendship Stadium in Piraeus").
CHAIN_VENUES = frozenset("Theatre Theater Stadium Arena Hall Centre Center Museum Gallery Park "
                         "Cathedral Church Abbey Castle Palace Hotel Hospital Oval Ground".split())
CHAIN_GOES_ON_RE = re.compile(r" (?:of|of the|for|for the|de) [A-Z]")  # "… in Rome of the …"
# A results row's entrant, then its rider, driver or skipper in brackets and a time or a score:
# "Oni Taishō (R. Hanaoka) 2:12.5", "Sea Spray (J. Roe) 14". The entrant is no person.
RIDDEN_RE = re.compile(r"\s*\((?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+\)\s+\d")
# A public body's field before its country's name ("Environment Canada", "Police Scotland"),
# as Canada, Britain, Ireland, Australia and New Zealand name their agencies.
AGENCY_FIELDS = frozenset("Environment Health Statistics Transport Parks Elections Agriculture "
                          "Industry Immigration Infrastructure Sport Fisheries Tourism Enterprise "
                          "Police Forestry Revenue Highways Housing Veterans Innovation Skills "
                          "Stats".split())
# Words after "Premier" that make it a competition's, not a head of government's ("Ghana
# Premier League", "Premier Division").
PREMIER_COMPETITIONS = frozenset(("League", "Division", "Cup", "Soccer", "Rugby"))
# Words after a town's name that name a ward or constituency of it ("Ludlow East", "Cork
# South-Central", "Kisumu Central").
WARD_COMPASS = frozenset("North South East West Central Northeast Northwest Southeast "
                         "Southwest".split())
OFFICE_TITLES = frozenset(("Governor", "Mayor", "Premier"))  # run a place ("Albay Governor")
SAINT_WORDS = frozenset(("St", "Saint", "Ste", "San", "Santa"))
SAINT_EPITHETS = frozenset("Great Baptist Apostle Evangelist Divine Martyr Elder Younger "
                           "Confessor Theologian".split())
SAINT_BUILDINGS = frozenset("Church Cathedral Chapel Basilica Shrine Oratory".split())
IT_SAID_RE = re.compile(r",? \w+ (?:it|its|they|their)\b")  # "Acme said it …": a body speaks
REGION_AFTER_RE = re.compile(r", ((?:[A-Z][a-z]+\.?)(?: [A-Z][a-z]+)?)(?=[,.;)]|\s*$)")
# A capitalised region noun after a place's name makes the name a region's ("Nyeri County").
REGION_HEADS = frozenset("County State Province District Region Governorate Prefecture Oblast "
                         "Municipality".split())
# ", the village on the slopes", ", a fishing town": an apposition that says what a name is
TOWN_APPOSITION_RE = re.compile(r", (?:a|the) (?:[a-z-]+ )?(?:village|town|city|suburb|township|"
                                r"hamlet|neighbourhood|neighborhood)\b")


if TYPE_CHECKING:
    from .detector import Detector
    from .evidence import Evidence
    from .lexicon import Lexicon


# Titles a body's name may open with ("Queen Maud Hospital", "Miss Ruritania Organisation").
HONORIFICS = frozenset("Miss King Queen Prince Princess Sir Lord Lady".split())
# Words of quantity or groups of people that open a sentence before "of" and a name ("Most of
# Portugal froze", "Officials of Acme Bank said"); not "Life of", "Friends of" (names).
PARTITIVES = frozenset("Most Much Many Some All Each None Part Parts Rest Half Both Several Few "
                       "Shares Millions Thousands Hundreds Dozens Members Officials "
                       "Representatives Executives Employees Workers Leaders Shareholders "
                       "Spokesmen Delegates Residents Villagers Inhabitants".split())
# A settlement in apposition: "Umm Qais, the hilltop town built on …", ", a fishing village"
# (not a person's: "Ann Roe, a teacher from Velmora village,").
APPOSITIVE_SETTLEMENT_RE = re.compile(
    r", (?:the|a|an) (?:(?!(?:from|of|in|at|near|to|for|with|by)\b)[A-Za-z-]+(?:['’]s)? ){0,3}"
    r"(?:(?:town|city|village|hamlet|capital|port|"
    r"suburb|island|oasis|islet|atoll|township|neighbou?rhood|district|municipality|commune|"
    r"borough|settlement|street|avenue|boulevard|air ?base|road|highway)"
    r"(?=[,.;]| (?:of|in|on|near|at|built|where|that|which|whose|known|famous|perched|home|"
    r"into|linking|connecting|"  # "Grindavíkurvegur, the main road into the town"
    r"north|south|east|west|some|about|beside|by|along|below|above|overlooking|now|just|"
    r"and|with|once|long|formerly|still|largely|mostly)\b)|quarter(?= (?:of|in) [A-Z]))")
# ("Brancaccio, the Palermo district once controlled by …")
# Titles only a person takes: the name after one is a person's, even a country's word.
PERSONAL_TITLES = frozenset("Mr Mrs Ms Dr Mme Mlle Madame Monsieur Herr Frau "
                            "Signor Signora Senor Senora".split())
# French honorifics before an office ("M. le Maire", "Madame la Présidente").
FRENCH_ADDRESS = frozenset("M. Mme Madame Monsieur Mlle Mademoiselle".split())
# Honorifics that show a document writes French titles, so "M." before a name is "Monsieur".
FRENCH_HONORIFICS = frozenset("Mme Mmes Mlle Mlles MM. Madame Monsieur".split())
# Titles before a regnal name and its number ("Queen Elizabeth I", "Pope John Paul II").
REGNAL_TITLES = frozenset("Pope King Queen Emperor Empress Tsar Czar Kaiser".split())
REGNAL_RE = re.compile(r" ([IVX]{1,5})\b(?![\w.’'-])")
# Titles that are given names more often than titles inside a sentence.
GIVEN_FIRST = frozenset(("Dean",))
# Last words of streets and parks that are common surnames ("Lane", not "Bridge": "Trent Bridge"
# is a ground in a results line).
SURNAME_SUFFIXES = frozenset("Lane Park".split())
# Offices addressed after "Mr"/"Madam" that name no one by themselves ("Mr. Chair", "Madam
# Speaker", "Madam Chairperson"; "Speaker" and most offices are title heads already).
VOCATIVE_OFFICES = frozenset("Chair Chairperson Convenor Convener Moderator Presiding".split())


ROLE_ENDINGS = ("ian", "ist", "ians", "ists")  # "Calypsonian", "Saxophonist": occupations
KUNYA_WORDS = frozenset(("Umm", "Um", "Abu"))  # "mother of", "father of" opening a name
# Head words that come before the name they head, as Romance languages write them: a person's
# name after one names the body, the venue or the street ("Universidad Autónoma Tomás Frías",
# "Estadio Alberto J. Armando", "Avenida Jorge Chávez"), not the person.
HEAD_FIRST_ORG = frozenset("Universidad Université Universidade Università Instituto Institut "
                           "Colegio Escuela Escola École Liceo Lycée Fundación Fundação Fondation "
                           "Hôpital Ospedale Clínica Museo Museu Musée Teatro Théâtre".split())
HEAD_FIRST_PLACE = frozenset("Aeropuerto Aeroporto Aéroport Estadio Estádio Stade Stadio Avenida "
                             "Rue Calle Rua Praça Piazza Viale Paseo Parque Parc Puente Ponte Pont "
                             "Plaza Plaça Largo Vila Villa Barrio Colonia".split())
ROLE_MIN_LEN = 8  # shorter ones are given names as often ("Tatian", "Florian")
# Generic words of places that are also given names, opening a place's name ("Glen Eden", "Val
# Caron"), and locality words no given name ends ("Lossie Wynd", "Anna Nagar", "Bowen Downs",
# "Clark Fork", "Cameron Parish"): where a place's preposition comes before and nothing a
# person's name takes after, the name is a place's.
GIVEN_PLACE_HEADS = frozenset(("Glen", "Val"))
LOCALITY_TAILS = frozenset("Wynd Nagar Downs Fork Parish Colony Puram".split())
# Prepositions of a place that a person's name seldom follows ("talked to Glen", "a gift from Val"
# are a person's).
ACRONYM_RE = re.compile(r"[A-Z]{2,5}")  # a sponsor's letters before a ground's word
PLACE_ONLY_PREPS = frozenset("in near outside around across throughout inside into along "
                             "towards toward beyond through".split())


# Words that open bodies' names at a sentence's start too: "Public Relations Office said …".
BODY_ADJECTIVES = frozenset("Public National Federal Central State Royal General Supreme "
                            "International Regional Municipal Civil Social Constitutional Higher "
                            "Provincial Metropolitan Presidential Parliamentary Joint".split())


STREET_SIDES = frozenset(("North", "South", "East", "West"))  # a street's part ("… Street North")


# An area's noun right before its name, after an article or a qualifier: "the town Tal Afar",
# "the harbour district Oude Binnenstad" (not "district commissioner Jane Roe": a role's words).
AREA_NOUNS = frozenset("town village hamlet suburb district neighbourhood neighborhood quarter "
                       "borough municipality commune township".split())
AREA_OPENERS = frozenset("the a an harbour old historic northern southern eastern western central "
                         "coastal mountain border fishing market rural".split())
# Words before a town whose name opens with a title ("to Prince Albert", "in Lake Charles").
TOWN_PREPS = frozenset("in to from near outside at into via".split())


def _titled_residence(span: Span) -> str | None:
    """ "the Emir's Palace": an office's possessive and a palace, as written (a building)."""
    if len(span.surfaces) != 2 or span.tokens[1] not in RESIDENCE_HEADS or \
            span.tokens[0] not in RESIDENT_TITLES or not span.surfaces[0].endswith(("'s", "’s")):
        return None
    return " ".join(span.surfaces)


DETERMINERS = frozenset("a an the his her their its my our your this that".split())
# The family word after "&" in a firm's name, in English and other languages ("& Sons", "& Fils").
FAMILY_FIRM_WORDS = frozenset("Son Sons Daughter Daughters Brothers Bros Sisters Partners "
                              "Associates Fils Söhne Sohn Figli Figlio Hijos Hijo Filhos Filho "
                              "Zonen Zoon Cie".split())


def _possessive_name(span: Span) -> str | None:
    """A span's words as written when a possessive stands inside it ("King's Lynn")."""
    inside = span.surfaces[:-1]
    if not any(s.endswith(("'s", "’s")) for s in inside):
        return None
    return " ".join(span.surfaces).replace("’", "'")


# Title words that open a job's name ("Assistant Engineer", "Chief Accountant") as well as
# going before a person's name; office titles ("President Tusk") do not.
JOB_OPENERS = frozenset("Assistant Aide Chief Deputy Senior Acting Associate".split())


def _institution_name(span: Span) -> str | None:
    """An institution named with a possessive, as written ("Guy's Hospital", "Gray's School of
    Art"): the spans stage joins a possessive to one of POSSESSIVE_INSTITUTIONS."""
    n = len(span.tokens)
    at = next((i for i in range(n - 1) if span.surfaces[i].endswith(("'s", "’s")) and
               span.tokens[i + 1] in POSSESSIVE_INSTITUTIONS), None)
    if at is None or len(span.surfaces) != n or 0 < span.of_split <= at + 1 or \
            any(t not in SAINT_WORDS and t not in TITLE_HEADS for t in span.tokens[:at]):
        return None  # "Jane Gray's School days": her school, not one named so
    k = span.of_split
    if not k:
        return " ".join(span.surfaces)
    return " ".join(span.surfaces[:k]) + of_joint(span, k) + " ".join(span.surfaces[k:])


# Articles that open the names of places and bodies, not of people ("Te Tai Tokerau", Māori;
# "La Défense", "Il Foglio", "Het Parool").
NAME_ARTICLES = frozenset("Te La Los Las Les Il Lo Het".split())
# Epithets after "the" that end a saint's or a ruler's name ("John the Baptist", "Alfred the
# Great"): what follows them names a church or a school after that person.
EPITHETS = SAINT_EPITHETS | frozenset("Wise Conqueror Magnificent Less".split())


# Words before a river's name that a utility's name ("Thames Water") is not written after.
WATERSIDE_PREPS = frozenset("over across along alongside beside into under up down".split())
# A capitalised word right after a run: the name goes on past a word the spans stage stops at
# ("Fundación Juan March": the month's name ends the run).
CUT_NAME_RE = re.compile(r" [A-ZÀ-Þ]")
INITIALS_AFTER_RE = re.compile(r"\s*\(([A-Z]{3,6})\)")


# Articles of the Romance languages that open a sentence before a body's name.
ROMANCE_ARTICLES = frozenset("El La Los Las Le Les Il Lo Gli O Os As".split())


def _of_words(span: Span) -> tuple[str, ...]:
    """A span's words with the "of" (or "of the") its of-split left out put back."""
    k = span.of_split
    if not k or len(span.surfaces) != len(span.tokens):
        return tuple(span.surfaces)
    return (*span.surfaces[:k], *of_joint(span, k).split(), *span.surfaces[k:])


def _spelt_initials(span: Span) -> tuple[str, ...]:
    """The name (less a leading "The") of three or more words the bracket after it abbreviates
    ("Chama Cha Mapinduzi (CCM)"); empty if the bracket holds no such initials."""
    m = INITIALS_AFTER_RE.match(span.next_text)
    if m is None:
        return ()
    toks = span.tokens[1:] if span.tokens[0] in FUNCTION_CAPS else span.tokens
    words = [t for t in toks if t[:1].isupper() and t not in FUNCTION_CAPS]
    return tuple(toks) if len(words) >= 3 and "".join(t[0] for t in words) == m[1] else ()


class DocReader(PersonRules, PlaceRules, UnlistedPlaceRules):
    """Per-document state: typed mentions, then surname resolution (rules in the mixins)."""

    def __init__(self, det: Detector, evidence: Evidence | None) -> None:
        self.det, self.lex, self.ev = det, det.lex, evidence
        self.mentions: list[Mention] = []
        self.singles: list[Span] = []
        self.cued_places: set[str] = set()
        self.mid_caps: set[str] = set()
        self.unresolved_last: set[str] = set()
        self.unresolved_spans: dict[str, Span] = {}  # by last word: names no rule typed
        self.word_given: list[Span] = []  # "Pep Roe": a word, then a surname (see _word_given)
        self.asked: set[str] = set()
        self.named_after: list[Span] = []  # "X Island" spans, places unless X is a person
        self.company_names: set[str] = set()  # person-shaped names of firms ("Eli Lilly & Co")
        self.firm_names: dict[str, str] = {}  # a firm's short name → its full one
        self.cue_tail: tuple[int, str] | None = None
        # every line's cue tails, by where the next item of their list would start
        self.tails: dict[int, list[tuple[int, str]]] = {}
        self.late = False  # reading the one-word spans, after all lines
        self.from_ends: set[int] = set()
        self.settled_ends: set[int] = set()
        self.located: set[tuple[int, str]] = set()
        self.dated: set[str] = set()
        self.firm_prone: set[str] = set()
        self.deferred: list[Span] = []
        self.late_places: list[tuple[Span, Place]] = []  # weak listed places a list may cue
        self.placed: set[str] = set()  # surnames the document also writes as a town's name
        self.country_surnamed: dict[str, Span] = {}  # "Will Jordan" by the country's word
        self.entrants: set[str] = set()  # horses, boats, cars a results row names with a rider
        self.eponyms: set[str] = set()  # names a venue, a street or a mine takes after someone
        self.doc_countries: set[str] | None = None  # countries its strong places are in
        self.localities: set[str] = set()  # person-shaped names read as places (_locality_name)
        self.lines: Sequence[Line] = ()  # the parsed document (read for document-wide cues)
        self._french: bool | None = None
        self._french_text: bool | None = None
        self.defined: list[tuple[Span, str]] = []  # names before their acronym in brackets
        self._romance_text: str | None = None

    def read_line(self, line: Line) -> None:
        """Collect mentions of one parsed line."""
        datelines, tabular, spans, caps, players, teams = line
        for surface, vouched in datelines:
            self._dateline(surface, vouched)
        for name in players:
            self._player(name)
        for name in teams:
            self._team(name)
        for surface in caps:
            self._caps_name(surface)
        before: Span | None = None  # the line's span read last
        for fields in spans:
            tokens = fields[F_TOKENS]
            if not fields[F_INITIAL]:
                self.mid_caps.update(tokens)
            if len(tokens) == 1 and tokens[0] in FUNCTION_CAPS and not fields[F_OF_SPLIT]:
                continue  # a lone "The": trimming drops it
            span = Span(*fields)
            span.tabular = tabular  # per line: a table row at the end must not stop other lines
            if span.bound and span.prev_word == "in":
                span.bound = not self._seat_after_chain(span)
            if self._saint_epithet(span, before):
                continue
            before = span
            if len(tokens) > 1 and (acronym := defined_acronym(span.next_text)):
                self.defined.append((span, acronym))
            tail = self.cue_tail
            self._classify(span)
            if self.cue_tail is not tail:
                self._settled_goes_on(tail, span)
                self.note_tail()  # one-word spans are read last: keep the list's cue for them

    def _saint_epithet(self, span: Span, before: Span | None) -> bool:
        """ "St. Albert the Great Church", "St. John the Baptist Parish": a saint's name, "the",
        an epithet and a church's word name one building, a parish's or a body's word one body
        (not "Great Church" alone; the saint's name was read as no place, nonentity's rule)."""
        toks = span.tokens
        if before is None or span.prev_word != "the" or len(toks) < 2 or \
                toks[0] not in SAINT_EPITHETS or span.start - before.end != len(" the ") or \
                len(before.surfaces) != len(before.tokens):
            return False
        n = len(before.tokens)  # ("Pupils of St. John": the saint ends the span before)
        at = next((i for i in (n - 2, n - 3) if i >= 0 and
                   before.tokens[i].rstrip(".") in SAINT_WORDS), None)
        if at is None:
            return False
        typ = PLACE if toks[-1] in SAINT_BUILDINGS else \
            ORG if toks[-1] in ORG_HEADS or toks[-1] == "Parish" else None
        if typ is None:
            return False
        name = f"{' '.join(before.surfaces[at:])} the {' '.join(span.surfaces)}"
        self._add(typ, name, name)
        return True

    def _seat_after_chain(self, span: Span) -> bool:
        """ "Rhodium Group in New York", "the Peace and Friendship Stadium in Piraeus": a city
        ending a long capitalised chain after "in" is where the body is, not a word of its name
        (a continent, country or region may be: "Co-operation in Europe", "Church in Wales")."""
        name = " ".join(span.tokens)
        place = self.lex.places.get(name)
        if place is None or CHAIN_GOES_ON_RE.match(span.next_text):
            return False
        if not place.strong:  # "the Town Hall Theatre in Galway": a small town after a venue
            return name in self.lex.city_names and span.prev_prev in CHAIN_VENUES and \
                name.lower() not in self.lex.common and name not in self.lex.given and \
                name not in self.lex.surnames
        return name in self.lex.city_names and not place.major or name in us_states()

    def _stopped(self, surface: str) -> bool:
        """Whether a surface form is a stop phrase."""
        return bool(self.det.stop) and surface.casefold() in self.det.stop

    def _add(self, typ: str, key: str, surface: str) -> None:
        """Record one mention unless its surface or name is a stop phrase."""
        if not (self.det.stop and (self._stopped(surface) or self._stopped(key))):
            self.mentions.append(Mention(typ, key, surface))

    def _classify(self, span: Span) -> None:
        """Type one span: split off titles, then person, place, organisation or defer."""
        if cited_author(span, self.lex):
            return  # "(Nicholson, 2013)", "Gao and Zhang (2019)": a reference, no mention
        if (k := self._romance_and(span)) is not None:
            if k > 0:
                self._classify(sub_span(span, 0, k))  # "Pedro Sánchez y Ana Roe": two names
                self._classify(sub_span(span, k + 1, len(span.tokens)))
            return
        if span.tokens[0] == "Les" and len(span.tokens) > 1 and not span.initial and \
                " ".join(span.tokens) not in self.lex.places and self._french_prose():
            return  # "le groupe Les Païens", "dont Les Mêmes Droits": a band's or a body's
            # name behind a plural article, no person's ("Les Cayes" is a town)
        if len(span.tokens) == 3 and span.tokens[0] in FRENCH_ADDRESS and \
                span.tokens[1] in ("le", "la"):
            return  # "M. le Maire", "Madame la Députée": an office addressed, no one's name
        if span.tokens[0] in SHIP_PREFIXES or span.prev_word in SHIP_PREFIXES:
            return  # "the MV Ocean Jet Sixty-One", "HMS Belfast": a ship's name
        if len(span.tokens) > 1 and span.tokens[0] in EVENT_OPENERS:
            return  # "the Torneo Apertura", "Copa Libertadores": an event
        if span.tokens[0] in EPITHETS and span.prev_word == "the" and \
                span.prev_prev[:1].isupper():
            return  # "St. Albert the Great Church": the saint's epithet opens no body's name
        if RIDDEN_RE.match(span.next_text):
            self.entrants.add(" ".join(span.tokens))  # "5. Oni Taishō (R. Hanaoka) 2:12.5"
            return
        if span.prev_word.endswith(("'s", "’s")) and self._part_of_city(span):
            return
        if span.prev_word == "of" and self._named_settlement(span):
            return
        if self._city_part_listed(span):
            return
        if (home := _titled_residence(span)) is not None:
            self._add(PLACE, home, home)
            return
        if (named := _institution_name(span)) is not None:
            self._add(ORG, named, named)  # "Gray's School of Art": no Gray, no "School of Art"
            return
        if span.of_split:
            self._of_span(span)
            return
        if len(span.tokens) == 1:
            self._classify_single(span)
            return
        if (inner := _possessive_name(span)) is not None and inner in self.lex.places:
            self._add(PLACE, self.lex.places[inner].name, inner)  # "King's Lynn": no king's
            return
        if "&" in span.tokens and span.tokens[-1] not in ORG_HEADS:
            if (words := _spelt_initials(span)) and words[0] not in self.lex.given:  # one
                self._add(ORG, " ".join(words), " ".join(words))  # firm its initials spell
                # ("Korea Hydro & Nuclear Power (KHNP)")
                return
            self._split_at_ampersand(span)  # "Johnson & Johnson", "Bill Roe & Al Doe"
            return
        if len(span.tokens) > 1 and \
                (span.prev_word.rstrip("'’"), span.tokens[0]) in HONORIFIC_PAIRS:
            self._with_title(span, 0, 1)  # "Dato' Sri Rozlan ...": "Sri" ends the title
            return
        if span.prev_word[-1:] in "'’" and span.prev_word[:-1] in TITLE_HEADS and \
                not span.prev_word[:-1].endswith("s"):
            self._person(span)  # "Dato' Ann Berg": a title written with its apostrophe
            return
        if self._role_then_name(span) or self._kunya(span) or self._national_agency(span):
            return
        span = self._trim_initial(span)
        if span is None:
            return
        title_at = title_run(span.tokens) if span.tokens[-1] not in STREET_WORDS and \
            span.tokens[0] not in STREET_PREFIXES else None  # ("Jalan Datuk Onn Jaafar")
        if title_at is not None and adjective_title(span.tokens, title_at):
            title_at = None  # "el Estado Mayor Nacional": "main", no mayor
        if title_at is None and self._monsieur(span.tokens):
            title_at = (0, 1)  # "M. Simon Roe, directeur": Monsieur, not an initial
        if title_at is not None and span.tokens[title_at[0]] == "Mayor" and \
                self._romance_prose():
            title_at = None  # "el Estado Mayor", "la Plaza Mayor": Spanish "main", no mayor
        if title_at == (0, 1) and span.tokens[0] in HONORIFICS and len(span.tokens) > 2 and \
                (self._hospital(span) or self._org(span)):
            return  # "Miss Ruritania Organisation", "King Olav University": named after someone
        if title_at == (0, 1) and self._given_title(span):
            self._person(span)  # "when Dean Roe intercepted": a given name, not a dean
            return
        if title_at is not None and not self._title_surname(span, *title_at):
            self._with_title(span, *title_at)
            return
        if len(span.tokens) == 1:
            self.singles.append(span)
            return
        self._multi(span)

    def _classify_single(self, span: Span) -> None:
        """_classify for a one-token span (trimmed, a title or deferred as a single)."""
        tok = span.tokens[0]
        if tok in GROUND_HEADS and ACRONYM_RE.fullmatch(span.prev_word) and not span.bound:
            name = f"{span.prev_word} {tok}"  # "at DHL Stadium", "the MKM Stadium": a sponsor's
            self._add(PLACE, name, name)
            return
        if tok in FUNCTION_CAPS or (
                span.initial and tok.lower() in self.lex.common
                and tok not in self.lex.places and not self._known_person_token(tok)):
            return
        if tok not in TITLE_HEADS:
            self.singles.append(span)

    def _of_span(self, span: Span) -> None:
        """ "President of Russia", "Acme Inc of Denver" (a town): two parts; "Bank of England",
        "Gulf of Aden": one; else none."""
        k = span.of_split
        while k > 1 and (span.tokens[0] in FUNCTION_CAPS or span.tokens[0] in MONTHS_DAYS):
            span = sub_span(span, 1, len(span.tokens))  # "The Ministry of", "the August Bank of"
            span.of_split = k = k - 1
        left, right = sub_span(span, 0, k), sub_span(span, k, len(span.tokens))
        head = span.tokens[k - 1]
        if k == 1 and span.initial and self._plain_opener(head):
            right.initial = False  # "Most of Britain froze", "Shares of Acme Corp rose"
            right.prev_word, right.prev_prev = "of", head  # "Residents of Red Head say"
            self._classify(right)
            return
        name = " ".join(span.tokens[:k]) + " of " + " ".join(span.tokens[k:])
        if k == 1 and span.surfaces[0].endswith(("'s", "’s")) and \
                " ".join(right.tokens) in self.lex.places:
            name = f"{span.surfaces[0]} of {' '.join(right.surfaces)}"
            self._add(ORG, name, name)  # "Lloyd's of London": a firm, not Lloyd in London
            return
        written = " ".join(span.tokens[:k]) + of_joint(span, k) + " ".join(span.tokens[k:])
        if self._region_of(span, written):
            return
        if head in TITLE_HEADS or head in TITLE_MODIFIERS or (head in LEGAL_FORMS and (
                self._seat(right) or written != name)):  # "Dow Chemical Co of the United States"
            self._classify(left)
            right.initial = False
            self._classify(right)
            return
        at = title_run(right.tokens)
        if at is not None and at[1] < len(right.tokens) and not span.bound:
            self._body_then_title(span, k + at[0])
            return
        tail = self._person_tail(right)
        if tail is not None:  # a speaker label: "... of Gazprom Alexei Miller"
            self._person(sub_span(span, k + tail, len(span.tokens)))
            span = sub_span(span, 0, k + tail)
            span.of_split = k
            name = " ".join(span.tokens[:k]) + " of " + " ".join(span.tokens[k:])
            written = " ".join(span.tokens[:k]) + of_joint(span, k) + " ".join(span.tokens[k:])
        if head in ORG_HEADS and not span.bound:
            if name not in GENERIC_ORGS and not name_goes_on(span) and \
                    not self._list_goes_on(span):
                self._add(ORG, written, written)
        elif head in OF_PLACE_HEADS and not span.bound:
            self._of_place(span, name)
        elif not span.bound:
            self._name_of_place(left, right)

    def _given_title(self, span: Span) -> bool:
        """ "Dean Roe" inside a sentence, no article before it: a given name and a surname (a
        dean is written "the dean" or "Dean of ..."); at a sentence's start it stays unclear."""
        toks = span.tokens
        return len(toks) == 2 and toks[0] in GIVEN_FIRST and not span.initial and \
            span.prev_word.lower() not in ("the", "a", "former") and \
            (toks[1].lower() not in self.lex.common or toks[1] in self.lex.surnames)

    def _split_at_ampersand(self, span: Span) -> None:
        """Read the parts of a span joined by "&" on their own when no body head ends it."""
        at = span.tokens.index("&")
        if at + 1 < len(span.tokens) and span.tokens[at + 1] in FAMILY_FIRM_WORDS:
            name = " ".join(span.tokens)  # "Thomas Shannon & Sons Funeral Directors": a firm,
            self._add(ORG, name, name)  # no person "Thomas Shannon"
            return
        if at == 1 and len(span.tokens) == 3 and not span.tokens[2].isupper() and \
                f"{span.tokens[0]} and {span.tokens[2]}" not in self.lex.places and \
                not any(t in self.lex.places and self.lex.places[t].major
                        for t in span.tokens[::2]):
            return  # "Barfoot & Thompson", "Marks & Spencer": two words, one firm's name
        if at:
            self._classify(sub_span(span, 0, at))
        if at + 1 < len(span.tokens):
            right = sub_span(span, at + 1, len(span.tokens))
            right.initial = False
            self._classify(right)

    def _plain_opener(self, word: str) -> bool:
        """A word of quantity or a group opening a sentence before "of" ("Most of Portugal",
        "Officials of Acme Bank"), which heads no name (unlike "Bank of" or "Life of Georgia")."""
        return word in PARTITIVES

    def _list_goes_on(self, span: Span) -> bool:
        """ "Bureau of Alcohol, Tobacco and Firearms": a list of plain words after an of-name
        goes on with it (not "the Bank of England, Lloyds and Barclays")."""
        m = LIST_GOES_ON_RE.match(span.next_text)
        return bool(m) and all(w.lower() in self.lex.common
                               for w in re.findall(r"[A-Z][a-z]+", m[0]))

    def _body_then_title(self, span: Span, at: int) -> None:
        """ "Reserve Bank of India Governor Jane Roe", "the Awami League of Prime Minister Jane
        Roe": the body's name ends where a title before a name starts."""
        body = sub_span(span, 0, at)
        if at > span.of_split:
            body.of_split = span.of_split
        self._classify(body)
        rest = sub_span(span, at, len(span.tokens))
        rest.initial = False
        self._classify(rest)

    def _title_surname(self, span: Span, i: int, j: int) -> bool:
        """A lone title word ending a name that starts with a given name is a surname ("Billie
        Jean King", "Stephen King"): a title comes before the name it goes with."""
        toks = span.tokens
        if j != len(toks) or j - i != 1 or toks[0] not in self.lex.given:
            return False
        if i == 1:  # "Tim King", "Ann Bishop": a given name, then a title that is a surname
            return toks[1] in SURNAME_TITLES and toks[0] not in self.lex.places and \
                toks[0] not in TITLE_WORDS and toks[0] not in MONTHS_DAYS
        return i >= 2 and all(t[:1].isupper() and t not in TITLE_HEADS for t in toks[:i])

    def _seat(self, span: Span) -> bool:
        """Whether a span names a town, the seat a company's name ends before ("Acme Inc of
        Denver"); a country or state after "Co of" is often part of the name ("… of Canada")."""
        place = self.lex.places.get(" ".join(span.tokens))
        return place is not None and not place.major

    def _title_then_surname(self, toks: Sequence[str]) -> bool:
        """ "Senator Whitcombe arrived.": a title opening a sentence before a lone name that is
        no English word (unless a listed surname) stays, so the name is a person's."""
        if len(toks) > 2 and toks[0] in REGNAL_TITLES and toks[1] in self.lex.given:
            return True  # "Pope John Paul II spoke": the title goes with the regnal name
        if len(toks) == 3 and toks[0] in TITLE_HEADS and toks[1].isalpha() and \
                toks[1][1:].islower() and self._name_word(toks[2]) and toks[2] not in ORG_HEADS \
                and not (toks[2] in self.lex.places and self.lex.places[toks[2]].major):
            return True  # "Senator Gift Banda said": a word as a given name before a surname
        return len(toks) == 2 and toks[0] in TITLE_HEADS and toks[0] not in WEAK_HEADS and \
            toks[0] not in GIVEN_TITLES and self._name_word(toks[1])

    def _monsieur(self, toks: Sequence[str]) -> bool:
        """Whether "M." opens a given name and a surname in a document with French titles, or a
        surname alone in one written in French ("a assuré M. Derbal")."""
        if len(toks) == 2 and toks[0] == "M." and toks[1] not in self.lex.given:
            return self._french_prose()
        return len(toks) > 2 and toks[0] == "M." and toks[1] in self.lex.given and \
            len(toks[1]) > 2 and self._french_titles()

    def _french_prose(self) -> bool:
        """Whether the document is written in French: its words between names are French
        function words far more often than English ones."""
        if self._french_text is None:
            words = [w for line in self.lines for fields in line[2]
                     for w in fields[F_NEXT].lower().split()[:6]]
            self._french_text = french_words(words)
        return self._french_text

    def _french_role(self, span: Span) -> bool:
        """ "le ministre Ann Roe", "affirme Ann Roe,", "Ann Roe, porte-parole de …": a French
        role or speech verb beside the name, in a text written in French."""
        return french_role_cue(span.prev_word, span.next_text) and self._french_prose()

    def _romance_prose(self) -> str:
        """The language ("es", "pt", "it", "ca") the document is written in, read as
        _french_prose reads French, or "" for none of them."""
        if self._romance_text is None:
            words = [w for line in self.lines for fields in line[2]
                     for w in fields[F_NEXT].lower().split()[:-1]]  # (the last may be cut)
            self._romance_text = romance_language(words)
        return self._romance_text

    def _local_country(self, name: str) -> Place | None:
        """A country's name in the language of the text ("Espagne", "Chine" in French, "Estados
        Unidos", "Moçambique" in Portuguese); one that is also a person's name or a word
        ("Italia", "Francia") is a weak place, which a cue must back."""
        place = french_countries().get(name)
        if place is not None:
            return place if self._french_prose() else None
        english = country_names(lang).get(name) if (lang := self._romance_prose()) else None
        place = self.lex.places.get(english) if english and name not in self.lex.places else None
        if place is None or name.lower() in self.lex.common:
            return None
        if name in self.lex.given or name in self.lex.surnames:
            return Place(place.name, strong=False)
        return place

    def _french_titles(self) -> bool:
        """Whether any span of the document has a French honorific ("Mme", "Monsieur")."""
        if self._french is None:
            self._french = any(not FRENCH_HONORIFICS.isdisjoint(fields[F_TOKENS])
                               for line in self.lines for fields in line[2])
        return self._french

    def _name_word(self, tok: str) -> bool:
        """A surname-shaped word: no English word, unless a listed surname."""
        return tok.lower() not in self.lex.common or tok in self.lex.surnames

    def _trim_initial(self, span: Span) -> Span | None:
        """Drop sentence-initial function or common words and month/day names from a span."""
        toks, k = span.tokens, 0
        n = len(toks)
        if toks[0] == "The" and n > 1 and " ".join(toks) in self.lex.places and \
                not any(t.lower() in self.lex.common for t in toks[1:]):
            return span  # "The Hague", "The Bronx": the article is the place's own ("The Gap")
        if n == 2 and toks[0] == "The" and toks[1] in THE_GROUNDS and not span.initial:
            return span  # "at The Oval": a ground's name (unlisted._the_ground)
        while k < n:
            first = toks[k]
            drop = (first in MONTHS_DAYS and n - k > 1 and not self._given_month(first)) or \
                first in FUNCTION_CAPS or first == "Copyright" and n - k > 1 or (
                not k and span.initial and first.lower() in self.lex.common
                and (toks[-1] not in LEGAL_FORMS or first in LEAD_ADJECTIVES)  # "Touchstone
                # Software Corp." is one name; "Rival Chery Automobile Co" is not
                and not (n > 1 and toks[1] in ("and", "&"))  # "Food and Drug Administration",
                # "Health & Family Welfare Department"
                and not (n > 2 and first in BODY_ADJECTIVES and toks[-1] in ORG_HEADS)
                and first not in self.lex.places and not self._known_person_token(first)
                and not (first in PLACE_PREFIXES and n > 1)  # "Lake Chad has shrunk": not Chad
                and not self._place_prefix(toks) and not self._given_then_surname(toks)
                and not self._title_then_surname(toks) and honorific_pair(toks) is None
                and not (n > 2 and first in self.lex.given and toks[1] in NAME_PARTICLES)
                and not self._word_given(toks)) or (
                not k and span.initial and n > 1 and self._role_shaped(first)) or (
                not k and n > 1 and romance_role(first) and toks[1][:1].isupper())
            # ("L'alcalde Lluc Roe ha dit"; not "L'alcalde de Girona": the office's town)
            if not drop:
                break
            k += 1
        if k == 0 and span.initial and n > 1 and toks[0] in ROMANCE_OPENERS and \
                not self._place_prefix(toks) and self._romance_prose():
            k = 1  # "En La Habana se reportaban …": the preposition opens the sentence
            if n > 2 and toks[1] in ROMANCE_ARTICLE_WORDS:
                k = 2  # "En la Isla de la Juventud": its article too (read with "En" before)
        if k == 0 and span.initial and n > 2 and toks[0] in ROMANCE_ARTICLES and \
                toks[-1] in ORG_HEADS and not self._place_prefix(toks):
            k = 1  # "El Athletic Club se impuso …": the article opens the sentence, not the name
        elif k == 0 and span.initial:  # "Según el Presidente Ana Roe", "El Teatro Colón"
            k = leading_function_words(toks, self.lex.given, self.lex.surnames,
                                       self._place_prefix(toks) or toks[0] in self.lex.places)
        if k == n:
            return None
        if k:
            span = sub_span(span, k, n)
            if k > 1 and toks[k - 1] in ROMANCE_ARTICLE_WORDS:
                span.prev_prev = toks[k - 2].lower()
            word = span.prev_word
            if span.initial is False and (word.lower() in ROLE_NOUNS or self._role_shaped(word)):
                span.prev_word = word.lower()  # "…°C. Meteorologist Ann Roe said": as written
                # mid-sentence, the occupation cues the name after it
        if len(span.tokens) > 1 and span.tokens[-1] in MONTHS_DAYS and \
                not self._month_surname(span.tokens) and \
                " ".join(span.tokens) not in self.lex.places:  # "Viña del Mar" ends in "Mar"
            span = sub_span(span, 0, len(span.tokens) - 1)
        return span if span.tokens else None

    def _given_month(self, first: str) -> bool:
        """A month's three-letter abbreviation that is a given name opens a name ("Jan Novak"):
        written as a date, it stands before a number, not before a capitalised word."""
        return len(first) == 3 and first in self.lex.given

    def _month_surname(self, tokens: Sequence[str]) -> bool:
        """A month or weekday ending a name right after its given name is the surname ("Brian
        May", "Prime Minister Theresa May"); after a full name it is the date ("Bob Dole
        Wednesday attacked ...", "Bill Clinton Tuesday")."""
        if tokens[-2] not in self.lex.given:
            return False
        before = tokens[-3] if len(tokens) > 2 else ""
        return not before or before in TITLE_HEADS or before in TITLE_WORDS or \
            before.lower() in self.lex.common and before not in self.lex.given

    def _plain_after_title(self, word: str) -> bool:
        """Whether a lone word after a title is a plain word no list knows as a name."""
        return word.lower() in self.lex.common and word not in self.lex.surnames and \
            word not in self.lex.given and not self._accented_given(word)

    def _roster_surname(self, span: Span) -> bool:
        """Whether a word in capitals and a comma open the line before a title and one name, as
        rosters write people surname first ("CARTER, Ms Louise"; not a dateline's town)."""
        word = span.prev_prev.removesuffix(",")  # (after a comma, the word before it)
        return not span.prev_word and span.prev_prev.endswith(",") and len(word) > 1 and \
            word.isupper() and span.start == len(word) + 2 and span.tokens[-1] in self.lex.given

    def _with_title(self, span: Span, i: int, j: int) -> None:
        """Tokens before a title are their own span; the tokens after it name a person."""
        toks = span.tokens
        if i == 0 and named_after(span):
            return  # "la calle General Paz", "casi Dr. Ferrán": a street named after someone
        if toks[j - 1] == "Premier" and j < len(toks) and toks[j] in PREMIER_COMPETITIONS:
            name = " ".join(toks)  # "the Ghana Premier League table": a competition, no
            self._add(ORG, name, name)  # premier, no country named as a place
            return
        if (len(toks) - j == 3 and toks[j + 1] == "Cardinal" or toks[i:j] == ("Cardinal",)
                and i == len(toks) - 2 and i > 0) and self._cardinal(span):
            return
        if i > 0 and span.tokens[j - 1] in OFFICE_TITLES and self._office_place(span, i):
            pass  # "Catanduanes Governor Joseph Cua": the province the governor runs
        elif i > 0:  # "Christian Maronite Patriarch Sfeir": words before a title qualify it
            before = len(self.mentions)
            self._classify_plain(sub_span(span, 0, i))
            portfolio = span.tokens[j - 1] in ("Minister", "Secretary") and \
                all(t.lower() in self.lex.common for t in span.tokens[:i])
            self.mentions[before:] = [m for m in self.mentions[before:] if m.type != PERSON and
                                      not (portfolio and m.type == ORG)]  # ("Plantation
            # Industries Minister X": a portfolio, no body; "Gazprom CEO X" keeps its firm)
        if j >= len(span.tokens) or thing_context(span):
            return  # "the vessel Admiral Kuznetsov"
        heads = span.tokens[i:j]
        if len(span.tokens) - j > 2 and span.tokens[j] in ETHIOPIAN_HONORIFICS:
            j += 1  # "Chief Executive Officer Ato Dawit Haile-Mariam": a Mr after the office
        rest = sub_span(span, j, len(span.tokens))
        rest.initial = False
        weak = heads[-1] in WEAK_HEADS and len(heads) == 1
        start = self._person_start(rest) if len(rest.tokens) > 2 else None
        if len(rest.tokens) == 1 and self._town_of_region(rest):
            return  # "Prince Rupert, British Columbia": a town, though not in the gazetteer
        town = " ".join(span.tokens[i:])
        if i == 0 and town in self.lex.places and span.prev_word.lower() in TOWN_PREPS:
            self._add(PLACE, self.lex.places[town].name, town)  # "drove to Prince Albert"
            return
        if i == 0 and len(rest.tokens) == 1 and span.prev_word.lower() == "the" and \
                heads[-1] in ("Lady", "Queen", "Princess", "Prince", "King", "Duchess", "Duke"):
            return  # "onto the Lady Cassandra", "the Queen Mary": a boat, an inn, no one
        if i == 0 and len(rest.tokens) == 1 and heads[-1] in ("Prince", "Princess", "Lady") \
                and span.prev_word.lower() in ("in", "near", "outside") and \
                span.surfaces[-1] == span.tokens[-1] and not span.next_text.startswith(" of "):
            self.cued_places.add(town)  # "negotiating in Prince Rupert.": a town named after
            self._add(PLACE, town, town)  # a prince; a prince is met, not lived "in"
            return
        if len(rest.tokens) == 1 and heads[-1] in PERSONAL_TITLES and \
                rest.tokens[0] in self.lex.places:
            self._add(PERSON, rest.tokens[0], rest.tokens[0])  # "Mr Jordan": a person's name
            return
        if len(rest.tokens) == 1 and heads[-1] in PERSONAL_TITLES and \
                (rest.tokens[0] in TITLE_HEADS or rest.tokens[0] in VOCATIVE_OFFICES):
            return  # "Mr. Chair, …", "Madam Speaker": an office addressed, no one's name
        if len(rest.tokens) == 1 and tuple(heads[-2:]) in HONORIFIC_PAIRS and \
                rest.tokens[0] in TITLE_HEADS:
            return  # "Tan Sri Dato' Sri Ann Berg": a knight's title, then a Dato's
        if len(rest.tokens) == 1 and heads[-1] in JOB_OPENERS and \
                self._plain_after_title(rest.tokens[0]):
            return  # "the PHED Assistant Engineer": a job, no one's name
        if len(rest.tokens) == 1 and i == 0 and self._roster_surname(span):
            return  # "CARTER, Ms Louise, Chief Executive": her given name, the surname before
        if len(rest.tokens) == 1 and rest.tokens[0] in self.lex.places and \
                self.lex.places[rest.tokens[0]].major and heads[-1] not in ROYAL_TITLES:
            return  # "Supreme Allied Commander Europe": the area is part of the title
        if start and all(t.lower() in self.lex.common or t in self.lex.places
                         for t in rest.tokens[:start]):
            # "General Staff Valery Gerasimov": the name starts at the given name
            self._classify_plain(sub_span(rest, 0, start))
            self._person(sub_span(rest, start, len(rest.tokens)))
        elif heads[-1] in REGNAL_TITLES and (numeral := REGNAL_RE.match(rest.next_text)) and \
                all(t in self.lex.given for t in rest.tokens):
            name = f"{' '.join(rest.tokens)} {numeral[1]}"  # "Pope John Paul II": not "John Paul"
            self._add(PERSON, name, name)
        elif self._person_ok(rest.tokens, strict=weak) and not (
                weak and len(rest.tokens) == 1 and rest.tokens[0].lower() in self.lex.common) \
                and not self._plain_words(rest.tokens):
            self._person(rest)  # not "Agent Orange", "Father Christmas": a word after a weak title
        else:
            self._classify_plain(rest)

    def _cardinal(self, span: Span) -> bool:
        """ "(His Eminence) John Cardinal Onaiyekan": a cardinal's style puts his rank between
        his given name and his surname; the person is John Onaiyekan."""
        given, last = span.tokens[-3], span.tokens[-1]
        if given not in self.lex.given or last in self.lex.given:
            return False
        self._add(PERSON, f"{given} {last}", " ".join(span.surfaces[-3:]))
        return True

    def _office_place(self, span: Span, i: int) -> bool:
        """ "Catanduanes Governor Joseph Cua", "Albay Governor …": the name before a governor's,
        mayor's or premier's title is the place they run, when it can only be a place's."""
        toks = span.tokens[:i]
        name = " ".join(toks)
        place = self.lex.places.get(name)
        if i > 3 or span.bound or span.tabular or place is None and not self._place_shaped(toks):
            return False
        self._add(PLACE, place.name if place else name, name)
        return True

    def _compass_region(self, span: Span) -> bool:
        """ "a loss to Northern Quorland", "Most of South Velmora is dry": a compass word before
        a country's or a strong place's name names a part of it, a place with no cue."""
        toks = span.tokens
        if len(toks) != 2 or toks[0] not in COMPASS_OPENERS or span.bound or span.tabular or \
                span.prev_word[:1].isupper():  # ("Nutrition North Quorland": a body's tail)
            return False
        place = self.lex.places.get(toks[1])
        if place is None or not (place.strong or place.major) or \
                toks[1] in self.lex.given or toks[1] in self.lex.surnames or \
                toks[1].lower() in self.lex.common:
            return False
        name = " ".join(toks)
        self._add(PLACE, name, name)
        return True

    def _national_agency(self, span: Span) -> bool:
        """ "Environment Canada", "Statistics Canada", "Police Scotland", "Sport England",
        "Tourism Ireland": a public body named by its field and its country, no mention of the
        country as a place."""
        toks = span.tokens
        if len(toks) != 2 or toks[0] not in AGENCY_FIELDS or span.bound or span.tabular:
            return False
        place = self.lex.places.get(toks[1])
        if place is None or not place.major:
            return False
        name = " ".join(toks)
        self._add(ORG, name, name)
        return True

    def _compass_ward(self, span: Span) -> bool:
        """ "who represents Ludlow East", "TDs from Cork South-Central", "the MP for Bristol
        North West": a listed town and compass words after it name a ward, constituency or
        district of it (not "Jordan North", a given name and a surname)."""
        toks = span.tokens
        if not 2 <= len(toks) <= 3 or span.bound or span.tabular or \
                span.prev_word[:1].isupper() or toks[0] not in self.lex.places or \
                not all(p in WARD_COMPASS for t in toks[1:] for p in t.split("-")) or \
                len(toks) == 2 and "-" not in toks[1] and (toks[0] in self.lex.given or
                                                          toks[0] in self.lex.surnames):
            return False
        name = " ".join(toks)
        self._add(PLACE, name, name)
        return True

    def _party_hometown(self, span: Span) -> bool:
        """ "a Tarnby Democrat", "a Velmora Beach Republican": a US politician named by the town
        or district they come from; the words before the party are that place."""
        toks = span.tokens
        if toks[-1] not in ("Democrat", "Republican") or len(toks) < 2 or len(toks) > 4 or \
                span.prev_word.lower() not in ("a", "an") or span.bound or span.tabular:
            return False
        rest = toks[:-1]
        name = " ".join(rest)
        place = self.lex.places.get(name)
        if place is not None and (name in self.lex.given or name in self.lex.surnames or
                                  name.lower() in self.lex.common) or \
                place is None and not self._place_shaped(rest):
            return False
        self._add(PLACE, place.name if place else name, name)
        return True

    def _classify_plain(self, span: Span) -> None:
        """Classify a span known to hold no title."""
        if len(span.tokens) == 1:
            self.singles.append(span)
        else:
            self._multi(span)

    def _multi(self, span: Span) -> None:
        """Type a multi-token span: place, organisation, person (given name or cue), or nothing."""
        name = " ".join(span.tokens)
        self._note_eponym(span.tokens)
        place = self.lex.places.get(name) or self._local_country(name)
        if place:
            self._place(span, place)
            return
        if self._romance_body(span):
            return
        if self._conjoined_places(span) or self._body_of_country(span):
            return
        if span.prev_word in FRENCH_OF and self._unlisted_after_locative(span) or \
                self._romance_noun_place(span):
            return  # "le quartier de Sidi Moumen", "el barrio Villa Rosa": a place's noun
        if self._listed_spelling(span) or self._particle_place(span) or \
                self._saint_place(span) or self._unlisted_region(span) or \
                self._street_word_after(span) or self._party_hometown(span) or \
                self._compass_region(span) or self._compass_ward(span):
            return
        if len(span.tokens) > 2 and span.tokens[-1] in STREET_SIDES and \
                span.tokens[-2] in STREET_WORDS and not span.bound and not span.tabular:
            self._add(PLACE, name, name)  # "Washington Street North", "Water Street East"
            return
        if len(span.tokens) == 2 and span.tokens[1] in self.lex.places:
            self._surname_of_place(span)  # "Will Jordan": the lone "Jordan" is unclear
        if self._settlement(span) or self._suffix_surname(span) or self._cued_town(span) or \
                self._dwellers_place(span) or self._region_of_place(span) or \
                REGION_WORD_RE.match(span.next_text) and self._region_list_member(span) or \
                span.tokens[0] in ("Co", "Co.") and self._county_short(span) or \
                self._settlement_listed(span) or self._feature_before_noun(span) or \
                self._unknown_name_in_list(span) or self._unlisted_after_the(span) or \
                span.prev_word == "on" and self._island_of_place(span) or \
                self._dwellers_after(span) or self._unlisted_after_venue(span):
            return
        if self._river_water(span):
            self._add(PLACE, name, name)  # "a bridge over the Zwarte Water": a river, no utility
            return
        if self._hospital(span) or self._venue_centre(span) or self._venue_building(span) or \
                self._school_site(span) or self._the_ground(span) or \
                self._org(span) or self._place_pattern(span) or self._locality_name(span) or \
                span.tokens[-1] in VENUE_SUFFIXES and self._venue(span):
            return
        # "a stroke in Llanbadarn Fawr, said she": the speech is the sentence's subject's
        if (after_cue(span) and span.prev_word.lower() not in PLACE_PREPS or
                self._byline_name(span)) and self._plain_name_tokens(span.tokens) and \
                self._person_ok(span.tokens, strict=True):
            self._person(span)  # "Jane Roe (born 1950)", "By Jane Roe, Staff Writer"
            return
        if self._korean_name(span.tokens) and span.prev_word.lower() != "the":
            self._person(span)
            return
        start = self._person_start(span)
        if start == 0 and span.prev_word.lower() == "the" or \
                start and span.tokens[start - 1] in NAME_ARTICLES:
            start = None  # "the Milli Gengesh", "Te Tai Tokerau": an article makes it a thing
        if start is not None and not span.of_split and (words := _spelt_initials(span)) and \
                words[0] not in self.lex.given:
            name = " ".join(words)  # "Chama Cha Mapinduzi (CCM)": a body's name in a person's
            self._add(ORG, name, name)  # shape ("John F. Kennedy (JFK)" is a person's)
            return
        if start is not None and span.prev_word.lower() in COMPANY_NOUNS and \
                not any(t in TITLE_WORDS or t in TITLE_HEADS for t in span.tokens):
            self._add(ORG, name, name)  # "packaging manufacturer Super Indah Makmur"
            return
        if start and self._name_prefix(span, start):
            start = 0  # "Zola Ivar Berg (Norway)": in a results line an unlisted first name
        if start and self._eponym(span, start):
            return
        if start and span.tokens[start - 1] in SHIP_PREFIXES:
            self.company_names.add(" ".join(span.tokens[start:]))  # "HDMS Knud Rasmussen"
            return
        if start == 0 and span.prev_word.isdigit() and span.prev_prev.lower() in DETERMINERS:
            return  # "a 2019 Nissan Rogue", "her 2008 Ford Ranger": a make and its model
        if start == 0 and self._unknown_after_in(span):
            self.unresolved_last.add(span.tokens[-1])  # "held in Chang Phueak": a person only
            self.unresolved_spans.setdefault(span.tokens[-1], span)  # where the text says so
            return
        if start is not None:
            if start > 0:  # "said New Yorker Jane Roe": the cue is the person's, not the prefix's
                prefix = sub_span(span, 0, start)
                prefix.prev_word = "" if role_cue(prefix) else prefix.prev_word
                self._classify_plain(prefix)
            self._person(sub_span(span, start, len(span.tokens)))
            return
        if role_cue(span) or self._french_role(span):
            first = span.tokens[0]
            given = len(span.tokens) == 2 and first in self.lex.given and \
                first.lower() not in self.lex.common and first not in self.lex.places
            # ("councillor Hennie Lubbers"; not "the Atlanta Braves": a town's team)
            k = self._leading_place(span.tokens) or self._leading_org(span)
            weak = len(span.tokens) == 2 and self._given_weak_place(first) and \
                not span.tokens[1].endswith("s")  # ("member Clare Wool")
            if k and k < len(span.tokens) and not weak:
                self._classify_plain(sub_span(span, 0, k))
                span = sub_span(span, k, len(span.tokens))
            last = span.tokens[-1]
            plural = last.endswith("s") and not given and (
                last[:-1].lower() in self.lex.common or last[:-1] in self.lex.places or
                self._demonym(last))
            if self._person_ok(span.tokens, strict=True) and not self._demonym(last) and \
                    not plural:
                self._person(span)
                return
        if self._result_cue(span):
            self._person(span)
            return
        self.asked.add(span.tokens[-1])
        if self.ev is not None and name in self.ev.full_names:
            self._person(span)
        elif self._word_given(span.tokens):
            self.word_given.append(span)
        elif span.prev_word.lower() in CUE_WORDS and self._unlisted_after_locative(span):
            return
        elif not self._place_prefix_mention(span):
            self.deferred.append(span)  # a list's member whose opener is read late, maybe
            if not any(t.lower() in self.lex.common for t in span.tokens[:-1]) and \
                    not self._strong_place_word(span.tokens[-1]):
                self.unresolved_last.add(span.tokens[-1])
                self.unresolved_spans.setdefault(span.tokens[-1], span)

    def _locality_name(self, span: Span) -> bool:
        """ "in Glen Eden", "towards Lossie Wynd", "a resident of Anna Nagar", "the Clark Fork": a
        person-shaped name with a place's generic word first or a locality's word last, after a
        place's preposition, before nothing a person's name takes ("Glen Eden, 54,")."""
        toks = span.tokens
        head, tail = toks[0] in GIVEN_PLACE_HEADS, toks[-1] in LOCALITY_TAILS
        if not (head or tail) or not 1 < len(toks) < 4 or span.bound or span.tabular:
            return False
        prev, before = span.prev_word.lower(), span.prev_prev.lower()
        # (after "a resident of", a speech verb is the resident's: ", said …")
        dweller = prev == "of" and before in DWELLER_NOUNS
        # ("to Glen Nevis": Nevis is no surname; "to Glen Smith" is a person; "drove in from
        # Val Caron" is a journey's; "on Bowen Downs station", a locality's word)
        loose = prev in ("to", "at", "from", "the") and (
            tail or toks[-1] not in self.lex.surnames or prev == "from" and before == "in")
        if prev == "the" and span.prev_prev[:1].isupper():
            return False  # "St. Albert the Great Parish": a saint's epithet, a church's name
        if not dweller and (after_cue(span) or not (
                PLACE_CLAUSE_RE.match(span.next_text) or LOCATIVE_VERB_RE.match(span.next_text)
                or tail and FEATURE_NOUN_RE.match(span.next_text)) or not (
                prev in PLACE_ONLY_PREPS or loose or tail and prev == "on")):
            return False
        name = " ".join(toks)
        self.localities.add(name)
        self._add(PLACE, name, name)
        return True

    def _strong_place_word(self, tok: str) -> bool:
        """A strong listed place's name that is no name of a person ("Électricité du Laos",
        "PT Kereta Api Indonesia"): the name ending a body's leaves the lone word a place."""
        place = self.lex.places.get(tok)
        return place is not None and place.strong and tok not in self.lex.given and \
            tok not in self.lex.surnames and tok.lower() not in self.lex.common

    def _note_eponym(self, toks: Sequence[str]) -> None:
        """Remember the name a Romance venue or award takes after someone ("Sala del Teatro
        Lucía Roe"): written alone, it is the venue again ("en el Lucía Roe")."""
        for k in range(len(toks) - 2):
            if (toks[k] in HEAD_FIRST_ORG or toks[k] in HEAD_FIRST_PLACE or
                    toks[k] in EPONYM_OPENERS) and toks[k + 1] in self.lex.given:
                self.eponyms.add(" ".join(toks[k + 1:]))
                return

    def _eponym(self, span: Span, start: int) -> bool:
        """A head word before a person's name makes one name of a body or a place ("Estadio
        Alberto J. Armando"): typed as a whole when no title stands between."""
        head = span.tokens[0]
        if head not in HEAD_FIRST_ORG and head not in HEAD_FIRST_PLACE:
            head = span.tokens[start - 1]  # "Sala del Teatro Lucía Roe": the theatre's hall
        if head not in HEAD_FIRST_ORG and head not in HEAD_FIRST_PLACE or any(
                t in TITLE_WORDS or t in TITLE_HEADS for t in span.tokens[1:start]):
            return False
        name = " ".join(span.tokens)
        self._add(ORG if head in HEAD_FIRST_ORG else PLACE, name, name)
        self.eponyms.add(" ".join(span.tokens[start:]))
        return True

    def _kunya(self, span: Span) -> bool:
        """ "Umm Ahmed", "Abu Karim al-Quds": "mother/father of" and a given name is a person's
        name of its own, "Umm" and all (not "Umm Qasr", a town, nor "Abu Dhabi")."""
        toks = span.tokens
        if len(toks) < 2 or toks[0] not in KUNYA_WORDS or toks[1] not in self.lex.given or \
                " ".join(toks) in self.lex.places or not self._person_ok(toks, strict=False) or \
                APPOSITIVE_SETTLEMENT_RE.match(span.next_text):  # "Umm Qais, the hilltop town"
            return False
        self._person(span)
        return True

    def _role_then_name(self, span: Span) -> bool:
        """ "Calypsonian Roe said he ...": an occupation word, then a one-word (stage) name that
        a person cue after it makes a person's."""
        if not (span.initial and len(span.tokens) == 2 and self._role_shaped(span.tokens[0]) and
                after_cue(span) and self._person_ok(span.tokens[1:], strict=True)):
            return False
        self._person(sub_span(span, 1, 2))
        return True

    def _role_shaped(self, tok: str) -> bool:
        """An unlisted occupation word opening a sentence ("Calypsonian Roe said"): -ian or -ist,
        and no name, place or nationality."""
        return len(tok) >= ROLE_MIN_LEN and tok.endswith(ROLE_ENDINGS) and tok[1:].islower() and \
            tok not in self.lex.given and tok not in self.lex.surnames and \
            tok not in self.lex.places and not self._demonym(tok)

    def _word_given(self, toks: Sequence[str]) -> bool:
        """An English word as an unlisted given name before a listed surname that is no word
        ("Pep Roe"): a person only where the document calls the surname one (promotion)."""
        if len(toks) != 2:
            return False
        word, last = toks
        return word.isalpha() and word[1:].islower() and word.lower() in self.lex.common and \
            word not in FUNCTION_CAPS and word.lower() not in OPENER_WORDS and \
            not word.endswith("ly") and word not in TITLE_WORDS and word not in ORG_HEADS and \
            word.lower() not in ROLE_NOUNS and word not in MONTHS_DAYS and \
            word not in self.lex.places and not self._demonym(word) and \
            last in self.lex.surnames and last.lower() not in self.lex.common and \
            last not in self.lex.places and not self._demonym(last)

    def _settlement(self, span: Span) -> bool:
        """ "the village of Karan Dolni", "Umm Qais, the hilltop town built on …": a settlement
        word before or in apposition makes the name a place's, whatever its shape."""
        if span.bound or title_run(span.tokens) is not None or span.tokens[0] in TITLE_WORDS:
            return False
        named = span.prev_word.lower() in AREA_NOUNS and span.prev_prev.lower() in AREA_OPENERS \
            and span.tokens[-1] not in ORG_HEADS and \
            not all(t.lower() in self.lex.common for t in span.tokens)  # "the town Hall"
        if not (span.prev_word == "of" and span.prev_prev.lower() in SETTLEMENT_NOUNS and
                self._person_start(span) is not None) and not named and \
                not APPOSITIVE_SETTLEMENT_RE.match(span.next_text):
            return False
        name = " ".join(span.tokens)
        self._add(PLACE, name, name)
        return True

    def _suffix_surname(self, span: Span) -> bool:
        """ "Barry Lane 73 77 70", "Min-Ji Park (South Korea)": in a results line a given name
        and a surname that is also a street's or park's last word name a person."""
        toks = span.tokens
        if len(toks) != 2 or toks[1] not in SURNAME_SUFFIXES or \
                not (span.tabular or self._result_after(span)) or \
                toks[0].lower() in self.lex.common or self._strong_place(toks[0]) or \
                not (toks[0] in self.lex.given or "-" in toks[0]):  # "Min-Ji": Korean
            return False
        self._person(span)
        return True

    def candidates(self) -> list[Candidate]:
        """Resolve singles against the document's people, then group mentions."""
        if self.company_names:
            # "Eli Lilly sold it" beside "Eli Lilly & Co": the firm's short name, not a person
            self.mentions = [Mention(ORG, self.firm_names[m.key], m.surface)
                             if m.type == PERSON and m.key in self.firm_names else m
                             for m in self.mentions
                             if not (m.type == PERSON and m.key in self.company_names and
                                     m.key not in self.firm_names)]
        self._promote_unresolved()
        self._promote_word_given()
        persons = self._person_index()
        self.placed = self._placed_surnames(persons)
        self.late = True
        for span in self.singles:
            tail = self.cue_tail
            self._single(span, persons)
            if self.cue_tail is tail and self._listed_after_cue(span):
                # "in parts of Galway, Mayo, Clare and Donegal": a member no rule types (a
                # word, here) keeps the list going for the ones after it
                self.cue_tail = (span.end, span.next_text)
            if self.cue_tail is not tail:
                self._settled_goes_on(tail, span)
                self.note_tail()
        for span, place in self.late_places:
            self._place(span, place)
        for span in self.deferred:
            if self._settlement_listed(span) or self._unknown_name_in_list(span):
                self._drop_unresolved(span)
        for span in self.named_after:
            if span.tokens[0] not in persons and not self._known_person_token(span.tokens[0]):
                self._add(PLACE, " ".join(span.tokens), " ".join(span.tokens))
        for key in {m.key for m in self.mentions if m.type == PERSON and " " not in m.key}:
            if persons.get(key, key) == key:
                if self.ev is None:
                    self.asked.add(key)
                else:
                    persons[key] = self._expand(key)
        compound_surnames(self.mentions, persons)
        if self.localities:  # "Cameron Parish jury backs …" beside "in Cameron Parish"
            self.mentions = [m for m in self.mentions
                             if not (m.type == PERSON and m.key in self.localities)]
        if self.entrants or self.eponyms:  # "The favourite, Hokuto Ryūsei, stalled": the
            # horse again; "en el Lucía Roe" beside "el Teatro Lucía Roe": the theatre again
            self.mentions = [m for m in self.mentions if not (
                m.type == PERSON and (m.key in self.entrants or m.key in self.eponyms))]
        # a small town only GeoNames' cities1000 lists, named as a person here ("to Arafat"
        # beside "President Arafat"): the person
        self.mentions = [m for m in self.mentions
                         if not (m.type == PLACE and m.key in persons and " " not in m.key and
                                 m.key not in self.lex.places and m.key in minor_places())]
        self._acronym_bodies()
        people = {w for m in self.mentions if m.type == PERSON for w in m.key.split()}
        self.mentions += list_mates(self.lines, self.mentions, self.lex,
                                    lambda tok: self._person_word(tok, persons.keys() | people))
        mentions = no_firm_towns(no_body_words(firm_short_names(self.mentions)), self.lex,
                                  self.cued_places, self.dated)
        mentions = no_unlisted_eponyms(mentions, self.lex)
        if self.firm_prone:
            mentions = no_firm_works(mentions, self.firm_prone)
        return group_mentions(unclear_bodies(mentions), persons)

    def _romance_and(self, span: Span) -> int | None:
        """Where the Romance "and" parts two names in a run ("Pedro Sánchez y Ana Roe Lund"),
        unless the run is one body's or place's name ("Ministerio de Cultura y Turismo"); -1 when
        it is a place the gazetteer writes with "and" (added here: "Trinidad y Tobago")."""
        toks = span.tokens
        k = next((i for i in range(1, len(toks) - 1) if toks[i] in ROMANCE_AND), None)
        name = " ".join(toks)
        if k is None or romance_body(toks) is not None or name in self.lex.places:
            return None
        if (place := self.lex.places.get(name.replace(f" {toks[k]} ", " and "))) is not None:
            self._add(PLACE, place.name, name)  # "Trinidad y Tobago" is "Trinidad and Tobago"
            return -1
        # one word after "y" or "i" may be a second family name ("Joan Garcia i Puig", spans.py
        # joins it so); after the Portuguese and Italian "e" it is a second name ("Lula e Roe")
        return k if k < len(toks) - 2 or toks[k] == "e" else None

    def _romance_body(self, span: Span) -> bool:
        """A Romance body's name, its noun first ("la Junta de Andalucía"); a name before the
        article is read on its own ("Ayer" opening the sentence is no name)."""
        at = None if span.bound or CUT_NAME_RE.match(span.next_text) else romance_body(span.tokens)
        if at is None or span.tokens[at] in self.lex.given or \
                unelided(span.tokens[at]) in GOVERNMENT_NOUNS and \
                self._led_by(span.tokens[at + 1:]):
            return False
        name = " ".join((unelided(span.tokens[at]), *span.tokens[at + 1:]))
        self._add(ORG, name, name)
        k = at
        while k and span.tokens[k - 1].lower() in ARTICLES:
            k -= 1
        if k > 1 or k == 1 and not span.initial:
            self._classify_plain(sub_span(span, 0, k))
        return True

    def _led_by(self, rest: Sequence[str]) -> bool:
        """Whether the words after a government's noun name its leader ("Govern de Salvador
        Illa"): a period's government, no body of its own (as "the Kohl Government")."""
        names = [w for w in rest if w[:1].isupper()]
        return len(names) >= 2 and names[0] in self.lex.given

    def _acronym_bodies(self) -> None:
        """A body's name no rule typed, defined with the initials it spells ("the Marine
        Accident Investigation Branch (MAIB)"): an organisation."""
        for span, acronym in self.defined:
            words = _of_words(span)
            name = " ".join(without_article(words))
            if name in self.lex.places or not spells(words, acronym) or not names_body(words) \
                    or any(name.endswith(m.surface) or m.surface.endswith(name)
                           for m in self.mentions):
                continue
            self._add(ORG, name, name)

    def _person_word(self, tok: str, people: set[str]) -> bool:
        """Whether a word names a person here or in the corpus, or a nationality."""
        return tok in people or self._nationality(tok) or self._known_person_token(tok)

    def _settled_goes_on(self, tail: tuple[int, str] | None, span: Span) -> None:
        """A listed place going on a settlement noun's list keeps it one ("the provinces of
        Zavkhan, Uvs and Khövsgöl": Uvs is listed, Khövsgöl after it is the list's too)."""
        if self.cue_tail is not None and (settlement_cue(span) or tail is not None and
                                          tail[0] in self.settled_ends and
                                          0 < span.start - tail[0] <= 6):
            self.settled_ends.add(self.cue_tail[0])

    def _drop_unresolved(self, span: Span) -> None:
        """Forget a name left unclear once a late rule typed it."""
        if self.unresolved_spans.get(span.tokens[-1]) is span:
            del self.unresolved_spans[span.tokens[-1]]
            self.unresolved_last.discard(span.tokens[-1])

    def _promote_unresolved(self) -> None:
        """A name no cue typed is a person's where the document calls its last word a person
        ("Jasprit Bumrah took three wickets … Mr Bumrah", "… Bumrah said he was happy")."""
        if not (self.unresolved_spans or self.country_surnamed):
            return
        waiting = self.unresolved_spans.keys() | self.country_surnamed.keys()
        named = {m.key for m in self.mentions if m.type == PERSON and " " not in m.key}
        named.update(s.tokens[0] for s in self.singles
                     if s.tokens[0] in waiting and person_cue(s) and
                     not IT_SAID_RE.match(s.next_text))
        self._promote_country_surnamed(named)
        for tok in sorted(named & self.unresolved_spans.keys()):
            span = self.unresolved_spans[tok]
            if self._person_ok(span.tokens, strict=True) and self._plain_name_tokens(span.tokens):
                self.unresolved_last.discard(tok)
                self._person(span)

    def _promote_word_given(self) -> None:
        """ "Pep Roe" is a person where the document calls "Roe" one ("Roe said"); else the
        surname opening a sentence is read alone, as if the word had been trimmed."""
        if not self.word_given:
            return
        named = {m.key for m in self.mentions if m.type == PERSON and " " not in m.key}
        named.update(s.tokens[0] for s in self.singles
                     if person_cue(s) and not IT_SAID_RE.match(s.next_text))
        for span in self.word_given:
            if span.tokens[-1] in named:
                self._person(span)
            elif span.initial:
                self.singles.append(sub_span(span, 1, 2))

    def _byline_name(self, span: Span) -> bool:
        """A name right after "By" opening a line or a short credit ("Reporting by", "Staff
        photo by"), and nothing but a separator, "and" or a place after it ("By Jane Roe, Staff
        Writer", "Reporting by Jane Roe in Lagos; Editing by Tom Lee")."""
        return (span.prev_word == "By" and span.start == 3 or
                span.prev_word == "by" and span.start <= CREDIT_START) and \
            BYLINE_AFTER_RE.match(span.next_text) is not None

    def _plain_name_tokens(self, tokens: Sequence[str]) -> bool:
        """Two or three words that could only be a person's name: no place, nationality ("Bosnian
        Serbs", "Slovak Interpol"), saint ("St. Matthew") or hyphenated word ("In-form")."""
        return 2 <= len(tokens) <= 3 and tokens[0].rstrip(".") not in SAINT_WORDS and not any(
            t in self.lex.places and not (k == 0 and self._given_weak_place(t)) or
            self._nationality(t) or "-" in t for k, t in enumerate(tokens)) and (
            tokens[0] in self.lex.given or tokens[0][:4] not in self.lex.place_stems)

    def _given_weak_place(self, tok: str) -> bool:
        """A given name that is also a small listed place's ("Clare Wool, who voted"): the name
        opens a person's name before a cue."""
        place = self.lex.places.get(tok)
        return tok in self.lex.given and place is not None and not place.strong and \
            not place.major

    def _single(self, span: Span, persons: dict[str, str]) -> None:
        """Type a lone capitalised token: a person's surname, a place, or corpus-known person."""
        tok = span.tokens[0]
        if tok in persons and not (tok in MONTHS_DAYS and date_context(span)) and \
                not (tok in self.placed and not person_cue(span)):
            self._add(PERSON, persons[tok], tok)
            return
        if tok in MONTHS_DAYS:
            return
        if self._trade_named(span):
            self._add(ORG, tok, tok)  # "mining giant Glencore", "the lender Rabobank"
            return
        if tok in self.placed:  # a town here ("the edge of Hamilton", "Hamilton's surgeries")
            self._add(PLACE, self.lex.places[tok].name, tok)
            return
        if len(tok) < 2 or tok in TITLE_HEADS or tok in TITLE_MODIFIERS or \
                tok in self.unresolved_last and not self._cued_past_unresolved(span) or \
                tok in CAPTION_WORDS or tok in EVENT_HEADS:
            return
        if self._regnal(span) or self._settlement(span) or self._street_word_after(span):
            return
        if REGION_WORD_RE.match(span.next_text) and self._region_list_member(span) or \
                tok in GROUP_WORDS and self._country_group(span):
            return
        place = self._abbreviation(span) or self.lex.places.get(tok) or \
            self._local_country(tok)
        if place and (place.major or not (span.initial and tok.lower() in self.lex.common)) and \
                span.prev_word.lower() not in VESSEL_NOUNS:  # "the container ship Dali"
            self._place(span, place)
            return
        if place is None and (self._cued_town(span) or self._settlement_listed(span) or
                              self._dwellers_place(span) or
                              self._hyphened_places(span) or self._feature_before_noun(span)):
            return
        if self._demonym(tok) or thing_context(span) or self._town_of_region(span) and not (
                place is None and span.prev_word.lower() in CUE_WORDS):
            return  # "the Titov deposits", "the Zvezda icebreaker": a thing named after someone
            # ("in Valleyfield, Que." goes on to the rules of unlisted names after a locative)
        if self._single_person(span):
            self._add(PERSON, self._expand(tok), tok)
        elif place is None and (self._owner_of_place_noun(span) or self._compound_street(span) or
                                self._dwellers_after(span) or self._unlisted_after_venue(span) or
                                self._hyphened_particle_place(span)):
            return
        elif place is None and (self._named_region(span) or self._unknown_in_list(span) or
                                self._heads_place_list(span)):
            self._add(PLACE, tok, tok)
        elif place is None:
            if self._romance_noun_place(span):
                return
            if span.prev_word.lower() in CUE_WORDS:
                self._unlisted_after_locative(span)
            elif span.prev_word == "on":
                self._island_of_place(span)
            elif span.prev_word.lower() == "the":
                self._unlisted_after_the(span)

    def _river_water(self, span: Span) -> bool:
        """ "X Water" after a word of crossing or following ("over the Zwarte Water", "along
        Hebden Water"): a river's name, as British and Dutch ones are, not a utility's
        ("Thames Water said")."""
        before = span.prev_prev if span.prev_word == "the" else span.prev_word
        return span.tokens[-1] == "Water" and len(span.tokens) >= 2 and \
            before.lower() in WATERSIDE_PREPS and not span.next_text.startswith(("'s", "’s"))

    def _unknown_after_in(self, span: Span) -> bool:
        """A person-shaped name right after "in", "near" or "outside" whose last word is no known
        surname, not named so elsewhere in the corpus ("floods in Chang Phueak"): people are
        seldom "in" anyone; a place is, so it waits for the text to call it a person."""
        last = span.tokens[-1]
        return span.prev_word in ("in", "near", "outside") and len(span.tokens) == 2 and \
            last not in self.lex.surnames and not span.next_text.startswith(("'s", "’s")) and \
            not (self.ev is not None and " ".join(span.tokens) in self.ev.full_names)

    def _trade_named(self, span: Span) -> bool:
        """A one-word name right after a trade's noun ("telecoms operator Safaricom"): no place,
        nationality, word, title or given name ("camera operator Jane")."""
        tok = span.tokens[0]
        return span.prev_word.lower() in TRADE_NOUNS and tok not in self.lex.places and \
            not self._demonym(tok) and tok.lower() not in self.lex.common and \
            tok not in TITLE_HEADS and tok not in self.lex.given

    def _cued_past_unresolved(self, span: Span) -> bool:
        """ "clinics in Paraisópolis" beside "the Escola Estadual Paraisópolis II": a listed
        place after a locative is the place though it ends an untyped name that no given name
        opens (a school's, not a person's whose surname it would be)."""
        tok = span.tokens[0]
        other = self.unresolved_spans.get(tok)
        return tok in self.lex.places and locative(span) and not at_workplace(span) and \
            other is not None and other.tokens[0] not in self.lex.given and \
            other.tokens[0] not in self.lex.surnames and tok not in self.lex.surnames

    def _regnal(self, span: Span) -> bool:
        """A ruler's name and number ("Ramses II", "Louis XIV", "Mehmed II"): a person, unless
        the word is a plain word or a place ("World War II", "Vatican II"); not "I", a pronoun."""
        tok = span.tokens[0]
        m = REGNAL_RE.match(span.next_text)
        if m is None or m[1] in ("I", "V", "X") or span.tabular or \
                tok.lower() in self.lex.common or tok in self.lex.places or tok in ORG_HEADS or \
                not (tok in self.lex.given or tok[1:].islower()):
            return False
        name = f"{tok} {m[1]}"
        if span.prev_word.lower().removesuffix("s") in VESSEL_NOUNS or \
                span.prev_word in SHIP_PREFIXES:
            self.company_names.add(name)  # "fishing vessel Nanoq II": a boat, here and after
        if name not in self.company_names:
            self._add(PERSON, name, name)
        return True

    def _hyphened_places(self, span: Span) -> bool:
        """Two strong listed places joined by a hyphen before a border or route word ("the
        Kenya-Tanzania border", "the Gusau-Funtua road"): each a place (not "Amsterdam-Rotterdam
        barrels", a market's grade, nor "Lagos-based", a qualifier)."""
        tok = span.tokens[0]
        if "-" not in tok or span.bound or span.tabular or not LINK_NOUN_RE.match(span.next_text):
            return False
        parts = tok.split("-")
        places = [self.lex.places.get(p) for p in parts]
        if len(parts) != 2 or not all(p is not None and p.strong for p in places):
            return False
        for place, part in zip(places, parts):
            self._add(PLACE, place.name, part)
        return True

    def _cued_town(self, span: Span) -> bool:
        """A town too small for the gazetteer (minor_places) where a cue backs it: a locative
        ("in Port Douglas"), a list a locative opened, a listed region after it ("Othaya,
        Kenya") or an apposition ("Carna, a village in Connemara"); recorded as a place."""
        name = " ".join(span.tokens)
        if span.bound or span.tabular or name not in minor_places() or \
                span.prev_word.lower() in VESSEL_NOUNS:
            return False
        # "from Glamorgan off-spinner …" is a team's or a body's; "…, Liberte newspaper said"
        # does not go on the list
        ends = LIST_ENDS_RE.match(span.next_text) is not None or \
            _list_ends_after(span.next_text) or VERB_AFTER_RE.match(span.next_text) is not None
        # "from Oban to Mull", "from Nunthorpe, Kelby and Arlow.": a route's end or a list of
        # towns after "from" (not "from Glamorgan off-spinner", a team's)
        route = span.prev_word.lower() == "from" and (
            FROM_TO_RE.match(span.next_text) is not None or
            FROM_END_RE.match(span.next_text) is not None or
            FROM_LIST_RE.match(span.next_text) is not None and _list_ends_after(span.next_text))
        cued = locative(span) and (span.prev_word.lower() != "from" or from_origin(span)) or \
            route or self._romance_locative(span) or \
            self._listed_after_cue(span) and ends or \
            not span.initial and REGION_NOUN_AFTER_RE.match(span.next_text) is not None
        if not (cued or self._town_of_region(span) or TOWN_APPOSITION_RE.match(span.next_text)):
            return False
        if cued:
            self.cue_tail = (span.end, span.next_text)  # "in Meppadi and Kalpetta"
            self.located.add(self.cue_tail)
            self.note_route(span)
        self._add(PLACE, name, name)
        return True

    def _dwellers_place(self, span: Span) -> bool:
        """An unlisted name after "residents of" or "the village of" ("Residents of Velmora
        Heights"): a place, unless it can be a person's or a body's or starts with a word."""
        return span.prev_word == "of" and span.prev_prev.lower() in DWELLER_NOUNS and \
            self._unlisted_place(span)

    def _unlisted_place(self, span: Span) -> bool:
        """Record a name a dweller noun cues as a place unless it can be a person's or a body's
        or starts with a word."""
        toks = span.tokens
        article = len(toks) > 1 and toks[0] in ARTICLE_GIVEN  # "Al Barsha": no Mr Al
        if span.bound or span.tabular or toks[-1] in ORG_HEADS or toks[0].isupper() or \
                not article and any(t.lower() in self.lex.common or t in self.lex.given or
                                    t in self.lex.surnames or self._known_person_token(t)
                                    for t in toks[:1]) or \
                len(toks) == 1 and self._demonym(toks[0]):
            return False
        return self._cued_place(span)  # "residents of Velmora and Quorbala"

    def _region_of_place(self, span: Span) -> bool:
        """A place's name and a region noun ("Kogi State", "Boulder County"): a region, named
        whole (a county is not its town); not a US state's "State" (a university's team), nor a
        word's "State" ("the Union State" of two countries; "Boulder County" is one)."""
        toks = span.tokens
        if len(toks) < 2 or toks[-1] not in REGION_HEADS or span.bound or span.tabular:
            return False
        rest = " ".join(toks[:-1])
        place = self.lex.places.get(rest)
        if not (place and not place.major or rest in minor_places()) or \
                toks[-1] == "State" and (rest in us_states() or rest.lower() in self.lex.common):
            return False
        self._add(PLACE, " ".join(toks), " ".join(toks))
        return True

    def _abbreviation(self, span: Span) -> Place | None:
        """A state written short with its dot ("Allentown, Pa."): the state, not a town "Pa"."""
        if not span.next_text.startswith("."):
            return None
        return self.lex.places.get(span.tokens[0] + ".")

    def _unknown_in_list(self, span: Span) -> bool:
        """An unlisted name in a list of places a locative opened with a listed one ("in Caloocan,
        Marikina and Bulacan"): a place when it ends the list after "and"/"or" or the list goes
        on after it, and it is no word, given name, surname, nationality or initials."""
        tok = span.tokens[0]
        if not self._listed_after_cue(span) or tok.lower() in self.lex.common or \
                tok in self.lex.given or tok.isupper() or \
                self._demonym(tok) or self._known_person_token(tok):
            return False
        end, after = self.cue_tail or (0, "")
        if self._french_listed(span):
            self.cue_tail = (span.end, span.next_text)
            return True  # "de Ouidah, de Sakété et d'Adjohoun"
        last = any(f" {w} " in after[:span.start - end] for w in LIST_WORDS)
        if tok in self.lex.surnames and not (last and PUNCT_END_RE.match(span.next_text)):
            return False  # a surname ends a list of places only after "and", before a stop
            # ("in Molo and Arevalo,"; not "Lagos and Obasanjo's", "Nairobi and Odinga who")
        if last and (LIST_ENDS_RE.match(span.next_text) or self._pair_then_verb(span) or
                     self._french_list_end(span)) or \
                _list_ends_after(span.next_text) or self._route_end(span):
            self.cue_tail = (span.end, span.next_text)
            return True
        return False

    def _french_listed(self, span: Span) -> bool:
        """Whether the span goes on a French list that repeats its preposition ("de Ouidah, de
        Sakété et d'Adjohoun", "à Brest, à Morlaix"), in a text written in French."""
        end, after = self.cue_tail or (0, "")
        gap = after[:span.start - end]
        return 0 < span.start - end <= 9 and (
            FRENCH_LIST_GAP_RE.fullmatch(gap) is not None and self._french_prose() or
            ROMANCE_LIST_GAP_RE.fullmatch(gap) is not None and bool(self._romance_prose()))

    def _french_list_end(self, span: Span) -> bool:
        """ "à Brest, Morlaix et Quimperlé les samedis": a French list's last name after "et",
        a stop or a lowercase word after it, in a text written in French."""
        return FRENCH_LIST_END_RE.match(span.next_text) is not None and (
            self._french_prose() or bool(self._romance_prose()))  # (also "Orgosolo e Fonni,")

    def _route_end(self, span: Span) -> bool:
        """ "from Ilidža to Baščaršija, where …": the far end of a route a place opened, before
        the clause goes on as after a place."""
        if self.cue_tail is None:
            return False
        end, after = self.cue_tail
        return after[:span.start - end] == " to " and end in self.from_ends and \
            PLACE_CLAUSE_RE.match(span.next_text) is not None

    def _pair_then_verb(self, span: Span) -> bool:
        """ "from Vava'u and Ha'apai will stay", "volunteers from X and Y brought": the second of
        two names a locative cued, before a verb (not "In Moscow, Stalin and Brezhnev ruled",
        where the list is the clause's subject after a comma)."""
        if self.cue_tail is None or self.cue_tail not in self.located:
            return False
        end, after = self.cue_tail
        return after[:span.start - end] in (" and ", " or ") and \
            LAST_ITEM_VERB_RE.match(span.next_text) is not None

    def _unknown_name_in_list(self, span: Span) -> bool:
        """ "in Henderson and Te Atatū", "in Caloocan, Pasig City and …": an unlisted name of
        several words on a list a locative opened is a place when it can only be a place's name
        and the list ends as lists of places do."""
        if len(span.tokens) > 3 or span.bound or span.tabular or \
                not self._listed_after_cue(span) or not self._place_shaped(span.tokens):
            return False
        end, after = self.cue_tail or (0, "")
        last = any(f" {w} " in after[:span.start - end] for w in LIST_WORDS)
        if not self._french_listed(span) and not (
                last and (LIST_ENDS_RE.match(span.next_text) or self._pair_then_verb(span) or
                          self._french_list_end(span)) or
                _list_ends_after(span.next_text) or self._route_end(span)):
            return False
        return self._cued_place(span)

    def _town_of_region(self, span: Span) -> bool:
        """A lone name with a region or country after a comma ("Prince Rupert, British
        Columbia"): a town's name, not a person's."""
        m = REGION_AFTER_RE.match(span.next_text)
        if not m or m[1] in self.lex.given:
            return False
        place = self.lex.places.get(m[1])
        return place is not None and (place.major or m[1] in subdivisions() or
                                      m[1] in PROVINCE_ABBREVIATIONS)  # "Churchill, Man."

    def _named_region(self, span: Span) -> bool:
        """An unknown name before "province", "district" or "river" ("in Sirte province")."""
        tok = span.tokens[0]
        return bool(REGION_NOUN_AFTER_RE.match(span.next_text)) and not span.initial and \
            tok.lower() not in self.lex.common and tok not in self.lex.given and \
            not tok.endswith(ADJECTIVE_ENDINGS) and not self._known_person_token(tok)


def _list_ends_after(text: str) -> bool:
    """Whether text goes on with the rest of a list of names that ends as lists of places do
    (", Pasig and Bulacan." yes; " and Brezhnev ruled" no: a clause)."""
    m = LIST_REST_RE.match(text)
    return m is not None and (LIST_ENDS_RE.match(text, m.end()) is not None or
                              VERB_AFTER_RE.match(text, m.end()) is not None)
