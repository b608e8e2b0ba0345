"""Places by their list: an untyped name coordinated with a name the document types as a place
("Odesa and Izmail", "Sangrur, Bathinda and Ferozepur districts") is a place too, when no
member of the list is a person or a body and the name can be nothing else."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from .candidate import ORG, PERSON, PLACE, Mention
from .lexicon import MONTHS_DAYS
from .spans import F_END, F_NEXT, F_START, F_TOKENS, Line, Span
from .unlisted import CUE_WORDS, FEATURE_NOUN_RE, FEATURE_PLURALS, REGION_NOUNS

if TYPE_CHECKING:
    from .lexicon import Lexicon

# What joins two items of a list; one "and"/"or" makes it a coordination, not an apposition
# ("Bangor, Gwynedd" names where Bangor lies, not two places of a list).
JOINS = frozenset((", ", " and ", ", and ", " or ", ", or ", " and even ", ", and even "))
COORDINATING = frozenset((" and ", ", and ", " or ", ", or ", " and even ", ", and even "))
# ("moving to Kampen, Dalfsen and even Deventer": the last item stressed, still one list)
# After the list: a noun or a verb that makes its items something else than places ("Arsenal,
# Chelsea and Everton fans", "Smith and Jones said"), a capitalised word that goes on the name.
NOT_PLACES_AFTER_RE = re.compile(r" (?:[A-Z]|(?:fans|supporters|players|teams?|clubs?|brands?|"
                                 r"shares|stocks|bonds|said|say|says|told|added|scored|won|beat|"
                                 r"drew|lost|vs?\.?|was|is|has|does|"
                                 r"(?!used\b)[a-z]+ed (?:a|an|the|to))\b)")
# ("Yemen and Amoco signed a memorandum": parties to a deal, one of them a firm)
# A list is of places where a locative opens it or a place's plural noun ends it ("in Addis
# Ababa and Adama", "the Zhytomyr and Poltava oblasts"); not a sports page's ("title rivals
# Essex, Derbyshire and Surrey", "played for Nice and Paris St Germain": clubs).
PLURAL_AFTER_RE = re.compile(rf" (?:[a-z-]+ )?(?:{REGION_NOUNS}|{FEATURE_PLURALS}|"
                             r"villages|towns|cities|areas|suburbs|neighbou?rhoods|communities|"
                             r"settlements|ports|islets|sites|plants|hubs|panchayats)\b")
# A route's stops written with dashes, then its noun ("the Aqaba–Ma'an railway").
ROUTE_JOINS = frozenset(("–",))
ANY_JOIN = JOINS | ROUTE_JOINS
ROUTE_NOUN_RE = re.compile(r" (?:[a-z-]+ ){0,2}(?:route|link|section|railway|rail|road|line|"
                           r"highway|motorway|expressway|corridor|pipeline|ferry|flights?|"
                           r"border|crossing|bridge|stretch)\b")
STOP_AFTER_RE = re.compile(r"\s*(?:$|[.,;:)!?])")
LOCATED_AFTER_RE = re.compile(r" in [A-Z]")  # "… and Quorbaltika in Quorgrad"
DATED_RE = re.compile(r" \d")
ONE_REGION_RE = re.compile(r" (?:region|province|oblast|governorate|krai|district|prefecture|"
                           r"county|state)\b")
ROUTE_RE = re.compile(r"\w-\w")  # "Patna-Gaya" (a route), "Moscow-backed" (a word)
ITEM_MAX = 3  # words of one item ("Dar El Naeem"); a longer run is a body's or a title's


def chains(spans: Sequence[Span], joins: frozenset[str] = JOINS,
           needed: frozenset[str] = COORDINATING) -> Iterable[list[Span]]:
    """Runs of a line's spans joined as a list, with at least one "and"/"or" (one of needed)."""
    run: list[Span] = []
    coordinated = False
    for span in spans:
        if run:
            prev = run[-1]
            gap = prev.next_text[:span.start - prev.end]
            if span.start > prev.end and gap in joins and not _owner(span):
                run.append(span)
                coordinated = coordinated or gap in needed
                continue
            if len(run) > 1 and coordinated:
                yield run
        run, coordinated = [span], False
    if len(run) > 1 and coordinated:
        yield run


def _owner(span: Span) -> bool:
    """A possessive ends a list: the name owns what comes next ("Heathrow and Gatwick,
    London's two airports"; "Leonardo and Panama's Dely Valdes": two players)."""
    return span.surfaces[-1].endswith(("'s", "’s"))


def list_mates(lines: Sequence[Line], mentions: list[Mention], lex: Lexicon,
               person_like: Callable[[str], bool]) -> list[Mention]:
    """The places a list adds: its untyped names beside one the document types as a place,
    and the stops of a route written with dashes."""
    typed: dict[str, str] = {}
    for m in mentions:
        typed.setdefault(m.surface, m.type)
        typed.setdefault(m.key, m.type)
    added: list[Mention] = []
    read = [line[2] for line in lines if not line[1]]  # (a table row's names: teams, players)
    featured: set[str] | None = None  # (made at the first route's stops: most texts have none)
    for fields in read:
        if not _joined(fields):
            continue  # (most lines: no chain, so no Span made)
        spans = [Span(*f) for f in fields]
        for run in chains(spans):
            if _located_thing(spans, run, typed):
                continue
            mates = _mates(run, typed, lex, person_like)
            typed.update((m.surface, PLACE) for m in mates)
            added.extend(mates)
        for run in chains(spans, ROUTE_JOINS, ROUTE_JOINS):
            stops = _stops(run, typed, lex, person_like)
            if stops:
                featured = _featured(read) if featured is None else featured
                added.extend(m for m in stops if m.surface not in featured)
            # ("the Kamakhya Gate–Nilachal road" beside "Nilachal hill": the stop is the hill,
            # a place under its longer name)
    return added


