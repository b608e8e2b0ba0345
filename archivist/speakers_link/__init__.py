"""Speaker labels → person entities: the linking stage for the turns of transcripts.

A turn's label ("Investigative Committee Chairman Alexander Bastrykin") carries a role in front
of a name; the person is the name. `person_part` takes it (the role stripped by
archivist.speakers.speaker_name, the one reading of labels); `link_speakers` maps every
turn of every document to a person entity: an existing one (same name, or in the same document
a compatible spelling or a bare surname), or a new detected person, because a label naming a
person is strong evidence of one even where detection missed the name in the running text.
Labels that are not people ("Question:", "Germany:", a sentence cut at a colon) stay unlinked.

Parts:

- names.py: the person part of a label (`person_part`, `SpeakerName`), the spelling-tolerant
  comparison (`fold`, `compatible`) and when an unknown name may open a page (`plausible`);
- intro.py: `named_turns`, who each turn's label stands for from the document's own text: it
  reads each labelled turn with the holders the parts below find, then drops what names no one
  (a production cue, a boat, a station) and hands over to the layouts' readings;
- offices.py: the holder of a role or an office the text introduces (a cast line, the role in
  apposition or brackets, who presides, a header's list of speakers, a caption's accused, a
  printed interview's two people);
- hosts.py: hosts and guests (the guest a host introduces, a host or a numbered voice who says
  who they are);
- court.py: examinations and the bench ("BY MR. SMITH:", a sworn witness, a deponent, "BEFORE
  THE HONORABLE …");
- initials.py: initials labels and the people a document gives them ("Ann Berg (AB)");
- worded.py: labels of words no name list knows, in any language ("TEKNİK DİREKTÖR"), named by
  a cast line, an apposition or a title in front; and readings that drop or lengthen a label's
  name;
- questioners.py: a questioner named by what they say or by the label's brackets ("I'm Ann
  Berg", "Q (Ann Berg, Reuters)");
- patterns.py: the name patterns and readings those parts share (`NAME`, `office_key`,
  `_one_name`, a speaker's own introduction, a header's cast lines read as turns);
- seats.py, cast.py, roster.py: generic labels named by the layouts' introductions (a seat
  given the floor, a script's cast list, an interview record's roster);
- castlines.py: a role label named by the header's cast entry keyed by its very words ("Moderator:
  Ann Berg (programmer) · Director: Tom Roe", "Voorzitter / Chair: …");
- stations.py: a station's or a body's label named by the operator who says its name and their
  own ("This is MRCC Norvale, duty officer Ann Berg speaking", "Ann Berg, on behalf of the VEB");
- fullnames.py: the full forms of a name the text writes (given names before a surname label,
  the surname after a given-name label), read word by word;
- address.py: role labels named by how the others speak to them (thanks, a question put by
  name, a numbered seat introduced by its label);
- qualified.py: a one-word label under two different bracketed qualifiers ("DUKUH (Sokomoyo)",
  "DUKUH (Gunung Kelir)"), a role several people hold, names no one;
- here: `link_speakers`, resolving each labelled turn to a person entity.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from slugify import slugify

from ..detect import ORG_HEADS
from ..detect.cues import SOFT_HONORIFICS
from ..detect.lexicon import TITLE_HEADS
from ..model import Document, Entity
from ..registry import normalise_name
from ..speakers import (FAMILY_JOINERS, HONORIFICS, PARTICLES, bare_label, common_words,
                        display_name, display_word, family_caps, honorific_pair, is_given_name,
                        is_place_name, is_role_word, is_surname, label_words, office_holder)
from .castlines import ENTRIES as CAST_ENTRIES, ENTRY as CAST_ENTRY
from .fullnames import full_names, given_first, spread_names
from .intro import named_turns
from .patterns import (NAMED_FROM, SELF_INTRO, _names_only, _opening_turns, honorific_surnames,
                       lone_cast_lines, nicknamed)
from .names import FAMILY_PARTICLES, INITIAL, SpeakerName, compatible, fold, person_part, plausible
from .namesakes import (CAPITAL, clashes, compatible_given, family_first, family_namesakes,
                        label_class, pair_words, positions, role_named, written_classes)
from .questioners import addressed
from .seats import cast_people

__all__ = ["Labelled", "SpeakerLinks", "SpeakerName", "compatible", "fold", "has_turns",
           "link_speakers", "named_turns", "person_part", "plausible"]

log = logging.getLogger(__name__)


Labelled = list[tuple[int, str, SpeakerName | None]]  # named_turns gives: (block, label, person)


def has_turns(doc: Document) -> bool:
    """Whether a document has turns (only those have labels for `named_turns` to read)."""
    return any(b.kind == "turn" for b in doc.blocks)


@dataclass(frozen=True)
class SpeakerLinks:
    """What the speaker stage adds: new people, their names per document, turn attributions."""

    entities: tuple[Entity, ...]
    surfaces: dict[str, dict[str, frozenset[str]]]  # surface → entity id → documents
    turns: tuple[tuple[str, str, int], ...]  # (document, person entity, block index)


@dataclass
class _People:
    """The person entities known so far, by normalised name, and those that may not be people."""

    by_id: dict[str, Entity]
    known: dict[str, set[str]]  # normalised name → people (two when the registry shares it)
    others: set[str]  # names of places and organisations
    new: dict[str, Entity]
    registry_surnames: dict[str, set[str]]  # folded surname → registry people (not doc-limited)
    blocked: frozenset[str] = frozenset()  # the registry's never_link phrases

    @classmethod
    def of(cls, entities: Iterable[Entity], never_link: Iterable[str] = ()) -> _People:
        """Index existing entities; only people may be speakers."""
        by_id = {e.id: e for e in entities}
        known: dict[str, set[str]] = defaultdict(set)
        for e in by_id.values():
            if e.type == "person":
                for n in e.all_names:
                    known[normalise_name(n)].add(e.id)
                    known[_no_middle(n)].add(e.id)
        others = {normalise_name(n) for e in by_id.values() if e.type != "person"
                  for n in e.all_names}
        surnames: dict[str, set[str]] = defaultdict(set)
        for e in by_id.values():
            if e.type == "person" and e.origin == "registry":
                for n in e.all_names:
                    if len(n.split()) > 1:
                        surnames[fold(n.split()[-1])].add(e.id)
        return cls(by_id, dict(known), others, {}, dict(surnames),
                   frozenset(normalise_name(p) for p in never_link))

    def pick(self, key: str, local: set[str]) -> str | None:
        """The person a known name stands for; a shared name needs the document to decide."""
        ids = self.known.get(key, set())
        chosen = ids if len(ids) == 1 else ids & local
        return next(iter(chosen)) if len(chosen) == 1 else None

    def create(self, name: SpeakerName) -> str:
        """A new detected person named by a speaker label (one per normalised name)."""
        base = slugify(name.name) or "person"
        entity_id = base
        while entity_id in self.by_id:
            entity_id = f"{base}-person" if entity_id == base else f"{entity_id}-x"
        entity = Entity(id=entity_id, name=display_name(name.name), type="person",
                        origin="detected")
        self.by_id[entity_id] = self.new[entity_id] = entity
        self.known[normalise_name(name.name)] = {entity_id}
        self.known.setdefault(_no_middle(name.name), {entity_id})
        return entity_id


class _Texts:
    """A document's text, whole (the title first) or outside its turns, each joined once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    @functools.cached_property
    def whole(self) -> str:
        """The title and every block's text."""
        return "\n".join([self.doc.meta.title, *(b.text for b in self.doc.blocks)])

    @functools.cached_property
    def head(self) -> str:
        """The title and the text outside the turns (header, cast lines, headings)."""
        return "\n".join([self.doc.meta.title,
                          *(b.text for b in self.doc.blocks if b.kind != "turn")])

    def __call__(self) -> str:
        return self.whole


