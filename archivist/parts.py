"""Parts: a very long document is shown as several pages, each well under the 1 MB page bound.

A part is a run of whole blocks; the split depends on the Document alone, so it is deterministic
and every renderer (document pages, entity pages linking to a mention) agrees on it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .model import Document

PART_BUDGET = 900_000  # estimated bytes of a part's body HTML (generous: see block_cost)
SMALL = 60_000  # characters: a document this short always fits one page
# Entity links start at capitalised words and digits; each adds ~150 bytes of markup.
LINKABLE = re.compile(r"\b[^\W_a-z]")


def block_cost(text: str) -> int:
    """A generous estimate of the HTML bytes one block renders to (escapes, links, markup)."""
    return 2 * len(text.encode("utf-8")) + 150 * len(LINKABLE.findall(text)) + 200


def part_starts(doc: Document) -> tuple[int, ...]:
    """Block index where each part after the first begins; () when the document is one page."""
    if sum(len(b.text) for b in doc.blocks) < SMALL:
        return ()
    starts: list[int] = []
    size = 0
    for i, block in enumerate(doc.blocks):
        cost = block_cost(block.text)
        if size and size + cost > PART_BUDGET and block.kind != "attribution":
            starts.append(i)
            size = 0
        size += cost
    return tuple(starts)


def part_of(starts: tuple[int, ...], block: int) -> int:
    """The 1-based part holding a block."""
    return bisect_right(starts, block) + 1


def part_range(starts: tuple[int, ...], number: int, total_blocks: int) -> range:
    """The block indexes of part number (1-based)."""
    bounds = (0, *starts, total_blocks)
    return range(bounds[number - 1], bounds[number])
