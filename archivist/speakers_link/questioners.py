"""A questioner's label named by what the questioner says or the label's brackets: "I'm Ann
Berg", "Ann Berg, Norvale Times.", "It's Councillor Ann Berg from Redcliff", "Q (Ann Berg,
Reuters)", "GUEST (Adebayo-Lawal)"."""

from __future__ import annotations

import re

from ..speakers import (NUMBER_WORDS, OUTLET_HEADS, OUTLETS, asks, bare_label, common_words,
                        is_given_name, is_place_name, person_name_shape, unlisted_name)
from .names import SpeakerName, person_part
from .patterns import _OUTLET, NAMED_FROM, REPORTED, _OPEN, _SELF, office_key

# "LINE 1", "LINE TWO": a phone-in's caller
NUMBERED_ASKER = re.compile(r"(?:caller|questioner|audience member|line|public comment|"
                            rf"commenter|member of the public) ?(?:\d{{1,2}}|{NUMBER_WORDS})")
# "Latoya Pruitt, I live on Ellis Boulevard.": a name, then what the speaker does or where they
# live (a name addressed goes on otherwise: "Ann Berg, I'm asking you …").
NAME_THEN_LIFE = re.compile(_OPEN + _SELF + r", I (?:live|work|teach|run|own|represent|farm)\b")
SELF_TITLE = re.compile(r"(?<=\bis )(?:Dr|Prof|Mr|Mrs|Ms)\.? (?=[A-Z])")
# Titles a caller may give with their name ("it's Councillor Ann Berg").
CALLER_TITLES = ("Councillor", "Cllr", "Mayor", "Reverend", "Rev", "Pastor", "Father", "Sister",
                 "Chief", "Senator", "Dr", "Prof", "Professor", "Mr", "Mrs", "Ms")
CALLER_TITLE = re.compile(r"\b(?:" + "|".join(CALLER_TITLES) + r")\.? (?=[A-Z])")
# "I am", "my name is" in other languages a caller may open with: Swahili "Mimi ni", "Jina langu
# ni"; Spanish, Portuguese, French, Italian, German.
SELF_ABROAD = (r"[Mm]imi ni|[Jj]ina langu ni|[Mm]e llamo|[Mm]i nombre es|[Mm]eu nome é|"
               r"[Jj]e m['’]appelle|[Mm]on nom est|[Mm]i chiamo|[Ii]ch heiße|[Mm]ein Name ist")
NAMED_SELF = re.compile(_OPEN + rf"(?:(?:I'm|I’m|I am|[Mm]y name is|[Tt]his is|{SELF_ABROAD}) "
                        + _SELF
                        + r"\b(?!['’-])|" + _SELF + r", (?:I am|I'm|I’m) "
                        + r"|(?:[Ii]t's|[Ii]t’s|[Ii]t is) " + _SELF + r" here\b"
                        # "It's Bridie here, Bridie Costello from outside Ballymahon."
                        + r"|(?:[Ii]t's|[Ii]t’s|[Ii]t is) [A-Z][a-z]+ here, " + _SELF
                        # "Morning Darla, it's Councillor Ann Berg from Redcliff."
                        + r"|(?:[Ii]t's|[Ii]t’s|[Ii]t is) (?:(?:" + "|".join(CALLER_TITLES)
                        + r")\.? )?" + _SELF + r"(?= from | in |[.,!]|$))")


def _bracketed(label: str) -> SpeakerName | None:
    """The questioner a label names in brackets: "Q (Ann Berg, Reuters)", "JOURNALIST (Ann
    Berg)"; a full name starting with a known given name."""
    match = re.search(r"\(([^()]+)\)", label)
    if match and re.match(r"[A-Z]{2,}\b", match[1]):
        return None  # "ANALYST (UOB Kay Hian)": a firm's name opens with its initials
    written = match[1].split(", ")[0].strip() if match else ""
    if " " not in written:
        return None  # "Journalist (NikVesti)": an outlet's name glued in one word, no person's
    part = person_part(written)
    return part if part and part.full and is_given_name(part.given) else None


def bracketed_alike(out: list[tuple[int, str, SpeakerName | None]]
                    ) -> list[tuple[int, str, SpeakerName | None]]:
    """A questioner's bracket with a name no list knows, then an outlet ("JOURNALIST (Elchin
    Mammadli, APA)"), where another bracket of that role names one by a known given name
    ("JOURNALIST (Deniz Kaya-Öztürk, TRT World)"): the document's way of naming its askers."""
    strict = {office_key(bare_label(label)) for _, label, name in out
              if name is not None and asks(office_key(bare_label(label)))
              and _bracketed(label) == name}
    result = []
    for i, label, name in out:
        key = office_key(bare_label(label))
        if name is None and key in strict and (m := re.search(r"\(([^()]+)\)", label)):
            parts = [p.strip() for p in m[1].split(",")]
            part = person_part(parts[0])
            if len(parts) == 2 and part and part.full and part.name == parts[0] and \
                    unlisted_name(parts[0]) and _outlet(parts[1]):
                name = part
        result.append((i, label, name))
    return result


def bracketed_addressed(out: list[tuple[int, str, SpeakerName | None]], answers: dict[int, str]
                        ) -> list[tuple[int, str, SpeakerName | None]]:
    """A questioner's bracket with a name no list knows, then where they are from or write for
    ("CALLER (Ann Berg, Redcliff)"), whose given name the next turn answers ("I hear you,
    Ann."): the answer vouches for the name."""
    vouched: dict[str, SpeakerName] = {}
    for i, label, name in out:
        m = re.search(r"\(([^()]+)\)", label)
        parts = [p.strip() for p in m[1].split(",")] if m else []
        part = person_part(parts[0]) if len(parts) == 2 else None
        if name is None and part and part.full and part.name == parts[0] and \
                asks(office_key(bare_label(label))) and unlisted_name(parts[0]) and \
                addressed(part.given, answers.get(i, "")):
            vouched[label] = part
    # one answer vouches for the label's name at each of its turns: the label names them all
    return [(i, label, vouched.get(label) if name is None else name) for i, label, name in out]


