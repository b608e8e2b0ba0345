"""Entity linking: registry + detected names → entities, mentions and speaker attributions.

Speaker labels are linked by their own stage (archivist/speakers_link/), before the mentions,
so that a person named only in labels gets an entity and their name links in those documents.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import logging
import pickle
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Set as AbstractSet
from dataclasses import dataclass

import ahocorasick

from .cache import Cache, make_key, pack
from .clubs import club_in_report, sports_report
from .titles import name_gender, noble_title, other_gender, quoted_work
from .detect.lexicon import (CLUB_PREFIXES, FUNCTION_CAPS, MONTHS_DAYS, TITLE_WORDS, is_demonym,
                             lexicon, use_lexicon)
from .detect.romance import OPENERS as ROMANCE_OPENERS
from .html import find_urls
from .place_context import part_of_other_name
from .model import TITLE_BLOCK, Document, Entity, Mention
from .registry import Registry, normalise_name
from .resolution import Resolution
from .speakers_link import Labelled, SpeakerLinks, has_turns, link_speakers, named_turns
from .speakers_link.kin import given_named
from .workers import Workers

log = logging.getLogger(__name__)

NAME, AMBIGUOUS, BLOCKED = "name", "ambiguous", "blocked"
# (a kicker, the rubric above a title, names the story's place as often: "NEPAL | HERITAGE")
LINKED_KINDS = ("paragraph", "heading", "turn", "bullet", "numbered", "quote", "attribution",
                "byline", "signature", "row", "footnote", "kicker")
HONORIFICS = {"mr", "mrs", "ms", "dr", "president", "minister", "prime", "sir"}


@dataclass(frozen=True)
class Target:
    """What a surface string may refer to; `docs` limits a detected name to its documents."""

    kind: str
    entities: tuple[str, ...]
    docs: frozenset[str] | None = None
    upper: bool = False


@dataclass(frozen=True)
class Hit:
    """A candidate match in one text."""

    start: int
    end: int
    targets: tuple[Target, ...]


class Matcher:
    """Aho-Corasick over every name, alias, surname and blocked phrase; leftmost-longest wins."""

    def __init__(self, patterns: dict[str, list[Target]]) -> None:
        self.automaton = ahocorasick.Automaton()
        for surface, targets in patterns.items():
            self.automaton.add_word(surface, (len(surface), tuple(targets), _only_in(targets),
                                              _fixed(targets)))
        if patterns:
            self.automaton.make_automaton()
        self.empty = not patterns

    def find(self, text: str, doc_id: str | None = None) -> list[Hit]:
        """Non-overlapping hits at word boundaries, longest first at each position.

        With doc_id, a surface that only other documents use does not take the span (another
        document's "Mark Woodforde" must not hide this one's "Woodforde").
        """
        return [Hit(start, end, targets) for start, end, targets, _ in self.spans(text, doc_id)]

    def spans(self, text: str, doc_id: str | None = None
              ) -> list[tuple[int, int, tuple[Target, ...], Fixed | None]]:
        """What `find` finds, as (start, end, targets, the targets' fixed choice or None)."""
        if self.empty:
            return []
        found = []
        last = len(text) - 1
        # Word boundaries (no letter, digit or "_" either side) tested inline: this loop runs
        # for every automaton match (millions at 10,000 documents), most of them rejected.
        for end, (length, targets, only_in, fixed) in self.automaton.iter(text):
            if only_in is not None:
                if doc_id is None:
                    fixed = None  # in no particular document: limited targets are not settled
                elif doc_id not in only_in:
                    continue
            start = end - length + 1
            if start and ((c := text[start - 1]).isalnum() or c == "_"):
                continue
            if end < last and ((c := text[end + 1]).isalnum() or c == "_"):
                continue
            found.append((start, -length, targets, fixed))
        hits, pos = [], 0
        for start, neg, targets, fixed in sorted(found, key=lambda h: (h[0], h[1])):
            if start >= pos:
                hits.append((start, start - neg, targets, fixed))
                pos = start - neg
        return hits


# The entities a surface's targets name and the one it links to, when every document gives the
# same answer.
Fixed = tuple[frozenset[str], str]


def _fixed(targets: list[Target]) -> Fixed | None:
    """The entity a surface links to wherever `spans` finds it in a document, when that does not
    depend on the document: every target names that one entity, none is blocked, ambiguous or
    limited to the start of a text (a target limited to other documents changes nothing; `spans`
    finds the surface only where some target applies). Most mentions are of such surfaces."""
    if any(t.kind != NAME or t.upper or not t.entities for t in targets):
        return None
    named = frozenset(e for t in targets for e in t.entities)
    return (named, next(iter(named))) if len(named) == 1 else None


def _only_in(targets: list[Target]) -> frozenset[str] | None:
    """The documents a surface may take a span in when every target is limited; None if any is
    not (the union, so one set test stands for testing each target)."""
    if any(t.docs is None for t in targets):
        return None
    if len(targets) == 1:
        return targets[0].docs
    return frozenset().union(*(t.docs for t in targets if t.docs is not None))


def registry_patterns(entities: list[Entity], never_link: tuple[str, ...]
                      ) -> dict[str, list[Target]]:
    """Surface strings of the registry: names, aliases, conditional surnames, blocked phrases."""
    patterns: dict[str, list[Target]] = defaultdict(list)
    explicit = {name for e in entities for name in e.all_names}
    for e in entities:
        for name in e.all_names:
            kind = AMBIGUOUS if name in e.ambiguous else NAME
            patterns[name].append(Target(kind, (e.id,)))
            if e.type == "place" and len(name) >= 4 and not name.isupper():
                patterns[name.upper()].append(Target(kind, (e.id,), upper=True))
        if e.type == "person":
            for surname in _surnames(e):
                if surname not in explicit:
                    patterns[surname].append(Target(AMBIGUOUS, (e.id,)))
    for phrase in never_link:
        patterns[phrase].append(Target(BLOCKED, ()))
    return patterns


def _surnames(entity: Entity) -> set[str]:
    """Last tokens of a person's multi-word names (the short form a text falls back to)."""
    out = set()
    for name in entity.all_names:
        tokens = name.split()
        if len(tokens) >= 2 and tokens[-1][:1].isupper() and len(tokens[-1]) > 2:
            out.add(tokens[-1])
    return out


def _usable(targets: tuple[Target, ...], doc_id: str, at_start: bool) -> list[Target]:
    """The targets of a hit that apply here (this document; an all-caps form only at a start)."""
    return [t for t in targets if (t.docs is None or doc_id in t.docs)
            and (not t.upper or at_start)]


def _named(usable: Iterable[Target]) -> set[str]:
    """The entities that usable targets name outright."""
    return {e for t in usable if t.kind == NAME for e in t.entities}


def _choose(usable: Iterable[Target], named: AbstractSet[str], anchored: set[str]) -> str | None:
    """The entity a hit refers to here (None when blocked or unresolved), given its usable targets
    and the entities they name."""
    if any(t.kind == BLOCKED for t in usable):
        return None
    if len(named) == 1:
        return next(iter(named))
    pool = named or {e for t in usable if t.kind == AMBIGUOUS for e in t.entities}
    chosen = pool & anchored
    return next(iter(chosen)) if len(chosen) == 1 else None


NEXT_CAPITAL = re.compile(r" ([A-Z][^\W\d_'’&-]*(?:['’&-][^\W\d_]*)*)(?!\w)")
# Words after a place that leave it a place: "in Chicago Wednesday", "Mexico GDP forecast".
STILL_A_PLACE = TITLE_WORDS | MONTHS_DAYS | frozenset(
    "PM MP Republican Republicans Democrat Democrats GDP GNP CPI PPI".split()) | {"I"}
# ("In Karameh I met …": the pronoun opens the clause; a regnal "Elizabeth I" is no place's)
SENTENCE_INSIDE = re.compile(r"[a-z]{3}\. [A-Z]")
HEADLINE_CAPS = 0.7  # share of capitalised content words that makes a line a Title Case headline


def _inside_longer_name(text: str, end: int, start: int | None = None) -> bool:
    """A place name the next capitalised word continues: "Bangladesh Lamps", "Washington Post".

    The longer name is a company, a newspaper, a forum or a club, not the place; a title after the
    place ("Moscow Mayor Sobyanin") leaves it a place, and so does a Title Case headline, unless
    the longer name is a place of its own ("Mexico City" in a signature line).
    """
    m = NEXT_CAPITAL.match(text, end)
    if not m or m[1] in STILL_A_PLACE:
        return False
    if start is not None and text[start:m.end()] in lexicon().places:
        return True
    return not _headline(text)


PREV_CAPITAL = re.compile(r"(?:^|(?<=[\s(\"“‘]))([A-Z][\w'’&.-]*) $")
PLACE_MODIFIERS = frozenset(  # compass, size and people words that qualify a place
    "north south east west northern southern eastern western northeast northwest southeast "
    "southwest northeastern northwestern southeastern southwestern central greater upper lower "
    "inner outer old new metropolitan downtown coastal rural urban arab kurdish jewish muslim "
    "christian catholic orthodox latin basque tamil hindu sunni shia shiite".split())
# A sports club named after its town: a player's role after it, or a fixture ("A v B").
CLUB_ROLE_AFTER = re.compile(r"(?:'s|’s)? (?:striker|defender|midfielder|goalkeeper|keeper|"
                             r"winger|"
                             r"captain|skipper|coach|manager|pitcher|batsman|bowler|quarterback|"
                             r"playmaker|trio|duo|squad|team|outfit)s?\b")
# A town after "against", "beat" in a sentence with a match score ("a 1-0 win over Leeds"); not
# "at Leeds", which may name the venue.
SCORE_IN_LINE = re.compile(r"(?<![\d.-])\d{1,2}-\d{1,2}(?![\d-])")
MATCH_BEFORE = re.compile(r"\b(?:against|beat|beating|over|drew with|lost to|defeat of) $")
PLAYS_FOR = re.compile(r"\b(?:plays|played|playing|signed|scored|goals?) for $")  # no score needed
FIXTURE_AFTER = re.compile(r" (?:v|vs)\.? [A-Z]")
FIXTURE_BEFORE = re.compile(r"[A-Za-z] (?:v|vs)\.? $")
SCORE_AFTER = re.compile(r" \d{1,2},? [A-Z][\w.'’ -]{0,30}? \d{1,2}\b")  # "Leeds 2 Hull 1"
SCORE_BEFORE = re.compile(r"[a-z] \d{1,2},? $")
GOALS_AFTER = re.compile(r" \d{1,2}\b(?![.,:/-]\d)")
SENTENCE_END = ".!?:;…"


# A surname alone before "'s" and a building's noun names the building ("Dr Gray's Hospital",
# "Gray's Inn"), not the document's person of that surname.
EPONYM_AFTER = re.compile(r"['’]s (?:Hospital|Infirmary|Clinic|School|College|Academy|Church|"
                          r"Chapel|Cathedral|Abbey|Inn|Hotel|Tavern|Pub|Restaurant|Cafe|Café|"
                          r"Bakery|Garage|Farm|Mill|Bridge|Yard|Wharf|Quay|Pier|Lane|Stadium)\b")
WORKS_AFTER = re.compile(r" (?:deposits?|fields?|oilfields?|gasfields?|mines?|wells?)\b")
INITIAL_AT = re.compile(r"[A-Z]\. ")  # a name opening with an initial: "J. Russell"


def _in_outlet(text: str, start: int, end: int, outlet: str | None) -> bool:
    """Whether a place is named only as part of the document's outlet ("— Samoa Observer",
    "Fiji Sun" closing the piece, "Gulf Business Daily" above it)."""
    if not outlet or end - start >= len(outlet) or outlet not in text:
        return False
    return any(m.start() <= start and end <= m.end()
               for m in re.finditer(re.escape(outlet), text))


def _after_given_name(text: str, start: int) -> bool:
    """A name opening with an initial after a given name ("J. Russell" in "David J. Russell"):
    the initial is a middle one, the name another person's."""
    if not INITIAL_AT.match(text, start):
        return False
    m = PREV_CAPITAL.search(text, max(0, start - 30), start)
    return bool(m) and m[1] in lexicon().given and not is_demonym(lexicon(), m[1])


def _eponym(text: str, start: int, end: int) -> bool:
    """A one-word name before "'s Hospital" and the like: the building named after someone; or
    before a field's or a deposit's noun ("the Trebs and Titov deposits"): the field's."""
    return " " not in text[start:end] and bool(EPONYM_AFTER.match(text, end) or
                                               WORKS_AFTER.match(text, end))


def _after_name_word(text: str, start: int) -> bool:
    """A place name a capitalised word before it makes part of a longer name ("Atlas Bangladesh",
    "PSV Eindhoven"): the company or club is not the place.

    A title, day, month, compass or other place word, a demonym, a possessive or another place
    before it leaves it a place ("Mayor", "Monday", "Northern", "Russian", "Russia's"), and so does
    a common word opening a sentence ("Meanwhile Moscow"), a Spanish, Portuguese, Italian or
    Catalan preposition opening one ("En La Habana"), a word ending in a full stop (the end of a
    sentence, or an abbreviation) or a Title Case headline.
    """
    m = PREV_CAPITAL.search(text, max(0, start - 40), start)
    if not m:
        return False
    word, lex = m[1], lexicon()
    if word in CLUB_PREFIXES:
        return True  # "AC Milan", "F.C. Porto": a club
    if word.endswith(".") or word in STILL_A_PLACE or word.capitalize() in FUNCTION_CAPS or \
            word in ROMANCE_OPENERS or \
            word.replace("-", "").lower() in PLACE_MODIFIERS or (word.isupper() and word.lower()
                                                               in lex.common) or \
            word.endswith(("'s", "’s", "s'", "s’")) or _place_ends(text, m.start(1), word) or \
            is_demonym(lex, word) or _headline(text):
        return False
    before = text[:m.start(1)].rstrip(" \"“‘(")
    return not ((not before or before[-1] in SENTENCE_END) and word.lower() in lex.common)


def _place_ends(text: str, start: int, word: str) -> bool:
    """Whether word, alone or with the one or two words before it, names a place."""
    places = lexicon().places
    if word in places:
        return True
    before = text[max(0, start - 30):start].split()[-2:]
    return any(" ".join([*before[k:], word]) in places for k in range(len(before)))


CITY_AFTER = re.compile(r" \(([A-Z][\w’'. -]{2,30})\)")


def _seated(text: str, start: int, end: int) -> bool:
    """A country or region named with a city after it in brackets ("Baltic (Kaliningrad)" in a
    list of universities): the name is a body's, seated in that city, not the region."""
    m = CITY_AFTER.match(text, end)
    if not m:
        return False
    places = lexicon().places
    region, city = places.get(text[start:end]), places.get(m[1])
    return region is not None and region.major and city is not None and not city.major


def _club(text: str, start: int, end: int) -> bool:
    """A town's name that stands for its sports club: "Leeds striker", "the Leeds squad", "Leeds
    v Hull", a score line ("Leeds 2 Hull 1"), "beat Leeds" in a sentence with a score, "scored
    for Leeds"."""
    place = lexicon().places.get(text[start:end])
    if place is not None and (place.major or place.name in _nations()):
        return False  # a country's team is written as the country: its page may gather it
    if FIXTURE_AFTER.match(text, end) or FIXTURE_BEFORE.search(text, max(0, start - 6), start) \
            or SCORE_AFTER.match(text, end) or (SCORE_BEFORE.search(text, max(0, start - 6), start)
                                               and GOALS_AFTER.match(text, end)):
        return True
    # A team word or a match verb says club only of a town's one-word or gazetteer name (the
    # "Republic of Ireland squad" is a country's team, under a name the gazetteer does not hold).
    town = place is not None or " " not in text[start:end]
    return town and bool(CLUB_ROLE_AFTER.match(text, end) or
                         PLAYS_FOR.search(text, max(0, start - 16), start) or (
        MATCH_BEFORE.search(text, max(0, start - 14), start) and SCORE_IN_LINE.search(text)))


@functools.cache
def _nations() -> frozenset[str]:
    """Nations inside a country that field their own teams (England, Scotland, Wales)."""
    import pycountry

    return frozenset(sub.name.split(" [")[0] for sub in pycountry.subdivisions
                     if sub.type == "Country")


@functools.lru_cache(maxsize=256)  # asked for every place mention of a block, by three rules
def _headline(text: str) -> bool:
    """A Title Case headline; not a sentence that lists names (it ends in a full stop after at
    least three lowercase words, or a full stop ends a sentence inside it)."""
    end = text.rstrip()
    if end.endswith(".") and sum(w[:1].islower() for w in end.split()) >= 3 or \
            SENTENCE_INSIDE.search(end):
        return False
    words = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= HEADLINE_CAPS * len(words)


def _longer_in_body(doc: Document, start: int, end: int) -> bool:
    """A headline's place that the body writes inside a longer name: "U.S. OPEN" (the body's "U.S.
    Open Tennis Championships"), "Pacific Nations Cup"; a capitals headline cannot say itself."""
    title = doc.meta.title
    longer = [title[start:m.end()] for m in [NEXT_CAPITAL.match(title, end)] if m]
    if m := PREV_CAPITAL.search(title, max(0, start - 40), start):
        longer.append(title[m.start(1):end])
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", b.text, re.IGNORECASE)
               for name in longer for b in doc.blocks)


