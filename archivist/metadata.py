"""Metadata: parse given fields through a table of parsers, detect the rest from the text."""

from __future__ import annotations

import calendar
import difflib
import functools
import logging
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from anyascii import anyascii

from .bylines import (BY_WORDS, CONTRIBUTED, HEADER_SEGMENT, IN_PLACE, JOBS, LABELLED, PAPER_WORDS,
                      SEGMENT, TRANSLATED, Byline,
                      closing_credit, filed_from, header_credit, named_part_credit, parse_byline,
                      segment_credit, sign_off, standfirst_writer)
from .convert import CREDIT, URL
from .dates import both_readings, find_date, find_foreign_date, parse_date_value, short_date_line
from .detect import ORG_HEADS
from .detect.french import written_in_french
from .detect.romance import written_in_romance
from .detect.lexicon import subdivisions
from .headlines import (CHROME, MAIL_SUBJECT_WORDS, NOTICE_SUBJECT_WORDS, edition_name,
                        head_group_end, head_name, headline_like, letterhead, masthead_name,
                        masthead_over_rubric, moved_past, no_headline, share_bar, untagged)
from .mastheads import (AGENCY_INITIALS, FORWARD_MARK, PAPER_HEADS, PLACE_DAY_AGENCY, SECTIONS,
                        caps_name, closing_outlet, collective_tail, credit_outlet, desk_outlet,
                        desk_sender, dotted_agency, foreign_script, furniture, furniture_site,
                        issuer_name, mail_sender, outlet_name, outlet_over_byline,
                        place_bracket_date, release_issuer, signed_outlet, site_rubric,
                        spelled_out, titled_wire, wire_of_site, writer_note)
from .model import Block, Metadata, Problem
from .newsletters import past_masthead, subject_over_caps, unmarked
from .placeline import (DATE_WORDS, PLACE_SMALL, REGION_CODE, any_date_only, attested_place,
                        country_or_state, date_only, display_place, is_place_line, known_place,
                        known_town, place_index)
from .reader import clean_text
from .slugs import make_slug
from .speakers import (CONNECTORS, OUTLET_HEADS, OUTLETS, common_words, display_name,
                       display_word, is_common_phrase, is_given_name, is_role_word,
                       person_name_shape, unlisted_name)

log = logging.getLogger(__name__)

KINDS = ("article", "transcript", "compilation", "report", "interview", "statement", "other")
TITLE_MAX = 80
DASH = r"(?:\s+(?:[–—]|--?)\s+|\s+(?=\d{4}-\d\d-\d\d)|(?<=[A-ZÀ-Þ)])\.?[–—-]\s+(?=[A-ZÀ-Þ])|" \
    r"(?<=[a-zß-ÿ])\.-\s+(?=[A-ZÀ-Þ]))"
# (and "VALPARAÍSO.- La Cámara …", "ORAN- The new plant …": a Latin American and an Algerian wire;
# "GUADALAJARA, Jal., 4 de marzo.- Con …", "Curicó.- Con …": its ".-" after any letter;
# "Lima, 14 may (EFE).- El …": the Spanish-language wires' agency and its ".-")
# A dateline alone on its line, the story below it: "KATHERINE, NT —", "PRIZREN —".
DASH_AT_END = r"\s+(?:[–—]|--?)$"
# An Indian wire's agency then the story, no dash: "Mysuru, Sep 4 (PTI) The first batch …".
AGENCY_THEN_TEXT = r"(?<=\))\s+(?=[A-Z])"
OPENING_QUOTES = ("\"", "“", "‘", "'", "«", "„")
AUTHOR_BIO = re.compile(r"^((?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+) is (?:a|an|the) [^.]{0,80}?"
                        r"\b(?:correspondent|reporter|writer|journalist|editor|columnist|"
                        r"contributor|critic)s?\b")
CONTACT_CREDIT = re.compile(r"^(?i:to contact the reporters? on this story:)")
TAIL_CREDIT = re.compile(r"^\(?(?i:(?:reporting|reported|writing|written|words)\s+)?(?i:by)\s"
                         r"|" + CONTACT_CREDIT.pattern)
CAPITAL = "A-ZÀ-ÖØ-ÞĀ-žȘȚ"  # capitals of Latin-1 and Latin Extended-A: "GDAŃSK", "ÎLE", "CHIȘINĂU"
REGION_WORDS = rf"[{CAPITAL}][^\W\d_]+(?: [{CAPITAL}][^\W\d_]+)?"  # "(Amazonas)", "(Rio Negro)"
DATELINE = re.compile(rf"^([{CAPITAL}][{CAPITAL} .'’/-]{{2,40}}?"
                      # "MANAUS (AM), 14 de outubro …", "LETICIA (Amazonas), 7 de mayo …": a region
                      rf"(?:\s+\((?:[A-Z]{{2}}|{REGION_WORDS})\)(?=,))?)"
                      r"(?:,\s*([A-Z0-9][\w .'’-]{1,40}?))?"
                      # "NAIROBI, Kenya, Sept 9 — …", "…, Sept 9, 2024 — …", "ORAN, le 18 mars …"
                      # (or the day alone: Europa Press's "SEVILLA, 3 (EUROPA PRESS)")
                      r"(?:,\s*(?:le\s+)?(?:[A-Z0-9][\w .'’/-]{1,28}?|\d)(?:,\s*\d{4})?)?"
                      # "MOSCOW (Reuters) - …", "TOKYO, May 8, 2026 /Kyodo/ -- …", "(dpa)"
                      r"(\s+\([A-Za-z][\w .&/-]{1,30}\)|\s+/[A-Z][\w .&-]{1,30}/)?"
                      # "BILBAO, 14/06/2025. Jokin …": a full stop after a numeric date
                      # "SEVILLA, 3 (EUROPA PRESS)" alone on its line, the story below it;
                      # an Italian paper's town and a full stop, "PALERMO. Si è spento …"
                      rf"(?:{DASH}|{DASH_AT_END}|{AGENCY_THEN_TEXT}|(?<=\))$|:\s+|"
                      rf"(?<=[{CAPITAL}]{{3}})\.\s+(?=[{CAPITAL}][a-zà-ÿ])|"
                      rf"(?:(?<=\d[/.]\d\d[/.]\d{{4}})|(?<=\d[/.]\d[/.]\d{{4}}))"
                      r"\.\s+(?=[A-Z]))")
# "Rio de Janeiro — …", "Berlin, 5 March 2023 – …": a known place in title case.
# ("Nuuk / Copenhagen — …": two towns a piece was filed from)
TITLE_DATELINE = re.compile(rf"^([{CAPITAL}][^\W\d_A-Z]+(?:[ -](?:[{CAPITAL}][^\W\d_A-Z]+|de|da|"
                            r"do|del|la|le|el|upon|am))*"
                            rf"(?: / [{CAPITAL}][^\W\d_A-Z]+(?: [{CAPITAL}][^\W\d_A-Z]+)?)?)"
                            r"(?:,\s*([A-Z0-9][\w .'’-]{1,40}?))?"
                            # "Accra, Ghana, March 3, 2024 — …", "Abidjan, le 2 octobre 2025 — …"
                            r"(?:,\s*(?:le\s+)?[A-Z0-9][\w .'’-]{1,28}?(?:,\s*\d{4})?)?"
                            r"(\s+\([A-Z][\w .&-]{1,30}\))?"
                            # "Bhubaneswar, 7 September 2026: Shiksha …": a colon after a year
                            + f"(?:{DASH}|{DASH_AT_END}|{AGENCY_THEN_TEXT}|(?<=\\d{{4}}):\\s+)")
LABELLED_PLACE = re.compile(r"^(?i:dateline|location|place|filed from)\s*:\s*(.+)$")
LABELLED_URL = re.compile(r"^(?:source|url|original|link|read more)\s*:\s*(https?://\S+)\s*$", re.I)
# "Kremlin Transcript, 6/29/22": capitalised words, "Transcript", nothing or a date after it.
TRANSCRIPT_LINE = re.compile(r"^((?:[A-Z][\w&.’'-]*\s+){1,5})Transcript\b[\s,–—-]*(.*)$")
SENTENCE_STOP = re.compile(r"[.!?]\s")
_RELEASE = (r"(?:for immediate release|(?:press|news|media|stock exchange|company) release|"
            r"embargoed\b[^.]*|"
            r"for release\b[^.]*|communiqué de presse|comunicado de prensa|comunicado de imprensa|"
            r"comunicato stampa|pressemitteilung|persbericht|pressmeddelande|pressemelding|"
            r"komunikat prasowy|siaran pers|(?:press|media) (?:statement|note)|comunicado|"
            r"nota de (?:prensa|imprensa)|"
            r"communiqué)")
# A release's number after its label: "Press statement No. 214/2026", "Communiqué n° 12".
RELEASE_NUMBER = r"(?:\s+(?:no\.?|n[°º]\.?|nr\.?|#)\s*\d[\d/.-]*)?"
# (two at once: "PRESS RELEASE — FOR IMMEDIATE RELEASE", "Comunicado / Press statement No. 214")
RELEASE_LABEL = re.compile(rf"(?i)^{_RELEASE}(?:\s*[—–|/-]\s*{_RELEASE})?{RELEASE_NUMBER}"
                           r"[.:]?$")
DATE_LABEL = re.compile(r"^(?i:date|dated|issued)\s*:\s*")  # "Date: 3 June 2025"
# A person's birth or life dates in a biography ("(born 14 March 1961)", "(3 May 1901 – 2 June
# 1980)", "was born on 5 May 1950"): not the date of the document.
LIFE_DATES = re.compile(r"\((?:born|b\.|née|nee)\b[^)]*\)|\([^()]*\d{4}\s*[–—-]\s*[^()]*\d{4}\)"
                        r"|\bborn\b(?: on| in)?[^.;)]{0,40}\d{4}"
                        # an obituary's "Born: 2 May 1938 in Hurlford. Died: …"
                        r"|\b(?i:born|died):\s[^.;)]{0,40}\d{4}")
