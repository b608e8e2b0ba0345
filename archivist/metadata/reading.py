"""detect(): the header fields read from a document's blocks, each by its part."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any

from ..bylines import CONTRIBUTED
from ..dates import find_date, find_foreign_date
from ..headlines import CHROME, head_group_end, masthead_over_rubric, moved_past, share_bar
from ..mastheads import (FORWARD_MARK, SECTIONS, caps_name, closing_outlet, collective_tail,
                         mail_sender, outlet_over_byline, release_issuer, spelled_out,
                         wire_of_site)
from ..model import Block
from ..newsletters import past_masthead, subject_over_caps
from ..placeline import any_date_only, known_place, place_index
from ..speakers import CONNECTORS, display_name, is_common_phrase, person_name_shape
from .author import (_author_bio, _byline_index, _closing_credit, _credit_lines, _kicker_credit,
                     _labelled_credit, _letter_signer, _mark_bylines, _sign_off,
                     _standfirst_writer, _valediction_signer, closing_label)
from .cover import Cover, report_cover
from .date import _bracket_datelines, _footer_date, _header_fields, _lead_dateline
from .given import _detect_kind
from .letterhead import _issuer, _letterhead_lead, _lone_issuer, _mail_header
from .minutes import (MINUTES_TITLE, _minutes_head, letterhead_body, minutes_clerk,
                      minutes_heading)
from .outlet import (_agency_dateline, _agency_name, _closing_fields, _head_site, _kicker_paper,
                     _no_furniture_fields, _paper_under_byline, _paper_under_title, _publication_of)
from .patterns import CONTACT_CREDIT, LETTERS_PAGE, RELEASE_LABEL, SECTION_WORDS, TAIL_CREDIT
from .place import (_brief_towns, _header_place, _kicker_town, _kicker_venue, _lone_place,
                    _title_town, _town)
from .shapes import _outlet_shape
from .title import (_below_lead, _clean_title, _kicker_on_headline, _label_before, _tail_after,
                    _title_index, derive_title, letter_spaced)


log = logging.getLogger(__name__)
HOME_PAGES = frozenset(("home", "home page", "homepage", "strona główna", "startsida", "forside",
                        "etusivu", "úvod", "domů", "hlavná stránka", "startseite", "accueil",
                        # Greek, Hungarian, Romanian, Estonian, Latvian, Lithuanian, Turkish
                        "αρχική", "kezdőlap", "acasă", "avaleht", "sākums", "pradžia",
                        "ana sayfa", "anasayfa"))


def detect(blocks: list[Block]) -> tuple[dict[str, Any], list[Block]]:
    """Detect metadata from the text; return the fields and the body without its title line."""
    found: dict[str, Any] = {}
    chrome = _chrome_tail(blocks)  # ("Unsubscribe | Manage preferences" under the sign-off)
    body = list(blocks[:len(blocks) - len(chrome)])
    cover = report_cover(body)  # a report's cover: its letterhead, title, credit line
    title_index, newsletter = (cover.title, None) if cover else _headline_index(body)
    heading = minutes_heading(body, title_index)  # "JEGYZŐKÖNYV" under the council's letterhead
    minuted, title_index = heading != title_index, heading
    title_block = None if title_index is None else body[title_index]
    if title_index is not None:
        found["title"] = _clean_title(cover.text if cover else body[title_index].text)
        del body[title_index]
        for k in range(title_index):  # the label lines above it: "LEAGUE TWO", a score line
            if not (k == 0 and title_index == 1 and _below_lead(blocks) == 1):  # (a lead: text)
                body[k] = replace(body[k], kind="kicker")
        if (paper := _kicker_paper(body[:title_index])) is not None:
            found["outlet"] = paper  # "THE WEST CORNWALL COURIER", "Iceland Review" above it
        elif title_index == 2 and (site := masthead_over_rubric(blocks)) is not None and \
                not (len(site.split()) == 1 and is_common_phrase(site)) and \
                not all(w in SECTION_WORDS for w in site.split()):
            found["outlet"] = caps_name(site)  # "L'Orient Today" / "LEBANON | ECONOMY"
        elif (end := head_group_end(blocks)) is not None and title_index >= end and \
                (site := _head_site(blocks[0].text)) is not None:
            found["outlet"] = site  # "Kantonspolizei Graubünden" / "Medienmitteilung"
    _minutes_head(body, title_index, found)
    if minuted and "outlet" not in found and (met := letterhead_body(body, title_index)):
        found["outlet"] = met
    if title_index and (published := _publication_of(blocks[0].text)) is not None:
        found["outlet"] = published[0]  # "THE LAMPLIGHTER — Newsletter of St. Ann's Church, …"
        found.update({"place": published[1]} if published[1] else {})
    if newsletter is not None:
        found["outlet"] = newsletter
    if cover is not None:
        found.update({"author": cover.author} if cover.author else {})
        found.update({"outlet": caps_name(cover.issuer)} if cover.issuer else {})
    issuer, letter_town = _issuer(blocks, title_index) if title_index else (None, None)
    issuer = issuer or _lone_issuer(blocks, title_index)
    lead = 1 if blocks and FORWARD_MARK.match(blocks[0].text.strip()) else 0
    if issuer is not None or \
            (issuer := mail_sender(blocks[lead:lead + _mail_header(blocks[lead:])])) is not None:
        found.setdefault("outlet", issuer)  # "EMBASSY OF NORDLAND" over its statement
    full = "\n".join([found.get("title", ""), *(b.text for b in body)])
    lead = _letterhead_lead(body)  # ("PRÉFET DU FINISTÈRE" / "Liberté" / …: above its dateline)
    lead = max(lead, cover.title) if cover else lead  # a cover's lines under its title
    where = place_index(body[lead:lead + 5], full)
    where = None if where is None else lead + where
    if where is not None and _subtitle(cover, where, body[where]):
        where = None
    if where is not None:
        found["place"] = body[where].text
        body[where] = replace(body[where], kind="paragraph", level=0)
    first = 1 if title_index is None else title_index
    if (byline := _byline_index(body, first, found.get("title", ""))) is not None:
        who, named = byline
        found["outlet" if _agency_name(named.author) else "author"] = named.author
        if named.outlet and _outlet_shape(named.outlet):
            found["outlet"] = named.outlet
        body[who] = replace(body[who], kind="byline", level=0)
    elif title_index is None and body and (named := _labelled_credit(body[0].text)) is not None:
        found["author"] = named.author  # "Words: Ann Roe" opening the text, no headline above
        body[0] = replace(body[0], kind="byline", level=0)
    elif title_index and (kicked := _kicker_credit(body[:title_index])) is not None:
        found["author"] = kicked.author  # "North Coast / By Ann Roe and Tom Lee" above it
    _mark_bylines(body)
    if "outlet" not in found and title_index is not None and \
            (paper := outlet_over_byline(body, first, full)) is not None:
        found["outlet"] = paper
    if "outlet" not in found and (paper := _paper_under_byline(body[:6], full)) is not None:
        found["outlet"] = paper  # "By Ann Roe" / "Folha Nova — 22 August 2026"
    if "outlet" not in found and title_index is not None and title_index < len(body) and \
            (paper := _paper_under_title(body[title_index].text, full)) is not None:
        found["outlet"] = paper  # the headline / "Cornwall Live   |   Thursday 12 November 2026"
    head = [b if len(b.text) <= 200 else replace(b, text=b.text[:60])
            for i, b in enumerate(body[lead:lead + 6], lead) if not _subtitle(cover, i, b)]
    for i in range(max(0, len(body) - 3), len(body)):
        if body[i].kind in ("heading", "paragraph") and CONTACT_CREDIT.match(body[i].text):
            body[i] = replace(body[i], kind="byline", level=0)  # a wire's closing contact line
    tail = [b for b in body[-3:] if b.kind == "signature" or
            b.kind == "byline" and TAIL_CREDIT.match(b.text)]
    if "author" not in found and title_index is not None and \
            (writer := _standfirst_writer(body[first:first + 2])) is not None:
        found["author"] = writer  # "It is time the State paid up, writes Ann Roe"
    if "author" not in found and (bio := _author_bio(body)) is not None:
        found["author"] = bio
    if (signed := _sign_off(body)) is not None:
        body[-1] = replace(body[-1], kind="byline", level=0)
        found.setdefault("author", signed.author)
        if signed.outlet and _outlet_shape(signed.outlet):
            found.setdefault("outlet", signed.outlet)
    # With no headline line, the first line may be one ("RTRS - Tennis - Muster upset"): there
    # only a dateline with a region, an agency or a date counts.
    strict = title_index is None and not _prose_lead(body)
    closing = body[-1].text if signed is not None else ""  # its line may date the piece
    credit = None if "author" in found else _closing_credit(body)
    if credit is not None:  # read whole here, not by the header's rules
        tail = [b for b in tail if b is not body[credit[0]]]
    lines = [b for i, b in enumerate(body[lead:lead + 6], lead) if not _subtitle(cover, i, b)]
    fields = _header_fields(head, tail, found.get("title", ""), lines, strict, full)
    found.update({k: v for k, v in fields.items() if k not in found})  # the place line wins
    if "author" not in found and credit is not None:
        at, named = credit
        # A wire's story ("BERLIN (AP) —") was written by its staff; "Ann Roe contributed to
        # this report" names a helper, not the writer.
        if not ("outlet" in found and CONTRIBUTED.match(body[at].text.strip())):
            found["author"] = display_name(named.author) if named.author.isupper() else \
                named.author  # "By KILA BARE"
        if named.outlet and _outlet_shape(named.outlet):
            found.setdefault("outlet", named.outlet)
        body[at] = replace(body[at], kind="byline", level=0)
        closing = body[at].text
        if body[at - 1].kind == "quote":
            body[at - 1] = replace(body[at - 1], kind="paragraph")  # no quote it credits
    if "author" not in found and body and (m := EDITOR_LINE.match(body[-1].text.strip())) and \
            person_name_shape(m[1]) and not known_place(m[1]):
        found["author"] = m[1]  # "Editor: Ann Roe" closing a piece that credits no one else
        body[-1] = replace(body[-1], kind="byline", level=0)
    if "date" not in found and (date := _footer_date(body)) is not None:
        found["date"] = date  # "This report by The Canadian Press was first published Aug. 14"
    _closing_fields(closing, body, found)
    if "outlet" not in found:
        outlet, signer = closing_outlet([b.text for b in body[-3:]], found.get("author"), full,
                                        any_date_only)
        found.update({"outlet": outlet} if outlet else {})
        if signer is not None and "author" not in found:
            found["author"] = signer  # "Ann Roe, NORDPRESS"
    if "outlet" not in found:
        _credit_lines(body, found, full)
    if "author" not in found and (labelled := closing_label(body, full)) is not None:
        found["author"] = labelled[0]  # "Text: Irina Vlad" / "Foto: Mihai Toma" closing it
    if "outlet" not in found and (issuer := release_issuer(body)) is not None:
        found["outlet"] = issuer  # "Notes to editors:" / "Devon Air Ambulance is a charity …"
    if "outlet" in found:  # "Harbour Times staff", "AP" spelt out as "Associated Press"
        found["outlet"] = spelled_out(wire_of_site(collective_tail(found["outlet"]), full), full)
    if "place" not in found and (place := _header_place(body[lead:lead + 6], full)) is not None:
        found["place"] = place
    if "place" not in found and title_index is not None and \
            (place := _lone_place(body, first, found["title"], full)) is not None:
        found["place"] = place
    if "place" not in found and title_index is not None and \
            (place := _lead_dateline(body, first, lead, full)) is not None:
        found["place"] = place  # a release's dateline under a long letterhead's header
    if "place" not in found and title_index and \
            (place := _kicker_venue(body[:title_index], full) or
             _kicker_town(body[:title_index], full)) is not None:
        found["place"] = place  # "MUNSTER SHC / Waterford 1-22 Cork 0-24 / Walsh Park" above it
    if "place" not in found or "outlet" not in found:
        _agency_dateline(body[lead:lead + 3], found, full)
    if "place" not in found or "outlet" not in found:
        _bracket_datelines(body[:6], found)
    if "place" not in found and (town := _title_town(found.get("title", ""), full)):
        found["place"] = town  # "Colomiers : le sous-traitant …", "Lorient. À la criée …"
    if (signed_town := found.pop("signed_town", None)) and "place" not in found:
        found["place"] = signed_town  # (after the header's own dateline)
    if "place" not in found and cover is not None and cover.town is not None:
        found["place"] = cover.town  # a report cover's address line
    if "place" not in found and letter_town is not None:
        found["place"] = letter_town  # the letterhead's address: "PORTVILLE, D.C."
    if "place" in found and _town(found["place"]).casefold() in _brief_towns(body):
        del found["place"]  # briefs from several towns ("LETHBRIDGE — …", "BLAIRMORE — …")
    if "outlet" in found and found["outlet"].casefold() == _town(found.get("place", "")).casefold():
        del found["outlet"]  # "Seraina Caduff, Zermatt" under "Zermatt VS, 21. Juli 2025"
    if "outlet" in found and (RELEASE_LABEL.match(found["outlet"]) or
                              found["outlet"].title() in SECTIONS or
                              found["outlet"].casefold() in HOME_PAGES):
        del found["outlet"]  # "Pressmeddelande", "Moda", "Strona główna": what the page is,
        # its section, its site's home link
    if MINUTES_TITLE.search(found.get("title", "")) and "author" not in found and \
            (clerk := minutes_clerk(body, full)) is not None:
        found["author"] = clerk  # "Respectfully submitted, / Ann Roe, Clerk"
    if "author" not in found and (signer := _valediction_signer(body)) is not None:
        found["author"] = signer  # "Faithfully," / "The Rev. Ann Roe" / "Rector"
    if title_index and LETTERS_PAGE.match(blocks[title_index - 1].text.strip()) and \
            (signer := _letter_signer(body, full)) is not None:
        found.setdefault("author", signer[0])  # a letter is signed by its writer and her town
        found.update({} if "place" in found or not signer[1] else {"place": signer[1]})
    if "title" not in found:
        found["title"] = derive_title(body)
    found["kind"] = _detect_kind(body, found["title"])
    _no_furniture_fields(found)
    if newsletter is not None and found.get("author", "").casefold() == newsletter.casefold():
        del found["author"]  # "From: Harbour Notes <…>" over its masthead: the sender, no writer
    if title_block is not None and letter_spaced(title_block.text):
        # "S E N A T E   O F …": the title reads its words, the line stays as written under it
        body.insert(title_index, replace(title_block, kind="paragraph", level=0))
    elif title_block is not None and (tail := _tail_after(title_block.text, found["title"])):
        # "… ★★★★☆", "… Schillaci =": the mark cut from the title stays on the page too
        body.insert(title_index, replace(title_block, kind="paragraph", text=tail, level=0))
    if title_block is not None and (label := _label_before(title_block.text, found["title"])):
        # "AA | …", "Opinion | …", "INQUEST: …": the label cut from the title stays on the page
        body.insert(title_index, replace(title_block, kind="kicker", text=label, level=0))
    if "author" in found:  # two signers set apart by a wide gap: "Thomas Wiesler      Petra Roe"
        found["author"] = WIDE_GAP.sub(", ", found["author"].strip())
    return found, body + chrome


WIDE_GAP = re.compile(r"\s{3,}")


def _subtitle(cover: Cover | None, index: int, block: Block) -> bool:
    """A cover's line between its title and its credit line, with no date: a subtitle ("ROBO YA
    PILI (OKTOBA - DESEMBA 2023)"), no dateline (the body has lost the title's block)."""
    return cover is not None and index < cover.credit - 1 and \
        find_date(block.text) is None and find_foreign_date(block.text) is None


