"""The header date and the dateline scan: a published date, a date read both ways, life dates."""

from __future__ import annotations

import calendar
import re
from typing import Any

from ..bylines import BY_WORDS, header_credit, named_part_credit, parse_byline, segment_credit
from ..dates import both_readings, find_date, find_foreign_date, short_date_line
from ..detect.french import written_in_french
from ..detect.lexicon import subdivisions
from ..detect.romance import written_in_romance
from ..headlines import masthead_name, share_bar
from ..mastheads import AGENCY_INITIALS, caps_name, desk_sender
from ..model import Block
from ..placeline import (DATE_WORDS, any_date_only, attested_place, date_only, display_place,
                         known_place)
from ..speakers import common_words, is_common_phrase, is_given_name, person_name_shape
from .patterns import (AGENCY_WORDS, CAPITAL, DATELINE, LIFE_DATES, OUTLET_LINE, SECTION_WORDS,
                       SENTENCE_STOP, TITLE_DATELINE)
from .shapes import _outlet_shape, _paper_masthead


LABELLED_URL = re.compile(r"^(?:source|url|original|link|read more)\s*:\s*(https?://\S+)\s*$", re.I)

# "Kremlin Transcript, 6/29/22": capitalised words, "Transcript", nothing or a date after it.
TRANSCRIPT_LINE = re.compile(r"^((?:[A-Z][\w&.’'-]*\s+){1,5})Transcript\b[\s,–—-]*(.*)$")

# Datelines of releases and agencies: "PORTVILLE, Ore. (May 3, 2026) — …", "(Portville) – …",
# and a town and an agency's initials on a line of their own, "Portville – NNA".
STATE_DATED = re.compile(r"^([A-Z][A-Z .'’-]{2,30}),\s+([A-Z][a-z]{1,5}\.?)\s+\(([^()]{6,30})\)"
                         r"\s+[—–-]+\s+\S")

BRACKET_TOWN = re.compile(r"^\(([A-Z][\w .'’-]{2,30})\)\s+[—–-]+\s+[A-Z]")

TOWN_AGENCY = re.compile(r"^([A-Z][\w'’ -]{2,30}?)\s+[—–-]\s+([A-Z]{2,6})$")


def _bracket_datelines(head: list[Block], found: dict[str, Any]) -> None:
    """The town (and the agency) of a release's or an agency's dateline."""
    for k, block in enumerate(head):
        text = block.text.strip()
        if (m := STATE_DATED.match(text)) and any_date_only(m[3]) and \
                known_place(display_place(m[1].strip())):
            found.setdefault("place", display_place(m[1].strip()))
            return
        if (m := BRACKET_TOWN.match(text)) and known_place(m[1]):
            found.setdefault("place", m[1])
            return
        if k <= 1 and (m := TOWN_AGENCY.match(text)) and known_place(m[1]) and \
                not known_place(m[2]):  # (under the headline; "Delhi – NCR": a region)
            found.setdefault("place", m[1])
            found.setdefault("outlet", m[2])
            return


FIRST_PUBLISHED = re.compile(r"\b(?i:was first published|first published(?: on)?)\s+(.{5,40}?)\.?$")


def _footer_date(body: list[Block]) -> Any:
    """The date a closing line says the piece was first published on (a wire's footer), or the
    date alone on one of the last two lines, maybe beside the piece's tags ("Domenica 26 gennaio
    2025", "December 15, 2024 · Tags: Football, Spain"), as papers print it at the foot."""
    for block in body[-3:]:
        if (m := FIRST_PUBLISHED.search(block.text.strip())) is not None:
            return find_date(m[1], ambiguous=False)
    for block in body[-2:] if len(body) > 4 else ():  # (a short text's foot is its header)
        text = TAGS_TAIL.sub("", block.text.strip())
        if block.kind in ("paragraph", "heading", "signature") and any_date_only(text) and \
                not _life_span(text):  # ("August 3, 1939 – February 14, 2026": a life)
            return find_date(text, ambiguous=False) or find_foreign_date(text)
    return None


TAGS_TAIL = re.compile(r"\s+[·|•]\s+(?i:tags|topics|temas|etiquetas|tag)\s*:.*$")


