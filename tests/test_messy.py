"""A deliberately messy sources folder: nothing stops the build, every bad file is reported by
name (and line), every entry is accounted for exactly once, no text is lost, no id is shared."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from slugify import slugify

from archivist.config import load_settings
from archivist.convert import BULLET
from archivist.errors import ConfigError, SourceError
from archivist.index import build_index
from archivist.parts import part_starts
from archivist.pipeline import gather, render_site
from archivist.publish.fulltext import search_docs
from archivist.reader import decode, discover, rel_name
from archivist.render.pages import block_src

from .conftest import ROOT, extract, mkdocs_build

BOMB = "".join(f"{n}: &{n} [{', '.join([f'*{p}'] * 9 if p else ['x'] * 9)}]\n"
               for p, n in zip(["", "a", "b", "c", "d", "e"], "abcdef")) + "title: [*f, *f, *f]\n"
LONG_PARAGRAPH = "Paragraph {} of a very long report, with Moscow and Kyiv named now and then. "
COLLIDING = hashlib.sha256(b"coll-b.txt").hexdigest()[:6]
CYRILLIC_OUTLET = "Московская независимая ежедневная общественно-политическая газета Известия"
BAD_NAME = b"caf\xe9 r\xe9sum\xe9.txt"  # cp1252 bytes, as unzipped from a Windows archive

# file → (status, words of its reason, line or None)
EXPECTED = {
    "date-fm.md": ("warning", "year before 1000", None),
    "dateline.txt": ("warning", "'0999-05-01' has a year before 1000", 3),
    "caf\\xe9 r\\xe9sum\\xe9.txt": ("warning", "file name is not valid UTF-8", None),
    "deep-fm.md": ("warning", "nested more than 20 levels deep; kept as text", 2),
    "deep-side.yml": ("warning", "nested more than 20 levels deep; ignored", 1),
    "bomb.md": ("warning", "value of 'title' expands to more than 10,000", None),
    "bomb-side.yml": ("warning", "value of 'title' expands to more than 10,000", None),
    "one-bad-byte.txt": ("warning", "invalid utf-8 bytes replaced by � on line(s) 3", 3),
    "french.txt": ("warning", "decoded as cp1252", 1),
    "spanish.txt": ("warning", "decoded as cp1252", 1),
    "polish.txt": ("warning", "decoded as cp1250", 1),
    "fm-plain.md": ("warning", "not metadata: it must be a mapping of field: value; kept as", 2),
    "fm-list.md": ("warning", "not metadata: it must be a mapping of field: value; kept as", 2),
    "fm-bad.md": ("warning", "is not valid metadata: expected ',' or ']'", 3),
    "nul.txt": ("warning", "control characters removed", 3),
    "loop1.txt": ("skipped", "symlink loop", None),
    "loop2.txt": ("skipped", "symlink loop", None),
    "dangling.txt": ("skipped", "dangling symlink to 'nowhere.txt'", None),
    "dirlink": ("skipped", "symlink to a folder", None),
    "pipe.txt": ("skipped", "not a regular file (named pipe)", None),
    "outside.txt": ("skipped", "outside the sources folder", None),
    "rival.yml": ("skipped", "rival sidecar ignored: rival.yaml is the metadata of rival.txt",
                  None),
    "share.yml": ("warning", "sidecar shared by share.md and share.txt", None),
    "c1.md": ("warning", "C1 control characters in 'title' read as Windows-1252", None),
    "fffe.md": ("warning", "control characters in 'title' removed", None),
    "rlo.md": ("warning", "unclosed bidirectional control characters in 'title' closed", None),
}
# decoded text each source must show, whole and in order (title line included)
TEXTS = {
    "one-bad-byte.txt": "Putin’s speech\n\nPutin’s words were — as always — long. Bad \ufffd byte.",
    "french.txt": "Le président à Paris\n\nLe président est arrivé à Paris où il a vu des élèves.",
    "spanish.txt": "El año del niño\n\nEl niño pequeño comió mañana en España.",
    "polish.txt": "Łódź i Kraków\n\nPrezydent spotkał się z ludźmi w Łodzi, gdzie było ciepło.",
    "fm-plain.md": "---\nJust a plain line\n---\nBody after plain.",
    "fm-list.md": "---\n- one\n- two\n---\nBody after list.",
    "fm-bad.md": "---\ntitle: [unclosed\n---\nBody after bad yaml.",
    "nul.txt": "Nul doc\n\nText with a nul byte in it.",
    "utf16.txt": "UTF16 without bom\n\nSome text in UTF-16, little endian, without a mark.",
    "ffvt.txt": "FF doc\n\nword next third words.",
    "coll-a.txt": "Same Title\n\nFirst text.",
    "coll-b.txt": "Same Title\n\nSecond text.",
}


def make_messy(root: Path, outside: Path, long_paragraphs: int = 6000) -> None:
    """Write one file (or link, or pipe) for every class of bad input."""
    def put(name: str, data: str | bytes) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    root.mkdir(parents=True)
    put("good.txt", "A good document\n\nThis is fine text about Moscow.\n")
    put("date-fm.md", "---\ndate: 202-03-15\n---\nBody with a bad date.\n")
    put("dateline.txt", "Old news\n\nMOSCOW 0999-05-01 The text goes on here.\n")
    (root / os.fsdecode(BAD_NAME)).write_bytes(b"Cafe text\n\nSome words here.\n")
    put("long-outlet.md", f"---\noutlet: {' '.join(['Word'] * 60)}\n---\nBody long outlet.\n")
    put("cyr-byline.txt", "Title line\n\nBy Иван Петров, Московская независимая ежедневная "
        "газета новостей Известия\n\nBody of a Cyrillic byline.\n")
    put("cyr-outlet.md", f"---\noutlet: {CYRILLIC_OUTLET}\n---\nBody of a Cyrillic outlet.\n")
    put("deep-fm.md", f"---\nkey: {'[' * 5000}{']' * 5000}\n---\nBody deep.\n")
    put("deep-side.txt", "Deep sidecar doc\n\nBody deep side.\n")
    put("deep-side.yml", f"a: {'[' * 5000}{']' * 5000}\n")
    put("bomb.md", f"---\n{BOMB}---\nBody bomb.\n")
    put("bomb-side.txt", "Bomb sidecar doc\n\nBody bomb side.\n")
    put("bomb-side.yml", BOMB)
    put("one-bad-byte.txt", TEXTS["one-bad-byte.txt"].encode().replace("\ufffd".encode(), b"\xff"))
    put("french.txt", TEXTS["french.txt"].encode("cp1252"))
    put("spanish.txt", TEXTS["spanish.txt"].encode("cp1252"))
    put("polish.txt", TEXTS["polish.txt"].encode("cp1250"))
    for name in ("fm-plain.md", "fm-list.md", "fm-bad.md", "coll-a.txt", "coll-b.txt"):
        put(name, TEXTS[name] + "\n")
    put("nul.txt", b"Nul doc\n\nText with a \x00nul byte in it.\n")
    put("utf16.txt", TEXTS["utf16.txt"].encode("utf-16-le"))
    put("ffvt.txt", "FF doc\n\nword\x0cnext\x0bthird words.\n")
    put("coll-c.md", f"---\nslug: same-title-{COLLIDING}\n---\nThird text here.\n")
    os.symlink("loop2.txt", root / "loop1.txt")
    os.symlink("loop1.txt", root / "loop2.txt")
    os.symlink("nowhere.txt", root / "dangling.txt")
    put("realdir/inner.txt", "Inner doc\n\nInner text.\n")
    os.symlink("realdir", root / "dirlink")
    os.mkfifo(root / "pipe.txt")
    outside.write_text("Outside doc\n\nOutside text.\n")
    os.symlink(outside, root / "outside.txt")
    put("inside-link.txt", "")
    (root / "inside-link.txt").unlink()
    os.symlink("good.txt", root / "inside-link.txt")
    put("rival.txt", "Rival doc\n\nRival text.\n")
    put("rival.yml", "title: From yml\n")
    put("rival.yaml", "title: From yaml\n")
    put("share.txt", "Share txt\n\nShare text.\n")
    put("share.md", "Share md\n\nShare md text.\n")
    put("share.yml", "author: Jane Roe\n")
    put("c1.md", '---\ntitle: "Smart \\x93quote\\x94 title"\n---\nBody c1.\n')
    put("fffe.md", '---\ntitle: "Bad \\uFFFE title"\n---\nBody fffe.\n')
    put("rlo.md", '---\ntitle: "Reversed \\u202E gnirts"\ndate: 2020-01-02\n---\nBody rlo.\n')
    put("neighbour.md", "---\ntitle: Neighbour doc\ndate: 2020-01-03\n---\nBody neighbour.\n")
    put("huge.txt", "Huge document\n\n" + "\n\n".join(LONG_PARAGRAPH.format(i) * 3
                                                   for i in range(long_paragraphs)) + "\n")


def _settings(sources: Path, registry: Path):
    return load_settings({"sources": str(sources), "registry": str(registry), "cache": None,
                          "fulltext": False}, sources.parent, env={})


def _empty_registry(base: Path) -> Path:
    registry = base / "empty.yml"
    registry.write_text("version: 1\nentities: []\n")
    return registry


def _build(sources: Path, registry: Path):
    """The gathered archive and every generated page."""
    settings = _settings(sources, registry)
    archive = gather(settings)
    return archive, render_site(archive, settings)


@pytest.fixture(scope="module")
def messy(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The messy folder and an empty registry."""
    base = tmp_path_factory.mktemp("messy")
    make_messy(base / "sources", base / "outside.txt")
    registry = _empty_registry(base)
    return base / "sources", registry


