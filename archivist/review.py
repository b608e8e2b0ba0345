"""The curator's review file: detected entities, the merges the tool made and its doubts."""

from __future__ import annotations

from collections import Counter, defaultdict

import yaml

from .model import Archive, Mention

EXAMPLES = 3
CONTEXT = 60

HEADER = """\
# Detected but not registered: review these names.
# To promote one, copy its `entity:` block into the `entities:` list of entities.yml (add
# aliases, description, wikidata, ...). To ignore one for good, add its name to `never_link:`.
# Sorted by number of documents, most first. Generated; safe to overwrite.
#
# merges: spellings the tool made one entity (first form names the page), with the rule used.
#   A wrong one: register each person with their own spellings as aliases, or list the names
#   under `distinct:` in entities.yml ([First Person, Second Person]) to keep them apart.
# doubts: likely duplicates the tool did not dare to merge, and bare names it left unlinked,
#   with the evidence. To merge, register one entity with the other names as aliases.
"""


def review_yaml(archive: Archive) -> str:
    """YAML listing each detected entity with counts, variants and example contexts."""
    docs = {d.id: d for d in archive.documents}
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    for mention in archive.mentions:
        by_entity[mention.entity].append(mention)
    items = []
    for entity in archive.entities:
        if entity.origin != "detected":
            continue
        mentions = by_entity.get(entity.id, [])
        doc_count = len({m.document for m in mentions})
        variants = Counter(m.text for m in mentions)
        items.append((-doc_count, entity.name, {
            "entity": {"name": entity.name, "type": entity.type},
            "documents": doc_count, "mentions": len(mentions),
            "variants": sorted(variants, key=lambda v: (-variants[v], v)),
            "examples": [_example(docs[m.document], m) for m in _spread(mentions)],
        }))
    body = [entry for _, _, entry in sorted(items, key=lambda t: (t[0], t[1]))]
    merges = [{"entity": m.entity, "type": m.type, "forms": list(m.forms), "rules": list(m.rules),
               "documents": m.documents} for m in archive.merges]
    doubts = [{"names": list(d.names), "type": d.type, "rule": d.rule, "evidence": d.evidence}
              for d in archive.doubts]
    return HEADER + yaml.safe_dump({"candidates": body, "merges": merges, "doubts": doubts},
                                   allow_unicode=True, sort_keys=False, width=100)


def _spread(mentions: list[Mention]) -> list[Mention]:
    """Examples from different documents first."""
    seen, first = set(), []
    for m in mentions:
        if m.document not in seen:
            seen.add(m.document)
            first.append(m)
    return first[:EXAMPLES]


def _example(doc, m: Mention) -> str:
    text = doc.text_of(m.block)
    left = text[max(0, m.start - CONTEXT):m.start]
    right = text[m.end:m.end + CONTEXT]
    return f"{doc.source}: …{left}[{text[m.start:m.end]}]{right}…"
