"""Link check of the built default site: every internal link and anchor resolves (no network)."""

from __future__ import annotations

import logging
import posixpath
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

log = logging.getLogger(__name__)

LINK_ATTRS = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"),
              ("source", "src"), ("iframe", "src"), ("form", "action"), ("use", "href")}


class LinkParser(HTMLParser):
    """Every id/name in a page, and every (attribute, URL) that points somewhere."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Collect ids, anchor names and link targets."""
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            if (tag, name) in LINK_ATTRS or (tag == "use" and name == "xlink:href"):
                self.links.append(value)


@lru_cache(maxsize=None)
def parse(path: Path) -> LinkParser:
    """Parse one HTML file once."""
    parser = LinkParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def is_internal(url: str) -> bool:
    """A relative URL or a bare #fragment (not a scheme, host or site-absolute path)."""
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc and not url.startswith("/")


def resolve(site: Path, page: Path, url: str) -> tuple[Path, str]:
    """The file a relative URL points at from page, and its fragment."""
    parts = urlsplit(url)
    if not parts.path:
        return page, unquote(parts.fragment)
    here = posixpath.dirname(page.relative_to(site).as_posix())
    target = posixpath.normpath(posixpath.join(here, unquote(parts.path)))
    path = site / target
    if parts.path.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path, unquote(parts.fragment)


def broken_links(site: Path) -> list[str]:
    """Every internal link of every page whose file or #fragment does not exist."""
    broken = []
    for page in sorted(site.rglob("*.html")):
        for url in parse(page).links:
            if not is_internal(url):
                continue
            target, fragment = resolve(site, page, url)
            rel = page.relative_to(site)
            if not target.resolve().is_relative_to(site.resolve()):
                broken.append(f"{rel}: {url} leaves the site")
            elif not target.is_file():
                broken.append(f"{rel}: {url} (no file {target.relative_to(site)})")
            elif fragment and target.suffix == ".html" and fragment not in parse(target).ids:
                broken.append(f"{rel}: {url} (no id '{fragment}')")
    return broken


def test_every_internal_link_and_anchor_resolves(seed_site: Path):
    pages = list(seed_site.rglob("*.html"))
    links = sum(1 for p in pages for u in parse(p).links if is_internal(u))
    assert len(pages) > 50 and links > 1000, (len(pages), links)
    broken = broken_links(seed_site)
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken[:50])


def test_the_checker_sees_a_broken_file_and_a_broken_anchor(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<p id="here"><a href="../b.html">b</a> <a href="#here">ok</a> <a href="#gone">x</a>'
        '<a href="../index.html#top">top</a> <a href="https://example.org/">out</a></p>')
    (tmp_path / "index.html").write_text('<h1 id="top">t</h1><img src="a/pic.png" alt="">')
    assert broken_links(tmp_path) == [
        "a/index.html: ../b.html (no file b.html)",
        "a/index.html: #gone (no id 'gone')",
        "index.html: a/pic.png (no file a/pic.png)",
    ]
