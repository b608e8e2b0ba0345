"""Evaluate how sources are read (source → Document): place, title, date, speaker turns, bylines.

usage:
  python bench/eval_sources.py ../shared/eval/kremlin-dev            (txt/*.txt + metadata.json)
  python bench/eval_sources.py ../shared/eval/conll2003-dev          (docs/*.txt, no metadata)
  python bench/eval_sources.py DIR --show 20 --json bench/out/sources.json

It runs the real reading stage (archivist.reader.discover → archivist.documents.read_documents,
no cache, no entity detection) on the folder's .txt files. With a metadata.json
({file, title, date, place, speakers {label: turns}}) it scores:

- place: Document.meta.place equals metadata `place` (an absent place must stay empty);
- title, date: equal to metadata `title` / `date`;
- turns: for every metadata speaker label, min(metadata turns, turns the parser gives that label
  as written) are right. Scored over all labels, and over speaker labels only: metadata.json marks
  every bold paragraph opening, so it also lists list labels ("Germany", "Second") and sentence
  openings ("I want to stress once again") that are not speakers (see `is_speaker_label`);
- false speakers: parsed turns whose label metadata does not list;
- names: a role-carrying first label ("Defence Minister Sergei Shoigu") must name the same person
  as the short label used later in the document ("Sergei Shoigu"): speaker_name() of both agree.

Without metadata it only counts and lists what was set. Every run lists each author, outlet and
place set, so a reader can check that none is made from text that names nobody.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archivist.documents import read_documents  # noqa: E402
from archivist.model import Document  # noqa: E402
from archivist.reader import discover  # noqa: E402
from archivist.speakers import speaker_name  # noqa: E402

log = logging.getLogger(__name__)

GENERIC_LABELS = {"question", "questions", "remark", "remarks", "reply", "response", "answer",
                  "operator", "moderator", "comment"}
# Words that open a sentence or a list item, never a speaker label.
NON_LABEL_START = {"i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "there",
                   "here", "but", "and", "so", "as", "what", "my", "our", "your", "the", "a", "an",
                   "regarding", "let", "some", "two", "number", "first", "second", "third"}
LOWER_OK = {"of", "the", "for", "and", "de", "da", "van", "von", "al", "bin", "in", "on", "at"}


def is_speaker_label(label: str) -> bool:
    """A metadata label that names a speaker: a generic role, a name in capitals ("SMITH") or
    words ending in a person's name.

    Independent of the parser: two capitalised words at the end, no sentence opener in front, no
    full stop inside, and lower-case words only as connectors or role nouns before the name.
    """
    words = label.split()
    if label.lower() in GENERIC_LABELS or (len(words) == 1 and label.isupper() and len(label) > 1):
        return True
    if len(words) < 2 or ". " in label or words[0].lower() in NON_LABEL_START:
        return False
    if not all(re.split(r"[-’']", w)[-1][:1].isupper() for w in words[-2:]):
        return False
    lower = [w for w in words if w[:1].islower() and w not in LOWER_OK]
    return len(lower) <= 2


@dataclass
class Score:
    """Right / total for one measure, with the misses to show."""

    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, miss: str) -> None:
        """Count one case; keep its description when it is wrong."""
        self.total += 1
        self.right += ok
        if not ok:
            self.misses.append(miss)

    def __str__(self) -> str:
        pct = 100 * self.right / self.total if self.total else 100.0
        return f"{self.right}/{self.total} = {pct:.1f}%"


def read_folder(folder: Path) -> list[Document]:
    """Every .txt document of the folder's text directory, read as the archive reads it."""
    for sub in ("txt", "docs", "."):
        root = folder / sub
        if any(root.glob("*.txt")):
            break
    else:
        raise SystemExit(f"no .txt files under {folder}")
    with tempfile.TemporaryDirectory() as tmp:
        from archivist.cache import Cache

        documents, problems, _ = read_documents(root, discover(root), Cache(Path(tmp) / "c"))
    for problem in problems:
        log.info("%s", problem)
    return documents


def turn_counts(doc: Document) -> Counter[str]:
    """Parsed turns per speaker label as written."""
    return Counter(b.speaker for b in doc.blocks if b.kind == "turn" and b.speaker)


