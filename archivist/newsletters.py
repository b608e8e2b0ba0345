"""A newsletter's header: the masthead it goes out under (its name, maybe with a tagline after
a dash, an issue line under it), the sender and the list tag of the e-mail that carries it, and
the headline its Subject line repeats in capitals below.

The header reader (metadata/) may take the masthead for the headline ("ANDES BRIEF — Your
morning read on the Southern Cone"); these rules move the pick to the headline under it and give
the newsletter's name as the outlet.
"""

from __future__ import annotations

import re

from .headlines import CHROME, MAIL_SUBJECT_WORDS, SALUTATION, headline_like
from .mastheads import FROM_LINE, caps_name
from .model import Block
from .placeline import DATE_WORDS, any_date_only

# An issue line under a masthead: "Issue 214", "No. 9 / 2024   October 2024", "Vol. 3, No. 12",
# "Weekly newsletter · Issue 142 · 11 November 2024", "Número 31 — marzo de 2025".
ISSUE_NUMBER = re.compile(r"(?i)^(?:([^·|•—–]{1,30})\s[·|•—–]\s*)?(?:issue(?:\s+no\.?)?|no\.|"
                          r"n[º°]\.?|vol\.|volume|número|numéro|numero|edition|edición|edição|"
                          r"edisi|toleo|nummer|numer|số|ausgabe)\s*#?\s*\d{1,4}\b")
# A newsletter's name and its month: "Desert & Sea Bulletin | November 2024".
NAMED_KIND = re.compile(r"(?i)^([^·|•—–]{2,40}\b(?:newsletter|bulletin|digest|brief|briefing|"
                        r"update|weekly|dispatch|roundup|buletin|boletín|boletim|rundbrief|"
                        r"nieuwsbrief|nyhetsbrev))\s+[·|•—–]\s+(.{4,40})$")
CONTENTS = re.compile(r"(?i)^(?:in this (?:issue|edition)|inside|contents|dalam edisi ini|"
                      r"dans ce numéro|en este número|nesta edição|in dieser ausgabe)\W*$")
ITEM = re.compile(r"^(?:[>»›•·▶►■●▪◆➤▸*-]|\d{1,2}[.)])\s*\S")
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
    if (named := NAMED_KIND.match(blocks[k].text.strip())) and _dated(named[2]):
        return named[1]  # "Desert & Sea Bulletin | November 2024"
    name = NAME_PART.split(blocks[k].text.strip())[0]
    words = name.split()
    if not 1 <= len(words) <= 6 or name.endswith((".", ":", ",")):
        return None
    below = [b.text.strip() for b in blocks[k + 1:k + 3]]
    issue = next((m for m in map(ISSUE_NUMBER.match, below) if m), None)
    if below and ISSUE_NUMBER.match(below[0]) is None and not _tagline(below[0]):
        issue = None  # an issue line right under the name, or under its tagline
    if name.casefold() in names or name.isupper() and len(words) >= 2 and issue:
        return _issue_name(issue) or caps_name(name)
    return None


def _dated(text: str) -> bool:
    """A date, or a month and its year ("November 2024")."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return any_date_only(text) or bool(re.search(r"\b\d{4}\b", text)) and 0 < len(words) <= 2 \
        and all(w in DATE_WORDS for w in words)


def _tagline(text: str) -> bool:
    """A newsletter's tagline under its name: a short line, no sentence."""
    return len(text.split()) <= 8 and not text.endswith((".", ":", "!", "?"))


def _issue_name(issue: re.Match[str] | None) -> str | None:
    """The publication an issue line names under its publisher's letterhead ("KILIMO BORA
    NETWORK" / "The Kilimo Digest | Issue No. 47"), not a kind ("Weekly newsletter · Issue 9")."""
    name = issue[1].strip() if issue and issue[1] else ""
    words = name.split()
    if len(words) >= 2 and all(w[:1].isupper() or w in ("&", "of", "de") for w in words):
        return name
    return None


def past_masthead(blocks: list[Block], index: int | None) -> tuple[int | None, str | None]:
    """The headline under a newsletter's masthead the reader took for it (past an issue line),
    and the newsletter's name; the pick as it was when it is no masthead (and the name of a
    masthead above it)."""
    names = mail_names(blocks)
    if (found := _masthead_at(blocks, index, names)) is None:
        return index, next((p for k in range(min(index or 0, HEAD)) if
                            (p := newsletter_masthead(blocks, k, names)) is not None), None)
    index, paper = found
    k = index + 1
    while k < min(len(blocks), index + LOOK):
        text = blocks[k].text.strip()
        if ISSUE_NUMBER.match(text) or blocks[k].kind == "separator" or any_date_only(text):
            k += 1  # "Issue No. 47 | Tuesday 9 July 2024", a rule, the issue's date
        elif CONTENTS.match(text) or SALUTATION.match(text):
            k = _past_front(blocks, k)  # "IN THIS ISSUE" and its list; "Dear member," and a
            if k is None:  # greeting: the story is under the rule that ends them
                break
        elif blocks[k].kind in ("heading", "paragraph") and headline_like(text):
            return k, paper
        else:
            break
    subject = next((k for k in range(min(index, HEAD)) if SUBJECT_LINE.match(blocks[k].text)), None)
    return (index if subject is None else subject), paper  # (the e-mail's Subject names the issue)


def _masthead_at(blocks: list[Block], index: int | None, names: set[str]
                 ) -> tuple[int, str] | None:
    """The masthead the pick is (or the tagline under), or the first one under a newsletter's
    chrome ("View this email in your browser") when nothing was picked: its index and name."""
    if index is not None and (paper := newsletter_masthead(blocks, index, names)) is not None:
        return index, paper
    if index and (paper := newsletter_masthead(blocks, index - 1, names)) is not None:
        return index, paper  # "KABAR TELUK" / "Buletin Mingguan …" (the pick) / "Edisi 112"
    if index is None or index == 0 and CHROME.match(blocks[0].text.strip()):
        return next(((k, p) for k in range(min(len(blocks), 4))
                     if (p := newsletter_masthead(blocks, k, names)) is not None), None)
    return None


LOOK = 14  # blocks under a masthead: issue line, date, contents, greeting, rule, the headline


def _past_front(blocks: list[Block], k: int) -> int | None:
    """The block after the rule that closes an issue's contents list or its greeting."""
    for j in range(k + 1, min(len(blocks), k + 8)):
        if blocks[j].kind == "separator":
            return j + 1
        if CONTENTS.match(blocks[k].text.strip()) and not ITEM.match(blocks[j].text.strip()) \
                and blocks[j].kind not in ("bullet", "numbered"):
            return j  # a list with no rule under it: the first block that is no item
    return None


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
