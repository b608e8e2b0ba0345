"""Speaker labels → person entities: the linking stage for the turns of transcripts.

A turn's label ("Investigative Committee Chairman Alexander Bastrykin") carries a role in front
of a name; the person is the name. `person_part` takes it (the role stripped by
archivist.speakers.speaker_name, the one reading of labels); `link_speakers` maps every
turn of every document to a person entity: an existing one (same name, or in the same document
a compatible spelling or a bare surname), or a new detected person, because a label naming a
person is strong evidence of one even where detection missed the name in the running text.
Labels that are not people ("Question:", "Germany:", a sentence cut at a colon) stay unlinked.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from anyascii import anyascii
from rapidfuzz import fuzz
from slugify import slugify

from .model import Document, Entity
from .registry import normalise_name
from .speakers import (HONORIFICS, bare_label, common_words, display_word, is_common_phrase,
                       is_given_name, is_peer, is_role_word, label_kind, label_words,
                       office_holder, person_name_shape, speaker_name)
from .speakers import asks

log = logging.getLogger(__name__)

# "DIRECT EXAMINATION BY MR. SMITH:" and "ANN BERG, called as a witness …, testified": who asks
# the "Q" turns and who gives the "A" turns that follow.
EXAMINER = re.compile(r"\bBY ((?:MR|MS|MRS|DR)\.? [A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+)?):?$")
WITNESS = re.compile(r"^([A-Z][A-Z.’' -]+[A-Z]), (?:called as a witness|having been|being first|"
                     r"being duly|recalled as a witness|previously sworn)")
EXAMINED = {"q": "q", "a": "a", "witness": "a"}
NAME = r"((?:[A-ZÀ-ÖØ-Þ][\w'’.-]+ ){1,2}[A-ZÀ-ÖØ-Þ][\w'’-]+)"
INTRODUCED = frozenset("spokesman spokeswoman spokesperson moderator host co-host anchor presenter "
                       "interviewer narrator interviewee guest chair chairman chairwoman "
                       "chairperson convener convenor".split())
INTRODUCED_BY = {"moderator": "moderated", "host": "hosted", "presenter": "presented",
                 "interviewer": "interviewed", "narrator": "narrated", "chair": "chaired",
                 "chairman": "chaired", "chairwoman": "chaired", "chairperson": "chaired"}
# Roles that name their holder in their own ways, besides "Moderator: Ann Berg" and the like.
ROLE_PATTERNS = {
    "defendant": [r"\bv(?:s)?\. " + NAME],  # the caption: "UNITED STATES v. ANN BERG"
    "interviewee": [r"\b(?i:interview(?:ed)?|in conversation|a conversation) with " + NAME],
    "interviewer": [r"\b(?i:interview(?:ed)?|conducted) by " + NAME],
    "court": [],
}
INITIAL = re.compile(r"[A-Z]\.")
# Titles that, like an honorific, vouch that the capitalised words after them are a name.
TITLES = frozenset("prof professor hon honorable honourable rev reverend".split())
# The bench: "BEFORE THE HONORABLE ANN BERG", "Presiding: Judge Ann Berg", "Judge Ann Berg".
BENCH = re.compile(r"\b(?i:before|presiding):?(?: (?i:the))?(?: (?i:honou?rable|hon\.|"
                   r"chief|district|magistrate|circuit|judge|justice))+ " + NAME
                   + r"|\b(?i:judge|justice) " + NAME)
# A witness called in a turn: "The government calls Special Agent Ann Berg." The capitalised run
# after the verb is read as a label (roles dropped), so "calls Ann Berg to the stand" reads too.
CALLED = re.compile(r"\b(?:calls?|recalls?)(?: as (?:its|our|their) (?:next |first )?witness,?)?"
                    r" ((?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\.? ?){2,6})(?=[.,;]|$| to the stand| as )")
DEPONENT = re.compile(r"\b(?i:deposition) (?i:of) " + NAME)
# A questioner naming themself in one of the first two sentences, after a greeting or thanks:
# "I'm Ann Berg", "My name is Ann Berg", or the name then an outlet ("Ann Berg, Norvale Times.",
# "Ann Berg from Reuters") or "Ann Berg, I am a student here." A name then lower-case words
# ("Ann Berg, do you…") is someone addressed, not the questioner.
_OPEN = (r"(?:(?:[Hh]i|[Hh]ello|[Yy]es|[Tt]hanks?(?: you)?|[Gg]ood (?:morning|afternoon|evening))"
         r"[,.!]?\s+)?")
_SELF = r"((?:[A-ZÀ-ÖØ-Þ][\w'’-]+ |[A-Z]\. ){1,2}[A-ZÀ-ÖØ-Þ][\w'’-]+)"  # no "Tomas. Ann"
_OUTLET = r"[A-ZÀ-ÖØ-Þ][\w'’&.-]*(?: (?:of|the|for|and|de|del|&|[A-ZÀ-ÖØ-Þ][\w'’&.-]*))*"
# "Ann Berg, Minister of Harbours, said …?": someone the questioner speaks of, not themself.
REPORTED = re.compile(r"\?|\b(?:said|says|told|tells|asked|asks|announced|wrote|writes|claimed|"
                      r"claims|stated|argued|argues|reported|called|promised|warned|insisted|is|"
                      r"was|has|had|will|would)\b")
NAMED_SELF = re.compile(_OPEN + r"(?:(?:I'm|I’m|I am|[Mm]y name is|[Tt]his is) " + _SELF
                        + r"\b(?!['’-])|" + _SELF + r", (?:I am|I'm|I’m) )")
NAMED_FROM = re.compile(_OPEN + _SELF + r"(?:,| (?:from|with)(?: the)?) " + _OUTLET
                        + r"(?:[.,]\s|[.,]?$)")


@dataclass(frozen=True)
class SpeakerName:
    """The person part of a label: the name as it should read, and how much of it there is."""

    name: str
    full: bool  # given name (or initial) + surname; False: a surname alone

    @property
    def surname(self) -> str:
        """The last word of the name."""
        return self.name.split()[-1]

    @property
    def given(self) -> str:
        """The first word of a full name."""
        return self.name.split()[0] if self.full else ""


@functools.lru_cache(maxsize=4096)
def person_part(label: str) -> SpeakerName | None:
    """The person a speaker label names, without role words; None when it names no one."""
    # Whether a line opening in lower case is a turn is the reader's call; its name reads the same.
    if label_kind(label[:1].upper() + label[1:]) not in ("name", "short"):
        return None  # "Question", "Germany", "At Tunbridge Wells", a sentence cut at a colon
    name = speaker_name(label)
    if name is None:
        return None
    words = name.split()
    caps = name.isupper()  # "ED BALLS" reads "Ed Balls", initials kept: "J.K. ROWLING"
    return SpeakerName(" ".join(w.title() if caps and len(w) > 1 and "." not in w
                                else display_word(w) for w in words), len(words) > 1)


def plausible(name: SpeakerName, turns: int, label: str = "", written: bool = False) -> bool:
    """Whether a full name not known to the archive may open a new person page.

    It must start with a known given name or follow an honorific ("Shri Akhilesh Yadav"), or,
    when it does neither ("Fyodor" is not in the list), speak more than once or be written in the
    document's text as well ("EFUA MENSAH (GRAPHIC): Efua Mensah, Daily Graphic. …"), and
    contain no common word ("Tunbridge Wells" has "wells").
    """
    words = name.name.split()
    if is_given_name(words[0]) or _honoured(label, name) or is_peer(name.name):
        return True
    return (turns > 1 or written) and not any(is_common_phrase(w) for w in words)


def _honoured(label: str, name: SpeakerName) -> bool:
    """A label that is an honorific and the name alone: "SHRI AKHILESH YADAV", "Dr Ann Berg"."""
    words = label_words(label)
    return len(words) == len(name.name.split()) + 1 and words[0].lower().strip(".") in HONORIFICS


def fold(text: str) -> str:
    """A spelling-tolerant comparison form: ASCII, casefolded, no dots or hyphens."""
    return anyascii(text).casefold().replace(".", "").replace("-", " ").strip()


def compatible(a: SpeakerName, b: SpeakerName) -> bool:
    """Two full names of one person in one conversation: same surname, given name or initial."""
    s, t = fold(a.surname), fold(b.surname)
    if fuzz.ratio(s, t) < 85 or s.endswith("a") != t.endswith("a"):  # Petrov is not Petrova
        return False
    x, y = fold(a.given), fold(b.given)
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)) or \
        (min(len(x), len(y)) > 2 and fuzz.ratio(x, y) >= 75)


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
        entity = Entity(id=entity_id, name=name.name, type="person", origin="detected")
        self.by_id[entity_id] = self.new[entity_id] = entity
        self.known[normalise_name(name.name)] = {entity_id}
        self.known.setdefault(_no_middle(name.name), {entity_id})
        return entity_id


def link_speakers(documents: Iterable[Document], entities: Iterable[Entity],
                  doc_people: Mapping[str, set[str]], never_link: Iterable[str] = ()
                  ) -> SpeakerLinks:
    """Attribute every turn whose label names a person; `doc_people`: detected people per doc."""
    people = _People.of(entities, never_link)
    surfaces: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    turns: list[tuple[str, str, int]] = []
    for doc in sorted(documents, key=lambda d: d.id):
        local = set(doc_people.get(doc.id, ()))
        for block, entity_id, surface in _doc_turns(doc, people, local):
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


def _doc_turns(doc: Document, people: _People, local: set[str]
               ) -> list[tuple[int, str, str | None]]:
    """(block, person, surface to link in the text or None) for the turns of one document."""
    labelled = _named_turns(doc)
    # Bare surnames and initials may stand for a registry person the document names in full.
    local |= _named_in(doc, {fold(n.surname) for _, _, n in labelled if n and _rank(n)}, people)
    first: dict[tuple[str, str], tuple[int, SpeakerName]] = {}  # (label, name) → first turn
    for i, label, name in labelled:
        if name is not None and (label, name.name) not in first:
            first[label, name.name] = (i, _from_title(name, label, doc, local, people)
                                       or name)
    said = Counter(normalise_name(first[label, n.name][1].name) for _, label, n in labelled if n)
    # Whole names first, the most used first (a one-off spelling then joins it), then initials
    # and bare surnames, which lean on them. Each distinct label is resolved once.
    order = sorted(first, key=lambda key: (_rank(first[key][1]),
                                           -said[normalise_name(first[key][1].name)],
                                           first[key][0]))
    resolved: dict[tuple[str, str], str | None] = {}
    caps_given = _caps_given_names(first, people, local)
    text = functools.cache(lambda: "\n".join(b.text for b in doc.blocks).casefold())
    for key in order:
        name = first[key][1]
        written = name.full and name.name.casefold() in text()
        resolved[key] = _resolve(key[0], name, people, local, said[normalise_name(name.name)],
                                 written, caps_given)
        if resolved[key]:
            local.add(resolved[key])
    return [(i, resolved[label, name.name], name.name if name.full else None)
            for i, label, name in labelled if name is not None and resolved[label, name.name]]


def _named_turns(doc: Document) -> list[tuple[int, str, SpeakerName | None]]:
    """(block, label, person it names) of each labelled turn. An office alone ("The Prime
    Minister") names the holder that the office's last bracketed label gave ("The Prime Minister
    (Keir Starmer)"): Hansard names the holder once, and again when the chair changes. In an
    examination, "Q" is the lawyer of the last "BY MR. SMITH:" line and "A" (or "THE WITNESS")
    the witness of the last "ANN BERG, having been duly sworn" line, or the one a lawyer calls,
    or the deponent. A questioner ("Question", "JOURNALIST (Outlet)") is who they say they are."""
    if not any(b.kind == "turn" for b in doc.blocks):
        return []
    holders = _introduced(doc)
    deponent = _deponent(doc)
    if deponent:
        holders.setdefault("a", deponent)
    spoken: set[str] = set()  # surnames of the people who have spoken so far
    out = []
    for i, block in enumerate(doc.blocks):
        if block.kind != "turn" or not block.speaker:
            if ("BY " in block.text and (m := EXAMINER.search(block.text))) or \
                    (m := WITNESS.match(block.text)):
                holders["q" if m.re is EXAMINER else "a"] = m[1]
            continue
        out.append((i, block.speaker, _turn_name(block.speaker, block.text, holders, spoken)))
        if "call" in block.text and (called := _called(block.text)):
            holders["a"] = called
    return out


def _turn_name(label: str, text: str, holders: dict[str, str], spoken: set[str]
               ) -> SpeakerName | None:
    """The person one turn's label names, its office's holder, or a questioner's own name."""
    key = _office_key(bare_label(label))
    key = EXAMINED.get(key, key)
    asking = asks(key)
    held = office_holder(label)
    if held and not asking:  # an office has one holder; "Reporter (Ann Berg)" is one of many
        holders[_office_key(held[0])] = label
    name = person_part(label)
    if name is None and key in holders:
        return person_part(holders[key])
    if name is None and asking:
        name = _bracketed(label) or _self_named(text)
        # someone who has spoken, addressed: "Ann Berg, Norvale fans ask…"
        return None if name and fold(name.surname) in spoken else name
    if name is not None:
        spoken.add(fold(name.surname))
    return name


def _bracketed(label: str) -> SpeakerName | None:
    """The questioner a label names in brackets: "Q (Ann Berg, Reuters)", "JOURNALIST (Ann
    Berg)"; a full name starting with a known given name."""
    match = re.search(r"\(([^()]+)\)", label)
    part = person_part(match[1].split(", ")[0].strip()) if match else None
    return part if part and part.full and is_given_name(part.given) else None


def _self_named(text: str) -> SpeakerName | None:
    """The full name a questioner gives in the first two sentences of a turn ("Thank you. Ann
    Berg, Norvale Times. Minister, …"), starting with a known given name; None unless one."""
    found = set()
    for sentence in re.split(r"(?<=[.!?])\s+", text[:300])[:2]:
        names = [n for n in re.findall(_SELF, sentence)
                 if is_given_name(n.split()[0]) and person_name_shape(n)]
        if len(names) != 1:
            continue  # two names: no telling
        if m := NAMED_SELF.match(sentence):
            found.add(m[1] or m[2])
        elif (m := NAMED_FROM.match(sentence)) and not REPORTED.search(sentence):
            found.add(m[1])
    names = {part for n in found if (part := person_part(n)) and part.full
             and is_given_name(part.given) and part.name == n}
    return names.pop() if len(names) == 1 else None


def _called(text: str) -> str | None:
    """The witness a turn calls ("The government calls Special Agent Ann Berg."), as a label."""
    match = CALLED.search(text)
    part = person_part(match[1].strip()) if match else None
    return part.name if part and part.full and is_given_name(part.given) else None


def _introduced(doc: Document) -> dict[str, str]:
    """Conversational roles that label turns ("Spokesman:", "MODERATOR:") and the one person
    the document's own text introduces in them ("… by Ann Berg, Spokesman for …", "moderator
    Ann Berg", "moderated by Ann Berg"). Titles that front many names ("President",
    "Chairman") are left alone in the text, but the document's title may give their holder
    ("Remarks by President Ann Berg": THE PRESIDENT). An interview's "A" is its interviewee."""
    roles = {_office_key(bare_label(b.speaker)) for b in doc.blocks
             if b.kind == "turn" and b.speaker and person_part(b.speaker) is None}
    if not roles:
        return {}
    text = "\n".join([doc.meta.title, *(b.text for b in doc.blocks if b.kind != "turn")])
    out = _titled(doc)
    for role in sorted(roles - set(out)):
        if role in INTRODUCED or role in ROLE_PATTERNS:
            found = _one_name(_role_patterns(role), text)
        elif role == "a":
            found = _one_name(ROLE_PATTERNS["interviewee"], text)
        elif all(is_role_word(w) for w in role.split()) and not asks(role):
            found = _one_name([rf"\b(?i:{re.escape(role)}) {NAME}"], doc.meta.title)
        else:
            found = None
        if found:
            out[role] = found
    return out


def _titled(doc: Document) -> dict[str, str]:
    """Offices that label a full name ("MAYOR ANN BERG:", then "THE MAYOR:"), each held by one
    person in the document (by surname: "MAYOR BERG:" is her too): office → that label."""
    holders: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for block in doc.blocks:
        if block.kind != "turn" or not block.speaker or office_holder(block.speaker):
            continue
        name = person_part(block.speaker)
        words = label_words(block.speaker)
        if name is None or len(words) <= len(name.name.split()):
            continue
        office = _office_key(" ".join(words[:-len(name.name.split())]))
        if office and all(is_role_word(w) for w in office.split()):
            holders[office].add(fold(name.surname))
            if name.full:
                labels.setdefault(office, block.speaker)
    return {office: labels[office] for office, surnames in holders.items()
            if len(surnames) == 1 and office in labels}


def _role_patterns(role: str) -> list[str]:
    """How a text introduces the holder of a role: "Ann Berg, the moderator", "Moderator Ann
    Berg", a cast line "Moderator: Ann Berg, …", "Ann Berg (Chair)", "moderated by Ann Berg",
    and the role's own ways (a court's bench, a caption's defendant)."""
    if role == "court":  # the court speaks through its judge
        return [BENCH.pattern]
    patterns = [rf"{NAME},? (?:the |our )?(?i:{role})\b", rf"\b(?i:{role}):? {NAME}",
                rf"{NAME} \((?i:{role})\)", *ROLE_PATTERNS.get(role, ())]
    if role in INTRODUCED_BY:  # "a panel moderated by Ann Berg"
        patterns.append(rf"\b(?i:{INTRODUCED_BY[role]}) by {NAME}")
    return patterns


def _one_name(patterns: Iterable[str], text: str) -> str | None:
    """The one full name (a known given name first) these patterns find in a text, or None."""
    found = {next(g for g in m.groups() if g) for pattern in patterns
             for m in re.finditer(pattern, text)}
    names = {n for n in found if (part := person_part(n)) and part.full
             and is_given_name(part.given)}
    return names.pop() if len(names) == 1 else None


def _deponent(doc: Document) -> str | None:
    """The witness a deposition is of ("DEPOSITION OF ANN BERG"), who gives its "A" turns
    until a sworn line or a lawyer calls another."""
    text = "\n".join([doc.meta.title, *(b.text for b in doc.blocks[:12] if b.kind != "turn")])
    found = {m[1] for m in DEPONENT.finditer(text)}
    names = {n for n in found if (part := person_part(n)) and part.full
             and is_given_name(part.given)}
    return names.pop() if len(names) == 1 else None


def _no_middle(name: str) -> str:
    """A normalised name without middle initials: "Jennifer M. Granholm" → "jennifer granholm"."""
    words = name.split()
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if not INITIAL.fullmatch(w)), words[-1]]
    return normalise_name(" ".join(words))


