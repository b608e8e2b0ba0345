"""build_pages.py: exit codes, messages instead of tracebacks, writes only what changed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import CORPUS, FIXTURES, REGISTRY, ROOT


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run the CLI as a user would."""
    return subprocess.run([sys.executable, str(ROOT / "build_pages.py"), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_help():
    result = run("--help")
    assert result.returncode == 0
    for flag in ("--sources", "--strict", "--out", "--registry"):
        assert flag in result.stdout


def test_default_corpus_is_clean_even_when_strict(tmp_path: Path):
    result = run("--out", str(tmp_path / "out"), "--strict")
    assert result.returncode == 0, result.stderr
    assert "4 documents" in result.stdout and result.stderr == ""


def test_bad_input_warns_but_builds_and_strict_fails(tmp_path: Path):
    args = ("--sources", str(CORPUS), "--registry", str(REGISTRY), "--out", str(tmp_path / "o"))
    lenient = run(*args)
    assert lenient.returncode == 0
    assert "skipped: empty.txt: empty file" in lenient.stderr
    assert "warning: latin1.txt:3: not valid UTF-8" in lenient.stderr
    assert (tmp_path / "o" / "documents" / "prices-in-london" / "index.md").is_file()
    strict = run(*args, "--strict")
    assert strict.returncode == 1


def test_invalid_registry_is_a_message_not_a_traceback(tmp_path: Path):
    bad = tmp_path / "entities.yml"
    bad.write_text("entities:\n  - name: Kyiv\n    type: city\n")
    result = run("--registry", str(bad), "--out", str(tmp_path / "o"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "'city'" in result.stderr and "person, place, organization" in result.stderr


def test_missing_sources_folder(tmp_path: Path):
    result = run("--sources", str(tmp_path / "nope"), "--out", str(tmp_path / "o"))
    assert result.returncode == 2 and "is not a folder" in result.stderr


def test_second_run_changes_no_file_and_removal_cleans_up(tmp_path: Path):
    import shutil

    sources = tmp_path / "sources"
    shutil.copytree(FIXTURES / "tricky", sources)
    out = tmp_path / "out"
    out.mkdir()
    (out / "hand-written.md").write_text("mine")
    args = ("--sources", str(sources), "--registry", str(FIXTURES / "tricky.yml"), "--out", str(out))
    run(*args)
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.rglob("*") if p.is_file()}
    second = run(*args)
    assert "wrote 0," in second.stdout
    after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.rglob("*") if p.is_file()}
    assert before == after
    (sources / "johnson.txt").unlink()
    run(*args)
    assert not (out / "documents" / "two-johnsons").exists()
    assert (out / "hand-written.md").read_text() == "mine"


def test_review_file_lists_detected_unregistered_names(tmp_path: Path):
    import yaml

    empty = tmp_path / "empty.yml"
    empty.write_text("")
    review = tmp_path / "review.yml"
    result = run("--registry", str(empty), "--out", str(tmp_path / "o"), "--review", str(review))
    assert result.returncode == 0, result.stderr
    data = yaml.safe_load(review.read_text())["candidates"]
    names = {c["entity"]["name"]: c for c in data}
    assert names["Vladimir Putin"]["entity"]["type"] == "person"
    assert names["Vladimir Putin"]["documents"] >= 3
    assert any("[Putin]" in e or "[Vladimir Putin]" in e for e in names["Vladimir Putin"]["examples"])
    registered = run("--out", str(tmp_path / "o2"), "--review", str(tmp_path / "r2.yml"))
    assert registered.returncode == 0
    again = yaml.safe_load((tmp_path / "r2.yml").read_text())["candidates"] or []
    assert "Vladimir Putin" not in {c["entity"]["name"] for c in again}


def test_the_writer_streams_pairs_and_refuses_two_files_on_one_path(tmp_path):
    import pytest  # noqa: PLC0415

    from archivist.publish.writer import write_site  # noqa: PLC0415

    pairs = iter([("a/index.md", "one"), ("b.txt", b"two")])
    result = write_site(pairs, tmp_path / "out")
    assert result.written == 2 and (tmp_path / "out/a/index.md").read_text() == "one"
    with pytest.raises(ValueError, match="share the path 'a/index.md'"):
        write_site(iter([("a/index.md", "x"), ("a/index.md", "y")]), tmp_path / "again")
