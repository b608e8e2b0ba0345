"""Speakers: labels → people (role words stripped), and turns counted wherever mentions are."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from archivist.anchors import block_anchors
from archivist.config import Settings
from archivist.detect.lexicon import IRISH_OPENERS
from archivist.index import build_index
from archivist.model import Block, Document, Entity, Metadata
from archivist.pipeline import gather, render_site
from archivist.publish.fulltext import _filters
from archivist.render.export import archive_json
from archivist.render.feeds import feed_entities
from archivist.speakers_link import SpeakerName, compatible, link_speakers, person_part

from .conftest import FIXTURES

SPEAKERS = FIXTURES / "speakers"
EMPTY = FIXTURES / "speakers.yml"


@pytest.mark.parametrize("label, name", [
    ("President of Russia Vladimir Putin", "Vladimir Putin"),
    ("Chief of the General Staff Valery Gerasimov", "Valery Gerasimov"),
    ("Investigative Committee Chairman Alexander Bastrykin", "Alexander Bastrykin"),
    ("Alexander Bastrykin", "Alexander Bastrykin"),
    ("Harbour Board chairman Lidia Marchetti", "Lidia Marchetti"),
    ("Plenary session moderator Tomas Varga", "Tomas Varga"),
    ("Editor in Chief of the Norvale Courier Ana Brix", "Ana Brix"),
    ("MAYOR OF NORVALE LIDIA MARCHETTI", "Lidia Marchetti"),
    ("Envoy Hans-Peter von Almen", "Hans-Peter von Almen"),
    ("Delegate Noor al-Sabri", "Noor al-Sabri"),
    ("Senator John Q. Public", "John Q. Public"),
    ("LidiaMarchetti", "Lidia Marchetti"),
    ("Former Prime Minister John Major", "John Major"),
    ("chairman of the Board of Norvale Shipping Tomas Varga", "Tomas Varga"),
    ("Председатель Правительства Лидия Марчетти", "Лидия Марчетти"),
    ("Mayor of Norvale Lidia Marchetti (translated from Norwegian)", "Lidia Marchetti"),
    ("Tomas Varga (Norvale Region)", "Tomas Varga"),
    ("ANA BRIX, NORVALE COURIER CORRESPONDENT", "Ana Brix"),
    ("Noor al-Sabri, Editor in Chief of Norvale.no", "Noor al-Sabri"),
    ("Senator Mary Ann Smith", "Mary Ann Smith"),
    ("Ebtesam al-Ketbi", "Ebtesam al-Ketbi"),
])
def test_role_words_in_front_of_a_name_are_not_part_of_it(label: str, name: str):
    assert person_part(label) == SpeakerName(name, True)


@pytest.mark.parametrize("label", [
    "Question", "Remark", "Reply", "Response", "Remarks", "Operator",
    "I have already talked about this", "Third. Effective motivation of municipal employees",
    "The title of this conference is Creative Destruction", "At Brennick Wells",
    "The United Kingdom", "Deputy Prime Minister", "Germany", "At Hove", "Did Not Bat",
    "Q", "Guest", "Announcer", "Respondent 3",
])
def test_labels_that_name_no_one(label: str):
    assert person_part(label) is None


def test_a_single_word_is_only_a_surname_to_look_up():
    assert person_part("Minister Marchetti") == SpeakerName("Marchetti", False)
    assert person_part("Major Marchetti") == SpeakerName("Marchetti", False)
    assert person_part("Marchetti") == SpeakerName("Marchetti", False)
    assert person_part("MARCHETTI") == SpeakerName("Marchetti", False)


ROLES = st.lists(st.sampled_from(["President", "of", "the", "Norvale", "Harbour", "Board",
                                  "Chairman", "Deputy", "Minister", "chairman", "Council"]),
                 max_size=6).filter(lambda ws: not ws or ws[0] not in ("of", "the"))
GIVEN = st.sampled_from(["Lidia", "Tomas", "Pieter", "Ana", "Noor"])
SURNAME = st.sampled_from(["Marchetti", "Varga", "Okonkwo-Lund", "Brix", "al-Sabri"])


@given(ROLES, GIVEN, SURNAME)
def test_any_role_phrase_leaves_the_name(role: list[str], first: str, last: str):
    label = " ".join([*role, first, last])
    assert person_part(label) == SpeakerName(f"{first} {last}", True)


@given(st.text(max_size=60))
@example("UÍ B")  # an Irish opener in capitals: no given name (found by hypothesis, session 32)
def test_any_label_gives_a_name_from_its_own_words_or_none(label: str):
    name = person_part(label)
    if name is not None:
        said = label.replace("\u00a0", " ").casefold()
        assert all(w.casefold() in said for w in name.name.split()) or "".join(
            name.name.split()).casefold() in said
        # (an Irish surname is two words and no full name: "Ní Riada", session 17)
        irish = name.name.split()[0] in IRISH_OPENERS
        assert name.full == (len(name.name.split()) > 1 and not irish)


def test_spelling_variants_in_one_conversation():
    a = SpeakerName("Fyodor Lukin", True)
    assert compatible(a, SpeakerName("Fydor Lukin", True))
    assert compatible(a, SpeakerName("F. Lukin", True))
    assert not compatible(SpeakerName("Alexander Petrov", True),
                          SpeakerName("Alexandra Petrova", True))
    assert not compatible(a, SpeakerName("Fyodor Lukashin", True))


def _doc(doc_id: str, labels: list[str], text: str = "Words.") -> Document:
    blocks = tuple(Block("turn", text, i + 1, speaker=label) for i, label in enumerate(labels))
    return Document(doc_id, f"{doc_id}.txt", "0" * 64, Metadata(title=doc_id), blocks, 10)


def test_every_named_turn_is_attributed_and_nothing_else():
    doc = _doc("t", ["Harbour Commissioner Lidia Marchetti", "Question", "Lidia Marchetti",
                     "Remark", "L. Marchetti", "Marchetti", "Germany", "Tomas Varga"])
    links = link_speakers([doc], [], {})
    assert [(b, e) for _, e, b in links.turns] == [
        (0, "lidia-marchetti"), (2, "lidia-marchetti"), (4, "lidia-marchetti"),
        (5, "lidia-marchetti"), (7, "tomas-varga")]
    assert [e.id for e in links.entities] == ["lidia-marchetti", "tomas-varga"]
    assert all(e.type == "person" and e.origin == "detected" for e in links.entities)
    assert links.surfaces["Lidia Marchetti"] == {"lidia-marchetti": frozenset({"t"})}


def test_a_new_person_is_named_as_most_documents_write_the_name():
    docs = [_doc("a", ["Tomas VargA", "Tomas VargA"]), _doc("b", ["Tomas Varga"]),
            _doc("c", ["Tomas Varga"])]
    links = link_speakers(docs, [], {})
    assert [(e.id, e.name) for e in links.entities] == [("tomas-varga", "Tomas Varga")]
    assert len(links.turns) == 4


def test_a_label_attaches_to_the_known_person_not_a_new_one():
    known = Entity("l-marchetti", "Lidia Marchetti", "person")
    place = Entity("norvale-wells", "Norvale Wells", "place")
    doc = _doc("t", ["Mayor Lidia Marchetti", "Norvale Wells", "Mrs Marchetti"])
    links = link_speakers([doc], [known, place], {})
    assert links.entities == ()  # a place's name is no new person
    assert [(b, e) for _, e, b in links.turns] == [(0, "l-marchetti"), (2, "l-marchetti")]


def test_a_spelling_of_a_curated_name_is_that_person():
    curated = Entity("tomas-varga", "Tomas Varga", "person", origin="registry")
    links = link_speakers([_doc("a", ["Tomass Varga"]), _doc("b", ["Tamara Vargova"])],
                          [curated], {})
    assert links.turns == (("a", "tomas-varga", 0), ("b", "tamara-vargova", 0))


def test_a_surname_label_needs_its_person_in_the_document():
    registry = Entity("lidia-marchetti", "Lidia Marchetti", "person", origin="registry")
    named = _doc("a", ["Marchetti"], text="Lidia Marchetti opened the quay.")
    unnamed = _doc("b", ["Marchetti"], text="The quay opened.")
    links = link_speakers([named, unnamed], [registry], {})
    assert links.turns == (("a", "lidia-marchetti", 0),)


def test_a_surname_label_takes_the_full_name_the_title_gives():
    def titled(doc_id: str, title: str) -> Document:
        return replace(_doc(doc_id, ["MS. KROLL", "Question", "MS. KROLL"]),
                       meta=Metadata(title=title))
    one = titled("a", "Press Briefing by Press Secretary Nadia Kroll")
    two = titled("b", "Joint Remarks by Nadia Kroll and Peter Kroll")
    none = titled("c", "Press Briefing on the Harbour")
    links = link_speakers([one, two, none], [], {})
    assert links.turns == (("a", "nadia-kroll", 0), ("a", "nadia-kroll", 2))
    assert [e.name for e in links.entities] == ["Nadia Kroll"]


@pytest.fixture(scope="module")
def archive():
    return gather(Settings(sources=SPEAKERS, registry=EMPTY, cache=None))


def test_speakers_count_like_mentions(archive):
    index = build_index(archive)
    varga = "tomas-varga"  # speaks twice, never named in the running text
    interview = "interview-on-the-harbour-works"
    assert varga not in {m.entity for m in archive.mentions}
    assert index.entity_docs[varga] == (interview,)
    assert index.doc_entities[interview][varga] == 2
    assert ("person", "Tomas Varga") in _filters(index, interview)
    assert varga in {e.id for e in feed_entities(index)}
    site = render_site(archive, Settings(sources=SPEAKERS, registry=EMPTY, cache=None))
    panel = site[f"documents/{interview}/index.md"].split("</details>")[0]
    assert "Tomas Varga</a> <small class=\"speaker-count\">2 turns</small>" in panel
    assert "<strong>3</strong> <a href=\"people/index.html\">people" in site["index.md"]
    assert "<p>3 people, A–Z" in site["people/index.md"]
    profile = site[f"people/{varga}/index.md"]
    assert "<dt>Speaks</dt><dd>2 turns in 1 document</dd>" in profile
    assert "<dt>Mentions</dt>" not in profile and 'id="speaks-in"' in profile


def test_no_person_without_a_document(archive):
    index = build_index(archive)
    data = json.loads(archive_json(index))
    assert data["entities"] and all(e["documents"] > 0 for e in data["entities"])
    assert set(index.entities) == set(index.entity_docs)


def test_archive_json_lists_every_turn(archive):
    turns = json.loads(archive_json(build_index(archive)))["turns"]
    council = [t for t in turns if t["document"] == "meeting-of-the-regional-council"]
    doc = next(d for d in archive.documents if d.id == "meeting-of-the-regional-council")
    anchors = [a for a, b in zip(block_anchors(doc), doc.blocks) if b.kind == "turn"]
    assert [t.pop("anchor") for t in council] == anchors  # each turn's passage anchor
    assert council == [
        {"document": "meeting-of-the-regional-council", "speaker": "pieter-okonkwo-lund",
         "label": "Chairman of the Norvale Council Pieter Okonkwo-Lund"},
        {"document": "meeting-of-the-regional-council", "speaker": "pieter-okonkwo-lund",
         "label": "Pieter Okonkwo-Lund"},
        {"document": "meeting-of-the-regional-council", "speaker": "lidia-marchetti",
         "label": "Mayor Lidia Marchetti"},
        {"document": "meeting-of-the-regional-council", "speaker": "lidia-marchetti",
         "label": "L. Marchetti"},
        {"document": "meeting-of-the-regional-council", "speaker": "pieter-okonkwo-lund",
         "label": "Okonkwo-Lund"},
    ]  # "Germany:" and "At Brennick Wells:" are list labels, read as text (archivist.speakers)
    assert len(turns) == sum(1 for d in archive.documents for b in d.blocks if b.kind == "turn")


def test_speaker_names_link_in_the_running_text_of_their_documents(tmp_path: Path):
    (tmp_path / "t.txt").write_text(
        "---\ntitle: Quay\n---\nHarbour Commissioner Zofia Brandt: Hello.\n\n"
        "Question: And Zofia Brandt herself?\n\nZofia Brandt: Here.\n", encoding="utf-8")
    found = gather(Settings(sources=tmp_path, registry=EMPTY, cache=None))
    assert {(m.entity, m.text) for m in found.mentions} == {("zofia-brandt", "Zofia Brandt")}
    assert [e for _, e, _ in found.speakers] == ["zofia-brandt", "zofia-brandt"]


PEOPLE = [Entity(f"p{i}", f"Person {i}", "person") for i in range(4)]


@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 3)), max_size=8),
       st.lists(st.tuples(st.integers(0, 2), st.integers(0, 3)), max_size=8))
def test_turns_count_wherever_mentions_count(mentioned: list, spoken: list):
    from archivist.html import plural  # noqa: PLC0415
    from archivist.model import Archive, Mention  # noqa: PLC0415
    from archivist.render.entities import entity_index  # noqa: PLC0415
    from archivist.render.pages import home_page  # noqa: PLC0415

    docs = tuple(_doc(f"d{i}", ["Person 0"] * 3) for i in range(3))
    mentions = tuple(Mention(f"d{d}", f"p{e}", 0, 0, 1, "W", f"m-{k}")
                     for k, (d, e) in enumerate(mentioned))
    speakers = tuple(sorted({(f"d{d}", f"p{e}", k % 3) for k, (d, e) in enumerate(spoken)}))
    index = build_index(Archive(docs, tuple(PEOPLE), mentions, (), speakers))
    appears = {(f"d{d}", f"p{e}") for d, e in mentioned} | {(d, e) for d, e, _ in speakers}
    assert {(d, e) for e, ds in index.entity_docs.items() for d in ds} == appears
    assert set(index.entities) == {e for _, e in appears}  # no entity without a document
    for doc_id, counts in index.doc_entities.items():
        for entity_id, n in counts.items():
            assert n == sum(1 for m in mentions if (m.document, m.entity) == (doc_id, entity_id)) \
                + sum(1 for d, e, _ in speakers if (d, e) == (doc_id, entity_id))
    people = len(index.entities)
    assert f'<strong>{people}</strong> <a href="people/index.html">' in home_page(index, "A")
    listing = entity_index("person", index)["people/index.md"]
    assert f"<p>{plural(people, 'person', 'people')}, A–Z" in listing


def test_the_registry_decides_shared_and_blocked_names():
    one = Entity("lidia-marchetti-1", "Lidia Marchetti", "person", ambiguous=("Lidia Marchetti",))
    two = Entity("lidia-marchetti-2", "Lidia Marchetti", "person", ambiguous=("Lidia Marchetti",))
    docs = [_doc("a", ["Lidia Marchetti"]), _doc("b", ["Lidia Marchetti"]),
            _doc("c", ["Tomas Varga"])]
    links = link_speakers(docs, [one, two], {"b": {"lidia-marchetti-2"}},
                          never_link=("Tomas Varga",))
    assert links.turns == (("b", "lidia-marchetti-2", 0),)  # "a" cannot tell which one
    assert links.entities == ()


def test_turn_evaluation_scores_right_wrong_and_lost_turns(tmp_path: Path):
    import sys  # noqa: PLC0415

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import eval_turns  # noqa: PLC0415

    (tmp_path / "txt").mkdir()
    (tmp_path / "txt" / "a.txt").write_text(
        "---\ntitle: Quay\n---\nHarbour Commissioner Lidia Marchetti: Hello.\n\n"
        "Question: And the pier?\n\nLidia Marchetti: Open.\n\nTomas Varga: Thanks.\n",
        encoding="utf-8")
    (tmp_path / "metadata.json").write_text(json.dumps([{"file": "txt/a.txt", "speakers": {
        "Harbour Commissioner Lidia Marchetti": 1, "Lidia Marchetti": 1, "Question": 1,
        "Tomas Varga": 1, "Ana Brix": 2, "I said this": 1}}]), encoding="utf-8")
    found = gather(Settings(sources=tmp_path / "txt", registry=EMPTY, cache=None))
    result = eval_turns.evaluate(tmp_path, found, show=False)
    assert (result["person_turns"], result["right"], result["lost"]) == (5, 3, 2)
    assert (result["other_turns"], result["other_attributed"], result["wrong"]) == (2, 0, 0)
    assert result["attribution"] == pytest.approx(0.6)
    assert eval_turns.same_person(["L. Marchetti"], "Lidia Marchetti")
    assert not eval_turns.same_person(["Lidia Marchetti"], "Tomas Marchetti")
