"""Places and organisations: a one-off misspelling of a longer name joins the name it misspells.

"Kuzetsovsky Tunnel" once beside "Kuznetsovsky Tunnel" is a typo, not a second tunnel: two names
of several words that differ in one word, one letter apart ("near"), join where one is much
rarer or both are in one document, and the rarer spelling is no known word (a place of the
gazetteer, a given name or a common word: "Bank of Prussia" stays apart from "Bank of Russia").
Names of one word are left alone: "Iran" and "Iraq" are one letter apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..detect.lexicon import lexicon
from .forms import Forms, Node
from .names import fold_token, near
from .people import RARE_RATIO


def cluster_typos(forms: Forms, nodes: list[Node]) -> Iterator[tuple[Node, Node, str]]:
    """Join multi-word place and organisation names that differ by one typo in one word."""
    buckets: dict[tuple[str, int, tuple[str, ...]], list[Node]] = defaultdict(list)
    for node in nodes:
        words = tuple(node[1].split())
        if len(words) >= 2:
            for i in range(len(words)):
                buckets[(node[0], i, words[:i] + words[i + 1:])].append(node)
    for (_, i, _), group in sorted(buckets.items()):
        for k, a in enumerate(group):
            for b in group[k + 1:]:
                if near(a[1].split()[i], b[1].split()[i]):
                    yield from _typo(forms, a, b, i)


def _typo(forms: Forms, a: Node, b: Node, i: int) -> Iterator[tuple[Node, Node, str]]:
    """Join a and b when the rarer one's differing word is no known word."""
    wa, wb = forms.node_weight(a), forms.node_weight(b)
    rare, usual = (a, b) if wa <= wb else (b, a)
    ratio = max(wa, wb) >= RARE_RATIO * min(wa, wb)
    if not (ratio or forms.docs[a] & forms.docs[b]):
        return
    written = forms.sample(rare).split()
    word = written[i] if i < len(written) and fold_token(written[i]) == rare[1].split()[i] \
        else rare[1].split()[i]
    if not _known(word):
        yield usual, rare, "misspelling"


def _known(word: str) -> bool:
    """A place of the gazetteer, a given name or a common word: no typo, another name."""
    lex = lexicon()
    return word in lex.places or word in lex.given or word.lower() in lex.common
