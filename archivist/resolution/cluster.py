"""Assemble the stage: candidates → forms → clusters → entities, surfaces, merges and doubts."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import replace
from collections.abc import Iterable, Mapping
from itertools import chain

from ..detect.spans import caps_display
from ..model import Doubt, Entity, Merge
from ..registry import Registry, normalise_name
from ..slugs import make_slug
from ..speakers import display_name
from .forms import PERSON, Forms, Node, Ref, count_in, no_firms, refs_of, strip_roles
from .names import fold, person_name
from .people import cluster_people, link_bare
from .acronyms import acronym_links, aliases_by_entity
from .anaphora import short_in_document
from .bodies import generic_bodies, owned_forms
from .homonyms import split_homonyms
from .short import ORG, cluster_short
from .typos import cluster_typos

log = logging.getLogger(__name__)

Link = tuple[str, str, tuple[str, ...]]  # (surface as written, entity id, documents)
TYPE_ORDER = {"person": 0, "place": 1, "organization": 2}


def resolve_forms(found: Mapping[str, Iterable], registry: Registry, texts: Mapping[str, str],
                  speakers: Mapping[str, list[str]] | None = None
                  ) -> tuple[list[Entity], list[Link], list[Merge], list[Doubt]]:
    """Entities (registry and detected), doc-limited surfaces, merges made and doubts left.

    `speakers` gives, per document, full names its speaker labels end in: people named in full
    there (the speaker stage links the labels themselves).
    """
    refs, homonyms = split_homonyms(_refs(found, texts, speakers or {}))
    forms = _forms(refs, texts, registry)
    rules = _cluster(forms, refs)
    bare, doubts = link_bare(forms, refs)
    members, ids, generic = _bodies(forms, refs, texts, registry, rules)
    doubts = [*doubts, *generic, *homonyms]
    links = _links(refs, forms, bare, ids, short_in_document(refs, forms, texts))
    acronyms = acronym_links(refs, forms, ids, texts, links)
    links = sorted([*links, *acronyms])
    used = {e for _, e, _ in links}
    curated = {e.id for e in registry}
    for root in members:  # a body's short name only written after its full name: no page
        if root[0] == ORG and ids[root] and ids[root] not in used and ids[root] not in curated:
            ids[root] = ""
    entities = _with_acronyms(_entities(forms, members, ids, registry), acronyms)
    merges = _merges(forms, members, ids, rules)
    return entities, links, merges, doubts


def _refs(found: Mapping[str, Iterable], texts: Mapping[str, str],
          speakers: Mapping[str, list[str]]) -> list[Ref]:
    """The documents' candidate names and full-name speaker labels, role words stripped."""
    # A label the document's own text types as a body or place is none ("River Plate:" before
    # a team sheet is the club, though "River" is a given name).
    bodies = {(doc, c.name) for doc, cands in found.items() for c in cands if c.type != PERSON}
    labels = [Ref(doc, PERSON, name, (name,), (), ()) for doc, names in
              sorted(speakers.items()) for name in names if (doc, name) not in bodies]
    return no_firms(strip_roles([*refs_of(found, texts), *labels]))


def _cluster(forms: Forms, refs: list[Ref]) -> dict[Node, set[str]]:
    """Join the forms of one referent; the rules that joined each cluster, by its root."""
    joined: list[tuple[Node, str]] = []
    for ref in refs:  # a place's written forms under one gazetteer name are one place
        if ref.type != PERSON:
            for form in ref.full[1:]:
                a, b = forms.node(ref.type, ref.full[0]), forms.node(ref.type, form)
                if forms.find(a) != forms.find(b) and forms.join(a, b):
                    joined.append((a, "detector's name"))
    nodes = sorted(forms.parent)
    people = [n for n in nodes if n[0] == PERSON]
    others = [n for n in nodes if n[0] != PERSON]
    for a, b, rule in chain(cluster_people(forms, people), cluster_short(forms, others),
                            cluster_typos(forms, others)):
        if forms.find(a) != forms.find(b) and forms.join(a, b):
            joined.append((a, rule))
    rules: dict[Node, set[str]] = defaultdict(set)
    for node, rule in joined:
        rules[forms.find(node)].add(rule)
    return rules


