"""MkDocs and ProperDocs: pinned alike, and the same pages from both but for the generator tag."""

from __future__ import annotations

import gzip
import os
import re
from importlib.metadata import PackageNotFoundError, distribution, version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from .conftest import ROOT, mkdocs_build
from .engine import CURRENT, other_engine

GENERATOR = re.compile(rb'<meta name="generator" content="([^"]*)">')
REQUIREMENTS = {"mkdocs": "requirements.txt", "properdocs": "requirements-properdocs.txt"}


def _pins(path: Path) -> dict[str, str]:
    """Canonical name -> pinned version of every requirement line of a requirements file."""
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.split("#", 1)[0].strip()
        if text and not text.startswith("-"):
            name, _, pinned = text.partition("==")
            assert pinned, f"{path.name}: not pinned: {line}"
            pins[canonicalize_name(name)] = pinned.strip()
    return pins


def test_properdocs_requirements_pin_what_requirements_txt_pins_with_properdocs_for_mkdocs():
    default, fork = _pins(ROOT / "requirements.txt"), _pins(ROOT / "requirements-properdocs.txt")
    assert "mkdocs" in default and "mkdocs" not in fork and "properdocs" in fork
    differing = {name: (pin, fork.get(name)) for name, pin in default.items()
                 if name != "mkdocs" and fork.get(name) != pin}
    assert not differing, f"requirements-properdocs.txt differs from requirements.txt: {differing}"


def _unmet(name: str, seen: set[str]) -> list[str]:
    """Requirements of an installed distribution (and theirs) that are missing or off-version."""
    problems = []
    for text in distribution(name).requires or []:
        req = Requirement(text)
        if req.marker and not req.marker.evaluate({"extra": ""}):
            continue
        dep = canonicalize_name(req.name)
        try:
            installed = version(dep)
        except PackageNotFoundError:
            problems.append(f"{name} requires {req}: not installed")
            continue
        if not req.specifier.contains(installed, prereleases=True):
            problems.append(f"{name} requires {req}: {installed} installed")
        if dep not in seen:
            seen.add(dep)
            problems += _unmet(dep, seen)
    return problems


def test_the_engines_requirements_file_installs_everything_it_needs_and_no_other_engine():
    pins = _pins(ROOT / REQUIREMENTS[CURRENT.name])
    for name, pinned in pins.items():
        assert version(name) == pinned, f"{name}: {version(name)} installed, {pinned} pinned"
    seen = set(pins)
    problems = [p for name in sorted(pins) for p in _unmet(name, seen)]
    if CURRENT.name == "properdocs":
        # Material declares MkDocs; ProperDocs answers its `mkdocs.*` imports instead.
        problems.remove("mkdocs-material requires mkdocs<2,>=1.6: not installed")
        with pytest.raises(PackageNotFoundError):
            distribution("mkdocs")
    assert not problems


def _generators(site: Path) -> set[bytes]:
    """The generator tag of every HTML page of a site (exactly one per page)."""
    tags = set()
    for page in site.rglob("*.html"):
        found = GENERATOR.findall(page.read_bytes())
        assert len(found) == 1, page
        tags.update(found)
    return tags


def test_pages_name_the_engine_that_built_them(seed_site: Path):
    engine = (version("mkdocs") if CURRENT.name == "mkdocs"
              else f"ProperDocs {version('properdocs')}")
    tag = f"mkdocs-{engine}, mkdocs-material-{version('mkdocs-material')}"
    assert _generators(seed_site) == {tag.encode()}


def _normalised(path: Path) -> bytes:
    """A built file's bytes, without the generator tag; a gzip file's content, not its header."""
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return GENERATOR.sub(b"", data) if path.suffix == ".html" else data


def test_both_engines_build_the_default_archive_to_the_same_pages(seed_site: Path, tmp_path: Path):
    other = other_engine()
    if other is None:
        if os.environ.get("CI"):
            pytest.fail("no virtualenv with the other engine (scripts/test.sh makes it)")
        pytest.skip("no virtualenv with the other engine: scripts/test.sh makes it")
    site = tmp_path / "site"
    result = mkdocs_build(site, ROOT / "sources", ROOT / "entities.yml", "--strict", engine=other)
    assert result.returncode == 0, result.stderr
    assert len(_generators(site) | _generators(seed_site)) == 2  # two engines did build
    files = sorted(p.relative_to(seed_site) for p in seed_site.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(site) for p in site.rglob("*") if p.is_file())
    assert sum(1 for f in files if f.suffix == ".html") > 10
    differing = [str(f) for f in files if _normalised(seed_site / f) != _normalised(site / f)]
    assert not differing, f"{CURRENT.name} and {other.name} differ in {differing}"
