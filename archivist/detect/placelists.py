"""Places by the company they keep: the other names of a list of places ("Whorlton, Gainford and
Piercebridge, where …", "Darvel, Newmilns, Galston, Catrine and the farms").

A list of capitalised names that holds listed places (the gazetteer, the small-town list) and
otherwise only names that can be nothing but names (no English word, given name or surname)
is a list of places: its small towns and unknown names are places too. A word, a person's
name or a firm's word in the list leaves it alone ("Chelsea, Arsenal and Liverpool").
"""

from __future__ import annotations

import re

from .unlisted import OF_PLACE_NOUNS
from .lexicon import (FUNCTION_CAPS, MONTHS_DAYS, ORG_HEADS, TITLE_WORDS, Lexicon, is_demonym,
                      minor_places)

_CAP = "[A-ZÀ-ÖØ-ÞĀ-Ž]"
_NAME = rf"{_CAP}[\w'’]+(?:-[\w'’]+)*"
_ITEM = rf"{_NAME}(?: {_NAME}){{0,2}}"
# Three or more names joined by commas (and an "and"/"or" before the last), or two by "and".
LIST_RE = re.compile(rf"(?<![\w'’-])({_ITEM}(?:, {_ITEM}){{1,}}(?:,? (?:and|or) {_ITEM})?"
                     rf"|{_ITEM} (?:and|or) {_ITEM})(?![\w'’-])")
# What every list has: a name after a comma or after "and"/"or" (cheap: LIST_RE only then).
LIST_HINT_RE = re.compile(rf", {_CAP}| (?:and|or) {_CAP}")
SPLIT_RE = re.compile(r",? (?:and|or) |, ")
# Before the list: a place's preposition; after it: the clause going on as after places.
CUE_BEFORE_RE = re.compile(r"\b(?:in|near|around|at|from|to|between|through|across|outside|"
                           r"villages?|towns?|including|such as|like|via|and)\s*$")
WHERE_AFTER_RE = re.compile(r",? (?:where|whose)\b")
# After the list: the clause ends or goes on as after places, not with a noun the last name
# qualifies ("Geronimo, Apache chief", "Chechen rebel", "Liberte newspaper").
LIST_END_RE = re.compile(r"\s*(?:$|[.,;:!?)”\"]|[-–—]\s)| (?:on|in|at|for|to|from|with|since|"
                         r"until|during|after|before|last|this|next|where|and|or|near|over|"
                         r"between|when|while|is|was|were|are|has|had|have|still|as|by|which|"
                         r"that|about|would|will|could|can|may|might|all|both|each|too|also|"
                         r"today|now|then|under|along|across|upstream|downstream|through|"
                         r"past|instead|again|say|says|said)\b")
MONTH_SHORT = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
NOT_NAMES = FUNCTION_CAPS | MONTHS_DAYS | TITLE_WORDS | ORG_HEADS | MONTH_SHORT
# Fixtures and results: a list of towns there is a list of clubs ("Tranmere, Grimsby v …").
SPORT_RE = re.compile(r" vs?\.? [A-Z]|\b\d{1,3}-\d{1,3}\b")


def _kind(lex: Lexicon, item: str) -> str:
    """place (gazetteer), minor (small town), unknown (only a name), neutral or bad."""
    if item in MONTH_SHORT:
        return "bad"  # "KOTOR, Montenegro, Nov. 27"
    if item.isupper():
        return "neutral"  # a dateline's town or an initialism: read by their own rules
    if item in lex.places:
        return "place"
    if item in minor_places():
        return "minor"
    toks = item.split(" ")
    if len(toks) > 1 and toks[0] in lex.given and toks[-1] in lex.surnames:
        return "bad"  # a person's name
    if any(t in NOT_NAMES or t.lower() in lex.common or is_demonym(lex, t) for t in toks):
        return "bad" if len(toks) == 1 else "neutral"
    if toks[0] in lex.given or any(t in lex.surnames for t in toks):
        return "neutral"  # a name that may be a person's
    return "unknown"