def _office_key(office: str) -> str:
    """An office as compared: casefolded, spaces collapsed, without "The"."""
    words = office.casefold().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _from_title(name: SpeakerName, label: str, doc: Document, local: set[str], people: _People
                ) -> SpeakerName | None:
    """A bare surname label ("MS. WHITLOCK:", "MR. NYARKO AMPEM:") whose full name only the
    title gives ("Press Briefing by Press Secretary Dana Whitlock") or, failing that, a heading
    or paragraph of the document ("STATEMENT OF HON. DANA M. WHITLOCK", "Present: Dr. Ann Ato
    Berg, Minister"), when no detected person has that surname."""
    compound = name.full and _honorific_surnames(label, name)
    if (name.full and not compound) or (not compound and _in_document(name, people, local)):
        return None
    surname = name.name.split() if compound else [name.surname]
    caps = label_words(label)[-1].isupper()
    found = _full_names(surname, doc.meta.title, caps)
    if not found:
        text = "\n".join(b.text for b in doc.blocks if b.kind != "turn")
        found = _full_names(surname, text, caps)
    return SpeakerName(found.pop(), True) if len(found) == 1 else None  # two: no telling


def _honorific_surnames(label: str, name: SpeakerName) -> bool:
    """"MR. NYARKO AMPEM": an honorific, then two words that do not start with a known given
    name: a compound surname, maybe, that the document may give in full ("Thomas Nyarko Ampem")."""
    words = label_words(label)
    return len(words) == 3 and words[0].lower().strip(".") in HONORIFICS \
        and len(name.name.split()) == 2 and not is_given_name(name.given)