# What parts a rubric's sections ("Business | Startups", "Viajes / Travel", "Arts & Culture").
RUBRIC_SEPARATOR = re.compile(r" [|/&·•] |: ")
# A section in capitals, a dash and its subsection: "DETROIT — Courts", "SPORT – Rugby".
CAPS_RUBRIC = re.compile(rf"^[{CAPITAL}]{{2,}}(?: [{CAPITAL}]{{2,}})* [—–] [^\W\d_]")
AGENCY_TAIL = re.compile(r"\s*\([A-Z][\w/&. -]{1,30}\)\s*:?$")  # "(PTI/Agencies)"
# Single letters with full stops ("U.S.", "U.N.", "S.", "e.g."): a sentence never ends inside one.
INITIALISM_END = re.compile(r"(?:^|[\s(/‘“\"'–—-])(?:[A-Za-z]\.)+$")


def _text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v).strip() for v in value)
    if isinstance(value, (dict,)) or value is None or str(value).strip() == "":
        raise ValueError(f"'{value}' is not a text value")
    return str(value).strip()


def _url(value: Any) -> str:
    text = _text(value)
    if not re.match(r"https?://[^\s]+$", text):
        raise ValueError(f"'{text}' is not an http(s) URL")
    return text


def _kind(value: Any) -> str:
    text = _text(value).lower()
    if text not in KINDS:
        raise ValueError(f"'{text}' is not a known kind; use one of {', '.join(KINDS)}")
    return text


def _tags(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, (list, tuple)) else str(value).split(",")
    return tuple(sorted({str(v).strip() for v in items if str(v).strip()}))


def _slug(value: Any) -> str:
    slug = make_slug(_text(value))
    if not slug:
        raise ValueError(f"'{value}' gives an empty slug; use letters or digits")
    return slug


FIELD_PARSERS: dict[str, Callable[[Any], Any]] = {
    "title": _text,
    "date": parse_date_value,
    "outlet": _text,
    "author": _text,
    "place": _text,
    "url": _url,
    "kind": _kind,
    "tags": _tags,
    "slug": _slug,
}
FIELD_ALIASES = {"publisher": "outlet", "source_url": "url", "link": "url", "byline": "author",
                 "authors": "author", "location": "place", "dateline": "place", "type": "kind"}


def parse_given(given: dict[str, object], source: str) -> tuple[dict[str, Any], list[Problem]]:
    """Validate given metadata fields through FIELD_PARSERS; bad ones are reported, not fatal."""
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for key in sorted(given):
        field = FIELD_ALIASES.get(key.lower(), key.lower())
        parser = FIELD_PARSERS.get(field)
        if parser is None:
            hint = difflib.get_close_matches(field, [*FIELD_PARSERS, *FIELD_ALIASES], n=1)
            fix = f"did you mean '{hint[0]}'?" if hint else f"known: {', '.join(FIELD_PARSERS)}"
            problems.append(Problem(source, f"unknown metadata field '{key}' ignored; {fix}"))
            continue
        value, cleaned = _clean_value(given[key], source, key)
        problems += cleaned
        try:
            values[field] = parser(value)
        except ValueError as exc:
            problems.append(Problem(source, f"invalid value for '{key}' ignored: {exc}"))
    return values, problems


def _clean_value(value: Any, source: str, key: str) -> tuple[Any, list[Problem]]:
    """Control characters out of a given text value (YAML escapes can put them in)."""
    if isinstance(value, str):
        return clean_text(value, source, key)
    if isinstance(value, list):
        items = [_clean_value(v, source, key) for v in value]
        return [v for v, _ in items], next((p for _, p in items if p), [])
    return value, []


def detect(blocks: list[Block]) -> tuple[dict[str, Any], list[Block]]:
    """Detect metadata from the text; return the fields and the body without its title line."""
    found: dict[str, Any] = {}
    chrome = _chrome_tail(blocks)  # ("Unsubscribe | Manage preferences" under the sign-off)
    body = list(blocks[:len(blocks) - len(chrome)])
    title_index = moved_past(body, _title_index(body))  # past a menu, a slug, a letterhead…
    title_index, newsletter = past_masthead(body, title_index)  # "ANDES BRIEF — Your morning …"
    title_index = subject_over_caps(body, title_index)
    title_block = None if title_index is None else body[title_index]
    if title_index is not None:
        found["title"] = _clean_title(body[title_index].text)
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
    if title_index and (published := _publication_of(blocks[0].text)) is not None:
        found["outlet"] = published[0]  # "THE LAMPLIGHTER — Newsletter of St. Ann's Church, …"
        found.update({"place": published[1]} if published[1] else {})
    if newsletter is not None:
        found["outlet"] = newsletter
    issuer, letter_town = _issuer(blocks, title_index) if title_index else (None, None)
    issuer = issuer or _lone_issuer(blocks, title_index)
    lead = 1 if blocks and FORWARD_MARK.match(blocks[0].text.strip()) else 0
    if issuer is not None or \
            (issuer := mail_sender(blocks[lead:lead + _mail_header(blocks[lead:])])) is not None:
        found.setdefault("outlet", issuer)  # "EMBASSY OF NORDLAND" over its statement
    full = "\n".join([found.get("title", ""), *(b.text for b in body)])
    lead = _letterhead_lead(body)  # ("PRÉFET DU FINISTÈRE" / "Liberté" / …: above its dateline)
    where = place_index(body[lead:lead + 5], full)
    where = None if where is None else lead + where
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
            for b in body[lead:lead + 6]]
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
    fields = _header_fields(head, tail, found.get("title", ""), body[lead:lead + 6], strict,
                            full)
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
    if "place" not in found and letter_town is not None:
        found["place"] = letter_town  # the letterhead's address: "PORTVILLE, D.C."
    if "place" in found and _town(found["place"]).casefold() in _brief_towns(body):
        del found["place"]  # briefs from several towns ("LETHBRIDGE — …", "BLAIRMORE — …")
    if "outlet" in found and found["outlet"].casefold() == _town(found.get("place", "")).casefold():
        del found["outlet"]  # "Seraina Caduff, Zermatt" under "Zermatt VS, 21. Juli 2025"
    if MINUTES_TITLE.search(found.get("title", "")) and "author" not in found and \
            (clerk := _minutes_clerk(body)) is not None:
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
    if title_block is not None and (label := _label_before(title_block.text, found["title"])):
        # "AA | …", "Opinion | …", "INQUEST: …": the label cut from the title stays on the page
        body.insert(title_index, replace(title_block, kind="kicker", text=label, level=0))
    return found, body + chrome


def _chrome_tail(blocks: list[Block]) -> list[Block]:
    """A newsletter's last lines that are its chrome, not the piece ("Unsubscribe | Manage
    preferences", "View in browser"): read past when the closing lines are looked for."""
    k = len(blocks)
    while k > 3 and k > len(blocks) - 2 and blocks[k - 1].kind in ("paragraph", "heading") and \
            len(blocks[k - 1].text) <= 80 and CHROME.match(blocks[k - 1].text.strip()):
        k -= 1
    return list(blocks[k:])


# A meeting's minutes, headed by the body that met: "CITY COUNCIL" over "MINUTES — REGULAR
# MEETING", "Portville Town Council — Minutes, ordinary session of 3 May 2026".
MINUTES_WORD = r"(?i:minutes|procès-verbal|proces-verbal|protokoll|acta|verbale|notulen)"
MINUTES_LINE = re.compile(rf"^{MINUTES_WORD}\b")
MINUTES_OF = re.compile(rf"^(.{{3,80}}?)\s+[—–-]\s+{MINUTES_WORD}\b")
MINUTES_TITLE = re.compile(rf"(?:^|\s){MINUTES_WORD}\b")
BODY_HEADS = frozenset("Board Council Commission Commissioners Committee Assembly Authority "
                       "Trustees Directors Selectboard Vestry Senate Cabinet".split())
# The recorder's own closing of minutes: "Respectfully submitted,", "Minutes recorded by".
RECORDED = re.compile(r"^(?i:respectfully submitted|(?:minutes )?(?:recorded|taken|prepared) by|"
                      r"recording secretary)\s*[,:]?\s*(.*)$")


def _meeting_body(text: str) -> str | None:
    """The body a minutes' heading names ("CHATHAM COUNTY BOARD OF COMMISSIONERS")."""
    name = caps_name(text.strip())
    words = name.split()
    if not 2 <= len(words) <= 10 or not all(w[:1].isupper() or w in CONNECTORS for w in words):
        return None
    return name if any(w in BODY_HEADS for w in words) else None


# A paper's motto under its masthead: "Nordland's leading English newspaper".
TAGLINE = re.compile(r"(?i)\b(?:leading|largest|oldest|first|favourite|favorite|independent|"
                     r"premier|trusted)\b[^.]{0,40}\b(?:newspaper|daily|weekly|news ?site|"
                     r"news source|magazine)$")
# A periodical named with the body that issues it: "THE LAMPLIGHTER — Parish Newsletter of St.
# Ann's Church, Velden, Vermont", "Bulletin of the Velden Rowing Club"; its season's issue.
PUBLICATION_OF = re.compile(r"\b(?i:newsletter|bulletin|magazine|gazette|newssheet|"
                            r"news-sheet) of (?:the )?([A-Z][^,—–|]{2,60}?)"
                            r"(?:,\s*([^,]{2,30}))?(?:,\s*[^,]{2,30})?$")
NAMED_ISSUE = re.compile(r"(?i)^(?:[\w'’-]+\s+){1,2}(?:issue|edition)$")  # "Advent issue"


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