def _headline_index(body: list[Block]) -> tuple[int | None, str | None]:
    """The headline's block past menus, kickers and a newsletter's masthead, and the
    newsletter's name."""
    title_index = moved_past(body, _title_index(body))  # past a menu, a slug, a letterhead…
    if title_index is not None and _kicker_on_headline(body, title_index):
        title_index += 1  # the kicker right on the headline ("Prozess in Graz")
    title_index, newsletter = past_masthead(body, title_index)  # "ANDES BRIEF — Your morning …"
    return subject_over_caps(body, title_index), newsletter


def _chrome_tail(blocks: list[Block]) -> list[Block]:
    """A newsletter's last lines that are its chrome, not the piece ("Unsubscribe | Manage
    preferences", "View in browser") or a page's share buttons: read past when the closing
    lines are looked for."""
    k = len(blocks)
    while k > 3 and k > len(blocks) - 2 and blocks[k - 1].kind in ("paragraph", "heading") and \
            len(blocks[k - 1].text) <= 80 and (CHROME.match(blocks[k - 1].text.strip()) or
                                               share_bar(blocks[k - 1].text)):
        k -= 1
    return list(blocks[k:])


def _prose_lead(body: list[Block]) -> bool:
    """Whether the text opens with a long paragraph of prose, no headline that a dateline-like
    start could be ("ORVIKA: The festival closed on Sunday …, organisers said.")."""
    if not body or body[0].kind != "paragraph":
        return False
    text = body[0].text.strip()
    return len(text.split()) >= 20 and text.endswith((".", "”", "\""))


EDITOR_LINE = re.compile(r"^(?i:editor|toimittaja|redaktor|toimetaja)\s*:\s*([^,;|]{4,60})$")
