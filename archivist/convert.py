"""Converter: plain source text → structural blocks (paragraphs, headings, turns, lists…)."""

from __future__ import annotations

import calendar
import logging
import re
from collections import Counter
from dataclasses import dataclass

from .dates import find_date
from .model import Block
from .speakers import (DASH, HONORIFICS, LEAD, asks, bare_label, common_words,
                       is_given_name, is_role_word, is_strong_label, is_surname, label_kind,
                       office_holder, person_name_shape, speaker_name, surname_key)
from .speakers_link.fullnames import given_first
from .speakers_link.seats import cast_people

log = logging.getLogger(__name__)

# A participants list's line: a name, a comma, a title or firm ("Ann Berg, Analyst, Norvale").
LISTED = re.compile(r"^([^\W\d][\w'’.-]*(?: [^\W\d][\w'’.-]*){1,3}), ([A-Z][^.!?:;]{1,80})$")
QA_NAMED = re.compile(r"^[QA] (?:--|-|–|—) (.+)$")
BULLET = re.compile(r"^\s*[•·▪◦‣●\-–*]\s+(\S.*)$")
ATTRIBUTION = re.compile(r"^[—―]\s*\S")
BYLINE = re.compile(r"^By\s+[A-Z\u00c0-\u024f\u0400-\u04ff]")
# A credit line, usually the last: "Reporting by Jane Roe in Lagos; Editing by Tom Lee".
CREDIT = re.compile(r"^\(?(?i:(?:additional|further|staff)\s+)?(?i:reporting|reported|writing|"
                    r"written|editing|edited|compiled|research|photos?|photography|graphics|"
                    r"video)\s+by\s+[A-Z\u00c0-\u024f]")
CREDIT_BREAK = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])[.?!]\s+[A-Z]")  # not "Dr. Jane"
# "Label: text", the label up to 140 characters of words (checked by speakers.label_kind), with
# an optional role after a comma ("JOHN SMITH, CNN CORRESPONDENT: …") and an optional trailing
# remark in brackets ("Hamid Karzai (translated from Russian): …").
# A recording's time code or a committee's question number may open the label ("[00:12:03] Sarah
# Lee: …", "Q12 Sarah Lee: …"), and Hansard closes it
# with brackets: the holder of an office, a constituency, a party ("Ann Berg (Norvale) (Lab): …").
# Closed captions open each change of voice with ">>" (">> MAYOR ANN BERG: …").
_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+"  # a word in capitals, accents too ("TOMÁS")
# A chat export's stamp, its date first: "[14/03/2026, 09:02] Ann Berg: …".
_DATED = r"\[\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},? \d{1,2}:\d{2}(?::\d{2})?\]\s+"
# An honorific in brackets inside a label: "Hon. (Ms.) Ann Berg", "(Hon. (Dr.) Ann Berg)".
_NESTED = r"\((?:Ms|Mrs|Mr|Dr|Prof|Eng|Rtd|Capt|Amb|Sen)\.?\)"
SPEAKER = re.compile(r"^((?:\*\*)?(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s+|\d{1,2}:\d{2}(?::\d{2})?\s+|"
                     r"Q\d{1,4} |>> ?|" + LEAD + "|" + _DATED + ")?"
                     r"[^\W\d_](?:[\w.’'\- \u00a0]|" + _NESTED + r"){0,139}?"
                     r"(?:\s\([^()\n]{1,40}\)(?=, ))?"  # "Joint Secretary (LAC), Shri Ann Berg"
                     r"(?:, [\w.’'\- ]{2,80}?){0,3}"
                     r"(?:\s\((?:[^()\n]|" + _NESTED + r"|\([^()\n]{1,60}\)(?=\))){1,100}\)"
                     r"|\s\[[^\[\]\n]{1,40}\]){0,3})"
                     # "**Ann Berg:** …", markdown bold; French "Mme Berg (MR) : …"
                     r"(?:\*\*)?[ \u00a0\u202f]?:(?:\*\*)?\s+(\S.*)$")
# Hearings (the Congressional Record's style): a title, the surname in capitals, a full stop:
# "Senator WARREN. …", "Mr. VAN HOLLEN. …", "Ms. OCASIO-CORTEZ. …", "The CHAIRMAN. …".
HEARING = re.compile(r"^((?:[A-Z][a-z]+\.? ){1,3}" + _CAPS_WORD + "(?: " + _CAPS_WORD + ")?"
                     r"(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?)\.\s+(\S.*)$")
# The Philippine Senate's and House's records: a title's abbreviation and the surname, or "THE
# CHAIRPERSON" and the holder in brackets, all in capitals, then a full stop: "SEN. ESTRELLA.
# …", "ATTY. BAUTISTA. …", "THE CHAIRPERSON (Sen. Villaflor). …".
CAPS_TITLED = re.compile(r"^((?:THE [A-Z]+(?: [A-Z]+)?(?: \([^()\n]{2,60}\))?)|"
                         r"(?:[A-Z]{2,6}\. ){1,2}" + _CAPS_WORD + "(?: " + _CAPS_WORD + ")?)"
                         r"\.\s+(\S.*)$")
# A label in square brackets: "[ANN BERG]: …".
BRACKETED = re.compile(r"^(\[[^\W\d_][^\[\]:\n]{0,80}\]):\s+(\S.*)$")
# A plenary's verbatim report (the European Parliament's style): the label, a full stop, a dash:
# "Ann Berg, rapporteur. – Madam President, …", "President. – The debate is closed."
PLENARY = re.compile(r"^([^\W\d_][^:–—]{0,150}?)\.\s[–—]\s+(\S.*)$")
# A French-speaking parliament's memorial: the label, a full stop, the speech: "Le président.
# Nous passons au point 42.", "M. Ann Berg (PLR), rapporteur de majorité. Merci, …".
MEMORIAL = re.compile(r"^((?:M\.|Mme|Le président|La présidente|Le vice-président|"
                      r"La vice-présidente)(?: [^.:\n]{1,150}?)?)\.\s+([A-ZÀ-ÖØ-Þ«].*)$")
# A Spanish-speaking chamber's shorthand record (Argentina, Uruguay, Chile): a courtesy title
# opens the label, a full stop and a hyphen close it: "Sr. Presidente (Ann Berg).- Tiene la
# palabra …", "Sra. Berg.- Gracias.", "El señor BERG.- …".
SHORTHAND = re.compile(r"^((?:(?:El|La|EL|LA) )?(?:Sr|Sra|Srta|SR|SRA|SRTA|Señor|Señora|señor|"
                       r"señora|SEÑOR|SEÑORA)\.? [^.:\n]{1,150}?)\.-\s*(\S.*)$")
# Brazil's chambers' shorthand notes: a courtesy title, the name or office in capitals, a party
# and state or the holder in brackets, a spaced dash: "O SR. ANN BERG (PT - SP) - Sr. Presidente,
# …", "A SRA. PRESIDENTE (Ann Berg. PL - RJ) - Está aberta a sessão."
TAQUIGRAFIA = re.compile(r"^((?:O|A) (?:SR|SRA|SENHOR|SENHORA)\.? [^()\n]{2,80}?"
                         r"(?: \([^()\n]{1,80}\))?) [-–—] (\S.*)$")
# The Turkish Grand National Assembly's minutes (and others like them): a label in capitals,
# maybe a province in brackets, a spaced dash: "ANN BERG (Trabzon) – Sayın Başkan, …",
# "BAŞKAN – Tamamlayın lütfen." (capitals checked by _tutanak: Turkish "Ş" and "İ" too).
TUTANAK = re.compile(r"^([^\W\d_][^\W\d_'’-]*(?: [^\W\d_][^\W\d_'’.-]*){0,3}"
                     r"(?: \([^()\n]{1,40}\))?) [–—] (\S.*)$")
# The Italian parliament's verbatim report: "ROSSI (PD). …", "BERG, relatore. …".
RESOCONTO = re.compile(r"^((?:" + _CAPS_WORD + " ){0,2}" + _CAPS_WORD +
                       r"(?: \([^()\n]{1,30}\)|, [a-zà-ù][^.\n]{1,120}?))\.\s+([A-ZÀ-Ö«].*)$")
