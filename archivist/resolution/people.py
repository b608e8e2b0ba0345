"""People: full names cluster by surname and compatible given names; bare names link when clear."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from ..detect.candidate import ORG as ORGANIZATION
from ..detect.spans import body_words
from ..model import Doubt
from .forms import PERSON, Forms, Node, Ref
from .names import (common_surnames, fold, given_names, given_relation, is_initial, name_parts,
                    near, person_name, pet_forms, spelling)

RARE_RATIO = 5  # a form this many times rarer than a near one is taken for its misspelling
# A bare surname links to the corpus's only full-name owner unless it stands alone in more than
# this many documents per document naming the owner in full (the writer "Tolstoy" quoted in
# three speeches is not the one Yury Tolstoy named once).
BARE_PER_FULL = 2
# A bare surname linked to the corpus's one owner named in full in fewer documents than this is
# a doubt for the curator: one mention elsewhere cannot tell a namesake from the person.
THIN_FULL_DOCS = 2
SHORT_GIVEN_MIN = 3  # "Alik" for "Alikber"; "Al" is too short to say
SHORT_TAIL_MIN = 4  # "Seun" for "Oluwaseun", in one document; "Ann" of "Joann" too short


def cluster_people(forms: Forms, nodes: list[Node]) -> Iterator[tuple[Node, Node, str]]:
    """Join people's full-name nodes that are one person; yield (a, b, rule) for each join."""
    by_surname: dict[str, list[Node]] = defaultdict(list)
    by_given: dict[str, list[Node]] = defaultdict(list)
    for node in sorted(nodes):
        name = person_name(forms.sample(node))
        by_surname[name.surname].append(node)
        if not name.initial:
            by_given[name.given].append(node)
    for group in by_surname.values():
        yield from _same_surname(forms, group)
    for group in by_given.values():
        yield from _near_surnames(forms, group)
    yield from _longer_forms(forms, nodes)


def _longer_forms(forms: Forms, nodes: list[Node]) -> Iterator[tuple[Node, Node, str]]:
    """A name the same document also writes one word longer ("Fernando Quiroga" beside
    "Fernando Quiroga Larrea", "Ana Lucía" beside "Ana Lucía Garza"): a second surname or the
    surname after two given names, so one person, when only one longer form there fits."""
    words = {n: tuple(fold(w) for w in forms.sample(n).split()) for n in nodes}
    longer: dict[tuple[str, ...], list[Node]] = defaultdict(list)
    for node, w in words.items():
        if len(w) >= 3:
            longer[w[:-1]].append(node)
        if len(w) == 4 and _two_given(forms.sample(node).split()[:2]):
            longer[w[:2]].append(node)  # "Ana Paula" beside "Ana Paula Ferraz Quintela"
    for node, w in sorted(words.items()):
        if len(w) < 2 or any(len(t) < 2 for t in w) or w not in longer:
            continue
        fits = [m for m in sorted(longer[w]) if forms.docs[m] & forms.docs[node]]
        # one person's forms that extend one another ("Ana Paula Ferraz", a line's end, and
        # "Ana Paula Ferraz Quintela") are one fit: the longest
        fits = [m for m in fits if not any(o != m and words[o][:len(words[m])] == words[m]
                                           for o in fits)]
        if len(fits) == 1:
            yield fits[0], node, "longer name in one document"


def _two_given(words: list[str]) -> bool:
    """Two given names, the second no known surname ("Ana Paula"; not "Ana Santos")."""
    given = given_names()
    return all(w in given for w in words) and fold(words[1]) not in common_surnames()


def _same_surname(forms: Forms, group: list[Node]) -> Iterator[tuple[Node, Node, str]]:
    """Middle names, misspelt given names and initials within one surname."""
    by_given: dict[str, list[Node]] = defaultdict(list)
    for node in group:
        by_given[person_name(forms.sample(node)).given].append(node)
    for nodes in by_given.values():
        middles = {person_name(forms.sample(n)).middle for n in nodes} - {()}
        if len(middles) <= 1:
            yield from _chain(forms, nodes, "middle name")
    givens = sorted(g for g in by_given if len(g) > 1)
    rare = len(givens) == 2 and _rare_surname(forms, group)
    for a in givens:
        for b in givens:
            if a < b and given_relation(a, b) == "edit":
                yield from _rare(forms, by_given[a], by_given[b], rare)
    shorts = list(_short_givens(forms, by_given, givens, _rare_surname(forms, group)))
    yield from shorts
    joined = {person_name(forms.sample(short)).given for _, short, _ in shorts}
    for initial in sorted(g for g in by_given if len(g) == 1):
        owners = [g for g in givens if g[0] == initial and g not in joined]  # Mike is Michael
        if len(owners) == 1:
            yield from _chain(forms, [*by_given[owners[0]], *by_given[initial]], "initial")


