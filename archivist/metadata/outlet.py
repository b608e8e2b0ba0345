"""The outlet: a paper under a byline or a title, an agency's dateline, a kicker's paper, a
closing credit's outlet."""

from __future__ import annotations

import re
from typing import Any

from ..bylines import LABELLED, PAPER_WORDS, closing_credit
from ..dates import find_date
from ..headlines import edition_name, head_name, masthead_name
from ..mastheads import (PLACE_DAY_AGENCY, caps_name, collective_tail, desk_outlet, dotted_agency,
                         furniture_site, outlet_name, site_rubric, titled_wire)
from ..model import Block
from ..placeline import DATE_WORDS, PLACE_SMALL, any_date_only, attested_place, known_place
from ..speakers import (CONNECTORS, OUTLETS, display_word, is_common_phrase, is_given_name,
                        is_role_word, person_name_shape)
from .patterns import (AGENCY_WORDS, FOREIGN_HEAD, ISSUE, MAGAZINE_LINE, MASTHEAD, MONTH_NAME,
                       OUTLET_LINE, PUBLICATION_OF, PUBLISHED, SECTION_WORDS)
from .place import _place_then_day
from .shapes import _outlet_shape, _paper_masthead


def _publication_of(text: str) -> tuple[str, str | None] | None:
    """The body a periodical's masthead says issues it, and the town it names after it."""
    m = PUBLICATION_OF.search(text.strip())
    if m is None or len(m[1].split()) > 8:
        return None
    words = m[1].split()
    if not all(w[:1].isupper() or w in CONNECTORS for w in words) or person_name_shape(m[1]):
        return None
    town = m[2].strip() if m[2] and known_place(m[2].strip()) else None
    return m[1].strip(), town


def _above_footer(body: list[Block]) -> list[Block]:
    """The body above a rule that sets a page's footer apart near its end ("----" over "The
    Post, 26 November 2026")."""
    rule = next((k for k in range(len(body) - 1, max(len(body) - 4, 0) - 1, -1)
                 if body[k].kind == "separator"), None)
    return body if rule is None else body[:rule]


# A syndicated piece's footer: "This article first appeared in The Star, Kuala Lumpur, 14 June
# 2026." (the outlet before the first comma, the date at the end); a paper's own footer too:
# "Published in Dawn, November 29th, 2026".
FIRST_APPEARED = re.compile(r"(?:\b(?i:first|originally) (?i:appeared|ran|published)|"
                            r"^Published) in (?:the )?([^,]{2,50}?)"
                            # "Published in the Times Argus on Jan. 15, 2026." (an obituary's)
                            r"(?:,|\s+on\s+(?=[A-Z][a-z]{2,8}\.? \d|\d))"
                            r"(.{5,60}?)\.?$")

# A paper's name and the date (or its issue) on a line of their own: "Dawn, March 1, 2026",
# "Folha Nova — 22 August 2026", "The Wandering Post, Issue 48, Summer 2026", "– Post-Courier,
# 9 April 2024" (signed with a dash); or "— Nation News".
DATED_OUTLET = re.compile(r"^(?:[—–]\s*)?([^,|—–·•\d]{2,50}?)(?:,\s*|\s+[|—–·•]\s+)(.{4,40})$")

SIGNED_PAPER = re.compile(r"^[—–]\s*([^,|—–·•\d]{2,50})$")

MONTH_YEAR = re.compile(rf"{MONTH_NAME} \d{{4}}")

SEASON = re.compile(r"(?i)^(?:spring|summer|autumn|fall|winter) \d{4}$")

# Labels a closing or a header line puts before a date: no paper's name.
NOT_PAPER = frozenset("copyright edited updated published posted modified photo photos photograph "
                      "source sources contact filed issued released printed reviewed first last "
                      "date dated".split())


