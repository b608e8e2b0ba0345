"""Saved web pages: the article's main text and metadata, through trafilatura (dates: htmldate)."""

from __future__ import annotations

import logging
from typing import Any

import trafilatura

from ..errors import SourceError
from ..model import Problem
from . import Extracted, Limits

log = logging.getLogger(__name__)

# The page's own publication date from its markup, ISO. Not `original_date` (the oldest date on
# the page, often an embedded photo's or a related item's), not the free-text search (a guess:
# when the markup has no date, the text's own detection runs as for a .txt).
DATE_PARAMS = {"extensive_search": False, "original_date": False, "outputformat": "%Y-%m-%d"}
# trafilatura field → our metadata field.
FIELDS = {"title": "title", "author": "author", "date": "date", "sitename": "outlet",
          "url": "url"}
FEW_WORDS = 20  # below this, the page is kept but reported: nothing is lost, nothing hidden
DETAILS = {"description": "Description", "language": "Language", "hostname": "Site"}


def read(data: bytes, source: str, limits: Limits) -> Extracted:
    """The main text of a saved page, one paragraph per block, and its metadata."""
    result = extract_page(data)
    if result is None or not (result.get("text") or "").strip():
        raise SourceError(source, "no article text found in this web page "
                                  "(menus, scripts and boilerplate only)")
    paragraphs = [line.strip() for line in result["text"].split("\n") if line.strip()]
    meta = {ours: result[theirs] for theirs, ours in FIELDS.items()
            if isinstance(result.get(theirs), str) and result[theirs].strip()}
    if meta.get("url") and not str(meta["url"]).startswith(("http://", "https://")):
        del meta["url"]
    details = tuple((label, str(result[key]).strip()) for key, label in DETAILS.items()
                    if isinstance(result.get(key), str) and result[key].strip())
    words = sum(len(p.split()) for p in paragraphs)
    problems = () if words >= FEW_WORDS else (Problem(
        source, f"very little article text found ({words} word{'s' if words > 1 else ''}): "
                "a menu or index page rather than an article?"),)
    return Extracted("\n\n".join(paragraphs) + "\n", "html", meta, details=details,
                     problems=problems)


def extract_page(data: bytes, **options: Any) -> dict[str, Any] | None:
    """trafilatura's main text (plain, tables included, comments not) and metadata as a dict."""
    settings = {"with_metadata": True, "include_comments": False, "include_tables": True,
                "include_images": False, "include_links": False, "deduplicate": False,
                "date_extraction_params": DATE_PARAMS, **options}
    doc = trafilatura.bare_extraction(data, **settings)
    if doc is None:
        return None
    return doc if isinstance(doc, dict) else doc.as_dict()
