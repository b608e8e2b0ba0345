"""Full-text search: Pagefind filter markup for the pages and the Pagefind index of a site."""

from __future__ import annotations

import asyncio
import logging
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import ArchiveError
from .html import esc
from .index import Index
from .model import TYPE_FOLDERS, Document, Entity

log = logging.getLogger(__name__)

BUNDLE = "pagefind"
# The attribute that marks a page for the full-text index: only document and entity pages carry it.
MARKER = "data-fulltext"
# Pagefind reads only Material's article (not the header, nav or sidebars) ...
ROOT_SELECTOR = "article"
# ... and within it skips what is navigation, metadata or text quoted from other pages.
EXCLUDE_SELECTORS = (
    ".doc-meta", ".entity-panel", "#related", "ul.related", "nav.prev-next", "nav.pager",
    "#documents", ".mentions", "#over-time", "table.timeline", "#speaks-in", "ul.turns",
    "#mentioned-with", ".companions", ".archive-map-wrap", ".map-more", ".entity-feed",
)
ENTITY_FILTERS = ("person", "place", "organization")
# Per document, the entities of each type that become filter values: the most-mentioned first.
# This bounds the filter files the search page loads (see docs/search.md).
FILTER_ENTITIES_PER_TYPE = 8
BATCH = 200


class FulltextError(ArchiveError):
    """The full-text index could not be built."""


@dataclass(frozen=True)
class IndexStats:
    """What one indexing run did."""

    pages: int
    files: int
    seconds: float


# --- markup in the generated pages ---------------------------------------------------------------

def _block(filters: list[tuple[str, str]], meta: list[tuple[str, str]]) -> str:
    """A hidden block of Pagefind filters and metadata; every value is escaped text.

    data-pagefind-ignore keeps the block's text out of the index; its filters and metadata stay.
    """
    spans = [f'<span data-pagefind-filter="{key}">{esc(value)}</span>' for key, value in filters]
    spans += [f'<span data-pagefind-meta="{key}">{esc(value)}</span>' for key, value in meta]
    return (f'<div class="fulltext-filters" {MARKER} hidden data-pagefind-ignore '
            f'data-search-exclude>{"".join(spans)}</div>\n\n')


def document_filters(doc: Document, index: Index) -> str:
    """Filter markup of a document page: type, people, places, organisations, outlet, year."""
    filters = [("type", doc.meta.kind)]
    counts = index.doc_entities.get(doc.id)
    for etype in ENTITY_FILTERS:
        if counts:
            ranked = sorted((e for e in counts if index.entities[e].type == etype),
                            key=lambda e: (-counts[e], index.entities[e].name))
            filters += [(etype, index.entities[e].name)
                        for e in ranked[:FILTER_ENTITIES_PER_TYPE]]
    if doc.meta.outlet:
        filters.append(("outlet", doc.meta.outlet))
    filters.append(("year", str(doc.meta.date.year) if doc.meta.date else "undated"))
    meta = [("date", _date_label(doc)), ("outlet", doc.meta.outlet or ""), ("kind", doc.meta.kind)]
    return _block(filters, [(key, value) for key, value in meta if value])


def entity_filters(entity: Entity) -> str:
    """Filter markup of an entity page: its type, and itself under its own type."""
    return _block([("type", entity.type), (entity.type, entity.name)],
                  [("kind", entity.type)])


def _date_label(doc: Document) -> str:
    """ISO date or 'undated' (as on the document page)."""
    return doc.meta.date.isoformat() if doc.meta.date else "undated"


# --- the index of a built site -----------------------------------------------------------------

def indexable_pages(site: Path) -> list[Path]:
    """Document and entity pages (first pages only) that carry the full-text marker."""
    pages = []
    for folder in ("documents", *TYPE_FOLDERS.values()):
        for path in sorted((site / folder).glob("*/index.html")):
            with path.open(encoding="utf-8") as handle:
                if MARKER in handle.read():
                    pages.append(path)
    return pages


def build_fulltext(site: Path) -> IndexStats:
    """Index the marked pages of a built site into site/pagefind/ (replacing an older bundle)."""
    started = time.perf_counter()
    pages = indexable_pages(site)
    bundle = site / BUNDLE
    if bundle.exists():
        shutil.rmtree(bundle)
    try:
        files = asyncio.run(_index(site, pages, bundle))
    except FulltextError:
        raise
    except Exception as exc:  # the Pagefind service reports its failures as plain exceptions
        raise FulltextError(f"Pagefind failed: {exc}") from exc
    stats = IndexStats(len(pages), files, time.perf_counter() - started)
    log.info("Full-text index: %d pages, %d files in %s/ (%.1f s)", stats.pages, stats.files,
             BUNDLE, stats.seconds)
    return stats


async def _index(site: Path, pages: list[Path], bundle: Path) -> int:
    """Feed the pages to the Pagefind service in batches and write the bundle."""
    from pagefind.index import IndexConfig, PagefindIndex  # noqa: PLC0415 (starts a binary)

    config = IndexConfig(root_selector=ROOT_SELECTOR, exclude_selectors=list(EXCLUDE_SELECTORS),
                         keep_index_url=True, force_language="en", output_path=str(bundle))
    async with PagefindIndex(config=config) as pf:
        for start in range(0, len(pages), BATCH):
            batch = pages[start:start + BATCH]
            await asyncio.gather(*(_add(pf, site, page) for page in batch))
    if not (bundle / "pagefind-entry.json").is_file():
        raise FulltextError(f"Pagefind wrote no index into {bundle}")
    return sum(1 for p in bundle.rglob("*") if p.is_file())


async def _add(pf: object, site: Path, page: Path) -> None:
    """Add one page, under its site-relative path (so its URL is relative to the site root)."""
    content = page.read_text(encoding="utf-8")
    result = await pf.add_html_file(content=content, url="/" + page.relative_to(site).as_posix())
    if not result.get("page_word_count"):
        log.debug("Full-text index: no words in %s", page.relative_to(site))
