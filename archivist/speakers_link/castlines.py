"""A role label named by the header's cast line keyed by its very words, whatever the language
or the layout: "Moderator: Lotte van der Heijden (programmer) · Director: Shirin Rad" for
MODERATOR and DIRECTOR (in Persian, via interpreter), "Interpreter (Persian–English): Dariush
Farahani" for INTERPRETER, "Bag darga (bag governor): Ts. Oyunbileg" for BAG DARGA. The key
must be the label's words (a gloss after a slash or in brackets aside) and give one person."""

from __future__ import annotations

import re
from collections import defaultdict

from ..model import Document
from ..speakers import HONORIFICS, asks, bare_label, is_given_name, is_role_word
from .fullnames import TITLES
from .hosts import HOST_NAMED, _guest_in
from .names import SpeakerName, fold, person_part
from .patterns import office_key
from .seats import NICKNAME, cast_people

Labelled = list[tuple[int, str, SpeakerName | None]]

# One entry of a cast line: its key, a colon, its value; several on a line split by "·" or "|".
ENTRY = re.compile(r"^([^\W\d_][^:\n]{0,60}?):\s+(\S.*)$")
ENTRIES = re.compile(r"\s+[·|•]\s+")
DASHED_ENTRY = re.compile(r"^([^\W\d_][^:\n–—]{0,60}?)\s+[–—]\s+(\S.*)$")
GLOSS = re.compile(r"\s*\([^()]*\)")
OF_BODY = re.compile(r"\s+of the [A-Z][\w ]{2,40}$")  # the body a role is of: "… of the Senate"
SENTENCE_END = re.compile(r"\b(\w+)[.!?]\s+\S")  # (not a title's stop: "Dr. Ann Berg")
# A patronymic initial and a given name, as Mongolia writes a person: "Ts. Oyunbileg".
INITIAL_NAME = re.compile(r"[A-Z][a-z]?\. [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{3,}")


def by_header_cast(doc: Document, out: Labelled, skip: set[int]) -> Labelled:
    """Each role label no reading named, named by the header cast entry keyed by its words."""
    first = min((i for i, _, _ in out if i not in skip), default=0)
    # (a cast line read as a turn: "Moderator: Ann Berg (programmer) · Director: Tom Roe")
    cast = set(_cast_turns(doc, out))
    header = [doc.meta.title, *(b.text for b in doc.blocks[:first] if b.kind != "turn"),
              *(f"{doc.blocks[i].speaker}: {doc.blocks[i].text}" for i in sorted(skip | cast)
                if i < first or i in cast)]
    held = _entries(header)
    if not held:
        return out
    skip = skip | cast
    # (or named as one word of its own, "Producer", that a cast line keys)
    named = {label for i, label, name in out if name is not None and i not in skip
             and not (not name.full and fold(name.name) in fold(bare_label(label)).split())}
    labels = {fold(bare_label(label)) for _, label, _ in out}  # (a station called: "JRCC Nuuk")
    found: dict[str, str] = {}
    for _, label, name in out:
        if label in named or label in found or asks(office_key(bare_label(label))):
            continue
        key = office_key(bare_label(label))
        people = held.get(key) or held.get(office_key(GLOSS.sub("", bare_label(label))))
        if people and len(people) == 1 and fold(next(iter(people))) not in labels:
            found[label] = next(iter(people))
    return [(i, label, SpeakerName(found[label], True) if label in found and i not in skip
             else name) for i, label, name in out]


def _cast_turns(doc: Document, out: Labelled) -> list[int]:
    """The turns that open the document as cast lines do, each a name and what they are."""
    found = []
    for i, _, _ in out:
        if not cast_person(ENTRIES.split(doc.blocks[i].text)[0]):
            break
        found.append(i)
    return found


def _entries(lines: list[str]) -> dict[str, set[str]]:
    """Each key of the cast entries (glosses aside: "Voorzitter / Chair" keys both words) and
    the people its entries give."""
    held: dict[str, set[str]] = defaultdict(set)
    for line in lines:
        for entry in ENTRIES.split(line):
            m = ENTRY.match(entry.strip()) or _dashed(entry.strip())
            person = cast_person(m[2]) if m else None
            if person is None:
                continue
            keys = {office_key(m[1])}
            for alt in m[1].split("/"):
                keys |= {office_key(alt), office_key(GLOSS.sub("", alt)),
                         office_key(OF_BODY.sub("", alt))}  # "Assistant Secretary of the Senate"
            for key in keys - {""}:
                held[key].add(person)
    return held


