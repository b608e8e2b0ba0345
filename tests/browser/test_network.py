"""The network page as a reader sees it on a desktop and on a phone: readable names that do not
cover each other, a drawing that fits the screen, circles sized by documents."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

from .conftest import Served

pytestmark = pytest.mark.browser

MIN_LABEL_PX = 11
# Every written name: its size on screen (font size in drawing units × the drawing's scale) and
# its box on screen; hidden names (display: none until hover or focus) are left out.
LABELS = """() => {
  const svg = document.querySelector('svg.network-graph');
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return Array.from(svg.querySelectorAll('.net-nodes a')).map(a => {
    const text = a.querySelector('text');
    const style = getComputedStyle(text);
    const box = text.getBoundingClientRect();
    return {name: a.querySelector('title').textContent, docs: Number(a.dataset.docs),
            r: a.querySelector('circle').r.baseVal.value,
            shown: style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0,
            px: parseFloat(style.fontSize) * scale,
            box: [box.left, box.top, box.right, box.bottom]};
  });
}"""


def overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("width", [1280, 390])
def test_network_names_are_readable_apart_and_the_drawing_fits(page: Page, served: Served,
                                                                width: int):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(served.url + "network/index.html")
    svg = page.locator("svg.network-graph")
    expect(svg).to_have_class("network-graph net-placed")
    labels = page.evaluate(LABELS)
    shown = [label for label in labels if label["shown"]]
    assert len(shown) >= 8, json.dumps(labels)
    for label in shown:
        assert label["px"] >= MIN_LABEL_PX, label
    for i, a in enumerate(shown):
        for b in shown[i + 1:]:
            assert not overlap(a["box"], b["box"]), (a, b)
    most = max(labels, key=lambda label: label["docs"])
    assert most["shown"]  # the most documented entity is always named
    box = svg.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= width
    assert page.evaluate("document.documentElement.scrollWidth") <= width


def test_hidden_names_show_on_focus(page: Page, served: Served):
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto(served.url + "network/index.html")
    quiet = page.locator("svg.network-graph a.net-quiet").first
    expect(quiet.locator("text")).to_be_hidden()
    quiet.focus()
    expect(quiet.locator("text")).to_be_visible()


def test_circle_size_follows_documents_not_links(page: Page, served: Served):
    page.goto(served.url + "network/index.html")
    labels = page.evaluate(LABELS)
    by_docs = sorted(labels, key=lambda label: label["docs"])
    assert [label["r"] for label in by_docs] == sorted(label["r"] for label in labels)
    assert by_docs[0]["docs"] < by_docs[-1]["docs"] and by_docs[0]["r"] < by_docs[-1]["r"]
    record = json.loads((served.site / "archive.json").read_text(encoding="utf-8"))
    docs = {e["name"]: e["documents"] for e in record["entities"]}
    for label in labels:
        name = label["name"].rsplit(" (", 1)[0]
        assert label["docs"] == docs[name], name
