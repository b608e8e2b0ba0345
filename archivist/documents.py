"""Generators, first stage: every source file → a Document, or a report entry saying why not."""

from __future__ import annotations

import hashlib
import logging
import pickle
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .cache import Cache, make_key, pack
from .convert import parse_blocks, word_count
from .dates import MIN_YEAR, early_date
from .errors import SourceError
from .formats import Limits, split
from .formats.source import apply_kinds, block_anchors, original_of, oversize, read_any
from .metadata import build_metadata, derive_title, detect, parse_given
from .model import Block, Document, Metadata, Problem, RawSource
from .placeline import known_place
from .reader import Inventory, SourceBytes, close_bidi, load_bytes
from .slugs import make_slug
from .workers import Workers

log = logging.getLogger(__name__)

SLUG_MAX = 60
BLOCK_MAX = 100_000  # characters; a longer paragraph is cut (at a space) so pages can be split
RESERVED_SLUGS = {"index", "page", "undated", "assets", "search"}

# A scanner reads a document's text: (its scan, cached with the document; what only this run's
# next pass reads, never cached).
Scanner = Callable[[str], tuple[Any, Any]]


@dataclass(frozen=True)
class SourceResult:
    """What one source file became: a Document (id not yet assigned) or only problems."""

    source: str
    document: Document | None
    problems: tuple[Problem, ...]
    scan: Any = None
    handoff: Any = None  # the scanner's by-product for this run; dropped before caching


def document_text(doc: Document) -> str:
    """The body text the entity detector reads: each turn's label closed by a colon, whatever
    closes it as written ("Q. Good morning" would read as an initial and a name); the headline
    first, when the reader took it out of the body (a place named only there is the story's)."""
    body = "\n\n".join(f"{b.speaker}: {b.text}" if b.speaker else b.text for b in doc.blocks)
    return f"{head}\n\n{body}" if (head := doc.headline) else body


def process(src: SourceBytes, scanner: Scanner | None = None,
            limits: Limits = Limits()) -> SourceResult:
    """Decode, structure and describe one source; pure, so it can be cached and pooled."""
    try:
        raw, problems = read_any(src, limits)
    except SourceError as exc:
        return SourceResult(src.source, None, (Problem(exc.source, exc.reason, exc.line,
                                                       skipped=True),))
    doc, more = to_document(raw)
    scan, handoff = scanner(document_text(doc)) if scanner else (None, None)
    return SourceResult(src.source, doc, tuple(problems + more), scan, handoff)


def process_all(root: Path, inventory: Inventory, cache: Cache, scanner: Scanner | None,
                scanner_id: str, limits: Limits = Limits(), workers: Workers | None = None
                ) -> tuple[list[SourceResult], list[Problem]]:
    """Process every source, reusing cached results keyed by content, code and configuration."""
    problems: list[Problem] = list(inventory.problems)
    loaded: dict[str, SourceBytes] = {}
    for path in inventory.sources:
        if big := oversize(path, path.relative_to(root).as_posix(), limits):
            problems.append(big)
            continue
        try:
            src = load_bytes(path, root, inventory.sidecars.get(path))
        except SourceError as exc:
            problems.append(Problem(exc.source, exc.reason, exc.line, skipped=True))
            continue
        members, more = split(src.data, src.source, limits)
        problems += more
        for rel, data in members:
            member = replace(src, source=rel, data=data)
            key = make_key(rel, data, src.sidecar_data or b"", scanner_id + limits.key())
            loaded[key] = member
    results = cache.get_many(loaded)
    missing = [(k, s) for k, s in loaded.items() if k not in results]
    fresh, packed = _run(missing, scanner, limits, workers)
    if packed is None:
        cache.put_many({k: replace(r, handoff=None) for k, r in fresh.items()})
    else:
        cache.put_packed(packed)
    results.update(fresh)
    return sorted((results[k] for k in loaded), key=lambda r: r.source), problems


def _run(items: list[tuple[str, SourceBytes]], scanner: Scanner | None,
         limits: Limits = Limits(), workers: Workers | None = None
         ) -> tuple[dict[str, SourceResult], dict[str, bytes] | None]:
    """Process uncached sources, in parallel when there are many; and, from the workers, what
    the cache keeps of each result (without its handoff), pickled (else None)."""
    if workers is None or not workers.worth_it(len(items)):
        return {key: process(src, scanner, limits) for key, src in items}, None
    if not workers.started:  # the header rules' gazetteer, loaded before the pool forks its
        known_place("")  # workers (which then share it) rather than by each of them
    done = workers.map(process_packed, [s for _, s in items], [scanner] * len(items),
                       [limits] * len(items), chunksize=32)
    fresh, packed = {}, {}
    for (key, _), (blob, handoff) in zip(items, done):
        packed[key] = blob  # (the worker pickled it once: for the way back and the cache)
        fresh[key] = replace(pickle.loads(blob), handoff=handoff)
    return fresh, packed


