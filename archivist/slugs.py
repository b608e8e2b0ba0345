"""Slugs: readable ASCII, capped at a word boundary (file names have a length limit), unique."""

from __future__ import annotations

import functools

from slugify import slugify

SLUG_MAX = 80  # characters; ASCII, so far below the 255-byte file-name limit


LINK_WORDS = frozenset("a an and at by for from in of on or the to with".split())


def make_slug(text: str, max_length: int = SLUG_MAX) -> str:
    """A slug of text, cut at a word boundary so no word, and no name, is cut in half."""
    slug = slugify(text, max_length=max_length, word_boundary=True, save_order=True)
    if not slug or len(slugify(text)) <= max_length:
        return slug
    return _before_name(text.split()[:60], max_length) or slug


def _before_name(words: list[str], max_length: int) -> str | None:
    """The longest slug of leading words that fits and does not end inside a capitalised name.

    "…the candidacy of Elvira Nabiullina for the post" cut after "Elvira" would name someone
    else: cut before the name and the link words that lead to it. In a Title Case headline
    capitals mark no names, so it is cut at the last word that fits, as before.
    """
    fits, length = 0, -1
    for word in words:  # one slugify per word, not per prefix: titles can be long
        part = _word_slug_length(word)
        if part and length + 1 + part > max_length:
            break
        length += (1 + part) if part else 0
        fits += 1
    if fits == len(words) or not _capitalised(words[fits]) or _title_case(words):
        return None
    keep = fits
    while keep and _capitalised(words[keep - 1]):
        keep -= 1
    while keep and words[keep - 1].lower() in LINK_WORDS:
        keep -= 1
    if keep < 3:
        return None
    return slugify(" ".join(words[:keep]), max_length=max_length, word_boundary=True,
                   save_order=True)


@functools.lru_cache(maxsize=65536)  # titles share most of their words; slugify is slow
def _word_slug_length(word: str) -> int:
    """The length of a word's slug."""
    return len(slugify(word))


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in LINK_WORDS and any(c.isalpha() for c in w)]
    return sum(map(_capitalised, content)) >= 0.7 * len(content)


def _capitalised(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and letters[0].isupper()


def unique_slug(text: str, used: set[str], fallback: str, max_length: int = SLUG_MAX) -> str:
    """A slug of text not in used (a numeric suffix when taken); added to used."""
    base = make_slug(text, max_length) or fallback
    slug, number = base, 1
    while slug in used:
        number += 1
        slug = f"{base}-{number}"
    used.add(slug)
    return slug
