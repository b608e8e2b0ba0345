"""The hook's fast path gives exactly what Python-Markdown would give for generated pages."""

from __future__ import annotations

import re

import markdown

from archivist.config import load_settings
from archivist.pipeline import gather, render_site
from archivist.publish.fastpath import is_raw_html, toc_tokens

from .conftest import ROOT


def test_generated_pages_render_the_same_without_markdown():
    settings = load_settings({"cache": ""}, ROOT, env={})
    site = render_site(gather(settings), settings)
    pages = {k: v for k, v in site.items() if k.endswith(".md")}
    assert len(pages) > 50
    for path, text in pages.items():
        body = text.split("---\n", 2)[2]
        assert is_raw_html(body), path
        md = markdown.Markdown(extensions=["attr_list", "toc"])
        converted = md.convert(body)
        assert "".join(converted.split()) == "".join(body.split()), path
        ids = [i for _, i, _ in _flatten(toc_tokens(body))]
        assert ids == re.findall(r'<h[2-6] id="([^"]+)"', body), path


def _flatten(tokens: list[dict]) -> list[tuple[int, str, str]]:
    out = []
    for t in tokens:
        out.append((t["level"], t["id"], t["name"]))
        out.extend(_flatten(t["children"]))
    return out


def test_markdown_bodies_are_left_to_markdown():
    assert not is_raw_html("<p>x</p>\n\n## Heading\n")
    assert is_raw_html("<p>x</p>\n\n<h2 id=\"a\">A &amp; B</h2>\n")
    assert toc_tokens('<h2 id="a">A &amp; B</h2><h3 id="b">C</h3>')[0]["children"][0]["id"] == "b"
