"""A body's short name after its full name in one document: "the Russian Popular Front … the
Popular Front", "the Norwegian Nobel Committee … the Nobel Committee".

Within that document the short name stands for the full one when exactly one of the document's
organisations is the short name with an owner in front (a demonym, a place, "All-Russian", or
the name it is named after: "the Lukyanenko National Grain Centre … the National Grain Centre").
Only that document's mentions move: elsewhere "the Popular Front" may be another country's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from ..detect.lexicon import is_demonym, lexicon
from .bodies import written_owners
from .forms import Forms, Node, Ref, common_words
from .short import ORG

MAX_OWNER_WORDS = 2
# Words after an owner that stay out of a body's short name ("the Ruritanian National Olympic
# Committee … the Olympic Committee"); alone in front they are no owner ("National Security
# Council" is not the "Security Council").
OWNER_QUALIFIERS = frozenset("National State Federal Central".split())


def short_in_document(refs: Iterable[Ref], forms: Forms, texts: Mapping[str, str]
                      ) -> dict[tuple[str, str], Node]:
    """(document, short form as detected) → the cluster of the one longer name it ends there."""
    names: dict[str, set[str]] = defaultdict(set)
    for ref in refs:
        if ref.type == ORG:
            names[ref.doc].update(ref.full)
    out: dict[tuple[str, str], Node] = {}
    for doc, forms_here in sorted(names.items()):
        for short in sorted(forms_here):
            longs = {n for n in forms_here if n != short and owner_in_front(short, n)}
            roots = {forms.find(forms.node(ORG, n)) for n in longs}
            if len(roots) == 1 and forms.find(forms.node(ORG, short)) not in roots and \
                    _no_other_owner(texts.get(doc, ""), short, longs):
                out[(doc, short)] = next(iter(roots))
    return out


def _no_other_owner(text: str, short: str, longs: set[str]) -> bool:
    """Whether the short name is never written after an owner of its own ("Oklahoma's
    Agricultural Statistics Service" beside the Texas one)."""
    fronts = {w for n in longs for w in n.split()}
    return written_owners(text, short) <= fronts


def owner_in_front(short: str, long: str) -> bool:
    """Whether long is short with one or two owner words in front ("Russian Union of
    Journalists" for "Union of Journalists", "Kant Baltic University" for "Baltic University",
    "Latvian National Farmers Union" for "Farmers Union"; not "National Security Council")."""
    bare = short[4:] if short.startswith("The ") else short
    if len(bare.split()) < 2 or not long.endswith(" " + bare):
        return False
    front = long[:-len(bare) - 1].split()
    lex = lexicon()
    return 0 < len(front) <= MAX_OWNER_WORDS and all(
        is_demonym(lex, w) or w in lex.places or w.startswith("All-") or _eponym(w) or
        (i and w in OWNER_QUALIFIERS) for i, w in enumerate(front))


def _eponym(word: str) -> bool:
    """A name word that is no common word ("Lukyanenko", not "National" or "Security")."""
    return word[:1].isupper() and word.isalpha() and word.lower() not in common_words()
