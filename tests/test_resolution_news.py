"""Resolution rules found judging pages of an unseen news corpus (synthetic fixtures only)."""

from __future__ import annotations

from pathlib import Path

from archivist.resolution import likely_duplicates
from archivist.resolution.names import spelling

from .conftest import archive_of


def test_a_bare_surname_spelt_otherwise_is_not_the_full_names_person(tmp_path: Path):
    archive = archive_of(tmp_path, {
        "a.txt": "Racing\n\nThe trainer Jack Berry said on Monday that his horse would run. "
                 "Berry was pleased.\n",
        "b.txt": "Elections\n\nParliament Speaker Berri said on Tuesday that the vote was fair.\n",
        "c.txt": "Racing\n\nThe trainer Jack Berry won again at York.\n",
        "d.txt": "Gas\n\nSergei Ignatiev, the central banker, spoke on Monday.\n",
        "e.txt": "Rates\n\nThe central banker Sergei Ignatiev said rates would hold.\n",
        "f.txt": "Rates again\n\nThe central banker, Ignatiev, said on Friday that rates would "
                 "hold.\n",
    })
    files = {d.id: d.source for d in archive.documents}
    linked = {(files[m.document], m.text): m.entity for m in archive.mentions}
    assert linked.get(("a.txt", "Berry")) == "jack-berry"
    assert linked.get(("b.txt", "Berri")) != "jack-berry"
    assert linked.get(("f.txt", "Ignatiev")) == "sergei-ignatiev"
    assert not [d for d in likely_duplicates(archive.entities) if "Berri" in d.names]


def test_spelling_keeps_letters_and_drops_particles_accents_and_apostrophes():
    assert spelling("al-Assad") == spelling("Assad") == "assad"
    assert spelling("de Klerk") == "klerk" and spelling("Guivarc'h") == "guivarch"
    assert spelling("Berri") != spelling("Berry") and spelling("Müller") == "muller"


def test_two_spellings_one_letter_apart_with_one_affiliation_are_one_person(tmp_path: Path):
    archive = archive_of(tmp_path, {
        "a.txt": "Golf scores\n\nMarla Hale (Canada) 70 71, Ian Vale (Sweden) 72 70\n",
        "b.txt": "Golf scores\n\nMarta Hale (Canada) 69 72, Tom Reed (Peru) 71 70\n",
        "c.txt": "Squash results\n\nLena Moss (Chile) beat Ian Vale (Sweden) 15-8 15-12\n",
        "d.txt": "Squash results\n\nLana Moss (Peru) beat Tom Reed (Peru) 15-9 17-14\n",
    })
    people = {e.name for e in archive.entities if e.type == "person"}
    assert len(people & {"Marla Hale", "Marta Hale"}) == 1, people
    assert {"Lena Moss", "Lana Moss"} <= people  # other countries: two people
    assert not likely_duplicates([e for e in archive.entities if "Hale" in e.name])



def test_a_bare_surname_that_is_a_word_of_a_body_named_there_is_not_a_person():
    from archivist.detect import Candidate  # noqa: PLC0415
    from archivist.registry import Registry  # noqa: PLC0415
    from archivist.resolution.cluster import resolve_forms  # noqa: PLC0415

    found = {
        "a": [Candidate("Roy Quane", "person", ("Quane", "Roy Quane"), 2)],
        "b": [Candidate("Roy Quane", "person", ("Roy Quane",), 1)],
        "c": [Candidate("Quane Inc", "organization", ("Quane Inc",), 1),
              Candidate("Quane", "person", ("Quane",), 2)],
    }
    texts = {"a": "Roy Quane scored. Quane was pleased.", "b": "Roy Quane scored again.",
             "c": "Quane Inc said on Monday that Quane would grow."}
    _, links, _, doubts = resolve_forms(found, Registry(), texts)
    assert not [e for s, e, docs in links if s == "Quane" and "c" in docs]
    assert any(d.rule == "bare surname in a body's name" for d in doubts)