@pytest.fixture(scope="module")
def built(messy):
    """The gathered archive, its index and every generated page."""
    archive, site = _build(*messy)
    return archive, build_index(archive), site


def test_every_bad_file_is_named_with_its_reason_and_line(built):
    archive, _, _ = built
    for name, (status, words, line) in EXPECTED.items():
        found = [p for p in archive.problems if p.source == name and words in p.reason]
        assert found, (name, [str(p) for p in archive.problems if p.source == name])
        assert found[0].status == status and found[0].line == line, (name, found[0])


def test_every_entry_under_sources_is_accounted_for_exactly_once(built, messy):
    archive, _, _ = built
    root = messy[0]
    entries = []
    for folder, dirs, files in os.walk(root):
        names = files + [d for d in dirs if (Path(folder) / d).is_symlink()]
        entries += [rel_name(Path(folder) / n, root) for n in names]
    inventory = discover(root)
    sidecars = {rel_name(s, root) for s in inventory.sidecars.values()}
    accounted = Counter([d.source for d in archive.documents] +
                        [s for d in archive.documents for s in d.duplicates] +
                        [p.source for p in archive.problems if p.skipped])
    assert accounted == Counter(e for e in entries if e not in sidecars)
    assert max(accounted.values()) == 1
    assert sidecars == {"rival.yaml", "share.yml", "deep-side.yml", "bomb-side.yml"}


