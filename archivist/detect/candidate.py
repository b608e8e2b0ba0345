"""The detector's output type (one entity found in one text), the entity types, and the
per-mention record the rules collect."""

from __future__ import annotations

from dataclasses import dataclass

PERSON, PLACE, ORG = "person", "place", "organization"


@dataclass(frozen=True, repr=False)
class Candidate:
    """One entity detected in one text."""

    name: str
    type: str
    variants: tuple[str, ...]
    count: int

    def __repr__(self) -> str:
        """The dataclass's own repr, written out: resolution's cache key reprs every candidate
        of the archive, and the generated one (with its recursion guard) is three times slower."""
        return (f"Candidate(name={self.name!r}, type={self.type!r}, "
                f"variants={self.variants!r}, count={self.count!r})")


@dataclass
class Mention:
    """One resolved mention: entity type, key (canonical name) and surface form."""

    type: str
    key: str
    surface: str