def _lead_dateline(body: list[Block], first: int, lead: int, full: str) -> str | None:
    """The place of the dateline opening the lead right under the headline, when the header's
    lines above it are too many for the header's window ("BARTOW, Fla. — Detectives …" under a
    sheriff's letterhead, its address and its release lines)."""
    if not lead + 6 <= first < len(body) or body[first].kind != "paragraph":
        return None
    fields: dict[str, Any] = {}
    _scan_dateline(body[first].text, fields, False, full)
    return fields.get("place")


def _header_fields(head: list[Block], tail: list[Block], title: str,
                   datelines: list[Block], strict_first: bool, full: str = "") -> dict[str, Any]:
    found: dict[str, Any] = {}
    # a date the reader cannot read one way only is left to the curator ("03/11/2025")
    date = find_date(title, ambiguous=False) or _published_date(head) or \
        _before_update(head) or _read_both_ways(head, full)
    for block in [*head, *tail]:
        if not _life_span(block.text):  # ("August 3, 1939 – February 14, 2026": a life)
            date = date or find_date(LIFE_DATES.sub("", block.text), ambiguous=False)
        _scan_line(block.text, found)
    for block in head if date is None else ():
        if not _life_span(block.text):
            date = date or find_foreign_date(LIFE_DATES.sub("", block.text)) or \
                short_date_line(block.text)  # "19.09.25" alone under the masthead
    for i, block in enumerate(datelines):
        _scan_dateline(block.text, found, strict_first and i == 0, full)
    if date and date in _life_ends(head):
        date = None  # "March 2, 1938 – January 19, 2026" over "… died on January 19, 2026"
    if date:
        found["date"] = date
    for block in tail:
        if person_name_shape(block.text) and "author" not in found and \
                not all(len(w) <= 3 for w in block.text.split()) and \
                not known_place(block.text) and not OUTLET_LINE.match(block.text) and \
                not share_bar(block.text):
            found["author"] = block.text  # (not a desk's "PTI COR RS", "Kuala Lumpur", "Fiji
            # Sun": a town or a paper closing the piece)
    return found


PUBLISHED_AT = re.compile(r"(?i)\b(?:first\s+)?(?:published|posted)\b\s*:?\s*")

UPDATED_AT = re.compile(r"(?i)\b(?:last\s+)?(?:updated|modified)\b")


def _published_date(head: list[Block]) -> Any:
    """The date a header says the piece was published on, when it also says when it was updated
    ("Updated: 18 Nov 2026 | Published: 17 Nov 2026", "Updated 12.03.2026 — first published
    11.03.2026"): the later update is not the piece's date."""
    lines = [b.text for b in head if len(b.text) <= 120]
    if not any(UPDATED_AT.search(t) for t in lines):
        return None
    for text in lines:
        if (m := PUBLISHED_AT.search(text)) and (date := find_date(text[m.end():])):
            return date
    return None


# "Updated" in the languages of the world's papers ("Atualizado em 13/02/2026 - 08h15").
UPDATE_WORD = re.compile(r"(?i)\b(?:(?:last\s+)?(?:updated|modified)|atualizad[oa]|actualizad[oa]|"
                         r"actualización|aggiornat[oa]|aggiornamento|mis à jour|aktualisiert|"
                         r"bijgewerkt|zaktualizowano|oppdatert|uppdaterad|opdateret|päivitetty)\b")

SLASHED_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/\d{4}\b")


def _before_update(head: list[Block]) -> Any:
    """The date a header line gives before the update it also dates ("São Paulo | 12/02/2026 -
    19h40 | Atualizado em 13/02/2026"): the piece's, its numbers read in the order the update's
    date shows (13/02: the day first)."""
    for block in head:
        text = block.text
        if len(text) > 160 or (m := UPDATE_WORD.search(text)) is None:
            continue
        before, after = text[:m.start()], text[m.end():]
        if (date := find_date(before, ambiguous=False)) is not None:
            return date
        if (readings := both_readings(before)) is None:
            continue
        shown = [(int(d[1]) > 12, int(d[2]) > 12) for d in SLASHED_DATE.finditer(after)]
        if shown and all(day for day, _ in shown):
            return readings[1]
        if shown and all(month for _, month in shown):
            return readings[0]
    return None


