"""Full-text search: filter markup is escaped data, only marked pages are indexed, values listed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from archivist.fulltext import (BUNDLE, VALUES_DIR, build_fulltext, document_filters,
                                entity_filters, indexable_pages)
from archivist.index import build_index
from archivist.model import Archive, Block, Document, Entity, Mention, Metadata

from .conftest import extract

HOSTILE = '<script>alert("x")</script> & "Co"'


def _archive() -> Archive:
    meta = Metadata(title="T", date=dt.date(2021, 3, 4), outlet=HOSTILE, kind="transcript")
    doc = Document(id="d1", source="d1.txt", sha256="0" * 64, meta=meta,
                   blocks=(Block("paragraph", "Jane </span> Roe spoke.", 1),), words=4)
    person = Entity(id="jane", name="Jane </span> Roe", type="person")
    mention = Mention(document="d1", entity="jane", block=0, start=0, end=15,
                      text="Jane </span> Roe", anchor="m-1")
    return Archive(documents=(doc,), entities=(person,), mentions=(mention,), problems=())


def test_filter_values_are_escaped_text_in_a_hidden_ignored_block():
    index = build_index(_archive())
    markup = document_filters(index.docs["d1"], index)
    assert "<script>" not in markup and "</span> Roe" not in markup
    parsed = extract(markup)
    spans = [(a.get("data-pagefind-filter"), a.get("data-pagefind-meta")) for t, a in parsed.tags
             if t == "span"]
    assert ("type", None) in spans and ("person", None) in spans and ("year", None) in spans
    div = parsed.tags[0][1]
    assert {"hidden", "data-pagefind-ignore", "data-search-exclude", "data-fulltext"} <= set(div)
    assert HOSTILE in parsed.text and "Jane </span> Roe" in parsed.text and "2021" in parsed.text


def test_only_marked_first_pages_are_indexed_and_values_listed(tmp_path: Path):
    index = build_index(_archive())
    page = ("<html><body><header>Site nav words</header><article><h1>{title}</h1>{filters}"
            "<p>{body}</p></article></body></html>")
    files = {
        "documents/d1/index.html": page.format(title="T", body="Zanzibar report",
                                               filters=document_filters(index.docs["d1"], index)),
        "people/jane/index.html": page.format(title="Jane", body="A person",
                                              filters=entity_filters(index.entities["jane"])),
        "documents/2021/index.html": page.format(title="Year", body="Zanzibar listing", filters=""),
        "people/jane/page-2/index.html": page.format(title="Jane 2", body="More", filters=""),
    }
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    pages, values = indexable_pages(tmp_path)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in pages) == [
        "documents/d1/index.html", "people/jane/index.html"]
    assert values["person"] == {"Jane </span> Roe": 2} and values["outlet"] == {HOSTILE: 1}
    stats = build_fulltext(tmp_path)
    assert stats.pages == 2
    bundle = tmp_path / BUNDLE
    assert (bundle / "pagefind-entry.json").is_file() and list((bundle / "fragment").iterdir())
    assert json.loads((bundle / VALUES_DIR / "type.json").read_text()) == [
        ["person", 1], ["transcript", 1]]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".fulltext-")]
