"""Name forms: the folded spelling key, person name parts and given-name compatibility."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from anyascii import anyascii
from rapidfuzz.distance import Levenshtein

from ..detect.lexicon import (ARTICLE_PREFIX_RE, IRISH_OPENERS, NAME_PARTICLES,
                              PATRONYMIC_PARTICLES)

DATA = Path(__file__).resolve().parent.parent / "data"
# Transliteration variants, applied in order to a lower-case ASCII token. Each maps several
# spellings of one sound to one form: Fyodor/Fëdor/Fedor, Yevgeny/Evgeny, Sergeyev/Sergeev,
# Ignatyev/Ignatiev (y → i), Alexei/Aleksey, Mikhail/Mihail, Zelensky/Zelenskiy/Zelenskyy,
# Pouyane/Pouyanne.
_FOLDS = (
    (re.compile(r"['’`.]"), ""),
    (re.compile(r"(?<=[a-z])yo"), "e"),
    (re.compile(r"^ye|(?<=[aeiou])ye"), "e"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"y"), "i"),
    (re.compile(r"([a-z])\1+"), r"\1"),
)
PATRONYMIC_ENDS = ("ovich", "evich", "ovna", "evna", "ichna", "ich")
PARTICLES = NAME_PARTICLES  # one list with detection
MISSPELLING_MIN = 4  # a token this long may differ from a frequent form by one edit


@functools.lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    """One token's spelling key: ASCII, lower case, transliteration variants unified."""
    out = anyascii(token).lower()
    for pattern, repl in _FOLDS:
        out = pattern.sub(repl, out)
    return out.replace("-", "")


@functools.lru_cache(maxsize=1 << 18)
def fold(name: str) -> str:
    """A whole name's spelling key (token keys joined by spaces)."""
    return " ".join(t for t in (fold_token(w) for w in name.replace("-", " ").split()) if t)


MINISTRY = "ministri"  # "ministry", folded


@functools.lru_cache(maxsize=1 << 18)
def key(typ: str, name: str) -> str:
    """The spelling key of an entity name of a type ("The" in front of a place or org drops)."""
    if typ in ("person", "place") and " " not in name.strip():
        # A lone name has no given name to anchor its variants: "Gore" and "Gorre" are two
        # people's names, "Montpelier" and "Montpellier" two towns (the gazetteer's own
        # variants are joined by the detector), so only its letters and case are folded.
        return anyascii(name).lower().replace("’", "'")
    folded = fold(name)
    if typ != "person" and folded.startswith("the ") and len(folded) > 4:
        folded = folded[4:]
    words = folded.split()
    if typ == "organization" and len(words) >= 2 and words[-1] == MINISTRY and \
            not {MINISTRY, "of", "the"} & set(words[:-1]):
        # "Culture Ministry" is the "Ministry of Culture", "Economic Development Ministry" the
        # "Ministry of Economic Development"
        return f"{MINISTRY} of {' '.join(_singular(w) for w in words[:-1])}"
    if typ == "organization" and words[:2] == [MINISTRY, "of"] and len(words) > 2:
        field = words[3:] if words[2] == "the" and len(words) > 3 else words[2:]
        return f"{MINISTRY} of {' '.join(_singular(w) for w in field)}"  # "of the Interior"
    if typ == "organization" and len(words) >= 3 and words[-1] in LEGAL_FORM_KEYS:
        # "X Ltd" is "X Limited", "X Inc" "X Incorporated": one firm, its legal form spelled
        # out or not
        return " ".join([*words[:-1], LEGAL_FORM_KEYS[words[-1]]])
    return folded


# A legal form's spellings, folded, to one key.
LEGAL_FORM_KEYS = {"limited": "ltd", "ltd": "ltd", "incorporated": "inc", "inc": "inc",
                   "corporation": "corp", "corp": "corp", "company": "co", "co": "co"}


def _singular(word: str) -> str:
    """A folded word without a plural ending: a ministry's field is written either way
    ("Emergencies Ministry", "Emergency Ministry"; "Sports", "Sport")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "i"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def is_initial(token: str) -> bool:
    """Whether a token is an initial ("D." or "D")."""
    return len(token.rstrip(".")) == 1 and token[:1].isalpha()


@dataclass(frozen=True)
class PersonName:
    """A person's name split into folded parts: given, middle (patronymics dropped), surname."""

    given: str
    middle: tuple[str, ...]
    surname: str
    initial: bool

    @property
    def full(self) -> bool:
        """Whether the name has a given name (or initial) besides the surname."""
        return bool(self.given)


