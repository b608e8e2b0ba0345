"""Citing a document: the ready citation, BibTeX, RIS and CSL-JSON files, and head metadata.

One `Citation` per document is built from its metadata and the archive's name and address; every
output below is a pure function of it. Source text is data in each format: BibTeX values are
LaTeX-escaped (braces as \\textbraceleft{} so a hostile title cannot unbalance the entry), RIS and
head values are reduced to one line, and HTML is escaped where it is written (here, or by the
template for the head tags, see overrides/main.html).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from .html import esc, href, page_url
from .model import Document

FILES = {"bib": "BibTeX", "ris": "RIS", "json": "CSL-JSON"}
CSL_TYPES = {"article": "article-newspaper", "transcript": "speech", "interview": "interview",
             "report": "report", "statement": "speech"}
RIS_TYPES = {"article": "NEWS", "report": "RPRT", "interview": "GEN", "transcript": "GEN"}
SCHEMA_TYPES = {"article": "NewsArticle", "report": "Report"}
ZOTERO_TYPES = {"report": "report", "interview": "interview"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_LATEX = {"\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}",
          "$": r"\$", "&": r"\&", "%": r"\%", "#": r"\#", "_": r"\_",
          "^": r"\textasciicircum{}", "~": r"\textasciitilde{}"}
_LATEX_CHARS = re.compile("[" + re.escape("".join(_LATEX)) + "]")


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


def citation(doc: Document, publication: Publication) -> Citation:
    """The citation of a document in this archive."""
    page = page_url(f"{doc.url}index.md")
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

def downloads(c: Citation, here: str) -> str:
    """Links to the three citation files."""
    return " · ".join(f'<a href="{href(here, cite_file(c, ext))}" download>{label}</a>'
                      for ext, label in FILES.items())


def cite_row(c: Citation, here: str) -> str:
    """The metadata panel's row: a link down to the citation and the three downloads."""
    return f'<a href="#cite">Cite this document</a> · {downloads(c, here)}'


def cite_block(c: Citation, here: str) -> str:
    """The 'Cite this document' section: a ready citation, the downloads, how to cite a passage."""
    author = f"{esc(c.author)}. " if c.author else ""
    outlet = f"<i>{esc(c.outlet)}</i>, " if c.outlet else ""
    shown = esc(c.url or c.page)
    when = long_date(c.date).removesuffix(".")
    text = (f"{author}“{esc(c.title)}.” {outlet}{when}. In <i>{esc(c.archive)}</i>. "
            f'<span class="cite-url">{shown}</span>. Accessed [date].')
    return (f'<section class="cite-block" aria-labelledby="cite">\n'
            f'<h2 id="cite">Cite this document</h2>\n'
            f'<p class="citation" data-page="{esc(c.page)}">{text}</p>\n'
            f'<p class="cite-downloads">Download the reference: {downloads(c, here)}</p>\n'
            '<p class="cite-passage"><small>To cite a passage, follow its ¶ link (shown beside '
            "each paragraph on hover or focus): the address above then names it.</small></p>\n"
            "</section>\n\n")


def cite_file(c: Citation, ext: str) -> str:
    """Site path of one of the document's citation files."""
    return f"{c.page.rsplit('/', 1)[0]}/cite.{ext}"


# --- files -------------------------------------------------------------------------------------

def latex(text: str) -> str:
    """Text as a BibTeX value: LaTeX specials escaped, braces always balanced."""
    return _LATEX_CHARS.sub(lambda m: _LATEX[m[0]], one_line(text))


def bibtex(c: Citation) -> str:
    """A BibTeX @misc entry (biblatex fields date and url; classic year and howpublished)."""
    fields = [("title", "{" + latex(c.title) + "}"), ("author", latex(c.author or "")),
              ("howpublished", latex(c.outlet or "")),
              ("date", c.date.isoformat() if c.date else ""),
              ("year", str(c.date.year) if c.date else ""),
              ("url", latex(c.url or "")), ("note", latex(f"{c.archive}; {c.kind}")),
              ("addendum", latex(f"Original: {c.original_url}" if c.original_url else ""))]
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields if v)
    return f"@misc{{{c.key},\n{body}\n}}\n"


def ris(c: Citation) -> str:
    """An RIS record (CRLF line ends, as the format's readers expect)."""
    rows = [("TY", RIS_TYPES.get(c.kind, "GEN")), ("TI", c.title), ("AU", c.author or ""),
            ("T2", c.outlet or ""), ("PB", c.outlet or ""),
            ("PY", str(c.date.year) if c.date else ""),
            ("DA", c.date.strftime("%Y/%m/%d") if c.date else ""),
            ("UR", c.url or ""), ("DB", c.archive), ("M3", c.kind),
            ("N1", f"Original: {c.original_url}" if c.original_url else ""), ("ER", "")]
    return "".join(f"{tag}  - {one_line(value)}\r\n" for tag, value in rows
                   if value or tag == "ER")


def csl(c: Citation) -> dict:
    """The CSL-JSON item (names as literals: the author field is not parsed into name parts)."""
    item: dict[str, object] = {"id": c.key, "type": CSL_TYPES.get(c.kind, "document"),
                               "title": c.title, "archive": c.archive, "genre": c.kind}
    if c.author:
        item["author"] = [{"literal": c.author}]
    if c.outlet:
        item["container-title"] = c.outlet
        item["publisher"] = c.outlet
    if c.date:
        item["issued"] = {"date-parts": [[c.date.year, c.date.month, c.date.day]]}
    if c.url:
        item["URL"] = c.url
    if c.original_url:
        item["note"] = f"Original: {c.original_url}"
    return item


def csl_json(c: Citation) -> str:
    """CSL-JSON: a list holding the one item, as reference managers import it."""
    return json.dumps([csl(c)], ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def citation_files(c: Citation) -> dict[str, str]:
    """The three files beside the document page."""
    return {cite_file(c, "bib"): bibtex(c), cite_file(c, "ris"): ris(c),
            cite_file(c, "json"): csl_json(c)}


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