# A central bank's press conference: a label all in capitals, a full stop ("CHAIR POWELL. …").
CAPS_STOP = re.compile(r"^(" + _CAPS_WORD + "(?: " + _CAPS_WORD + r"){0,3})\.\s+(\S.*)$")
# A label alone on its line, without a colon: a name, a dash, a role ("Ann Berg -- Analyst").
# Two capitalised words in a row, overlapping ("Ann Berg Smith": both pairs), and a lower-case
# word right before a position.
PAIR = re.compile(r"(?=\b([A-ZÀ-ÖØ-Þ][\w'’-]+) ([A-ZÀ-ÖØ-Þ][\w'’-]+)\b)")  # "Óscar Gilsanz"
LOWER_BEFORE = re.compile(r"\b[a-z]+ (?:(?:Dr|Prof|Mr|Mrs|Ms)\.? )?$")  # ("is Dr Tevita Fonua")
TITLE_BEFORE = re.compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms|Miss|Mx)\.? $")  # ("Ms. Navarre Ortiz-Kahle")
# A script's cue line: "ANN", "ANN BERG (V.O.)".
SCRIPT_CUE = re.compile(r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+){0,3})"
                        r"(?: \([^()]{1,20}\))?$")
PARENTHETICAL = re.compile(r"^\([^()]{1,80}\)$")  # "(quietly)" under a script's cue
_WORD = r"[^\W\d](?:[^\W\d]|['’-](?=[^\W\d]))*"  # a name word, hyphened or not
DASHED = re.compile(rf"^((?!_){_WORD}(?: {_WORD}){{1,3}}) (?:--|-|–|—) [^\d:.?!]{{2,100}}$")
TIME_CODE = re.compile(r"^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s+|\d{1,2}:\d{2}(?::\d{2})?\s+|"
                       + _DATED + ")")
TIMED = re.compile(r"^([^\W\d_][^:]{0,60}?)\s+\d{1,2}:\d{2}(?::\d{2})?$")
# Court and deposition examination: "Q. …" / "A. …", or without the stop, "Q …" / "A …".
EXAMINATION = re.compile(r"^([QA])(\.?)\s+(\S.*)$")
NUMBER = re.compile(r"[-+$£€]?\d[\d.,:/%-]*|[.,]\d+|\d+(?:st|nd|rd|th)")
FRENCH_COLON = re.compile(r"[ \u00a0\u202f]+:")  # French typography's space before the colon
FUNCTION_END = frozenset("the a an of and or to in on at for with by from".split())
LONE_LABEL = re.compile(r"^[^\W\d_][^:]{0,139}(?:\s\(\d{1,2}:\d{2}(?::\d{2})?\))?:$")
SEPARATOR = re.compile(r"^[*•·\-–—_=~#\s]{3,}$")
SENTENCE_END = (".", "!", "?", "…", ";", ":", ",")
# A cast line's entry: a name, then bracketed remarks or capitalised words after commas.
CAST = re.compile(r"([^\W\d_][^,;()]*?)((?:\s*\([^()]*\)|,(?: [\w.&'’-]+)+)*)")
# Words of a sentence said to someone, which a cast line's "Ann Berg, harbour historian" lacks.
SPOKEN = re.compile(r"\b(?:you|your|I|we|us|is|are|was|have|has|will|would|please|thank|thanks|"
                    r"welcome|floor|go ahead)\b", re.I)
HONORIFIC = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Hon|Sir|Dame)\.? )+")
# A team sheet's items: a shirt number, a name of capitalised words (particles allowed), a note.
# (dashes between a formation's lines; "…, Sainte-Luce. Subs used: Santelli, Schur")
ROSTER_SPLIT = re.compile(r"\s*[,;]\s*|\s+and\s+|\s[–—-]\s|\.\s+(?=[A-Z][a-z]+(?: [a-z]+)?:)")
# a shirt number before the name, a remark or a batting/bowling figure after it ("27*", "4-38")
ROSTER_NOTE = re.compile(r"^(?:\d{1,2}[.-]?\s*|[A-Z][a-z]+(?: [a-z]+)?:\s*)|\s*\([^()]*\)$"
                         r"|\s+\d{1,3}(?:[-/]\d{1,3})?\*?$")
ROSTER_MIN_NAMED = 8  # a list this long of names alone is a sheet, whatever its label looks like
ROSTER_NAME = re.compile(r"(?:(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|van|von|de|da|di|del|der|le|la|al|bin)"
                         r"\s){0,3}[A-ZÀ-ÖØ-Þ][\w'’.-]*")
NOT_SPEAKERS = {"note", "update", "source", "sources", "photo", "image", "video", "read more",
                "related", "see also", "warning", "correction", "editor's note", "editor’s note",
                "disclaimer", "watch", "listen", "caption", "credit", "tags", "url", "link",
                "notes", "photos", "photograph", "photographs", "picture", "pictures", "pictured",
                "illustration", "graphic", "graphics", "photo credit", "image credit", "credits",
                "contact", "topics", "keywords", "clarification", "disclosure", "footnote",
                "references", "also read", "read also", "file photo", "map", "chart", "table"}
FILENAME = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|pdf|mp4|docx?)$", re.I)
URL = re.compile(r"https?://\S+")
SENTENCE_BREAK = re.compile(r"[.?!]\s+[A-Z]")
# "Venue: Town Hall", "Recorded by: Block Office": a header's field and its value, no heading.
FIELD_LINE = re.compile(r"^(?:[A-Z][\w'’-]*(?: [a-z][\w'’-]*){0,3} (?:by|at|on|of)|(?i:venue|"
                        r"location|place|time|times|present|attendees|participants|panel|"
                        r"panellists|panelists|chair|chairs|moderator|host|hosts|guest|guests|"
                        r"speakers|interviewer|interviewee|subject|re|ref|reference|case|case no|"
                        r"file|duration|language|languages|transcript|transcriber|source|"
                        r"contact|event|meeting|occasion|apologies|absent|in attendance|"
                        r"also present|minutes|clerk|secretary|recorder|reporter)):\s+\S")
WRAP_MIN, WRAP_MAX = 45, 110
MONTHS = "|".join(m for m in (*calendar.month_name[1:], *calendar.month_abbr[1:], "Sept"))
# "May 13 Arrive in London", "12 July v Scotland": an itinerary or fixture entry, no heading.
DATED_ENTRY = re.compile(rf"^(?:(?:{MONTHS})\.? \d{{1,2}}|\d{{1,2}} (?:{MONTHS})\.?)"
                         r"(?:st|nd|rd|th)?\b")


@dataclass(frozen=True)
class Unit:
    """A raw paragraph candidate: its text and first line number."""

    text: str
    line: int


def parse_blocks(text: str, first_line: int = 1) -> list[Block]:
    """Split a body into structural blocks, keeping every character of text in order."""
    units, labels = _attach_lone_labels(split_units(text, first_line))
    kinds = [_classify(u.text, label) for u, label in zip(units, labels)]
    _promote_headings_before_bylines(units, kinds)
    _demote_column_headers(units, kinds)
    _demote_headings_in_turns(units, kinds)
    _mark_quotes(kinds)
    _mark_signature(units, kinds)
    levels = _heading_levels(kinds)
    blocks = []
    for unit, kind, level, label in zip(units, kinds, levels, labels):
        blocks.append(_make_block(unit, kind, level, label))
    return blocks


def split_units(text: str, first_line: int = 1) -> list[Unit]:
    """Group lines into paragraph units, joining hard-wrapped lines."""
    chunks: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(text.split("\n"), start=first_line):
        if line.strip():
            chunks[-1].append((number, line.rstrip()))
        elif chunks[-1]:
            chunks.append([])
    chunks = [c for c in chunks if c]
    wrapped = _is_hard_wrapped(chunks)
    # the text's own words say which broken word loses its hyphen ("fes-" / "tivalis")
    words = frozenset(re.findall(r"[^\W\d_]+", text.lower())) if "-\n" in text else frozenset()
    units: list[Unit] = []
    for chunk in chunks:
        units.extend(_chunk_units(chunk, wrapped, words))
    return units


