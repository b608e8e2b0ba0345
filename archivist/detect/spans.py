"""Line parsing: capitalised-token runs ("spans") of a line, with the context the rules read."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import islice

from .lexicon import (AND_OPENERS, AREA_ADJECTIVES, FACILITY_SUFFIXES, FUNCTION_CAPS,
                      HISTORIC_PLACES, MONTHS_DAYS, NAME_PARTICLES, ORG_HEADS, PLACE_ALIASES,
                      PLACE_PREFIXES, PLACE_SUFFIXES, ROLE_NOUNS, ROMANCE_ROLE_NOUNS, TITLE_HEADS,
                      TITLE_WORDS, PROVINCE_ABBREVIATIONS, US_STATE_ABBREVIATIONS)

def _upper_lower_classes() -> tuple[str, str]:
    """Regex character classes for upper- and lower-case letters of Latin/Greek/Cyrillic, with
    Latin Extended Additional (Vietnamese "Thị", "Trường"; Welsh "ẃ")."""
    chars = [chr(i) for i in (*range(0x41, 0x530), *range(0x1E00, 0x1F00))]
    upper = "".join(re.escape(c) for c in chars if c.isupper())
    # (with the okina, a letter of Hawaiian names: "Kauaʻi", "Hāʻena")
    lower = "".join(re.escape(c) for c in chars if c.islower()) + "\u02bb"
    return upper, lower


UP, LO = _upper_lower_classes()
CONTRACTION_RE = re.compile(r"(?:I|It|He|She|We|They|You|That|There|Here|What|Who|Let)"
                            r"['’](?:m|s|re|ll|ve|d)")
TOKEN_RE = re.compile(
    rf"(?:[{UP}]\.){{2,}}"                                  # U.S., U.K.
    rf"|[{UP}{LO}]+(?:['’][{UP}{LO}]+|-[{UP}{LO}]+)*"  # words, O'Gorman, Putin's
)
UPPER_RE = re.compile(f"[{UP}]")
LOWER_RE = re.compile(f"[{LO}]")
# What follows a dateline's place: a date ("LONDON 1996-08-30", ", Aug 10", ", 28 November"), a
# source ("(Reuters)"), a dash, a colon or slashes before prose ("KARACHI: Heavy …", "DUBAI // …")
# or a region and then one of those ("NAIROBI, Kenya, Sept 9 —", "MANILA, Philippines — …").
DATELINE_RE = re.compile(
    rf"^\s*([{UP}][{UP}.'’-]*(?:[ /-][{UP}][{UP}.'’-]*){{0,3}})"  # ("JOHANNESBURG/DURBAN")
    r"(?=\s+\d{4}-\d\d-\d\d|\s*,\s+[A-Z][a-z]+\.? \d|\s*,\s+\d{1,2}\.? (?:de )?[A-Z][a-z]+"
    r"|\s*,\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"  # "RIGA, 28.02.2026", "BILBAO, 14/06/2025."
    r"|\s*,\s+\d{1,2} \([A-Z]"  # "SEVILLA, 3 (EUROPA PRESS)": the day, then the agency
    r"|\s*,\s+[a-z]{2,8}\.? \d{1,2}\.? [a-zà-ü]{3,}"  # "ORAN, le 18 mars", "…, zondag 1 maart"
    r"|\s*\((?:[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})\)"  # "(Reuters)", "(Matangi Tonga)"
    r"|\s+[-–—]+\s|:\s+[A-Z\"“]|\s+//\s"
    r"|\s*,\s+(?!(?:Mr|Ms|Mrs|Miss|Dr|Prof|Sir|Dame|Hon)\b(?!\.\s*(?:\(|[-–—])))"  # ("RICH, Mr
    # Daniel,": a roster; "TUPELO, Miss. (Sept. 16) —": Mississippi)
    r"[A-ZÀ-Þ][A-Za-zß-ÿ.]*(?: [A-ZÀ-Þ][a-zß-ÿ]+)?\.?(?:,|\s*\(|\s+[-–—]+\s))"  # "Nuevo León"
)
DOTTED_PREFIXES = frozenset(("St", "Ste", "Mt", "Ft"))  # "St. Louis" is one name
# Titles written with a dot stay with the name after them ("Mrs. Hajara Mohammed", one span).
DOTTED_TITLES = frozenset("Mr Mrs Ms Dr Prof Rev Atty Engr".split())
# Abbreviations whose dot belongs to them ("Calif.")
DOTTED = DOTTED_PREFIXES | frozenset(
    a[:-1] for a in (*US_STATE_ABBREVIATIONS, *PROVINCE_ABBREVIATIONS) if a.count(".") == 1)
DATELINE_REGION_RE = re.compile(r"\s*,\s+((?:[A-Z]\.){2}(?=[\s,])|"
                                r"[A-ZÀ-Þ][a-zß-ÿ]+(?: [A-ZÀ-Þ][a-zß-ÿ]+)?|"  # "Nuevo León"
                                r"[A-Z]{2}(?=\s+[-–—]+\s))\.?"  # "TUCSON, AZ —": a postal code
                                r"(?=\s+\d|,|\s*\(|\s+[-–—]+\s)")
CREDIT_RE = re.compile(r"[^\W\d_][\w'’-]*/[^\W\d_][\w'’-]*$")  # "Kuzmina/TASS": a photo credit
CAPS_RUN_HINT_RE = re.compile(r"[A-Z]{2} [A-Z]{2}")
CAPS_RUN_RE = re.compile(rf"(?<![{UP}\d.-] )(?<![\w.-])[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+){{1,2}}"
                         rf"(?![\w.-]| [{UP}][\w])")
# An English participle or noun after a hyphen makes a qualifier ("Kong-based", "Moscow-led",
# "Paris-born", "Prize-winning"); short syllables of Korean or Chinese names do not ("In-so",
# "Xiao-ping").
QUALIFIER_RE = re.compile(r"[A-Za-z.]-(?:[a-z]+ed|[a-z]{3,}ing|born|run|made|held|built|bound|"
                          r"style|era|wide|type|class|area|zone)$")
# An editor's capitalised insertion in running text that a name goes on after: "the [New]
# Development Bank" (not after a sentence's end: "[Laughter] Mr Smith" is two things).
BRACKETED_HEAD_RE = re.compile(r"(?<=[^\s.!?:;)\]] )\[([A-Z][^\[\].!?]{0,40})\] (?=[A-Z])")
OF_GAPS = frozenset((" of ", " of the "))
CHAIN_GAPS = frozenset(
    " of | of the | for | for the | and | and the | in | in the | on | de | at ".split("|"))
NUMBER_RE = re.compile(r"\d(?<![\w.]\d)\d*(?:[.,:/-]\d+)*")  # not after a letter or dot
DIGIT_RE = re.compile(r"\d")  # what every NUMBER_RE match starts with
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A whole date in a short line: the line is a header's place and date, no table row.
HEADER_DATE_RE = re.compile(rf"\b(?:\d{{1,2}} {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}},? \d{{4}}|"
                            r"\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{4}|"
                            r"\d{1,2} de [a-zç]+ de \d{4}|"  # "18 de julio de 2026"
                            r"\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|"
                            r"septembre|octobre|novembre|décembre) \d{4})\b")  # "3 novembre 2024"
HEADER_DATE_MAX = 60
_WRITTEN_MONTH = (_MONTH + r"|(?:Januar|Februar|März|Juni|Juli|Oktober|Dezember|Juin|Juillet|"
                  r"Août|Julio|Junio|Agosto|Mayo|Enero|Abril|Marzo)[a-z]*")
# A date written out ("March 2, 2026", "4 August 2025"): one number for a table row's test, so
# a date line ("Chennai, March 2, 2026") is no results row.
WRITTEN_DATE_RE = re.compile(rf"\b(?:\d{{1,2}}\.? (?:{_WRITTEN_MONTH})(?:,? \d{{4}})?|"
                             rf"(?:{_WRITTEN_MONTH}) \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?)"
                             r"(?!\w)", re.IGNORECASE)
NEAR_URL_RE = re.compile(r"[/@\\_=]|www\.|\.\w{2,4}$")
URL_LINE_RE = re.compile(r"[/@\\_=]|www\.")
FILE_EXT_RE = re.compile(r"\.[A-Za-z]{2,5}\b")
INITIAL_SKIP = " \t\"“‘'([*•-–—"
# A lowercase particle between two parts of a name, or a Dutch or German pair ("Ursula von der
# Leyen"); not Spanish "de la", "de los", which join the words of place names as often.
PARTICLE_GAP_RE = re.compile(rf"( |\. ?)((?:(?:van|von) (?:der|den|de|dem) |de (?:la|las|los) "
                             rf"|(?:{'|'.join(sorted(NAME_PARTICLES | {'i'}))}) ))")
# Spanish "y" and Catalan "i" ("and") join a compound surname ("José Ortega y Gasset", "Joan
# Garcia i Puig") only after two names or more and before one word that is no given name; else
# they join two people ("Ana Roe y Juan Lee", "Pere i Marta").
CONJUNCTION_GAPS = frozenset(("y ", "i "))
LET = UP + LO
_WORD_TAIL = rf"(?:['’][{LET}]+|-[{LET}]+)*"
# A name behind a lowercase article or elision ("al-Assad", "el-Sisi", "d'Estaing"), which the
# capital scan skips as a capital inside a word.
PREFIXED_RE = re.compile(rf"(?<![{LET}'’-])(?:(?:al|el|ad|ar|as|ash|az|ud|ul)-|d['’])"
                         rf"[{UP}][{LET}]*{_WORD_TAIL}")
PREFIXED_HINT_RE = re.compile(rf"[ldrsz]-[{UP}]|d['’][{UP}]")
DOT_WORD_RE = re.compile(r"\.\w")
LAST_WORD_RE = re.compile(rf"(?>[{LET}]++(?:['’][{LET}]++|-[{LET}]++)*+)$")
_ALIAS_CAPS = "|".join(sorted((a for a in [*PLACE_ALIASES, *HISTORIC_PLACES]
                               if a.isalpha() and a.isupper()), key=len, reverse=True))
_NAME_AHEAD = (  # a name-like token here: initial or abbreviation, has lowercase, or alias
    rf"[{UP}]\.|[{UP}](?:[{UP}]|['’-](?=[{LET}]))*[{LO}]"
    rf"|(?:{_ALIAS_CAPS})(?![{LET}]|['’-][{LET}])"
    rf"|Ó(?= [{UP}])"  # the Irish particle of a family name ("Niamh Ó Briain")
)
CAP_SCAN_RE = re.compile(  # (text skipped, next name-like token with a capital first)
    rf"((?:[^{UP}]++|(?<=[{LET}])[{UP}]|(?<=[{LET}]['’-])[{UP}]"
    rf"|(?!{_NAME_AHEAD})[{UP}][{LET}]*+(?:['’][{LET}]++|-[{LET}]++)*+)*+)"
    rf"((?:[{UP}]\.){{2,}}|[{UP}][{LET}]*{_WORD_TAIL})?"
)


@dataclass(slots=True)
class Span:
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
    tabular: bool = False  # the line is a results-table row


def of_joint(span: Span, k: int) -> str:
    """ " of " or " of the ", as the line writes it before token k of an of-name ("Ministry of
    the Interior" must be written so to be found in the text)."""
    if 0 < k < len(span.starts) and len(span.surfaces) == len(span.starts):
        gap = span.starts[k] - span.starts[k - 1] - len(span.surfaces[k - 1])
        if gap == len(" of the "):
            return " of the "
    return " of "


CAPS_SMALL = frozenset("of on upon the de da do del dos das la le les el am and y".split())


def caps_display(surface: str) -> str:
    """A name in capitals as the gazetteer writes it: "ST. JOHN'S" → "St. John's", "PORT OF
    SPAIN" → "Port of Spain" (str.title would give "John'S" and "Of")."""
    words = surface.split(" ")
    return " ".join(w.lower() if i and w.lower() in CAPS_SMALL else
                    "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))
                    for i, w in enumerate(words))


def dateline_places(line: str, m: re.Match[str]) -> tuple[str, ...]:
    """The dateline's place and, in a capitals line, the country or state after it
    ("SPA-FRANCORCHAMPS, Belgium 1996-08-23")."""
    region = DATELINE_REGION_RE.match(line, m.end())
    first = m.group(1).rstrip(".-")
    if region and region[1].split()[0] in MONTHS_DAYS:
        region = None  # "ULAANBAATAR, March 11": the date, not the English town of March
    return (first, region[1]) if region else (first,)


def caps_runs(line: str) -> tuple[str, ...]:
    """Runs of two or three all-caps words inside a mixed-case line ("said JOHN SMITH")."""
    if not CAPS_RUN_HINT_RE.search(line):
        return ()
    return tuple(m[0] for m in CAPS_RUN_RE.finditer(line))


def is_caps_line(line: str) -> bool:
    """Whether a line is written in capitals (a headline), so its capitalisation says nothing."""
    upper = len(UPPER_RE.findall(line))
    if upper < 3 or _at_least_lower(1 << upper.bit_length()).match(line):
        return False  # more lowercase letters than capitals: a mixed-case line
    lower = len(LOWER_RE.findall(line))
    return upper + lower >= 4 and upper >= 0.7 * (upper + lower)


@functools.lru_cache(maxsize=None)
def _at_least_lower(count: int) -> re.Pattern[str]:
    """A pattern matching a text with at least count lowercase letters (compiled once each)."""
    return re.compile(f"(?:[^{LO}]*+[{LO}]){{{count}}}")


TABLE_LOWER = 3  # lowercase words a results-table row may have


def is_tabular(line: str) -> bool:
    """Whether a line is a results-table row (numbers, few lowercase words): names are teams."""
    if DIGIT_RE.search(line) is None:
        return False  # (most lines: one quick scan instead of NUMBER_RE's)
    # (the words first, and only up to the fourth lowercase one: a sentence with a number in it
    # is told from a table row in a few words, before its numbers are read)
    if len(list(islice((w for w in line.split() if w[:1].islower()), TABLE_LOWER + 1))) > \
            TABLE_LOWER:
        return False
    numbers = len(NUMBER_RE.findall(line))
    if numbers >= 2 and WRITTEN_DATE_RE.search(line):
        numbers = len(NUMBER_RE.findall(WRITTEN_DATE_RE.sub("1", line)))
    return numbers >= 2


def _cap_tokens(line: str) -> list[tuple[str, int, int, str]]:
    """Name-like capital tokens (as TOKEN_RE splits the line), offsets, text skipped before."""
    out = []
    pos = 0
    pending = ""
    for skipped, tok in CAP_SCAN_RE.findall(line):
        if tok and ("'" in tok or "’" in tok) and CONTRACTION_RE.fullmatch(tok):
            pending += skipped + tok  # "I'm Dewi": the pronoun is no part of the name
            continue
        if tok:
            skipped, pending = pending + skipped, ""
            pos += len(skipped)
            out.append((tok, pos, pos + len(tok), skipped))
            pos += len(tok)
    if ("-" in line or "d'" in line or "d’" in line) and PREFIXED_HINT_RE.search(line):
        return _with_prefixed(line, out)
    return out


def _with_prefixed(line: str, caps: list[tuple[str, int, int, str]]
                   ) -> list[tuple[str, int, int, str]]:
    """The capital tokens with the names behind a lowercase article added in line order."""
    extra = [(m[0], m.start(), m.end(), "") for m in PREFIXED_RE.finditer(line)]
    if not extra:
        return caps
    out: list[tuple[str, int, int, str]] = []
    pos = 0
    for tok, start, end, _ in sorted(caps + extra, key=lambda c: c[1]):
        if start >= pos:
            out.append((tok, start, end, line[pos:start]))
            pos = end
    return out


def _sentence_initial(line: str, start: int) -> bool:
    """Whether the text before start leaves the token at a sentence (or quote, turn) start."""
    k = start
    while k and line[k - 1] in INITIAL_SKIP:
        k -= 1
    if not k:
        return True
    if line[k - 1] == "." and k >= 2 and line[k - 2].isupper() and \
            (k == 2 or not line[k - 3].isalpha()) and line[k - 3:k - 2] not in ("°", "º"):
        return False  # "J. Roe" (an initial; "43°C. Meteorologist": a unit ends the sentence)
    if line[k - 1] == "." and (m := ABBREVIATED_TITLE_RE.search(line, 0, k)) and \
            (m[1] in TITLE_HEADS or m[1] == "Hon"):
        return False  # "Sen. John Paul T. Smith", "Hon. Maria Corazon T. Roe": a title's stop
    return line[k - 1] in ".!?:;…"


ABBREVIATED_TITLE_RE = re.compile(r"(?<![\w.])([A-Z][a-z]{1,4})\.$")  # "Sen.", "Hon.", "Atty."


def _in_url_or_file(line: str, start: int, end: int, url_line: bool = True) -> bool:
    """Whether a token sits inside a URL, e-mail, path or file name ("Bild.jpeg")."""
    left = line.rfind(" ", 0, start) + 1
    right = line.find(" ", end)
    chunk = line[left:right if right >= 0 else len(line)].rstrip(".,;:!?)\"”’'")
    if (url_line or "." in chunk) and NEAR_URL_RE.search(chunk) and not CREDIT_RE.match(chunk):
        return True
    if line[end:end + 1] != ".":
        return False
    after = line[end:end + 6]
    return bool(FILE_EXT_RE.match(after)) and not after[1:2].isupper()


# Index of each Span field in the plain tuples that parsing gives (see Span for the meaning).
(F_TOKENS, F_SURFACES, F_START, F_END, F_INITIAL, F_PREV, F_PREV2, F_NEXT, F_OF_SPLIT, F_BOUND,
 F_STARTS) = range(11)


LISTED_MODIFIER_RE = re.compile(r"\b([A-Z][a-z]+), $")


# Institutions named after their founder or saint with a possessive ("Gray's School of Art").
POSSESSIVE_INSTITUTIONS = frozenset("School College Hospital Academy Infirmary".split())
# A ruler's or a prelate's seat named by the office ("the Emir's Palace", "the Bishop's Palace"):
# one building, whoever holds the office.
RESIDENCE_HEADS = frozenset(("Palace",))
RESIDENT_TITLES = frozenset("Emir Sultan King Queen Bishop Archbishop Governor Oba Emperor Doge "
                            "Prince Princess Pope Shah Maharaja Nawab Patriarch".split())


def body_words(name: str) -> list[str]:
    """The words of an organisation's name that may be its short name: all but the last of a
    longer name, without possessives, and not the person an institution is named after ("Gray"
    of "Gray's School of Art" may still be Kevin Gray)."""
    words = name.split()
    return [w.removesuffix("'s").removesuffix("’s") for w, nxt in zip(words, words[1:] or [""])
            if not (w.endswith(("'s", "’s")) and nxt in POSSESSIVE_INSTITUTIONS)]


@functools.cache
def _possessive_places() -> frozenset[str]:
    """The gazetteer's names with a possessive inside: "King's Lynn", "Bishop's Stortford"."""
    from .lexicon import lexicon

    return frozenset(name.replace("’", "'") for name in lexicon().places
                     if "'s " in name.replace("’", "'"))


def _possessive_place(word: str, nxt: tuple[str, int, int, str]) -> bool:
    """Whether a possessive and the next word make one listed place ("King's Lynn") or one
    institution named after someone ("Gray's School of Art", "Guy's Hospital")."""
    if nxt[3] != " ":
        return False
    if nxt[0] in RESIDENCE_HEADS:
        return word[:-2] in RESIDENT_TITLES
    if nxt[0] in POSSESSIVE_INSTITUTIONS:
        from .lexicon import lexicon

        return word[:-2] not in lexicon().places  # "Britain's Academy": the country's
    return f"{word} {nxt[0]}".replace("’", "'") in _possessive_places()


# A saint's possessive before a site's noun names one site ("St Mary's Cathedral", "St James'
# Park", "St Peter's Square"), not the saint nor a town called after him ("St Paul").
SAINT_SITE_WORDS = frozenset(("St", "St.", "Saint", "Ste"))
SAINT_SITES = frozenset("Church Cathedral Chapel Basilica Abbey Priory Shrine Minster Square Park "
                        "Hall Hospital Infirmary Church Gate Green Road Street Lane Place "
                        "Terrace Gardens Well Mount".split())


def _saint_site(members: list[tuple[str, int, int, str]], nxt: tuple[str, int, int, str]) -> bool:
    """Whether a saint's possessive and the next word make one site ("St Mary's Cathedral")."""
    return len(members) >= 2 and members[-2][0] in SAINT_SITE_WORDS and nxt[3] == " " and \
        nxt[0] in SAINT_SITES


def _cut_qualifier(line: str, span: tuple) -> tuple:
    """A body's name without the compound it opens: "Department of Natural Resources" of
    "Department of Natural Resources-protected lands" (a place's "New York-based" is left to
    the place rules: no place)."""
    toks = span[F_TOKENS]
    if len(toks) < 2 or not QUALIFIER_RE.search(toks[-1]) or \
            not any(t in ORG_HEADS for t in toks[:-1]):
        return span
    cut = toks[-1].rfind("-")
    end = span[F_STARTS][-1] + cut
    return (toks[:-1] + (toks[-1][:cut],), span[F_SURFACES][:-1] + (span[F_SURFACES][-1][:cut],),
            span[F_START], end, span[F_INITIAL], span[F_PREV], span[F_PREV2],
            line[end:end + 40], *span[F_OF_SPLIT:])


def line_spans(line: str, common: frozenset[str]) -> tuple[tuple, ...]:
    """Spans of a line as Span field tuples, "X of Y" merged, long title-case chains bound."""
    merged: list[tuple] = []
    raw = _raw_spans(line)
    skip = 0
    for i, span in enumerate(raw):
        if i < skip:
            continue
        prev = merged[-1] if merged else None
        end = _portfolio_end(line, merged[-1], raw, i, common) if merged else None
        if end is not None:
            # "Ministry of Tourism, Culture and the Arts": one body's list of portfolios
            merged[-1] = _portfolio(line, merged[-1], raw[i:end + 1])
            skip = end + 1
            continue
        of_gap = prev is not None and line[prev[F_END]:span[F_START]] in OF_GAPS and \
            not _body_of_next(line, span, raw[i + 1] if i + 1 < len(raw) else None)
        and_name = prev is not None and _and_name(line, prev, span, common)
        if prev is not None and (_of_name_goes_on(line, prev, span, common) or
                                 and_name and _and_joins(span, common) or
                                 _listed_and(line, prev, span) or
                                 _shared_body(line, prev, span, common) or
                                 _eponym_pair(line, prev, span)):
            # "Department of Health and Human Services", "Securities and Exchange Commission":
            # one body, not "Department of Health" or "Exchange Commission"
            merged[-1] = _joined(line, prev, span)
        elif prev is not None and _for_body(line, prev, span):
            # "Center for Renewable Energy", "Institute for Fiscal Studies": one body
            merged[-1] = _joined(line, prev, span)
        elif and_name or prev is not None and _half_pair(line, prev, span, common):
            # "the Foreign and Defence Ministries", "Continental and Louis Dreyfus Corp": the
            # part after "and" names no body of its own
            merged.append(span[:F_BOUND] + (True,) + span[F_BOUND + 1:])
        elif of_gap and prev[F_OF_SPLIT] and prev[F_TOKENS][prev[F_OF_SPLIT] - 1] in ORG_HEADS:
            # "Academy of Sciences of Finland": the place is part of the organisation's name
            merged.append(span[:F_BOUND] + (True,) + span[F_BOUND + 1:])
        elif of_gap and not prev[F_OF_SPLIT]:
            merged[-1] = (prev[F_TOKENS] + span[F_TOKENS], prev[F_SURFACES] + span[F_SURFACES],
                          prev[F_START], span[F_END], prev[F_INITIAL], prev[F_PREV],
                          prev[F_PREV2], span[F_NEXT], len(prev[F_TOKENS]), False,
                          prev[F_STARTS] + span[F_STARTS])
        else:
            merged.append(span)
    if len(merged) >= 3:
        _mark_chains(line, merged, common)
    if "] " in line:
        merged = _bracketed(line, merged)
    if "-" in line:
        merged = [_cut_qualifier(line, m) for m in merged]
    return tuple(merged)


PORTFOLIO_GAPS = (", ", ", and ", " and ", ", and the ", " and the ", " & ")


def _portfolio_end(line: str, prev: tuple, raw: list[tuple], i: int,
                   common: frozenset[str]) -> int | None:
    """The index of the last span of a body's listed portfolios after its "of" name ("Ministry
    of Tourism, Culture and the Arts"; "Department of Housing, Local Government and Heritage"):
    items of ordinary words after commas, the last after "and"; None when there is no such list."""
    k = prev[F_OF_SPLIT]
    if not k or prev[F_TOKENS][k - 1] not in ORG_HEADS or \
            line[prev[F_END]:raw[i][F_START]] != ", ":
        return None
    j, last = i, prev
    while j < len(raw):
        gap = line[last[F_END]:raw[j][F_START]]
        if gap not in PORTFOLIO_GAPS or not _portfolio_item(raw[j], common):
            return None
        if "and" in gap or "&" in gap:
            return j if j > i or gap != ", " else None
        last, j = raw[j], j + 1
    return None


def _portfolio_item(span: tuple, common: frozenset[str]) -> bool:
    """Whether a span is one portfolio of a body's list: up to three ordinary words."""
    if span[F_TOKENS] == ("Local", "Government"):
        return True  # a portfolio, not a body, in a department's list
    return len(span[F_TOKENS]) <= 3 and all(
        w.lower() in common and w not in ORG_HEADS and w not in TITLE_HEADS and
        w.lower() not in ROLE_NOUNS and w not in MONTHS_DAYS for w in span[F_TOKENS])


def _portfolio(line: str, prev: tuple, items: list[tuple]) -> tuple:
    """The body's span with its portfolios, each token written as the line has it (commas,
    "and", "the") so that the name is found again in the text."""
    tokens, surfaces, starts = list(prev[F_TOKENS]), list(prev[F_SURFACES]), list(prev[F_STARTS])
    last = prev
    for item in items:
        tokens[-1] += "," if line[last[F_END]] == "," else ""
        surfaces[-1] = tokens[-1] if surfaces[-1] + "," == tokens[-1] else surfaces[-1]
        at = last[F_END] + 1 + (line[last[F_END]] == ",")
        for word in line[last[F_END]:item[F_START]].replace(",", " ").split():
            tokens.append(word)
            surfaces.append(word)
            starts.append(line.index(word, at))
        tokens += item[F_TOKENS]
        surfaces += item[F_SURFACES]
        starts += item[F_STARTS]
        last = item
    return (tuple(tokens), tuple(surfaces), prev[F_START], last[F_END], prev[F_INITIAL],
            prev[F_PREV], prev[F_PREV2], last[F_NEXT], prev[F_OF_SPLIT], prev[F_BOUND],
            tuple(starts))


def _body_of_next(line: str, span: tuple, nxt: tuple | None) -> bool:
    """Whether a span is a body's head with its own "of" name after it ("Jane Roe of the
    University of Ghana", "President of the Bank of England"): it joins that, not the one
    before; not where that is a body of its own ("Board of the Valdai Foundation")."""
    return nxt is not None and span[F_TOKENS][-1] in ORG_HEADS and \
        not any(t in ORG_HEADS for t in nxt[F_TOKENS]) and line[span[F_END]:nxt[F_START]] in OF_GAPS


def _bracketed(line: str, spans: list[tuple]) -> list[tuple]:
    """Spans without the head of a name an editor completed in brackets ("[Governor Oleg]
    Kozhemyako"), the body's name after it bound ("the [New] Development Bank" is no
    "Development Bank"); a surname or place after it still counts ("[Russian] Far East")."""
    out = []
    for span in spans:
        m = next((m for m in BRACKETED_HEAD_RE.finditer(line)
                  if m.start(1) <= span[F_START] <= m.end()), None)
        if m is not None and span[F_START] < m.end(1):
            continue
        if m is not None and span[F_TOKENS][-1] in ORG_HEADS:
            span = span[:F_BOUND] + (True,) + span[F_BOUND + 1:]
        out.append(span)
    return out


def _of_name_goes_on(line: str, prev: tuple, span: tuple, common: frozenset[str]) -> bool:
    """Whether a body's "of" name goes on after " and " ("Ministry of Trade and Industry"): its
    head an organisation word, the words on both sides of "and" ordinary ones."""
    k = prev[F_OF_SPLIT]
    if not k or line[prev[F_END]:span[F_START]] != " and " or \
            prev[F_TOKENS][k - 1] not in ORG_HEADS or len(span[F_TOKENS]) > 3:
        return False
    words = (prev[F_TOKENS][-1], *span[F_TOKENS])
    return all(w.lower() in common and w not in ORG_HEADS and w not in TITLE_HEADS
               and w.lower() not in ROLE_NOUNS and w not in MONTHS_DAYS for w in words)


def _and_joins(span: tuple, common: frozenset[str]) -> bool:
    """Whether the part after "and" of a body's name continues it as one name ("... and Drug
    Administration"): an ordinary word first, then words up to one body head, not a plural of
    one ("the Foreign and Defence Ministries" are two bodies)."""
    tokens = span[F_TOKENS]
    head = tokens[-1]
    plural = head.endswith("ies") and head[:-3] + "y" in ORG_HEADS or \
        head.endswith("s") and head[:-1] in ORG_HEADS
    return len(tokens) >= 2 and tokens[0] not in FUNCTION_CAPS and \
        tokens[0].lower() in common and not plural


@functools.cache
def _and_places() -> frozenset[str]:
    """The gazetteer's names with "and" inside: "Bosnia and Herzegovina", "Trinidad and Tobago"."""
    from .lexicon import lexicon

    return frozenset(name for name in lexicon().places if " and " in name)


def _listed_and(line: str, prev: tuple, span: tuple) -> bool:
    """Whether two spans joined by " and " make one listed place ("Bosnia and Herzegovina")."""
    return line[prev[F_END]:span[F_START]] == " and " and \
        f"{' '.join(prev[F_SURFACES])} and {' '.join(span[F_SURFACES])}" in _and_places()


def _joined(line: str, prev: tuple, span: tuple) -> tuple:
    """Two spans as one, the lowercase words between them ("and", "for the") inside it."""
    gap, starts = [], []
    for m in re.finditer(r"\S+", line[prev[F_END]:span[F_START]]):
        gap.append(m[0])
        starts.append(prev[F_END] + m.start())
    return (prev[F_TOKENS] + tuple(gap) + span[F_TOKENS],
            prev[F_SURFACES] + tuple(gap) + span[F_SURFACES], prev[F_START], span[F_END],
            prev[F_INITIAL], prev[F_PREV], prev[F_PREV2], span[F_NEXT], prev[F_OF_SPLIT],
            prev[F_BOUND], prev[F_STARTS] + tuple(starts) + span[F_STARTS])


NAME_GOES_ON_RE = re.compile(r",? (?:and|of|&|of the|the) [A-Z]|-[A-Z]")
FOR_GAPS = frozenset((" for ", " for the "))
# Bodies named for their purpose after "for": "Centre for X", "Commission for X", not a
# minister's portfolio ("Minister for Health": a title) nor a team's ("Players for X").
FOR_HEADS = frozenset("Centre Center Centres Centers Institute Council Commission Agency "
                      "Foundation Fund Office Society Association Alliance Coalition Committee "
                      "Campaign Network Movement League Partnership Trust Authority Board "
                      "Bureau Organisation Organization Federation Forum Secretariat Observatory "
                      "Directorate Department Ministry Service Unit Programme Program "
                      "School College Academy".split())


def _for_body(line: str, prev: tuple, span: tuple) -> bool:
    """Whether "X for Y" is one body's name: X ends in a body's word, Y is no place's name."""
    if line[prev[F_END]:span[F_START]] not in FOR_GAPS or prev[F_TOKENS][-1] not in FOR_HEADS \
            or prev[F_BOUND] or span[F_BOUND] or NAME_GOES_ON_RE.match(line, span[F_END]):
        return False  # ("Federal Agency for Maritime and River Transport": longer, left alone)
    from .lexicon import lexicon

    return " ".join(span[F_TOKENS]) not in lexicon().places


# Public bodies two areas share, named "X and Y <head>" ("Devon and Cornwall Police").
SHARED_BODY_HEADS = frozenset("Police Constabulary Council".split())


def _shared_body(line: str, prev: tuple, span: tuple, common: frozenset[str]) -> bool:
    """Whether "X and Y Police" is one body of two areas, not X and a "Y Police"."""
    toks = span[F_TOKENS]
    return len(toks) == 2 and toks[1] in SHARED_BODY_HEADS and len(prev[F_TOKENS]) == 1 and \
        line[prev[F_END]:span[F_START]] == " and " and \
        not {prev[F_TOKENS][0].lower(), toks[0].lower()} & common


# Heads of a body or building named after two people ("the Victoria and Albert Museum").
EPONYM_HEADS = frozenset("Museum University College Hospital School Church Cathedral Chapel "
                         "Basilica Monastery Abbey Academy Institute Library Theatre Theater "
                         "Foundation Society Seminary".split())
SAINTS = frozenset("St Sts Ss SS Saint Saints".split())


def _eponym_pair(line: str, prev: tuple, span: tuple) -> bool:
    """Whether "X and Y <head>" is one name after two people, their given names alone ("the
    Victoria and Albert Museum", "Ss. Cyril and Methodius University"), not Y's body alone."""
    toks = span[F_TOKENS]
    names = [t for t in prev[F_TOKENS] if t.rstrip(".") not in SAINTS and t not in FUNCTION_CAPS]
    if line[prev[F_END]:span[F_START]] != " and " or len(toks) != 2 or \
            toks[1] not in EPONYM_HEADS or len(names) != 1:
        return False
    from .lexicon import lexicon

    given = lexicon().given
    saints = re.search(r"\b(?:Ss|SS|Sts|Saints)\.?\s+$", line[:prev[F_START]]) is not None
    return saints or names[0] in given and toks[0] in given  # ("Saints X and Y": any names)


def _and_name(line: str, prev: tuple, span: tuple, common: frozenset[str]) -> bool:
    """Whether a body's name spans " and " ("Securities and Exchange Commission", "Perm Opera
    and Ballet Theatre"): a common word just before it that is no title or body of its own, an
    organisation head at its end."""
    words = [t for t in prev[F_TOKENS] if t not in FUNCTION_CAPS]
    if line[prev[F_END]:span[F_START]] != " and " or not words or prev[F_OF_SPLIT] or \
            span[F_TOKENS][-1] not in ORG_HEADS:
        return False
    if span[F_TOKENS][0] in AND_AREAS and len(span[F_TOKENS]) > 1:
        return True  # "the Leeds and District Rail Users' Association"
    if words[-1].lower() not in common or \
            _listed_modifier(line[:prev[F_START]], common):
        return False
    return len(words) == 1 or words[-1] in AND_OPENERS or (
        words[-1] not in ORG_HEADS and words[-1] not in TITLE_WORDS and
        words[-1].lower() not in ROLE_NOUNS and words[-1] not in PLACE_SUFFIXES and
        words[-1] not in FACILITY_SUFFIXES) or _paired_nouns(words, span, common)
    # (not "the Gaza Strip and West Bank": two places)


# "<a town> and District …": how British societies and clubs name the area they serve.
AND_AREAS = frozenset(("District", "Districts", "County", "Area", "Region"))


def _paired_nouns(words: list[str], span: tuple, common: frozenset[str]) -> bool:
    """Whether a body's name pairs two common nouns around "and" after a proper name ("Kisumu
    Water and Sanitation Company", "Tarkwa Health and Safety Association"): the word before
    "and" a body's or title's word, the one after a common word that opens no name of its own,
    the two heads unlike ("Equity Bank and Commercial Bank" are two banks)."""
    return len(words) >= 2 and words[0].lower() not in common and \
        _noun_after_noun(words[-1], span, common)


# Body words that name a sector, not a body's kind ("Kisumu Water and Sanitation Company"; a
# "Group" or "Bank" ends a name: "Royal Caribbean Group and Carnival Corporation" are two).
SECTORS = frozenset("Water Gas Oil Energy Electric Medical Fisheries Shipping Logistics Insurance "
                    "Securities Exchange Textiles Chemicals Foods".split())


def _noun_after_noun(before: str, span: tuple, common: frozenset[str]) -> bool:
    """Whether a two-word body's name after "and" is the second half of a pair of common nouns
    whose first is the word before "and" ("Health and Safety Association")."""
    after, head = span[F_TOKENS][0], span[F_TOKENS][-1]
    return len(span[F_TOKENS]) == 2 and head in ORG_HEADS and after.lower() in common and \
        before.lower() in common and before != head and before in SECTORS | TITLE_WORDS and \
        after not in ORG_HEADS | TITLE_WORDS | FUNCTION_CAPS and after.lower() not in ROLE_NOUNS


def _half_pair(line: str, prev: tuple, span: tuple, common: frozenset[str]) -> bool:
    """Whether a body's name after "and" is the cut second half of a longer one no rule joined
    ("Officials of the Tarkwa Health and Safety Association"): no body of its own."""
    return line[prev[F_END]:span[F_START]] == " and " and \
        _noun_after_noun(prev[F_TOKENS][-1], span, common)


def _listed_modifier(before: str, common: frozenset[str]) -> bool:
    """Whether a name opens the second item of a list of modifiers ("the Constitutional, Supreme
    and Higher Arbitration Court" are three courts, not one "Supreme and Higher ..." court)."""
    m = LISTED_MODIFIER_RE.search(before)
    return m is not None and m[1].lower() in common and m[1] not in ORG_HEADS


def _mark_chains(line: str, spans: list[tuple], common: frozenset[str]) -> None:
    """Mark spans of a long title-case name ("Organisation for Security and Cooperation in ...")."""
    i = 0
    while i < len(spans):
        j = i + 1
        while j < len(spans) and spans[j][F_START] - spans[j - 1][F_END] <= 9 and \
                line[spans[j - 1][F_END]:spans[j][F_START]] in CHAIN_GAPS:
            j += 1
        chain = spans[i:j]
        while len(chain) >= 3 and len(chain[-1][F_TOKENS]) == 1 and chain[-1][F_TOKENS][0] in \
                MONTHS_DAYS:  # "... Chairman in Denver in May": a date ends the chain
            chain = chain[:-1]
        j = i + len(chain)
        if len(chain) >= 3 and \
                sum(1 for s in chain if all(t.lower() in common for t in s[F_TOKENS])) >= 2:
            for k in range(i, j):
                spans[k] = spans[k][:F_BOUND] + (True,) + spans[k][F_BOUND + 1:]
        i = j


def _surname_after_and(caps: list[tuple[str, int, int, str]], i: int, members: list) -> bool:
    """Whether the "y"/"i" before caps[i] joins a compound surname: two names before it, one
    word after it that no name goes on from and that is no given name."""
    from .lexicon import lexicon

    gap = caps[i + 1][3] if i + 1 < len(caps) else ""
    goes_on = gap in (" ", ". ") or len(gap) <= 18 and PARTICLE_GAP_RE.fullmatch(gap) is not None
    joined = any(m[0] in ("y", "i") for m in members)  # ("Rosario Central y Gimnasia y Esgrima")
    return len(members) >= 2 and not goes_on and not joined and \
        caps[i][0] not in lexicon().given


def _raw_spans(line: str) -> list[tuple]:
    """Runs of capitalised tokens (with inner particles) in one mixed-case line."""
    caps = _cap_tokens(line)
    ok = [True] * len(caps)
    if URL_LINE_RE.search(line) or DOT_WORD_RE.search(line):
        url_line = URL_LINE_RE.search(line) is not None
        ok = [not _in_url_or_file(line, s, e, url_line) for _, s, e, _ in caps]
    if "°" in line or "º" in line:  # "43°C. Water inflow": a unit's letter, no initial
        ok = [k and not (s and line[s - 1] in "°º") for k, (_, s, _, _) in zip(ok, caps)]
    out = []
    i, n = 0, len(caps)
    while i < n:
        if not ok[i]:
            i += 1
            continue
        first = i
        members = [caps[i]]
        i += 1
        while i < n and (not members[-1][0].endswith(("'s", "’s")) or
                         _possessive_place(members[-1][0], caps[i]) or
                         _saint_site(members, caps[i])) and \
                not QUALIFIER_RE.search(members[-1][0]):  # "Prize-winning | Jose Ramos-Horta"
            last, end = members[-1][0], members[-1][2]
            gap = caps[i][3]
            if gap == " & ":  # "Procter & Gamble Co", "Marks & Spencer Plc": one firm's name
                members.append(("&", end + 1, end + 2, " "))
                members.append(caps[i])
                i += 1
                continue
            if gap in ("' ", "’ ") and last.endswith("s") and caps[i][0] in ORG_HEADS and ok[i]:
                # "Zimbabwe Teachers' Association": a plural's possessive inside a body's name
                members[-1] = (last + gap[0], members[-1][1], end + 1, members[-1][3])
                members.append(caps[i][:3] + (" ",))
                i += 1
                continue
            if not (gap == " " or ((len(last) == 1 or last in DOTTED_PREFIXES or
                                    last in DOTTED_TITLES and gap == ". ")
                                   and gap in (". ", "."))):
                m = PARTICLE_GAP_RE.fullmatch(gap) if len(gap) <= 18 else None
                if not (m and (m[1] == " " or len(last) == 1)) or \
                        m[2] in CONJUNCTION_GAPS and not _surname_after_and(caps, i, members) or \
                        m[2] == "di " and caps[i][0] in PLACE_PREFIXES:
                    break  # (Malay "Ismail di Kampung Laut": "at", no particle of a name)
                at = end + m.start(2)
                for word in m[2].split():
                    members.append((word, at, at + len(word), " "))
                    at += len(word) + 1
            if not ok[i]:
                break
            members.append(caps[i])
            i += 1
        out.append(_make_span(line, members, _prev_word(caps, first)))
    return out


# A settlement plural earlier in the clause than "including" or "such as" ("the villages on the
# volcano's slopes, including X"): the list is of such places.
LIST_NOUN_WORDS = frozenset("villages towns communities settlements suburbs neighbourhoods "
                            "neighborhoods districts hamlets townships municipalities boroughs "
                            "islands cities areas regions provinces counties ports".split())
FAR_LIST_NOUN_RE = re.compile(rf"\b({'|'.join(sorted(LIST_NOUN_WORDS))})\b[^.;:()]{{0,60}}, "
                              r"(?:including|like|such as) $")
AGE_FROM_RE = re.compile(r", (\d{1,3},) from $")
# "Ann Roe, 61, of Taylor, pleaded …": an age in apposition, then where she lives (court reports).
# (also "Ann Roe, aged 61, of Taylor", "Ann Roe (61), of Taylor")
AGE_OF_RE = re.compile(r"(?:[a-z], (?:aged )?(\d{1,3},)|[a-z] \((\d{1,3})\),) of $")
# "Ann Roe (27), of Moore Street, Kilrush, …": the town after the street of her address.
AGE_OF_ADDRESS_RE = re.compile(r"(?:[a-z], (?:aged )?(\d{1,3},)|[a-z] \((\d{1,3})\),) of "
                               r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}, $")
# Words after which the rules read one more word back ("residents of X", "a stake in X").
# Spanish, Portuguese, Italian and Catalan words of "of" and articles, read with the word before
# them ("la frazione di X", "o concelho do X", "en el Malecón", "nella la X")
ROMANCE_BEFORE = frozenset("del di do da dos das della dello delle dei degli dels "
                           "el la los las lo o os il gli l els".split())
WORDS_READ_BEFORE = frozenset(("in", "near", "outside", "at", "as", "the", "including", "like",
                               "to", "from", "between", "towards", "toward", "old", "former",
                               "historic", "ancient", "disused", "abandoned", "late",
                               "for", "its", "their", "off")) | frozenset(
    # an area's noun before its name: "the town Tal Afar", "the harbour district Oude Binnenstad"
    "town village hamlet suburb district neighbourhood neighborhood quarter borough "
    "municipality commune township".split())


# Romance adjectives between a noun and the name it heads ("la central termoeléctrica Máximo
# Gómez", "el estadio municipal José Amalfitani"): the noun is read one word further back.
ROMANCE_ADJECTIVE_ENDS = ("ico", "ica", "ale", "ano", "ana", "ense", "ivo", "iva", "icipal",
                          "acional", "incial")


# A Romance office and its body or town before a comma and a name: "El presidente de Fenagro,
# Abraham Roe, pidió", "L'alcalde de Girona, Lluc Roe, ha dit" (the office is read as the word
# before the comma, as "its curator, Ann Roe, said").
ROMANCE_ROLE_OF_RE = re.compile(
    rf"(?<![\w-])(?:[LlDd]['’])?((?:vice)?(?:{'|'.join(sorted(ROMANCE_ROLE_NOUNS))})) "
    r"(?:de la |de los |de las |de |del |da |do |dos |das |di |della |dello |dei |dels |d['’])"
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}, $")


# A Romance venue's or body's head, then its lowercase words, then the name it takes after
# someone ("il Museo internazionale delle marionette Antonio Roe").
HEAD_CHAIN_RE = re.compile(r"\b(Museo|Museu|Teatro|Teatre|Premio|Prémio|Fondazione|Fundación|"
                           r"Fundação|Istituto|Instituto|Estadio|Stadio|Biblioteca|Auditorio)"
                           rf"(?: [{LO}'’]+){{1,5}} $")
QUOTED_ALIAS_RE = re.compile(r"\b(alias|vulgo) [\"“«‘']$")


# A vehicle's or a product's model year after a determiner: "a 2019 Nissan Rogue".
MODEL_YEAR_RE = re.compile(r"(?<![\w'’-])([Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|"
                           r"[Oo]ur) ((?:19[5-9]|20[0-4])\d) $")


def _make_span(line: str, members: list[tuple[str, int, int, str]], prev_word: str) -> tuple:
    """The Span fields of a span of tokens, stripping possessives and noting its context."""
    start, end = members[0][1], members[-1][2]
    prev_prev = ""
    if not prev_word and (alias := QUOTED_ALIAS_RE.search(line, max(0, start - 10), start)):
        prev_word = alias[1]  # 'Juan Roe, alias "Chueco"': the quote hides the nickname's cue
    if prev_word == "of" and (age := AGE_OF_RE.search(line, max(0, start - 20), start)):
        prev_word, prev_prev = "from", age[1] or age[2] + ","  # "Ann Roe, 61, from Taylor"
    elif prev_word and prev_word.lower() == "of":  # "village of", "Bank of"
        prev_word, prev_prev = _words_before(line, start)
    elif prev_word and (prev_word.lower() in WORDS_READ_BEFORE or
                        prev_word in AREA_ADJECTIVES or  # "stake in", "moved to", "in north X"
                        prev_word.endswith("-century") or  # "the ninth-century X monastery"
                        prev_word.islower() and prev_word.endswith("ed") or  # "the restored X"
                        prev_word.islower() and prev_word.endswith(ROMANCE_ADJECTIVE_ENDS)):
        prev_prev = _word_before(line, line.rfind(prev_word, 0, start) - 1)
        age = AGE_FROM_RE.search(line, 0, start) if prev_word == "from" else None
        if age and not prev_prev:  # "Ann Roe, 81, from Louisburgh": her age, then her town
            prev_prev = age[1]
    elif not prev_word and (year := MODEL_YEAR_RE.search(line, max(0, start - 14), start)):
        prev_word, prev_prev = year[2], year[1]  # "a 2019 Nissan Rogue": a model's year
    elif prev_word in ("de", "d", "du", "des") or prev_word in ROMANCE_BEFORE:
        # "la commune de X", "les îles d'X" (French); "il comune di X", "en la Costa"
        prev_prev = _word_before(line, line.rfind(prev_word, 0, start) - 1)
    elif prev_word == "on":  # "Kumamoto, on Kyushu": the comma kept, it says what "on" joins
        prev_prev = _word_before(line, line.rfind(prev_word, 0, start) - 1, comma=True)
    elif not prev_word and line[start - 2:start] == ", " and \
            (role := ROMANCE_ROLE_OF_RE.search(line, max(0, start - 90), start)):
        prev_prev = role[1] + ","  # "El presidente de Fenagro, Abraham Roe, pidió": his office
    elif not prev_word and line[start - 2:start] == ", ":  # "Okazaki, Aichi": the town
        prev_prev = _word_before(line, start - 1, comma=True)
        if age := AGE_OF_ADDRESS_RE.search(line, max(0, start - 60), start):
            prev_word, prev_prev = "from", age[1] or age[2] + ","  # read as "Ann Roe, 27, from"
    if not prev_prev and prev_word.islower() and \
            (chain := HEAD_CHAIN_RE.search(line, max(0, start - 70), start)):
        prev_prev = chain[1]  # "Museo internazionale delle marionette Antonio Roe": the museum's
    if prev_prev == "such" and prev_word == "as":  # "districts such as X" reads as "like X"
        noun = _word_before(line, line.rfind(" such as ", 0, start), comma=True)
        prev_word, prev_prev = "like", noun.rstrip(",")
    if prev_word in ("including", "like") and prev_prev.rstrip(",") not in LIST_NOUN_WORDS:
        far = FAR_LIST_NOUN_RE.search(line, max(0, start - 80), start)
        if far:  # "towns downstream, including X", "villages on its slopes, including X"
            prev_prev = far[1]
    if len(members) == 1:
        surface = _surface(members[0][0], line[end:end + 1])
        surfaces, tokens, starts = (surface,), (_unpossessive(surface),), (start,)
    else:
        surfaces = tuple([_surface(m[0], line[m[2]:m[2] + 1]) for m in members])
        tokens = tuple([s if 0 < k < len(surfaces) - 1 and surfaces[k - 1] in SAINT_SITE_WORDS
                        and surfaces[k + 1] in SAINT_SITES else _unpossessive(s)
                        for k, s in enumerate(surfaces)])  # "St Mary's Cathedral" whole
        starts = tuple([m[1] for m in members])
    return (tokens, surfaces, start, end, _sentence_initial(line, start), prev_word, prev_prev,
            line[end:end + 40], 0, False, starts)


def _surface(tok: str, after: str = "") -> str:
    """A token as written in a name: a lone capital is an initial ("P."), "St." keeps its dot (a
    lone small letter is a word: "y", "e", "i" join a Spanish, Portuguese or Catalan name)."""
    return tok + "." if len(tok) == 1 and tok.isalpha() and tok.isupper() and tok != "Ó" or \
        (after == "." and tok in DOTTED) else tok


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
    if k == 1 and skipped[0] in "'’" and i:
        return caps[i - 1][0] + skipped[0]  # "Peoples’ Republic"
    if not skipped[k - 1].isalpha():
        return ""
    m = LAST_WORD_RE.search(skipped, skipped.rfind(" ", 0, k) + 1, k)
    return m[0] if m else ""


def _word_before(line: str, end: int, comma: bool = False) -> str:
    """The word ending just before a space at end ("stake" in "a stake in Acme"), or ""; with
    comma, a comma after it is kept ("Kumamoto,")."""
    if end <= 0 or line[end:end + 1] != " ":
        return ""
    word = line[line.rfind(" ", 0, end) + 1:end]
    bare = word[:-1] if comma and word.endswith(",") else word
    return word if bare.replace("-", "").replace("'", "").replace("’", "").isalpha() else ""


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


# A parsed line: dateline places (surface, vouched by a known country after it), table-row flag,
# spans as Span field tuples, runs of all-caps words in a mixed-case line, players a team sheet
# or a score's brackets name (lineup.py), the team sheet's label, the names a language's own
# reading typed as (type, name, surface): a German body (germanic.py), an inflected place
# (inflected.py).
Line = tuple[tuple[tuple[str, bool], ...], bool, tuple[tuple, ...], tuple[str, ...],
             tuple[str, ...], tuple[str, ...], tuple[tuple[str, str, str], ...]]


def sub_span(span: Span, i: int, j: int) -> Span:
    """Tokens i..j-1 of a span as a span of their own."""
    n = len(span.tokens)
    start = span.starts[i] if i < len(span.starts) else span.end
    return Span(span.tokens[i:j], span.surfaces[i:j], start, span.end, span.initial and i == 0,
                 span.prev_word if i == 0 else span.tokens[i - 1],
                 span.prev_prev if i == 0 else "", span.next_text if j == n else "",
                 bound=span.bound, starts=span.starts[i:j], tabular=span.tabular)


def is_initial(tok: str) -> bool:
    """Whether a token is an initial such as "P."."""
    return len(tok) == 2 and tok[1] == "."