def _full_names(surname: list[str], text: str, caps: bool = False) -> set[str]:
    """The full forms of a surname in a text, as a page shows them: given names (and initials)
    before it, a known given name first or an honorific in front ("Dr. Ann Ato Berg"); or, for a
    surname in capitals, family name first as Japanese documents write it ("BERG Anna")."""
    raw = text.split()
    words = [w.strip(",:;()\"'“”‘’") for w in raw]
    words = [w if INITIAL.fullmatch(w) else w.strip(".") for w in words]
    ends = [w[-1:] in ",:;.)\"”’" and not INITIAL.fullmatch(words[i]) for i, w in enumerate(raw)]
    key, size = [fold(w) for w in surname], len(surname)
    found = set()
    for i in range(len(words) - size + 1):
        if [fold(w) for w in words[i:i + size]] != key or any(ends[i:i + size - 1]):
            continue
        run = _given_run(words, ends, i)
        if run:
            found.add(" ".join(display_word(w) for w in [*run, *words[i:i + size]]))
        after = i + size
        if caps and not run and words[i].isupper() and not ends[after - 1] and after < len(words) \
                and _family_first(words[after]):
            found.add(" ".join(display_word(w) for w in [*words[i:after], words[after]]))
    return found


def _given_run(words: list[str], ends: list[bool], i: int) -> list[str]:
    """The given names (and initials) written before position i: up to three name words, the
    first a known given name, or all of them when an honorific comes before ("Dr. Ann Ato")."""
    common = common_words()
    j = i
    while j > 0 and i - j < 3 and not ends[j - 1] and (INITIAL.fullmatch(words[j - 1]) or (
            words[j - 1][:1].isupper() and not is_role_word(words[j - 1])
            and words[j - 1].lower() not in HONORIFICS
            and (is_given_name(words[j - 1]) or words[j - 1].lower() not in common))):
        j -= 1
    before = words[j - 1] if j > 0 else ""
    if j < i and not INITIAL.fullmatch(words[j]) and (
            before.lower() in HONORIFICS | TITLES or is_role_word(before)):
        return words[j:i]
    while j < i and not (is_given_name(words[j]) and words[j][:1].isupper()):
        j += 1
    return words[j:i]


