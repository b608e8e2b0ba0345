"""Per-document rules: type each span of a parsed document as person, place, organisation, none."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .bodies import (ARTICLES, GENITIVE_ENDS, GOVERNMENT_NOUNS, SLAVIC_BODY_GIVEN, defined_acronym,
                     names_body, romance_body, spells, unelided, without_article)
from .candidate import ORG, PERSON, PLACE, Candidate, Mention
from .cues import name_goes_on, title_run
from .lexicon import (EVENT_OPENERS, FUNCTION_CAPS, GENERIC_ORGS, GENERIC_PLACES, HONORIFIC_PAIRS,
                      LEGAL_FORMS, LEGISLATURES, MONTHS_DAYS, OF_PLACE_HEADS, ORG_HEADS,
                      ROMANCE_AND, STATE_WORDS, STREET_PREFIXES, STREET_WORDS, TITLE_HEADS,
                      TITLE_MODIFIERS, Place, country_names, is_demonym, minor_places, us_states)
from .listmates import list_mates
from .mentions import (compound_surnames, firm_short_names, given_name_forms, group_mentions,
                       no_body_words, no_firm_towns, no_firm_works, no_office_tails,
                       no_unlisted_eponyms, unclear_bodies)
from .multiword import MultiWordRules, _spelt_initials
from .nonentity import SHIP_PREFIXES, cited_author
from .oneword import SAINT_WORDS, OneWordRules
from .people import PersonRules
from .places import GROUND_HEADS, ROYAL_TITLES, WORK_SUFFIXES, PlaceRules
from .romance_names import adjective_title
from .spans import (F_INITIAL, F_OF_SPLIT, F_TOKENS, POSSESSIVE_INSTITUTIONS, RESIDENCE_HEADS,
                    RESIDENT_TITLES, Line, Span, of_joint, sub_span)
from .titled import TitleRules
from .unlisted import UnlistedPlaceRules

if TYPE_CHECKING:
    from .detector import Detector
    from .evidence import Evidence


# A venue's last word before "in" and a town ("the Peace and Friendship Stadium in Piraeus").
CHAIN_VENUES = frozenset("Theatre Theater Stadium Arena Hall Centre Center Museum Gallery Park "
                         "Cathedral Church Abbey Castle Palace Hotel Hospital Oval Ground".split())

CHAIN_GOES_ON_RE = re.compile(r" (?:of|of the|for|for the|de) [A-Z]")  # "… in Rome of the …"

# A results row's entrant, then its rider, driver or skipper in brackets and a time or a score:
# "Oni Taishō (R. Hanaoka) 2:12.5", "Sea Spray (J. Roe) 14". The entrant is no person.
RIDDEN_RE = re.compile(r"\s*\((?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+\)\s+\d")

SAINT_EPITHETS = frozenset("Great Baptist Apostle Evangelist Divine Martyr Elder Younger "
                           "Confessor Theologian".split())

SAINT_BUILDINGS = frozenset("Church Cathedral Chapel Basilica Shrine Oratory".split())

# Titles a body's name may open with ("Queen Maud Hospital", "Miss Ruritania Organisation").
HONORIFICS = frozenset("Miss King Queen Prince Princess Sir Lord Lady".split())
# Malay and Indonesian offices that open a body's name ("Kepala Dinas", "Ahli Majlis").
OFFICE_OPENERS = frozenset("Kepala Direktur Ketua Wakil Ahli Anggota Timbalan Pengerusi "
                           "Setiausaha Menteri".split())

# French honorifics before an office ("M. le Maire", "Madame la Présidente").
FRENCH_ADDRESS = frozenset("M. Mme Madame Monsieur Mlle Mademoiselle".split())

ACRONYM_RE = re.compile(r"[A-Z]{2,5}")  # a sponsor's letters before a ground's word


def _titled_residence(span: Span) -> str | None:
    """ "the Emir's Palace": an office's possessive and a palace, as written (a building)."""
    if len(span.surfaces) != 2 or span.tokens[1] not in RESIDENCE_HEADS or \
            span.tokens[0] not in RESIDENT_TITLES or not span.surfaces[0].endswith(("'s", "’s")):
        return None
    return " ".join(span.surfaces)



def _possessive_name(span: Span) -> str | None:
    """A span's words as written when a possessive stands inside it ("King's Lynn")."""
    inside = span.surfaces[:-1]
    if not any(s.endswith(("'s", "’s")) for s in inside):
        return None
    return " ".join(span.surfaces).replace("’", "'")



