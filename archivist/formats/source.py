"""A source file of any registered format → RawSource, like a decoded `.txt`."""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from dataclasses import replace
from pathlib import Path, PurePosixPath

from ..errors import SourceError
from ..model import Block, Original, Problem, RawSource
from ..reader import SourceBytes, read_sidecar, read_source
from . import CONTROL, MB, MEMBER, Limits, extract, format_of, too_big


# Suffixes a site serves without running anything in them. Others get `.txt` appended: a saved
# page's scripts must not run on the site (source.html.txt), and MkDocs must not build a
# Markdown original as a page (source.md.txt).
INERT = {".txt", ".pdf", ".docx", ".eml", ".mbox"}


def read_any(src: SourceBytes, limits: Limits) -> tuple[RawSource, list[Problem]]:
    """Decode a text source, or extract a formatted one; raise SourceError if neither works."""
    fmt = format_of(src.source)
    if fmt is None:
        raw, problems = read_source(src)
        return replace(raw, size=len(src.data)), problems
    got = extract(src.data, src.source, limits)
    problems = list(got.problems)
    text = got.text
    if CONTROL.search(text):
        problems.append(Problem(src.source, "control characters removed"))
        text = CONTROL.sub("", text)
    if not text.strip():
        raise SourceError(src.source, f"no text in this {fmt.name} file")
    given: dict[str, object] = {}
    if src.sidecar is not None and src.sidecar_data is not None:
        given, more = read_sidecar(src.sidecar, src.sidecar_data)
        problems += more
    digest = hashlib.sha256(src.data).hexdigest()
    return RawSource(src.source, digest, text, given, 1, "utf-8", found=dict(got.meta),
                     weak=dict(got.weak), format=got.format, anchors=got.anchors,
                     details=got.details, kinds=got.kinds, size=len(src.data)), problems


def original_of(raw: RawSource) -> Original:
    """The original file's format, published suffix (an mbox member is one .eml) and size."""
    suffix = ".eml" if MEMBER.search(raw.source) else PurePosixPath(raw.source).suffix.lower()
    return Original(raw.format, suffix if suffix in INERT else f"{suffix}.txt", raw.size)


def block_anchors(blocks: list[Block], anchors: tuple[tuple[int, str], ...]
                  ) -> tuple[tuple[int, str], ...]:
    """Text-line anchors → the index of the first block at or after each line."""
    if not anchors:
        return ()
    lines = [b.line for b in blocks]
    return tuple((bisect_left(lines, line), name) for line, name in anchors)


def oversize(path: Path, rel: str, limits: Limits) -> Problem | None:
    """A skipped entry for a file over the size limit, found before it is read."""
    try:
        size = path.stat().st_size
    except OSError:
        return None  # reported when it is read
    if size <= limits.file_mb * MB:
        return None
    return Problem(rel, too_big(size, limits), skipped=True)


def apply_kinds(blocks: list[Block], kinds: tuple[tuple[int, str, int], ...]) -> list[Block]:
    """The format's own structure (a Word heading, a table row) over the text's guess."""
    if not kinds:
        return blocks
    by_line = {line: (kind, level) for line, kind, level in kinds}
    return [replace(b, kind=by_line[b.line][0], level=by_line[b.line][1])
            if b.line in by_line and b.kind != "bullet" else b for b in blocks]