def _bodies(forms: Forms, refs: list[Ref], texts: Mapping[str, str], registry: Registry,
            rules: dict[Node, set[str]]
            ) -> tuple[dict[Node, list[Node]], dict[Node, str], list[Doubt]]:
    """Clusters and their ids once generic body names are settled: a body named after the
    corpus's one country joins the generic name's page; a generic name of several owners gets
    no page (id "") and a doubt."""
    members = _members(forms)
    ids = _entity_ids(forms, members, registry)
    curated = {e.id for e in registry}
    generic, kept = generic_bodies(forms, {r: n for r, n in members.items()
                                           if ids[r] and ids[r] not in curated}, refs, texts)
    owned = [(a, b) for a, b in owned_forms(forms, members, kept) if ids[a] not in curated]
    for node, body in owned:
        if forms.join(node, body):
            rules[forms.find(body)].add("body of the corpus's country")
    if owned:
        members = _members(forms)
        ids = _entity_ids(forms, members, registry)
    for root in generic:
        ids[root] = ""
    return members, ids, list(generic.values())


def _forms(refs: list[Ref], texts: Mapping[str, str], registry: Registry) -> Forms:
    """Every full form, weighted by its occurrences in its documents; distinct rules as labels."""
    forms = Forms(texts=texts)
    for i, names in enumerate(registry.distinct):
        for j, name in enumerate(names):
            forms.tags[normalise_name(name)] = f"#{i}.{j}"
    for ref in refs:
        text = texts.get(ref.doc, "")
        written = dict(ref.surfaces)
        for form in ref.full:
            forms.add(ref.type, form, ref.doc, _weight(ref, form, written, text))
        if ref.type != PERSON:
            forms.named[ref.name] += 1
    for i, names in enumerate(registry.distinct):
        for j, name in enumerate(names):
            node = forms.node(PERSON, name)
            if node in forms.parent:
                forms.labels[node] = forms.labels[node] | {(i, j)}
    _registry_people(forms, registry)
    return forms


def _registry_people(forms: Forms, registry: Registry) -> None:
    """The registry's people as full-name nodes of no document, one label each.

    They own bare surnames as detected people do, detected spellings join them, and two
    registry people never join (their labels differ).
    """
    for index, entity in enumerate(registry.entities):
        if entity.type != PERSON:
            continue
        names = [n for n in entity.all_names if n not in entity.ambiguous and person_name(n).full]
        nodes = [forms.add(PERSON, n, "", 0, tag=f"@{entity.id}") for n in names]
        for node in nodes:
            forms.labels[node] = forms.labels[node] | {(-1, index)}
            forms.join(nodes[0], node)


def _weight(ref: Ref, form: str, written: Mapping[str, str], text: str) -> int:
    """A form's occurrences in a document: counted in the text only when the candidate has
    several (the detector's mention count serves for one)."""
    if form not in written:
        return 0
    if len(ref.full) == 1:
        return max(1, ref.count)
    return count_in(text, form)


def _members(forms: Forms) -> dict[Node, list[Node]]:
    out: dict[Node, list[Node]] = defaultdict(list)
    for node in sorted(forms.parent):
        out[forms.find(node)].append(node)
    return out


def _written(forms: Forms, nodes: list[Node]) -> dict[str, int]:
    """Each written form of a cluster with its occurrences."""
    out: dict[str, int] = defaultdict(int)
    for node in nodes:
        for form, count in forms.written[node].items():
            out[form] += count
    return out


