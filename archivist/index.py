"""The derived, read-only lookups every renderer needs, built once from the Archive."""

from __future__ import annotations

import heapq
import logging
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .anchors import block_anchors, compute_anchors
from .model import Archive, Document, Entity, Mention
from .parts import part_starts

log = logging.getLogger(__name__)

RELATED_MAX = 5
RELATED_CAP = 60
COOCCUR_PER_DOC = 40
MESSAGE_ID = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True)
class Index:
    """Lookups over one Archive: by id, by date, mentions both ways, co-occurrence."""

    archive: Archive
    docs: dict[str, Document]
    chronological: tuple[str, ...]
    position: dict[str, int]
    entities: dict[str, Entity]
    doc_mentions: dict[str, tuple[Mention, ...]]
    entity_mentions: dict[str, tuple[Mention, ...]]
    doc_entities: dict[str, Counter[str]]  # mentions and speaking turns, per entity
    doc_turns: dict[str, Counter[str]]  # speaking turns only
    entity_docs: dict[str, tuple[str, ...]]  # mentioned or speaking in, chronological
    cooccurrence: dict[str, Counter[str]]
    related: dict[str, tuple[str, ...]]
    speaker_turns: dict[str, tuple[tuple[str, int], ...]]
    doc_speakers: dict[str, dict[int, str]]  # document → block index → speaking entity
    reply_to: dict[str, str] = field(default_factory=dict)  # e-mail → the message it answers
    replies: dict[str, tuple[str, ...]] = field(default_factory=dict)  # e-mail → its answers
    parts: dict[str, tuple[int, ...]] = field(default_factory=dict)  # long documents' parts
    # Each document's passage anchors (archivist/anchors.py), one string, "\n" between them:
    # every renderer asks for them, and kept whole per document they are 5x the memory.
    anchors: dict[str, str] = field(default_factory=dict)

    def block_anchors(self, doc_id: str) -> tuple[str, ...]:
        """The anchors of a document's blocks, by block index."""
        packed = self.anchors.get(doc_id)
        if packed is None:  # an Index made without them
            return block_anchors(self.docs[doc_id])
        return tuple(packed.split("\n")) if packed else ()

    def neighbours(self, doc_id: str) -> tuple[Document | None, Document | None]:
        """The previous and next document by date."""
        i = self.position[doc_id]
        prev_id = self.chronological[i - 1] if i > 0 else None
        next_id = self.chronological[i + 1] if i + 1 < len(self.chronological) else None
        return (self.docs[prev_id] if prev_id else None, self.docs[next_id] if next_id else None)


def build_index(archive: Archive) -> Index:
    """Compute every lookup once; the renderers only read.

    A person speaking in a transcript appears in it as surely as one mentioned: turns count
    wherever mentions count (documents per entity, counts per document), and only entities that
    appear in some document are listed.
    """
    docs = {d.id: d for d in archive.documents}
    chronological = tuple(d.id for d in sorted(archive.documents, key=lambda d: d.sort_key))
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    for mention in archive.mentions:
        by_doc[mention.document].append(mention)
        by_entity[mention.entity].append(mention)
    position = {doc_id: i for i, doc_id in enumerate(chronological)}
    turns = doc_turns(archive)
    doc_entities = {d: Counter(m.entity for m in by_doc.get(d, ())) + turns.get(d, Counter())
                    for d in sorted(set(by_doc) | set(turns))}
    appears: dict[str, set[str]] = defaultdict(set)
    for doc_id, counts in doc_entities.items():
        for entity_id in counts:
            appears[entity_id].add(doc_id)
    entity_docs = {e: tuple(sorted(ds, key=position.__getitem__)) for e, ds in appears.items()}
    return Index(
        archive=archive, docs=docs, chronological=chronological, position=position,
        entities={e.id: e for e in archive.entities if e.id in entity_docs},
        doc_mentions={d: tuple(ms) for d, ms in by_doc.items()},
        entity_mentions={e: tuple(ms) for e, ms in by_entity.items()},
        doc_entities=doc_entities, doc_turns=turns, entity_docs=entity_docs,
        cooccurrence=cooccurrence(doc_entities),
        related=related_documents(doc_entities, entity_docs, len(docs)),
        speaker_turns=speaker_turns(archive, position),
        doc_speakers=doc_speakers(archive),
        **threads(archive),
        parts={d: starts for d, doc in docs.items() if (starts := part_starts(doc))},
        anchors={d: "\n".join(compute_anchors(doc.blocks)) for d, doc in docs.items()},
    )


