"""The full forms of a name a text writes: the given names before a surname ("Dr. Ann Ato Berg"
for "DR. BERG:"), the surname after a given name ("ESME TREVANION" for "ESME:"), read word by
word with the stops between them, titles and particles kept apart."""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from ..speakers import (HONORIFICS, PARTICLES, common_words, display_word, honorific_pair,
                        is_given_name, is_place_name, is_role_word, is_surname)
from .names import INITIAL, fold

NICKNAME = re.compile(r"(?<=[A-Za-zÀ-ÖØ-öø-ÿ]) [\"“][A-ZÀ-ÖØ-Þ][\w'’-]*[\"”](?= [A-ZÀ-ÖØ-Þ])")
TITLES = frozenset("prof professor hon honorable honourable rev reverend advocate adv".split())


def full_names(surname: list[str], text: str, caps: bool = False, loose: bool = False
               ) -> set[str]:
    """The full forms of a surname in a text, as a page shows them: given names (and initials)
    before it, a known given name first or an honorific in front ("Dr. Ann Ato Berg"); or, for a
    surname in capitals, family name first as Japanese documents write it ("BERG Anna"). A
    nickname in quotes between the names is no part of them ('RAYMOND "RAY" BERG')."""
    if '"' in text or "“" in text:
        text = NICKNAME.sub("", text)
    raw, words, ends, at = _tokens(text)
    key, size = [fold(w) for w in surname], len(surname)
    found = set()
    for i in at.get(key[0], ()):
        if i + size > len(words) or [fold(w) for w in words[i:i + size]] != key \
                or any(ends[j] and fold(words[j]) not in ("st", "ste")  # "St. Clair-Mobley"
                       for j in range(i, i + size - 1)):
            continue
        run = _given_run(words, ends, i, loose)
        after = i + size
        if run:
            # a particle's family name, then a second one: "Bernardo de Vasconcelos Pimentel"
            more = [words[after]] if size > 1 and words[i].lower() in PARTICLES and \
                after < len(words) and not ends[after - 1] and _name_word(words[after]) else []
            found.add(" ".join([*(display_word(w) for w in run), *(
                _saint(raw[j]) if fold(words[j]) in ("st", "ste") else display_word(words[j])
                for j in range(i, i + size)), *more]))
        if ends[after - 1] and raw[after - 1].endswith(",") and after + 1 < len(words) \
                and raw[after - 1][:1].isupper() \
                and words[after].lower() in HONORIFICS and is_given_name(words[after + 1]) \
                and ends[after + 1]:
            # (not a role in words: "la mairesse, Mme Cathy Poirier"; nor the next of a list of
            # names: "Ann Berg, Dr Tom Roe")
            # a witness list, family name first: "Berg, Ms Ann, Second Commissioner"
            found.add(" ".join(display_word(w) for w in [words[after + 1], *words[i:after]]))
        if caps and not run and words[i].isupper() and not ends[after - 1] and after < len(words) \
                and _family_first(words[after]):
            found.add(" ".join(display_word(w) for w in [*words[i:after], words[after]]))
    return found


def _saint(word: str) -> str:
    """A saint particle as written, in title case: "ST." → "St."."""
    word = word.strip(",;:()")
    return word.title() if word.isupper() else word


@functools.lru_cache(maxsize=8)
def _tokens(text: str) -> tuple[list[str], list[str], list[bool], dict[str, list[int]]]:
    """A text's words as written, bare, whether a stop ends each, and where each folded word is
    (one pass per text: a transcript asks for many surnames)."""
    raw: list[str] = []  # lines are the document's blocks: an empty word stands between them
    for line in text.split("\n"):
        raw.extend([*line.split(), ""])
    words = [w.strip(",:;()\"'“”‘’") for w in raw]
    words = [w if INITIAL.fullmatch(w) else w.strip(".") for w in words]
    ends = [not w or w[-1:] in ",:;.)\"”’" and not INITIAL.fullmatch(words[i])
            or i + 1 < len(raw) and raw[i + 1][:1] in "(\"“‘«"  # 'Salgado ("Beto", …)'
            for i, w in enumerate(raw)]
    at: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(words):
        at[fold(w)].append(i)
    return raw, words, ends, dict(at)


