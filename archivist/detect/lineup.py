"""Sports line-ups and scorer lists: players named by structure, not by a cue around each name.

A team sheet ("Scotland: Kinghorn; Graham, Tuipulotu (capt), Jones; ...") names one player per
item after a team's label and a colon; a score's brackets ("India 119 (Pant 42, Axar 20)",
"Boca 2 (Giménez 90+3)") name scorers, each with a minute or a tally. The names are mostly
lone surnames that no other rule types (nothing around them says "person"); the list's shape
does, so every item is a player once the list as a whole passes the checks below (enough
items, every item name-shaped, few places, no body words), which keep out lists of towns,
countries and sponsors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .lexicon import MONTHS_DAYS, NAME_PARTICLES, ORG_HEADS

if TYPE_CHECKING:
    from .lexicon import Lexicon

_WORD = r"[^\W\d_][\w'’-]*"
# A team's label before the colon: up to four capitalised words, maybe a bracket ("(4-3-3)").
LABEL_RE = re.compile(r"^\s*([A-Z][\w'’-]*(?: [A-Z0-9&][\w'’.-]*){0,3})"
                      r"(?: \([^()]{1,20}\))?:\s+(?=\S)")
# A player: an initial or two, then one to three words, particles allowed ("Van der Merwe").
PLAYER_RE = re.compile(rf"(?:[A-Z]\.? ){{0,2}}(?:(?:{'|'.join(sorted(NAME_PARTICLES))}) )*"
                       rf"{_WORD}(?: (?:(?:{'|'.join(sorted(NAME_PARTICLES))}) )*{_WORD}){{0,2}}$")
BRACKET_RE = re.compile(r"\s*\(([^()]*)\)")
# A substitute's minute inside a player's bracket ("Palacios (Giménez 70)").
MINUTE_ITEM_RE = re.compile(r"^(.+?) \d{1,3}(?:\+\d{1,2})?(?:'|st|nd|rd|th)?(?: min)?$")
# A scorer or bowler and the number after the name ("Kane 23", "Saka 45+2 pen", "Naseem 3-21").
# ("Rizwan 46*": not out)
SCORER_RE = re.compile(r"^(.+?),? \d{1,3}(?:\+\d{1,2})?'?(?:-\d{1,3})?\*?"
                       r"(?: ?(?:pen|p|og|o\.g\.))?$")
# A bracket right after a score or a total: "2 (Kane 23, Saka 67)", "113-7 (Rizwan 31)".
SCORE_BRACKET_RE = re.compile(r"(?<![\w.,])\d{1,3}(?:-\d{1,2})?(?:/\d{1,2})? \(([^()]{3,200})\)")
# Labels that head a list of substitutes, which may be short.
BENCH_LABELS = frozenset("Subs Substitutes Replacements Bench Reserves Interchange".split())
# A bench's label after the side, on the same line: "…, Storton. Subs: Whitbread, Luckley".
BENCH_AFTER_RE = re.compile(rf"\.\s+(?:{'|'.join(sorted(BENCH_LABELS))})(?: used)?"
                            r"(?: \([^()]*\))?:\s*")
# Items of a sheet: commas and semicolons, or dashes between a formation's lines ("Placide –
# Guidi, Ducrocq, Sainati – Magri, …").
ITEM_SPLIT_RE = re.compile(r"[;,]|\s[–—-]\s")
MIN_PLAYERS = 8  # a side on a sheet: football 11, rugby 15, cricket 11; fewer is another list
MIN_COMMA_PLAYERS = 10  # without semicolons (cricket), a longer list
MIN_BENCH = 3
MIN_SCORED = 5  # a team's scorers after its label ("REAL MADRID: Campazzo 20, Tavares 14, …")


def lineup_players(line: str, lex: Lexicon) -> tuple[str, tuple[str, ...]] | None:
    """(team label, players) of a team-sheet line, or None when the line is not one."""
    m = LABEL_RE.match(line)
    if m is None:
        return None
    body, bench = _split_bench(line[m.end():].strip().rstrip("."))
    if body.count(",") + body.count(";") < MIN_BENCH - 1:
        return None
    items = [i.strip() for i in ITEM_SPLIT_RE.split(body) if i.strip()]
    scored = _scored_names(items)
    if scored and len(scored) >= MIN_SCORED and _plausible_players(scored, lex) and \
            4 * sum(_strong_place(n, lex) for n in scored) <= len(scored):  # no weather table
        return m[1], tuple(scored)  # a box score: each player and his points
    players: list[str] = []
    for item in items:
        names = _item_names(item)
        if names is None:
            return None
        players.extend(names)
    label = m[1]
    least = MIN_BENCH if label.split()[0] in BENCH_LABELS else \
        MIN_PLAYERS if ";" in body else MIN_COMMA_PLAYERS
    if len(items) < least or not _plausible_players(players, lex):
        return None
    return label, tuple(players + bench)


def _split_bench(body: str) -> tuple[str, list[str]]:
    """A side's players and the substitutes its line names after them ("…, Storton. Subs:
    Whitbread, Luckley"); no substitutes when any of theirs is not name-shaped."""
    parts = BENCH_AFTER_RE.split(body, maxsplit=1)
    if len(parts) == 1:
        return body, []
    names: list[str] = []
    for item in (i.strip() for i in ITEM_SPLIT_RE.split(parts[1].rstrip(".")) if i.strip()):
        found = _item_names(item)
        if found is None:
            return parts[0], []
        names.extend(found)
    return parts[0], names


