"""A very long document shown in parts: a full-text result opens the part holding the passage."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from ..conftest import mkdocs_build
from .conftest import Served, serve
from .test_reader import HIGHLIGHT, expect_results

WORDS = ("harbour inspectors measured the northern pier again before the storm season and wrote "
         "their findings into the ledger kept at the office near the old customs house").split()


def long_transcript(paragraphs: int, marked: int) -> str:
    """A transcript of many turns (~1 MB); one turn, late in it, holds a word found nowhere else."""
    rng = random.Random(3)
    turns = []
    for i in range(paragraphs):
        words = [rng.choice(WORDS) for _ in range(rng.randint(60, 120))]
        if i == marked:
            words.insert(30, "Quellwasserbrief")
        text = " ".join(words)
        turns.append(f"{'ANNA VELKOVA' if i % 2 else 'BORIS TARNOV'}: {text[0].upper()}{text[1:]}.")
    return "Harbour hearing, full record\n\n" + "\n\n".join(turns) + "\n"


@pytest.fixture(scope="module")
def parts_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    root = tmp_path_factory.mktemp("parts")
    (root / "src").mkdir()
    (root / "src" / "hearing.txt").write_text(long_transcript(1800, 1650), encoding="utf-8")
    (root / "src" / "short.txt").write_text("Pier note\n\nThe pier is fine.\n", encoding="utf-8")
    (root / "entities.yml").write_text("version: 1\nentities: []\n", encoding="utf-8")
    result = mkdocs_build(root / "site", root / "src", root / "entities.yml", "--strict")
    assert result.returncode == 0, result.stderr
    with serve(root / "site") as url:
        yield Served(url, root / "site")


def test_search_result_opens_the_part_that_holds_the_passage(page: Page, parts_site: Served):
    data = json.loads((parts_site.site / "archive.json").read_text(encoding="utf-8"))
    doc = next(d for d in data["documents"] if d["source"] == "hearing.txt")
    assert (parts_site.site / doc["url"] / "part-2" / "index.html").is_file()
    page.goto(parts_site.url + "search.html?fulltext=Quellwasserbrief")
    results = expect_results(page, r"^1 result for Quellwasserbrief$")
    href = results.get_attribute("href")
    assert re.search(r"/part-\d+/index\.html#p-[0-9a-f]{8}(-\d+)?$", href), href
    anchor = href.split("#")[1]
    results.click()
    landed = page.locator(f"#{anchor}")
    expect(landed).to_contain_text("Quellwasserbrief")
    expect(landed).to_have_css("background-color", HIGHLIGHT)
    expect(landed).to_be_in_viewport()
    # the passage can be cited from its part's page: the citation names that page and passage
    expect(page.locator(".cite-block .cite-url")).to_contain_text(
        re.compile(r"/part-\d+/index\.html#" + anchor + "$"))
    expect(page.locator(".cite-block .cite-locator")).to_contain_text("¶")
