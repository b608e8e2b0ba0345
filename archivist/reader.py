"""Readers: find source files, decode their bytes and split off given metadata."""

from __future__ import annotations

import codecs
import hashlib
import logging
import os
import re
import stat
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from charset_normalizer import from_bytes

from .errors import SourceError
from .model import Problem, RawSource

log = logging.getLogger(__name__)

SOURCE_SUFFIXES = (".txt", ".md")
SIDECAR_SUFFIXES = (".yml", ".yaml")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
# C0 controls other than tab/newline/CR are invisible, invalid in HTML and collide with
# Python-Markdown's placeholder markers, so they are removed (and reported). Form feed and
# vertical tab separate words, so they become spaces (one each, keeping line numbers).
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")
SPACING = str.maketrans({"\x0b": " ", "\x0c": " "})
# C1 controls in text are almost always Windows-1252 punctuation decoded as Latin-1 (a smart
# quote scraped from a web page): read them as the cp1252 characters they stand for.
C1 = re.compile(r"[\x80-\x9f]")
BINARY_SHARE = 0.05  # above this share of control characters a decoded file is not text
YAML_DEPTH = 20  # metadata is flat; deeper nesting is an error, not a RecursionError
YAML_BUDGET = 10_000  # items + characters one metadata value may expand to (alias bombs)
# Legacy code pages tried for non-UTF-8 text, most common first (ties go to the earlier one).
CODE_PAGES = ("cp1252", "cp1250", "cp1251", "iso8859_2", "cp1257", "cp1253", "cp1254",
              "iso8859_15", "koi8_r", "mac_roman", "cp437", "cp850", "cp866")
WORD_LANGUAGES = ("en fr es pt it ca de nl sv da nb fi is pl cs sk sl sh hu ro tr lt lv ru uk "
                  "bg mk el").split()
WORD = re.compile(r"[^\W\d_]+")
NAME_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class MetaLoader(yaml.SafeLoader):
    """SafeLoader that keeps dates as text and refuses nesting deeper than metadata needs."""

    depth = 0

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        """Compose one node, counting how deep it is."""
        self.depth += 1
        try:
            if self.depth > YAML_DEPTH:
                raise yaml.composer.ComposerError(
                    None, None, f"nested more than {YAML_DEPTH} levels deep",
                    self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


MetaLoader.yaml_implicit_resolvers = {
    key: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


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


def discover(root: Path) -> Inventory:
    """List every entry under root; anything that is not a source or sidecar is reported."""
    entries, problems = _walk(root)
    sources: list[Path] = []
    candidates: list[Path] = []
    for path in entries:
        rel = rel_name(path, root)
        reason = _entry_problem(path, root)
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


def _entry_problem(path: Path, root: Path) -> str | None:
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
        if not target.is_relative_to(root.resolve()):
            return f"symlink to '{shown_name(str(target))}', outside the sources folder; not " \
                   "read (copy the file into the sources folder to publish it)"
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
    return f"unsupported file type '{shown_name(path.suffix) or '(none)'}'; sources are .txt or " \
        ".md files"


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


# --- decoding ----------------------------------------------------------------------------------

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|"
                           rb"[\xf0-\xf4][\x80-\xbf]{3}")


def decode(data: bytes, rel: str) -> tuple[str, str, list[Problem]]:
    """Decode bytes: a BOM, else UTF-16 or UTF-8, else the code page that makes real words."""
    if not data.strip():
        raise SourceError(rel, "empty file")
    text, encoding, problems = _decode_bytes(data, rel)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, more = clean_text(text, rel)
    if not text.strip():
        raise SourceError(rel, "binary file (control characters only), not text")
    return text, encoding, problems + more


def _decode_bytes(data: bytes, rel: str) -> tuple[str, str, list[Problem]]:
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _lenient(data, codec, rel)
    if b"\x00" in data and (utf16 := _utf16(data)):
        return data.decode(utf16), utf16, [Problem(rel, f"UTF-16 text without byte-order mark; "
                                                   f"read as {utf16}", info=True)]
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        if _mostly_utf8(data):
            return _lenient(data, "utf-8", rel)
        encoding = legacy_encoding(data)
        if encoding is None:
            raise SourceError(rel, "binary or undecodable file: no text encoding fits") from exc
        text = data.decode(encoding, errors="replace")
        if len(CONTROL.findall(text, 0, 65536)) > BINARY_SHARE * min(len(text), 65536):
            raise SourceError(rel, "binary file (not UTF-8, and control characters in every "
                              "reading), not text")
        problem = Problem(rel, f"not valid UTF-8 (first bad byte at line {line}); decoded as "
                          f"{encoding}", line=line)
        return text, encoding, [problem]


def _lenient(data: bytes, codec: str, rel: str) -> tuple[str, str, list[Problem]]:
    """Decode with U+FFFD for bad bytes, naming the lines that held them."""
    text = data.decode(codec, errors="replace")
    if "\ufffd" not in text:
        return text, codec, []
    lines = [n for n, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1)
             if "\ufffd" in line]
    where = ", ".join(map(str, lines[:10])) + (" …" if len(lines) > 10 else "")
    return text, codec, [Problem(rel, f"invalid {codec} bytes replaced by � on line(s) {where}",
                                 line=lines[0])]


