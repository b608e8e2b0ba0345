"""Places and organisations: a short name joins the one longer official name it abbreviates."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterator

from ..detect.lexicon import is_demonym, lexicon
from .forms import Forms, Node, common_words
from .names import fold_token

PLACE, ORG = "place", "organization"
GLUE = frozenset(("the", "of", "and"))
# Words an official name may add to the short one without naming something else ("People's
# Republic of China" is China; "Moscow Region" is not Moscow, so region words are absent).
FORMAL = {  # folded as names are ("discussion" → "discusion")
    typ: frozenset(fold_token(w) for w in words.split()) for typ, words in (
        (PLACE, "peoples republic democratic federal federation kingdom united islamic socialist "
                "arab principality grand duchy commonwealth plurinational"),
        (ORG, "central federal state public joint stock open international national academic "
              "discussion club company corporation corp group inc ltd plc holding holdings co llc "
              "ojsc pjsc jsc"))
}


def extra_words(short: tuple[str, ...], long: tuple[str, ...]) -> tuple[str, ...] | None:
    """Words of long not in short when short's words appear in long in order, else None."""
    i, extra = 0, []
    for word in long:
        if i < len(short) and word == short[i]:
            i += 1
        else:
            extra.append(word)
    return tuple(extra) if i == len(short) and extra else None


def abbreviates(typ: str, short: str, long: str, places: frozenset[str]) -> bool:
    """Whether a folded short name is the folded long name without formal words.

    An organisation's long name may also end in "of <a place of the corpus>" ("Central Bank
    of Russia") or start with nationality words ("Algerian Islamic Salvation Front"); formal
    adjectives ("International", "State") may only be left out of a short
    name that holds a proper name ("Valdai Club", not "Security Council").
    """
    if typ not in FORMAL:
        return False
    s, lw = tuple(short.split()), tuple(long.split())
    extra = extra_words(s, lw)
    if extra is None:
        return False
    if typ == ORG and "of" in lw[1:]:  # "… of Russia", "… of the Russian Federation"
        at = len(lw) - 1 - lw[::-1].index("of")
        place = lw[at + 1:][1:] if lw[at + 1:at + 2] == ("the",) else lw[at + 1:]
        if " ".join(place) in places and not set(place) & set(s) and \
                extra[-len(lw) + at:] == lw[at:]:
            extra = extra[:-len(lw) + at]
    national = _leading_demonyms(typ, s, lw)
    formal = [w for w in extra if w not in GLUE and w not in national]
    if any(w not in FORMAL[typ] for w in formal):
        return False
    if national:  # every country has a "Farmers Union": only a proper name is the one body
        return proper(s)
    return not formal or typ == PLACE or proper(s)


def _leading_demonyms(typ: str, short: tuple[str, ...], long: tuple[str, ...]) -> set[str]:
    """The nationality words an organisation's long name opens with that the short one lacks
    (news name a foreign body with its country's adjective: "the Iraqi Kurdish Patriotic Union
    of Kurdistan")."""
    lead = 0
    while typ == ORG and lead < len(long) - 1 and long[lead] not in short and \
            long[lead] not in WIDER and is_demonym(lexicon(), long[lead].capitalize()):
        lead += 1
    return set(long[:lead])


def proper(words: tuple[str, ...]) -> bool:
    """Whether folded words hold a proper name (a word that is not a common English word)."""
    return any(w not in _common_keys() and w not in GLUE for w in words)


@functools.lru_cache(maxsize=1)
def _common_keys() -> frozenset[str]:
    """The common words, folded as names are ("security" → "securiti")."""
    return frozenset(fold_token(w) for w in common_words())


SCOPE = frozenset(("international", "national"))
# Adjectives of a continent, a region or a faith: "European Super League" is not "Super League".
WIDER = frozenset(fold_token(w) for w in "european african asian arab arabian islamic latin "
                  "nordic scandinavian baltic balkan caribbean pacific atlantic pan".split())


def _scoped(short: str, long: str) -> bool:
    """Whether the long name adds a scope word: the Olympic Committee may be a national one."""
    return bool(SCOPE & (set(long.split()) - set(short.split())))


def cluster_short(forms: Forms, nodes: list[Node]) -> Iterator[tuple[Node, Node, str]]:
    """Join a short name with its only longer form, where one document uses both or the short
    name holds a proper name ("Bank of Russia", not "Central Bank") and the long one adds no
    scope ("International Olympic Committee" is not every "Olympic Committee")."""
    places = frozenset(n[1] for n in nodes if n[0] == PLACE)
    by_word: dict[tuple[str, str], list[Node]] = defaultdict(list)
    for node in nodes:
        for word in set(node[1].split()):
            by_word[(node[0], word)].append(node)
    for short in sorted(nodes, key=lambda n: (-len(n[1].split()), n)):
        words = short[1].split()
        rarest = min(words, key=lambda w: (len(by_word[(short[0], w)]), w))
        longs = [n for n in by_word[(short[0], rarest)] if n != short and
                 abbreviates(short[0], short[1], n[1], places)]
        roots = {forms.find(n) for n in longs}
        if len(roots) == 1 and ((proper(tuple(words)) and not _scoped(short[1], longs[0][1]))
                                or any(forms.docs[short] & forms.docs[n] for n in longs)):
            yield short, longs[0], "short name"