def process_packed(src: SourceBytes, scanner: Scanner | None = None,
                   limits: Limits = Limits()) -> tuple[bytes, Any]:
    """process, its result pickled as the cache keeps it (handoff None), and the handoff."""
    result = process(src, scanner, limits)
    return pack(replace(result, handoff=None)), result.handoff


def read_documents(root: Path, inventory: Inventory, cache: Cache | None = None,
                   scanner: Scanner | None = None, scanner_id: str = "",
                   limits: Limits = Limits(), workers: Workers | None = None
                   ) -> tuple[list[Document], list[Problem], dict[str, tuple[Any, Any]]]:
    """Every source as a Document with a stable id; duplicates folded; (scan, handoff) by
    document id (handoff None when the scan came from the cache). Workers: a pool to use (and
    leave running for a later stage); without, one of its own, stopped on return."""
    if workers is None:
        with Workers() as own:
            return read_documents(root, inventory, cache, scanner, scanner_id, limits, own)
    results, problems = process_all(root, inventory, cache or Cache(None), scanner, scanner_id,
                                    limits, workers)
    for result in results:
        problems.extend(result.problems)
    docs = [r.document for r in results if r.document is not None]
    unique, dup_problems = fold_duplicates(docs)
    problems.extend(dup_problems)
    scans = {r.source: (r.scan, r.handoff) for r in results}
    documents = assign_ids(unique, problems)
    return documents, problems, {d.id: scans[d.source] for d in documents}


def fold_duplicates(docs: list[Document]) -> tuple[list[Document], list[Problem]]:
    """Keep the first file (by path) of each byte-identical group; list the rest under it."""
    groups: dict[str, list[Document]] = defaultdict(list)
    for doc in sorted(docs, key=lambda d: d.source):
        groups[doc.sha256].append(doc)
    unique, problems = [], []
    for group in groups.values():
        keeper = group[0]
        unique.append(replace(keeper, duplicates=tuple(d.source for d in group[1:])))
        for doc in group[1:]:
            problems.append(Problem(doc.source, f"byte-identical duplicate of {keeper.source}; "
                                    "listed on that document's page"))
    return sorted(unique, key=lambda d: d.source), problems


def to_document(raw: RawSource) -> tuple[Document, list[Problem]]:
    """Convert one decoded source into a Document (id assigned later)."""
    parsed, problems = _parsed(raw)
    blocks, more = split_long_blocks(apply_kinds(parsed, raw.kinds), raw.source)
    problems += more
    given, more = parse_given(raw.given, raw.source)
    from_format, more_format = parse_given(raw.found, raw.source)  # precedence of detected values
    weak, weaker = parse_given(raw.weak, raw.source)  # e.g. a PDF's creation date
    problems += more + more_format + weaker
    found, body, failed = _detected(blocks, raw.source)
    problems += failed
    title = given.get("title", from_format.get("title"))
    if title is not None and body is not blocks and found.get("title") != title:
        body = blocks  # the headline line stays in the body when a title is given instead
    elif len(body) < len(blocks) and not _wordy(found["title"]):
        body = blocks  # a rule such as '---' is no headline: it stays text, the title is derived
        found = {**found, "title": derive_title([b for b in blocks if _wordy(b.text)] or blocks)}
    meta, more = _isolated(build_metadata(given, {**weak, **found, **from_format}), raw.source)
    problems += more
    if meta.date is None and "date" not in raw.given:
        problems += _early_dates(body, raw.source)
    doc = Document(id=given.get("slug", ""), source=raw.source, sha256=raw.sha256, meta=meta,
                   blocks=tuple(body), words=word_count(blocks), original=original_of(raw),
                   anchors=block_anchors(body, raw.anchors), details=raw.details)
    return doc, problems


def _parsed(raw: RawSource) -> tuple[list[Block], list[Problem]]:
    """The text's blocks; a failing structure rule costs the structure, not the file: the text
    is then kept as plain paragraphs, one per run of lines between blank lines."""
    try:
        return parse_blocks(raw.text, raw.body_line), []
    except Exception as exc:  # noqa: BLE001 — a reading rule's bug must not stop the build
        log.exception("reading the structure of %s failed", raw.source)
        problem = Problem(raw.source, f"its paragraphs, headings and speaker turns could not be "
                          f"read (internal error: {type(exc).__name__}: {exc}); the text is kept "
                          "as plain paragraphs: please report it")
        return _plain_paragraphs(raw.text, raw.body_line), [problem]


def _plain_paragraphs(text: str, first_line: int) -> list[Block]:
    """The runs of lines between blank lines, as paragraphs numbered by their first line."""
    out, lines, start = [], [], 0
    for number, line in enumerate([*text.split("\n"), ""], start=first_line):
        if line.strip():
            start = start if lines else number
            lines.append(line.strip())
        elif lines:
            out.append(Block("paragraph", " ".join(lines), start))
            lines = []
    return out


