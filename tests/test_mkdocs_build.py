"""The hook's build state: bodies released as pages are written still reach the full-text index."""

from __future__ import annotations

import zlib
from pathlib import Path
from types import SimpleNamespace

from mkdocs.config import load_config
from mkdocs.structure.files import Files

from archivist.config import load_settings
from archivist.fulltext import MARKER
from archivist.mkdocs_build import ArchiveBuild

from .conftest import ROOT


def test_every_document_reaches_the_indexer_even_if_released_first(tmp_path: Path):
    settings = load_settings({"sources": str(ROOT / "sources"), "fulltext": False,
                              "registry": str(ROOT / "entities.yml"), "cache": None}, ROOT,
                             env={})
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.plugins._current_plugin = "archive"  # noqa: SLF001 (MkDocs sets it during events)
    build = ArchiveBuild(settings)
    files = build.add_pages(Files([]), config)
    documents = [f for f in files if f.src_uri.startswith("documents/")
                 and MARKER in zlib.decompress(build.bodies.get(f.src_uri, b"")).decode()]
    assert len(documents) == 4
    pages = build._documents({f.src_uri: f for f in files})  # noqa: SLF001
    for f in files:  # MkDocs writes (and the hook releases) every page before the thread reads
        build.release(SimpleNamespace(file=f, content="x"))
    urls = [url for url, body in pages if MARKER in body]
    assert urls == sorted("/" + f.dest_uri for f in documents)
