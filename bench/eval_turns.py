"""Evaluate speaker-turn attribution of a built archive against transcript metadata.

usage:
  python bench/eval_turns.py ../shared/eval/kremlin-dev [--registry REG.yml] [--show]

The data folder holds txt/*.txt and metadata.json, a list of {file, speakers {label: turns}}.
The archive is gathered as build_pages.py would (detection on, empty registry unless given).

Gold, deliberately simpler than (and independent of) archivist's own role stripping: a label
names a person when its words are capitalised name words, connectors (of, the, in, …) or a few
lowercase role words, or when its last two words also occur as a label on their own somewhere in
the corpus; the person is the label's last two words (three with a particle: von, van, al-, …).
A turn is right when the archive attributes it to an entity whose name (or an alias) matches that
person: same surname (casefolded, transliteration-tolerant fuzzy ratio >= 85) and a compatible
given name (fuzzy >= 75, or an initial of it). Sentences taken for labels ("I have already
talked about this:"), "Question:", "Germany:" are not person labels; a person attributed to one
counts as a false attribution, unless the turn opens with that person's full name (a questioner
who gives their name, "Question: Ann Berg, NTV. …": counted apart as other_self_named).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from rapidfuzz import fuzz
from anyascii import anyascii

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archivist.config import Settings  # noqa: E402
from archivist.model import Archive  # noqa: E402
from archivist.pipeline import gather  # noqa: E402

CONNECTORS = {"of", "the", "in", "for", "and", "on", "at", "de", "du", "da", "von", "van", "der",
              "bin", "ibn", "la", "le"}
PARTICLES = {"von", "van", "der", "de", "da", "du", "bin", "ibn", "al", "el", "la", "le"}
LOWER_ROLES = {"chairman", "chairwoman", "chairperson", "chief", "director", "head", "minister",
               "president", "governor", "editor", "moderator", "aide", "adviser", "advisor"}
STARTERS = {"the", "a", "an", "i", "we", "my", "our", "but", "and", "this", "that", "it"}


def _words(label: str) -> list[str]:
    return [w for w in re.split(r"\s+", re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", label)) if w]


def _name_word(word: str) -> bool:
    return bool(re.fullmatch(r"(?:[a-z]{1,3}-)?[A-Z][\w'’.-]*", word))


def person_of(label: str) -> str | None:
    """The gold person's name in a label (last two words, a particle adds one), or None."""
    words = _words(label.strip())
    particle = len(words) >= 3 and words[-2].casefold().split("-")[0] in PARTICLES
    if len(words) < 2 or not _name_word(words[-1]) or not (particle or _name_word(words[-2])):
        return None
    take = 3 if particle else 2
    return " ".join(words[-take:])


def is_person_label(label: str, bare: set[str]) -> bool:
    """A role + name label or a bare name, not a sentence or a list item."""
    person = person_of(label)
    if person is None:
        return False
    if person.casefold() in bare:
        return True
    words = _words(label.strip())
    if words[0].casefold() in STARTERS:
        return False
    return all(_name_word(w) or w.casefold() in CONNECTORS or w in LOWER_ROLES for w in words)


def _fold(text: str) -> str:
    return anyascii(text).casefold().replace("-", " ").replace(".", "")


def _ungenerated(words: list[str]) -> list[str]:
    """A name's words without a generation's suffix: "teofilo e guadiz iii" → "teofilo e guadiz"."""
    return words[:-1] if len(words) > 2 and words[-1].strip(".,") in ("jr", "sr", "ii", "iii",
                                                                       "iv") else words


def same_person(entity_names: list[str], person: str) -> bool:
    """Whether one of an entity's names is the person named in a label (a generation's "Jr",
    "III" after a surname aside)."""
    p_words = _ungenerated(_fold(person).split())
    for name in entity_names:
        n_words = _ungenerated(_fold(name).split())
        if len(n_words) < 1 or fuzz.ratio(n_words[-1], p_words[-1]) < 85:
            continue
        if len(n_words) == 1 or len(p_words) == 1:
            continue  # a bare surname is not enough to judge
        a, b = n_words[0], p_words[0]
        if fuzz.ratio(a, b) >= 75 or (len(a) == 1 and b.startswith(a)) or \
                (len(b) == 1 and a.startswith(b)):
            return True
    return False


