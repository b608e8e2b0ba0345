"""`--dirty` rebuilds (as `mkdocs serve --dirty` runs them) re-render only changed generated pages,
and give the same site as a clean build."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from .conftest import copy_project

EDITED = "documents/russia-prepares-for-ukraine-talks-with-trump-as-war/index.html"


def _build(project: Path, site: Path, dirty: bool = False) -> None:
    build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)), dirty=dirty)


def _snapshot(site: Path) -> dict[str, tuple[int, bytes]]:
    return {p.relative_to(site).as_posix(): (p.stat().st_mtime_ns, p.read_bytes())
            for p in site.rglob("*") if p.is_file()}


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for var in ("ARCHIVE_SOURCES", "ARCHIVE_REGISTRY", "ARCHIVE_CACHE"):
        monkeypatch.delenv(var, raising=False)
    return copy_project(tmp_path)


def test_dirty_rebuild_renders_only_changed_pages_and_matches_a_clean_build(
        project: Path, tmp_path: Path):
    site = tmp_path / "site"
    _build(project, site)
    before = _snapshot(site)
    source = project / "sources" / "003_a71e5c126aa18bd4.txt"
    source.write_text(source.read_text() + "\nA paragraph added while serving.\n")
    _build(project, site, dirty=True)
    after = _snapshot(site)
    pages = [p for p in after if p.endswith(".html")]
    rewritten = [p for p in pages if after[p][0] != before[p][0]]
    assert EDITED in rewritten and "A paragraph added while serving." in after[EDITED][1].decode()
    assert len(rewritten) < len(pages) / 4, rewritten
    untouched = "documents/transcript-of-putins-q-a-with-journalists-in-turkmenistan-on/index.html"
    assert untouched in before and untouched not in rewritten

    clean = tmp_path / "clean"
    _build(project, clean)
    expected = _snapshot(clean)
    assert sorted(after) == sorted(expected)
    differ = [p for p in expected if after[p][1] != expected[p][1]]
    assert differ == []
    print(f"{len(rewritten)} of {len(pages)} pages rewritten")
