"""Format readers: saved web pages, PDF, Word and e-mail become text like a `.txt` source.

Every reader has one interface, `read(data, source, limits) -> Extracted`: the file's bytes and
its path (relative to the sources folder, used only in messages) in; the extracted text, the
format's own metadata (title, author, date, ... named like the metadata fields), structure hints
(page anchors, block kinds such as a Word heading), details (To, Cc, pages) and warnings
out. A file that cannot become a document raises
`SourceError` naming the file and, where there is one, the page or message number.

Readers are registered in `FORMATS` by file suffix. Each lives in its own module, imported only
when a file of that format is read, so the heavy libraries (trafilatura, pypdfium2,
python-docx) cost nothing to an archive of text files.

- `.html`, `.htm` (html.py, trafilatura + htmldate): the article's main text without menus,
  footers or scripts; title, author, publication date, site name, canonical URL, description,
  language. The original is published as `source.html.txt`, so none of its scripts can run.
- `.pdf` (pdf.py, pypdfium2): the text layer page by page, each page anchored (`#page-N`);
  title and author from the document info, its creation date only where the text has none.
  No text layer at all: skipped ("no text layer"); some pages without: a warning naming them.
  With `ocr: true`, such pages are read by Tesseract instead (ocr.py).
- `.docx` (docx.py, python-docx): headings, paragraphs, lists (nested, bulleted or numbered as
  Word shows them: wordlists.py), table rows and footnotes in order; title and author from the
  core properties, the created date only where the text has none.
- `.eml` (email.py, stdlib email): subject, From, Date, To/Cc, Message-ID, In-Reply-To,
  References, attachment names, the plain body (or the HTML body as text). The index links a
  thread from these headers (index.threads), across mbox and .eml files.
- `.mbox` (email.py, stdlib mailbox): split first, one document per message, whose source is
  `box.mbox#message-N`; each message is then read as an `.eml`.
- `.vtt`, `.srt` (subtitles.py, webvtt-py): the cues as a transcript; a WebVTT voice
  ("<v Ann Berg>") labels its turn, a cue's own "NAME:" label is kept; no time codes.

The extracted text then goes through the same pipeline as a `.txt` source; format metadata has
the precedence of detected values (it wins over detection from the text, a sidecar `.yml`
overrides it). Size and expansion limits (`Limits`) are settings with safe defaults.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from ..errors import SourceError
from ..model import Problem

MB = 1024 * 1024
MEMBER = re.compile(r"#message-(\d+)\Z")
# C0 controls are invalid in HTML and collide with Markdown placeholders (as in reader.py).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Limits:
    """Size and expansion limits on one input file (safe defaults; settable in mkdocs.yml), and
    whether pages without text are read by OCR."""

    file_mb: int = 100  # larger files are skipped before they are read
    expanded_mb: int = 200  # uncompressed size of a .docx (zip) archive
    ratio: int = 100  # compression ratio above which a zip member is treated as a bomb
    pages: int = 5000  # PDF pages read
    messages: int = 50000  # messages read from one mbox
    ocr: bool = False  # read PDF pages without a text layer by OCR (setting `ocr`, not a limit)

    def key(self) -> str:
        """A cache-key fragment: results depend on the limits."""
        return (f"{self.file_mb}/{self.expanded_mb}/{self.ratio}/{self.pages}/{self.messages}/"
                f"{self.ocr}")


@dataclass(frozen=True)
class Extracted:
    """What a format reader got out of one file."""

    text: str
    format: str
    meta: dict[str, object] = field(default_factory=dict)
    anchors: tuple[tuple[int, str], ...] = ()  # (line of text, anchor id), e.g. (41, "page-3")
    details: tuple[tuple[str, str], ...] = ()  # (label, value) shown with the metadata
    problems: tuple[Problem, ...] = ()
    weak: dict[str, object] = field(default_factory=dict)  # used only where the text has none
    kinds: tuple[tuple[int, str, int], ...] = ()  # (line, block kind, level) the format knows


Reader = Callable[[bytes, str, Limits], Extracted]


@dataclass(frozen=True)
class Format:
    """One registered format: its name, the module holding `read`, and its original suffix."""

    name: str
    module: str
    container: bool = False  # holds many documents (mbox): split before reading


FORMATS: dict[str, Format] = {
    ".html": Format("html", "html"),
    ".htm": Format("html", "html"),
    ".pdf": Format("pdf", "pdf"),
    ".docx": Format("docx", "docx"),
    ".eml": Format("email", "email"),
    ".mbox": Format("email", "email", container=True),
    ".vtt": Format("subtitles", "subtitles"),
    ".srt": Format("subtitles", "subtitles"),
}
SUFFIXES = tuple(sorted(FORMATS))


def format_of(source: str) -> Format | None:
    """The registered format of a source path (an mbox member reads as one message)."""
    return FORMATS.get(PurePosixPath(MEMBER.sub("", source)).suffix.lower())


def reader(fmt: Format) -> Reader:
    """The format's read function, importing its module (and library) on first use."""
    return importlib.import_module(f"{__name__}.{fmt.module}").read  # type: ignore[no-any-return]


def extract(data: bytes, source: str, limits: Limits) -> Extracted:
    """Run the registered reader of a source; a library's unexpected failure names the file."""
    fmt = format_of(source)
    if fmt is None:
        raise SourceError(source, "no reader for this file type")
    if len(data) > limits.file_mb * MB:
        raise SourceError(source, too_big(len(data), limits))
    try:
        return reader(fmt)(data, source, limits)
    except SourceError:
        raise
    except Exception as exc:  # noqa: BLE001  (a corrupt file must not stop the build)
        raise SourceError(source, f"unreadable {fmt.name} file: "
                          f"{type(exc).__name__}: {str(exc)[:200]}") from exc


def too_big(size: int, limits: Limits) -> str:
    """The reason a file over the size limit is skipped."""
    return (f"file too large ({size / MB:.1f} MB; the limit is {limits.file_mb} MB, "
            "setting extra.archive.limits.file_mb)")


def split(data: bytes, source: str, limits: Limits) -> tuple[list[tuple[str, bytes]],
                                                            list[Problem]]:
    """A container's members as (source#message-N, bytes); other files as themselves."""
    fmt = format_of(source)
    if fmt is None or not fmt.container or MEMBER.search(source):
        return [(source, data)], []
    module = importlib.import_module(f"{__name__}.{fmt.module}")
    try:
        return module.split(data, source, limits)  # type: ignore[no-any-return]
    except Exception as exc:  # noqa: BLE001  (a corrupt container must not stop the build)
        return [], [Problem(source, f"unreadable {fmt.name} container: "
                            f"{type(exc).__name__}: {str(exc)[:200]}", skipped=True)]
