"""A–Z indexes of people, places and organisations that stay usable with thousands of entries.

People are sorted by surname (the last word of the name, after dropping Jr./Sr./II…; folded to
ASCII), shown as written; places and organisations by name. Each page has a jump bar of every
letter (a letter on another page of a long index links there), and docs/assets/az.js adds a
filter box (names and aliases) and a sort by number of documents for the page shown.
"""

from __future__ import annotations

from itertools import groupby

from anyascii import anyascii

from ..html import esc, front_matter, href, page_src, pager, paginate, plural
from ..index import Index
from ..model import TYPE_FOLDERS, Entity

INDEX_PAGE = 1000
LABELS = {"person": ("person", "people"), "place": ("place", "places"),
          "organization": ("organization", "organizations")}
TITLES = {"person": "People", "place": "Places", "organization": "Organizations"}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}
OTHER = "#"


def fold(text: str) -> str:
    """ASCII, lower case: 'Erdoğan' and 'Erdogan' sort and filter alike."""
    return anyascii(text).lower()


def surname(name: str) -> str:
    """The word a person's name is sorted by: the last one that is not a generational suffix."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in SUFFIXES:
        words.pop()
    return words[-1] if words else name


def sort_key(entity: Entity) -> tuple[str, str, str]:
    """Surname first for people, then the whole name; the id breaks ties."""
    first = surname(entity.name) if entity.type == "person" else entity.name
    return (fold(first).strip(), fold(entity.name), entity.id)


def letter(entity: Entity) -> str:
    """The jump-bar letter of an entity (A–Z, or # for anything else)."""
    first = sort_key(entity)[0][:1].upper()
    return first if "A" <= first <= "Z" else OTHER


def anchor(mark: str) -> str:
    """The id of a letter's heading."""
    return f"letter-{mark.lower()}" if mark != OTHER else "letter-other"


def entity_index(etype: str, index: Index) -> dict[str, str]:
    """The paginated A–Z index of one type, with its jump bar and filter."""
    folder = TYPE_FOLDERS[etype]
    items = sorted((e for e in index.entities.values() if e.type == etype), key=sort_key)
    chunks = paginate(items, INDEX_PAGE)
    pages_of: dict[str, int] = {}
    for number, chunk in enumerate(chunks, start=1):
        for e in chunk:
            pages_of.setdefault(letter(e), number)
    pages = {}
    for number, chunk in enumerate(chunks, start=1):
        here = page_src(folder, number)
        title = TITLES[etype] if number == 1 else f"{TITLES[etype]} (page {number})"
        pages[here] = (front_matter(title) + _intro(etype, len(items)) +
                       jump_bar(folder, here, number, pages_of) + _tools(etype) +
                       pager(folder, number, len(chunks)) + _groups(chunk, index, here) +
                       pager(folder, number, len(chunks)) +
                       f'<script src="{href(here, "assets/az.js")}" defer></script>\n')
    return pages


def _intro(etype: str, count: int) -> str:
    one, many = LABELS[etype]
    order = "by surname" if etype == "person" else "by name"
    return (f"<p>{plural(count, one, many)}, A–Z {order}, with the number of documents "
            "each appears in.</p>\n\n")


def jump_bar(folder: str, here: str, number: int, pages_of: dict[str, int]) -> str:
    """Every letter; those with entries link to their heading (on this page or another)."""
    marks = []
    for mark in [chr(c) for c in range(ord("A"), ord("Z") + 1)] + [OTHER]:
        page = pages_of.get(mark)
        if page is None:
            marks.append(f'<span aria-hidden="true">{mark}</span>')
            continue
        target = "" if page == number else href(here, page_src(folder, page))
        marks.append(f'<a href="{target}#{anchor(mark)}">{esc(mark)}</a>')
    return f'<nav class="az-bar" aria-label="Jump to a letter">{"".join(marks)}</nav>\n\n'


def _tools(etype: str) -> str:
    """The filter box and the sort choice (hidden until docs/assets/az.js runs)."""
    what = LABELS[etype][1]
    return ('<div class="az-tools" hidden><label>Filter <input type="search" class="az-filter" '
            f'placeholder="Name or alias" aria-controls="az-list"></label> '
            '<label>Sort <select class="az-sort"><option value="az">A–Z</option>'
            '<option value="docs">most documents first</option></select></label> '
            f'<span class="az-count" role="status" data-what="{esc(what)}"></span></div>\n\n')


def _groups(chunk: list[Entity], index: Index, here: str) -> str:
    out = ['<div id="az-list">']
    for mark, group in groupby(chunk, key=letter):
        rows = "".join(_row(e, index, here) for e in group)
        out.append(f'<section class="az-letter"><h2 id="{anchor(mark)}">{esc(mark)}</h2>\n'
                   f'<ul class="entity-list">{rows}</ul></section>\n')
    out.append("</div>\n\n")
    return "".join(out)


def _row(entity: Entity, index: Index, here: str) -> str:
    docs = len(index.entity_docs.get(entity.id, ()))
    names = fold(" ".join(entity.all_names))
    target = href(here, f"{TYPE_FOLDERS[entity.type]}/{entity.id}/index.md")
    return (f'<li data-docs="{docs}" data-names="{esc(names)}"><a href="{target}">'
            f"{esc(entity.name)}</a> <small>{docs:,}</small></li>")
