"""A word of kinship or respect said before a given name ("Nana Hajra Mehmedović", Bosnian
"grandma"; "Auntie", "Baba"): no part of the name where the transcript labels the person by the
given name alone (HAJRA:). Elsewhere the word may be a name's own ("Nana Akufo-Addo", a Ghanaian
chief's title that is part of his name), so only a label decides."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from ..model import Entity
from ..speakers import bare_label
from .names import SpeakerName, fold

# Kin and respect words said before a given name in the languages of the archive's sources.
KIN_WORDS = frozenset("Nana Nena Nene Baba Mama Teta Tata Baka Deda Dida Auntie Aunty Uncle "
                      "Granny Grandma Grandpa Nonna Nonno Abuela Abuelo Bibi".split())

Labelled = list[tuple[int, str, SpeakerName | None]]


def given_named(entities: Iterable[Entity], links: Iterable[tuple[str, str, Iterable[str]]],
                labels: Mapping[str, Labelled]) -> list[Entity]:
    """The people written "<kin word> <given name> <surname>" in a document whose turns label
    them by the given name alone, named without the kin word ("Hajra Mehmedović")."""
    given: dict[str, set[str]] = defaultdict(set)  # document → its one-word labels
    for doc, turns in labels.items():
        given[doc] |= {fold(words[0]) for _, label, n in turns
                       if n is not None and len(words := bare_label(label).split()) == 1}
    names: dict[str, str] = {}
    for surface, entity, docs in links:
        words = surface.split()
        if len(words) >= 3 and words[0] in KIN_WORDS and \
                any(fold(words[1]) in given[d] for d in docs):
            names.setdefault(entity, " ".join(words[1:]))
    return [replace(e, name=names[e.id], aliases=tuple(n for n in e.all_names
                                                       if n != names[e.id]))
            if e.id in names and e.type == "person" else e for e in entities]
