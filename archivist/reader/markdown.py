"""Markdown sources: the text a reader of the rendered file sees, with its block structure.

A `.md` source is written in Markdown, so `# Title` is a heading, `*word*` is an emphasised
word and `[text](https://…)` a link; shown as written, the markers would be read as part of the
text (a title "# Notes from …"). markdown-it-py (CommonMark) parses the body; each block's plain
text is put on the line where the block starts, so block line numbers, messages and permalinks
keep pointing at the source's lines. Nothing becomes markup: raw HTML stays text (the page
escapes it), code keeps its characters, a link keeps its address in brackets after its text, an
image its alt text, and a list item its number ("1996. …" stays "1996. …"). A table's rows are
table rows, as a Word table's are (cells joined by model.CELL_SEPARATOR).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..model import CELL_SEPARATOR

_PARSER = MarkdownIt("commonmark", {"html": True}).enable("table")
Kinds = tuple[tuple[int, str, int], ...]


def plain_markdown(body: str, first_line: int = 1) -> tuple[str, Kinds]:
    """Markdown body → plain text (same line count) and (line, kind, level) of its blocks."""
    lines = body.split("\n")
    kept = _kept_header(lines)
    reading = _Reading(lines, kept, first_line)
    for token in _PARSER.parse("\n" * kept + "\n".join(lines[kept:])):
        reading.take(token)
    return "\n".join(reading.out), _levels(reading.kinds, reading.out, first_line)


@dataclass
class _Reading:
    """The plain lines and block kinds of a Markdown body, token by token."""

    lines: list[str]
    kept: int
    first_line: int
    out: list[str] = field(default_factory=list)
    kinds: list[tuple[int, str, int]] = field(default_factory=list)
    prefix: str = ""  # a list item's marker, put before its first line
    quoted: int = 0  # block quote depth
    heading: bool = False
    row: list[str] | None = None  # the cells of a table row being read
    row_line: int = 0

    def __post_init__(self) -> None:
        self.out = self.lines[:self.kept] + [""] * (len(self.lines) - self.kept)

    def take(self, token: Token) -> None:
        """Read one token of markdown-it's block stream."""
        kind, where = token.type, token.map
        self.quoted += (kind == "blockquote_open") - (kind == "blockquote_close")
        if kind == "tr_open" and where:
            self.row, self.row_line = [], where[0]
        elif kind == "tr_close" and self.row is not None:
            self.out[self.row_line] = CELL_SEPARATOR.join(self.row)
            self.kinds.append((self.first_line + self.row_line, "row", 0))
            self.row = None
        elif kind == "inline" and self.row is not None:
            # A "|" inside a cell ("a \\| b") keeps thin spaces, so it reads the same and does not
            # split the cell.
            self.row.append(_inline(token).replace(CELL_SEPARATOR, "\u2009|\u2009"))
        elif kind == "list_item_open":
            self.prefix = _marker(token)
        elif kind == "heading_open" and where:
            self.kinds.append((self.first_line + where[0], "heading", int(token.tag[1])))
            self.heading = True
        elif kind == "inline" and where:
            self._line(where[0], token)
        elif kind in ("fence", "code_block", "html_block", "hr") and where:
            _keep(self.lines, self.out, *where, fenced=kind == "fence")

    def _line(self, line: int, token: Token) -> None:
        """A paragraph's or heading's text on the line it starts on."""
        self.out[line] = self.prefix + _inline(token)
        if not self.heading and not self.prefix:
            self.kinds.append((self.first_line + line, "quote" if self.quoted else "paragraph",
                               0))
        self.prefix, self.heading = "", False


def _levels(kinds: list[tuple[int, str, int]], out: list[str], first_line: int) -> Kinds:
    """Heading levels from h2 down: the page title is the h1, so the body's highest heading (not
    counting a heading that opens the text, which becomes the title) is an h2."""
    opening = first_line + next((n for n, text in enumerate(out) if text.strip()), -1)
    body = [level for line, kind, level in kinds if kind == "heading" and line != opening]
    top = min(body, default=1)
    # Without a heading of its own the file may be plain text saved as .md: the text's own
    # guesses (a short title line over a byline is a heading) stand.
    authored = any(kind == "heading" for _, kind, _ in kinds)
    return tuple((line, kind, min(max(level - top + 2, 2), 6) if kind == "heading" else level)
                 for line, kind, level in kinds if authored or kind != "paragraph")


def _kept_header(lines: list[str]) -> int:
    """Lines of a `---` block at the top that was no valid front matter and is kept as text:
    shown as written, not read as a rule and a heading."""
    if not lines or lines[0].strip() != "---":
        return 0
    end = next((n for n, line in enumerate(lines[1:], 1) if line.strip() in ("---", "...")), 0)
    return end + 1 if end else 0


def _marker(token: Token) -> str:
    """The list marker a reader sees: a bullet, or the item's own number and delimiter."""
    if token.markup in ("-", "*", "+"):
        return "• "
    return f"{token.info}{token.markup} " if token.info else ""


def _keep(lines: list[str], out: list[str], start: int, end: int, fenced: bool) -> None:
    """Code, raw HTML and rules: the source lines as written (a fence without its ``` lines)."""
    if fenced:
        start, end = start + 1, max(start + 1, end - 1)
    for n in range(start, min(end, len(lines))):
        out[n] = lines[n]


def _inline(token: Token) -> str:
    """An inline run's text: markers dropped, soft breaks as spaces, links with their address."""
    parts: list[str] = []
    href = ""
    start = 0
    for child in token.children or ():
        kind = child.type
        if kind in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif kind == "image":
            parts.append(child.content)
        elif kind == "link_open":
            href, start = str(child.attrGet("href") or ""), len(parts)
        elif kind == "link_close":
            shown = "".join(parts[start:])
            if href.startswith(("http://", "https://")) and href != shown:
                parts.append(f" ({href})")
    return "".join(parts)
