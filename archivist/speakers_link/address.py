"""Who a role label stands for from how the others speak to it, whatever the layout: the turn
after it thanks a name ("Thank you, Siobhán."), the turn before puts a question to one by name
("Walter, what does that look like?") or calls one twice before its turns ("Right of reply,
Nuala?"), or a turn introduces a numbered seat by its label ("Panellist 2 is Mr. Walter Nanuk
Evan"). The name said is read as the one full name the document writes for it ("Siobhán
Ryan-McNamara"). A call to come forward may be answered by a clerk first ("Doctor, please take
the card"), so one such call is not enough; a label of many people ("Audience Member") is named
only in the turn thanked; two names said to one label name no one."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ..model import Block, Document
from ..speakers import (HONORIFICS, NUMBERED, asks, bare_label, common_words, is_given_name,
                        is_role_word, is_surname, person_name_shape)
from .names import SpeakerName, fold, person_part

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
TITLE_WORDS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Revd", "Rev", "Councillor",
               "Cllr", "Senator")
_TITLE = rf"(?:{'|'.join(TITLE_WORDS)})\.?"
# What the others call a speaker: a given name, a title and a surname, or both names.
CALLED = rf"((?:{_TITLE} )?{_WORD}(?: {_WORD})?)"
# The next turn thanks the speaker: "Thank you, Siobhán.", "Thanks, Ray —", "Good question, Jo."
THANKS = re.compile(r"^(?:(?:Thank you|Thanks|Many thanks|Great question|Good question|"
                    r"Go raibh maith agat)(?: (?:very much|so much|indeed))?,? )"
                    + CALLED + r"(?:[.!;:]|,? (?:—|–|-)|$)")
# The turn before hands over in its last sentence: "Walter, what …?", "Mr Isbister, you may
# now speak as seconder.", "Right of reply, Nuala?", "Over to you, Ann."
HANDS_OVER = (re.compile(r"^" + CALLED + r", (?:[a-z][^.!?]*)[.?!]?$"),
              re.compile(r"^(?:(?:Over|Back) to you|Go ahead|Right of reply|Your turn|"
                         r"Your response|Your question)[,:]? " + CALLED + r"[.?!]?$"))
# A label's own words in an introduction: "Panellist 2 is Mr. Walter Nanuk Evan".
INTRODUCES = r"\b(?i:{}) (?:is|will be) ((?:{} )?(?:{} ){{1,2}}{})"
# Roles of many people in one meeting: what is said to one of them says nothing of the rest.
MANY = frozenset("delegate delegates representative member members councillor senator "
                 "panellist panelist guest guests speaker participant voice voices "
                 "questioner caller".split())
# The title a turn calls someone by, however written: "Doctor" is "Dr".
TITLE_OF = {"doctor": "dr", "professor": "prof", "councillor": "cllr", "reverend": "revd",
            "rev": "revd"}
INITIALS = re.compile(r"[A-Z]{2,3}")
LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?])\s+)([^.!?]+[.!?]?)\s*$")


def by_address(doc: Document, out: list[tuple[int, str, SpeakerName | None]],
               skip: set[int]) -> list[tuple[int, str, SpeakerName | None]]:
    """The turns whose role label names no one, named by how the others address them."""
    turns = [(i, label) for i, label, _ in out if i not in skip]
    open_labels = {label for i, label, name in out if i not in skip and _open(label, name)}
    if not open_labels:
        return out
    thanked: dict[int, set[str]] = defaultdict(set)  # turn → names the next turn thanks
    handed: dict[int, set[str]] = defaultdict(set)  # turn → names the turn before calls
    blocks = doc.blocks
    for k, (i, label) in enumerate(turns):
        if label not in open_labels:
            continue
        after = turns[k + 1] if k + 1 < len(turns) else None
        before = turns[k - 1] if k else None
        if after and after[1] != label and (m := THANKS.match(blocks[after[0]].text.strip())):
            thanked[i].add(m[1])
        if before and before[1] != label:
            handed[i] |= {n for n in _handed(blocks[before[0]])
                          if not _speaks_to(blocks[i].text, n.rstrip("?"))}
    said = Said(thanked, handed, _introductions(doc, open_labels))
    text = "\n".join([doc.meta.title, *(b.text for b in doc.blocks)])
    return _named(out, said, text, open_labels, skip)


@dataclass
class Said:
    """What the others say to a label's turns: thanks after, a call before, an introduction."""

    thanked: dict[int, set[str]]
    handed: dict[int, set[str]]
    voices: dict[str, set[str]]  # label → names its introduction gives


def _speaks_to(text: str, called: str) -> bool:
    """Whether a turn opens by speaking to the one just called ("Doctor, please take the card"
    after "Dr Linthwaite, please come forward"): someone else answers the call."""
    m = re.match(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?),", text.strip())
    if not m:
        return False
    words = {w.rstrip(".").lower() for w in called.split()}
    opening = {w.rstrip(".").lower() for w in m[1].split()}
    titles = {TITLE_OF.get(w, w) for w in words}
    return bool(opening & words) or bool({TITLE_OF.get(w, w) for w in opening} & titles)


def _handed(block: Block) -> set[str]:
    """The name a turn hands the floor to in its last sentence."""
    m = LAST_SENTENCE.search(block.text.strip())
    if not m:
        return set()
    last = m[1].strip()
    asked = "?" if last.endswith("?") else ""  # a question put to them, not "come forward"
    return {h[1] + asked for p in HANDS_OVER if (h := p.match(last))}


