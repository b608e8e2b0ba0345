"""Labels of words no name list knows, in any language ("TEKNİK DİREKTÖR", "LA MAIRESSE"),
named by a header's cast line, an apposition, a bracket or a title in front; and the readings
that take a label's name back ("INDEPENDENT:" a plain word) or make it longer (a family name
written before "Jun Wei")."""

from __future__ import annotations

import functools
import re
import unicodedata

from ..model import Document
from ..speakers import (HONORIFICS, LABEL_ARTICLES, bare_label, common_words, family_caps,
                        is_given_name, is_place_name, is_role_word, is_surname, label_kind)
from .address import own_name
from .castlines import cast_person
from .names import SpeakerName, fold, person_part
from .patterns import NAME, TITLED, _body_of_role, _name_ok, _opening_turns, office_key
from .qualified import many_qualified
from .roster import plain_phrase

# How a header or the text gives the holder of a label made of words no list knows, in any
# language: a cast line naming it among glosses ("Teknik direktör / Head coach: Ann Berg"), the
# role in apposition ("la mairesse, Mme Ann Berg", "Ann Berg, directeur général"), in brackets
# ("Ann Berg (Moderation)") or as a title in front ("Politologe Ann Berg").
_ENDS = r"(?=\s*(?:[,;.()]|$)|\s+[a-zà-öø-ÿ])"  # not "Ann Berg Également présents"
WORDED = (r"(?m)^[^\n:]{{0,60}}(?<!\w){role}(?!\w)[^\n:]{{0,60}}:\s*(?:{titled})?{name}" + _ENDS,
          r"(?m)(?<!\w){role}, (?:{titled})?{name}" + _ENDS, r"{name}, (?:the )?{role}(?!\w)",
          r"{name} \({role}\)", r"(?m)(?<!\w){role} {name}" + _ENDS)
LOCAL_TITLES = (r"(?:M|Mme|Mlle|Sr|Sra|Dra|Enf|Eng|Ing|Lic|Arq|Hr|Fr|Herr|Frau|Pan|Pani|Bay|"
                r"Bayan)\.? ")
LOCAL_TITLE_AT = re.compile(LOCAL_TITLES.replace("(?:", "^(?:", 1))


def _worded_holders(doc: Document) -> dict[str, str]:
    """Labels read as names whose words no name list knows ("TEKNİK DİREKTÖR", "LA MAIRESSE",
    "POLITOLOGE"), and the one person the document gives each as its holder."""
    text = "\n".join([doc.meta.title, *(b.text for b in doc.blocks if b.kind != "turn"),
                      *(f"{b.speaker}: {b.text}" for b in _opening_turns(doc))])
    labels = {office_key(bare_label(b.speaker)): b.speaker for b in doc.blocks
              if b.kind == "turn" and b.speaker}
    # "ODITÈ (Kafou)", "ODITÈ (Okap)": callers from two towns, no one holder
    shared = many_qualified(doc, office_key)
    labels = {k: v for k, v in labels.items() if k not in shared}
    # the people who speak under their own names hold no other label ("Lunch with the FT: Ann
    # Berg" above "FT:" and "Berg:")
    own = {fold(w) for lab in labels.values() if (part := person_part(lab)) for w in
           part.name.split()}
    out = {}
    for key, label in sorted(labels.items()):
        words = key.split()
        if words[0] in LABEL_ARTICLES and len(words) > 1:
            words = words[1:]  # "la mairesse, Mme Ann Berg": the article may go or stay
        if person_part(label) is not None and len(words) > 1 and \
                (held := _honoured_holder(words, text)):
            # "Gram Vikas Adhikari Shri Mahendra Singh Rathore": a role; not where the one after
            # it speaks under their own label ("Ann Berg, Dr Tom Roe" of a members' list)
            if not {fold(w) for w in held.split()} & own:
                out[key] = held
            continue
        if person_part(label) is None and not _foreign_role(key) or \
                len(key) < 4 and not _plain_word(key, text) or \
                family_caps(bare_label(label)) or \
                any(is_given_name(w) or is_surname(w) for w in words) or \
                _written_as_surname(words, text):
            continue  # ("FT": an outlet's initials; "HASHIMOTO Ren": a name, family name first)
        role = r"\s+".join(map(re.escape, words))
        titled = f"(?:{TITLED}|{LOCAL_TITLES})"
        # (an office in its own language: no genitive's body before the name, "marszałek
        # Sejmu Ann Berg", and a known given name first)
        found = {_body_of_role(LOCAL_TITLE_AT.sub("", m[1]), text[max(0, m.start(1) - 30):
                                                                   m.start(1)])
                 for p in WORDED
                 for m in re.finditer(p.format(role=f"(?i:{role})", titled=titled, name=NAME),
                                      text)}
        unlisted = person_part(label) is not None
        found = {n for n in found if _name_ok(n, unlisted)} | _cast_held(words, text)
        names = {n for n in found if not set(map(str.casefold, n.split())) & set(words)
                 and not {fold(w) for w in n.split()} & own
                 and not any(w.endswith(".") and len(w) > 3 for w in n.split()[:-1])}
        # ("PIRMININKĖ: Dėkoju. Motyvai …": a sentence ended after the first word, no initial)
        if not names and person_part(label) is not None and \
                (said := _first_words_name(doc, key)):
            names = {said}  # "Ekspert Komisji: Thank you. Dr Ann Berg, Warsaw University."
        if len(names) == 1:
            out[key] = names.pop()
    return out


