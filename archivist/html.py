"""Small pure helpers for emitting safe HTML/Markdown: escaping, links, front matter, pagers."""

from __future__ import annotations

import functools
import json
import re


URL = re.compile(r"https?://[^\s<>\"'“”‘’]+")
URL_TRAILING = ".,;:!?)]}»…"
def esc(text: str) -> str:
    """HTML-escape text (quotes included): what html.escape(text, quote=True) gives."""
    # html.escape's own replacements, in its order, without its call: esc runs millions of times.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
        .replace('"', "&quot;").replace("'", "&#x27;")


def page_url(src: str) -> str:
    """The built URL (use_directory_urls: false) of a Markdown source path."""
    return src[:-3] + ".html" if src.endswith(".md") else src


def href(from_src: str, to_src: str, anchor: str = "") -> str:
    """A relative link from one page (source path) to another page or file."""
    # Up to the site root and down again: valid for every pair of pages and far cheaper than
    # posixpath.relpath, which dominated rendering time on large archives.
    # "../" needs no escaping, and escaping is character by character: the target's part is
    # escaped once per target.
    return "../" * from_src.count("/") + _target(to_src) + (f"#{esc(anchor)}" if anchor else "")


@functools.lru_cache(maxsize=65536)
def _target(to_src: str) -> str:
    """The escaped URL of a page or file, relative to the site root."""
    return esc(page_url(to_src))


def link(from_src: str, to_src: str, text: str, anchor: str = "", cls: str = "") -> str:
    """An <a> element with escaped text."""
    attr = f' class="{cls}"' if cls else ""
    return f'<a{attr} href="{href(from_src, to_src, anchor)}">{esc(text)}</a>'


def front_matter(title: str, **meta: object) -> str:
    """YAML front matter; text values are HTML-escaped because themes print them unescaped."""
    data = {k: esc(" ".join(v.split())) if isinstance(v, str) else v
            for k, v in {"title": title, **meta}.items() if v is not None}
    # JSON is valid YAML flow syntax, and json.dumps is ~50x faster than yaml.safe_dump here.
    lines = "".join(f"{k}: {json.dumps(v, ensure_ascii=False, sort_keys=True)}\n"
                    for k, v in sorted(data.items()))
    return f"---\n{lines}---\n\n"


def find_urls(text: str) -> list[tuple[int, int]]:
    """Spans of bare http(s) URLs, without trailing punctuation."""
    spans = []
    for match in URL.finditer(text):
        url = match[0].rstrip(URL_TRAILING)
        if url.count("(") > url.count(")") and match[0][len(url):].startswith(")"):
            url += ")"
        spans.append((match.start(), match.start() + len(url)))
    return spans


def paginate(items: list, size: int) -> list[list]:
    """Split a list into pages of at most size items (always at least one page)."""
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def page_src(base: str, number: int) -> str:
    """Source path of page number (1-based) of a paginated listing rooted at base/index.md."""
    return f"{base}/index.md" if number == 1 else f"{base}/page-{number}/index.md"


def pager(base: str, number: int, total: int) -> str:
    """Navigation between the pages of a paginated listing."""
    if total <= 1:
        return ""
    here = page_src(base, number)
    parts = []
    for n in range(1, total + 1):
        if n == number:
            parts.append(f'<span aria-current="page">{n}</span>')
        elif n in (1, total) or abs(n - number) <= 3:
            parts.append(link(here, page_src(base, n), str(n)))
        elif abs(n - number) == 4:
            parts.append("<span>…</span>")
    return f'<nav class="pager" aria-label="Pages">{" ".join(parts)}</nav>\n\n'


def plural(count: int, noun: str, many: str | None = None) -> str:
    """'1 document', '2 documents' (count with thousands separators)."""
    return f"{count:,} {noun if count == 1 else many or noun + 's'}"


def time_tag(day: object | None, text: str) -> str:
    """A date that never breaks across lines: <time datetime="2022-06-29">…</time>."""
    return f'<time datetime="{day}">{text}</time>' if day else text
