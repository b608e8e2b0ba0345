"""An acronym a document defines after a body's or place's name ("the Economic and Financial
Crimes Commission (EFCC) … the EFCC said") stands for that entity in that document; so does one
of three letters or more that the document writes alone and that spells one of its names ("the
Athletics Integrity Unit … the AIU"), unless it is also a common word ("WHO", "AIM").

Only that document's mentions link: elsewhere "DA" may be another body (the Democratic Alliance
here, a district attorney's office there). The acronym becomes an alias of the entity's page, so
the search box finds it, but never names the page.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from ..detect.bodies import spells
from ..detect.lexicon import lexicon
from ..detect.spans import is_caps_line
from .forms import ORG, PERSON, Forms, Ref

Link = tuple[str, str, tuple[str, ...]]


def acronym_links(refs: Iterable[Ref], forms: Forms, ids: Mapping, texts: Mapping[str, str],
                  taken: Iterable[Link]) -> list[Link]:
    """(acronym, entity id, (document,)) for each acronym a document defines after a name of
    one of its places or organisations; none where the acronym already stands for something
    there or two names claim it."""
    used = {(doc, surface) for surface, _, docs in taken for doc in docs}
    claims: dict[tuple[str, str], set[str]] = defaultdict(set)
    found: dict[str, Acronyms] = {}  # each document's acronyms, read once
    for ref in refs:
        if ref.type == PERSON:
            continue
        for written, form in ref.surfaces:
            entity = ids.get(forms.find(forms.node(ref.type, form)))
            if not entity or " " not in written:
                continue
            if ref.doc not in found:
                found[ref.doc] = _acronyms(texts.get(ref.doc, ""))
            for acronym in _standing_for(found[ref.doc], written, ref.type == ORG):
                claims[(ref.doc, acronym)].add(entity)
    return [(acronym, next(iter(entities)), (doc,))
            for (doc, acronym), entities in sorted(claims.items())
            if len(entities) == 1 and (doc, acronym) not in used]


# A document's acronyms: each bracketed one with the text before its bracket, where each one it
# writes alone stands (checked only for one that spells a name: most never do), and its text.
Acronyms = tuple[tuple[tuple[str, str], ...], dict[str, list[int]], str]
BRACKET_RE = re.compile(r"\s*\(([A-Z]{2,8})\)")
NAME_MAX = 200  # a name longer than this is no body's (the text before a bracket read so far)
CAPS_RE = re.compile(r"(?<![\w.-])[A-Z]{3,8}(?![\w-])")


def _acronyms(text: str) -> Acronyms:
    """A document's acronyms, bracketed (with the text before them) and alone."""
    bracketed = tuple((text[max(0, m.start() - NAME_MAX):m.start()], m[1])
                      for m in BRACKET_RE.finditer(text)) if "(" in text else ()
    alone: dict[str, list[int]] = defaultdict(list)
    for m in CAPS_RE.finditer(text):
        alone[m[0]].append(m.start())
    return bracketed, alone, text


def _standing_for(acronyms: Acronyms, written: str, body: bool) -> set[str]:
    """The acronyms that stand for this name: one the text puts in brackets right after it
    ("Marine Accident Investigation Branch (MAIB)"; not a two-letter word: "Intelligent
    Network (IN)" would take the word in a headline in capitals), and one of three letters or
    more it writes alone, outside lines in capitals, that spells it and is no common word ("the
    Athletics Integrity Unit … the AIU")."""
    words = tuple(written.split())
    bracketed, alone, text = acronyms
    out = {acronym for before, acronym in bracketed
           if before.endswith(written) and not before[-len(written) - 1:-len(written)].isalnum()
           and _bracketed(words, acronym, body)}
    return out | {a for a, at in alone.items() if a[0] == words[0][0] and spells(words, a) and
                  not _word(a) and not all(_caps_line(text, k) for k in at)}


def _bracketed(words: tuple[str, ...], acronym: str, body: bool) -> bool:
    """Whether a bracketed acronym right after a name is the name's: one that spells it, or,
    after an organisation's name, one of its own language that does not ("the State Security
    Department (VSD)", "the National Institute of Agricultural Technology (INTA)": news
    translate a foreign body's name and keep its letters); never a two-letter word, nor, where
    it does not spell, a common word or one of two letters."""
    if len(acronym) == 2 and _word(acronym):
        return False
    return spells(words, acronym) or (body and len(acronym) > 2 and not _word(acronym))


def _caps_line(text: str, at: int) -> bool:
    """Whether the line around a position is written in capitals (a headline, a label)."""
    end = text.find("\n", at)
    return is_caps_line(text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)])


def _word(acronym: str) -> bool:
    """Whether an acronym is also a common word ("WHO", "AIM"): defined in brackets it is the
    body's; alone it may be the word."""
    return acronym.lower() in lexicon().common


def aliases_by_entity(links: Iterable[Link]) -> dict[str, set[str]]:
    """Each entity's acronyms, from acronym_links' result."""
    out: dict[str, set[str]] = defaultdict(set)
    for acronym, entity, _ in links:
        out[entity].add(acronym)
    return out