def link_document(doc: Document, matcher: Matcher, places: frozenset[str] = frozenset(),
                  people: dict[str, str | None] | None = None) -> list[Mention]:
    """Mentions of one document, in reading order; places inside longer names are left out, and
    so is a person's name after a title of the other gender or in a quoted work's title
    (people: person id → the gender of their given name, "f", "m" or None)."""
    people = people or {}
    found: list[tuple[int, int, int, list[Target], AbstractSet[str], str | None]] = []
    texts = [(i, block.text) for i, block in enumerate(doc.blocks) if block.kind in LINKED_KINDS]
    if (head := doc.headline) is not None:  # its places only: the story is about them
        texts.insert(0, (TITLE_BLOCK, head))
    for i, text in texts:
        urls = find_urls(text)
        for start, end, targets, fixed in matcher.spans(text, doc.id):
            if urls and any(s < end and start < e for s, e in urls):
                continue
            if fixed is not None:
                found.append((i, start, end, [], *fixed))
            else:
                usable = _usable(targets, doc.id, start == 0)
                found.append((i, start, end, usable, _named(usable), None))
    anchored = {next(iter(named)) for *_, named, _ in found if len(named) == 1}
    place_starts: dict[int, set[int]] = {}  # block → where places are named in it
    for i, start, _, _, named, sure in found:
        if (sure or "") in places or not places.isdisjoint(named):
            place_starts.setdefault(i, set()).add(start)
    mentions, titled = [], 0
    report = functools.cache(lambda: sports_report(doc))
    for i, start, end, usable, named, sure in found:
        entity = sure or _choose(usable, named, anchored)
        if i == TITLE_BLOCK and (entity not in places or _longer_in_body(doc, start, end)):
            continue
        text = doc.text_of(i)
        if entity in places and (_inside_longer_name(text, end, start) or
                                 _in_outlet(text, start, end, doc.meta.outlet) or
                                 _after_name_word(text, start) or
                                 _club(text, start, end) or
                                 _seated(text, start, end) or
                                 noble_title(text, start) or
                                 part_of_other_name(text, start, end,
                                                    place_starts.get(i, frozenset())) or
                                 (report() and club_in_report(text, start, end))):
            continue
        # A title before the full name speaks of that person: "Mr Hope Mbeki" is a man, whatever
        # the given name's usual gender; before a bare surname it may mean another of that name.
        if entity and entity in people and ((" " not in text[start:end] and
                                             other_gender(text, start, people[entity])) or
                                             quoted_work(text, start, end) or
                                             _after_given_name(text, start) or
                                             _eponym(text, start, end)):
            continue
        if entity:  # a headline's mention points at the page's h1 (not linked inside it)
            anchor = "title" if i == TITLE_BLOCK else f"m-{len(mentions) + 1 - titled}"
            titled += i == TITLE_BLOCK
            mentions.append(Mention(doc.id, entity, i, start, end, text[start:end], anchor))
    return mentions


