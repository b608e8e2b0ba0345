"""Word (.docx): headings, paragraphs, lists, tables and footnotes in order, through python-docx."""

from __future__ import annotations

import datetime
import functools
import io
import logging
import zipfile
from collections.abc import Callable

from ..errors import SourceError
from ..model import CELL_SEPARATOR
from . import MB, Extracted, Limits
from .wordlists import Numbering, list_of, num_pr, numbering, style_level

log = logging.getLogger(__name__)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BOMB_MIN = 1 * MB  # members smaller than this cannot do harm whatever their ratio
TEMPLATE_AUTHOR, TEMPLATE_CREATED = "python-docx", datetime.datetime(2013, 12, 23, 23, 15)
NESTED_MAX = 8  # tables nested deeper in table cells are read as their words alone


def read(data: bytes, source: str, limits: Limits) -> Extracted:
    """The body in document order, one block per paragraph, list item or table row; footnotes
    after it; core properties."""
    check_archive(data, source, limits)
    import docx  # noqa: PLC0415  (python-docx loads only when a .docx is present)

    document = docx.Document(io.BytesIO(data))
    styles = style_table(document)
    lists = numbering(document)
    blocks: list[tuple[str, str, int]] = []  # (text, kind, level)
    for item in document.iter_inner_content():
        if hasattr(item, "rows"):
            blocks += [(CELL_SEPARATOR.join(_cells(row)), "row", 0) for row in item.rows]
        elif text := _text(item):
            blocks.append(_block(item, text, styles(item._p.style or ""), lists))
    notes = footnotes(document)
    if notes:
        blocks += [("Footnotes", "heading", 2), *((note, "footnote", 0) for note in notes)]
    meta, weak = properties(document.core_properties)
    # Line numbers of the text below: one block per line, a blank line between blocks.
    kinds = tuple((2 * i + 1, kind, level) for i, (_, kind, level) in enumerate(blocks))
    return Extracted("\n\n".join(text for text, _, _ in blocks) + "\n", "docx", meta, weak=weak,
                     kinds=kinds)


Style = tuple[str, "tuple[str | None, int | None] | None"]  # name, numbering (list id, level)


def style_table(document) -> Callable[[str], Style]:
    """A style's name (as python-docx shows it) and list by id, each looked up once in the XML:
    python-docx's paragraph.style searches every style each time, and building its ~160 style
    objects costs a third of reading a short document."""
    from docx.styles import BabelFish  # noqa: PLC0415

    root = document.styles.element
    by_id = {s.get(f"{W}styleId"): s for s in root.iterchildren(f"{W}style")}

    @functools.cache
    def lookup(style_id: str) -> Style:
        style = by_id.get(style_id)
        name = style.find(f"{W}name") if style is not None else None
        label = BabelFish.internal2ui(name.get(f"{W}val", "")) if name is not None else ""
        return label, (num_pr(style.find(f"{W}pPr")) if style is not None else None)

    return lookup


def _block(paragraph, text: str, style: Style, lists: Numbering) -> tuple[str, str, int]:
    """A paragraph as (text, kind, level): a heading, a list item with its bullet or number as
    Word shows it, or a plain paragraph."""
    name, style_list = style
    if level := _heading_level(name):
        return text, "heading", level
    own = num_pr(paragraph._p.pPr)
    listed = list_of(own, style_list)
    if listed is None and own is None and name.startswith(("List Bullet", "List Number")):
        listed = (f"style:{name}", None)  # a list style without a list definition
    if listed is None:
        return text, "paragraph", 0
    num_id, ilvl = listed
    fallback = "decimal" if "Number" in name else "bullet"
    kind, ilvl, label = lists.item(num_id, ilvl or 0, fallback)
    depth = max(ilvl, style_level(name))  # "List Bullet 2": its own one-level list, one deeper
    if kind == "bullet":
        return f"• {text}", kind, depth
    return (f"{label} {text}" if label else text), kind, depth