def _family_first(word: str) -> bool:
    """A given name after a family name in capitals ("KITAMURA Toshihiro"): a capitalised word,
    not in capitals, no role, no common word."""
    return bool(re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+", word)) and not is_role_word(word) \
        and (is_given_name(word) or word.lower() not in common_words())


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
             written: bool = False, caps_given: bool = False) -> str | None:
    """The person a label names: known by name, a same-document variant, or a new person."""
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
    in_doc = _in_document(name, people, local) or _registry_variant(name, people)
    if in_doc:
        return in_doc
    if not plausible(name, turns, label, written):
        return None
    return people.create(name)


def _in_document(name: SpeakerName, people: _People, local: set[str]) -> str | None:
    """The one person of this document the name fits (a bare surname: the same surname)."""
    fits: dict[str, bool] = {}  # entity → whether the fitting name has a whole given name
    for entity_id in sorted(local):
        for other in people.by_id[entity_id].all_names:
            if len(other.split()) < 2:
                continue
            known = SpeakerName(other, True)
            same = compatible(name, known) if name.full else \
                fold(name.surname) == fold(known.surname)
            if same:
                fits[entity_id] = fits.get(entity_id, False) or len(fold(known.given)) > 1
    whole = {e for e, full in fits.items() if full}
    pool = whole or set(fits)  # "D. Valeyev" goes to "Dinar Valeyev" rather than to itself
    return next(iter(pool)) if len(pool) == 1 else None


