"""Optional OCR of PDF pages without a text layer: PDFium renders, Tesseract reads (pytesseract).

Off by default (`ocr: true` in the settings turns it on); needs Debian's `tesseract-ocr` and
`tesseract-ocr-eng` (or another language's data) and the pinned pytesseract.
"""

from __future__ import annotations

import logging
import re

import pypdfium2 as pdfium

log = logging.getLogger(__name__)

DPI = 300  # Tesseract's documented sweet spot for body text
LANGUAGE = "eng"


class OcrError(Exception):
    """Tesseract is missing or failed on a page."""


def ocr_page(page: pdfium.PdfPage) -> list[list[str]]:
    """The paragraphs (lists of lines) Tesseract reads on one rendered page."""
    try:
        import pytesseract  # noqa: PLC0415  (only when OCR is asked for)
    except ImportError as exc:
        raise OcrError("pytesseract is not installed") from exc
    try:
        image = page.render(scale=DPI / 72).to_pil()
        text = pytesseract.image_to_string(image, lang=LANGUAGE)
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError, OSError,
            RuntimeError) as exc:
        raise OcrError(" ".join(str(exc).split())[:200] or type(exc).__name__) from exc
    finally:
        page.close()
    chunks = re.split(r"\n\s*\n", text)
    paragraphs = [[line.strip() for line in chunk.split("\n") if line.strip()] for chunk in chunks]
    return [p for p in paragraphs if p]
