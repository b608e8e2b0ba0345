"""Labels that share a one-word name but differ in their brackets: a role several people hold.

"DUKUH (Sokomoyo):" and "DUKUH (Gunung Kelir):" are two hamlet heads, "ROE (Labour):" and
"ROE (Green):" two members called Roe: the word names no one person, so none of their turns
(nor the word's bare label) is given to a person of that name.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from ..model import Document
from ..speakers import bare_label
from .names import SpeakerName, fold

QUALIFIER = re.compile(r"\(([^()]+)\)\s*$")


def shared_roles(out: list[tuple[int, str, SpeakerName | None]]
                 ) -> list[tuple[int, str, SpeakerName | None]]:
    """The labelled turns, those named by a one-word label's own word where that word is held
    under two bracketed qualifiers unnamed ("Dukuh", "Pak Dukuh" for "DUKUH (Sokomoyo)")."""
    qualifiers: dict[str, set[str]] = defaultdict(set)
    for _, label, _ in out:
        if (m := QUALIFIER.search(label)) and len(word := label[:m.start()].split()) == 1:
            qualifiers[fold(word[0])].add(m[1].strip().casefold())
    shared = {word for word, kinds in qualifiers.items() if len(kinds) > 1}
    if not shared:
        return out
    return [(i, label, None if name is not None and shared & set(fold(name.name).split())
             else name) for i, label, name in out]


def many_qualified(doc: Document, key: Callable[[str], str]) -> set[str]:
    """Keys (`key` of a bare label) of labels written with two different bracketed qualifiers."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for block in doc.blocks:
        if block.kind == "turn" and block.speaker and (m := QUALIFIER.search(block.speaker)):
            kinds[key(bare_label(block.speaker))].add(m[1].strip().casefold())
    return {key for key, found in kinds.items() if len(found) > 1}
