"""Patterns and readings the parts of `named_turns` share: a name's run (`NAME`), the
titles that vouch for one, how a role's patterns find the one full name a text gives
(`_one_name`), the offices compared (`office_key`), a header's cast lines read as turns, and
a speaker's own introduction ("I'm Ann Berg", "Ann Berg, Norvale Times.")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from anyascii import anyascii

from ..detect import LEGISLATURES
from ..model import Block, Document
from ..speakers import (DASH, HONORIFICS, bare_label, common_words, is_given_name,
                        is_role_word, label_words, unlisted_name)
from .fullnames import TITLES
from .names import INITIAL, SpeakerName, person_part

# (a Hong Kong name ends in a hyphenated given name: "Ivan Moss Ho Chun-yin")
# (after a personal title, initials without stops, as South Africa's Hansard writes a member:
# "Ms L C Berg")
NAME = (r"((?:(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+ ){1,2}[A-ZÀ-ÖØ-Þ][\w'’-]+"
        r"(?: [A-ZÀ-ÖØ-Þ][a-z]+-[a-z]+(?![\w'’-]))?"
        r"|(?:(?<=\bM[rs] )|(?<=\bMrs )|(?<=\bDr ))(?:[A-Z] ){1,3}[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ][\w'’-]+))")
# Not the role itself when a word in front makes it another one ("Deputy Convener: Ann Berg",
# "Senior Deputy Governor Dr. Ann Berg") or its counsel's ("For the Defendant: Ann Berg").
NOT_OTHER = "".join(rf"(?<!(?i:{w})[ -])" for w in ("vice", "deputy", "assistant", "associate",
                                                     "lieutenant", "under", "sub", "co", "ex",
                                                     "temporary",
                                                     "former", "for the", "for"))
TITLED = r"(?:Cllr|Councillor|Deputy|Senator|Dr|Mr|Mrs|Ms|Prof|Hon|Sir|Dame|" \
    r"Mgr|JUDr|MUDr|PhDr|RNDr|PaedDr|MVDr|Ing|Bc|Mag)\.? (?:(?:Ing|Mgr|Bc)\.? )?"  # Czech degrees
# Degrees and honours after a name: "BA(Hons) MA MRTPI", "KC", "PhD", "OBE".
POST_NOMINALS = re.compile(r"(?:\s+(?:[A-Z]{2,6}|[A-Z][A-Za-z]{1,3}\([A-Za-z]+\)|Ph\.?D|DPhil))+$")
CLERICAL = r"(?:Revd|Rev|Reverend|Canon|Deacon|Fr|Father|Sister|Pastor|Rabbi|Imam)\.? "
CLERGY = frozenset("revd rev reverend canon deacon fr father sister pastor rabbi imam".split())
FOR_ROLE = re.compile(r"\b(?i:for|on behalf of)(?: (?i:the))? $")
# A questioner naming themself in one of the first two sentences, after a greeting or thanks:
# "I'm Ann Berg", "My name is Ann Berg", or the name then an outlet ("Ann Berg, Norvale Times.",
# "Ann Berg from Reuters") or "Ann Berg, I am a student here." A name then lower-case words
# ("Ann Berg, do you…") is someone addressed, not the questioner.
_OPEN = (r"(?:(?:[Hh]i|[Hh]ello|[Yy]es|[Tt]hanks?(?: you)?|"
         r"[Gg]ood (?:morning|afternoon|evening)|[Kk]ia ora|[Mm]orning|[Ee]vening)"
         r"(?:,? [A-Z][a-z]+)?[,.!]?\s+)?")  # "Hi Ann, it's …": the host addressed
_SELF = r"((?:[A-ZÀ-ÖØ-Þ][\w'’-]+ |[A-Z]\. |Ó ){1,2}[A-ZÀ-ÖØ-Þ][\w'’-]+)"  # no "Tomas. Ann"
_OUTLET = r"[A-ZÀ-ÖØ-Þ][\w'’&.-]*(?: (?:of|the|for|and|de|del|&|[A-ZÀ-ÖØ-Þ][\w'’&.-]*))*"
# "Ann Berg, Minister of Harbours, said …?": someone the questioner speaks of, not themself.
REPORTED = re.compile(r"\?|\b(?:said|says|told|tells|asked|asks|announced|wrote|writes|claimed|"
                      r"claims|stated|argued|argues|reported|called|promised|warned|insisted|is|"
                      r"was|has|had|will|would)\b")
SELF_INTRO = re.compile(r"\b(?:I'm|I’m|I am|[Mm]y name is) (?:(?:Dr|Prof|Professor)\.? )?" + _SELF
                        + r"(?=[,.;!?]|$| and )")  # "My name is Dr. Ann Berg."
NAMED_FROM = re.compile(_OPEN + _SELF + r"(?:,? (?:from|with)(?: the)?|, (?:de|del|da|do|di)|,) "
                        + _OUTLET
                        + r"(?:[.,]\s|[.,]?$)")


def _header_turns(doc: Document) -> list[Block]:
    """A header's cast lines read as turns: short turns before the first long one, labelled in
    mixed case where the transcript's own turns write that label in capitals ("Witness: Ann
    Berg, …" above "WITNESS: Yes."; not a moderator's "MODERATOR: Ann Berg, Norvale Times.")."""
    caps = {office_key(b.speaker) for b in doc.blocks
            if b.kind == "turn" and b.speaker and b.speaker.isupper()}
    return [b for b in _opening_turns(doc)
            if not b.speaker.isupper() and office_key(b.speaker) in caps]


