"""MkDocs glue: generate the archive's pages from sources/ on every build (logic: archivist/)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.files import File  # noqa: E402

from archivist.config import Settings, load_settings  # noqa: E402
from archivist.errors import ArchiveError  # noqa: E402
from archivist.pipeline import gather, render_site  # noqa: E402

log = logging.getLogger("mkdocs.hooks.archive")
_settings: Settings | None = None  # MkDocs hooks are modules: the settings live between events


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
    return files


def on_serve(server, config, builder):
    """Rebuild when a source or the registry changes."""
    assert _settings is not None
    server.watch(str(_settings.sources))
    if _settings.registry.exists():
        server.watch(str(_settings.registry))
    return server
