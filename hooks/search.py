"""MkDocs glue: build the Pagefind full-text index after every build (logic: archivist/fulltext)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mkdocs.exceptions import PluginError  # noqa: E402

from archivist.fulltext import FulltextError, build_fulltext  # noqa: E402

log = logging.getLogger("mkdocs.hooks.search")


def on_post_build(config) -> None:
    """Index the built document and entity pages into site/pagefind/."""
    try:
        stats = build_fulltext(Path(config.site_dir))
    except FulltextError as exc:
        raise PluginError(str(exc)) from None
    log.info("Full-text index: %d pages in %.1f s (pagefind/, %d files)", stats.pages,
             stats.seconds, stats.files)