def safe_named_turns(doc: Document) -> Labelled:
    """What a document's labels name; a failing rule costs the document its speakers' links
    (each label unlinked, the failure logged with the file), never the build."""
    try:
        return named_turns(doc)
    except Exception:  # noqa: BLE001 — a speaker rule's bug must not stop the build
        log.exception("reading the speaker labels of %s failed; its turns stay unlinked: "
                      "please report it", doc.source)
        return [(i, b.speaker, None) for i, b in enumerate(doc.blocks) if b.speaker]


def read_labels(documents: list[Document], workers: Workers | None = None
                ) -> Callable[[], dict[str, Labelled]]:
    """What the speaker labels of each document with turns name, by document (`named_turns`):
    begun now in the workers when they run (calling the result collects it), else read then."""
    spoken = [doc for doc in documents if has_turns(doc)]
    if workers is None or not workers.worth_it(len(spoken), start=False):
        return lambda: {doc.id: safe_named_turns(doc) for doc in spoken}
    pending = workers.begin(safe_named_turns, spoken,
                            chunksize=-(-len(spoken) // (4 * workers.size)))
    return lambda: dict(zip((doc.id for doc in spoken), pending()))


def link_archive(documents: list[Document], registry: Registry,
                 resolution: Resolution | None, cache: Cache | None = None,
                 workers: Workers | None = None, labels: Mapping[str, Labelled] | None = None
                 ) -> tuple[list[Entity], list[Mention], list[tuple[str, str, int]]]:
    """Find every mention of every entity (registry, and resolved detections when given); the
    documents not linked before are linked in the workers when they run and there are many.
    labels: what `read_labels` gave, when read ahead."""
    registry_entities, never_link = list(registry.entities), tuple(registry.never_link)
    detected, patterns = registry_entities, registry_patterns(registry_entities, never_link)
    if resolution is not None:
        detected = list(resolution.entities)
        if labels is not None:
            detected = given_named(detected, resolution.links, labels)
        for surface, entity_id, docs in resolution.links:
            patterns[surface].append(Target(NAME, (entity_id,), docs=frozenset(docs)))
    spoken = speaker_stage(documents, detected, patterns, never_link, labels)
    detected = [*detected, *spoken.entities]
    places = frozenset(e.id for e in [*registry_entities, *detected] if e.type == "place")
    people = {e.id: name_gender(e.name) for e in [*registry_entities, *detected]
              if e.type == "person"}
    keys = link_keys(documents, patterns, places, people)
    cached = cache.get_many(keys.values()) if cache else {}
    todo = [doc for doc in documents if keys[doc.id] not in cached]
    found, packed = _link_all(todo, patterns, places, people, workers)
    fresh = dict(zip((keys[doc.id] for doc in todo), found))
    mentions = [m for key in (keys[doc.id] for doc in documents)
                for m in (cached[key] if key in cached else fresh[key])]
    if cache and packed is not None:
        cache.put_packed(dict(zip((keys[doc.id] for doc in todo), packed)))
    elif cache:
        cache.put_many(fresh)
    log.debug("linked %d of %d documents again", len(fresh), len(documents))
    speakers = list(spoken.turns)
    used = {m.entity for m in mentions} | {e for _, e, _ in speakers}
    entities = sorted((e for e in detected if e.id in used), key=lambda e: e.id)
    return entities, mentions, speakers


def _link_all(documents: list[Document], patterns: dict[str, list[Target]],
              places: frozenset[str], people: dict[str, str | None],
              workers: Workers | None = None
              ) -> tuple[list[list[Mention]], list[bytes] | None]:
    """link_document over the documents, in workers when there are many and the workers run
    (started ahead, their start-up hidden; the matcher pickled once for all the chunks); and,
    from the workers, each document's mentions pickled as the cache keeps them (else None)."""
    if not documents:
        return [], None
    matcher = Matcher(dict(patterns))
    if workers is None or not workers.worth_it(len(documents), start=False):
        return [link_document(doc, matcher, places, people) for doc in documents], None
    # The matcher pickled once, not once per chunk, and unpickled once per worker (it is large:
    # every name of the archive).
    packed = pack(matcher)
    link = functools.partial(_link_one, (hashlib.sha256(packed).hexdigest(), packed), places,
                             people)
    # (each worker pickles its mentions once: for the way back and the cache)
    found = workers.map(link, documents, chunksize=-(-len(documents) // (4 * workers.size)))
    return [pickle.loads(blob) for blob in found], found


def _link_one(matcher: tuple[str, bytes], places: frozenset[str], people: dict[str, str | None],
              doc: Document) -> bytes:
    """link_document with the document last (for a partial a worker can unpickle), its mentions
    pickled; matcher: (digest, the Matcher pickled)."""
    return pack(link_document(doc, _unpacked_matcher(*matcher), places, people))


_UNPACKED: dict[str, Matcher] = {}  # this process's last unpickled matcher, by its digest


def _unpacked_matcher(digest: str, packed: bytes) -> Matcher:
    """A pickled Matcher, unpickled once per process for all the chunks that carry it."""
    if digest not in _UNPACKED:
        _UNPACKED.clear()
        _UNPACKED[digest] = pickle.loads(packed)
    return _UNPACKED[digest]


def warm_up(packed_lexicon: bytes = b"") -> None:
    """Load what link_document reads (the word lists, the nations), in a worker as it starts;
    packed_lexicon: the starter's lexicon, pickled (lexicon_package), to use rather than build."""
    gc.disable()  # as in the main process (pipeline.collector_paused): mentions are acyclic
    if packed_lexicon:
        use_lexicon(pickle.loads(packed_lexicon))
    lexicon()
    _nations()


def lexicon_package() -> tuple[bytes]:
    """warm_up's arguments: this process's lexicon, pickled for the workers it starts."""
    return (pickle.dumps(lexicon(), protocol=pickle.HIGHEST_PROTOCOL),)


def speaker_stage(documents: list[Document], entities: list[Entity],
                  patterns: dict[str, list[Target]], never_link: tuple[str, ...] = (),
                  labels: Mapping[str, Labelled] | None = None) -> SpeakerLinks:
    """Link speaker labels to people; their names become patterns in the documents they speak in."""
    by_id = {e.id: e for e in entities}
    doc_people: dict[str, set[str]] = defaultdict(set)
    for targets in patterns.values():
        for t in targets:
            for entity_id in t.entities:
                if t.docs is not None and by_id[entity_id].type == "person":
                    for doc_id in t.docs:
                        doc_people[doc_id].add(entity_id)
    spoken = link_speakers(documents, entities, doc_people, never_link, labels)
    for surface, owners in spoken.surfaces.items():
        for entity_id, docs in sorted(owners.items()):
            patterns[surface].append(Target(NAME, (entity_id,), docs=docs))
    _surnames_to_speakers(spoken, entities, patterns)
    return spoken


def _surnames_to_speakers(spoken: SpeakerLinks, entities: list[Entity],
                          patterns: dict[str, list[Target]]) -> None:
    """A bare surname detection made a page of, in a document where the speaker stage found the
    person's whole name ("Hadebe" beside "B A Hadebe" of a members' list, "Villalobos" beside the
    caption's "Ramón Esteban Villalobos"): that document's mentions go to the whole name."""
    bare = {normalise_name(e.name): e.id for e in entities
            if e.type == "person" and len(e.name.split()) == 1}
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    new = {e.id: e for e in spoken.entities}
    for doc_id, entity_id, _ in spoken.turns:
        if entity_id in new and len(new[entity_id].name.split()) > 1:
            surname = normalise_name(new[entity_id].name.split()[-1])
            if surname in bare:
                owners[(doc_id, bare[surname])].add(entity_id)
    moves = {key: ids.pop() for key, ids in owners.items() if len(ids) == 1}
    if not moves:
        return
    for surface, targets in patterns.items():
        out = []
        for t in targets:
            docs = t.docs or frozenset()
            moved = {d for d in docs if len(t.entities) == 1 and (d, t.entities[0]) in moves}
            if moved:
                out += [Target(t.kind, (moves[(d, t.entities[0])],), frozenset({d}), t.upper)
                        for d in sorted(moved)]
                t = Target(t.kind, t.entities, docs - moved, t.upper)
            if t.docs is None or t.docs:
                out.append(t)
        patterns[surface] = out


def link_keys(documents: list[Document], patterns: dict[str, list[Target]],
              places: frozenset[str] = frozenset(), people: dict[str, str | None] | None = None
              ) -> dict[str, str]:
    """Per document, a cache key over its blocks and every pattern that can affect its links.

    Every surface counts (a longer match of another document's name still takes the span), but a
    name limited to some documents keys only the documents it is limited to.
    """
    shared = hashlib.sha256("\0".join(sorted(places)).encode("utf-8"))
    shared.update(repr(sorted((people or {}).items())).encode("utf-8"))
    limited: dict[str, list[tuple[str, str, tuple[str, ...], bool]]] = defaultdict(list)
    for surface in sorted(patterns):
        shared.update(surface.encode("utf-8") + b"\0")
        for t in patterns[surface]:
            if t.docs is None:
                shared.update(repr((t.kind, t.entities, t.upper)).encode("utf-8"))
            for doc_id in t.docs or ():
                limited[doc_id].append((surface, t.kind, t.entities, t.upper))
    common = shared.hexdigest()
    return {doc.id: make_key("link", common, doc.id, _blocks_digest(doc),
                             repr(sorted(limited.get(doc.id, ())))) for doc in documents}


def _blocks_digest(doc: Document) -> str:
    digest = hashlib.sha256((doc.headline or "").encode("utf-8") + b"\0")
    for block in doc.blocks:
        digest.update(f"{block.kind}\0{block.speaker or ''}{block.sep}\0{block.text}\0"
                      .encode("utf-8"))
    return digest.hexdigest()
