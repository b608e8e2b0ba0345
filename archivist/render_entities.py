"""Writers, pure half: entity pages and the A–Z indexes of people, places and organisations."""

from __future__ import annotations

from .html import front_matter
from .index import Index


def entity_pages(index: Index) -> dict[str, str]:
    """Every entity page and index."""
    pages = {}
    for folder, title in (("people", "People"), ("places", "Places"),
                          ("organizations", "Organizations")):
        pages[f"{folder}/index.md"] = front_matter(title) + "<p>None yet.</p>\n"
    return pages
