"""Place and organisation rules of DocReader: gazetteer, cues, patterns and of-names."""

from __future__ import annotations

import re

from collections.abc import Sequence
from dataclasses import replace

from .candidate import ORG, PLACE, Mention
from .cues import (ABBREVIATION_RE, COORDINATED_RE, FROM_TO_RE, NAMED_NUMBER_RE, NUMBER_AFTER_RE,
                   PLAIN_CAPS_RE, REGION_AFTER_RE, REGION_NOUN_AFTER_RE, at_workplace, locative,
                   name_goes_on, role_cue, table_heading_place)
from .french import FRENCH_APPOSITION, FRENCH_PLACE_NOUNS, FRENCH_PLACE_PREPS
from .germanic import LOCATIVES as GERMANIC_LOCATIVES
from .romance import LIST_GAP_RE as ROMANCE_LIST_GAP_RE
from .romance import (APPOSITION, ARTICLES, CONJUNCTIONS, ITALIAN_ARTICLED, NOT_PLACE_BEFORE_OF,
                      OF_WORDS, PERSON_PREPS, PLACE_PREPS,
                      PLACE_NOUNS as ROMANCE_PLACE_NOUNS)
from .lexicon import (AND_OPENERS, CONTACT_HEADS, FACILITY_SUFFIXES, FUNCTION_CAPS, GENERIC_ORGS,
                      HILL_WORDS, MONTHS_DAYS,
                      LEGAL_FORMS, ORG_HEADS, PLACE_NOUNS, PLACE_PREFIXES, PLACE_SUFFIXES,
                      ROLE_NOUNS, ROMANCE_PLACE_PREFIXES, STREET_PREFIXES, TITLE_WORDS,
                      PERSON_SHAPED_RE,
                      Place, is_demonym, minor_places, subdivisions, us_states)
from .nonentity import after_ordinal, names_disease
from .placelists import postal_codes
from .spans import Span, caps_display, of_joint, sub_span
from .state import ReaderState
from .unlisted import (FRENCH_OF, LAND_NAMED_RE, NOT_PLACE_BEFORE_AT, NOT_PLACE_BEFORE_IN,
                       PLACE_CLAUSE_RE, hometown_noun, seat_cue, the_feature)

# "Residents of X", "Village of X": X is a place, even one no gazetteer lists.
DWELLER_NOUNS = frozenset("city town village hamlet suburb resident residents native natives "
                          "township neighbourhood neighborhood".split())


COUNTRY_IN_BRACKETS_RE = re.compile(r" \(([A-Z][\w.'’ -]{1,30})\)")
QUOTED_THING_RE = re.compile(r"[\"”] (?:farm|ranch|estate|plantation|operation|hotel|restaurant|"
                             r"ship|vessel|project|programme|program|plan)\b")
POSSESSIVE_DETERMINERS = frozenset("my your his her its our their".split())
SAINT_WORDS = frozenset("St St. Saint San Santa Sainte Sant".split())
ROAD_PREPS_RE = re.compile(r"along|on|onto|off|via|near|of")  # before "U.S. 290", a road
ROAD_NUMBER_AFTER_RE = re.compile(r" (?:(?:Highway|Route) )?\d{1,3}[A-Z]?(?![\w%-]|\.\d)")
EPITHET_AFTER_RE = re.compile(r" the [A-Z]")  # "St. John the Baptist", "St. Albert the Great"
OWNER_OF_BODY_RE = re.compile(r"['’]s? ([A-Z][a-z]+)")  # "…' Hospital"
# between two items of a list (French "et", "ou" too: "à Brest, Morlaix et Quimperlé"; Spanish,
# Portuguese, Italian, Catalan "y", "e", "i", "o": "Italia, Portugal y Francia")
LIST_WORDS = ("and", "or", "et", "ou", *CONJUNCTIONS)
_LIST_WORD = "|".join(LIST_WORDS)
LIST_GAP_RE = re.compile(rf",\s*|,? (?:{_LIST_WORD}) ")
LIST_GOES_ON_RE = re.compile(rf"(?:,\s*|,? (?:{_LIST_WORD}) )[A-Z]")
AND_PLACE_AFTER_RE = re.compile(rf",? (?:{_LIST_WORD}) ([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)"
                                r"(?![\w'’-])")