def listed_company(lex: Lexicon, line: str) -> tuple[tuple[str, None], ...]:
    """The small towns and unknown names of the line's lists of places, as datelines' (surface,
    vouched None)."""
    if LIST_HINT_RE.search(line) is None:
        return ()
    out: list[str] = []
    sport = None
    for m in LIST_RE.finditer(line):
        if not LIST_END_RE.match(line, m.end()):
            continue
        if sport is None:  # a team sheet, fixtures, scores: lists of players and clubs
            sport = line.count(";") >= 2 or SPORT_RE.search(line) is not None
        if sport:
            return ()
        items = SPLIT_RE.split(m[1])
        kinds = [_kind(lex, item) for item in items]
        if "bad" in kinds or (m.start() == 0 or line[m.start() - 2:m.start()] in (". ", ": ")) \
                and kinds[0] == "neutral":
            continue
        listed = kinds.count("place") + kinds.count("minor")
        cued = CUE_BEFORE_RE.search(line, max(0, m.start() - 16), m.start()) is not None or \
            WHERE_AFTER_RE.match(line, m.end()) is not None
        if listed >= 2 and "place" in kinds or listed >= 1 and cued and len(items) >= 3 or \
                kinds.count("minor") >= 2:
            out += [item for item, kind in zip(items, kinds) if kind in ("minor", "unknown")]
    return tuple((item, None) for item in dict.fromkeys(out))


# A listed small place the sentence travels to or from ("commutes daily from Moate to …", "drive
# to Dilijan instead", "from Mullingar to Ballinasloe"): a motion word close before the cue (not
# "go" or "come": "the award went to Tewkesbury").
MOTION_RE = re.compile(
    r"\b(?:travel\w*|drive|drives|driving|drove|"
    r"commut\w+|divert\w*|mov(?:e|es|ed|ing)|fl(?:y|ies|ew|ights?)|sail\w*|trips?|exports?|"
    r"imports?|return\w*|bus(?:es)?|ferr(?:y|ies)|trains?|road|route|walk\w*|head\w*|"
    r"evacuated|fled|relocated|transferred)\b(?: \w+){0,3}? (?:from|to|into|towards) "
    rf"({_NAME}(?: {_NAME})?)")
# Travel words that say a name after "from"/"to" is somewhere (not "moved to Juventus", "came
# from Acme"): an unknown name after them is a place too.
JOURNEY = frozenset("commute commutes commuted commuting travel travels travelled traveled "
                    "travelling traveling drive drives driving drove walk walks walked walking "
                    "flights flight flew fly flies ferry ferries bus buses train trains trip trips "
                    "sail sails sailed evacuated fled".split())
ROUTE_WORDS = JOURNEY | frozenset("line lines road roads route routes way link links railway "
                                  "tunnel bridge metro path trail villages towns".split())
FROM_TO_RE = re.compile(rf"\bfrom ({_NAME}(?: {_NAME})?) to ({_NAME}(?: {_NAME})?)")
# A river named without its noun: "the X" after a preposition of water, where the line speaks of
# water ("Ice jam on the Daugava floods homes", "trams along the Miljacka … the river").
RIVER_RE = re.compile(rf"\b(?:on|along|down|up|over|across|beside|into|below|above|by|of|"
                      rf"from|past) the ({_NAME})(?![\w'’-]| [A-Z]| and [A-Z])")
RIVER_VERB_RE = re.compile(r" (?:floods|flooded|burst|bursts|rose|rises|froze|freezes|peaked|"
                           r"peaks|breached|swelled|runs|ran|flows|flowed)\b")
WATER_RE = re.compile(r"\b(?:rivers?|flood\w*|banks?|bridges?|boats?|ferr(?:y|ies)|waters?|"
                      r"burst|rose|rising|peak\w*|levels?|ice|delta|estuary|upstream|downstream|"
                      r"swollen|flows?|flowing|tributar\w+|kayak\w*|canoe\w*|swim\w*|fish\w*|"
                      r"dredg\w*|breach\w*|embankment|quays?|slipways?|shores?|source|sea)\b")


# A listed small place after a lowercase noun's "of" ("the lights of Darlington on the horizon",
# "the districts of Puntigam and …"): a place's, where no capitalised word goes on the name.
OF_RE = re.compile(rf" of ({_NAME}(?: {_NAME})?)(?![\w'’-]| [A-Z])")
# (a place's parts, features and people: not "a partner of Bessemer", "a cargo of Oriente")
OF_NOUNS = OF_PLACE_NOUNS | frozenset("lights skyline centre center harbour harbor map "
                                      "townships neighbourhoods neighborhoods area areas "
                                      "countryside hinterland rest".split())


