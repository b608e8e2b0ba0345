"""Evaluate the entities of a whole build (detection, resolution, linking) on a corpus folder.

usage:
  python bench/eval_entities.py ../shared/eval/conll2003-dev
  python bench/eval_entities.py ../shared/eval/kremlin-dev     (gold built from metadata.json)
  python bench/eval_entities.py DIR --gold GOLD.json --pred OUT.json --show 20
  python bench/eval_entities.py /work/fresh/news --misses PER   (per document: -missed +false)

Runs archivist.pipeline.gather with an empty registry and detection on (no cache), then reports:
document-level precision/recall for people and places (each entity a document mentions counts
once, under its page name; scored by ../shared/eval/score_entities.py), likely duplicate pairs
(archivist.resolution.likely_duplicates: variant spellings, misspellings, initials, bare-surname
twins, role words in front, short names), people/places/organisations with no document, and
the entity count by type. When the folder holds bylines.json (document → names of its
reporters and credits, which the gold leaves out), PER is also scored without those names.
Kremlin gold is approximate (bench/eval_detect.py: Persons and
Geography tags plus speakers), so precision there reads low.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archivist.config import Settings  # noqa: E402
from archivist.model import Archive  # noqa: E402
from archivist.pipeline import gather  # noqa: E402
from archivist.resolution import likely_duplicates  # noqa: E402
from archivist.resolution.names import fold  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from eval_detect import kremlin_gold  # noqa: E402

TYPE_KEYS = {"person": "PER", "place": "LOC", "organization": "ORG"}


def source_folder(folder: Path) -> Path:
    """The folder holding the corpus's .txt documents."""
    for sub in ("docs", "txt", "."):
        if any((folder / sub).glob("*.txt")):
            return folder / sub
    raise SystemExit(f"no .txt files under {folder}")


def build(sources: Path) -> Archive:
    """The archive of a folder with an empty registry, detection on, no cache."""
    with tempfile.TemporaryDirectory() as tmp:
        registry = Path(tmp) / "empty.yml"
        registry.write_text("version: 1\nentities: []\n", encoding="utf-8")
        return gather(Settings(sources=sources, registry=registry, cache=None, detect=True,
                               fulltext=False))


def predictions(archive: Archive, gold: dict[str, dict[str, list[str]]]
                ) -> dict[str, dict[str, list[str]]]:
    """Per document (by file name), one name for each person, place and organisation.

    The name is the gold's spelling when it is one of the entity's names or forms written in
    that document (spelling variants are one entity: "Ignatyev" in the text, "Ignatiev" in the
    tags); else its longest form written there ("G. Thorpe" where the page is Graham Thorpe),
    or its page name for a speaker. Other forms linked there that the gold spells and the name
    does not contain (an acronym) are added.
    """
    by_id = {e.id: e for e in archive.entities}
    docs = {d.id: Path(d.source).name for d in archive.documents}
    written: dict[tuple[str, str], str] = {}
    texts: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in archive.mentions:
        key = (m.document, m.entity)
        written[key] = max(written.get(key, ""), m.text, key=lambda t: (len(t), t))
        texts[key].add(m.text)
    for doc, entity, _ in archive.speakers:
        written.setdefault((doc, entity), by_id[entity].name)
    pred: dict[str, dict[str, set[str]]] = defaultdict(lambda: {k: set() for k in TYPE_KEYS.values()})
    for (doc, entity), name in written.items():
        key = TYPE_KEYS.get(by_id[entity].type)
        if key:
            spelled = {fold(g): g for g in gold.get(docs[doc], {}).get(key, [])}
            forms = (name, *by_id[entity].all_names)
            chosen = next((spelled[fold(f)] for f in forms if fold(f) in spelled), name)
            pred[docs[doc]][key].add(chosen)
            pred[docs[doc]][key].update(other_forms(texts[(doc, entity)], chosen, spelled))
    return {d: {k: sorted(v) for k, v in p.items()} for d, p in sorted(pred.items())}


def other_forms(texts: set[str], chosen: str, spelled: dict[str, str]) -> set[str]:
    """Gold spellings of the entity's other forms linked in the document that the chosen name
    does not contain (an acronym "EFCC" beside "Economic and Financial Crimes Commission"; not
    "Ruiz" beside "Ana Ruiz", which the scorer already counts)."""
    return {spelled[fold(t)] for t in texts
            if fold(t) in spelled and fold(t) not in fold(chosen)}