def _minutes_clerk(body: list[Block]) -> str | None:
    """The person who says she recorded the minutes, closing them."""
    lines = [b.text.strip() for b in body[-4:] if b.text.strip()]
    for i, line in enumerate(lines):
        if (m := RECORDED.match(line)) is None:
            continue
        rest = m[1] or (lines[i + 1] if i + 1 < len(lines) else "")
        name = rest.split(",")[0].strip()
        if person_name_shape(name) and not known_place(name):
            return name
    return None


# A letters page's rubric, in English and other languages.
LETTERS_PAGE = re.compile(r"^(?i:(?:your|have your) say|letters?(?: to the editor)?|readers'? "
                          r"letters|letters page|mailbag|leserbriefe|courrier des lecteurs|"
                          r"cartas (?:al director|de los lectores)|cartas dos leitores|"
                          r"lettere al direttore|ingezonden brieven?)\s*[:.]?$")


# A street's line of a letter writer's address ("Holme Street,", "12 Mill Lane").
STREET_LINE = re.compile(r"\b(?:Street|St|Road|Rd|Avenue|Ave|Lane|Close|Drive|Way|Terrace|"
                         r"Crescent|Gardens|Grove|Place|Square|Row)\.?$")


def _letter_signer(body: list[Block], full: str) -> tuple[str, str] | None:
    """A letter's signer and town, closing it: "Ann Roe, Orvika" or "Ann Roe" over "Orvika",
    maybe over her street (under them, at most a line that says where the letter ran, or a
    footer under a rule)."""
    lines = [b.text.strip().rstrip(",") for b in _above_footer(body)[-4:] if b.text.strip()]
    for end in (len(lines), len(lines) - 1):
        if end < 1:
            continue
        last = lines[end - 1]
        name, _, town = last.partition(", ")
        if not town and end >= 2:
            name, town = lines[end - 2], last
        town = town.strip().rstrip(".")
        known = known_place(town) or attested_place(town, full)
        if end >= 3 and STREET_LINE.search(name) and _signer_name(lines[end - 3]):
            return lines[end - 3], town if known else ""  # "Ann Roe," / "Holme Street," / …
        if 1 <= len(town.split()) <= 3 and known and _signer_name(name):
            return name.strip(), town
    return None


def _above_footer(body: list[Block]) -> list[Block]:
    """The body above a rule that sets a page's footer apart near its end ("----" over "The
    Post, 26 November 2026")."""
    rule = next((k for k in range(len(body) - 1, max(len(body) - 4, 0) - 1, -1)
                 if body[k].kind == "separator"), None)
    return body if rule is None else body[:rule]


# A letter's closing words before the signer's name, in English and other languages.
VALEDICTION = re.compile(r"^(?i:faithfully|yours(?: \w+){0,2}|sincerely|(?:kind |warm |best )?"
                         r"regards|blessings|in christ|with (?:gratitude|thanks)|"
                         r"mit freundlichen grüßen|cordialement|atentamente|cordiali saluti)[,.]?$")
SIGNER_STYLE = re.compile(r"^(?:(?:The|Rev\.?|Revd\.?|Very|Right|Rt\.?|Canon|Fr\.?|Father|"
                          r"Pastor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sister|Brother|Deacon)\s+)+")


def _valediction_signer(body: list[Block]) -> str | None:
    """The name under a letter's closing words ("Faithfully," / "The Rev. Ann Roe")."""
    lines = [b.text.strip() for b in body[-4:] if b.text.strip()]
    for i, line in enumerate(lines[:-1]):
        if VALEDICTION.match(line):
            name = SIGNER_STYLE.sub("", lines[i + 1].split(",")[0]).strip()
            return name if _signer_name(name) else None
    return None


def _signer_name(text: str) -> bool:
    """A signer's name: a person's, a nickname in quotes allowed ('Ann "Annie" Roe')."""
    plain = re.sub(r"\s+[\"“][^\"”]{2,20}[\"”]", "", text.strip())
    return 2 <= len(plain.split()) <= 5 and person_name_shape(plain) and not known_place(plain)


def _labelled_credit(text: str) -> Byline | None:
    """A line that credits the writer by a label ("Words: Ann Roe", "Text: Ann Roe")."""
    if not LABELLED.match(text.strip()) or len(text) > 80:
        return None
    named = parse_byline(text)
    return named if named is not None and person_name_shape(named.author) else None


def _credit_lines(body: list[Block], found: dict[str, Any], full: str) -> None:
    """The paper a credit line names by a convention: closing the piece ("Published in the
    Harbour Herald", "Harbour Herald — Letters, 4 May 2026", "Ann Roe writes for the Herald."),
    or beside a labelled writer's credit ("Reporter: Ann Roe"), or in the header ("Harbour
    Herald staff" under the byline)."""
    for block in reversed(body[-3:]):
        text = block.text
        paper = credit_outlet(text, full)
        if paper is None and (paper := signed_outlet(text, full, any_date_only)) and \
                "date" not in found and (date := find_date(text, ambiguous=False)):
            found["date"] = date  # the paper's stamp dates the piece
        if paper is not None and text.startswith(paper + ", ") and \
                known_place(town := re.split(r"\s+[|•·—–]\s+", text)[0][len(paper) + 2:]):
            found["signed_town"] = town  # "The Post, Orvika | Updated …": where it was filed
        if paper is None and (note := writer_note(text, full)) is not None:
            paper = note[1]
            found.setdefault("author", note[0])
        if paper is not None:
            found["outlet"] = paper
            return
    lines = [b.text.strip() for b in body[-3:]]
    for i, line in enumerate(lines):  # "Harbour Times" / "Reporter: Ann Roe", either way round
        label = LABELLED.match(line)
        named = parse_byline(line) if label and label[0].rstrip().endswith(":") else None
        writer = named.author if named else line[label.end():].strip() if label else ""
        if not (label and label[0].rstrip().endswith(":") and person_name_shape(writer)):
            continue
        found.setdefault("author", writer)  # ("Gohebydd / Reporter: Ann Roe": two languages)
        for other in lines[i - 1:i] + lines[i + 1:i + 2]:
            if outlet_name(other, full) and not person_name_shape(other) and \
                    not LABELLED.match(other):
                found["outlet"] = other
                return
    for block in body[:5]:  # (a header's "Town — date" is a dateline: a paper's word vouches)
        signed = signed_outlet(block.text, full, any_date_only)
        if len(block.text) <= 120 and (paper := credit_outlet(block.text, full) or
                                       signed and _paper_named(signed) and signed):
            found["outlet"] = paper
            return


def _prose_lead(body: list[Block]) -> bool:
    """Whether the text opens with a long paragraph of prose, no headline that a dateline-like
    start could be ("ORVIKA: The festival closed on Sunday …, organisers said.")."""
    if not body or body[0].kind != "paragraph":
        return False
    text = body[0].text.strip()
    return len(text.split()) >= 20 and text.endswith((".", "”", "\""))


EDITOR_LINE = re.compile(r"^(?i:editor|toimittaja|redaktor|toimetaja)\s*:\s*([^,;|]{4,60})$")
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
MONTH_NAME = "(?:" + "|".join(m for m in calendar.month_name if m) + ")"  # "SHILLONG November 18"
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
            person_name_shape(named[0]) and is_given_name(named[0].split()[0]):
        return None  # (nor a byline: "Por Ann Roe | 20 de noviembre de 2024")
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


# Words that name an outlet, never a person: "Andina Noticias" under the headline is the agency.
AGENCY_WORDS = frozenset("noticias notícias nachrichten nouvelles notizie noticiero news times "
                         "tribune gazette journal agencia agência agence".split())


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


def _town(place: str) -> str:
    """The town of a place as written: "Zermatt" of "Zermatt VS", "Kotor" of "Kotor, Montenegro"."""
    return REGION_CODE.sub("", place.split(",")[0].strip())


def _title_index(blocks: list[Block]) -> int | None:
    """The leading headline line, skipping a one-word section label such as 'World', or the
    headline under a press release's letterhead and release line."""
    skip = next((k for k, b in enumerate(blocks[:4]) if not furniture(b.text)), 0)
    if skip:  # a saved web page's skip link, address, menu and crumbs above it
        below = _title_index(blocks[skip:])
        return None if below is None else skip + below
    if (after := _after_release_line(blocks)) is not None:
        return after
    if (below := _below_lead(blocks)) is not None:
        return below
    if (mail := _mail_header(blocks)) and mail < len(blocks):
        after = _title_index(blocks[mail:])
        subject = next(i for i, b in enumerate(blocks) if MAIL_SUBJECT.match(b.text))
        if after is None or _names_the_issue(blocks[subject].text, blocks[mail:mail + after]) \
                or CONTENTS_ITEM.match(blocks[mail + after].text) or \
                after == 0 and letterhead(blocks[mail].text) or \
                not headline_like(blocks[mail + after].text):  # ("Casablanca, le 14 octobre")
            return subject  # the Subject line, cleaned (over a newsletter's "1. …" contents)
        return mail + after
    if (under := _under_letterhead(blocks)) is not None:
        return under
    for i, block in enumerate(blocks[:3]):
        text = block.text
        if i < 2 and block.kind == "byline" and _fields_line(text) and \
                _headline_below(blocks, i + 1, i == 0):
            continue  # "By Ann Roe · 12 March 2026 · The Observer" above the headline
        if block.kind in ("bullet", "numbered", "turn", "quote", "attribution", "byline") or \
                i == 0 and _labelled_credit(text) is not None:
            return None  # ("Words: Ann Roe" first: the writer's credit, no headline)
        if i == 0 and len(text.split()) == 1 and len(blocks) > 1 and text[:1].isupper() \
                and not date_only(blocks[1].text):  # "Statement / 2021-03-03": the title
            continue
        if i == 0 and len(blocks) > 1 and RELEASE_LABEL.match(text):
            continue  # "FOR IMMEDIATE RELEASE" above a press release's headline
        if i == 2 and not (_label_line(blocks[1].text) or _fields_line(blocks[1].text)):
            return None  # a third line is the headline only under two label lines
        if i == 0 and len(blocks) > 1 and furniture(blocks[1].text) and _masthead_line(text) \
                and (k := _heading_under_masthead(blocks)):
            return k  # "KENNEBEC LEDGER" / its site's menu / a section / the headline
        if i < 2 and (_label_line(text) or _fields_line(text)) and \
                _headline_below(blocks, i + 1, i == 0):
            continue  # "RUGBY | URC", "Dhaka, 09.03.2025" above the headline (not above
            # "Compiled by the islands desk": "INDIAN OCEAN — IN BRIEF" is the title then)
        if i == 0 and (_masthead_line(text) or PUBLICATION_OF.search(text)) and \
                (k := _heading_under_masthead(blocks)):
            return k  # "THE WEST CORNWALL COURIER" / its date / "LETTERS TO THE EDITOR"
        long_line = len(text) > 250 or len(text.split()) > 40
        ends_prose = text.endswith((".", "…")) and not text.isupper()
        if long_line or ends_prose or URL.search(text):
            return None
        return i
    return None


