"""Evaluate speaker-turn attribution against a hand-made gold of label → person, per transcript.

usage:
  python bench/eval_turns_gold.py FOLDER [--registry REG.yml] [--show]

FOLDER holds txt/*.txt and gold.json: {file: {label as written: speaker}}, where speaker is
  "Full Name"  the person, named in full somewhere in the document;
  "=Name?"     a person the document names only by surname (scored apart: a page named by the
               surname, or by a full name with that surname, is right; none is acceptable);
  "=BY"        court style "Q.": the lawyer of the last "BY MR. X:" line;
  null         nobody (a questioner, "Operator", "THE COURT"): any person is a wrong attribution.
Gold turns are read from the raw lines (a label opening a line, before ":", French " :", ".",
" (00:01)", alone on its line or before a time ("Ann Berg  0:03"), or, for one-letter labels and
labels that end in their stop ("Q."), a space; a spaced dash, as Brazil's notes write it, "O SR.
ANN BERG (PT - SP) - …"; a leading "[00:01:02]" is skipped) and
matched to the archive's turn blocks by line number. Besides turn figures it lists the pages
the speakers got (a page per gold person, named as the gold names them), people without a
document, likely duplicate pairs, and pages made of transcript furniture ("Crosstalk",
"Laughter", "Operator").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_turns import _fold, gather_folder, same_person  # noqa: E402

from archivist.index import build_index  # noqa: E402
from archivist.model import Archive  # noqa: E402
from archivist.resolution import likely_duplicates  # noqa: E402

STAMP = re.compile(r"^[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+")
BY_LINE = re.compile(r"^(?:[A-Z-]+ )*BY ((?:MR|MS|MRS)\.? [A-Z'-]+(?: [A-Z'-]+)?):$")
FURNITURE = re.compile(r"\b(?:crosstalk|cross-talk|laughter|laughs|inaudible|applause|operator|"
                       r"interruptions?|unidentified|off-mike|commercial|recess|sidebar)\b"
                       r"|^(?:q|a)\.?(?:\s|$)",
                       re.I)


def gold_turns(text: str, labels: dict[str, str | None]) -> dict[int, tuple[str, str | None]]:
    """Line number → (label, gold speaker) of every turn the gold labels open."""
    order = sorted(labels, key=len, reverse=True)
    out: dict[int, tuple[str, str | None]] = {}
    examiner: str | None = None
    for number, raw in enumerate(text.split("\n"), start=1):
        line = STAMP.sub("", raw.strip())
        if m := BY_LINE.match(line):  # the lawyer: the label's speaker, else by surname
            examiner = labels[m[1]] if m[1] in labels else _by_surname(m[1], labels)
            continue
        for label in order:
            rest = line[len(label):] if line.startswith(label) else None
            if rest is None or not (rest == "" or rest[0] in ":." or re.match(r"\s*\(\d", rest)
                                    or re.match(r"[ \u00a0\u202f]:", rest)
                                    or re.fullmatch(r"\s+\d{1,2}:\d{2}(?::\d{2})?", rest)
                                    or (len(label) == 1 and rest[0] == " ")
                                    or (label[-1] == "." and rest[0] == " ")  # "Q. Did you"
                                    or re.match(r" [-–—] ", rest)):  # "O SR. BERG (PT) - …"
                continue
            speaker = labels[label]
            out[number] = (label, examiner if speaker == "=BY" else speaker)
            break
    return out


def _by_surname(lawyer: str, labels: dict[str, str | None]) -> str:
    """ "MS. OLTEAN" of a "BY MS. OLTEAN:" line no label names: the gold's full name with that
    surname, else the surname alone ("=Oltean?")."""
    surname = _fold(lawyer.split()[-1])
    full = sorted({s for s in labels.values() if s and not s.startswith("=") and
                   _fold(s).split()[-1:] == [surname]})
    return full[0] if len(full) == 1 else f"={lawyer.split()[-1].title()}?"


def archive_turns(archive: Archive) -> dict[str, dict[int, tuple[str, str | None]]]:
    """Per source file name: line → (label, speaking entity id or None) of every turn block."""
    by_block = {(d, b): e for d, e, b in archive.speakers}
    return {Path(doc.source).name: {b.line: (b.speaker or "", by_block.get((doc.id, i)))
                                    for i, b in enumerate(doc.blocks) if b.kind == "turn"}
            for doc in archive.documents}


def judge(gold: str | None, names: list[str]) -> bool:
    """Whether an entity with these names is the gold speaker."""
    if gold is None:
        return False
    if gold.startswith("="):
        surname = _fold(gold.strip("=?")).split()[-1]
        return any(_fold(n).split()[-1:] == [surname] for n in names)
    return any(_fold(n) == _fold(gold) for n in names) or same_person(names, gold)


def evaluate(folder: Path, archive: Archive, show: bool) -> dict[str, float]:
    """Turn figures by gold class and the speaker pages' figures."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    index = build_index(archive)
    names = {e.id: list(e.all_names) for e in index.entities.values()}
    got = archive_turns(archive)
    c: Counter[str] = Counter()
    pages: dict[str, set[str]] = defaultdict(set)
    for file, labels in sorted(gold.items()):
        text = (folder / "txt" / file).read_text(encoding="utf-8")
        turns = got.get(file, {})
        expected = gold_turns(text, labels)
        for line, (label, speaker) in sorted(expected.items()):
            kind = "anon" if speaker is None else "surname" if speaker.startswith("=") \
                else "named"
            c[f"{kind}_turns"] += 1
            found = turns.get(line)
            entity = found[1] if found else None
            if found is None:
                c[f"{kind}_lost"] += 1
            elif entity is None:
                c[f"{kind}_unattributed"] += 1
            elif judge(speaker, names[entity]):
                c[f"{kind}_right"] += 1
                pages[speaker].add(entity)
            else:
                c[f"{kind}_wrong"] += 1
            if show and (entity is None and kind == "named" or entity and kind != "named"
                         or entity and not judge(speaker, names[entity])):
                print(f"  {file}:{line} {label!r} gold={speaker} got={found}")
        for line, (label, entity) in sorted(turns.items()):
            if line not in expected:
                c["extra_turns"] += 1
                c["extra_attributed"] += bool(entity)
                if show:
                    print(f"  extra {file}:{line} {label!r} -> {entity}")
    _pages(index, pages, c, show)
    return {**c, "named_attribution": c["named_right"] / max(1, c["named_turns"]),
            "named_precision": c["named_right"] / max(1, c["named_right"] + c["named_wrong"]),
            "wrong_all": c["named_wrong"] + c["surname_wrong"] + c["anon_wrong"]
            + c["extra_attributed"]}


