"""axe-core scan (the copy bundled in axe-playwright-python) of the main kinds of page."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from .conftest import Served

pytestmark = pytest.mark.browser

PAGES = {
    "home": "index.html",
    "document": "documents/transcript-of-putins-q-a-with-journalists-in-turkmenistan-on/index.html",
    "entity": "people/volodymyr-zelensky/index.html",
    "search": "search.html?fulltext=Putin",
    "data": "data/index.html",
    "people": "people/index.html",
    "documents": "documents/index.html",
    "network": "network/index.html",
    "passage": "documents/transcript-of-putins-q-a-with-journalists-in-turkmenistan-on/index.html"
               "#p-ba2deff5",
}
BLOCKING = {"serious", "critical"}
# Every axe rule runs except one about the theme's own markup, which this project does not write:
# Material's header search panel is role="dialog" without a name (best-practice rule).
OPTIONS = {"resultTypes": ["violations"], "rules": {"aria-dialog-name": {"enabled": False}}}


def describe(violation: dict) -> str:
    """One line per violation: rule, impact, help and the first offending nodes."""
    nodes = "; ".join(n["target"][0] if isinstance(n["target"][0], str) else str(n["target"])
                      for n in violation["nodes"][:3])
    return f"{violation['id']} ({violation['impact']}): {violation['help']} — {nodes}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGES)
def test_no_serious_or_critical_violations(page: Page, served: Served, name: str, scheme: str):
    page.emulate_media(color_scheme=scheme)  # the palette follows the system setting
    page.goto(served.url + PAGES[name])
    expect(page.locator("body")).to_have_attribute(
        "data-md-color-scheme", "slate" if scheme == "dark" else "default")
    if name == "search":  # scan the widget with its results and filters showing
        page.locator("li.fulltext-result").first.wait_for()
    response = Axe().run(page, options=OPTIONS).response
    blocking = [v for v in response["violations"] if v["impact"] in BLOCKING]
    assert not blocking, "\n".join(describe(v) for v in blocking)
