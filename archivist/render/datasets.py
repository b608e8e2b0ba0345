"""The archive as reusable data: CSV tables, a Frictionless data package and GeoJSON of places.

Each table is a flat view of a list in archive.json (archivist/render/export.py) with the same
values: lists (aliases, duplicates) are JSON arrays in one cell, a missing value is an empty
cell, and coordinates are split into latitude and longitude. Rows are sorted as archive.json
lists them, files end lines with CRLF (RFC 4180) and hold no timestamps, so equal archives give
equal bytes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from ..index import Index
from ..model import Document, Entity, entity_url
from .export import _original as original_fields  # archive.json's values, shared

FOLDER = "data"
TABLES = ("documents", "entities", "mentions", "turns")
# name → (frictionless type, description); the order is the column order.
COLUMNS: dict[str, dict[str, tuple[str, str]]] = {
    "documents": {
        "id": ("string", "Document id; its page is documents/<id>/"),
        "title": ("string", "Title as given or detected"),
        "date": ("date", "Publication date (ISO 8601); empty when the text states none"),
        "outlet": ("string", "Outlet or publisher"), "author": ("string", "Author"),
        "place": ("string", "Place (dateline)"), "kind": ("string", "article, transcript, …"),
        "words": ("integer", "Number of words"),
        "source": ("string", "Source file, relative to the sources folder"),
        "sha256": ("string", "SHA-256 of the source file"),
        "url": ("string", "Site-relative address of the document page"),
        "original_url": ("string", "Address of the original publication"),
        "duplicates": ("array", "Byte-identical copies of the source (JSON array of paths)"),
        "format": ("string", "Format of the source: text, html, pdf, docx, email"),
        "original": ("string", "Site-relative address of the published original file"),
        "size": ("integer", "Size of the original file in bytes"),
    },
    "entities": {
        "id": ("string", "Entity id"), "name": ("string", "Canonical name"),
        "type": ("string", "person, place or organization"),
        "aliases": ("array", "Other names (JSON array)"),
        "description": ("string", "Description from the registry"),
        "wikidata": ("string", "Wikidata item (Q…)"), "geonames": ("integer", "GeoNames id"),
        "latitude": ("number", "Latitude (WGS 84), places only"),
        "longitude": ("number", "Longitude (WGS 84), places only"),
        "url": ("string", "Site-relative address of the entity page"),
        "source": ("string", "registry (curated) or detected"),
        "documents": ("integer", "Documents it is mentioned or speaks in"),
        "mentions": ("integer", "Linked mentions"), "turns": ("integer", "Speaker turns"),
    },
    "mentions": {
        "document": ("string", "Document id"), "entity": ("string", "Entity id"),
        "text": ("string", "The words as written"),
        "anchor": ("string", "Id of the mention on the document page"),
    },
    "turns": {
        "document": ("string", "Document id"),
        "speaker": ("string", "Entity id of the person speaking; empty when unattributed"),
        "label": ("string", "The label before the colon, as written"),
        "anchor": ("string", "Id of the turn on the document page (a passage anchor)"),
    },
}
FOREIGN_KEYS = {
    "mentions": [("document", "documents", "id"), ("entity", "entities", "id")],
    "turns": [("document", "documents", "id"), ("speaker", "entities", "id")],
}


def array(values: Iterable[str]) -> str:
    """A list as one cell: a JSON array."""
    return json.dumps(list(values), ensure_ascii=False)


def to_csv(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    """A CSV text (RFC 4180: quoted where needed, CRLF); None is an empty cell."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def document_rows(index: Index, originals: bool = True) -> Iterator[list[object]]:
    """One row per document, by id."""
    for d in sorted(index.archive.documents, key=lambda d: d.id):
        m = d.meta
        source = original_fields(d, originals)
        yield [d.id, m.title, m.date.isoformat() if m.date else None, m.outlet, m.author,
               m.place, m.kind, d.words, d.source, d.sha256, d.url, m.url, array(d.duplicates),
               source["format"], source["original"], source["size"]]


