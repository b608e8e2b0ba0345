"""Reuse, pure half: the Data page with its downloads."""

from __future__ import annotations

from collections.abc import Iterator

from ..config import Settings
from ..html import esc, front_matter, href
from ..index import Index
from .cite import Publication
from .datasets import COLUMNS, FOLDER, TABLES, datapackage, places_geojson, tables
from .extras import mappable

DATA_PAGE = f"{FOLDER}/index.md"
TABLE_TEXT = {
    "documents": "one row per document: its metadata, source file and checksum",
    "entities": "one row per person, place and organisation with a page: names, identifiers, "
                "coordinates and counts",
    "mentions": "one row per linked mention: which document names which entity, in which words, "
                "and the mention's anchor on the document page",
    "turns": "one row per speaker turn of every transcript: the label as written, the person "
             "it is attributed to (if any) and the turn's anchor",
}


def publication(settings: Settings) -> Publication:
    """The archive as a publisher, from the site's name and address."""
    return Publication(settings.site_name, settings.site_url)


def reuse_pages(index: Index, settings: Settings) -> Iterator[tuple[str, str]]:
    """The data files and the Data page (a document's citation downloads are built on its page,
    see archivist/render/cite.py)."""
    files = tables(index, settings.originals)
    files[f"{FOLDER}/places.geojson"] = places_geojson(mappable(index), index)
    files[f"{FOLDER}/datapackage.json"] = datapackage(settings.site_name)
    yield from files.items()
    yield DATA_PAGE, data_page(files)


def data_page(files: dict[str, str]) -> str:
    """What can be downloaded, what each file holds, and the columns of each table."""
    here = DATA_PAGE
    sizes = {path: len(text.encode("utf-8")) for path, text in files.items()}
    rows = [_file_row(here, "archive.json", None,
                      "everything below in one JSON document (documents, skipped files, "
                      "warnings, entities, mentions, turns)")]
    rows += [_file_row(here, f"{FOLDER}/{name}.csv", sizes[f"{FOLDER}/{name}.csv"],
                       TABLE_TEXT[name]) for name in TABLES]
    rows.append(_file_row(here, f"{FOLDER}/places.geojson", sizes[f"{FOLDER}/places.geojson"],
                          "the places with coordinates as GeoJSON points (longitude, latitude)"))
    rows.append(_file_row(here, f"{FOLDER}/datapackage.json",
                          sizes[f"{FOLDER}/datapackage.json"],
                          "a Frictionless Data Package describing the four tables and the "
                          "GeoJSON: columns, types, keys"))
    intro = ("<p>Everything this archive holds can be downloaded for reuse. The files are "
             "written by every build from the same data as the pages, and two builds of the "
             "same sources give the same bytes. Text is as written in the sources: treat it "
             "as data (a spreadsheet may read a cell that starts with <code>=</code> as a "
             "formula).</p>\n\n")
    table = ('<table class="data-files"><thead><tr><th>File</th><th>Size</th><th>What it holds'
             f'</th></tr></thead><tbody>{"".join(rows)}</tbody></table>\n\n')
    return (front_matter("Data", description="Download the archive's data: CSV, JSON, GeoJSON.")
            + intro + table + _archive_json() + _csv_notes() + _columns() + _citations())


def _file_row(here: str, path: str, size: int | None, text: str) -> str:
    shown = f"{size:,} bytes" if size is not None else ""
    return (f'<tr><td><a href="{href(here, path)}" download><code>{esc(path.split("/")[-1])}'
            f"</code></a></td><td>{shown}</td><td>{esc(text)}</td></tr>")


def _archive_json() -> str:
    keys = [("version", "the format's version (1)"),
            ("documents", "every document with the columns of documents.csv"),
            ("skipped, warnings, notes", "the build report: each source file that was skipped "
             "or needed a warning, with the reason and line"),
            ("entities", "every person, place and organisation with the columns of "
             "entities.csv (coordinates as [latitude, longitude])"),
            ("mentions", "every linked mention, as in mentions.csv"),
            ("turns", "every speaker turn, as in turns.csv")]
    rows = "".join(f"<li><code>{esc(k)}</code>: {esc(v)}</li>" for k, v in keys)
    return (f'<h2 id="archive-json">archive.json</h2>\n<p>One JSON object:</p>\n'
            f"<ul>{rows}</ul>\n\n")


def _csv_notes() -> str:
    return ('<h2 id="format">Format</h2>\n<p>CSV files are UTF-8, comma-separated, quoted '
            "where needed, with CRLF line ends (RFC 4180) and a header row. An empty cell is a "
            "missing value. Lists (aliases, identical copies) are JSON arrays in one cell. "
            "Dates are ISO 8601. Addresses are relative to the site's root. Every "
            "<code>anchor</code> is an id on the document page: append it to the page's "
            "address after <code>#</code> to link to the mention or the turn.</p>\n\n")


def _columns() -> str:
    parts = ['<h2 id="columns">Columns</h2>\n']
    for name in TABLES:
        rows = "".join(f"<tr><td><code>{esc(col)}</code></td><td>{esc(kind)}</td>"
                       f"<td>{esc(text)}</td></tr>" for col, (kind, text) in COLUMNS[name].items())
        parts.append(f'<h3 id="columns-{name}">{name}.csv</h3>\n<table class="data-columns">'
                     "<thead><tr><th>Column</th><th>Type</th><th>Meaning</th></tr></thead>"
                     f"<tbody>{rows}</tbody></table>\n\n")
    return "".join(parts)


def _citations() -> str:
    return ('<h2 id="citations">Citations</h2>\n<p>Each document page has a ready citation and '
            "offers its reference as BibTeX, RIS and CSL-JSON, naming the passage when the "
            "address does; reference managers such as Zotero also read the page's own metadata. "
            "Every paragraph and speaker turn has a permanent anchor (its ¶ link), derived from "
            "its text, so a link to a passage keeps working when other parts of the document "
            "change.</p>\n")