def _detected(blocks: list[Block], source: str
              ) -> tuple[dict[str, Any], list[Block], list[Problem]]:
    """The header fields read from the text; a failing rule costs the fields, not the file."""
    try:
        found, body = detect(blocks)
        return found, body, []
    except Exception as exc:  # noqa: BLE001 — a reading rule's bug must not stop the build
        log.exception("reading the header fields of %s failed", source)
        problem = Problem(source, f"its title, date, author, place and outlet could not be read "
                          f"from the text (internal error: {type(exc).__name__}: {exc}); the "
                          "text is kept whole under its first line: please report it")
        first = next((b.text.strip() for b in blocks if _wordy(b.text)), "Untitled")
        title = first if len(first) <= 80 else first[:80].rsplit(" ", 1)[0] + "…"
        return {"title": title}, blocks, [problem]


def _wordy(text: str) -> bool:
    return any(c.isalnum() for c in text)


def split_long_blocks(blocks: list[Block], source: str) -> tuple[list[Block], list[Problem]]:
    """Cut paragraphs longer than BLOCK_MAX at spaces, so no page part has to hold one whole."""
    out: list[Block] = []
    problems: list[Problem] = []
    for block in blocks:
        if len(block.text) <= BLOCK_MAX:
            out.append(block)
            continue
        pieces = _cut(block.text)
        problems.append(Problem(source, f"a block of {len(block.text):,} characters is shown as "
                                f"{len(pieces)} paragraphs", line=block.line, info=True))
        out.append(replace(block, text=pieces[0]))
        out.extend(Block("paragraph", piece, block.line) for piece in pieces[1:])
    return out, problems


def _cut(text: str) -> list[str]:
    pieces = []
    while len(text) > BLOCK_MAX:
        space = text.rfind(" ", BLOCK_MAX // 2, BLOCK_MAX)
        cut = space if space > 0 else BLOCK_MAX
        pieces.append(text[:cut])
        text = text[cut:].lstrip(" ")
    return [*pieces, text] if text else pieces


def _isolated(meta: Metadata, source: str) -> tuple[Metadata, list[Problem]]:
    """Close bidirectional overrides a title or name leaves open, so they cannot leak."""
    changes: dict[str, str] = {}
    for field in ("title", "outlet", "author", "place"):
        value = getattr(meta, field)
        if value and (closed := close_bidi(value)) != value:
            changes[field] = closed
    problems = [Problem(source, f"unclosed bidirectional control characters in '{f}' closed")
                for f in sorted(changes)]
    return replace(meta, **changes), problems


def _early_dates(blocks: list[Block], source: str) -> list[Problem]:
    """A warning for a stated date detection ignored because its year is before MIN_YEAR."""
    for block in blocks[:8]:
        if written := early_date(block.text):
            return [Problem(source, f"date '{written}' has a year before {MIN_YEAR} (a typo?); "
                            "ignored", line=block.line)]
    return []


def base_slug(doc: Document) -> str:
    """A readable slug from the title (or a given slug)."""
    slug = doc.id or make_slug(doc.meta.title, SLUG_MAX) or "document"
    return f"doc-{slug}" if slug in RESERVED_SLUGS or slug.isdigit() else slug


def assign_ids(documents: list[Document], problems: list[Problem]) -> list[Document]:
    """Give each document a stable, unique slug; collisions get a suffix from their source path."""
    by_slug: dict[str, list[Document]] = defaultdict(list)
    for doc in documents:
        by_slug[base_slug(doc)].append(doc)
    used = set(by_slug)  # every slug first: a suffixed id must not take another document's slug
    result = []
    for slug, group in sorted(by_slug.items()):
        group.sort(key=lambda d: d.source)
        result.append(replace(group[0], id=slug))
        for doc in group[1:]:
            new = _free_id(slug, doc.source, used)
            result.append(replace(doc, id=new))
            problems.append(Problem(doc.source, f"title slug '{slug}' already used by "
                                    f"{group[0].source}; page is documents/{new}/ "
                                    "(set 'slug:' in its metadata to choose one)", info=True))
    ids = [d.id for d in result]
    if len(set(ids)) != len(ids):  # by construction never; a shared id would lose a page
        raise AssertionError(f"document ids not unique: {sorted(ids)}")
    return sorted(result, key=lambda d: d.source)


def _free_id(slug: str, source: str, used: set[str]) -> str:
    """slug-<hash of the source path>, longer (then numbered) while that id is taken."""
    digest = hashlib.sha256(source.encode("utf-8", "backslashreplace")).hexdigest()
    for length in (6, 10, 16, 64):
        if (new := f"{slug}-{digest[:length]}") not in used:
            used.add(new)
            return new
    number = 2
    while f"{new}-{number}" in used:
        number += 1
    used.add(f"{new}-{number}")
    return f"{new}-{number}"