def link_speakers(documents: Iterable[Document], entities: Iterable[Entity],
                  doc_people: Mapping[str, set[str]], never_link: Iterable[str] = (),
                  labels: Mapping[str, Labelled] | None = None) -> SpeakerLinks:
    """Attribute every turn whose label names a person; `doc_people`: detected people per doc;
    `labels`: `named_turns` by document, when already read (those missing have no turns)."""
    people = _People.of(entities, never_link)
    surfaces: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    turns: list[tuple[str, str, int]] = []
    for doc in sorted(documents, key=lambda d: d.id):
        local = set(doc_people.get(doc.id, ()))
        labelled = named_turns(doc) if labels is None else labels.get(doc.id, [])
        for block, entity_id, surface in _doc_turns(doc, people, local, labelled):
            turns.append((doc.id, entity_id, block))
            if surface:
                surfaces[surface][entity_id].add(doc.id)
    log.debug("speakers: %d turns attributed, %d new people", len(turns), len(people.new))
    return SpeakerLinks(_named_as_written(people.new, surfaces),
                        {s: {e: frozenset(d) for e, d in ids.items()}
                         for s, ids in surfaces.items()},
                        tuple(sorted(turns)))


def _named_as_written(new: dict[str, Entity], surfaces: Mapping[str, Mapping[str, set[str]]]
                      ) -> tuple[Entity, ...]:
    """New people, each named by the writing of its name in the most documents ("PeskoV" once
    does not name the page); the id stays the slug of the first writing, the same letters."""
    out = []
    for entity in sorted(new.values(), key=lambda e: e.id):
        key = normalise_name(entity.name)
        forms = [(-len(ids[entity.id]), form) for form, ids in surfaces.items()
                 if entity.id in ids and normalise_name(form) == key]
        out.append(replace(entity, name=min(forms)[1]) if forms else entity)
    return tuple(out)


def _named_in(doc: Document, surnames: set[str], people: _People) -> set[str]:
    """Registry people with one of these surnames whose full name occurs in the document."""
    candidates = sorted({e for s in surnames for e in people.registry_surnames.get(s, ())})
    if not candidates:
        return set()
    text = "\n".join(b.text for b in doc.blocks).casefold()
    return {e for e in candidates if any(len(n.split()) > 1 and n.casefold() in text
                                         for n in people.by_id[e].all_names)}


def _doc_turns(doc: Document, people: _People, local: set[str], labelled: Labelled
               ) -> list[tuple[int, str, str | None]]:
    """(block, person, surface to link in the text or None) for the turns of one document."""
    # Bare surnames and initials may stand for a registry person the document names in full.
    local |= _named_in(doc, {fold(n.surname) for _, _, n in labelled if n and _rank(n)}, people)
    raw = _Texts(doc)
    first = _first_names(doc, labelled, people, local, raw)
    said = Counter(normalise_name(first[label, n.name][1].name) for _, label, n in labelled if n)
    _count_surname_turns(said, [name for _, name in first.values()])
    # Whole names first, the most used first (a one-off spelling then joins it), then initials
    # and bare surnames, which lean on them. Each distinct label is resolved once.
    order = sorted(first, key=lambda key: (_rank(first[key][1]),
                                           -said[normalise_name(first[key][1].name)],
                                           first[key][0]))
    resolved: dict[tuple[str, str], str | None] = {}
    caps_given = _caps_given_names(first, people, local)
    for key in order:
        name = first[key][1]
        cls = label_class(key[0])
        pool = _titled_pool(key[0], name, local, people, raw)
        if not name.full:
            pool = _no_plain_first(pool, people, raw())
        given = _namesakes(name.surname, raw()) | family_namesakes(name.surname, raw())
        if _rank(name) == 2 and len(compatible_given(cls, given)) > 1 \
                and not (cls and _titled_one(pool, name.surname, people)):
            resolved[key] = None  # "OLSVIK" where Jonas and Margarethe Olsvik speak: no telling
            continue
        # (or a questioner's bracketed name, its given name answered: "CALLER (Ann Berg, Leeds)")
        written = name.full and (_written_as_name(name.name, raw()) or "(" in key[0]
                                 and addressed(name.given, raw()))
        found = _resolve(key[0], name, people, pool, said[normalise_name(name.name)],
                         written, caps_given, name.full and (_cast_named(name.name, raw.head)
                                                             or _family_written(name.name, raw())))
        # (the full name the label was read as counts: "GOVERNOR BERG" of the title's "THE
        # GOVERNOR OF X, MR. ANN TOM BERG", whose page is "Ann Berg")
        names = [*people.by_id[found].all_names, *([name.name] if name.full else [])] \
            if found else []
        if found and clashes(cls, name.surname, names, raw(),
                             raw.head) and not _same_full_name(name, people.by_id[found]):
            found = None
        resolved[key] = found
        if found:
            local.add(found)
    _same_name_again(first, resolved, people, local)
    return [(i, resolved[label, name.name], name.name if name.full else None)
            for i, label, name in labelled if name is not None and resolved[label, name.name]]