def _dashed(entry: str) -> re.Match[str] | None:
    """A cast entry keyed by a role before a dash: "Moderator — Dr. Ann Berg, Norvale
    University" (not "Ann Berg — Moderator": a name keys nothing)."""
    m = DASHED_ENTRY.match(entry)
    return m if m and person_part(m[1]) is None else None


def cast_person(value: str) -> str | None:
    """The one person a cast entry's value names, then only what they are ("Lotte van der
    Heijden (programmer)", "Hendrika (Rieke) van Oosten-Schipper, chair of the board"); not a
    sentence ("JRCC Nuuk, Aasiaat Radio. We have an overdue report": a radio call)."""
    if any(w.lower() not in HONORIFICS | TITLES and not re.fullmatch(r"[A-Z][a-z]?|[bcd]", w)
           for w in SENTENCE_END.findall(value)):  # (nor an initial's: "Ts. Oyunbileg"; nor
        # born, circa, died: "Ann Berg, b. 1938")
        return None
    head = re.split(r",\s|\s\(|\s[–—-]\s", NICKNAME.sub("", value.strip().rstrip(".")))[0]
    if len(head.split()) > 6:
        return None
    if INITIAL_NAME.fullmatch(head) and head.split(".")[0].lower() not in HONORIFICS | TITLES:
        return head
    people = cast_people(head)
    if len(people) != 1 or not head.endswith(people[0]) or re.search(r"\bI\b|\bI['’]", head):
        return None
    # (titles in front, not words said: "I'm Ann Berg, here with Tom Roe" is a turn)
    titles = head[:len(head) - len(people[0])].split()
    return people[0] if all(w[:1].isupper() and (not re.search(r"['’]", w) or is_role_word(w))
                            for w in titles) else None  # (but "Dato'", a title)


# A header's credit of who asked, in an interview of two voices: "Συνέντευξη / Interview: Ann Berg".
ASKED_BY = frozenset(("interview", "interviewer", "interviewed by", "questions", "interview by"))


def by_two_voices(doc: Document, out: Labelled, skip: set[int]) -> Labelled:
    """In a conversation of two labels, one named and one not (whatever words they are: "ВОДЕЩ"
    and "ГОСТ"), the other is the one person the named one's first turn introduces ("My guest is
    the mayor of Bansko, Ann Berg") or the header credits with the questions ("Interview: Ann
    Berg"), when that says one person who is not the named one."""
    keys: dict[str, set[str | None]] = defaultdict(set)
    for i, label, name in out:
        if i not in skip:
            keys[office_key(bare_label(label))].add(name.name if name and name.full else None)
    named = [k for k, names in keys.items() if None not in names and len(names) == 1]
    unnamed = [k for k, names in keys.items() if names == {None}]
    if len(keys) != 2 or len(named) != 1 or len(unnamed) != 1 or asks(unnamed[0]):
        return out  # ("QUESTION": whoever asks, not the interviewer the header names)
    host = next(iter(keys[named[0]]))
    own = [doc.blocks[i].text for i, label, _ in out if i not in skip
           and office_key(bare_label(label)) == named[0]]
    found = {g for g in [_guest_in(own[0])] if g}
    # (one who hands over to others by name speaks to several: "Next, Tom Roe" after "Ann Berg")
    said = {fold(p.name) for t in own for m in HOST_NAMED.finditer(t)
            if t[:m.start()].rstrip()[-1:] not in ("", ".", "?", "!")  # ("Will Bansko ask …?")
            and (p := person_part(m[2])) and p.full and is_given_name(p.given)}
    if not said <= {fold(f) for f in found} | {fold(host or "")}:
        found = set()
    header = [doc.meta.title, *(b.text for b in doc.blocks if b.kind != "turn")][:12]
    found |= {p for key, people in _entries(header).items() if key in ASKED_BY for p in people}
    found = {f for f in found if fold(f) != fold(host or "")}
    if len(found) != 1:
        return out
    other = found.pop()
    return [(i, label, SpeakerName(other, True) if i not in skip and
             office_key(bare_label(label)) == unnamed[0] else name) for i, label, name in out]
