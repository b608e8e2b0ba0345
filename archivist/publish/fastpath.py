"""Generated pages are raw HTML already: hand them to MkDocs without a Markdown round trip."""

from __future__ import annotations

import html
import re

HEADING = re.compile(r'<h([2-6]) id="([^"]+)"[^>]*>(.*?)</h\1>', re.S)
TAG = re.compile(r"<[^>]+>")
PERMALINK = re.compile(r'<a class="headerlink"[^>]*>[^<]*</a>')


def is_raw_html(markdown: str) -> bool:
    """True when every block of a page body is an HTML block, so Markdown would pass it through."""
    return all(block.lstrip().startswith("<") for block in markdown.split("\n\n") if block.strip())


def toc_tokens(body: str) -> list[dict]:
    """Python-Markdown-style toc tokens for the h2–h6 headings of a generated page."""
    tokens: list[dict] = []
    stack: list[dict] = []
    for level, anchor, inner in HEADING.findall(body):
        inner = PERMALINK.sub("", inner)  # the heading's ¶ link is no part of its name
        plain = TAG.sub("", inner)
        token = {"level": int(level), "id": html.unescape(anchor), "name": plain,
                 "html": inner, "data-toc-label": "", "children": []}
        while stack and stack[-1]["level"] >= token["level"]:
            stack.pop()
        (stack[-1]["children"] if stack else tokens).append(token)
        stack.append(token)
    return tokens