def _mostly_utf8(data: bytes) -> bool:
    """Whether a file that fails to decode is UTF-8 with a few bad bytes (not a code page).

    A valid multi-byte sequence is strong evidence: in code-page text it takes a letter such as
    Ã or ß followed by one of the few punctuation bytes in 0x80-0xBF.
    """
    good = len(UTF8_SEQUENCE.findall(data))
    bad = data.decode("utf-8", errors="replace").count("\ufffd") - data.count(b"\xef\xbf\xbd")
    return good > 0 and bad <= 2 * good + 8


def _utf16(data: bytes) -> str | None:
    """utf-16-le or -be if the bytes are UTF-16 text without a byte-order mark, else None."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    codec = "utf-16-le" if odd > 4 * even else "utf-16-be" if even > 4 * odd else None
    if codec is None or max(even, odd) < len(data) // 8:  # a NUL or two is not UTF-16
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return codec if not CONTROL.search(text) else None


def legacy_encoding(data: bytes) -> str | None:
    """The legacy code page whose reading of the bytes makes the most real words."""
    sample = data[:100_000]
    detected = [m.encoding for m in from_bytes(sample)]
    order = list(dict.fromkeys([*detected, *CODE_PAGES]))
    scored = []
    for rank, encoding in enumerate(order):
        try:
            text = sample.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if encoding in detected or not CONTROL.search(text):
            scored.append((real_words(text), -rank, encoding))
    return max(scored)[2] if scored else None


def real_words(text: str) -> int:
    """How many words with non-ASCII letters are words of one language (wordfreq's lists)."""
    counts: dict[str, int] = {}
    for word in WORD.findall(text):
        if len(word) > 1 and not word.isascii():  # one letter is no evidence ("Ł120")
            counts[word.lower()] = counts.get(word.lower(), 0) + 1
    if not counts:
        return 0
    return max(sum(n for w, n in counts.items() if w in _wordlist(lang)) for lang in WORD_LANGUAGES)


@lru_cache(maxsize=None)
def _wordlist(lang: str) -> frozenset[str]:
    import wordfreq  # noqa: PLC0415 (loaded only for the rare non-UTF-8 file)

    return frozenset(wordfreq.get_frequency_dict(lang, wordlist="small"))


def clean_text(text: str, rel: str, field: str = "") -> tuple[str, list[Problem]]:
    """Form feed and vertical tab as spaces; C1 controls as cp1252; other controls removed."""
    if not ODD.search(text):
        return text, []
    problems: list[Problem] = []
    text = text.translate(SPACING)
    where = f" in '{field}'" if field else ""
    if C1.search(text):
        problems.append(Problem(rel, f"C1 control characters{where} read as Windows-1252 "
                                "punctuation", line=_line_of(text, C1, field)))
        text = C1.sub(_cp1252, text)
    if CONTROL.search(text) or SURROGATE.search(text):
        problems.append(Problem(rel, f"control characters{where} removed",
                                line=_line_of(text, CONTROL, field)))
        text = SURROGATE.sub("", CONTROL.sub("", text))
    return text, problems


SURROGATE = re.compile(r"[\ud800-\udfff]")
ODD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _cp1252(match: re.Match[str]) -> str:
    try:
        return bytes([ord(match[0])]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d stand for nothing
        return ""


def _line_of(text: str, pattern: re.Pattern[str], field: str) -> int | None:
    match = pattern.search(text)
    return None if field or match is None else text.count("\n", 0, match.start()) + 1


# --- metadata ----------------------------------------------------------------------------------

def split_front_matter(text: str, rel: str) -> tuple[dict[str, object], str, int, list[Problem]]:
    """Split YAML front matter off the top; a block that is not metadata stays text."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text, 1, []
    body = text[match.end():]
    body_line = text[: match.end()].count("\n") + 1
    data, problem = load_yaml(match.group(1), rel, "the --- block at the top", offset=1)
    if problem is not None:
        return {}, text, 1, [replace_reason(problem, f"{problem.reason}; kept as text")]
    if data is None:
        return {}, body, body_line, []
    given, problems = _mapping(data, rel)
    return given, body, body_line, problems


def read_sidecar(rel: str, data: bytes) -> tuple[dict[str, object], list[Problem]]:
    """Parse a sidecar YAML file of metadata."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return {}, [Problem(rel, f"unreadable sidecar ignored: {exc}")]
    data_obj, problem = load_yaml(text, rel, "sidecar")
    if problem is not None:
        return {}, [replace_reason(problem, f"{problem.reason}; ignored")]
    return _mapping(data_obj, rel) if data_obj is not None else ({}, [])


def load_yaml(text: str, rel: str, what: str, offset: int = 0
              ) -> tuple[object, Problem | None]:
    """Parse metadata YAML, or say why it is not metadata (malformed, too deep, not a mapping)."""
    try:
        data = yaml.load(text, Loader=MetaLoader)  # noqa: S506 (safe subclass)
    except yaml.YAMLError as exc:
        return None, Problem(rel, f"{what} is not valid metadata: {_yaml_msg(exc)}",
                             line=_yaml_line(exc, offset))
    except RecursionError:
        return None, Problem(rel, f"{what} is not valid metadata: nested too deeply",
                             line=1 + offset)
    if data is not None and not isinstance(data, dict):
        return None, Problem(rel, f"{what} is not metadata: it must be a mapping of "
                             "field: value", line=1 + offset)
    return data, None


def _mapping(data: dict, rel: str) -> tuple[dict[str, object], list[Problem]]:
    """The fields of a metadata mapping; values that expand too far (alias bombs) are dropped."""
    given: dict[str, object] = {}
    problems: list[Problem] = []
    for key, value in data.items():
        if _expands_past(value, YAML_BUDGET):
            problems.append(Problem(rel, f"value of '{key}' expands to more than {YAML_BUDGET:,} "
                                    "items or characters (YAML aliases?); ignored"))
        else:
            given[str(key)] = value
    return given, problems


def _expands_past(value: object, budget: int) -> bool:
    """Whether a value, with every alias expanded, holds more than budget items + characters."""
    stack, used = [value], 0
    while stack:
        item = stack.pop()
        used += 1 + (len(item) if isinstance(item, str) else 0)
        if used > budget:
            return True
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
    return False


def replace_reason(problem: Problem, reason: str) -> Problem:
    """The same problem with another reason."""
    return Problem(problem.source, reason, problem.line, problem.skipped, problem.info)


def _yaml_line(exc: yaml.YAMLError, offset: int = 0) -> int | None:
    mark = getattr(exc, "problem_mark", None)
    return mark.line + 1 + offset if mark is not None else None


def _yaml_msg(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None)
    return str(problem) if problem else str(exc).splitlines()[0]


OPENERS = {"\u202a": "\u202c", "\u202b": "\u202c", "\u202d": "\u202c", "\u202e": "\u202c",
           "\u2066": "\u2069", "\u2067": "\u2069", "\u2068": "\u2069"}
CLOSERS = {"\u202c", "\u2069"}


def close_bidi(text: str) -> str:
    """Text with every bidirectional embedding, override or isolate it opens closed at its end."""
    if not any(c in OPENERS for c in text):
        return text
    stack: list[str] = []
    for char in text:
        if char in OPENERS:
            stack.append(OPENERS[char])
        elif char in CLOSERS and stack and stack[-1] == char:
            stack.pop()
    return text + "".join(reversed(stack))
