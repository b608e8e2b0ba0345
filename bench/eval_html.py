#!/usr/bin/env python3
"""Evaluate the HTML reader on saved web pages against their extracted text, title and date.

    python bench/eval_html.py /work/shared/eval/kremlin-dev [--option favor_recall=true]

The folder holds html/<id>.html, txt/*.txt (line 1 title, line 2 date, optional place line,
blank line, then the article) and metadata.json ({file, id, title, date, ...}). Reports how often
the title and the date match, and how much of the article text is kept in order: the words of the
longest in-order alignment (difflib) over the gold words (recall) and over the extracted words
(precision). Reading speed is documents/s of the reader alone.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archivist.errors import SourceError  # noqa: E402
from archivist.formats import Limits  # noqa: E402
from archivist.formats import html as html_reader  # noqa: E402

WORD = re.compile(r"\w+")


def norm(text: str) -> str:
    """Case, quotes, dashes and spacing folded, for comparing titles."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[‐-―]", "-", text)
    text = re.sub(r"[‘’`´]", "'", re.sub(r"[“”«»]", '"', text))
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """Lower-cased word tokens."""
    return WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def gold_body(path: Path) -> str:
    """The article of a gold .txt: everything after the header's first blank line."""
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n\n")
    return body


def in_order(gold: list[str], got: list[str]) -> int:
    """Words of gold found in got in the same order (sum of difflib's matching blocks)."""
    matcher = difflib.SequenceMatcher(None, gold, got, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def evaluate(root: Path, options: dict[str, object]) -> dict[str, object]:
    """Figures over every page listed in metadata.json."""
    items = json.loads((root / "metadata.json").read_text(encoding="utf-8"))
    titles = dates = missing_dates = wrong_dates = skipped = 0
    gold_words = got_words = matched = 0
    seconds = 0.0
    worst: list[tuple[float, int]] = []
    for item in sorted(items, key=lambda i: i["id"]):
        data = (root / "html" / f"{item['id']}.html").read_bytes()
        start = time.perf_counter()
        try:
            if options:
                result = html_reader.extract_page(data, **options)
                text = result["text"] if result else ""
                meta = {"title": result.get("title"), "date": result.get("date")} if result else {}
            else:
                extracted = html_reader.read(data, f"{item['id']}.html", Limits())
                text, meta = extracted.text, extracted.meta
        except SourceError:
            skipped += 1
            text, meta = "", {}
        seconds += time.perf_counter() - start
        titles += norm(str(meta.get("title") or "")) == norm(item["title"])
        date = meta.get("date")
        dates += date == item["date"]
        missing_dates += not date
        wrong_dates += bool(date) and date != item["date"]
        gold, got = words(gold_body(root / item["file"])), words(text)
        same = in_order(gold, got)
        gold_words, got_words, matched = (gold_words + len(gold), got_words + len(got),
                                          matched + same)
        worst.append((same / max(len(gold), 1), item["id"]))
    n = len(items)
    return {"pages": n, "skipped": skipped, "title_match": titles, "date_match": dates,
            "date_missing": missing_dates, "date_wrong": wrong_dates,
            "text_recall_in_order": round(matched / max(gold_words, 1), 4),
            "text_precision_in_order": round(matched / max(got_words, 1), 4),
            "lowest_recall": [(round(r, 3), i) for r, i in sorted(worst)[:5]],
            "docs_per_s": round(n / seconds, 1)}


def main() -> int:
    """Print the figures as JSON."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("root", type=Path)
    p.add_argument("--option", action="append", default=[],
                   help="a trafilatura option instead of the reader's settings, e.g. "
                        "favor_recall=true")
    args = p.parse_args()
    options = {}
    for item in args.option:
        key, _, value = item.partition("=")
        options[key] = {"true": True, "false": False}.get(value, value)
    print(json.dumps(evaluate(args.root, options), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
