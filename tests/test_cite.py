"""Citations: the ready text, BibTeX, RIS, CSL-JSON and head metadata, with hostile metadata."""

from __future__ import annotations

import datetime as dt
import json
from html.parser import HTMLParser

import bibtexparser
import rispy
from hypothesis import given, settings
from hypothesis import strategies as st

from archivist.cite import (Publication, bibtex, cite_block, citation, citation_files, csl_json,
                            head_meta, json_ld, latex, ris)
from archivist.model import Document, Metadata

HOSTILE = 'A {b}ad} \\end{document} 50% & $x_1^2$ #1 ~ "q" <script>alert(1)</script>\n' \
          "ER  - \r\nTI  - injected"
PUB = Publication("Source Archive", "https://example.org/archive/")


def doc(**meta: object) -> Document:
    fields = {"title": "Talks in Moscow", "date": dt.date(2022, 6, 29), "outlet": "Kremlin",
              "author": "Anna Berg", "kind": "article", "url": "https://kremlin.example/1"}
    fields.update(meta)
    return Document(id="talks-in-moscow", source="talks.txt", sha256="0" * 64,
                    meta=Metadata(**fields), blocks=(), words=3)


def parse_bib(text: str) -> dict[str, str]:
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks, [b.error for b in library.failed_blocks]
    assert len(library.entries) == 1
    entry = library.entries[0]
    return {"key": entry.key, "type": entry.entry_type,
            **{f.key: f.value for f in entry.fields}}


def test_ready_citation_names_author_title_outlet_date_archive_and_address():
    c = citation(doc(), PUB)
    block = cite_block(c, "documents/talks-in-moscow/index.md")
    assert "Anna Berg. “Talks in Moscow.” <i>Kremlin</i>, 29 June 2022. In <i>Source Archive" \
           "</i>." in block
    assert ("https://example.org/archive/documents/talks-in-moscow/index.html</span>. "
            "Accessed [date].") in block
    assert 'href="../../documents/talks-in-moscow/cite.bib" download' in block
    assert 'talks-in-moscow/cite.ris" download' in block


def test_bibtex_parses_and_keeps_the_fields():
    fields = parse_bib(bibtex(citation(doc(), PUB)))
    assert fields["key"] == "talks-in-moscow" and fields["type"] == "misc"
    assert fields["title"] == "{Talks in Moscow}"
    assert fields["author"] == "Anna Berg" and fields["howpublished"] == "Kremlin"
    assert fields["date"] == "2022-06-29" and fields["year"] == "2022"
    assert fields["url"] == "https://example.org/archive/documents/talks-in-moscow/index.html"


def test_bibtex_escapes_hostile_text_and_stays_one_balanced_entry():
    text = bibtex(citation(doc(title=HOSTILE, author="X} and {Y", outlet="@misc{evil,"), PUB))
    fields = parse_bib(text)
    assert r"\textbraceleft{}b\textbraceright{}ad\textbraceright{}" in fields["title"]
    assert r"\textbackslash{}end" in fields["title"] and r"50\% \& \$x\_1\textasciicircum{}2\$"\
        in fields["title"]
    assert "\n" not in fields["title"]
    assert fields["author"] == r"X\textbraceright{} and \textbraceleft{}Y"


@settings(max_examples=200)
@given(st.text(max_size=40))
def test_any_text_is_one_balanced_bibtex_value(text: str):
    value = latex(text)
    depth = 0
    for char in value:
        depth += {"{": 1, "}": -1}.get(char, 0)
        assert depth >= 0
    assert depth == 0 and "\n" not in value
    fields = parse_bib(bibtex(citation(doc(title=text or "x", author=text or None), PUB)))
    assert fields["title"] == "{" + latex(text or "x") + "}"


def test_ris_parses_and_cannot_be_broken_by_line_breaks():
    records = rispy.loads(ris(citation(doc(title=HOSTILE), PUB)))
    assert len(records) == 1
    record = records[0]
    assert record["type_of_reference"] == "NEWS"
    assert record["title"] == " ".join(HOSTILE.split())
    assert record["authors"] == ["Anna Berg"] and record["secondary_title"] == "Kremlin"
    assert record["year"] == "2022" and record["date"] == "2022/06/29"
    assert record["urls"] == ["https://example.org/archive/documents/talks-in-moscow/index.html"]
    assert record["name_of_database"] == "Source Archive"


def test_csl_json_is_an_item_list_with_typed_fields():
    item = json.loads(csl_json(citation(doc(kind="transcript"), PUB)))[0]
    assert item["type"] == "speech" and item["title"] == "Talks in Moscow"
    assert item["author"] == [{"literal": "Anna Berg"}]
    assert item["issued"] == {"date-parts": [[2022, 6, 29]]}
    assert item["container-title"] == "Kremlin" and item["archive"] == "Source Archive"
    assert item["URL"].endswith("/documents/talks-in-moscow/index.html")


def test_undated_anonymous_unpublished_document():
    c = citation(doc(date=None, author=None, outlet=None, url=None), Publication("A"))
    assert "n.d." in cite_block(c, "documents/talks-in-moscow/index.md")
    fields = parse_bib(bibtex(c))
    assert "date" not in fields and "author" not in fields and "url" not in fields
    item = json.loads(csl_json(c))[0]
    assert "issued" not in item and "URL" not in item
    names = [n for n, _ in head_meta(c)]
    assert "citation_author" not in names and "citation_public_url" not in names
    assert set(citation_files(c)) == {f"documents/talks-in-moscow/cite.{e}"
                                      for e in ("bib", "ris", "json")}


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_cite_block_escapes_hostile_metadata():
    c = citation(doc(title=HOSTILE, author='"><img src=x onerror=alert(1)>',
                     outlet="<b>Out</b>"), PUB)
    parser = Tags()
    parser.feed(cite_block(c, "documents/talks-in-moscow/index.md"))
    assert {t for t, _ in parser.tags} <= {"section", "h2", "p", "i", "span", "a", "small"}
    assert "<script>alert(1)</script>" in "".join(parser.text)


def test_json_ld_types_the_author_and_document():
    assert json_ld(citation(doc(), PUB))["author"] == {"@type": "Person", "name": "Anna Berg"}
    assert json_ld(citation(doc(author="Press office of the ministry"), PUB))["author"][
        "@type"] == "Organization"
    assert json_ld(citation(doc(), PUB))["@type"] == "NewsArticle"
    assert json_ld(citation(doc(outlet=None), PUB))["@type"] == "Article"


def test_entity_json_ld_links_wikidata_and_geonames():
    from archivist.linked_data import entity_jsonld
    from archivist.model import Entity

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
