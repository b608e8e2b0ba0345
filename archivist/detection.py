"""Automatic detection as pipeline stages: a cacheable per-document scan, then a cached resolve."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from functools import lru_cache, partial

from .cache import Cache, make_key
from .detect import Candidate, Detector, DocScan, Evidence, build_evidence
from .documents import Scanner, document_text
from .model import Document
from .workers import Workers

log = logging.getLogger(__name__)


@lru_cache(maxsize=4)
def detector(stop_phrases: tuple[str, ...]) -> Detector:
    """One detector per set of stop phrases (its word lists load once per process)."""
    return Detector(stop_phrases=stop_phrases)


def scan_text(text: str, stop_phrases: tuple[str, ...]) -> tuple[DocScan, bytes]:
    """The per-document first pass and its packed parse for the second (module-level so a
    process pool can pickle it)."""
    try:
        return detector(stop_phrases).scan_packed(text)
    except Exception:  # noqa: BLE001 — a detection rule's bug must not stop the build
        log.exception("detecting names failed in the document that opens %r; it gets no "
                      "detected entities: please report it", _opening(text))
        return detector(stop_phrases).scan_packed("")


def _opening(text: str) -> str:
    """The first words of a text, to name its document in a log line."""
    return " ".join(text.split()[:12])


def scanner(stop_phrases: tuple[str, ...]) -> tuple[Scanner, str]:
    """The scan function for these stop phrases and the id that keys its cached results."""
    detector(stop_phrases)  # load word lists before a process pool forks
    digest = hashlib.sha256("\n".join(stop_phrases).encode()).hexdigest()[:16]
    return partial(scan_text, stop_phrases=stop_phrases), f"scan:{digest}"


def resolve_all(documents: list[Document], scans: Mapping[str, tuple[DocScan, bytes | None]],
                stop_phrases: tuple[str, ...], cache: Cache, workers: Workers | None = None
                ) -> dict[str, list[Candidate]]:
    """Second pass with corpus evidence; a document is resolved again only if its evidence moved.

    scans: (scan, packed parse or None) by document id, as read_documents gives them. Many
    documents are resolved in workers when the reading stage has already started them.
    """
    evidence = build_evidence(scans[d.id][0] for d in documents)
    keys = {d.id: make_key("resolve", d.sha256, "\n".join(stop_phrases),
                           scans[d.id][0].digest(evidence)) for d in documents}
    cached = cache.get_many(keys.values())
    # The documents whose first pass stands are settled here (cheaply, not sent to a worker).
    fresh: dict[str, list[Candidate]] = {}
    todo: dict[str, tuple[DocScan, bytes | str]] = {}
    for doc in documents:
        key = keys[doc.id]
        if key in cached or key in todo or key in fresh:
            continue
        scan, packed = scans[doc.id]
        if scan.settled(evidence):
            fresh[key] = list(scan.candidates)
        else:  # (a worker reads only the scan's asked keys: its candidates and tokens stay)
            todo[key] = (DocScan((), (), frozenset(), scan.asked_keys),
                         document_text(doc) if packed is None else packed)
    resolve = partial(resolve_one, stop_phrases=stop_phrases, evidence=evidence)
    if workers is not None and workers.worth_it(len(todo), start=False):
        # A few large chunks: each carries the evidence once.
        chunk = -(-len(todo) // (4 * workers.size))
        fresh.update(zip(todo, workers.map(resolve, todo.values(), chunksize=chunk)))
    else:
        fresh.update((key, resolve(item)) for key, item in todo.items())
    cache.put_many(fresh)
    log.debug("resolved %d of %d documents again", len(fresh), len(documents))
    return {doc.id: cached.get(keys[doc.id], fresh.get(keys[doc.id])) for doc in documents}


def resolve_one(item: tuple[DocScan, bytes | str], stop_phrases: tuple[str, ...],
                evidence: Evidence) -> list[Candidate]:
    """The second pass of one document, from its packed parse or its text (module-level so a
    process pool can pickle it)."""
    scan, source = item
    det = detector(stop_phrases)
    try:
        if isinstance(source, str):
            return det.resolve(source, scan, evidence)
        return det.resolve_packed(source, scan, evidence)
    except Exception:  # noqa: BLE001 — as in scan_text
        log.exception("resolving detected names failed in a document%s; it gets no detected "
                      "entities: please report it",
                      f" that opens {_opening(source)!r}" if isinstance(source, str) else "")
        return []
