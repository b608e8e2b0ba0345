"""Entity linking: registry + detected names → entities, mentions and speaker attributions.

Speaker labels are linked by their own stage (archivist/speakers_link.py), before the mentions,
so that a person named only in labels gets an entity and their name links in those documents.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import defaultdict
from dataclasses import dataclass

import ahocorasick

from .cache import Cache, make_key
from .detect.lexicon import MONTHS_DAYS, TITLE_WORDS
from .html import find_urls
from .model import Document, Entity, Mention
from .registry import Registry
from .resolution import Resolution
from .speakers_link import SpeakerLinks, link_speakers

log = logging.getLogger(__name__)

NAME, AMBIGUOUS, BLOCKED = "name", "ambiguous", "blocked"
LINKED_KINDS = ("paragraph", "turn", "bullet", "numbered", "quote", "attribution", "byline",
                "signature")
HONORIFICS = {"mr", "mrs", "ms", "dr", "president", "minister", "prime", "sir"}


@dataclass(frozen=True)
class Target:
    """What a surface string may refer to; `docs` limits a detected name to its documents."""

    kind: str
    entities: tuple[str, ...]
    docs: frozenset[str] | None = None
    upper: bool = False


@dataclass(frozen=True)
class Hit:
    """A candidate match in one text."""

    start: int
    end: int
    targets: tuple[Target, ...]


class Matcher:
    """Aho-Corasick over every name, alias, surname and blocked phrase; leftmost-longest wins."""

    def __init__(self, patterns: dict[str, list[Target]]) -> None:
        self.automaton = ahocorasick.Automaton()
        for surface, targets in patterns.items():
            self.automaton.add_word(surface, (len(surface), tuple(targets)))
        if patterns:
            self.automaton.make_automaton()
        self.empty = not patterns

    def find(self, text: str, doc_id: str | None = None) -> list[Hit]:
        """Non-overlapping hits at word boundaries, longest first at each position.

        With doc_id, a surface that only other documents use does not take the span (another
        document's "Mark Woodforde" must not hide this one's "Woodforde").
        """
        if self.empty:
            return []
        found = []
        for end, (length, targets) in self.automaton.iter(text):
            start = end - length + 1
            if doc_id is not None and all(t.docs is not None and doc_id not in t.docs
                                          for t in targets):
                continue
            if _boundary(text, start - 1) and _boundary(text, end + 1):
                found.append((start, -length, targets))
        hits, pos = [], 0
        for start, neg, targets in sorted(found, key=lambda h: (h[0], h[1])):
            if start >= pos:
                hits.append(Hit(start, start - neg, targets))
                pos = start - neg
        return hits


def _boundary(text: str, i: int) -> bool:
    return i < 0 or i >= len(text) or not (text[i].isalnum() or text[i] == "_")


def registry_patterns(entities: list[Entity], never_link: tuple[str, ...]
                      ) -> dict[str, list[Target]]:
    """Surface strings of the registry: names, aliases, conditional surnames, blocked phrases."""
    patterns: dict[str, list[Target]] = defaultdict(list)
    explicit = {name for e in entities for name in e.all_names}
    for e in entities:
        for name in e.all_names:
            kind = AMBIGUOUS if name in e.ambiguous else NAME
            patterns[name].append(Target(kind, (e.id,)))
            if e.type == "place" and len(name) >= 4 and not name.isupper():
                patterns[name.upper()].append(Target(kind, (e.id,), upper=True))
        if e.type == "person":
            for surname in _surnames(e):
                if surname not in explicit:
                    patterns[surname].append(Target(AMBIGUOUS, (e.id,)))
    for phrase in never_link:
        patterns[phrase].append(Target(BLOCKED, ()))
    return patterns


def _surnames(entity: Entity) -> set[str]:
    """Last tokens of a person's multi-word names (the short form a text falls back to)."""
    out = set()
    for name in entity.all_names:
        tokens = name.split()
        if len(tokens) >= 2 and tokens[-1][:1].isupper() and len(tokens[-1]) > 2:
            out.add(tokens[-1])
    return out


def resolve(hit: Hit, doc_id: str, at_start: bool, anchored: set[str]) -> str | None:
    """The entity a hit refers to in this document, or None when blocked or unresolved."""
    usable = [t for t in hit.targets if (t.docs is None or doc_id in t.docs)
              and (not t.upper or at_start)]
    if any(t.kind == BLOCKED for t in usable):
        return None
    named = {e for t in usable if t.kind == NAME for e in t.entities}
    if len(named) == 1:
        return next(iter(named))
    pool = named or {e for t in usable if t.kind == AMBIGUOUS for e in t.entities}
    chosen = pool & anchored
    return next(iter(chosen)) if len(chosen) == 1 else None


NEXT_CAPITAL = re.compile(r" ([A-Z][\w'’&-]*)")
STILL_A_PLACE = TITLE_WORDS | MONTHS_DAYS | frozenset(
    "PM MP Republican Republicans Democrat Democrats".split())  # "in Chicago Wednesday"
HEADLINE_CAPS = 0.7  # share of capitalised content words that makes a line a Title Case headline


def _inside_longer_name(text: str, end: int) -> bool:
    """A place name the next capitalised word continues: "Bangladesh Lamps", "Washington Post".

    The longer name is a company, a newspaper, a forum or a club, not the place; a title after the
    place ("Moscow Mayor Sobyanin") leaves it a place, and so does a Title Case headline.
    """
    m = NEXT_CAPITAL.match(text, end)
    return bool(m) and m[1] not in STILL_A_PLACE and not _headline(text)


