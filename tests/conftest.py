"""Shared fixtures: paths, a real `mkdocs build` (or `properdocs build`) into tmp_path, HTML text.

The engine is tests/engine.py's: MkDocs by default, ProperDocs with ARCHIVE_ENGINE=properdocs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from archivist.config import Settings
from archivist.model import Archive
from archivist.pipeline import gather

from .engine import (  # with ProperDocs: from here on `mkdocs.*` is `properdocs.*`
    CURRENT,
    Engine,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = FIXTURES / "corpus"
REGISTRY = FIXTURES / "entities.yml"


def archive_of(tmp_path: Path, texts: dict[str, str], registry: str = "") -> Archive:
    """The archive of a few .txt documents, with an empty (or the given) registry."""
    sources = tmp_path / "sources"
    sources.mkdir(parents=True)
    for name, text in texts.items():
        (sources / name).write_text(text, encoding="utf-8")
    reg = tmp_path / "entities.yml"
    reg.write_text(registry or "version: 1\nentities: []\n", encoding="utf-8")
    return gather(Settings(sources=sources, registry=reg, cache=None, fulltext=False))


def mkdocs_build(site: Path, sources: Path, registry: Path, *extra: str, cache: Path | None = None,
                 cwd: Path = ROOT, engine: Engine = CURRENT) -> subprocess.CompletedProcess[str]:
    """Run the engine's real `build` of this repository's mkdocs.yml on other sources."""
    env = {**os.environ, "ARCHIVE_SOURCES": str(sources), "ARCHIVE_REGISTRY": str(registry),
           "ARCHIVE_CACHE": str(cache or site.parent / "cache"), "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(engine.command("build", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site),
                                         *extra),
                          capture_output=True, text=True, env=env, cwd=cwd, timeout=600)


def copy_project(tmp_path: Path) -> Path:
    """A copy of this project (config, hooks, package, docs, seeds) to build or serve and edit."""
    project = tmp_path / "project"
    project.mkdir()
    for name in ("mkdocs.yml", "entities.yml"):
        shutil.copy(ROOT / name, project / name)
    for name in ("hooks", "archivist", "docs", "sources", "overrides"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    return project


class TextExtractor(HTMLParser):
    """Visible text of an HTML fragment, plus every start tag seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self._skip = 0

    BLOCK = {"p", "h1", "h2", "h3", "h4", "li", "ul", "ol", "blockquote", "footer", "div", "dt",
             "dd", "tr", "td", "th", "br", "nav", "table", "section", "article", "header"}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in self.BLOCK:
            self.parts.append(" ")
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCK:
            self.parts.append(" ")
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.parts).split())


def extract(html: str) -> TextExtractor:
    """Parse HTML and return its visible text and tags."""
    parser = TextExtractor()
    parser.feed(html)
    parser.close()
    return parser


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A writable copy of the fixture corpus."""
    target = tmp_path / "sources"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default corpus (sources/ + entities.yml) built once with `mkdocs build --strict`."""
    site = tmp_path_factory.mktemp("seed") / "site"
    result = mkdocs_build(site, ROOT / "sources", ROOT / "entities.yml", "--strict")
    assert result.returncode == 0, result.stderr
    return site
