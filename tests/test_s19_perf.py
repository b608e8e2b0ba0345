"""Session 19's speed-ups give what the code gave before."""

from __future__ import annotations

import pickle

from archivist.detect import lexicon as lexicon_module
from archivist.detect.lexicon import lexicon
from archivist.linking import lexicon_package, warm_up
from archivist.workers import Workers

# --- linking's workers are handed the starter's lexicon, pickled, not built again -------------


def test_handed_lexicon_equals_built_one() -> None:
    """The pickled lexicon loads back equal, field for field, to the one built from the lists."""
    built = lexicon()
    (packed,) = lexicon_package()
    loaded = pickle.loads(packed)
    assert loaded is not built
    assert loaded == built
    assert loaded.places["Paris"] == built.places["Paris"]


def test_warm_up_uses_handed_lexicon() -> None:
    """warm_up with a package makes it the process's lexicon; the built one is kept otherwise."""
    built = lexicon()
    (packed,) = lexicon_package()
    try:
        warm_up(packed)
        handed = lexicon()
        assert handed is not built and handed == built
        warm_up()
        assert lexicon() is handed  # (no package: the process's lexicon stays)
    finally:
        lexicon_module._HANDED.clear()
        lexicon.cache_clear()
    assert lexicon() == built


def test_warm_args_asked_only_when_pool_starts() -> None:
    """A pool that never starts never packs the lexicon; a pool of one does not start."""
    asked: list[int] = []

    def args() -> tuple[bytes]:
        asked.append(1)
        return (b"",)

    with Workers(size=1, fresh=True, warm=warm_up, warm_args=args) as workers:
        assert workers.map(len, ["ab", "c"]) == [2, 1]
    assert not asked


def _read_text(doc: str) -> int:
    """A task for the pool: how many places the worker's lexicon lists (module-level)."""
    return len(lexicon().places) if doc else 0


def test_fresh_pool_workers_get_the_lexicon() -> None:
    """Spawned workers warmed with the package see the lexicon the starter built."""
    expected = len(lexicon().places)
    with Workers(size=2, min_items=1, fresh=True, warm=warm_up,
                 warm_args=lexicon_package) as workers:
        assert workers.map(_read_text, ["a", "b", "c"]) == [expected] * 3



# --- the detector builds its lazily built tables when made, not in the first documents ---------


def test_detector_loads_tables_when_made() -> None:
    """After Detector(), the small towns, languages, regions and postal codes are built."""
    from archivist.detect.detector import Detector
    from archivist.detect.lexicon import minor_places, subdivisions
    from archivist.detect.placelists import postal_codes
    from archivist.detect.unlisted import languages

    for table in (minor_places, languages, subdivisions, postal_codes):
        table.cache_clear()
    Detector()
    for table in (minor_places, languages, subdivisions, postal_codes):
        assert table.cache_info().currsize == 1


def test_detection_same_with_tables_loaded_first() -> None:
    """Loading the tables first changes no result (they are pure functions of the word lists)."""
    from archivist.detect.detector import Detector, detect_corpus

    texts = {"a": "Ann Roe drove from Moate to Ballinasloe on Monday, speaking Swahili.",
             "b": "Roe met Sam Doe in Vancouver, B.C., and later in Hamilton, Ont."}
    first = detect_corpus(texts, Detector())
    assert detect_corpus(texts, Detector()) == first
