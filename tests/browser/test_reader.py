"""The default site as a reader meets it, in Debian's Chromium (Playwright)."""

from __future__ import annotations

import json
import random
import re

import pytest
from playwright.sync_api import Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from archivist.publish.fulltext import fnv1a, fold, words

from .conftest import Served
from .payload import first_query

pytestmark = pytest.mark.browser

ZELENSKY = "people/volodymyr-zelensky/index.html"
TURKMENISTAN = "documents/transcript-of-putins-q-a-with-journalists-in-turkmenistan-on/index.html"
HIGHLIGHT = "rgb(255, 229, 138)"
PASSAGE = r"(#p-[0-9a-f]{8}(-\d+)?)?$"  # a full-text result opens the document at its passage  # a.mention:target in docs/assets/archive.css


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


def header_search(page: Page, text: str) -> Locator:
    """Type into Material's header search until its worker (index still loading) answers."""
    box = page.locator("input.md-search__input")
    first = page.locator(".md-search-result__list a.md-search-result__link").first
    for _ in range(30):
        box.fill("")
        box.press_sequentially(text)
        try:
            first.wait_for(timeout=1_000)
            return first
        except PlaywrightTimeout:
            continue
    raise AssertionError(f"header search: no result for {text!r}")


def test_header_search_finds_a_person_by_another_spelling(page: Page, served: Served):
    page.goto(served.url + "index.html")
    first = header_search(page, "Zelenskiy")
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
    """The title link of each full-text result."""
    return page.locator("li.fulltext-result a.fulltext-result__title")


def expect_results(page: Page, pattern: str) -> Locator:
    """Wait for the status line, then for every listed result; return the title links."""
    status = page.locator(".fulltext-status")
    expect(status).to_have_text(re.compile(pattern))
    count = int(status.inner_text().split()[0].replace(",", ""))
    links = result_links(page)
    expect(links).to_have_count(min(count, 5))
    return links


def test_fulltext_search_with_a_filter_finds_the_document(page: Page, served: Served):
    page.goto(served.url + "search.html")
    page.locator("#fulltext-query").fill("Putin")
    results = expect_results(page, r"^\d+ results for Putin$")
    assert results.count() > 1
    page.locator("#filter-year").select_option("2022")
    results = expect_results(page, r"^1 result for Putin$")
    expect(results).to_have_attribute("href", re.compile(re.escape(TURKMENISTAN) + PASSAGE))
    expect(page.locator(".fulltext-result__excerpt mark").first).to_have_text(
        re.compile("putin", re.I))
    meta = page.locator(".fulltext-result__meta")
    expect(meta).to_have_text("2022-06-29 · Kremlin · compilation")
    results.click()
    expect(page).to_have_url(re.compile(re.escape(served.url + TURKMENISTAN) + PASSAGE))


def test_fulltext_filter_by_outlet_then_person(page: Page, served: Served):
    page.goto(served.url + "search.html?fulltext=Ukraine")
    expect_results(page, r"^\d+ results for Ukraine$")
    page.locator("#filter-outlet").fill("Kremlin")
    results = expect_results(page, r"^1 result for Ukraine$")
    expect(results).to_have_attribute("href", re.compile(re.escape(TURKMENISTAN) + PASSAGE))
    page.locator("#filter-outlet").fill("")
    page.locator("#filter-person").click()
    expect(page.locator('#values-person option[value="Oleksandr Syrskyi"]')).to_have_count(1)
    page.locator("#filter-person").fill("Oleksandr Syrskyi")
    results = expect_results(page, r"^[12] results? for Ukraine$")
    hrefs = [a.get_attribute("href") for a in results.all()]
    assert any("/documents/" in h for h in hrefs), hrefs
    assert all("/documents/" in h or h.endswith("people/oleksandr-syrskyi/index.html")
               for h in hrefs), hrefs


def test_fulltext_excerpt_comes_from_the_part_of_a_long_document_that_matches(
        page: Page, served: Served):
    fetched: list[str] = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    page.goto(served.url + "search.html?fulltext=Damocles")
    results = expect_results(page, r"^1 result for Damocles$")
    expect(results).to_have_attribute("href", re.compile(re.escape(TURKMENISTAN) + PASSAGE))
    expect(page.locator(".fulltext-result__excerpt mark")).to_have_text(["Damocles"])
    expect(page.locator(".fulltext-result__excerpt")).to_have_text(re.compile(r"^… "))
    assert [u for u in fetched if re.search(r"/fulltext/d/\d+-\d+\.json\.gz", u)]
    anchor = results.get_attribute("href").split("#")[1]  # the passage the excerpt is from
    results.click()
    landed = page.locator(f"#{anchor}")
    expect(landed).to_contain_text("Damocles")
    expect(landed).to_have_css("background-color", HIGHLIGHT)
    expect(landed).to_be_in_viewport()