def _below_lead(blocks: list[Block]) -> int | None:
    """The headline under a lead paragraph a page printed above it ("DHAKA, Bangladesh (AP) —
    A fire tore through …" above "Garment factory fire kills 9"): the first block opens with a
    dateline in capitals and reads as prose, the second is a heading shaped like a headline."""
    if len(blocks) < 3 or blocks[1].kind != "heading" or not _headline_shape(blocks[1]):
        return None
    lead = blocks[0].text
    m = DATELINE.match(lead)
    if m is None or not m[1].split()[0].isupper():  # "Dhaka, Feb 12 (AP) — …": a known town
        m = TITLE_DATELINE.match(lead)  # with a date or an agency
        m = m if m and attested_place(m[1], lead) and (m[3] or find_date(lead[:m.end()])) else None
    if m is None or blocks[0].kind != "paragraph" or \
            len(lead.split()) < 15 or not lead.endswith((".", "”", "\"")):
        return None
    # The headline tells what the lead tells (a crosshead under it, "What comes next", does not).
    shared = _content_words(blocks[1].text) & _content_words(lead)
    return 1 if len(shared) >= 2 else None


def _content_words(text: str) -> set[str]:
    """The words of five letters or more of a text, folded: what a headline shares with its
    lead."""
    return {w.casefold() for w in re.findall(r"[^\W\d_]{5,}", text)}


# The fields of an e-mail's header: "From: Ann Roe <ann@example.org>", "Subject: …".
MAIL_FIELD = re.compile(r"^(?:From|Sent|Date|To|Cc|Subject|De|Envoyé|Date|À|A|Objet|Von|"
                        r"Gesendet|An|Betreff|Enviado|Para|Asunto|Assunto|Da|Inviato|Oggetto)"
                        r"\s*:\s", re.I)
MAIL_SUBJECT = re.compile(rf"(?i)^(?:{MAIL_SUBJECT_WORDS})\s*:")


CONTENTS_ITEM = re.compile(r"^\d{1,2}[.)]\s+\S")


def _names_the_issue(subject: str, labels: list[Block]) -> bool:
    """Whether an e-mail's Subject opens with the name of the newsletter whose masthead heads its
    body ("Subject: Harbour Notes – May update" over "HARBOUR NOTES"): the Subject titles the
    issue, the line under the masthead is its strapline."""
    words = _clean_title(subject).casefold().split()
    return any(len(label := b.text.casefold().split()) >= 2 and words[:len(label)] == label
               for b in labels)


def _mail_header(blocks: list[Block]) -> int:
    """How many leading lines are a forwarded e-mail's header (with its Subject line): the
    headline is looked for below them."""
    n = next((i for i, b in enumerate(blocks[:8]) if not MAIL_FIELD.match(b.text)), len(blocks))
    subject = any(MAIL_SUBJECT.match(b.text) for b in blocks[:n])
    return n if n >= 2 and subject else 0


def _heading_under_masthead(blocks: list[Block]) -> int | None:
    """The first heading under a masthead and its date lines, however short or shouted."""
    for k in range(1, min(4, len(blocks))):
        text = blocks[k].text
        if any_date_only(text) or _fields_line(text) or _header_aside(text) or furniture(text) \
                or all(w in SECTION_WORDS for w in text.split()) or NAMED_ISSUE.match(text) \
                or TAGLINE.search(text):
            continue  # (and its site's menu, "Home | News | Sports | Opinion", and section)
        words = text.split()
        return k if blocks[k].kind == "heading" and 2 <= len(words) <= 12 and \
            not text.endswith((".", ":")) else None
    return None


def _headline_below(blocks: list[Block], k: int, deeper: bool) -> bool:
    """Whether a headline follows at k (`deeper`: or under one more label line there)."""
    if k >= len(blocks) or CREDIT_LINE.match(blocks[k].text):
        return False
    return _headline_shape(blocks[k]) or deeper and (_label_line(blocks[k].text) or
                                                     _fields_line(blocks[k].text)) and \
        _headline_below(blocks, k + 1, False)


# What a headline's line may hold before the headline: a rubric in capitals ("PROFILE | The
# woman who …"), an e-mail's Subject label, a list's tag and a release label ("Subject: [OOML
# #212] …", "Subject: PRESS NOTE: …"). Only a headline of three words or more after it.
TITLE_PREFIX = re.compile(rf"^(?:[{CAPITAL}][{CAPITAL}'’&-]+(?: [{CAPITAL}][{CAPITAL}'’&-]+)? \| |"
                          r"(?:Opinion|Analysis|Profile|Explainer|Interview|Comment|Feature|"
                          r"Obituary|Exclusive|Editorial|Review|"
                          # the same rubrics in Spanish, Portuguese and Italian
                          r"Opinión|Opinião|Opinione|Análisis|Análise|Analisi|Entrevista|"
                          r"Intervista|Editoriale|Reportaje|Reportagem|Crónica|Crônica|"
                          r"Obituario|Obituário|Necrológica) \| |"
                          rf"(?i:{NOTICE_SUBJECT_WORDS})"
                          r"\s*:\s*(?:(?i:re|fwd?|tr)\s*:\s*)*(?:\[[^\]]{1,30}\]\s*)?"
                          rf"(?:(?i:{_RELEASE})(?:\s*/\s*(?i:{_RELEASE}))?\s*[:–—-]\s*)?|"
                          # "COMMUNIQUÉ DE PRESSE – Mise en service de la ligne T4 …"
                          rf"(?i:{_RELEASE})\s+[–—-]\s+)(?=(?:\S+ ){{2}}\S)")


# A newsletter's first item ("1) KSE-100 closes …"), an agenda's item ("9.3  CABLE BEACH …").
ITEM_NUMBER = re.compile(r"^(?:\d{1,2}\)|\d{1,2}(?:\.\d{1,2})+)\s+(?=[A-Z]{2}|\S+ \S+ \S)")


# A newsroom's or a copyright notice's words, no outlet's name ("Redacción", "Da redação",
# "Riproduzione riservata", "All rights reserved").
NEWSROOM_WORDS = re.compile(r"(?i)^(?:(?:da\s+)?(?:redacción|redação|redacção|redazione|redacció|"
                            r"rédaction|newsroom|news\s+desk|staff)|riproduzione\s+riservata|"
                            r"(?:todos\s+los\s+derechos|todos\s+os\s+direitos|all\s+rights|"
                            r"tous\s+droits|tutti\s+i\s+diritti)\s+(?:reservados|reserved|"
                            r"réservés|riservati))$")
# Another language's "by" left in front of a writer's name ("Por Ann Roe | 20 de …").
BY_WORD_FRONT = re.compile(r"^(?:Por|Par|By|Door|Av|Af):?\s+(?=[A-ZÀ-ÖØ-Þ])")


def _no_furniture_fields(found: dict[str, Any]) -> None:
    """Fields the reader filled with a page's furniture: a newsroom's word or a copyright
    notice as the outlet, a section's words ("LOCAL NEWS"), "by" before the writer's name."""
    outlet = found.get("outlet")
    if outlet and (NEWSROOM_WORDS.match(outlet.strip(" .")) or BY_WORD_FRONT.match(outlet) or
                   all(w.title() in SECTION_WORDS for w in outlet.split())):
        del found["outlet"]
    if found.get("author"):
        found["author"] = BY_WORD_FRONT.sub("", found["author"])


def _label_before(line: str, title: str) -> str:
    """What _clean_title cut from the front of a headline's line ("AA |"), as written."""
    at = line.find(title)
    return line[:at].strip() if at > 0 else ""


def _clean_title(text: str) -> str:
    """The headline of a headline's line, without a rating after it or a label before it."""
    bare = TITLE_PREFIX.sub("", ITEM_NUMBER.sub("", RATING_TAIL.sub("", unmarked(text))))
    bare = untagged(bare)
    if (m := SHOUTED_KICKER.match(bare)) and m[1].lower() in common_words() and \
            not known_place(m[1].title()) and not bare[m.end():].isupper():
        bare = bare[m.end():]  # "INQUEST: Fisherman drowned …", "WATCH: …" (not "NATO: …")
    return bare if bare.strip() else text


# A tabloid's label in capitals before its headline's colon: one dictionary word.
SHOUTED_KICKER = re.compile(rf"^([{CAPITAL}]{{4,}}):\s+(?=[{CAPITAL}\d\"“‘'])(?=(?:\S+ ){{3}}\S)")


# A review's rating after its headline: "… portrait of Mitrovica ★★★★☆".
RATING_TAIL = re.compile(r"\s*[★☆✩✪✫✭✮⭐]{3,}\s*$")
CREDIT_LINE = re.compile(r"^(?i:(?:compiled|edited|written|reported|curated) by|by)\s")


