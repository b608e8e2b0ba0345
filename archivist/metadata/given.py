"""Given metadata: the table of field parsers, validation of given values, the merged Metadata."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..convert import CREDIT
from ..dates import parse_date_value
from ..model import Block, Metadata, Problem
from ..reader import clean_text
from ..slugs import make_slug


KINDS = ("article", "transcript", "compilation", "report", "interview", "statement", "other")


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
