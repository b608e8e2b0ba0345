"""Pool traffic (session 26): results pickled once in the workers for the cache too, the linking
matcher sent once, the second pass settled in the main process where the evidence changes
nothing. Each path must give exactly what the in-process path gives, and cache the same."""

from __future__ import annotations

from pathlib import Path

from archivist import linking
from archivist.cache import Cache, pack
from archivist.detect import build_evidence
from archivist.detection import resolve_all, scanner
from archivist.documents import read_documents
from archivist.linking import Matcher, Target, _unpacked_matcher
from archivist.reader import discover
from archivist.registry import load_registry
from archivist.workers import Workers

TEXTS = {
    "a.txt": "Harbour talks open in Velmora\n\nCouncillor Idris Quenby met fishers in Velmora "
             "on Monday. Quenby said the quay would reopen.\n",
    "b.txt": "Quay reopens\n\nThe quay reopened on Friday, Quenby told reporters. Boats from "
             "Ostrava Bay came back.\n",
    "c.txt": "Market day\n\nTraders from Dunmore sold apples. Mira Talvik bought bread and "
             "Talvik paid in coins.\n",
    "d.txt": "Weather\n\nRain fell over the hills all week; nobody was named.\n",
}


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    """A small folder of sources and an empty registry."""
    sources = tmp_path / "sources"
    sources.mkdir()
    for name, text in TEXTS.items():
        (sources / name).write_text(text, encoding="utf-8")
    registry = tmp_path / "entities.yml"
    registry.write_text("version: 1\nentities: []\n", encoding="utf-8")
    return sources, registry


def _read(sources: Path, cache: Cache, pool: Workers | None):
    scan, scan_id = scanner(())
    return read_documents(sources, discover(sources), cache, scan, scan_id, workers=pool)


def test_pooled_reading_gives_and_caches_what_reading_here_does(tmp_path: Path) -> None:
    """Documents, problems and scans equal; the cache holds the same results either way."""
    sources, _ = _corpus(tmp_path)
    alone_cache, pooled_cache = Cache(tmp_path / "c1"), Cache(tmp_path / "c2")
    alone = _read(sources, alone_cache, None)
    with Workers(size=2, min_items=1) as pool:
        pooled = _read(sources, pooled_cache, pool)
        assert pool.started
    assert pooled[0] == alone[0] and pooled[1] == alone[1]
    assert {k: v[0] for k, v in pooled[2].items()} == {k: v[0] for k, v in alone[2].items()}
    assert {k: v[1] for k, v in pooled[2].items()} == {k: v[1] for k, v in alone[2].items()}
    keys = [row[0] for row in alone_cache.db.execute("SELECT key FROM entries")]
    assert keys and alone_cache.get_many(keys) == pooled_cache.get_many(keys)


def test_second_pass_in_workers_and_settled_here_equals_in_process(tmp_path: Path) -> None:
    """resolve_all with a pool (only unsettled documents sent) gives the in-process result."""
    sources, _ = _corpus(tmp_path)
    documents, _, scans = _read(sources, Cache(None), None)
    alone = resolve_all(documents, scans, (), Cache(tmp_path / "r1"))
    with Workers(size=2, min_items=1) as pool:
        pool.start()
        pooled = resolve_all(documents, scans, (), Cache(tmp_path / "r2"), pool)
    assert pooled == alone
    evidence = build_evidence(scans[d.id][0] for d in documents)
    settled = [d.id for d in documents if scans[d.id][0].settled(evidence)]
    assert settled and len(settled) < len(documents)  # both paths taken
    assert all(alone[i] == list(scans[i][0].candidates) for i in settled)


def test_pooled_linking_with_a_cache_gives_and_caches_the_same_mentions(tmp_path: Path) -> None:
    """Mentions equal with and without the pool; each document's cached mentions equal too."""
    sources, registry_path = _corpus(tmp_path)
    documents, _, _ = _read(sources, Cache(None), None)
    registry = load_registry(registry_path)
    one, two = Cache(tmp_path / "l1"), Cache(tmp_path / "l2")
    alone = linking.link_archive(documents, registry, None, one)
    with Workers(size=2, min_items=1, fresh=True, warm=linking.warm_up) as pool:
        pool.start()
        pooled = linking.link_archive(documents, registry, None, two, pool)
    assert pooled == alone
    keys = [row[0] for row in one.db.execute("SELECT key FROM entries")]
    assert keys and one.get_many(keys) == two.get_many(keys)


def test_put_packed_stores_what_put_many_stores(tmp_path: Path) -> None:
    """A value pickled by `pack` and stored as bytes reads back as the value."""
    cache = Cache(tmp_path / "c")
    cache.put_many({"a": [1, "x"]})
    cache.put_packed({"b": pack({"y": (2, 3)})})
    assert cache.get_many(["a", "b"]) == {"a": [1, "x"], "b": {"y": (2, 3)}}
    Cache(None).put_packed({"c": pack(1)})  # no folder: nothing stored, no error


def test_a_worker_unpickles_one_matcher_per_digest() -> None:
    """The same digest gives the same matcher object; a new digest replaces it."""
    first = Matcher({"Velmora": [Target(linking.NAME, ("velmora",))]})
    second = Matcher({"Dunmore": [Target(linking.NAME, ("dunmore",))]})
    one = _unpacked_matcher("d1", pack(first))
    assert _unpacked_matcher("d1", b"not read again") is one
    assert [h.start for h in one.find("in Velmora")] == [3]
    two = _unpacked_matcher("d2", pack(second))
    assert two is not one and [h.start for h in two.find("to Dunmore")] == [3]