def _after_release_line(blocks: list[Block]) -> int | None:
    """The headline after "FOR IMMEDIATE RELEASE" (and its date) when a letterhead stands above
    that line: the sender's name is no title."""
    for i, block in enumerate(blocks[1:6], 1):
        if RELEASE_LABEL.match(re.split(r"\s{3,}", block.text.strip())[0]) and \
                (i < 4 or all(b.kind == "heading" for b in blocks[:i])):
            j = i + 1  # (a letterhead of five lines: the agency, its division and its heads)
            while j < len(blocks) and j <= i + 2 and (_release_date(blocks[j].text) or
                                                      PHONE_LINE.match(blocks[j].text)):
                j += 1  # (and the contact's number, its column beside the label run on)
            return j if j < len(blocks) and _headline_shape(blocks[j]) else None
    # "MEDIA RELEASE" / "Portville Police Service" / "12 May 2026": the sender under the label
    if len(blocks) > 3 and RELEASE_LABEL.match(blocks[0].text) and \
            _letterhead(blocks[1].text) and _release_date(blocks[2].text) and \
            _headline_shape(blocks[3]):
        return 3
    return None


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


SUBSCRIBER_NOTE = re.compile(r"(?i)\b(?:you(?:'|’)re receiving this|you are receiving this|"
                             r"unsubscribe|view (?:it )?in (?:your )?browser)\b")
# A field of a release's header: "For release: 7:00 a.m. CT", "Issued by: …", "Contact: …".
META_FIELD = re.compile(r"^(?i:for release|release date|issued(?: by)?|date|dated|contact|"
                        r"media contact|(?:case|ref(?:erence)?)(?:\s*(?:#|no\.?|number))?|"
                        r"embargo(?:ed)?(?: until)?)\s*:")
# A blog's or a newsletter's name and what it is: "Mesa Miles — a trail blog from the Valley".
# (a name in capitals needs no article: "THE MORNING BRIEF — Nordland markets newsletter")
NEWSLETTER_KIND = r"(?i:(?:weekly |daily |monthly )?(?:newsletter|bulletin|digest|blog))\b[^.]*$"
MASTHEAD = re.compile(rf"^(?:[^—–|]{{2,40}}\s[—–|]\s(?i:an?|the|your)|"
                      rf"[{CAPITAL}][{CAPITAL}\d '’&.-]{{1,40}}\s[—–|])\s[^.]*\b"
                      r"(?i:blog|newsletter|podcast|diary|notes|column|journal)\b[^.]*$|"
                      r"^[^—–|]{2,40}\s[—–|]\s" + NEWSLETTER_KIND)
# A newsletter's name and its kind right after the dash: "Harbour Notes — newsletter, 2 June".
NEWSLETTER_HEAD = re.compile(r"^([^—–|]{2,40}?)\s[—–|]\s" + NEWSLETTER_KIND)


