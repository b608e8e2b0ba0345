"""Passage anchors: derived from each block's own text, so edits elsewhere never move them."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from archivist.anchors import block_anchor, block_anchors, compute_anchors, normalise
from archivist.model import Block, Document, Metadata

ANCHOR = re.compile(r"^p-[0-9a-f]{8}(-[0-9]+)?$")


def para(text: str, kind: str = "paragraph", speaker: str | None = None) -> Block:
    return Block(kind, text, 1, speaker=speaker)


def doc(blocks: list[Block]) -> Document:
    return Document(id="d", source="d.txt", sha256="0" * 64, meta=Metadata(title="T"),
                    blocks=tuple(blocks), words=1)


def test_anchor_is_a_short_hash_of_the_normalised_text():
    a, b, c = compute_anchors((para("Hello  world."), para("HELLO world.\n"), para("Other.")))
    assert ANCHOR.match(a) and ANCHOR.match(c)
    assert b == a + "-2"  # same text once normalised: the second gets a suffix
    assert c != a


def test_a_turn_anchor_includes_its_speaker():
    yes_a = para("Yes.", "turn", "Anna Berg")
    yes_b = para("Yes.", "turn", "Carl Dorn")
    a, b = compute_anchors((yes_a, yes_b))
    assert a != b and "-" not in a[2:] and "-" not in b[2:]
    assert normalise(yes_a) == "anna berg: yes."


def test_fullwidth_and_case_variants_normalise_alike():
    assert normalise(para("ＡＢＣ  Déjà")) == normalise(para("abc déjà"))


texts = st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=12)


@given(texts, st.integers(min_value=0), st.text(min_size=1, max_size=30))
def test_inserting_a_paragraph_moves_no_other_anchor(paras: list[str], at: int, new: str):
    """Every paragraph whose text has no identical twin keeps its anchor when one is inserted."""
    before = [para(t) for t in paras]
    at %= len(before) + 1
    after = before[:at] + [para(new)] + before[at:]
    old, fresh = compute_anchors(tuple(before)), compute_anchors(tuple(after))
    moved = dict(zip(range(len(after)), fresh))
    for i, block in enumerate(before):
        j = i if i < at else i + 1
        if sum(normalise(b) == normalise(block) for b in after) == 1:
            assert moved[j] == old[i]


@given(texts, st.integers(min_value=0))
def test_deleting_or_editing_a_paragraph_moves_no_other_anchor(paras: list[str], at: int):
    before = [para(t) for t in paras]
    at %= len(before)
    edited = [*before[:at], para(paras[at] + " (edited)"), *before[at + 1:]]
    deleted = before[:at] + before[at + 1:]
    old = compute_anchors(tuple(before))
    for after, shift in ((edited, 0), (deleted, 1)):
        new = compute_anchors(tuple(after))
        for i, block in enumerate(before):
            if i == at or sum(normalise(b) == normalise(block) for b in before + after) > 2:
                continue
            assert new[i if i < at else i - shift] == old[i]


@given(texts)
def test_anchors_are_unique_within_a_document(paras: list[str]):
    anchors = compute_anchors(tuple(para(t) for t in paras))
    assert len(set(anchors)) == len(anchors)
    assert all(ANCHOR.match(a) for a in anchors)


def test_cached_anchors_follow_the_document_object():
    first = doc([para("One."), para("Two.")])
    again = doc([para("Two."), para("One.")])  # same id and sha: a different object
    assert block_anchor(first, 0) == block_anchors(again)[1]
    assert block_anchors(first) != block_anchors(again)
