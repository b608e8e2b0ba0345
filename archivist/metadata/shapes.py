"""What a header line is: a label or rubric, a masthead, a fields line, a headline's shape."""

from __future__ import annotations

import re

from ..bylines import LABELLED, TRANSLATED, parse_byline
from ..dates import find_date, find_foreign_date
from ..mastheads import SECTIONS, caps_name
from ..model import Block
from ..placeline import PLACE_SMALL, date_only, known_place
from ..speakers import common_words, is_role_word, person_name_shape
from .patterns import (AGENCY_TAIL, CAPITAL, FOREIGN_HEAD, FULL_SCORE, ISSUE, LETTERS_PAGE,
                       LIFE_DATES, MAGAZINE_LINE, MASTHEAD, OUTLET_LINE, SECTION_WORDS,
                       SUBSCRIBER_NOTE, TAGLINE)
from .place import _place_then_date, _place_then_day


# What parts a rubric's sections ("Business | Startups", "Viajes / Travel", "Arts & Culture").
RUBRIC_SEPARATOR = re.compile(r" [|/&·•] |: ")

# A section in capitals, a dash and its subsection: "DETROIT — Courts", "SPORT – Rugby".
CAPS_RUBRIC = re.compile(rf"^[{CAPITAL}]{{2,}}(?: [{CAPITAL}]{{2,}})* [—–] [^\W\d_]")

# A newsletter's or a column's name above the headline: "Maritime Week Briefing", "Farm Digest".
SERIES_LINE = re.compile(r"^(?:[A-Z][\w&'’-]*\s+){0,3}(?:Briefing|Briefings|Briefs|Digest|Roundup|"
                         r"Round-up|Newsletter|Bulletin|Wrap)$")


def _label_line(text: str) -> bool:
    """A header line that labels rather than heads the piece: a rubric ("RUGBY | URC", "Travel |
    Morocco", "Viajes / Travel", "Arts & Culture", "FOOTBALL: A-LEAGUE MEN"), a place and a date
    ("Lagos, 12/04/2024:", "Kathmandu, May 28 (PTI)") or a name with life years."""
    words = text.split()
    if not words or len(text) > 60 or text.endswith((".", "!", "?", "…")):
        return False
    if len(words) <= 5 and (RUBRIC_SEPARATOR.search(text) or text.isupper() or
                            CAPS_RUBRIC.match(text)) or SERIES_LINE.match(text):
        return True
    if FULL_SCORE.fullmatch(text) or FIXTURE.fullmatch(text):
        return True  # "Port Vale 2 Crewe Alexandra 2", "Kent v Surrey, Day 2" above the headline
    if (m := CAPS_SECTION.match(text)) and len(text[m.end():].split()) <= 5:
        return True  # "WHAT'S ON | Glasgow & the West": a section in capitals and its part
    if ISSUE.search(text) and len(words) <= 10:
        return True  # "OLIVE MARKET LETTER — Issue 212": a newsletter's masthead and issue
    if len(words) <= 3 and all(w in SECTION_WORDS for w in words):
        return True  # "Local News", "Local Government": a site's section above the headline
    if _bar_rubric(text):
        return True  # "Los Llanos  |  Sociedad  |  Vendimia 2024": the site, its section, a topic
    if LETTERS_PAGE.match(text):
        return True  # "Your say", "Letters to the Editor": the page, the letter's headline below
    if TAGLINE.search(text):
        return True  # "Nordland's leading English newspaper": the paper's motto
    section, dash, part = text.partition(" — ")
    if dash and len(words) <= 5 and all(w in SECTION_WORDS for w in section.split()):
        return True  # "Sport — Rugby", "Business — Markets": a section and its part
    if text.isupper() and len([w for w in words if w not in "|/&·•—–"]) <= \
            (7 if "|" in text else 5):
        return True  # "ARTS & CULTURE / FILM REVIEW": the separators are no words (and a
        # league and its round, "LIGA DE EXPANSIÓN MX | JORNADA 15", are a rubric)
    if len(words) <= 3 and _region_kicker(words):
        return True  # "Eastern Kentucky" above the headline
    bare = AGENCY_TAIL.sub("", text).rstrip(" :–—-")
    if _place_then_date(bare) is not None or date_only(bare) or \
            _place_then_day(bare) is not None:
        return True
    return LIFE_DATES.search(text) is not None and \
        person_name_shape(LIFE_DATES.sub("", text).strip())