def _dated_outlet(text: str, vouched: bool, full: str) -> tuple[str, Any] | None:
    """The paper (and the date) of a line that names only them; a name that may be a person's
    or a place's counts only when `vouched` (under a credit) and not a place's."""
    if (m := SIGNED_PAPER.match(text.strip())) is not None:
        name = collective_tail(m[1].strip())  # (not "— Reporting by Ann Roe for the Courier")
        return (name, None) if _paper_named(name) and _outlet_shape(name) else None
    if (m := DATED_OUTLET.match(text.strip())) is None:
        return None
    name, rest = m[1].strip(), m[2].strip()
    issue = ISSUE.match(rest) and SEASON.match(rest.split(",")[-1].strip()) or \
        MONTH_YEAR.fullmatch(rest)  # (a month's issue: no day to date the piece by)
    if not (any_date_only(rest) or issue or PUBLISHED.match(rest) and find_date(rest)):
        return None
    words = name.replace(" & ", " ").split()
    capitalised = 1 <= len(words) <= 5 and all(w[:1].isupper() or w in PLACE_SMALL for w in words)
    # a body's name with its own "Published" date may hold a role's word ("… Management Centre")
    shaped = _outlet_shape(" ".join(words)) or capitalised and PUBLISHED.match(rest) is not None
    if not shaped or known_place(name) or attested_place(name, full) or \
            all(w in SECTION_WORDS for w in name.split()) or \
            any(w.lower().strip(".") in DATE_WORDS | NOT_PAPER for w in words):
        return None  # ("Thu, 01/23/2025", "Copyright, March 3, 2026")
    person = person_name_shape(name) and is_given_name(name.split()[0])
    if not (_paper_named(name) or vouched and (not person or len(name.split()) == 1)):
        return None
    again = len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", full)) > 1
    if again and not (_paper_named(name) or PUBLISHED.match(rest)):
        return None  # a name the story writes again is its subject or its town, no paper (a
        # body's own "Published" line aside: its report names it)
    return name, None if issue else find_date(rest, ambiguous=False)


def _paper_under_byline(head: list[Block], full: str) -> str | None:
    """The paper a header line right under the byline names before a dash and the date, or before
    the date it was published; a comma there is a dateline's ("Tlaquepaque, 3 May 2026"), and a
    one-word name may be a town's."""
    for before, block in zip([Block("paragraph", "", 0), *head], head):
        text = block.text.strip()
        published = re.search(r"\s[|·•]\s+(?i:published|posted)\b", text) is not None
        if not (before.kind == "byline" or published) or \
                not re.search(r"\s[—–|·•]\s", text) or "," in text:
            continue  # ("Disaster Centre | Published 2026-06-04 18:00": its publisher)
        named = _dated_outlet(text, True, full)
        if named is not None and len(named[0].split()) > 1:
            return named[0]
    return None


def _paper_under_title(text: str, full: str) -> str | None:
    """The site a line right under the headline names beside the date, apart by a bar (no
    comma: "Tlaquepaque, 3 May 2026" is a dateline): two words or more, no person's name."""
    if not re.search(r"\s[|·•]\s", text) or "," in text.split("|")[0]:
        return None
    named = _dated_outlet(text.strip(), True, full)
    if named is None or len(named[0].split()) < 2 or BY_WORD_FRONT.match(named[0]) or \
            LABELLED.match(named[0]) or \
            person_name_shape(named[0]) and is_given_name(named[0].split()[0]):
        return None  # (nor a byline: "Por Ann Roe | …", "Автор: Эрмек Турдубаев | 29.04.2024")
    return named[0]


def _paper_named(name: str) -> bool:
    """A name with a word of newspapers' names ("Highland News & Media", "Nation News", "Gazeta
    Morska")."""
    return any(w.lower() in PAPER_WORDS | OUTLETS for w in re.split(r"[\s-]+", name)) or \
        FOREIGN_HEAD.fullmatch(name) is not None