# A name ending in a landform's or a locality's word after a place's preposition, whatever its
# first word ("in Green Point,", "at Sparrows Point and", "to High Force,", "near the Red Beach"):
# a place's name, though an English word opens it.
HEAD_WORDS = ("Point|Bay|Farm|End|Beach|Cliffs|Fell|Crag|Force|Sands|Cove|Head|Hill|Hills|Quay|"
              "Wharf|Landing|Creek|Island|Islands|Valley|Gorge|Glen|Falls|Lake|Market|Square|"
              "Bridge|Reef|Reefs|Marsh|Moor|Common|Green|Downs")
HEAD_RE = re.compile(rf"[a-z] (?:{HEAD_WORDS})\b")  # (cheap: read HEADED_RE only then)
HEADED_RE = re.compile(rf"\b(?:in|at|near|from|to|around|outside|past|towards?|across|"
                       rf"of) (?:the )?((?:{_NAME} ){{1,2}}(?:{HEAD_WORDS}))(?![\w'’-]| [A-Z])")


def _small_place(lex: Lexicon, name: str) -> bool:
    """A listed place that needs a cue: weak in the gazetteer or a small town, and no word or
    person's name."""
    place = lex.places.get(name)
    return (place is not None and not place.strong or place is None and name in minor_places()) \
        and name.lower() not in lex.common and name not in lex.given and \
        name not in lex.surnames and name not in NOT_NAMES


def _person(lex: Lexicon, name: str) -> bool:
    """Whether a name opens with a given name and goes on with a surname ("Kevin Hill")."""
    toks = name.split(" ")
    return toks[0] in lex.given and toks[0].lower() not in lex.common and \
        toks[-1] in lex.surnames


def travelled(lex: Lexicon, line: str) -> tuple[tuple[str, None], ...]:
    """Small listed places a line travels to or from and rivers named without their noun, as
    datelines' (surface, vouched None). (Not "the Vienna-based body": CoNLL's gold has no place
    there, the fresh collections' gold has one; left as it was.)"""
    motion = " to " in line or " from " in line or " into " in line or " toward" in line
    out = [m[1] for m in (MOTION_RE.finditer(line) if motion else ())
           if (_small_place(lex, m[1]) or m[0].split(" ", 1)[0] in JOURNEY and
               _kind(lex, m[1]) == "unknown") and LIST_END_RE.match(line, m.end())]
    out += [m[1] for m in (HEADED_RE.finditer(line) if HEAD_RE.search(line) else ())
            if m[1].split(" ", 1)[0] not in NOT_NAMES and not _person(lex, m[1]) and
            LIST_END_RE.match(line, m.end())]
    if " of " in line:
        out += [m[1] for m in OF_RE.finditer(line)
                if line[max(0, m.start() - 16):m.start()].rpartition(" ")[2] in OF_NOUNS and
                _small_place(lex, m[1]) and LIST_END_RE.match(line, m.end())]
    for m in FROM_TO_RE.finditer(line) if " from " in line else ():
        kinds = [_kind(lex, m[1]), _kind(lex, m[2])]
        # "its first line, from Bến Thành to Suối Tiên,"; not "switched from Quelvaco to Tarsanu"
        both = all(k in ("unknown", "minor", "place") for k in kinds) and \
            LIST_END_RE.match(line, m.end()) is not None and \
            not ROUTE_WORDS.isdisjoint(re.findall(r"[a-z]+", line[max(0, m.start() - 30):
                                                                 m.start()]))
        out += [m[i] for i in (1, 2) if _small_place(lex, m[i]) or
                both and kinds[i - 1] in ("unknown", "minor")]
    if " the " in line and WATER_RE.search(line):
        out += [m[1] for m in RIVER_RE.finditer(line)
                if _kind(lex, m[1]) in ("unknown", "minor") and
                (LIST_END_RE.match(line, m.end()) or RIVER_VERB_RE.match(line, m.end()))]
    return tuple((name, None) for name in dict.fromkeys(out))
