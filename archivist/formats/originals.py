"""The original files, published next to their document pages as documents/<id>/source.<ext>."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from ..model import Document
from . import MEMBER, Limits, split

log = logging.getLogger(__name__)


def original_files(documents: tuple[Document, ...] | list[Document], paths: Mapping[str, Path]
                   ) -> dict[str, Path | str]:
    """Site path → the source file (a Path) or, for an mbox message, its source#message-N.

    `paths` maps each source's name (as documents give it) to its file: the two differ where a
    file name is not printable text.
    """
    files: dict[str, Path | str] = {}
    for doc in documents:
        if doc.original is None or not doc.original.suffix:
            continue
        path = f"{doc.url}source{doc.original.suffix}"
        if MEMBER.search(doc.source):
            files[path] = doc.source
        elif doc.source in paths:
            files[path] = paths[doc.source]
        else:  # gone since it was read
            log.warning("%s: original not published: the file is no longer there", doc.source)
    return dict(sorted(files.items()))


def load_all(paths: Mapping[str, Path], files: dict[str, Path | str], limits: Limits
             ) -> dict[str, Path | bytes]:
    """Paths stay paths (copied when written); mbox messages become bytes, one split per mbox."""
    boxes: dict[str, dict[str, bytes]] = {}
    out: dict[str, Path | bytes] = {}
    for site_path, where in files.items():
        if isinstance(where, Path):
            out[site_path] = where
            continue
        container = MEMBER.sub("", where)
        if container not in boxes:
            boxes[container] = _members(paths.get(container), container, limits)
        if where in boxes[container]:
            out[site_path] = boxes[container][where]
        else:  # the mbox changed or went away since it was read
            log.warning("%s: original not published: the message is no longer there", where)
    return out


def _members(path: Path | None, container: str, limits: Limits) -> dict[str, bytes]:
    try:
        members, _ = split(path.read_bytes(), container, limits) if path else ([], [])
    except OSError:
        return {}
    return dict(members)
