"""Full-text search: a static index of every word of every document, read by the search page.

Pagefind was used here before; for a word in almost every document its index chunk holds every
position of that word (138 KB gzip for "russia" at 10,000 documents, 497 KB for the commonest)
and every query loads a list of all pages (80 KB). This index stores per word stem only which
documents hold it and how much that counts (one byte), so the first query for the commonest word
of a 10,000-document archive fetches tens of KB; excerpts are found in the browser in the text
of the few documents shown. Files are gzipped JSON, so any static server serves them as they are.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import logging
import math
import multiprocessing
import re
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

import Stemmer

from ..anchors import shown_anchors
from ..convert import block_text
from ..errors import ArchiveError
from ..html import page_url
from ..index import Index
from ..parts import part_of
from ..render.pages import doc_src, format_date
from ..workers import importable

log = logging.getLogger(__name__)

BUNDLE = "fulltext"
SEPARATE_PROCESS_FROM = 300  # documents; below this a process costs more than it saves
FORMAT = 1
ENTITY_FILTERS = ("person", "place", "organization")
FILTER_KEYS = ("type", *ENTITY_FILTERS, "outlet", "year")
TITLE_WEIGHT = 5  # a word in the title counts as much as this many in the text
K1, B = 1.2, 0.75  # BM25
IMPACT_LEVELS = 255
# Raw JSON bytes per index file before gzip: small enough that a query for a rare word fetches
# little, large enough that a 10,000-document archive needs hundreds of files, not 100,000.
DICT_CHUNK = 24_000
POSTINGS_CHUNK = 48_000
FILTER_BUCKET = 32_000
TEXT_PART = 12_000  # characters of a document's text per file the search page loads
PARTS_TRIED = 6  # text parts the page searches for a passage before it asks d/N-w (search.js)
TOKEN = re.compile(r"[^\W_]+")


class FulltextError(ArchiveError):
    """The full-text index could not be written."""


@dataclass(frozen=True)
class SearchDoc:
    """What the index knows of one document: where it is, how to show it, what it says."""

    url: str
    title: str
    date: str
    outlet: str
    kind: str
    text: str
    filters: tuple[tuple[str, str], ...]
    # (offset in UTF-16 code units, as the page's JavaScript counts, of a block in text; the id of
    # its passage on the page, or None; the part of a very long document that shows it): a result
    # links to the passage its excerpt comes from.
    passages: tuple[tuple[int, str | None, int], ...] = ()


@dataclass(frozen=True)
class Bundle:
    """The index as files (path below the bundle folder → bytes), and what went into it."""

    files: dict[str, bytes]
    documents: int
    words: int


@dataclass
class _Postings:
    """Per stem, the documents holding it and its weighted count in each."""

    docs: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    counts: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    lengths: list[int] = field(default_factory=list)
    word_df: Counter[str] = field(default_factory=Counter)
    stem_of: dict[str, str] = field(default_factory=dict)


@functools.cache
def _marks() -> dict[int, None]:
    """Every nonspacing mark, to delete: "Kyïv" and "Kyiv" are one word to search."""
    return {cp: None for cp in range(0x110000) if unicodedata.category(chr(cp)) == "Mn"}


def fold(text: str) -> str:
    """Compatibility-decomposed, nonspacing marks dropped, lower case (as the search page does)."""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text).translate(_marks()).lower()


def words(text: str) -> list[str]:
    """The searchable words of a text, folded."""
    return TOKEN.findall(fold(text))


def search_docs(index: Index) -> list[SearchDoc]:
    """Every document, newest first (so filter-only results list newest first for free)."""
    dated = [d for d in index.chronological if index.docs[d].meta.date is not None]
    undated = [d for d in index.chronological if index.docs[d].meta.date is None]
    dated.sort(key=lambda d: index.docs[d].meta.date, reverse=True)  # stable: ties stay by id
    return [_search_doc(index, doc_id) for doc_id in dated + undated]


def _search_doc(index: Index, doc_id: str) -> SearchDoc:
    doc = index.docs[doc_id]
    texts = [block_text(block) for block in doc.blocks]
    return SearchDoc(url=page_url(doc_src(doc_id)), title=doc.meta.title,
                     date=format_date(doc), outlet=doc.meta.outlet or "", kind=doc.meta.kind,
                     text="\n".join(texts), filters=_filters(index, doc_id),
                     passages=_passages(texts, shown_anchors(doc, index.block_anchors(doc_id)),
                                       index.parts.get(doc_id, ())))


def _passages(texts: list[str], anchors: tuple[str | None, ...], starts: tuple[int, ...] = ()
              ) -> tuple[tuple[int, str | None, int], ...]:
    """Where each block starts in the joined text (UTF-16 units), its passage id and part."""
    out, at = [], 0
    for i, (text, anchor) in enumerate(zip(texts, anchors)):
        out.append((at, anchor, part_of(starts, i)))
        at += utf16_len(text) + 1
    return tuple(out)


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units (JavaScript's string length)."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def _filters(index: Index, doc_id: str) -> tuple[tuple[str, str], ...]:
    """Kind, every person, place and organisation mentioned or speaking, outlet, year."""
    doc = index.docs[doc_id]
    pairs = [("type", doc.meta.kind)]
    for entity_id in sorted(index.doc_entities.get(doc_id, {})):
        entity = index.entities[entity_id]
        pairs.append((entity.type, entity.name))
    if doc.meta.outlet:
        pairs.append(("outlet", doc.meta.outlet))
    pairs.append(("year", str(doc.meta.date.year) if doc.meta.date else "undated"))
    return tuple(sorted(set(pairs)))


class _NoStemmer:
    """Words as they are (stemmer: none)."""

    def stemWords(self, words: list[str]) -> list[str]:  # noqa: N802 (PyStemmer's name)
        """Each word unchanged."""
        return words


def build_bundle(docs: Sequence[SearchDoc], language: str = "english") -> Bundle:
    """The whole index as files; pure, and the same bytes for the same documents."""
    postings = _collect(docs, _NoStemmer() if language == "none" else Stemmer.Stemmer(language))
    stem_firsts, files = _postings_files(postings)
    word_firsts, dictionary = _dictionary_files(postings)
    buckets, filters = _filter_files(docs)
    files.update(dictionary)
    files.update(filters)
    for number, doc in enumerate(docs):
        files.update(_document_files(number, doc))
    for key, values in _values(docs).items():
        files[f"values/{key}.json"] = _json(values).encode("utf-8")
    build = hashlib.sha256()
    for path in sorted(files):
        build.update(path.encode() + b"\0" + files[path])
    meta = {"format": FORMAT, "build": build.hexdigest()[:16], "documents": len(docs),
            "words": word_firsts, "stems": stem_firsts, "filters": buckets}
    files["meta.json"] = _json(meta).encode("utf-8")
    return Bundle(files, len(docs), len(postings.word_df))


def _document_files(number: int, doc: SearchDoc) -> dict[str, bytes]:
    """What a result shows: d/N holds the facts and the first part of the text, d/N-K the rest.

    The page loads later parts only while it has not found a matching passage, so a long
    document costs a first query one part, not its whole text.
    """
    parts = split_text(doc.text, TEXT_PART)
    located = part_passages(parts, doc.passages)
    first = {"url": doc.url, "title": doc.title, "date": doc.date, "outlet": doc.outlet,
             "kind": doc.kind, "text": parts[0], "parts": len(parts)}
    if located[0]:
        first["passages"] = located[0]
    files = {}
    if len(parts) > PARTS_TRIED:
        files[f"d/{number}-w.json.gz"] = _gz(late_words(parts))
    files[f"d/{number}.json.gz"] = _gz(first)
    for k, part in enumerate(parts[1:], start=1):
        rest: dict[str, object] = {"text": part}
        if located[k]:
            rest["passages"] = located[k]
        files[f"d/{number}-{k}.json.gz"] = _gz(rest)
    return files


def late_words(parts: list[str]) -> dict[str, int]:
    """The words a long document first uses after the parts the page tries, with that part.

    The page reads this only when the parts it tried lack a query word, so a result can still
    open at a passage deep inside a very long document (one more file, only for such results).
    """
    seen = {w for part in parts[:PARTS_TRIED] for w in words(part)}
    late: dict[str, int] = {}
    for k, part in enumerate(parts[PARTS_TRIED:], start=PARTS_TRIED):
        for word in words(part):
            if word not in seen:
                seen.add(word)
                late[word] = k
    return dict(sorted(late.items()))


def part_passages(parts: list[str], passages: tuple[tuple[int, str | None, int], ...]
                  ) -> list[list[list]]:
    """For each text part, [[offset in the part, passage id(, page part)], …]: the passage the
    part starts in (at 0), then every passage starting inside it (offsets in UTF-16 units); the
    page part (of a very long document shown on several pages) only when it is not the first."""
    out: list[list[list]] = []
    start, i = 0, 0
    for part in parts:
        end = start + utf16_len(part)
        while i + 1 < len(passages) and passages[i + 1][0] <= start:
            i += 1  # the passage this part starts in
        here, j = [], i
        while j < len(passages) and passages[j][0] < end:
            at, anchor, page = passages[j]
            here.append([max(0, at - start), anchor] + ([page] if page > 1 else []))
            j += 1
        out.append(here)
        start = end
    return out


def split_text(text: str, limit: int) -> list[str]:
    """Cut text into parts of at most about limit characters, at a line break or space."""
    parts: list[str] = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        if cut < limit // 2:
            cut = text.rfind(" ", 0, limit)
        if cut < limit // 2:
            cut = limit
        parts.append(text[:cut])
        text = text[cut:]
    parts.append(text)
    return parts


def _collect(docs: Sequence[SearchDoc], stemmer: Stemmer.Stemmer | _NoStemmer) -> _Postings:
    """Count every document's words (title words weigh more) and group them by stem."""
    out = _Postings()
    for number, doc in enumerate(docs):
        counts = Counter(words(doc.text))
        title = Counter(words(doc.title))
        for word, n in title.items():
            counts[word] += n * TITLE_WEIGHT
        out.lengths.append(sum(counts.values()))
        new = [w for w in counts if w not in out.stem_of]
        out.stem_of.update(zip(new, stemmer.stemWords(new)))
        out.word_df.update(counts.keys())
        per_stem: Counter[str] = Counter()
        for word, n in counts.items():
            per_stem[out.stem_of[word]] += n
        for stem, n in per_stem.items():
            out.docs[stem].append(number)
            out.counts[stem].append(n)
    return out


