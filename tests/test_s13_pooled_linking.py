"""Linking in a pool of new interpreters gives exactly the in-process mentions, in order."""

from __future__ import annotations

import pytest

from archivist import linking, workers as workers_module
from archivist.config import load_settings
from archivist.pipeline import gather
from archivist.registry import load_registry
from archivist.workers import Workers

from .conftest import ROOT


def test_pooled_linking_gives_the_in_process_mentions(tmp_path) -> None:
    """Same entities, mentions (ids, order) and speaker turns with and without the pool."""
    settings = load_settings({"sources": str(ROOT / "sources"),
                              "registry": str(ROOT / "entities.yml"), "cache": None},
                             tmp_path, env={})
    documents = list(gather(settings).documents)
    registry = load_registry(settings.registry)
    alone = linking.link_archive(documents, registry, None)
    with Workers(size=2, min_items=1, fresh=True, warm=linking.warm_up) as pool:
        pool.start()
        pooled = linking.link_archive(documents, registry, None, None, pool)
        assert pool.started
    assert pooled == alone and pooled[1]


def test_a_fresh_pool_does_not_inherit_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh pool's workers are new interpreters, not forks: what this process changed after
    importing a module is not seen there (a fork would also count its memory again)."""
    monkeypatch.setattr(workers_module, "POOL_MIN", -1)
    with Workers(size=2, min_items=1, fresh=True) as pool:
        seen = pool.map(_pool_min, range(3))
    assert seen == [300, 300, 300]


def _pool_min(_: int) -> int:
    return workers_module.POOL_MIN
