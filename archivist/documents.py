"""Generators, first stage: every source file → a Document, or a report entry saying why not."""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from slugify import slugify

from .convert import parse_blocks, word_count
from .errors import SourceError
from .metadata import build_metadata, detect, parse_given
from .model import Document, Problem, RawSource
from .reader import Inventory, read_source

log = logging.getLogger(__name__)

SLUG_MAX = 60
RESERVED_SLUGS = {"index", "page", "undated", "assets", "search"}


def read_documents(root: Path, inventory: Inventory) -> tuple[list[Document], list[Problem]]:
    """Read every source; skip unreadable ones with a reason; fold byte-identical duplicates."""
    problems: list[Problem] = list(inventory.problems)
    raws: list[RawSource] = []
    for path in inventory.sources:
        try:
            raw, warnings = read_source(path, root, inventory.sidecars.get(path))
        except SourceError as exc:
            problems.append(Problem(exc.source, exc.reason, exc.line, skipped=True))
            continue
        problems.extend(warnings)
        raws.append(raw)
    unique, duplicates, dup_problems = fold_duplicates(raws)
    problems.extend(dup_problems)
    documents = []
    for raw in unique:
        doc, warnings = to_document(raw)
        problems.extend(warnings)
        documents.append(replace(doc, duplicates=duplicates.get(raw.source, ())))
    return assign_ids(documents, problems), problems


def fold_duplicates(
    raws: list[RawSource],
) -> tuple[list[RawSource], dict[str, tuple[str, ...]], list[Problem]]:
    """Keep the first file (by path) of each byte-identical group; list the rest under it."""
    groups: dict[str, list[RawSource]] = defaultdict(list)
    for raw in sorted(raws, key=lambda r: r.source):
        groups[raw.sha256].append(raw)
    unique, duplicates, problems = [], {}, []
    for group in groups.values():
        keeper = group[0]
        unique.append(keeper)
        if len(group) > 1:
            duplicates[keeper.source] = tuple(r.source for r in group[1:])
            for raw in group[1:]:
                problems.append(Problem(raw.source, f"byte-identical duplicate of {keeper.source}; "
                                        "listed on that document's page"))
    return sorted(unique, key=lambda r: r.source), duplicates, problems


def to_document(raw: RawSource) -> tuple[Document, list[Problem]]:
    """Convert one decoded source into a Document (id assigned later)."""
    blocks = parse_blocks(raw.text, raw.body_line)
    given, problems = parse_given(raw.given, raw.source)
    found, body = detect(blocks)
    if "title" in given and body is not blocks and found.get("title") != given["title"]:
        body = blocks  # the headline line stays in the body when a title is given instead
    meta = build_metadata(given, found)
    doc = Document(id=given.get("slug", ""), source=raw.source, sha256=raw.sha256, meta=meta,
                   blocks=tuple(body), words=word_count(blocks))
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
