"""Inventory: every entry under the sources folder, sorted into sources, sidecars and the rest.

Links, pipes and other special files are reported, never opened; names that are not valid
UTF-8 are shown with \\xNN escapes.
"""

from __future__ import annotations

import logging
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from ..formats import SUFFIXES as FORMAT_SUFFIXES
from ..model import Problem

log = logging.getLogger(__name__)

SOURCE_SUFFIXES = (".txt", ".md", *FORMAT_SUFFIXES)
SIDECAR_SUFFIXES = (".yml", ".yaml")
NAME_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class Inventory:
    """Every entry under the sources folder, sorted into sources, sidecars and the rest."""

    sources: tuple[Path, ...]
    sidecars: dict[Path, Path]
    problems: tuple[Problem, ...]


def rel_name(path: Path, root: Path) -> str:
    """The path relative to root as text; bytes that are not UTF-8 are shown as \\xNN."""
    return shown_name(path.relative_to(root).as_posix())


def shown_name(name: str) -> str:
    """A file name as printable text: undecodable bytes and control characters as \\xNN."""
    text = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return NAME_CONTROL.sub(lambda m: f"\\x{ord(m[0]):02x}", text)


def discover(root: Path, outside_links: bool = False) -> Inventory:
    """List every entry under root; anything that is not a source or sidecar is reported.

    Symlinks to files outside root are skipped unless outside_links; then they are read, with a
    note naming the target.
    """
    entries, problems = _walk(root)
    sources: list[Path] = []
    candidates: list[Path] = []
    for path in entries:
        rel = rel_name(path, root)
        reason = _entry_problem(path, root, outside_links)
        if reason is None and (target := _outside(path, root)):
            problems.append(Problem(rel, f"symlink to '{target}', outside the sources folder: "
                                    "read (outside_links: true)", info=True))
        if reason is None and path.suffix.lower() in SOURCE_SUFFIXES and not _hidden(path, root):
            sources.append(path)
            if rel != path.relative_to(root).as_posix():
                problems.append(Problem(rel, _name_reason(path.relative_to(root).as_posix())))
        elif reason is None and path.suffix.lower() in SIDECAR_SUFFIXES:
            candidates.append(path)
        else:
            problems.append(Problem(rel, reason or _unsupported_reason(path, root), skipped=True))
    sidecars, more = match_sidecars(sources, candidates, root)
    return Inventory(tuple(sources), sidecars, tuple(problems + more))


def _name_reason(rel: str) -> str:
    """Why a source's name is shown with \\x escapes."""
    what = "is not valid UTF-8 (as unzipped from a Windows archive)" if SURROGATE.search(rel) \
        else "holds control characters"
    return f"file name {what}; shown with \\x escapes: rename it"


def _walk(root: Path) -> tuple[list[Path], list[Problem]]:
    """Every non-folder entry under root (links to folders included, not followed), sorted."""
    entries: list[Path] = []
    problems: list[Problem] = []

    def unreadable(exc: OSError) -> None:
        name = rel_name(Path(exc.filename), root) if exc.filename else "."
        problems.append(Problem(name, f"unreadable folder: {exc.strerror or exc}", skipped=True))

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        base = Path(folder)
        entries.extend(base / name for name in files)
        entries.extend(base / name for name in dirs if (base / name).is_symlink())
    return sorted(entries), problems


def _outside(path: Path, root: Path) -> str | None:
    """The target of a symlink pointing outside root (shown), else None."""
    if not path.is_symlink():
        return None
    target = path.resolve()
    return None if target.is_relative_to(root.resolve()) else shown_name(str(target))


def _entry_problem(path: Path, root: Path, outside_links: bool = False) -> str | None:
    """Why an entry cannot be read as a file (links, pipes, devices), or None."""
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError) as exc:
            loop = isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == 40
            where = shown_name(os.readlink(path))
            return (f"symlink loop through '{where}'; not read" if loop
                    else f"dangling symlink to '{where}' (nothing there); not read")
        if target.is_dir():
            return "symlink to a folder; links to folders are not followed (move the folder " \
                   "into the sources folder instead)"
        if not outside_links and not target.is_relative_to(root.resolve()):
            return f"symlink to '{shown_name(str(target))}', outside the sources folder; not " \
                   "read (copy the file in, or set outside_links: true, to publish it)"
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return f"unreadable file: {exc.strerror or exc}"
    if not stat.S_ISREG(mode):
        kind = "named pipe" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode) \
            else "device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "special file"
        return f"not a regular file ({kind}); not read"
    return None


def match_sidecars(sources: list[Path], candidates: list[Path], root: Path
                   ) -> tuple[dict[Path, Path], list[Problem]]:
    """Pair each sidecar with the source(s) of its name; report orphans and rivals."""
    by_stem: dict[Path, list[Path]] = {}
    for source in sources:
        by_stem.setdefault(source.with_suffix(""), []).append(source)
    sides: dict[Path, list[Path]] = {}
    for side in candidates:
        sides.setdefault(side.with_suffix(""), []).append(side)
    sidecars: dict[Path, Path] = {}
    problems: list[Problem] = []
    for stem, found in sorted(sides.items()):
        used, *rivals = sorted(found)
        owners = by_stem.get(stem, [])
        if not owners:
            problems.extend(Problem(rel_name(s, root), "sidecar metadata file with no source next "
                                    "to it (name it like the source: report.txt + report.yml)",
                                    skipped=True) for s in found)
            continue
        for rival in rivals:
            problems.append(Problem(rel_name(rival, root), "rival sidecar ignored: "
                                    f"{rel_name(used, root)} is the metadata of "
                                    f"{rel_name(owners[0], root)}; merge the two", skipped=True))
        if len(owners) > 1:
            names = " and ".join(rel_name(o, root) for o in owners)
            problems.append(Problem(rel_name(used, root), f"sidecar shared by {names}: applied "
                                    "to each; give each source its own"))
        sidecars.update((owner, used) for owner in owners)
    return sidecars, problems


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _unsupported_reason(path: Path, root: Path) -> str:
    if _hidden(path, root):
        return "hidden file, not a source"
    return (f"unsupported file type '{shown_name(path.suffix) or '(none)'}'; sources are "
            f"{', '.join(SOURCE_SUFFIXES)} files")