# Words of a sentence said to someone, which a header's "Host: Ann Berg, Norvale FM" lacks.
SPOKEN = re.compile(r"\b(?:you|your|(?-i:I)|we|us|is|are|was|have|has|will|would|please|thank|"
                    r"thanks|welcome|floor|go ahead)\b|[?!]", re.I)  # not "Mazar-i-Sharif"


def lone_cast_lines(doc: Document) -> list[Block]:
    """A header's cast lines read as turns whatever the labels below them: an opening turn
    labelled in mixed case by a role no later turn has ("Interviewee: Ann Berg, b. 1938",
    "Guest: Minister of Health, Dr Ann Berg", a list's "Analyst: Ann Berg — Norvale Bank"),
    saying nothing to anyone."""
    turns = [b for b in doc.blocks if b.kind == "turn" and b.speaker]
    if len(turns) < 4:
        return []
    opening = _opening_turns(doc)
    keys = [office_key(bare_label(b.speaker)) for b in turns]
    # (no long turn: the role labels no other turn; else none after the opening ones)
    later = set(keys[len(opening):]) if len(opening) < len(turns) else \
        {key for key in keys if keys.count(key) > 1}
    return [b for b, key in zip(opening, keys)
            if not b.speaker.isupper() and person_part(b.speaker) is None
            and key not in later and not SPOKEN.search(b.text)]


def dashed_cast(doc: Document) -> set[int]:
    """A cast list's last entry read as a label alone on its line ("Ann Berg – Head, Investor
    Relations" above "Conference call participants:"): a dashed label right after a line of its
    shape, a name, a dash and what the person is ("Tom Roe – Chief Financial Officer")."""
    out = set()
    for i, block in enumerate(doc.blocks):
        if i and block.kind == "turn" and block.speaker and DASH.search(block.speaker) and (
                doc.blocks[i - 1].kind != "turn" and _dashed_entry(doc.blocks[i - 1].text)
                or _dashed_entry(block.text)):  # (or above one: "Hye-jin Park — BMO Capital")
            out.add(i)
    return out


def _dashed_entry(text: str) -> bool:
    """A cast list's line "Name – what the person is" ("Tom Roe — CFO")."""
    name, *rest = DASH.split(text.strip(), maxsplit=1)
    part = person_part(name) if rest and len(text) <= 120 else None
    return part is not None and part.full and part.name == name


def _opening_turns(doc: Document) -> list[Block]:
    """The labelled turns before the first long one (over 120 characters): where a header's cast
    lines read as turns stand."""
    turns = [b for b in doc.blocks if b.kind == "turn" and b.speaker]
    return turns[:next((i for i, b in enumerate(turns) if len(b.text) > 120), len(turns))]


def _bare_cast(text: str) -> str:
    """A cast line's name without what follows it: "Ann Berg . . . (Chad)", "Ms Ann Berg BA(Hons)
    MA MRTPI", "… (ID 4471)"."""
    text = re.sub(r"\s*\([^()]*\)$", "", text.strip().rstrip("."))
    text = CAST_NICKNAME.sub("", text)  # 'Leonard "Len" Gassman (b. 1941)': the name it is under
    return POST_NOMINALS.sub("", re.sub(r"(?:\s*\.){2,}$", "", text))


CAST_NICKNAME = re.compile(r"\s+[\"“‘'][^\"“”‘’']{1,20}[\"”’'](?=\s+[A-ZÀ-ÖØ-Þ])")


def _names_only(text: str) -> bool:
    """Whether a turn's text is a name and nothing else ("Attorney Ann Berg")."""
    text = _bare_cast(text)
    part = person_part(text) if len(text) <= 60 and not re.search(r"[,;:!?]", text) else None
    return bool(part and part.full and len(text.split()) <= 5)


def _one_name(patterns: Iterable[str], text: str, cast: bool = False) -> str | None:
    """The one full name (a known given name first) these patterns find in a text, or None;
    `cast`: a cast line's name ("Host: Morwenna Trethewey") may start with a given name no list
    knows."""
    found = set()
    for pattern in patterns:
        for m in re.finditer(pattern, text):
            group = next(i for i, g in enumerate(m.groups(), start=1) if g)
            if FOR_ROLE.search(text[max(0, m.start() - 20):m.start()]):
                continue  # "For the accused: Ms Ann Berg", counsel, not the accused
            if not _inside_name(text, m.start(group)):
                found.add(_body_of_role(_titled_whole(m[group], text[m.end(group):]),
                                        text[max(0, m.start(group) - 30):m.start(group)]))
    names = {n for n in found if _name_ok(n, cast)}
    return names.pop() if len(names) == 1 else None


