"""A document's mentions after reading: the rules that drop or retype a mention by what else
the document names (a firm's short name, a body's word, a town that opens a firm's name, a body
qualified by two owners), compound surnames, and the grouping of mentions into Candidates."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from .candidate import ORG, PERSON, PLACE, Candidate, Mention
from .cues import ABBREVIATION_RE
from .inflected import zipf
from .lexicon import LEGAL_FORMS, minor_places
from .romance_names import PARTICLES as ROMANCE_PARTICLES
from .spans import body_words

if TYPE_CHECKING:
    from .lexicon import Lexicon


def no_body_words(mentions: list[Mention]) -> list[Mention]:
    """A lone name that is a word of an organisation the document names ("Wellman" beside
    "Brush Wellman Inc", "Lloyd" beside "Lloyd's of London") is the body's short name, not a
    person's surname; the last word of a longer name may be a person's ("... Governor Roe")."""
    words: set[str] = set()
    for m in mentions:
        if m.type == ORG:
            words.update(body_words(m.key))
    if not words:
        return mentions
    return [m for m in mentions
            if not (m.type == PERSON and " " not in m.surface and
                    _unpossessive(m.surface) in words)]


def firm_short_names(mentions: list[Mention]) -> list[Mention]:
    """A firm's name cut short in the document that names it in full ("First Union" beside
    "First Union Holdings Inc", "Acme Medical" in a headline) is that firm there."""
    firms = [m.key for m in mentions
             if m.type == ORG and m.key.split()[-1] in LEGAL_FORMS and len(m.key.split()) > 2]
    if not firms:
        return mentions
    out = []
    for m in mentions:
        words = m.key.split()
        longer = {f for f in firms if len(words) >= 2 and f != m.key and
                  f.split()[:len(words)] == words} if m.type != PLACE else set()
        out.append(Mention(ORG, longer.pop(), m.surface) if len(longer) == 1 else m)
    return out


def no_firm_towns(mentions: list[Mention], lex: Lexicon, cued: set[str],
                  dated: set[str] = frozenset()) -> list[Mention]:
    """A town's name that opens a firm's name in the document ("Shares in Tilbury", "Tilbury
    rises" beside "Tilbury Holdings Plc") is the firm's short name there; a city's written as
    a location stays ("Dallas Tools Inc ... its plant in Dallas"), and so does a place its
    dateline names ("IQALUIT, Nunavut —" beside "Nunavut Tunngavik Inc.")."""
    firms = [m.key.split() for m in mentions
             if m.type == ORG and len(m.key.split()) > 1 and m.key.split()[-1] in LEGAL_FORMS]
    if not firms:
        return mentions
    heads = {" ".join(words[:k]) for words in firms for k in range(1, len(words) - 1)}
    return [m for m in mentions
            if not (m.type == PLACE and m.surface in heads and not _town(lex, m.surface, cued) and
                    m.key not in dated)]


# Bodies often known by the place word that opens their name ("at Valdai" for the Valdai Club).
GATHERING_HEADS = frozenset("Club Forum Foundation Conference Institute Festival Summit "
                            "Dialogue Congress".split())


def no_unlisted_eponyms(mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """A word no gazetteer lists that opens the name of a club or forum in the document ("what
    we do at Valdai" beside "Valdai Discussion Club") is the body's short name, not a place."""
    heads = {words[0] for m in mentions if m.type == ORG
             for words in [m.key.split()] if len(words) > 1 and words[-1] in GATHERING_HEADS}
    if not heads:
        return mentions
    return [m for m in mentions if not (m.type == PLACE and m.key in heads and
                                        m.key not in lex.places and m.key not in minor_places())]


def no_office_tails(mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """A "person" that is the tail of an office's or a body's name after its particle ("Director
    de Obras", "Fiscalía General de la Nación": "de Obras"): a common Spanish, Portuguese or
    Italian word after the particles, no family name ("de Gaulle", "da Silva" stay)."""
    return [m for m in mentions if not (m.type == PERSON and _office_tail(m.key, lex))]


def _office_tail(key: str, lex: Lexicon) -> bool:
    words = key.split()
    rest = [w for w in words if w not in ROMANCE_PARTICLES | {"la", "las", "los", "o", "a"}]
    return words[0] in ROMANCE_PARTICLES and len(rest) == 1 and rest[0] not in lex.surnames and \
        max(zipf(rest[0].lower(), lang) for lang in ("es", "pt", "it")) >= COMMON_TAIL


COMMON_TAIL = 4.5  # wordfreq's Zipf of a word as common as "obras", "nación"


def no_firm_works(mentions: list[Mention], prone: set[str]) -> list[Mention]:
    """A name before a mine's or a field's noun is the firm's where the document names a body
    or a person so ("the Glencore mine" beside "Glencore Plc" or "Glencore said"): no place."""
    other = {w for m in mentions if m.type != PLACE for w in m.key.split()[:1]}
    return [m for m in mentions if not (m.type == PLACE and m.key in prone and m.key in other)]


def _town(lex: Lexicon, name: str, cued: set[str]) -> bool:
    """Whether a name that opens a firm's is also the town: a city written as a location."""
    place = lex.places.get(name)
    return place is not None and place.strong and place.name in cued


def _unpossessive(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s")


def unclear_bodies(mentions: list[Mention]) -> list[Mention]:
    """A bare body name is left out where the document qualifies it by initials ("Security
    Council" beside "UN Security Council") or by two owners: which one it means is unclear
    (a page for it would gather every owner's body)."""
    owners: dict[str, set[str]] = defaultdict(set)
    orgs = {m.key for m in mentions if m.type == ORG}
    for key in orgs:
        first, _, rest = key.partition(" ")
        if rest in orgs:
            owners[rest].add(key)
    out = []
    for m in mentions:
        if m.type == ORG and m.key in owners and (len(owners[m.key]) > 1 or any(
                ABBREVIATION_RE.match(o.split(" ", 1)[0]) for o in owners[m.key])):
            continue  # not "Foreign Ministry" beside "Chinese Foreign Ministry": the text's own
        out.append(m)
    return out


def compound_surnames(mentions: list[Mention], persons: dict[str, str]) -> None:
    """A name of two words or more that one longer name of the document ends with, one given
    name longer: a compound surname ("Mr Reyes Villanueva" is Julián Reyes Villanueva)."""
    keys = {m.key for m in mentions if m.type == PERSON}
    for key in sorted(keys):
        if " " not in key or persons.get(key, key) != key:
            continue
        longer = [k for k in keys if k.endswith(" " + key) and k.count(" ") == key.count(" ") + 1]
        if len(longer) == 1:
            persons[key] = persons.get(longer[0], longer[0])


def given_name_forms(mentions: list[Mention], persons: dict[str, str]) -> None:
    """A name of two words that one longer name of the document, one word longer, opens with:
    the person's given names, as Malay, Indonesian and Arabic names are written again ("Ahmad
    Zahid" after "Ahmad Zahid Hamidi", "Mohd Nassuruddin" after "Mohd Nassuruddin Daud")."""
    keys = {m.key for m in mentions if m.type == PERSON}
    for key in sorted(keys):
        if key.count(" ") != 1 or persons.get(key, key) != key:
            continue
        longer = [k for k in keys if k.startswith(key + " ")]
        if len(longer) == 1 and longer[0].count(" ") == 2:  # (not "Ana Paula Ferraz Quintela")
            persons[key] = persons.get(longer[0], longer[0])


def group_mentions(mentions: list[Mention], persons: dict[str, str]) -> list[Candidate]:
    """Group mentions by (type, canonical name) into sorted candidates."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for m in mentions:
        key = persons.get(m.key, m.key) if m.type == PERSON else m.key
        groups[(m.type, key)].append(m.surface)
    out = [Candidate(name, typ, tuple(sorted(set(surfs))), len(surfs))
           for (typ, name), surfs in groups.items()]
    return sorted(out, key=lambda c: (c.type, c.name))
