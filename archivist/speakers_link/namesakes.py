"""Namesakes told apart by their titles: "Mr. PARK" is not the "Dr. Min-ji Park" of the same
hearing, "Ms Khan" is not Imran Khan. A surname label's honorific must agree with how the
document writes the candidate's full name ("Dr. Min-ji Park") or, failing that, with the gender
of the candidate's given name; a label that disagrees stays away from that person."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from ..speakers import (ABBREVIATED_TITLES, HONORIFICS, bracket_person, display_word,
                        is_common_phrase, is_given_name, is_role_word, label_words)
from ..titles import name_gender
from .names import fold

# An honorific's class: the gender it says, or the degree it names.
CLASSES = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "mme": "f",
           "madam": "f", "dame": "f", "lady": "f", "dr": "dr", "doctor": "dr", "prof": "prof",
           "professor": "prof"}
GENDERS = frozenset("mf")
WRITTEN = re.compile(r"\b(" + "|".join(CLASSES) + r")\.? +$", re.I)


def label_class(label: str) -> str | None:
    """The class of a label's leading honorific ("Dr. PARK" → "dr", "Ms Khan" → "f") or title
    ("Senator NGUYEN" → "r:senator")."""
    words = label_words(bracket_person(label) or label)  # "PROSECUTION (MR AHMED-SHAH)": Mr
    if len(words) > 2 and words[0].endswith(",") and words[1].lower().strip(".") in CLASSES:
        words = words[1:]  # "Panelist - Dr J.-P. Mulamba": the doctor's class
    if len(words) < 2:
        return None
    first = words[0].lower().strip(".")
    if first not in CLASSES and (words[1].lower() in ("for", "of", "to") or
                                 all(is_role_word(w) for w in words[1:])):
        return None  # "COUNSEL FOR THE APPLICANTS", "Principal Clerk": an office, no title
    return CLASSES.get(first) or (f"r:{first}" if is_role_word(words[0]) else None)


def _role_clash(role: str, names: list[str], text: str) -> bool:
    """Whether a title label ("Senator NGUYEN") cannot be a person the document writes with a
    plain honorific ("Mr Anh Nguyen, Deputy Secretary") on lines that never give the title
    ("Director of Fire Services, Mr Leung Wing-kei" gives "DIRECTOR LEUNG" his)."""
    if not names:
        return False
    # one pattern for every name, built once: not a pattern per name per line
    named = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, names))})(?![\w-])", re.I)
    lines = [line for line in text.split("\n") if named.search(line)]
    if not lines or not written_classes(names, "\n".join(lines)):
        return False
    # an office cut to initials ("SG WAQA") is written in full ("Secretary General", "-General")
    full = ABBREVIATED_TITLES.get(role, "").replace(" ", "[ -]")
    return not any(re.search(rf"\b{re.escape(role)}", line, re.I) or
                   full and re.search(rf"\b{full}\b", line, re.I) for line in lines)


def written_classes(names: Iterable[str], text: str) -> set[str]:
    """The honorific classes the text writes right before any of these full names."""
    out: set[str] = set()
    for name in names:
        if len(name.split()) < 2:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I):
            if title := WRITTEN.search(text[max(0, m.start() - 12):m.start()]):
                out.add(CLASSES[title[1].lower()])
    return out


def _office_only(names: list[str], text: str, header: str) -> bool:
    """Whether only the turns write these full names, and always after an office ("the then
    Prime Minister Boris Johnson"): a public figure spoken of, not a "Mr" or "Ms" who speaks
    (a header's "Press Secretary Dana Whitlock" is a participant's cast line)."""
    if any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", header, re.I) for n in names):
        return False
    found = [m.start() for n in names
             for m in re.finditer(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text, re.I)]
    return bool(found) and all(
        (before := text[max(0, at - 30):at].split()) and is_role_word(before[-1])
        and not _sentence_end(before[-1]) and not _courtesy(before[-2:-1]) for at in found)


# A chamber's courtesy title before a member's seat: "el señor senador Ann Berg", "a Sr.ª
# Deputada Ann Berg" name a member given the floor, not an office spoken of.
COURTESY = frozenset("señor señora senhor senhora signor signora sr sr.ª sra srª".split())


def _courtesy(words: list[str]) -> bool:
    """Whether the word before a role is a chamber's courtesy title."""
    return bool(words) and words[0].lower().rstrip(".") in COURTESY


def _sentence_end(word: str) -> bool:
    """Whether a word ends a sentence or a clause ("Thank you, Mr. Chairman. Ann Berg, I'm…":
    the role is the one addressed, not the name's), not an abbreviation's stop ("Gen.")."""
    return word[-1:] in "!?,;:" or word.endswith(".") and len(word) > 5


def clashes(cls: str | None, surname: str, names: Iterable[str], text: str,
            header: str | None = None) -> bool:
    """Whether a label of honorific class `cls` and this surname cannot be the person of these
    names: the document titles them otherwise, only speaks of them in an office, or their given
    name has the other gender (`header`: the document's text outside the turns)."""
    if cls is None:
        return False
    names = [n for n in names if len(n.split()) > 1]
    if cls.startswith("r:"):
        return _role_clash(cls[2:], names, text)
    written = written_classes(names, text)
    if written:
        return cls not in written
    if cls in GENDERS and header is not None and _office_only(names, text, header):
        return True  # "MR JOHNSON" is not "the then Prime Minister Boris Johnson" he mentions
    if cls not in GENDERS:
        return False
    # the given name's gender only where it comes first ("Kim Dong-hyun": "Kim" is no given name)
    genders = {name_gender(n) for n in names if fold(n.split()[-1]) == fold(surname)}
    return bool(genders - {None, cls})


def compatible_given(cls: str | None, given: set[str]) -> set[str]:
    """The given names (folded) a label of this class may go with: the other gender's dropped."""
    if cls not in GENDERS:
        return given
    return {g for g in given if name_gender(f"{g.title()} x") in (None, cls)}


SYLLABLES = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Ji-woo", "Wing-kei": a Korean or Chinese name


def family_first(full: str, surname: str) -> bool:
    """Whether a full name may be written family name first with this family name ("Hwang
    Ji-woo", "Liang Xiuying" for "INSP HWANG", "DR LIANG"): it opens the name and is no known
    given name, or the name ends in a hyphened given name of syllables ("Lee Jae-sung")."""
    words = full.split()
    if len(words) == 4 and fold(words[0]) == fold(surname) and not is_given_name(words[0]):
        # a Vietnamese name's middle and given names: "Nguyễn Thị Thu Hà"
        return all(re.fullmatch(r"[A-ZÀ-ÖØ-Þ\u0110][^\W\d_]{1,3}", w) for w in words[1:])
    if len(words) not in (2, 3) or fold(words[0]) != fold(surname):
        return False
    return bool(SYLLABLES.fullmatch(words[-1])) or not is_given_name(words[0])


def family_namesakes(surname: str, text: str) -> set[str]:
    """The given names the text writes right after a family name ("Kim Tae-hwan", "KIM
    Dong-hyun"): a hyphened name of syllables, or any name word after the family name in
    capitals."""
    firsts, seconds, folded_firsts, _ = pair_words(text)
    out = {seconds[i].casefold() for i in positions(folded_firsts, surname.casefold())
           if HYPHENED.fullmatch(seconds[i])}
    out.update(seconds[i].casefold() for i in positions(firsts, surname.upper())
               if CAPS_GIVEN.fullmatch(seconds[i]) and not is_role_word(seconds[i]) and
               not is_common_phrase(seconds[i]))
    return out


HYPHENED = re.compile(r"[A-Z][a-z]+-[a-z]+")
CAPS_GIVEN = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?")
CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ]")
WORD_PAIR = re.compile(r"(?<![\w'’-])([\w'’-]+)(?= ([\w'’-]+))")


