"""Resolution: the stage between detection and linking.

Detection gives, per document, candidate names (a type, a name and the forms written). This stage
decides, over the whole corpus, which forms are one real-world referent:

- ``names``: the spelling key of a name (anyascii transliteration, then e/ё/yo, ie/ye, i/y,
  ks/x, kh/h, doubled letters, -sky/-skiy/-skyy folded) and person name parts;
- ``forms``: each candidate's forms, weighted by occurrences, role words in front dropped, in a
  union-find that refuses to join what a curator's ``distinct`` rule keeps apart;
- ``people``: full names join on one surname with compatible given names (same key, an initial
  of the only such given name, a rare misspelling of a much more frequent one); a bare surname or
  first name links only where the document names the person in full, or the corpus has one
  full-name owner that the bare name is mostly used beside; otherwise it is left out and noted;
- ``short``: a place's or organisation's short name joins its one longer official form where a
  document uses both ("People's Republic of China" = China; a region is not its city);
- ``typos``: a one-off misspelling of a place's or organisation's name of several words joins
  the name it misspells ("Kuzetsovsky Tunnel" once beside "Kuznetsovsky Tunnel");
- ``homonyms``: a town name the gazetteer holds in several countries ("Córdoba", "Lagos") links
  only in the documents about the country most of its documents are about (the others' uses are
  left out and noted as a doubt);
- ``bodies``: an organisation named only by common words ("Foreign Ministry") in several
  documents gets no page where the corpus shows it has several owners (noted as a doubt);
- ``anaphora``: in one document, a body's short name after its full name with an owner in front
  ("the Russian Popular Front … the Popular Front") links to that body there only;
- ``cluster``: clusters become entities named by their most frequent (full) form; ids are slugs,
  so a page's address depends only on the documents that mention it;
- ``duplicates``: likely duplicate pairs among entities, for the review file and the bench.

The result is cached as a whole, keyed by every input it reads.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..cache import Cache, make_key
from ..documents import document_text
from ..model import Document, Doubt, Entity, Merge
from ..registry import Registry
from ..speakers_link import person_part, plausible
from .cluster import Link, resolve_forms
from .duplicates import likely_duplicates

log = logging.getLogger(__name__)

__all__ = ["Resolution", "likely_duplicates", "resolve_entities"]


@dataclass(frozen=True)
class Resolution:
    """The entities of a corpus, each written surface's entity per document, merges and doubts."""

    entities: tuple[Entity, ...]
    links: tuple[Link, ...]  # (surface as written, entity id, documents it stands for it in)
    merges: tuple[Merge, ...] = ()
    doubts: tuple[Doubt, ...] = ()


def resolve_entities(documents: list[Document], found: Mapping[str, Iterable],
                     registry: Registry, cache: Cache | None = None) -> Resolution:
    """Resolve every document's candidates into entities (cached on all the inputs)."""
    key = _key(documents, found, registry)
    if cache is not None and (hit := cache.get_many([key]).get(key)) is not None:
        return hit
    texts = {d.id: document_text(d) for d in documents}
    entities, links, merges, doubts = resolve_forms(found, registry, texts,
                                                    speaker_names(documents))
    doubts = [*doubts, *likely_duplicates([e for e in entities if e.origin == "detected"])]
    result = Resolution(tuple(entities), tuple(links), tuple(merges), tuple(doubts))
    if cache is not None:
        cache.put_many({key: result})
    log.debug("resolved %d entities (%d merges, %d doubts)", len(entities), len(merges),
              len(doubts))
    return result


def speaker_names(documents: list[Document]) -> dict[str, list[str]]:
    """Per document, the full names its speaker labels end in ("Rector … Nikolai Kropachev:").

    They name people in full in that document, so a bare "Mr Kropachev" there is clear. Only
    names the speaker stage finds plausible count ("In Sofia:" in a results table is no one).
    """
    out = {}
    for doc in documents:
        labels = {}  # the first label of each name: what the speaker stage reads it by
        turns: Counter = Counter()
        for b in doc.blocks:
            if b.kind == "turn" and b.speaker and (part := person_part(b.speaker)) is not None \
                    and part.full:
                labels.setdefault(part, b.speaker)
                turns[part] += 1
        names = sorted(part.name for part, n in turns.items()
                       if plausible(part, n, labels[part]))
        if names:
            out[doc.id] = names
    return out


def _key(documents: list[Document], found: Mapping[str, Iterable], registry: Registry) -> str:
    digest = hashlib.sha256()
    for doc in sorted(documents, key=lambda d: d.id):
        digest.update(f"{doc.id}\0{doc.sha256}\0".encode())
        digest.update(repr(sorted(map(repr, found.get(doc.id, ())))).encode())
    digest.update(repr((registry.entities, registry.distinct)).encode())
    return make_key("resolution", digest.hexdigest())