def _joined(fields: Sequence[tuple]) -> bool:
    """Whether two neighbouring spans of a line are apart by what joins a list or a route's
    stops (else chains finds no run in it)."""
    return any(b[F_START] > a[F_END] and a[F_NEXT][:b[F_START] - a[F_END]] in ANY_JOIN
               for a, b in zip(fields, fields[1:]))


def _featured(read: list[Sequence[tuple]]) -> set[str]:
    """The names the text writes before a feature's noun ("Nilachal hill")."""
    return {" ".join(f[F_TOKENS]) for fields in read for f in fields
            if FEATURE_NOUN_RE.match(f[F_NEXT])}


def _located_thing(spans: list[Span], run: list[Span], typed: dict[str, str]) -> bool:
    """ "Arsenal in Tula and Quorbaltika in Quorgrad": a list that opens with the town of a
    name before "in", no place, pairs things with their towns (not "Kuryk in Kazakhstan, and
    Turkmenbashi in Turkmenistan", where the name before is a place)."""
    first = run[0]
    if first.prev_word != "in" or not LOCATED_AFTER_RE.match(run[-1].next_text):
        return False
    before = [s for s in spans if s.end < first.start and
              first.start - s.end == len(" in ") and s.next_text.startswith(" in ")]
    return bool(before) and typed.get(" ".join(before[-1].tokens)) != PLACE


def _stops(run: list[Span], typed: dict[str, str], lex: Lexicon,
           person_like: Callable[[str], bool]) -> list[Mention]:
    """ "the Uig–Tarbert–Lochmaddy route", "the Penzance–Tresco helicopter link": names joined
    by dashes before a route's noun are its stops, places when none is a person's or a body's."""
    names = [" ".join(s.tokens) for s in run]
    kinds = [typed.get(n) for n in names]
    if not ROUTE_NOUN_RE.match(run[-1].next_text) or PERSON in kinds or ORG in kinds or \
            any(n not in lex.places and (s.tokens[0] in lex.given or
                                         all(t in lex.surnames for t in s.tokens))
                for s, n in zip(run, names)):
        return []  # ("the Smith–Jones line": a rule named after two people)
    out = []
    for span, name, kind in zip(run, names, kinds):
        if kind is None and _place_word(span, name, lex, person_like):
            place = lex.places.get(name)
            out.append(Mention(PLACE, place.name if place else name, name))
    return out


def _mates(run: list[Span], typed: dict[str, str], lex: Lexicon,
           person_like: Callable[[str], bool]) -> list[Mention]:
    """The untyped items of one list that are places by a place among them."""
    names = [" ".join(s.tokens) for s in run]
    kinds = [typed.get(" ".join(s.surfaces), typed.get(n, typed.get(_with_noun(s, n))))
             for s, n in zip(run, names)]
    plural = PLURAL_AFTER_RE.match(run[-1].next_text) is not None
    if PLACE not in kinds or PERSON in kinds or ORG in kinds or \
            run[0].prev_word.lower() not in CUE_WORDS and not plural or \
            NOT_PLACES_AFTER_RE.match(run[-1].next_text) or \
            run[0].prev_word.lower() in ("between", "by", "with") and len(run) == 2:
        return []  # "between Smith and Jones", "by Roe and Doe": two people, likely
    out = []
    listed = kinds.count(PLACE) >= 2  # two places make a listed town's word a town ("Rome,
    # Bologna and Palermo"), not one ("Paris and Nice")
    for span, name, kind in zip(run, names, kinds):
        if kind is None and _place_word(span, name, lex, person_like, listed) and \
                not (span is run[-1] and name in lex.surnames and not plural and
                     not STOP_AFTER_RE.match(span.next_text)):
            # ("in Nairobi and Odinga who spoke": a surname ends a pair only before a stop)
            place = lex.places.get(name)
            out.append(Mention(PLACE, place.name if place else name, name))
    return out


def _with_noun(span: Span, name: str) -> str:
    """The name with the lowercase word after it, as a rule may have typed it ("Sagaing
    region" after "Mandalay and")."""
    word = span.next_text.split(" ", 2)[1:2]
    return f"{name} {word[0]}" if word and word[0].islower() else name


def _place_word(span: Span, name: str, lex: Lexicon, person_like: Callable[[str], bool],
                listed: bool = False) -> bool:
    """Whether an untyped item can be a place: no plain word, nationality or person's name
    (a plain word may be when it is also a listed town and two places stand beside it)."""
    toks = span.tokens
    word_ok = listed and name in lex.places and not lex.places[name].major
    if len(toks) > ITEM_MAX or span.surfaces[-1] != toks[-1] or \
            DATED_RE.match(span.next_text) or ONE_REGION_RE.match(span.next_text) \
            or any(t.lower() in lex.common and not word_ok or t in MONTHS_DAYS or
                   ROUTE_RE.search(t) or person_like(t) for t in toks):
        return False  # "Sept 15-30", "via Patna-Gaya": a date, a route (its ends are places);
        # "… and Sagaing region": the region's name takes its noun
    return not (len(toks) == 1 and toks[0].isupper())  # initials: a body's or a party's
    # ("Arabs": a people's plural)
