"""The pipeline: gather every document and the whole mention index, then render every page."""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .cache import Cache
from .config import Settings
from .detection import resolve_all, scanner
from .documents import read_documents
from .formats.originals import load_all, original_files
from .formats.source import page_resources
from .index import Index, build_index
from .model import Archive
from .reader import discover, rel_name
from .registry import load_registry
from .render.entities import iter_entity_pages
from .render.export import archive_json
from .render.extras import extra_pages
from .render.pages import (
    document_pages,
    documents_pages,
    home_page,
    outlet_pages,
    report_pages,
    timeline_page,
)
from .render.reuse import publication, reuse_pages
from .resolution import resolve_entities
from .workers import Workers

log = logging.getLogger(__name__)

Site = dict[str, str]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while the archive is built and rendered.

    The archive is millions of small acyclic objects; with the collector on, each full collection
    walks all of them again (a third of a warm gather at 10,000 documents). Nothing leaks:
    the objects are freed by reference counting, and the collector runs again afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def gather(settings: Settings) -> Archive:
    """Read every source and build the complete mention index before any page is rendered."""
    with collector_paused():
        return _gather(settings)


def _gather(settings: Settings) -> Archive:
    # imported here, which keeps their import cost off --help
    from .linking import lexicon_package, link_archive, read_labels, warm_up  # noqa: PLC0415

    registry = load_registry(settings.registry)
    stop = tuple(registry.never_link)
    scan, scan_id = scanner(stop) if settings.detect else (None, "")
    cache = Cache(settings.cache)
    try:
        inventory = page_resources(discover(settings.sources, settings.outside_links),
                                   settings.sources)
        with Workers() as workers:  # stopped before the archive grows further
            documents, problems, scans = read_documents(settings.sources, inventory, cache,
                                                        scan, scan_id, settings.limits, workers)
            found = resolve_all(documents, scans, stop, cache, workers) if settings.detect \
                else None
            detected_again = workers.started  # many documents new or changed
        del scans  # with the first pass's packed parses: large, and read only by resolve_all
        with Workers(fresh=True, warm=warm_up, warm_args=lexicon_package) as linkers:
            if detected_again:
                linkers.start()  # its workers load their word lists while resolution runs
            labels = read_labels(documents, linkers)  # and read the speaker labels
            resolution = None if found is None else resolve_entities(documents, found, registry,
                                                                     cache)
            entities, mentions, speakers = link_archive(documents, registry, resolution, cache,
                                                        linkers, labels())
    finally:
        cache.close()
    return Archive(documents=tuple(documents), entities=tuple(entities), mentions=tuple(mentions),
                   problems=tuple(sorted(problems,
                                         key=lambda p: (p.source, p.line or 0, p.reason))),
                   speakers=tuple(speakers),
                   merges=resolution.merges if resolution else (),
                   doubts=resolution.doubts if resolution else ())


def render_site(archive: Archive, settings: Settings) -> Site:
    """Every generated page and file, as path → text. Pure: no I/O."""
    with collector_paused():
        return render_pages(build_index(archive), settings)


def stream_site(archive: Archive, settings: Settings) -> Iterator[tuple[str, str]]:
    """Every generated page and file, one at a time as rendered (for a writer that streams)."""
    with collector_paused():
        yield from iter_pages(build_index(archive), settings)


def render_pages(index: Index, settings: Settings) -> Site:
    """Every generated page and file from an already built Index."""
    return dict(sorted(iter_pages(index, settings)))


def originals(archive: Archive, settings: Settings) -> dict[str, Path | bytes]:
    """Every published original: site path → the file to copy, or an mbox message's bytes."""
    if not settings.originals:
        return {}
    root = settings.sources
    # Listed again rather than kept from gather: the archive holds no paths, only source names.
    paths = {rel_name(p, root): p
             for p in discover(root, settings.outside_links).sources}
    return load_all(paths, original_files(archive.documents, paths), settings.limits)


def iter_pages(index: Index, settings: Settings) -> Iterator[tuple[str, str]]:
    """(path, text) of every generated page and file, a group at a time (not sorted)."""
    yield "index.md", home_page(index, settings.site_name)
    yield "timeline/index.md", timeline_page(index)
    yield from report_pages(index).items()
    published = publication(settings)
    for doc in index.archive.documents:
        yield from document_pages(doc, index, settings.originals, published).items()
    yield from documents_pages(index).items()
    yield from outlet_pages(index).items()
    yield from iter_entity_pages(index)
    yield "archive.json", archive_json(index, settings.originals)
    yield from extra_pages(index, settings).items()
    yield from reuse_pages(index, settings)
