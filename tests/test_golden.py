"""Golden files for generated Markdown.

Regenerate after an intended change with:
    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py
and review the diff (git diff tests/golden) before committing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from archivist.config import load_settings
from archivist.pipeline import gather, render_site

from .conftest import CORPUS, FIXTURES, REGISTRY

GOLDEN = Path(__file__).parent / "golden"
CASES = {
    "tricky": (FIXTURES / "tricky", FIXTURES / "tricky.yml", False),
    "corpus": (CORPUS, REGISTRY, True),
    "speakers": (FIXTURES / "speakers", FIXTURES / "speakers.yml", True),
}


def _site(name: str) -> dict[str, str]:
    sources, registry, detect = CASES[name]
    settings = load_settings({"sources": str(sources), "registry": str(registry), "detect": detect,
                              "cache": ""}, FIXTURES, env={})
    return render_site(gather(settings), settings)


@pytest.mark.parametrize("name", sorted(CASES))
def test_generated_markdown_matches_golden(name: str):
    site = _site(name)
    folder = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        for old in folder.rglob("*"):
            if old.is_file():
                old.unlink()
        for rel, text in site.items():
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)
            (folder / rel).write_text(text, encoding="utf-8")
    expected = {p.relative_to(folder).as_posix(): p.read_bytes().decode("utf-8")
                for p in folder.rglob("*") if p.is_file()}
    assert sorted(site) == sorted(expected)
    for rel, text in site.items():
        assert text == expected[rel], f"{name}/{rel} differs from its golden file"


def test_tricky_links():
    """The cases the golden files pin, stated plainly."""
    site = _site("tricky")
    capital = site["documents/talks-in-the-capital/index.md"]
    assert '>MOSCOW</a>, Russia' in capital
    assert capital.count('title="Vladimir Putin">') == 3
    assert 'title="Moon of Alabama">Moon of Alabama</a>' in capital
    assert "sword of Damocles" in capital and ">Damocles<" not in capital
    assert "The Kiev regime" not in capital and ">Kiev</a> regime" in capital
    assert "Johnson spoke later" in capital  # ambiguous surname, unresolved: not linked
    johnsons = site["documents/two-johnsons/index.md"]
    assert 'title="Boris Johnson">Johnson</a> left' in johnsons
    unresolved = site["documents/no-resolution-here/index.md"]
    assert "Johnson arrived" in unresolved and "met Berdimuhamedov." in unresolved
    transcript = site["documents/press-conference-transcript/index.md"]
    assert transcript.count('class="speaker-link"') == 2
