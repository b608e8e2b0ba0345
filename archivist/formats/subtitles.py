"""Subtitles (.vtt, .srt) through webvtt-py: the cues as a transcript, a speaker per turn.

A WebVTT voice span ("<v Ann Berg>Welcome.") becomes the label of a turn ("Ann Berg: Welcome."),
which the converter reads like any transcript label; a cue that writes its own label ("ANN BERG:
Welcome.") keeps it. The cues one speaker says in a row are one paragraph; so are the unlabelled
cues between two labels (a subtitle splits sentences across cues). Roll-up captions repeat a
line in the next cue: it is read once. A cue of dialogue dashes ("- Yes.
/ - No.") is two speakers: a line each. Time codes, cue settings, NOTE and STYLE blocks are no text.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterable, Iterator

from ..errors import SourceError
from ..reader.decoding import decode
from . import Extracted, Limits

TAG = re.compile(r"<[^>]*>")
LABEL = re.compile(r"^[^\W\d_][^:\n]{0,60}:\s")  # "ANN BERG: …", read again by the converter
DASH = re.compile(r"^[-–—]\s*")
PARAGRAPH = 400  # characters after which an unlabelled paragraph ends at a sentence's end


def read(data: bytes, source: str, limits: Limits) -> Extracted:
    """The cues' text in order, grouped into turns and paragraphs."""
    import webvtt  # noqa: PLC0415  (loaded only when a subtitle file is present)

    text, _, problems = decode(data, source)
    fmt = "srt" if source.lower().endswith(".srt") else "vtt"
    try:
        cues = webvtt.from_buffer(io.StringIO(text), format=fmt)
    except webvtt.errors.MalformedFileError as exc:
        raise SourceError(source, f"not a {fmt} subtitle file: {exc}") from exc
    paragraphs = _paragraphs(_unrolled((cue.voice, _lines(cue.text)) for cue in cues))
    if not paragraphs:
        raise SourceError(source, "no subtitle text")
    return Extracted("\n\n".join(paragraphs) + "\n", "subtitles", problems=tuple(problems))


def _lines(text: str) -> list[str]:
    """A cue's lines without markup ("<i>", "&amp;")."""
    lines = (html.unescape(TAG.sub("", line)).strip() for line in text.split("\n"))
    return [line for line in lines if line]


def _unrolled(cues: Iterable[tuple[str | None, list[str]]]
              ) -> Iterator[tuple[str | None, list[str]]]:
    """Cues without the lines the cue before already showed for the same voice: roll-up captions
    (YouTube's) repeat each line in the next cue."""
    shown: tuple[str | None, list[str]] = (None, [])
    for who, lines in cues:
        yield who, [line for line in lines if who != shown[0] or line not in shown[1]]
        shown = (who, lines)


def _paragraphs(cues: Iterable[tuple[str | None, list[str]]]) -> list[str]:
    """Turns and paragraphs from (voice, lines) cues, in order."""
    out: list[str] = []
    voice: str | None = None
    joins = False  # whether the next unlabelled cue goes on with the last paragraph
    for who, lines in cues:
        if not lines:
            continue
        who = " ".join(who.split()) if who else None
        said = " ".join(lines)
        if len(lines) > 1 and all(DASH.match(line) for line in lines):
            out.extend(DASH.sub("", line) for line in lines)  # two speakers, unnamed
            joins = False
        elif who:
            if who == voice and out:
                out[-1] = f"{out[-1]} {said}"
            else:
                out.append(f"{who}: {said}")
            joins = False
        elif joins and not LABEL.match(said) and not _complete(out[-1]):
            out[-1] = f"{out[-1]} {said}"
        else:
            out.append(said)
            joins = True
        voice = who
    return out


def _complete(paragraph: str) -> bool:
    """A paragraph long enough to end at its last full stop."""
    return len(paragraph) >= PARAGRAPH and paragraph.endswith((".", "?", "!", "…", '"', "”"))