def _by_given_name(label: str, name: SpeakerName, people: _People, local: set[str],
                   caps_given: bool = False) -> str | None:
    """A label that is one name word ("Tommy", "Dewi"; not "Mr. Graham", nor "GRAHAM" unless the
    document's capitals labels are given names) and no one's surname here: the one person of
    this document named so first."""
    words = label_words(label)
    if name.full or len(words) != 1 or words[0].isupper() and not caps_given:
        return None
    fits = {e for e in local for other in people.by_id[e].all_names
            if len(other.split()) > 1 and fold(other.split()[0]) == fold(name.name)}
    return fits.pop() if len(fits) == 1 else None


def _registry_variant(name: SpeakerName, people: _People) -> str | None:
    """The one curated person whose name this is a spelling of ("Sergei" for "Sergey")."""
    ids = people.registry_surnames.get(fold(name.surname), set())
    return _in_document(name, people, set(ids)) if ids else None


def _longer_known(label: str, name: SpeakerName, people: _People, local: set[str]
                  ) -> str | None:
    """A known person whose longer name ends the label and starts with a given name."""
    words = label_words(label)
    for size in range(len(words), len(name.name.split()), -1):
        tail = words[-size:]
        entity_id = people.pick(normalise_name(" ".join(tail)), local)
        if entity_id and is_given_name(tail[0]):
            return entity_id
    return None