def _postings_files(postings: _Postings) -> tuple[list[str], dict[str, bytes]]:
    """The per-stem document lists in chunks, and the first stem of each chunk, in order."""
    total = len(postings.lengths)
    average = sum(postings.lengths) / total if total else 1.0
    norms = [K1 * (1 - B + B * length / average) for length in postings.lengths]
    entries = ((stem, _posting(postings.docs[stem], postings.counts[stem], norms, total))
               for stem in sorted(postings.docs, key=js_order))
    return _chunked(entries, "p", POSTINGS_CHUNK)


def _posting(docs: list[int], counts: list[int], norms: list[float], total: int) -> list:
    """[scale, document number gaps, impacts]: a document's BM25 score is scale × impact / 255."""
    idf = math.log(1 + (total - len(docs) + 0.5) / (len(docs) + 0.5))
    scores = [idf * n * (K1 + 1) / (n + norms[d]) for d, n in zip(docs, counts)]
    top = max(scores)
    impacts = [max(1, round(IMPACT_LEVELS * s / top)) for s in scores]
    return [round(top, 4), gaps(docs), impacts]


def gaps(numbers: list[int]) -> list[int]:
    """Ascending document numbers as the first and the differences (small numbers gzip well)."""
    return numbers[:1] + [b - a for a, b in zip(numbers, numbers[1:])]