def page_name(typ: str, written: Mapping[str, int], named: Mapping[str, int]) -> str:
    """The most frequent full form names a person's page (one in capitals, as transcripts label
    turns, "DIANE REHM", only when there is no other, and then as "Diane Rehm"); the most
    frequent form a place's or organisation's, the detector's (gazetteer) name first among equals (a place written under
    its gazetteer name at all is named by it; a place's all-caps dateline spelling or
    abbreviation, "Ill." for Illinois, only when there is no other)."""
    if typ == PERSON:
        pool = [w for w in written if person_name(w).full and not person_name(w).initial]
        # a form another ends with, one word shorter, is its compound surname ("Reyes
        # Villanueva" beside "Julián Reyes Villanueva"), not a full form of its own
        tails = {w for w in pool if any(o.endswith(" " + w) and o.count(" ") == w.count(" ") + 1
                                        for o in pool)}
        pool = [w for w in pool if w not in tails] or pool
        best = min(pool or written, key=lambda w: (w.isupper(), -written[w], -len(w), w))
        return display_name(best)  # "DIANE REHM", the only form, shown "Diane Rehm"
    if typ == "place" and (nominative := _nominative(written, named)) is not None:
        return nominative  # "Krakowie", "do Krakowa": Kraków
    # A place written under its gazetteer name too is named by it, however often an old name
    # is used ("Istanbul" beside "Constantinople").
    keys = {fold(w) for w in written if named.get(w)} if typ == "place" else set()
    gazetteer = any(_as_named(w, written, keys) for w in written)
    best = min(written, key=lambda w: (gazetteer and not _as_named(w, written, keys),
                                       typ == "place" and (w.isupper() and len(w) > 3 or
                                                           w.endswith(".") and w not in named),
                                       -written[w], -named.get(w, 0), w.startswith("The "),
                                       -len(w), w))
    caps = [w for w in written if w.isupper() and len(w) > 3 and "." not in w and written[w]]
    if typ == "place" and not written.get(best) and caps:
        # only a dateline's capitals write it: they name it ("ULAANBAATAR" is Ulaanbaatar,
        # not the gazetteer's "Ulan Bator")
        return caps_display(min(caps, key=lambda w: (-written[w], w)))
    if best.isupper() and best not in named:  # "UYO" alone: the gazetteer's "Uyo" names it
        spelled = sorted(w for w in written if not w.isupper() and fold(w) == fold(best))
        return spelled[0] if spelled else \
            next((n for n in sorted(named) if n.casefold() == best.casefold()), best)
    return best


def _nominative(written: Mapping[str, int], named: Mapping[str, int]) -> str | None:
    """The gazetteer's name of a place the text writes only in its cases ("w Krakowie", "do
    Krakowa", Finnish "Tampereella"): every written form is the name's stem and an ending."""
    forms = [w for w in written if written[w]]
    for name in sorted(n for n in written if not written[n] and named.get(n) and " " not in n):
        stem = fold(name)[:max(3, len(fold(name)) - 2)]  # (the cluster's own unwritten name)
        if forms and all(" " not in w and fold(w).startswith(stem) and len(w) <= len(name) + 5
                         and fold(w) != fold(name) for w in forms):  # ("Bogota": as written)
            return name
    return None


def _as_named(form: str, written: Mapping[str, int], keys: set[str]) -> bool:
    """Whether a place's form is its gazetteer name as the text writes it ("Istanbul" for
    "İstanbul", "ISTANBUL" in a dateline)."""
    return written[form] > 0 and fold(form) in keys


