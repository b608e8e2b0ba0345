"""What a speaker label says of its person: the name without roles, its spelling-tolerant form,
and whether an unknown name may open a person page."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from anyascii import anyascii
from rapidfuzz import fuzz

from ..detect.lexicon import lexicon
from ..speakers import (FAMILY_JOINERS, GAELIC, HONORIFICS, OFFICE_HOLDER, PARTICLES, bare_label,
                        display_word, family_caps, is_common_phrase, is_given_name, is_peer, is_place_name,
                        is_strong_label, label_kind, label_words, speaker_name)

INITIAL = re.compile(r"[A-Z]\.")
INITIALS_RUN = re.compile(r"(?:[A-Z]\.){1,3}")  # "U.T. Khader": initials run together too
PATRONYMIC = re.compile(r"[A-Z][a-z]\.")  # a Mongolian father's initial: "Ts. Oyunbileg"
# The FIA's and UEFA's "Kimi ANTONELLI": a given name, then the family name in capitals.
GIVEN_CAPS = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+ [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+")
PATRONYMIC_LINKS = frozenset("bin binti bte".split())  # "Kamarul Zaman bin Hashim": "son of"
GENERATIONS = frozenset("jr sr ii iii iv".split())  # "Jr.", "III" after a surname
# A judge's title after the surname: Justice, Justice of Appeal, Chief Justice, President …
JUDICIAL = frozenset("J JA CJ P AJ AJA LJ DCJ JJ JJA".split())
# Words that open a family name and are no given name ("Al", "Ben", "Del" can be).
FAMILY_PARTICLES = frozenset("de da du des dos das della der den van von ter ten le la "
                             "ó ní nic uí mhic ua mac mc te st. st ste. ste saint sainte"
                             .split())  # "Te Rangi"


@dataclass(frozen=True)
class SpeakerName:
    """The person part of a label: the name as it should read, and how much of it there is."""

    name: str
    full: bool  # given name (or initial) + surname; False: a surname alone

    @property
    def surname(self) -> str:
        """The last word of the name, but a generation's ("Victor Ferrer Jr." is a Ferrer)."""
        words = self.name.split()
        if len(words) > 2 and words[-1].rstrip(".,").lower() in GENERATIONS:
            return words[-2]
        return words[-1]

    @property
    def given(self) -> str:
        """The first word of a full name."""
        return self.name.split()[0] if self.full else ""


@functools.lru_cache(maxsize=4096)
def person_part(label: str) -> SpeakerName | None:
    """The person a speaker label names, without role words; None when it names no one."""
    # Whether a line opening in lower case is a turn is the reader's call; its name reads the same.
    if label_kind(label[:1].upper() + label[1:]) not in ("name", "short"):
        return None  # "Question", "Germany", "At Tunbridge Wells", a sentence cut at a colon
    name = speaker_name(label)
    if name is None:
        return None
    words = name.split()
    if len(words) == 1 and len(words[0].strip(".")) == 1:
        return None  # "R", "P (Outlet)": a Spanish press conference's respuesta, pregunta
    if words[-1].lower().strip(".") in ("no", "nr", "nos"):
        return None  # "CASE NO: CC 41/2024", a file's number
    if len(words) == 2 and words[1] in JUDICIAL and words[0].isupper():
        words = words[:1]  # "KIRK JA", "BELL CJ": a judge's surname and title
        name = words[0]
    if len(words) == 1 and re.search(rf"(?i)\b(?:of|for) the {re.escape(name)}$", label):
        return None  # "SPEAKER OF THE HOUSE", "COUNSEL FOR THE APPLICANTS": an office's words
    caps = name.isupper()  # "ED BALLS" reads "Ed Balls", initials kept: "J.K. ROWLING"
    # "Ó Súilleabháin", "van der Berg": particles and a family name, no given name
    full = len(words) > 1 and not all(w.lower() in FAMILY_PARTICLES for w in words[:-1]) \
        and words[0].lower() not in GAELIC  # "Mac Giolla Bhríde"
    return SpeakerName(" ".join(w.lower() if caps and i and w.lower() in FAMILY_PARTICLES
                                else w.title() if caps and len(w) > 1 and "." not in w
                                else display_word(w) for i, w in enumerate(words)), full)


