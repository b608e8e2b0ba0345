"""Per-document rules: type each span of a parsed document as person, place, organisation, none."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .candidate import ORG, PERSON, PLACE, Candidate
from .cues import (AUXILIARIES, COORDINATED_RE, MINUTE_RE, NATION_RE, NUMBER_AFTER_RE,
                   PATRONYMIC_RE, PLACE_WORDS, PLAIN_CAPS_RE, REGION_AFTER_RE, date_context,
                   locative, name_goes_on, person_cue, role_cue, table_heading_place, title_run)
from .lexicon import (CAPTION_WORDS, EVENT_HEADS, FACILITY_SUFFIXES, FUNCTION_CAPS, GENERIC_ORGS,
                      MONTHS_DAYS, OF_PLACE_HEADS, ORG_HEADS, PARTICLES, PLACE_PREFIXES,
                      PLACE_SUFFIXES, TITLE_HEADS, TITLE_MODIFIERS, TITLE_WORDS, WEAK_HEADS,
                      Place, is_demonym)
from .nonentity import after_ordinal, has_caption_word, names_event, thing_context
from .spans import F_INITIAL, F_OF_SPLIT, F_TOKENS, Line, Span, is_initial, sub_span

if TYPE_CHECKING:
    from .detector import Detector
    from .evidence import Evidence


@dataclass
class Mention:
    """One resolved mention: entity type, key (canonical name) and surface form."""

    type: str
    key: str
    surface: str


class DocReader:
    """Per-document state: typed mentions, then surname resolution."""

    def __init__(self, det: Detector, evidence: Evidence | None) -> None:
        self.det, self.lex, self.ev = det, det.lex, evidence
        self.mentions: list[Mention] = []
        self.singles: list[Span] = []
        self.cued_places: set[str] = set()
        self.mid_caps: set[str] = set()
        self.unresolved_last: set[str] = set()
        self.asked: set[str] = set()
        self.named_after: list[Span] = []  # "X Island" spans, places unless X is a person

    def read_line(self, line: Line) -> None:
        """Collect mentions of one parsed line."""
        datelines, tabular, spans, caps = line
        for surface, vouched in datelines:
            self._dateline(surface, vouched)
        for surface in caps:
            self._caps_name(surface)
        for fields in spans:
            tokens = fields[F_TOKENS]
            if not fields[F_INITIAL]:
                self.mid_caps.update(tokens)
            if len(tokens) == 1 and tokens[0] in FUNCTION_CAPS and not fields[F_OF_SPLIT]:
                continue  # a lone "The": trimming drops it
            span = Span(*fields)
            span.tabular = tabular  # per line: a table row at the end must not stop other lines
            self._classify(span)

    def _dateline(self, surface: str, vouched: bool) -> None:
        """A capitals place at a line start before a date or source ("MOSCOW 1996-08-30"); an
        unknown one when a known country or state follows ("JYVASKYLA, Finland 1996-08-24")."""
        place = self.lex.places.get(surface.title()) or self.lex.places.get(surface)
        if place and not self._stopped(surface):
            self.mentions.append(Mention(PLACE, place.name, surface))
        elif vouched and PLAIN_CAPS_RE.match(surface):
            self._add(PLACE, surface.title(), surface)

    def _caps_name(self, surface: str) -> None:
        """A listed given name and surname in capitals in running text ("said JOHN SMITH")."""
        tokens = surface.title().split()
        first, last = tokens[0], tokens[-1]
        place = self.lex.places.get(last)
        if first in self.lex.given and first not in self.lex.places and \
                last in self.lex.surnames and not (place and place.strong):
            self._add(PERSON, " ".join(tokens), surface)

    def _stopped(self, surface: str) -> bool:
        """Whether a surface form is a stop phrase."""
        return bool(self.det.stop) and surface.casefold() in self.det.stop

    def _add(self, typ: str, key: str, surface: str) -> None:
        """Record one mention unless its surface or name is a stop phrase."""
        if not (self.det.stop and (self._stopped(surface) or self._stopped(key))):
            self.mentions.append(Mention(typ, key, surface))

    def _classify(self, span: Span) -> None:
        """Type one span: split off titles, then person, place, organisation or defer."""
        if span.of_split:
            self._of_span(span)
            return
        if len(span.tokens) == 1:
            self._classify_single(span)
            return
        span = self._trim_initial(span)
        if span is None:
            return
        title_at = title_run(span.tokens)
        if title_at is not None:
            self._with_title(span, *title_at)
            return
        if len(span.tokens) == 1:
            self.singles.append(span)
            return
        self._multi(span)

    def _classify_single(self, span: Span) -> None:
        """_classify for a one-token span (trimmed, a title or deferred as a single)."""
        tok = span.tokens[0]
        if tok in FUNCTION_CAPS or (
                span.initial and tok.lower() in self.lex.common
                and tok not in self.lex.places and not self._known_person_token(tok)):
            return
        if tok not in TITLE_HEADS:
            self.singles.append(span)

    def _of_span(self, span: Span) -> None:
        """ "President of Russia": two parts; "Bank of England", "Gulf of Aden": one; else none."""
        k = span.of_split
        if k > 1 and span.tokens[0] in FUNCTION_CAPS:  # "The Ministry of Culture"
            span = sub_span(span, 1, len(span.tokens))
            span.of_split = k = k - 1
        left, right = sub_span(span, 0, k), sub_span(span, k, len(span.tokens))
        head = span.tokens[k - 1]
        name = " ".join(span.tokens[:k]) + " of " + " ".join(span.tokens[k:])
        if head in TITLE_HEADS or head in TITLE_MODIFIERS:
            self._classify(left)
            right.initial = False
            self._classify(right)
            return
        tail = self._person_tail(right)
        if tail is not None:  # a speaker label: "... of Gazprom Alexei Miller"
            self._person(sub_span(span, k + tail, len(span.tokens)))
            span = sub_span(span, 0, k + tail)
            span.of_split = k
            name = " ".join(span.tokens[:k]) + " of " + " ".join(span.tokens[k:])
        if head in ORG_HEADS and not span.bound:
            if name not in GENERIC_ORGS and not name_goes_on(span):
                self._add(ORG, name, name)
        elif head in OF_PLACE_HEADS and not span.bound:
            self._of_place(span, name)
        elif not span.bound:
            self._name_of_place(left, right)

    def _person_tail(self, right: Span) -> int | None:
        """Where a person's name starts after an organisation or place in right, if it does."""
        start = self._person_start(right) if len(right.tokens) > 2 else None
        return start if start else None

    def _of_place(self, span: Span, name: str) -> None:
        """ "Republic of Korea": a place, under its gazetteer name when it has one."""
        prev = span.prev_word.replace("’", "'")
        owner = prev + " " if prev[:1].isupper() and prev.endswith(("'s", "s'")) else ""
        if prev in ("People", "Peoples") and not span.initial:  # "Peoples’" loses its mark
            owner = "People's "
        toks, k = span.tokens, span.of_split
        for end in range(len(toks), k, -1):
            name = " ".join(toks[:k]) + " of " + " ".join(toks[k:end])
            place = self.lex.places.get(owner + name)
            if place:  # "People's Republic of China" is China, not "Republic of China"
                self._add(PLACE, place.name, (span.prev_word + " " if owner else "") + name)
                if end < len(toks):
                    self._classify_plain(sub_span(span, end, len(toks)))
                return
        if not owner:
            self._add(PLACE, name, name)

    def _name_of_place(self, left: Span, right: Span) -> None:
        """ "Thomas Muster of Austria": a name, then a country; anything else gives nothing."""
        place = self.lex.places.get(" ".join(right.tokens))
        if not (place and place.major):
            return
        start = self._person_start(left) if len(left.tokens) > 1 else None
        start = start if start is not None else next(
            (i for i in range(len(left.tokens) - 1) if self._plain_name(left.tokens[i:])), None)
        if start is not None:
            self._person(sub_span(left, start, len(left.tokens)))
        elif len(left.tokens) == 1 and left.tokens[0].lower() not in self.lex.common:
            self.singles.append(left)
        else:
            return
        self._place(right, place)

    def _trim_initial(self, span: Span) -> Span | None:
        """Drop sentence-initial function or common words and month/day names from a span."""
        toks, k = span.tokens, 0
        n = len(toks)
        while k < n:
            first = toks[k]
            drop = (first in MONTHS_DAYS and n - k > 1) or first in FUNCTION_CAPS or (
                not k and span.initial and first.lower() in self.lex.common
                and first not in self.lex.places and not self._known_person_token(first)
                and not self._place_prefix(toks) and not self._given_then_surname(toks))
            if not drop:
                break
            k += 1
        if k == n:
            return None
        if k:
            span = sub_span(span, k, n)
        if len(span.tokens) > 1 and span.tokens[-1] in MONTHS_DAYS and \
                span.tokens[0] not in self.lex.given:
            span = sub_span(span, 0, len(span.tokens) - 1)
        return span if span.tokens else None

    def _given_then_surname(self, tokens: Sequence[str]) -> bool:
        """ "Mark Gleeson", "Bill Clinton" opening a sentence: a given name that is also a word,
        then a name that is not a word."""
        return len(tokens) == 2 and tokens[0] in self.lex.given and \
            tokens[0] not in AUXILIARIES and \
            tokens[1].lower() not in self.lex.common and tokens[1] not in ORG_HEADS and \
            (tokens[1] not in self.lex.places or tokens[1] in self.lex.surnames) and \
            not (tokens[1] in self.lex.places and self.lex.places[tokens[1]].strong)

    def _place_prefix(self, tokens: Sequence[str]) -> bool:
        """Whether the first two or three tokens name a place ("United States", "New York")."""
        return any(" ".join(tokens[:k]) in self.lex.places for k in (2, 3))

    def _known_person_token(self, tok: str) -> bool:
        """Whether corpus evidence knows tok as a person's surname."""
        self.asked.add(tok)
        return self.ev is not None and tok in self.ev.surnames

    def _with_title(self, span: Span, i: int, j: int) -> None:
        """Tokens before a title are their own span; the tokens after it name a person."""
        if i > 0:
            self._classify_plain(sub_span(span, 0, i))
        if j >= len(span.tokens) or thing_context(span):
            return  # "the vessel Admiral Kuznetsov"
        rest = sub_span(span, j, len(span.tokens))
        rest.initial = False
        heads = span.tokens[i:j]
        weak = heads[-1] in WEAK_HEADS and len(heads) == 1
        start = self._person_start(rest) if len(rest.tokens) > 2 else None
        if start and all(t.lower() in self.lex.common or t in self.lex.places
                         for t in rest.tokens[:start]):
            # "General Staff Valery Gerasimov": the name starts at the given name
            self._classify_plain(sub_span(rest, 0, start))
            self._person(sub_span(rest, start, len(rest.tokens)))
        elif self._person_ok(rest.tokens, strict=weak):
            self._person(rest)
        else:
            self._classify_plain(rest)

    def _classify_plain(self, span: Span) -> None:
        """Classify a span known to hold no title."""
        if len(span.tokens) == 1:
            self.singles.append(span)
        else:
            self._multi(span)

    def _person_ok(self, tokens: Sequence[str], strict: bool) -> bool:
        """Whether tokens can be a person's name (not a place, organisation or plain words)."""
        if len(tokens) > 5 or any(t in ORG_HEADS or t in PLACE_SUFFIXES for t in tokens):
            return False
        if len(tokens) == 2 and self._patronymic(tokens[1]):
            return False  # "Sergei Yevgenyevich": a form of address, not a full name
        name = " ".join(tokens)
        if name in self.lex.places and self.lex.places[name].strong:
            return False
        words = [t for t in tokens if not is_initial(t)]
        if not words:
            return False
        if strict:
            return tokens[0] in self.lex.given or words[-1].lower() not in self.lex.common
        return True

    def _patronymic(self, tok: str) -> bool:
        """Whether tok is a father's given name with a patronymic ending ("Nikolayevich")."""
        m = PATRONYMIC_RE.search(tok)
        return bool(m) and tok[:m.start()] in self.lex.given

    def _person(self, span: Span) -> None:
        """Record a person mention (the key is resolved later across the document)."""
        if not self._not_person(span):
            self._add(PERSON, " ".join(span.tokens), " ".join(span.tokens))

    def _not_person(self, span: Span) -> bool:
        """An event, work, thing, caption label or country ("Nazi Germany") in a person's place."""
        toks = span.tokens
        if names_event(toks, self.lex) or has_caption_word(toks) or thing_context(span):
            return True
        place = self.lex.places.get(toks[-1])
        return bool(place and place.major and place.strong)

    def _multi(self, span: Span) -> None:
        """Type a multi-token span: place, organisation, person (given name or cue), or nothing."""
        name = " ".join(span.tokens)
        place = self.lex.places.get(name)
        if place:
            self._place(span, place)
            return
        if self._org(span) or self._place_pattern(span):
            return
        start = self._person_start(span)
        if start is not None:
            if start > 0:  # "said New Yorker Jane Roe": the cue is the person's, not the prefix's
                prefix = sub_span(span, 0, start)
                prefix.prev_word = "" if role_cue(prefix) else prefix.prev_word
                self._classify_plain(prefix)
            self._person(sub_span(span, start, len(span.tokens)))
            return
        if role_cue(span):
            k = self._leading_place(span.tokens) or self._leading_org(span)
            if k and k < len(span.tokens):
                self._classify_plain(sub_span(span, 0, k))
                span = sub_span(span, k, len(span.tokens))
            last = span.tokens[-1]
            plural = last.endswith("s") and (last[:-1].lower() in self.lex.common or
                                             last[:-1] in self.lex.places or self._demonym(last))
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
        elif not self._place_prefix_mention(span) and \
                not any(t.lower() in self.lex.common for t in span.tokens[:-1]):
            self.unresolved_last.add(span.tokens[-1])

    def _result_cue(self, span: Span) -> bool:
        """A name in a results line: "Jan Novak (Slovakia)", "(Jan Novak 66th minute)"."""
        toks = span.tokens
        places = self.lex.places
        if len(toks) > 4 or any((t in places and places[t].strong) or t.lower() in self.lex.common
                                or t in ORG_HEADS or t in TITLE_WORDS for t in toks):
            return False
        if MINUTE_RE.match(span.next_text):
            return True
        m = NATION_RE.match(span.next_text)
        place = self.lex.places.get(m[1]) if m else None
        return bool(place and place.strong)

    def _leading_place(self, tokens: Sequence[str]) -> int:
        """How many leading tokens name a country-level place (0 if none)."""
        for k in (3, 2, 1):
            place = self.lex.places.get(" ".join(tokens[:k]))
            if place and place.major:
                return k
        return 0

    def _leading_org(self, span: Span) -> int:
        """How many leading tokens are an organisation ("Lukoil Vagit Alekperov") or, after a
        title, a portfolio ("Minister of Culture Medinsky") rather than the name."""
        tokens, k = span.tokens, 0
        while span.prev_word in TITLE_HEADS and k < len(tokens) - 1 and \
                tokens[k] not in self.lex.given and (
                    tokens[k].lower() in self.lex.common or tokens[k] in TITLE_MODIFIERS):
            k += 1
        if k:
            return k
        if len(tokens) < 3 or any(t in self.lex.given or t in PARTICLES or is_initial(t)
                                  for t in tokens):
            return 0
        return 1

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
        cued = locative(span)
        if span.bound or span.next_text[:1] in ("$", "-") or (
                span.tabular and not place.major and not table_heading_place(span)):
            return  # a table row's teams; "US$"; "U.S.-led" qualifies, it names no place
        if not place.major and REGION_AFTER_RE.match(span.next_text):
            return  # "the Pskov and Smolensk regions" name regions, not the cities
        if not place.strong and NUMBER_AFTER_RE.match(span.next_text):
            return  # "Mach 20", "Boeing 747"
        if not place.strong and name.lower() in self.lex.common and \
                COORDINATED_RE.match(span.next_text):
            return  # "Central and South America"
        if place.strong or cued or place.name in self.cued_places:
            if cued:
                self.cued_places.add(place.name)
            self._add(PLACE, place.name, name)

    def _org(self, span: Span) -> bool:
        """Organisation by its head word ("Foreign Ministry", "Bank of England" comes via of)."""
        toks = span.tokens
        if toks[-1] in ORG_HEADS and len(toks) >= 2 and toks[0] not in ORG_HEADS and not span.bound:
            name = " ".join(toks)
            if name not in GENERIC_ORGS and not after_ordinal(span) and not name_goes_on(span):
                self._add(ORG, name, name)
            return True
        return False

    def _place_pattern(self, span: Span) -> bool:
        """Geographic feature by its suffix or prefix ("Black Sea", "Lake Baikal")."""
        toks = span.tokens
        if len(toks) == 2 and toks[-1] in PLACE_SUFFIXES and toks[0] not in self.lex.places:
            self.named_after.append(span)  # "Putin Island" if Putin is a person: decided last
            return True
        if toks[-1] in FACILITY_SUFFIXES and not span.initial and not span.bound:
            self._add(PLACE, " ".join(toks), " ".join(toks))
            return True
        if toks[-1] in PLACE_SUFFIXES or (toks[0] in PLACE_PREFIXES and len(toks) == 2):
            rest = toks[:-1] if toks[-1] in PLACE_SUFFIXES else toks[1:]
            if any(t.lower() not in self.lex.common for t in rest) or toks[-1] in ("Sea", "Ocean"):
                self._add(PLACE, " ".join(toks), " ".join(toks))
                return True
        return False

    def _person_start(self, span: Span) -> int | None:
        """Index where a person's name starts in span (given name or initial), if any."""
        toks = span.tokens
        for i in range(min(3, len(toks) - 1)):
            first = toks[i]
            initial = is_initial(first)
            if not (first in self.lex.given or initial):
                continue
            rest = toks[i:]
            if not self._given_rule_ok(rest, span.initial and i == 0):
                continue
            if not self._person_ok(rest, strict=False) or not self._surname_ok(rest[-1], initial):
                continue
            if i > 0 and (not self._prefix_ok(toks[:i]) or
                          " ".join(toks[:i + 1]) in self.lex.places):
                continue  # "San Diego Padres": the given name ends a place name
            return i
        return None

    def _given_rule_ok(self, rest: Sequence[str], initial: bool) -> bool:
        """Given name + surname without a cue: no place first, no plain word or demonym last."""
        first, last = rest[0], rest[-1]
        place = self.lex.places.get(first)
        if place and place.strong and len(first) > 1:
            return False
        last_plain = last.lower() in self.lex.common
        if (last_plain and last not in self.lex.surnames and not self._plain_name(rest)) or \
                self._demonym(last):
            return False
        last_place = self.lex.places.get(last)
        return not (initial and first.lower() in self.lex.common and
                    (last_plain or (last_place is not None and last_place.strong)))

    def _plain_name(self, tokens: Sequence[str]) -> bool:
        """Given name + a surname that is also an English word ("Thomas Muster"), when a cue
        says a person is named here."""
        first, last = tokens[0], tokens[-1]
        if len(tokens) > 3 or first not in self.lex.given or first.lower() in self.lex.common:
            return False
        if last in ORG_HEADS or last in PLACE_SUFFIXES or last in FACILITY_SUFFIXES or \
                last in EVENT_HEADS or last in MONTHS_DAYS or last in TITLE_WORDS or \
                last in PLACE_WORDS:
            return False
        if last.endswith("s") and last[:-1].lower() in self.lex.common:
            return False  # a plural noun: "Padres", "Brothers", "Workers"
        return not self._demonym(last) and not self._demonym(first) and \
            all(t not in self.lex.places for t in tokens)

    def _demonym(self, tok: str) -> bool:
        """Whether tok looks like a nationality word ("American", "Irish", "Chinese")."""
        return is_demonym(self.lex, tok)

    def _surname_ok(self, last: str, initial: bool) -> bool:
        """A plausible surname: not a place, not a lone letter, not a title."""
        if is_initial(last) or len(last) < 2 or last in TITLE_HEADS or last in MONTHS_DAYS:
            return False
        return not (initial and last.lower() in self.lex.common and last not in self.lex.surnames)

    def _prefix_ok(self, prefix: Sequence[str]) -> bool:
        """Whether tokens before a given name look like a separate word (place, demonym...)."""
        return all(t not in self.lex.given or t in self.lex.places for t in prefix)

    def candidates(self) -> list[Candidate]:
        """Resolve singles against the document's people, then group mentions."""
        persons = self._person_index()
        for span in self.singles:
            self._single(span, persons)
        for span in self.named_after:
            if span.tokens[0] not in persons and not self._known_person_token(span.tokens[0]):
                self._add(PLACE, " ".join(span.tokens), " ".join(span.tokens))
        for key in {m.key for m in self.mentions if m.type == PERSON and " " not in m.key}:
            if persons.get(key, key) == key:
                if self.ev is None:
                    self.asked.add(key)
                else:
                    persons[key] = self._expand(key)
        return _group(self.mentions, persons)

    def _person_index(self) -> dict[str, str]:
        """Map each person surface to its fullest form in the document (by surname)."""
        full = sorted({m.key for m in self.mentions if m.type == PERSON},
                      key=lambda k: (-len(k.split()), k))
        by_last: dict[str, str] = {}
        for name in full:
            by_last.setdefault(name.split()[-1], name)
        index = dict(by_last)
        for name in full:
            fullest = by_last[name.split()[-1]]
            same = len(name.split()) == 1 or fullest.split()[0][0] == name.split()[0][0]
            index[name] = fullest if same else name
        return index

    def _single(self, span: Span, persons: dict[str, str]) -> None:
        """Type a lone capitalised token: a person's surname, a place, or corpus-known person."""
        tok = span.tokens[0]
        if tok in persons and not (tok in MONTHS_DAYS and date_context(span)):
            self._add(PERSON, persons[tok], tok)
            return
        if tok in MONTHS_DAYS:
            return
        if len(tok) < 2 or tok in TITLE_HEADS or tok in TITLE_MODIFIERS or \
                tok in self.unresolved_last or tok in CAPTION_WORDS or tok in EVENT_HEADS:
            return
        place = self.lex.places.get(tok)
        if place and (place.major or not (span.initial and tok.lower() in self.lex.common)):
            self._place(span, place)
            return
        if self._demonym(tok):
            return
        if self._single_person(span):
            self._add(PERSON, self._expand(tok), tok)

    def _single_person(self, span: Span) -> bool:
        """A lone token is a person when it has a cue and corpus evidence for the surname."""
        tok = span.tokens[0]
        self.asked.add(tok)
        if MINUTE_RE.match(span.next_text) and tok not in self.lex.places and \
                tok.lower() not in self.lex.common:
            return True  # a goal scorer: "(Novak 66th minute)"
        if self.ev is None or tok not in self.ev.surnames or tok in self.lex.places:
            return False
        if tok.lower() in self.lex.common:
            return person_cue(span)
        return not span.initial or tok in self.mid_caps or person_cue(span)

    def _expand(self, tok: str) -> str:
        """The corpus full name for a surname when it is unique."""
        self.asked.add(tok)
        names = self.ev.by_surname.get(tok, set()) if self.ev else set()
        return next(iter(names)) if len(names) == 1 else tok


def _group(mentions: list[Mention], persons: dict[str, str]) -> list[Candidate]:
    """Group mentions by (type, canonical name) into sorted candidates."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for m in mentions:
        key = persons.get(m.key, m.key) if m.type == PERSON else m.key
        groups[(m.type, key)].append(m.surface)
    out = [Candidate(name, typ, tuple(sorted(set(surfs))), len(surfs))
           for (typ, name), surfs in groups.items()]
    return sorted(out, key=lambda c: (c.type, c.name))
