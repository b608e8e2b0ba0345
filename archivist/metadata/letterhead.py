"""Letterheads and releases: the issuer over a release's title, a letterhead's end, a mail
header."""

from __future__ import annotations

import re

from ..bylines import header_credit, parse_byline
from ..dates import find_date, find_foreign_date
from ..detect import ORG_HEADS
from ..headlines import MAIL_SUBJECT_WORDS, place_date
from ..mastheads import foreign_script, issuer_name
from ..model import Block
from ..placeline import PLACE_SMALL, date_only, display_place, known_place
from ..speakers import OUTLET_HEADS
from .outlet import _paper_named
from .patterns import (CAPITAL, INITIALISM_END, MAIL_SUBJECT, MASTHEAD, NEWSLETTER_KIND,
                       RELEASE_LABEL, SUBSCRIBER_NOTE, _RELEASE)
from .place import _place_then_date, _score_line, _venue_line
from .shapes import _headline_shape, _label_line, _masthead_line


DATE_LABEL = re.compile(r"^(?i:date|dated|issued)\s*:\s*")  # "Date: 3 June 2025"

# The fields of an e-mail's header: "From: Ann Roe <ann@example.org>", "Subject: …".
MAIL_FIELD = re.compile(r"^(?:From|Sent|Date|To|Cc|Subject|De|Envoyé|Date|À|A|Objet|Von|"
                        r"Gesendet|An|Betreff|Enviado|Para|Asunto|Assunto|Da|Inviato|Oggetto)"
                        r"\s*:\s", re.I)


def _mail_header(blocks: list[Block]) -> int:
    """How many leading lines are a forwarded e-mail's header (with its Subject line): the
    headline is looked for below them."""
    n = next((i for i, b in enumerate(blocks[:8]) if not MAIL_FIELD.match(b.text)), len(blocks))
    subject = any(MAIL_SUBJECT.match(b.text) for b in blocks[:n])
    return n if n >= 2 and subject else 0


def _after_release_line(blocks: list[Block]) -> int | None:
    """The headline after "FOR IMMEDIATE RELEASE" (and its date) when a letterhead stands above
    that line: the sender's name is no title."""
    for i, block in enumerate(blocks[1:6], 1):
        if RELEASE_LABEL.match(re.split(r"\s{3,}", block.text.strip())[0]) and \
                (i < 4 or all(b.kind == "heading" or _letterhead_line(b.text) for b in blocks[:i])):
            j = i + 1  # (a letterhead of five lines: the agency, its division and its heads)
            while j < len(blocks) and j <= i + 2 and (_release_date(blocks[j].text) or
                                                      PHONE_LINE.match(blocks[j].text) or
                                                      RELEASE_LABEL.match(blocks[j].text)):
                j += 1  # (and the contact's number, its column beside the label run on)
            return j if j < len(blocks) and _headline_shape(blocks[j]) else None
    # "MEDIA RELEASE" / "Portville Police Service" / "12 May 2026": the sender under the label
    if len(blocks) > 3 and RELEASE_LABEL.match(blocks[0].text) and \
            _letterhead(blocks[1].text) and _release_date(blocks[2].text) and \
            _headline_shape(blocks[3]):
        return 3
    return None


def _letterhead_line(text: str) -> bool:
    """A short line of a letterhead: a name, an address, a date; no sentence."""
    return len(text) <= 80 and not text.endswith((".", "?", "!"))


PHONE_LINE = re.compile(r"^\(?\+?\d[\d ().-]{6,}\d(?:,\s*[A-Z][\w .-]{1,30})?$")


def _release_date(text: str) -> bool:
    """A release's date line: "Date: 3 June 2025", "Gap, le 2 avril 2026"."""
    return date_only(DATE_LABEL.sub("", text)) or _place_then_date(text) is not None


def _under_letterhead(blocks: list[Block]) -> int | None:
    """The headline after the blank line that closes a header of sender and labels: "LINCOLN
    POLICE DEPARTMENT / Date: 02/11/2026 / Contact: …", "By Ann Roe | The Post | May 2, 2026",
    "MUNSTER SHC — ROUND 4 / Waterford 1-22 Cork 0-24 / Walsh Park", a blog's masthead; under
    a group of the release's fields ("Date: …" / "Case #: …"), or a lone "STATEMENT" there."""
    end, kind_at = _letterhead_end(blocks), None
    while end is not None and end < len(blocks):
        stop = _group_end(blocks, end)
        if all(_french_letterhead(b.text) for b in blocks[end:stop]):
            end = stop  # "Cabinet du préfet" / "Bureau de la communication": the sender's
            continue
        if _headline_shape(blocks[end]):
            return end
        if _masthead_line(blocks[0].text):
            break  # a paper's masthead over a section ("LETTERS TO THE EDITOR"): read below
        stop = _group_end(blocks, end)
        text = blocks[end].text.strip()
        if kind_at is None and stop == end + 1 and KIND_HEADING.match(text) and \
                blocks[end].kind in ("paragraph", "heading") and \
                not (RELEASE_LABEL.match(text) or date_only(text)):  # (no turn's words)
            kind_at, end = end, stop  # "STATEMENT" alone: the title, unless a headline follows
        elif all(_header_meta(b.text, []) for b in blocks[end:stop]):
            end = stop  # the release's fields under its sender
        else:
            break
    return kind_at