TRICKY = ["Kyïv", "ZÜRICH", "Zelenskyy's ﬁnal—“deal”", "snake_case 2022", "Кремль, МОСКВА",
          "İstanbul", "straße", "½ 1⁄2", "e\u0301te\u0301", "日本語 text", "x²", "Ⅻ", "Å"]


def test_search_page_folds_and_splits_words_as_the_index_does(page: Page, served: Served):
    page.goto(served.url + "search.html")
    js = page.evaluate("t => t.map(s => [window.archiveFulltext.words(s), "
                       "window.archiveFulltext.fnv1a(window.archiveFulltext.fold(s))])", TRICKY)
    assert js == [[words(s), fnv1a(fold(s))] for s in TRICKY]
    rng = random.Random(7)
    pool = [chr(c) for lo, hi in [(0x20, 0x7E), (0xA0, 0x24F), (0x300, 0x36F), (0x370, 0x4FF),
                                  (0x1E00, 0x1EFF), (0x2000, 0x215F), (0x3040, 0x30FF),
                                  (0x4E00, 0x4E3F), (0xFB00, 0xFB06), (0xFF01, 0xFF5E)]
            for c in range(lo, hi + 1)]
    samples = ["".join(rng.choices(pool, k=rng.randint(1, 24))) for _ in range(400)]
    js = page.evaluate("t => t.map(s => window.archiveFulltext.words(s))", samples)
    assert [s for s, w in zip(samples, js) if w != words(s)] == []


def test_fulltext_search_lives_in_the_address_and_can_be_shared(page: Page, served: Served):
    page.goto(served.url + "search.html?fulltext=Ukraine&outlet=Kremlin&year=2022")
    results = expect_results(page, r"^1 result for Ukraine$")
    expect(results).to_have_attribute("href", re.compile(re.escape(TURKMENISTAN) + PASSAGE))
    expect(page.locator("#filter-year")).to_have_value("2022")
    expect(page.locator("#filter-year option[value='2022']")).to_have_count(1)
    page.locator("#filter-outlet").fill("")
    expect(page).to_have_url(re.compile(r"search\.html\?fulltext=Ukraine&year=2022$"))
    page.locator("#filter-year").select_option("")
    expect_results(page, r"^\d+ results for Ukraine$")
    expect(page).to_have_url(re.compile(r"search\.html\?fulltext=Ukraine$"))


def test_entity_page_leads_to_a_search_of_the_documents_that_mention_it(
        page: Page, served: Served):
    page.goto(served.url + "people/oleksandr-syrskyi/index.html")
    documents = page.locator(".entity-meta dt:text-is('Documents') + dd")
    count = int(re.match(r"([\d,]+) ", documents.inner_text()).group(1).replace(",", ""))
    documents.get_by_role("link", name="search the text").click()
    expect(page.locator("#filter-person")).to_have_value("Oleksandr Syrskyi")
    links = expect_results(page, rf"^{count} results?$")
    assert all("/documents/" in a.get_attribute("href") for a in links.all())


def test_fulltext_result_text_is_never_markup(page: Page, served: Served):
    page.goto(served.url + "search.html?fulltext=Putin")
    expect_results(page, r"results for Putin$")
    excerpt_children = page.locator(".fulltext-result__excerpt *")
    assert {el.evaluate("e => e.tagName") for el in excerpt_children.all()} <= {"MARK"}
    assert page.locator(".fulltext-result script, .fulltext-result img").count() == 0


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
    assert {"assets/search.js", "fulltext/meta.json"} <= set(result["fetched"])
    assert not [f for f in result["fetched"] if f.startswith("fulltext/f/")]  # used filters only
    assert result["gzip_bytes"] <= 300_000, result


def test_fulltext_results_sort_by_relevance_or_by_date(page: Page, served: Served):
    page.goto(served.url + "search.html?fulltext=Russia")
    links = expect_results(page, r"^\d+ results for Russia$")
    by_relevance = [a.get_attribute("href").split("#")[0] for a in links.all()]
    page.locator("#fulltext-sort").select_option("newest")
    expect(page).to_have_url(re.compile(r"search\.html\?fulltext=Russia&sort=newest$"))
    links = expect_results(page, r"^\d+ results for Russia$")
    dates = page.locator(".fulltext-result__meta").all_inner_texts()
    by_date = [a.get_attribute("href").split("#")[0] for a in links.all()]
    assert sorted(by_date) == sorted(by_relevance)
    shown = [d.split(" · ")[0] for d in dates]
    dated = [d for d in shown if d != "undated"]
    assert dated == sorted(dated, reverse=True) and shown[:len(dated)] == dated
    page.goto(served.url + "search.html?fulltext=Russia&sort=newest")
    expect(page.locator("#fulltext-sort")).to_have_value("newest")
