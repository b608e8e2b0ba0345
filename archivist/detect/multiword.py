"""Multi-word span rules of DocReader: a run of several capitalised words as a person, a
place or a body by its words and context (given names, place heads, localities,
eponyms, settlements)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .candidate import ORG, PLACE
from .cues import after_cue, role_cue, title_run
from .lexicon import (COMPANY_NOUNS, FUNCTION_CAPS, KUNYA_WORDS, MONTHS_DAYS, OPENER_WORDS,
                      ORG_HEADS, ROLE_NOUNS, SETTLEMENT_NOUNS, STREET_WORDS, TITLE_HEADS,
                      TITLE_WORDS)
from .nonentity import SHIP_PREFIXES
from .places import DWELLER_NOUNS
from .romance_names import EPONYM_OPENERS
from .spans import Span, sub_span
from .state import ReaderState
from .unlisted import (CUE_WORDS, FEATURE_NOUN_RE, FRENCH_OF, LOCATIVE_VERB_RE, PLACE_CLAUSE_RE,
                       PLACE_PREPS, REGION_WORD_RE, VENUE_SUFFIXES)


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

# Last words of streets and parks that are common surnames ("Lane", not "Bridge": "Trent Bridge"
# is a ground in a results line).
SURNAME_SUFFIXES = frozenset("Lane Park".split())

ROLE_ENDINGS = ("ian", "ist", "ians", "ists")  # "Calypsonian", "Saxophonist": occupations


# Head words that come before the name they head, as Romance languages write them: a person's
# name after one names the body, the venue or the street ("Universidad Autónoma Tomás Frías",
# "Estadio Alberto J. Armando", "Avenida Jorge Chávez"), not the person.
HEAD_FIRST_ORG = frozenset("Universidad Université Universidade Università Instituto Institut "
                           "Colegio Escuela Escola École Liceo Lycée Fundación Fundação Fondation "
                           "Hôpital Ospedale Clínica Museo Museu Musée Teatro Théâtre "
                           # a cultural centre, a builder, a library ("Centro Cultural Nelson
                           # Mandela", "Construtora Ernesto Woebcke", "Biblioteca Mário de Andrade")
                           "Centro Construtora Constructora Biblioteca Hospital".split())

HEAD_FIRST_PLACE = frozenset("Aeropuerto Aeroporto Aéroport Estadio Estádio Stade Stadio Avenida "
                             "Rue Calle Rua Praça Piazza Viale Paseo Parque Parc Puente Ponte Pont "
                             "Plaza Plaça Largo Vila Villa Barrio Colonia "
                             # walks, roads, halls and markets ("Andador Macedonio Alcalá",
                             # "Rodovia Luiz Rosso", "Plenário Dr. Raimundo Albergaria")
                             "Andador Alameda Travessa Estrada Rodovia Viaduto Ginásio Arena "
                             "Mercado Plenário Auditório Auditorio Salão Salón "
                             # lakes, hills, islands, beaches, bays ("Lago Peñuelas", "Cerro Ana")
                             "Lago Laguna Lagoa Cerro Morro Volcán Isla Ilha Playa Praia Bahía "
                             "Baía".split())

ROLE_MIN_LEN = 8  # shorter ones are given names as often ("Tatian", "Florian")

# Generic words of places that are also given names, opening a place's name ("Glen Eden", "Val
# Caron"), and locality words no given name ends ("Lossie Wynd", "Anna Nagar", "Bowen Downs",
# "Clark Fork", "Cameron Parish"): where a place's preposition comes before and nothing a
# person's name takes after, the name is a place's.
GIVEN_PLACE_HEADS = frozenset(("Glen", "Val"))

LOCALITY_TAILS = frozenset("Wynd Nagar Downs Fork Parish Colony Puram".split())

# Prepositions of a place that a person's name seldom follows ("talked to Glen", "a gift from Val"
# are a person's).
PLACE_ONLY_PREPS = frozenset("in near outside around across throughout inside into along "
                             "towards toward beyond through".split())

STREET_SIDES = frozenset(("North", "South", "East", "West"))  # a street's part ("… Street North")

# An area's noun right before its name, after an article or a qualifier: "the town Tal Afar",
# "the harbour district Oude Binnenstad" (not "district commissioner Jane Roe": a role's words).
AREA_NOUNS = frozenset("town village hamlet suburb district neighbourhood neighborhood quarter "
                       "borough municipality commune township".split())

AREA_OPENERS = frozenset("the a an harbour old historic northern southern eastern western central "
                         "coastal mountain border fishing market rural".split())

DETERMINERS = frozenset("a an the his her their its my our your this that".split())

# Articles that open the names of places and bodies, not of people ("Te Tai Tokerau", Māori;
# "La Défense", "Il Foglio", "Het Parool").
NAME_ARTICLES = frozenset("Te La Los Las Les Il Lo Het".split())

INITIALS_AFTER_RE = re.compile(r"\s*\(([A-Z]{3,6})\)")


def _spelt_initials(span: Span) -> tuple[str, ...]:
    """The name (less a leading "The") of three or more words the bracket after it abbreviates
    ("Chama Cha Mapinduzi (CCM)"); empty if the bracket holds no such initials."""
    m = INITIALS_AFTER_RE.match(span.next_text)
    if m is None:
        return ()
    toks = span.tokens[1:] if span.tokens[0] in FUNCTION_CAPS else span.tokens
    words = [t for t in toks if t[:1].isupper() and t not in FUNCTION_CAPS]
    return tuple(toks) if len(words) >= 3 and "".join(t[0] for t in words) == m[1] else ()



class MultiWordRules(ReaderState):
    """Rules for spans of several words no title opens (mixed into DocReader)."""

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
        if (valley := _valley(span.tokens)) is not None:
            self._add(PLACE, valley, valley)  # "Val d'Anniviers", "Val di Fiemme": no "Val" a
            return  # person's given name before a particle
        if tuple(span.tokens[-2:]) in (("Red", "Cross"), ("Red", "Crescent")) and not span.bound:
            self._add(ORG, name, name)  # every country's society ("North Korean Red Cross"), no
            return  # person "Red Cross" after a demonym
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
        if self._headed_site(span):
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
                    not plural and not (self._germanic_prose() and
                                        span.tokens[0] not in self.lex.given):
                self._person(span)  # (German writes nouns with capitals: "Gefälschtes
                return  # Kürbiskernöl:" is no one; a role's cue wants a given name there)
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


VALLEY_WORDS = frozenset("Val Valle Vall Vallée".split())
VALLEY_PARTICLES = frozenset("de di del della dei degli des du da dal".split())


def _valley(tokens: tuple[str, ...]) -> str | None:
    """A Romance valley's name: "Val", then "de", "di" or an elided "d'" ("Val de Bagnes", "Le
    Val d'Anniviers"), without the article."""
    i = 1 if tokens[0] in ("Le", "La", "Il", "El", "The") else 0
    if len(tokens) < i + 2 or tokens[i] not in VALLEY_WORDS:
        return None
    after = tokens[i + 1]
    if after in VALLEY_PARTICLES or after[:2].lower() in ("d'", "d’") and len(after) > 2:
        return " ".join(tokens[i:])
    return None
