"""Session 14's resolution speed-up gives what the code gave before: forms made once per shape."""

from __future__ import annotations

# --- resolution: refs_of and strip_roles work out each candidate shape once -------------------

from collections import defaultdict

from archivist.detect.candidate import Candidate
from archivist.resolution import forms
from archivist.resolution.forms import PERSON, Ref, person_name
from archivist.resolution.names import fold

FOUND = {
    "d1": [Candidate("Vladimir Putin", "person", ("Putin", "Vladimir Putin"), 3),
           Candidate("Minister Anna Roe", "person", ("Minister Anna Roe",), 1),
           Candidate("Kyiv", "place", ("Kyiv", "Kiev"), 2),
           Candidate("Acme Bank Jane Doe", "organization", ("Acme Bank Jane Doe",), 1)],
    "d2": [Candidate("Vladimir Putin", "person", ("Putin",), 2),
           Candidate("Anna Roe", "person", ("Anna Roe", "Roe"), 2),
           Candidate("Jerome Cayabyab", "person", ("Jerome Cayabyab",), 1),
           Candidate("Kyiv", "place", ("Kyiv", "Kiev"), 1),
           Candidate("Jane Doe", "person", ("Jane Doe",), 1)],
    "d3": [Candidate("Vladimir Putin", "person", ("Putin",), 1),
           Candidate("Culture Medinsky", "person", ("Culture Medinsky",), 1),
           Candidate("Acme Bank Jane Doe", "organization", ("Acme Bank Jane Doe",), 1),
           Candidate("Kyiv", "place", ("Kyiv", "Kiev"), 1)],
}
TEXTS = {"d1": "Vladimir Putin met Minister Anna Roe in Kyiv (Kiev). Putin left.",
         "d2": 'Putin spoke. Anna Roe, Roe and Jerome "Jerry" Cayabyab listened in Kyiv. '
               "Vladimir Putin",
         "d3": "Putin and Culture Medinsky; Acme Bank Jane Doe in Kiev."}


def _old_refs_of(found: dict, texts: dict) -> list[Ref]:
    """refs_of as it was before the shapes were kept."""
    out = []
    for doc in sorted(found):
        text = texts.get(doc, "")
        quoted = '"' in text or "“" in text
        for cand in found[doc]:
            written = {*cand.variants}
            if (cand.type == PERSON and cand.name not in written and " " in cand.name
                    and cand.name in text):
                written.add(cand.name)
            names = sorted(written - {""})
            if cand.type == PERSON:
                is_full = [person_name(f).full for f in names]
                full = tuple(f for f, whole in zip(names, is_full) if whole)
                lone = tuple(f for f, whole in zip(names, is_full) if not whole)
            else:
                full, lone = tuple(sorted({*names, cand.name})), ()
            surfaces = tuple((f, f) for f in names)
            if cand.type == PERSON and quoted:
                surfaces += tuple((n, f) for f in full for n in forms._nicknamed(
                    f, text, forms._before_quotes(text)))
            out.append(Ref(doc, cand.type, cand.name, full, lone, surfaces, cand.count))
    return out


def _old_strip_roles(refs: list[Ref]) -> list[Ref]:
    """strip_roles as it was before each tuple of full forms was worked out once."""
    fulls: dict[str, set[str]] = defaultdict(set)
    for ref in refs:
        if ref.type == PERSON:
            for form in ref.full:
                fulls[fold(form)].add(ref.doc)
    return [forms._strip(r, fulls) if r.type == PERSON else forms._person_behind(r, fulls)
            for r in refs]


def test_refs_of_as_before() -> None:
    new = forms.refs_of(FOUND, TEXTS)
    assert new == _old_refs_of(FOUND, TEXTS)
    assert any(r.surfaces and r.surfaces[-1][0] == 'Jerome "Jerry" Cayabyab' for r in new)
    assert [r.full for r in new if r.doc == "d2" and r.name == "Vladimir Putin"] == \
        [("Vladimir Putin",)]  # the filled-in name the text writes
    assert [r.full for r in new if r.doc == "d3" and r.name == "Vladimir Putin"] == [()]


def test_strip_roles_as_before() -> None:
    refs = forms.refs_of(FOUND, TEXTS)
    new = forms.strip_roles(refs)
    assert new == _old_strip_roles(refs)
    assert {r.name: r.full for r in new if r.doc == "d1"}["Minister Anna Roe"] == ("Anna Roe",)
    assert any(r.type == PERSON and r.name == "Acme Bank Jane Doe" for r in new)