def _agency_dateline(head: list[Block], found: dict[str, Any], full: str) -> None:
    """The town and the agency of a header's dateline that names both: "ORVIKA. Nordinform –
    The …", "Orvika, April 2, NORDPRESS" on its own line; a desk's line ("Harbour Times —
    Culture desk") names the outlet alone."""
    for block in head:
        text = block.text.strip()
        named = dotted_agency(text, full) or titled_wire(text)
        if named is None and (m := PLACE_DAY_AGENCY.match(text)) and \
                (town := _place_then_day(m[1])) and outlet_name(m[2], full):
            named = town, m[2]
        if named is not None:
            found.setdefault("place", named[0])
            found.setdefault("outlet", named[1])
            return
        if "outlet" not in found and (desk := desk_outlet(text, full)) is not None:
            found["outlet"] = desk


# A wire's footer: "This report by The Canadian Press was first published March 3, 2026."
REPORT_BY = re.compile(r"^This (?:report|story|article) by ((?:The )?[A-Z][\w&.-]*"
                       r"(?: [A-Z][\w&.-]*){0,3}) was first published\b")


def _closing_fields(credit: str, body: list[Block], found: dict[str, Any]) -> None:
    """The date and the paper a closing credit's line or a syndication footer gives, when the
    header gave none ("— Ann Roe for The Post, 3 April 2026", "The Post | 4 June 2026 | By …")."""
    full = "\n".join(b.text for b in body)
    vouched = len(body) > 1 and (body[-2].kind in ("byline", "signature") or
                                 closing_credit(body[-2].text) is not None)
    footer = len(_above_footer(body))  # (the first line under a footer's rule names the paper)
    if body and ((named := _dated_outlet(body[-1].text, vouched, full)) is not None or
                 footer < len(body) - 2 and
                 (named := _dated_outlet(body[footer + 1].text, False, full)) is not None):
        found.setdefault("outlet", named[0])
        found.update({"date": named[1]} if named[1] and "date" not in found else {})
    lines = [credit] if credit else []
    lines += [m[1] + " | " + m[2] for b in body[-2:] if (m := FIRST_APPEARED.search(b.text))]
    lines += [m[1] for b in body[-3:] if (m := REPORT_BY.match(b.text.strip()))]
    for line in lines:
        parts = [p.strip() for p in re.split(r"\s+[|•·]\s+|,\s+(?:for\s+)?", line)]
        if "date" not in found and len(line) <= 160:
            date = next((d for p in parts if (d := find_date(p, ambiguous=False))), None) or \
                find_date(line, ambiguous=False)  # ("Jan. 15, 2026": the comma parts it)
            found.update({"date": date} if date else {})
        paper = next((p for p in parts if _paper_masthead(p) or
                      credit != line and _outlet_shape(p)), None)
        if "outlet" not in found and paper:
            found["outlet"] = paper


def _agency_name(name: str) -> bool:
    """Whether a byline's name is an outlet's ("Andina Noticias", "Metro News")."""
    return len(name.split()) > 1 and name.split()[-1].lower() in AGENCY_WORDS


def _newsletter_name(text: str) -> str | None:
    """The name of a newsletter's masthead in capitals ("THE MORNING BRIEF — Nordland markets
    newsletter", "OLIVE OIL LETTER — Issue 212")."""
    name, dash, what = text.partition(" — ")
    if not dash or not name.isupper() or not 1 <= len(name.split()) <= 5 or \
            not (MASTHEAD.match(text) or ISSUE.fullmatch(what.strip())):
        return None
    return " ".join(display_word(w) for w in name.split())


def _head_site(text: str) -> str | None:
    """The publisher a page's header group opens with: a name of two words or more, no
    section's, place's, person's or dictionary phrase."""
    name = head_name(text)
    if name is None or len(name.split()) < 2 or all(w in SECTION_WORDS for w in name.split()) \
            or "," in name or is_common_phrase(name) or known_place(caps_name(name)) or \
            is_role_word(name.split()[0].title()) or \
            person_name_shape(caps_name(name)) and is_given_name(name.split()[0].title()):
        return None  # ("GREENE COUNTY, MISSOURI": a place; "PRÉFET DU FINISTÈRE": an office)
    return caps_name(name)


