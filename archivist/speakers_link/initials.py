"""Initials labels ("AB:", "MJ:") and the people a document gives them: "Ann Berg (AB)",
"AB = Ann Berg", a cast line ending with its person's or its role's initials, a role's cast
line ("Military Judge: Colonel Ann Berg"), or an oral history's header naming each of them."""

from __future__ import annotations

import re
from collections import defaultdict

from ..model import Document
from ..speakers import HONORIFICS, is_given_name, is_role_word, unlisted_name
from .fullnames import TITLES
from .names import SpeakerName, person_part
from .patterns import NAME, _names_only, _opening_turns

INITIALS = re.compile(r"[A-Z]{2,3}")  # "AB:" for Ann Berg, where the document says so
ROLE_CAST = re.compile(r"(?m)^([A-Z][a-z]+ [A-Z][a-z]+): "
                       r"((?:[A-Z][\w'’.-]+ ){1,4}[A-Z][\w'’-]+)\s*$")
ROLE_INITIALS = re.compile(r"\(([A-Z]{2,3})\)\s*$")
# A cast line that ends with its person's initials: "Chair: Prof. Ann Berg, Sciences Po (AB)".
# Or the initials of its role: "Colonel Ann Berg, Military Judge (MJ)", "…, Accused (ACC)".
CAST_INITIALS = re.compile(r"^(?:[A-Z][\w -]{0,20}:\s*)?(?:(?:Prof|Dr|Mr|Mrs|Ms|Mx|Hon|Rev|Sir|"
                           r"Dame)\.?\s+)?([A-ZÀ-ÖØ-Þ][\w'’-]+(?: (?:[A-Z]\.|[A-ZÀ-ÖØ-Þ][\w'’-]+))"
                           r"{1,5}),([^()\n]*)\(([A-Z]{2,3})\)\s*$", re.M)


def _whole(short: str, text: str) -> SpeakerName | None:
    """A holder whose every word an initials label spells ("TAB" for "Tesfaye Alemu Bekele"):
    the whole name, no first word taken for a role."""
    words = text.split()
    if 2 < len(words) <= 4 and "".join(w[0] for w in words) == short and all(
            w[:1].isupper() and not is_role_word(w) and w.lower().strip(".") not in HONORIFICS
            for w in words):
        return SpeakerName(text, True)
    return None


def _initials(doc: Document) -> dict[str, str]:
    """Initials the document gives its people ("Ann Berg (AB)", "AB = Ann Berg"), which then
    label their turns ("AB:"): initials → full name, each standing for one person."""
    text = "\n".join([doc.meta.title, *(b.text for b in doc.blocks[:40] if b.kind != "turn"
                                         or ROLE_INITIALS.search(b.text))])  # "Chair: … (DC)"
    if not re.search(r"[A-Z]{2,3}", text):
        return _header_initials(doc, text)
    found: dict[str, set[str]] = defaultdict(set)
    for m in re.finditer(rf"{NAME} \(([A-Z]{{2,3}})\)|\b([A-Z]{{2,3}}) ?[=:–—-] ?{NAME}", text):
        name, short = (m[1], m[2]) if m[1] else (m[4], m[3])
        if short in _initials_of(name) and (part := person_part(name)) and part.full and (
                is_given_name(part.given) or _listed(text, m.start(), name, part)
                or _whole(short, name)):
            found[short.lower()].add(name)
        elif m[1] and _office_initials(text[:m.start()], short) and (part := person_part(name)) \
                and part.full:
            found[short.lower()].add(name)  # "Deputy Commissioner Ann Berg (DC)"
    for m in CAST_INITIALS.finditer(text):  # "Chair: Prof. Ann Berg-Lund, Sciences Po (ABL)"
        name, role, short = m[1], m[2].strip(), m[3]
        if (short in _initials_of(name) or _role_initials(role, short)) \
                and (part := person_part(name)) and part.full:
            found[short.lower()].add(name)
    cast = "\n".join(f"{b.speaker}: {b.text}" for b in doc.blocks[:40]
                     if b.kind == "turn" and b.speaker and _names_only(b.text))
    for m in ROLE_CAST.finditer(f"{text}\n{cast}"):  # "Military Judge: Colonel Ann Berg", "MJ:"
        short = "".join(w[0] for w in m[1].split())
        first, last = m[1].split()
        if is_role_word(last) and not is_given_name(first) and (part := person_part(m[2])) \
                and part.full and short.lower() not in found:
            found[short.lower()].add(m[2])
    out = {short: names.pop() for short, names in found.items() if len(names) == 1}
    return out or _header_initials(doc, text)