def score_turns(doc: Document, gold: dict[str, int], scores: dict[str, Score]) -> None:
    """Turn attribution of one document against its metadata speakers."""
    parsed = turn_counts(doc)
    for label, n in sorted(gold.items()):
        got = parsed.get(label, 0)
        for i in range(n):
            ok = i < got
            miss = f"{doc.source}: '{label}' {got}/{n} turns"
            scores["turns (all metadata labels)"].add(ok, miss if i == got else "")
            if is_speaker_label(label):
                scores["turns (speaker labels)"].add(ok, miss if i == got else "")
    for label, n in sorted(parsed.items()):
        extra = n - gold.get(label, 0)
        if extra > 0:
            scores["false speaker turns"].total += extra
            scores["false speaker turns"].misses.append(f"{doc.source}: '{label}' +{extra}")
    short = {lab for lab in gold if is_speaker_label(lab) and lab.lower() not in GENERIC_LABELS}
    for label in sorted(short):
        later = [s for s in short if s != label and label.endswith(" " + s)]
        if later:
            want = min(later, key=len)
            got_name = speaker_name(label)
            scores["names (role label = later label)"].add(
                got_name == speaker_name(want) == want,
                f"{doc.source}: speaker_name('{label}') = {got_name!r}, want {want!r}")


def evaluate(docs: list[Document], meta: dict[str, dict]) -> dict[str, Score]:
    """Every score over the documents that have metadata."""
    names = ["place", "title", "date", "turns (all metadata labels)", "turns (speaker labels)",
             "false speaker turns", "names (role label = later label)"]
    scores = {n: Score() for n in names}
    for doc in docs:
        item = meta.get(Path(doc.source).name)
        if item is None:
            continue
        m = doc.meta
        scores["place"].add(m.place == item.get("place"),
                            f"{doc.source}: {m.place!r}, want {item.get('place')!r}")
        scores["title"].add(m.title == item["title"], f"{doc.source}: {m.title!r}")
        date = m.date.isoformat() if m.date else None
        scores["date"].add(date == item["date"], f"{doc.source}: {date}, want {item['date']}")
        score_turns(doc, item.get("speakers", {}), scores)
    return scores


def field_values(docs: list[Document]) -> dict[str, Counter[str]]:
    """Each author, outlet and place set, with how many documents got it."""
    values: dict[str, Counter[str]] = {"author": Counter(), "outlet": Counter(),
                                       "place": Counter()}
    for doc in docs:
        for name, counter in values.items():
            value = getattr(doc.meta, name)
            if value:
                counter[value] += 1
    return values


def report(docs: list[Document], scores: dict[str, Score], show: int) -> None:
    """Print the scores, their first misses and every author/outlet/place value."""
    print(f"{len(docs)} documents")
    for name, score in scores.items():
        if name == "false speaker turns":
            print(f"  {name}: {score.total}")
        elif score.total:
            print(f"  {name}: {score}")
        for miss in [m for m in score.misses if m][:show]:
            print(f"      {miss}")
    turns = sum(1 for d in docs for b in d.blocks if b.kind == "turn")
    headings = sum(1 for d in docs for b in d.blocks if b.kind == "heading")
    spoken = sum(1 for d in docs for b in d.blocks
                 if b.kind == "heading" and b.text.endswith(("?", "!")))
    print(f"  turns parsed: {turns}; headings: {headings} (ending in ? or !: {spoken})")
    for name, counter in field_values(docs).items():
        set_in = sum(counter.values())
        print(f"  {name} set in {set_in}/{len(docs)}: {len(counter)} distinct")
        for value, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:show * 5]:
            print(f"      {n:4d}  {value}")


def main() -> None:
    """Read the folder, score it against metadata.json when there is one, print the report."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--show", type=int, default=10, help="misses (x5 values) to list per measure")
    ap.add_argument("--json", type=Path, help="also write every document's fields here")
    args = ap.parse_args()
    docs = read_folder(args.folder)
    meta_path = args.folder / "metadata.json"
    meta = {}
    if meta_path.exists():
        meta = {Path(i["file"]).name: i for i in json.loads(meta_path.read_text("utf-8"))}
    scores = evaluate(docs, meta) if meta else {}
    report(docs, scores, args.show)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        rows = [{"source": d.source, "title": d.meta.title, "place": d.meta.place,
                 "date": d.meta.date.isoformat() if d.meta.date else None,
                 "author": d.meta.author, "outlet": d.meta.outlet, "kind": d.meta.kind,
                 "turns": dict(sorted(turn_counts(d).items()))} for d in docs]
        args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING)
    main()
