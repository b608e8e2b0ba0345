"""Who a role label stands for from how the others speak to it, whatever the layout: the turn
after it thanks a name ("Thank you, Siobhán."), the turn before gives it the floor by name
("Walter, what does that look like?", "I call Ms Abena Owusu.", "And here's your host, Ann
Berg!") or calls it twice ("Mr Isbister, you may now speak."), a turn introduces a numbered seat
by its label ("Panellist 2 is Mr. Walter Nanuk Evan"), or a seat of its own says who it is
("Delegate (Tralee Branch): Seconding, President. Pádraig Ó Conchúir, Tralee."), as does one
asked for a name ("What's your name?" — "Ruth. Ruth Vandermolen."). A name said is read as the
one full name the document writes for it ("Siobhán Ryan-McNamara").

A call to come forward may be answered by a clerk first ("Doctor, please take the card"), so
one such call is not enough; a label of many people ("Audience Member", "CALLER") is named only
in the turn thanked, given the floor or asked; two names said to one label name no one."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..model import Block, Document
from ..speakers import (HONORIFICS, NUMBERED, asks, bare_label, common_words, is_given_name,
                        is_role_word, is_surname, person_name_shape)
from .names import SpeakerName, fold, person_part

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
# (and the titles of an office said before a name in address: "Coach Ann Berg, thank you.")
TITLE_WORDS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Revd", "Rev", "Councillor",
               "Cllr", "Senator", "Coach", "Captain", "Mayor", "Sheriff", "Judge")
_TITLE = rf"(?:{'|'.join(TITLE_WORDS)})\.?"
# What the others call a speaker: a given name, a title and a surname, or both names.
CALLED = rf"((?:{_TITLE} )?{_WORD}(?: {_WORD})?)"
# The next turn thanks the speaker: "Thank you, Siobhán.", "Thanks for having me, Ann.", "Good
# question, Jo." (not a greeting: "Good morning, Ms Berg" may greet one who has not spoken).
THANKS = re.compile(r"^(?:(?:Thank you|Thanks|Many thanks|Great question|Good question|"
                    r"Go raibh maith agat)"
                    r"(?: (?:very much|so much|indeed|for (?:having|inviting) (?:me|us)"
                    r"(?: here| on| today)?|for (?:that|the question)))?,? )"
                    + CALLED + r"(?:[.!;:]|,? (?:—|–|-)|, and\b|$)")
# The name first: "Dr Whitcombe, thank you." (not "Ann, thank you for calling", a caller's leave)
THANKED_FIRST = re.compile(r"^" + CALLED + r", (?:thank you|thanks)(?: (?:very much|so much|"
                           r"indeed))?[.!]")
# The turn before hands over in its last sentence: "Walter, what …?", "Mr Isbister, you may
# now speak as seconder.", "Right of reply, Nuala?".
HANDS_OVER = (re.compile(r"^" + CALLED + r", (?:[a-z][^.!?]*)[.?!]?$"),
              re.compile(r"^(?:Right of reply|Your response)[,:]? " + CALLED + r"[.?!]?$"))
# Words that give someone the floor, whoever the layout: "Go ahead, Ann.", "I call Ms Abena
# Owusu.", "Our next speaker is Ann Berg.", "And here's your host, Ann Berg!", "Next, Dev in
# Bradford."; "Ann, the floor is yours."
FLOOR = (re.compile(r"^(?:(?:Over|Back) to you|Go ahead|Your turn|Your question|Next|Next up|"
                    r"(?:And )?here(?:'s|’s| is)(?: (?:your|our) host)?|Let's (?:go|turn) to|"
                    r"(?:Please )?(?:welcome|join me in welcoming)(?: to the (?:stage|podium|"
                    r"studio|programme|program|show))?|Joining (?:me|us)(?: now)? (?:is|are)|"
                    r"I (?:now )?call(?: on| upon)?|(?:Our |The )?next (?:speaker|caller|"
                    r"questioner|contributor)(?: is)?|We(?:'ve|’ve| have) got)[,:]? " + CALLED
                    + r"(?:,? (?:on the line|from|in|of|with) [^.!?]*)?[.?!]?$"),
         re.compile(r"^" + CALLED + r", (?:go ahead|over to you|the floor is yours|you have the "
                    r"floor|your question|please go ahead|you may (?:now )?(?:speak|begin|"
                    r"proceed|respond|reply|ask))\b[^.!?]*[.?!]?$"))
# A label's own words in an introduction: "Panellist 2 is Mr. Walter Nanuk Evan".
INTRODUCES = r"\b(?i:{}) (?:is|will be) ((?:{} )?(?:{} ){{1,2}}{})"
# Roles of many people in one meeting: what is said to one of them says nothing of the rest.
MANY = frozenset("delegate delegates representative member members councillor senator "
                 "panellist panelist guest guests speaker participant voice voices "
                 "questioner caller patron patrons resident residents citizen commenter "
                 "public".split())
# A speaker's name and who they are, as a sentence of its own: "Revd Dr Ann Berg, Tralee."
STATED_SELF = re.compile(rf"(?:(?:{_TITLE}|Revd|Deacon|Canon|Father|Sister) )*"
                         rf"((?:{_WORD} |[A-Z]\. |Ó |Ní |Nic |Mac |de |van |ap ){{1,3}}{_WORD})"
                         r"(?:, ([^.!?;]{1,80}))?\.")
# Sentence ends, not a title's stop ("Dr.", "Prof."), and a dash's aside.
SENTENCES = re.compile(r"(?<=[a-z]{3}[.!?])(?<![Pp]rof\.)(?<!Revd\.)\s+|(?<=[\"”’)][.!?])\s+"
                       r"| (?:—|–) ")
ITS_ME = re.compile(rf"\b(?:[Ii]t's|[Ii]t’s|[Tt]his is) ((?:{_WORD} ){{1,2}}{_WORD})"
                    r"(?=[,.;!?]| here\b| from\b| calling\b)")
# A turn that asks for the next speaker's name: "What's your name?", "Please give your name".
ASKS_NAME = re.compile(r"\b(?:(?:what's|what’s|what is|give|state|tell (?:me|us)|have|get|take)"
                       r" (?:me |us )?your (?:full )?name|who am I speaking (?:to|with))\b", re.I)
# A name a sentence opens by speaking to ("Ruth, stay on the line"), not an apposition ("Ann
# Berg, the minister, said").
VOCATIVE = re.compile(r"(?:^|(?<=[.!?])\s+)" + CALLED + r", (?!(?:the|a|an|who|which|whose)\b)"
                      r"(?=[a-z])")
# Lower-case words of who a speaker on the floor says they are.
SELF_WORDS = frozenset("of the and for in at on from with lay branch ward district constituency "
                       "circuit parish diocese region county city town council union here "
                       "speaking".split())
YOU = re.compile(r"\b(?:you|your|yours)\b", re.I)
# The title a turn calls someone by, however written: "Doctor" is "Dr".
TITLE_OF = {"doctor": "dr", "professor": "prof", "councillor": "cllr", "reverend": "revd",
            "rev": "revd"}
INITIALS = re.compile(r"[A-Z]{2,3}")
STAGE_ONLY = re.compile(r"\s*(?:\[[^\[\]]*\]|\([^()]*\))\s*")  # "[applause]", "(laughter)"
INTERPRETING = re.compile(r"(?i)\b(?:interpreter|interpreting|translator|translation)\b")
LAST_SENTENCE = re.compile(r"(?:^|(?<=[.!?])\s+)([^.!?]+[.!?]?)\s*$")


def by_address(doc: Document, out: list[tuple[int, str, SpeakerName | None]],
               skip: set[int]) -> list[tuple[int, str, SpeakerName | None]]:
    """The turns whose role label names no one, named by how the others address them."""
    # "MEMBERS: [applause]" says nothing: the thanks after it are for the turn before it
    skip = skip | {i for i, _, _ in out if STAGE_ONLY.fullmatch(doc.blocks[i].text)}
    turns = [(i, label) for i, label, _ in out if i not in skip]
    # an interpreter answers what is said to the one they speak for ("Takumi, how is …?")
    open_labels = {label for i, label, name in out if i not in skip and _open(label, name)
                   and not INTERPRETING.search(label)}
    if not open_labels:
        return out
    said = _listen(doc.blocks, turns, open_labels)
    _not_others(doc.blocks, turns, said)
    said.voices.update(_introductions(doc, open_labels))
    for label in open_labels:  # a seat of its own: its first words may say who it is
        if _single(label) and (own := _own_names(doc.blocks, turns, label)):
            said.voices[label] |= own
            said.stated |= own
            said.own[label] = own.pop() if len(own) == 1 else ""  # two: no one
    _two_voices(doc.blocks, turns, open_labels, said)
    for i, name in said.answered.items():  # asked for a name, they gave it
        label = doc.blocks[i].speaker or ""
        if _single(label) and label not in said.own:
            said.voices[label].add(name)
            said.own[label] = name
    text = "\n".join([doc.meta.title, *(b.text for b in doc.blocks)])
    return _named(out, said, text, open_labels, skip)


def _two_voices(blocks: tuple[Block, ...], turns: list[tuple[int, str]], labels: set[str],
                said: Said) -> None:
    """In a conversation of two voices (an interview), the names one calls the other ("Ann, what
    happened next?") are the other's. Not for a label of many people: a phone-in's one "CALLER"
    label is caller after caller, some never named."""
    voices = {label for _, label in turns}
    if len(voices) != 2:
        return
    for label in voices & labels:
        if not _single(label):
            continue
        other = next(iter(voices - {label}))
        called = [m[1] for i, lab in turns if lab == other
                  for m in VOCATIVE.finditer(blocks[i].text)
                  if is_given_name(m[1].split()[0]) or m[1].split()[0].rstrip(".") in TITLE_WORDS]
        if called:
            said.called[label] = called


def _listen(blocks: tuple[Block, ...], turns: list[tuple[int, str]], labels: set[str]) -> Said:
    """What the turns around each turn of an open label say to it."""
    said = Said(defaultdict(set), defaultdict(set), defaultdict(set))
    for k, (i, label) in enumerate(turns):
        if label not in labels:
            continue
        after = turns[k + 1] if k + 1 < len(turns) else None
        before = turns[k - 1] if k else None
        # a line between that reads as a turn the reader did not take ("Hyphen Community
        # Liaison: Thank you, Wilma.") speaks between them: its words are not to this turn
        if after and (_unread_turn_between(blocks, i, after[0]) or
                      _chair_taken_between(blocks, i, after[0])):
            after = None
        if before and (_unread_turn_between(blocks, before[0], i) or
                       _chair_taken_between(blocks, before[0], i)):
            before = None
        text = blocks[after[0]].text.strip() if after else ""
        if after and after[1] != label and (m := THANKS.match(text) or THANKED_FIRST.match(text)):
            said.thanked[i].add(m[1])
        if before and before[1] != label:
            names, firm = _handed(blocks[before[0]])
            said.handed[i] |= {n for n in names if not _speaks_to(blocks[i].text, n)}
            if firm and said.handed[i]:
                said.floor.add(i)
            if _asks_name(blocks[before[0]].text) and (own := own_name(blocks[i].text, True)):
                said.answered[i] = own
    return said


# A record's note that someone else takes the chair: "[THE VICE-CHAIRMAN (DR. ANN BERG) in the
# Chair]": what is said after it is said to the new chair.
CHAIR_TAKEN = re.compile(r"(?i)\bin the chair\W*$")


def _chair_taken_between(blocks: tuple[Block, ...], start: int, end: int) -> bool:
    """Whether a note between two turns says the chair changed hands."""
    return any(CHAIR_TAKEN.search(b.text) for b in blocks[start + 1:end] if b.kind != "turn")


def _not_others(blocks: tuple[Block, ...], turns: list[tuple[int, str]], said: Said) -> None:
    """Leave out of a turn's thanks and calls the names another label's turns gave as their own
    ("CALLER: My name is Ann Berg …" / "GUEST: Sorry, Ann …" / "HOST: Thank you, Ann.")."""
    given: dict[str, set[str]] = defaultdict(set)  # first word of a name said as one's own
    for i, label in turns:
        if (own := own_name(blocks[i].text, True)) is not None:
            given[own.split()[0].casefold()].add(label)
    for heard in (said.thanked, said.handed):
        for i, names in heard.items():
            label = blocks[i].speaker
            heard[i] = {n for n in names
                        if not given.get(n.split()[0].casefold(), set()) - {label}}


UNREAD_LABEL = re.compile(r"^[A-Z][\w.'’()&-]*(?: [\w.'’()&-]+){0,5}: \S")


def _unread_turn_between(blocks: tuple[Block, ...], start: int, end: int) -> bool:
    """Whether a paragraph between two turns opens with a speaker label of its own."""
    return any(blocks[j].kind != "turn" and UNREAD_LABEL.match(blocks[j].text)
               for j in range(start + 1, end))


@dataclass
class Said:
    """What the others say to a label's turns: thanks after, a call before, an introduction."""

    thanked: dict[int, set[str]]
    handed: dict[int, set[str]]
    voices: dict[str, set[str]]  # label → names its introduction or its own words give
    floor: set[int] = field(default_factory=set)  # turns given the floor, not only called
    answered: dict[int, str] = field(default_factory=dict)  # turn → the name it gave, asked
    own: dict[str, str] = field(default_factory=dict)  # label → the name its own words give
    called: dict[str, list[str]] = field(default_factory=dict)  # label → the other voice's calls
    stated: set[str] = field(default_factory=set)  # names their bearers said: whole already


def _own_names(blocks: tuple[Block, ...], turns: list[tuple[int, str]], label: str) -> set[str]:
    """The names a label's turns give as their own: its first turn's, and for a seat in
    brackets ("MEMBER (Labour)") every turn's, as two members may share one."""
    seat = _seat(label)
    own = [own_name(blocks[i].text, seat) for i, lab in turns if lab == label]
    if not seat and own and own[0] and any(n and n != own[0] for n in own[1:]):
        return set()  # a later turn gives another name as its own: one label, many people
    return {n for n in (own if seat else own[:1]) if n}


def _seat(label: str) -> bool:
    """A role with a place, a branch or an outlet in brackets: "Delegate (Ballina Branch)"."""
    return re.search(r"\([A-Z]", label) is not None and not NUMBERED.match(bare_label(label)) \
        or ORDINAL.match(bare_label(label)) is not None


# A voice of many numbered by a word: "SECOND AUDIENCE MEMBER", "Third caller": one person.
ORDINAL = re.compile(r"(?i)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) "
                     r"[a-z]")


def own_name(text: str, seat: bool) -> str | None:
    """The name a speaker gives in their first sentences: "I'm Ann Berg", or a sentence of the
    name and who they are, no verb, no question ("Revd Ann Berg, lay representative, Kellin
    District.", "Ann Berg, Tralee.") for a seat on the floor ("Delegate (Tralee Branch)"); "Ann
    Berg, do you …?" speaks to someone."""
    from .patterns import REPORTED, SELF_INTRO

    if (m := SELF_INTRO.search(text[:300])) and person_name_shape(m[1]) and _name_like(m[1]):
        return m[1]
    if not seat:
        return None
    if (m := ITS_ME.search(text[:150])) and person_name_shape(m[1]) and _name_like(m[1]):
        return m[1]  # a caller: "Hello, yeah, it's Ann Berg, I run a restaurant"
    for sentence in SENTENCES.split(text[:300])[:3]:
        m = STATED_SELF.fullmatch(GREETING.sub("", sentence.strip()))
        if m and not REPORTED.search(m[2] or "") and _who_they_are(m[2] or "") \
                and person_name_shape(m[1]) and _name_like(m[1]):  # not "Hi Dewi."
            return m[1]
    return None


# A greeting or an answer's "yes" before a name stated as a sentence: "Hi, Ann Berg, Tralee."
GREETING = re.compile(r"^(?:Hi|Hello|Hey|Yeah|Yes|Good (?:morning|afternoon|evening))"
                      r"(?: there| everyone| all)?, (?=[A-ZÀ-ÖØ-Þ])")


def _who_they_are(text: str) -> bool:
    """Whether what follows a stated name says only who they are ("lay representative, Kellin
    District", "Ballina branch, proposing"): capitalised words, roles, connectors; no verb of a
    sentence about others ("…, and Ana Brix, Harbour Post, ask the same")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if YOU.search(text) or re.search(r"\band [A-ZÀ-ÖØ-Þ]\w+ [A-ZÀ-ÖØ-Þ]", text) and any(
            is_given_name(m[1]) for m in re.finditer(r"\band ([A-ZÀ-ÖØ-Þ]\w+) ", text)):
        return False
    return all(w[:1].isupper() or w in SELF_WORDS or is_role_word(w) or w.endswith("ing")
               for w in words)


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


def _asks_name(text: str) -> bool:
    """Whether a turn ends by asking the one it speaks to for their name ("What's your name?");
    a floor told to "state your name" before each question is many people."""
    m = LAST_SENTENCE.search(text.strip())
    return bool(m) and m[1].endswith("?") and ASKS_NAME.search(m[1]) is not None


def _handed(block: Block) -> tuple[set[str], bool]:
    """The name a turn hands the floor to in its last sentence, and whether it gives the floor
    (a question put to them, "go ahead"), not a call that another may answer ("come forward")."""
    m = LAST_SENTENCE.search(block.text.strip())
    if not m:
        return set(), False
    last = m[1].strip()
    given = {h[1] for p in FLOOR if (h := p.match(last))}
    if given:
        return given, True
    return {h[1] for p in HANDS_OVER if (h := p.match(last))}, last.endswith("?")


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
        inner = label.split("(", 1)[1].lstrip()
        return bool(head) and person_part(head) is None and not is_given_name(name.given) \
            and not INITIALLED.fullmatch(name.given) and \
            inner.split(" ", 1)[0].lower().strip(".") not in HONORIFICS  # "PIRMININKĖ (R.
        # JANKAUSKIENĖ)", "THE VICE-CHAIRMAN (DR. ANN BERG)": named
    return not name.full and bool(INITIALS.fullmatch(label)) and not is_given_name(label) \
        and not is_surname(label)


# A given name written as initials: "R.", "J.-P.", "A.B.".
INITIALLED = re.compile(r"(?:[A-ZÀ-ÖØ-Þ]\.[ -]?)+")


def _single(label: str) -> bool:
    """Whether all of a label's turns are one person's: a numbered voice, a role with its own
    bracket ("Delegate (Ballina Branch)"), or an office (not a questioner's, not one of many)."""
    bare = bare_label(label)
    if NUMBERED.match(bare) or ORDINAL.match(bare):
        return True
    key = " ".join(w for w in bare.lower().split() if w != "the")
    if re.search(r"\([A-Z]", label):  # a place, a branch, an outlet; not "(inaudible)"
        return True
    if re.search(r"\b(?:of|for) the\b", bare.lower()):
        return not asks(key)  # "SPEAKER OF THE HOUSE": an office, one holder
    if re.fullmatch(r"(?:chief|principal|keynote) \w+", key):
        return not asks(key)  # "CHIEF GUEST", "KEYNOTE SPEAKER": one of many's one holder
    return not asks(key) and not set(key.split()) & MANY


def _named(out: list[tuple[int, str, SpeakerName | None]], said: Said, text: str,
           labels: set[str], skip: set[int]) -> list[tuple[int, str, SpeakerName | None]]:
    """Each open label's turns named by what is said to them, where it says one person: thanks
    or an introduction, or a call before two of a label's turns (a clerk may answer a call
    once); a name said that the document gives no one full name blocks the label."""
    taken = {fold(n.name) for i, label, n in out
             if n is not None and n.full and (label not in labels or not _open(label, n))}
    words = {s for v in [*said.thanked.values(), *said.handed.values(), *said.voices.values(),
                         *said.called.values()] for s in v}
    resolved = {w: _full(w, text) for w in words if _name_like(w)}
    resolved.update({w: w for w in [*said.stated, *said.answered.values()]})
    evidence = _evidence(out, said, resolved, labels)
    result = []
    for i, label, name in out:
        found: set[str | None] = set()
        if i not in skip and label in labels and _open(label, name):
            if _single(label) and (said.own.get(label) or not _seat(label)):
                found = set(evidence.get(label, ()))  # (a seat: one who said who they are)
            else:  # one of many: this turn thanked or given the floor by name
                heard = said.thanked.get(i, set()) | (
                    said.handed.get(i, set()) if i in said.floor else set())
                found = {resolved[w] for w in heard if w in resolved}
                if i in said.answered:
                    found.add(said.answered[i])
        who = found.pop() if len(found) == 1 else None
        if who and fold(who) in taken:
            who = None  # another label names them already
        result.append((i, label, SpeakerName(who, True) if who else name))
    return result


def _evidence(out: list[tuple[int, str, SpeakerName | None]], said: Said,
              resolved: dict[str, str | None], labels: set[str]) -> dict[str, set[str | None]]:
    """Label → the full names said to a one-person label, where enough is said: thanks, an
    introduction or its own words, or two calls (a question put to them counts as two)."""
    names: dict[str, set[str | None]] = defaultdict(set)
    weight: dict[str, int] = defaultdict(int)
    for i, label, name in out:
        own = said.own.get(label)
        thanks = {_as_own(w, resolved, own) for w in said.thanked.get(i, ()) if w in resolved}
        handed = {_as_own(w, resolved, own) for w in said.handed.get(i, ()) if w in resolved}
        names[label] |= thanks | handed
        # a question put to the one called is answered by them; a call to come forward or to
        # speak may be answered by a clerk first ("Doctor, please take the card")
        weight[label] += 2 * bool(thanks) + (2 if handed and i in said.floor else len(handed))
        if label in labels and name is not None and not _open(label, name):
            names[label].add(name.name)  # a turn named otherwise: it must agree
    for label, voices in said.voices.items():
        names[label] |= {resolved[w] for w in voices if w in resolved}
        weight[label] += 2 * bool(voices)
    for label, called in said.called.items():  # one call each: a third person may be called
        names[label] |= {_as_own(w, resolved, said.own.get(label)) for w in called
                         if w in resolved}
        weight[label] += sum(w in resolved for w in called)
    return {label: found for label, found in names.items() if weight[label] > 1}


def _as_own(word: str, resolved: dict[str, str | None], own: str | None) -> str | None:
    """What was said, as a full name; a short form of a speaker's own given name is theirs
    ("Dev" to the caller who said "it's Devinder Sohal")."""
    found = resolved[word]
    if found is None and own and len(word.split()) == 1 and len(word) >= 3 \
            and fold(own.split()[0]).startswith(fold(word)):
        return own
    return found


def _name_like(said: str) -> bool:
    """Whether what is said to a speaker is a name ("Nuala", "Mr Isbister"), not a role or a
    word ("President", "Colleagues", "Conference")."""
    words = said.split()
    if words[0].rstrip(".") in TITLE_WORDS:
        words = words[1:]
    return bool(words) and not any(
        is_role_word(w) or w.lower().strip(".") in HONORIFICS
        or w.lower() in common_words() and not is_given_name(w) for w in words) \
        and not any(w.endswith(".") and len(w) > 3 for w in words[:-1])  # "Dėkoju. Motyvai":
    # a sentence ended there, no initial


def _full(said: str, text: str) -> str | None:
    """The one full name the document writes for what was said ("Walter" → "Walter Nanuk
    Evan", "Mr Isbister" → "Magnus Isbister"), or None."""
    from .fullnames import full_names, given_first

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
