#!/usr/bin/env python3
"""Compare PDF text extractors (pypdfium2, pdfminer.six) on PDFs made from known text.

    python bench/eval_pdf.py /work/shared/eval/kremlin-dev [--limit 20]

Each gold txt/*.txt body is written to a PDF with fpdf2 (DejaVu Sans, one multi_cell per
paragraph) in a temporary folder; each extractor's text is scored against the body: words kept in
order (recall, precision, as in eval_html.py) and pages/s. The archive's own reader
(archivist.formats.pdf) is scored too, with its paragraph count against the gold paragraphs.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_html import in_order, words  # noqa: E402

from archivist.formats import Limits  # noqa: E402
from archivist.formats import pdf as pdf_reader  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def make_pdf(body: str) -> bytes:
    """A PDF of the paragraphs of a text."""
    from fpdf import FPDF  # noqa: PLC0415

    pdf = FPDF()
    pdf.add_font("D", fname=FONT)
    pdf.set_font("D", size=11)
    pdf.add_page()
    for para in body.split("\n"):
        if para.strip():
            pdf.multi_cell(0, 5, para.strip())
            pdf.ln(3)
    return bytes(pdf.output())


def pdfium_text(data: bytes) -> tuple[str, int]:
    """pypdfium2's plain text of every page, and the page count."""
    import pypdfium2 as pdfium  # noqa: PLC0415

    doc = pdfium.PdfDocument(data)
    out = []
    for i in range(len(doc)):
        textpage = doc[i].get_textpage()
        out.append(textpage.get_text_range())
        textpage.close()
    count = len(doc)
    doc.close()
    return "\n".join(out), count


def pdfminer_text(data: bytes) -> tuple[str, int]:
    """pdfminer.six's text boxes (layout analysis) of every page, and the page count."""
    from pdfminer.high_level import extract_pages  # noqa: PLC0415
    from pdfminer.layout import LAParams, LTTextContainer  # noqa: PLC0415

    pages = ["\n\n".join(el.get_text() for el in layout if isinstance(el, LTTextContainer))
             for layout in extract_pages(io.BytesIO(data), laparams=LAParams())]
    return "\n".join(pages), len(pages)


def archive_text(data: bytes) -> tuple[str, int]:
    """The archive's PDF reader (pypdfium2 plus paragraphs from line gaps)."""
    got = pdf_reader.read(data, "x.pdf", Limits())
    return got.text, int(dict(got.details)["Pages"])


def main() -> int:
    """Print the figures of each extractor as JSON."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("root", type=Path)
    p.add_argument("--limit", type=int, default=20)
    args = p.parse_args()
    bodies = [f.read_text(encoding="utf-8").partition("\n\n")[2]
              for f in sorted((args.root / "txt").glob("*.txt"))[: args.limit]]
    with tempfile.TemporaryDirectory():
        pdfs = [make_pdf(b) for b in bodies]
    report = {}
    for name, fn in (("pypdfium2", pdfium_text), ("pdfminer.six", pdfminer_text),
                     ("archivist.formats.pdf", archive_text)):
        gold_n = got_n = same = pages = 0
        paras_gold = paras_got = 0
        seconds = 0.0
        for body, data in zip(bodies, pdfs):
            start = time.perf_counter()
            text, count = fn(data)
            seconds += time.perf_counter() - start
            gold, got = words(body), words(text)
            gold_n, got_n, same, pages = (gold_n + len(gold), got_n + len(got),
                                          same + in_order(gold, got), pages + count)
            paras_gold += sum(1 for line in body.split("\n") if line.strip())
            paras_got += sum(1 for chunk in text.split("\n\n") if chunk.strip())
        report[name] = {"documents": len(bodies), "pages": pages,
                        "recall_in_order": round(same / gold_n, 4),
                        "precision_in_order": round(same / got_n, 4),
                        "paragraphs_gold": paras_gold, "paragraphs_found": paras_got,
                        "pages_per_s": round(pages / seconds, 1)}
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