def _header_meta(text: str, group: list[str]) -> bool:
    """A header line that labels or dates the piece rather than heading it."""
    return bool(RELEASE_LABEL.match(re.split(r"\s+[—–|]\s+", text)[0]) or META_FIELD.match(text)
                or _label_line(text) or _score_line(text) or _venue_line(text, group)
                or len(text.split()) <= 12 and (find_date(text) or find_foreign_date(text))
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
# A newsletter's issue, opening the line or a part of it: "Issue #412 | …", "… — Issue 212".
ISSUE = re.compile(r"(?:^|[—–|·•,]\s)\s*(?:Issue|ISSUE|Vol\.|VOL\.|Volume|VOLUME)\s+#?\d{1,4}"
                   r"(?=\s*(?:$|[|·•,—–]))")
PAGE_MARK = re.compile(r"(?i)page \d{1,3}(?: of \d{1,3})?")  # a printed page's running header
# A masthead alone above the headline: "Khmer Times", "The Daily Gleaner".
OUTLET_LINE = re.compile(r"^(?:The )?[A-Z][\w'’&.-]*?(?: [A-Z][\w'’&.-]*){0,2}[ -]"
                         rf"(?:{'|'.join(PAPER_HEADS)})$")
# A magazine's masthead: "Iceland Review", "Baltic Monthly".
MAGAZINE_LINE = re.compile(r"^(?:The )?([A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,2}) "
                           r"(?:Review|Monthly|Weekly|Quarterly)$")
OUTLET_HEAD = re.compile(OUTLET_LINE.pattern.replace(")$", "|Online)\\b"))
# A paper named in another language, its paper's word first: "Correio do Sul", "El Economista
# Global", "Diario de Cádiz", "Gazzetta di Parma".
FOREIGN_HEAD = re.compile(r"^(?:(?:El|La|Le|O|A|Il|Lo|Der|Die|De|Het)\s+)?(?:Correio|Diario|"
                          r"Diário|Jornal|Gazeta|Gazzetta|Corriere|Folha|Periódico|Economista|"
                          r"Zeitung|Courrier|Dagblad|Tageblatt)(?:\s+(?:do|da|de|del|della|di|"
                          r"des|du|dos)\s+[A-Z][\w'’.-]*|\s+[A-Z][\w'’.-]*){0,2}")


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


def _place_then_day(text: str) -> str | None:
    """ "Kathmandu, May 28": a known place and a day of a month, nothing else; the place."""
    place, sep, rest = text.rpartition(",")
    place = place.strip()
    if sep and re.search(r"\d", rest) and known_place(place) and \
            all(w.lower().strip(".") in DATE_WORDS for w in re.findall(r"[^\W\d_]+\.?", rest)):
        return place
    return None


def _dated_segments(text: str) -> str | None:
    """The town opening a dateline of segments: "Korhogo — Jeudi 09 octobre 2025 | Yacouba
    Soro", "ŞƏKİ, 11.04.2026 — Gülnar Əliyeva", "ÖSTERSUND. Publicerad 12 februari 2026"."""
    if (m := DOTTED_TOWN.match(text)) and (find_date(m[2]) or find_foreign_date(m[2])):
        return display_place(m[1])
    segments = HEADER_SEGMENT.split(text)
    if len(segments) < 2:
        return None
    head = segments[0]
    if (place := _place_then_date(head)) is not None:
        return display_place(place) if place.isupper() else place
    words = head.split()
    dated = find_date(segments[1]) or find_foreign_date(segments[1])
    if dated and 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
        return display_place(head) if head.isupper() else head
    return None


# A town in capitals and a full stop before the date: "ÖSTERSUND. Publicerad 12 februari 2026".
DOTTED_TOWN = re.compile(r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]{2,}(?: [A-ZÀ-ÖØ-Þ'’-]{2,}){0,2})"
                         r"\.\s+(.{6,60})$")


def _headline_shape(block: Block) -> bool:
    """Whether a line reads as a headline: a short line of text, not prose, a date or a byline."""
    text = block.text
    return block.kind in ("paragraph", "heading") and 3 <= len(text.split()) <= 25 and \
        not text.endswith((".", ":")) and not date_only(text) and parse_byline(text) is None and \
        not _label_line(text) and not SUBSCRIBER_NOTE.search(text)


def _byline_index(body: list[Block], first: int, title: str = "") -> tuple[int, Byline] | None:
    """A person's name alone on the line right under the headline, or under the dateline that
    follows it ("Anna Berg" above "PORTVILLE 2001-04-05"): the byline. Only a line that starts
    with a known given name and holds nothing but the name, a role and an outlet counts
    ("Anna Berg, Staff Writer", "Anna Berg | Reuters"); see bylines.py."""
    for j in (first, first + 1):
        if j >= len(body) or body[j].kind not in ("heading", "paragraph", "signature"):
            return None
        text = body[j].text
        if (stamped := _stamped_name(body, j)) is not None:
            return j, stamped  # "Ann Roe    14:05  02.03.26": no town stamps a clock's time
        if DATELINE.match(text) and (find_date(text) or find_foreign_date(text)) or \
                _header_aside(text) or j == first and _standfirst(body, j):
            continue  # "MAE SOT, Thailand 1996-08-25": a dateline, however name-like
        if _venue_line(text, [title, *(b.text for b in body[j + 1:j + 2])]) or \
                _paper_masthead(text) is not None:
            continue  # "Alexandra Park" above "City 2 United 1": the ground, no byline (nor
            # the paper's masthead: "El Economista Global | Mercados")
        if (dated := _name_and_date(body, j) or _name_over_desk(body, j)) is not None:
            return j, dated  # "ZOLILE NDLOVU-MATSHAYA | 14 August 2025", "ANN ROE" / "POST STAFF"
        if _agency_name(text) and len(text.split()) <= 3 and text.istitle():
            return j, Byline(text, None)  # "Andina Noticias" under the headline: the agency
        byline = parse_byline(text, bare=True) or _dated_name(body, j) or \
            _name_and_masthead(text, body[0].text)
        if byline is None or " ".join(text.split()[:2]).isupper() \
                or is_common_phrase(byline.author) or _venue_name(byline.author) \
                or known_place(byline.author) \
                or find_date(byline.author) or not text.startswith(byline.author) and \
                any(w.strip(",.") in ORG_HEADS for w in text.split()):
            return None  # ("· Kabwe International Conference Centre, Lusaka": a venue)
        return j, byline
    return None


def _name_and_masthead(text: str, masthead: str) -> Byline | None:
    """Names beside the paper's name that heads the page ("Ann Roe and Tom Lee | Harbour Pilot &
    Review" under the masthead "Harbour Pilot & Review"): the paper vouches for unlisted names."""
    parts = [p.strip() for p in re.split(r"\s+[|•·]\s+", text.strip())]
    if len(parts) != 2 or parts[1] != masthead.strip() or parts[0] == parts[1]:
        return None
    names = re.split(r"\s+(?:and|&)\s+|,\s+", parts[0])
    if not all(person_name_shape(n) and 2 <= len(n.split()) <= 4 for n in names):
        return None
    return Byline(" and ".join(names), parts[1])


def _kicker_credit(kickers: list[Block]) -> Byline | None:
    """The writers a "By" line above the headline credits, maybe after its desk ("North Coast /
    By Ann Roe and Tom Lee")."""
    for block in kickers:
        if KICKER_BY.match(block.text.strip()) and (credit := closing_credit(block.text)):
            return credit
    return None


KICKER_BY = re.compile(r"^(?:[^/|•·]{2,30}\s*[/|•·]\s*)?(?:By|BY)\s+[A-Z]")


CLOCK_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d\d(?![\d:])")


def _stamped_name(body: list[Block], j: int) -> Byline | None:
    """A name beside the time and the date the piece was posted ("Ann Roe | 14:05 02.03.26"),
    the name no place's."""
    parts = [p.strip() for p in SEGMENT.split(body[j].text)]
    if len(parts) != 2 or not CLOCK_TIME.search(parts[1]):
        return None
    named = _name_and_date(body, j)
    full = "\n".join(b.text for b in body)
    return None if named is None or attested_place(named.author, full) else named


def _name_and_date(body: list[Block], j: int) -> Byline | None:
    """A name and the date on one line under the headline, the name maybe in capitals and
    unknown to the lists of given names ("ZOLILE NDLOVU-MATSHAYA | 14 August 2025")."""
    parts = [p.strip() for p in SEGMENT.split(body[j].text)]
    if len(parts) != 2 or not any_date_only(parts[1]):
        return None
    name = display_name(parts[0])
    if not person_name_shape(name) or not unlisted_name(name) and \
            not is_given_name(name.split()[0]) or known_place(name.split()[-1]) or \
            known_place(name):
        return None  # ("Santa Fe | 14:05 02.03.26": a town)
    return None if _named_again(name, "\n".join(b.text for b in body[j + 1:])) else Byline(name)


def _standfirst(body: list[Block], j: int) -> bool:
    """A sentence or two under the headline that sums the piece up, over a short line (the
    byline) and the date line under that."""
    words = body[j].text.split()  # (a deck with no full stop reads as a heading)
    if body[j].kind not in ("paragraph", "heading") or not 8 <= len(words) <= 60 or \
            j + 2 >= len(body):
        return False
    date_line = body[j + 2].text
    return len(body[j + 1].text) <= 80 and len(date_line) <= 60 and \
        (_header_aside(date_line) or find_date(date_line) is not None and
         not re.search(r"[.!?]$", date_line))


def _name_over_desk(body: list[Block], j: int) -> Byline | None:
    """A name in capitals over its desk's line in capitals ("ANN ROE" / "POST REPORTERS")."""
    text, below = body[j].text.strip(), body[j + 1].text.strip() if j + 1 < len(body) else ""
    words = below.split()
    if not (text.isupper() and below.isupper() and 1 <= len(words) <= 3 and
            words[-1].lower() in JOBS):
        return None
    name = display_name(text)
    if not person_name_shape(name) or known_place(name) or \
            not (unlisted_name(name) or is_given_name(name.split()[0])):
        return None  # ("PORT AUTHORITY" / "STAFF WRITERS": words, no one's name)
    return Byline(name)


def _dated_name(body: list[Block], j: int) -> Byline | None:
    """A name the given names do not know ("Sunita Prajapati") as the byline: only next to the
    header's date line, naming no place, and a name the story never mentions again."""
    text = IN_PLACE.sub("", body[j].text.strip(), count=1)  # "Nguyễn Thị Thu Hà in Hanoi"
    if not person_name_shape(text) or is_common_phrase(text):
        return None
    near = [body[k].text for k in (j - 1, j + 1) if 0 <= k < len(body)]
    dated = [t for t in near if _header_aside(t) and not RATING.match(t.strip())]
    words = text.split()
    if not dated or any(w.casefold() in dated[0].casefold() for w in words):
        return None  # ("Portville Harbour" above "PORTVILLE 2001-04-05": the place's name)
    if words[-1].lower() in common_words() or known_place(words[-1]) or known_place(text):
        return None
    rest = "\n".join(b.text for b in body[j + 1:])
    return None if _named_again(text, rest) else Byline(text)


HONORIFICS = frozenset("mr mrs ms miss dr prof mx sir dame".split())


def _named_again(name: str, rest: str) -> bool:
    """Whether the text names this person again: the whole name, or the surname alone or after a
    title ("Prajapati said", "Ms Prajapati"), not after another given name ("Mayor Sunil
    Prajapati" is someone else)."""
    first, *_, last = name.split()
    if name in rest:
        return True
    for m in re.finditer(rf"(?:(\S+)\s+)?\b{re.escape(last)}\b", rest):
        before = (m[1] or "").strip("\"“‘(")
        if not before[:1].isupper() or before == first or \
                before.lower().rstrip(".") in HONORIFICS or is_role_word(before):
            return True
    return False


RATING = re.compile(r"^[★☆✩✭✮⭐\s]{3,}$|^\d(?:\.\d)?\s*/\s*(?:5|10)$")  # "★★★★☆", "4/5"
PUBLISHED = re.compile(r"(?i)^(?:first\s+)?(?:published|posted|updated|last updated)\b")


def _header_aside(text: str) -> bool:
    """A header line that may stand between the headline and the byline: a star rating, a date
    ("Posted: Oct 23, 2025 5:31 PM CDT | Last Updated: …"), a place and a date ("Kraków,
    14 stycznia 2026 r.")."""
    if RATING.match(text.strip()) or any_date_only(text):
        return True
    if len(text) <= 100 and PUBLISHED.match(text) and find_date(text):
        return True
    return _place_then_date(AGENCY_TAIL.sub("", text).rstrip(" :–—-")) is not None


def _mark_bylines(body: list[Block]) -> None:
    """Header lines that name the author ("Feature | Hatay | By Jane Roe | 6 May 2025") are
    bylines: shown as such, and read as credits rather than as text about the people named."""
    for i, block in enumerate(body[:6]):
        if block.kind == "paragraph" and (parse_byline(block.text) or header_credit(block.text)):
            body[i] = replace(block, kind="byline", level=0)


def _standfirst_writer(blocks: list[Block]) -> str | None:
    """The writer the standfirst under the headline names at its end."""
    return next((w for b in blocks if b.kind in ("paragraph", "heading") and
                 (w := standfirst_writer(b.text)) is not None), None)


def _author_bio(body: list[Block]) -> str | None:
    """A closing line that says who wrote the piece: "Jane Roe is the Guardian's Africa
    correspondent.", "Jane Roe is a freelance journalist based in Lagos."."""
    last = body[-1] if body else None
    if len(body) > 1 and last is not None and len(last.text) <= 80 and \
            (credit_outlet(last.text, "") or signed_outlet(last.text, "", any_date_only)):
        last = body[-2]  # ("Ann Roe is the Post's critic" / "The Post | Culture")
    if last is None or last.kind not in ("paragraph", "byline", "heading") or \
            len(last.text) > 200:
        return None
    m = AUTHOR_BIO.match(last.text)
    return m[1] if m and person_name_shape(m[1]) and is_given_name(m[1].split()[0]) else None


def _sign_off(body: list[Block]) -> Byline | None:
    """A closing "— Jane Roe, The Daily Post" after the last paragraph: the author signing off,
    not a quote's attribution (the paragraph before it opens with no quotation mark)."""
    if len(body) < 3 or body[-1].kind != "attribution" or body[-2].kind != "quote":
        return None
    text = body[-1].text.lstrip("—― ")
    if body[-2].text.startswith(OPENING_QUOTES) and not WRITTEN_BY.match(text):
        return None  # (a writer's credit, "— Reporting by Ann Roe", closes even a quote)
    # The header's agency ("GYUMRI, Armenia (ArmBusiness) —") vouches for its writer's sign-off.
    agencies = tuple(m[1] for b in body[:4] for m in re.finditer(r"\(([^()]{2,30})\)", b.text))
    named = (parse_byline(text) or closing_credit(text)) if TAIL_CREDIT.match(text) else \
        sign_off(text, agencies)
    if named is not None:
        body[-2] = replace(body[-2], kind="paragraph")  # convert read it as the credited quote
    return named


EPIGRAPH_WORDS = 12  # a shorter line before "— Ann Roe" may be a saying she is credited with
EMAIL_LINE = re.compile(r"^\S+@\S+\.\w+$")


def _closing_credit(body: list[Block]) -> tuple[int, Byline] | None:
    """The writer a short last line credits (before an e-mail address line, if any), after at
    least two paragraphs of text, the last one ended; a bare name there is no quote's
    attribution."""
    end = len(body) - 1
    while end >= len(body) - 3 and end >= 0 and WIRE_TRAILER.match(body[end].text.strip()):
        end -= 1  # a wire's desk initials, time group, end mark ("ik/al", "141402 OCT", "NNNN")
    email = body[end].text.strip() if end >= 0 and EMAIL_LINE.match(body[end].text.strip()) else ""
    if email or end >= 0 and (WIRE_END.match(body[end].text.strip()) or
                              _dated_outlet(body[end].text, True, "") is not None):
        end -= 1  # ("Enditem/ls", "(END)", "-30-": a wire's end mark under the credit)
    if end < 2 or sum(b.kind in ("paragraph", "quote") for b in body[:end]) < 2:
        return None
    block, before = body[end], body[end - 1]
    if WRITTEN_BY.match(block.text) and (block.kind in ("paragraph", "byline") or
                                         block.kind == "attribution" and before.kind != "quote"):
        credit = closing_credit(block.text)  # "Written by Ann Roe. Edited by Tom Lee." says so
        return (end, credit) if credit is not None else None
    lone_dash = block.kind == "bullet" and before.kind != "bullet"  # "- Ann Roe" closing it
    if block.kind not in ("paragraph", "heading", "byline", "attribution", "signature") and \
            not lone_dash or before.kind == "attribution" or \
            before.kind == "quote" and (before.text.startswith(OPENING_QUOTES) or
                                        len(before.text.split()) < EPIGRAPH_WORDS) or \
            before.text.rstrip()[-1:] not in ".!?\"”»’)":
        return None  # a list's last item ("Tom Lee,\n\nAnn Roe"), no credit
    if credit_outlet(block.text, "") is not None:
        return None  # "-- Harbour Notes / staff": the paper's staff, no writer
    credit = closing_credit(block.text)
    if credit is None and email and person_name_shape(block.text) and \
            _letters(block.text) == _letters(email.split("@")[0]):
        credit = Byline(block.text.strip())  # "Rónán Ó Gallchóir" over "ronan.ogallchoir@…"
    return (end, credit) if credit is not None else None


WRITTEN_BY = re.compile(r"^(?:(?i:written|reported|reporting|compiled|words|text|story) by|"
                        r"(?:[A-Z][a-z]+ )compiled by|"  # "Obituary compiled by Ann Roe"
                        r"[—–-]\s*(?i:by))\s+[A-Z]")  # (and "— by Ann Roe, KSL.com")
# What a wire puts under its credit: the desk's initials, the time group, the end mark.
WIRE_TRAILER = re.compile(r"^(?:NNNN|[a-z]{1,4}(?:/[a-z]{1,4})+|\d{6}\s+[A-Z]{3}(?:\s+\d{2,4})?)$")
WIRE_END = re.compile(r"^(?:\(?(?i:end|ends|enditem)\)?(?:/[a-z]{1,4})?|-?30-|#{3})$")


def _letters(text: str) -> str:
    """The letters of a name or an address, in ASCII lower case ("Ó Gallchóir" → "ogallchoir")."""
    return re.sub(r"[^a-z]", "", anyascii(text).lower())


def _header_place(head: list[Block], full: str) -> str | None:
    """A place the header states on a line of its own shapes: "Tamale, 2 September 2025" (a
    press release), "Science | Leipzig | 24.09.2025" (a rubric), "By Jane Roe in Oaxaca"; a
    place before a full date may be one the gazetteer lacks if the text has it as a location
    ("Fès, 5 mai 2025" with "in Fès")."""
    for block in head:
        if block.kind not in ("paragraph", "heading", "byline", "kicker") or \
                len(block.text) > 160:
            continue
        text = AGENCY_TAIL.sub("", block.text).rstrip(" :–—-")  # "Kathmandu, May 28 (PTI)"
        if (place := _place_then_date(text)) is not None and attested_place(place, full):
            return display_place(place) if place.isupper() else place
        for reader in (_place_then_day, _place_in_rubric, filed_from, _labelled_place,
                       _dated_segments, place_bracket_date, _desk_town, _section_town):
            if (place := reader(text)) is not None and _known_parts(place):
                return place
        if block.kind == "byline" and IN_PLACE.search(text) and not BY_WORD.search(text) and \
                (place := filed_from(f"By {text}")) is not None and _known_parts(place):
            return place  # the bare byline read above: "Ann Roe in Rome"
    return None


BY_WORD = re.compile(r"(?i)\bby\b")


# Words of a sport venue's name ("Estadio Centenario", "Sewell Group Craven Park").
VENUE_WORDS = frozenset("stadium stadion stadio estadio stade arena park ground oval field "
                        "velodrome centre center".split())
SCORE = re.compile(r"[A-Z][^\d\n]{1,40}?\s\d{1,3}\s*[-–:,]?\s*[A-Z][^\d\n]{1,40}?\s\d{1,3}\b")
SECTION_WORDS = frozenset("Local Regional National International World News Government Politics "
                          "Business Sport Sports Opinion Features Culture Arts Health Education "
                          "Environment Crime Courts Community Lifestyle Travel Science & and "
                          "Economy Weather Obituaries".split())
FULL_SCORE = re.compile(r"(?:[A-Z][\w'’.&-]*\s){1,4}\d{1,3}\s*[-–,]?\s*(?:[A-Z][\w'’.&-]*\s){1,4}"
                        r"\d{1,3}(?:\s*\(.{1,30}\))?")
NAME_WORDS = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
CORRESPONDENT = re.compile(rf"^(?:From|By) our (?:own )?(?:({NAME_WORDS}) )?correspondents?"
                           rf"(?: in ({NAME_WORDS}))?$")


def _venue_name(name: str) -> bool:
    """A ground's name shaped like a person's: "Daren Sammy Cricket Ground" ("Park", "Field"
    end people's names too)."""
    return name.split()[-1].lower() in GROUND_WORDS


def _venue_line(text: str, near: list[str]) -> bool:
    """A sport venue's line ("Estadio Centenario, Montevideo", "Alexandra Park"): capitalised
    words, one a venue word, beside a score in the headline or a line next to it; a word that
    names nothing but a venue ("Stadium", "Cricket Ground") needs no score."""
    words = text.replace(",", " ").split()
    if not (1 <= len(words) <= 6 and not re.search(r"\d", text) and
            all(w[:1].isupper() or w.lower() in PLACE_SMALL for w in words)):
        return False
    lower = [w.lower() for w in words]
    pairs = {" ".join(p) for p in zip(lower, lower[1:])}
    if STRONG_VENUE.intersection(lower) or STRONG_VENUE_PAIRS & pairs:
        return True
    return any(w in VENUE_WORDS for w in lower) and any(SCORE.search(t) or _score_line(t)
                                                         for t in near)


def _score_line(text: str) -> bool:
    """A match's result on its own line: "Vipers SC 2-1 KCCA FC", "Port Vale 2 Crewe 2",
    "Waterford 1-22 Cork 0-24" (goals and points)."""
    return FULL_SCORE.fullmatch(text) is not None or MATCH_SCORE.match(text) is not None or \
        GOALS_POINTS.fullmatch(text) is not None


GOALS_POINTS = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w'’.&-]*\s){1,4}\d{1,2}-\d{1,2}\s+"
                          r"(?:[A-ZÀ-ÖØ-Þ][\w'’.&-]*\s){1,4}\d{1,2}-\d{1,2}")
# "Mineros de Zacatecas 2-2 Atlético Morelia": the two sides around the score.
MATCH_SCORE = re.compile(r"^[A-ZÀ-ÖØ-Þ][^\d\n.]{1,40}?\s\d{1,3}\s*[-–:]\s*\d{1,3}"
                         r"\s+[A-ZÀ-ÖØ-Þ][^\d\n.]{1,40}$")


GROUND_WORDS = VENUE_WORDS - {"park", "field"}  # a ground's last word, never a surname's
STRONG_VENUE = frozenset("stadium stadion stadio estadio stade velodrome".split())
STRONG_VENUE_PAIRS = frozenset(("cricket ground", "football ground", "sports ground",
                                "events centre", "events center"))


# A French headline's town before a colon, a stop or a dash: "Colomiers : …", "Lorient. À …".
TITLE_TOWN = re.compile(rf"^([{CAPITAL}][\w'’-]+(?: [{CAPITAL}][\w'’-]+)?)(?: : |\. | [–—] )")


def _title_town(title: str, full: str) -> str | None:
    """The listed town (no country) a French headline opens with, as French papers head their
    local news."""
    m = TITLE_TOWN.match(title)
    if m is None or not known_place(m[1]) or m[1] in _countries() or \
            not written_in_french(full):
        return None
    return m[1]


@functools.lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Countries' names (a headline's country is no dateline's town)."""
    import pycountry

    return frozenset(n for c in pycountry.countries
                     for n in (c.name, getattr(c, "common_name", c.name)))


# A page's time since it was posted or updated: "Updated 3 hours ago", "Posted 12 mins ago".
AGO = re.compile(r"(?i)^(?:(?:last )?(?:updated|published|posted)\s+)?(?:an?|\d{1,2})\s+"
                 r"(?:minutes?|mins?|hours?|hrs?|days?)\s+ago$")


def _lead_dateline(body: list[Block], first: int, lead: int, full: str) -> str | None:
    """The place of the dateline opening the lead right under the headline, when the header's
    lines above it are too many for the header's window ("BARTOW, Fla. — Detectives …" under a
    sheriff's letterhead, its address and its release lines)."""
    if not lead + 6 <= first < len(body) or body[first].kind != "paragraph":
        return None
    fields: dict[str, Any] = {}
    _scan_dateline(body[first].text, fields, False, full)
    return fields.get("place")


def _kicker_town(kickers: list[Block], full: str) -> str | None:
    """A town alone in capitals among the lines above the headline, a regional paper's location
    tag ("Northern Star" / "LISMORE" / the headline), that the text names as a place (no
    country's, state's or province's name)."""
    for block in kickers:
        text = block.text.strip()
        if text.isupper() and len(text.split()) <= 3 and not any(c.isdigit() for c in text) \
                and not country_or_state(town := display_place(text)) and \
                (known_town(town) or not known_place(town)) and \
                not all(w in SECTION_WORDS for w in town.split()) and attested_place(town, full):
            return town
    return None


def _lone_place(body: list[Block], first: int, title: str, full: str) -> str | None:
    """The line under the headline (or under the byline below it) that holds only a place
    ("AREQUIPA", "PAJE, Zanzibar" with "at Paje", "TARAWA (RNZ Pacific)"), a sport venue above
    a score ("Estadio Centenario, Montevideo"), or the correspondent's town ("From our
    correspondent in Hargeisa", "By our Jaffna correspondent")."""
    lines = [j for j in range(first, min(first + 3, len(body))) if not _score_line(body[j].text)]
    for j in lines[:2]:
        if body[j].kind not in ("paragraph", "heading", "byline"):
            return None
        text = AGENCY_TAIL.sub("", body[j].text).strip()
        text = re.sub(r",\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$", "", text)  # "…, Friday"
        if m := CORRESPONDENT.match(text):
            place = m[1] or m[2]
            return place if place and known_place(place) else None
        if body[j].kind == "byline" or AGO.match(text):
            continue  # ("Updated 3 hours ago" over "Hong Kong")
        near = [title, *(b.text for b in body[max(0, j - 1):j + 2] if b is not body[j])]
        venue = _venue_line(text, near)
        if not (venue or is_place_line(text)):
            return None
        parts = [p.strip() for p in text.split(",")]
        if all(attested_place(p, full) for p in parts[1 if venue else 0:]):
            return ", ".join(display_place(p) if p.isupper() else p for p in parts)
        return None
    return None


def _kicker_venue(kickers: list[Block], full: str) -> str | None:
    """A sport venue's line among the lines above the headline, beside a score."""
    texts = [b.text for b in kickers]
    for text in texts:
        if _venue_line(text, texts):
            parts = [p.strip() for p in text.split(",")]
            if all(attested_place(p, full) for p in parts[1:]):
                return text
    return None


PLACE_BULLET = re.compile(r"^(?=[^\d●•·,/]{2,40}\s[●•·/]\s)([^\d●•·,/]*?)\s[●•·/]\s")


def _place_then_date(text: str) -> str | None:
    """ "Tamale, 2 September 2025", "Post-budget press conference, Accra, 12 March 2025": a
    place (after what took place there), a comma and a date, nothing else; or one place before
    a colon or a space and a date ("Kiruna 14.1.2026"); a bullet may stand for the comma
    ("Yogyakarta ● Tue, October 14, 2025")."""
    text = PLACE_BULLET.sub(r"\1, ", text, count=1)
    if (m := DASHED_DATE.match(text)) and any_date_only(m[2]):
        text = f"{m[1]}, {m[2]}"  # "Hai Phong, Vietnam – 20 January 2026": the dash for a comma
    head, sep, rest = text.partition(",")
    while sep and not any_date_only(rest):
        more, sep, rest = rest.partition(",")
        head = f"{head},{more}"
    if not sep:
        # "Kiruna 14.1.2026", "CHIANG MAI: 27 February 2026": one place, no comma.
        m = re.match(rf"^([^\d,:]+?)(?::\s*|\s+)((?:\d|{MONTH_NAME}\b).*)$", text)
        return m[1] if m and any_date_only(m[2]) and is_place_line(m[1]) else None
    parts = [p.strip() for p in head.split(",")]
    if parts[-1].lower().strip(".") in DATE_WORDS:
        return None  # "Mon, 12 Jan, 2026": a weekday, not Mon State
    for k in range(len(parts)):
        place = ", ".join(parts[k:])
        # A known place that is also a word ("Tamale", "Nice") still counts before a date.
        if is_place_line(place) or k == len(parts) - 1 and known_place(place):
            return place if k == 0 or _known_parts(place) else None
    return None


DASHED_DATE = re.compile(r"^([^–—]{2,60}?)\s+[–—]\s+([^–—]{6,40})$")


# A paper's unnamed writer and the town she files from: "Staff Correspondent, Dhaka", "Our
# Special Correspondent, Lahore", "From our Reporter, Kandy".
DESK_TOWN = re.compile(r"^(?:(?i:from )?(?i:our|staff|a|special)\s+)+"
                       r"(?:(?i:special|staff|chief)\s+)?(?i:correspondent|reporter|representative)"
                       r"s?\s*,\s*([A-Z][\w'’ .-]{1,30})$")


def _desk_town(text: str) -> str | None:
    """The town after a paper's unnamed correspondent ("Staff Correspondent, Dhaka")."""
    m = DESK_TOWN.match(text.strip())
    return m[1].strip() if m and known_place(m[1].strip()) else None


def _labelled_place(text: str) -> str | None:
    """ "Dateline: Nairobi", "Location: Nairobi, Kenya": a labelled place line."""
    m = LABELLED_PLACE.match(text)
    return m[1].strip() if m and is_place_line(m[1].strip()) else None


def _place_in_rubric(text: str) -> str | None:
    """The one place part of a "|"-separated header line that also holds a date or a byline."""
    parts = [p.strip() for p in SEGMENT.split(text)]  # "Muharraq • Sun 8 Feb 2026"
    if len(parts) < 2 or not any(len(p) <= 60 and (find_date(p) or find_foreign_date(p)) or
                                 parse_byline(p) for p in parts):
        return None
    places = [p for p in parts if is_place_line(p) and _known_parts(p)]
    if len(places) != 1:
        return None
    return display_place(places[0]) if places[0].split(",")[0].isupper() else places[0]


# Sections whose pages file a town as their topic (its festival, its club, a trip there), not
# as the town the story was filed from.
TOPIC_SECTIONS = frozenset("culture arts art travel sport sports lifestyle entertainment food "
                           "opinion features science cultura kultur kultura deportes desporto "
                           "esportes deporte viajes viagens viaggi espectáculos spettacoli "
                           "opinión opinião meinung &".split())


def _section_town(text: str) -> str | None:
    """The town of a two-part rubric of a section and a town ("Braga | Sociedade", "Counties |
    Kisumu"): a regional paper's local page, the story's town (a town, no country or state)."""
    parts = [p.strip() for p in re.split(r"\s+[|·•>›]\s+", text.strip())]
    if len(parts) != 2:
        return None
    sections = [all(w.title() in SECTIONS for w in p.split()) for p in parts]
    town = parts[sections.index(True) - 1] if sum(sections) == 1 else ""
    if town and all(w.casefold() in TOPIC_SECTIONS for w in parts[sections.index(True)].split()):
        return None  # "Culture | Karlovy Vary": a festival, a team, a destination; no dateline
    town = display_place(town) if town.isupper() else town
    return town if town and known_town(town) else None


CREDIT_OPENERS = frozenset("from by par por von di".split())  # "From Ann Roe, Cape Coast"


def _known_parts(place: str) -> bool:
    """Whether a part of a place ("Santiago Matatlán, Oaxaca") is a place the gazetteer knows,
    and no part opens as a credit does ("From Ann Roe, Cape Coast")."""
    parts = [display_place(p.strip()) if p.isupper() else p.strip() for p in place.split(",")]
    return any(known_place(p) for p in parts) and \
        not any(p.split()[0].lower() in CREDIT_OPENERS for p in parts if p)


def derive_title(blocks: list[Block]) -> str:
    """A short title from the first sentence, cut at a word boundary."""
    text = next((b.text for b in blocks if b.text.strip() and not no_headline(b.text) and
                 b.kind != "byline"),
                next((b.text for b in blocks if b.text.strip()), "Untitled"))  # (a bare URL)
    if (m := DATELINE.match(text)) and (m[2] or m[3]) and len(text) > m.end() + 20:
        text = text[m.end():]  # "ACCRA, Ghana, Oct. 7 (GNA) – Lecturers …": not "ACCRA, Ghana, Oct"
    sentence = first_sentence(text)
    if len(sentence) <= TITLE_MAX:
        return sentence if INITIALISM_END.search(sentence) else sentence.rstrip(".")
    cut = sentence[:TITLE_MAX].rsplit(" ", 1)[0].rstrip(",;:–— ")
    return f"{cut}…"


def first_sentence(text: str) -> str:
    """The text up to its first sentence end, never one inside an initialism ("U.S. agency")."""
    for m in SENTENCE_STOP.finditer(text):
        if not (text[m.start()] == "." and INITIALISM_END.search(text[:m.start() + 1])):
            return text[:m.start() + 1]
    return text


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


def _outlet_shape(text: str) -> bool:
    """One to five capitalised words: "Substack", "The Moscow Times"."""
    words = text.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in PLACE_SMALL or w == "&"
                                        for w in words) and not text.endswith(("!", "?", ".")) \
        and not any(is_role_word(w) and w.lower() != "press" for w in words)  # "Staff Reporter"


