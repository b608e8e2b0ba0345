"""Metadata: parse given fields through a table of parsers, detect the rest from the text."""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .convert import BYLINE, URL
from .dates import find_date, parse_date_value
from .model import Block, Metadata, Problem
from .reader import clean_text
from .slugs import make_slug

log = logging.getLogger(__name__)

KINDS = ("article", "transcript", "compilation", "report", "interview", "statement", "other")
TITLE_MAX = 80
DATELINE = re.compile(r"^([A-Z][A-Z .'’-]{2,40}?)(?:,\s*([A-Z][\w .'’-]{1,40}?))?"
                      r"\s*(?:[–—-]\s+|\s+(?=\d{4}-\d\d-\d\d))")
LABELLED_URL = re.compile(r"^(?:source|url|original|link|read more)\s*:\s*(https?://\S+)\s*$", re.I)
TRANSCRIPT_LINE = re.compile(r"^(.{2,60}?)\s+Transcript\b", re.I)
BYLINE_PARTS = re.compile(r"^By\s+(.+?)\s*$")


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
    body = list(blocks)
    title_index = _title_index(body)
    if title_index is not None:
        found["title"] = body[title_index].text
        del body[title_index]
        if title_index == 1:
            body[0] = replace(body[0], kind="kicker")
    head = [b if len(b.text) <= 200 else replace(b, text=b.text[:60]) for b in body[:6]]
    tail = [b for b in body[-3:] if b.kind == "signature"]
    found.update(_header_fields(head, tail, found.get("title", "")))
    if "title" not in found:
        found["title"] = derive_title(body)
    found["kind"] = _detect_kind(body, found["title"])
    return found, body


def _title_index(blocks: list[Block]) -> int | None:
    """The leading headline line, skipping a one-word section label such as 'World'."""
    for i, block in enumerate(blocks[:2]):
        text = block.text
        if block.kind in ("bullet", "turn", "quote", "attribution", "byline"):
            return None
        if i == 0 and len(text.split()) == 1 and len(blocks) > 1 and text[:1].isupper():
            continue
        long_line = len(text) > 250 or len(text.split()) > 40
        ends_prose = text.endswith((".", "…")) and not text.isupper()
        if long_line or ends_prose or URL.search(text):
            return None
        return i
    return None


def derive_title(blocks: list[Block]) -> str:
    """A short title from the first sentence, cut at a word boundary."""
    text = next((b.text for b in blocks if b.text.strip()), "Untitled")
    sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    if len(sentence) <= TITLE_MAX:
        return sentence.rstrip(".")
    cut = sentence[:TITLE_MAX].rsplit(" ", 1)[0].rstrip(",;:–— ")
    return f"{cut}…"


def _header_fields(head: list[Block], tail: list[Block], title: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    date = find_date(title)
    for block in [*head, *tail]:
        date = date or find_date(block.text)
        _scan_line(block.text, found)
    if date:
        found["date"] = date
    for block in tail:
        if not find_date(block.text) and len(block.text.split()) <= 4 and "author" not in found:
            found["author"] = block.text
    return found


def _scan_line(text: str, found: dict[str, Any]) -> None:
    """Pick outlet, author, place and URL out of one header or footer line."""
    if (m := LABELLED_URL.match(text)) and "url" not in found:
        found["url"] = m[1]
    if (m := TRANSCRIPT_LINE.match(text)) and "outlet" not in found:
        found["outlet"] = m[1].strip(" ,")
    if BYLINE.match(text) and (m := BYLINE_PARTS.match(text)) and "author" not in found:
        parts = [p.strip() for p in m[1].split(",") if p.strip() and not find_date(p)]
        if parts:
            found["author"] = parts[0]
        if len(parts) > 1 and "outlet" not in found:
            found["outlet"] = parts[1]
    if (m := DATELINE.match(text)) and "place" not in found and len(m[1].split()) <= 4:
        place = m[1].strip().title()
        found["place"] = f"{place}, {m[2].strip()}" if m[2] else place


def _detect_kind(blocks: list[Block], title: str) -> str:
    turns = sum(1 for b in blocks if b.kind == "turn")
    bylines = sum(1 for b in blocks if b.kind == "byline")
    transcript = turns >= 2 or "transcript" in title.lower()
    if bylines >= 2:
        return "compilation"
    return "transcript" if transcript else "article"


def build_metadata(given: dict[str, Any], found: dict[str, Any]) -> Metadata:
    """Given values override detected ones."""
    merged = {**found, **given}
    meta = Metadata(title=merged.pop("title"))
    known = {k: v for k, v in merged.items() if k in Metadata.__dataclass_fields__}
    return replace(meta, **known)



