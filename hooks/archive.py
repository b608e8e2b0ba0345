"""MkDocs glue: generate the archive's pages from sources/ on every build (logic: archivist/)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# Under ProperDocs too: its command makes `mkdocs.*` imports load `properdocs.*`.
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402

from archivist.config import load_settings  # noqa: E402
from archivist.errors import ArchiveError  # noqa: E402
from archivist.publish.mkdocs_build import ArchiveBuild  # noqa: E402

_build: ArchiveBuild | None = None  # MkDocs hooks are modules: one build's state between events


def on_config(config):
    """Validate the archive settings once per build."""
    global _build
    base = Path(config.config_file_path).resolve().parent
    try:
        _build = ArchiveBuild(load_settings(config.extra.get("archive"), base, config.site_name,
                                            config.site_url or None))
    except ArchiveError as exc:
        raise PluginError(str(exc)) from None
    return config


def on_files(files, config):
    """Add every generated page."""
    try:
        return _build.add_pages(files, config)
    except ArchiveError as exc:
        raise PluginError(str(exc)) from None


def on_page_markdown(markdown, page, config, files):
    """Generated pages skip Python-Markdown."""
    return _build.take_markdown(page, markdown)


def on_page_content(html, page, config, files):
    """Generated pages get their table of contents."""
    return _build.give_content(page, html)


def on_page_context(context, page, config, nav):
    """Generated pages get their HTML, just before their template is rendered."""
    _build.fill(page)
    return context


def on_post_page(output, page, config):
    """Let go of the page's HTML once it is written."""
    _build.release(page)
    return output


@event_priority(-50)  # after Material's search plugin has written its index
def on_post_build(config):
    """Extend the header search index; write the full-text index."""
    try:
        _build.finish(config.site_dir)
    except ArchiveError as exc:
        raise PluginError(str(exc)) from None


def on_build_error(error):
    """Stop the full-text indexer of a failed build."""
    if _build is not None:
        _build.abandon()


def on_serve(server, config, builder):
    """Rebuild when a source or the registry changes."""
    server.watch(str(_build.settings.sources))
    if _build.settings.registry.exists():
        server.watch(str(_build.settings.registry))
    return server
