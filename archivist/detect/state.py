"""The state a DocReader keeps while it reads one document, declared once for its rule mixins."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .candidate import Mention
    from .detector import Detector
    from .evidence import Evidence
    from .lexicon import Lexicon
    from .spans import Span


class ReaderState:
    """Attributes DocReader.__init__ sets; PersonRules and PlaceRules read and extend them."""

    det: Detector
    lex: Lexicon
    ev: Evidence | None
    mentions: list[Mention]
    singles: list[Span]
    cued_places: set[str]
    mid_caps: set[str]
    unresolved_last: set[str]
    unresolved_spans: dict[str, Span]
    asked: set[str]
    named_after: list[Span]
    eponyms: set[str]  # names given after someone here ("el estadio X"): no person's mentions
    company_names: set[str]
    firm_names: dict[str, str]
    placed: set[str]  # surnames the document also writes as a town's name
    country_surnamed: dict[str, Span]  # "Will Jordan": a given name, then a country's name
    doc_countries: set[str] | None  # countries of the text's strong places (read late, once)
    cue_tail: tuple[int, str] | None  # (end, text after) of the last place a locative cued
    tails: dict[int, list[tuple[int, str]]]  # all lines' cue tails (see read_line)
    late: bool  # one-word spans are being read, after all lines
    settled_ends: set[int]  # ends of the names a settlement noun's list holds
    deferred: list[Span]  # unlisted names of several words a list may hold, read late
    from_ends: set[int]  # ends of the places written "from X to" (where Y after "to" is one)
    firm_prone: set[str]  # places named before a work a firm may own ("the X mine")
    located: set[tuple[int, str]]  # cue tails of the places a locative cued ("from X and …")
    dated: set[str]  # places a dateline names ("IQALUIT, Nunavut —"): no firm's short name
