"""Labels that share a one-word name but differ in their brackets: a role several people hold.

"DUKUH (Sokomoyo):" and "DUKUH (Gunung Kelir):" are two hamlet heads, "ROE (Labour):" and
"ROE (Green):" two members called Roe: the word names no one person, so none of their turns
(nor the word's bare label) is given to a person of that name.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from ..model import Document
from ..speakers import bare_label
from .names import SpeakerName, fold

QUALIFIER = re.compile(r"\(([^()]+)\)\s*$")
# How a person speaks, not who: "SAFADI (via interpreter)", "SAFADI (in English)", "(cont'd)".
DELIVERY = re.compile(r"(?i)^(?:via|through|in|speaking|interpreted|interpretation|translated|"
                      r"translation|cont'?d|contd|continued|continuing|by video|by phone|"
                      r"on video|on the phone|remotely|remote|off-camera|off camera)\b")


def _held_apart(labels: Iterable[str], key: Callable[[str], str | None]) -> set[str]:
    """Keys (`key` of a label, None for no key) of labels written under two different
    bracketed qualifiers."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for label in labels:
        if (m := QUALIFIER.search(label)) and not DELIVERY.match(m[1].strip()) \
                and (k := key(label)) is not None:
            kinds[k].add(m[1].strip().casefold())
    return {k for k, found in kinds.items() if len(found) > 1}


def _one_word(label: str) -> str | None:
    """The folded word of a one-word label before its brackets ("DUKUH (Sokomoyo)": dukuh)."""
    head = QUALIFIER.sub("", label).split()
    return fold(head[0]) if len(head) == 1 else None


def shared_roles(out: list[tuple[int, str, SpeakerName | None]]
                 ) -> list[tuple[int, str, SpeakerName | None]]:
    """The labelled turns, those named by a one-word label's own word where that word is held
    under two bracketed qualifiers unnamed ("Dukuh", "Pak Dukuh" for "DUKUH (Sokomoyo)")."""
    shared = _held_apart((label for _, label, _ in out), _one_word)
    if not shared:
        return out
    return [(i, label, None if name is not None and shared & set(fold(name.name).split())
             else name) for i, label, name in out]


def many_qualified(doc: Document, key: Callable[[str], str]) -> set[str]:
    """Keys (`key` of a bare label) of labels written with two different bracketed qualifiers."""
    return _held_apart((b.speaker for b in doc.blocks if b.kind == "turn" and b.speaker),
                       lambda label: key(bare_label(label)))