def _body_of_role(name: str, before: str) -> str:
    """A name without the body its role belongs to, written between them in another language
    ("marszałek Sejmu Szymon Hołownia": the Sejm's speaker): after a role word in lower case, a
    capitalised word that is no given name, then a given name and a surname."""
    words, prior = name.split(), before.split()[-1:]
    if len(words) == 3 and prior and prior[0].islower() and is_role_word(prior[0]) and \
            not is_given_name(words[0]) and is_given_name(words[1]):
        return " ".join(words[1:])
    while len(words) > 2 and is_role_word(words[0]) and is_given_name(words[1]):
        words = words[1:]  # "Başkan Vekili Selim Durmaz": the office's second word
    if len(words) > 2 and words[0] in LEGISLATURES:
        words = words[1:]  # "the Chairman of the Mazhilis Yerlan Koshanov": the chamber's name
    return " ".join(words)


def _name_ok(name: str, cast: bool) -> bool:
    """A full name a pattern found: a known given name first, an honorific or initials, or, in a
    cast line, a name of words no dictionary has."""
    part = person_part(name)
    return part is not None and part.full and (
        is_given_name(part.given) or is_given_name(anyascii(part.given))  # "Micheál", "Seán"
        or _honoured_name(name, part) or _initialled_name(part)
        or cast and part.name == name and unlisted_name(name))


def _initialled_name(part: SpeakerName) -> bool:
    """Initials and a surname no dictionary word ("P. Naidoo-Ramkissoon", "T. E. Shezi"), as
    courts and minutes write the people a role's pattern found."""
    *initials, surname = part.name.split()
    return all(INITIAL.fullmatch(w) or re.fullmatch(r"[A-Z]", w) for w in initials) \
        and len(initials) > 0 and len(surname) > 2 \
        and surname.lower() not in common_words() and not is_role_word(surname)


def _titled_whole(name: str, after: str) -> str:
    """A name that NAME's three words cut after a title, made whole: "Ms. Luiza Carvalhal"
    then " Dantas" is "Ms. Luiza Carvalhal Dantas"."""
    if name.split()[0].lower().strip(".") not in HONORIFICS | TITLES:
        return name
    more = re.match(r" ([A-ZÀ-ÖØ-Þ][\w'’-]+)(?![\w'’.-])", after)
    if more and not is_role_word(more[1]) and more[1].lower() not in common_words():
        return name + more[0]
    return name


def _honoured_name(text: str, part: SpeakerName) -> bool:
    """An honorific and the name alone: "Dr Nkechi Obiora-Lund" vouches for a given name no
    list knows."""
    words = text.split()
    titles = words[:len(words) - len(part.name.split())]  # "Revd Dr Ann Berg": two
    if len(titles) > 1 and titles[0].lower() == "the":
        titles = titles[1:]  # "THE HON. ANN BERG"
    return 1 <= len(titles) <= 2 and all(
        w.lower().strip(".") in HONORIFICS | TITLES | CLERGY or is_role_word(w) for w in titles)


def _inside_name(text: str, start: int) -> bool:
    """Whether a name found at `start` ends a longer one ("Ruairí [Mac Giolla Bhríde], Chair"):
    a capitalised word, no role or honorific, right before it."""
    before = re.search(r"([A-ZÀ-ÖØ-Þ][\w'’-]*) $", text[max(0, start - 30):start])
    return bool(before) and not is_role_word(before[1]) \
        and before[1].lower().strip(".") not in HONORIFICS | TITLES \
        and not (is_role_word(text[start:].split(" ", 1)[0]) and
                 before[1].lower() in common_words())  # "Employment Judge Ann Berg"


def nicknamed(word: str, text: str) -> set[str]:
    """The full names a text gives this nickname: 'Alberto Ortiz Salgado ("Beto", her uncle)',
    'Alberto "Beto" Ortiz'."""
    key = re.escape(word)
    quoted = rf"[\"“'‘](?i:{key})[\"”'’]"
    found = {m[1] for m in re.finditer(rf"{NAME[:-1]}(?: [A-ZÀ-ÖØ-Þ][\w'’-]+)?)\s*\(\s*{quoted}",
                                         text)}
    found |= {f"{m[1]} {m[2]}" for m in re.finditer(
        rf"\b([A-ZÀ-ÖØ-Þ][\w'’-]+) {quoted} ((?:[A-ZÀ-ÖØ-Þ][\w'’-]+ )?[A-ZÀ-ÖØ-Þ][\w'’-]+)", text)}
    return {n for n in found if (part := person_part(n)) and part.full}


def office_key(office: str) -> str:
    """An office as compared: casefolded (a Turkish "İ" as "i"), spaces collapsed, without
    "The"."""
    words = office.casefold().replace("i\u0307", "i").split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def honorific_surnames(label: str, name: SpeakerName) -> bool:
    """"MR. NYARKO AMPEM": an honorific, then two words that do not start with a known given
    name: a compound surname, maybe, that the document may give in full ("Thomas Nyarko Ampem")."""
    words = label_words(label)
    return len(words) == 3 and words[0].lower().strip(".") in HONORIFICS \
        and len(name.name.split()) == 2 and not is_given_name(name.given)