def _same_full_name(name: SpeakerName, entity: Entity) -> bool:
    """Whether a label's full name is the person's own, given name and all: its title then tells
    no namesake apart ("Vorsitzende Dr. Ann Berg" of "Vorsitz: Dr. Ann Berg")."""
    return name.full and len(name.name.split()) > 1 and \
        normalise_name(name.name) in {normalise_name(n) for n in entity.all_names}


def _same_name_again(first: Mapping[tuple[str, str], tuple[int, SpeakerName]],
                     resolved: dict[tuple[str, str], str | None], people: _People,
                     local: set[str]) -> None:
    """A whole name left unresolved under one label ("SHRI ANN BERG (Minister for Water)") that
    another label of the document, the same name, opened a page for ("SHRI ANN BERG"): one
    person, whichever label spoke first."""
    for key, found in resolved.items():
        name = first[key][1]
        if found is None and name.full and key[1] == name.name:
            ids = people.known.get(normalise_name(name.name), set()) & local
            if len(ids) == 1 and set(resolved.values()) & ids:
                resolved[key] = next(iter(ids))


def _no_plain_first(pool: set[str], people: _People, text: str) -> set[str]:
    """The people a bare label may name, without those whose first word the text also writes
    in lower case, a plain word no list gives as a name ("Karibu Wanjiru" of "Karibu Wanjiru,
    karibu sana": a greeting read as a given name)."""
    out = set()
    for e in pool:
        firsts = {n.split()[0] for n in people.by_id[e].all_names if len(n.split()) > 1}
        if not any(not is_given_name(w) and re.search(rf"(?<![\w'’-]){re.escape(w.lower())}"
                                                     r"(?![\w'’-])", text) for w in firsts):
            out.add(e)
    return out


def _written_as_name(name: str, text: str) -> bool:
    """Whether the text writes the name with capitals, as a name is written: "Teknik direktör /
    Head coach:" writes a role in words, not a "TEKNİK DİREKTÖR" of that name."""
    words = name.split()
    return any(all(w[:1].isupper() or not n[:1].isupper() for w, n in zip(m[0].split(), words))
               and not _role_entry(text, m)
               for m in _occurrences(name, text))  # ("ap", "van": as written)


def _family_written(name: str, text: str) -> bool:
    """Whether the text writes the name family name first in capitals ("LAM Sai-hung"), as
    East Asian records in English write a person: a name, whatever words its parts also are."""
    return any(family_caps(m[0]) for m in _occurrences(name, text))


def _occurrences(name: str, text: str) -> list[re.Match[str]]:
    """Where the text writes the name, in any case."""
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in name.split()) + r"(?!\w)"
    return list(re.finditer(pattern, text, re.IGNORECASE))


def _only_as_role(name: str, text: str) -> bool:
    """Whether the text writes the name only as the role of a cast entry "Role, Name"."""
    found = _occurrences(name, text)
    return bool(found) and all(_role_entry(text, m) for m in found)


# A cast entry "Role, [Title.] Name" between ":"/";" and ";"/line end: the words before the comma
# are a role ("Present: Diretora Clínica, Dra. Helena Vaz; ...", "Chair: Ketua BPD, Suharjono").
ROLE_ENTRY_BEFORE = re.compile(r"(?:^|[:;]\s*|\s/\s*)$")
ROLE_ENTRY_AFTER = re.compile(
    r"(?:\s*\((?![A-Z]{2,5}\))[^()\n]{1,40}\))?, ([A-Z][a-z]{1,4}\. )?"
    r"([A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){0,4})\.?\s*(?:[;\n]|$)")


