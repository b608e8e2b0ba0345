"""MkDocs glue: feed built pages to Pagefind as MkDocs writes them (logic: archivist/fulltext)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402

from archivist.fulltext import BUNDLE, FulltextError, FulltextIndex  # noqa: E402

log = logging.getLogger("mkdocs.hooks.search")

_index: FulltextIndex | None = None  # one build's indexer, between events


def on_pre_build(config) -> None:
    """Start Pagefind's indexer beside the build."""
    global _index
    try:
        _index = FulltextIndex()
    except FulltextError as exc:
        raise PluginError(str(exc)) from None


@event_priority(50)  # before the archive hook lets go of the page's HTML
def on_post_page(output, page, config):
    """Queue a built document page (its body, as in the <article>) for the full-text index."""
    _index.add("/" + page.file.dest_uri, page.content or "")
    return output


def on_post_build(config) -> None:
    """Write site/pagefind/ once the indexer has every page."""
    try:
        stats = _index.finish(Path(config.site_dir) / BUNDLE)
    except FulltextError as exc:
        raise PluginError(str(exc)) from None
    log.info("Full-text index: %d pages in %.1f s (pagefind/, %d files)", stats.pages,
             stats.seconds, stats.files)


def on_build_error(error) -> None:
    """Stop the indexer if the build failed."""
    if _index is not None:
        _index.abandon()
