"""Extract tagged sentences from seed documents into bench/sentences.txt (run once, by hand)."""
from __future__ import annotations

import argparse
import logging
import re
from pathlib import Path

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
SPLIT = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][”’]))\s+(?=[“‘\"A-Z0-9])")
TURN = re.compile(r"^(Question|[A-Z][\w .’'-]{2,60}?):\s+(.*)$")
MIN_LEN, MAX_LEN = 25, 600


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences with a simple punctuation heuristic."""
    parts = (s.strip() for s in SPLIT.split(paragraph))
    return [p for p in parts
            if MIN_LEN <= len(p) <= MAX_LEN and "http" not in p and not p[0].islower()]


def tag_lines(text: str) -> list[tuple[str, str]]:
    """Return (tag, sentence) pairs: Q = question turn, S = speaker answer, A = article prose."""
    out: list[tuple[str, str]] = []
    current = "A"
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        m = TURN.match(line)
        if m:
            current = "Q" if m.group(1) == "Question" else "S"
            line = m.group(2)
        out.extend((current, s) for s in split_sentences(line))
    return out


def main(argv: list[str] | None = None) -> int:
    """CLI entry point."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sources", type=Path, default=HERE.parent / "sources")
    ap.add_argument("--out", type=Path, default=HERE / "sentences.txt")
    args = ap.parse_args(argv)
    seen: dict[str, str] = {}
    for path in sorted(args.sources.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        is_transcript = "Transcript" in text[:500]
        for tag, sentence in tag_lines(text):
            seen.setdefault(sentence, tag if is_transcript else "A")
    args.out.write_text("".join(f"{t}\t{s}\n" for s, t in seen.items()), encoding="utf-8")
    log.info("wrote %d sentences to %s", len(seen), args.out)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    raise SystemExit(main())
