"""A bug in a header-reading rule costs that file its header fields, never the build."""

from __future__ import annotations

from pathlib import Path

import archivist.documents as documents
from tests.conftest import archive_of


def test_failing_header_rule_keeps_the_file_and_reports_it(tmp_path: Path, monkeypatch) -> None:
    def broken(blocks):
        raise IndexError("list index out of range")

    monkeypatch.setattr(documents, "detect", broken)
    text = "Harbour board approves breakwater\n\nThe board approved the plan on Tuesday."
    archive = archive_of(tmp_path, {"a.txt": text, "b.txt": "Second file\n\nMore text here."})
    assert len(archive.documents) == 2
    doc = next(d for d in archive.documents if d.source == "a.txt")
    assert doc.meta.title == "Harbour board approves breakwater"
    assert "The board approved the plan on Tuesday." in [b.text for b in doc.blocks]
    reported = [p for p in archive.problems if p.source == "a.txt"]
    assert any("internal error: IndexError" in p.reason and not p.skipped for p in reported)


def test_failing_detection_rule_keeps_the_build(tmp_path: Path, monkeypatch, caplog) -> None:
    from archivist.detect import Detector

    real = Detector.scan_packed

    def broken(self, text):
        if "Brenvale" in text:
            raise KeyError("rule")
        return real(self, text)

    monkeypatch.setattr(Detector, "scan_packed", broken)
    archive = archive_of(tmp_path, {
        "a.txt": "Brenvale harbour\n\nThe mayor, Ann Roe, spoke in Lisbon on Tuesday.",
        "b.txt": "Second file\n\nPresident Tom Lee visited Lisbon on Monday."})
    assert len(archive.documents) == 2
    assert any(e.name == "Lisbon" for e in archive.entities)
    assert any("detecting names failed" in r.getMessage() and "Brenvale harbour" in r.getMessage()
               for r in caplog.records)


def test_failing_speaker_rule_keeps_the_build(tmp_path: Path, monkeypatch, caplog) -> None:
    import archivist.speakers_link.intro as intro

    def broken(doc):
        raise KeyError("1,2")

    monkeypatch.setattr(intro, "_introduced", broken)
    text = ("Harbour radio interview\n\nHost: Ann Roe\n\nANN ROE: Good evening, Mayor.\n\n"
            "MAYOR: Good evening. The breakwater is ready.\n\nANN ROE: Thank you.\n")
    archive = archive_of(tmp_path, {"a.txt": text, "b.txt": "Second file\n\nMore text here."})
    assert len(archive.documents) == 2
    doc = next(d for d in archive.documents if d.source == "a.txt")
    assert any(b.speaker for b in doc.blocks)
    assert any("speaker labels of a.txt failed" in r.getMessage() for r in caplog.records)
