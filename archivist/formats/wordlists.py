"""Word list items: which paragraphs are bulleted or numbered, how deep, and the number Word shows.

A paragraph is a list item through its numbering properties (`w:numPr`: a list id and a level),
set on the paragraph or on its style (python-docx's "List Bullet 2" carries its own list).
The list's definition (numbering.xml) gives each level's format: `bullet`, or a number format
and a label pattern such as `%1.` or `%1.%2.`. Numbers count per list and level, as Word counts
them; deeper levels restart under a new parent item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
STYLE_LEVEL = re.compile(r"^List (?:Bullet|Number|Continue)? ?(\d)$")
MAX_LEVEL = 8  # Word's nine list levels, 0-8
ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
         (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


@dataclass(frozen=True)
class Level:
    """One level of a list definition: its number format, label pattern and first number."""

    fmt: str = "decimal"
    text: str = ""
    start: int = 1


class Numbering:
    """The document's list definitions (each read when a paragraph first uses it), and the
    counters of the lists read so far."""

    def __init__(self, root=None) -> None:
        children = list(root.iterchildren(f"{W}abstractNum", f"{W}num")) if root is not None else []
        self.abstract = {a.get(f"{W}abstractNumId"): a for a in children
                         if a.tag == f"{W}abstractNum"}
        self.nums = {n.get(f"{W}numId"): n for n in children if n.tag == f"{W}num"}
        self.defined: dict[str, dict[int, Level]] = {}  # list id → level → Level
        self.counters: dict[str, dict[int, int]] = {}

    def levels(self, num_id: str) -> dict[int, Level]:
        """A list's levels: its abstract definition with the list's start overrides."""
        if num_id not in self.defined:
            self.defined[num_id] = self._read(self.nums.get(num_id))
        return self.defined[num_id]

    def _read(self, num) -> dict[int, Level]:
        if num is None:
            return {}
        ref = num.find(f"{W}abstractNumId")
        abstract = self.abstract.get(ref.get(f"{W}val") if ref is not None else None)
        defined = _levels(abstract) if abstract is not None else {}
        for override in num.iter(f"{W}lvlOverride"):
            start = override.find(f"{W}startOverride")
            ilvl = _int(override.get(f"{W}ilvl"))
            if start is not None and ilvl in defined:
                defined[ilvl] = Level(defined[ilvl].fmt, defined[ilvl].text,
                                      _int(start.get(f"{W}val"), 1))
        return defined

    def item(self, num_id: str, ilvl: int, fallback: str = "decimal") -> tuple[str, int, str]:
        """("bullet" or "numbered", level, the label Word shows) of the next item of a list."""
        levels = self.levels(num_id)
        level = levels.get(ilvl, Level(fallback))
        if level.fmt == "bullet":
            return "bullet", ilvl, ""
        counts = self.counters.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if level.fmt == "none":
            return "numbered", ilvl, ""
        label = level.text or f"%{ilvl + 1}."
        for k in range(ilvl + 1):
            shown = levels.get(k, Level(fallback))
            label = label.replace(f"%{k + 1}", number(counts.get(k, shown.start), shown.fmt))
        return "numbered", ilvl, label


def numbering(document) -> Numbering:
    """The list definitions of a python-docx document (none if it has no numbering part)."""
    try:
        return Numbering(document.part.numbering_part.element)
    except (KeyError, NotImplementedError):
        return Numbering()


def _levels(abstract) -> dict[int, Level]:
    out: dict[int, Level] = {}
    for lvl in abstract.iter(f"{W}lvl"):
        fmt, text, start = (lvl.find(f"{W}{name}") for name in ("numFmt", "lvlText", "start"))
        out[_int(lvl.get(f"{W}ilvl"))] = Level(
            fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
            text.get(f"{W}val", "") if text is not None else "",
            _int(start.get(f"{W}val"), 1) if start is not None else 1)
    return out


def num_pr(ppr) -> tuple[str | None, int | None] | None:
    """(list id, level) from a paragraph's or style's numbering properties, either None where
    not given; None without numbering properties."""
    node = ppr.find(f"{W}numPr") if ppr is not None else None
    if node is None:
        return None
    num, ilvl = node.find(f"{W}numId"), node.find(f"{W}ilvl")
    return (num.get(f"{W}val") if num is not None else None,
            min(_int(ilvl.get(f"{W}val")), MAX_LEVEL) if ilvl is not None else None)


def list_of(own: tuple[str | None, int | None] | None,
            style: tuple[str | None, int | None] | None) -> tuple[str, int | None] | None:
    """The list a paragraph belongs to: its own numbering properties over its style's, each part
    separately (a paragraph may set only the level); None if not a list (list id 0 switches a
    style's numbering off)."""
    num_id = (own or (None, None))[0] or (style or (None, None))[0]
    ilvl = (own or (None, None))[1]
    if ilvl is None:
        ilvl = (style or (None, None))[1]
    return None if num_id in (None, "0") else (num_id, ilvl)


def style_level(style: str) -> int:
    """The depth a list style's name says: "List Bullet 2" → 1; others 0."""
    match = STYLE_LEVEL.match(style)
    return int(match[1]) - 1 if match else 0


def number(value: int, fmt: str) -> str:
    """A list number in one of Word's common formats (others as decimal numbers)."""
    if fmt in ("lowerLetter", "upperLetter") and value > 0:
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        out = ""
        for amount, digits in ROMAN:
            while value >= amount:
                out, value = out + digits, value - amount
        return out.upper() if fmt == "upperRoman" else out
    return str(value)


def _int(value: str | None, default: int = 0) -> int:
    try:
        return max(0, min(int(value or default), 10**6))
    except ValueError:
        return default
