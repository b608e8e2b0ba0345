"""Site smoke tests: real `mkdocs build` into tmp_path, checked in the built HTML."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from archivist.publish.fulltext_reader import StaticIndex

from .conftest import REGISTRY, extract, mkdocs_build

HOSTILE = "documents/breaking-title-script-alert-4-script-news/index.html"


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_seed_site_builds_strict_with_titles_dates_and_structure(seed_site: Path):
    data = json.loads((seed_site / "archive.json").read_text())
    docs = {d["source"]: d for d in data["documents"]}
    assert docs["001_a5a29a74bc51554b.txt"]["date"] == "2022-06-29"
    assert docs["002_5d2fc1e44a23016d.txt"]["date"] == "2025-01-23"
    assert docs["000_3650a770b944f04a.txt"]["date"] is None
    assert docs["003_a71e5c126aa18bd4.txt"]["title"] == (
        "Russia Prepares for Ukraine Talks with Trump as War Intensifies")
    page = (seed_site / docs["001_a5a29a74bc51554b.txt"]["url"] / "index.html").read_text()
    assert re.search(r'<p class="turn" id="p-[0-9a-f]{8}"', page) and '<span class="speaker">' in page
    assert page.count("<h2 id=\"h-") >= 3 and re.search(r"<ul data-search-exclude><li id=\"p-[0-9a-f]{8}\">First of all", page)
    assert re.search(r'<p class="byline" id="p-[0-9a-f]{8}" data-search-exclude>By <a class="mention mention--organization"', page)
    assert "By Moon of Alabama, 6/27/22" in extract(page).text
    quote = (seed_site / docs["002_5d2fc1e44a23016d.txt"]["url"] / "index.html").read_text()
    assert '<blockquote class="embed" id="p-' in quote and "<footer>— <a class=\"mention" in quote
    assert 'href="https://t.co/xRaJcCErV8"' in quote
    fulltext = StaticIndex(seed_site / "fulltext")
    assert fulltext.meta["documents"] == len(data["documents"])
    found = [fulltext.document(n)["url"] for n in fulltext.search("Lysychansk").documents]
    assert found == [docs["001_a5a29a74bc51554b.txt"]["url"] + "index.html"]


def test_hostile_source_is_shown_as_text_and_runs_nothing(tmp_path: Path, corpus: Path):
    assert mkdocs_build(tmp_path / "site", corpus, REGISTRY).returncode == 0
    page = (tmp_path / "site" / HOSTILE).read_text()
    parsed = extract(page)
    scripts = [a for t, a in parsed.tags if t == "script"]
    assert "alert" not in "".join(page.split("<script")[i].split(">")[0] for i in range(1, len(page.split("<script"))))
    assert all("alert" not in (a.get("src") or "") for a in scripts)
    assert not [t for t, a in parsed.tags if t == "img" and "onerror" in a]
    title = page.split("<title>")[1].split("</title>")[0]
    assert extract(title).text == "Breaking </title><script>alert(4)</script> news - Source Archive"
    text = parsed.text
    for snippet in ("<script>alert(1)</script>", "[x](javascript:alert(1))", "{{ jinja }}",
                    "*stars* _under_ # hash `tick`", "$math$ | pipe | &amp; &lt; >",
                    "## not a heading", "> not a quote", "<!-- comment --> <div>raw</div>"):
        assert snippet in text
    assert "javascript:" not in "".join(a.get("href") or "" for t, a in parsed.tags if t == "a")


def test_inline_scripts_in_hostile_page_are_only_the_themes(tmp_path: Path, corpus: Path):
    mkdocs_build(tmp_path / "site", corpus, REGISTRY)
    page = (tmp_path / "site" / HOSTILE).read_text()
    bodies = [chunk.split("</script>")[0] for chunk in page.split("<script")[1:]]
    data = [b.split(">", 1)[1] for b in bodies if b.startswith(' type="application/ld+json">')]
    code = [b for b in bodies if not b.startswith(' type="application/ld+json">')]
    assert code and not any("alert(" in b for b in code)
    # The page's JSON-LD carries the hostile title as data: valid JSON, no markup character.
    assert data and all("<" not in d and ">" not in d and json.loads(d)["name"] for d in data)


def test_every_source_is_listed_exactly_once_in_archive_json(tmp_path: Path, corpus: Path):
    mkdocs_build(tmp_path / "site", corpus, REGISTRY)
    data = json.loads((tmp_path / "site" / "archive.json").read_text())
    listed = ([d["source"] for d in data["documents"]] +
              [s for d in data["documents"] for s in d["duplicates"]] +
              [s["source"] for s in data["skipped"]])
    files = sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*") if p.is_file()
                   and p.name != "with_sidecar.yml")
    assert sorted(listed) == files and len(listed) == len(set(listed))
    for doc in data["documents"]:
        assert (tmp_path / "site" / doc["url"] / "index.html").is_file()
        assert len(doc["sha256"]) == 64 and doc["words"] > 0


def test_strict_build_fails_on_bad_input(tmp_path: Path, corpus: Path):
    result = mkdocs_build(tmp_path / "site", corpus, REGISTRY, "--strict")
    assert result.returncode != 0
    assert "empty.txt: empty file" in result.stderr
    assert "latin1.txt:3: not valid UTF-8" in result.stderr


def test_two_builds_are_byte_identical(tmp_path: Path, corpus: Path):
    mkdocs_build(tmp_path / "a", corpus, REGISTRY)
    mkdocs_build(tmp_path / "b", corpus, REGISTRY)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


def test_deleted_source_loses_its_pages_and_docs_stay_untouched(tmp_path: Path, corpus: Path):
    from .conftest import ROOT

    before = _files(ROOT / "docs")
    mkdocs_build(tmp_path / "site", corpus, REGISTRY)
    assert (tmp_path / "site/documents/minister-visits-hanoi-as-talks-resume/index.html").exists()
    (corpus / "article.txt").unlink()
    shutil.rmtree(tmp_path / "site")
    mkdocs_build(tmp_path / "site", corpus, REGISTRY)
    assert not (tmp_path / "site/documents/minister-visits-hanoi-as-talks-resume").exists()
    assert _files(ROOT / "docs") == before


def test_incremental_build_equals_clean_build(tmp_path: Path, corpus: Path):
    cache = tmp_path / "cache"
    mkdocs_build(tmp_path / "warm", corpus, REGISTRY, cache=cache)
    source = corpus / "article.txt"
    source.write_text(source.read_text() + "\nA later paragraph names Vladimir Putin again.\n")
    (corpus / "transcript.md").unlink()
    incremental = mkdocs_build(tmp_path / "incremental", corpus, REGISTRY, cache=cache)
    clean = mkdocs_build(tmp_path / "clean", corpus, REGISTRY, cache=tmp_path / "fresh")
    assert incremental.returncode == clean.returncode == 0
    assert _files(tmp_path / "incremental") == _files(tmp_path / "clean")
    assert "later paragraph" in (tmp_path / "clean" / "documents" /
                                 "minister-visits-hanoi-as-talks-resume" / "index.html").read_text()
