"""A station's label named by its operator, who says the station's name and then their own, as
radio and conference-bridge procedure has them do: "[06:41] MRSC MWANZA: This is the Maritime
Rescue Sub-Centre Mwanza, duty officer Neema Kisanga speaking.", "MARINE POLICE MWANZA: Marine
Police Mwanza, Inspector Salome Masanja, on the line."; or who say their name and then the
body the label is ("DOT (by phone): … This is Erin Halvorsen, I'm a project engineer with DOT",
"VEB: Thank you, madam chair. Sander Kuipers, on behalf of the VEB, …").
The station's words must be the label's (one of them at least), and all the label's turns that
say a name must say the same one."""

from __future__ import annotations

import re
from collections import defaultdict

from ..model import Document
from ..speakers import bare_label
from .names import SpeakerName, fold, person_part
from .patterns import office_key

Labelled = list[tuple[int, str, SpeakerName | None]]

# The station, a comma, the operator's role in lower case and maybe a title, the name, then
# "speaking", "here" or "on the line".
STATED = re.compile(r"(?:^|[.!?]\s+)(?:(?:[Gg]ood (?:morning|afternoon|evening|night)|[Hh]ello)"
                    r"(?: all| everyone)?[,.!]\s+)?(?:[Tt]his is )?(?:the )?"
                    r"([A-ZÀ-ÖØ-Þ][^,.!?\n]{1,80}?),\s+(?:[a-z][\w-]* ){0,3}"
                    r"((?:[A-ZÀ-ÖØ-Þ][\w'’.-]* ){1,4}[A-ZÀ-ÖØ-Þ][\w'’-]+),?\s+"
                    r"(?:speaking|here|on the line|on watch|on duty)\b")


# Or the name first, then the body the label is: "This is Ann Berg, I'm a project engineer with
# DOT" for DOT (by phone).
SELF_THEN_BODY = re.compile(r"(?:^|[.!?]\s+)(?:[Tt]his is|I'm|I’m|I am|[Mm]y name is) "
                            r"((?:[A-ZÀ-ÖØ-Þ][\w'’-]+ ){1,3}[A-ZÀ-ÖØ-Þ][\w'’-]+),? (?:and )?"
                            r"(?:I'm|I’m|I am|I work)\b([^.!?]{0,100})")


# Or the name and whom they speak for, the label's body: "Sander Kuipers, on behalf of the VEB".
NAME_THEN_BODY = re.compile(r"(?:^|[.!?]\s+)((?:[A-ZÀ-ÖØ-Þ][\w'’-]+ ){1,3}[A-ZÀ-ÖØ-Þ][\w'’-]+), "
                            r"(?:on behalf of|representing|speaking for)\b([^.!?]{0,100})")


def by_station(doc: Document, out: Labelled, skip: set[int]) -> Labelled:
    """Each station label no reading named (or named as itself: "Mrsc Mwanza"), named by the
    operator its own turns state after the station's name, or before it."""
    said: dict[str, set[str]] = defaultdict(set)
    for i, label, name in out:
        if i in skip or not _unnamed(label, name):
            continue
        text = doc.blocks[i].text[:400]
        for m in STATED.finditer(text):
            part = person_part(m[2])
            if part and part.full and _station_of(label, m[1]):
                said[office_key(bare_label(label))].add(part.name)
        for m in [*SELF_THEN_BODY.finditer(text), *NAME_THEN_BODY.finditer(text)]:
            part = person_part(m[1])
            if part and part.full and part.name == m[1] and _body_of(label, m[2]):
                said[office_key(bare_label(label))].add(part.name)
    found = {key: names.pop() for key, names in said.items() if len(names) == 1}
    return [(i, label, SpeakerName(found[key], True)
             if (key := office_key(bare_label(label))) in found and i not in skip
             and _unnamed(label, name) else name) for i, label, name in out]


def _unnamed(label: str, name: SpeakerName | None) -> bool:
    """A label no reading named, or one named with its own words ("MRSC MWANZA": Mrsc Mwanza)."""
    return name is None or set(fold(name.name).split()) <= set(fold(bare_label(label)).split())


def _station_of(label: str, station: str) -> bool:
    """Whether the station said is the label's: a word of the label (four letters or more)
    opens a word of it ("METEO" of "Meteorological Services", "MWANZA" of "… Mwanza")."""
    said = fold(station).split()
    return any(any(w.startswith(k) for w in said) for k in fold(bare_label(label)).split()
               if len(k) >= 4)


def _body_of(label: str, said: str) -> bool:
    """Whether words after a speaker's name give the label's body, written as the label writes it
    ("… with DOT and Public Facilities" for DOT (by phone))."""
    words = re.sub(r"\s*\([^()]*\)", "", bare_label(label)).split()
    return any(len(w) >= 3 and re.search(rf"\b{re.escape(w)}\b", said, re.I if len(w) > 4 else 0)
               for w in words)
