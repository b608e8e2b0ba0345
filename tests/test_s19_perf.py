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


# --- travelled: cheaper gates before HEAD_RE and WATER_RE, implied by what they guard ----------

GATE_LINES = [
    "Ice jam on the Daugava floods homes in the town.",
    "Trams along the Miljacka stopped as the river rose.",
    "Hikers walked out to Whin Point on Sunday.",
    "Rescuers reached Kettle Cove and Sandy Bay before dark.",
    "The ferry on the Ōtā crossed the water at noon.",
    "Police said the ABC Bay case was closed.",
    "Fishing boats left from the Quay at dawn.",
    "He spoke of the river in the morning.",
    "nothing capitalised here at all, by the water",
]


def test_gates_are_implied() -> None:
    """Wherever HEAD_RE or RIVER_RE matches, the gate read before it matches too."""
    from archivist.detect import placelists as pl

    for line in GATE_LINES:
        if pl.HEAD_RE.search(line):
            assert pl.HEAD_WORD_RE.search(line)
        if pl.RIVER_RE.search(line):
            assert pl.THE_NAME_RE.search(line)


def _old_travelled_tail(lex: object, line: str) -> list[str]:
    """The headed-name and river parts of travelled as they were, without the gates."""
    from archivist.detect import placelists as pl

    out = [m[1] for m in (pl.HEADED_RE.finditer(line) if pl.HEAD_RE.search(line) else ())
           if m[1].split(" ", 1)[0] not in pl.NOT_NAMES and not pl._person(lex, m[1]) and
           pl.LIST_END_RE.match(line, m.end())]
    if " the " in line and pl.WATER_RE.search(line):
        out += [m[1] for m in pl.RIVER_RE.finditer(line)
                if pl._kind(lex, m[1]) in ("unknown", "minor") and
                (pl.LIST_END_RE.match(line, m.end()) or pl.RIVER_VERB_RE.match(line, m.end()))]
    return out


def test_travelled_finds_what_it_found() -> None:
    """Every headed name and river the old parts found, travelled still finds."""
    from archivist.detect.placelists import travelled

    lex = lexicon()
    found = 0
    for line in GATE_LINES:
        names = [name for name, _ in travelled(lex, line)]
        for name in _old_travelled_tail(lex, line):
            assert name in names
            found += 1
    assert found  # (the lines do exercise the two parts)


# --- is_tabular reads a line's words before its numbers, up to the fourth lowercase word -------


def _old_is_tabular(line: str) -> bool:
    """is_tabular as it was: numbers first, then every word."""
    from archivist.detect import spans

    if spans.DIGIT_RE.search(line) is None:
        return False
    numbers = len(spans.NUMBER_RE.findall(line))
    if numbers >= 2 and spans.WRITTEN_DATE_RE.search(line):
        numbers = len(spans.NUMBER_RE.findall(spans.WRITTEN_DATE_RE.sub("1", line)))
    if numbers < 2:
        return False
    return sum(1 for w in line.split() if w[:1].islower()) <= 3


TABLE_LINES = [
    "1. Arsenal 10 7 2 1 20 8 23", "Leeds 2 Hull 1", "Smith 3 goals in 2 games",
    "won 3-1 at home on 12 May 2024 and 4-0 away", "a b c 1 2", "a b c d 1 2", "x 1 2",
    "ß 1 2 ª y z", "Roe 12.5 v Doe 11.9 (wind 0.4)", "on 3 May 2025 the 4 of them", "No digits here",
    "Ann Roe (Kenya) 2:05:11, Bo Doe (Peru) 2:06:40", "at 5 June 2025, 3",
]


def test_is_tabular_as_before() -> None:
    """The reordered test gives the old answer on table rows, sentences and dates."""
    from archivist.detect.spans import is_tabular

    for line in TABLE_LINES:
        assert is_tabular(line) == _old_is_tabular(line), line
    assert any(is_tabular(line) for line in TABLE_LINES)
