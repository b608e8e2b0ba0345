"""Full-text index: words, stems, ranking, filters, chunks, determinism, writing."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archivist.index import build_index
from archivist.model import Archive, Block, Document, Entity, Mention, Metadata
from archivist.publish import fulltext
from archivist.publish.fulltext import (
    PARTS_TRIED,
    FulltextJob,
    SearchDoc,
    build_bundle,
    fold,
    late_words,
    search_docs,
    words,
    write_bundle,
)
from archivist.publish.fulltext_reader import StaticIndex, first_query_bytes

from .conftest import ROOT, mkdocs_build

HOSTILE = '<script>alert("x")</script> & "Co"'


def doc(n: int, text: str, title: str = "", filters: tuple = ()) -> SearchDoc:
    return SearchDoc(url=f"documents/d{n}/index.html", title=title or f"Document {n}",
                     date=f"2020-01-{n + 1:02d}", outlet="", kind="article", text=text,
                     filters=(("type", "article"), *filters))


def written(tmp_path: Path, docs: list[SearchDoc]) -> StaticIndex:
    write_bundle(build_bundle(docs), tmp_path / "fulltext")
    return StaticIndex(tmp_path / "fulltext")


def test_words_fold_case_marks_and_compatibility_forms():
    assert fold("Kyïv") == "kyiv" and fold("ZÜRICH") == "zurich"
    assert words("Zelenskyy's ﬁnal—“deal” snake_case 2022") == [
        "zelenskyy", "s", "final", "deal", "snake", "case", "2022"]
    assert words("Кремль, Москва") == ["кремль", "москва"]


def test_stems_and_completions_find_other_forms(tmp_path: Path):
    index = written(tmp_path, [doc(0, "New sanctions on the port and its ports."),
                               doc(1, "The minister sanctioned a portable deal."),
                               doc(2, "Nothing relevant here.")])
    assert sorted(index.search("sanction").documents) == [0, 1]  # no such word: completions
    assert sorted(index.search("SANCTIONS").documents) == [0, 1]  # one stem, "sanction"
    assert index.search("ports").documents == [0]  # a word in the index: its stem only
    assert sorted(index.search("por").documents) == [0, 1]
    assert index.search("relevan").documents == [2]
    assert index.search("zzz").documents == []


def test_every_word_must_match_and_title_words_rank_first(tmp_path: Path):
    docs = [doc(0, "Talks in Geneva. The ceasefire was discussed briefly."),
            doc(1, "Talks about the harvest.", title="Ceasefire talks"),
            doc(2, "A ceasefire, and nothing else.")]
    index = written(tmp_path, docs)
    assert index.search("ceasefire talks").documents == [1, 0]
    assert index.search("ceasefire").documents[0] == 1


def test_filters_alone_list_newest_first_and_combine_with_words(tmp_path: Path):
    docs = [doc(0, "Putin spoke.", filters=(("person", "Vladimir Putin"), ("year", "2021"))),
            doc(1, "Putin again.", filters=(("person", "Vladimir Putin"), ("year", "2020"))),
            doc(2, "Putin, third.", filters=(("year", "2020"),))]
    index = written(tmp_path, docs)
    assert index.search("", {"person": "vladimir putin"}).documents == [0, 1]
    assert index.search("putin", {"year": "2020"}).documents == [1, 2]
    assert index.search("putin", {"year": "2020", "person": "Vladimir Putin"}).documents == [1]
    assert index.search("putin", {"person": "Nobody"}).documents == []


def test_search_docs_carry_entities_outlet_year_and_text_as_data():
    meta = Metadata(title=HOSTILE, date=dt.date(2021, 3, 4), outlet=HOSTILE, kind="transcript")
    blocks = (Block("turn", "Jane </span> Roe spoke.", 1, speaker="Host"),)
    d1 = Document(id="d1", source="d1.txt", sha256="0" * 64, meta=meta, blocks=blocks, words=4)
    d2 = Document(id="d2", source="d2.txt", sha256="1" * 64, meta=Metadata(title="Undated"),
                  blocks=(Block("paragraph", "Later.", 1),), words=1)
    person = Entity(id="jane", name="Jane </span> Roe", type="person")
    mention = Mention(document="d1", entity="jane", block=0, start=0, end=15,
                      text="Jane </span> Roe", anchor="m-1")
    index = build_index(Archive(documents=(d2, d1), entities=(person,), mentions=(mention,),
                                problems=()))
    first, second = search_docs(index)
    assert (first.url, second.url) == ("documents/d1/index.html", "documents/d2/index.html")
    assert first.text == "Host: Jane </span> Roe spoke." and first.title == HOSTILE
    assert set(first.filters) == {("type", "transcript"), ("person", "Jane </span> Roe"),
                                  ("outlet", HOSTILE), ("year", "2021")}
    assert ("year", "undated") in second.filters
    files = build_bundle([first, second]).files
    shown = json.loads(gzip.decompress(files["d/0.json.gz"]))
    assert shown["title"] == HOSTILE and shown["outlet"] == HOSTILE
    assert json.loads(files["values/person.json"]) == [["Jane </span> Roe", 1]]


def test_chunks_split_and_lookups_cross_their_boundaries(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(fulltext, "DICT_CHUNK", 200)
    monkeypatch.setattr(fulltext, "POSTINGS_CHUNK", 300)
    vocabulary = [f"word{i:03d}" for i in range(300)]
    docs = [doc(n, " ".join(vocabulary[n::7])) for n in range(7)]
    index = written(tmp_path, docs)
    assert len(index.meta["words"]) > 10 and len(index.meta["stems"]) > 10
    for i, word in enumerate(vocabulary):
        assert index.search(word).documents == [i % 7], word
    assert len(index.search("word1").documents) == 7  # completions from several chunks


def test_output_is_deterministic_and_rewrites_only_what_changed(tmp_path: Path):
    docs = [doc(n, f"text number {n} about talks") for n in range(5)]
    first, second = build_bundle(docs), build_bundle(list(docs))
    assert first.files == second.files
    folder = tmp_path / "fulltext"
    assert write_bundle(first, folder) == len(first.files)
    (folder / "d" / "99.json.gz").write_bytes(b"stale")
    assert write_bundle(first, folder) == 0
    assert not (folder / "d" / "99.json.gz").exists()
    changed = build_bundle([*docs[:4], doc(4, "text number 4 about peace")])
    assert 0 < write_bundle(changed, folder) < len(changed.files)


def test_separate_process_writes_the_same_index(tmp_path: Path, monkeypatch):
    docs = [doc(n, f"report {n} on grain exports and shipping") for n in range(12)]
    monkeypatch.setattr(fulltext, "SEPARATE_PROCESS_FROM", 10)
    job = FulltextJob(docs, tmp_path / "a")
    assert job._process is not None  # noqa: SLF001 (the case under test)
    stats = job.finish()
    assert stats.documents == 12 and stats.files_written > 0
    write_bundle(build_bundle(docs), tmp_path / "b")
    paths = sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*.*"))
    assert paths == sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.*"))
    assert all((tmp_path / "a" / p).read_bytes() == (tmp_path / "b" / p).read_bytes()
               for p in paths)


def test_mkdocs_builds_a_large_archive_index_in_a_worker_process(tmp_path: Path):
    # Run from elsewhere: the worker can import this package only through the hook's folder.
    sources = tmp_path / "sources"
    sources.mkdir()
    count = fulltext.SEPARATE_PROCESS_FROM
    for n in range(count):
        (sources / f"{n:04d}.txt").write_text(
            f"Report number {n}\n\n2021-03-{n % 28 + 1:02d}\n\nThe harbour of word{n} reopened.\n")
    result = mkdocs_build(tmp_path / "site", sources, ROOT / "entities.yml", cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"Full-text index: {count} documents" in result.stderr
    index = StaticIndex(tmp_path / "site" / "fulltext")
    assert len(index.search("harbour").documents) == count
    assert index.document(index.search("word123").documents[0])["title"] == "Report number 123"


@pytest.mark.parametrize("in_process", [True, False])
def test_unwritable_folder_is_a_fulltext_error(tmp_path: Path, monkeypatch, in_process: bool):
    monkeypatch.setattr(fulltext, "SEPARATE_PROCESS_FROM", 10 if in_process else 1)
    (tmp_path / "taken").write_text("a file where the folder should be")
    job = FulltextJob([doc(0, "words")], tmp_path / "taken")
    assert (job._process is None) == in_process  # noqa: SLF001 (the case under test)
    with pytest.raises(fulltext.FulltextError, match="taken"):
        job.finish()


def test_abandoned_job_stops_its_worker(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(fulltext, "SEPARATE_PROCESS_FROM", 1)
    job = FulltextJob([doc(n, "word " * 2000) for n in range(300)], tmp_path / "out")
    worker = job._process  # noqa: SLF001 (the case under test)
    assert worker is not None and worker.is_alive()
    job.abandon()
    assert not worker.is_alive()


def test_first_query_bytes_counts_the_files_a_query_reads(tmp_path: Path):
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    (site / "assets" / "search.js").write_text("/* script */" * 50)
    write_bundle(build_bundle([doc(n, f"common words {n}") for n in range(8)]),
                 site / "fulltext")
    result = first_query_bytes(site, "common")
    assert result["matching_documents"] == 8
    assert len([f for f in result["files"] if f.startswith("fulltext/d/")]) == 5
    assert result["bytes"] == sum(result["files"].values())


TEXT = st.lists(st.sampled_from(["talks", "talked", "Kyïv", "kyiv", "grain", "ports", "port",
                                 "sanctions", "2022", "ceasefire", "the", "a"]),
                min_size=1, max_size=12).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=6))
def test_every_word_finds_every_document_holding_it(tmp_path_factory, texts):
    tmp = tmp_path_factory.mktemp("ft")
    index = written(tmp, [doc(n, text) for n, text in enumerate(texts)])
    for n, text in enumerate(texts):
        for word in words(text):
            found = index.search(word).documents
            assert n in found, (word, texts)
            assert found == sorted(found, key=lambda d: (-_score(index, word, d), d))


def _score(index: StaticIndex, word: str, number: int) -> float:
    return max(index.scores(stem).get(number, 0.0) for stem in index.match(word).stems)


def test_a_word_in_every_document_costs_bytes_per_document_not_per_occurrence(tmp_path: Path):
    def text(n: int) -> str:
        return " ".join(["russia"] * (n % 7 + 1) + [f"w{i}" for i in range(n % 31 * 3)])

    docs = [doc(n % 28, text(n)) for n in range(5000)]
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    (site / "assets" / "search.js").write_text("")
    write_bundle(build_bundle(docs), site / "fulltext")
    result = first_query_bytes(site, "russia")
    assert result["matching_documents"] == 5000
    postings = sum(v for k, v in result["files"].items() if k.startswith("fulltext/p/"))
    assert postings < 5000 * 2, result  # under two bytes per document, gzipped


@given(st.text(alphabet=st.sampled_from("ab \n"), max_size=300), st.integers(4, 40))
def test_split_text_keeps_every_character_within_the_limit(text, limit):
    parts = fulltext.split_text(text, limit)
    assert "".join(parts) == text and all(len(p) <= limit for p in parts)


def test_long_documents_load_only_the_parts_a_query_needs(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(fulltext, "TEXT_PART", 300)
    long_text = "\n".join(f"Paragraph {i} about grain." for i in range(40)) + "\nLast: ceasefire."
    index = written(tmp_path, [doc(0, long_text), doc(1, "grain and ceasefire")])
    first = index.document(0)
    assert 3 <= first["parts"] <= 6 and index.full_text(0) == long_text
    index = StaticIndex(index.folder)
    hits = index.search("grain")
    assert index.passage_text(0, hits.matches).startswith("Paragraph 0")
    assert not [f for f in index.fetched if f.startswith("d/0-")]
    hits = index.search("ceasefire")
    assert index.passage_text(0, hits.matches).endswith("Last: ceasefire.")
    assert f"d/0-{first['parts'] - 1}.json.gz" in index.fetched


def test_stemmer_none_keeps_words_apart_and_other_languages_stem(tmp_path: Path):
    docs = [doc(0, "sanctions"), doc(1, "sanctioned")]
    write_bundle(build_bundle(docs, "none"), tmp_path / "none")
    assert StaticIndex(tmp_path / "none").search("sanctions").documents == [0]
    russian = [doc(0, "Москва"), doc(1, "из Москвы")]
    write_bundle(build_bundle(russian, "russian"), tmp_path / "ru")
    assert sorted(StaticIndex(tmp_path / "ru").search("москва").documents) == [0, 1]
    write_bundle(build_bundle(russian, "english"), tmp_path / "en")
    assert StaticIndex(tmp_path / "en").search("москва").documents == [0]


def test_passage_comes_from_a_part_holding_every_query_word(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(fulltext, "TEXT_PART", 300)
    text = "\n".join(["Grain grain grain exports."] * 12 + ["Talks: grain for a ceasefire."]
                     + ["More grain news."] * 10)
    index = written(tmp_path, [doc(0, text)])
    hits = index.search("grain ceasefire")
    assert hits.documents == [0]
    assert "grain for a ceasefire" in index.passage_text(0, hits.matches)
    assert "ceasefire" not in index.document(0)["text"]  # not in the first part


def test_an_archive_without_documents_has_an_index_that_finds_nothing(tmp_path: Path):
    index = written(tmp_path, [])
    assert index.meta["documents"] == 0 and index.search("anything").documents == []
    assert index.search("", {"year": "2020"}).documents == []


def test_late_words_name_the_part_where_a_long_text_first_uses_them():
    parts = [f"common words part {k}" for k in range(PARTS_TRIED)] + [
        "common Zephyrine here", "zephyrine again and Ösel", "common"]
    assert late_words(parts) == {"again": PARTS_TRIED + 1, "and": PARTS_TRIED + 1,
                                 "here": PARTS_TRIED, "osel": PARTS_TRIED + 1,
                                 "zephyrine": PARTS_TRIED}