def test_no_two_documents_share_an_id(built):
    archive, _, site = built
    ids = [d.id for d in archive.documents]
    assert len(ids) == len(set(ids))
    by_source = {d.source: d.id for d in archive.documents}
    assert by_source["coll-c.md"] == f"same-title-{COLLIDING}"
    assert by_source["coll-a.txt"] == "same-title"
    assert by_source["coll-b.txt"] not in ("same-title", f"same-title-{COLLIDING}")
    for source, text in (("coll-a.txt", "First text."), ("coll-b.txt", "Second text."),
                         ("coll-c.md", "Third text here.")):
        assert text in site[f"documents/{by_source[source]}/index.md"]


def _shown(site: dict[str, str], doc_id: str, parts: int = 1) -> str:
    """Visible text of a document's title and body, across its parts, without panels."""
    text = []
    for n in range(1, parts + 1):
        page = site[f"documents/{doc_id}/index.md" if n == 1 else
                    f"documents/{doc_id}/part-{n}/index.md"].split("---\n", 2)[2]
        page = re.sub(r'<(dl|details|nav|section)\b.*?</\1>|<h2 id="related">.*?</ul>', " ", page,
                      flags=re.S)
        if n > 1:  # the title again
            page = re.sub(r"<h1\b.*?</h1>", " ", page, flags=re.S)
        text.append(extract(page).text)
    return " ".join(text)