def _is_hard_wrapped(chunks: list[list[tuple[int, str]]]) -> bool:
    inner = [len(line) for c in chunks for _, line in c[:-1]]
    if len(inner) < 3:
        return False
    fitting = sum(1 for n in inner if WRAP_MIN <= n <= WRAP_MAX)
    longest = max(len(line) for c in chunks for _, line in c)
    return fitting >= 0.7 * len(inner) and longest <= WRAP_MAX + 20


def _chunk_units(chunk: list[tuple[int, str]], wrapped: bool, words: frozenset[str]
                 ) -> list[Unit]:
    units: list[Unit] = []
    previous = ""
    for number, line in chunk:
        broken = units and len(previous) >= WRAP_MIN and BROKEN_WORD.search(previous) and \
            line.lstrip()[:1].islower()  # a report's "concen-" / "tration": one word, one paragraph
        # a line ending on "the" or "of" goes on below ("… FARMERS IN THE" / "LOWER BENUE …")
        dangling = units and DANGLING.search(previous) and not BULLET.match(line) and \
            not SEPARATOR.match(line.strip()) and \
            (_speaker(line.strip()) is None or previous.isupper())  # ("…IN THE" / "VALLEY: A")
        # A short line was broken on purpose (a header line: title, date, place), not wrapped.
        starts_new = not wrapped or not units or len(previous) < WRAP_MIN or BULLET.match(line) \
            or SEPARATOR.match(line.strip()) \
            or _speaker(line.strip()) is not None
        previous = line
        if broken:
            units[-1] = Unit(_join_broken(units[-1].text, line.strip(), words), units[-1].line)
        elif starts_new and not dangling:
            units.append(Unit(line.strip(), number))
        else:
            units[-1] = Unit(f"{units[-1].text} {line.strip()}", units[-1].line)
    return units


# The words no sentence nor title ends on, in the languages the readers meet (the words of one
# letter only in lower case: "Plan A" ends a title).
_DANGLING = ("the of and to in for an by with from into between about der die das und von zu "
             "für de del la le les des du et da do das dos di della dan ke yang untuk dari ya wa "
             "na za kwa và của ng sa mga")
DANGLING = re.compile(r"(?<=\s)(?:(?:{0})|(?:{1})|a|e|y)$".format(
    "|".join(_DANGLING.split()), "|".join(w.upper() for w in _DANGLING.split())))
# A word broken at a line's end by a PDF's layout: "the 24-hour average PM2.5 concen-" over
# "tration measured at …" (a lower-case letter goes on; "Anti-" over "Corruption" does not).
BROKEN_WORD = re.compile(r"(?<![\W\d_])[^\W\d_]-$")


def _join_broken(head: str, tail: str, words: frozenset[str]) -> str:
    """The two parts of a broken word as one: "concen-" + "tration", "well-" + "known"."""
    stem = re.search(r"[^\W\d_]+-$", head)
    rest = re.match(r"[^\W\d_]+", tail)
    whole = "" if not (stem and rest) else (stem[0][:-1] + rest[0]).lower()
    if whole in common_words() or whole in words:
        return f"{head[:-1]}{tail}"  # a layout's hyphen: "concentration", "district"
    return f"{head}{tail}"  # a word's own hyphen: "well-known", "soya-beans"


TIMED_CAPS = re.compile(_CAPS_WORD + "(?: " + _CAPS_WORD + "){1,3}")


def _speaker(text: str) -> tuple[str, str] | None:
    """The label opening a line and its kind (see speakers.label_kind), if it may be a speaker."""
    # (SPEAKER needs a colon: most lines of prose have none, and fail it slowly)
    match = (SHORTHAND.match(text) if ".-" in text[:160] else None) or \
        (TAQUIGRAFIA.match(text) if text[:2] in ("O ", "A ") else None) or \
        (SPEAKER.match(text) if ":" in text else None) or \
        (BRACKETED.match(text) if text[:1] == "[" else None) or \
        _hearing(text) or _resoconto(text) or \
        (PLENARY.match(text) if "–" in text[:160] or "—" in text[:160] else None) or \
        (MEMORIAL.match(text) if text[:1] in "ML" else None) or \
        (_tutanak(text) if " – " in text[:80] or " — " in text[:80] else None)
    if not match or match[1].lower() in NOT_SPEAKERS or URL.match(text):
        return None
    if re.match(r"\S[^:]*?\s{2,}:", text):
        return None  # "Terdakwa           : Hendro …": a record's field, its colon aligned
    label = match[1].rstrip(" \u00a0\u202f")  # French "ANN BERG : …": the space is no part
    kind = label_kind(label)
    if kind is None and TIME_CODE.match(label) and TIMED_CAPS.fullmatch(_untimed(label)):
        kind = "role"  # "[06:41] MARINE POLICE MWANZA": a caller by the clock, an outlet's too
    if kind != "role" and re.search(r"\d", bare_label(label)) and not office_holder(label):
        return None
    if kind is None or (kind == "short" and match[2][0].isdigit()):
        return None
    if match[2][0].isdigit() and ", " in bare_label(label) and not is_strong_label(label):
        return None  # "Ann Berg, U.S.: 6-1 6-3" is a result, not a turn
    if _roster(match[2], 3 if kind != "name" else ROSTER_MIN_NAMED):
        return None  # "Ireland: Hugo Keenan, Calvin Nash, Garry Ringrose": a team sheet
    return label, kind


def _tutanak(text: str) -> re.Match[str] | None:
    """A minutes' label in capitals before a spaced dash (TUTANAK): an office, or a name with its
    seat in brackets; not a dateline's town, nor a heading's ("KALA WEWA – BALALU WEWA: …")."""
    match = TUTANAK.match(text)
    head = match[1].split(" (")[0] if match else ""
    return match if head.isupper() and len(head) > 2 and (
        " (" in match[1] or label_kind(head) == "role") else None


def _lone_label(text: str) -> bool:
    """Whether a line is a label alone on its line (LONE_LABEL), tried only on a line that
    ends with its colon, as one must (most lines do not: they fail the pattern slowly)."""
    return text.endswith((":", ":\n")) and LONE_LABEL.match(text) is not None


def _roster(text: str, least: int = 3) -> bool:
    """A list of `least` names or more and nothing else: "15 Ann Berg, 14 Tomas Varga (capt), …",
    "Berg; Varga, Brix and Holt." A turn says something."""
    if text.count(",") + text.count(";") < 2 or "?" in text or "!" in text:
        return False
    items = [ROSTER_NOTE.sub("", item).strip() for item in ROSTER_SPLIT.split(text.rstrip(". "))]
    return len(items) >= least and all(ROSTER_NAME.fullmatch(item) for item in items)


def _hearing(text: str) -> re.Match[str] | None:
    """A hearing's "Title SURNAME." opening, the title a role or an honorific; or a label all
    in capitals and a full stop, as a central bank's press conference writes them ("CHAIR
    POWELL.", "MICHELLE SMITH.")."""
    if ". " not in text[:80]:
        return None
    match = HEARING.match(text)
    if match and (is_role_word(match[1].split()[0]) or match[1].startswith("The ")):
        return match
    match = CAPS_TITLED.match(text)
    head = match[1].split()[1 if match[1].startswith("THE ") else 0].rstrip(".") if match else ""
    if match and (is_role_word(head) or head.lower() in HONORIFICS):
        return match  # (not "ST. LOUIS. …": no title)
    match = CAPS_STOP.match(text)  # a person's name: not "BY MS. BERG:" over an examination
    if match and match[2].isupper():
        return None  # a heading all in capitals: "PRESIDENCIA DEL EXCMO. SR. D. ANN BERG"
    return match if match and label_kind(match[1]) == "name" else None


