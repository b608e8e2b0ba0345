"""Full-text search: Pagefind filter markup for the pages and the Pagefind index of a site."""

from __future__ import annotations

import base64
import gzip
import html
import hashlib
import json
import logging
import re
import shutil
import subprocess
import queue
import threading
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import cbor2

from .errors import ArchiveError
from .html import esc
from .index import Index
from .model import Document

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
FILTER_KEYS = ("type", *ENTITY_FILTERS, "outlet", "year")
# An id attribute on any element but a heading (the renderer writes attributes as name="value").
NON_HEADING_ID = re.compile(r'(<(?!h[1-6]\b)[a-z][a-z0-9]*\b[^>]*?) id="[^"]*"')
FILTER_SPAN = re.compile(r'<span data-pagefind-filter="([a-z]+)">([^<]*)</span>')
# The search page's choosers read their values from here (pagefind/values/<filter>.json), so it
# never loads Pagefind's filter files (hundreds of KB at 10,000 documents) before they are used.
VALUES_DIR = "values"
CONFIG = {"root_selector": ROOT_SELECTOR, "exclude_selectors": list(EXCLUDE_SELECTORS),
          "keep_index_url": True, "force_language": "en"}
# Per document, the entities of each type that become filter values: the most-mentioned first.
# This bounds the filter files the search page loads (see docs/search.md).
FILTER_ENTITIES_PER_TYPE = 5
# Pages waiting for the indexer: enough to keep it busy, few enough to bound the memory held.
QUEUE_PAGES = 256


class FulltextError(ArchiveError):
    """The full-text index could not be built."""


@dataclass(frozen=True)
class IndexStats:
    """What one indexing run did."""

    pages: int
    files: int
    seconds: float


FilterValues = dict[str, Counter[str]]


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


def _date_label(doc: Document) -> str:
    """ISO date or 'undated' (as on the document page)."""
    return doc.meta.date.isoformat() if doc.meta.date else "undated"


# --- the index ---------------------------------------------------------------------------------

def filter_values(content: str) -> list[tuple[str, str]]:
    """(filter, value) pairs of a page's marker block, or [] if the page is not indexed."""
    at = content.find(MARKER)
    if at < 0:
        return []
    block = content[at:].split("</div>", 1)[0]
    return [(key, html.unescape(value)) for key, value in FILTER_SPAN.findall(block)]


def standalone(content: str) -> str:
    """A page body as the HTML document Pagefind reads: Material's <article> holds the same.

    Pagefind stores every element id as an anchor in the page's fragment; the mention anchors
    doubled the fragments a query downloads, and the search page uses none of them.
    """
    body = NON_HEADING_ID.sub(r"\1", content)
    return f'<!DOCTYPE html><html lang="en"><body><{ROOT_SELECTOR}>{body}</{ROOT_SELECTOR}>' \
        "</body></html>"


