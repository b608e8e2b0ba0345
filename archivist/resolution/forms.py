"""Observations: the written forms of each document's candidates, weighted, with a union-find."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path

from ..registry import normalise_name
from ..speakers import ROLES as ROLE_WORDS
from .names import (DATA, common_surnames, fold, given_names, is_initial, key, person_name,
                    word_given_names)

PERSON = "person"
ORG = "organization"
# Legal forms that end a company's name ("Warren Pryce Inc"); the detector's list, in short.
LEGAL_FORMS = frozenset("Inc Corp Ltd Plc PLC Co LLC AG SA NV GmbH Limited".split())


@dataclass(frozen=True)
class Ref:
    """One candidate of one document, its forms split into full names and lone tokens."""

    doc: str
    type: str
    name: str
    full: tuple[str, ...]  # multi-token forms (persons: role words in front already dropped)
    lone: tuple[str, ...]  # single-token forms (persons: a bare surname or first name)
    surfaces: tuple[tuple[str, str], ...]  # (as written, form it stands for)
    count: int = 1  # the candidate's mentions in the document


Node = tuple[str, str]  # (type, folded form)


@dataclass
class Forms:
    """Every form in the corpus: weight (occurrences), documents, and a union-find over nodes."""

    weight: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    docs: dict[Node, set[str]] = field(default_factory=lambda: defaultdict(set))
    written: dict[Node, dict[str, int]] = field(default_factory=lambda: defaultdict(dict))
    parent: dict[Node, Node] = field(default_factory=dict)
    labels: dict[Node, frozenset[tuple[int, int]]] = field(default_factory=dict)
    named: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # as detector's name
    tags: dict[str, str] = field(default_factory=dict)  # a `distinct` name → its own node suffix
    texts: Mapping[str, str] = field(default_factory=dict)  # document id → its text

    def node(self, typ: str, form: str) -> Node:
        """The node of a form: its spelling key, kept apart when a `distinct` rule names it."""
        tag = self.tags.get(normalise_name(form), "") if self.tags and typ == PERSON else ""
        return (typ, key(typ, form) + tag)

    def add(self, typ: str, form: str, doc: str, count: int, tag: str = "") -> Node:
        """Record one document's use of a form (a tag makes a node of its own)."""
        node = (typ, key(typ, form) + tag) if tag else self.node(typ, form)
        self.parent.setdefault(node, node)
        self.labels.setdefault(node, frozenset())
        self.docs[node].add(doc)
        seen = self.written[node]
        seen[form] = seen.get(form, 0) + count
        self.weight[form] += count
        return node

    def find(self, node: Node) -> Node:
        """The root of a node's cluster."""
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def can_join(self, a: Node, b: Node) -> bool:
        """False when a curator's `distinct` rule puts the two clusters in different slots."""
        la, lb = self.labels[self.find(a)], self.labels[self.find(b)]
        return not any(i == j and s != t for i, s in la for j, t in lb)

    def join(self, a: Node, b: Node) -> bool:
        """Merge two clusters (the smaller root under the larger, for determinism)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not self.can_join(ra, rb):
            return False
        keep, drop = sorted((ra, rb))
        self.parent[drop] = keep
        self.labels[keep] = self.labels[keep] | self.labels[drop]
        return True

    def sample(self, node: Node) -> str:
        """A node's most used written form (name parts are read from what was written)."""
        written = self.written[node]
        return min(written, key=lambda w: (-written[w], w)) if written else node[1]

    def node_weight(self, node: Node) -> int:
        """Occurrences of a node's forms."""
        return sum(self.written[node].values())


