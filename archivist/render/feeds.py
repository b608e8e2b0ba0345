"""Atom feeds (RFC 4287), pure half: the latest documents of the archive and of its top entities."""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid

from feedgen.feed import FeedGenerator

from ..index import Index
from ..model import TYPE_FOLDERS, Document, Entity
from .pages import doc_src

log = logging.getLogger(__name__)

FEED_SIZE = 50
ENTITY_FEEDS = 50
SUMMARY_CHARS = 300
SUMMARY_MIN_WORDS = 12
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
# Characters XML 1.0 cannot carry at all; lxml refuses them, so they are dropped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def feed_pages(index: Index, site_name: str, site_url: str | None) -> dict[str, str]:
    """feed.xml for the whole archive plus one feed.xml beside each top entity's page."""
    latest = _dated(index, index.chronological)
    pages = {"feed.xml": atom(latest, "feed.xml", "index.md", site_name, site_url,
                              f"{site_name}: latest documents")}
    for entity in feed_entities(index):
        base = f"{TYPE_FOLDERS[entity.type]}/{entity.id}"
        docs = _dated(index, index.entity_docs.get(entity.id, ()))
        pages[entity_feed(entity)] = atom(docs, f"{base}/feed.xml", f"{base}/index.md",
                                          site_name, site_url, f"{site_name}: {entity.name}")
    return pages


def feed_entities(index: Index) -> list[Entity]:
    """The entities that get their own feed: the most documented ones, ties by name."""
    ranked = sorted((e for e in index.entities.values() if index.entity_docs.get(e.id)),
                    key=lambda e: (-len(index.entity_docs[e.id]), e.name.casefold(), e.id))
    return ranked[:ENTITY_FEEDS]


def entity_feed(entity: Entity) -> str:
    """Site path of an entity's feed."""
    return f"{TYPE_FOLDERS[entity.type]}/{entity.id}/feed.xml"


def _dated(index: Index, chronological: tuple[str, ...]) -> list[Document]:
    """The newest FEED_SIZE dated documents, newest first (undated ones have no place in time)."""
    docs = [index.docs[d] for d in reversed(chronological) if index.docs[d].meta.date]
    return docs[:FEED_SIZE]


def atom(docs: list[Document], feed_path: str, page: str, site_name: str, site_url: str | None,
         title: str) -> str:
    """One Atom feed; `updated` is the newest document's date, never the build time."""
    fg = FeedGenerator()
    fg.id(_urn(site_name, f"feed:{feed_path}"))
    fg.title(_clean(title))
    fg.author({"name": _clean(site_name)})
    fg.link(href=_url(page, feed_path, site_url), rel="alternate", type="text/html")
    if site_url:
        fg.link(href=_url(feed_path, feed_path, site_url), rel="self",
                type="application/atom+xml")
    fg.generator("archivist")
    fg.updated(_when(docs[0]) if docs else EPOCH)
    for doc in docs:
        _entry(fg, doc, feed_path, site_name, site_url)
    return fg.atom_str(pretty=True, encoding="UTF-8").decode("utf-8")


def _entry(fg: FeedGenerator, doc: Document, feed_path: str, site_name: str,
           site_url: str | None) -> None:
    entry = fg.add_entry(order="append")
    entry.id(_urn(site_name, f"document:{doc.id}"))
    entry.title(_clean(doc.meta.title) or doc.id)
    entry.updated(_when(doc))
    entry.published(_when(doc))
    entry.link(href=_url(doc_src(doc.id), feed_path, site_url), rel="alternate", type="text/html")
    if doc.meta.author and _clean(doc.meta.author).strip():
        entry.author({"name": _clean(doc.meta.author)})
    summary = _summary(doc)
    if summary:
        entry.summary(summary)


def _summary(doc: Document) -> str:
    """Plain text: the first real paragraph (not a one-line header), cut at a word boundary."""
    # (each paragraph's words counted as written: only the one chosen is respaced)
    paragraphs = [b.text for b in doc.blocks if b.kind == "paragraph"]
    text = " ".join(next((p for p in paragraphs if len(p.split()) >= SUMMARY_MIN_WORDS),
                         paragraphs[0] if paragraphs else "").split())
    if len(text) > SUMMARY_CHARS:
        text = text[:SUMMARY_CHARS].rsplit(" ", 1)[0] + "…"
    return _clean(text)


def _when(doc: Document) -> dt.datetime:
    assert doc.meta.date is not None
    return dt.datetime.combine(doc.meta.date, dt.time(), tzinfo=dt.timezone.utc)


def _urn(site_name: str, key: str) -> str:
    """A permanent id that does not change when the site moves (RFC 4122 name-based UUID)."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"archivist:{site_name}:{key}").urn


def _url(src: str, feed_path: str, site_url: str | None) -> str:
    """Absolute with site_url; otherwise relative to the feed file, as RFC 4287 allows."""
    target = src[:-3] + ".html" if src.endswith(".md") else src
    if site_url:
        return site_url.rstrip("/") + "/" + target
    return "../" * feed_path.count("/") + target


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)
