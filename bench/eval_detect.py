"""Evaluate archivist.detect on a folder of .txt documents against a gold entity file.

usage:
  python bench/eval_detect.py ../shared/eval/conll2003-dev
  python bench/eval_detect.py ../shared/eval/kremlin-dev          (gold built from metadata.json)
  python bench/eval_detect.py DIR --gold GOLD.json --pred OUT.json --scorer SCORER.py

The data folder holds docs/*.txt + gold.json (CoNLL layout) or txt/*.txt + metadata.json (Kremlin
layout; its gold is approximate: the site's Persons/Geography tags plus the speakers, not every
name mentioned, so precision there reads low). Writes PRED json ({"doc": {"PER": [...],
"LOC": [...]}}, surface strings), runs the scorer and prints its output plus the detection speed.
"""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archivist.detect import PERSON, PLACE, Candidate, Detector, detect_corpus  # noqa: E402

log = logging.getLogger(__name__)

TYPE_KEYS = {PERSON: "PER", PLACE: "LOC"}


def load_docs(folder: Path) -> tuple[dict[str, str], Path]:
    """The documents of a data folder, keyed as its gold keys them, and the folder they are in."""
    for sub in ("docs", "txt", "."):
        d = folder / sub
        files = sorted(d.glob("*.txt"))
        if files:
            return {f.name: f.read_text(encoding="utf-8") for f in files}, d
    raise SystemExit(f"no .txt files under {folder}")


def kremlin_gold(folder: Path) -> dict[str, dict[str, list[str]]]:
    """Approximate gold from Kremlin metadata: Persons tags (surname first) and speakers."""
    gold: dict[str, dict[str, list[str]]] = {}
    for item in json.loads((folder / "metadata.json").read_text(encoding="utf-8")):
        tags = item.get("kremlin_tags", {})
        people = {" ".join(reversed(p.split(" ", 1))) for p in tags.get("Persons", [])}
        for speaker in item.get("speakers", {}):
            words = speaker.split()
            if len(words) >= 2 and all(w[:1].isupper() for w in words[-2:]):
                people.add(" ".join(words[-2:]).title())
        gold[Path(item["file"]).name] = {"PER": sorted(people),
                                         "LOC": sorted(tags.get("Geography", []))}
    return gold


def to_pred(result: dict[str, list[Candidate]]) -> dict[str, dict[str, list[str]]]:
    """Scorer input: every surface variant of each person and place, per document."""
    pred: dict[str, dict[str, list[str]]] = {}
    for doc, cands in result.items():
        out: dict[str, list[str]] = {"PER": [], "LOC": []}
        for cand in cands:
            key = TYPE_KEYS.get(cand.type)
            if key:
                out[key].extend(cand.variants)
        pred[doc] = {k: sorted(set(v)) for k, v in out.items()}
    return pred


def main() -> None:
    """Run detection, write gold/pred files, print the scorer output and speed."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--gold", type=Path, help="gold json (default: folder/gold.json or built)")
    ap.add_argument("--pred", type=Path, default=Path("bench/out/pred.json"))
    ap.add_argument("--scorer", type=Path, help="default: score_entities.py beside the data folder")
    args = ap.parse_args()
    docs, _ = load_docs(args.folder)
    gold_path = args.gold or args.folder / "gold.json"
    if not gold_path.exists():
        gold_path = args.pred.with_name(args.pred.stem + ".gold.json")
        gold_path.parent.mkdir(parents=True, exist_ok=True)
        gold_path.write_text(json.dumps(kremlin_gold(args.folder), indent=1), encoding="utf-8")
    t0 = time.perf_counter()
    detector = Detector()
    t1 = time.perf_counter()
    result = detect_corpus(docs, detector)
    t2 = time.perf_counter()
    args.pred.parent.mkdir(parents=True, exist_ok=True)
    args.pred.write_text(json.dumps(to_pred(result), indent=1, ensure_ascii=False),
                         encoding="utf-8")
    size = sum(len(t.encode("utf-8")) for t in docs.values())
    print(f"{len(docs)} docs, {size / 1e6:.2f} MB; load {t1 - t0:.2f} s; detect {t2 - t1:.2f} s"
          f" = {1000 * (t2 - t1) / len(docs):.2f} ms/doc, {size / 1e6 / (t2 - t1):.2f} MB/s,"
          f" {1000 * (t2 - t1) / (size / 1024):.3f} ms/KB")
    scorer = args.scorer or args.folder.resolve().parent / "score_entities.py"
    subprocess.run([sys.executable, str(scorer), str(gold_path), str(args.pred)], check=True)


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    main()