def count_in(text: str, form: str) -> int:
    """Occurrences of a form in a text (at least one: the detector saw it)."""
    return max(1, text.count(form))


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The packaged list of common lower-case words (empty when missing)."""
    path: Path = DATA / "common_words.txt"
    return frozenset(path.read_text(encoding="utf-8").split()) if path.exists() else frozenset()


def refs_of(found: Mapping[str, Iterable], texts: Mapping[str, str]) -> list[Ref]:
    """Each candidate of each document as a Ref (no corpus knowledge yet).

    A candidate's name counts as written only when the document holds it: the detector may
    have filled in a bare surname's full name from elsewhere, which this stage decides anew.
    """
    out = []
    # The forms of a candidate depend on its type, name and variants (and whether the text
    # writes a filled-in name), not on its document: made once per such candidate shape.
    shapes: dict[tuple[str, str, tuple[str, ...], bool],
                 tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...]]] = {}
    for doc in sorted(found):
        text = texts.get(doc, "")
        quoted = '"' in text or "“" in text or " (" in text  # once per document
        for cand in found[doc]:
            person = cand.type == PERSON
            named = person and cand.name not in cand.variants and " " in cand.name \
                and cand.name in text
            shape = (cand.type, cand.name, cand.variants, named)
            made = shapes.get(shape)
            if made is None:
                made = shapes[shape] = _forms_of(cand.type, cand.name, cand.variants, named)
            full, lone, surfaces = made
            if person and quoted:
                surfaces += tuple((n, f) for f in full
                                  for n in _nicknamed(f, text, _before_quotes(text)))
            out.append(Ref(doc, cand.type, cand.name, full, lone, surfaces, cand.count))
    return out


def _forms_of(typ: str, name: str, variants: tuple[str, ...], named: bool
              ) -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...]]:
    """(full, lone, surfaces) of a candidate (named: the text writes its filled-in name)."""
    written = {*variants}
    if named:
        written.add(name)
    forms = sorted(written - {""})
    if typ == PERSON:
        is_full = [person_name(f).full for f in forms]
        full = tuple(f for f, whole in zip(forms, is_full) if whole)
        lone = tuple(f for f, whole in zip(forms, is_full) if not whole)
    else:  # the detector's name of a place is its gazetteer name: a form even if unwritten
        full, lone = tuple(sorted({*forms, name})), ()
    return full, lone, tuple((f, f) for f in forms)


def _nicknamed(form: str, text: str, before_quotes: AbstractSet[str]) -> list[str]:
    """The form as the text writes it with a nickname inside ('Jerome "Jerry" Cayabyab' for
    Jerome Cayabyab, "James (Leo) Nichols"): the detector read the name without it
    (before_quotes: _before_quotes of the text)."""
    words = form.split()
    found: set[str] = set()
    for k in range(1, len(words)):  # after the given name or a second one ("Abdirahman Ismaaciil")
        word = words[k - 1]
        if word not in before_quotes if len(word) <= QUOTED_WORD_MAX else \
                all(f"{word} {q}" not in text for q in OPENING_QUOTES):
            continue  # (most names: no regex to build)
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        found.update(re.findall(rf"\b{re.escape(head)} (?:[\"“][^\"”\n]{{1,25}}[\"”]|"
                                rf"\([A-Z][a-z]+\)) "
                                rf"{re.escape(rest)}\b", text))
    return sorted(found)


QUOTED_WORD_MAX = 64  # longer words before a quote are looked up in the text itself
OPENING_QUOTES = ('"', "“", "(")


@functools.lru_cache(maxsize=4)  # asked for each person of a document, a document at a time
def _before_quotes(text: str) -> frozenset[str]:
    """Every word w for which the text holds w + ' "' or w + ' “' (each end of the run of
    non-space characters before such a quote): one pass over the text, not two per name."""
    out: set[str] = set()
    for quote in (" " + q for q in OPENING_QUOTES):
        at = text.find(quote)
        while at != -1:
            start = at
            while start > at - QUOTED_WORD_MAX and start and not text[start - 1].isspace():
                start -= 1
            out.update(text[k:at] for k in range(start, at))
            at = text.find(quote, at + 1)
    return frozenset(out)


def strip_roles(refs: list[Ref]) -> list[Ref]:
    """Drop role words, titles and organisation names written in front of a person's name.

    "Lukoil Vagit Alekperov" becomes "Vagit Alekperov" when the corpus writes that name on its
    own; "Culture Medinsky" becomes the bare surname when its first word is a common word and
    not a given name.
    """
    fulls: dict[str, set[str]] = defaultdict(set)
    for ref in refs:
        if ref.type == PERSON:
            for form in ref.full:
                fulls[fold(form)].add(ref.doc)
    # What a ref becomes depends on its full forms alone (given fulls): worked out once for each
    # tuple of them, not for each of the many documents that write the same names.
    steps: dict[tuple[str, ...], tuple[tuple[bool, str], ...]] = {}
    behind: dict[tuple[str, ...], dict[str, str | None]] = {}
    return [_strip(r, fulls, steps) if r.type == PERSON else _person_behind(r, fulls, behind)
            for r in refs]


def no_firms(refs: list[Ref]) -> list[Ref]:
    """Leave out "people" the corpus names as a company ("Warren Pryce" beside "Warren Pryce
    Inc" in another document); one written with a bare surname in a document stays there."""
    firms = set()
    for ref in refs:
        if ref.type == ORG:
            for form in ref.full:
                words = form.split()
                while len(words) > 2 and (words[-1] in LEGAL_FORMS or words[-1] == "&"):
                    words.pop()
                if len(words) < len(form.split()):
                    firms.add(fold(" ".join(words)))
    return [r for r in refs if not (r.type == PERSON and not r.lone and
                                    fold(r.name) in firms)]


def _person_behind(ref: Ref, fulls: dict[str, set[str]],
                   memo: dict[tuple[str, ...], dict[str, str | None]] | None = None) -> Ref:
    """An organisation or place "name" that ends in a person's full name is that person.

    "Management Committee of Gazprom Alexei Miller" is a speaker label, not an organisation.
    (memo: the persons found behind each tuple of full forms so far, for these fulls.)
    """
    persons = None if memo is None else memo.get(ref.full)
    if persons is None:
        persons = {}
        for form in ref.full:
            words = form.split()
            persons[form] = next((" ".join(words[k:]) for k in range(1, len(words) - 1)
                                  if fold(" ".join(words[k:])) in fulls), None)
        if memo is not None:
            memo[ref.full] = persons
    if not persons or None in persons.values():
        return ref
    surfaces = tuple((w, persons[f]) for w, f in ref.surfaces if persons.get(f))
    return Ref(ref.doc, PERSON, ref.name, tuple(dict.fromkeys(persons.values())), (), surfaces,
               ref.count)


def _strip(ref: Ref, fulls: dict[str, set[str]],
           memo: dict[tuple[str, ...], tuple[tuple[bool, str], ...]] | None = None) -> Ref:
    """Role words off one candidate's names: the shorter name must be written at least as often.
    (memo: _strip_steps of each tuple of full forms so far, for these fulls.)"""
    steps = None if memo is None else memo.get(ref.full)
    if steps is None:
        steps = tuple(_strip_step(form, fulls) for form in ref.full)
        if memo is not None:
            memo[ref.full] = steps
    full, lone = [], list(ref.lone)
    became: dict[str, str] = {}
    for form, (bare, to) in zip(ref.full, steps):
        longer = _surname_generation(to.split()) and \
            next((f for f in ref.full if f.endswith(" " + to)), None)
        if longer:  # "Johnson Jr" beside "Gary Johnson Jr": that man
            became[form] = longer
            continue
        (lone if bare else full).append(to)
        became[form] = to
    # (every written surface of a form follows it: 'Gary "Buzz" Berg' as well as "Gary Berg")
    mapping = {written: became.get(form, form) for written, form in ref.surfaces}
    mapping.update(became)
    surfaces = tuple(sorted(mapping.items()))
    return Ref(ref.doc, ref.type, ref.name, tuple(dict.fromkeys(full)),
               tuple(dict.fromkeys(lone)), surfaces, ref.count)


def _strip_step(form: str, fulls: dict[str, set[str]]) -> tuple[bool, str]:
    """What _strip makes of one full form: (True, the bare surname) when a role word alone
    stands before it, else (False, the shortest tail written in as many documents, or the form)."""
    words = form.split()
    docs = len(fulls[fold(form)])
    short = next((" ".join(words[k:]) for k in range(1, len(words) - 1)
                  if len(fulls.get(fold(" ".join(words[k:])), ())) >= docs
                  and not _surname_generation(words[k:])), None)
    if short is None and len(words) == 2 and role_word(words[0]) and \
            not EAST_ASIAN_GIVEN.fullmatch(words[1]):  # "Song Kang-ho": a family name first
        return True, words[1]
    return False, short or form


def _surname_generation(words: list[str]) -> bool:
    """A surname and its generation ("Johnson Jr"): no name that a given name is a role before."""
    return len(words) == 2 and words[1].lower().rstrip(".") in ("jr", "sr", "ii", "iii", "iv")


# A Korean or Chinese given name written with its hyphen ("Kang-ho", "Yi-hsuan").
EAST_ASIAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


def role_word(word: str) -> bool:
    """A title ("Minister") or a capitalised common word that is no name ("Culture"), not "Xi"."""
    low = word.lower()
    if is_initial(word):
        return False
    if low in ROLE_WORDS:
        return True
    return (len(word) >= 4 and low in common_words()
            and word not in given_names() and word not in word_given_names()
            and fold(word) not in common_surnames())
