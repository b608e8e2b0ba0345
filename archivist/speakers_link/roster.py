"""Who a role label stands for from a record's header roster, whatever words the roster uses for
the role: a police interview record's "Interviewer: DC Ann Berg", "Person interviewed: Tom Roe"
(for `SUSPECT`), "Legal representative: Ms Eva Holt" (for `SOLICITOR`), "Interpreter (Spanish):
…" (for `INTERPRETER`), as lines, as a table ("| Interviewee | Tom Roe |") or as entries of an
"Also present:" line ("Eva Holt, lawyer (Public Defence Service); PC Jo Lund"); and the initials
labels of such a record ("ABG:" for "Ann Berg-Grant" in the roster)."""

from __future__ import annotations

import re
from collections import Counter

from ..model import Document
from ..speakers import NUMBERED, bare_label

# A role's group: the words a roster may use for it ("Legal representative" for SOLICITOR).
_EXACT = {
    "interviewer": "interviewer", "interviewing officer": "interviewer",
    "interviewee": "interviewee", "person interviewed": "interviewee", "suspect": "interviewee",
    "detainee": "interviewee", "person being interviewed": "interviewee",
    "appropriate adult": "appropriate adult",
}
_LEGAL = re.compile(r"\b(?:solicitor|lawyer|legal (?:representative|adviser|advisor)|"
                    r"defence counsel|defense counsel|duty solicitor)\b")
_INTERPRETER = re.compile(r"\binterpret(?:er|ation)\b")
# A roster line: "Role: value" or a table's "| Role | value |".
_LINE = re.compile(r"^\s*\|?\s*([A-Za-z][A-Za-z ()/-]{2,40}?)\s*(?::|\|)\s*(.+?)\s*\|?\s*$")
_ALSO = re.compile(r"^(?:also present|present|in attendance|others present)$")


STATIONS = frozenset(("coastguard", "coastguards", "harbour", "harbor"))


def station(name: str) -> bool:
    """Whether a label's name is a radio station's: a place, then a station's word ("Shetland
    Coastguard", "Lerwick Harbour")."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in STATIONS


def plain_phrase(label: str, prose: str) -> bool:
    """Whether the text writes a label's words as a role's, its later words in lower case
    ("Presidente comunal: Ann Berg" for PRESIDENTE COMUNAL, "Ward panch of ward three")."""
    words = re.sub(r"\s*\([^()]*\)", "", bare_label(label)).split()
    if not 2 <= len(words) <= 4 or not label.isupper() or NUMBERED.match(" ".join(words)) \
            or words[0].lower() in ("the", "a", "an"):
        return False
    head = re.escape(words[0])
    tail = r"\s+".join(re.escape(w.lower()) for w in words[1:])
    return re.search(rf"(?<![\w-])(?i:{head})\s+{tail}(?![\w-])", prose) is not None



def article_acronym(label: str, prose: str) -> bool:
    """Whether a label in capitals letters is an acronym the text writes after an article ("the
    PIO's office" for PIO): a role's initials, though "Pio" is a given name too."""
    return re.fullmatch(r"[A-Z]{2,5}", label) is not None and re.search(
        rf"\b(?:the|a|an|our|your|their) {label}\b", prose) is not None


def role_group(role: str) -> str | None:
    """The group of a role's words ("Legal representative" → legal), or None."""
    words = re.sub(r"\s*\([^()]*\)", "", role).lower().strip()
    words = re.sub(r"^(?:the|court|police|defence|defense) ", "", words) \
        if not _LEGAL.search(words) else words
    if words in _EXACT:
        return _EXACT[words]
    if _LEGAL.search(words):
        return "legal"
    if _INTERPRETER.search(words):
        return "interpreter"
    return None


def roster_lines(doc: Document) -> list[str]:
    """The header's lines before the first turn labelled in capitals (cast lines read as turns
    as "Role: value", each label once in the document)."""
    out = [doc.meta.title]
    once = Counter(b.speaker for b in doc.blocks if b.kind == "turn")
    for block in doc.blocks:
        if block.kind == "turn" and block.speaker:
            if _caps(block.speaker) or len(block.text) > 120 or once[block.speaker] > 1:
                break  # (a label that opens two turns is the conversation's, no header's)
            out.append(f"{block.speaker}: {block.text}")
        else:
            out.extend(block.text.split("\n"))
    return out


def _caps(label: str) -> bool:
    """A label in capitals, a remark in brackets aside ("PARAGUAY (Chair)")."""
    bare = re.sub(r"\s*\([^()]*\)", "", label)
    return bool(bare) and bare.isupper()


def header_labels(doc: Document) -> set[str]:
    """The labels of cast lines read as turns above a transcript labelled in capitals ("Chair:
    Paraguay — Ann Berg" over "PARAGUAY (Chair):"): each once, in mixed case, short."""
    turns = [b for b in doc.blocks if b.kind == "turn" and b.speaker]
    once = Counter(b.speaker for b in turns)
    out = set()
    for block in turns:
        if _caps(block.speaker):
            return out
        if len(block.text) > 120 or once[block.speaker] > 1:
            return set()
        out.add(block.speaker)
    return set()


def roster(lines: list[str]) -> dict[str, set[str]]:
    """Role group → the names a header's roster lines (`roster_lines`) give it (see the
    module)."""
    from .seats import _people, cast_people

    found: dict[str, set[str]] = {}
    for line in lines:
        m = _LINE.match(line)
        if not m:
            continue
        role, value = m[1].strip(), m[2]
        if _ALSO.match(role.lower()):
            for entry in value.split(";"):
                people = _people(entry)
                rest = entry.replace(people[0], " ") if len(people) == 1 else ""
                group = next((g for w in re.split(r"[,()]", rest) if (g := role_group(w.strip()))),
                             None)
                if group:
                    found.setdefault(group, set()).add(people[0])
            continue
        group = role_group(role)
        people = cast_people(re.split(r"[,;]", value)[0]) if group else []
        if group and len(people) == 1:
            found.setdefault(group, set()).add(people[0])
    return found


def roster_names(label: str, found: dict[str, set[str]]) -> set[str]:
    """The names a roster (`roster`) gives a role label's group ("SUSPECT (through interpreter)"
    → the person interviewed)."""
    group = role_group(bare_label(label))
    return set(found.get(group, ())) if group else set()