def test_visible_text_equals_the_source_text(built):
    archive, _, site = built
    by_source = {d.source: d for d in archive.documents}
    for source, text in TEXTS.items():
        lines = [m[1] if (m := BULLET.match(line)) else line for line in text.split("\n")]
        expected = " ".join(" ".join(lines).split())
        if source.startswith("fm-"):  # the title is derived from the text, which stays whole
            expected = f"{by_source[source].meta.title} {expected}"
        assert _shown(site, by_source[source].id) == expected, source
    titles = [by_source[f"fm-{n}.md"].meta.title for n in ("plain", "list", "bad")]
    assert titles == ["Just a plain line", "one", "title: [unclosed"]
    assert by_source["caf\\xe9 r\\xe9sum\\xe9.txt"].meta.title == "Cafe text"


def test_values_too_long_for_a_file_name_get_capped_slugs_at_word_boundaries(built):
    _, _, site = built
    outlets = sorted(p.split("/")[1] for p in site if p.startswith("outlets/") and
                     p.count("/") == 2)
    long = [o for o in outlets if o.startswith("word-")]
    assert long == ["-".join(["word"] * 16)]
    cyrillic = [o for o in outlets if o.startswith("moskovskaia")]
    whole = slugify(CYRILLIC_OUTLET)
    assert len(whole) > 80 and len(cyrillic[0]) <= 80 and f"{whole}-".startswith(f"{cyrillic[0]}-")
    assert all(len(p.encode()) < 255 for path in site for p in path.split("/"))


def test_titles_are_cleaned_and_isolated(built):
    archive, _, site = built
    titles = {d.source: d.meta.title for d in archive.documents}
    assert titles["c1.md"] == "Smart “quote” title"
    assert titles["fffe.md"] == "Bad  title"
    assert titles["rlo.md"] == "Reversed \u202e gnirts\u202c"
    by_source = {d.source: d.id for d in archive.documents}
    page = site[f"documents/{by_source['neighbour.md']}/index.md"]
    assert "<bdi>Reversed \u202e gnirts\u202c</bdi>" in page


def test_a_very_long_document_is_split_into_parts_with_its_text_whole(built):
    archive, index, site = built
    doc = next(d for d in archive.documents if d.source == "huge.txt")
    parts = len(part_starts(doc)) + 1
    assert parts >= 3 and index.parts[doc.id] == part_starts(doc)
    pages = [p for p in site if p.startswith(f"documents/{doc.id}/") and p.endswith(".md")]
    assert len(pages) == parts
    assert all(len(site[p].encode()) < 700_000 for p in pages)
    expected = "Huge document " + " ".join(LONG_PARAGRAPH.format(i) * 3 for i in range(6000))
    assert _shown(site, doc.id, parts) == " ".join(expected.split())
    part_two = "../../documents/huge-document/part-2/index.html"
    assert part_two in site[f"documents/{doc.id}/index.md"]
    mentions = index.doc_mentions[doc.id]
    assert mentions[-1].block >= index.parts[doc.id][-1]
    for m in mentions[::200]:  # entity pages link each mention to the part that shows it
        assert f'id="{m.anchor}"' in site[block_src(doc.id, m.block, index.parts[doc.id])]
    searched = next(s for s in search_docs(index) if s.title == "Huge document")
    assert LONG_PARAGRAPH.format(5999) in searched.text


def test_cli_exits_zero_and_strict_exits_one(messy, tmp_path: Path):
    sources, registry = messy
    command = [sys.executable, str(ROOT / "build_pages.py"), "--sources", str(sources),
               "--registry", str(registry), "--out", str(tmp_path / "out")]
    env = {**os.environ, "ARCHIVE_CACHE": str(tmp_path / "cache")}
    plain = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert plain.returncode == 0, plain.stderr
    for name in EXPECTED:
        assert f": {name}" in plain.stderr or f" {name}:" in plain.stderr, name
    strict = subprocess.run([*command, "--strict"], capture_output=True, text=True, env=env,
                            timeout=300)
    assert strict.returncode == 1