def _given_run(words: list[str], ends: list[bool], i: int, loose: bool = False) -> list[str]:
    """The given names (and initials) written before position i: up to three name words, the
    first a known given name, or all of them when an honorific comes before ("Dr. Ann Ato");
    `loose`: or one name word after a lower-case word ("moderated by Oluwaseun")."""
    common = common_words()
    j = i
    while j > 0 and i - j < 3 and not ends[j - 1] and (INITIAL.fullmatch(words[j - 1]) or (
            words[j - 1][:1].isupper() and not is_role_word(words[j - 1])
            and "/" not in words[j - 1]  # "Cyng./Cllr Ann": a title in two languages
            and words[j - 1].lower() not in HONORIFICS | TITLES  # "the Hon. Ann"
            and not (j > 1 and honorific_pair(words[j - 2], words[j - 1]))  # "Datuk Seri"
            and (is_given_name(words[j - 1]) or words[j - 1].lower() not in common))):
        j -= 1
    before = words[j - 1] if j > 0 else ""
    if "/" in before:  # "Cyng./Cllr": one of the two is the title
        before = next((w.strip(".") for w in before.split("/") if is_role_word(w.strip(".")) or
                       w.lower().strip(".") in HONORIFICS | TITLES), before)
    # (an initial, then a given name: "Professor the Hon. R. Ann Berg")
    if j < i and not all(INITIAL.fullmatch(w) for w in words[j:i]) and (
            before.lower() in HONORIFICS | TITLES or is_role_word(before)):
        return words[j:i]
    if j < i and all(INITIAL.fullmatch(w) for w in words[j:i]) and \
            before.lower().strip(".") in HONORIFICS:
        return words[j:i]  # "ADV. T. E. SHEZI", "Mr. D. van der Walt": initials after a title
    # loose: after a lower-case word or a list's bullet ("moderated by Oluwaseun", "* Yuto"),
    # not at a line's start ("HARBOURMASTER QUILLER, sixties")
    if loose and j == i - 1 and j > 0 and not ends[j - 1] and not INITIAL.fullmatch(words[j]) \
            and (before[:1].islower() or before in ("*", "•", "-")) \
            and not is_place_name(words[j]) and not CONTRACTION.fullmatch(words[j]):
        return words[j:i]
    while j < i and not (is_given_name(words[j]) and words[j][:1].isupper()):
        j += 1
    return words[j:i]