def _short_givens(forms: Forms, by_given: dict[str, list[Node]], givens: list[str],
                  rare: bool = False) -> Iterator[tuple[Node, Node, str]]:
    """A given name cut short ("Alik" for "Alikber", "Seun" for "Oluwaseun") or a pet form
    ("Sasha" for "Alexander") in a document naming the long one, when no other given name of
    that surname fits; a pet form also across documents where the surname is rare ("Mike Atherton" in one story,
    "Michael Atherton" in another; not "Mike Smith" and "Michael Smith")."""
    pets = pet_forms()
    for short in givens:
        longs = [g for g in givens if g != short and (
            (len(short) >= SHORT_GIVEN_MIN and g.startswith(short)) or g in pets.get(short, ())
            or len(short) >= SHORT_TAIL_MIN and g.endswith(short))]
        if len(longs) != 1:
            continue
        docs = set().union(*(forms.docs[n] for n in by_given[short]))
        if docs & set().union(*(forms.docs[n] for n in by_given[longs[0]])):
            yield by_given[longs[0]][0], by_given[short][0], "short given name"
        elif rare and longs[0] in pets.get(short, ()):
            yield by_given[longs[0]][0], by_given[short][0], "pet form of the given name"


def _near_surnames(forms: Forms, group: list[Node]) -> Iterator[tuple[Node, Node, str]]:
    """A surname one edit from a much more frequent one, with the same given name."""
    if len(group) > 50:  # a common given name: comparing all its surnames costs too much
        return
    for i, a in enumerate(group):
        for b in group[i + 1:]:
            sa = person_name(forms.sample(a)).surname
            sb = person_name(forms.sample(b)).surname
            if sa != sb and near(sa, sb):
                rare = not {sa, sb} & common_surnames()
                yield from _rare(forms, [a], [b], rare)


def _chain(forms: Forms, nodes: list[Node], rule: str) -> Iterator[tuple[Node, Node, str]]:
    for node in nodes[1:]:
        yield nodes[0], node, rule


def _rare_surname(forms: Forms, group: list[Node]) -> bool:
    """Whether a surname group's surname is not among the packaged frequent surnames."""
    return person_name(forms.sample(group[0])).surname not in common_surnames()


def _rare(forms: Forms, a: list[Node], b: list[Node], rare_name: bool = False
          ) -> Iterator[tuple[Node, Node, str]]:
    """Join two spellings one edit apart: one much rarer, both in one document, or a rare name.

    A document naming two people whose names differ by one letter is far rarer than a typo, and
    so are two holders of one rare surname whose given names differ by one letter (or of one
    given name and two rare surnames one letter apart).
    """
    wa = sum(forms.node_weight(n) for n in a)
    wb = sum(forms.node_weight(n) for n in b)
    if max(wa, wb) >= RARE_RATIO * min(wa, wb):
        yield a[0], b[0], "rare misspelling"
    elif rare_name:
        yield a[0], b[0], "misspelling of a rare name"
    elif set().union(*(forms.docs[n] for n in a)) & set().union(*(forms.docs[n] for n in b)):
        yield a[0], b[0], "misspelling in one document"
    elif _affiliations(forms, a) & _affiliations(forms, b):
        yield a[0], b[0], "misspelling with one affiliation"


AFFILIATION = r" \(([A-Z][\w.'’ -]{1,30})\)"  # "Dan Jensen (Australia)": country, club, party


def _affiliations(forms: Forms, nodes: list[Node]) -> set[str]:
    """What the documents write in brackets right after the nodes' names ("(Australia)"): two
    spellings one letter apart with the same one are one person in a results table."""
    out: set[str] = set()
    for node in nodes:
        for doc in sorted(forms.docs[node]):
            text = forms.texts.get(doc, "")
            for written in forms.written[node]:
                out.update(re.findall(re.escape(written) + AFFILIATION, text))
    return out


