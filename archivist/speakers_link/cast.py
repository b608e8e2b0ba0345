"""A script's cast list names its labels: "AUNTIE DEDE — Dedei Ashong-Lartey, a kenkey seller"
above "AUNTIE DEDE:" turns. The character's full name, whatever the label reads as ("MAAME
ESI" is Esi Nyarkoa Appiah, no "Maame Esi"); a cast line with no name ("YAW — a driver",
"NARRATOR — the programme voice") names no one new."""

from __future__ import annotations

import re

from ..model import Document
from ..speakers import HONORIFICS, common_words, is_given_name, is_place_name, is_role_word
from .fullnames import TITLES
from .names import SpeakerName

Labelled = list[tuple[int, str, SpeakerName | None]]

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
# "LABEL — Rev. Ann Ato Berg, …": a label in capitals, a dash, a name, then who they are.
CAST_LINE = re.compile(rf"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’. -]*[A-ZÀ-ÖØ-Þ])\s+[—–-]{{1,2}}\s+"
                       rf"((?:[A-Z][a-z]{{1,5}}\.? )*{_WORD}(?: {_WORD}){{1,3}})\s*(?:[,;(]|$)")


def by_cast_list(doc: Document, out: Labelled, skip: set[int]) -> Labelled:
    """Each labelled turn named by the cast list above the first turn, where two lines or more
    of it give a label and its character's name or description."""
    labels = {label for i, label, _ in out if i not in skip}
    first = min((i for i, _, _ in out), default=0)
    lines = [b.text for b in doc.blocks[:first] if b.kind != "turn"]
    dashed = [m for t in lines if (m := re.match(r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’. -]*[A-ZÀ-ÖØ-Þ])"
                                                  r"\s+[—–-]{1,2}\s+\S", t)) and m[1] in labels]
    if len(dashed) < 2:
        return out
    cast: dict[str, str] = {}
    for text in lines:
        if (m := CAST_LINE.match(text)) and m[1] in labels and (who := _character(m[2])):
            cast[m[1]] = who
    # (a line with no name, "YAW — a driver", leaves the label's own reading)
    return [(i, label, SpeakerName(cast[label], True) if label in cast and i not in skip
             else name) for i, label, name in out]


def _character(text: str) -> str | None:
    """The name a cast line gives, its titles dropped ("Rev. Ann Ato Berg" → "Ann Ato Berg");
    None for a description ("The programme voice", "A water seller")."""
    words = text.split()
    while words and (words[0].lower().strip(".") in HONORIFICS | TITLES
                     or words[0].endswith(".") or is_role_word(words[0])):
        words = words[1:]
    if not 2 <= len(words) <= 4 or is_place_name(" ".join(words)):
        return None
    if any(w.lower() in common_words() and not is_given_name(w) for w in words):
        return None
    return " ".join(words)
