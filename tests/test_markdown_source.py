"""Markdown sources: read as the text their reader sees, structure kept, nothing made markup."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from archivist.reader.markdown import plain_markdown

from .test_formats import build, page_of

NOTES = """---
date: 2024-02-02
---
# Field notes from the *Corlan* fair

*Posted by Edda Varnum*

I spent two days at the [Corlan Fair](https://fair.example.org/) and
met **Ilse Marrow** there.

1987. The year the fair began.

- first stall
- second `stall`

> A visitor's note, quoted.

## Evening

<img src=x onerror=alert(1)> stays text, and so does <script>alert(2)</script>.

```
code <b>kept</b> as written
```

| Stall | Keeper |
|---|---|
| North | Ilse Marrow |
| South | a \\| b |
"""


def test_markdown_markers_are_structure_not_text(tmp_path: Path):
    archive, site, _ = build(tmp_path, {"notes.md": NOTES.encode()})
    doc = archive.documents[0]
    assert doc.meta.title == "Field notes from the Corlan fair"
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert ("byline", "Posted by Edda Varnum") in kinds and doc.meta.author == "Edda Varnum"
    assert ("paragraph", "I spent two days at the Corlan Fair (https://fair.example.org/) and met "
            "Ilse Marrow there.") in kinds
    assert ("paragraph", "1987. The year the fair began.") in kinds
    assert [t for k, t in kinds if k == "bullet"] == ["first stall", "second stall"]
    assert ("heading", "Evening") in kinds
    assert next(b.level for b in doc.blocks if b.kind == "heading") == 2
    assert any(k == "quote" and t == "A visitor's note, quoted." for k, t in kinds)
    page = page_of(site, archive, "notes.md")
    assert "<script>alert(2)" not in page and "&lt;script&gt;alert(2)" in page
    assert "<img src=x" not in page and "code &lt;b&gt;kept&lt;/b&gt; as written" in page
    assert "**" not in page and "# Field" not in page
    rows = [b.text for b in doc.blocks if b.kind == "row"]
    assert rows == ["Stall | Keeper", "North | Ilse Marrow", "South | a\u2009|\u2009b"]
    assert '<tr id="' in page and "<td>Keeper" in page and "|---|" not in page


def test_blocks_keep_the_source_line_numbers():
    text, kinds = plain_markdown("# Title\n\nOne\ntwo\n\n## Part\n\nThree", first_line=5)
    assert text.split("\n") == ["Title", "", "One two", "", "", "Part", "", "Three"]
    assert kinds == ((5, "heading", 2), (7, "paragraph", 0), (10, "heading", 2),
                     (12, "paragraph", 0))
    assert plain_markdown("Plain text\n\nBy Ann Lee")[1] == ()  # no headings: text's guesses


def test_a_broken_header_block_kept_as_text_stays_as_written():
    text, _ = plain_markdown("---\ntitle: [open\n---\nBody *here*.")
    assert text == "---\ntitle: [open\n---\nBody here."


@given(st.text(alphabet=st.sampled_from("ab #*_-`>[]()!<\n1.\\|~=:"), max_size=200))
def test_any_markdown_keeps_its_line_count(body: str):
    text, kinds = plain_markdown(body)
    assert text.count("\n") == body.count("\n")
    assert all(1 <= line <= body.count("\n") + 1 for line, _, _ in kinds)
