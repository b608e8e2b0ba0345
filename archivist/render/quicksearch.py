"""Entries for Material's header search: titles, metadata and entity aliases, never full text."""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path

from ..html import esc, page_url
from ..index import Index
from .pages import doc_src, entity_src, format_date, outlet_slugs

log = logging.getLogger(__name__)

ENTITY_BOOST = 3
# The most-mentioned names of a document: enough for a name search to list documents about
# someone below their page, few enough to keep this index (downloaded whole) small.
NAMES_PER_DOC = 5


def quick_entries(index: Index) -> list[dict]:
    """One entry per document and per entity page; entity pages rank above documents."""
    entries = []
    for doc_id in index.chronological:
        doc = index.docs[doc_id]
        m = doc.meta
        names = [index.entities[e].name for e, _ in
                 index.doc_entities.get(doc_id, {}).most_common(NAMES_PER_DOC)] \
            if doc_id in index.doc_entities else []
        facts = [format_date(doc), m.outlet or "", m.author or "", m.place or "", m.kind, *names]
        entries.append({"location": page_url(doc_src(doc_id)), "title": esc(m.title),
                        "text": esc(" · ".join(f for f in facts if f))})
    entries.extend(outlet_entries(index))
    for entity in index.entities.values():
        aliases = f" Also known as: {', '.join(entity.aliases)}." if entity.aliases else ""
        text = f"{entity.type}.{aliases} {entity.description or ''}"
        entries.append({"location": page_url(entity_src(entity)), "title": esc(entity.name),
                        "text": esc(text.strip()), "boost": ENTITY_BOOST})
    return entries


def outlet_entries(index: Index) -> list[dict]:
    """One entry per outlet page, so the header search finds an outlet by name."""
    counts = Counter(doc.meta.outlet for doc in index.archive.documents if doc.meta.outlet)
    return [{"location": page_url(f"outlets/{slug}/index.md"), "title": esc(outlet),
             "text": esc(f"outlet · {counts[outlet]:,} document"
                         f"{'' if counts[outlet] == 1 else 's'}"), "boost": ENTITY_BOOST}
            for outlet, slug in outlet_slugs(counts).items()]


def extend_index(site_dir: Path, entries: list[dict]) -> None:
    """Append entries to the search index Material wrote."""
    path = site_dir / "search" / "search_index.json"
    if not path.is_file():
        log.warning("no search index at %s; header search will not find documents", path)
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    data["docs"].extend(entries)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