def addressed(given: str, text: str) -> bool:
    """Whether a text calls someone by this given name ("I hear you, Ann.", "Ann, thank you")."""
    return re.search(rf"(?:^|\n|, ){re.escape(given)}[.,!?]", text) is not None


def numbered_throughout(out: list[tuple[int, str, SpeakerName | None]]
                        ) -> list[tuple[int, str, SpeakerName | None]]:
    """A numbered asker ("Audience Member 2", "CALLER 3") is one person in all their turns: the
    one name a later turn gives ("Bill Roe, from Deming.") names the earlier ones too."""
    names: dict[str, set[str]] = {}
    for _, label, name in out:
        key = office_key(bare_label(label))
        if name is not None and NUMBERED_ASKER.fullmatch(key):
            names.setdefault(key, set()).add(name.name)
    result = []
    for i, label, name in out:
        found = names.get(office_key(bare_label(label)), set())
        result.append((i, label, SpeakerName(next(iter(found)), True)
                       if name is None and len(found) == 1 else name))
    return result


def _outlet(text: str) -> bool:
    """An outlet's initials or name ("APA", "Norvale Times", "Radio Kessing"), no place."""
    words = text.split()
    return bool(re.fullmatch(r"[A-Z][A-Z&]{1,5}", text)) or any(
        w.lower() in OUTLETS or w.lower() in OUTLET_HEADS for w in words)


# Roles one of several people fills, whose brackets tell them apart by surname.
SURNAMED_ROLES = frozenset("guest guests panellist panelist speaker witness candidate contestant "
                           "participant delegate expert interviewee councillor member".split())
BRACKETED_WORD = re.compile(r"([^()]+?)\s*\(([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][\w'’]+)?)\)")


def _bracketed_surname(label: str) -> SpeakerName | None:
    """A role with a surname in brackets: "GUEST (Adebayo-Lawal)", "Panellist (Okafor)"; not a
    place, a word, a given name or an acronym ("REPORTER (LIVE)", "GUEST (Lagos)")."""
    m = BRACKETED_WORD.fullmatch(label.strip())
    if not m or office_key(m[1]).split()[-1:] not in [[r] for r in SURNAMED_ROLES]:
        return None  # "Chair (Acas)", "Minister (Finance)": the body, not a surname
    word = m[2]
    if word.lower() in common_words() or is_place_name(word) or is_given_name(word):
        return None
    return SpeakerName(word, False)


NAME_AND_OUTLET = re.compile(_OPEN + _SELF + r"(?:,? (?:from|with)(?: the)?|,) " + _OUTLET + r"\.?")


def _named_with_outlet(text: str, outlet: str) -> SpeakerName | None:
    """The name a questioner's first sentence gives, then the outlet of the label's bracket
    ("Tetiana Kozak, NikVesti.", "Choi Min-ho from Yonhap." for "(Yonhap News)")."""
    first = re.split(r"(?<=[.!?])\s+", text[:200])[0]
    m = NAME_AND_OUTLET.fullmatch(first.strip())  # the sentence says no more: not a list
    if not m or REPORTED.search(first) or not unlisted_name(m[1]):
        return None
    said = first[m.end(1):].lstrip(", ").removeprefix("from ").removeprefix("with ")
    said = said.removeprefix("the ").split()
    if not said or said[0].strip(".,").casefold() != outlet.split()[0].casefold():
        return None
    part = person_part(m[1])
    return part if part and part.full and part.name == m[1] else None


def _self_named(text: str, outlet: str = "") -> SpeakerName | None:
    """The full name a questioner gives in the first two sentences of a turn ("Thank you. Ann
    Berg, Norvale Times. Minister, …"), starting with a known given name; None unless one.
    `outlet`: the label's bracketed outlet, which the questioner's own words name after a name
    no list knows ("REPORTER (Norvale Daily): Choi Min-ho from Norvale. …")."""
    if outlet and (own := _named_with_outlet(text, outlet)):
        return own
    found = set()
    sentences = re.split(r"(?<=[.!?])\s+", text[:300])
    # after two short greetings, a third ("Hello, Ger? Good morning. It's Bridie here, …")
    short = len(sentences) > 2 and all(len(s.split()) <= 4 for s in sentences[:2])
    for sentence in sentences[:3 if short else 2]:
        sentence = SELF_TITLE.sub("", sentence)  # "This is Dr Ann Berg from …"
        m = NAMED_SELF.match(sentence)
        if m and m[1]:  # "my name is Ann Berg, I live in Forest Lawn": whatever names follow
            found.add(m[1])
            continue
        if (lived := NAME_THEN_LIFE.match(sentence)) is not None:
            found.add(lived[1])
            continue
        names = [n for n in re.findall(_SELF, CALLER_TITLE.sub("", sentence))
                 if is_given_name(n.split()[0]) and person_name_shape(n)]
        if len(names) != 1:
            continue  # two names: no telling
        if m:
            found.add(next(g for g in m.groups() if g))
        elif (m := NAMED_FROM.match(sentence)) and not REPORTED.search(sentence):
            found.add(m[1])
    names = {part for n in found if (part := person_part(n)) and part.full
             and is_given_name(part.given) and part.name == n}
    return names.pop() if len(names) == 1 else None
