"""The original files, published next to their document pages as documents/<id>/source.<ext>."""

from __future__ import annotations

from pathlib import Path

from ..model import Document
from . import MEMBER, Limits, split


def original_files(documents: tuple[Document, ...] | list[Document], root: Path
                   ) -> dict[str, Path | str]:
    """Site path → the source file (a Path) or, for an mbox message, its source#message-N."""
    files: dict[str, Path | str] = {}
    for doc in documents:
        if doc.original is None or not doc.original.suffix:
            continue
        path = f"{doc.url}source{doc.original.suffix}"
        files[path] = doc.source if MEMBER.search(doc.source) else root / doc.source
    return dict(sorted(files.items()))


def original_bytes(root: Path, member: str, limits: Limits) -> bytes:
    """The bytes of one message of an mbox, as they were split for reading."""
    container = MEMBER.sub("", member)
    members, _ = split((root / container).read_bytes(), container, limits)
    return dict(members)[member]


def load(root: Path, where: Path | str, limits: Limits) -> bytes:
    """The bytes to publish for one original."""
    return where.read_bytes() if isinstance(where, Path) else original_bytes(root, where, limits)
