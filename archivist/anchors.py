"""Passage anchors: each block of a document gets an id derived from its own text.

A paragraph's anchor is `p-` and the first 8 hex digits of the BLAKE2b hash of its normalised
text (Unicode NFKC, case-folded, whitespace collapsed; a speaker turn's label counts as part of its
text). Editing, adding or removing *other* paragraphs leaves an anchor unchanged, so a link to a
passage keeps working when the document is edited elsewhere. Two blocks of one document with the
same normalised text (a repeated "Thank you.") share a hash; the second gets `-2`, the third `-3`,
in reading order, so only an edit to an identical twin earlier in the document can move them.
Headings keep their readable `h-slug` ids (archivist/render/pages.py), which are derived from
their text in the same spirit.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter, OrderedDict

from .model import Block, Document

PREFIX = "p-"
DIGITS = 8
_CACHE_SIZE = 256
# Entity pages ask for the anchors of a few blocks of many documents; a small cache of whole
# documents keeps that linear without holding every document's anchors in memory.
_cache: OrderedDict[tuple[str, str], tuple[Document, tuple[str, ...]]] = OrderedDict()


def normalise(block: Block) -> str:
    """The text an anchor is derived from: NFKC, case-folded, single spaces, label included."""
    turn = block.kind == "turn" and block.speaker
    text = f"{block.speaker}{block.sep} {block.text}" if turn else block.text
    if not text.isascii():  # ASCII is its own NFKC form (and the common case: skip the work)
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.casefold().split())


def text_anchor(text: str) -> str:
    """The anchor of a normalised text, without a collision suffix."""
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=DIGITS // 2).hexdigest()
    return PREFIX + digest


def compute_anchors(blocks: tuple[Block, ...]) -> tuple[str, ...]:
    """One anchor per block, in order; a repeated text gets -2, -3 … after its first use."""
    seen: Counter[str] = Counter()
    out = []
    for block in blocks:
        base = text_anchor(normalise(block))
        seen[base] += 1
        out.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return tuple(out)


def block_anchors(doc: Document) -> tuple[str, ...]:
    """The anchors of a document's blocks (by block index), cached for the last few documents."""
    key = (doc.id, doc.sha256)
    hit = _cache.get(key)
    if hit is not None and hit[0] is doc:
        _cache.move_to_end(key)
        return hit[1]
    anchors = compute_anchors(doc.blocks)
    _cache[key] = (doc, anchors)
    if len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return anchors


def block_anchor(doc: Document, block: int) -> str:
    """The anchor of one block of a document."""
    return block_anchors(doc)[block]


def shown_anchors(doc: Document, anchors: tuple[str, ...] | None = None
                  ) -> tuple[str | None, ...]:
    """Per block, the id of the page element showing it: a quotation's attribution is in the
    quotation's footer; a heading (own `h-` id) or a kicker (above the title) has none here.
    (anchors: the document's block anchors, if already known.)"""
    anchors = block_anchors(doc) if anchors is None else anchors
    out: list[str | None] = []
    for i, block in enumerate(doc.blocks):
        if block.kind in ("heading", "kicker"):
            out.append(None)
        elif block.kind == "attribution" and i and doc.blocks[i - 1].kind == "quote":
            out.append(out[i - 1])
        else:
            out.append(anchors[i])
    return tuple(out)


def permalink(anchor: str, what: str = "paragraph") -> str:
    """The link shown as ¶ on hover or focus (Material's headerlink style), pointing at anchor.

    The ¶ is drawn by CSS (docs/assets/archive.css), so the page's text stays the source's text:
    it is not copied with a quotation, nor read out; the link is named by its aria-label.
    """
    return f'<a class="headerlink" href="#{anchor}" aria-label="Link to this {what}"></a>'