def _read_both_ways(head: list[Block], full: str) -> Any:
    """A header's numeric date that reads both ways ("Date: 02/11/2026"), read the way that puts
    it on or up to a week after a date the text states in words ("On Tuesday, February 10,
    2026, …"): a release or a report follows what it tells; in a French, Spanish, Portuguese,
    Italian or Catalan text, the day first.
    Otherwise none."""
    line = next((b.text for b in head if len(b.text) <= 60 and both_readings(b.text)), None)
    if line is None:
        return None
    readings = both_readings(line) or ()
    if readings and (written_in_french(full) or written_in_romance(full)):
        return readings[1]  # "Publié le 04/06/2025", "03/09/2024 às 14h22": the day first
    stated = {d for m in WORDED_DATE.finditer(full) if (d := find_date(m[0])) is not None}
    near = {r for r in readings for d in stated if 0 <= (r - d).days <= 7}
    if not near:  # a dateline's day without its year: "Taipei, March 11 (CNA) …"
        days = {_month_day(m) for b in head[:4] for m in DATELINE_DAY.finditer(b.text[:80])}
        near = {r for r in readings if (r.month, r.day) in days}
    return near.pop() if len(near) == 1 else None


# A month's day in a dateline: "Taipei, March 11 (CNA)", "Orvika, 11 Mar. —".
DATELINE_DAY = re.compile(r"^[^\d,]{2,40},\s+(?:([A-Z][a-z]{2,8})\.?\s+(\d{1,2})|"
                          r"(\d{1,2})\s+([A-Z][a-z]{2,8})\.?)\b(?!,?\s*\d{4})")


def _month_day(m: re.Match[str]) -> tuple[int, int] | None:
    """The (month, day) of a dateline's day, its month's name in English."""
    name, day = (m[1], m[2]) if m[1] else (m[4], m[3])
    month = next((i for i, full in enumerate(calendar.month_name) if i and
                  full.lower().startswith(name.lower()) and len(name) >= 3), None)
    return (month, int(day)) if month else None


# A date with its month in words: "February 10, 2026", "8 December, 2025".
WORDED_DATE = re.compile(r"\b(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|"
                         r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})\b")

LIFE_SPAN = re.compile(r"^\D{0,12}(?:\d{1,2}\D{1,12})?(\d{4})\s*[–—-]\s*"
                       r"\D{0,12}(?:\d{1,2}\D{1,12})?(\d{4})$")


def _life_ends(head: list[Block]) -> set[Any]:
    """The days a header's life span line ends on: an obituary's death, not its date (and under
    a span of years, "1934 - 2025", the day its lead says the person died on)."""
    ends = set()
    for block in head:
        if _life_span(block.text) and (end := find_date(re.split(r"[–—-]", block.text)[-1])):
            ends.add(end)
    if any(_life_span(b.text) for b in head):
        ends |= {d for b in head for m in DIED_ON.finditer(b.text)
                 if (d := find_date(m[1], ambiguous=False)) is not None}
    return ends


# An obituary's lead stating the death: "died peacefully on Sunday, January 12, 2025, at …".
DIED_ON = re.compile(r"\b(?:died|passed away|passed on|entered into rest)\b[^.;]{0,40}?\bon\s+"
                     r"((?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|"
                     r"\d{1,2} [A-Z][a-z]{2,8},? \d{4}))")


def _life_span(text: str) -> bool:
    """A line of two dates years apart and nothing else: a life, not the piece's date."""
    m = LIFE_SPAN.match(text.strip())
    return m is not None and int(m[2]) - int(m[1]) >= 2


def _scan_line(text: str, found: dict[str, Any]) -> None:
    """Pick outlet, author, place and URL out of one header or footer line."""
    if (m := LABELLED_URL.match(text)) and "url" not in found:
        found["url"] = m[1]
    if "outlet" not in found and (paper := _paper_masthead(text)) is not None and \
            not all(w in SECTION_WORDS for w in paper.split()):  # ("Local News": a section)
        found["outlet"] = paper  # a masthead: "Solomon Star, Honiara", "Matangi Tonga Online"
    if (m := TRANSCRIPT_LINE.match(text)) and "outlet" not in found \
            and (not m[2] or date_only(m[2])) and not is_common_phrase(m[1]):
        found["outlet"] = m[1].strip(" ,")
    if "author" not in found and not desk_sender(text) and \
            (byline := parse_byline(text) or header_credit(text) or
             segment_credit(text) or named_part_credit(text)) is not None:
        found["author"] = byline.author
        if byline.outlet and "outlet" not in found and _outlet_shape(byline.outlet):
            found["outlet"] = byline.outlet