def _role_entry(text: str, m: re.Match[str]) -> bool:
    """Whether a match opens a cast entry "Role, Name": it writes a role, not a name."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    after = ROLE_ENTRY_AFTER.match(text, m.end())
    if after is None or not ROLE_ENTRY_BEFORE.search(text[line_start:m.start()]):
        return False
    words = after[2].split()  # not "Ann Roe, Director;", "Ann Roe (AR), Harbour Board"
    return not any(is_role_word(w) for w in words) and words[-1] not in ORG_HEADS and \
        (after[1] is not None or len(words) == 1 or any(map(is_given_name, words)))


def _first_names(doc: Document, labelled: list[tuple[int, str, SpeakerName | None]],
                 people: _People, local: set[str], raw: _Texts
                 ) -> dict[tuple[str, str], tuple[int, SpeakerName]]:
    """(label, name) → its first turn and the name it stands for: the full name its role, a
    header or the text gives a surname label, unless the titles say it is a namesake."""
    first: dict[tuple[str, str], tuple[int, SpeakerName]] = {}
    reversed_names = _family_first_labels(labelled, raw())
    for i, label, name in labelled:
        if name is not None and (label, name.name) not in first:
            key = (label, name.name)
            if name.name in reversed_names:
                name = SpeakerName(" ".join(name.name.split()[::-1]), True)
            name = _formal(label, _family_first_caps(label, _monsieur(name, raw()), raw()),
                           raw())
            pool = _titled_pool(label, name, local, people, raw)
            named = None if name.full else role_named(label, name.name, raw())
            named = named and _untitled(named)  # "Commissioner Captain Ann Roe": Ann Roe
            found = SpeakerName(named, True) if named else \
                _from_title(name, label, doc, pool, people) or _cast_given(label, name, raw.head)
            if found and clashes(label_class(label), name.surname, [found.name], raw(),
                                 raw.head):
                found = None  # "Mr. PARK" where the heading names "Dr. Min-ji Park"
            first[key] = (i, found or name)
    # "Q" of "BY MR. REYES VILLANUEVA:" is the Julián Reyes Villanueva his own label reads as
    longer: dict[str, set[SpeakerName]] = defaultdict(set)
    for _, label, n in labelled:
        if n and first[label, n.name][1].name != n.name:
            longer[n.name].add(first[label, n.name][1])
    for key, (i, name) in first.items():
        if name.name == key[1] and len(longer.get(name.name, ())) == 1 \
                and person_part(key[0]) is None:  # a holder's label, no name of its own
            first[key] = (i, next(iter(longer[name.name])))
    return _given_of_labels(first)


# Titles that show a document writes French ones, so a label's "M." is "Monsieur".
FRENCH_TITLES = re.compile(r"\b(?:Mme|Mmes|Mlle|Madame|Monsieur|MM\.)\s")


def _monsieur(name: SpeakerName, text: str) -> SpeakerName:
    """ "M. YAPI" where the document writes French titles ("Mme Konan"): Monsieur and a surname,
    not an initial."""
    words = name.name.split()
    if name.full and len(words) == 2 and words[0] == "M." and FRENCH_TITLES.search(text):
        return SpeakerName(words[1], False)
    return name


def _formal(label: str, name: SpeakerName, text: str) -> SpeakerName:
    """A one-word label that is a nickname the text writes in quotes inside a full name
    ('Guest: Lachlan "Lockie" McIvor' for "Lockie", alone or read as "Lockie McIvor"): that
    full name."""
    words = label_words(label)
    if len(words) != 1 or fold(name.given if name.full else name.name) != fold(words[0]):
        return name
    found = {n for n in nicknamed(words[0], text) if fold(n.split()[0]) != fold(words[0])
             and (not name.full or fold(n.split()[-1]) == fold(name.surname))}
    return SpeakerName(found.pop(), True) if len(found) == 1 else name


ADDRESS = r"\b(?:Hon|Mr|Mrs|Ms|Dr|Madam)\.? {}(?![\w'’-])"


def _family_first_labels(labelled: Labelled, text: str) -> set[str]:
    """The two-word label names a document writes family name first, as its convention
    ("Imark Christian (V, SO):", "Präsidentin (Riniker Maja):" of the Swiss Bulletin, "KOCSIS
    MÁTÉ (Fidesz):"): names that end in a known given name after a word that is none, at least
    two of them addressed by that word ("Herr Imark", "Madame Perrin") and never by the given
    name, and no name the other way round."""
    pairs = {n.name: n.name.split() for _, _, n in labelled
             if n is not None and n.full and len(n.name.split()) == 2}
    first = {name for name, (a, b) in pairs.items() if is_given_name(b) and not is_given_name(a)
             and a[-1] != "."}
    other = [name for name, (a, b) in pairs.items() if is_given_name(a) and not is_given_name(b)]
    addressed = [name for name in first if _courtesy(pairs[name][0], text)
                 and not _courtesy(pairs[name][1], text)]
    return first if len(addressed) >= 2 and not other else set()


# Courtesy titles before a family name in the languages whose records write it first.
COURTESY = r"\b(?:Herr|Herrn|Frau|Kollege|Kollegin|Monsieur|Madame|Mr|Mrs|Ms|Dr|Mevrouw|" \
    r"[Pp]an|[Pp]ani|[Pp]ana)\.? {}(?![\w'’-])"


def _courtesy(word: str, text: str) -> bool:
    return re.search(COURTESY.format(re.escape(word)), text) is not None


def _family_first_caps(label: str, name: SpeakerName, text: str) -> SpeakerName:
    """ "MS NAKATO ANNET" where the text addresses "Hon. Nakato" and never "Hon. Annet": an
    honorific, the family name, then the given name (a known one, the family name none), as
    East African Hansards write members; the person reads "Annet Nakato"."""
    words, parts = label_words(label), name.name.split()
    if not (name.full and len(parts) == 2 and len(words) == 3 and words[1:] == [
            w.upper() for w in parts] and words[0].lower().strip(".") in HONORIFICS):
        return name
    family, given = parts
    if not is_given_name(given) or is_given_name(family) or \
            not re.search(ADDRESS.format(re.escape(family)), text) or \
            re.search(ADDRESS.format(re.escape(given)), text):
        return name
    return SpeakerName(f"{given} {family}", True)


def _cast_given(label: str, name: SpeakerName, head: str) -> SpeakerName | None:
    """A one-word label in mixed case that is the given name of one person the header's cast
    lines name ("Lagi" of "Hosts: Lagi Tuimavave, Ben Fonoti-Wright")."""
    if name.full or " " in name.name or bare_label(label).isupper():
        return None
    found = {person for line in head.split("\n") for entry in CAST_ENTRIES.split(line)
             if (m := CAST_ENTRY.match(entry.strip())) for person in cast_people(m[2])
             if fold(person.split()[0]) == fold(name.name)}
    return SpeakerName(found.pop(), True) if len(found) == 1 else None


def _given_of_labels(first: dict[tuple[str, str], tuple[int, SpeakerName]]
                     ) -> dict[tuple[str, str], tuple[int, SpeakerName]]:
    """A one-word capitals label ("JAMES:") that opens the one full name another label gives
    ("JAMES RODRÍGUEZ:") and ends none (no "LEBRON JAMES"): that person, by given name."""
    full = [n for _, n in first.values() if n.full]
    surnames = {fold(n.surname) for n in full}
    out = dict(first)
    for key, (i, name) in first.items():
        word = label_words(key[0])
        if name.full or len(word) != 1 or not word[0].isupper() or fold(name.name) in surnames:
            continue
        opens = {n.name for n in full if fold(n.name.split()[0]) == fold(name.name)}
        if len(opens) == 1:
            out[key] = (i, SpeakerName(opens.pop(), True))
    return out


def _titled_pool(label: str, name: SpeakerName, local: set[str], people: _People,
                 raw: _Texts) -> set[str]:
    """The document's people a label may name: for a surname after an honorific, those the
    document does not title otherwise ("Mr Khan": not Sadia Khan)."""
    cls = label_class(label)
    if cls is None or name.full:
        return local
    pool = {e for e in local
            if not clashes(cls, name.surname, people.by_id[e].all_names, raw(), raw.head)}
    # of namesakes, the one the document titles as the label does ("Dr Bartosz Kowalczyk")
    same = {e for e in pool if any(_bears(n, name.surname) for n in people.by_id[e].all_names)}
    titled = {e for e in same if cls in written_classes(people.by_id[e].all_names, raw())}
    return pool - same | titled if len(titled) == 1 else pool


def _titled_one(pool: set[str], surname: str, people: _People) -> bool:
    """Whether one person of the pool has the surname (its titles having told namesakes apart)."""
    return len({e for e in pool if any(_bears(n, surname) for n in people.by_id[e].all_names)}) == 1


def _bears(full: str, surname: str) -> bool:
    """Whether a full name has this surname, last or, family name first, first."""
    words = full.split()
    return len(words) > 1 and (fold(words[-1]) == fold(surname) or family_first(full, surname))


def _count_surname_turns(said: Counter[str], names: list[SpeakerName]) -> None:
    """Count a bare surname's turns ("DLAMINI:") to the one full name with it ("ZANELE DLAMINI,
    CNN:"): that person speaks more than once."""
    full: dict[str, set[str]] = defaultdict(set)
    for name in names:
        if name.full:
            full[fold(name.surname)].add(normalise_name(name.name))
    for name in {n for n in names if not n.full}:
        if len(owners := full.get(fold(name.surname), set())) == 1:
            said[next(iter(owners))] += said[normalise_name(name.name)]


def _namesakes(surname: str, text: str) -> set[str]:
    """The known given names the text writes right before a surname ("Ann", "Tom" for "Berg";
    not the title in "Governor Oduya")."""
    firsts, _, _, folded_seconds = pair_words(text)
    return {fold(firsts[i]) for i in positions(folded_seconds, surname.casefold())
            if CAPITAL.match(firsts[i]) and is_given_name(firsts[i]) and
            not is_role_word(firsts[i])}


def _no_middle(name: str) -> str:
    """A normalised name without middle initials: "Jennifer M. Granholm" → "jennifer granholm"."""
    words = name.split()
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if not INITIAL.fullmatch(w)), words[-1]]
    return normalise_name(" ".join(words))




