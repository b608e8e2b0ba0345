"""A PDF-derived page in the browser: its page anchors, and its "original" link to the PDF."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page

from ..conftest import mkdocs_build
from ..test_formats import format_sources
from .conftest import Served, serve


@pytest.fixture(scope="module")
def formats_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """A site built from one file of each format, served locally."""
    root = tmp_path_factory.mktemp("formats")
    format_sources(root / "src")
    (root / "entities.yml").write_text("version: 1\nentities: []\n", encoding="utf-8")
    result = mkdocs_build(root / "site", root / "src", root / "entities.yml", "--strict")
    assert result.returncode == 0, result.stderr
    with serve(root / "site") as url:
        yield Served(url, root / "site")


def _doc(site: Path, source: str) -> dict:
    data = json.loads((site / "archive.json").read_text(encoding="utf-8"))
    return next(d for d in data["documents"] if d["source"] == source)


def test_pdf_page_anchor_and_original_link(page: Page, formats_site: Served):
    doc = _doc(formats_site.site, "audit.pdf")
    page.goto(f"{formats_site.url}{doc['url']}index.html#page-2")
    assert page.locator("#page-2").is_visible()
    assert "second page" in page.locator("#page-2 ~ p").first.inner_text()
    link = page.locator("a.original")
    assert link.inner_text() == "source.pdf"
    target = link.evaluate("a => a.href")
    response = page.request.get(target)
    assert response.ok and response.headers["content-type"] == "application/pdf"
    assert response.body() == (formats_site.site / doc["original"]).read_bytes()


def test_saved_page_runs_none_of_its_scripts(page: Page, formats_site: Served):
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    doc = _doc(formats_site.site, "saved/harbour.html")
    page.goto(f"{formats_site.url}{doc['url']}index.html")
    assert "<script>alert(1)</script> was printed" in page.locator("article").inner_text()
    page.goto(f"{formats_site.url}{doc['original']}")
    page.wait_for_timeout(300)
    assert dialogs == []


def test_word_lists_nest_and_numbers_show_once(page: Page, formats_site: Served):
    doc = _doc(formats_site.site, "report.docx")
    page.goto(f"{formats_site.url}{doc['url']}index.html")
    nested = page.locator("article ol.numbered > li > ol.numbered > li").first
    assert nested.inner_text().startswith("a) Check the north pier")
    assert nested.evaluate("li => getComputedStyle(li).listStyleType") == "none"
    assert page.locator("article ul > li > ul > li", has_text="Nylon ropes").is_visible()
    cells = page.locator("article table tr").first.locator("td")
    assert cells.all_inner_texts() == ["Pier", "<b>Cracks</b>"]
    assert page.locator("article table td", has_text="[wide | deep]").is_visible()