# The rest of a list after its first name: ", Kampot and Takeo", ", Kampot, Kep or Takeo".
PLACE_LIST_RE = re.compile(rf"((?:, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)+),? (?:{_LIST_WORD}) "
                           r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?)(?![\w'’-])")
ITEM_RE = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?")
# French lists repeat the preposition: "de Ouidah, de Sakété et d'Adjohoun" (french.unelided).
FRENCH_LIST_GAP_RE = re.compile(r",\s*(?:de|d|à) |,? (?:et|ou) (?:de|d|à) ")
# after a list's place: the next
TAIL_GAP_RE = re.compile(rf",\s{{0,2}}(?:(?:de|d|à) )?|,? (?:{_LIST_WORD}) (?:(?:de|d|à) )?| to ")
LIST_LAST_RE = re.compile(r"\s*(?:$|[.;:)])")
ADJECTIVE_ENDINGS = ("an", "ish", "ese", "ic", "ean")  # "the Irish coast": no place's name
# Any of the Romance languages' locatives (_romance_locative reads the text's language past them).
ANY_PLACE_PREP = frozenset().union(*PLACE_PREPS.values())
ANY_GERMANIC_LOCATIVE = frozenset().union(*GERMANIC_LOCATIVES.values())
AT_NAME_RE = re.compile(r" at [A-Z]")
WITH_REGION_RE = re.compile(r", ([A-Z][\w.]*(?: [A-Z][\w.]*)?)")  # "Monterey, California"
NOT_PLACE_BEFORE = NOT_PLACE_BEFORE_IN | NOT_PLACE_BEFORE_AT
# Prepositions that also come before a firm's or a language's name ("in Java", "from Amazon").
FIRM_PREPS = frozenset("in at from into inside with by for via".split())
# Heads of an of-name that is a book's or film's title when only words follow ("The City of
# Dogs", "Kingdom of Heaven"); a sea or a bay of plain words is still a place ("Bay of Pigs").
STATE_HEADS = frozenset("City Kingdom Republic Empire".split())
# Last words of a dam's, a path's or a promenade's name, some word of which must be no English
# word ("Pennine Way"; not "the Third Way").
WORK_SUFFIXES = frozenset(("Dam", "Way", "Promenade"))
SIDE_ADJECTIVES = frozenset("northern southern eastern western central northeastern northwestern "
                            "southeastern southwestern north-eastern north-western south-eastern "
                            "south-western neighbouring neighboring".split())
ROYAL_TITLES = frozenset("Prince Princess King Queen".split())  # "Prince Edward Island"
# After a town read by its country's context: the clause ends or goes on with a preposition or a
# conjunction (not a verb: "Nokia said", a firm's)
CONTEXT_CLAUSE_RE = re.compile(r"\s*(?:$|[.,;:)]| (?:in|on|at|near|and|or|to|from|where|with)\b)")
STATE_AFTER_RE = re.compile(r" state\b")  # after a province's name ("Zulia state")
# A place's services, officials and people after its name ("Queensland ambulances").
PUBLIC_AFTER_RE = re.compile(r" (?:police|ambulances?|paramedics|firefighters|residents|voters|"
                             r"officials|authorities|hospitals|councillors|councilors|lawmakers|"
                             r"legislators|governor|mayor|MLA|MP|MPs|farmers|scientists)\b")
GOVERNMENT_AFTER_RE = re.compile(r" (?:state |provincial |regional )?government\b")
# After a dateline's region: a dash, or a comma and a date ("Bridgetown, Barbados — …").
DATED_AFTER_RE = re.compile(r"\s*(?:[-–—]+\s|,\s+(?:\d|[A-Z][a-z]+\.? \d))")
ONE_REGION_RE = re.compile(r" (?:region|province|oblast|governorate|krai|district|prefecture)\b")


def region_noun(tail: str) -> str:
    """The singular region noun that ends a list ("… and Smolensk regions" → "region")."""
    noun = tail.rsplit(" ", 1)[-1].lower()
    return noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")


def firm_stem(tokens: Sequence[str]) -> Sequence[str]:
    """A company's name without the legal forms that end it ("Acme Co Ltd": "Acme")."""
    k = len(tokens)
    while k > 1 and (tokens[k - 1] in LEGAL_FORMS or tokens[k - 1] in ("&", "and")):
        k -= 1
    return tokens[:k]


# A country's bodies named after who leads them at the time ("the Clinton Administration").
ATTRIBUTIVE_HEADS = frozenset("Congress Administration Government Cabinet".split())
US_PARTIES = frozenset("Republican Democratic Democrat".split())


# Compass words opening a region's name before a listed place ("South China", "North Wales").
COMPASS_OPENERS = frozenset("North South East West Northern Southern Eastern Western Central "
                             "Upper Lower".split())

class PlaceRules(ReaderState):
    """Whether a span names a place or an organisation (mixed into DocReader)."""

    def _dateline(self, surface: str, vouched: bool | None) -> None:
        """A capitals place at a line start before a date or source ("MOSCOW 1996-08-30"); an
        unknown one when a known country or state follows ("JYVASKYLA, Finland 1996-08-24")."""
        if vouched is None:  # a road by its number ("the A149"), a place by its company
            listed = self.lex.places.get(surface) or self._local_country(surface)  # ("Perú")
            self._add(PLACE, listed.name if listed else postal_codes().get(surface, surface),
                      surface)
            return
        if surface.endswith(" Pref.") and (pref := self.lex.places.get(surface[:-6])):
            self._add(PLACE, pref.name, surface)  # "Hyogo Pref.": Japan's press writes it so
            return
        if surface in postal_codes():  # "LONGREACH, Qld —": the dateline's state
            self._add(PLACE, postal_codes()[surface], surface)
            return
        place = self.lex.places.get(caps_display(surface)) or \
            self.lex.places.get(surface.title()) or self.lex.places.get(surface)
        if surface + "." in self.lex.places:  # "ALLENTOWN, Pa.": the state, not a town "Pa"
            surface += "."
            place = self.lex.places[surface]
        city = caps_display(surface[:-5]) if surface.endswith(" CITY") else ""
        if place and not self._stopped(surface):
            self.mentions.append(Mention(PLACE, place.name, surface))
            self.dated.add(place.name)
        elif caps_display(surface) in minor_places():  # "CAERNARFON — …": a small town
            self._add(PLACE, caps_display(surface), surface)
        elif vouched and PLAIN_CAPS_RE.match(surface) or city in self.lex.places:
            self._add(PLACE, caps_display(surface), surface)  # "ILOILO CITY —": Iloilo's city

    def _of_place(self, span: Span, name: str) -> None:
        """ "Republic of Korea": a place, under its gazetteer name when it has one."""
        prev = span.prev_word.replace("’", "'")
        owner = prev + " " if prev[:1].isupper() and prev.endswith(("'s", "s'")) else ""
        if owner in ("People's ", "Peoples' "):  # the official name spells it one way
            owner = "People's "
        toks, k = span.tokens, span.of_split
        if toks[-1].endswith(".") and toks[-1][:-1].isalpha():  # "the Isle of Man." ("Man."
            toks = (*toks[:-1], toks[-1][:-1])  # is also Manitoba's abbreviation)
        joint = of_joint(span, k)  # "Republic of the Congo" is written, and listed, with "the"
        for end in range(len(toks), k, -1):
            name = " ".join(toks[:k]) + joint + " ".join(toks[k:end])
            place = self.lex.places.get(owner + name) or \
                self.lex.places.get(owner + name.replace(" of the ", " of ", 1)) or \
                self.lex.places.get(owner + name.replace(" of ", " of the ", 1))
            if place:  # "People's Republic of China" is China, not "Republic of China"
                self._add(PLACE, place.name, (span.prev_word + " " if owner else "") + name)
                if end < len(toks):
                    self._classify_plain(sub_span(span, end, len(toks)))
                return
        if not owner and not (toks[k - 1] in STATE_HEADS and
                              all(t.lower() in self.lex.common for t in toks[k:])):
            name = " ".join(toks[:k]) + joint + " ".join(toks[k:])  # not "The City of Dogs"
            self._add(PLACE, name, name)

    def _name_of_place(self, left: Span, right: Span) -> None:
        """ "Thomas Muster of Austria": a name, then a country; "Port of Spain": a listed place;
        "Residents of Soweto": a plain word, then a strong place; anything else gives nothing."""
        whole = self.lex.places.get(f"{' '.join(left.tokens)} of {' '.join(right.tokens)}")
        if whole:
            self._add(PLACE, whole.name, f"{' '.join(left.tokens)} of {' '.join(right.tokens)}")
            return
        if left.tokens in BUILDING_OF_HEADS and len(right.tokens) <= 3 and not right.bound and \
                not right.tabular and right.surfaces[-1] == right.tokens[-1] and \
                not (left.initial and right.next_text.startswith(" said")):
            name = f"{left.tokens[0]} of {' '.join(right.tokens)}"
            self._add(PLACE, name, name)  # "the Temple of Khnum", "the Palace of Justice"
            return
        place = self.lex.places.get(" ".join(right.tokens))
        self._kin_home(left, right, place)
        if place and self._plain_of_head(left.tokens):
            self.cued_places.add(place.name)  # "Residents of Clifton": a place noun cues it
            self._place(right, place)
            self.cue_tail = (right.end, right.next_text)  # "… of Clifton, Cotham and …"
            return
        if place is None and len(left.tokens) == 1 and left.tokens[0].lower() in DWELLER_NOUNS \
                and self._unlisted_place(right):
            return  # "Residents of Velmora Heights"
        if not (place and place.major):
            if len(left.tokens) > 1 and (
                    right.tokens[-1] in ORG_HEADS and right.tokens[-1] not in LEGAL_FORMS or
                    left.initial and left.tokens[0].lower() in ROLE_NOUNS):
                # "Det Insp Ada Obi of South Wales Police", "Economist Ada Obi of Acme
                # Consulting": a person's name, then her body's
                self._classify(left)
                if right.tokens[-1] in ORG_HEADS:  # else a body unknown, its words no places
                    right.initial = False
                    self._classify(right)
                return
            self._name_of_body(left, right, place)
            return
        start = self._person_start(left) if len(left.tokens) > 1 else None
        start = start if start is not None else next(
            (i for i in range(len(left.tokens) - 1) if self._plain_name(left.tokens[i:])), None)
        if start is not None:
            self._person(sub_span(left, start, len(left.tokens)))
        elif len(left.tokens) == 1 and left.tokens[0].lower() not in self.lex.common:
            self.singles.append(left)
        elif not self._unknown_name_before_of(left):
            return
        self._place(right, place)

    def _kin_home(self, left: Span, right: Span, place: Place | None) -> None:
        """ "sister Ann Roe of Tarnby.", "a daughter, Ann Roe of Hazard;", "Neighbor Tom Lee of
        Quorbala objected": a kinsman or neighbour named, then "of" and a name ending the item,
        is where that person lives (an obituary's survivors, a hearing's neighbours), though
        the name is a word or a person's too."""
        toks = right.tokens
        kin = left.prev_word.lower() if left.prev_word else \
            left.prev_prev.lower().removesuffix(",")
        if not (kin in KIN_WORDS and left.prev_word[:1].islower() or
                not left.prev_word and kin in KIN_WORDS or
                len(left.tokens) > 2 and left.tokens[0] in NEIGHBOUR_WORDS) or \
                len(toks) > 2 or right.bound or right.tabular or \
                not (HOME_TOWN_END_RE.match(right.next_text) or
                     PAST_VERB_RE.match(right.next_text)) or any(
                    t in ORG_HEADS or t in TITLE_WORDS or t in MONTHS_DAYS or
                    not t[:1].isupper() or is_demonym(self.lex, t) or
                    self._known_person_token(t) for t in toks):
            return
        name = " ".join(toks)
        self._add(PLACE, place.name if place else name, name)

    def _unknown_name_before_of(self, left: Span) -> bool:
        """ "against Yayuk Basuki of Indonesia", "Tarnby Rovers of Quorland": a name of two or three
        words no rule types before "of" and a country or state; whoever or whatever it names
        comes from that place (not a body's, a title's or a work's words: "Bank of France")."""
        toks = left.tokens
        return 2 <= len(toks) <= 3 and not left.bound and not left.tabular and all(
            t[:1].isupper() and t.lower() not in self.lex.common and t not in ORG_HEADS and
            t not in TITLE_WORDS and t not in self.lex.places and t not in MONTHS_DAYS and
            not is_demonym(self.lex, t) for t in toks)

    def _name_of_body(self, left: Span, right: Span, place: Place | None) -> None:
        """ "said Jane Roe of Acme Partners", "Jane Roe of Denver": a full name before "of" and
        a body or town is a person's; any other name there leaves its last word unclear (a lone
        "Roe" later in the text is not linked to some other Roe of the corpus)."""
        start = self._person_start(left) if len(left.tokens) > 1 else None
        firm = start is None and len(left.tokens) > 1 and left.tokens[-1] in ORG_HEADS
        if start is None and not firm:
            if len(left.tokens) > 1:
                self.unresolved_last.add(left.tokens[-1])
            return
        if firm:  # "Sletten Construction of Gillette": a firm, then its town
            self._classify_plain(left)
        else:
            if start:
                self._classify_plain(sub_span(left, 0, start))
            self._person(sub_span(left, start, len(left.tokens)))
        home = self._home_town(right, place)
        if home and place is not None:
            self.cued_places.add(place.name)
        if place is not None:
            self._place(right, place)
        elif home:
            self._add(PLACE, " ".join(right.tokens), " ".join(right.tokens))

    def _home_town(self, right: Span, place: Place | None) -> bool:
        """Whether the name after a person's or firm's "of" is a town ("Russell Poindexter of
        Batesville asked …", "Sletten Construction of Gillette."): a small or weak listed town
        that is no word, given name or surname, ending the name."""
        name = " ".join(right.tokens)
        if len(right.tokens) > 2 or right.bound or right.tabular or \
                not (place is not None and not place.major or name in minor_places()) or \
                name.lower() in self.lex.common or not HOME_TOWN_END_RE.match(right.next_text):
            return False
        # a person's name is no town unless its state or country follows ("… of Austin, Texas")
        return name not in self.lex.given and name not in self.lex.surnames or \
            self._region_follows(right)

    def _region_follows(self, span: Span) -> bool:
        """Whether a US state or a country follows the name and a comma ("Austin, Texas")."""
        m = WITH_REGION_RE.match(span.next_text)
        region = m and (self.lex.places.get(m[1]) or self.lex.places.get(m[1].rstrip(".")))
        return bool(region) and (region.major or region.name in us_states())

    def _corpus_person(self, tokens: Sequence[str]) -> bool:
        """Whether other documents name a person so ("Glenallen Hill" typed by a cue there)."""
        self.asked.add(tokens[-1])
        return self.ev is not None and " ".join(tokens) in self.ev.full_names

    def _plain_of_head(self, tokens: Sequence[str]) -> bool:
        """A place noun before "of" ("Residents of Soweto", "Mayor of Bristol"): the name after it
        is a place; not after other words ("Tour of Switzerland", "Life of Georgia")."""
        return len(tokens) == 1 and tokens[0].lower() in PLACE_NOUNS

    def _place_prefix(self, tokens: Sequence[str]) -> bool:
        """Whether the first two or three tokens name a place ("United States", "New York"), or
        a compass word opens a listed place's name ("South China Morning Post")."""
        return any(" ".join(tokens[:k]) in self.lex.places for k in (2, 3)) or \
            len(tokens) > 2 and tokens[0] in COMPASS_OPENERS and tokens[1] in self.lex.places

    def _leading_place(self, tokens: Sequence[str]) -> int:
        """How many leading tokens name a country-level place (0 if none)."""
        for k in (3, 2, 1):
            place = self.lex.places.get(" ".join(tokens[:k]))
            if place and place.major:
                return k
        return 0

    def _place_prefix_mention(self, span: Span) -> bool:
        """A country-level place heading a span of plain words ("U.S. Treasuries")."""
        for k in (3, 2, 1):
            place = self.lex.places.get(" ".join(span.tokens[:k]))
            rest = span.tokens[k:]
            if place and place.major and rest and rest[0].lower() in self.lex.common:
                self._place(sub_span(span, 0, k), place)
                return True
        return False

    def _place(self, span: Span, place: Place) -> None:
        """Record a place mention when the gazetteer entry is strong or a locative cue backs it."""
        name = " ".join(span.tokens)
        cued = locative(span) and not at_workplace(span) and not (
            span.prev_word.lower() == "the" and name.lower() in self.lex.common)  # "in the
        # Commonwealth" is a body; "in the Red Sea" a place
        based = span.next_text.startswith(("-based", "-born"))  # "Riyadh-based STV"
        # "the coast of western Guangdong", "in Valencia and neighbouring Murcia": a part or a
        # neighbour of a listed place, whatever opens the phrase
        side = span.prev_word in SIDE_ADJECTIVES and not span.tabular and \
            PLACE_CLAUSE_RE.match(span.next_text) is not None  # (not "the central Devon group")
        if span.bound or span.next_text[:1] in ("$", "-") and not based or \
                span.next_text[:2] == ".-" or (
                span.tabular and not place.major and not table_heading_place(span)):
            return  # a table row's teams; "US$"; "U.S.-led" qualifies, it names no place
        if span.prev_word.lower() == "the" and name not in self.lex.features and \
                span.surfaces[-1] == span.tokens[-1] and (m := LAND_NAMED_RE.match(span.next_text)):
            self._add(PLACE, name + m[0], name + m[0])  # "the Niger river", "the Alborz
            return  # mountains": a landform named like a country or a province, not it
        if span.prev_word.lower() in POSSESSIVE_DETERMINERS and not place.major and \
                span.surfaces[-1].endswith(("'s", "’s")):
            return  # "her Honda's windshield": a thing someone owns, no town ("its Chihuahua,
            # Mexico, plant" is one)
        if span.surfaces[-1] in ("U.S.", "US") and ROAD_PREPS_RE.fullmatch(span.prev_word) and \
                ROAD_NUMBER_AFTER_RE.match(span.next_text):
            return  # "along U.S. 290": a highway's name (detector.US_ROAD_RE), no country
        if span.tokens[0] in SAINT_WORDS and EPITHET_AFTER_RE.match(span.next_text):
            return  # "St. Albert the Great Parish": a church named after the saint
        if QUOTED_THING_RE.match(span.next_text) or names_disease(span) or self._feast(span) \
                or self._italian_club(span, place):
            return  # the "Altamira" farm, the "Sudan virus": a thing named after the place;
            # "la fiesta de San Juan": the saint's day
        m = OWNER_OF_BODY_RE.match(span.next_text)
        if m and m[1] in ORG_HEADS:
            return  # "St Thomas' Hospital", "Guy's Hospital": a body's name, not the place
        region = REGION_AFTER_RE.match(span.next_text) if not place.major and \
            not span.surfaces[-1].endswith(("'s", "’s")) else None  # "Kerala's Wayanad district"
        if region and name in self.lex.city_names:
            # "the Pskov and Smolensk regions" name regions, not the cities; one region named
            # so ("in Tabuk province") is a place of its own, under its name and noun, and so
            # is each of a list's ("the Pskov region", written "Pskov")
            one = ONE_REGION_RE.match(span.next_text)
            if one and not span.bound and not span.tabular:
                self._add(PLACE, name + one[0], name + one[0])
            elif not span.bound and not span.tabular and span.surfaces[-1] == span.tokens[-1]:
                self._add(PLACE, f"{name} {region_noun(region[0])}", name)
            return
        cued = cued or bool(region) or the_feature(span) and name.lower() not in self.lex.common \
            and name not in self.lex.given and name not in self.lex.surnames or \
            STATE_AFTER_RE.match(span.next_text) is not None and name in subdivisions() or (
            # "most of Zulia state"; "Hatay province": a region listed as one, not a city
            REGION_NOUN_AFTER_RE.match(span.next_text) is not None and not span.initial and
            not self._adjective_shaped(name))  # "the Easton ward", "the Sausalito area"
        if not place.major and not cued and AT_NAME_RE.match(span.next_text):
            return  # "Matsumoto at Mizuho said": a person (or a team) at a body or ground
        if not place.strong and NUMBER_AFTER_RE.match(span.next_text) or \
                not place.major and NAMED_NUMBER_RE.match(span.next_text):
            return  # "Mach 20", "Boeing 747", the channel "Rustavi 2"
        if not place.strong and name.lower() in self.lex.common and \
                COORDINATED_RE.match(span.next_text):
            return  # "Central and South America"
        if self._dated_region(span):
            self.dated.add(place.name)  # "Bridgetown, Barbados —": no firm's short name here
        # "the Sindh government", "the Maharashtra state government": a state's or a
        # province's name before its government's noun
        cued = cued or span.prev_word.lower() == "the" and GOVERNMENT_AFTER_RE.match(
            span.next_text) is not None and (name in subdivisions() or
                                             name not in self.lex.city_names)
        cued = cued or based or side or self._listed_after_cue(span) or \
            self._public_of(span, name) or \
            self._hometown_of(span, name) or \
            not span.prev_word and _after_venue(span) or \
            name in self.lex.features and self._feature_cue(span, name) or \
            not span.prev_word and self._region_of_town(span, place) or \
            self._before_strong_place(span) or self._heads_place_list(span) or \
            len(span.tokens) > 1 and span.tokens[-1] in PLACE_SUFFIXES or \
            self._french_locative(span) or self._romance_locative(span) or \
            self._germanic_locative(span)  # "across the Red
        # Sea", "à Morlaix", "en Sevilla"
        if cued and not place.strong and name in self.lex.features and (
                span.prev_prev.lower() in NOT_PLACE_BEFORE or name in self.lex.firm_features and
                span.prev_word.lower() in FIRM_PREPS and not self._feature_cue(span, name) and
                not self._listed_after_cue(span) and
                not (span.prev_word == "from" and FROM_TO_RE.match(span.next_text))):
            return  # "shares in Amazon", "written in Java", "a loan from Amazon": a firm's name
        if self.late and not place.major and not cued and any(
                m.type == PLACE and m.surface == f"{name} City" for m in self.mentions):
            return  # "Toyota" beside "Toyota City": the firm the city is named after
        if not (place.strong or cued or place.name in self.cued_places) and self.late and \
                self._country_context(span, name, place):
            self._add(PLACE, self._own_city(name, place, span), name)
            return
        # a possessive is a weaker cue: a firm named after the town may own things too
        # ("Arequipa's assets" beside "Arequipa Resources Ltd", dropped then by no_firm_towns)
        owned = not cued and self._possessor(span, name)
        if not (place.strong or cued or owned or place.name in self.cued_places or
                self.late) and \
                len(span.tokens) > 1 and (span.prev_word in ("and", "or") or
                                          span.prev_prev.endswith(",")):
            # "from Rajasthan, Punjab and Tamil Nadu": the one-word places before it are read
            # last; read it again after them, on their list
            self.late_places.append((span, place))
            return
        if place.strong or cued or owned or place.name in self.cued_places:
            if cued:
                self.cued_places.add(place.name)
            if cued or place.strong and not span.initial:
                # a listed place opens a list as a locative does: "to Hamburg, Bremerhaven and
                # Wilhelmshaven", "Leominster and Ludlow" (not a line's first word: a headline's)
                self.cue_tail = (span.end, span.next_text)
                if locative(span):
                    self.located.add(self.cue_tail)
                self.note_route(span)
            self._add(PLACE, self._own_city(name, place, span), name)

    def _french_locative(self, span: Span) -> bool:
        """ "à Morlaix", "en Guinée", "aux Comores", "près de Blagnac", "la commune de Toga", "la
        région Occitanie": a listed name after a French locative or place noun, in a text
        written in French."""
        prev = span.prev_word.lower()
        name = " ".join(span.tokens)
        if prev not in FRENCH_PLACE_PREPS and span.prev_word not in FRENCH_APPOSITION and not (
                prev in FRENCH_OF and (span.prev_prev in FRENCH_PLACE_NOUNS or
                                       not self._name_or_word(name))):
            return False
        return not span.initial and self._french_prose()

    def _romance_locative(self, span: Span) -> bool:
        """ "en Sevilla", "em Felgueiras", "a Bologna", "en la Costa", "la provincia de Anta", "el
        cantón Vinces": a listed name after a locative or a place's noun of the language the
        text is written in (Spanish, Portuguese, Italian, Catalan)."""
        if span.initial:
            return False
        prev, before = span.prev_word.lower(), span.prev_prev.lower()
        if not (prev in ANY_PLACE_PREP or prev in ARTICLES or prev in APPOSITION or
                prev in OF_WORDS):
            return False  # (what every language's test below needs: the text's language, read
            # from the whole text, is read only past it)
        lang = self._romance_prose()
        if not lang:
            return False
        name = " ".join(span.tokens)
        if prev in PLACE_PREPS[lang] or prev in ARTICLES and before in PLACE_PREPS[lang]:
            # "a", "tra", "entre" also come before people ("ha detto a Conte", "entre Ana y
            # Luis"); a place's name that is an English word is none here ("a Bologna")
            return prev not in PERSON_PREPS or \
                name not in self.lex.given and name not in self.lex.surnames
        return prev in APPOSITION or prev in OF_WORDS and (
            before in ROMANCE_PLACE_NOUNS or not self._name_or_word(name) and
            before not in NOT_PLACE_BEFORE_OF)

    def _germanic_locative(self, span: Span) -> bool:
        """ "in Gotha", "nach Herford", "naar Tiel": a listed name after a locative of the German
        or Dutch text it is written in."""
        prev = span.prev_word.lower()
        if span.initial or prev not in ANY_GERMANIC_LOCATIVE:
            return False
        lang = self._germanic_prose()
        return bool(lang) and prev in GERMANIC_LOCATIVES[lang]

    def _body_of_country(self, span: Span) -> bool:
        """ "Cruz Vermelha de Moçambique", "Cruz Roja de Colombia": words, then "de" and a
        country, in a Spanish, Portuguese, Italian or Catalan text: the country is a place, the
        words before it a body's name (no person's, whose surname the country's name would be
        then)."""
        toks = span.tokens
        if len(toks) < 3 or span.bound or OF_WORDS.isdisjoint(toks[1:-1]) or \
                not self._romance_prose():  # (the language read last: it reads the whole text)
            return False
        for k in range(1, len(toks) - 1):
            if toks[k] in OF_WORDS:
                tail = " ".join(toks[k + 1:])
                place = self.lex.places.get(tail) or self._local_country(tail)
                if place is not None and place.major:
                    self._place(sub_span(span, k + 1, len(toks)), place)
                    return True
        return False

    def _italian_club(self, span: Span, place: Place) -> bool:
        """ "nel Milan", "della Roma", "il Cagliari": a town's name after an Italian article or
        a preposition joined to one is its club's (towns take none in Italian), in a text
        written in Italian; regions and countries take one ("nel Lazio", "dalla Francia")."""
        name = " ".join(span.tokens)
        return span.prev_word.lower() in ITALIAN_ARTICLED and not place.major and \
            (name not in subdivisions() or name in self.lex.city_names) and \
            self._romance_prose() == "it"  # (a province is named after its town: "il Cagliari")

    def _feast(self, span: Span) -> bool:
        """ "la fiesta de San Juan", "as festas de São João", "il giorno di San Giuseppe": a
        saint's name after a feast's or a day's noun and "de", in a Spanish, Portuguese,
        Italian or Catalan text, is the saint's day, not the town named after the saint."""
        return len(span.tokens) > 1 and span.tokens[0] in SAINT_WORDS | {"São", "Santo"} and \
            span.prev_word.lower() in OF_WORDS and \
            span.prev_prev.lower() in NOT_PLACE_BEFORE_OF and bool(self._romance_prose())

    def _conjoined_places(self, span: Span) -> bool:
        """ "Portugal y Francia", "Granada y Málaga", "los distritos de Maras y Huarocondo": two
        listed places, or two names after a place's noun, joined by Spanish "y" (a particle of
        people's names too, "Ortega y Gasset") are two places, each read as a span of its own,
        in a text written in Spanish."""
        toks = span.tokens
        if "y" not in toks[1:-1] or len(toks) != len(span.starts) or \
                self._romance_prose() != "es":
            return False
        k = toks.index("y")
        left, right = " ".join(toks[:k]), " ".join(toks[k + 1:])
        prev, before = span.prev_word.lower(), span.prev_prev.lower()
        nouned = prev in APPOSITION or prev in OF_WORDS and before in ROMANCE_PLACE_NOUNS
        if not nouned and not all(self.lex.places.get(n) or self._local_country(n)
                                  for n in (left, right)):
            return False  # ("los distritos de Maras y Huarocondo": a place noun's list)
        if nouned:  # the plural noun makes both places, whatever else their words name
            if any(self._known_person_token(t) for t in toks if t != "y") or span.bound:
                return False
            for name in (left, right):
                listed = self.lex.places.get(name)
                self._add(PLACE, listed.name if listed else name, name)
            self.cue_tail = (span.end, span.next_text)  # (a list may go on)
            return True
        cut = span.starts[k - 1] + len(span.surfaces[k - 1])
        first = replace(span, tokens=toks[:k], surfaces=span.surfaces[:k], end=cut,
                        next_text=f" y {' '.join(span.surfaces[k + 1:])}{span.next_text}",
                        starts=span.starts[:k])
        second = replace(span, tokens=toks[k + 1:], surfaces=span.surfaces[k + 1:],
                         start=span.starts[k + 1], initial=False, prev_word="y",
                         prev_prev=span.surfaces[k - 1], starts=span.starts[k + 1:])
        self._classify_plain(first)
        self._classify_plain(second)
        return True

    def _name_or_word(self, name: str) -> bool:
        """Whether a listed place's name is also a person's name or a word."""
        return name in self.lex.given or name in self.lex.surnames or \
            name.lower() in self.lex.common or name in self.lex.features

    def _public_of(self, span: Span, name: str) -> bool:
        """ "Queensland ambulances spent …", "Karnataka police said": a listed name before a
        noun of the place's services, officials or people is the place, at a sentence's start
        too, when it can be no person's, word or firm's ("Amazon scientists"), nor the end of a
        longer name ("North Antrim MLA")."""
        return PUBLIC_AFTER_RE.match(span.next_text) is not None and \
            not span.prev_word[:1].isupper() and \
            span.surfaces[-1] == span.tokens[-1] and name not in self.lex.given and \
            name not in self.lex.surnames and name.lower() not in self.lex.common and \
            name not in self.lex.features

    def _unlisted_after_venue(self, span: Span) -> bool:
        """ "in Holy Cross Church, Quorbala, followed by …", "along Tarn Avenue, Velmora,": an
        unlisted name that can only be a place's, after a venue's or a street's name and a
        comma and ending the phrase, is the town or district where it stands."""
        if span.prev_word or span.bound or span.tabular or len(span.tokens) > 2 or \
                not _after_venue(span) or not self._place_shaped(span.tokens):
            return False
        name = " ".join(span.tokens)
        self._add(PLACE, name, name)
        return True

    def _hometown_of(self, span: Span, name: str) -> bool:
        """ "a Merced Democrat", "a Tarnby man who …": a listed town before a noun of someone
        living there, when it can be no person's name or plain word."""
        return (hometown_noun(span) or seat_cue(span)) and \
            span.surfaces[-1] == span.tokens[-1] and \
            name not in self.lex.given and name not in self.lex.surnames and \
            name.lower() not in self.lex.common and not is_demonym(self.lex, name)

    def _dated_region(self, span: Span) -> bool:
        """ "Bridgetown, Barbados — Tuesday": the region after the town that opens a dateline."""
        before = span.prev_prev
        return not span.prev_word and before.endswith(",") and \
            span.start == len(before) + 1 and DATED_AFTER_RE.match(span.next_text) is not None

    def _possessor(self, span: Span, name: str) -> bool:
        """A listed place's name owning what comes next ("Kilkenny's Medieval Mile", "Queensland's
        central west", "Herzegovina's villages"), when the name is no word or person's name."""
        if not span.surfaces[-1].endswith(("'s", "’s")) or name.lower() in self.lex.common:
            return False
        # a town's part after it ("Vigo's main shopping street", "Cundinamarca's current
        # governor") makes it the place's at a sentence's start and though a person's name too
        if OWNED_PART_RE.match(span.next_text) is not None:
            return not PERSON_SHAPED_RE.match(name)
        return not span.initial and POSSESSED_RE.match(span.next_text) is not None and not (
            name in self.lex.given or name in self.lex.surnames or PERSON_SHAPED_RE.match(name))

    def _country_context(self, span: Span, name: str, place: Place) -> bool:
        """A small town's name that can be nothing else after "on" or a person's "… of",
        in a text naming its country or a strong town of that country ("On Funafuti, …" beside
        "Tuvalu", "Eleri Parry, 61, of Rhyl," beside "Wales"; not a club's or a writer's)."""
        country = self.lex.city_country.get(place.name)
        if not country or name not in self.lex.city_names or span.initial or \
                name.lower() in self.lex.common or name in self.lex.given or \
                name in self.lex.surnames or PERSON_SHAPED_RE.match(name) or \
                not (span.prev_word.lower() == "on" or span.prev_word == "of" and
                     (span.prev_prev.endswith(",") or span.prev_prev[:1].isupper())) or \
                not CONTEXT_CLAUSE_RE.match(span.next_text):
            return False  # "Tolstoy, Chekhov, Gogol"; "Walsall v Wrexham", "to face Frontera"
        if self.doc_countries is None:
            self.doc_countries = set()
            # (the lone words not read yet too: "… of Rhyl, was cleared in Cardiff")
            written = [m.surface for m in self.mentions if m.type == PLACE] + \
                [s.tokens[0] for s in self.singles if not s.initial]
            for surface in written:
                other = self.lex.places.get(surface)
                if other is not None and other.strong:
                    self.doc_countries.add(other.name if other.major else
                                           self.lex.city_country.get(other.name, ""))
        return country in self.doc_countries

    def _adjective_shaped(self, name: str) -> bool:
        """Whether a listed name before a region's noun may be an adjective ("the Irish coast"),
        not a town's name ending as one ("the Hrazdan river", "the Sevan basin")."""
        return name.endswith(ADJECTIVE_ENDINGS) and (
            is_demonym(self.lex, name) or name.lower() in self.lex.common or
            name in self.lex.city_names and self.lex.places[name].major)

    def _feature_cue(self, span: Span, name: str) -> bool:
        """ "on Crete", "the Po was low": an island after "on", a river or sea after "the", when
        the clause goes on as after a place ("the Amazon founder" is the firm's)."""
        prev = span.prev_word
        return name in self.lex.features and (prev == "on" or prev.lower() == "the") and \
            not span.initial and PLACE_CLAUSE_RE.match(span.next_text) is not None

    def _heads_place_list(self, span: Span) -> bool:
        """ "Kep, Kampot and Takeo", "Velmora, Kampot and Takeo": a name opening a list of two
        or more more listed places, one of them strong and none a given name, is a place too
        (a listed one that is no person's or plain word, an unlisted one only a place's)."""
        m = PLACE_LIST_RE.match(span.next_text)
        if m is None or span.tabular or span.bound or span.surfaces[-1] != span.tokens[-1]:
            return False
        items = [i if i in self.lex.places else i.rstrip(".")
                 for i in ITEM_RE.findall(m[1]) + [m[2]]]  # ("… and Takeo.", "… and St. Vital")
        places = [self.lex.places.get(i) for i in items]
        if len(items) < 2 or any(p is None or i in self.lex.given for p, i in zip(places, items)) \
                or not any(p.strong for p in places if p is not None):
            return False
        name = " ".join(span.tokens)
        if name in self.lex.places:
            return not (name in self.lex.given or name in self.lex.surnames or
                        name.lower() in self.lex.common or is_demonym(self.lex, name))
        return self._place_shaped(span.tokens)

    def _before_strong_place(self, span: Span) -> bool:
        """ "to Brittany and Normandy": a listed name coordinated with a place that stands alone
        is a place too (a place opening a list cues the ones after it; this, the one before)."""
        m = AND_PLACE_AFTER_RE.match(span.next_text)
        if m is None or span.tabular or span.bound:
            return False
        after = m[1] if m[1] in self.lex.places else m[1].rstrip(".")  # "… and Meghalaya."
        other = self.lex.places.get(after)
        if other is None and after not in minor_places() or after in self.lex.given:
            return False  # ("of Bignona and Oussouye": a small town's list too)
        # "over Assam and Meghalaya", "Skawina and Wieliczka still burn": two weak listed
        # places that can name nothing else name each other places (at a sentence's start
        # too, where a strong one may open a headline's "Brittany and Normandy" of a firm's)
        name = " ".join(span.tokens)
        plain = not any(w in self.lex.given or w in self.lex.surnames or
                        w.lower() in self.lex.common or is_demonym(self.lex, w) or
                        self._known_person_token(w) for w in (name, after))
        return plain if span.initial else other is not None and other.strong or plain

    def _region_of_town(self, span: Span, place: Place) -> bool:
        """ "Toyota City, Aichi", "Tamale, Northern Region": a listed region right after a place
        and a comma is where that place lies."""
        prev = span.prev_prev if not span.prev_word else ""
        if place.major or not prev.endswith(",") or place.name in self.lex.city_names or \
                PLACE_CLAUSE_RE.match(span.next_text) is None:
            return False
        town = prev[:-1]  # (one-word spans are typed last: the town may not be recorded yet)
        return town in self.lex.places or town in self.cued_places or \
            any(m.type == PLACE and m.surface.endswith(f" {town}") for m in self.mentions)

    def _surname_of_place(self, span: Span) -> bool:
        """ "when Will Jordan finished": a given name before a place's name that is also a
        surname makes it a person's, whom no rule typed; the lone name in this document is then
        unclear ("after Jordan's try" is his, not the country's)."""
        toks = span.tokens
        if len(toks) != 2 or span.initial or toks[1] not in self.lex.places or \
                toks[0] not in self.lex.given or toks[1] not in self.lex.surnames or \
                toks[0] in self.lex.places:  # "Chad Jordan"? a list of two countries, maybe
            return False
        self.unresolved_last.add(toks[1])
        return True

    def note_route(self, span: Span) -> None:
        """Note a place written "from X to …": the name after "to" is the route's other end."""
        if span.prev_word.lower() == "from" and FROM_TO_RE.match(span.next_text):
            self.from_ends.add(span.end)

    def _listed_after_cue(self, span: Span) -> bool:
        """Whether the span goes on a list of places a locative opened ("in Leeds, Hull and
        Bristol": the cue before Leeds is Bristol's too); the list may be one an earlier place
        opened ("residents of Mott Haven and Highbridge", its one-word name read last)."""
        if self.cue_tail is None or not span.surfaces:
            return False
        end, after = self.cue_tail
        if 0 < span.start - end <= 9 and self._after_tail(span, end, after):
            return True
        if not self.late:  # (in line order, the last tail is the list's)
            return False
        written = " ".join(span.surfaces)  # ("Tamil Nadu" after "Punjab and")
        for end, after in self.tails.get(span.start, ()):
            rest = after[span.start - end:]  # the span, then what the tail saw after it
            if rest.startswith(written) and rest[len(written):] == \
                    span.next_text[:len(rest) - len(written)] and \
                    self._after_tail(span, end, after):
                self.cue_tail = (end, after)  # the list this span goes on
                return True
        return False

    def note_tail(self) -> None:
        """Keep the last cue tail by where the next item of its list would start."""
        end, after = self.cue_tail or (0, "")
        m = TAIL_GAP_RE.match(after)
        if m:
            self.tails.setdefault(end + m.end(), []).append((end, after))

    def _after_tail(self, span: Span, end: int, after: str) -> bool:
        """Whether the span goes on the list whose last place ends at end, after it."""
        gap = span.start - end
        if after[:gap] == " to " and end in self.from_ends:
            return after[gap:].startswith(span.surfaces[0])  # "from Oban to Mull"
        french = FRENCH_LIST_GAP_RE.fullmatch(after[:gap]) is not None and self._french_prose() \
            or ROMANCE_LIST_GAP_RE.fullmatch(after[:gap]) is not None and \
            bool(self._romance_prose())  # (or Spanish, Portuguese, Italian, Catalan)
        if not (0 < gap <= 9 and (gap <= 6 and LIST_GAP_RE.fullmatch(after[:gap]) is not None or
                                  french) and after[gap:].startswith(span.surfaces[0])):
            return False
        if french:
            return True  # "de Ouidah, de Sakété et d'Adjohoun": the repeated word makes a list
        # "in Leeds, Hull and Bristol": a comma alone makes a list only where one goes on after
        # it ("In Auckland, Robertson faces a review" is a clause's subject)
        return any(f" {word} " in after[:gap] for word in LIST_WORDS) or \
            LIST_GOES_ON_RE.match(span.next_text) is not None or \
            LIST_LAST_RE.match(span.next_text) is not None  # "in West Byfleet, Surrey."

    def _own_city(self, name: str, place: Place, span: Span) -> str:
        """The gazetteer's name for a place, or the written one when it is another city's own
        name and the region after it is not the gazetteer city's country ("Monterey, California"
        is not Monterrey, Mexico; "Calcutta, India" is Kolkata)."""
        if name == place.name or name not in self.lex.city_names:
            return place.name
        m = WITH_REGION_RE.match(span.next_text)
        region = m and (self.lex.places.get(m[1]) or self.lex.places.get(m[1].rstrip(".")))
        if not region:
            return place.name
        country = self.lex.city_country.get(place.name, "")
        same = region.name == country or (country == "United States" and
                                          region.name in us_states())
        return place.name if same else name

    def _org(self, span: Span) -> bool:
        """Organisation by its head word ("Foreign Ministry", "Bank of England" comes via of)."""
        toks = span.tokens
        if len(toks) == 2 and toks[0] in self.lex.given and toks[1] in self.lex.surnames and \
                self._country_after(span):
            self._person(span)  # "Peter Pieters - Tomas Post (Netherlands)": a rider named Post
            return True
        initials_firm = toks[-1] in LEGAL_FORMS and ABBREVIATION_RE.match(span.prev_word)
        # "Center for Strategic Studies": a body named for its purpose (spans.FOR_HEADS)
        for_body = "for" in toks and toks.index("for") > 0 and toks[toks.index("for") - 1] in \
            ORG_HEADS
        if (toks[-1] in ORG_HEADS or for_body) and len(toks) >= 2 and not span.bound and (
                toks[0] not in ORG_HEADS or toks[0] in AND_OPENERS and "and" in toks or
                initials_firm or for_body):
            name = " ".join(toks)
            if name in GENERIC_ORGS or toks[-1] in CONTACT_HEADS or after_ordinal(span) or \
                    name_goes_on(span) or self._unit_of_owner(span) or self._attributive(toks) or \
                    self._on_name(span):
                return True
            if ABBREVIATION_RE.match(span.prev_word) and (self._generic(toks) or initials_firm):
                name = f"{span.prev_word} {name}"  # "UN Security Council" is not every one;
                # "CIMB Investment Bank Berhad", "DBS Bank Ltd": the initials open the firm's name
            elif toks[-1] in LEGAL_FORMS and self._possessive_name(span.prev_word):
                name = f"{span.prev_word} {name}"  # "Boatmen's Bancshares Inc" is one name
            if toks[-1] in LEGAL_FORMS:  # "Warren Pryce Inc": "Warren Pryce" is the firm here
                stem = " ".join(firm_stem(toks))
                self.company_names.add(stem)
                self.firm_names.setdefault(stem, name)
            self._add(ORG, name, name)
            return True
        return False

    def _on_name(self, span: Span) -> bool:
        """Whether a body's name is the tail of a longer "X on Y" name ("the Roundtable on
        Sustainable Palm Oil"): a capitalised word right before "on"."""
        word = span.prev_prev  # (a comma kept after it: "Kumamoto, on Kyushu" is no name)
        return span.prev_word == "on" and word[:1].isupper() and not word.endswith(",") and \
            word not in FUNCTION_CAPS and word not in MONTHS_DAYS

    def _attributive(self, toks: Sequence[str]) -> bool:
        """ "the Halvorsen Congress", "a Republican Congress", "the Kohl Government": a country's
        one body named by who leads or holds it then; a page for it would be a period's name."""
        if toks[-1] not in ATTRIBUTIVE_HEADS or len(toks) > 3:
            return False
        words = toks[:-1]
        if toks[-1] == "Congress" and len(words) == 1 and words[0] in US_PARTIES:
            return True
        places = self.lex.places
        return all(not (w in places and places[w].strong) and (
            w in self.lex.surnames and w.lower() not in self.lex.common or
            self._known_person_token(w)) for w in words)

    def _country_after(self, span: Span) -> bool:
        """A country in brackets right after the span ("Tomas Post (Netherlands) 14")."""
        m = COUNTRY_IN_BRACKETS_RE.match(span.next_text)
        place = self.lex.places.get(m[1]) if m else None
        return place is not None and place.major

    def _possessive_name(self, word: str) -> bool:
        """A capitalised possessive that opens a company's name ("Boatmen's"), not a place's or
        a body's ("Britain's", "Ministry's")."""
        stem = word.removesuffix("'s").removesuffix("’s")
        return stem != word and stem[:1].isupper() and stem not in self.lex.places and \
            stem not in ORG_HEADS and not is_demonym(self.lex, stem)

    def _generic(self, toks: Sequence[str]) -> bool:
        """Whether an organisation name is made of common words only ("Security Council")."""
        return all(t.lower() in self.lex.common for t in toks)

    def _unit_of_owner(self, span: Span) -> bool:
        """ "the Emergencies Ministry's Siberian Centre": a unit named relative to its owner
        body is no name of its own (a page "Siberian Centre" would gather other owners' units)."""
        owner = span.prev_word
        if not owner.endswith(("'s", "’s")):
            return False
        stem = owner[:-2]
        # "Moody's Investors Service": plain words after a firm's or person's possessive are
        # the rest of its name or its unit, never a name of their own ("Russia's Foreign
        # Ministry" keeps its body: a place owns it)
        return stem in ORG_HEADS or stem[:1].isupper() and self._generic(span.tokens) and \
            stem not in self.lex.places and not is_demonym(self.lex, stem)

    def _place_pattern(self, span: Span) -> bool:
        """Geographic feature by its suffix or prefix ("Black Sea", "Lake Baikal")."""
        toks = span.tokens
        if toks[-1] in PLACE_SUFFIXES and span.prev_word in ROYAL_TITLES:
            name = " ".join((span.prev_word, *toks))  # "Prince William Sound": no prince
            self._add(PLACE, name, name)
            return True
        if toks[-1] in WORK_SUFFIXES and not span.bound and not span.tabular and \
                any(t.lower() not in self.lex.common for t in toks[:-1]):
            self._add(PLACE, " ".join(toks), " ".join(toks))  # "Oyan Dam", "Pennine Way"
            return True
        if len(toks) == 2 and toks[-1] in PLACE_SUFFIXES and toks[0] not in self.lex.places:
            self.named_after.append(span)  # "Putin Island" if Putin is a person: decided last
            return True
        if len(toks) == 2 and toks[-1] in HILL_WORDS and toks[0].lower() in self.lex.common and \
                toks[0] not in self.lex.given and \
                toks[0] not in self.lex.surnames and span.prev_word not in TITLE_WORDS and \
                not span.bound and not self._corpus_person(toks):
            self._add(PLACE, " ".join(toks), " ".join(toks))  # "Signal Hill"; not Damon Hill
            return True
        # (a ground opening a sentence or a venue line is one: "Toyota Stadium, Bloemfontein";
        # not "Jane Park, Leeds" signing a letter)
        ground = toks[-1] in GROUND_HEADS and toks[0] not in self.lex.given  # ("Bruce Arena")
        # (a road opening a sentence too, named by no person's word: "Glacier Highway remains
        # open"; not "Dwan Street said")
        road = toks[-1] in ROAD_HEADS and toks[0] not in self.lex.given and \
            toks[0] not in self.lex.surnames
        if toks[-1] in FACILITY_SUFFIXES and (not span.initial or ground or road) and \
                not span.bound and \
                not role_cue(span):  # "union president Dwan Street said": no street
            self._add(PLACE, " ".join(toks), " ".join(toks))
            return True
        if toks[0] == "River" and 2 <= len(toks) <= 3 and span.prev_word.lower() == "the" and \
                not span.bound and (any(t.lower() not in self.lex.common for t in toks[1:]) or
                                    len(toks) == 2 and PLACE_CLAUSE_RE.match(span.next_text)):
            # ("near the River Dart, who": a word names a river, the clause going on as after a
            # place; not "the River Island store")
            self._add(PLACE, " ".join(toks), " ".join(toks))  # "along the River Taff"
            return True
        if toks[:2] == ("Islamic", "State") and toks[-1] in PLACE_SUFFIXES:
            self._add(ORG, " ".join(toks), " ".join(toks))  # a group's branch, named as a
            return True  # "province" ("Islamic State West Africa Province")
        # "Lake Tali Karng", "Mount Bisoke": a place word opening a short name is the place's
        if toks[-1] in PLACE_SUFFIXES or (toks[0] in PLACE_PREFIXES and len(toks) in (2, 3)) or \
                toks[0] in ROMANCE_PLACE_PREFIXES and len(toks) == 4 or \
                toks[0] in STREET_PREFIXES and 3 < len(toks) < 6:  # "Mercado de San Telmo",
            # "Jalan Raja Musa Aziz": a street named after someone
            rest = toks[:-1] if toks[-1] in PLACE_SUFFIXES else toks[1:]
            if any(t.lower() not in self.lex.common or t in self.lex.places for t in rest) or \
                    toks[-1] in ("Sea", "Ocean", "Reef") or \
                    toks[0] in ("Mount", "Lake", "Cape") and not span.initial:  # "Mount Royal"
                self._add(PLACE, " ".join(toks), " ".join(toks))
                return True
        return False


# Kin and neighbours named before a person whose home town follows ("sister Ann Roe of X").
KIN_WORDS = frozenset("sister sisters brother brothers daughter daughters son sons wife husband "
                      "grandson grandsons granddaughter granddaughters niece nieces nephew "
                      "nephews cousin cousins aunt uncle mother father neighbor neighbour "
                      "late".split())
NEIGHBOUR_WORDS = frozenset(("Neighbor", "Neighbour"))
PAST_VERB_RE = re.compile(r" [a-z]{3,}ed\b")  # "… of Tarnby objected"
# After a person's or firm's home town: the clause goes on ("… of Batesville asked for …").
HOME_TOWN_END_RE = re.compile(r"\s*(?:$|[.,;:)]|\s(?:said|says|asked|told|was|is|who|has|had|"
                              r"and|in|at|for|on|to|with|said)\b)")
# What a place's possessive owns: a lowercase noun or a capitalised name ("Kandy's Trinity
# College"), not a number or a verb's clause.
POSSESSED_RE = re.compile(r" (?:[a-z][a-z-]{2,}|[A-Z][\w'’-]+)")
OWNED_PART_RE = re.compile(r" (?:[a-z]+ ){0,2}(?:governor|mayor|capital|harbou?r|old town|"
                           r"old city|outskirts|streets?|suburbs|waterfront|seafront|"
                           r"neighbou?rhoods?|districts?|townships?|town hall|city hall)\b")
# A building named for a god, a saint, a ruler or its use ("the Temple of Khnum", "the Palace
# of Justice", "the Basilica of Guadalupe"); not a church, often the body ("Church of England").
BUILDING_OF_HEADS = frozenset((("Temple",), ("Palace",), ("Basilica",), ("Mosque",), ("Tomb",),
                               ("Shrine",), ("Mausoleum",), ("Fortress",), ("Citadel",)))
GROUND_HEADS = frozenset(("Stadium", "Arena", "Aréna", "Velodrome"))  # no surname ends so
ROAD_HEADS = frozenset("Highway Motorway Expressway Freeway Boulevard Avenue Trail "
                       "Parkway".split())
# A ground's or building's head word before ", Town" ("CommBank Stadium, Parramatta", "Daren
# Sammy Cricket Ground, Gros Islet"): the town where it stands.
VENUE_HEADS = FACILITY_SUFFIXES | frozenset("Ground Oval Field Centre Center Hall Church Chapel "
                                            "Way Hospital School".split())
# ("Community Primary School, Amechi Awkunanaw,": a school named for its town, as Nigerian and
# other West African papers write it)
VENUE_TOWN_END_RE = re.compile(r"\s*(?:$|[.;:|)]|,(?! (?:said|says|told)\b))")


def _after_venue(span: Span) -> bool:
    """Whether a town follows a venue's name and a comma and ends the phrase ("at CommBank
    Stadium, Parramatta.", a venue line "Fraser Park, Timaru")."""
    return span.prev_prev.endswith(",") and span.prev_prev[:-1] in VENUE_HEADS and \
        VENUE_TOWN_END_RE.match(span.next_text) is not None

