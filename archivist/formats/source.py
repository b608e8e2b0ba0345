"""A source file of any registered format → RawSource, like a decoded `.txt`."""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from dataclasses import replace
from pathlib import Path, PurePosixPath

from ..errors import SourceError
from ..model import Block, Original, Problem, RawSource
from ..reader import Inventory, SourceBytes, read_sidecar, read_source
from ..reader.markdown import plain_markdown
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
        if PurePosixPath(src.source).suffix.lower() == ".md":
            text, kinds = plain_markdown(raw.text, raw.body_line)
            if not text.strip():
                raise SourceError(src.source, "no text in this Markdown file")
            raw = replace(raw, text=text, kinds=kinds)
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
    """The format's own structure (a Word heading, list item, table row) over the text's guess."""
    if not kinds:
        return blocks
    by_line = {line: (kind, level) for line, kind, level in kinds}
    return [_with_kind(b, *by_line[b.line]) if b.line in by_line else b for b in blocks]


def _with_kind(block: Block, kind: str, level: int) -> Block:
    """A block given the kind its format knows; a plain paragraph only undoes a guessed heading
    (the text's own reading, a speaker turn or a quote, stands)."""
    if kind == "paragraph" and block.kind != "heading":
        return block
    if block.kind == "bullet" and kind != "bullet":
        return block  # its bullet sign is already stripped from the text
    text = f"{block.speaker}{block.sep} {block.text}" if block.kind == "turn" and block.speaker \
        else block.text
    return replace(block, kind=kind, level=level, text=text, speaker=None)


def page_resources(inventory: Inventory, root: Path) -> Inventory:
    """A saved page's resource folder (page.html + page_files/) is noted once, not file by file.

    Browsers save a complete page as `page.html` and a `page_files/` folder of scripts, styles and
    images. They are not sources: one note names the folder and how many files it holds.
    """
    pages = {p.relative_to(root).with_suffix("").as_posix() for p in inventory.sources
             if p.suffix.lower() in (".html", ".htm")}
    folders: dict[str, int] = {}
    kept: list[Problem] = []
    for problem in inventory.problems:
        folder = _resource_folder(problem.source, pages)
        if folder is None or not problem.skipped:
            kept.append(problem)
        else:
            folders[folder] = folders.get(folder, 0) + 1
    for folder, count in sorted(folders.items()):
        kept.append(Problem(folder + "/", f"{count} file{'s' if count != 1 else ''} saved with "
                            f"the web page {folder.removesuffix('_files')}.*: its scripts, "
                            "styles and images, not sources", info=True))
    return replace(inventory, problems=tuple(kept))


def _resource_folder(rel: str, pages: set[str]) -> str | None:
    """The `<page>_files` folder a path lies in, if a saved page of that name is next to it."""
    parts = PurePosixPath(rel).parts
    for depth in range(len(parts) - 1):
        folder = "/".join(parts[: depth + 1])
        if folder.endswith("_files") and folder.removesuffix("_files") in pages:
            return folder
    return None
