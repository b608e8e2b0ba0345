"""Automatic detection as pipeline stages: a cacheable per-document scan, then a cached resolve."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from functools import lru_cache, partial

from .cache import Cache, make_key
from .detect import Candidate, Detector, DocScan, build_evidence
from .documents import Scanner, document_text
from .model import Document

log = logging.getLogger(__name__)


@lru_cache(maxsize=4)
def detector(stop_phrases: tuple[str, ...]) -> Detector:
    """One detector per set of stop phrases (its word lists load once per process)."""
    return Detector(stop_phrases=stop_phrases)


def scan_text(text: str, stop_phrases: tuple[str, ...]) -> tuple[DocScan, bytes]:
    """The per-document first pass and its packed parse for the second (module-level so a
    process pool can pickle it)."""
    return detector(stop_phrases).scan_packed(text)


def scanner(stop_phrases: tuple[str, ...]) -> tuple[Scanner, str]:
    """The scan function for these stop phrases and the id that keys its cached results."""
    detector(stop_phrases)  # load word lists before a process pool forks
    digest = hashlib.sha256("\n".join(stop_phrases).encode()).hexdigest()[:16]
    return partial(scan_text, stop_phrases=stop_phrases), f"scan:{digest}"


def resolve_all(documents: list[Document], scans: Mapping[str, tuple[DocScan, bytes | None]],
                stop_phrases: tuple[str, ...], cache: Cache) -> dict[str, list[Candidate]]:
    """Second pass with corpus evidence; a document is resolved again only if its evidence moved.

    scans: (scan, packed parse or None) by document id, as read_documents gives them.
    """
    evidence = build_evidence(scans[d.id][0] for d in documents)
    det = detector(stop_phrases)
    keys = {d.id: make_key("resolve", d.sha256, "\n".join(stop_phrases),
                           scans[d.id][0].digest(evidence)) for d in documents}
    cached = cache.get_many(keys.values())
    fresh = {}
    found = {}
    for doc in documents:
        key = keys[doc.id]
        if key not in cached and key not in fresh:
            scan, packed = scans[doc.id]
            fresh[key] = det.resolve(document_text(doc), scan, evidence) if packed is None \
                else det.resolve_packed(packed, scan, evidence)
        found[doc.id] = cached.get(key, fresh.get(key))
    cache.put_many(fresh)
    log.debug("resolved %d of %d documents again", len(fresh), len(documents))
    return found