def _from_title(name: SpeakerName, label: str, doc: Document, local: set[str], people: _People
                ) -> SpeakerName | None:
    """A bare surname label ("MS. WHITLOCK:", "MR. NYARKO AMPEM:") whose full name only the
    title gives ("Press Briefing by Press Secretary Dana Whitlock") or, failing that, a heading
    or paragraph of the document ("STATEMENT OF HON. DANA M. WHITLOCK", "Present: Dr. Ann Ato
    Berg, Minister"), when no detected person has that surname."""
    compound = name.full and honorific_surnames(label, name)
    if name.full and not compound:
        return _longer_written(label, name, doc) or _initialled(label, name, doc) or \
            _uncut(label, name, doc) or _spread(name, doc)
    if not compound and _in_document(name, people, local, whole=True):
        return None  # (not "Van Linh", a name cut from "Ms. Thai Van Linh": seek it whole)
    # a surname with its particle ("MS. ST. CLAIR-MOBLEY", "DE VASCONCELOS") is sought whole
    words = label_words(label)
    surname = words if len(words) == 2 and words[0].lower() in PARTICLES and not name.full \
        else name.name.split() if compound or not name.full and " " in name.name \
        else [name.surname]
    caps = words[-1].isupper()
    found = full_names(surname, doc.meta.title, caps)
    text = "\n".join([doc.meta.title, *(b.text for b in doc.blocks if b.kind != "turn")])
    spoken = "\n".join(b.text for b in doc.blocks if b.kind == "turn")
    given = _given_label(label, name)
    if not found and given:
        found = _own_intro(label, name.name, doc)  # "TOM: … I'm Tom Fairweather-Cho"
    if not found and len(label_words(label)) == 1:
        found = nicknamed(name.name, text)  # 'Alberto Ortiz Salgado ("Beto", …)' for BETO
    if not found:
        found = full_names(surname, text, caps) or (given and given_first(name.name, text)) \
            or full_names(surname, spoken, caps)  # an operator's "next is Ann Berg with …"
    if not found and given:
        found = given_first(name.name, spoken)  # "I'm joined by Ann Berg"
    if not found and not is_given_name(surname[-1]):
        # a given name no list knows: "moderated by Oluwaseun Bankole-Achebe", "Next is Takeshi
        # Morimoto"
        found = full_names(surname, text, caps, loose=True) or \
            full_names(surname, spoken, loose=True)
    if not found and _honoured_surname(label):
        found = _initialled_member(label, name.surname, text) or \
            _titled_family_first(words[0], name.surname, text)  # "Mr L J Basson (DA)"
    if not found and not name.full and _titled_words(words):
        # a surname of several words the reading cut to its last: "REP. KILLS IN SIGHT" of
        # "Rita Kills In Sight"
        found = full_names(words[1:], text, caps)
    if not found and not name.full and len(words) == 1:
        found = _cast_surname(name.surname, "\n".join(
            [text, *(f"{b.speaker}: {b.text}" for b in _opening_turns(doc)
                     if _cast_entries(b.text))]))
    if len(found) != 1:
        return None  # two: no telling
    full = _untitled(found.pop())
    if full is None or _only_as_role(full, f"{text}\n{spoken}"):
        return None  # "Vogal Executiva (finanças), Dra. Sónia Roe": a role, not VOGAL's name
    return SpeakerName(full, True)


def _titled_family_first(title: str, surname: str, text: str) -> set[str]:
    """The one two-word name the text writes after the label's own honorific with the label's
    word first ("Ms. Lim Sreymom" for "MS. LIM"): a family name written first, as Cambodia,
    China or Hungary write theirs (a given name is never a label's word after "Ms.")."""
    pattern = rf"\b(?i:{re.escape(title.rstrip('.'))})\.? ((?i:{re.escape(surname)}) " \
        r"[A-ZÀ-ÖØ-Þ][\w'’-]+)(?![\w'’-]| [A-ZÀ-ÖØ-Þ])"
    return {display_name(m[1]) for m in re.finditer(pattern, text)
            if not is_role_word(m[1].split()[1]) and m[1].split()[1].lower() not in common_words()}


def _titled_words(words: list[str]) -> bool:
    """A title or a role word, then three words or more ("REP. KILLS IN SIGHT")."""
    return len(words) >= 4 and (words[0].lower().strip(".") in HONORIFICS
                                or is_role_word(words[0].strip(".")))