def _text(paragraph) -> str:
    """A paragraph's text, whitespace folded, with its footnote references as [n]."""
    if paragraph._p.find(f".//{W}footnoteReference") is None:
        return " ".join(paragraph.text.split())
    parts: list[str] = []
    for item in paragraph.iter_inner_content():  # runs, and hyperlinks holding runs
        for run in getattr(item, "runs", None) or [item]:
            parts.append(run.text)
            parts += [f"[{ref.get(f'{W}id')}]" for ref in run._r.iter(f"{W}footnoteReference")]
    return " ".join("".join(parts).split())


def _heading_level(style: str) -> int:
    """h2-h6 for Word's Heading 1-5 (h1 is the page title); 0 for other paragraphs."""
    if style.startswith("Heading "):
        number = style.removeprefix("Heading ").strip()
        return min(int(number) + 1, 6) if number.isdigit() else 0
    return 0


def check_archive(data: bytes, source: str, limits: Limits) -> None:
    """Refuse a file that is not a zip archive, or that would expand past the limits."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise SourceError(source, "corrupt .docx: not a zip archive") from exc
    infos = archive.infolist()
    total = sum(i.file_size for i in infos)
    if total > limits.expanded_mb * MB:
        raise SourceError(source, f"refused: expands to {total / MB:.0f} MB (the limit is "
                          f"{limits.expanded_mb} MB, setting extra.archive.limits.expanded_mb)")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > BOMB_MIN and ratio > limits.ratio:
            raise SourceError(source, f"refused: '{info.filename}' expands {ratio:.0f} times "
                              f"(a zip bomb?; the limit is {limits.ratio}, "
                              "setting extra.archive.limits.ratio)")
    if "word/document.xml" not in {i.filename for i in infos}:
        raise SourceError(source, "corrupt .docx: no word/document.xml inside")


def _cells(row) -> list[str]:
    """A table row's cell texts; a merged cell counts once."""
    out: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        out.append(_cell_text(cell))
    return out


def _cell_text(cell, depth: int = 0) -> str:
    """A cell's paragraphs, and a table nested in it as [a | b; c | d], in order."""
    parts: list[str] = []
    for item in cell.iter_inner_content():
        if not hasattr(item, "rows"):
            parts.append(_text(item))
        elif depth < NESTED_MAX:
            rows = ("; ".join(" | ".join(_cell_text(c, depth + 1) for c in _unique(row.cells))
                              for row in item.rows))
            parts.append(f"[{rows}]")
        else:  # deeper still: the words in order, without the table's shape
            words = " ".join("".join(t.itertext()) for t in item._tbl.iter(f"{W}t"))
            parts.append(" ".join(words.split()))
    return " ".join(p for p in parts if p)


def _unique(cells) -> list:
    """Cells of a row, a merged cell once."""
    seen: set[int] = set()
    return [c for c in cells if not (id(c._tc) in seen or seen.add(id(c._tc)))]


def footnotes(document) -> list[str]:
    """The footnotes' texts as '[n] text', in their order in footnotes.xml."""
    from lxml import etree  # noqa: PLC0415

    part = next((p for p in document.part.package.iter_parts()
                 if str(p.partname) == "/word/footnotes.xml"), None)
    if part is None:
        return []
    root = etree.fromstring(part.blob, parser=etree.XMLParser(resolve_entities=False))
    notes = []
    for note in root.iter(f"{W}footnote"):
        if note.get(f"{W}type") in ("separator", "continuationSeparator",
                                    "continuationNotice"):
            continue
        text = " ".join("".join("".join(t.itertext()) for t in note.iter(f"{W}t")).split())
        if text:
            notes.append(f"[{note.get(f'{W}id')}] {text}")
    return notes


def properties(core) -> tuple[dict[str, object], dict[str, object]]:
    """Title and author from the core properties; the created date only where the text has none.

    python-docx's blank template says author "python-docx", created 2013-12-23 23:15 UTC: a file
    it wrote without setting them carries these, which say nothing about the document.
    """
    meta: dict[str, object] = {}
    if (core.title or "").strip():
        meta["title"] = core.title.strip()
    if (core.author or "").strip() and core.author.strip() != TEMPLATE_AUTHOR:
        meta["author"] = core.author.strip()
    weak: dict[str, object] = {}
    if core.created is not None and core.created.replace(tzinfo=None) != TEMPLATE_CREATED:
        weak["date"] = core.created.date().isoformat()
    return meta, weak