def _institution_name(span: Span) -> str | None:
    """An institution named with a possessive, as written ("Guy's Hospital", "Gray's School of
    Art"): the spans stage joins a possessive to one of POSSESSIVE_INSTITUTIONS."""
    n = len(span.tokens)
    if POSSESSIVE_INSTITUTIONS.isdisjoint(span.tokens[1:]) and len(span.surfaces) >= n - 1:
        return None  # (most spans: at would be None)
    at = next((i for i in range(n - 1) if span.surfaces[i].endswith(("'s", "’s")) and
               span.tokens[i + 1] in POSSESSIVE_INSTITUTIONS), None)
    if at is None or len(span.surfaces) != n or 0 < span.of_split <= at + 1 or \
            any(t not in SAINT_WORDS and t not in TITLE_HEADS for t in span.tokens[:at]):
        return None  # "Jane Gray's School days": her school, not one named so
    k = span.of_split
    if not k:
        return " ".join(span.surfaces)
    return " ".join(span.surfaces[:k]) + of_joint(span, k) + " ".join(span.surfaces[k:])


# Epithets after "the" that end a saint's or a ruler's name ("John the Baptist", "Alfred the
# Great"): what follows them names a church or a school after that person.
EPITHETS = SAINT_EPITHETS | frozenset("Wise Conqueror Magnificent Less".split())

# A capitalised word right after a run: the name goes on past a word the spans stage stops at
# ("Fundación Juan March": the month's name ends the run).
CUT_NAME_RE = re.compile(r" [A-ZÀ-Þ]")


def _of_words(span: Span) -> tuple[str, ...]:
    """A span's words with the "of" (or "of the") its of-split left out put back."""
    k = span.of_split
    if not k or len(span.surfaces) != len(span.tokens):
        return tuple(span.surfaces)
    return (*span.surfaces[:k], *of_joint(span, k).split(), *span.surfaces[k:])


# Offices held "of" a body, which the title rules split off a run ("President of Gazprom …").
OFFICES_OF = frozenset("President Chairman Chairwoman Chairperson Chair Speaker CEO Director Head "
                       "Governor Secretary Rector Mayor".split())


