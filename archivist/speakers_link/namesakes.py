"""Namesakes told apart by their titles: "Mr. PARK" is not the "Dr. Min-ji Park" of the same
hearing, "Ms Khan" is not Imran Khan. A surname label's honorific must agree with how the
document writes the candidate's full name ("Dr. Min-ji Park") or, failing that, with the gender
of the candidate's given name; a label that disagrees stays away from that person."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..speakers import label_words
from ..titles import name_gender
from .names import fold

# An honorific's class: the gender it says, or the degree it names.
CLASSES = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "mme": "f",
           "madam": "f", "dame": "f", "lady": "f", "dr": "dr", "doctor": "dr", "prof": "prof",
           "professor": "prof"}
GENDERS = frozenset("mf")
WRITTEN = re.compile(r"\b(" + "|".join(CLASSES) + r")\.? +$", re.I)


def label_class(label: str) -> str | None:
    """The class of a label's leading honorific ("Dr. PARK" → "dr", "Ms Khan" → "f")."""
    words = label_words(label)
    return CLASSES.get(words[0].lower().strip(".")) if len(words) > 1 else None


def written_classes(names: Iterable[str], text: str) -> set[str]:
    """The honorific classes the text writes right before any of these full names."""
    out: set[str] = set()
    for name in names:
        if len(name.split()) < 2:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I):
            if title := WRITTEN.search(text[max(0, m.start() - 12):m.start()]):
                out.add(CLASSES[title[1].lower()])
    return out


def clashes(cls: str | None, surname: str, names: Iterable[str], text: str) -> bool:
    """Whether a label of honorific class `cls` and this surname cannot be the person of these
    names: the document titles them otherwise, or their given name has the other gender."""
    if cls is None:
        return False
    names = [n for n in names if len(n.split()) > 1]
    written = written_classes(names, text)
    if written:
        return cls not in written
    if cls not in GENDERS:
        return False
    # the given name's gender only where it comes first ("Kim Dong-hyun": "Kim" is no given name)
    genders = {name_gender(n) for n in names if fold(n.split()[-1]) == fold(surname)}
    return bool(genders - {None, cls})


def compatible_given(cls: str | None, given: set[str]) -> set[str]:
    """The given names (folded) a label of this class may go with: the other gender's dropped."""
    if cls not in GENDERS:
        return given
    return {g for g in given if name_gender(f"{g.title()} x") in (None, cls)}
