"""Cross-document evidence: names typed as people anywhere in the corpus, and per-document scans."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .candidate import Candidate
from .lexicon import surname_keys


@dataclass(frozen=True)
class DocScan:
    """What detection finds in one document on its own: picklable, cacheable by content hash."""

    candidates: tuple[Candidate, ...]  # first pass: detect() without corpus evidence
    persons: tuple[str, ...]  # names typed as people, contributed to the corpus evidence
    evidence_keys: frozenset[str]  # every token whose evidence may change the result
    asked_keys: frozenset[str] = frozenset()  # tokens the first pass asked evidence about

    def settled(self, evidence: Evidence) -> bool:
        """Whether evidence leaves the first pass's candidates as they are (the document asked
        about no surname it holds), so the second pass need not read the document again."""
        return self.asked_keys.isdisjoint(evidence.surnames)

    def digest(self, evidence: Evidence) -> str:
        """evidence_digest of this document's keys (the resolve cache key, with content hash)."""
        return evidence_digest(evidence, self.evidence_keys, self.asked_keys)


@dataclass
class Evidence:
    """Names typed as people across a corpus (every full name is also under its surname)."""

    full_names: set[str] = field(default_factory=set)
    by_surname: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    surnames: set[str] = field(default_factory=set)


NO_EVIDENCE = "-"


def build_evidence(scans: Iterable[DocScan]) -> Evidence:
    """Merge the people of many scanned documents into corpus evidence."""
    evidence = Evidence()
    for scan in scans:
        for name in scan.persons:
            parts = name.split()
            keys = surname_keys(parts)  # "al-Assad" also as "Assad"; none for "bin Salman"
            if len(parts) > 1:
                evidence.full_names.add(name)
                for key in keys:
                    evidence.by_surname[key].add(name)
            evidence.surnames.update(keys)
    return evidence


def evidence_digest(evidence: Evidence, keys: frozenset[str],
                    asked: frozenset[str] | None = None) -> str:
    """Stable hash of what evidence says about keys; NO_EVIDENCE when it changes nothing."""
    # keys: DocScan.evidence_keys; asked (DocScan.asked_keys) narrows when the result is the
    # first pass. For one document, equal digests mean equal resolve results.
    hits = keys & evidence.surnames
    if not hits or (asked is not None and asked.isdisjoint(evidence.surnames)):
        return NO_EVIDENCE
    facts = [[key, sorted(evidence.by_surname.get(key, ()))] for key in sorted(hits)]
    blob = json.dumps(facts, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:32]