class DocReader(TitleRules, MultiWordRules, OneWordRules, PersonRules, PlaceRules,
                UnlistedPlaceRules):
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
        self._germanic_text = ""
        self._inflected_text: str | None = None

    def read_line(self, line: Line) -> None:
        """Collect mentions of one parsed line."""
        datelines, tabular, spans, caps, players, teams, typed = line
        for typ, key, surface in typed:  # "Landgericht Bielefeld"; "Krakowie" for Kraków
            self._add(typ, key, surface)
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
        if typ == PLACE and key in GENERIC_PLACES:
            return  # every town has one: no page may gather them
        if not (self.det.stop and (self._stopped(surface) or self._stopped(key))):
            self.mentions.append(Mention(typ, key, surface))

    def _body_before_name(self, span: Span) -> int:
        """1 when a run after "of" or "of the" opens with a body's one-word name and goes on
        with a person's ("Chairman of the Mazhilis Yerlan Koshanov", "CEO of Gazprom Alexei
        Miller"): a chamber's word, or a word no name holds before a known given name."""
        toks, prev = span.tokens, span.prev_word.lower()
        if len(toks) < 3 or not (prev == "of" or prev == "the" and span.prev_prev.lower() == "of"
                                 or span.prev_word in OFFICES_OF):  # (the office split off)
            return 0
        first, second = toks[0], toks[1]
        if first in LEGISLATURES or first not in self.lex.given and \
                first not in TITLE_HEADS and not is_demonym(self.lex, first.removesuffix("s")) and \
                not first.endswith(("man", "men", "woman", "women")) and \
                first not in self.lex.surnames and second in self.lex.given and \
                first.lower() not in self.lex.common and first not in self.lex.places:
            return 1
        return 0

    def _classify(self, span: Span) -> None:
        """Type one span: split off titles, then person, place, organisation or defer."""
        if cited_author(span, self.lex):
            return  # "(Nicholson, 2013)", "Gao and Zhang (2019)": a reference, no mention
        if (k := self._romance_and(span)) is not None:
            if k > 0:
                self._classify(_before_and(span, k))  # "Pedro Sánchez y Ana Roe": two names
                self._classify(sub_span(span, k + 1, len(span.tokens)))
            return
        if (k := self._body_before_name(span)) > 0:
            self._classify(sub_span(span, k, len(span.tokens)))  # "of Gazprom Alexei Miller"
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
        if len(span.tokens) > 1 and span.tokens[0].split("-")[0] in OFFICE_OPENERS and \
                span.tokens[-1] in ORG_HEADS:
            return  # "Kepala Dinas", "Ahli-Ahli Majlis": an office in a body, no body's name
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
        if len(span.tokens) >= 2 and self._hungarian_name(span):
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
            span.tokens[0] not in STREET_PREFIXES and not _royal_work(span.tokens) else None
        # ("Jalan Datuk Onn Jaafar", "King Talal Dam": named after someone)
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
        if not span.bound and self._state_name(span, k):
            return
        if head in ORG_HEADS and not span.bound:
            if name not in GENERIC_ORGS and not name_goes_on(span) and \
                    not self._list_goes_on(span):
                self._add(ORG, written, written)
        elif head in OF_PLACE_HEADS and not span.bound:
            self._of_place(span, name)
        elif not span.bound:
            self._name_of_place(left, right)

    def _state_name(self, span: Span, k: int) -> bool:
        """ "Federal Republic of Yugoslavia", "Union of Myanmar": a state's official name the
        gazetteer does not list, whose heads are state words and whose tail is a listed country,
        is that country. A lone "Republic" is left alone ("Republic of China" is Taiwan)."""
        heads, tail = span.tokens[:k], " ".join(span.tokens[k:])
        place = self.lex.places.get(tail)
        if not (place and place.name in country_names() and
                all(h in STATE_WORDS for h in heads)) or tuple(heads) == ("Republic",) or \
                self._listed_state(span, k):
            return False
        written = " ".join(heads) + of_joint(span, k) + " ".join(span.surfaces[k:])
        self._add(PLACE, place.name, written)
        return True

    def _listed_state(self, span: Span, k: int) -> bool:
        """Whether the gazetteer lists the of-name, also with "the" ("Democratic Republic of
        Congo" is "Democratic Republic of the Congo", another country than the Congo)."""
        heads, tail = " ".join(span.tokens[:k]), " ".join(span.tokens[k:])
        return any(f"{heads}{joint}{tail}" in self.lex.places for joint in (" of ", " of the "))

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
        given_name_forms(self.mentions, persons)
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
        mentions = no_office_tails(no_unlisted_eponyms(mentions, self.lex), self.lex)
        if self.firm_prone:
            mentions = no_firm_works(mentions, self.firm_prone)
        return group_mentions(unclear_bodies(mentions), persons)

    def _romance_and(self, span: Span) -> int | None:
        """Where the Romance "and" parts two names in a run ("Pedro Sánchez y Ana Roe Lund"),
        unless the run is one body's or place's name ("Ministerio de Cultura y Turismo"); -1 when
        it is a place the gazetteer writes with "and" (added here: "Trinidad y Tobago")."""
        toks = span.tokens
        if ROMANCE_AND.isdisjoint(toks[1:-1]):
            return None  # (most spans: no "y" inside; k would be None)
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
        if at is None or span.tokens[at] in self.lex.given and not _council_of(span.tokens[at:],
                                                                             self.lex.given) or \
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


def _royal_work(tokens: tuple[str, ...]) -> bool:
    """Whether a run names a work after a royal ("the King Talal Dam", "Queen Rania Way")."""
    return len(tokens) > 2 and tokens[0] in ROYAL_TITLES and tokens[-1] in WORK_SUFFIXES


def _before_and(span: Span, k: int) -> Span:
    """The names before the "and" at token k, ending where they end (a list read on from them
    finds its next item: "tra Imola e Faenza")."""
    left = sub_span(span, 0, k)
    end = span.starts[k - 1] + len(span.surfaces[k - 1])
    rest = " ".join(span.surfaces[k:])
    return replace(left, end=end, next_text=f" {rest}{span.next_text}")


def _council_of(words: Sequence[str], given: frozenset[str]) -> bool:
    """A Slavic body's noun that is a given name too, before a word in the genitive that is
    none ("Rada Dzielnicy Brzeźno", "Rada Miasta"; not "Rada Nowak")."""
    return len(words) > 1 and words[0] in SLAVIC_BODY_GIVEN and words[1] not in given and \
        words[1].endswith(GENITIVE_ENDS)
