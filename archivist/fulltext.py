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
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import cbor2

from .errors import ArchiveError
from .html import esc
from .index import Index
from .model import TYPE_FOLDERS, Document, Entity

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
FILTER_SPAN = re.compile(r'<span data-pagefind-filter="([a-z]+)">([^<]*)</span>')
# The search page's choosers read their values from here (pagefind/values/<filter>.json), so it
# never loads Pagefind's filter files (hundreds of KB at 10,000 documents) before they are used.
VALUES_DIR = "values"
CONFIG = {"root_selector": ROOT_SELECTOR, "exclude_selectors": list(EXCLUDE_SELECTORS),
          "keep_index_url": True, "force_language": "en"}
# Per document, the entities of each type that become filter values: the most-mentioned first.
# This bounds the filter files the search page loads (see docs/search.md).
FILTER_ENTITIES_PER_TYPE = 5


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


def entity_filters(entity: Entity) -> str:
    """Filter markup of an entity page: its type, and itself under its own type."""
    return _block([("type", entity.type), (entity.type, entity.name)],
                  [("kind", entity.type)])


def _date_label(doc: Document) -> str:
    """ISO date or 'undated' (as on the document page)."""
    return doc.meta.date.isoformat() if doc.meta.date else "undated"


# --- the index of a built site -----------------------------------------------------------------

def indexable_pages(site: Path) -> tuple[list[Path], FilterValues]:
    """Document and entity pages (first pages only) with the marker, and their filter values."""
    pages: list[Path] = []
    values: FilterValues = {key: Counter() for key in FILTER_KEYS}
    for folder in ("documents", *TYPE_FOLDERS.values()):
        for path in sorted((site / folder).glob("*/index.html")):
            text = path.read_text(encoding="utf-8")
            if MARKER not in text:
                continue
            pages.append(path)
            block = text[text.index(MARKER):].split("</div>", 1)[0]
            for key, value in FILTER_SPAN.findall(block):
                values.setdefault(key, Counter())[html.unescape(value)] += 1
    return pages, values


def write_filter_values(values: FilterValues, bundle: Path) -> None:
    """One JSON list per filter, [value, pages] by count, for the search page's choosers."""
    folder = bundle / VALUES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    for key, counts in values.items():
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
        (folder / f"{key}.json").write_text(
            json.dumps(ranked, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def build_fulltext(site: Path) -> IndexStats:
    """Index the marked pages of a built site into site/pagefind/ (replacing an older bundle)."""
    started = time.perf_counter()
    pages, values = indexable_pages(site)
    bundle = site / BUNDLE
    if bundle.exists():
        shutil.rmtree(bundle)
    with PagefindProcess() as pagefind:
        index_id = pagefind.request({"type": "NewIndex", "config": CONFIG})["index_id"]
        for page in pages:  # one at a time, in path order: the bundle is byte-reproducible
            pagefind.request({"type": "AddFile", "index_id": index_id, "file_path": None,
                              "url": "/" + page.relative_to(site).as_posix(),
                              "file_contents": page.read_text(encoding="utf-8")})
        # GetFiles, not WriteFiles: the service may still be writing files in the background
        # when it exits on end of input, which left truncated files on a loaded machine.
        files = pagefind.request({"type": "GetFiles", "index_id": index_id})["files"]
    for item in files:
        target = bundle / item["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(base64.b64decode(item["content"]))
    if not (bundle / "pagefind-entry.json").is_file():
        raise FulltextError(f"Pagefind wrote no index into {bundle}")
    canonicalize_bundle(bundle)
    write_filter_values(values, bundle)
    count = sum(1 for p in bundle.rglob("*") if p.is_file())
    return IndexStats(len(pages), count, time.perf_counter() - started)


class PagefindProcess:
    """Pagefind's indexer (`pagefind --service`, the binary from pagefind-bin), in lockstep.

    The service reads base64 JSON requests ending in ',' and answers each the same way. The
    `pagefind` Python wrapper polls for answers every 0.1 s (17 minutes for 10,000 pages), and
    indexing a folder numbers pages in whatever order its threads finish; one request at a time
    is both fast and reproducible.
    """

    def __init__(self) -> None:
        from pagefind.service import get_executable  # noqa: PLC0415 (finds pagefind-bin)

        binary = get_executable()
        if binary is None:
            raise FulltextError("the Pagefind binary is missing: pip install -r requirements.txt")
        self._proc = subprocess.Popen([str(binary), "--service"], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self._buffer = b""
        self._next_id = 0

    def __enter__(self) -> PagefindProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.close()
        try:
            self._proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()

    def request(self, payload: dict[str, object]) -> dict[str, object]:
        """Send one request and return the answer's payload (errors raise FulltextError)."""
        assert self._proc.stdin is not None
        self._next_id += 1
        message = json.dumps({"message_id": self._next_id, "payload": payload})
        self._proc.stdin.write(base64.b64encode(message.encode("utf-8")) + b",")
        self._proc.stdin.flush()
        answer = json.loads(base64.b64decode(self._read_message())).get("payload") or {}
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
