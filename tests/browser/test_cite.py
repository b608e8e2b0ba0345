"""Citing and linking as a reader does it: ¶ permalinks, the cite block and its downloads, the
head metadata a reference manager reads, the Data page, the panel on a phone."""

from __future__ import annotations

import json
import re

import bibtexparser
import pytest
import rispy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playwright.sync_api import Browser, Page, expect

from .conftest import Served
from .test_reader import HIGHLIGHT, TURKMENISTAN, header_search

pytestmark = pytest.mark.browser

ANCHOR = re.compile(r"#(p-[0-9a-f]{8}(?:-\d+)?)$")
# What Zotero's "Embedded Metadata" translator reads: <meta> in <head>, matched by the end of
# their name; the first value of each Highwire field, every citation_author.
ZOTERO_FIELDS = {"citation_title": "title", "citation_publication_date": "date",
                 "citation_date": "date", "citation_publisher": "publisher",
                 "citation_public_url": "url", "citation_language": "language"}
ZOTERO_TYPES = {"newspaperArticle", "webpage", "report", "interview"}
HOSTILE = 'A {b}ad} \\end{document} 50% & $x_1^2$ #1 ~ "q" <script>alert(1)</script>\n' \
          "ER  - \r\nTI  - injected"
# The block's downloads as the reader would save them: the text behind each link's address.
DOWNLOADS = """async () => {
  const out = {};
  for (const a of document.querySelectorAll('.cite-block a[download]')) {
    out[a.textContent] = [a.getAttribute('download'), await (await fetch(a.href)).text()];
  }
  return out;
}"""
# Other metadata in the block, as another document would have it; the page then cites it.
RECITE = """data => {
  document.querySelector('.cite-block').setAttribute('data-cite', JSON.stringify(data));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}"""
HEAD_META = """() => Array.from(document.head.getElementsByTagName('meta'))
  .filter(m => m.getAttribute('name'))
  .map(m => [m.getAttribute('name'), m.getAttribute('content')])"""


def parse_bib(text: str) -> dict[str, str]:
    """The one entry of a BibTeX text, its key and type among its fields."""
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks, [b.error for b in library.failed_blocks]
    assert len(library.entries) == 1
    entry = library.entries[0]
    return {"key": entry.key, "type": entry.entry_type, **{f.key: f.value for f in entry.fields}}


def document_record(served: Served, url: str) -> dict:
    docs = json.loads((served.site / "archive.json").read_text(encoding="utf-8"))["documents"]
    return next(d for d in docs if url.endswith(d["url"] + "index.html"))


def zotero_item(pairs: list[list[str]]) -> dict:
    """The fields the Embedded Metadata translator would fill from these head tags."""
    item: dict = {"creators": []}
    for meta_name, field in ZOTERO_FIELDS.items():
        values = [v for n, v in pairs if n.endswith(meta_name) and v and v.strip()]
        if values and field not in item:
            item[field] = " ".join(values[0].split())
    types = [v for n, v in pairs if n.lower() == "dc.type"]  # a Zotero type is taken as is
    item["itemType"] = types[0] if types and types[0] in ZOTERO_TYPES else "journalArticle"
    for name, value in pairs:
        if name.endswith("citation_author"):
            item["creators"] += [a.strip() for a in value.split(";") if a.strip()]
    return item


def test_paragraph_permalink_shows_on_hover_and_names_the_passage(page: Page, served: Served):
    page.goto(served.url + TURKMENISTAN)
    turn = page.locator("p.turn").nth(3)
    pilcrow = turn.locator("a.headerlink")
    expect(pilcrow).to_have_css("opacity", "0")
    turn.hover()
    expect(pilcrow).to_have_css("opacity", "1")
    drawn = pilcrow.evaluate("a => getComputedStyle(a, '::after').content")
    assert drawn == '"¶"' and pilcrow.inner_text() == ""  # drawn, not part of the text
    assert pilcrow.get_attribute("aria-label") == "Link to this turn"
    pilcrow.click()
    anchor = ANCHOR.search(page.url)[1]
    assert anchor == turn.get_attribute("id")
    expect(turn).to_have_css("background-color", HIGHLIGHT)
    expect(page.locator(".cite-block .cite-url")).to_have_text(
        re.compile(re.escape(TURKMENISTAN) + "#" + anchor + "$"))


def test_following_a_permalink_lands_on_the_highlighted_passage(page: Page, served: Served):
    page.goto(served.url + TURKMENISTAN)
    target = page.locator("p.paragraph[id^='p-']").nth(12)
    anchor = target.get_attribute("id")
    page.goto("about:blank")
    page.goto(served.url + TURKMENISTAN + "#" + anchor)
    landed = page.locator(f"#{anchor}")
    expect(landed).to_have_css("background-color", HIGHLIGHT)
    expect(landed).to_be_in_viewport()
    box = landed.bounding_box()
    assert box and box["y"] >= 48, box  # below the sticky header, not under it


