"""Full-text search: filter markup is escaped data, only marked pages are indexed, values listed."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from archivist.fulltext import (BUNDLE, VALUES_DIR, FulltextError, FulltextIndex, article,
                                document_filters, filter_values, index_site)
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


def test_only_marked_pages_are_indexed_and_values_listed(tmp_path: Path):
    index = build_index(_archive())
    page = ("<html><body><header>Site nav words</header><article class='md'><h1>{title}</h1>"
            "{filters}<p>{body}</p></article></body></html>")
    files = {
        "documents/d1/index.html": page.format(title="T", body="Zanzibar report",
                                               filters=document_filters(index.docs["d1"], index)),
        "documents/2021/index.html": page.format(title="Year", body="Zanzibar listing", filters=""),
        "people/jane/index.html": page.format(title="Jane", body="A person", filters=""),
    }
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    assert article(files["documents/d1/index.html"]).startswith("<h1>T</h1>")
    assert filter_values(article(files["documents/2021/index.html"])) == []
    stats = index_site(tmp_path)
    assert stats.pages == 1
    bundle = tmp_path / BUNDLE
    assert (bundle / "pagefind-entry.json").is_file()
    assert len(list((bundle / "fragment").iterdir())) == 1
    values = {key: json.loads((bundle / VALUES_DIR / f"{key}.json").read_text())
              for key in ("type", "person", "outlet")}
    assert values == {"type": [["transcript", 1]], "person": [["Jane </span> Roe", 1]],
                      "outlet": [[HOSTILE, 1]]}


def test_indexing_is_reproducible(tmp_path: Path):
    index = build_index(_archive())
    body = f"<h1>T</h1>{document_filters(index.docs['d1'], index)}<p>Zanzibar</p>"
    bundles = []
    for run in ("a", "b"):
        fulltext = FulltextIndex()
        fulltext.add("/documents/d1/index.html", body)
        fulltext.add("/people/jane/index.html", "<h1>Jane</h1>")
        assert fulltext.finish(tmp_path / run).pages == 1
        bundles.append({p.relative_to(tmp_path / run): p.read_bytes()
                        for p in (tmp_path / run).rglob("*") if p.is_file()})
    assert bundles[0] == bundles[1]


def test_an_indexer_that_dies_fails_the_build_with_a_message(tmp_path: Path):
    index = build_index(_archive())
    fulltext = FulltextIndex()
    fulltext._process._proc.kill()  # noqa: SLF001 (stands in for a crash of the binary)
    fulltext.add("/documents/d1/index.html", document_filters(index.docs["d1"], index))
    with pytest.raises(FulltextError, match="Pagefind"):
        fulltext.finish(tmp_path / BUNDLE)
    assert not (tmp_path / BUNDLE).exists()


def test_only_heading_ids_become_pagefind_anchors(tmp_path: Path):
    index = build_index(_archive())
    body = (f'<h1 id="title">T</h1>{document_filters(index.docs["d1"], index)}'
            '<p class="turn" id="turn-1">Jane <a class="m" id="m-1" href="x">Roe</a> said</p>'
            '<h2 id="part-two">Part two</h2><p>Zanzibar</p>')
    FulltextIndex([("/documents/d1/index.html", body)]).finish(tmp_path / BUNDLE)
    (fragment,) = (tmp_path / BUNDLE / "fragment").iterdir()
    data = json.loads(gzip.decompress(fragment.read_bytes())[len(b"pagefind_dcd"):])
    assert [a["id"] for a in data["anchors"]] == ["title", "part-two"]
    assert "Jane Roe said" in data["content"]