# A document's kind heading alone: "STATEMENT", "Press Statement", "NOTICE TO MARINERS".
KIND_HEADING = re.compile(rf"^(?:[{CAPITAL}]+(?: [{CAPITAL}]+){{0,3}}|"
                          r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})$")


def _group_end(blocks: list[Block], start: int) -> int:
    """The index after the run of lines from `start` with no blank line between them."""
    k = start + 1
    while k < len(blocks) and blocks[k].line == blocks[k - 1].line + 1:
        k += 1
    return k


def _letterhead_end(blocks: list[Block]) -> int | None:
    """Where a letterhead closed by a blank line ends: sender and labels, or an issuer's name
    over its address or its name in another script ("EMBASSY OF NORDLAND" / "OSLOVIA")."""
    end = next((i for i in range(1, min(len(blocks), 6)) if blocks[i].line > blocks[i - 1].line + 1
                and "\n" not in blocks[i - 1].text), None)
    if end is not None and end + 1 < len(blocks) and SUBSCRIBER_NOTE.search(blocks[end].text):
        end += 1  # "You're receiving this because you subscribed …" under a newsletter's masthead
    if end is None or \
            any(b.kind not in ("paragraph", "heading") or len(b.text) > 120 for b in blocks[:end]):
        return None
    group = [b.text for b in blocks[:end] if not SUBSCRIBER_NOTE.search(b.text)]
    meta = [_header_meta(t, group) for t in group]
    heads = [m or _letterhead(t) for m, t in zip(meta, group)]
    if group and all(heads) and (any(meta) or all(MASTHEAD.match(t) for t in group)):
        return end
    if len(group) >= 2 and issuer_name(group[0]) and \
            all(_letterhead(t) or foreign_script(t) for t in group[1:]):
        return end
    return None


def _name_shape(text: str) -> bool:
    """A name of one to six words, capitalised but for short joining words ("Notes from X")."""
    words = text.split()
    return 1 <= len(words) <= 6 and words[0][:1].isupper() and \
        all(w[:1].isupper() or len(w) <= 4 and w.isalpha() for w in words)


def _issuer(blocks: list[Block], title_index: int) -> tuple[str | None, str | None]:
    """The issuer a letterhead above the headline names, and the town of its address line
    ("EMBASSY OF NORDLAND" / "PORTVILLE, D.C."); a newsletter's masthead names its own."""
    end = _letterhead_end(blocks)
    if end is None or end > title_index:
        return None, None
    group = [b.text.strip() for b in blocks[:end]]
    fielded = any(RELEASE_LABEL.match(t) or META_FIELD.match(t) for t in group)
    issuer = next((n for t in group if (n := issuer_name(t))), None)
    agency = issuer is not None and _paper_named(issuer) or \
        any(w.lower() in OUTLET_HEADS for w in (issuer or "").split())
    named = len(group) >= 2 and (first := issuer_name(group[0])) and len(first.split()) >= 3
    if not (fielded or agency and len(group) >= 2 or named):
        issuer = None  # ("GHANA PREMIER LEAGUE", "SUPREME COURT" / a date: a rubric)
    if issuer is None and (m := NEWSLETTER_HEAD.match(group[0])) and _name_shape(m[1]):
        issuer = m[1]  # "Harbour Notes — newsletter, 2 June"
    towns = [t.split(",")[0] for t in group[1:] if t.isupper()]
    town = next((display_place(t) for t in towns if known_place(display_place(t))), None)
    return issuer, town