def link_bare(forms: Forms, refs: list[Ref]) -> tuple[dict[tuple[str, str], Node | None],
                                                          list[Doubt]]:
    """Where each bare name (doc, token) of a person points: a cluster, or None (left out)."""
    owners = _owners(forms)
    in_doc = _doc_people(forms, refs)
    bare_docs = _bare_only_docs(refs, in_doc)
    full_docs: dict[Node, set[str]] = defaultdict(set)
    for node, docs in forms.docs.items():
        if node[0] == PERSON and person_name(forms.sample(node)).full:
            full_docs[forms.find(node)] |= docs - {""}
    context = _Context(owners, bare_docs, {k: len(v) for k, v in full_docs.items()},
                       _parts(forms), _surname_spellings(forms), _body_words(refs))
    out: dict[tuple[str, str], Node | None] = {}
    doubts: dict[str, Doubt] = {}
    for ref in refs:
        if ref.type != PERSON:
            continue
        for token in ref.lone:
            key = (ref.doc, token)
            if key in out:
                continue
            own = [forms.node(PERSON, f) for f in ref.full]
            out[key] = _pick(forms, (ref.doc, token), own, in_doc[ref.doc], context, doubts)
    return out, sorted(doubts.values(), key=lambda d: (d.names, d.rule))


@dataclass(frozen=True)
class _Context:
    """What the corpus says about bare names: owners, bare-only documents, full-name documents."""

    owners: dict[str, set[Node]]
    bare_docs: dict[str, int]
    full_docs: dict[Node, int]
    parts: frozenset[str] = frozenset()  # given names etc. of known full names, not surnames
    spellings: dict[Node, set[str]] | None = None  # surnames as a cluster's full names write them
    bodies: dict[str, set[str]] | None = None  # per document: words of organisations named there


def _pick(forms: Forms, where: tuple[str, str], own: list[Node], here: dict[str, set[Node]],
          ctx: _Context, doubts: dict[str, Doubt]) -> Node | None:
    """The cluster a bare name stands for, by the rules of link_bare."""
    doc, token = where
    key = bare_key(token)
    if own:  # the detector tied it to a full name of the same candidate
        return forms.find(own[0])
    local = here.get(key, set())
    if len(local) == 1:
        return next(iter(local))
    corpus = ctx.owners.get(key, set())
    if len(local) > 1 or len(corpus) > 1:
        names = sorted(_label(forms, n) for n in (local or corpus))
        doubts[key] = Doubt((token, *names), PERSON, "bare name of several people",
                            f"'{token}' alone in documents that do not name one of them in full")
        return None
    if not corpus and key in ctx.parts:
        doubts[key] = Doubt((token,), PERSON, "bare given name not linked",
                            f"'{token}' alone is part of a full name, not its surname")
        return None
    if not corpus:
        return forms.find(forms.add(PERSON, token, doc, 1))
    owner = next(iter(corpus))
    if ctx.bodies is not None and token in ctx.bodies.get(doc, set()):
        doubts[key] = Doubt((token, _label(forms, owner)), PERSON, "bare surname in a body's "
                            "name", f"'{token}' alone where the document names an organisation "
                            f"with it: the body's short name, not '{_label(forms, owner)}'")
        return None
    if ctx.spellings is not None and spelling(token) not in ctx.spellings.get(owner, set()):
        doubts[key] = Doubt((token, _label(forms, owner)), PERSON, "bare surname spelt "
                            "otherwise", f"'{token}' alone, never written so in a full name of "
                            f"'{_label(forms, owner)}': a namesake? (an alias links it)")
        return forms.find(forms.add(PERSON, token, doc, 1))
    full, bare = ctx.full_docs.get(owner, 0), ctx.bare_docs.get(key, 0)
    if any(i >= 0 for i, _ in forms.labels[owner]) or bare > BARE_PER_FULL * full:
        doubts[key] = Doubt((token, _label(forms, owner)), PERSON, "bare surname not linked",
                            f"'{token}' alone in {bare} documents; "
                            f"'{_label(forms, owner)}' named in full in {full}")
        return None
    if full < THIN_FULL_DOCS and not any(i < 0 for i, _ in forms.labels[owner]) and \
            key in common_surnames():
        doubts[key] = Doubt((token, _label(forms, owner)), PERSON, "bare surname not linked",
                            f"'{token}' alone, a common surname, where '{_label(forms, owner)}' "
                            "is named in full in only one other document: a namesake?")
        return None
    if full < THIN_FULL_DOCS and not any(i < 0 for i, _ in forms.labels[owner]):
        doubts[key] = Doubt((token, _label(forms, owner)), PERSON, "bare surname linked on "
                            "thin evidence", f"'{token}' alone in {bare} documents linked to "
                            f"'{_label(forms, owner)}', named in full in only {full}: a "
                            "namesake? (never_link leaves the bare name unlinked)")
    return owner