def _agency_named(name: str, bracket: str | None) -> bool:
    """Whether a dateline's would-be town is a news agency's name: its words ("Agencia de
    Noticias Fides"), the initials in brackets after it ("… (ANF)"), or a wire's code with its
    edition ("IRNA-ENGLISH")."""
    words = name.split()
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return any(w.lower() in AGENCY_WORDS for w in words) or \
        bool(bracket) and len(initials) >= 2 and initials == bracket.strip(" ()/") or \
        name.split("-")[0] in AGENCY_INITIALS and name.isupper()


AGENCY_HEAD = re.compile(r"(?i)\b(?:agencia|agence|agency|agenzia|agência|agentur)\b")


def _scan_dateline(text: str, found: dict[str, Any], strict: bool = False, full: str = "") -> None:
    """A dateline opening an article ("MOSCOW, Russia – …", "LONDON 1996-08-30"): the place.

    After a dash the line must go on as prose (or name a region or an agency first), so that a
    headline such as "PRESS DIGEST - Indonesian newspapers" gives no place.
    """
    agency_first = AGENCY_FIRST.match(text)  # "(ANSA) - CATANIA, APR 2 - …": the wire, then
    text = text[agency_first.end():] if agency_first else text  # its dateline
    m = DATELINE.match(text) or TITLE_DATELINE.match(text)
    if not m or "place" in found or len(m[1].split()) > 4 or \
            m[1].strip().lower().strip(".") in DATE_WORDS:
        return  # ("Mon, 12 Jan, 2026 - 18:30": a weekday, not Mon State)
    if m[3] and masthead_name(caps_name(m[1].strip())) is not None:
        return  # "DAILY MIRROR (Sri Lanka) — Print Edition": a paper's masthead, no town
    if m[3] and is_common_phrase(m[3].strip(" ()/").lower()) and \
            not known_place(m[1].strip().title()):
        return  # "WRIT PETITION (CIVIL) NO. 1187": a case's kind in brackets, no agency
    if m[3] and is_common_phrase(m[1].strip().lower()) and not known_place(m[1].strip().title()):
        return  # "OFFICIAL REPORT (HANSARD)": a record's name in common words, no town
    if _agency_named(m[1].strip(), m[3]):  # "Agencia de Noticias Fides (ANF) — Potosí, …",
        name = m[1].strip()  # "IRNA-ENGLISH  2025-12-07": the wire, no town
        if "outlet" not in found and (name.isupper() and name.split("-")[0] in AGENCY_INITIALS
                                      or AGENCY_HEAD.search(name)):
            found["outlet"] = name.split("-")[0] if name.isupper() else name
        return
    rest = text[m.end():]
    dated = find_date(rest[:12]) is not None or bool(m[2] and find_date(m[2])) or \
        any_date_only(rest.strip()) or \
        (find_date(text[:m.end()]) or find_foreign_date(text[:m.end()])) is not None
    prose = (len(rest.split()) >= 3 and rest.endswith((".", "”", "\"")) or not rest) and not strict
    # A capitalised word and a dash is also how news slugs start ("EXCLUSIVE - …", "ANALYSIS -
    # …"): without a region, an agency or a date, the word must be a known place. A title-case
    # word and a dash (or capitals and a colon) is how headlines and sentences start: a known
    # place, never on a line that may be the headline ("Fontaine - 6mth forecast").
    # An agency in lower case ("(dpa)") is firm only with a region or a date: "(video)" is none.
    firm = dated or m[2] or m[3] and m[3].strip(" (/")[:1].isupper()
    loose = m.re is TITLE_DATELINE or text[m.end() - 2:m.end()].strip() == ":"
    towns = m[1].strip().split(" / ")
    known = firm and not loose or known_place(m[1].strip().title()) or \
        attested_place(m[1].strip(), full) or \
        len(towns) == 2 and all(known_place(t) for t in towns) or \
        not loose and _written_again(m[1].strip(), full)  # "IQALUIT — …" with "in Iqaluit"
    if not (known and (firm or prose) and not strict if loose else firm or prose and known):
        return
    if len(m[1].split()) >= 3 and _plain_words(m[1].strip()) and \
            not known_place(m[1].strip().title()) and not attested_place(m[1].strip(), full):
        return  # "PROCEEDINGS ON SENTENCE — 14 October 2026": a heading, not a town
    if not _bracketed_region(m[1], full):
        return  # "PARIS (Reuters), …" is no place "Paris (Reuters)"
    region = m[2].strip() if m[2] else ""
    region = display_place(region) if region.isupper() and len(region) > 3 else region
    if re.search(r"\d", region) or region.split(" ")[0].lower().strip(".") in DATE_WORDS:
        region = ""  # "LATTAKIA, Aug 10 - …": a date, not a region
    if len(region.split()) >= 2 and not known_place(region.rstrip(".")) and \
            all(is_given_name(w) for w in region.rstrip(".").split()):
        return  # "VAN DER KOLK, Pieter Johannes. — On June 2 …": a death notice's name
    place = display_place(m[1].strip()) if m[1].split()[0].isupper() else m[1].strip()
    found["place"] = f"{place}, {region}" if region else place
    if "author" not in found and (credit := _dateline_credit(rest)) is not None:
        found["author"] = credit
    agency = m[3].strip(" ()/") if m[3] else agency_first[1] if agency_first else ""
    if agency and "outlet" not in found and _outlet_shape(agency):
        # "GALVESTON, Texas (AP) —": the wire the story came from ("(EUROPA PRESS)": shown
        # as "Europa Press")
        found["outlet"] = caps_name(agency) if len(agency.split()) > 1 else agency


