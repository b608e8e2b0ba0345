"""Courts and examinations: who asks the "Q" turns ("BY MR. SMITH:") and who gives the "A"
turns (a sworn witness line, a witness called, a deposition's deponent, the examination of a
titled surname), and the bench a header names ("BEFORE THE HONORABLE ANN BERG")."""

from __future__ import annotations

import re

from ..model import Document
from ..speakers import HONORIFICS, is_given_name, is_role_word
from .fullnames import full_names
from .names import person_part
from .patterns import NAME

# "DIRECT EXAMINATION BY MR. SMITH:" and "ANN BERG, called as a witness …, testified": who asks
# the "Q" turns and who gives the "A" turns that follow.
EXAMINER = re.compile(r"\bBY ((?:MR|MS|MRS|DR)\.? [A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+)?):?$")
WITNESS = re.compile(r"^([A-Z][A-Z.’' -]+[A-Z])(?:,\s+(?:called as a witness|having been|"
                     r"being first|"
                     r"being duly|recalled as a witness|previously sworn|previously affirmed|"
                     r"affirmed|sworn)| \((?:affirmed|sworn)\)$)")  # "MRS ANN BERG (affirmed)"
EXAMINED = {"q": "q", "a": "a", "witness": "a"}
# A court-martial's short labels for roles: "WIT:" the witness, "ACC:" the accused.
ABBREVIATED = {"wit": "witness", "acc": "accused", "int": "interviewer"}  # (a film's "INT:")
SWORN_TURN = re.compile(r"(?i:(?:duly )?(?:sworn|affirmed))\.?")
WITNESS_NAME = re.compile(r"[A-Z][A-Z’'-]+(?: [A-Z][A-Z’'-]+){1,3}")
BENCH_ROLES = frozenset(("his honour", "her honour", "his honor", "her honor"))
# Who sits alone to hear a case, as a header's "Before:" line names them.
BENCH_KINDS = frozenset(("court", "coroner", "sheriff", "judge", "magistrate", "his honour",
                         "her honour", "his honor", "her honor"))
# Titles that, like an honorific, vouch that the capitalised words after them are a name.
# The bench: "BEFORE THE HONORABLE ANN BERG", "Presiding: Judge Ann Berg", "Judge Ann Berg".
BENCH = re.compile(r"\b(?i:before|presiding):?(?: (?i:the))?(?: (?i:honou?rable|hon\.|"
                   r"chief|district|magistrate|circuit|judge|justice|his honou?r|her honou?r|"
                   r"madam|mr\.?|mrs\.?|ms\.?|deputy|state|acting|senior|assistant|coroner))+ "
                   # "Before: the Honourable Madam Justice X", "Before: Deputy State Coroner X"
                   + NAME
                   + r"|\b(?i:judge|justice) " + NAME)
# A witness called in a turn: "The government calls Special Agent Ann Berg." The capitalised run
# after the verb is read as a label (roles dropped), so "calls Ann Berg to the stand" reads too.
CALLED = re.compile(r"\b(?:calls?|recalls?)(?: as (?:its|our|their) (?:next |first )?witness,?)?"
                    r" ((?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\.? ?){2,6})(?=[.,;]|$| to the stand| as )")
DEPONENT = re.compile(r"\b(?i:deposition) (?i:of) " + NAME)


def _called(text: str) -> str | None:
    """The witness a turn calls ("The government calls Special Agent Ann Berg."), as a label."""
    match = CALLED.search(text)
    run = re.sub(r"^Madame\b", "Mme", match[1].strip().rstrip(".")) if match else ""
    part = person_part(run) if match else None
    # a title vouches for a given name no list knows ("calls Madame Mariama Bâ Sow")
    titled = run.split()[0].lower().strip(".") in HONORIFICS if run else False
    if not (part and part.full):
        return None
    # (kept with its title, which tells the holder's reading the first word is a name)
    return part.name if is_given_name(part.given) else run if titled else None


def _deponent(doc: Document) -> str | None:
    """The witness a deposition is of ("DEPOSITION OF ANN BERG"), who gives its "A" turns
    until a sworn line or a lawyer calls another."""
    text = "\n".join([doc.meta.title, *(b.text for b in doc.blocks[:12] if b.kind != "turn")])
    found = {m[1] for m in DEPONENT.finditer(text)}
    names = {n for n in found if (part := person_part(n)) and part.full
             and is_given_name(part.given)}
    return names.pop() if len(names) == 1 else None


# A record's header naming the one witness heard at the sitting: "Witness heard: Ann Berg,
# engineer", "Witness: Ann Berg" (not "Witnesses: …", several).
HEADER_WITNESS = re.compile(r"(?m)^(?i:witness(?: heard| examined| called| testifying)?):\s+"
                            + NAME + r"(?=,? [a-z]|\s*$)")


def header_witness(doc: Document) -> str | None:
    """The one witness the header's line names, a full name with a known given name."""
    head = "\n".join(b.text if b.kind != "turn" else f"{b.speaker}: {b.text}"
                     for b in doc.blocks[:12])
    found = {m[1] for m in HEADER_WITNESS.finditer(head)}
    names = {n for n in found if (part := person_part(n)) and part.full
             and is_given_name(part.given)}
    return names.pop() if len(names) == 1 and len(found) == 1 else None


# "We resume with the cross-examination of Captain Dabrowski": the witness, by title and surname.
EXAMINATION_OF = re.compile(r"\b(?:cross-|re-)?examination of (?:the )?([A-Z][a-z]+\.?) "
                            r"([A-ZÀ-ÖØ-Þ][\w'’-]+)\b(?! [A-ZÀ-ÖØ-Þ])")


def _examined(doc: Document) -> str | None:
    """The witness an examination is of, where the opening turns name them by title and surname
    ("the cross-examination of Captain Dabrowski") and the document writes one full name with
    that surname ("Captain Tomasz Dabrowski")."""
    opening = "\n".join(b.text for b in doc.blocks[:12])
    found = {m[2] for m in EXAMINATION_OF.finditer(opening)
             if m[1].lower().strip(".") in HONORIFICS or is_role_word(m[1])}
    if len(found) != 1:
        return None
    names = full_names([found.pop()], "\n".join(b.text for b in doc.blocks))
    return names.pop() if len(names) == 1 else None


# A caption set in a box, its right edge a column of ")" or "§" (Texas): "THE STATE OF TEXAS )",
# "v. )", "ANN ROE BERG )".
BOXED = re.compile(r"^(.*?)\s*[)§]\s*$")
VERSUS = re.compile(r"(?:^|\s)(?:v|vs|V|VS)\.?(?:\s|$)|\bversus\b")
PARTY = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+){1,4}")


def boxed_party(doc: Document) -> str | None:
    """The party after "v." in a caption set in a box ("v.  )" then "ANN ROE BERG  )"): a name
    in capitals, its first word a known given name, as a page shows it."""
    lines = [line.strip() for b in doc.blocks if b.kind != "turn" for line in b.text.split("\n")]
    after = False
    for line in lines:
        boxed = BOXED.match(line)
        if boxed is None:
            after = False
            continue
        content = re.sub(r"\s*[)§]\s*", " ", boxed[1]).strip()
        if VERSUS.search(content):
            after = True
        elif after and content:
            name = content if PARTY.fullmatch(content) else ""
            words = name.split()
            return " ".join(w.title() for w in words) if words and is_given_name(words[0]) \
                else None
    return None