def entity_rows(index: Index) -> Iterator[list[object]]:
    """One row per listed entity, by id."""
    for e in sorted(index.entities.values(), key=lambda e: e.id):
        lat, lon = e.coordinates if e.coordinates else (None, None)
        yield [e.id, e.name, e.type, array(e.aliases), e.description, e.wikidata, e.geonames,
               lat, lon, entity_url(e), e.origin, len(index.entity_docs.get(e.id, ())),
               len(index.entity_mentions.get(e.id, ())),
               len(index.speaker_turns.get(e.id, ()))]


def mention_rows(index: Index) -> Iterable[list[object]]:
    """One row per linked mention, in archive.json's order."""
    return ([m.document, m.entity, m.text, m.anchor] for m in index.archive.mentions)


def turn_rows(index: Index) -> Iterator[list[object]]:
    """One row per speaker turn, in reading order."""
    for doc in index.archive.documents:
        yield from _doc_turns(doc, index.doc_speakers.get(doc.id, {}), index)


def _doc_turns(doc: Document, speakers: dict[int, str], index: Index) -> Iterator[list[object]]:
    if not any(b.kind == "turn" for b in doc.blocks):
        return
    anchors = index.block_anchors(doc.id)
    for i, block in enumerate(doc.blocks):
        if block.kind == "turn":
            yield [doc.id, speakers.get(i), block.speaker, anchors[i]]


ROWS = {"documents": document_rows, "entities": entity_rows, "mentions": mention_rows,
        "turns": turn_rows}


def tables(index: Index, originals: bool = True) -> dict[str, str]:
    """data/<table>.csv for each table (originals: whether the original files are published)."""
    rows = {**ROWS, "documents": lambda i: document_rows(i, originals)}
    return {f"{FOLDER}/{name}.csv": to_csv(COLUMNS[name], rows[name](index)) for name in TABLES}


def places_geojson(places: list[Entity], index: Index) -> str:
    """A FeatureCollection of the places with coordinates ([longitude, latitude], RFC 7946)."""
    features = [{"type": "Feature", "id": e.id,
                 "geometry": {"type": "Point", "coordinates": [e.coordinates[1],
                                                               e.coordinates[0]]},
                 "properties": {"name": e.name, "url": entity_url(e), "wikidata": e.wikidata,
                                "geonames": e.geonames,
                                "documents": len(index.entity_docs.get(e.id, ()))}}
                for e in places if e.coordinates]
    data = {"type": "FeatureCollection", "features": features}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def datapackage(title: str) -> str:
    """The Frictionless descriptor (Data Package v1) of the tables and the GeoJSON."""
    resources: list[dict] = [_table_resource(name) for name in TABLES]
    resources.append({"name": "places", "path": "places.geojson", "format": "geojson",
                      "mediatype": "application/geo+json", "encoding": "utf-8",
                      "description": "Places with coordinates, as GeoJSON points"})
    data = {"name": "source-archive", "title": title, "profile": "data-package",
            "description": "Documents, people, places and organisations of the archive, their "
                           "mentions and speaker turns; archive.json at the site's root holds "
                           "the same in one JSON document.",
            "resources": resources}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def _table_resource(name: str) -> dict:
    fields = [{"name": col, "type": kind, "description": text}
              for col, (kind, text) in COLUMNS[name].items()]
    schema: dict[str, object] = {"fields": fields, "missingValues": [""]}
    if name in ("documents", "entities"):
        schema["primaryKey"] = ["id"]
    if name in FOREIGN_KEYS:
        schema["foreignKeys"] = [{"fields": col, "reference": {"resource": table,
                                                                "fields": ref}}
                                 for col, table, ref in FOREIGN_KEYS[name]]
    return {"name": name, "path": f"{name}.csv", "profile": "tabular-data-resource",
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": "\""},
            "schema": schema}
