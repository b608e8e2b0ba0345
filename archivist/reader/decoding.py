"""Decoding: bytes to text whatever the encoding; every repair is reported with its line."""

from __future__ import annotations

import codecs
import logging
import re
from functools import lru_cache

from charset_normalizer import from_bytes

from ..errors import SourceError
from ..model import Problem

log = logging.getLogger(__name__)

# C0 controls other than tab/newline/CR are invisible, invalid in HTML and collide with
# Python-Markdown's placeholder markers, so they are removed (and reported). Form feed and
# vertical tab separate words, so they become spaces (one each, keeping line numbers).
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")
SPACING = str.maketrans({"\x0b": " ", "\x0c": " "})
# C1 controls in text are almost always Windows-1252 punctuation decoded as Latin-1 (a smart
# quote scraped from a web page): read them as the cp1252 characters they stand for.
C1 = re.compile(r"[\x80-\x9f]")
SURROGATE = re.compile(r"[\ud800-\udfff]")
ODD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
BINARY_SHARE = 0.05  # above this share of control characters a decoded file is not text
# Legacy code pages tried for non-UTF-8 text, most common first (ties go to the earlier one).
CODE_PAGES = ("cp1252", "cp1250", "cp1251", "iso8859_2", "cp1257", "cp1253", "cp1254",
              "iso8859_15", "koi8_r", "mac_roman", "cp437", "cp850", "cp866")
WORD_LANGUAGES = ("en fr es pt it ca de nl sv da nb fi is pl cs sk sl sh hu ro tr lt lv ru uk "
                  "bg mk el").split()
WORD = re.compile(r"[^\W\d_]+")
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
    if text.isspace():
        raise SourceError(rel, "empty file (whitespace only)")
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

    # The words alone (get_frequency_dict's keys, without its frequencies), and wordfreq's own
    # copy of the list dropped: this set is then the only one held (~30 languages, 1.2M words).
    words = frozenset(wordfreq.iter_wordlist(lang, wordlist="small"))
    wordfreq.get_frequency_list.cache_clear()
    return words


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


def _cp1252(match: re.Match[str]) -> str:
    try:
        return bytes([ord(match[0])]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d stand for nothing
        return ""


def _line_of(text: str, pattern: re.Pattern[str], field: str) -> int | None:
    match = pattern.search(text)
    return None if field or match is None else text.count("\n", 0, match.start()) + 1


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
