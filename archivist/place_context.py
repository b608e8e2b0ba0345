"""Where a place's name, found in a text, is part of another name (a linking check).

The place-name matcher finds "Java" in "East Java", "Ghana" in "SEND Ghana", "Mexico" in "State
of Mexico", "Poland" in "Notes from Poland" and "Toyota" in "Toyota and Hyundai": each names
something else there (a province of its own, an organisation, a region, an outlet, a company),
and the place's page must not gather it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet

from .detect.lexicon import FUNCTION_CAPS, lexicon

# A capitalised compass word inside a sentence makes a place of its own ("East Java", "West
# Sumatra"); lowercase, it qualifies the place ("eastern Java", "east Java").
COMPASS_WORDS = ("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
                 "Upper", "Lower", "North-East", "North-West", "South-East", "South-West",
                 "Northeast", "Northwest", "Southeast", "Southwest")
COMPASS_BEFORE = re.compile(rf"\b(?:{'|'.join(COMPASS_WORDS)}) $")
# An acronym right before a place written in mixed case: an organisation's name ("SEND Ghana").
ACRONYM_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“‘]))([A-Z]{2,}) $")
# A region's head and "of" before the name: the region is not the country or city ("the State of
# Mexico", "the Province of Buenos Aires").
REGION_OF_BEFORE = re.compile(r"\b(State|Province|Region|Department|Prefecture|Governorate|"
                              r"Oblast|County) of $")
# A capitalised common word and "from" before the name, inside a line: a title ("Notes from
# Poland", "Letter from America").
TITLE_FROM_BEFORE = re.compile(r"(?:[^.!?:;\s\"“]\s+|[/|(–—-]\s*)([A-Z][a-z]+) from $")
# A name coordinated with the place ("Toyota and Hyundai", "Toyota, Sony, NTT").
# (a comma alone is a list's only where the list goes on: "SANTA CLARA, Calif." is a town and
# its state, "King's College, Lagos" a body and its town)
NAME_WORD = r"[A-Z][\w'’.&]*(?:-[A-Z][\w'’.&]*)*"  # "Mo.-based" is no name's word
COORDINATE_AFTER = re.compile(rf"(?:,? and|,? or) ({NAME_WORD}(?: {NAME_WORD})*)(?![\w-])|"
                              rf", ({NAME_WORD}(?: {NAME_WORD})*)(?=,|,? and |,? or )")
COORDINATE_BEFORE = re.compile(r"([A-Z][\w'’.&-]*)(?:,? and|,? or) $")
PLACES_NOUN_AFTER = re.compile(r"(?:(?:,|,? and|,? or) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)* "
                               r"(?:regions|districts|provinces|counties|states|cities|towns|"
                               r"villages|governorates|prefectures|municipalities)\b")
# A lowercase agreement's noun right after the name: the agreement is named after the place where
# it was signed, which it does not mention ("the Kyoto agreements", "the Normandy format").
# (with a word between, "the Dayton peace agreement", news annotators still count the place)
AGREEMENT_AFTER = re.compile(r" (?:agreements?|accords?|protocols?|format|treaty|treaties)\b")
# ("away from the Red Sea and Bab el-Mandeb": a locative before "the" opens a list of places too)
LOCATIVE_BEFORE = re.compile(r"\b(?i:in|near|at|from|to|outside|across|around|into|towards?|"
                             r"of|via|through|between|(?:areas|towns|cities|villages|districts|"
                             r"regions|suburbs|neighbou?rhoods|provinces|states|countries|"
                             r"boroughs|municipalities|counties|islands|communities|"
                             r"settlements|parishes|quarters) "
                             r"(?:including|such as|like)) (?:the )?"
                             r"(?:[A-ZÀ-Þ][\w'’.-]*(?: (?:[a-z]{1,3} )?[A-ZÀ-Þ][\w'’.-]*)*"
                             r"(?:,| and| or|, and) )*$")  # ("around Ústí nad Labem and …")
# Spanish, Portuguese, Italian and Catalan ones after a lowercase word ("la provincia de Anta,
# Rosa Roe, pidió"; not a name's own "del": "Acme del Mar and Quilpué")
ROMANCE_LOCATIVE_BEFORE = re.compile(r"(?<![\w'’.-])[a-zà-ÿ]+ (?:en|em|no|na|nos|nas|nel|nella|de|"
                                     r"di|do|da|del|della|desde|hacia|entre|tra|fra) "
                                     r"(?:[A-ZÀ-Þ][\w'’.-]*(?: (?:[a-z]{1,3} )?[A-ZÀ-Þ][\w'’.-]*)*"
                                     r"(?:,| y| e| i) )*$")


def part_of_other_name(text: str, start: int, end: int,
                       place_starts: AbstractSet[int] = frozenset()) -> bool:
    """Whether the place name at text[start:end] is part of another name, or one of a list of
    names that are no places (see the module's docstring); place_starts: where the text names
    places the archive knows (a list "Saransk and Mordovia" is one of places)."""
    window = text[max(0, start - 40):start]
    if AGREEMENT_AFTER.match(text, end):
        return True
    # The four patterns below end with a word and " $": each is searched only where the window
    # ends so ("$" also matches before a last newline).
    head = window[:-1] if window.endswith(" ") else window[:-2] if window.endswith(" \n") else ""
    if head.endswith(COMPASS_WORDS) and COMPASS_BEFORE.search(window) and \
            not _sentence_start(text, start):
        return not _headline_caps(text)
    m = ACRONYM_BEFORE.search(window) if "A" <= head[-1:] <= "Z" else None
    if m and not text[start:end].isupper() and m[1] not in lexicon().places and \
            m[1].capitalize() not in FUNCTION_CAPS:
        return True
    m = REGION_OF_BEFORE.search(window) if head.endswith(" of") else None
    if m and f"{m[1]} of {text[start:end]}" not in lexicon().places:
        return True  # ("State of Israel" is Israel's official name)
    m = TITLE_FROM_BEFORE.search(window) if head.endswith(" from") else None
    if m and m[1].lower() in lexicon().common and not _ends_longer_name(window, m.start(1)):
        return True
    return _listed_with_non_places(text, start, end, place_starts)


def _ends_longer_name(text: str, start: int) -> bool:
    """Whether the capitalised word at start ends a longer name ("Menara Airport from London" is
    a flight's origin, not a title like "Notes from Poland")."""
    before = text[:start].rstrip()
    return before[-1:].isalpha() and before.rsplit(" ", 1)[-1][:1].isupper()


def _sentence_start(text: str, start: int) -> bool:
    """Whether the compass word before start opens a sentence ("East Java" there may be "East",
    qualifying)."""
    word_start = text.rfind(" ", 0, start - 1) + 1
    before = text[:word_start].rstrip(" \"“‘(")
    return not before or before[-1] in ".!?:;"


@functools.lru_cache(maxsize=64)  # (asked for every place a block names)
def _headline_caps(text: str) -> bool:
    """A Title Case line, where capitals say nothing."""
    words = [w[0] for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return bool(words) and sum(map(str.isupper, words)) >= 0.7 * len(words)


def _listed_with_non_places(text: str, start: int, end: int,
                            place_starts: AbstractSet[int] = frozenset()) -> bool:
    """A town (not a country) coordinated with names that are no places and no locative before
    the list: "Toyota and Hyundai", "backed by Toyota, Sony, NTT" name companies."""
    places = lexicon().places
    place = places.get(text[start:end])
    if place is None or place.major or _headline_caps(text) or \
            LOCATIVE_BEFORE.search(text, max(0, start - 60), start) or \
            ROMANCE_LOCATIVE_BEFORE.search(text, max(0, start - 60), start):
        return False
    others = []
    m = COORDINATE_AFTER.match(text, end)
    if m:
        group = 1 if m[1] else 2
        if m.start(group) in place_starts:
            return False
        others.append(m[group])
    m = COORDINATE_BEFORE.search(text, max(0, start - 30), start)
    if m:
        if m.start(1) in place_starts or any(
                s < m.start(1) and text[s:m.end(1)] in places for s in place_starts):
            return False  # "Viña del Mar and Quilpué": a place of several words before it
        others.append(m[1])
    others = [o.rstrip(".") if o.rstrip(".") in places or o[-2:-1].islower() else o
              for o in others]  # "… and Brisbane."; "Mo." is Missouri
    if PLACES_NOUN_AFTER.match(text, end):
        return False  # "the Ashanti and Western regions": a list of places
    return bool(others) and all(o not in places and o.split()[0] not in places and
                                o.capitalize() not in FUNCTION_CAPS for o in others)