# A title, then initials, with stops or without, before a surname: "Mr L J Basson", "Ms E.N. X".
INITIALLED_MEMBER = r"\b(Mrs|Mr|Ms|Miss|Dr|Prof)\.? ((?:[A-Z]\.? ?){{1,3}}){}(?![\w'’-])"


def _initialled_member(label: str, surname: str, text: str) -> set[str]:
    """The names in initials the text writes after a title of the label's class for a title and
    a surname label ("Mr Basson" of "Members present: … Mr L J Basson (DA)"), as minutes and
    Hansards list members."""
    cls = label_class(label)
    pattern = INITIALLED_MEMBER.format(re.escape(surname))
    return {f"{m[1]} {' '.join(m[2].split())} {surname}" for m in re.finditer(pattern, text)
            if label_class(f"{m[1]} {surname}") == cls}


def _cast_entries(text: str) -> bool:
    """Whether a turn's text is cast entries only, a name or "Role: Name" each ("Marcel Koller.
    Player: Emam Ashour."; not "Karibu Njeri. Talk to us.")."""
    entries = [e.strip() for e in re.split(r"(?<=\w)\.(?:\s+|$)", text.strip()) if e.strip()]
    return bool(entries) and all(_names_only(e.split(": ", 1)[-1]) for e in entries)


def _cast_surname(surname: str, head: str) -> set[str]:
    """The names a header's cast entries give whole with this surname last, given names no list
    knows too ("Head coach: Marcel Koller. Player: Emam Ashour." for ASHOUR)."""
    entry = re.compile(rf"(?:^|: )((?:[A-ZÀ-ÖØ-Þ][\w'’-]+ ){{1,2}})(?i:{re.escape(surname)})"
                       r"(?=[.,;(]|\s*$)", re.M)
    common = common_words()
    return {" ".join([*m[1].split(), display_word(surname)]) for m in entry.finditer(head)
            if not any(is_role_word(w) or w.lower() in HONORIFICS or w.isupper()  # (a role:
                       or w.lower() in common and not is_given_name(w)  # "HARBOURMASTER X")
                       for w in m[1].split())}


ROYAL = frozenset("king queen prince princess emperor empress pope sultan emir sheikh".split())


def _untitled(name: str) -> str | None:
    """A found full name without the titles in front ("Captain Ann Roe"); None if no full name
    is left ("Pak Dukuh": an honorific and a role)."""
    words = name.split()
    while words and (words[0].rstrip(".") in TITLE_HEADS or words[0] in SOFT_HONORIFICS):
        words = words[1:]
    if len(words) == 1 and len(name.split()) == 2 and is_given_name(name.split()[0]) \
            and name.split()[0].lower() not in ROYAL:
        return name  # "Baron Waqa": a title's word that is his given name, the name whole
    return " ".join(words) if len(words) > 1 else None


def _own_intro(label: str, given: str, doc: Document) -> set[str]:
    """The full names with this given name a label's own turns say are theirs ("I'm Tom
    Fairweather-Cho", where another Tom is spoken of; "Hi, Tom Roe, Norvale Radio.")."""
    turns = [b.text for b in doc.blocks if b.kind == "turn" and b.speaker == label]
    found = {m[1] for m in SELF_INTRO.finditer("\n".join(turns))}
    if turns and (m := NAMED_FROM.match(turns[0])):  # "Kia ora, Ann Berg, Norvale Radio."
        found.add(m[1])
    return {n for n in found if fold(n.split()[0]) == fold(given)}


def _longer_written(label: str, name: SpeakerName, doc: Document) -> SpeakerName | None:
    """The one longer name a header or paragraph writes for a title and two words ("MR. REYES
    VILLANUEVA" is "Mr Julián Reyes Villanueva, of counsel"; "Cllr Collins Deasy" is "Michael
    Collins Deasy"): after a title, two words are a compound surname more often than a whole
    name; so are two words alone whose first no list knows as a given name ("SELAK RASPUDIĆ"
    of "Marija Selak Raspudić")."""
    # (two family names joined count as two: "El señor PUIGVERT I SOLER")
    words = [w for w in label_words(label) if w.lower() not in FAMILY_JOINERS]
    if len([w for w in name.name.split() if w.lower() not in FAMILY_JOINERS]) != 2 \
            or not (len(words) == 3 and (
            words[0].lower().strip(".") in HONORIFICS or is_role_word(words[0]))
            or len(words) == 2 and _surname_pair(words)
            and [fold(w) for w in words] == fold(name.name).split()
            or _seat_surnames(label, words, name.name)):
        return None
    text = "\n".join([doc.meta.title, *(b.text for b in doc.blocks if b.kind != "turn"),
                      *(b.text for b in lone_cast_lines(doc))])  # "Speakers: Ann Berg; …"
    found = {n for n in full_names(name.name.split(), text) if _longer(n, name)}
    if not found:  # the chair gives the floor in full: "Tiene la palabra … Ann Berg Lund."
        turns = "\n".join(b.text for b in doc.blocks if b.kind == "turn" and b.speaker != label)
        found = {n for n in full_names(name.name.split(), turns) if _longer(n, name)}
    return SpeakerName(found.pop(), True) if len(found) == 1 else None


def _longer(full: str, name: SpeakerName) -> bool:
    """A longer form of a two-word name; not one whose extra word in front is no given name when
    the name opens with one ("Sejmu Dorota Niedziela" of "wicemarszałek Sejmu Dorota
    Niedziela": the Sejm's deputy speaker)."""
    words = full.split()
    extra = words[:len(words) - len(name.name.split())]
    return len(words) > 2 and not (is_given_name(name.name.split()[0]) and any(
        not is_given_name(w) and w[-1:].islower() for w in extra))


def _spread(name: SpeakerName, doc: Document) -> SpeakerName | None:
    """The one longer form of a two-word label name the header writes ("Invitados: Ann Maria
    Berg Lund (portavoz)" for "PORTAVOZ (Ann Berg)")."""
    head = "\n".join([doc.meta.title, *(b.text for b in doc.blocks if b.kind != "turn")])
    found = {display_name(n) for n in spread_names(name.name, head)}
    return SpeakerName(found.pop(), True) if len(found) == 1 else None