def _item_names(item: str) -> list[str] | None:
    """The player of one item and a substitute in its bracket, or None when not name-shaped."""
    brackets = BRACKET_RE.findall(item)
    head = BRACKET_RE.sub("", item).strip()
    if not _name_shaped(head):
        return None
    names = [head]
    for inner in brackets:
        sub = MINUTE_ITEM_RE.match(inner.strip())
        if sub and _name_shaped(sub[1]):
            names.append(sub[1])
    return names


def _name_shaped(text: str) -> bool:
    """Initials and capitalised words, lowercase only for particles ("Duhan van der Merwe")."""
    return PLAYER_RE.match(text) is not None and all(
        t[0].isupper() or t in NAME_PARTICLES for t in text.split())


def _scored_names(items: Sequence[str]) -> list[str] | None:
    """The names of a list whose every item is a name and a tally ("Nunn 27"), else None."""
    names = [s[1] for i in items if (s := SCORER_RE.match(i)) and _name_shaped(s[1])]
    return names if names and len(names) == len(items) else None


def scorer_names(line: str, lex: Lexicon) -> tuple[str, ...]:
    """Names in the brackets after a score: "2 (Kane 23, Saka 67)", "119 (Pant 42; Axar 20)"."""
    if "(" not in line:
        return ()
    out: list[str] = []
    for m in SCORE_BRACKET_RE.finditer(line):
        items = [i.strip() for i in re.split(r"[;,]", m[1]) if i.strip()]
        names = _scored_names(items) or []
        if names and (len(names) > 1 or _surname_like(names[0], lex)) and \
                _plausible_players(names, lex):
            out.extend(names)
    return tuple(out)


def _plausible_players(names: Sequence[str], lex: Lexicon) -> bool:
    """A list of people, not of places, bodies, dates or plain words: no body head, no month
    but one that is also a surname ("May"), at most a quarter strong places and a quarter plain
    words (a surname may be either)."""
    places = plain = months = 0
    for name in names:
        toks = [t for t in name.split() if len(t.rstrip(".")) > 1]
        if not toks or any(t in ORG_HEADS or t in MONTHS_DAYS and t not in lex.surnames
                           for t in toks):
            return False
        months += any(t in MONTHS_DAYS for t in toks)  # a player "May", not a list of dates
        last = toks[-1]
        known = last in lex.surnames or last in lex.given
        place = lex.places.get(name)
        places += bool(place and place.strong and not known)
        plain += last.lower() in lex.common and not known
    return 4 * places <= len(names) and 4 * plain <= len(names) and months <= 1


def _strong_place(name: str, lex: Lexicon) -> bool:
    """Whether a name is a place of its own, be it also a surname ("London", "Paris")."""
    place = lex.places.get(name)
    return place is not None and place.strong


def _surname_like(name: str, lex: Lexicon) -> bool:
    """A lone scorer's name that is no plain word or place ("(Kane 23)", not "(Route 66)")."""
    last = name.split()[-1]
    return last.lower() not in lex.common and last not in lex.places
