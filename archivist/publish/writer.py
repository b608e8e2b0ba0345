"""Writers, I/O half: the only place generated files touch the disk."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MANIFEST = ".archive-manifest.json"


@dataclass(frozen=True)
class WriteResult:
    """What a write changed on disk."""

    written: int
    unchanged: int
    removed: int


Content = str | bytes | Path


def write_site(site: Mapping[str, Content] | Iterable[tuple[str, Content]], out: Path
               ) -> WriteResult:
    """Write files whose content changed; remove files this writer made before that are gone now.

    A value is a page's text, a file's bytes, or the path of a file to copy (an original). Pairs
    may stream in as they are rendered, so the whole site need never be in memory at once.
    """
    out.mkdir(parents=True, exist_ok=True)
    written = unchanged = 0
    seen: set[str] = set()
    for rel, content in site.items() if isinstance(site, Mapping) else site:
        if rel in seen:
            raise ValueError(f"two generated files share the path {rel!r}")
        seen.add(rel)
        path = out / rel
        data = content.encode("utf-8") if isinstance(content, str) else \
            content.read_bytes() if isinstance(content, Path) else content
        if path.is_file() and path.read_bytes() == data:
            unchanged += 1
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written += 1
    removed = _remove_stale(out, seen)
    _write_if_changed(out / MANIFEST, json.dumps(sorted(seen), indent=0) + "\n")
    return WriteResult(written, unchanged, removed)


def _remove_stale(out: Path, keep: set[str]) -> int:
    """Delete only files listed in the previous manifest: hand-made files are never touched."""
    manifest = out / MANIFEST
    try:
        previous = set(json.loads(manifest.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        previous = set()
    removed = 0
    for rel in sorted(previous - keep):
        path = out / rel
        if path.is_file():
            path.unlink()
            removed += 1
            _prune_empty(path.parent, out)
    return removed


def _prune_empty(folder: Path, stop: Path) -> None:
    while folder != stop and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def _write_if_changed(path: Path, text: str) -> None:
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
