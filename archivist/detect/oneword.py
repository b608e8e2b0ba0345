"""One-word span rules of DocReader, read after all lines: a lone word as a surname, a
place a cue or a list types, or nothing (lists, routes, regions, unknown names)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .bodies import BODY_FIRST
from .candidate import ORG, PERSON, PLACE
from .cues import FROM_TO_RE, REGION_NOUN_AFTER_RE, at_workplace, date_context, locative, person_cue
from .lexicon import (ARTICLE_GIVEN, CAPTION_WORDS, EVENT_HEADS, MONTHS_DAYS, ORG_HEADS,
                      PROVINCE_ABBREVIATIONS, TITLE_HEADS, TITLE_MODIFIERS, TRADE_NOUNS, Place,
                      minor_places, subdivisions, us_states)
from .nonentity import SHIP_PREFIXES, thing_context
from .people import COURTESY_SHORT, VESSEL_NOUNS
from .places import ADJECTIVE_ENDINGS, DWELLER_NOUNS, FRENCH_LIST_GAP_RE, LIST_WORDS
from .romance import LIST_GAP_RE as ROMANCE_LIST_GAP_RE
from .spans import Span, sub_span
from .state import ReaderState
from .titled import REGNAL_RE
from .unlisted import (CUE_WORDS, GROUP_WORDS, PLACE_CLAUSE_RE, REGION_WORD_RE, from_origin,
                       settlement_cue)


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

SAINT_WORDS = frozenset(("St", "Saint", "Ste", "San", "Santa"))

IT_SAID_RE = re.compile(r",? \w+ (?:it|its|they|their)\b")  # "Acme said it …": a body speaks

REGION_AFTER_RE = re.compile(r", ((?:[A-Z][a-z]+\.?)(?: [A-Z][a-z]+)?)(?=[,.;)]|\s*$)")

# A capitalised region noun after a place's name makes the name a region's ("Nyeri County").
REGION_HEADS = frozenset("County State Province District Region Governorate Prefecture Oblast "
                         "Municipality".split())

# ", the village on the slopes", ", a fishing town": an apposition that says what a name is
TOWN_APPOSITION_RE = re.compile(r", (?:a|the) (?:[a-z-]+ )?(?:village|town|city|suburb|township|"
                                r"hamlet|neighbourhood|neighborhood)\b")

# Words before a river's name that a utility's name ("Thames Water") is not written after.
WATERSIDE_PREPS = frozenset("over across along alongside beside into under up down".split())


def _list_ends_after(text: str) -> bool:
    """Whether text goes on with the rest of a list of names that ends as lists of places do
    (", Pasig and Bulacan." yes; " and Brezhnev ruled" no: a clause)."""
    m = LIST_REST_RE.match(text)
    return m is not None and (LIST_ENDS_RE.match(text, m.end()) is not None or
                              VERB_AFTER_RE.match(text, m.end()) is not None)



NAME_NEXT_RE = re.compile(r"\.? [A-Z][a-z]+ [A-Z]")  # a name of two words or more follows

class OneWordRules(ReaderState):
    """Rules for one-word spans, read late with the whole document known (mixed into DocReader)."""

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
        if tok == "Md." and NAME_NEXT_RE.match(span.next_text) and not span.prev_word.endswith(","):
            return  # "Md. Rafiqul Islam": Bangladesh's and Pakistan's short "Mohammad", not
            # Maryland (which follows a town and its comma: "Baltimore, Md.")
        if len(tok) < 2 or tok in TITLE_HEADS or tok in TITLE_MODIFIERS or \
                tok in COURTESY_SHORT or \
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
                tok in BODY_FIRST or \
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
            route or self._romance_locative(span) or self._germanic_locative(span) or \
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
