"""The Author and Place fields of a document page link to the person and place pages."""

from __future__ import annotations

from pathlib import Path

from archivist.index import build_index
from archivist.render.pages import document_page

from .conftest import archive_of


def _meta_panel(tmp_path: Path, text: str) -> str:
    archive = archive_of(tmp_path, {"a.txt": text})
    index = build_index(archive)
    page = document_page(archive.documents[0], index)
    return page[page.index('<dl class="doc-meta">'):page.index("</dl>")]


def test_a_dateline_place_links_each_part_to_its_place_page(tmp_path: Path):
    panel = _meta_panel(tmp_path, "Floods close the coast road\n\nNAIROBI, Kenya — Heavy rain "
                        "closed roads in Nairobi on Monday, officials in Kenya said.\n")
    assert "<dt>Place</dt>" in panel
    assert 'href="../../places/nairobi/index.html">Nairobi</a>, ' in panel
    assert 'href="../../places/kenya/index.html">Kenya</a>' in panel


def test_a_field_the_text_does_not_name_stays_plain_text(tmp_path: Path):
    panel = _meta_panel(tmp_path, "---\ntitle: Floods close the coast road\nauthor: Maria Okafor"
                        "\nplace: Kisumu & Co\n---\nHeavy rain closed roads on Monday.\n")
    assert "<dt>Author</dt><dd>Maria Okafor</dd>" in panel
    assert "<dt>Place</dt><dd>Kisumu &amp; Co</dd>" in panel


def test_an_author_named_in_the_text_links_to_the_person_page(tmp_path: Path):
    panel = _meta_panel(tmp_path, "Floods close the coast road\n\nHeavy rain closed roads in "
                        "Mombasa on Monday, officials said.\n\nReporting by Maria Okafor; "
                        "Editing by John Banda\n")
    assert ('<dt>Author</dt><dd><a href="../../people/maria-okafor/index.html">Maria Okafor</a>'
            '</dd>') in panel
