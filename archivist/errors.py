"""The one exception hierarchy of the archive."""

from __future__ import annotations


class ArchiveError(Exception):
    """Base class for every error the archive raises on purpose."""


class ConfigError(ArchiveError):
    """Invalid archive configuration (mkdocs.yml `extra.archive`, environment)."""


class RegistryError(ArchiveError):
    """Invalid entity registry (entities.yml)."""


class SourceError(ArchiveError):
    """A source file that cannot become a document; carries the file and line."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {reason}")
