"""Retake the README's screenshots from a built site, at desktop (1280 px) and phone (390 px) width.

    mkdocs build -d /tmp/site          # the default corpus (sources/ + entities.yml)
    python scripts/screenshots.py /tmp/site screenshots/

The site is served on 127.0.0.1:8000 (where `mkdocs serve` puts it, so the citation shows the
address a reader of a local build sees; another free port if 8000 is taken) and opened in Debian's
Chromium through Playwright, as the browser tests do. Nothing leaves the machine: requests to other
hosts (the map's OpenStreetMap tiles) are answered with nothing.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, is_outside, serve

log = logging.getLogger(__name__)

DOCUMENT = "documents/transcript-of-putins-q-a-with-journalists-in-turkmenistan-on/index.html"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def top(path: str) -> Callable[[Page, str], None]:
    """Open a page and stay at its top."""
    def shoot(page: Page, base: str) -> None:
        page.goto(base + path)
    return shoot


def cite(page: Page, base: str) -> None:
    """A document opened at its last paragraph's permalink, scrolled to the citation block."""
    page.goto(base + DOCUMENT)
    anchor = page.locator("article p.paragraph[id^='p-']").last.get_attribute("id")
    page.goto("about:blank")
    page.goto(f"{base}{DOCUMENT}#{anchor}")
    page.evaluate("window.scrollTo(0, 0)")  # scrolled down to it: no "Back to top" button
    page.locator(".cite-block").evaluate("b => b.scrollIntoView({block: 'end'})")
    page.mouse.move(0, 0)


def search(page: Page, base: str) -> None:
    """Full-text search for a name, with its passages shown."""
    page.goto(base + "search.html?fulltext=Putin")
    page.locator("li.fulltext-result").first.wait_for()


SHOTS: dict[str, tuple[dict[str, int], Callable[[Page, str], None]]] = {
    "document.png": ({"width": 1280, "height": 1100}, top(DOCUMENT)),
    "document-phone.png": (PHONE, top(DOCUMENT)),
    "cite.png": (DESKTOP, cite),
    "cite-phone.png": (PHONE, cite),
    "entity.png": ({"width": 1280, "height": 1100}, top("people/volodymyr-zelensky/index.html")),
    "people.png": (DESKTOP, top("people/index.html")),
    "people-phone.png": (PHONE, top("people/index.html")),
    "search.png": ({"width": 1280, "height": 1100}, search),
}


def take(site: Path, out: Path) -> list[Path]:
    """Every screenshot in SHOTS, written to `out`."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with serve(site, port=8000) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, (viewport, shoot) in SHOTS.items():
            context = browser.new_context(viewport=viewport)
            context.route(is_outside, lambda route: route.abort())
            page = context.new_page()
            shoot(page, base)
            page.wait_for_load_state("networkidle")
            page.screenshot(path=out / name)
            written.append(out / name)
            context.close()
        browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line: SITE OUT."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="a built site (mkdocs build -d SITE)")
    parser.add_argument("out", type=Path, help="where the PNG files go (screenshots/)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for path in take(args.site, args.out):
        log.info("wrote %s", path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
