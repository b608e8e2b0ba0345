"""One MkDocs build of the archive: the state the hook's events share, and what they do."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files
from mkdocs.structure.toc import get_toc

from .config import Settings
from .fastpath import is_raw_html, toc_tokens
from .index import build_index
from .pipeline import gather, render_pages
from .quicksearch import extend_index, quick_entries

log = logging.getLogger("mkdocs.hooks.archive")


class ArchiveBuild:
    """Generated pages of one build, their raw-HTML bodies in flight, and header-search entries."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.generated: set[str] = set()
        self.bodies: dict[str, str] = {}
        self.entries: list[dict] = []

    def add_pages(self, files: Files, config: Any) -> Files:
        """Gather, render and add every generated page without writing into docs/."""
        archive = gather(self.settings)
        for problem in archive.problems:
            level = logging.INFO if problem.info else logging.WARNING
            log.log(level, "%s%s", "skipped " if problem.skipped else "", problem)
        index = build_index(archive)
        for path, content in render_pages(index, self.settings).items():
            if files.get_file_from_path(path) is not None:
                log.warning("docs/%s is hand-written; the generated page of that name is not "
                            "used", path)
                continue
            files.append(File.generated(config, path, content=content))
            self.generated.add(path)
        self.entries = quick_entries(index)
        return files

    def take_markdown(self, page: Any, markdown: str) -> str:
        """Generated pages are raw HTML: keep Python-Markdown from re-parsing them."""
        if page.file.src_uri not in self.generated:
            return markdown
        page.meta["search"] = {"exclude": True}  # header search entries come from the model
        if is_raw_html(markdown):
            self.bodies[page.file.src_uri] = markdown
            return ""
        return markdown

    def give_content(self, page: Any, html: str) -> str:
        """Put a generated page's HTML back, with its table of contents."""
        body = self.bodies.pop(page.file.src_uri, None)
        if body is None:
            return html
        page.toc = get_toc(toc_tokens(body))
        page.file.content_string = ""  # read already; one copy of each page in memory, not two
        return body

    def finish(self, site_dir: str) -> None:
        """Add documents and entity pages to the header search index Material wrote."""
        extend_index(Path(site_dir), self.entries)
