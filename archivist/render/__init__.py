"""Rendering, the pure half of writing: Archive and Index → the text of every generated file.

Nothing here touches the disk; every function returns text (or bytes) for publish/writer.py.

- pages: document pages (with their parts), the home page, documents by date, outlets, the report;
- entities, az: entity pages and the A–Z indexes of people, places and organisations;
- extras, feeds, network: the map, the co-occurrence network and the Atom feeds;
- linked_data, cite: schema.org JSON-LD of entity pages; a document's citation and head metadata;
- gaps: time charts that show empty months and years;
- reuse, export, datasets: the Data page, archive.json, CSV tables, the data package and GeoJSON;
- quicksearch: entries for Material's header search (titles, metadata, aliases).
"""
