"""Print random entity pages of a folder's archive (empty registry) for a reader to judge.

usage:
  python bench/sample_pages.py DIR [--seed N] [--count 50] [--contexts 4]
  python bench/sample_pages.py DIR --documents 10 [--seed N]

For each sampled entity: its type, page name, other forms, how many documents mention it or
hear it speak, and a few mentions in their sentence (document file, the mention in [brackets]),
and its turns' labels. With --documents, it prints sampled document pages' header fields and
the entities each links instead. The judging (right / not an entity / wrong type / duplicate /
mixes two referents) is the reader's: this only lays out what the pages show.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from eval_entities import build, source_folder  # noqa: E402

from archivist.index import Index, build_index  # noqa: E402

WIDTH = 90


def context(index: Index, mention) -> str:
    """The mention in its block, cut to WIDTH characters either side."""
    doc = index.docs[mention.document]
    text = doc.text_of(mention.block)  # the headline for a mention in the title
    left = text[max(0, mention.start - WIDTH):mention.start]
    right = text[mention.end:mention.end + WIDTH]
    name = Path(doc.source).name
    return f"{name}: …{left}[{text[mention.start:mention.end]}]{right}…".replace("\n", " ")


def show_entity(index: Index, entity_id: str, contexts: int) -> None:
    """One entity page, in short."""
    e = index.entities[entity_id]
    mentions = index.entity_mentions.get(entity_id, ())
    turns = index.speaker_turns.get(entity_id, ())
    forms = sorted({m.text for m in mentions} - {e.name})
    print(f"- {e.type} {e.name!r} ({e.id}) docs {len(index.entity_docs.get(entity_id, ()))}, "
          f"mentions {len(mentions)}, turns {len(turns)}; forms {forms[:6]}")
    for m in mentions[:contexts]:
        print(f"    {context(index, m)}")
    for doc_id, blocks in sorted(_turn_labels(index, turns).items())[:2]:
        print(f"    speaks {sum(blocks.values())}x in {Path(index.docs[doc_id].source).name} "
              f"under {dict(blocks)}")


def _turn_labels(index: Index, turns) -> dict[str, Counter[str]]:
    """Per document, the labels as written of an entity's turns, with their counts."""
    out: dict[str, Counter[str]] = {}
    for doc_id, block in turns:
        out.setdefault(doc_id, Counter())[index.docs[doc_id].blocks[block].speaker or ""] += 1
    return out


def show_document(index: Index, doc_id: str) -> None:
    """One document page's header fields and the entities it links."""
    d = index.docs[doc_id]
    m = d.meta
    print(f"- {Path(d.source).name}: title {m.title!r} date {m.date} author {m.author!r} "
          f"place {m.place!r} outlet {m.outlet!r} kind {m.kind}")
    for eid, n in sorted(index.doc_entities.get(doc_id, {}).items()):
        e = index.entities[eid]
        print(f"    {e.type:12s} {e.name} x{n}")


def main() -> None:
    """Build the archive and print the sample."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=50)
    ap.add_argument("--contexts", type=int, default=4)
    ap.add_argument("--documents", type=int, default=0)
    args = ap.parse_args()
    index = build_index(build(source_folder(args.folder)))
    rng = random.Random(args.seed)
    if args.documents:
        for doc_id in rng.sample(sorted(index.docs), min(args.documents, len(index.docs))):
            show_document(index, doc_id)
        return
    ids = sorted(i for i in index.entities if index.entity_docs.get(i))
    for entity_id in sorted(rng.sample(ids, min(args.count, len(ids)))):
        show_entity(index, entity_id, args.contexts)


if __name__ == "__main__":
    main()