def _seat_surnames(label: str, words: list[str], name: str) -> bool:
    """Two family names after a member's seat or office, as Spanish records write them ("El
    señor diputado ANN BERG", "El señor consejero de X (BERG LUND)"), no given name first."""
    held = office_holder(label)
    pair = held[1].split() if held else words[-2:]
    return len(pair) == 2 and [fold(w) for w in pair] == fold(name).split() \
        and _surname_pair(pair) and (held is not None or len(words) > 3 and (
            words[-3].lower().strip(".") in HONORIFICS or is_role_word(words[-3])))


def _surname_pair(words: list[str]) -> bool:
    """Two label words the first of which is no given name, role, title or plain word."""
    first = words[0].strip(".")
    return not (is_given_name(first) or is_role_word(first) or first.lower() in HONORIFICS
                or first.lower() in common_words() or is_place_name(first))


# A personal title before a name: "Dr. Tsegaye Bekele Woldemichael" in a header's list.
PERSONAL_TITLE = r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame)\.? "


def _uncut(label: str, name: SpeakerName, doc: Document) -> SpeakerName | None:
    """A label's first word its reading dropped as an organisation's ("Tsegaye Bekele
    Woldemichael" read as "Bekele Woldemichael") that the document writes, with the rest, after a
    personal title ("Dr. Tsegaye Bekele Woldemichael") or as a header's cast line gives a name
    ("Interviewer: Merit Okonjo Vance", a plain word first): the name is the whole label."""
    words = label_words(label)
    if len(words) != len(name.name.split()) + 1 or \
            [fold(w) for w in words[1:]] != fold(name.name).split():
        return None
    first = words[0]
    if not first[:1].isupper() or is_role_word(first) or first.lower().strip(".") in HONORIFICS \
            or first.title() in ORG_HEADS:
        return None
    whole = " ".join(display_word(w) for w in words)
    head = "\n".join([doc.meta.title, *(b.text for b in doc.blocks if b.kind != "turn")])
    if _cast_named(whole, head):
        return SpeakerName(whole, True)
    text = "\n".join([doc.meta.title, *(b.text for b in doc.blocks)])
    pattern = r"\s+".join(re.escape(w) for w in words)
    if first.lower() in common_words() or \
            re.search(rf"{PERSONAL_TITLE}(?i:{pattern})(?!\w)", text) is None:
        return None
    return SpeakerName(whole, True)


SURNAME_INITIAL = re.compile(r"[A-Z]\.?")


def _initialled(label: str, name: SpeakerName, doc: Document) -> SpeakerName | None:
    """A display name with the surname's initial ("Siobhan M", "Whitney L." on a video call):
    the one full name with that given name and initial that the label's own turns give ("Hi.
    Siobhan Mulcahy-Reyes.") or, failing that, the document writes."""
    words = name.name.split()
    if len(words) != 2 or not SURNAME_INITIAL.fullmatch(words[1]):
        return None
    turns = "\n".join(b.text for b in doc.blocks if b.kind == "turn" and b.speaker == label)
    own = _own_intro(label, words[0], doc)
    for text in (turns, "\n".join(b.text for b in doc.blocks)):
        found = {n for n in own | given_first(words[0], text)
                 if len(n.split()[-1]) > 2 and n.split()[-1][0] == words[1][0]}
        if found:
            return SpeakerName(found.pop(), True) if len(found) == 1 else None
    return None


def _given_label(label: str, name: SpeakerName) -> bool:
    """A one-word label that may be a given name: a known one, or a word no known surname
    ("ESME", "TAVITA"; not "SMITH")."""
    words = label_words(label)
    if _knighted(words) or _role_given(words):
        return True
    return not name.full and len(words) == 1 and (
        is_given_name(words[0]) or not is_surname(words[0]))


def _role_given(words: list[str]) -> bool:
    """"CHEF NORA", "COACH MIKE": a role, then a known given name (no honorific's surname)."""
    return len(words) == 2 and is_role_word(words[0]) and \
        words[0].lower().strip(".") not in HONORIFICS and is_given_name(words[1])


def _knighted(words: list[str]) -> bool:
    """"Sir Keir", "Dame Ann", "DATUK SERI KAMARUL": a knight's, a dame's or a Malay title goes
    with the given name."""
    return len(words) == 2 and words[0].lower() in ("sir", "dame") or \
        len(words) == 3 and honorific_pair(words[0], words[1])




def _rank(name: SpeakerName) -> int:
    if not name.full:
        return 2
    return 1 if len(fold(name.given)) <= 1 else 0


def _caps_given_names(first: Mapping[tuple[str, str], tuple[int, SpeakerName]], people: _People,
                      local: set[str]) -> bool:
    """Whether one-word labels in capitals ("LIDIA:", "TOMAS:") are given names here: two or
    more are the given names of the document's people, none is one of their surnames ("VOGEL:")
    and no label reads as a surname after an honorific ("Mr. Tomas")."""
    if any(_honoured_surname(label) for label, _ in first):
        return False
    words = {fold(label) for label, _ in first if len(label.split()) == 1 and label.isupper()}
    names = [n.split() for e in local for n in people.by_id[e].all_names if len(n.split()) > 1]
    return len(words & {fold(n[0]) for n in names}) >= 2 \
        and not words & {fold(n[-1]) for n in names}


def _honoured_surname(label: str) -> bool:
    """An honorific and one word: "Mr. Tomas", "DR. BERG"."""
    words = label_words(label)
    return len(words) == 2 and words[0].lower().strip(".") in HONORIFICS


def _resolve(label: str, name: SpeakerName, people: _People, local: set[str], turns: int,
             written: bool = False, caps_given: bool = False, cast: bool = False) -> str | None:
    """The person a label names: known by name, a same-document variant, or a new person;
    `cast`: a header's cast line gives the name whole, which vouches for it."""
    if normalise_name(name.name) in people.blocked:
        return None
    if _rank(name):
        in_doc = _in_document(name, people, local) or \
            _by_given_name(label, name, people, local, caps_given)
        if in_doc or not name.full:
            return in_doc
    key = normalise_name(name.name)
    if key in people.others and key not in people.known:
        return None
    longer = _longer_known(label, name, people, local)
    if longer:
        return longer
    if key in people.known:
        return people.pick(key, local)
    if _no_middle(name.name) in people.known:  # "Jennifer M. Granholm" is "Jennifer Granholm"
        return people.pick(_no_middle(name.name), local)
    in_doc = _in_document(name, people, local) or _registry_variant(name, people) or \
        _compound_tail(label, name, people, local)
    if in_doc:
        return in_doc
    if not (plausible(name, turns, label, written) or cast):
        return None
    return people.create(name)


