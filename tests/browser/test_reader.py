"""The default site as a reader meets it, in Debian's Chromium (Playwright)."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Locator, Page, expect

from .conftest import Served
from .payload import first_query

pytestmark = pytest.mark.browser

ZELENSKY = "people/volodymyr-zelensky/index.html"
TURKMENISTAN = "documents/transcript-of-putins-q-a-with-journalists-in-turkmenistan-on/index.html"
HIGHLIGHT = "rgb(255, 229, 138)"  # a.mention:target in docs/assets/archive.css


def chronological(served: Served) -> list[str]:
    """Document page paths, oldest first, as archive.json lists them with their dates."""
    docs = json.loads((served.site / "archive.json").read_text(encoding="utf-8"))["documents"]
    ordered = sorted(docs, key=lambda d: (d["date"] or "9999", d["url"]))
    return [d["url"] + "index.html" for d in ordered]


def test_home_page_opens_with_counts_and_latest_documents(page: Page, served: Served):
    page.goto(served.url + "index.html")
    expect(page).to_have_title(re.compile("Source Archive"))
    expect(page.locator("ul.stats li")).to_have_count(4)
    expect(page.locator("#latest + ul.doc-list li")).to_have_count(4)


def test_header_search_finds_a_person_by_another_spelling(page: Page, served: Served):
    page.goto(served.url + "index.html")
    page.locator("input.md-search__input").fill("Zelenskiy")
    first = page.locator(".md-search-result__list a.md-search-result__link").first
    landing = re.compile(re.escape(served.url + ZELENSKY) + r"(\?h=zelenskiy)?$")
    expect(first).to_have_attribute("href", landing)  # ?h= : Material highlights the term
    first.click()
    expect(page).to_have_url(landing)
    expect(page.locator("article h1")).to_have_text("Volodymyr Zelensky")


def test_snippet_leads_to_the_highlighted_mention(page: Page, served: Served):
    page.goto(served.url + ZELENSKY)
    snippet = page.locator("p.kwic mark a").first
    anchor = snippet.get_attribute("href").split("#")[1]
    snippet.click()
    expect(page).to_have_url(re.compile(f"/documents/.+/index.html#{anchor}$"))
    target = page.locator("a.mention:target")
    expect(target).to_have_count(1)
    expect(target).to_have_attribute("id", anchor)
    expect(target).to_have_css("background-color", HIGHLIGHT)
    assert target.is_visible() and target.bounding_box()["y"] < 900


def result_links(page: Page) -> Locator:
    """The title link of each full-text result (sub-results are headings inside a page)."""
    return page.locator("li.pagefind-ui__result > div > p.pagefind-ui__result-title a")


def test_fulltext_search_with_a_filter_finds_the_document(page: Page, served: Served):
    page.goto(served.url + "search.html")
    page.locator(".pagefind-ui__search-input").fill("Putin")
    results = result_links(page)
    expect(results.first).to_be_visible()
    assert results.count() > 1
    page.locator('input.pagefind-ui__filter-checkbox[name="year"][value="2022"]').check()
    expect(page.locator(".pagefind-ui__message")).to_have_text("1 result for Putin")
    expect(results).to_have_count(1)
    expect(results).to_have_attribute("href", re.compile(re.escape(TURKMENISTAN) + "$"))
    expect(page.locator(".pagefind-ui__result-excerpt mark").first).to_have_text(
        re.compile("putin", re.I))
    results.click()
    expect(page).to_have_url(served.url + TURKMENISTAN)


def test_fulltext_filter_by_outlet_then_person(page: Page, served: Served):
    page.goto(served.url + "search.html?fulltext=Ukraine")
    results = result_links(page)
    expect(results.first).to_be_visible()
    page.locator("summary.pagefind-ui__filter-name", has_text=re.compile("^Outlet$")).click()
    page.locator('input.pagefind-ui__filter-checkbox[name="outlet"][value="Kremlin"]').check()
    expect(results).to_have_count(1)
    expect(results).to_have_attribute("href", re.compile(re.escape(TURKMENISTAN) + "$"))
    page.locator('input.pagefind-ui__filter-checkbox[name="outlet"]').uncheck()
    page.locator("summary.pagefind-ui__filter-name", has_text=re.compile("^Person$")).click()
    page.locator('input.pagefind-ui__filter-checkbox[name="person"][value="Oleksandr Syrskyi"]'
                 ).check()
    expect(page.locator(".pagefind-ui__message")).to_have_text(re.compile(r"^[12] results? "))
    hrefs = [a.get_attribute("href") for a in results.all()]
    assert any("/documents/" in h for h in hrefs), hrefs
    assert all("/documents/" in h or h.endswith("people/oleksandr-syrskyi/index.html")
               for h in hrefs), hrefs


def test_previous_and_next_walk_the_documents_by_date(page: Page, served: Served):
    ordered = chronological(served)
    page.goto(served.url + ordered[0])
    expect(page.locator("nav.prev-next a.prev")).to_have_count(0)
    for following in ordered[1:]:
        page.locator("nav.prev-next a.next").click()
        expect(page).to_have_url(served.url + following)
    expect(page.locator("nav.prev-next a.next")).to_have_count(0)
    page.locator("nav.prev-next a.prev").click()
    expect(page).to_have_url(served.url + ordered[-2])


def test_map_page_renders_markers(page: Page, served: Served):
    page.goto(served.url + "map/index.html")
    expect(page.locator(".archive-map.leaflet-container")).to_be_visible()
    markers = page.locator(".archive-map .leaflet-marker-icon")
    expect(markers.first).to_be_visible()
    places = page.locator("ul.map-places li").count()
    assert places > 0 and markers.count() >= 1


def test_network_page_renders_the_graph(page: Page, served: Served):
    page.goto(served.url + "network/index.html")
    graph = page.locator("svg.network-graph")
    expect(graph).to_be_visible()
    box = graph.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 200
    assert page.locator("svg.network-graph a circle").count() >= 2
    assert page.locator("svg.network-graph line").count() >= 1


def test_first_fulltext_query_stays_small(page: Page, served: Served):
    result = first_query(page, served.url, served.site, "russia")
    print(json.dumps({k: v for k, v in result.items() if k != "fetched"}))
    assert result["message"].endswith("for russia") and result["files"] >= 6
    assert "pagefind/pagefind-ui.js" in result["fetched"]
    assert result["gzip_bytes"] <= 300_000, result