def _introductions(doc: Document, labels: set[str]) -> dict[str, set[str]]:
    """Numbered labels a turn or the header introduces: "Panellist 2 is Dr Ann Berg"."""
    text = "\n".join(b.text for b in doc.blocks)
    out: dict[str, set[str]] = defaultdict(set)
    for label in labels:
        if not NUMBERED.match(bare_label(label)):
            continue
        pattern = INTRODUCES.format(re.escape(label), _TITLE, _WORD, _WORD)
        out[label] = {m[1] for m in re.finditer(pattern, text)}
    return out


def _open(label: str, name: SpeakerName | None) -> bool:
    """A label that names no one: a role, an office, a numbered voice, a role with a place or
    an outlet in brackets ("Delegate (Ballina Branch)"), or a role's initials ("DGS")."""
    if name is None:
        return bool(re.search(r"[A-Za-z]", label))
    if name.full and "(" in label:
        head = label.split("(")[0].strip()
        return bool(head) and person_part(head) is None and not is_given_name(name.given)
    return not name.full and bool(INITIALS.fullmatch(label)) and not is_given_name(label) \
        and not is_surname(label)


def _single(label: str) -> bool:
    """Whether all of a label's turns are one person's: a numbered voice, a role with its own
    bracket ("Delegate (Ballina Branch)"), or an office (not a questioner's, not one of many)."""
    bare = bare_label(label)
    if NUMBERED.match(bare):
        return True
    key = " ".join(w for w in bare.lower().split() if w != "the")
    if re.search(r"\([A-Z]", label):  # a place, a branch, an outlet; not "(inaudible)"
        return True
    return not asks(key) and not set(key.split()) & MANY


def _named(out: list[tuple[int, str, SpeakerName | None]], said: Said, text: str,
           labels: set[str], skip: set[int]) -> list[tuple[int, str, SpeakerName | None]]:
    """Each open label's turns named by what is said to them, where it says one person: thanks
    or an introduction, or a call before two of a label's turns (a clerk may answer a call
    once); a name said that the document gives no one full name blocks the label."""
    taken = {fold(n.name) for i, label, n in out
             if n is not None and n.full and (label not in labels or not _open(label, n))}
    words = {s for v in [*said.thanked.values(), *said.handed.values(), *said.voices.values()]
             for s in v}
    resolved = {w: _full(w.rstrip("?"), text) for w in words if _name_like(w.rstrip("?"))}
    names: dict[str, set[str | None]] = defaultdict(set)  # label → every name said to it
    strong: dict[str, int] = defaultdict(int)  # label → thanks and introductions
    calls: dict[str, int] = defaultdict(int)  # label → turns called before
    for i, label, name in out:
        thanks = {resolved[w] for w in said.thanked.get(i, ()) if w in resolved}
        handed = {resolved[w] for w in said.handed.get(i, ()) if w in resolved}
        names[label] |= thanks | handed
        strong[label] += bool(thanks)
        # a question put to the one called is answered by them; a call to come forward or to
        # speak may be answered by a clerk first ("Doctor, please take the card")
        calls[label] += 2 if any(w.endswith("?") for w in said.handed.get(i, ())) \
            else bool(handed)
        if label in labels and name is not None and not _open(label, name):
            names[label].add(name.name)  # a turn named otherwise: it must agree
    for label, voices in said.voices.items():
        names[label] |= {resolved[w] for w in voices if w in resolved}
        strong[label] += bool(voices)
    result = []
    for i, label, name in out:
        found: set[str | None] = set()
        if i not in skip and label in labels and _open(label, name):
            if _single(label):
                found = set(names[label]) if strong[label] or calls[label] > 1 else set()
            else:  # one of many: this turn thanked
                found = {resolved[w] for w in said.thanked.get(i, ()) if w in resolved}
        who = found.pop() if len(found) == 1 else None
        if who and fold(who) in taken:
            who = None  # another label names them already
        result.append((i, label, SpeakerName(who, True) if who else name))
    return result


def _name_like(said: str) -> bool:
    """Whether what is said to a speaker is a name ("Nuala", "Mr Isbister"), not a role or a
    word ("President", "Colleagues", "Conference")."""
    words = said.split()
    if words[0].rstrip(".") in TITLE_WORDS:
        words = words[1:]
    return bool(words) and not any(
        is_role_word(w) or w.lower().strip(".") in HONORIFICS
        or w.lower() in common_words() and not is_given_name(w) for w in words)


def _full(said: str, text: str) -> str | None:
    """The one full name the document writes for what was said ("Walter" → "Walter Nanuk
    Evan", "Mr Isbister" → "Magnus Isbister"), or None."""
    from .intro import full_names, given_first

    words = said.split()
    titled = words[0].rstrip(".") in TITLE_WORDS
    if titled:
        words = words[1:]
    if len(words) > 1:
        whole = " ".join(words)
        return whole if (titled or is_given_name(words[0])) and person_name_shape(whole) \
            else None
    found = full_names(words, text) if titled else given_first(words[0], text)
    names = {_untitled(n) for n in found if (part := person_part(n)) and part.full}
    return names.pop() if len(names) == 1 else None


def _untitled(name: str) -> str:
    """A name without the titles a text writes before it: "Revd Magnus Isbister"."""
    words = name.split()
    while len(words) > 2 and words[0].rstrip(".") in TITLE_WORDS:
        words = words[1:]
    return " ".join(words)
