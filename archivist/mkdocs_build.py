"""One MkDocs build of the archive: the state the hook's events share, and what they do."""

from __future__ import annotations

import logging
import zlib
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files
from mkdocs.structure.toc import get_toc

from .config import Settings
from .fastpath import is_raw_html, toc_tokens
from .index import build_index
from .pipeline import gather, iter_pages
from .quicksearch import extend_index, quick_entries

log = logging.getLogger("mkdocs.hooks.archive")


class ArchiveBuild:
    """Generated pages of one build, their raw-HTML bodies in flight, and header-search entries.

    A generated body is held zlib-compressed from rendering until MkDocs builds its page, and
    dropped once the page is written: MkDocs would otherwise keep every page's HTML in memory.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.generated: set[str] = set()
        self.bodies: dict[str, bytes] = {}
        self.tocs: dict[str, list[dict]] = {}
        self.entries: list[dict] = []

    def add_pages(self, files: Files, config: Any) -> Files:
        """Gather, render and add every generated page without writing into docs/."""
        archive = gather(self.settings)
        for problem in archive.problems:
            level = logging.INFO if problem.info else logging.WARNING
            log.log(level, "%s%s", "skipped " if problem.skipped else "", problem)
        index = build_index(archive)
        added: dict[str, File] = {}
        for path, content in iter_pages(index, self.settings):
            if files.get_file_from_path(path) is not None:
                log.warning("docs/%s is hand-written; the generated page of that name is not "
                            "used", path)
                continue
            head, body = split_front_matter(content)
            if path.endswith(".md") and is_raw_html(body):
                self.bodies[path] = zlib.compress(body.encode("utf-8"), 1)
                self.tocs[path] = toc_tokens(body)
                content = head
            added[path] = File.generated(config, path, content=content)
        for path in sorted(added):
            files.append(added[path])
        self.generated.update(added)
        self.entries = quick_entries(index)
        return files

    def take_markdown(self, page: Any, markdown: str) -> str:
        """Generated pages are raw HTML: keep Python-Markdown from re-parsing them."""
        if page.file.src_uri in self.generated:
            page.meta["search"] = {"exclude": True}  # header search entries come from the model
        return markdown

    def give_content(self, page: Any, html: str) -> str:
        """A generated page's table of contents now; its HTML only when its turn comes."""
        tokens = self.tocs.pop(page.file.src_uri, None)
        if tokens is None:
            return html
        page.toc = get_toc(tokens)
        return ""

    def fill(self, page: Any) -> None:
        """Put a generated page's HTML in place just before its template is rendered."""
        packed = self.bodies.get(page.file.src_uri)
        if packed is not None:
            page.content = zlib.decompress(packed).decode("utf-8")

    def release(self, page: Any) -> None:
        """Let go of a written page's HTML."""
        if self.bodies.pop(page.file.src_uri, None) is not None:
            page.content = None

    def finish(self, site_dir: str) -> None:
        """Add documents and entity pages to the header search index Material wrote."""
        extend_index(Path(site_dir), self.entries)


def split_front_matter(text: str) -> tuple[str, str]:
    """(front matter block, body) of a generated page; no front matter gives ("", text)."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 3)
        if end >= 0:
            return text[:end + 5], text[end + 5:]
    return "", text