@functools.lru_cache(maxsize=1 << 18)
def person_name(name: str) -> PersonName:
    """The parts of a person's name; a lone token is a surname (given empty)."""
    words = _join_particles(name.split())
    if len(words) < 2:
        return PersonName("", (), _surname_key(name), False)
    middle = tuple(fold_token(w) for w in words[1:-1]
                   if not fold_token(w).endswith(PATRONYMIC_ENDS))
    return PersonName(fold_token(words[0]), middle, _surname_key(words[-1]),
                      is_initial(words[0]))


def _join_particles(words: list[str]) -> list[str]:
    """Keep "de Gaulle", "van Gogh" or "von der Leyen" together as the surname."""
    k = len(words) - 1
    while k > 0 and (words[k - 1].lower() in PARTICLES or words[k - 1] in IRISH_OPENERS):
        k -= 1  # ("Orla Ní Riada": "Ní Riada" alone is her surname, no given name "Ní")
    if k < len(words) - 1:
        return [*words[:k], " ".join(words[k:])]
    return words


def _has_particle(words: list[str]) -> bool:
    """Whether a name holds a lowercase particle or a hyphen-joined article ("al-Assad")."""
    return any(w in PARTICLES or ARTICLE_PREFIX_RE.match(w) for w in words[1:])


def spelling(surname: str) -> str:
    """A surname as written, up to case, accents, particles, hyphens and apostrophes ("Assad"
    for "al-Assad", "Klerk" for "de Klerk"); unlike its key, "Berri" and "Berry" stay apart."""
    last = ARTICLE_PREFIX_RE.sub("", surname.split()[-1]) if surname.split() else surname
    return "".join(c for c in anyascii(last).lower() if c.isalnum())


def _surname_key(surname: str) -> str:
    """A surname's folded key, a hyphen-joined article dropped ("al-Assad" is "Assad")."""
    return fold(ARTICLE_PREFIX_RE.sub("", surname))


@functools.lru_cache(maxsize=1 << 16)
def name_parts(name: str) -> tuple[str, ...]:
    """Folded words of a full name with a particle that are no surname key of it: given and
    middle names and the father's name after "bin" ("Salman" in "Mohammed bin Salman")."""
    words = name.split()
    person = person_name(name)
    if not person.full or not _has_particle(words):
        return ()
    parts = [] if person.initial else [person.given]
    parts += person.middle
    surname = _join_particles(words)[-1].split()
    if len(surname) > 1 and surname[-2].lower() in PATRONYMIC_PARTICLES:
        parts.append(fold(surname[-1]))
    return tuple(p for p in parts if p)


def given_relation(a: str, b: str) -> str | None:
    """How two folded given names may be one: "same", "initial", "edit", or None."""
    if a == b:
        return "same"
    if not a or not b:
        return None
    if (len(a) == 1) != (len(b) == 1):
        return "initial" if a[0] == b[0] else None
    if min(len(a), len(b)) >= MISSPELLING_MIN and Levenshtein.distance(a, b) <= 1:
        return "edit"
    return None


def near(a: str, b: str) -> bool:
    """Whether two folded tokens are one edit apart (and long enough for that to mean a typo)."""
    return min(len(a), len(b)) >= MISSPELLING_MIN + 1 and Levenshtein.distance(a, b) <= 1


@functools.lru_cache(maxsize=1)
def common_surnames() -> frozenset[str]:
    """The packaged list of frequent surnames, folded (empty when the list is missing)."""
    path = DATA / "surnames.txt"
    if not path.exists():
        return frozenset()
    return frozenset(fold(w) for w in path.read_text(encoding="utf-8").split())


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The packaged list of given names (empty when the list is missing)."""
    path = DATA / "given_names.txt"
    if not path.exists():
        return frozenset()
    return frozenset(path.read_text(encoding="utf-8").split())


@functools.lru_cache(maxsize=1)
def word_given_names() -> frozenset[str]:
    """English words that are given names ("Gift", "Fortune"; data/word_given_names.txt)."""
    path = DATA / "word_given_names.txt"
    if not path.exists():
        return frozenset()
    return frozenset(w for w in path.read_text(encoding="utf-8").splitlines()
                     if w and not w.startswith("#"))


@functools.lru_cache(maxsize=1)
def pet_forms() -> dict[str, frozenset[str]]:
    """Folded pet form → folded full given names it stands for ("sasha" → "alexander", ...)."""
    path = DATA / "given_name_forms.txt"
    out: dict[str, frozenset[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            pet, fulls = line.split("\t", 1)
            out[fold_token(pet)] = frozenset(fold_token(f.strip()) for f in fulls.split(","))
    return out