def _listed(text: str, start: int, name: str, part: SpeakerName) -> bool:
    """A cast list's line opening with a name and its initials ("Kalani Nāone (KN), …"): the
    initials vouch for a given name no list knows."""
    return (start == 0 or text[start - 1] == "\n") and part.name == name \
        and unlisted_name(name)


def _office_initials(before: str, short: str) -> bool:
    """Whether the office right before a name spells the initials after it ("Deputy
    Commissioner Ann Berg (DC)")."""
    m = re.search(r"((?:[A-Z][a-z]+ ){1,3})$", before)
    words = m[1].split() if m else []
    return len(words) == len(short) and "".join(w[0] for w in words) == short \
        and any(is_role_word(w) for w in words)


def _role_initials(role: str, short: str) -> bool:
    """Whether a role's words give these letters: "Military Judge" MJ, "Accused" ACC."""
    words = role.split()
    return bool(words) and all(is_role_word(w) or w[:1].isupper() for w in words) and (
        "".join(w[0] for w in words).upper() == short or
        len(words) == 1 and words[0].upper().startswith(short))


def _initials_of(name: str) -> set[str]:
    """The initials a name may go by: of its words, of its hyphened parts, first and last."""
    words, parts = name.split(), re.split(r"[ -]", name)
    return {"".join(w[0] for w in words).upper(), "".join(p[0] for p in parts if p).upper(),
            (words[0][0] + words[-1][0]).upper()}  # "Kim Ok-soon": KOS


def _header_initials(doc: Document, text: str) -> dict[str, str]:
    """Initials labels ("HA:", "BOS:") of an oral history that only names its people in the
    header ("Interviewer: Henrik Aaltonen", "Interview with Beatriz Okonkwo-Salgado"): each of
    two labels or more the initials of one full name there, or none is read."""
    labels = {b.speaker for b in doc.blocks if b.kind == "turn" and b.speaker}
    shorts = {label for label in labels if INITIALS.fullmatch(label)}
    if len(shorts) == 1:
        return _cast_initials(shorts.pop(), text)
    if len(shorts) < 2:
        return {}
    # (a cast line's run may open with a rank: "Interviewer: DC Ann Berg-Lund")
    cast = "\n".join(f"{b.speaker}: {b.text}" for b in _opening_turns(doc)
                     if not b.speaker.isupper())
    runs = re.finditer(r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+){1,4}", f"{text}\n{cast}")
    # name → whether a title stands before it ("Mr Aled Price-Hughes": a given name no list knows)
    names: dict[str, bool] = {}
    for m in runs:
        w = m[0].split()
        for k in range(len(w) - 1):
            titled = k > 0 and (w[k - 1].lower().strip(".") in HONORIFICS | TITLES
                                or is_role_word(w[k - 1]))  # "DC Ann Berg"
            names[" ".join(w[k:])] = names.get(" ".join(w[k:]), False) or titled
    found: dict[str, set[str]] = defaultdict(set)
    for name, titled in names.items():
        part = person_part(name)
        if not (part and part.full and part.name == name
                and (is_given_name(part.given) or titled and unlisted_name(name))):
            continue
        for short in _initials_of(name) & shorts:
            found[short].add(name)
    if set(found) != shorts or any(len(n) != 1 for n in found.values()):
        return {}
    return {short.lower(): names.pop() for short, names in found.items()}


# A header's cast line of a role, in the plural too: "Presenters: Ann Berg and Tom Roe".
CAST_LINE = re.compile(r"(?m)^([A-Z][\w -]{1,30}): (.+)$")


def _cast_initials(short: str, text: str) -> dict[str, str]:
    """One initials label ("PJ:") a header's cast line of a role names in full ("Presenters:
    Gerald Roe and Paula Jansen"): the one name there whose initials it is, a known given
    name first."""
    found = set()
    for line in CAST_LINE.finditer(text):
        if not any(is_role_word(w) or w.endswith("s") and is_role_word(w[:-1])
                   for w in line[1].split()):
            continue
        for m in re.finditer(NAME, line[2]):
            part = person_part(m[1])
            if part and part.full and part.name == m[1] and is_given_name(part.given) \
                    and short in _initials_of(m[1]):
                found.add(m[1])
    return {short.lower(): found.pop()} if len(found) == 1 else {}