def _resoconto(text: str) -> re.Match[str] | None:
    """The Italian Senate's and Chamber's verbatim report: a surname in capitals, then the group
    in brackets or a comma and the office in lower case, then a full stop: "ROSSI (PD). Signor
    Presidente, …", "BERG, relatore. …", "BERG, sottosegretaria di Stato per …. …"."""
    if ". " not in text[:200] or not text[:2].isupper():
        return None
    match = RESOCONTO.match(text)
    office = match[1].partition(", ")[2] if match else ""
    return None if not match or office and not is_role_word(office.split()[0]) else match


def _examination(units: list[Unit], labels: list[str | None]) -> list[str | None]:
    """Labels with the "Q." and "A." of an examination or a press conference added, when "Q."
    opens two lines or the text has other labels ("A." only then: "A. Option one" stays a list);
    and "Q" without a stop (a briefing's questions) on the same terms, an "A" without a stop
    only right after a "Q" turn ("A lot of…" stays prose)."""
    found = [EXAMINATION.match(u.text) if label is None and u.text[:1] in "QA" else None
             for u, label in zip(units, labels)]
    dotted = Counter(m[1] for m in found if m and m[2])
    bare_q = sum(1 for m in found if m and not m[2] and m[1] == "Q" and m[3][0].isupper())
    asks = dotted["Q"] >= 2 or (dotted["Q"] and any(labels))
    # An inquiry's witness answers "A." to counsel named by label ("MR BERG KC: …", "A. Yes."):
    # answers, each right after a labelled turn, and no "B." to make them a list.
    answers = not dotted["Q"] and dotted["A"] >= 2 and any(labels) and \
        not any(u.text.startswith("B. ") for u in units)
    out = list(labels)
    for i, m in enumerate(found):
        if not m:
            continue
        if m[2] and asks:
            out[i] = m[1]
        elif m[2] and m[1] == "A" and answers and i > 0 and out[i - 1] is not None:
            out[i] = "A"
        elif not m[2] and m[1] == "Q" and m[3][0].isupper() and (bare_q >= 2 or any(labels)):
            out[i] = "Q"
        elif not m[2] and m[1] == "A" and i > 0 and out[i - 1] == "Q" and bare_q:
            out[i] = "A"
    return out


def _attach_lone_labels(units: list[Unit]) -> tuple[list[Unit], list[str | None]]:
    """Units and their speaker labels, a label alone on its line ("MODERATOR:", or without a
    colon, "Ann Berg -- Chief Executive Officer") joined to the paragraph under it when the text
    reads as a transcript; otherwise units stay as they are."""
    joined: list[Unit] = []
    parts: list[tuple[Unit, ...]] = []
    given: dict[int, tuple[str, str]] = {}
    bare = _colonless_labels(units)
    i = 0
    while i < len(units):
        unit = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        if nxt and i in bare and i + 1 not in bare and not _section_title(nxt.text) \
                and not _list_heading(units, i + 1) and not _labelled_line(nxt.text):
            given[len(joined)] = bare[i]
            if PARENTHETICAL.match(nxt.text) and i + 2 < len(units) and i + 2 not in bare:
                # "(quietly)" under a cue, then the line spoken: one turn
                nxt = Unit(f"{nxt.text} {units[i + 2].text}", nxt.line)
                joined.append(Unit(f"{unit.text} {nxt.text}", unit.line))
                parts.append((unit, units[i + 1], units[i + 2]))
                i += 3
                continue
        elif not (nxt and _lone_label(unit.text) and not _lone_label(nxt.text)
                  and i + 1 not in bare and not EXAMINATION.match(nxt.text)
                  and not BULLET.match(nxt.text)  # "Questions:" over a list: a list's heading
                  and not _dashed_list(units, i + 1)  # "Analysts:" over "Ann Berg — Norvale"
                  and _speaker(f"{unit.text} {nxt.text}")):
            joined.append(unit)
            parts.append((unit,))
            i += 1
            continue
        joined.append(Unit(f"{unit.text} {nxt.text}", unit.line))
        parts.append((unit, nxt))
        i += 2
    labels = speaker_labels(joined, given)
    if len(joined) == len(units):
        return units, labels
    out_units: list[Unit] = []
    out_labels: list[str | None] = []
    for unit, label, part in zip(joined, labels, parts):
        keep = label is not None or len(part) == 1
        out_units.extend([unit] if keep else part)
        out_labels.extend([label] if keep else [None] * len(part))
    return out_units, out_labels


def _dashed_list(units: list[Unit], i: int) -> bool:
    """Whether a line and the next are both "Name — firm or role" lines: a list."""
    return i + 1 < len(units) and all(DASHED.match(u.text) for u in units[i:i + 2])


def _labelled_line(text: str) -> bool:
    """Whether a line under a colonless label is no turn's text: a label of its own opens it
    ("Operator: Thank you…" under a participants list's last "Ann Berg — Norvale Bank"), or it
    heads the next list ("Conference call participants:")."""
    return _lone_label(text) or _speaker(text) is not None


def _colonless_labels(units: list[Unit]) -> dict[int, tuple[str, str]]:
    """Lines that are a label without a colon, above the turn's text: "Ann Berg -- Chief
    Executive Officer" (a name, a dash, a role) or "Ann Berg  0:03" (a name, a time) where two
    lines or more read so, and then also a lone role word ("Operator")."""
    named = {i: (u.text, "name") for i, u in enumerate(units)
             if len(u.text) <= 170 and (_dashed_label(u.text) and not _affiliation_line(units, i)
                                        or _timed_label(u.text))}
    named |= _timed_given(units, len(named))
    caps = _caps_names(units)
    named |= caps | _caps_roles(units, caps)
    named |= _listed_alone(units) | _record_labels(units)
    if len(named) < 2:
        return {}
    roles = {i: (u.text, "role") for i, u in enumerate(units)
             if len(u.text.split()) == 1 and label_kind(u.text) == "role"}
    # A participants list ("Ann Berg - Chief Executive Officer") names the people whose name
    # alone then heads each of their turns.
    listed = {speaker_name(text) for text, _ in named.values()} - {None}
    # and the list's other lines, whatever follows the dash ("Ann Berg - Norvale Securities")
    listed |= {m[1] for i, u in enumerate(units) if (m := DASHED.match(u.text))
               and person_name_shape(m[1]) and not _affiliation_line(units, i)}
    alone = {i: (u.text, "name") for i, u in enumerate(units) if u.text in listed}
    return named | roles | alone


# A Romance chamber's role label alone on its line: an article, the role in lower case, its
# domain ("La presidenta", "El president de la Generalitat", "La consellera d'Acció Climàtica").
RECORD_ROLE = re.compile(r"^(?:El|La|Il|Lo|O|A|Le|L['’]) ?([a-zà-ÿ][\w-]+)"
                         r"(?: (?:de|del|de la|della|da|do|di|d['’])\s?[^.:;!?]{1,80})?$")


# The same in a Commonwealth Hansard (Sri Lanka's): "The Hon. Ann Berg (Minister of X)" and
# "The Deputy Speaker" alone on their lines over the speech.
HONOURED_LABEL = re.compile(r"^(?:The )?(?:Hon|Rt\.? Hon|Honourable)\.? "
                            r"(?:\((?:Dr|Ms|Mrs|Mr)\.?\) )?[A-Z]")
THE_OFFICE = re.compile(r"^The ((?:[A-Z][\w-]+ ){0,2}[A-Z][\w-]+)$")


def _record_labels(units: list[Unit]) -> dict[int, tuple[str, str]]:
    """A parliament's record that sets each label alone on its line over the speech, without a
    colon (the Catalan Parliament's Diari de Sessions): a full name or an article and a role;
    taken where two labels or more head two speeches each."""
    found = {}
    for i, unit in enumerate(units[:-1]):
        text = unit.text
        if len(text) > 100 or text.endswith(SENTENCE_END):
            continue
        if (m := RECORD_ROLE.match(text) or THE_OFFICE.match(text)) and \
                is_role_word(m[1].split()[-1]):
            found[i] = (text, "role")
        elif (person_name_shape(text) or HONOURED_LABEL.match(text)) and \
                label_kind(text) == "name":
            found[i] = (text, "name")
    found = {i: v for i, v in found.items() if i + 1 not in found
             and (len(units[i + 1].text) > 40 or units[i + 1].text.endswith(SENTENCE_END))}
    said = Counter(text for text, _ in found.values())
    return found if sum(1 for n in said.values() if n >= 2) >= 2 else {}