class FulltextIndex:
    """A Pagefind index built on a thread of its own while MkDocs renders the site.

    Pagefind's indexer is a separate process, so it works on the second core while MkDocs renders
    on the first; the build waits for it only at the end. Pages come from an iterable (read
    lazily by the thread) or from add(); they go in one at a time, in order, which keeps the
    bundle byte-reproducible. Pages without the marker block are skipped.
    """

    def __init__(self, pages: Iterable[tuple[str, str]] | None = None) -> None:
        self.values: FilterValues = {key: Counter() for key in FILTER_KEYS}
        self.pages = 0
        self._started = time.perf_counter()
        self._queue: queue.Queue[tuple[str, str] | None] | None = None
        if pages is None:
            self._queue = queue.Queue(maxsize=QUEUE_PAGES)
            pages = iter(self._queue.get, None)
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._files: list[dict[str, str]] | None = None
        self._process = PagefindProcess()
        self._index_id = self._process.request({"type": "NewIndex", "config": CONFIG})["index_id"]
        self._thread = threading.Thread(target=self._feed, args=(pages,), name="pagefind-feed",
                                        daemon=True)
        self._thread.start()

    def add(self, url: str, content: str) -> None:
        """Queue one built page: its URL from the site root and its body HTML."""
        if self._queue is None:
            raise TypeError("this index reads its pages from the iterable it was given")
        self._queue.put((url, content))

    def _feed(self, pages: Iterable[tuple[str, str]]) -> None:
        """Send each marked page to Pagefind, then have it build the index, all on this thread.

        Building the index here, not in finish(), lets Pagefind's slowest step run while MkDocs
        is still rendering pages.
        """
        for url, content in pages:
            if self._error is not None or self._stop.is_set():
                continue  # drain, so add() never blocks on a full queue
            pairs = filter_values(content)
            if not pairs:
                continue
            try:
                self._process.send({"type": "AddFile", "index_id": self._index_id,
                                    "file_path": None, "url": url,
                                    "file_contents": standalone(content)})
            except BaseException as exc:  # noqa: BLE001 (reported by finish())
                self._error = exc
                continue
            self.pages += 1
            for key, value in pairs:
                self.values.setdefault(key, Counter())[value] += 1
        if self._error is not None or self._stop.is_set():
            return
        sent = time.perf_counter()
        try:
            # GetFiles, not WriteFiles: the service may still be writing files in the background
            # when it exits on end of input, which left truncated files on a loaded machine.
            self._files = self._process.request({"type": "GetFiles",
                                                 "index_id": self._index_id})["files"]
        except BaseException as exc:  # noqa: BLE001 (reported by finish())
            self._error = exc
        log.debug("full-text: %d pages sent in %.1f s, index built in %.1f s", self.pages,
                  sent - self._started, time.perf_counter() - sent)

    def _join(self) -> None:
        if self._queue is not None:
            self._queue.put(None)
        self._thread.join()

    def finish(self, bundle: Path) -> IndexStats:
        """Wait for the indexer, then write the bundle into `bundle` (replacing an older one)."""
        self._join()
        self._process.close()
        if self._error is not None or self._files is None:
            raise FulltextError(f"full-text indexing failed: {self._error}")
        count = write_bundle(self._files, bundle)
        self._files = None
        write_filter_values(self.values, bundle)
        return IndexStats(self.pages, count + len(self.values),
                          time.perf_counter() - self._started)

    def abandon(self) -> None:
        """Stop the indexer without writing anything (the build failed)."""
        self._stop.set()
        self._join()
        self._process.close()