def _pages(index, pages: dict[str, set[str]], c: Counter[str], show: bool) -> None:
    """Split speakers, misnamed speaker pages, people without a document, furniture pages."""
    for speaker, ids in sorted(pages.items()):
        c["speaker_people"] += 1
        c["speaker_split"] += len(ids) > 1
        exact = not speaker.startswith("=") and any(
            _fold(index.entities[e].name) == _fold(speaker) for e in ids)
        c["speaker_named_right"] += exact or speaker.startswith("=")
        if show and (len(ids) > 1 or not (exact or speaker.startswith("="))):
            print(f"  page {speaker!r}: {sorted(index.entities[e].name for e in ids)}")
    for e in sorted(index.entities.values(), key=lambda e: e.id):
        if e.type == "person" and not index.entity_docs.get(e.id):
            c["people_without_document"] += 1
        if FURNITURE.search(e.name):
            c["furniture_pages"] += 1
            if show:
                print(f"  furniture {e.type} {e.name!r}")
    c["people_pages"] = sum(1 for e in index.entities.values() if e.type == "person")
    dups = likely_duplicates([e for e in index.entities.values() if e.origin == "detected"])
    c["likely_duplicate_pairs"] = len(dups)
    if show:
        for d in dups:
            print(f"  duplicate? {d}")


def main() -> None:
    """Gather the archive of a gold folder and print the turn attribution figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--registry", type=Path)
    ap.add_argument("--show", action="store_true", help="list wrong, missed and extra turns")
    args = ap.parse_args()
    archive = gather_folder(args.folder, args.registry)
    result = evaluate(args.folder, archive, args.show)
    for key, value in sorted(result.items()):
        print(f"{key:24s} {value:.4f}" if isinstance(value, float) else f"{key:24s} {value}")


if __name__ == "__main__":
    main()
