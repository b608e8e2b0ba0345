"""Generators, first stage: every source file → a Document, or a report entry saying why not."""

from __future__ import annotations

import hashlib
import logging
import os
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from slugify import slugify

from .cache import Cache, make_key
from .convert import block_text, parse_blocks, word_count
from .errors import SourceError
from .formats import Limits, split
from .formats.source import apply_kinds, block_anchors, original_of, oversize, read_any
from .metadata import build_metadata, detect, parse_given
from .model import Document, Problem, RawSource
from .reader import Inventory, SourceBytes, load_bytes

log = logging.getLogger(__name__)

SLUG_MAX = 60
RESERVED_SLUGS = {"index", "page", "undated", "assets", "search"}
POOL_MIN = 300  # below this many uncached sources a process pool costs more than it saves

Scanner = Callable[[str], Any]


@dataclass(frozen=True)
class SourceResult:
    """What one source file became: a Document (id not yet assigned) or only problems."""

    source: str
    document: Document | None
    problems: tuple[Problem, ...]
    scan: Any = None


def document_text(doc: Document) -> str:
    """The body text the entity detector reads."""
    return "\n\n".join(block_text(b) for b in doc.blocks)


def process(src: SourceBytes, scanner: Scanner | None = None,
            limits: Limits = Limits()) -> SourceResult:
    """Decode, structure and describe one source; pure, so it can be cached and pooled."""
    try:
        raw, problems = read_any(src, limits)
    except SourceError as exc:
        return SourceResult(src.source, None, (Problem(exc.source, exc.reason, exc.line,
                                                       skipped=True),))
    doc, more = to_document(raw)
    scan = scanner(document_text(doc)) if scanner else None
    return SourceResult(src.source, doc, tuple(problems + more), scan)


def process_all(root: Path, inventory: Inventory, cache: Cache, scanner: Scanner | None,
                scanner_id: str, limits: Limits = Limits()
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
    fresh = _run(missing, scanner, limits)
    cache.put_many(fresh)
    results.update(fresh)
    return sorted((results[k] for k in loaded), key=lambda r: r.source), problems


def _run(items: list[tuple[str, SourceBytes]], scanner: Scanner | None,
         limits: Limits = Limits()) -> dict[str, SourceResult]:
    """Process uncached sources, in parallel when there are many."""
    workers = min(os.cpu_count() or 1, 8)
    if len(items) < POOL_MIN or workers < 2:
        return {key: process(src, scanner, limits) for key, src in items}
    with ProcessPoolExecutor(max_workers=workers) as pool:
        done = pool.map(process, [s for _, s in items], [scanner] * len(items),
                        [limits] * len(items), chunksize=32)
        return {key: result for (key, _), result in zip(items, done)}


def read_documents(root: Path, inventory: Inventory, cache: Cache | None = None,
                   scanner: Scanner | None = None, scanner_id: str = "",
                   limits: Limits = Limits()
                   ) -> tuple[list[Document], list[Problem], dict[str, Any]]:
    """Every source as a Document with a stable id; duplicates folded; scans by document id."""
    results, problems = process_all(root, inventory, cache or Cache(None), scanner, scanner_id,
                                    limits)
    for result in results:
        problems.extend(result.problems)
    docs = [r.document for r in results if r.document is not None]
    unique, dup_problems = fold_duplicates(docs)
    problems.extend(dup_problems)
    scans = {r.source: r.scan for r in results}
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
    blocks = apply_kinds(parse_blocks(raw.text, raw.body_line), raw.kinds)
    given, problems = parse_given(raw.given, raw.source)
    from_format, more = parse_given(raw.found, raw.source)  # same precedence as detected values
    weak, weaker = parse_given(raw.weak, raw.source)  # e.g. a PDF's creation date
    problems += more + weaker
    found, body = detect(blocks)
    title = given.get("title", from_format.get("title"))
    if title is not None and body is not blocks and found.get("title") != title:
        body = blocks  # the headline line stays in the body when a title is given instead
    meta = build_metadata(given, {**weak, **found, **from_format})
    doc = Document(id=given.get("slug", ""), source=raw.source, sha256=raw.sha256, meta=meta,
                   blocks=tuple(body), words=word_count(blocks), original=original_of(raw),
                   anchors=block_anchors(body, raw.anchors), details=raw.details)
    return doc, problems


def base_slug(doc: Document) -> str:
    """A readable slug from the title (or a given slug)."""
    slug = doc.id or slugify(doc.meta.title, max_length=SLUG_MAX, word_boundary=True) or "document"
    return f"doc-{slug}" if slug in RESERVED_SLUGS or slug.isdigit() else slug


def assign_ids(documents: list[Document], problems: list[Problem]) -> list[Document]:
    """Give each document a stable slug; collisions get a suffix from their own source path."""
    by_slug: dict[str, list[Document]] = defaultdict(list)
    for doc in documents:
        by_slug[base_slug(doc)].append(doc)
    result = []
    for slug, group in sorted(by_slug.items()):
        group.sort(key=lambda d: d.source)
        result.append(replace(group[0], id=slug))
        for doc in group[1:]:
            suffix = hashlib.sha256(doc.source.encode()).hexdigest()[:6]
            result.append(replace(doc, id=f"{slug}-{suffix}"))
            problems.append(Problem(doc.source, f"title slug '{slug}' already used by "
                                    f"{group[0].source}; page is documents/{slug}-{suffix}/ "
                                    "(set 'slug:' in its metadata to choose one)", info=True))
    return sorted(result, key=lambda d: d.source)
