"""Readers: find source files, decode their bytes and split off given metadata.

- inventory: every entry under the sources folder → sources, sidecars, and reported rest
  (links, pipes, orphan and rival sidecars, names that are not UTF-8);
- decoding: bytes → text (BOM, UTF-16, UTF-8 with bad bytes replaced, else the code page whose
  reading makes real words); control characters repaired and reported by line;
- frontmatter: YAML front matter and sidecars, with nesting and alias expansion limited.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from ..errors import SourceError
from ..model import Problem, RawSource
from .decoding import clean_text, close_bidi, decode
from .frontmatter import read_sidecar, split_front_matter
from .inventory import Inventory, discover, rel_name

__all__ = ["Inventory", "SourceBytes", "clean_text", "close_bidi", "decode", "discover",
           "load_bytes", "read_sidecar", "read_source", "rel_name", "split_front_matter"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SourceBytes:
    """The bytes of one source (and of its sidecar), as read from disk."""

    source: str
    data: bytes
    sidecar: str | None = None
    sidecar_data: bytes | None = None


def load_bytes(path: Path, root: Path, sidecar: Path | None = None) -> SourceBytes:
    """Read a source and its sidecar; raise SourceError if the source cannot be read."""
    rel = rel_name(path, root)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(rel, f"unreadable file: {exc.strerror or exc}") from exc
    if sidecar is None:
        return SourceBytes(rel, data)
    try:
        side_data = sidecar.read_bytes()
    except OSError:
        side_data = b"\xff"  # reported as undecodable by read_sidecar
    return SourceBytes(rel, data, rel_name(sidecar, root), side_data)


def read_source(src: SourceBytes) -> tuple[RawSource, list[Problem]]:
    """Decode one source into a RawSource; raise SourceError if it cannot be one."""
    text, encoding, problems = decode(src.data, src.source)
    given, body, body_line, more = split_front_matter(text, src.source)
    problems += more
    if src.sidecar is not None and src.sidecar_data is not None:
        side, side_problems = read_sidecar(src.sidecar, src.sidecar_data)
        problems += side_problems
        given = {**side, **given} if given else side
    if not body.strip():
        raise SourceError(src.source, "empty file: no text after the metadata" if given
                          else "empty file")
    digest = hashlib.sha256(src.data).hexdigest()
    return RawSource(src.source, digest, body, given, body_line, encoding), problems