def threads(archive: Archive) -> dict[str, dict]:
    """E-mail threads from the Message-ID, In-Reply-To and References headers the reader keeps.

    A message answers the message In-Reply-To names if the archive holds it, else the last one
    References names that it holds (a client that dropped In-Reply-To, or a parent not archived):
    within one mbox, across mbox files and .eml files alike.
    """
    by_message: dict[str, str] = {}
    for doc in sorted(archive.documents, key=lambda d: d.id):
        for label, value in doc.details:
            if label == "Message-ID":
                for msg_id in message_ids(value)[:1]:
                    by_message.setdefault(msg_id, doc.id)  # a message kept twice: the first id
    reply_to: dict[str, str] = {}
    replies: dict[str, list[str]] = defaultdict(list)
    for doc in archive.documents:
        details = dict(doc.details)
        candidates = [*message_ids(details.get("In reply to", "")),
                      *reversed(message_ids(details.get("References", "")))]
        parent = next((by_message[c] for c in candidates
                       if by_message.get(c, doc.id) != doc.id), None)
        if parent:
            reply_to[doc.id] = parent
            replies[parent].append(doc.id)
    return {"reply_to": reply_to, "replies": {p: tuple(sorted(c)) for p, c in replies.items()}}


def message_ids(value: str) -> list[str]:
    """The message ids in a header value, in order: '<id>' tokens, or the bare value if none."""
    found = MESSAGE_ID.findall(value)
    return found or ([value.strip()] if value.strip() and " " not in value.strip() else [])


def cooccurrence(doc_entities: dict[str, Counter[str]]) -> dict[str, Counter[str]]:
    """How many documents each pair of entities shares (top entities of each document)."""
    pairs: dict[str, Counter[str]] = defaultdict(Counter)
    for counts in doc_entities.values():
        top = sorted(e for e, _ in counts.most_common(COOCCUR_PER_DOC))
        for a in top:
            # Counting in C (Counter.update), then dropping the pair of a with itself.
            together = pairs[a]
            together.update(top)
            del together[a]
    return dict(pairs)


def related_documents(
    doc_entities: dict[str, Counter[str]], entity_docs: dict[str, tuple[str, ...]], total: int
) -> dict[str, tuple[str, ...]]:
    """Documents sharing the most rare entities (hub entities carry little signal)."""
    cap = RELATED_CAP  # a fixed cap keeps this linear: documents × entities × cap
    related: dict[str, tuple[str, ...]] = {}
    for doc_id, counts in doc_entities.items():
        scores: Counter[str] = Counter()
        for entity in counts:
            others = entity_docs.get(entity, ())
            if len(others) > cap:
                continue
            weight = math.log(1 + total / len(others))
            for other in others:
                if other != doc_id:
                    scores[other] += weight
        ranked = heapq.nsmallest(RELATED_MAX, scores.items(), key=lambda kv: (-kv[1], kv[0]))
        related[doc_id] = tuple(d for d, _ in ranked)
    return related


def speaker_turns(archive: Archive, position: dict[str, int]
                  ) -> dict[str, tuple[tuple[str, int], ...]]:
    """Turns attributed to person entities: entity → ((document, block index), …), by date."""
    turns: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for doc_id, entity_id, block in archive.speakers:
        turns[entity_id].append((doc_id, block))
    return {e: tuple(sorted(v, key=lambda t: (position[t[0]], t[1]))) for e, v in turns.items()}


def doc_turns(archive: Archive) -> dict[str, Counter[str]]:
    """Per document, how many turns each person speaks."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for doc_id, entity_id, _ in archive.speakers:
        counts[doc_id][entity_id] += 1
    return dict(counts)


def doc_speakers(archive: Archive) -> dict[str, dict[int, str]]:
    """Per document, the entity speaking in each attributed turn (block index → entity)."""
    speakers: dict[str, dict[int, str]] = defaultdict(dict)
    for doc_id, entity_id, block in archive.speakers:
        speakers[doc_id][block] = entity_id
    return dict(speakers)
