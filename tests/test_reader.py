"""Bad input: every file is accounted for, with a message naming the file (and line)."""

from __future__ import annotations

from pathlib import Path

from archivist.documents import read_documents
from archivist.reader import decode, discover, split_front_matter

from .conftest import CORPUS


def _gather(root: Path = CORPUS):
    docs, problems, _ = read_documents(root, discover(root))
    return docs, problems


def test_every_file_is_a_document_or_reported():
    docs, problems = _gather()
    files = {p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*") if p.is_file()}
    sidecars = {"with_sidecar.yml"}
    accounted = ({d.source for d in docs} | {s for d in docs for s in d.duplicates}
                 | {p.source for p in problems if p.skipped} | sidecars)
    assert accounted == files


def test_skip_reasons_name_the_file():
    _, problems = _gather()
    skipped = {p.source: p.reason for p in problems if p.skipped}
    assert skipped["empty.txt"] == "empty file"
    assert "binary" in skipped["binary.txt"]
    assert "unsupported file type '.png'" in skipped["image.png"]
    assert "no source next to it" in skipped["orphan.yml"]


def test_non_utf8_is_decoded_with_a_warning():
    docs, problems = _gather()
    by_source = {d.source: d for d in docs}
    latin = " ".join(b.text for b in by_source["latin1.txt"].blocks)
    assert "£120" in latin
    assert by_source["latin1.txt"].meta.title == "Prices in London"
    russian = by_source["cp1251.txt"].meta.title
    assert russian.startswith("Президент России выступил")
    warned = {p.source: p for p in problems if "not valid UTF-8" in p.reason}
    assert warned["latin1.txt"].line == 3 and "cp1251.txt" in warned


def test_malformed_front_matter_stays_text_and_reports_the_line():
    docs, problems = _gather()
    doc = next(d for d in docs if d.source == "bad_front_matter.md")
    assert doc.meta.title == "title: [unclosed"  # a rule is no headline
    assert [b.text for b in doc.blocks] == ["---", "title: [unclosed", "date: 2024-01-01", "---",
                                            "Body text survives a broken header."]
    problem = next(p for p in problems if p.source == "bad_front_matter.md")
    assert problem.line == 3 and "not valid metadata" in problem.reason
    assert "kept as text" in problem.reason


def test_invalid_date_and_unknown_field_are_reported_not_fatal():
    docs, problems = _gather()
    doc = next(d for d in docs if d.source == "unknown_field.txt")
    assert doc.meta.title == "Field test" and doc.meta.date is None
    reasons = [p.reason for p in problems if p.source == "unknown_field.txt"]
    assert any("'2024-02-30' is not a date" in r for r in reasons)
    assert any("unknown metadata field 'colour'" in r for r in reasons)


def test_duplicates_are_folded_under_the_first_path():
    docs, problems = _gather()
    doc = next(d for d in docs if d.source == "more/duplicate-copy.txt")
    assert doc.duplicates == ("nested/duplicate.txt",)
    assert any(p.source == "nested/duplicate.txt" and "byte-identical" in p.reason
               for p in problems)


def test_sidecar_metadata_is_given_and_overrides_detection():
    docs, _ = _gather()
    doc = next(d for d in docs if d.source == "with_sidecar.txt")
    assert (doc.meta.title, str(doc.meta.date), doc.meta.author, doc.meta.outlet) == (
        "Sidecar title", "2021-05-04", "Jane Reporter", "Example Times")


def test_front_matter_values_override_detected_ones():
    docs, _ = _gather()
    doc = next(d for d in docs if d.source == "transcript.md")
    assert doc.meta.title == "Press conference in Moscow"
    assert str(doc.meta.date) == "2023-03-14" and doc.meta.url == "https://example.org/transcripts/1"


def test_decode_and_front_matter_units():
    text, encoding, problems = decode("caf\u00e9".encode("utf-8"), "x.txt")
    assert (text, encoding, problems) == ("café", "utf-8", [])
    given, body, line, problems = split_front_matter("---\ndate: 2020-01-02\n---\nHi\n", "x.md")
    assert given == {"date": "2020-01-02"} and body == "Hi\n" and line == 4 and not problems
    given, body, line, problems = split_front_matter("---\n- a\n---\nHi\n", "x.md")
    assert (given, body, line) == ({}, "---\n- a\n---\nHi\n", 1)
    assert "must be a mapping" in problems[0].reason


def test_control_characters_are_removed_and_reported():
    text, _, problems = decode(b"a\x02b\x03c\n", "x.txt")
    assert text == "abc\n" and "control characters" in problems[0].reason


def test_whitespace_only_text_is_an_empty_file_not_binary():
    import pytest  # noqa: PLC0415

    from archivist.errors import SourceError  # noqa: PLC0415

    for data in ("\u2028\n".encode(), " \t\n\u00a0\n".encode(), "\u3000".encode()):
        with pytest.raises(SourceError, match="empty file"):
            decode(data, "blank.txt")