AGENCY_FIRST = re.compile(r"^\(([A-Z][A-Za-z&.]{1,15}(?:[ /][A-Z][A-Za-z&.]{1,15}){0,2})\)"
                          rf"\s*[-–—]\s+(?=[{CAPITAL}]{{2}})")


def _plain_words(caps: str) -> bool:
    """Whether a capitalised run is dictionary words only ("PROCEEDINGS ON SENTENCE")."""
    return all(w.lower() in common_words() for w in caps.split())


def _written_again(caps: str, full: str) -> bool:
    """Whether a dateline's town in capitals, not all dictionary words, is written again in the
    text as a name ("MARFA — …" and "the Marfa City Council", "CEDAR KEY — …" and "off Cedar
    Key"): a town the gazetteer lacks, not a slug ("EXCLUSIVE — …")."""
    if not caps.isupper() or _plain_words(caps):
        return False
    return re.search(rf"(?<!\w){re.escape(caps.title())}(?!\w)", full) is not None


def _bracketed_region(place: str, full: str) -> bool:
    """Whether a bracketed word after a dateline's town is a region ("LETICIA (Amazonas)",
    "MANAUS (AM)"): a code, or a name the gazetteer, the list of subdivisions or the text has."""
    m = re.search(r"\(([^()]+)\)$", place.strip())
    return not m or len(m[1]) == 2 or known_place(m[1]) or m[1] in subdivisions() or \
        attested_place(m[1], full)


# How a credit after a dateline's dash opens: "— Par Koffi Agbodjan", "- di Cosimo Lacaita",
# "— De notre envoyée spéciale Nadia Farah".
DATELINE_CREDIT = re.compile(rf"^(?i:by|{BY_WORDS}|de not(?:re|s) (?:envoyée?s?|correspondante?s?)"
                             r"(?: spéciale?s?| permanente?s?)?(?: à [\w-]+)?)\s+(?=[A-ZÀ-ÖØ-Þ])")


def _dateline_credit(rest: str) -> str | None:
    """The writer a dateline names after its dash, on a short line that is no sentence: "Par
    Koffi Agbodjan", "door Wietske de Boer", "Andrei Pop, Monitorul de Cluj"."""
    if not rest or len(rest.split()) > 9 or SENTENCE_STOP.search(rest) or rest.endswith("."):
        return None
    if (byline := parse_byline(rest)) is not None or \
            (byline := parse_byline(rest, bare=True)) is not None:
        return byline.author
    m = DATELINE_CREDIT.match(rest)
    name = rest[m.end():].split(",")[0].strip() if m else ""
    return name if person_name_shape(name) else None