def plausible(name: SpeakerName, turns: int, label: str = "", written: bool = False) -> bool:
    """Whether a full name not known to the archive may open a new person page.

    It must start with a known given name or follow an honorific ("Shri Akhilesh Yadav"), or,
    when it does neither ("Fyodor" is not in the list), speak more than once or be written in the
    document's text as well ("EFUA MENSAH (GRAPHIC): Efua Mensah, Daily Graphic. …"), and
    contain no common word ("Tunbridge Wells" has "wells").
    """
    words = name.name.split()
    if is_given_name(words[0]) or _honoured(label, name) or is_peer(name.name):
        return True
    if len(words) > 2 and INITIALS_RUN.fullmatch(words[0]) and is_given_name(words[1]):
        return True  # an initial, then a known given name: "R. Clive Landis", "J. Edgar Hoover"
    if written and _honoured(label, SpeakerName(words[-1], False)) and len(words) == 2 \
            and fold(label_words(label)[-1]) == fold(words[-1]):
        return True  # "Mr. Austria", whom the text writes in full: "Mr. Rommel Austria"
    # once, unwritten, a given name no list knows: a role said with it vouches for it
    # ("PRAVEEN KANDASAMY, RESIDENT")
    vouched = turns > 1 or written or bool(label and is_strong_label(label))
    if vouched and (family_caps(speaker_name(label) or "") or
                    GIVEN_CAPS.fullmatch(speaker_name(label) or "")):
        return True  # "TANAKA Yuki (CDP)": "Yuki" is a town too; "Ayao KOMATSU" (Komatsu too)
    if written and label and len(words) > 1 and all(
            INITIALS_RUN.fullmatch(w) or
            PATRONYMIC.fullmatch(w) and w[:-1].lower() not in HONORIFICS
            or re.fullmatch(r"[A-Z]", w) for w in words[:-1]) \
            and not is_common_phrase(words[-1]) and \
            (person_part(label) is None or fold(label_words(label)[-1]) == fold(words[-1])
             or not set(fold(label).split()) & set(fold(name.name).split())):
        # a role's or a surname's holder in initials: "P. Naidoo-Ramkissoon", "T. E. Shezi"
        # (a role read as a name has a holder of other words: "Ts. Oyunbileg" for BAG DARGA)
        return not is_place_name(words[-1])
    if written and turns > 1 and label and person_part(label) is None \
            and not is_common_phrase(words[0]) and (len(words) == 2 or len(words) <= 5 and all(
                w.lower() in FAMILY_PARTICLES | FAMILY_JOINERS or not is_common_phrase(w)
                for w in words[1:])):
        # a role's holder the text introduces: "HOST: … I'm Brannagh Quell" ("quell" a word),
        # "Adilson Tavares de Pina" (no word a plain one but its particles)
        return not is_place_name(words[-1])
    # Capitals are how transcripts write roles too ("TEKNİK DİREKTÖR", "AFISA UVUVI"): a name in
    # capitals that no list knows needs more than its turns (a name written as one, or an
    # affiliation after a comma: "ZORVANA DLAMINI-OKAFOR, CNN").
    said = turns > 1 and (not (speaker_name(label) or name.name).isupper() or
                          ", " in bare_label(label))
    return (said or written or bool(label and is_strong_label(label))) and \
        not any(is_common_phrase(w) for w in words if w not in FAMILY_PARTICLES | FAMILY_JOINERS
                and not (w.islower() and w in PARTICLES | PATRONYMIC_LINKS)) and \
        not any(is_place_name(w) or w in lexicon().places for w in words[1:]
                if w not in FAMILY_PARTICLES)  # "(La) Voz de
    # Galicia": a paper's name


def _honoured(label: str, name: SpeakerName) -> bool:
    """A label that is an honorific and the name alone: "SHRI AKHILESH YADAV", "Dr Ann Berg",
    also as an office's holder in brackets ("THE MINISTER OF X (SHRI C. R. PATIL)")."""
    if (held := OFFICE_HOLDER.match(label)) and label.rstrip().endswith(")"):
        label = held[2]
    words = label_words(label)
    return len(words) == len(name.name.split()) + 1 and \
        words[0].lower().strip(".") in HONORIFICS | {"hon", "honourable", "honorable"}


def fold(text: str) -> str:
    """A spelling-tolerant comparison form: ASCII, casefolded, no dots or hyphens."""
    text = text if text.isascii() else anyascii(text)
    return text.casefold().replace(".", "").replace("-", " ").strip()


def compatible(a: SpeakerName, b: SpeakerName) -> bool:
    """Two full names of one person in one conversation: same surname, given name or initial."""
    s, t = fold(a.surname), fold(b.surname)
    if fuzz.ratio(s, t) < 85 or s.endswith("a") != t.endswith("a"):  # Petrov is not Petrova
        return False
    # "N.M. Nurzhigitov": a given name's initial and a patronymic's, the first one compared
    x, y = (fold(n.given)[:1] if INITIALS_RUN.fullmatch(n.given) else fold(n.given)
            for n in (a, b))
    short, long_ = sorted((x, y), key=len)
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)) or \
        (min(len(x), len(y)) > 2 and fuzz.ratio(x, y) >= 75) or \
        (len(short) >= 4 and long_.endswith(short))  # "Kemi" is "Oluwakemi"