def archive_turns(archive: Archive) -> dict[str, list[tuple[str, str | None, str]]]:
    """Per source file name: (label, speaking entity id or None, text) of every turn, in order."""
    by_block = {(d, b): e for d, e, b in archive.speakers}
    out: dict[str, list[tuple[str, str | None, str]]] = {}
    for doc in archive.documents:
        out[Path(doc.source).name] = [(b.speaker or "", by_block.get((doc.id, i)), b.text)
                                      for i, b in enumerate(doc.blocks) if b.kind == "turn"]
    return out


def self_named(names: list[str], text: str) -> bool:
    """Whether a turn opens with one of these full names ("Question: Ann Berg, NTV. …")."""
    head = _fold(text[:300])
    return any(len(n.split()) > 1 and _fold(n) in head for n in names)


def evaluate(folder: Path, archive: Archive, show: bool) -> dict[str, float]:
    """Right, wrong and missing turn attributions against the metadata's speaker labels."""
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    bare = {lab.strip().casefold() for item in meta for lab in item["speakers"]
            if len(_words(lab)) == 2 and person_of(lab)}
    names = {e.id: list(e.all_names) for e in archive.entities}
    turns = archive_turns(archive)
    c: Counter[str] = Counter(dict.fromkeys(("person_turns", "found_turns", "right", "wrong",
                                             "unattributed", "other_turns", "other_attributed",
                                             "other_self_named"),
                                            0))
    wrong: Counter[tuple[str, str]] = Counter()
    missed: Counter[str] = Counter()
    for item in meta:
        got: dict[str, list[str | None]] = defaultdict(list)
        for label, entity, text in turns.get(Path(item["file"]).name, []):
            if entity and self_named(names[entity], text) and not is_person_label(label, bare):
                c["other_self_named"] += 1  # a questioner who gives their name: no error
                entity = None
            got[" ".join(label.split()).casefold()].append(entity)
        for label, n in item["speakers"].items():
            found = got.get(" ".join(label.split()).casefold(), [])
            person = person_of(label) if is_person_label(label, bare) else None
            _score(label, person, n, found, names, c, wrong, missed)
    if show:
        for (label, e), n in wrong.most_common():
            print(f"  wrong  {n:4d}  {label!r} -> {e}")
        for label, n in missed.most_common():
            print(f"  missed {n:4d}  {label!r}")
    c["lost"] = c["person_turns"] - c["found_turns"]  # labels the reader did not make turns of
    return {**c, "attribution": c["right"] / max(1, c["person_turns"]),
            "of_found": c["right"] / max(1, c["found_turns"])}


def _score(label: str, person: str | None, n: int, found: list[str | None],
           names: dict[str, list[str]], c: Counter[str], wrong: Counter[tuple[str, str]],
           missed: Counter[str]) -> None:
    """Count one metadata label's n turns against the entities its archive turns went to."""
    if person is None:
        c["other_turns"] += n
        for e in found:
            if e:
                c["other_attributed"] += 1
                wrong[("not a person: " + label, e)] += 1
        return
    right = sum(1 for e in found if e and same_person(names[e], person))
    c["person_turns"] += n
    c["found_turns"] += min(n, len(found))
    c["right"] += min(n, right)
    c["unattributed"] += sum(1 for e in found if e is None)
    for e in found:
        if e and not same_person(names[e], person):
            c["wrong"] += 1
            wrong[(label, e)] += 1
    if right < n:
        missed[label] += n - min(n, right)


def gather_folder(folder: Path, registry: Path | None, detect: bool = True) -> Archive:
    """The archive of a folder's txt/ sources, with the given registry or an empty one."""
    with tempfile.TemporaryDirectory() as tmp:
        if registry is None:
            registry = Path(tmp) / "empty.yml"
            registry.write_text("version: 1\nentities: []\n", encoding="utf-8")
        return gather(Settings(sources=folder / "txt", registry=registry, cache=None,
                               detect=detect))


def main() -> None:
    """Gather the archive of a Kremlin-layout folder and print the turn attribution figures."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--registry", type=Path)
    ap.add_argument("--show", action="store_true", help="list wrong and missed labels")
    ap.add_argument("--no-detect", action="store_true",
                    help="turn name detection off: speakers known only from their labels")
    args = ap.parse_args()
    archive = gather_folder(args.folder, args.registry, detect=not args.no_detect)
    result = evaluate(args.folder, archive, args.show)
    for key, value in result.items():
        print(f"{key:18s} {value:.4f}" if isinstance(value, float) else f"{key:18s} {value}")


if __name__ == "__main__":
    main()
