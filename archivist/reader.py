"""Readers: find source files, decode their bytes and split off given metadata."""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from charset_normalizer import from_bytes

from .errors import SourceError
from .formats import SUFFIXES as FORMAT_SUFFIXES
from .model import Problem, RawSource

log = logging.getLogger(__name__)

SOURCE_SUFFIXES = (".txt", ".md", *FORMAT_SUFFIXES)
SIDECAR_SUFFIXES = (".yml", ".yaml")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
# C0 controls other than tab/newline/CR are invisible, invalid in HTML and collide with
# Python-Markdown's placeholder markers, so they are removed (and reported).


class MetaLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text, so a bad date is one bad field, not a bad header."""


MetaLoader.yaml_implicit_resolvers = {
    key: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Inventory:
    """Every file under the sources folder, sorted into sources, sidecars and the rest."""

    sources: tuple[Path, ...]
    sidecars: dict[Path, Path]
    problems: tuple[Problem, ...]


def discover(root: Path) -> Inventory:
    """List every file under root; anything that is not a source or sidecar is reported."""
    files = sorted(p for p in root.rglob("*") if p.is_file())
    sources = [p for p in files if p.suffix.lower() in SOURCE_SUFFIXES and not _hidden(p, root)]
    by_stem = {p.with_suffix(""): p for p in sources}
    source_set = set(sources)
    sidecars: dict[Path, Path] = {}
    problems = []
    for path in files:
        rel = path.relative_to(root).as_posix()
        if path in source_set:
            continue
        if path.suffix.lower() in SIDECAR_SUFFIXES and path.with_suffix("") in by_stem:
            sidecars[by_stem[path.with_suffix("")]] = path
        elif path.suffix.lower() in SIDECAR_SUFFIXES:
            problems.append(Problem(rel, "sidecar metadata file with no source next to it "
                                    "(name it like the source: report.txt + report.yml)",
                                    skipped=True))
        else:
            problems.append(Problem(rel, _unsupported_reason(path, root), skipped=True))
    return Inventory(tuple(sources), sidecars, tuple(problems))


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _unsupported_reason(path: Path, root: Path) -> str:
    if _hidden(path, root):
        return "hidden file, not a source"
    return (f"unsupported file type '{path.suffix or '(none)'}'; sources are "
            f"{', '.join(SOURCE_SUFFIXES)} files")


@dataclass(frozen=True)
class SourceBytes:
    """The bytes of one source (and of its sidecar), as read from disk."""

    source: str
    data: bytes
    sidecar: str | None = None
    sidecar_data: bytes | None = None


def load_bytes(path: Path, root: Path, sidecar: Path | None = None) -> SourceBytes:
    """Read a source and its sidecar; raise SourceError if the source cannot be read."""
    rel = path.relative_to(root).as_posix()
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
    return SourceBytes(rel, data, sidecar.relative_to(root).as_posix(), side_data)


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


def decode(data: bytes, rel: str) -> tuple[str, str, list[Problem]]:
    """Decode bytes as UTF-8, else by charset detection (with a warning)."""
    if not data.strip():
        raise SourceError(rel, "empty file")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError(rel, "binary file (contains NUL bytes), not text")
    problems: list[Problem] = []
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        best = from_bytes(data).best()
        if best is None:
            raise SourceError(rel, "binary or undecodable file: no text encoding fits") from exc
        text, encoding = str(best), best.encoding
        line = data[: exc.start].count(b"\n") + 1
        problems.append(Problem(rel, f"not valid UTF-8 (first bad byte at line {line}); "
                                f"decoded as {encoding}", line=line))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if CONTROL.search(text):
        problems.append(Problem(rel, "control characters removed"))
        text = CONTROL.sub("", text)
    return text, encoding, problems


def split_front_matter(text: str, rel: str) -> tuple[dict[str, object], str, int, list[Problem]]:
    """Split YAML front matter off the top of a text; malformed YAML is reported."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text, 1, []
    body = text[match.end():]
    body_line = text[: match.end()].count("\n") + 1
    try:
        data = yaml.load(match.group(1), Loader=MetaLoader)  # noqa: S506 (safe subclass)
    except yaml.YAMLError as exc:
        line = _yaml_line(exc, offset=1)
        reason = f"malformed front matter ignored: {_yaml_msg(exc)}"
        return {}, body, body_line, [Problem(rel, reason,
                                             line=line)]
    if data is None:
        return {}, body, body_line, []
    if not isinstance(data, dict):
        return {}, body, body_line, [Problem(rel, "front matter must be a mapping of field: value",
                                             line=2)]
    return {str(k): v for k, v in data.items()}, body, body_line, []


def read_sidecar(rel: str, data: bytes) -> tuple[dict[str, object], list[Problem]]:
    """Parse a sidecar YAML file of metadata."""
    try:
        data_obj = yaml.load(data.decode("utf-8"), Loader=MetaLoader)  # noqa: S506
    except UnicodeDecodeError as exc:
        return {}, [Problem(rel, f"unreadable sidecar ignored: {exc}")]
    except yaml.YAMLError as exc:
        return {}, [Problem(rel, f"malformed sidecar ignored: {_yaml_msg(exc)}",
                            line=_yaml_line(exc))]
    if data_obj is None:
        return {}, []
    if not isinstance(data_obj, dict):
        return {}, [Problem(rel, "sidecar must be a mapping of field: value", line=1)]
    return {str(k): v for k, v in data_obj.items()}, []


def _yaml_line(exc: yaml.YAMLError, offset: int = 0) -> int | None:
    mark = getattr(exc, "problem_mark", None)
    return mark.line + 1 + offset if mark is not None else None


def _yaml_msg(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None)
    return str(problem) if problem else str(exc).splitlines()[0]