def _body_words(refs: list[Ref]) -> dict[str, set[str]]:
    """Per document: the words of the organisations it names, but the last of a longer name
    ("Wellman" of "Brush Wellman Inc", "Lloyd's"; a person's name can end a badly cut one:
    "... Governor Jane Roe")."""
    out: dict[str, set[str]] = defaultdict(set)
    for ref in refs:
        if ref.type == ORGANIZATION:
            for form in ref.full:
                out[ref.doc].update(body_words(form))
    return out


def _surname_spellings(forms: Forms) -> dict[Node, set[str]]:
    """Per person cluster: the spellings of the surnames its full names are written with."""
    out: dict[Node, set[str]] = defaultdict(set)
    for node in forms.parent:
        if node[0] == PERSON and person_name(forms.sample(node)).full:
            root = forms.find(node)
            out[root].update(spelling(w) for w in forms.written[node] or (node[1],))
    return out


def bare_key(token: str) -> str:
    """The folded key a bare name is looked up by ("al-Assad" and "Assad" alike)."""
    return person_name(token).surname


def _parts(forms: Forms) -> frozenset[str]:
    """Folded given, middle and fathers' names of the corpus's full names ("Bashar" in
    "Bashar al-Assad", "Salman" in "Mohammed bin Salman"): alone, they make no page."""
    out: set[str] = set()
    for node in forms.parent:
        if node[0] == PERSON:
            for written in forms.written[node]:
                out.update(name_parts(written))
    return frozenset(out)


def _owners(forms: Forms) -> dict[str, set[Node]]:
    """Folded surname → the person clusters whose full names end in it."""
    out: dict[str, set[Node]] = defaultdict(set)
    for node in forms.parent:
        if node[0] == PERSON and person_name(forms.sample(node)).full:
            out[person_name(forms.sample(node)).surname].add(forms.find(node))
    return out


def _doc_people(forms: Forms, refs: list[Ref]) -> dict[str, dict[str, set[Node]]]:
    """Per document: folded surname or given name → clusters it names in full there."""
    out: dict[str, dict[str, set[Node]]] = defaultdict(lambda: defaultdict(set))
    for ref in refs:
        if ref.type != PERSON:
            continue
        for form in ref.full:
            node = forms.find(forms.node(PERSON, form))
            name = person_name(form)
            out[ref.doc][name.surname].add(node)
            if not name.initial:
                out[ref.doc].setdefault(name.given, set()).add(node)
            words = form.split()
            if len(words) >= 3 and words[-2][:1].isupper() and not is_initial(words[-2]):
                # "Mr. Espinoza" for "Raúl Espinoza Villarreal": the first of two surnames
                out[ref.doc][bare_key(words[-2])].add(node)
    return out


def _bare_only_docs(refs: list[Ref], in_doc: dict[str, dict[str, set[Node]]]) -> dict[str, int]:
    """Folded bare name → documents that use it without naming anyone by it in full."""
    docs: dict[str, set[str]] = defaultdict(set)
    for ref in refs:
        if ref.type == PERSON and not ref.full:
            for token in ref.lone:
                if bare_key(token) not in in_doc.get(ref.doc, {}):
                    docs[bare_key(token)].add(ref.doc)
    return {k: len(v) for k, v in docs.items()}


def _label(forms: Forms, node: Node) -> str:
    """The most used written form of a cluster's root node."""
    written = forms.written[node] or {node[1]: 0}
    return max(sorted(written), key=lambda w: written[w])