def ungap(differences: Iterable[int]) -> Iterator[int]:
    """The document numbers back from gaps()."""
    number = 0
    for difference in differences:
        number += difference
        yield number


def _dictionary_files(postings: _Postings) -> tuple[list[str], dict[str, bytes]]:
    """word → [stem, documents] for every word in chunks, and the first word of each chunk."""
    entries = ((w, [postings.stem_of[w], postings.word_df[w]])
               for w in sorted(postings.word_df, key=js_order))
    return _chunked(entries, "w", DICT_CHUNK)


def _chunked(entries: Iterable[tuple[str, object]], prefix: str,
             limit: int) -> tuple[list[str], dict[str, bytes]]:
    """Pack sorted (key, value) pairs into JSON objects of about `limit` bytes each."""
    firsts: list[str] = []
    files: dict[str, bytes] = {}
    chunk: dict[str, object] = {}
    size = 0
    for key, value in entries:
        item = len(key) + len(_json(value)) + 4
        if chunk and size + item > limit:
            files[f"{prefix}/{len(firsts) - 1}.json.gz"] = _gz(chunk)
            chunk, size = {}, 0
        if not chunk:
            firsts.append(key)
        chunk[key] = value
        size += item
    if chunk:
        files[f"{prefix}/{len(firsts) - 1}.json.gz"] = _gz(chunk)
    return firsts, files


def _filter_files(docs: Sequence[SearchDoc]) -> tuple[dict[str, int], dict[str, bytes]]:
    """Per filter, its values' document lists in buckets chosen by a hash of the value."""
    members: dict[str, dict[str, list[int]]] = {key: defaultdict(list) for key in FILTER_KEYS}
    for number, doc in enumerate(docs):
        for key, value in doc.filters:
            members.setdefault(key, defaultdict(list))[fold(value)].append(number)
    buckets: dict[str, int] = {}
    files: dict[str, bytes] = {}
    for key in sorted(members):
        lists = {value: gaps(ids) for value, ids in members[key].items()}
        size = sum(len(v) + 2 * len(ids) + 4 for v, ids in lists.items())
        buckets[key] = max(1, math.ceil(size / FILTER_BUCKET))
        grouped: dict[int, dict[str, list[int]]] = defaultdict(dict)
        for value in sorted(lists):
            grouped[fnv1a(value) % buckets[key]][value] = lists[value]
        for number in range(buckets[key]):
            files[f"f/{key}-{number}.json.gz"] = _gz(grouped.get(number, {}))
    return buckets, files