def test_headings_inside_documents_have_permalinks_too(page: Page, served: Served):
    page.goto(served.url + TURKMENISTAN)
    heading = page.locator("article h2[id^='h-']").first
    heading.hover()
    link = heading.locator("a.headerlink")
    expect(link).to_have_css("opacity", "1")
    assert link.get_attribute("href") == "#" + heading.get_attribute("id")
    toc = page.locator(".md-nav--secondary a.md-nav__link").first  # the ¶ stays out of the toc
    expect(toc).not_to_contain_text("¶")


def test_cite_block_and_its_downloads_carry_the_document_metadata(page: Page, served: Served):
    page.goto(served.url + TURKMENISTAN)
    record = document_record(served, TURKMENISTAN)
    block = page.locator(".cite-block")
    expect(block.locator("h2")).to_have_text("Cite this document")
    citation = block.locator(".citation")
    expect(citation).to_contain_text(record["title"])
    expect(citation).to_contain_text("29 June 2022")
    expect(citation).to_contain_text("Source Archive")
    expect(citation).to_contain_text(served.url + TURKMENISTAN)
    links = {a.inner_text(): a.get_attribute("href") for a in block.locator("a[download]").all()}
    assert set(links) == {"BibTeX", "RIS", "CSL-JSON"}
    texts = {}
    for label, target in links.items():
        with page.expect_download() as info:
            block.get_by_role("link", name=label).click()
        texts[label] = open(info.value.path(), encoding="utf-8", newline="").read()
    bib = bibtexparser.parse_string(texts["BibTeX"])
    assert not bib.failed_blocks and len(bib.entries) == 1
    fields = {f.key: f.value for f in bib.entries[0].fields}
    assert fields["date"] == record["date"] and fields["howpublished"] == record["outlet"]
    assert fields["title"].startswith("{Transcript of Putin")
    ris = rispy.loads(texts["RIS"])[0]
    assert ris["title"] == record["title"] and ris["date"] == "2022/06/29"
    assert ris["name_of_database"] == "Source Archive"
    item = json.loads(texts["CSL-JSON"])[0]
    assert item["title"] == record["title"] and item["issued"]["date-parts"] == [[2022, 6, 29]]
    assert item["container-title"] == record["outlet"] == "Kremlin"


def test_a_passage_citation_names_the_passage_in_the_text_and_every_download(
        page: Page, served: Served):
    page.goto(served.url + TURKMENISTAN)
    passages = page.locator("article [id^='p-']").evaluate_all("els => els.map(e => e.id)")
    anchor = page.locator("p.paragraph[id^='p-']").nth(12).get_attribute("id")
    number = passages.index(anchor) + 1
    page.goto("about:blank")
    page.goto(served.url + TURKMENISTAN + "#" + anchor)
    block = page.locator(".cite-block")
    expect(block.locator(".cite-url")).to_have_text(served.url + TURKMENISTAN + "#" + anchor)
    expect(block.locator(".citation")).to_contain_text(f"#{anchor}, ¶ {number}. Accessed [date].")
    files = page.evaluate(DOWNLOADS)
    key = "transcript-of-putins-q-a-with-journalists-in-turkmenistan-on-" + anchor
    assert sorted(name for name, _ in files.values()) == [f"{key}.{ext}"
                                                          for ext in ("bib", "json", "ris")]
    bib = parse_bib(files["BibTeX"][1])
    assert bib["key"] == key and bib["url"].endswith(TURKMENISTAN + "#" + anchor)
    assert bib["note"] == f"Source Archive; compilation; ¶ {number} (\\#{anchor})"
    ris = rispy.loads(files["RIS"][1])[0]
    assert ris["urls"] == [served.url + TURKMENISTAN + "#" + anchor]
    assert ris["notes"] == [f"Passage: ¶ {number} (#{anchor})"]
    item = json.loads(files["CSL-JSON"][1])[0]
    assert item["URL"].endswith("#" + anchor)
    assert item["note"] == f"Passage: ¶ {number} (#{anchor})"


def test_following_a_pilcrow_moves_the_citation_to_that_passage_and_back(page: Page,
                                                                          served: Served):
    page.goto(served.url + TURKMENISTAN)
    assert "#" not in parse_bib(page.evaluate(DOWNLOADS)["BibTeX"][1])["url"]
    turn = page.locator("p.turn").nth(3)
    turn.hover()
    turn.locator("a.headerlink").click()
    anchor = turn.get_attribute("id")
    expect(page.locator(".cite-locator")).to_have_text(re.compile(r"^, ¶ \d+$"))
    assert parse_bib(page.evaluate(DOWNLOADS)["BibTeX"][1])["url"].endswith("#" + anchor)
    page.go_back()
    expect(page.locator(".cite-locator")).to_have_text("")
    assert "#" not in json.loads(page.evaluate(DOWNLOADS)["CSL-JSON"][1])[0]["URL"]


