"""The hook's build state: the full-text index covers every generated document page."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from mkdocs.config import load_config
from mkdocs.structure.files import Files

from archivist.config import load_settings
from archivist.publish.fulltext_reader import StaticIndex
from archivist.publish.mkdocs_build import ArchiveBuild, GeneratedFile

from .conftest import ROOT


def test_full_text_index_lists_every_document_page_even_after_pages_are_released(tmp_path: Path):
    settings = load_settings({"sources": str(ROOT / "sources"), "fulltext": True,
                              "registry": str(ROOT / "entities.yml"), "cache": None}, ROOT,
                             env={})
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.plugins._current_plugin = "archive"  # noqa: SLF001 (MkDocs sets it during events)
    build = ArchiveBuild(settings)
    files = build.add_pages(Files([]), config)
    for f in files:  # MkDocs writes (and the hook releases) every page before the build ends
        build.release(SimpleNamespace(file=f, content="x"))
    build.finish(config.site_dir)
    index = StaticIndex(tmp_path / "site" / "fulltext")
    urls = sorted(index.document(n)["url"] for n in range(index.meta["documents"]))
    assert urls == sorted(f.dest_uri for f in files if f.src_uri.startswith("documents/")
                          and f.src_uri.count("/") == 2 and f.src_uri.endswith("/index.md")
                          and not f.src_uri.split("/")[1].isdigit()
                          and f.src_uri != "documents/undated/index.md")
    assert len(urls) == 4


def test_a_generated_file_lets_go_of_its_text_once_written_and_reads_it_back(tmp_path: Path):
    config = load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config.plugins._current_plugin = "archive"  # noqa: SLF001 (MkDocs sets it during events)
    text = '{"documents": ["Café ’quoted’"]}\n'
    written = GeneratedFile.generated(config, "archive.json", content=text)
    written.copy_file()
    assert (tmp_path / "site" / "archive.json").read_text(encoding="utf-8") == text
    assert written._content is None  # noqa: SLF001 (what MkDocs would hold while rendering)
    assert written.content_string == text
    written.copy_file()  # copied again (mkdocs serve): the file is already in place
    assert (tmp_path / "site" / "archive.json").read_text(encoding="utf-8") == text
    unwritten = GeneratedFile.generated(config, "data/x.csv", content="a,b\n")
    unwritten.changed = False
    unwritten.copy_file(dirty=True)  # --dirty, unchanged, but not in the site: keeps its text
    assert unwritten.content_string == "a,b\n" and not (tmp_path / "site" / "data").exists()