@functools.lru_cache(maxsize=8)
def word_pairs(text: str) -> tuple[tuple[str, str], ...]:
    """Each word of a text with the word after it (one space apart): read once per document,
    then asked of every surname label."""
    return tuple(WORD_PAIR.findall(text))  # (the second word's group is in the lookahead)


@functools.lru_cache(maxsize=8)
def pair_words(text: str) -> tuple[tuple[str, ...], ...]:
    """The word pairs' first and second words, as written and casefolded, in order: each
    surname label of a document finds its pairs by tuple.index (in C), not a scan of every pair
    in Python."""
    firsts, seconds = zip(*word_pairs(text)) if word_pairs(text) else ((), ())
    return firsts, seconds, tuple(map(str.casefold, firsts)), tuple(map(str.casefold, seconds))


def positions(words: tuple[str, ...], word: str) -> Iterator[int]:
    """The indexes where word is in words, in order."""
    at = -1
    while True:
        try:
            at = words.index(word, at + 1)
        except ValueError:
            return
        yield at


# Words that make another office of the one after them ("Vice President", "Deputy Chair").
OTHER_OFFICE = frozenset("vice deputy assistant associate lieutenant under sub co ex former "
                         "acting interim".split())
RUN = r"((?:[A-ZÀ-ÖØ-Þ][\w'’-]*\.? ){0,3}[A-ZÀ-ÖØ-Þ][\w'’-]+)"


def role_named(label: str, name: str, text: str) -> str | None:
    """The one full name the text writes after the label's role words: "VICE PRESIDENT HADDAD"
    is the "Vice President Samir Haddad" of the roll, "COACH KIM" the "head coach KIM
    Dong-hyun" (not "Vice President …" for "PRESIDENT …")."""
    words = label_words(label)
    size = len(name.split())
    role = [w for w in words[:-size] if w.lower().strip(".") not in HONORIFICS]
    if not role or len(role) != len(words) - size or not all(is_role_word(w) for w in role):
        return None
    surname = fold(name)
    found = set()
    pattern = r"\b(?i:" + r"\s+".join(re.escape(w) for w in role) + r")\s+" + RUN
    for m in re.finditer(pattern, text):
        before = text[:m.start()].split()[-1:]
        if before and before[0].strip(",;:(").lower() in OTHER_OFFICE:
            continue  # "Vice President Samir Haddad" is no "President Haddad"
        if run := _name_in_run(m[1].split(), surname):
            found.add(" ".join(display_word(w) for w in run))
    return found.pop() if len(found) == 1 else None


def _name_in_run(run: list[str], surname: str) -> list[str] | None:
    """The full name in a run of capitalised words that ends in the surname, or, family name
    first, starts with it ("KIM Dong-hyun")."""
    run = [w.rstrip(".") if len(w) > 2 else w for w in run]
    folded = [fold(w) for w in run]
    if surname in folded[1:]:
        return run[:folded.index(surname, 1) + 1]
    if folded[0] == surname and len(run) > 1 and (SYLLABLES.fullmatch(run[1]) or run[0].isupper()):
        return run[:2]
    return None
