"""The named types that flow through the pipeline: source → Document → Archive → pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

WORDS_PER_MINUTE = 230
TITLE_BLOCK = -1  # the block of a mention in the headline (a title read off the text's first line)


@dataclass(frozen=True)
class Problem:
    """One entry of the build report: a file that was skipped or needed a warning."""

    source: str
    reason: str
    line: int | None = None
    skipped: bool = False
    info: bool = False  # a deterministic, reported resolution (not a defect of the input)

    @property
    def status(self) -> str:
        """skipped, warning or note."""
        return "skipped" if self.skipped else "note" if self.info else "warning"

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class RawSource:
    """A decoded source file with its front matter split off."""

    source: str
    sha256: str
    text: str
    given: dict[str, object]
    body_line: int = 1
    encoding: str = "utf-8"
    found: dict[str, object] = field(default_factory=dict)  # the format's own metadata
    weak: dict[str, object] = field(default_factory=dict)  # format metadata below detection
    format: str = "text"
    anchors: tuple[tuple[int, str], ...] = ()  # (line of text, anchor id), e.g. page-3
    details: tuple[tuple[str, str], ...] = ()  # (label, value) the format adds, e.g. To, Cc
    size: int = 0
    kinds: tuple[tuple[int, str, int], ...] = ()  # (line, block kind, level), e.g. a heading


@dataclass(frozen=True)
class Metadata:
    """What is known about a document, given or detected."""

    title: str
    date: dt.date | None = None
    outlet: str | None = None
    author: str | None = None
    place: str | None = None
    url: str | None = None
    kind: str = "article"
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Block:
    """A structural unit of a document body."""

    kind: str  # paragraph | heading | bullet | numbered | turn | quote | attribution | byline | ...
    text: str
    line: int
    level: int = 0
    speaker: str | None = None
    sep: str = ":"  # what closes a turn's label as written: ":", "." ("Senator WARREN."), "" ("Q")


# A table row block's text: its cells joined by CELL_SEPARATOR; a table nested in a cell is written
# in brackets ("[a | b; c | d]"), so only separators outside brackets divide the row.
CELL_SEPARATOR = " | "


@dataclass(frozen=True)
class Original:
    """The file a document was read from: its format, suffix and size in bytes."""

    format: str
    suffix: str
    size: int


@dataclass(frozen=True)
class Document:
    """A source turned into metadata plus structured body."""

    id: str
    source: str
    sha256: str
    meta: Metadata
    blocks: tuple[Block, ...]
    words: int
    duplicates: tuple[str, ...] = ()
    original: Original | None = None
    anchors: tuple[tuple[int, str], ...] = ()  # (block index, anchor id), e.g. (12, "page-3")
    details: tuple[tuple[str, str], ...] = ()

    @property
    def reading_minutes(self) -> int:
        """Estimated reading time in whole minutes (at least one)."""
        return max(1, round(self.words / WORDS_PER_MINUTE))

    @property
    def headline(self) -> str | None:
        """The title when it is no text of the body (a headline line the reader took out of it);
        None when it was derived from, or stays in, the body."""
        title = self.meta.title
        probe = title.rstrip("…").strip() if title else ""
        if not probe or any(probe in b.text for b in self.blocks):
            return None
        return title

    def text_of(self, block: int) -> str:
        """The text of a block, or the headline for TITLE_BLOCK."""
        return self.meta.title if block == TITLE_BLOCK else self.blocks[block].text

    @property
    def url(self) -> str:
        """Site-relative URL of the document page."""
        return f"documents/{self.id}/"

    @property
    def sort_key(self) -> tuple[str, str]:
        """Chronological order; undated documents last, ties broken by id."""
        return (self.meta.date.isoformat() if self.meta.date else "9999", self.id)


@dataclass(frozen=True)
class Mention:
    """One linked occurrence of an entity in a document block."""

    document: str
    entity: str
    block: int
    start: int
    end: int
    text: str
    anchor: str


@dataclass(frozen=True)
class Entity:
    """A person, place or organisation with its page."""

    id: str
    name: str
    type: str  # person | place | organization
    aliases: tuple[str, ...] = ()
    description: str | None = None
    wikidata: str | None = None
    geonames: int | None = None
    coordinates: tuple[float, float] | None = None
    origin: str = "registry"  # registry | detected
    ambiguous: tuple[str, ...] = ()

    @property
    def all_names(self) -> tuple[str, ...]:
        """Canonical name first, then aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Merge:
    """Several written forms the resolution stage made one entity (for the curator's review)."""

    entity: str
    type: str
    forms: tuple[str, ...]  # most frequent first; the first names the page
    rules: tuple[str, ...]  # why: variant spelling, initial, rare misspelling, surname, ...
    documents: int


@dataclass(frozen=True)
class Doubt:
    """A likely duplicate or a reference the resolution stage did not dare to resolve."""

    names: tuple[str, ...]
    type: str
    rule: str
    evidence: str


TYPE_FOLDERS = {"person": "people", "place": "places", "organization": "organizations"}


def entity_url(entity: Entity) -> str:
    """Site-relative URL of an entity page."""
    return f"{TYPE_FOLDERS[entity.type]}/{entity.id}/"


@dataclass(frozen=True)
class Archive:
    """Everything gathered before any page is rendered."""

    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    problems: tuple[Problem, ...]
    speakers: tuple[tuple[str, str, int], ...] = ()  # (document, entity, block index)
    merges: tuple[Merge, ...] = ()
    doubts: tuple[Doubt, ...] = ()