BRIEF_DATELINE = re.compile(rf"^([{CAPITAL}][{CAPITAL} .'’-]{{2,30}}?)(?:,[^—–\n]{{1,30}})?"
                            r"\s+(?:—|–|--?)\s")


def _brief_towns(body: list[Block]) -> set[str]:
    """The towns of a page of briefs, each item under its own dateline, when there are two or
    more ("LETHBRIDGE — …", "MEDICINE HAT — …"): none of them is the page's place."""
    prose = [(k, b) for k, b in enumerate(body) if b.kind == "paragraph" and len(b.text) > 80]
    dated = [(k, m[1].strip().casefold()) for k, b in prose if (m := BRIEF_DATELINE.match(b.text))]
    towns = {town for _, town in dated}
    headed = sum(k > 0 and body[k - 1].kind in ("heading", "kicker") for k, _ in dated)
    # each item under its own heading, or datelines opening most paragraphs (a wire story's
    # later datelines, "MOORHEAD, Minn. — …" under "FARGO, N.D. (AP) — …", open few)
    briefs = headed > 1 or len(towns) > 2 and 2 * len(dated) > len(prose)
    return towns if len(towns) > 1 and briefs else set()


AGENCY_WORDS = frozenset("agencia agence agency agenzia agência agentur news noticias notícias "
                         "nouvelles press presse prensa nachrichten".split())


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


def _detect_kind(blocks: list[Block], title: str) -> str:
    turns = sum(1 for b in blocks if b.kind == "turn")
    # Pieces open with a byline; a closing credit ("Reporting by …") opens none.
    bylines = sum(1 for b in blocks if b.kind == "byline" and not CREDIT.match(b.text))
    transcript = turns >= 1 or "transcript" in title.lower()  # one turn: a role-and-name label
    if bylines >= 2:
        return "compilation"
    return "transcript" if transcript else "article"


def build_metadata(given: dict[str, Any], found: dict[str, Any]) -> Metadata:
    """Given values override detected ones."""
    merged = {**found, **given}
    meta = Metadata(title=merged.pop("title"))
    known = {k: v for k, v in merged.items() if k in Metadata.__dataclass_fields__}
    return replace(meta, **known)