def _kicker_paper(kickers: list[Block]) -> str | None:
    """The paper a masthead line above the headline names, in capitals or as a magazine's."""
    for block in kickers:
        if (site := edition_name(block.text.strip()) or furniture_site(block.text) or
                site_rubric(block.text) or _issued_masthead(block.text)) is not None:
            return site  # "Focus Taiwan > Politics", "Harbour Courier | Weather"
        paper = _paper_masthead(block.text, above=True) or _newsletter_name(block.text)
        if paper and block.text.isupper() and OUTLET_LINE.match(paper.removesuffix(" Online")):
            paper = paper.removesuffix(" Online")  # "SAMOA OBSERVER ONLINE": the paper's site
        if paper and not all(w in SECTION_WORDS for w in paper.split()):  # ("Local News")
            return paper
        if (paper := masthead_name(block.text)) is not None and \
                not all(w.title() in SECTION_WORDS for w in paper.split()):  # ("LOCAL NEWS")
            return paper  # "Derwent Dispatches", "Harbour Journal      DAILY" above it
    return None


def _issued_masthead(text: str) -> str | None:
    """A periodical's name in a masthead with its issue in a column beside it ("NORDIC WEEKLY
    <wide gap> Issue 214 · 23 June 2026"): the issue vouches for a name of dictionary words."""
    name, *rest = re.split(r"\s{3,}", text.strip())
    if not rest or not ISSUE.search(" ".join(rest)):
        return None
    shown = " ".join(display_word(w) for w in name.split()) if name.isupper() else name
    return shown if MAGAZINE_LINE.match(shown) or OUTLET_LINE.match(shown) else None


# A newsroom's or a copyright notice's words, no outlet's name ("Redacción", "Da redação",
# "Riproduzione riservata", "All rights reserved").
NEWSROOM_WORDS = re.compile(r"(?i)^(?:(?:da\s+)?(?:redacción|redação|redacção|redazione|redacció|"
                            r"rédaction|newsroom|news\s+desk|staff)|riproduzione\s+riservata|"
                            r"(?:todos\s+los\s+derechos|todos\s+os\s+direitos|all\s+rights|"
                            r"tous\s+droits|tutti\s+i\s+diritti)\s+(?:reservados|reserved|"
                            r"réservés|riservati))$")

# Another language's "by" left in front of a writer's name ("Por Ann Roe | 20 de …").
BY_WORD_FRONT = re.compile(r"^(?:Por|Par|By|Door|Av|Af|Oleh|Του|Της|Των):?\s+(?=[A-ZÀ-ÖØ-ÞΆ-Ω])")


SITE_THEN_TOWN = re.compile(r"^[\w-]+\.(?i:co|com|id|net|org|news|my|ph|vn|sg)(?:\.\w{2})?,\s+"
                            r"([^\W\d_][\w .'’-]+)$")


def _no_furniture_fields(found: dict[str, Any]) -> None:
    """Fields the reader filled with a page's furniture: a newsroom's word or a copyright
    notice as the outlet, a section's words ("LOCAL NEWS"), "by" before the writer's name."""
    outlet = found.get("outlet")
    if outlet and (NEWSROOM_WORDS.match(outlet.strip(" .")) or BY_WORD_FRONT.match(outlet) or
                   all(w.title() in SECTION_WORDS for w in outlet.split())):
        del found["outlet"]
    if found.get("author"):
        found["author"] = BY_WORD_FRONT.sub("", found["author"])
    if (m := SITE_THEN_TOWN.match(found.get("place", ""))) is not None:
        found["place"] = m[1]  # "TEMPO.CO, Jakarta -": the site's address, then the town