def _entity_ids(forms: Forms, members: dict[Node, list[Node]], registry: Registry
                ) -> dict[Node, str]:
    """Each cluster's entity id: a registry entity, else the slug of its name (stable).

    A cluster known to the registry only by names it marks `ambiguous` gets "" (no entity):
    the registry's own patterns let each document decide.
    """
    known = {normalise_name(n): e.id for e in registry for n in e.all_names
             if n not in e.ambiguous}
    undecided = {normalise_name(n) for e in registry for n in e.ambiguous}
    taken = {e.id for e in registry}
    ids: dict[Node, str] = {}
    fresh = []
    for root, nodes in members.items():
        written = _written(forms, nodes)
        hits = sorted((-written[w], known[normalise_name(w)]) for w in written
                      if normalise_name(w) in known)
        if hits:
            ids[root] = hits[0][1]
        elif all(normalise_name(w) in undecided for w in written):
            ids[root] = ""
        else:
            name = page_name(root[0], written, forms.named)
            first = min(d for n in nodes for d in forms.docs[n])
            slug = make_slug(name) or "entity"
            fresh.append((slug, TYPE_ORDER.get(root[0], 9), name, first, root))
    for base, _, _, _, root in sorted(fresh):
        entity_id = base if base not in taken else f"{base}-{root[0]}"
        n = 2
        while entity_id in taken:
            entity_id, n = f"{base}-{root[0]}-{n}", n + 1
        taken.add(entity_id)
        ids[root] = entity_id
    return ids


def _links(refs: list[Ref], forms: Forms, bare: Mapping[tuple[str, str], Node | None],
           ids: Mapping[Node, str], short: Mapping[tuple[str, str], Node]) -> list[Link]:
    """Each written surface with the entity it stands for, limited to its documents."""
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    # A bare surname the document also writes as a place or body ("Callum Hamilton" beside "the
    # edge of Hamilton") stays unlinked to the person there: which it is, the text must say.
    other = {(ref.doc, written) for ref in refs if ref.type != PERSON
             for written, _ in ref.surfaces}
    for ref in refs:
        for written, form in ref.surfaces:
            if ref.type == PERSON and form in ref.lone:
                node = None if (ref.doc, written) in other else bare.get((ref.doc, form))
            else:
                node = short.get((ref.doc, form)) or forms.find(forms.node(ref.type, form))
            if node is not None and ids[forms.find(node)]:  # role words in front stay out
                surface = form if written.endswith(" " + form) else written
                docs[(surface, ids[forms.find(node)])].add(ref.doc)
    return [(s, e, tuple(sorted(d))) for (s, e), d in sorted(docs.items())]


def _entities(forms: Forms, members: dict[Node, list[Node]], ids: Mapping[Node, str],
              registry: Registry) -> list[Entity]:
    """Registry entities, then one detected entity per cluster not in the registry."""
    out = {e.id: e for e in registry}
    for root, nodes in members.items():
        if not ids[root] or ids[root] in out:
            continue
        written = _written(forms, nodes)
        name = page_name(root[0], written, forms.named)
        aliases = tuple(sorted(w for w in written if w != name))
        out[ids[root]] = Entity(id=ids[root], name=name, type=root[0], aliases=aliases,
                                origin="detected")
    return sorted(out.values(), key=lambda e: e.id)


def _with_acronyms(entities: list[Entity], links: list[Link]) -> list[Entity]:
    """Detected entities with the acronyms documents define for them as aliases."""
    extra = aliases_by_entity(links)
    return [replace(e, aliases=tuple(sorted({*e.aliases, *extra[e.id]})))
            if e.id in extra and e.origin == "detected" else e for e in entities]


def _merges(forms: Forms, members: dict[Node, list[Node]], ids: Mapping[Node, str],
            rules: Mapping[Node, set[str]]) -> list[Merge]:
    """Clusters of more than one spelling: what the stage made one entity, and why."""
    out = []
    for root, nodes in members.items():
        written = _written(forms, [n for n in nodes if forms.docs[n] - {""}])
        if len(written) < 2 or not ids[root]:
            continue
        name = page_name(root[0], written, forms.named)
        order = sorted(written, key=lambda w: (w != name, -written[w], w))
        why = set(rules.get(root, ()))
        if any(len(forms.written[n]) > 1 for n in nodes):
            why.add("variant spelling")
        docs = len({d for n in nodes for d in forms.docs[n]} - {""})
        out.append(Merge(ids[root], root[0], tuple(order), tuple(sorted(why)), docs))
    return sorted(out, key=lambda m: (m.entity, m.type))
