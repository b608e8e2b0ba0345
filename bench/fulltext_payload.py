"""Bytes a browser fetches for a first full-text query, predicted from a built site's index.

    python bench/fulltext_payload.py SITE --term russia
    python bench/fulltext_payload.py SITE --commonest 5   # the archive's five commonest words

tests/browser/payload.py measures the same thing in Chromium.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from archivist.publish.fulltext_reader import StaticIndex, first_query_bytes  # noqa: E402

log = logging.getLogger(__name__)


def commonest_words(site: Path, count: int) -> list[str]:
    """The words found in the most documents (the costliest first queries)."""
    index = StaticIndex(site / "fulltext")
    df: dict[str, int] = {}
    for chunk in range(len(index.meta["words"])):
        df.update((word, entry[1]) for word, entry in index.load(f"w/{chunk}.json.gz").items())
    return sorted(df, key=lambda w: (-df[w], w))[:count]


def payloads(site: Path, terms: list[str], commonest: int = 0) -> list[dict[str, object]]:
    """First-query payloads for the given terms and the commonest words."""
    chosen = list(dict.fromkeys([*terms, *commonest_words(site, commonest)]))
    return [first_query_bytes(site, term) for term in chosen]


def main(argv: list[str] | None = None) -> int:
    """CLI: print first-query payloads as JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site", type=Path, help="built site directory containing fulltext/")
    ap.add_argument("--term", action="append", default=[])
    ap.add_argument("--commonest", type=int, default=0)
    args = ap.parse_args(argv)
    print(json.dumps(payloads(args.site, args.term or ["russia"], args.commonest), indent=2))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    raise SystemExit(main())
