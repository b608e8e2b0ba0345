"""Browser fixtures: the built site served on 127.0.0.1, Debian's Chromium via Playwright."""

from __future__ import annotations

import functools
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Route, sync_playwright

log = logging.getLogger(__name__)

CHROMIUM = os.environ.get("ARCHIVE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
LOCAL_HOSTS = {"127.0.0.1"}
# A 1×1 transparent PNG: what every outside request (map tiles, fonts) gets instead.
EMPTY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4cb0000000049454e44ae426082")


class QuietHandler(SimpleHTTPRequestHandler):
    """A static file handler that logs through logging instead of stderr."""

    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".js": "text/javascript"}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (stdlib signature)
        """Log requests at debug level."""
        log.debug("http: " + format, *args)


@dataclass
class Served:
    """The base URL of the served site and the folder it serves."""

    url: str
    site: Path


@dataclass
class PageLog:
    """Console errors, uncaught exceptions and outside requests seen by one page."""

    errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)


@contextmanager
def serve(site: Path, port: int = 0) -> Iterator[str]:
    """Serve a built site on 127.0.0.1 (this port if free, else any free one) from a thread;
    yields its base URL."""
    handler = functools.partial(QuietHandler, directory=str(site))
    try:
        server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    except OSError:
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def served(seed_site: Path) -> Iterator[Served]:
    """The default corpus' built site on a local static HTTP server."""
    with serve(seed_site) as url:
        yield Served(url, seed_site)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless; the suite fails (never skips) if it is missing."""
    assert Path(CHROMIUM).is_file(), (
        f"{CHROMIUM} is missing: run scripts/test.sh (it installs Debian's chromium) "
        "or `apt-get install -y chromium`")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def is_outside(url: str) -> bool:
    """A request that would leave this machine (map tiles, fonts, anything not 127.0.0.1)."""
    return url.startswith(("http:", "https:")) and urlsplit(url).hostname not in LOCAL_HOSTS


def _answer_locally(route: Route, seen: list[str]) -> None:
    """Answer a request to another host with an empty image, so nothing leaves the machine."""
    seen.append(route.request.url)
    route.fulfill(status=200, body=EMPTY_PNG, content_type="image/png")


@pytest.fixture
def page_log() -> PageLog:
    """What the page under test reported."""
    return PageLog()


@pytest.fixture
def page(browser: Browser, page_log: PageLog) -> Iterator[Page]:
    """A fresh page; the test fails on any console error or uncaught exception."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    # Only outside requests are intercepted: local ones (and the workers' fetches) go straight.
    context.route(is_outside, lambda route: _answer_locally(route, page_log.outside))
    tab = context.new_page()
    tab.set_default_timeout(15_000)

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            page_log.errors.append(f"console: {message.text} ({message.location.get('url')})")

    tab.on("console", on_console)
    tab.on("pageerror", lambda exc: page_log.errors.append(f"pageerror: {exc}"))
    yield tab
    context.close()
    assert not page_log.errors, "\n".join(page_log.errors)