def _listed_alone(units: list[Unit]) -> dict[int, tuple[str, str]]:
    """A call's participants listed "Ann Berg, Chief Executive Officer", then each name alone
    over their turns ("Ann Berg" / "Thank you.") or after a "Q -" or "A -" ("Q - Tom Roe"):
    two such lines or more."""
    listed = {m[1] for u in units if (m := LISTED.match(u.text)) and person_name_shape(m[1])
              and not SPOKEN.search(m[2])}
    found = {i: (u.text, "name") for i, u in enumerate(units)
             if i + 1 < len(units) and (u.text in listed or (m := QA_NAMED.match(u.text))
                                        and m[1] in listed)}
    return found if len(found) >= 2 else {}


def _caps_names(units: list[Unit]) -> dict[int, tuple[str, str]]:
    """Full names in capitals alone on their lines over each turn, as a script sets them ("ANN
    BERG" / "Welcome."): three lines or more, two people or more, one of them twice. A script's
    one-word cues ("ANN", "BERG (V.O.)") count where four lines or more are cues and two
    speakers at least have two each."""
    found = {i: u.text for i, u in enumerate(units) if len(u.text) <= 60 and u.text.isupper()
             and 2 <= len(u.text.split()) <= 4 and label_kind(u.text) == "name"
             and person_name_shape(u.text.title())}
    cues = {i: u.text for i, u in enumerate(units) if i + 1 < len(units)
            and _script_cue(u.text) and not _script_cue(units[i + 1].text)}
    said = Counter(found.values())
    if len(found) < 3 or len(said) < 2 or max(said.values()) < 2:
        found = {}
    speakers = Counter(SCRIPT_CUE.match(text)[1] for text in cues.values())
    if len(cues) >= 4 and sum(1 for n in speakers.values() if n >= 2) >= 2 \
            and _people_cues(units, list(speakers)):
        found = {**cues, **found}
    return {i: (text, "name") for i, text in found.items()}


