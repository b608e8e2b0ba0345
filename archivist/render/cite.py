"""Citing a document: the ready citation, the data of its downloads, and head metadata.

One `Citation` per document is built from its metadata and the archive's name and address; every
output below is a pure function of it. The BibTeX, RIS and CSL-JSON downloads are built in the
reader's browser (docs/assets/document.js) from the citation's data on the page, so they can name
the passage being read and the build writes no file per document. Source text is data in each
format: head values are reduced to one line, and HTML is escaped where it is written (here, or by
the template for the head tags, see overrides/main.html); document.js escapes BibTeX and RIS.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from ..html import esc, page_url
from ..model import Document

FORMATS = {"bib": "BibTeX", "ris": "RIS", "json": "CSL-JSON"}  # built by document.js
SCHEMA_TYPES = {"article": "NewsArticle", "report": "Report"}
ZOTERO_TYPES = {"report": "report", "interview": "interview"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True)
class Publication:
    """The archive as a publisher: its name and, once published (site_url), its address."""

    name: str
    site_url: str | None = None


@dataclass(frozen=True)
class Citation:
    """What a citation of one document says."""

    key: str
    title: str
    author: str | None
    outlet: str | None
    date: dt.date | None
    kind: str
    archive: str
    page: str  # site-relative URL of the document page
    url: str | None  # the same, absolute, when the site's address is known
    original_url: str | None


def one_line(text: str | None) -> str:
    """Text with control characters and line breaks turned into single spaces."""
    return " ".join(_CONTROL.sub(" ", text or "").split())


def citation(doc: Document, publication: Publication, part: int = 1) -> Citation:
    """The citation of a document in this archive (as read on one part's page of a very long
    document, whose passages are cited at that page's address)."""
    page = page_url(f"{doc.url}index.md" if part == 1 else f"{doc.url}part-{part}/index.md")
    url = publication.site_url.rstrip("/") + "/" + page if publication.site_url else None
    m = doc.meta
    return Citation(key=re.sub(r"[^A-Za-z0-9_.:-]", "-", doc.id), title=one_line(m.title),
                    author=one_line(m.author) or None, outlet=one_line(m.outlet) or None,
                    date=m.date, kind=m.kind, archive=one_line(publication.name), page=page,
                    url=url, original_url=one_line(m.url) or None)


def long_date(day: dt.date | None) -> str:
    """'29 June 2022', or 'n.d.' (no date)."""
    return f"{day.day} {day:%B} {day.year}" if day else "n.d."


# --- on the page -------------------------------------------------------------------------------

def cite_data(c: Citation) -> str:
    """What docs/assets/document.js builds the BibTeX, RIS and CSL-JSON downloads from (JSON)."""
    data = {"key": c.key, "title": c.title, "author": c.author, "outlet": c.outlet,
            "date": c.date.isoformat() if c.date else None, "kind": c.kind,
            "archive": c.archive, "url": c.url, "original_url": c.original_url}
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def downloads(c: Citation) -> str:
    """The three download links, without content until document.js builds it (their wrapper
    stays hidden without scripts)."""
    return " · ".join(f'<a data-format="{ext}" download="{esc(c.key)}.{ext}">{label}</a>'
                      for ext, label in FORMATS.items())


def cite_row(c: Citation) -> str:
    """The metadata panel's row: a link down to the citation and the three downloads."""
    return (f'<a href="#cite">Cite this document</a><span class="cite-downloads" hidden> · '
            f"{downloads(c)}</span>")


def cite_block(c: Citation) -> str:
    """The 'Cite this document' section: a ready citation (complete without scripts), the
    downloads, how to cite a passage; its data attribute feeds the downloads."""
    author = f"{esc(c.author)}. " if c.author else ""
    outlet = f"<i>{esc(c.outlet)}</i>, " if c.outlet else ""
    shown = esc(c.url or c.page)
    when = long_date(c.date).removesuffix(".")
    text = (f"{author}“{esc(c.title)}.” {outlet}{when}. In <i>{esc(c.archive)}</i>. "
            f'<span class="cite-url">{shown}</span><span class="cite-locator"></span>. '
            "Accessed [date].")
    return (f'<section class="cite-block" aria-labelledby="cite" data-cite="{esc(cite_data(c))}">'
            f'\n<h2 id="cite">Cite this document</h2>\n'
            f'<p class="citation">{text}</p>\n'
            f'<p class="cite-downloads" hidden>Download the reference: {downloads(c)}</p>\n'
            '<p class="cite-passage"><small>To cite a passage, follow its ¶ link (shown beside '
            "each paragraph on hover or focus): the citation and the downloads then name it."
            "</small></p>\n</section>\n\n")


# --- the page head -----------------------------------------------------------------------------

def head_meta(c: Citation) -> list[list[str]]:
    """Highwire Press and Dublin Core <meta> pairs, unescaped (the template escapes them)."""
    pairs = [["citation_title", c.title]]
    if c.author:
        pairs += [["citation_author", c.author]]
    if c.date:
        pairs += [["citation_publication_date", c.date.strftime("%Y/%m/%d")],
                  ["citation_date", c.date.strftime("%Y/%m/%d")]]
    if c.outlet:
        pairs += [["citation_publisher", c.outlet]]
    if c.url:
        pairs += [["citation_public_url", c.url]]
    pairs += [["DC.title", c.title]]
    if c.author:
        pairs += [["DC.creator", c.author]]
    if c.date:
        pairs += [["DC.date", c.date.isoformat()]]
    if c.outlet:
        pairs += [["DC.publisher", c.outlet]]
    pairs += [["DC.type", zotero_type(c)], ["DC.format", "text/html"]]
    if c.url:
        pairs += [["DC.identifier", c.url]]
    if c.original_url:
        pairs += [["DC.source", c.original_url]]
    pairs += [["DC.relation.isPartOf", c.archive]]
    return pairs


def zotero_type(c: Citation) -> str:
    """DC.type as a Zotero item type, which its Embedded Metadata translator takes as is (the
    DCMI word "Text" would make every page a journal article)."""
    if c.kind == "article" and c.outlet:
        return "newspaperArticle"
    return ZOTERO_TYPES.get(c.kind, "webpage")


def json_ld(c: Citation) -> dict:
    """schema.org description of the document (serialised script-safe by the template)."""
    kind = SCHEMA_TYPES.get(c.kind, "Article")
    if kind == "NewsArticle" and not c.outlet:
        kind = "Article"
    data: dict[str, object] = {"@context": "https://schema.org", "@type": kind,
                               "headline": c.title[:110], "name": c.title, "genre": c.kind,
                               "isPartOf": {"@type": "WebSite", "name": c.archive}}
    if c.author:
        data["author"] = {"@type": "Person" if _personal(c.author) else "Organization",
                          "name": c.author}
    if c.date:
        data["datePublished"] = c.date.isoformat()
    if c.outlet:
        data["publisher"] = {"@type": "Organization", "name": c.outlet}
    if c.url:
        data["url"] = c.url
    if c.original_url:
        data["isBasedOn"] = c.original_url
    return data


def _personal(name: str) -> bool:
    """A name of two to four capitalised words, none a number: most likely a person's."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and not any(ch.isdigit() for ch in w)
                                        for w in words)


def page_meta(c: Citation) -> dict[str, object]:
    """What the document page's front matter carries for overrides/main.html's <head>."""
    return {"head_meta": head_meta(c), "jsonld": json_ld(c)}
