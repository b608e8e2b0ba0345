"""One MkDocs build of the archive: the state the hook's events share, and what they do."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import hashlib
import logging
import os
import zlib
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files
from mkdocs.structure.toc import get_toc

from ..config import Settings
from ..index import build_index
from ..pipeline import collector_paused, gather, iter_pages, originals
from ..render.quicksearch import extend_index, quick_entries
from .fastpath import is_raw_html, toc_tokens
from .fulltext import BUNDLE, FulltextJob, search_docs

log = logging.getLogger("mkdocs.hooks.archive")

# Digests of the pages each site folder last got, so `mkdocs serve --dirty` re-renders only the
# generated pages whose text changed. Module state on purpose: MkDocs reloads the hook module on
# every rebuild, but this package stays imported for the whole serve session.
_LAST_BUILT: dict[str, dict[str, str]] = {}


class GeneratedFile(File):
    """A generated page that counts as modified only if its text changed since the last build."""

    changed: bool = True

    def is_modified(self) -> bool:
        """What `--dirty` asks: whether this page must be rendered again."""
        return self.changed

    def copy_file(self, dirty: bool = False) -> None:
        """Write a generated file (archive.json, the CSV tables…) into the site, then let go of
        its text, which MkDocs would otherwise hold while it renders every page (hundreds of MB
        for a large archive): from then on the file is read from the site."""
        super().copy_file(dirty)
        if self._content is not None and os.path.isfile(self.abs_dest_path):
            self._content = None
            self.abs_src_path = self.abs_dest_path


class ArchiveBuild:
    """Generated pages of one build, their bodies in flight, header-search entries, full text.

    A generated body is held zlib-compressed from rendering until MkDocs builds its page, and
    dropped once the page is written: MkDocs would otherwise keep every page's HTML in memory.
    The full-text index is built from the gathered documents, beside MkDocs, from the start.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.bodies: dict[str, bytes] = {}
        self.tocs: dict[str, list[dict]] = {}
        self.entries: list[dict] = []
        self.fulltext: FulltextJob | None = None

    def add_pages(self, files: Files, config: Any) -> Files:
        """Gather, render and add every generated page without writing into docs/."""
        archive = gather(self.settings)
        for problem in archive.problems:
            level = logging.INFO if problem.info else logging.WARNING
            log.log(level, "%s%s", "skipped " if problem.skipped else "", problem)
        with collector_paused():
            index = build_index(archive)
            added: dict[str, File] = {}
            digests: dict[str, str] = {}
            for path, content in iter_pages(index, self.settings):
                if files.get_file_from_path(path) is not None:
                    log.warning("docs/%s is hand-written; the generated page of that name is "
                                "not used", path)
                    continue
                content, digests[path] = self._pack(path, content)
                added[path] = GeneratedFile.generated(config, path, content=content)
            for path, original in originals(archive, self.settings).items():
                added[path] = self._original(config, path, original)
                digests[path] = _fingerprint(original)
        previous = _LAST_BUILT.get(config.site_dir, {})
        for path in sorted(added):
            added[path].changed = previous.get(path) != digests[path]
            files.append(added[path])
        _LAST_BUILT[config.site_dir] = digests
        self.entries = quick_entries(index)
        docs = search_docs(index) if self.settings.fulltext else None
        del archive, index
        release_memory()
        # Started once the archive is freed: the worker receives every document's text while
        # this process holds only that text, not the archive and its index as well.
        if docs is not None:
            self.fulltext = FulltextJob(docs, Path(config.site_dir) / BUNDLE,
                                        self.settings.stemmer)
        return files

    @staticmethod
    def _original(config: Any, path: str, original: Path | bytes) -> File:
        """An original file, copied by MkDocs from the sources (an mbox message: its bytes)."""
        if isinstance(original, Path):
            return GeneratedFile.generated(config, path, abs_src_path=str(original))
        return GeneratedFile.generated(config, path, content=original)

    def _pack(self, path: str, content: str) -> tuple[str, str]:
        """Keep a raw-HTML body compressed (the file gets only its front matter); digest both."""
        head, body = split_front_matter(content)
        if not (path.endswith(".md") and is_raw_html(body)):
            return content, hashlib.sha256(content.encode("utf-8")).hexdigest()
        packed = zlib.compress(body.encode("utf-8"), 1)
        self.bodies[path] = packed
        self.tocs[path] = toc_tokens(body)
        return head, hashlib.sha256(head.encode("utf-8") + packed).hexdigest()

    def take_markdown(self, page: Any, markdown: str) -> str:
        """Generated pages are raw HTML: keep Python-Markdown from re-parsing them."""
        if isinstance(page.file, GeneratedFile):
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
        """Add to the header search index Material wrote; write the full-text index."""
        extend_index(Path(site_dir), self.entries)
        if self.fulltext is not None:
            stats = self.fulltext.finish()
            log.info("Full-text index: %d documents, %d words in %.1f s (%s/, %d files written)",
                     stats.documents, stats.words, stats.seconds, BUNDLE, stats.files_written)

    def abandon(self) -> None:
        """The build failed: stop the indexer, and forget what the last build wrote."""
        _LAST_BUILT.clear()
        if self.fulltext is not None:
            self.fulltext.abandon()


def _fingerprint(original: Path | bytes) -> str:
    """Changes when an original changes, without reading a file that is copied anyway."""
    if isinstance(original, bytes):
        return hashlib.sha256(original).hexdigest()
    stat = original.stat()
    return f"{original}:{stat.st_size}:{stat.st_mtime_ns}"


def release_memory() -> None:
    """Hand the memory of the gathered archive back to the system before MkDocs renders.

    Python frees the objects, but glibc keeps the freed heap mapped; without this the process
    stays at its gathering peak while MkDocs renders.
    """
    gc.collect()
    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to trim
        pass


def split_front_matter(text: str) -> tuple[str, str]:
    """(front matter block, body) of a generated page; no front matter gives ("", text)."""
    if text.startswith("---\n"):
        end = text.find("\n---\n", 3)
        if end >= 0:
            return text[:end + 5], text[end + 5:]
    return "", text
