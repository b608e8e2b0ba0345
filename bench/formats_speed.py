#!/usr/bin/env python3
"""Reading speed of the format readers, and a mixed-format archive against the same text as .txt.

    python bench/formats_speed.py --docs 1000 --out /tmp/formats-speed

Generates a text corpus with bench/generate.py, then writes the same documents again as a mixed
archive: a fifth each as saved web pages (the text in an <article> between a menu, scripts and a
footer), PDFs (fpdf2), .docx (python-docx), .eml and .txt. Times `build_pages.py` (cold cache) on
both (--repeat rounds, interleaved; medians and the median of the per-round ratios), and each
reader alone on its files: documents/s for HTML, .docx and .eml, pages/s for PDF.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from archivist.errors import SourceError  # noqa: E402
from archivist.formats import Limits, extract  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
KINDS = (".html", ".pdf", ".docx", ".eml", ".txt")


def as_html(title: str, paras: list[str]) -> bytes:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>"
            f"{html.escape(title)}</title><script>track()</script></head><body><nav><a href='/'>"
            f"Home</a> <a href='/world'>World</a></nav><article><h1>{html.escape(title)}</h1>"
            f"{body}</article><footer>Copyright. Subscribe.</footer></body></html>").encode()


def as_pdf(title: str, paras: list[str]) -> bytes:
    from fpdf import FPDF  # noqa: PLC0415

    pdf = FPDF()
    pdf.add_font("D", fname=FONT)
    pdf.set_font("D", size=11)
    pdf.set_title(title)
    pdf.add_page()
    for para in paras:
        pdf.multi_cell(0, 5, para)
        pdf.ln(3)
    return bytes(pdf.output())


def as_docx(title: str, paras: list[str]) -> bytes:
    import docx  # noqa: PLC0415

    doc = docx.Document()
    doc.core_properties.title = title
    for para in paras:
        doc.add_paragraph(para)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def as_eml(title: str, paras: list[str]) -> bytes:
    msg = EmailMessage()
    msg["Subject"], msg["From"], msg["To"] = title, "Desk <desk@example.org>", "a@example.org"
    msg.set_content("\n\n".join(paras) + "\n")
    return bytes(msg)


WRITERS = {".html": as_html, ".pdf": as_pdf, ".docx": as_docx, ".eml": as_eml}


def mixed_corpus(text_dir: Path, out: Path) -> None:
    """The same documents as a mixed archive: a fifth of each format, by position."""
    for i, src in enumerate(sorted(text_dir.rglob("*.txt"))):
        kind = KINDS[i % len(KINDS)]
        target = out / src.relative_to(text_dir).with_suffix(kind)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            text = src.read_text(encoding="utf-8")
        except UnicodeDecodeError:  # the generator's deliberately messy files stay text
            kind, target = ".txt", target.with_suffix(".txt")
        if kind == ".txt":
            shutil.copy(src, target)
        else:
            title, _, rest = text.partition("\n")
            paras = [p.strip() for p in rest.split("\n") if p.strip()]
            target.write_bytes(WRITERS[kind](title.strip(), paras))


def build(sources: Path, registry: Path, out: Path) -> float:
    """Wall time of one cold `build_pages.py` run."""
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "ARCHIVE_CACHE": str(out) + "-cache"}
    shutil.rmtree(env["ARCHIVE_CACHE"], ignore_errors=True)
    start = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "build_pages.py"), "--sources", str(sources),
                    "--registry", str(registry), "--out", str(out), "-q"], check=True, env=env)
    return time.perf_counter() - start


def encoded(text_dir: Path, per_format: int) -> dict[str, list[tuple[str, bytes]]]:
    """The first `per_format` readable texts of a generated corpus, written in each format."""
    texts: list[tuple[str, str, list[str]]] = []
    for src in sorted(text_dir.rglob("*.txt")):
        try:
            title, _, rest = src.read_text(encoding="utf-8").partition("\n")
        except UnicodeDecodeError:  # the generator's deliberately messy files
            continue
        paras = [p.strip() for p in rest.split("\n") if p.strip()]
        if paras:
            texts.append((src.stem, title.strip(), paras))
        if len(texts) == per_format:
            break
    return {kind: [(f"{stem}{kind}", write(title, paras)) for stem, title, paras in texts]
            for kind, write in WRITERS.items()}


def reading_speed(files: list[tuple[str, bytes]], repeat: int = 1) -> dict[str, float]:
    """Documents (and PDF pages) per second of one reader alone on files in memory (median of
    `repeat` passes)."""
    passes = []
    for _ in range(max(repeat, 1)):
        pages, start = 0, time.perf_counter()
        for name, data in files:
            try:
                got = extract(data, name, Limits())
            except SourceError:  # the generator's empty documents
                continue
            pages += int(dict(got.details).get("Pages", 1))
        passes.append((time.perf_counter() - start, pages))
    seconds, pages = sorted(passes)[len(passes) // 2]
    return {"files": len(files), "pages": pages, "seconds": round(seconds, 3),
            "docs_per_s": round(len(files) / seconds, 1), "pages_per_s": round(pages / seconds, 1)}


def reader_speed(files: list[Path]) -> dict[str, float]:
    """Documents (and PDF pages) per second of one reader alone on files on disk."""
    return reading_speed([(path.name, path.read_bytes()) for path in files])


def main() -> int:
    """Generate, build both, print the figures as JSON."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--docs", type=int, default=1000)
    p.add_argument("--out", type=Path, default=Path("/tmp/formats-speed"))
    p.add_argument("--repeat", type=int, default=3, help="interleaved rounds of both builds")
    p.add_argument("--reuse", action="store_true", help="keep the corpora of an earlier run")
    args = p.parse_args()
    mixed = args.out / "mixed"
    if not (args.reuse and mixed.is_dir()):
        shutil.rmtree(args.out, ignore_errors=True)
        subprocess.run([sys.executable, str(HERE / "generate.py"), "--docs", str(args.docs),
                        "--out", str(args.out / "text")], check=True)
        mixed.mkdir(parents=True)
        mixed_corpus(args.out / "text" / "sources", mixed)
    files = {kind: sorted(mixed.rglob(f"*{kind}")) for kind in KINDS}
    registry = args.out / "text" / "entities.yml"
    rounds = []
    for _ in range(args.repeat):  # interleaved, so each round's ratio shares the machine's load
        text_s = build(args.out / "text" / "sources", registry, args.out / "out-text")
        mixed_s = build(mixed, registry, args.out / "out-mixed")
        rounds.append((text_s, mixed_s))
    report = {"docs": args.docs,
              "text_build_s": round(statistics.median(t for t, _ in rounds), 2),
              "mixed_build_s": round(statistics.median(m for _, m in rounds), 2),
              "ratio_per_round": [round(m / t, 2) for t, m in rounds],
              "ratio": round(statistics.median(m / t for t, m in rounds), 2),
              "readers": {k: reader_speed(v) for k, v in files.items() if k != ".txt"}}
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
