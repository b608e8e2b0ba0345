"""Score the header fields a reader reads (title, date, author, place, outlet) against meta.json.

usage:
  python bench/eval_header.py DIR [--show] [--json OUT.json]

DIR holds the documents (docs/*.txt, txt/*.txt or *.txt) and meta.json:
{file: {"title": str, "date": "YYYY-MM-DD" | null, "author": str | null, "place": str | null,
"outlet": str | null}}, the fields a reader would expect, written by hand. Each field of each
document is one of: right (equal after folding case, spaces and quotes; authors as a set of
names split at commas, "and" and "&"; a place as the town with its region after a comma, as
datelines write it, for a town alone), missed (the gold has a value, the reader none), wrong (both
have values and they differ) or extra (the gold is null, the reader set one). Wrong and extra
are what precision-first cares about; `--show` lists them and the misses.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from eval_sources import read_folder  # noqa: E402

FIELDS = ("title", "date", "author", "place", "outlet")
AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*")


def fold(value: str) -> str:
    """Case, accents-as-written, quotes and spaces folded for comparison."""
    text = unicodedata.normalize("NFC", value).replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip(" .").casefold()


def same(field: str, gold: str, got: str) -> bool:
    """Whether the reader's value is the gold's."""
    if field == "author":
        return ({fold(n) for n in AUTHOR_SPLIT.split(gold) if n.strip()}
                == {fold(n) for n in AUTHOR_SPLIT.split(got) if n.strip()})
    if field == "outlet":  # "The Canadian Press" is "Canadian Press": the article is style
        return fold(re.sub(r"(?i)^the\s+", "", gold)) == fold(re.sub(r"(?i)^the\s+", "", got))
    if field == "place" and "," not in gold:
        return fold(got.split(",")[0]) == fold(gold)  # "Dhaka, Bangladesh" for "Dhaka"
    return fold(gold) == fold(got)


def fields_read(folder: Path) -> dict[str, dict[str, str | None]]:
    """File name -> the header fields the real reading stage gives."""
    out = {}
    for doc in read_folder(folder):  # txt/, docs/ or the folder itself
        out[Path(doc.source).name] = {
            "title": doc.meta.title, "date": doc.meta.date.isoformat() if doc.meta.date else None,
            "author": doc.meta.author, "place": doc.meta.place, "outlet": doc.meta.outlet}
    return out


def verdict(field: str, gold: str | None, got: str | None) -> str:
    """right / missed / wrong / extra / none (both empty)."""
    if not gold:
        return "extra" if got else "none"
    if not got:
        return "missed"
    return "right" if same(field, gold, got) else "wrong"


def score(meta: dict, got: dict) -> tuple[dict[str, Counter[str]], list[str]]:
    """Per field, the count of each verdict; and the lines to show."""
    counts = {f: Counter() for f in FIELDS}
    lines = []
    for file in sorted(meta):
        read = got.get(file, {})
        for field in FIELDS:
            gold, value = meta[file].get(field), read.get(field)
            v = verdict(field, gold, value)
            counts[field][v] += 1
            if v in ("missed", "wrong", "extra"):
                lines.append(f"  {v:6s} {field:6s} {file}: gold {gold!r} got {value!r}")
    return counts, lines


def main() -> None:
    """Read the folder, compare with meta.json, print one line per field."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--json", type=Path, help="also write the fields read here")
    args = ap.parse_args()
    meta = json.loads((args.folder / "meta.json").read_text(encoding="utf-8"))
    got = fields_read(args.folder)
    if args.json:
        args.json.write_text(json.dumps(got, indent=1, ensure_ascii=False, sort_keys=True),
                             encoding="utf-8")
    counts, lines = score(meta, got)
    for field in FIELDS:
        c = counts[field]
        gold = c["right"] + c["missed"] + c["wrong"]
        print(f"{field:7s} right {c['right']}/{gold}  wrong {c['wrong']}  extra {c['extra']}")
    if args.show:
        print("\n".join(lines))


if __name__ == "__main__":
    logging.basicConfig(level=logging.ERROR)
    main()
