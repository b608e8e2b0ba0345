"""An acronym a document defines after a body's or place's name ("the Economic and Financial
Crimes Commission (EFCC) … the EFCC said") stands for that entity in that document.

Only that document's mentions link: elsewhere "DA" may be another body (the Democratic Alliance
here, a district attorney's office there). The acronym becomes an alias of the entity's page, so
the search box finds it, but never names the page.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from ..detect.bodies import spells
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
        if ref.type == PERSON or "(" not in text:
            continue
        for written, form in ref.surfaces:
            entity = ids.get(forms.find(forms.node(ref.type, form)))
            if entity and " " in written:
                for acronym in _defined(text, written):
                    claims[(ref.doc, acronym)].add(entity)
    return [(acronym, next(iter(entities)), (doc,))
            for (doc, acronym), entities in sorted(claims.items())
            if len(entities) == 1 and (doc, acronym) not in used]


def _defined(text: str, written: str) -> set[str]:
    """The acronyms the text puts in brackets right after this name, which its words spell."""
    pattern = rf"(?<!\w){re.escape(written)}\s*\(([A-Z]{{2,8}})\)"
    return {m[1] for m in re.finditer(pattern, text) if spells(tuple(written.split()), m[1])}


def aliases_by_entity(links: Iterable[Link]) -> dict[str, set[str]]:
    """Each entity's acronyms, from acronym_links' result."""
    out: dict[str, set[str]] = defaultdict(set)
    for acronym, entity, _ in links:
        out[entity].add(acronym)
    return out
