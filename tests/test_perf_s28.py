"""Session 28's speed-ups (cheap gates, fewer objects) give what the code gave before."""

from __future__ import annotations

from archivist.detect import placelists as pl
from archivist.detect.candidate import PLACE, Mention
from archivist.detect.lexicon import lexicon
from archivist.detect.listmates import _featured, _joined, chains, list_mates
from archivist.detect.spans import Span, line_spans

LINES = [
    "Ferries sail from Port Vell to Ilhaven twice a week.",
    "She drove into Kestrelby on Monday, then walked towards Marnock.",
    "Trains returning to Dunmore were cancelled.",
    "The flood rose on the Velmar and boats moored along the Tessa.",
    "Kayakers paddled down the Orrin near the old bridge.",
    "They fished on the banks of the Corran, by the mouth of the Sile.",
    "the Ravel's eastern bank and the Drune's waters",
    "the Ashby to Tilford greenway opens in May",
    "a crossing between Split and Ancona, the route to Lorne",
    "The waters of the Bay, the estuary and the headwaters.",
    "He moved to Acme Corp and then to Zenith.",
    "nothing capitalised here at all, by the water",
    "In Brenford, Hallow and Stoke the floodplain was under water",
]


def test_hints_are_implied() -> None:
    """Wherever MOTION_RE, RIVER_RE or THE_ROUTE_RE matches, its hint matches too."""
    for line in LINES:
        if pl.MOTION_RE.search(line):
            assert pl.MOTION_HINT_RE.search(line), line
        if pl.RIVER_RE.search(line):
            assert pl.RIVER_HINT_RE.search(line), line
        if pl.THE_ROUTE_RE.search(line):
            assert pl.TO_NAME_RE.search(line), line
    assert any(pl.MOTION_RE.search(line) for line in LINES)
    assert any(pl.RIVER_RE.search(line) for line in LINES)
    assert any(pl.THE_ROUTE_RE.search(line) for line in LINES)


def test_water_part_word_is_any_word() -> None:
    """_water_part_word answers as any() over WATER_PART_WORDS did."""
    for line in LINES + [w.upper() for w in pl.WATER_PART_WORDS] + list(pl.WATER_PART_WORDS):
        assert pl._water_part_word(line) == any(w in line for w in pl.WATER_PART_WORDS), line


def _old_travelled(lex: object, line: str) -> tuple[tuple[str, None], ...]:
    """travelled with its three ungated patterns read as before (the rest unchanged)."""
    saved = pl.MOTION_HINT_RE, pl.RIVER_HINT_RE, pl.TO_NAME_RE
    anything = __import__("re").compile("")
    pl.MOTION_HINT_RE = pl.RIVER_HINT_RE = pl.TO_NAME_RE = anything
    try:
        return pl.travelled(lex, line)
    finally:
        pl.MOTION_HINT_RE, pl.RIVER_HINT_RE, pl.TO_NAME_RE = saved


def test_travelled_unchanged() -> None:
    """travelled finds, line for line, what it found without the hints."""
    lex = lexicon()
    for line in LINES:
        assert pl.travelled(lex, line) == _old_travelled(lex, line), line


def _lines(*texts: str) -> list[tuple]:
    """Parsed lines as list_mates reads them (datelines, tabular, spans, …)."""
    common = lexicon().common
    return [((), False, line_spans(text, common), (), (), ()) for text in texts]


def test_joined_finds_every_chain() -> None:
    """A line _joined passes over has no chain of either kind."""
    common = lexicon().common
    for text in LINES + ["the Aqaba–Ma'an railway", "Odesa and Izmail", "Ann Roe"]:
        fields = line_spans(text, common)
        spans = [Span(*f) for f in fields]
        if not _joined(fields):
            assert not list(chains(spans)), text
            assert not list(chains(spans, frozenset(("–",)), frozenset(("–",)))), text
    assert _joined(line_spans("Odesa and Izmail", common))


def test_featured_from_fields() -> None:
    """_featured reads the fields as it read their Spans."""
    lines = _lines("They climbed Nilachal hill", "the Kamakhya Gate–Nilachal road")
    read = [line[2] for line in lines]
    old = {" ".join(s.tokens) for fields in read for s in map(lambda f: Span(*f), fields)
           if pl_feature(s.next_text)}
    assert _featured(read) == old


def pl_feature(text: str) -> bool:
    """FEATURE_NOUN_RE as list_mates reads it."""
    from archivist.detect.unlisted import FEATURE_NOUN_RE

    return FEATURE_NOUN_RE.match(text) is not None