def _bar_rubric(text: str) -> bool:
    """Three or four short parts apart by bars, one of them a section's name."""
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+", text.strip())]
    return 3 <= len(parts) <= 4 and all(1 <= len(p.split()) <= 2 for p in parts) and \
        any(all(w.title() in SECTIONS for w in p.split()) for p in parts)


FIELD_SPLIT = re.compile(r"\s+[|·•/]\s+|\s{3,}")  # ("RELEASE      3 February 2026": columns)

# A match's fixture: "Sri Lanka v Bangladesh, 1st Test, Galle, Day 3", "Kent vs Surrey".
FIXTURE = re.compile(r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3} (?:v|vs\.?) [A-Z][\w.'’&-]*"
                     r"(?: [A-Z][\w.'’&-]*){0,3}(?:, [\w.'’ -]{1,30}){0,4}")

CAPS_SECTION = re.compile(rf"^[{CAPITAL}][{CAPITAL}'’&-]*(?: [{CAPITAL}][{CAPITAL}'’&-]*){{0,2}}"
                          r" [|·•] (?=[A-Z])")

PAGE_MARK = re.compile(r"(?i)page \d{1,3}(?: of \d{1,3})?")  # a printed page's running header

OUTLET_HEAD = re.compile(OUTLET_LINE.pattern.replace(")$", "|Online)\\b"))

# A broadcaster named by its medium first, alone on its line: "Radio Prague International",
# "Radio Free Asia", "Televisión Canaria", "Rádio Renascença" ("Radio Velden — evening
# programme" heads a broadcast's transcript: no masthead).
BROADCASTER = re.compile(r"^(?:Radio|Rádio|Rádió|Radyo|Television|Televisión|Télévision|Televisão|"
                         r"Televisione|TV)(?:\s+(?:(?:de|do|da|del|du|di)\s+)?[A-Z][\w'’.-]*)"
                         r"{1,3}\s*$")

# A site's domain in its masthead ("KOMPAS.com – Regional"), a masthead's tail after a comma or
# dash (its town, section or edition: "Solomon Star, Honiara"), a part naming an edition.
DOMAIN = re.compile(r"\b[\w-]+\.(?:com|net|org|co|online|news)(?:\.[a-z]{2})?\b")

# (a paper's own wire: "Harbour News Wire")
OUTLET_TAIL = re.compile(r"( Online| Digital| Wire)?"
                         r"(?:(?:,| [–—|·/]) .{1,40})?$")  # ("Gulf News / Weekend")

WIRE_TAILS = (" Wire",)

EDITION = re.compile(r"(?i)^(?:\w+ )?(?:edition|édition|edición|edizione|ausgabe)$")

DASHED = re.compile(r"\s+[–—]\s+")