def _values(docs: Sequence[SearchDoc]) -> dict[str, list[tuple[str, int]]]:
    """Per filter, [value, documents] pairs for the search page's choosers, most used first."""
    counts: dict[str, Counter[str]] = {key: Counter() for key in FILTER_KEYS}
    for doc in docs:
        for key, value in doc.filters:
            counts.setdefault(key, Counter())[value] += 1
    return {key: sorted(c.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
            for key, c in counts.items()}


def fnv1a(text: str) -> int:
    """32-bit FNV-1a of the UTF-8 bytes (the search page computes the same)."""
    value = 0x811C9DC5
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return value


def js_order(text: str) -> bytes:
    """Sort key matching JavaScript's string comparison (UTF-16 code units)."""
    return text.encode("utf-16-be")


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _gz(value: object) -> bytes:
    return gzip.compress(_json(value).encode("utf-8"), compresslevel=6, mtime=0)


def write_bundle(bundle: Bundle, folder: Path) -> int:
    """Write the files that changed, remove those no longer in the index; count files written."""
    written = 0
    for rel, data in sorted(bundle.files.items()):
        target = folder / rel
        if target.is_file() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written += 1
    for stale in sorted(set(_existing(folder)) - set(bundle.files)):
        (folder / stale).unlink()
    return written


def _existing(folder: Path) -> Iterator[str]:
    if folder.is_dir():
        for path in folder.rglob("*"):
            if path.is_file():
                yield path.relative_to(folder).as_posix()


@dataclass(frozen=True)
class IndexStats:
    """What one indexing run did."""

    documents: int
    words: int
    files_written: int
    seconds: float


def index_and_write(docs: Sequence[SearchDoc], folder: Path,
                    language: str = "english") -> IndexStats:
    """Build the index of docs and write it into folder."""
    started = time.perf_counter()
    bundle = build_bundle(docs, language)
    written = write_bundle(bundle, folder)
    return IndexStats(bundle.documents, bundle.words, written, time.perf_counter() - started)


def _work(docs: Sequence[SearchDoc], folder: Path, language: str, answer: Connection) -> None:
    """The worker process: index, write, and send back the stats or the error's message."""
    try:
        answer.send(index_and_write(docs, folder, language))
    except Exception as exc:  # noqa: BLE001 (reported by the build, which raises it)
        answer.send(f"{type(exc).__name__}: {exc}")
    finally:
        answer.close()


class FulltextJob:
    """The index, built while MkDocs renders: in a process of its own for a large archive.

    Counting ten thousand documents' words takes seconds of CPU; a second process does it on the
    other core instead of making the build wait. If the build fails, the process is stopped.
    """

    def __init__(self, docs: Sequence[SearchDoc], folder: Path, language: str = "english") -> None:
        self._docs: Sequence[SearchDoc] | None = docs
        self._folder = folder
        self._language = language
        self._process: BaseProcess | None = None
        self._answer: Connection | None = None
        if len(docs) >= SEPARATE_PROCESS_FROM:
            context = multiprocessing.get_context("spawn")
            self._answer, sender = context.Pipe(duplex=False)
            self._process = context.Process(target=_work, name="fulltext-index", daemon=True,
                                            args=(list(docs), folder, language, sender))
            with importable():  # spawned, not forked: it holds only the documents
                self._process.start()
            sender.close()
            self._docs = None

    def finish(self) -> IndexStats:
        """Wait for the index (or build it now) and return what was done."""
        try:
            if self._answer is None:
                return index_and_write(self._docs or (), self._folder, self._language)
            result = self._answer.recv()
        except OSError as exc:
            raise FulltextError(f"full-text index not written to {self._folder}: {exc}") from exc
        except EOFError:
            result = f"the worker process stopped (exit code {self._stop()})"
        finally:
            self.abandon()
        if isinstance(result, IndexStats):
            return result
        raise FulltextError(f"full-text index not written to {self._folder}: {result}")

    def _stop(self) -> int | None:
        """Stop the worker if it still runs; its exit code."""
        if self._process is None:
            return None
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        code = self._process.exitcode
        self._process = None
        return code

    def abandon(self) -> None:
        """Let go of the worker process (stopping it, so it writes nothing afterwards)."""
        self._stop()
        if self._answer is not None:
            self._answer.close()
            self._answer = None
        self._docs = None