def test_mkdocs_build_passes_and_strict_fails_on_each_bad_file(tmp_path: Path):
    base = tmp_path / "m"
    base.mkdir()
    make_messy(base / "sources", base / "outside.txt", long_paragraphs=9000)
    registry = _empty_registry(base)
    result = mkdocs_build(tmp_path / "site", base / "sources", registry)
    assert result.returncode == 0, result.stderr[-3000:]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert "original not published" not in result.stderr  # found by name, whatever the name
    for name in EXPECTED:  # each of these alone fails --strict: it logs a warning
        assert any(f" {name}" in w for w in warnings), name
    pages = list((tmp_path / "site" / "documents" / "huge-document").rglob("index.html"))
    assert len(pages) >= 3 and max(p.stat().st_size for p in pages) < 1_000_000
    strict = mkdocs_build(tmp_path / "strict", base / "sources", registry, "--strict")
    assert strict.returncode == 1


NAME = st.binary(min_size=1, max_size=40).filter(
    lambda b: b"/" not in b and b"\x00" not in b and b not in (b".", b".."))
SUFFIX = st.sampled_from([b".txt", b".md", b".yml", b".yaml", b"", b".TXT"])
CONTENT = st.one_of(
    st.binary(max_size=3000),
    st.builds(lambda meta, body: b"---\n" + meta + b"\n---\n" + body,
              st.binary(max_size=300), st.binary(max_size=300)),
    st.builds(lambda text, codec: text.encode(codec, errors="ignore"), st.text(max_size=500),
              st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "cp1251", "latin-1"])),
    st.builds(lambda text: ("---\n" + text).encode(), st.text(max_size=500)),
)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(name=st.tuples(NAME, SUFFIX).map(b"".join), data=CONTENT)
def test_arbitrary_bytes_as_a_file_never_stop_the_build(tmp_path: Path, name: bytes, data: bytes):
    base = tmp_path / hashlib.sha256(name + data).hexdigest()[:16]
    sources = base / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    (sources / "good.txt").write_text("A good document\n\nWith some text.\n")
    with open(os.fsencode(sources) + b"/" + name, "wb") as handle:
        handle.write(data)
    registry = _empty_registry(base)
    archive, site = _build(sources, registry)
    rel = rel_name(sources / os.fsdecode(name), sources)
    accounted = Counter([d.source for d in archive.documents] +
                        [s for d in archive.documents for s in d.duplicates] +
                        [p.source for p in archive.problems if p.skipped])
    sidecar = name.lower().endswith((b".yml", b".yaml")) and \
        os.fsdecode(name).rsplit(".", 1)[0] == "good"
    assert accounted[rel] == (0 if sidecar else 1) or rel == "good.txt"
    assert accounted["good.txt"] == 1
    assert all(text.encode("utf-8") for text in site.values())
    assert len({d.id for d in archive.documents}) == len(archive.documents)


@pytest.mark.parametrize(("data", "text", "encoding"), [
    ("Café au lait, crème brûlée\n".encode("cp1252"), "Café au lait, crème brûlée\n", "cp1252"),
    ("Łódź, Kraków i Gdańsk\n".encode("iso8859_2"), "Łódź, Kraków i Gdańsk\n", "iso8859_2"),
    ("Привет, как дела? Хорошо.\n".encode("cp1251"), "Привет, как дела? Хорошо.\n", "cp1251"),
    ("Привет, как дела? Хорошо.\n".encode("koi8_r"), "Привет, как дела? Хорошо.\n", "koi8_r"),
    ("Καλημέρα, κόσμε.\n".encode("cp1253"), "Καλημέρα, κόσμε.\n", "cp1253"),
    ("Big endian text.\n".encode("utf-16-be"), "Big endian text.\n", "utf-16-be"),
    ("Über\n".encode("utf-16"), "Über\n", "utf-16"),
])
def test_decode_reads_each_encoding_as_its_real_words(data: bytes, text: str, encoding: str):
    assert decode(data, "x.txt")[:2] == (text, encoding)


