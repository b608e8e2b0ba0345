"""Run every quality measure on a hand-made collection: news entities, header fields, turns.

usage:
  python bench/eval_collection.py DIR [--out OUTDIR] [--summary TAG]

DIR is laid out as the hand-made collections of the README (People, places and organisations,
"Session 17"):
DIR/news/{docs/*.txt, gold.json, bylines.json, meta.json} and DIR/tx/{txt/*.txt, gold.json}.
Runs bench/eval_entities.py (empty registry, PER/LOC P/R, with and without byline names),
bench/eval_header.py and bench/eval_turns_gold.py, each in its own process, and prints their
reports; with --out each report is also written to OUTDIR/<measure>.txt. With --summary only
one line is printed, for comparing collections and commits at a glance ("DIR TAG | PER P (P
without reporters) / R | LOC P / R | ORG P / R | dup N nodoc N | turns named right / named (wrong
N, all-wrong N) | title right/gold wN xN | …", w = wrong, x = extra: a value the gold leaves empty).

How such a collection is written (by someone who never read the code, from one brief) is in
bench/COLLECTIONS.md.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = HERE.parent.parent / "shared" / "eval" / "score_entities.py"


def measures(folder: Path, scorer: Path = SCORER) -> list[tuple[str, list[str]]]:
    """(name, command) of each measure the folder has the gold for."""
    out = []
    news, tx = folder / "news", folder / "tx"
    if (news / "gold.json").exists():
        out.append(("entities", [str(HERE / "eval_entities.py"), str(news),
                                 "--scorer", str(scorer), "--show", "20"]))
    if (news / "meta.json").exists():
        out.append(("header", [str(HERE / "eval_header.py"), str(news), "--show"]))
    if (tx / "gold.json").exists():
        out.append(("turns", [str(HERE / "eval_turns_gold.py"), str(tx)]))
    return out


def summary(reports: dict[str, str]) -> str:
    """One line of the main figures of the measures' reports."""
    e, t, h = (reports.get(k, "") for k in ("entities", "turns", "header"))
    out = []
    for typ in ("PER", "LOC", "ORG"):
        if m := re.search(rf"{typ}: precision ([\d.]+) recall ([\d.]+)", e):
            bare = re.search(r"byline names ignored: precision ([\d.]+)", e) if typ == "PER" \
                else None
            out.append(f"{typ} {m[1]}{f' ({bare[1]})' if bare else ''} / {m[2]}")
    if m := re.search(r"likely duplicate pairs: (\d+).*\n\s*entities with no document: (\d+)", e):
        out.append(f"dup {m[1]} nodoc {m[2]}")
    kv = dict(re.findall(r"^(\w+)\s+(\S+)$", t, re.M))
    if kv:
        out.append(f"turns {kv.get('named_right', 0)}/{kv.get('named_turns', 0)} (wrong "
                   f"{kv.get('named_wrong', 0)}, all-wrong {kv.get('wrong_all', 0)})")
    out += [f"{f} {r}/{g} w{w} x{x}" for f, r, g, w, x in
            re.findall(r"^(\w+)\s+right (\d+)/(\d+)\s+wrong (\d+)\s+extra (\d+)", h, re.M)]
    return " | ".join(out)


def main() -> None:
    """Run the measures one after another and print what each reports."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--scorer", type=Path, default=SCORER,
                    help="score_entities.py (default: ../shared/eval/ beside the checkout)")
    ap.add_argument("--summary", metavar="TAG",
                    help="print one summary line (headed by the folder's name and TAG) only")
    args = ap.parse_args()
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    reports = {}
    for name, cmd in measures(args.folder, args.scorer):
        run = subprocess.run([sys.executable, *cmd], capture_output=True, text=True)
        reports[name] = text = run.stdout + (run.stderr if run.returncode else "")
        if args.summary is None:
            print(f"== {name}\n{text}")
        if args.out:
            (args.out / f"{name}.txt").write_text(text, encoding="utf-8")
    if args.summary is not None:
        print(f"{args.folder.name} {args.summary} | {summary(reports)}")


if __name__ == "__main__":
    main()
