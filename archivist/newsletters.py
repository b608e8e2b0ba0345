"""A newsletter's header: the masthead it goes out under (its name, maybe with a tagline after
a dash, an issue line under it), the sender and the list tag of the e-mail that carries it, and
the headline its Subject line repeats in capitals below.

The header reader (metadata/) may take the masthead for the headline ("ANDES BRIEF — Your
morning read on the Southern Cone"); these rules move the pick to the headline under it and give
the newsletter's name as the outlet.
"""

from __future__ import annotations

import re

from .headlines import MAIL_SUBJECT_WORDS, headline_like
from .mastheads import FROM_LINE, caps_name
from .model import Block

# An issue line under a masthead: "Issue 214", "No. 9 / 2024   October 2024", "Vol. 3, No. 12",
# "Weekly newsletter · Issue 142 · 11 November 2024", "Número 31 — marzo de 2025".
ISSUE_NUMBER = re.compile(r"(?i)^(?:[^·|•—–]{1,30}\s[·|•—–]\s*)?(?:issue|no\.|n[º°]\.?|vol\.|"
                          r"volume|número|numéro|numero|edition|edición|edição)\s*#?\s*\d{1,4}\b")
# A mailing list's tag in front of a Subject ("Subject: [Andes Brief] Chile's …").
LIST_TAG = re.compile(rf"(?i)^(?:{MAIL_SUBJECT_WORDS})\s*:\s*(?:(?:re|fwd?)\s*:\s*)*"
                      r"\[([^\]\d]{2,40})\]")
SUBJECT_LINE = re.compile(rf"(?i)^(?:{MAIL_SUBJECT_WORDS})\s*:\s*\S")
NAME_PART = re.compile(r"\s+[—–|·•]\s+|\s+-\s+")
HEAD = 8  # an e-mail's header fields stand in its first lines
CAPITAL = "A-ZÀ-ÖØ-ÞĀ-žȘȚ"
# A brief's marker before its headline, and the label in capitals after it ("▶ KAUNAS: …").
BRIEF_MARK = re.compile(rf"^[▶►■●▪◆➤▸]\s*(?:[{CAPITAL}][{CAPITAL} '’.&-]{{1,30}}:\s+)?(?=\S)")


def mail_names(blocks: list[Block]) -> set[str]:
    """The names, folded, an e-mail's header gives its sender: the From line's and the Subject's
    list tag ("From: Andes Brief <…>", "Subject: [Andes Brief] …")."""
    names = set()
    for block in blocks[:HEAD]:
        text = block.text.strip()
        if (m := FROM_LINE.match(text) or LIST_TAG.match(text)) is not None:
            names.add(m[1].strip().casefold())
    return names


def newsletter_masthead(blocks: list[Block], k: int, names: set[str]) -> str | None:
    """The newsletter line k is the masthead of, as a reader names it: its name (before a
    tagline after a dash) is the e-mail's sender or list tag, or it is in capitals over an
    issue line ("OLIVE OIL BULLETIN — Southern Desk" / "No. 9 / 2024")."""
    name = NAME_PART.split(blocks[k].text.strip())[0]
    words = name.split()
    if not 1 <= len(words) <= 6 or name.endswith((".", ":", ",")):
        return None
    below = blocks[k + 1].text.strip() if k + 1 < len(blocks) else ""
    if name.casefold() in names or name.isupper() and len(words) >= 2 and \
            ISSUE_NUMBER.match(below):
        return caps_name(name)
    return None


def past_masthead(blocks: list[Block], index: int | None) -> tuple[int | None, str | None]:
    """The headline under a newsletter's masthead the reader took for it (past an issue line),
    and the newsletter's name; the pick as it was when it is no masthead (and the name of a
    masthead above it)."""
    names = mail_names(blocks)
    if index is None or (paper := newsletter_masthead(blocks, index, names)) is None:
        return index, next((p for k in range(min(index or 0, HEAD)) if
                            (p := newsletter_masthead(blocks, k, names)) is not None), None)
    for k in range(index + 1, min(len(blocks), index + 4)):
        text = blocks[k].text.strip()
        if ISSUE_NUMBER.match(text):
            continue
        if blocks[k].kind in ("heading", "paragraph") and headline_like(text):
            return k, paper
        break
    return index, paper


def _words(text: str) -> list[str]:
    """The words of a line, folded, without its punctuation."""
    return re.findall(r"\w+", text.casefold())


def subject_over_caps(blocks: list[Block], index: int | None) -> int | None:
    """The e-mail's Subject line when the headline picked is in capitals and repeats it: the
    Subject writes it as a reader reads it ("Subject: Huila growers cash in …" over "HUILA
    GROWERS CASH IN …")."""
    if index is None or not blocks[index].text.isupper():
        return index
    caps = _words(blocks[index].text)
    for k, block in enumerate(blocks[:min(index, HEAD)]):
        if SUBJECT_LINE.match(block.text.strip()):
            said = _words(block.text)
            return k if len(caps) >= 3 and said[-len(caps):] == caps else index
    return index


def unmarked(text: str) -> str:
    """A brief's headline without the marker and the label in capitals a newsletter sets before
    it ("▶ KAUNAS: Tech firm expands" → "Tech firm expands")."""
    return BRIEF_MARK.sub("", text)
