"""A meeting's minutes: the word that heads them in many languages, the body that met (the
outlet), the minutes' own line as the title under the body's letterhead."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..mastheads import caps_name
from ..model import Block
from ..placeline import known_place
from ..speakers import CONNECTORS, person_name_shape
from .letterhead import META_FIELD

# A meeting's minutes, headed by the body that met: "CITY COUNCIL" over "MINUTES — REGULAR
# MEETING", "Portville Town Council — Minutes, ordinary session of 3 May 2026".
MINUTES_WORD = (r"(?i:minutes|procès-verbal|proces-verbal|protokoll|acta|verbale|notulen|"
                r"jegyzőkönyv|protokols|protokolas|protokół|tutanak|tutanağı|πρακτικά|πρακτικα|"
                r"notula|minit|biên bản|kumbukumbu|compte[- ]rendu|ata|niederschrift|"
                r"sitzungsniederschrift)")

MINUTES_LINE = re.compile(rf"^{MINUTES_WORD}\b")

MINUTES_OF = re.compile(rf"^(.{{3,80}}?)\s+[—–-]\s+{MINUTES_WORD}\b")

MINUTES_TITLE = re.compile(rf"(?:^|\s){MINUTES_WORD}\b")

BODY_HEADS = frozenset("Board Council Commission Commissioners Committee Assembly Authority "
                       "Trustees Directors Selectboard Vestry Senate Cabinet".split())


def _meeting_body(text: str) -> str | None:
    """The body a minutes' heading names ("CHATHAM COUNTY BOARD OF COMMISSIONERS")."""
    name = caps_name(text.strip())
    words = name.split()
    if not 2 <= len(words) <= 10 or not all(w[:1].isupper() or w in CONNECTORS for w in words):
        return None
    return name if any(w in BODY_HEADS for w in words) else None


def _minutes_head(body: list[Block], title_index: int | None, found: dict[str, Any]) -> None:
    """A minutes' heading: the body's name and the minutes' line under it are the title, and the
    body is the outlet."""
    title = found.get("title", "")
    if title_index is not None and title_index < len(body) and \
            MINUTES_LINE.match(body[title_index].text.strip()) and \
            (name := _meeting_body(title)) is not None:
        found["title"] = f"{title} {body[title_index].text.strip()}"
        found.setdefault("outlet", name)
        del body[title_index]
    elif (m := MINUTES_OF.match(title)) and (name := _meeting_body(m[1])) is not None:
        found.setdefault("outlet", name)


def minutes_heading(body: list[Block], title_index: int | None) -> int | None:
    """The minutes' own line under the letterhead of the body that met ("Badacsonytomaj Város
    Önkormányzata" / "Szám: …" / "JEGYZŐKÖNYV", "Valdes sēdes PROTOKOLS Nr. 4"): the title,
    joined with a line that goes on in lower case ("PROCES-VERBAL" / "al ședinței …"). A body
    named by its English heads keeps its line, which _minutes_head joins to the minutes' one."""
    if title_index is not None and title_index < len(body) and \
            _meeting_body(body[title_index].text) is not None:
        below = [k for k in range(title_index + 2, min(len(body), title_index + 4))
                 if MINUTES_LINE.match(body[k].text.strip()) and _letterhead_line(body[k], 14)]
        return below[0] if below else title_index  # ("TOWN COUNCIL" / its town / "MINUTES OF")
    for k, block in enumerate(body[:8]):
        text = block.text.strip()
        if title_index is not None and k <= title_index and not _letterhead_line(body[k]):
            return title_index  # (a headline above it: "Minutes of …" is its text)
        words = 14 if MINUTES_LINE.match(text) else 8  # "ACTA DE LA SESIÓN ORDINARIA N.º 412 …"
        if len(text.split()) <= words and MINUTES_TITLE.search(text) and \
                not text.endswith((".", ":", ",")) and k > 0:
            if k + 1 < len(body) and body[k + 1].text[:1].islower() and \
                    len(body[k + 1].text.split()) <= 20:
                body[k] = replace(block, text=f"{text} {body[k + 1].text.strip()}")
                del body[k + 1]
            return k
    return title_index


def _letterhead_line(block: Block, words: int = 10) -> bool:
    """A short line of a body's letterhead: its name, its number, its address."""
    return len(block.text.split()) <= words and not block.text.rstrip().endswith((".", "!", "?"))


ACRONYM_TAIL = re.compile(r"\s*\([A-Z]{2,8}\)$")  # "COOPERATIVA … (CALGRA)": the name's letters


def letterhead_body(body: list[Block], title_index: int) -> str | None:
    """The body whose letterhead heads the minutes: its first line of two words or more, unless
    a place or a field ("ROMÂNIA" / "JUDEȚUL MARAMUREȘ": a country's name first)."""
    first = caps_name(ACRONYM_TAIL.sub("", body[0].text.strip())) if title_index > 0 else ""
    if not first or known_place(first) or META_FIELD.match(first) or \
            re.search(r"\d", first) or not 2 <= len(first.split()) <= 8:
        return None
    return first


# The recorder's own line: "Respectfully submitted,", "Minutes recorded by", and in the languages
# of the minutes the reader meets ("Jegyzőkönyvvezető:", "Întocmit,", "Protokolētāja", "Notulis:").
RECORDED = re.compile(r"^(?i:respectfully submitted|(?:minutes )?(?:recorded|taken|prepared) by|"
                      r"recording secretary|minute[- ]taker|jegyzőkönyvvezető|"
                      r"a jegyzőkönyvet vezette|întocmit(?: de)?|protokolēj(?:a|s)|"
                      r"protokolētāj(?:a|s)|protokolavo|protokolą surašė|protokollija|"
                      r"protokollis|protokolant(?:ka)?|tutanağı tutan|notulis|pencatat|"
                      r"người ghi biên bản|katibu wa kikao|secrétaire de séance|rédigé par|"
                      r"πρακτικογράφος)\s*[,:]?\s*(.*)$")
# A signature's blank and a rank's abbreviation before the name ("____   L. Avotiņa", "insp.").
SIGNED_BLANK = re.compile(r"^(?:_{3,}\s*)?(?:[a-zăâîșțőűéáóúü]{2,6}\.\s+)?")


def minutes_clerk(body: list[Block], full: str) -> str | None:
    """The person who says she recorded the minutes, in their header's lines or closing them;
    an initial is spelt out when the minutes name her in full once ("L. Avotiņa")."""
    lines = [b.text.strip() for b in [*body[:15], *body[-5:]] if b.text.strip()]
    for i, line in enumerate(lines):
        if (m := RECORDED.match(line)) is None:
            continue
        rest = m[1] or (lines[i + 1] if i + 1 < len(lines) else "")
        name = SIGNED_BLANK.sub("", rest.split(",")[0].strip()).strip()
        if person_name_shape(name) and not known_place(name):
            return _spelt_out(name, full)
    return None


def _spelt_out(name: str, full: str) -> str:
    """"L. Avotiņa" as "Līga Avotiņa" when the text names one such person in full."""
    m = re.fullmatch(r"([^\W\d_])\.\s*(\S+)", name)
    if m is None:
        return name
    found = set(re.findall(rf"\b({re.escape(m[1])}[^\W\d_]+\s+{re.escape(m[2])})\b", full))
    return found.pop() if len(found) == 1 else name