def _family_first(word: str) -> bool:
    """A given name after a family name in capitals ("KITAMURA Toshihiro"): a capitalised word,
    not in capitals, no role, no common word."""
    return bool(re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+", word)) and not is_role_word(word) \
        and (is_given_name(word) or word.lower() not in common_words())


# Words inside a family name after the given name ("Keri Te Awa", "Siobhán Ní Bhriain").
CONTRACTION = re.compile(r"I|\w+['’](?:m|s|re|ve|ll|d)")  # "I'm", "It's": no name words
SURNAME_PARTICLES = PARTICLES | frozenset("te ní ni nic ó ua mac mc ap".split())


# Greetings before a name in other languages ("Bonjour Hery", "Merci Ana"): no name words.
GREETINGS = frozenset("bonjour bonsoir salut merci bienvenue hola gracias buenos buenas "
                      "bienvenido bienvenida olá oi obrigado obrigada ciao grazie buongiorno "
                      "buonasera hallo danke servus".split())


def given_first(given: str, text: str) -> set[str]:
    """The full names a text writes with this given name first ("ESME TREVANION, the keeper's
    daughter" for the cue "ESME"): the next capitalised word (a particle and one more word),
    no role and no common word; a word used after another name word (a surname) gives none."""
    key, found = fold(given), set()
    for line in text.split("\n"):
        if key not in fold(line):
            continue
        raw = line.split()
        words = [w.strip(",:;()\"'“”‘’.!?") for w in raw]
        # a bracket closes a name too: "Tomasz Wierzbicki (Warsaw)" is no three-word name
        stops = [w[-1:] in ",:;.)!?" or raw[i + 1][:1] in "([" if i + 1 < len(raw) else True
                 for i, w in enumerate(raw)]
        for i, word in enumerate(words):
            if fold(word) != key or not word[:1].isupper():
                continue
            before = words[i - 1] if i and not stops[i - 1] else ""
            honoured = before.lower() in HONORIFICS or i > 1 and not stops[i - 2] and \
                honorific_pair(words[i - 2], before)  # "Datuk Seri Kamarul Zaman bin Hashim"
            name = _surname_after(words, stops, i)
            acronym = before.isupper() and len(before) > 1 and not word.isupper()  # "PCSO Dylan"
            named = before[:1].isupper() and not CONTRACTION.fullmatch(before) and not acronym \
                and before.lower() not in GREETINGS \
                and (is_given_name(before) or before.lower() not in common_words())
            if (honoured and not name) or (named and not honoured and not is_role_word(before)):
                return set()  # "Ann Esme", "Dr Esme": the word is a surname here
            if name:
                found.add(" ".join(display_word(w) for w in [word, *name]))
    return found


def _surname_after(words: list[str], stops: list[bool], i: int) -> list[str]:
    """The family name right after a given name at position i: a capitalised word, or a
    particle and one (no role, honorific or common word); [] when there is none."""
    if stops[i] or i + 1 >= len(words):
        return []
    tail = [words[i + 1]]
    if tail[0].lower() in SURNAME_PARTICLES and i + 2 < len(words) and not stops[i + 1]:
        tail.append(words[i + 2])
    last = tail[-1]
    if not _name_word(last):
        return _middle_common(words, stops, i) if len(tail) == 1 else []
    k = i + len(tail)
    after = words[k + 1] if not stops[k] and k + 1 < len(words) else ""
    closed = k + 2 >= len(words) or stops[k + 1]  # "I'm Mei Lin Tan, and …"
    if after and after not in SURNAME_PARTICLES and (
            _name_word(after) or closed and after[:1].isupper() and not is_role_word(after)):
        tail.append(words[k + 1])  # "Mei Lin Tan": a given name of two words, then the surname
    return tail + _particle_tail(words, stops, i + len(tail))


def _middle_common(words: list[str], stops: list[bool], i: int) -> list[str]:
    """A middle name that is also a common word, then a surname that closes the name ("Nigar
    Sultana Joty (captain)"): both words, else []."""
    k = i + 2
    middle = words[i + 1]
    if k >= len(words) or stops[i + 1] or not stops[k] or not middle[:1].isupper() \
            or is_role_word(middle) or middle.lower() in HONORIFICS or not _name_word(words[k]):
        return []
    return [middle, words[k]]


def _particle_tail(words: list[str], stops: list[bool], k: int) -> list[str]:
    """More family name after word k: particles, then a name word ("Ramírez de la Peña")."""
    j = k + 1
    while j < len(words) and not stops[j - 1] and words[j].lower() in SURNAME_PARTICLES:
        j += 1
    if j == k + 1 or j >= len(words) or stops[j - 1] or not _name_word(words[j]):
        return []
    return words[k + 1:j + 1]


def _name_word(word: str) -> bool:
    """A capitalised word that can be part of a name: no role, honorific or common word."""
    return word[:1].isupper() and len(word) > 1 and not is_role_word(word) and \
        word.lower() not in HONORIFICS and word.lower() not in common_words()


_CAP = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[-'’][^\W\d_]+)?"
_LINK = r"(?:(?:de|da|do|dos|das|del|y|i) )?"  # "Ana Rocha de Sá", "Joan Garcia i Puig"
_CAPS_GO_ON = re.compile(r" [A-ZÀ-ÖØ-Þ&]")


def spread_names(name: str, text: str) -> set[str]:
    """The longer forms a text writes of a given name and a family name, a second given name
    between them or a second family name after them ("Ann Berg" of "Ann Maria Berg Lund"), as
    Spanish and Portuguese speakers' labels cut a full name to the first of each."""
    words = name.split()
    if len(words) != 2 or not is_given_name(words[0]):
        return set()
    given, family = (re.escape(w) for w in words)
    pattern = rf"(?<![\w-])(?i:{given})( {_CAP})? (?i:{family})( {_LINK}{_CAP})?(?![\w'’-])"
    found = set()
    for m in re.finditer(pattern, text):
        middle, last = (m[1] or "").strip(), (m[2] or "").split()[-1:]
        if (middle or last) and (not middle or is_given_name(middle) and _kept(middle)) \
                and (not last or _kept(last[0]) and (_name_word(last[0]) or is_surname(last[0]))
                     and not _CAPS_GO_ON.match(text, m.end())):  # "Ann Berg Norvale Energy
            # SA - CEO": a participants list's firm after the name, no second family name
            found.add(m[0])
    return found


def _kept(word: str) -> bool:
    """A word that may be a name's: no role, honorific, place or letters after a name ("MP")."""
    return not (is_role_word(word) or word.lower() in HONORIFICS or is_place_name(word)
                or word.isupper())