def _caps_roles(units: list[Unit], caps: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """Among names in capitals alone over their turns, the other capitals lines alone over a
    paragraph that the text writes as a title elsewhere ("SARPANCH" beside "Sarpanch Smt. Kamla
    Devi Bishnoi"): a role heading its holder's turns, not a section's heading."""
    if len(caps) < 3:
        return {}
    text = "\n".join(u.text for u in units)
    return {i: (u.text, "role") for i, u in enumerate(units)
            if i not in caps and i + 1 < len(units) and u.text.isupper() and
            1 <= len(u.text.split()) <= 3 and not u.text.endswith(SENTENCE_END) and
            not units[i + 1].text.isupper() and u.text.title() in text}


def _people_cues(units: list[Unit], cues: list[str]) -> bool:
    """Whether two cues or more read as people ("BRONWEN", "TAVITA" of "TAVITA FUIMAONO, her
    engineer"), not teams or sections ("ARSENAL", "CHELSEA"): a known given name or surname,
    or a word the text writes with a surname after it, or after a given name or "Mr"."""
    text = ""
    people = 0
    for cue in cues:
        words = cue.split()
        if is_given_name(words[0]) or is_surname(words[-1]):
            people += 1
            continue
        text = text or "\n".join(u.text for u in units)
        people += len(given_first(words[0], text)) == 1 or any(
            is_given_name(m[1]) or m[1].lower().strip(".") in HONORIFICS
            for m in re.finditer(rf"([\w.]+) {re.escape(words[-1])}\b", text))
    return people >= 2


def _script_cue(text: str) -> bool:
    """A script's cue: a speaker's name in capitals alone on its line, maybe with a note in
    brackets ("ANN (V.O.)", "BERG (CONT'D)"); not a common word ("SOUND", "LATER")."""
    match = SCRIPT_CUE.match(text) if len(text) <= 60 and text[:1].isupper() else None
    if not match or not match[1].isupper() or label_kind(match[1]) not in ("name", "short"):
        return False
    words = match[1].split()
    return all(is_given_name(w) or w.lower() not in common_words() for w in words) and \
        (len(words) == 1 or person_name_shape(match[1].title()))


def _section_title(text: str) -> bool:
    """A participants list's or a call's section title ("Conference Call Participants",
    "Questions and Answers"): a few capitalised words, no full stop; no one's turn."""
    return len(text.split()) <= 6 and _title_case(text) and not text.endswith(SENTENCE_END)


def _affiliation_line(units: list[Unit], i: int) -> bool:
    """A participants list's second line under a name ("* Ann Berg" / "Norvale Bank - Analyst"):
    the firm, no one's name."""
    before = units[i - 1].text if i else ""
    bullet = BULLET.match(before)
    return bool(bullet) or (person_name_shape(before) and not DASHED.match(before))


def _list_heading(units: list[Unit], i: int) -> bool:
    """One word over a participants list ("Analysts" / "Ann Berg - Norvale Securities"), or a
    few that say what the list is ("Conference call participants", "Corporate Participants")."""
    words = units[i].text.split()
    return (len(words) == 1 or len(words) <= 5 and LIST_WORDS.search(units[i].text) is not None) \
        and units[i].text[:1].isupper() \
        and not units[i].text.endswith(SENTENCE_END) and i + 1 < len(units) \
        and DASHED.match(units[i + 1].text) is not None


# What a call's or a panel's list of people is headed by ("Company participants", "Panelists").
LIST_WORDS = re.compile(r"(?i)\b(?:participants|attendees|speakers|panell?ists|analysts|executives|"
                        r"presenters|present)\b")


def _timed_label(text: str) -> bool:
    """"Ann Berg  0:03", "Speaker 2  1:04:10": a name or a role, then the time it is said at."""
    match = TIMED.match(text) if ":" in text else None
    if not match:
        return False
    kind = label_kind(match[1])
    return kind == "role" or kind == "name" and person_name_shape(speaker_name(text) or "")


def _timed_given(units: list[Unit], named: int) -> dict[int, tuple[str, str]]:
    """"Chidinma  00:00" over the text: one word and a time, where the word opens two such lines
    or more and is the given name of the one full name the text writes with it ("Hosts:
    Chidinma Okeke-Obi and …", family name first: "Dr. Chen Yi-ting"); two such lines at least
    with the full names' (a conversation, not a timetable)."""
    timed = {i: m[1] for i, u in enumerate(units) if ":" in u.text and
             (m := TIMED.match(u.text)) and " " not in m[1] and label_kind(m[1]) == "short"}
    counts = Counter(timed.values())
    text = "\n".join(u.text for u in units)
    words = {w for w, n in counts.items() if n >= 2 and _one_full_name(w, text)}
    if len(words) + named < 2:
        return {}
    return {i: (units[i].text, "name") for i, w in timed.items() if w in words}


def _one_full_name(given: str, text: str) -> bool:
    """Whether the text writes one full name with this given name: first ("Ikenna Uzoamaka
    Nwachukwu" and "Ikenna Nwachukwu": a middle name dropped), or after a family name ("Chen
    Yi-ting") and nowhere first."""
    first = {(f.split()[0], f.split()[-1]) for f in given_first(given, text)}
    if first:
        return len(first) == 1
    family = {m[1] for m in re.finditer(rf"\b([A-Z][a-z]{{1,5}}) {re.escape(given)}\b", text)}
    return len(family) == 1 and is_surname(family.pop())


def _dashed_label(text: str) -> bool:
    """"Ann Berg -- Analyst": a person's name first (a known given name), then a role."""
    match = DASHED.match(text) if "-" in text or "–" in text or "—" in text else None
    if not match:
        return False
    name = speaker_name(text) or ""
    return label_kind(text) == "name" and match[1] == name and person_name_shape(name) \
        and (is_given_name(name.split()[0]) or _role_after_dash(text))


def _role_after_dash(text: str) -> bool:
    """"Ann Berg -- Vice President, Investor Relations": a role word after the dash vouches for
    a name whose given name is not a known one."""
    rest = DASH.split(text, maxsplit=1)[-1]
    return any(is_role_word(w.strip(",&")) for w in rest.split())


def speaker_labels(units: list[Unit], given: dict[int, tuple[str, str]] | None = None
                   ) -> list[str | None]:
    """Each unit's speaker label, when the text is a transcript.

    A one-word label ("Putin:") counts only when a fuller label of the same text ends with it
    or, written in capitals ("SMITH:"), when it labels two lines or more, so list labels
    ("Germany:", "Second:") stay text. Turns are read when two lines carry a label, or one
    carries a role and a full name ("Defence Minister Sergei Shoigu:").
    """
    found = [(given or {}).get(i) or _speaker(u.text) for i, u in enumerate(units)]
    if len(units) > 1 and len(units[1].text) <= 40 and find_date(units[1].text):
        found[0] = None  # "Vladimir Putin: We Will Respond" above a date line is the title
    full = {surname_key(speaker_name(f[0]) or "") for f in found if f and f[1] == "name"}
    repeated = Counter(f[0] for f in found if f and f[0].isupper())
    # First names that each open two lines or more, two of them at least: a conversation
    # ("Tommy: …", "Ben: …"), not a list ("Paris: …").
    given = _conversation_names(units, found) or _lone_guest(units, found)
    given.update(_cast_keyed(units, found))
    # A time code before them vouches for any one-word labels ("[00:00:04] Dewi: …").
    given.update(_untimed(f[0]) for f in found if f and f[1] == "short" and
                 TIME_CODE.match(f[0]) and not is_given_name(_untimed(f[0])))
    shorts = Counter(f[0] for f in found if f and f[1] == "short")
    # "Gilsanz (via translator)" is Gilsanz: counted and introduced without its remark
    bare = Counter(bare_label(f[0]) for f in found if f and f[1] == "short")
    introduced = _introduced_surnames(units, {s for s, n in bare.items() if n >= 2})
    if sum(1 for f in found if f and f[1] != "short") + sum(shorts.values()) >= 2:
        # a surname label anywhere else is one where the text names it in full
        introduced |= _introduced_surnames(units, set(bare) - introduced, anywhere=True)
    labels = [f[0] if f and (f[1] != "short" or surname_key(f[0]) in full
                             or repeated[f[0]] >= 2 or given[_untimed(f[0])] >= 2
                             or bare_label(f[0]) in introduced) else None
              for f in found]
    _drop_cast_lines(units, labels, found)
    _drop_headline_label(units, labels)
    _caps_seats(units, labels)
    if _place_rubrics(units, labels):
        labels = [None] * len(units)
    count = sum(1 for label in labels if label)
    if count < 2 and not any(label and is_strong_label(label) for label in labels):
        labels = [None] * len(units)
    return _examination(units, labels)


ITEM_HEADLINE_MAX = 90  # a round-up item's headline after its place; a speech goes on longer


def _place_rubrics(units: list[Unit], labels: list[str | None]) -> bool:
    """Whether every label is a listed place in capitals heading a short headline, as in a news
    round-up ("LAGOS: Dangote refinery cuts petrol price again" over its item): datelines,
    not turns (a delegate's "CHINA: Thank you, Mr President. …" goes on as a speech)."""
    from .detect.lexicon import lexicon  # noqa: PLC0415 (the gazetteer loads only here)
    from .detect.spans import caps_display  # noqa: PLC0415

    labelled = [(label, u.text) for u, label in zip(units, labels) if label]
    if len(labelled) < 2 or not all(label.isupper() for label, _ in labelled):
        return False
    places = lexicon().places
    for label, text in labelled:
        rest = text[len(label):].lstrip(":.- ").rstrip()
        if caps_display(label) not in places or len(rest) > ITEM_HEADLINE_MAX or \
                rest.endswith((".", "?", "!", '"', "”", "…")) or rest.count(" ") < 2:
            return False
    return True


# A broadcast script's or a caption's line is no speaker: "SUPER: Ann Berg, …", "VT: FLOODS".
CAPTION_WORDS = frozenset("super caption captions screen aston strap graphic graphics gfx vt pkg "
                          "cg chyron slate cue ends duration dur runs title titles location date "
                          "time slug tease headline headlines session part chapter item "
                          "agenda".split())
# A label of a few words in capitals: a side, a seat, a party or a clip ("RULING PARTY", "SOT 2").
# A remark in brackets may follow ("BRIEFER (UNTMIS)", "SELEKTOR (via interpreter)"), an outlet
# after a comma ("REPORTER, DAILY NATION").
CAPS_SEAT = re.compile(r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’/&.-]*(?:,? [A-ZÀ-ÖØ-Þ0-9][A-ZÀ-ÖØ-Þ0-9'’/&.-]*)"
                       r"{0,3}(?: \([^()\n:]{1,40}\))?):\s+(\S.*)$")


# A seat's number as a label, as an assembly's minutes write members ("No. 7: …").
SEAT_NUMBER = re.compile(r"^((?:No\.|NO\.|Nº|№) ?\d{1,3}):\s+(\S.*)$")


def _caps_seats(units: list[Unit], labels: list[str | None]) -> None:
    """In a transcript whose speakers are labelled in capitals, any label in capitals after the
    first turn is one too, though it names no one alone ("RULING PARTY", "FOR THE MOTION", "FIJI",
    "SOT 2"): labelled lines of one layout are turns of one conversation. Not a caption or a
    note ("SUPER:", "NOTE:"), a heading in capitals, figures or a roster."""
    caps = [i for i, label in enumerate(labels) if label and _caps(label)]
    if not caps:
        return
    seats = {}
    for i in range(len(units)):
        m = CAPS_SEAT.match(units[i].text) or SEAT_NUMBER.match(units[i].text) \
            if labels[i] is None else None
        if m and m[1].lower() not in NOT_SPEAKERS and not m[2].isupper() \
                and m[1].split()[0].lower().rstrip(",") not in NOT_SPEAKERS \
                and not m[2][0].isdigit() and not _roster(m[2]) \
                and not set(re.split(r"[ /]", m[1].lower())) & CAPTION_WORDS:
            seats[i] = m[1]
    # seats before the first turn read count where one of them opens two lines or more and
    # another label follows a speech ("PARAGUAY (Chair): …" ×6 above "RAPPORTEUR:"): the
    # conversation began before a label the reading knows
    early = {i: s for i, s in seats.items() if i < caps[0]}
    again = Counter(early.values())
    strong = len(early) >= 3 and max(again.values(), default=0) >= 2 \
        and len(set(early.values())) >= 2
    if not strong:  # (or the label opens a later turn and this line is no cast entry: a call)
        later = {labels[i] for i in caps} | {s for i, s in seats.items() if i > caps[0]}
        seats = {i: s for i, s in seats.items() if i > caps[0] or s in later
                 and len(re.findall(r"[a-z]{2}[.!?](?:\s|$)", units[i].text)) >= 2
                 and not _cast_entry(units[i].text[len(s):].lstrip(":. "))}
    # three capitals labels, or two and two more lines seats label: "VOX 1", "INT 1" between a
    # presenter's two turns
    if not strong and len(caps) < 3 and (len(caps) < 2 or len(seats) < 2):
        return
    if len({labels[i] for i in caps} | set(seats.values())) >= 2:
        for i, label in seats.items():
            labels[i] = label


def _caps(label: str) -> bool:
    """A label in capitals, a remark in brackets aside ("PRESIDENT (Sierra Leone)")."""
    bare = re.sub(r"\s*\([^()]*\)", "", _untimed(label))
    return bool(bare) and bare.isupper()


def _conversation_names(units: list[Unit], found: list[tuple[str, str] | None]) -> Counter[str]:
    """First names that each open two lines or more, two of them at least: a conversation
    ("Tommy: …", "Ben: …"), not a list ("Paris: …"). A name no list knows counts when the text
    writes it with a surname ("my co-host, Ngaio Tuhiwai")."""
    shorts = Counter(_untimed(f[0]) for f in found if f and f[1] == "short")
    given = Counter({s: n for s, n in shorts.items() if is_given_name(s)})
    if sum(1 for n in shorts.values() if n >= 2) >= 2:
        text = "\n".join(u.text for u in units)
        given.update({s: n for s, n in shorts.items() if n >= 2 and s not in given
                      and len(given_first(s, text)) == 1})
    if sum(1 for n in given.values() if n >= 2) < 2:
        given.clear()
    return given


# A header's cast line keyed by a one-word label and glossed: "Voorzitter / Chair: Ann Berg",
# "Pulenu'u (village mayor): Ann Berg", "Bag darga (bag governor): Ts. Oyunbileg".
CAST_KEY = re.compile(r"^([^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,2})"
                      r"(?: ?/ ?[^:/\n]{1,60}| \([^()\n]{1,40}\))?:\s+(\S.{2,120})$")


def _cast_keyed(units: list[Unit], found: list[tuple[str, str] | None]) -> Counter[str]:
    """One-word labels that a header's cast line gives a person ("Voorzitter / Chair: Ann Berg"
    above "Voorzitter: …"), one of them opening two lines or more below it: a meeting's roles in
    a language no list knows, written in mixed case."""
    shorts = Counter(_untimed(f[0]) for f in found if f and f[1] == "short")
    first = next((i for i, f in enumerate(found) if f and f[1] == "short" and
                  shorts[_untimed(f[0])] >= 2), len(units))
    keyed = {m[1] for unit in units[:first] if (m := CAST_KEY.match(unit.text))
             and shorts[m[1]] >= 1 and len(cast_people(m[2])) == 1}
    # (another label the text does not key, opening lines twice, is no more a turn for it)
    if not any(shorts[label] >= 2 for label in keyed):
        return Counter()
    return Counter({label: 2 for label in keyed})


def _lone_guest(units: list[Unit], found: list[tuple[str, str] | None]) -> Counter[str]:
    """One first name opening two lines or more among role or name labels ("Presenter: … I'm
    joined by Aidan Mac Cormaic" then "Aidan: …"), where the text writes it with one surname."""
    shorts = Counter(_untimed(f[0]) for f in found if f and f[1] == "short")
    others = sum(1 for f in found if f and f[1] != "short")
    names = [s for s, n in shorts.items() if n >= 2 and is_given_name(s) and not s.isupper()]
    if len(names) != 1 or others < 2:
        return Counter()
    text = "\n".join(u.text for u in units)
    return Counter({names[0]: shorts[names[0]]}) if len(given_first(names[0], text)) == 1 \
        else Counter()


def _introduced_surnames(units: list[Unit], shorts: set[str], anywhere: bool = False
                         ) -> set[str]:
    """One-word labels ("Vogt-Brandt:") that are the surname of a full name the document's
    opening lines (`anywhere`: its text) give, after a known given name ("Interview with Annelie
    Vogt-Brandt")."""
    if not shorts:
        return set()
    head = "\n".join(u.text for u in (units if anywhere else units[:8]))
    out, common = set(), common_words()
    # (a surname in capitals before its office, as the Italian record writes it: "BERG, relatore")
    lookup = {s.partition(", ")[0].casefold(): s for s in shorts
              if s.isupper() or ", " in s and s.partition(", ")[0].isupper()}
    for m in PAIR.finditer(head):
        short = m[2] if m[2] in shorts else lookup.get(m[2].casefold(), "")
        if not short or short in out:
            continue
        # or, anywhere, after a lower-case word ("Next is Takeshi Morimoto"); or after a
        # personal title, a given name no list knows ("Dr. Romules Durant, Superintendent")
        unlisted = m[1].lower() not in common and not is_role_word(m[1])
        if is_given_name(m[1]) or unlisted and (
                anywhere and LOWER_BEFORE.search(head, max(0, m.start() - 30), m.start())
                or TITLE_BEFORE.search(head, max(0, m.start() - 6), m.start())):
            out.add(short)
    for key, short in lookup.items():  # a surname of two words: "Chiara Di Stefano"
        if " " in key and short not in out and any(is_given_name(m[1]) for m in re.finditer(
                rf"\b([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+) (?i:{re.escape(key)})\b", head)):
            out.add(short)
    if anywhere:  # or a family name in capitals before the given name: "SHIBATA Kazue"
        out |= {s for s in shorts if s.split()[-1].isupper() and _family_first(head, s.split()[-1])}
    if anywhere:  # or a participants list's line: "* Yuto Hasegawa"
        listed = {u.text.lstrip("*•·- ").split()[-1] for u in units
                  if re.fullmatch(r"(?:[*•·-] )?[A-ZÀ-ÖØ-Þ][\w'’-]+ [A-ZÀ-ÖØ-Þ][\w'’-]+", u.text)}
        out |= shorts & listed
    return out


def _family_first(text: str, surname: str) -> bool:
    """Whether the text writes `surname`, in capitals, before a given name, as East Asian
    records in English write a person ("MORISHITA Kenji", "LEUNG Kwan-yuen")."""
    common = common_words()
    return any(m[1].lower() not in common and not is_role_word(m[1])
               for m in re.finditer(rf"\b{re.escape(surname)} ([A-Z][a-z]+(?:-[a-z]+)?)\b", text))


def _drop_headline_label(units: list[Unit], labels: list[str | None]) -> None:
    """A labelled line among the first three, short and no sentence, with prose under it before
    any other turn ("Cricket: Windwards pull off win", "Putin: We will respond") is the
    headline of an article, not the first turn of a conversation."""
    first = next((i for i, label in enumerate(labels) if label), None)
    if first is None or first > 2:
        return
    text = units[first].text
    if len(text.split()) > 16 or text.endswith(SENTENCE_END):
        return
    after = labels[first + 1:first + 1 + HEADLINE_PROSE]
    if len(after) == HEADLINE_PROSE and not any(after):
        labels[first] = None


HEADLINE_PROSE = 3  # unlabelled paragraphs under it: an article's body, not a conversation


def _drop_cast_lines(units: list[Unit], labels: list[str | None],
                     found: list[tuple[str, str] | None]) -> None:
    """Above the first turn, a role and the person who holds it ("Moderator: Ann Berg (Norvale
    Times)", "Court Reporter: Ann Berg, RMR") is the header's cast list, not a turn."""
    turns = [i for i, label in enumerate(labels) if label]
    for i, after in zip(turns, [*turns[1:], None]):
        unit, label = units[i], labels[i] or ""
        rest = unit.text[len(label):].lstrip(":. ") if unit.text.startswith(label) else ""
        if not (found[i] and found[i][1] == "role" and _cast_entry(rest)):
            return
        if after is not None and asks(bare_label(labels[after] or "").lower().removeprefix("the ")):
            return  # "MODERATOR: Ann Berg, Norvale Times." then "QUESTION:": a call to ask
        labels[i] = None


def _cast_entry(text: str) -> bool:
    """A person's name, then only what they are: "Ann Berg (Norvale Times)", "Ann Berg, Head of
    Press", "Ann Berg, RMR"; several joined by ";"."""
    if "?" in text or "!" in text or SPOKEN.search(text):
        return False
    for part in text.rstrip(". ").split(";"):
        match = CAST.fullmatch(part.strip())
        if not match or not person_name_shape(HONORIFIC.sub("", match[1])):
            return False
    return True


def _untimed(label: str) -> str:
    """A label without the time code or the markdown bold in front of it ("**Maya")."""
    return re.sub(f"^(?:{LEAD})", "", TIME_CODE.sub("", label, count=1).removeprefix("**"))


def is_headline(text: str) -> bool:
    """A short line that reads as a title or section heading, not as prose."""
    if len(text) > 150 or len(text.split()) < 2 or URL.search(text) or FILENAME.search(text):
        return False
    if SENTENCE_BREAK.search(text) or find_date(text) or _table_row(text) \
            or DATED_ENTRY.match(text) or FIELD_LINE.match(text):
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'"):
        return False
    if text.isupper() and text.endswith("."):
        return True
    if text.endswith(("?", "!")):  # a spoken line, unless it reads as a title: "What Next?"
        return _title_case(text) and "," not in text
    return not text.endswith((".", ",", ";", ":", "…", "”", "\"", "'", "’", ")"))


def _table_row(text: str) -> bool:
    """Scores and figures ("Luton 1 Rotherham 0", "TORONTO 63 72 .467") or a line cut off
    after a function word ("Result of game played in the"): no heading."""
    words = text.split()
    numbers = sum(1 for w in words if NUMBER.fullmatch(w))
    return numbers >= 2 or bool(NUMBER.fullmatch(words[-1])) or words[-1] in FUNCTION_END


def _title_case(text: str) -> bool:
    """Every word capitalised but short connectors: 'Questions and Answers'."""
    words = [w for w in text.split() if w.lower() not in
             {"a", "an", "the", "of", "and", "or", "for", "in", "on", "at", "to", "with", "by"}]
    return len(text.split()) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _classify(text: str, label: str | None) -> str:
    if ATTRIBUTION.match(text) and len(text) <= 300:
        return "attribution"
    if SEPARATOR.match(text):
        return "separator"  # "* * *" is a section break, not a list item; kept as written
    if BULLET.match(text):
        return "bullet"
    if BYLINE.match(text) and len(text) <= 120 and not text.endswith("."):
        return "byline"
    if CREDIT.match(text) and len(text) <= 200 and not CREDIT_BREAK.search(text):
        return "byline"
    if label:
        return "turn"
    if is_headline(text) and len(text.split()) <= 20:
        return "heading"
    return "paragraph"


def _demote_headings_in_turns(units: list[Unit], kinds: list[str]) -> None:
    """From the first speaker turn to the end of the conversation a short line is spoken text,
    unless it reads as a heading: right after a separator line ("* * *"), or in title case (and,
    when it asks or exclaims, not next to a turn)."""
    turns = [i for i, kind in enumerate(kinds) if kind == "turn"]
    if not turns:
        return
    # The conversation runs on after its last turn until an embedded piece opens (a byline).
    end = next((i for i in range(turns[-1], len(kinds)) if kinds[i] == "byline"), len(kinds))
    for i in range(turns[0] + 1, end):
        if kinds[i] != "heading" or SEPARATOR.match(units[i - 1].text):
            continue
        asks = units[i].text.endswith(("?", "!"))
        next_to_turn = "turn" in (kinds[i - 1], kinds[min(i + 1, len(kinds) - 1)])
        if not _title_case(units[i].text) or (asks and next_to_turn):
            kinds[i] = "paragraph"


def _demote_column_headers(units: list[Unit], kinds: list[str]) -> None:
    """A line of capitalised column names over a table ("LATEST PREVIOUS ACTUAL" above "Sales
    9.1 9.3 8.4") is part of the table, not a heading: the first row below it (right under it
    or under one more non-heading header line) holds one figure per word, or one fewer (a
    section heading over a table, "CENTRAL DIVISION", has fewer words than figures)."""
    before = list(kinds)
    for i, kind in enumerate(before):
        if kind != "heading" or not units[i].text.isupper():
            continue  # (before splitting: most units are paragraphs)
        words = units[i].text.split()
        if len(words) < 3 or \
                any(w.lower() in FUNCTION_END | {"de", "la", "le"} or "'" in w for w in words):
            continue  # two words or a phrase ("BALANCE OF PAYMENTS") may head a section
        for j in (i + 1, i + 2):
            if j >= len(units) or (j == i + 2 and before[i + 1] == "heading"):
                break
            numbers = sum(1 for w in units[j].text.split() if NUMBER.fullmatch(w))
            if max(2, len(words) - 1) <= numbers <= len(words):
                kinds[i] = "paragraph"
                break


def _promote_headings_before_bylines(units: list[Unit], kinds: list[str]) -> None:
    """A short line right before a byline is the title of an embedded piece."""
    for i, kind in enumerate(kinds):
        if kind != "byline" or not BYLINE.match(units[i].text):
            continue  # a credit line ("Reporting by …") ends a piece: it opens none
        for j in (i - 1, i - 2):
            if j >= 0 and kinds[j] in ("turn", "heading") and len(units[j].text) <= 150:
                kinds[j] = "heading"
            else:
                break


def _mark_quotes(kinds: list[str]) -> None:
    """The paragraph right before an attribution line is the embedded post it credits."""
    for i, kind in enumerate(kinds):
        if kind == "attribution" and i > 0 and kinds[i - 1] == "paragraph":
            kinds[i - 1] = "quote"


def _mark_signature(units: list[Unit], kinds: list[str]) -> None:
    """Short name and date lines after the last paragraph sign the piece off (not the end of a
    list whose previous line ends with a comma)."""
    first = len(kinds)
    for i in range(len(kinds) - 1, max(len(kinds) - 4, 0), -1):
        if kinds[i] in ("heading", "paragraph") and _sign_off(units[i].text):
            first = i
        else:
            break
    if first < len(kinds) and units[first - 1].text.endswith((",", ";", ":", "-", "–", "&")):
        return
    for i in range(first, len(kinds)):
        kinds[i] = "signature"


def _sign_off(text: str) -> bool:
    """A short line that is a date or capitalised words (a name, an outlet), not a sentence."""
    if len(text) > 60 or text.endswith(SENTENCE_END) or not any(c.isalnum() for c in text):
        return False
    if find_date(text):
        return True
    if any(c.isdigit() for c in text):
        return False  # "Reading 2 Stoke 2": a result, not a signature
    words = re.findall(r"[^\W\d_][\w'’.-]*", text)
    small = {"of", "the", "and", "for", "in", "at", "de", "van", "von"}
    return bool(words) and all(w[0].isupper() or w in small for w in words)


def _heading_levels(kinds: list[str]) -> list[int]:
    """Headings that open an embedded piece (before a byline) are h2; others h3 when any are h2."""
    opener = [False] * len(kinds)
    for i, kind in enumerate(kinds):
        if kind == "byline":
            for j in (i - 1, i - 2):
                if j >= 0 and kinds[j] == "heading":
                    opener[j] = True
    any_opener = any(opener)
    return [(2 if opener[i] or not any_opener else 3) if k == "heading" else 0
            for i, k in enumerate(kinds)]


def _make_block(unit: Unit, kind: str, level: int, label: str | None) -> Block:
    if kind == "bullet":
        match = BULLET.match(unit.text)
        assert match is not None
        return Block("bullet", match[1], unit.line)
    if kind == "turn" and label:
        rest = unit.text[len(label):]
        if label.startswith("**") and (bold := re.match(r"\*{0,2}([:.])\*{0,2}", rest)):
            return Block("turn", rest[bold.end():].lstrip(), unit.line, speaker=label,
                         sep=bold[0])  # "**Ann Berg:** …": the bold closes around the colon
        sep = french[0] if (french := FRENCH_COLON.match(rest)) else \
            ".-" if rest.startswith(".-") else \
            rest[:2] if re.match(r" [-–—] ", rest) else rest[:1]  # "Sr. Berg.- …", "… (PT) - …"
        return Block("turn", rest[len(sep):].lstrip(), unit.line, speaker=label,
                     sep=sep if sep.strip() in (":", ".", ".-", "-", "–", "—") else "")
    return Block(kind, unit.text, unit.line, level=level)


def block_text(block: Block) -> str:
    """The visible text a block stands for (speaker included)."""
    return f"{block.speaker}{block.sep} {block.text}" if block.speaker else block.text


# A whitespace-separated token without a letter or digit (str.isalnum is re's \w minus "_").
NO_ALNUM_TOKEN = re.compile(r"(?<!\S)(?:[^\w\s]|_)++(?!\S)")


def word_count(blocks: list[Block] | tuple[Block, ...]) -> int:
    """Words in the body, counted as whitespace-separated tokens with a letter or digit."""
    # Counted as all tokens minus the tokens without one: two C-level passes, not a Python loop
    # over every character (which cost a sixth of reading a source).
    text = "\n".join(block_text(b) for b in blocks)
    return len(text.split()) - len(NO_ALNUM_TOKEN.findall(text))