def test_downloads_keep_hostile_metadata_as_data(page: Page, served: Served):
    page.goto(served.url + TURKMENISTAN)
    page.evaluate(RECITE, {"key": "talks", "title": HOSTILE, "author": "X} and {Y",
                           "outlet": "@misc{evil,", "date": None, "kind": "article",
                           "archive": "Source Archive", "url": "https://example.org/~a/{b} c/50%_x",
                           "original_url": None})
    files = page.evaluate(DOWNLOADS)
    bib = parse_bib(files["BibTeX"][1])
    assert r"\textbraceleft{}b\textbraceright{}ad\textbraceright{}" in bib["title"]
    assert r"\textbackslash{}end" in bib["title"]
    assert r"50\% \& \$x\_1\textasciicircum{}2\$" in bib["title"] and "\n" not in bib["title"]
    assert bib["author"] == r"X\textbraceright{} and \textbraceleft{}Y"
    assert "date" not in bib and "year" not in bib
    assert bib["url"] == "https://example.org/~a/%7Bb%7D%20c/50%_x"  # verbatim, yet balanced
    records = rispy.loads(files["RIS"][1])
    assert len(records) == 1 and records[0]["title"] == " ".join(HOSTILE.split())
    assert records[0]["type_of_reference"] == "NEWS" and "date" not in records[0]
    item = json.loads(files["CSL-JSON"][1])[0]
    assert item["title"] == HOSTILE and item["container-title"] == "@misc{evil,"
    assert "issued" not in item and item["type"] == "article-newspaper"


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=40))
def test_any_text_stays_one_balanced_bibtex_entry_and_one_ris_record(
        page: Page, served: Served, text: str):
    if page.url == "about:blank":
        page.goto(served.url + TURKMENISTAN)
    page.evaluate(RECITE, {"key": "k", "title": text or "x", "author": text or None,
                           "outlet": None, "date": "2022-06-29", "kind": "report",
                           "archive": "A", "url": "https://example.org/" + text,
                           "original_url": None})
    files = page.evaluate(DOWNLOADS)
    bib = parse_bib(files["BibTeX"][1])
    for value in (bib["title"], bib.get("author", ""), bib["url"]):
        depth = 0
        for char in value:
            depth += {"{": 1, "}": -1}.get(char, 0)
            assert depth >= 0
        assert depth == 0 and "\n" not in value
    records = rispy.loads(files["RIS"][1])
    assert len(records) == 1 and records[0]["type_of_reference"] == "RPRT"


def test_head_metadata_as_zotero_reads_it(page: Page, served: Served):
    page.goto(served.url + TURKMENISTAN)
    record = document_record(served, TURKMENISTAN)
    pairs = page.evaluate(HEAD_META)
    item = zotero_item(pairs)
    assert item["title"] == record["title"]
    assert item["date"] == "2022/06/29" and item["publisher"] == "Kremlin"
    assert item["itemType"] == "webpage"  # a compilation; an article with an outlet is news
    assert ("DC.date", "2022-06-29") in {(n, v) for n, v in pairs}
    assert page.locator("link[rel='schema.DC']").count() == 1
    data = json.loads(page.locator("script[type='application/ld+json']").text_content())
    assert data["@type"] == "Article" and data["name"] == record["title"]
    assert data["datePublished"] == "2022-06-29" and data["publisher"]["name"] == "Kremlin"


def test_entity_page_describes_its_entity_as_json_ld(page: Page, served: Served):
    page.goto(served.url + "people/volodymyr-zelensky/index.html")
    data = json.loads(page.locator("script[type='application/ld+json']").text_content())
    assert data["@type"] == "Person" and data["name"] == "Volodymyr Zelensky"
    assert data["sameAs"] == ["https://www.wikidata.org/wiki/Q3874799"]


def test_copy_the_citation(page: Page, served: Served):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(served.url + TURKMENISTAN)
    page.get_by_role("button", name="Copy the citation").click()
    expect(page.get_by_role("button", name="Copied")).to_be_visible()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("“Transcript of Putin") and copied.endswith("Accessed [date].")


