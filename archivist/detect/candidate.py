"""The detector's output type: one entity found in one text, and the entity types."""

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
