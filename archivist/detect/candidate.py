"""The detector's output type (one entity found in one text), the entity types, and the
per-mention record the rules collect."""

from __future__ import annotations

from dataclasses import dataclass

PERSON, PLACE, ORG = "person", "place", "organization"


@dataclass(frozen=True)
class Candidate:
    """One entity detected in one text."""

    name: str
    type: str
    variants: tuple[str, ...]
    count: int


@dataclass
class Mention:
    """One resolved mention: entity type, key (canonical name) and surface form."""

    type: str
    key: str
    surface: str
