"""MkDocs glue: generate the archive's pages from sources/ on every build (logic: archivist/)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402
from mkdocs.structure.toc import get_toc  # noqa: E402

from archivist.config import Settings, load_settings  # noqa: E402
from archivist.errors import ArchiveError  # noqa: E402
from archivist.fastpath import is_raw_html, toc_tokens  # noqa: E402
from archivist.index import build_index  # noqa: E402
from archivist.pipeline import gather, render_site  # noqa: E402
from archivist.quicksearch import extend_index, quick_entries  # noqa: E402

log = logging.getLogger("mkdocs.hooks.archive")
_settings: Settings | None = None  # MkDocs hooks are modules: the settings live between events
_generated: set[str] = set()
_bodies: dict[str, str] = {}
_entries: list[dict] = []


def on_config(config):
    """Validate the archive settings once per build."""
    global _settings
    base = Path(config.config_file_path).resolve().parent
    try:
        _settings = load_settings(config.extra.get("archive"), base, config.site_name,
                                  config.site_url or None)
    except ArchiveError as exc:
        raise PluginError(str(exc)) from None
    return config


def on_files(files, config):
    """Add every generated page without writing into docs/."""
    assert _settings is not None
    _generated.clear()
    _bodies.clear()
    _entries.clear()
    try:
        archive = gather(_settings)
    except ArchiveError as exc:
        raise PluginError(str(exc)) from None
    for problem in archive.problems:
        level = logging.INFO if problem.info else logging.WARNING
        log.log(level, "%s%s", "skipped " if problem.skipped else "", problem)
    for path, content in render_site(archive, _settings).items():
        if files.get_file_from_path(path) is not None:
            log.warning("docs/%s is hand-written; the generated page of that name is not used",
                        path)
            continue
        files.append(File.generated(config, path, content=content))
        _generated.add(path)
    _entries.extend(quick_entries(build_index(archive)))
    return files


def on_page_markdown(markdown, page, config, files):
    """Generated pages are raw HTML: skip Python-Markdown's costly re-parse of it."""
    if page.file.src_uri not in _generated:
        return markdown
    page.meta["search"] = {"exclude": True}  # indexed from the model instead: see on_post_build
    if is_raw_html(markdown):
        _bodies[page.file.src_uri] = markdown
        return ""
    return markdown


def on_page_content(html, page, config, files):
    """Put the generated HTML back, with its table of contents."""
    body = _bodies.pop(page.file.src_uri, None)
    if body is None:
        return html
    page.toc = get_toc(toc_tokens(body))
    page.file.content_string = ""  # read already; one copy of each page in memory, not two
    return body


@event_priority(-50)  # after Material's search plugin has written its index
def on_post_build(config):
    """Add documents and entity pages (titles, metadata, aliases) to the header search index."""
    extend_index(Path(config.site_dir), _entries)


def on_serve(server, config, builder):
    """Rebuild when a source or the registry changes."""
    assert _settings is not None
    server.watch(str(_settings.sources))
    if _settings.registry.exists():
        server.watch(str(_settings.registry))
    return server