def _paper_masthead(text: str, above: bool = False) -> str | None:
    """The paper a masthead line names, maybe with its town, section or edition after it
    ("Solomon Star" of "Solomon Star, Honiara"); `above` (the line stands above the headline):
    also in capitals ("THE WEST CORNWALL COURIER") or a magazine's ("Iceland Review")."""
    text = re.sub(r"\s+,(?=\s)", ",", text)  # "Ahram Online , Tuesday 7 Apr 2026"
    if above and text.isupper():
        text = caps_name(text)  # ("CORRIERE DEL MEZZOGIORNO": "del" in lower case)
    m = OUTLET_HEAD.match(text) or FOREIGN_HEAD.match(text) if len(text.split()) <= 9 else None
    if above and m is None:
        m = BROADCASTER.match(text) if len(text.split()) <= 6 else None
        if m and all(w.lower() in common_words() for w in m[0].split()[1:]):
            m = None  # ("Radio Silence Ends": a headline of dictionary words)
    if above and m is None and (m := MAGAZINE_LINE.match(text)) is not None and \
            any(w.lower() in common_words() for w in m[1].split()):
        return None  # ("Book Review", "Film Weekly": a section)
    if m is None or (tail := OUTLET_TAIL.match(text, m.end())) is None:
        return None
    return m[0] + tail[1] if tail[1] in WIRE_TAILS else m[0]


def _masthead_line(text: str) -> bool:
    """An outlet's masthead above the headline, maybe with its town, section or edition ("Khmer
    Times", "Matangi Tonga Online", "Solomon Star, Honiara", "KOMPAS.com – Regional / Jawa
    Timur", "Enab Baladi – Idlib", "SLOW ROADS — a travel blog")."""
    if len(text.split()) > 9:
        return False
    if _paper_masthead(text, True) is not None or MASTHEAD.match(text) or DOMAIN.search(text):
        return True
    parts = [p.strip() for p in re.split(r"\s+[|·•/–—]\s+", text)]
    if len(parts) > 1 and any(EDITION.match(p) for p in parts[1:]):
        return True  # "L'Express de Madagascar · English edition · VAKINANKARATRA"
    dashed = DASHED.split(text)
    return len(dashed) == 2 and len(dashed[0].split()) <= 3 and known_place(dashed[1]) and \
        all(w[:1].isupper() and w.lower() not in common_words() for w in dashed[0].split())


def _fields_line(text: str) -> bool:
    """A header line of fields, not a headline: a date, a credit or a translation note among
    short parts split by "|", "·" or "/" ("Local | Monday, February 23, 2026 | by Ann Roe",
    "BELFÖLD / HOME · Translated from Hungarian", "Mörön /MONTSAME/. 2026-01-28 14:22"), or an
    outlet's masthead alone ("Khmer Times")."""
    if len(text) > 120 or text.endswith((".", "!", "?", "…")):
        return False
    if _masthead_line(text):
        return True
    parts = FIELD_SPLIT.split(text)
    if len(parts) < 2 and not (len(text.split()) <= 6 and find_date(text)):
        return False
    return all(len(p.split()) <= 8 for p in parts) and any(
        TRANSLATED.search(p) or LABELLED.match(p) or find_date(p) or find_foreign_date(p)
        or PAGE_MARK.fullmatch(p) for p in parts)


COMPASS = frozenset("north south east west northern southern eastern western central upper lower "
                    "greater".split())


def _region_kicker(words: list[str]) -> bool:
    """A region the story is filed under: a known place, maybe after a compass word ("Eastern
    Kentucky", "Northern Ireland")."""
    if not all(w[:1].isupper() for w in words):
        return False
    rest = words[1:] if words[0].lower() in COMPASS and len(words) > 1 else words
    return known_place(" ".join(rest))


def _headline_shape(block: Block) -> bool:
    """Whether a line reads as a headline: a short line of text, not prose, a date or a byline."""
    text = block.text
    return block.kind in ("paragraph", "heading") and 3 <= len(text.split()) <= 25 and \
        not text.endswith((".", ":")) and not date_only(text) and parse_byline(text) is None and \
        not _label_line(text) and not SUBSCRIBER_NOTE.search(text)


def _outlet_shape(text: str) -> bool:
    """One to five capitalised words: "Substack", "The Moscow Times"."""
    words = text.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in PLACE_SMALL or w == "&"
                                        for w in words) and not text.endswith(("!", "?", ".")) \
        and not any(is_role_word(w) and w.lower() != "press" for w in words)  # "Staff Reporter"