def _headline(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= HEADLINE_CAPS * len(words)


def link_document(doc: Document, matcher: Matcher, places: frozenset[str] = frozenset()
                  ) -> list[Mention]:
    """Mentions of one document, in reading order; places inside longer names are left out."""
    found: list[tuple[int, Hit, bool]] = []
    for i, block in enumerate(doc.blocks):
        if block.kind not in LINKED_KINDS:
            continue
        urls = find_urls(block.text)
        for hit in matcher.find(block.text, doc.id):
            if not any(s < hit.end and hit.start < e for s, e in urls):
                found.append((i, hit, hit.start == 0))
    anchored = {next(iter(named)) for _, hit, start in found
                if len(named := {e for t in hit.targets if t.kind == NAME
                                 and (t.docs is None or doc.id in t.docs)
                                 and (not t.upper or start) for e in t.entities}) == 1}
    mentions = []
    for i, hit, start in found:
        entity = resolve(hit, doc.id, start, anchored)
        if entity in places and _inside_longer_name(doc.blocks[i].text, hit.end):
            continue
        if entity:
            text = doc.blocks[i].text[hit.start:hit.end]
            mentions.append(Mention(doc.id, entity, i, hit.start, hit.end, text,
                                    f"m-{len(mentions) + 1}"))
    return mentions


def link_archive(documents: list[Document], registry: Registry,
                 resolution: Resolution | None, cache: Cache | None = None
                 ) -> tuple[list[Entity], list[Mention], list[tuple[str, str, int]]]:
    """Find every mention of every entity (registry, and resolved detections when given)."""
    registry_entities, never_link = list(registry.entities), tuple(registry.never_link)
    detected, patterns = registry_entities, registry_patterns(registry_entities, never_link)
    if resolution is not None:
        detected = list(resolution.entities)
        for surface, entity_id, docs in resolution.links:
            patterns[surface].append(Target(NAME, (entity_id,), docs=frozenset(docs)))
    spoken = speaker_stage(documents, detected, patterns, never_link)
    detected = [*detected, *spoken.entities]
    places = frozenset(e.id for e in [*registry_entities, *detected] if e.type == "place")
    keys = link_keys(documents, patterns, places)
    cached = cache.get_many(keys.values()) if cache else {}
    matcher: Matcher | None = None
    mentions: list[Mention] = []
    fresh: dict[str, list[Mention]] = {}
    for doc in documents:
        result = cached.get(keys[doc.id])
        if result is None:
            matcher = matcher or Matcher(dict(patterns))
            result = fresh[keys[doc.id]] = link_document(doc, matcher, places)
        mentions.extend(result)
    if cache:
        cache.put_many(fresh)
    log.debug("linked %d of %d documents again", len(fresh), len(documents))
    speakers = list(spoken.turns)
    used = {m.entity for m in mentions} | {e for _, e, _ in speakers}
    entities = sorted((e for e in detected if e.id in used), key=lambda e: e.id)
    return entities, mentions, speakers


def speaker_stage(documents: list[Document], entities: list[Entity],
                  patterns: dict[str, list[Target]], never_link: tuple[str, ...] = ()
                  ) -> SpeakerLinks:
    """Link speaker labels to people; their names become patterns in the documents they speak in."""
    by_id = {e.id: e for e in entities}
    doc_people: dict[str, set[str]] = defaultdict(set)
    for targets in patterns.values():
        for t in targets:
            for entity_id in t.entities:
                if t.docs is not None and by_id[entity_id].type == "person":
                    for doc_id in t.docs:
                        doc_people[doc_id].add(entity_id)
    spoken = link_speakers(documents, entities, doc_people, never_link)
    for surface, owners in spoken.surfaces.items():
        for entity_id, docs in sorted(owners.items()):
            patterns[surface].append(Target(NAME, (entity_id,), docs=docs))
    return spoken


def link_keys(documents: list[Document], patterns: dict[str, list[Target]],
              places: frozenset[str] = frozenset()) -> dict[str, str]:
    """Per document, a cache key over its blocks and every pattern that can affect its links.

    Every surface counts (a longer match of another document's name still takes the span), but a
    name limited to some documents keys only the documents it is limited to.
    """
    shared = hashlib.sha256("\0".join(sorted(places)).encode("utf-8"))
    limited: dict[str, list[tuple[str, str, tuple[str, ...], bool]]] = defaultdict(list)
    for surface in sorted(patterns):
        shared.update(surface.encode("utf-8") + b"\0")
        for t in patterns[surface]:
            if t.docs is None:
                shared.update(repr((t.kind, t.entities, t.upper)).encode("utf-8"))
            for doc_id in t.docs or ():
                limited[doc_id].append((surface, t.kind, t.entities, t.upper))
    common = shared.hexdigest()
    return {doc.id: make_key("link", common, doc.id, _blocks_digest(doc),
                             repr(sorted(limited.get(doc.id, ())))) for doc in documents}


def _blocks_digest(doc: Document) -> str:
    digest = hashlib.sha256()
    for block in doc.blocks:
        digest.update(f"{block.kind}\0{block.speaker or ''}\0{block.text}\0".encode("utf-8"))
    return digest.hexdigest()
