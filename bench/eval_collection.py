"""Run every quality measure on a hand-made collection: news entities, header fields, turns.

usage:
  python bench/eval_collection.py DIR [--out OUTDIR]

DIR is laid out as the hand-made collections of the README (People, places and organisations,
"Session 17"):
DIR/news/{docs/*.txt, gold.json, bylines.json, meta.json} and DIR/tx/{txt/*.txt, gold.json}.
Runs bench/eval_entities.py (empty registry, PER/LOC P/R, with and without byline names),
bench/eval_header.py and bench/eval_turns_gold.py, each in its own process, and prints their
reports; with --out each report is also written to OUTDIR/<measure>.txt.
"""

from __future__ import annotations

import argparse
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


def main() -> None:
    """Run the measures one after another and print what each reports."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--scorer", type=Path, default=SCORER,
                    help="score_entities.py (default: ../shared/eval/ beside the checkout)")
    args = ap.parse_args()
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    for name, cmd in measures(args.folder, args.scorer):
        run = subprocess.run([sys.executable, *cmd], capture_output=True, text=True)
        text = run.stdout + (run.stderr if run.returncode else "")
        print(f"== {name}\n{text}")
        if args.out:
            (args.out / f"{name}.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