def write_bundle(files: list[dict[str, str]], bundle: Path) -> int:
    """Write Pagefind's files (base64 in its answer) into a fresh bundle folder; count them."""
    if bundle.exists():
        shutil.rmtree(bundle)
    for item in files:
        target = bundle / item["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(item["content"]))
    if not (bundle / "pagefind-entry.json").is_file():
        raise FulltextError(f"Pagefind wrote no index into {bundle}")
    canonicalize_bundle(bundle)
    return len(files)


def write_filter_values(values: FilterValues, bundle: Path) -> None:
    """One JSON list per filter, [value, pages] by count, for the search page's choosers."""
    folder = bundle / VALUES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    for key, counts in values.items():
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
        (folder / f"{key}.json").write_text(
            json.dumps(ranked, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def index_site(site: Path) -> IndexStats:
    """Index the marked pages of a built site from disk (the same index the build makes)."""
    pages = (("/" + path.relative_to(site).as_posix(), article(path.read_text(encoding="utf-8")))
             for path in sorted((site / "documents").glob("*/index.html")))
    return FulltextIndex(pages).finish(site / BUNDLE)


def article(page: str) -> str:
    """The inside of a built page's <article> element (where Material puts the page body)."""
    start = page.find(f"<{ROOT_SELECTOR}")
    if start < 0:
        return ""
    start = page.index(">", start) + 1
    return page[start:page.rindex(f"</{ROOT_SELECTOR}>")]


class PagefindProcess:
    """Pagefind's indexer (`pagefind --service`, the binary from pagefind-bin).

    The service reads base64 JSON requests ending in ',' and answers each the same way, handling
    one request after another in the order sent (so page numbers, and the bundle, are
    reproducible). The `pagefind` Python wrapper polls for answers every 0.1 s (17 minutes for
    10,000 pages); here up to WINDOW requests are in flight, so neither side waits on the other.
    """

    WINDOW = 64

    def __init__(self) -> None:
        from pagefind.service import get_executable  # noqa: PLC0415 (finds pagefind-bin)

        binary = get_executable()
        if binary is None:
            raise FulltextError("the Pagefind binary is missing: pip install -r requirements.txt")
        self._proc = subprocess.Popen([str(binary), "--service"], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self._buffer = b""
        self._next_id = 0
        self._pending = 0

    def close(self) -> None:
        """End the service (it exits on end of input) and reap it."""
        assert self._proc.stdin is not None
        if not self._proc.stdin.closed:
            try:
                self._proc.stdin.close()
            except OSError:  # it has exited already
                pass
        try:
            self._proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()

    def send(self, payload: dict[str, object]) -> None:
        """Send a request; once WINDOW are unanswered, check the oldest answers first."""
        assert self._proc.stdin is not None
        self._next_id += 1
        message = json.dumps({"message_id": self._next_id, "payload": payload})
        try:
            self._proc.stdin.write(base64.b64encode(message.encode("utf-8")) + b",")
            self._proc.stdin.flush()
        except OSError as exc:
            raise FulltextError(f"Pagefind stopped (exit code {self._proc.wait()}): {exc}") \
                from None
        self._pending += 1
        while self._pending > self.WINDOW:
            self._answer()

    def request(self, payload: dict[str, object]) -> dict[str, object]:
        """Send one request and return its answer's payload (errors raise FulltextError)."""
        self.send(payload)
        while self._pending > 1:
            self._answer()
        return self._answer()

    def _answer(self) -> dict[str, object]:
        """The payload of the oldest unanswered request."""
        answer = json.loads(base64.b64decode(self._read_message())).get("payload") or {}
        self._pending -= 1
        if answer.get("type") == "Error":
            raise FulltextError(f"Pagefind: {answer.get('message')}")
        return answer

    def _read_message(self) -> bytes:
        """The next ','-terminated message from the service's stdout."""
        assert self._proc.stdout is not None
        # Look for the terminator only in each new chunk: rescanning the whole buffer made
        # reading the multi-megabyte GetFiles answer quadratic.
        parts = [self._buffer]
        while b"," not in parts[-1]:
            chunk = self._proc.stdout.read1(1 << 20)
            if not chunk:
                raise FulltextError(f"Pagefind stopped (exit code {self._proc.wait()})")
            parts.append(chunk)
        message, self._buffer = b"".join(parts).split(b",", 1)
        return message


SIGNATURE = b"pagefind_dcd"
FILTERS = 3  # [version, ?, index chunks, filters, sorts, meta fields] in a .pf_meta file


def canonicalize_bundle(bundle: Path) -> None:
    """Rewrite Pagefind's filter and meta files in sorted order under content-hashed names.

    Pagefind 1.5 writes filter values from a hash map, in an order that changes per run (its
    maintainers confirm it), which would make two builds of the same sources differ.
    """
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for lang, info in sorted(entry["languages"].items()):
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = _read_cbor(meta_path)
        renamed = [[name, _canonical_filter(bundle / "filter" / f"{old}.pf_filter", lang)]
                   for name, old in meta[FILTERS]]
        meta[FILTERS] = sorted(renamed)
        data = _cbor_bytes(meta)
        info["hash"] = f"{lang}_{hashlib.sha256(data).hexdigest()[:10]}"
        meta_path.unlink()
        (bundle / f"pagefind.{info['hash']}.pf_meta").write_bytes(data)
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")),
                          encoding="utf-8")


def _canonical_filter(path: Path, lang: str) -> str:
    name, values = _read_cbor(path)
    data = _cbor_bytes([name, sorted(values, key=lambda v: v[0])])
    new = f"{lang}_{hashlib.sha256(data).hexdigest()[:7]}"
    path.unlink()
    (path.parent / f"{new}.pf_filter").write_bytes(data)
    return new


def _read_cbor(path: Path) -> list:
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        raise FulltextError(f"{path}: not a Pagefind data file")
    return cbor2.loads(raw[len(SIGNATURE):])


def _cbor_bytes(value: object) -> bytes:
    return gzip.compress(SIGNATURE + cbor2.dumps(value), mtime=0)
