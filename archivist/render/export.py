"""archive.json: the machine-readable export of documents, skipped files, entities, mentions and
speaker turns."""

from __future__ import annotations

import json

from ..index import Index
from ..model import entity_url

SCHEMA_VERSION = 1


def archive_json(index: Index, originals: bool = True) -> str:
    """Serialize the archive deterministically (sorted, no timestamps)."""
    archive = index.archive
    data = {
        "version": SCHEMA_VERSION,
        "documents": [_document(d, originals)
                      for d in sorted(archive.documents, key=lambda d: d.id)],
        "skipped": [{"source": p.source, "reason": p.reason, "line": p.line}
                    for p in archive.problems if p.skipped],
        "warnings": [{"source": p.source, "reason": p.reason, "line": p.line}
                     for p in archive.problems if p.status == "warning"],
        "notes": [{"source": p.source, "reason": p.reason, "line": p.line}
                  for p in archive.problems if p.info],
        "entities": [_entity(e, index) for e in sorted(index.entities.values(),
                                                       key=lambda e: e.id)],
        "mentions": [{"document": m.document, "entity": m.entity, "text": m.text,
                      "anchor": m.anchor} for m in archive.mentions],
        "turns": _turns(index),
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def _document(doc, originals: bool) -> dict:
    m = doc.meta
    return {"id": doc.id, "title": m.title, "date": m.date.isoformat() if m.date else None,
            "source": doc.source, "sha256": doc.sha256, "url": doc.url, "words": doc.words,
            "duplicates": list(doc.duplicates), "outlet": m.outlet, "author": m.author,
            "place": m.place, "kind": m.kind, "original_url": m.url, **_original(doc, originals)}


def _original(doc, published: bool) -> dict:
    """The source's format and size, and, where published, the original's path under the site."""
    original = doc.original
    if original is None:
        return {"format": "text", "original": None, "size": None}
    path = f"{doc.url}source{original.suffix}" if published and original.suffix else None
    return {"format": original.format, "original": path, "size": original.size}


def _entity(entity, index: Index) -> dict:
    return {"id": entity.id, "name": entity.name, "type": entity.type,
            "aliases": list(entity.aliases), "description": entity.description,
            "wikidata": entity.wikidata, "geonames": entity.geonames,
            "coordinates": list(entity.coordinates) if entity.coordinates else None,
            "url": entity_url(entity), "source": entity.origin,
            "documents": len(index.entity_docs.get(entity.id, ())),
            "mentions": len(index.entity_mentions.get(entity.id, ())),
            "turns": len(index.speaker_turns.get(entity.id, ()))}


def _turns(index: Index) -> list[dict]:
    """Every turn of every transcript, attributed or not, in reading order (its passage anchor)."""
    out = []
    for doc in index.archive.documents:
        if not any(block.kind == "turn" for block in doc.blocks):
            continue
        speakers = index.doc_speakers.get(doc.id, {})
        anchors = index.block_anchors(doc.id)
        for i, block in enumerate(doc.blocks):
            if block.kind == "turn":
                out.append({"document": doc.id, "speaker": speakers.get(i),
                            "label": block.speaker, "anchor": anchors[i]})
    return out
