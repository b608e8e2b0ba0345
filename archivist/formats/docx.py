"""Word (.docx): headings, paragraphs, lists, tables and footnotes in order, through python-docx."""

from __future__ import annotations

import io
import logging
import zipfile

from ..errors import SourceError
from . import MB, Extracted, Limits

log = logging.getLogger(__name__)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BOMB_MIN = 1 * MB  # members smaller than this cannot do harm whatever their ratio


def read(data: bytes, source: str, limits: Limits) -> Extracted:
    """The body in document order, one block per paragraph or table row; core properties."""
    check_archive(data, source, limits)
    import docx  # noqa: PLC0415  (python-docx loads only when a .docx is present)

    document = docx.Document(io.BytesIO(data))
    # Style names by id, read once: python-docx's paragraph.style searches every style each time.
    styles = {style.style_id: style.name or "" for style in document.styles}
    lines: list[str] = []
    kinds: list[tuple[int, str, int]] = []
    for item in document.iter_inner_content():
        if hasattr(item, "rows"):
            for row in item.rows:
                kinds.append((2 * len(lines) + 1, "row", 0))
                lines.append(" | ".join(_cells(row)))
            continue
        text = " ".join(item.text.split())
        if not text:
            continue
        style = styles.get(item._p.style or "", "")
        listed = _is_list(item, style)
        if level := _heading_level(style):
            kinds.append((2 * len(lines) + 1, "heading", level))
        elif not listed:
            kinds.append((2 * len(lines) + 1, "paragraph", 0))
        lines.append(f"• {text}" if listed else text)
    notes = footnotes(document)
    if notes:
        kinds.append((2 * len(lines) + 1, "heading", 2))
        kinds += [(2 * (len(lines) + i) + 3, "footnote", 0) for i in range(len(notes))]
        lines += ["Footnotes", *notes]
    meta, weak = properties(document.core_properties)
    # Line numbers of the text below: one item per line, a blank line between items.
    return Extracted("\n\n".join(lines) + "\n", "docx", meta, weak=weak, kinds=tuple(kinds))


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
        out.append(" ".join(cell.text.split()))
    return out


def _is_list(paragraph, style: str) -> bool:
    """A numbered or bulleted paragraph (numbering properties, or a List style)."""
    ppr = paragraph._p.pPr
    return (ppr is not None and ppr.numPr is not None) or style.startswith("List")


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
        text = " ".join("".join(t.text or "" for t in note.iter(f"{W}t")).split())
        if text:
            notes.append(f"[{note.get(f'{W}id')}] {text}")
    return notes


def properties(core) -> tuple[dict[str, object], dict[str, object]]:
    """Title and author from the core properties; the created date only where the text has none."""
    meta: dict[str, object] = {}
    if (core.title or "").strip():
        meta["title"] = core.title.strip()
    if (core.author or "").strip():
        meta["author"] = core.author.strip()
    weak: dict[str, object] = {}
    if core.created is not None:
        weak["date"] = core.created.date().isoformat()
    return meta, weak
