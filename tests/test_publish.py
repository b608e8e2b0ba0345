"""Publishing: `mkdocs gh-deploy` into a real bare git repository, and the Pages workflow file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import yaml

from .conftest import ROOT
from .engine import CURRENT

PROJECT = ("mkdocs.yml", "entities.yml", "hooks", "archivist", "docs", "sources", "overrides")
GIT_ENV = {"GIT_AUTHOR_NAME": "Archive Test", "GIT_AUTHOR_EMAIL": "archive@example.org",
           "GIT_COMMITTER_NAME": "Archive Test", "GIT_COMMITTER_EMAIL": "archive@example.org",
           "GIT_CONFIG_NOSYSTEM": "1", "GIT_TERMINAL_PROMPT": "0"}


def _git(*args: str, cwd: Path, env: dict[str, str]) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _project(target: Path) -> None:
    """A copy of the archive project as a curator would have it in their own repository."""
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", ".archive-cache")
    for name in PROJECT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=skip)
        elif source.exists():
            shutil.copy2(source, target / name)


def test_gh_deploy_pushes_the_built_site_to_the_gh_pages_branch_of_a_bare_remote(tmp_path: Path):
    env = {**os.environ, **GIT_ENV, "HOME": str(tmp_path), "NO_MKDOCS_2_WARNING": "1",
           "ARCHIVE_CACHE": str(tmp_path / "cache")}
    remote, work = tmp_path / "remote.git", tmp_path / "work"
    _git("init", "--bare", "--initial-branch=main", str(remote), cwd=tmp_path, env=env)
    work.mkdir()
    _project(work)
    _git("init", "--initial-branch=main", cwd=work, env=env)
    _git("add", ".", cwd=work, env=env)
    _git("commit", "-q", "-m", "Archive", cwd=work, env=env)
    _git("remote", "add", "origin", str(remote), cwd=work, env=env)
    deploy = subprocess.run(CURRENT.command("gh-deploy", "--force", "--no-history", "--site-dir",
                                            str(tmp_path / "site")),
                            cwd=work, env=env, capture_output=True, text=True, timeout=600)
    assert deploy.returncode == 0, deploy.stderr
    files = set(_git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote, env=env).split())
    assert {"index.html", "archive.json", ".nojekyll", "feed.xml", "map/index.html",
            "network/index.html", "assets/vendor/leaflet/leaflet.js"} <= files
    listed = json.loads(_git("show", "gh-pages:archive.json", cwd=remote, env=env))["documents"]
    assert listed and {f"{d['url']}index.html" for d in listed} <= files
    assert _git("rev-list", "--count", "gh-pages", cwd=remote, env=env).strip() == "1"
    head = _git("rev-parse", "--short", "HEAD", cwd=work, env=env).strip()
    assert _git("log", "-1", "--format=%s", "gh-pages", cwd=remote, env=env).startswith(
        f"Deployed {head} with {CURRENT.label}")
    page = _git("show", "gh-pages:index.html", cwd=remote, env=env)
    assert "<title>Source Archive</title>" in page and "map/index.html" in page


def test_pages_workflow_builds_strict_with_the_pinned_requirements_and_deploys():
    workflow = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text())
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    runs = " ".join(step.get("run", "") for step in build["steps"])
    uses = [step.get("uses", "") for step in build["steps"] + deploy["steps"]]
    assert "pip install -r requirements.txt" in runs and "mkdocs build --strict" in runs
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    assert deploy["needs"] == "build" and deploy["permissions"] == {"pages": "write",
                                                                   "id-token": "write"}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        requirement = line.split("#", 1)[0].strip()
        assert not requirement or requirement.startswith("-") or "==" in requirement, line
