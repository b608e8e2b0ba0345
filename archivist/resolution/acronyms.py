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
from .forms import PERSON, Forms, Ref

Link = tuple[str, str, tuple[str, ...]]


def acronym_links(refs: Iterable[Ref], forms: Forms, ids: Mapping, texts: Mapping[str, str],
                  taken: Iterable[Link]) -> list[Link]:
    """(acronym, entity id, (document,)) for each acronym a document defines after a name of
    one of its places or organisations; none where the acronym already stands for something
    there or two names claim it."""
    used = {(doc, surface) for surface, _, docs in taken for doc in docs}
    claims: dict[tuple[str, str], set[str]] = defaultdict(set)
    for ref in refs:
        text = texts.get(ref.doc, "")
        if ref.type == PERSON:
            continue
        for written, form in ref.surfaces:
            entity = ids.get(forms.find(forms.node(ref.type, form)))
            if entity and " " in written:
                for acronym in _defined(text, written) | _spelled(text, written):
                    claims[(ref.doc, acronym)].add(entity)
    return [(acronym, next(iter(entities)), (doc,))
            for (doc, acronym), entities in sorted(claims.items())
            if len(entities) == 1 and (doc, acronym) not in used]


def _defined(text: str, written: str) -> set[str]:
    """The acronyms the text puts in brackets right after this name, which its words spell."""
    if "(" not in text:
        return set()
    pattern = rf"(?<!\w){re.escape(written)}\s*\(([A-Z]{{2,8}})\)"
    return {m[1] for m in re.finditer(pattern, text) if spells(tuple(written.split()), m[1])
            and not (len(m[1]) == 2 and _word(m[1]))}  # "Intelligent Network (IN)": "IN" is
    # the word in a headline in capitals


CAPS_RE = re.compile(r"(?<![\w.-])[A-Z]{3,8}(?![\w-])")


def _spelled(text: str, written: str) -> set[str]:
    """Acronyms of three letters or more the text writes on their own that spell this name
    ("the Athletics Integrity Unit … the AIU"), outside lines in capitals."""
    words = tuple(written.split())
    return {m[0] for m in CAPS_RE.finditer(text) if m[0][0] == words[-len(words)][0] and
            spells(words, m[0]) and not _caps_line(text, m.start()) and not _word(m[0])}


def _word(acronym: str) -> bool:
    """Whether an acronym is also a common word ("WHO", "AIM"): defined in brackets it is the
    body's; alone it may be the word."""
    return acronym.lower() in lexicon().common


def _caps_line(text: str, at: int) -> bool:
    """Whether the line around a position is written in capitals (a headline, a label)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.6 * len(letters)


def aliases_by_entity(links: Iterable[Link]) -> dict[str, set[str]]:
    """Each entity's acronyms, from acronym_links' result."""
    out: dict[str, set[str]] = defaultdict(set)
    for acronym, entity, _ in links:
        out[entity].add(acronym)
    return out