def _lone_issuer(blocks: list[Block], title_index: int | None) -> str | None:
    """A body's name of three words or more alone on the first line (or under a release's
    label, or a mail's header) off the title: "MINISTRY OF HEALTH" / "CHOLERA SITUATION REPORT
    No. 41"."""
    first = _mail_header(blocks)  # (or the first line under a mail's header)
    first += 1 if len(blocks) > first and RELEASE_LABEL.match(blocks[first].text.strip()) else 0
    if title_index is None or title_index == first or len(blocks) <= first:
        return None
    name = issuer_name(blocks[first].text)
    if not name or len(name.split()) < 3 or name.split()[0].lower() in PREPOSITIONS:
        return None  # ("Around the County": a column's heading)
    # a release's label or field says a body issued it: no league's rubric, no court's name
    # over a reporter's summary ("GHANA PREMIER LEAGUE", "COURT OF APPEAL OF QUEBEC")
    released = any(RELEASE_LABEL.match(t) or META_FIELD.match(t) or MAIL_RELEASE.match(t)
                   for t in (b.text.strip() for b in blocks[:first + 8]))
    return name if released else None


MAIL_RELEASE = re.compile(rf"(?i)^(?:{MAIL_SUBJECT_WORDS})\s*:\s*(?:[^:]*\b)?{_RELEASE}\b")

PREPOSITIONS = frozenset("about above across after along around at before behind below beneath "
                         "beside beyond by down for from in inside into near of off on out "
                         "outside over through to toward towards under up upon with within "
                         "without".split())

# A field of a release's header: "For release: 7:00 a.m. CT", "Issued by: …", "Contact: …".
META_FIELD = re.compile(r"^(?i:for release|release date|issued(?: by)?|date|dated|contact|"
                        r"media contact|(?:case|ref(?:erence)?)(?:\s*(?:#|no\.?|number))?|"
                        r"embargo(?:ed)?(?: until)?)\s*:")

# A newsletter's name and its kind right after the dash: "Harbour Notes — newsletter, 2 June".
NEWSLETTER_HEAD = re.compile(r"^([^—–|]{2,40}?)\s[—–|]\s" + NEWSLETTER_KIND)


def _header_meta(text: str, group: list[str]) -> bool:
    """A header line that labels or dates the piece rather than heading it."""
    return bool(RELEASE_LABEL.match(re.split(r"\s+[—–|]\s+", text)[0]) or META_FIELD.match(text)
                or _label_line(text) or _score_line(text) or _venue_line(text, group)
                or len(text.split()) <= 12 and (find_date(text) or find_foreign_date(text) or
                                                place_date(text))
                or parse_byline(text) or header_credit(text))


# A French body's first word ("Direction de la communication", "Cabinet du préfet", "CHU de La
# Réunion"): French capitalises a body's first word only.
FRENCH_BODY_HEADS = frozenset("Direction Service Cabinet Bureau Ministère Préfecture Mairie Ville "
                              "Université Rectorat Secrétariat Agence Conseil Commune Région "
                              "Département Chambre Centre CHU Syndicat Fédération République "
                              "Collectivité Communauté Délégation Division Préfet Préfète "
                              "Gouvernorat Wilaya".split())

# The motto under the French state's emblem on its services' letterheads.
FRENCH_MOTTO = re.compile(r"^(?:Liberté|Égalité|Fraternité)(?:\W+(?:Égalité|Fraternité))*$")


def _letterhead_lead(body: list[Block]) -> int:
    """How many French letterhead lines open the body above the headline (its kickers)."""
    k = 0
    while k < len(body) and body[k].kind == "kicker" and _french_letterhead(body[k].text):
        k += 1
    return k


def _french_letterhead(text: str) -> bool:
    """A French service's letterhead line: the Republic's motto, or bodies' names between
    dashes ("CHU de La Réunion – Direction de la communication")."""
    parts = [p.split() for p in re.split(r"\s+[—–]\s+", text.strip())]
    return FRENCH_MOTTO.match(text.strip()) is not None or \
        all(p and (p[0] in FRENCH_BODY_HEADS or p[0].capitalize() in FRENCH_BODY_HEADS) and
            len(p) <= 6 for p in parts) and \
        not text.rstrip().endswith((".", ":", "!", "?"))


def _letterhead(text: str) -> bool:
    """A sender's name above a release: capitals, or a few capitalised words with an
    organisation's word ("Police Scotland — Highlands and Islands Division"), a French body's
    name, or a masthead."""
    if _french_letterhead(text):
        return True
    words = [w for w in re.split(r"[\s—–|()]+", text) if w]  # ("ENA (Ethiopian News Agency)")
    capital = all(w[:1].isupper() or w.lower() in PLACE_SMALL | {"and", "for", "&"} for w in words)
    ended = text.endswith((".", "!", "?")) and not INITIALISM_END.search(text)  # ("D.C.")
    return len(words) <= 8 and not ended and \
        (text.isupper() or capital and any(w in ORG_HEADS for w in words)) or \
        MASTHEAD.match(text) is not None