def _foreign_role(key: str) -> bool:
    """An office in a language with letters beyond ASCII ("ΠΡΟΕΔΡΟΣ", "TEKNİK DİREKTÖR"): its
    holder may be given by a header line in two languages ("Πρόεδρος / Chair: Ann Berg")."""
    return any(not w.isascii() for w in key.split()) and label_kind(key.upper()) == "role"


# A personal title or a given name right before a label's words makes them a surname ("Mr.
# Chris Varwig, Ms. Ann Roe" in a members' list, "Mr. Ganbold, Erdenes Mongol"), not a role.
BEFORE_SURNAME = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?|\b([A-Z][a-z'’-]+)) $")


def _written_as_surname(words: list[str], text: str) -> bool:
    """Whether the text writes a label's words, capitalised, after "Mr."/"Dr." or a given name."""
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
    for m in re.finditer(f"(?i:{pattern})", text):
        if not m[0][:1].isupper():
            continue
        before = BEFORE_SURNAME.search(text, max(0, m.start() - 30), m.start())
        if before and (before[1] is None or is_given_name(before[1])
                       and before[1].lower() not in common_words()):
            return True
    return False


HONOURED = "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
HONOURED_NAME = re.compile(rf",?\s+(?i:{HONOURED})\.?\s+{NAME}" + _ENDS, re.MULTILINE)


def _honoured_holder(words: list[str], text: str) -> str | None:
    """The one person the text names right after a label's words, an honorific between them
    ("Gram Vikas Adhikari Shri Mahendra Singh Rathore" for GRAM VIKAS ADHIKARI): the label's
    words, a given name among them or not, are the person's role."""
    low, role, found = _lowered(text), " ".join(words), set()
    at = low.find(role) if len(low) == len(text) else -1  # (found as written, no regex a label)
    while at >= 0:
        if not (at and (low[at - 1].isalnum() or low[at - 1] in "_.-")) and \
                (h := HONOURED_NAME.match(text, at + len(role))):
            found.add(h[1])
        at = low.find(role, at + 1)
    found = {n for n in found if _name_ok(n, True)}
    return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    """A text in lower case, once for all its labels."""
    return text.lower()


def _cast_held(words: list[str], text: str) -> set[str]:
    """The person each header cast line keyed by the role gives, titles no list knows dropped
    ("Kepala Desa / Village head: Bapak Haji Sutrisno Wibowo", "Voorzitter / Chair: Hendrika
    (Rieke) van Oosten-Schipper, chair of the board"), one line of several entries too."""
    # (its accents as the label may drop them: "Πρόεδρος / Chair:" for ΠΡΟΕΔΡΟΣ)
    role = r"\s+".join("".join(re.escape(c) + "[\u0300-\u036f]*" for c in _bare(w)) for w in words)
    line = re.compile(rf"^[^\n:]{{0,60}}(?<!\w)(?i:{role})(?!\w)[^\n:]{{0,60}}:\s*(.+)$")
    values = [unicodedata.normalize("NFC", m[1]) for t in unicodedata.normalize("NFD", text)
              .split("\n") for entry in re.split(r"\s+[·|•]\s+", t) if (m := line.match(entry))]
    # the value a name and what the person is, not a sentence ("I will ask our CEO, Ann Berg",
    # "Good evening. Ann Berg, Smithfield.")
    return {person for value in values if (person := cast_person(value))}


def _bare(word: str) -> str:
    """A word without its accents."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _plain_word(key: str, text: str) -> bool:
    """Whether a short one-word label is a word the text writes capitalised in lower case
    ("GUP" of "Chair: Gup Ann Berg", a local title), not initials ("FT", "GAO")."""
    return " " not in key and re.search(rf"(?<!\w){re.escape(key.title())}(?!\w)", text) is not None


def _first_words_name(doc: Document, key: str) -> str | None:
    """The name a label's first turn gives as the speaker's own ("I'm Ann Berg", "Dr Ann Berg,
    Warsaw University."), when no later turn of the label gives another."""
    own = [own_name(b.text, True) for b in doc.blocks if b.kind == "turn" and b.speaker
           and office_key(bare_label(b.speaker)) == key]
    if not own or own[0] is None or any(n and n != own[0] for n in own[1:]):
        return None
    part = person_part(own[0])
    return own[0] if part and part.full else None


def _family_named(prose: str, out: list[tuple[int, str, SpeakerName | None]]
                  ) -> list[tuple[int, str, SpeakerName | None]]:
    """A label of two short name words that the text writes once more after a family name
    ("Jun Wei:" and "I'm Jun Wei. Tan Jun Wei, for new listeners"): the family name first."""
    labels = {name.name for _, _, name in out if name is not None and name.full and
              re.fullmatch(r"[A-Z][a-z]{1,5} [A-Z][a-z]{1,5}", name.name)}
    if not labels:
        return out
    longer = {}
    for name in labels:
        found = set()
        for m in re.finditer(rf"\b([A-Z][a-z]{{1,5}}) {re.escape(name)}\b", prose):
            if _family_word(m[1]):  # and a middle name after the family name: "Vo Thi Ngoc Anh"
                before = SHORT_BEFORE.search(prose, max(0, m.start() - 7), m.start())
                found.add(f"{before[1]} {m[1]}" if before and _family_word(before[1]) else m[1])
        found = {f for f in found if not any(o.endswith(f" {f}") for o in found)}
        if len(found) == 1:
            longer[name] = SpeakerName(f"{found.pop()} {name}", True)
    return [(i, label, longer[name.name] if name and name.name in longer
             and not _own_title(label, name, longer[name.name], prose) else name)
            for i, label, name in out]


def _own_title(label: str, name: SpeakerName, longer: SpeakerName, prose: str) -> bool:
    """Whether the word a longer name adds is a role label's own word, the name not in it, and
    the text opens an entry with them ("Members present: Mangmi Pema Wangmo;" for MANGMI): the
    office written as a title before the name (not "Sr. Fartun Weli Ismail" for FARTUN)."""
    words = {fold(w) for w in bare_label(label).split()}
    if fold(longer.name.split()[0]) not in words or set(fold(name.name).split()) & words:
        return False
    entry = rf"(?:^|[:;]\s*){re.escape(longer.name.split()[0])}\s+{re.escape(name.name)}(?!\w)"
    return re.search(entry, prose, re.M) is not None


SHORT_BEFORE = re.compile(r"\b([A-Z][a-z]{1,5}) $")  # a short name word right before


def _family_word(word: str) -> bool:
    """A short capitalised word that may be a family or middle name ("Tan", "Thi"), no title,
    role, place or common word."""
    return word.lower() not in HONORIFICS and not is_role_word(word) and \
        not is_place_name(word) and (is_given_name(word) or  # "Tan", a colour too
                                     word.lower() not in common_words())


def _role_words_unnamed(prose: str, out: list[tuple[int, str, SpeakerName | None]]
                        ) -> list[tuple[int, str, SpeakerName | None]]:
    """A one-word name from a label that the text writes only as a plain word ("INDEPENDENT:",
    "as an independent"; "VOICE NOTE:") or in capitals after an article ("PCSO:", "the PCSO
    has to leave": a role's initials) names no one, nor one whose later words the text writes
    in lower case ("Presidente comunal:", `plain_phrase`); a nickname the text writes as a name
    ("Poncho, the delivery is short") does."""
    shorts = {(label, name.name) for _, label, name in out if name is not None and not name.full}
    roles = {label for label, name in shorts if _role_word_in(bare_label(label), name, prose)}
    roles |= {label for _, label, name in out if name is not None and plain_phrase(label, prose)
              and set(fold(name.name).split()) <= set(fold(label).split())}  # (no holder's)
    return [(i, label, None if label in roles else name) for i, label, name in out]


def _role_word_in(label: str, name: str, prose: str) -> bool:
    """Whether a one-word name from a label reads in the text as an acronym or a plain word."""
    if re.fullmatch(r"[A-Z]{2,6}", label) and \
            re.search(rf"\b(?:the|a|an|our|your|their) {re.escape(label)}\b", prose):
        return True
    return len(name) > 2 and name.lower() in common_words() and not is_given_name(name) and \
        not is_surname(name) and not re.search(
            rf"(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )\b{re.escape(name)}\b", prose)