def test_decode_keeps_utf8_with_bad_bytes_and_names_their_lines():
    data = "Putin’s words\nfine line\n".encode() + b"bad \xff here\nand \xfe there\n"
    text, encoding, problems = decode(data, "x.txt")
    assert (text, encoding) == ("Putin’s words\nfine line\nbad � here\nand � there\n", "utf-8")
    assert problems[0].line == 3 and "line(s) 3, 4" in problems[0].reason


def test_decode_skips_binary_and_reads_nul_in_utf8_as_text():
    with pytest.raises(SourceError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20, "x.png.txt")
    text, encoding, problems = decode(b"one\x00 two\x0cthree\x0bfour\n", "x.txt")
    assert (text, encoding) == ("one two three four\n", "utf-8")
    assert [p.line for p in problems] == [1]


YAMLISH = st.lists(st.sampled_from([*"ab:-[]{}&*!|>'\"\n #?,.09", "title", "date", "slug", "<<",
                                    "\u202e", "\x85", "\ufffe", "\x93", "2020-01-01", "0999-01-01"]),
                   max_size=60).map("".join)
FILES = st.lists(st.tuples(
    st.sampled_from(["a", "b", "A", "a.b", "sub/a", "sub/b", ".h", "doc"]),
    st.sampled_from([".txt", ".md", ".yml", ".yaml", ".TXT"]),
    st.one_of(st.builds(lambda meta, body: f"---\n{meta}\n---\n{body}".encode(), YAMLISH,
                        st.text(max_size=300)),
              YAMLISH.map(str.encode),
              st.builds(lambda text, codec: text.encode(codec, errors="ignore"),
                        st.text(max_size=300), st.sampled_from(["utf-8", "utf-16-le", "cp1251"])),
              st.binary(max_size=200))), min_size=1, max_size=6)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(files=FILES)
def test_folders_of_sources_and_sidecars_with_any_metadata_never_stop_the_build(
        tmp_path: Path, files: list[tuple[str, str, bytes]]):
    base = tmp_path / hashlib.sha256(repr(files).encode()).hexdigest()[:16]
    sources = base / "sources"
    sources.mkdir(parents=True, exist_ok=True)
    for stem, suffix, data in files:
        path = sources / (stem + suffix)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    registry = _empty_registry(base)
    archive, site = _build(sources, registry)
    ids = [d.id for d in archive.documents]
    assert len(ids) == len(set(ids))
    accounted = Counter([d.source for d in archive.documents] +
                        [s for d in archive.documents for s in d.duplicates] +
                        [p.source for p in archive.problems if p.skipped])
    assert max(accounted.values(), default=1) == 1
    for path, text in site.items():
        text.encode("utf-8")
        if path.endswith(".md"):
            assert isinstance(yaml.safe_load(text.split("---\n")[1]), dict), path


def test_symlinks_outside_the_sources_folder_are_read_only_when_allowed(messy):
    root = messy[0]
    refused = discover(root)
    allowed = discover(root, outside_links=True)
    assert root / "outside.txt" not in refused.sources and root / "outside.txt" in allowed.sources
    note = next(p for p in allowed.problems if p.source == "outside.txt")
    assert note.info and "outside the sources folder: read (outside_links: true)" in note.reason
    assert load_settings({"outside_links": True}, ROOT, env={}).outside_links
    with pytest.raises(ConfigError):
        load_settings({"outside_links": "yes"}, ROOT, env={})


def test_a_shortened_slug_never_ends_inside_a_name_in_sentence_case():
    from archivist.slugs import make_slug  # noqa: PLC0415

    title = ("The minister will propose the candidacy of Olivia Brankovska for the post of "
             "Harbour Authority Chair")
    assert make_slug(title, 60) == "the-minister-will-propose-the-candidacy-of-olivia-brankovska"
    assert make_slug(title, 55) == "the-minister-will-propose-the-candidacy"
    headline = "Harbour Authority Prepares for Budget Talks with Olivia Brankovska as Costs Rise"
    assert make_slug(headline, 60) == "harbour-authority-prepares-for-budget-talks-with-olivia"
    assert make_slug("Short title", 60) == "short-title"
