"""PDF: the text layer page by page through pypdfium2 (PDFium), with #page-N anchors.

Chosen over pdfminer.six by measurement (bench/README.md): the same words in the same order on
generated single-column documents, 24 times faster. Paragraphs are the runs of lines between
vertical gaps wider than the page's line pitch; every line's text is kept as PDFium reads it.
"""

from __future__ import annotations

import logging
import re

import pypdfium2 as pdfium

from ..convert import FILENAME
from ..errors import SourceError
from ..model import Problem
from . import Extracted, Limits

log = logging.getLogger(__name__)

GAP = 1.4  # a vertical step this many times the usual line pitch starts a new paragraph
PDF_DATE = re.compile(r"^D?:?(\d{4})(\d\d)?(\d\d)?")
NOT_TITLES = re.compile(r"^(?:microsoft (?:word|powerpoint|excel) - |untitled\b)", re.I)


def read(data: bytes, source: str, limits: Limits) -> Extracted:
    """The text of every page, paragraphs separated by blank lines, each page anchored."""
    doc = _open(data, source)
    try:
        return _read(doc, source, limits)
    finally:
        doc.close()


def _open(data: bytes, source: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise SourceError(source, "encrypted PDF: it needs a password to be read") from exc
        raise SourceError(source, f"corrupt or unreadable PDF: {exc}") from exc


def _read(doc: pdfium.PdfDocument, source: str, limits: Limits) -> Extracted:
    count = len(doc)
    problems: list[Problem] = []
    if count > limits.pages:
        problems.append(Problem(source, f"only the first {limits.pages} of {count} pages read "
                                "(setting extra.archive.limits.pages)"))
    pages = {n: _page(doc, n, source, limits, problems)
             for n in range(1, min(count, limits.pages) + 1)}
    lines: list[str] = []
    anchors: list[tuple[int, str]] = []
    for number, (paragraphs, _) in pages.items():
        if paragraphs:
            anchors.append((len(lines) + 1, f"page-{number}"))
            lines += [line for paragraph in paragraphs for line in [*paragraph, ""]]
    if not lines:
        raise SourceError(source, _no_text(count, limits))
    empty = [n for n, (paragraphs, _) in pages.items() if not paragraphs]
    if empty:
        problems.append(Problem(source, f"no text layer on {_pages(empty)} of {count}"))
    details = [("Pages", str(count))]
    if read := [n for n, (paragraphs, ocr) in pages.items() if paragraphs and ocr]:
        details.append(("OCR", f"{_pages(read)} read by OCR (Tesseract): check against the "
                               "original"))
    meta, weak = info(doc.get_metadata_dict(skip_empty=True))
    return Extracted("\n".join(lines), "pdf", meta, anchors=tuple(anchors),
                     details=tuple(details), problems=tuple(problems), weak=weak)


def _page(doc: pdfium.PdfDocument, number: int, source: str, limits: Limits,
          problems: list[Problem]) -> tuple[list[list[str]], bool]:
    """One page's paragraphs from its text layer, else (when asked for) by OCR; and whether OCR."""
    try:
        paragraphs = page_paragraphs(doc[number - 1])
    except pdfium.PdfiumError as exc:
        problems.append(Problem(source, f"page {number}: unreadable, skipped: {exc}"))
        return [], False
    if paragraphs or not limits.ocr:
        return paragraphs, False
    from .ocr import OcrError, ocr_page  # noqa: PLC0415  (only for pages without text)

    try:
        return ocr_page(doc[number - 1]), True
    except OcrError as exc:
        problems.append(Problem(source, f"page {number}: OCR failed: {exc}"))
        return [], True


def _no_text(count: int, limits: Limits) -> str:
    pages = f"{count} page{'s' if count != 1 else ''}"
    if limits.ocr:
        return f"no text layer, and OCR found no text on its {pages}"
    return (f"no text layer (a scanned PDF of {pages}?); set `ocr: true` in the settings "
            "to read it by OCR")


def _pages(numbers: list[int]) -> str:
    return f"page{'s' if len(numbers) > 1 else ''} {_ranges(numbers)}"


def page_paragraphs(page: pdfium.PdfPage) -> list[list[str]]:
    """One page's lines, grouped into paragraphs by the vertical gaps between lines."""
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        tops = _line_tops(textpage, text)
    finally:
        textpage.close()
        page.close()
    lines = [(top, line.strip()) for top, line in zip(tops, text.split("\r\n"))]
    lines = [(top, line) for top, line in lines if line]
    steps = [a[0] - b[0] for a, b in zip(lines, lines[1:]) if a[0] is not None
             and b[0] is not None and a[0] > b[0]]
    # The line pitch is the smallest step between lines: on a page of one-line paragraphs the
    # median step would be the paragraph gap. Steps of under 2 points are sub- and superscripts.
    pitch = min((s for s in steps if s >= 2), default=None)
    paragraphs: list[list[str]] = []
    previous = None
    for top, line in lines:
        step = previous - top if previous is not None and top is not None else None
        new = not paragraphs or (pitch and step is not None and (step > GAP * pitch or step < 0))
        if new:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
        previous = top
    return paragraphs


def _line_tops(textpage: pdfium.PdfTextPage, text: str) -> list[float | None]:
    """The top of each line's first visible character (None where PDFium gives no box)."""
    tops: list[float | None] = []
    index = 0
    for line in text.split("\r\n"):
        offset = len(line) - len(line.lstrip())
        top = None
        if line.strip():
            try:
                top = textpage.get_charbox(index + offset)[3]
            except (pdfium.PdfiumError, IndexError):
                top = None
        tops.append(top)
        index += len(line) + 2
    return tops


def info(values: dict[str, str]) -> tuple[dict[str, object], dict[str, object]]:
    """Title and author from the document info; its creation date only where the text has none."""
    meta: dict[str, object] = {}
    title = values.get("Title", "").strip()
    if title and not FILENAME.search(title) and not NOT_TITLES.match(title):
        meta["title"] = title
    if values.get("Author", "").strip():
        meta["author"] = values["Author"].strip()
    weak: dict[str, object] = {}
    match = PDF_DATE.match(values.get("CreationDate", "").strip())
    if match and match[2] and match[3]:
        weak["date"] = f"{match[1]}-{match[2]}-{match[3]}"
    return meta, weak


def _ranges(numbers: list[int]) -> str:
    """1, 2, 3, 7 → '1–3, 7'."""
    out: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}–{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)