def test_panel_starts_collapsed_on_a_phone_and_open_on_a_desktop(page: Page, served: Served):
    page.goto(served.url + TURKMENISTAN)
    panel = page.locator("details.entity-panel")
    expect(panel).to_have_attribute("open", "")
    box = panel.bounding_box()
    assert box and box["height"] <= 900 * 0.34, box  # capped: it scrolls
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(served.url + TURKMENISTAN)
    expect(panel).not_to_have_attribute("open", "")
    first = page.locator("article p.turn, article p.paragraph").first
    assert first.bounding_box()["y"] < 2000


def test_data_page_is_in_the_navigation_and_offers_the_files(page: Page, served: Served):
    page.goto(served.url + "index.html")
    page.locator(".md-nav--primary").get_by_role("link", name="Data", exact=True).first.click()
    expect(page).to_have_url(served.url + "data/index.html")
    expect(page.locator("table.data-files a[download] code")).to_have_text(
        ["archive.json", "documents.csv", "entities.csv", "mentions.csv", "turns.csv",
         "places.geojson", "datapackage.json"])
    response = page.request.get(served.url + "data/documents.csv")
    assert response.ok and response.text().startswith("id,title,date,")


def test_header_search_finds_an_outlet(page: Page, served: Served):
    page.goto(served.url + "index.html")
    header_search(page, "Kremlin")
    results = page.locator(".md-search-result__list a.md-search-result__link")
    expect(results.filter(has=page.locator("h1, h2")).and_(
        page.locator("[href*='outlets/kremlin/index.html']"))).to_have_count(1)


def test_home_tab_title_names_the_site_once(page: Page, served: Served):
    page.goto(served.url + "index.html")
    expect(page).to_have_title("Source Archive")


def test_dark_mode_follows_the_system_and_the_toggle(page: Page, served: Served):
    page.emulate_media(color_scheme="dark")
    page.goto(served.url + TURKMENISTAN)
    body = page.locator("body")
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    page.locator("label[title='Switch to light mode']:visible").click()
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    page.goto(served.url + "index.html")  # the reader's choice is kept across pages
    expect(body).to_have_attribute("data-md-color-scheme", "default")


def test_people_index_is_by_surname_with_a_filter_sort_and_jump_bar(page: Page, served: Served):
    from archivist.render.az import fold, surname

    page.goto(served.url + "people/index.html")
    names = page.locator("#az-list li a").all_inner_texts()
    assert len(names) > 10
    assert names == sorted(names, key=lambda n: (fold(surname(n)), fold(n)))
    box = page.locator("input.az-filter")
    box.fill("zelenskiy")  # an alias finds the person, shown as the registry writes the name
    expect(page.locator("#az-list li:visible a")).to_have_text(["Volodymyr Zelensky"])
    expect(page.locator(".az-count")).to_have_text(re.compile(r"^1 of \d+ people on this page$"))
    box.fill("")
    page.locator("select.az-sort").select_option("docs")
    counts = [int(c.replace(",", "")) for c in
              page.locator("ol.az-ranked li:visible small").all_inner_texts()]
    assert len(counts) == len(names) and counts == sorted(counts, reverse=True)
    expect(page.locator("section.az-letter:visible")).to_have_count(0)


def test_jump_bar_works_on_a_phone(page: Page, served: Served):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(served.url + "people/index.html")
    letters = page.locator("nav.az-bar a")
    last = letters.last
    mark = last.inner_text()
    box = last.bounding_box()
    assert box and box["width"] >= 24 and box["height"] >= 24  # a tap target
    last.click()
    expect(page).to_have_url(re.compile(rf"#letter-{mark.lower()}$"))
    expect(page.locator(f"#letter-{mark.lower()}")).to_be_in_viewport()


def test_print_keeps_title_metadata_and_citation(page: Page, served: Served):
    page.goto(served.url + TURKMENISTAN)
    page.emulate_media(media="print")
    expect(page.locator("article h1")).to_be_visible()
    expect(page.locator("dl.doc-meta")).to_be_visible()
    expect(page.locator(".cite-block .citation")).to_be_visible()
    expect(page.locator(".cite-block .cite-url")).to_contain_text(TURKMENISTAN)
    for hidden in ("details.entity-panel", "nav.prev-next", ".cite-copy", ".md-header"):
        expect(page.locator(hidden)).to_be_hidden()
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


def test_without_scripts_the_citation_is_whole_and_no_dead_download_shows(browser: Browser,
                                                                           served: Served):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(served.url + TURKMENISTAN)
        citation = page.locator(".cite-block .citation")
        expect(citation).to_contain_text("“Transcript of Putin")
        expect(citation).to_contain_text("29 June 2022. In Source Archive.")
        expect(citation).to_contain_text(TURKMENISTAN + ". Accessed [date].")
        expect(page.locator(".cite-downloads")).to_have_count(2)
        for downloads in page.locator(".cite-downloads").all():
            expect(downloads).to_be_hidden()
    finally:
        context.close()
