"""Slugs: readable ASCII, capped at a word boundary (file names have a length limit), unique."""

from __future__ import annotations

from slugify import slugify

SLUG_MAX = 80  # characters; ASCII, so far below the 255-byte file-name limit


def make_slug(text: str, max_length: int = SLUG_MAX) -> str:
    """A slug of text, cut at a word boundary so no word is cut in half."""
    return slugify(text, max_length=max_length, word_boundary=True, save_order=True)


def unique_slug(text: str, used: set[str], fallback: str, max_length: int = SLUG_MAX) -> str:
    """A slug of text not in used (a numeric suffix when taken); added to used."""
    base = make_slug(text, max_length) or fallback
    slug, number = base, 1
    while slug in used:
        number += 1
        slug = f"{base}-{number}"
    used.add(slug)
    return slug
