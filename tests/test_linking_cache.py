"""Linking is cached per document: a rebuild re-links only documents whose text or names moved."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from archivist import linking
from archivist.config import load_settings
from archivist.pipeline import gather

from .conftest import ROOT


@pytest.fixture()
def relinked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = linking.link_document

    def spy(doc, *args):
        calls.append(doc.id)
        return real(doc, *args)

    monkeypatch.setattr(linking, "link_document", spy)
    return calls


def test_only_the_edited_document_is_linked_again(tmp_path: Path, relinked: list[str]):
    sources = tmp_path / "sources"
    shutil.copytree(ROOT / "sources", sources)
    settings = load_settings({"sources": str(sources), "registry": str(ROOT / "entities.yml"),
                              "cache": str(tmp_path / "cache")}, tmp_path, env={})
    first = gather(settings)
    assert len(relinked) == len(first.documents) == 4
    relinked.clear()
    assert gather(settings) == first and relinked == []

    edited = sources / "003_a71e5c126aa18bd4.txt"
    edited.write_text(edited.read_text() + "\nKyiv answered on Tuesday.\n", encoding="utf-8")
    third = gather(settings)
    assert len(relinked) == 1
    fresh = gather(load_settings({"sources": str(sources), "registry": str(ROOT / "entities.yml"),
                                  "cache": None}, tmp_path, env={}))
    assert third == fresh