def orphans(archive: Archive) -> list[str]:
    """Entities no document mentions or hears speak."""
    used = {m.entity for m in archive.mentions} | {e for _, e, _ in archive.speakers}
    return sorted(f"{e.type}:{e.id}" for e in archive.entities if e.id not in used)


def scorer(path: Path):
    """The shared scorer module."""
    spec = importlib.util.spec_from_file_location("score_entities", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def without_bylines(pred: dict[str, dict[str, list[str]]], path: Path, score
                    ) -> dict[str, dict[str, list[str]]]:
    """The predictions less the people named in each document's byline (not in the gold)."""
    names = json.loads(path.read_text(encoding="utf-8"))
    out = {}
    for doc, p in pred.items():
        credit = {score.norm(n) for n in names.get(doc, [])}
        out[doc] = {**p, "PER": [n for n in p.get("PER", [])
                                 if not score.matches(score.norm(n), credit)]}
    return out


def print_misses(gold: dict, pred: dict, typ: str, score) -> None:
    """Per document, the gold names no prediction covers (-) and the predictions gold lacks (+)."""
    for doc in sorted(gold):
        gs = {score.norm(x) for x in gold[doc].get(typ, [])}
        ps = {score.norm(x) for x in pred.get(doc, {}).get(typ, [])}
        missed = sorted(g for g in gs if not any(score.matches(p, {g}) for p in ps))
        false = sorted(p for p in ps if not score.matches(p, gs))
        if missed or false:
            print(f"    {doc}: " + " ".join([*(f"-[{m}]" for m in missed),
                                             *(f"+[{f}]" for f in false)]))


def main() -> None:
    """Build, score, list duplicates and orphans, print a summary."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--gold", type=Path, help="gold json (default: folder/gold.json or built)")
    ap.add_argument("--pred", type=Path, help="also write the predictions here")
    ap.add_argument("--scorer", type=Path,
                    help="score_entities.py (default: beside the data folder)")
    ap.add_argument("--show", type=int, default=10, help="duplicate pairs to print")
    ap.add_argument("--misses", choices=("PER", "LOC", "ORG"),
                    help="also list, per document, the gold names missed and the false ones")
    args = ap.parse_args()
    gold_path = args.gold or args.folder / "gold.json"
    gold = (json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists()
            else kremlin_gold(args.folder))
    t0 = time.perf_counter()
    archive = build(source_folder(args.folder))
    seconds = time.perf_counter() - t0
    pred = predictions(archive, gold)
    if args.pred:
        args.pred.write_text(json.dumps(pred, indent=1, ensure_ascii=False), encoding="utf-8")
    score = scorer(args.scorer or args.folder.resolve().parent / "score_entities.py")
    print(f"{args.folder.name}: {len(archive.documents)} documents, gather {seconds:.1f} s")
    types = ("PER", "LOC", "ORG") if any("ORG" in g for g in gold.values()) else ("PER", "LOC")
    for typ in types:
        p, r, f = score.score(gold, pred, typ)
        print(f"  {typ}: precision {p:.3f} recall {r:.3f} F1 {f:.3f}")
    bylines = args.folder / "bylines.json"
    if bylines.exists():
        p, r, f = score.score(gold, without_bylines(pred, bylines, score), "PER")
        print(f"  PER, byline names ignored: precision {p:.3f} recall {r:.3f} F1 {f:.3f}")
    if args.misses:
        print_misses(gold, pred, args.misses, score)
    dups = likely_duplicates([e for e in archive.entities if e.origin == "detected"])
    rules = Counter(d.rule for d in dups)
    by_rule = ", ".join(f"{k} {v}" for k, v in sorted(rules.items())) or "-"
    print(f"  likely duplicate pairs: {len(dups)} ({by_rule})")
    for d in dups[:args.show]:
        print(f"    {d.type}: {' | '.join(d.names)}  [{d.rule}: {d.evidence}]")
    lost = orphans(archive)
    print(f"  entities with no document: {len(lost)} {' '.join(lost[:10])}")
    counts = Counter(e.type for e in archive.entities)
    print("  entities: " + ", ".join(f"{t} {counts[t]}" for t in sorted(counts)))
    print(f"  merges made: {len(archive.merges)}; doubts noted: {len(archive.doubts)}")


if __name__ == "__main__":
    main()
