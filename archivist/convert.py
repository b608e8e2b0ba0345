"""Converter: plain source text → structural blocks (paragraphs, headings, turns, lists…)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from .dates import find_date
from .model import Block

log = logging.getLogger(__name__)

BULLET = re.compile(r"^\s*[•·▪◦‣●\-–*]\s+(\S.*)$")
ATTRIBUTION = re.compile(r"^[—―]\s*\S")
BYLINE = re.compile(r"^By\s+[A-Z\u00c0-\u024f\u0400-\u04ff]")
SPEAKER = re.compile(
    r"^((?:[A-Z\u0400-\u042f][\w.’'\-]*)(?:\s+(?:of|the|de|da|van|von|al|bin|and|"
    r"[A-Z\u0400-\u042f][\w.’'\-]*)){0,7}):\s+(\S.*)$")
NOT_SPEAKERS = {"note", "update", "source", "sources", "photo", "image", "video", "read more",
                "related", "see also", "warning", "correction", "editor's note", "editor’s note",
                "disclaimer", "watch", "listen", "caption", "credit", "tags", "url", "link"}
FILENAME = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|pdf|mp4|docx?)$", re.I)
URL = re.compile(r"https?://\S+")
SENTENCE_BREAK = re.compile(r"[.?!]\s+[A-Z]")
WRAP_MIN, WRAP_MAX = 45, 110


@dataclass(frozen=True)
class Unit:
    """A raw paragraph candidate: its text and first line number."""

    text: str
    line: int


def parse_blocks(text: str, first_line: int = 1) -> list[Block]:
    """Split a body into structural blocks, keeping every character of text in order."""
    units = split_units(text, first_line)
    turns_on = sum(1 for u in units if _speaker(u.text)) >= 2
    kinds = [_classify(u.text, turns_on) for u in units]
    _promote_headings_before_bylines(units, kinds)
    _mark_quotes(kinds)
    _mark_signature(units, kinds)
    levels = _heading_levels(kinds)
    blocks = []
    for unit, kind, level in zip(units, kinds, levels):
        blocks.append(_make_block(unit, kind, level))
    return blocks


def split_units(text: str, first_line: int = 1) -> list[Unit]:
    """Group lines into paragraph units, joining hard-wrapped lines."""
    chunks: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(text.split("\n"), start=first_line):
        if line.strip():
            chunks[-1].append((number, line.rstrip()))
        elif chunks[-1]:
            chunks.append([])
    chunks = [c for c in chunks if c]
    wrapped = _is_hard_wrapped(chunks)
    units: list[Unit] = []
    for chunk in chunks:
        units.extend(_chunk_units(chunk, wrapped))
    return units


def _is_hard_wrapped(chunks: list[list[tuple[int, str]]]) -> bool:
    inner = [len(line) for c in chunks for _, line in c[:-1]]
    if len(inner) < 3:
        return False
    fitting = sum(1 for n in inner if WRAP_MIN <= n <= WRAP_MAX)
    longest = max(len(line) for c in chunks for _, line in c)
    return fitting >= 0.7 * len(inner) and longest <= WRAP_MAX + 20


def _chunk_units(chunk: list[tuple[int, str]], wrapped: bool) -> list[Unit]:
    if not wrapped:
        return [Unit(line.strip(), number) for number, line in chunk]
    units: list[Unit] = []
    for number, line in chunk:
        starts_new = not units or BULLET.match(line) or _speaker(line.strip())
        if starts_new:
            units.append(Unit(line.strip(), number))
        else:
            units[-1] = Unit(f"{units[-1].text} {line.strip()}", units[-1].line)
    return units


def _speaker(text: str) -> str | None:
    match = SPEAKER.match(text)
    if not match or len(match[1]) > 80 or match[1].lower() in NOT_SPEAKERS:
        return None
    if URL.match(text) or re.search(r"\d", match[1]) or match[2][0].isdigit():
        return None
    return match[1]


def is_headline(text: str) -> bool:
    """A short line that reads as a title or section heading, not as prose."""
    if len(text) > 150 or len(text.split()) < 2 or URL.search(text) or FILENAME.search(text):
        return False
    if SENTENCE_BREAK.search(text) or find_date(text):
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'"):
        return False
    if text.isupper() and text.endswith("."):
        return True
    return not text.endswith((".", ",", ";", ":", "…", "”", "\"", "'", "’", ")"))


def _classify(text: str, turns_on: bool) -> str:
    if ATTRIBUTION.match(text) and len(text) <= 300:
        return "attribution"
    if BULLET.match(text):
        return "bullet"
    if BYLINE.match(text) and len(text) <= 120 and not text.endswith("."):
        return "byline"
    if turns_on and _speaker(text):
        return "turn"
    if is_headline(text) and len(text.split()) <= 20:
        return "heading"
    return "paragraph"


def _promote_headings_before_bylines(units: list[Unit], kinds: list[str]) -> None:
    """A short line right before a byline is the title of an embedded piece."""
    for i, kind in enumerate(kinds):
        if kind != "byline":
            continue
        for j in (i - 1, i - 2):
            if j >= 0 and kinds[j] in ("turn", "heading") and len(units[j].text) <= 150:
                kinds[j] = "heading"
            else:
                break


def _mark_quotes(kinds: list[str]) -> None:
    """The paragraph right before an attribution line is the embedded post it credits."""
    for i, kind in enumerate(kinds):
        if kind == "attribution" and i > 0 and kinds[i - 1] == "paragraph":
            kinds[i - 1] = "quote"


def _mark_signature(units: list[Unit], kinds: list[str]) -> None:
    """Short name and date lines after the last paragraph sign the piece off."""
    for i in range(len(kinds) - 1, max(len(kinds) - 4, 0), -1):
        short = len(units[i].text) <= 60 and not units[i].text.endswith(".")
        if kinds[i] in ("heading", "paragraph") and short:
            kinds[i] = "signature"
        else:
            break


def _heading_levels(kinds: list[str]) -> list[int]:
    """Headings that open an embedded piece (before a byline) are h2; others h3 when any are h2."""
    opener = [False] * len(kinds)
    for i, kind in enumerate(kinds):
        if kind == "byline":
            for j in (i - 1, i - 2):
                if j >= 0 and kinds[j] == "heading":
                    opener[j] = True
    any_opener = any(opener)
    return [(2 if opener[i] or not any_opener else 3) if k == "heading" else 0
            for i, k in enumerate(kinds)]


def _make_block(unit: Unit, kind: str, level: int) -> Block:
    if kind == "bullet":
        match = BULLET.match(unit.text)
        assert match is not None
        return Block("bullet", match[1], unit.line)
    if kind == "turn":
        speaker = _speaker(unit.text)
        rest = unit.text[len(speaker) + 1:].lstrip() if speaker else unit.text
        return Block("turn", rest, unit.line, speaker=speaker)
    return Block(kind, unit.text, unit.line, level=level)


def block_text(block: Block) -> str:
    """The visible text a block stands for (speaker included)."""
    return f"{block.speaker}: {block.text}" if block.speaker else block.text


def word_count(blocks: list[Block] | tuple[Block, ...]) -> int:
    """Words in the body, counted as whitespace-separated tokens with a letter or digit."""
    return sum(1 for b in blocks for w in block_text(b).split() if any(c.isalnum() for c in w))