def _cast_named(name: str, head: str) -> bool:
    """Whether a header's cast line keyed by a role gives the name whole ("Interviewer: Folly
    Bah Thibault", "Host: Ann Berg, Norvale FM"): a person, whatever plain words it has."""
    if len(name.split()) < 2 or any(is_place_name(w) for w in name.split()[1:]):
        return False
    key = re.compile(rf"(?:^|\n)[ \t]*([^\n:]{{1,40}}):[ \t]*(?:{PERSONAL_TITLE})?$")
    for m in _occurrences(name, head):
        line = key.search(head, max(0, m.start() - 60), m.start())
        if line and any(_role_or_roles(w) for w in line[1].split()) and \
                re.match(r"[ \t]*(?:[,;(]|$)", head[m.end():], re.M) and \
                not _role_entry(head, m):  # ("Chair: Ketua Desa, Suharyo": a role, its holder)
            return True
    return False


def _role_or_roles(word: str) -> bool:
    """A role word, or its plural keying a cast line of several ("Hosts: Ann Berg, Tom Roe")."""
    return is_role_word(word) or len(word) > 4 and word.endswith("s") and is_role_word(word[:-1])


def _in_document(name: SpeakerName, people: _People, local: set[str], whole: bool = False
                 ) -> str | None:
    """The one person of this document the name fits (a bare surname: the same surname);
    `whole`: only a person whose fitting name has a whole given name."""
    fits: dict[str, bool] = {}  # entity → whether the fitting name has a whole given name
    for entity_id in sorted(local):
        for other in people.by_id[entity_id].all_names:
            if len(other.split()) < 2:
                continue
            known = SpeakerName(other, True)
            same = compatible(name, known) or _initials_first(name, other) if name.full else \
                fold(name.surname) == fold(known.surname) or family_first(other, name.surname) \
                or _first_surname(other, name.surname)
            if same:
                # "Te Rangi" (a particle first) has no given name: "Aroha Te Rangi" has
                fits[entity_id] = fits.get(entity_id, False) or (
                    len(fold(known.given)) > 1 and known.given.lower() not in FAMILY_PARTICLES)
    named = {e for e, full in fits.items() if full}
    pool = named or set(() if whole else fits)  # "D. Valeyev": "Dinar Valeyev", not itself
    return next(iter(pool)) if len(pool) == 1 else None


def _initials_first(name: SpeakerName, full: str) -> bool:
    """"J.-P. Mulamba" of "Jean-Pierre Mulamba Kabeya": the initials of a hyphened given name,
    then the first of two family names."""
    letters = re.findall(r"[A-Z]", name.given)
    words = full.split()
    return len(letters) > 1 and "." in name.given and len(words) == 3 \
        and fold(words[1]) == fold(name.surname) \
        and [p[:1] for p in words[0].split("-")] == letters


def _first_surname(full: str, surname: str) -> bool:
    """Whether a surname label is the first of two family names ("Gilsanz" of "Óscar Gilsanz
    Caamaño", "Villalobos" of "Eduardo Villalobos Luis", "Lanza" of "Ofelia de la Lanza Ruiz"):
    a known given name, then the label (its particles aside), then a capitalised word no common
    one."""
    words = [w for w in full.split() if not (w.islower() and w in FAMILY_PARTICLES)]
    return len(words) == 3 and fold(words[1]) == fold(surname) and is_given_name(words[0]) \
        and not is_given_name(words[1]) and words[2][:1].isupper() \
        and words[2].lower() not in common_words()


def _by_given_name(label: str, name: SpeakerName, people: _People, local: set[str],
                   caps_given: bool = False) -> str | None:
    """A label that is one name word ("Tommy", "Dewi"; not "Mr. Graham", nor "GRAHAM" unless the
    document's capitals labels are given names) and no one's surname here: the one person of
    this document named so first."""
    words = label_words(label)
    if _knighted(words):
        words = words[-1:]
    if name.full or len(words) != 1 or words[0].isupper() and not caps_given:
        return None
    fits = {e for e in local for other in people.by_id[e].all_names
            if len(other.split()) > 1 and fold(other.split()[0]) == fold(name.name)}
    return fits.pop() if len(fits) == 1 else None


def _compound_tail(label: str, name: SpeakerName, people: _People, local: set[str]
                   ) -> str | None:
    """"MRS. TRAORÉ COULIBALY" after "H.E. MRS. AÏCHA TRAORÉ COULIBALY": an honorific and a
    compound surname, the end of the longer name of one person of this document."""
    if not honorific_surnames(label, name):
        return None
    tail = fold(name.name).split()
    fits = {e for e in local for other in people.by_id[e].all_names
            if len(fold(other).split()) > len(tail) and fold(other).split()[-len(tail):] == tail
            and not any(w.lower().strip(".") in HONORIFICS or is_role_word(w)
                        for w in other.split()[:-len(tail)])}  # "Shri Ann Berg" is no longer name
    return fits.pop() if len(fits) == 1 else None


def _registry_variant(name: SpeakerName, people: _People) -> str | None:
    """The one curated person whose name this is a spelling of ("Sergei" for "Sergey")."""
    ids = people.registry_surnames.get(fold(name.surname), set())
    return _in_document(name, people, set(ids)) if ids else None


def _longer_known(label: str, name: SpeakerName, people: _People, local: set[str]
                  ) -> str | None:
    """A known person whose longer name ends the label and starts with a given name."""
    words = label_words(label)
    if not fold(" ".join(words)).endswith(fold(name.name)):
        return None  # a holder the text gives ("M. le Président" of "Présidence de M. Ann Berg")
    for size in range(len(words), len(name.name.split()), -1):
        tail = words[-size:]
        entity_id = people.pick(normalise_name(" ".join(tail)), local)
        # Or a name of this very document, its first word no title ("SRI WAHYUNI HARTONO").
        if entity_id and (is_given_name(tail[0]) or entity_id in local and not (
                is_role_word(tail[0]) or tail[0].lower().strip(".") in HONORIFICS)):
            return entity_id
    return None
