"""Likely duplicate pairs among entities: what a reader would take for one referent twice."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..model import Doubt, Entity
from .forms import role_word
from .names import fold, given_relation, key, near, person_name, spelling
from .short import abbreviates

PERSON = "person"
GROUP_LIMIT = 50  # pairs are compared within a block no larger than this


def likely_duplicates(entities: list[Entity]) -> list[Doubt]:
    """Same-type entity pairs whose names look like one referent, with the rule that says so."""
    pairs: dict[tuple[str, str], Doubt] = {}
    for a, b, rule, evidence in [*_variants(entities), *_people(entities), *_short(entities)]:
        key = tuple(sorted((a.id, b.id)))
        if a.id != b.id and key not in pairs:
            first, second = sorted((a, b), key=lambda e: e.id)
            pairs[key] = Doubt((first.name, second.name), a.type, rule, evidence)
    return [pairs[k] for k in sorted(pairs)]


Pair = tuple[Entity, Entity, str, str]


def _variants(entities: list[Entity]) -> Iterator[Pair]:
    groups: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    for e in entities:
        for spelled in dict.fromkeys(key(e.type, n) for n in e.all_names):
            groups[(e.type, spelled)].append(e)
    for (typ, spelled), group in groups.items():
        for other in group[1:]:
            yield group[0], other, "variant spelling", f"both spell '{spelled}'"


def _people(entities: list[Entity]) -> Iterator[Pair]:
    by_surname: dict[str, list[Entity]] = defaultdict(list)
    by_given: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        if e.type == PERSON:
            name = person_name(e.name)
            by_surname[name.surname].append(e)
            if name.given and not name.initial:
                by_given[name.given].append(e)
    for group in by_surname.values():
        if len(group) <= GROUP_LIMIT:
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    if _single_owner(a, b, group):
                        yield from _same_surname(a, b)
    for group in by_given.values():
        if len(group) <= GROUP_LIMIT:
            for i, a in enumerate(group):
                for b in group[i + 1:]:
                    sa, sb = person_name(a.name).surname, person_name(b.name).surname
                    if sa != sb and near(sa, sb):
                        yield a, b, "misspelling", f"surnames '{sa}' and '{sb}' one letter apart"


def _single_owner(a: Entity, b: Entity, group: list[Entity]) -> bool:
    """False for a bare surname or an initial that fits several full names of the group.

    "C. Lewis" beside Carl Lewis and Chris Lewis is a reference the text leaves open, not a
    duplicate of either (the review file lists it among the doubts).
    """
    short = min((a, b), key=lambda e: (len(person_name(e.name).given) or 0, e.id))
    name = person_name(short.name)
    if name.given and not name.initial:
        return True
    owners = [e for e in group if person_name(e.name).given and not person_name(e.name).initial
              and (not name.given or person_name(e.name).given[0] == name.given[0])]
    return len(owners) <= 1


def _same_surname(a: Entity, b: Entity) -> Iterator[Pair]:
    """Two people with one surname: a bare twin, role words in front, an initial, a typo."""
    na, nb = person_name(a.name), person_name(b.name)
    wa, wb = a.name.split(), b.name.split()
    if not na.full or not nb.full:
        bare, full = (a, b) if nb.full else (b, a)
        # "Berri" beside "Jack Berry": resolution keeps a surname spelt otherwise apart
        if (na.full or nb.full) and spelling(bare.name) in {spelling(n) for n in full.all_names}:
            yield a, b, "bare surname twin", f"'{na.surname}' alone and in a full name"
        return
    for x, y in ((wa, wb), (wb, wa)):
        if len(x) > len(y) and [fold(w) for w in x[-len(y):]] == [fold(w) for w in y]:
            yield a, b, "role words in front", f"'{' '.join(x[:-len(y)])}' before the name"
            return
        if len(x) == 2 and role_word(x[0]):
            yield a, b, "role words in front", f"'{x[0]}' is not a given name"
            return
    relation = given_relation(na.given, nb.given)
    if relation == "initial":
        yield a, b, "initial", f"'{wa[0]}' and '{wb[0]}' with one surname"
    elif relation == "edit":
        yield a, b, "misspelling", f"given names '{wa[0]}' and '{wb[0]}' one letter apart"


def _short(entities: list[Entity]) -> Iterator[Pair]:
    """A place's or organisation's short name beside its longer official one."""
    others = [e for e in entities if e.type != PERSON]
    places = frozenset(fold(e.name) for e in others if e.type == "place" and " " not in e.name)
    by_word: dict[tuple[str, str], list[tuple[Entity, str]]] = defaultdict(list)
    for e in others:
        for name in e.all_names:
            for word in set(key(e.type, name).split()):
                by_word[(e.type, word)].append((e, name))
    for short in others:
        for name in short.all_names:
            words = key(short.type, name).split()
            if not words:
                continue
            rarest = min(words, key=lambda w: (len(by_word[(short.type, w)]), w))
            for long, long_name in by_word[(short.type, rarest)][:GROUP_LIMIT * 20]:
                if long.id != short.id and abbreviates(short.type, key(short.type, name),
                                                       key(long.type, long_name), places):
                    yield (short, long, "short name",
                           f"'{long_name}' is '{name}' with formal words only")
