"""Bytes a reader's browser fetches for a first full-text query on the search page.

Unlike bench/fulltext_payload.py (which predicts it from the index files), this asks Chromium
what it really loaded: the search script, the index's meta.json, dictionary and posting chunks,
filter choices and the text of the documents shown.

    python -m tests.browser.payload path/to/site --term russia
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

from playwright.sync_api import Page

log = logging.getLogger(__name__)

PRECOMPRESSED = (".gz",)
COUNTED = ("fulltext/", "assets/search.js")


def on_the_wire(path: Path) -> int:
    """Bytes sent by a server that gzips text (the index's .gz files are gzipped already)."""
    data = path.read_bytes()
    if path.name.endswith(PRECOMPRESSED):
        return len(data)
    return min(len(data), len(gzip.compress(data, compresslevel=6)))


def first_query(page: Page, base_url: str, site: Path, term: str) -> dict[str, object]:
    """Open the search page, search for term, and total what the search fetched."""
    fetched: list[str] = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    page.goto(base_url + "search.html")
    started = time.perf_counter()
    page.locator("#fulltext-query").fill(term)
    page.locator(".fulltext-status", has_text=re.compile(r"results? for ")).wait_for()
    page.locator("li.fulltext-result").first.wait_for()
    page.wait_for_load_state("networkidle")
    seconds = time.perf_counter() - started
    files: dict[str, int] = {}
    for url in fetched:
        rel = unquote(urlsplit(url).path).lstrip("/")
        if rel.startswith(COUNTED):
            files[rel] = (site / rel).stat().st_size
    raw = sum(files.values())
    wire = sum(on_the_wire(site / rel) for rel in files)
    return {"term": term, "files": len(files), "raw_bytes": raw, "gzip_bytes": wire,
            "seconds": round(seconds, 2),
            "message": page.locator(".fulltext-status").inner_text(), "fetched": files}


def main(argv: list[str] | None = None) -> int:
    """CLI: serve a built site on 127.0.0.1, run one first query in Chromium, print JSON."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    from .conftest import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: PLC0415

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site", type=Path)
    ap.add_argument("--term", default="russia")
    args = ap.parse_args(argv)
    with serve(args.site) as url, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        result = first_query(browser.new_page(), url, args.site, args.term)
        browser.close()
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    raise SystemExit(main())