def test_list_mates_still_adds() -> None:
    """A list beside a typed place still adds its untyped names; a line without a list, none."""
    lines = _lines("Shelling hit Odesa and Quorbaltika overnight.",
                   "Floods in Odesa, Izmail and Quorbaltika.", "Nothing Listed here.")
    typed = [Mention(PLACE, "Odesa", "Odesa")]
    found = list_mates(lines, typed, lexicon(), lambda tok: False)
    assert [m.surface for m in found] == ["Izmail", "Quorbaltika"]


def test_companions_as_sorted() -> None:
    """companions lists what sorted(...)[:COMPANIONS] listed, ties by name, for a hub."""
    import heapq
    from types import SimpleNamespace

    from archivist.render import entities as ent

    names = {f"e{i}": SimpleNamespace(name=f"N{i % 7}", id=f"e{i}", type="person")
             for i in range(60)}
    common = {f"e{i}": (i * 7919) % 5 + 1 for i in range(1, 60)}
    index = SimpleNamespace(entities=names, cooccurrence={"e0": common})
    shown = ent.companions(names["e0"], index, "people/e0.md")
    want = sorted(common.items(), key=lambda kv: (-kv[1], names[kv[0]].name))[:ent.COMPANIONS]
    assert heapq.nsmallest(ent.COMPANIONS, common.items(),
                           key=lambda kv: (-kv[1], names[kv[0]].name)) == want
    order = [shown.index(f"/{e}/") for e, _ in want]
    assert order == sorted(order) and shown.count("<small>") == ent.COMPANIONS


def _span(*surfaces: str) -> Span:
    """A Span of these words (tokens as written)."""
    return Span(tuple(s.replace("'s", "").replace("’s", "") for s in surfaces), surfaces, 0, 1,
                False)


def test_institution_name_shortcut() -> None:
    """_institution_name still names a possessive's institution, and nothing without one."""
    from archivist.detect.classify import _institution_name

    assert _institution_name(_span("Guy's", "Hospital")) == "Guy's Hospital"
    assert _institution_name(_span("St", "Mary's", "College")) == "St Mary's College"
    assert _institution_name(_span("Jane", "Gray's", "School")) is None
    assert _institution_name(_span("Ann", "Roe")) is None
    assert _institution_name(_span("Hospital")) is None


def test_romance_and_shortcut() -> None:
    """_romance_and still parts two names at "y", and passes a run without one by."""
    from archivist.detect.classify import DocReader
    from archivist.detection import detector

    reader = DocReader(detector(()), None)
    assert reader._romance_and(_span("Pedro", "Sánchez", "y", "Ana", "Roe")) == 2
    assert reader._romance_and(_span("Ana", "Roe")) is None
    assert reader._romance_and(_span("Ana")) is None
    assert reader._romance_and(_span("y", "Ana", "Roe")) is None
    assert reader._romance_and(_span("Trinidad", "y", "Tobago")) == -1


SPANISH = ("La Cruz Roja de Colombia envió ayuda a los damnificados. Según los informes, las "
           "lluvias también afectaron a la localidad de Chalucuane y los vecinos de Tarvelo "
           "fueron evacuados hacia Sevilla. El ministro dijo que los equipos están en Sevilla y "
           "que la ayuda llegará pronto a los pueblos.")
SPANISH_COUNTRIES = ("Los equipos de rescate llegaron a Estados Unidos desde Francia, según las "
                     "autoridades. Más de cien personas fueron evacuadas en la provincia de "
                     "Quelvaro, también en Sevilla.")


def test_romance_rules_after_their_cheap_tests() -> None:
    """The Romance rules that now read the text's language last still fire: a country after a
    body's "de", a name after a place's noun, a country's Spanish name, a locative's town."""
    from archivist.detection import detector

    det = detector(())
    assert [(c.type, c.name) for c in det.detect(SPANISH)] == [
        ("place", "Chalucuane"), ("place", "Colombia"), ("place", "Sevilla"),
        ("place", "Tarvelo")]
    assert [(c.type, c.name) for c in det.detect(SPANISH_COUNTRIES)] == [
        ("place", "France"), ("place", "Quelvaro"), ("place", "Sevilla"),
        ("place", "United States")]


def test_local_country_names_cover_each_language() -> None:
    """A name outside local_country_names is no country's name in any Romance language."""
    from archivist.detect.romance import FUNCTION_WORDS, country_names, local_country_names

    names = local_country_names()
    assert "Estados Unidos" in names and "Francia" in names
    for language in FUNCTION_WORDS:
        assert set(country_names(language)) <= names
