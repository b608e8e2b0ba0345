"""Citations: the ready text, the downloads' data and head metadata, with hostile metadata (the
downloads themselves are built in the browser: tests/browser/test_cite.py)."""

from __future__ import annotations

import datetime as dt
import json
from html.parser import HTMLParser

from archivist.model import Document, Metadata
from archivist.render.cite import (
    Publication,
    citation,
    cite_block,
    cite_data,
    head_meta,
    json_ld,
)

HOSTILE = 'A {b}ad} \\end{document} 50% & $x_1^2$ #1 ~ "q" <script>alert(1)</script>\n' \
          "ER  - \r\nTI  - injected"
PUB = Publication("Source Archive", "https://example.org/archive/")


def doc(**meta: object) -> Document:
    fields = {"title": "Talks in Moscow", "date": dt.date(2022, 6, 29), "outlet": "Kremlin",
              "author": "Anna Berg", "kind": "article", "url": "https://kremlin.example/1"}
    fields.update(meta)
    return Document(id="talks-in-moscow", source="talks.txt", sha256="0" * 64,
                    meta=Metadata(**fields), blocks=(), words=3)


def test_ready_citation_names_author_title_outlet_date_archive_and_address():
    c = citation(doc(), PUB)
    block = cite_block(c)
    assert "Anna Berg. “Talks in Moscow.” <i>Kremlin</i>, 29 June 2022. In <i>Source Archive" \
           "</i>." in block
    assert ("https://example.org/archive/documents/talks-in-moscow/index.html</span>"
            '<span class="cite-locator"></span>. Accessed [date].') in block
    assert '<a data-format="bib" download="talks-in-moscow.bib">BibTeX</a>' in block
    assert '<p class="cite-downloads" hidden>' in block  # nothing to download without scripts


def test_cite_data_carries_what_the_downloads_need():
    data = json.loads(cite_data(citation(doc(), PUB)))
    assert data == {"key": "talks-in-moscow", "title": "Talks in Moscow", "author": "Anna Berg",
                    "outlet": "Kremlin", "date": "2022-06-29", "kind": "article",
                    "archive": "Source Archive",
                    "url": "https://example.org/archive/documents/talks-in-moscow/index.html",
                    "original_url": "https://kremlin.example/1"}


def test_undated_anonymous_unpublished_document():
    c = citation(doc(date=None, author=None, outlet=None, url=None), Publication("A"))
    assert "n.d." in cite_block(c)
    data = json.loads(cite_data(c))
    assert data["date"] is None and data["author"] is None and data["url"] is None
    names = [n for n, _ in head_meta(c)]
    assert "citation_author" not in names and "citation_public_url" not in names


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_cite_block_escapes_hostile_metadata_and_keeps_it_whole_as_data():
    c = citation(doc(title=HOSTILE, author='"><img src=x onerror=alert(1)>',
                     outlet="<b>Out</b>"), PUB)
    parser = Tags()
    parser.feed(cite_block(c))
    assert {t for t, _ in parser.tags} <= {"section", "h2", "p", "i", "span", "a", "small"}
    assert "<script>alert(1)</script>" in "".join(parser.text)
    data = json.loads(parser.tags[0][1]["data-cite"])
    assert data["title"] == " ".join(HOSTILE.split()) and data["outlet"] == "<b>Out</b>"
    assert data["author"] == '"><img src=x onerror=alert(1)>'


def test_json_ld_types_the_author_and_document():
    assert json_ld(citation(doc(), PUB))["author"] == {"@type": "Person", "name": "Anna Berg"}
    assert json_ld(citation(doc(author="Press office of the ministry"), PUB))["author"][
        "@type"] == "Organization"
    assert json_ld(citation(doc(), PUB))["@type"] == "NewsArticle"
    assert json_ld(citation(doc(outlet=None), PUB))["@type"] == "Article"


def test_entity_json_ld_links_wikidata_and_geonames():
    from archivist.model import Entity
    from archivist.render.linked_data import entity_jsonld

    kyiv = Entity(id="kyiv", name="Kyiv", type="place", aliases=("Kiev",), wikidata="Q1899",
                  geonames=703448, coordinates=(50.45, 30.52), description="Capital")
    assert entity_jsonld(kyiv) == {
        "@context": "https://schema.org", "@type": "Place", "name": "Kyiv",
        "alternateName": ["Kiev"], "description": "Capital",
        "sameAs": ["https://www.wikidata.org/wiki/Q1899", "https://www.geonames.org/703448/"],
        "geo": {"@type": "GeoCoordinates", "latitude": 50.45, "longitude": 30.52}}
    plain = entity_jsonld(Entity(id="x", name="X Corp", type="organization"))
    assert plain == {"@context": "https://schema.org", "@type": "Organization", "name": "X Corp"}


def test_dc_type_names_the_zotero_item_type():
    def dc_type(c):
        return dict(head_meta(c))["DC.type"]
    assert dc_type(citation(doc(), PUB)) == "newspaperArticle"
    assert dc_type(citation(doc(outlet=None), PUB)) == "webpage"
    assert dc_type(citation(doc(kind="report"), PUB)) == "report"
    assert dc_type(citation(doc(kind="transcript"), PUB)) == "webpage"
