"""Writers, pure half: entity pages and the A–Z indexes of people, places and organisations."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import groupby
from urllib.parse import urlencode

from ..html import (
    esc,
    front_matter,
    href,
    link,
    page_src,
    pager,
    paginate,
    plural,
    time_tag,
)
from ..index import Index
from ..model import TYPE_FOLDERS, Document, Entity, Mention
from .az import entity_index
from .extras import profile_extras
from .gaps import rows_with_gaps
from .linked_data import entity_jsonld
from .pages import block_src, doc_src, entity_src, format_date, gap_row

DOCS_PER_PAGE = 50
SNIPPETS_PER_DOC = 3
SNIPPET_CONTEXT = 90
TURNS_SHOWN = 50
COMPANIONS = 20
TYPE_NAMES = {"person": "Person", "place": "Place", "organization": "Organization"}


def entity_pages(index: Index) -> dict[str, str]:
    """Every entity page and the three A–Z indexes."""
    return dict(iter_entity_pages(index))


def iter_entity_pages(index: Index) -> Iterator[tuple[str, str]]:
    """Every entity page and the three A–Z indexes, an entity at a time: all of them at once
    are hundreds of MB of text for a large archive."""
    heads: dict[tuple[str, str], str] = {}  # a document's linked title and date, for every page
    for entity in index.entities.values():
        yield from entity_page(entity, index, heads).items()
    for etype in TYPE_FOLDERS:
        yield from entity_index(etype, index).items()


def entity_page(entity: Entity, index: Index, heads: dict[tuple[str, str], str] | None = None
                ) -> dict[str, str]:
    """An entity's pages: the profile and its documents, paginated, with snippets (heads: the
    documents' title lines, by document and folder depth, shared by the entity pages)."""
    heads = {} if heads is None else heads
    newest = list(reversed(index.entity_docs.get(entity.id, ())))
    doc_ids = [d for d in newest if index.docs[d].meta.date] + \
        [d for d in newest if not index.docs[d].meta.date]  # undated after dated
    chunks = paginate(doc_ids, DOCS_PER_PAGE)
    base = f"{TYPE_FOLDERS[entity.type]}/{entity.id}"
    by_doc: dict[str, list[Mention]] = {}
    for m in index.entity_mentions.get(entity.id, ()):
        by_doc.setdefault(m.document, []).append(m)
    spoken: dict[str, list[int]] = {}
    for doc_id, block in index.speaker_turns.get(entity.id, ()):
        spoken.setdefault(doc_id, []).append(block)
    pages = {}
    for number, chunk in enumerate(chunks, start=1):
        here = page_src(base, number)
        title = entity.name if number == 1 else f"{entity.name} (page {number})"
        head = profile(entity, index, here) if number == 1 else ""
        listing = "".join(_doc_entry(index, index.docs[d], by_doc.get(d, []), spoken.get(d, []),
                                     here, heads) for d in chunk)
        nav = pager(base, number, len(chunks))
        first = number == 1
        pages[here] = (front_matter(title, search={"boost": 3} if first else None,
                                    jsonld=entity_jsonld(entity) if first else None) + head +
                       f'<h2 id="documents">Documents ({len(doc_ids):,})</h2>\n\n{nav}'
                       f'<div class="mentions">{listing}</div>\n\n{nav}')
    return pages


def profile(entity: Entity, index: Index, here: str) -> str:
    """Name, type, aliases, description, IDs, counts, dates, speaking turns, companions."""
    docs = index.entity_docs.get(entity.id, ())
    dated = [index.docs[d].meta.date for d in docs if index.docs[d].meta.date]
    facts = [("Type", TYPE_NAMES[entity.type]),
             ("Also known as", esc(", ".join(entity.aliases))),
             ("Documents", f"{len(docs):,} ({_search_link(entity, here)})"),
             ("Mentions", _count_in([m.document for m in index.entity_mentions.get(entity.id, ())],
                                    "")),
             ("Speaks", _count_in([d for d, _ in index.speaker_turns.get(entity.id, ())],
                                  " turn")),
             ("First appears", dated[0].isoformat() if dated else ""),
             ("Last appears", dated[-1].isoformat() if dated else ""),
             ("Wikidata", _ext(f"https://www.wikidata.org/wiki/{entity.wikidata}",
                               entity.wikidata)),
             ("GeoNames", _ext(f"https://www.geonames.org/{entity.geonames}", entity.geonames)),
             ("Coordinates", _coords(entity)),
             ("Source", "curated registry" if entity.origin == "registry" else
              "detected automatically")]
    cells = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts if v)
    desc = f"<p>{esc(entity.description)}</p>\n\n" if entity.description else ""
    return (desc + f'<dl class="doc-meta entity-meta">{cells}</dl>\n\n' +
            profile_extras(entity, index, here) +
            timeline(entity, index) + speaks_in(entity, index, here) +
            companions(entity, index, here))


def _count_in(doc_ids: list[str], noun: str) -> str:
    """"12 in 3 documents" (mentions) or "12 turns in 3 documents", one entry per occurrence."""
    if not doc_ids:
        return ""
    docs = len(set(doc_ids))
    what = f"{noun}{'' if len(doc_ids) == 1 or not noun else 's'}"
    return f"{len(doc_ids):,}{what} in {docs:,} document{'' if docs == 1 else 's'}"


def _search_link(entity: Entity, here: str) -> str:
    """A link to the full-text search, filtered to the documents that mention the entity."""
    query = urlencode({entity.type: entity.name})
    return f'<a href="{esc("../" * here.count("/") + "search.html?" + query)}">search the text</a>'


def _ext(url: str, value: object) -> str:
    return f'<a href="{esc(url)}" rel="nofollow noopener">{esc(str(value))}</a>' if value else ""


def _coords(entity: Entity) -> str:
    if not entity.coordinates:
        return ""
    lat, lon = entity.coordinates
    return f'<span class="coords" data-lat="{lat}" data-lon="{lon}">{lat:.4f}, {lon:.4f}</span>'


def timeline(entity: Entity, index: Index) -> str:
    """Documents per year that mention the entity or in which it speaks; the undated last, so
    the rows add up to the entity's documents."""
    docs = index.entity_docs.get(entity.id, ())
    years = Counter(str(index.docs[d].meta.date.year) for d in docs if index.docs[d].meta.date)
    if not years:
        return ""
    undated = len(docs) - sum(years.values())
    peak = max(*years.values(), undated)
    rows = "".join(gap_row(y, last) if not n else _bar_row(y, n, peak)
                   for y, last, n in rows_with_gaps(years, "year"))
    rows += _bar_row("undated", undated, peak) if undated else ""
    return ('<h2 id="over-time">Documents over time</h2>\n<table class="timeline"><thead><tr>'
            f"<th>Year</th><th>Documents</th><th>Count</th></tr></thead><tbody>{rows}</tbody>"
            "</table>\n\n")


def _bar_row(label: str, count: int, peak: int) -> str:
    return (f'<tr><td>{label}</td><td class="bar"><span style="width:'
            f'{max(1, round(100 * count / peak))}%"></span></td><td>{count}</td></tr>')


def speaks_in(entity: Entity, index: Index, here: str) -> str:
    """Turns this person speaks in transcripts, grouped by document."""
    turns = index.speaker_turns.get(entity.id, ())
    if not turns:
        return ""
    groups = []
    for doc_id, group in groupby(turns[:TURNS_SHOWN], key=lambda t: t[0]):
        doc = index.docs[doc_id]
        anchors = index.block_anchors(doc_id)
        items = "".join(_turn_item(doc, block, here, index.parts.get(doc.id, ()), anchors)
                        for _, block in group)
        when = time_tag(doc.meta.date, format_date(doc))
        groups.append(f"<li>{link(here, doc_src(doc_id), doc.meta.title)} "
                      f"<small>{when}</small><ul>{items}</ul></li>")
    extra = len(turns) - TURNS_SHOWN
    more = (f'<p>…and <a href="#documents">{plural(extra, "more turn")}</a> in the documents '
            "below.</p>") if extra > 0 else ""
    return (f'<h2 id="speaks-in">Speaks in ({len(turns):,} turns)</h2>\n<ul class="turns">'
            f'{"".join(groups)}</ul>{more}\n\n')


def _turn_item(doc: Document, block: int, here: str, starts: tuple[int, ...],
               anchors: tuple[str, ...]) -> str:
    text = doc.blocks[block].text
    snippet = text[:160] + ("…" if len(text) > 160 else "")
    target = block_src(doc.id, block, starts)
    return f'<li class="kwic">{link(here, target, snippet, anchor=anchors[block])}</li>'


def companions(entity: Entity, index: Index, here: str) -> str:
    """Entities mentioned in the same documents, with counts."""
    common = index.cooccurrence.get(entity.id)
    if not common:
        return ""
    # nsmallest is sorted(...)[:COMPANIONS] without sorting a hub's thousands of companions;
    # it is given only those counted at least as often as the COMPANIONS-th (the same first
    # ones, in the same order: the sort is stable), so it makes few keys.
    items: Iterable[tuple[str, int]] = common.items()
    if len(common) > COMPANIONS:
        floor = sorted(common.values(), reverse=True)[COMPANIONS - 1]
        items = [kv for kv in items if kv[1] >= floor]
    top = heapq.nsmallest(COMPANIONS, items, key=lambda kv: (-kv[1], index.entities[kv[0]].name))
    items = ", ".join(f"{link(here, entity_src(index.entities[e]), index.entities[e].name)} "
                      f"<small>{n}</small>" for e, n in top)
    return f'<h2 id="mentioned-with">Mentioned with</h2>\n<p class="companions">{items}</p>\n\n'


def _doc_entry(index: Index, doc: Document, mentions: list[Mention], turns: list[int], here: str,
               heads: dict[tuple[str, str], str] | None = None) -> str:
    # The same document is listed on many entity pages: its title line is made once per depth.
    starts = index.parts.get(doc.id, ())
    up = "../" * here.count("/")
    head = None if heads is None else heads.get((doc.id, up))
    if head is None:
        head = (f"{link(here, doc_src(doc.id), doc.meta.title)} "
                f"<small>{time_tag(doc.meta.date, format_date(doc))}</small>")
        if heads is not None:
            heads[(doc.id, up)] = head
    page = None if starts else href(here, doc_src(doc.id))  # a long document: per block
    snippets = "".join(_snippet(doc, m, page or href(here, block_src(doc.id, m.block, starts)))
                       for m in mentions[:SNIPPETS_PER_DOC])
    more = ""
    if len(mentions) > SNIPPETS_PER_DOC:  # the next mention not quoted, in the document
        nxt = mentions[SNIPPETS_PER_DOC]
        rest = link(here, block_src(doc.id, nxt.block, starts),
                    f"+{len(mentions) - SNIPPETS_PER_DOC} more", anchor=nxt.anchor)
        more = f" <small>{rest}</small>"
    speaks = ""
    if turns:
        said = f"speaks in {len(turns):,} turn{'' if len(turns) == 1 else 's'}"
        target = block_src(doc.id, turns[0], starts)
        anchor = index.block_anchors(doc.id)[turns[0]]
        speaks = f" <small>{link(here, target, said, anchor=anchor)}</small>"
    return f'<div class="mention-doc"><p>{head}{speaks}{more}</p>{snippets}</div>'


def _snippet(doc: Document, m: Mention, page: str) -> str:
    """Keyword in context, linking to the exact mention anchor on its page (`page`: the href)."""
    text = doc.text_of(m.block)
    start, end = m.start, m.end
    left = text[max(0, start - SNIPPET_CONTEXT): start]
    if start > SNIPPET_CONTEXT:
        left = "…" + left.split(" ", 1)[-1]
    right = text[end: end + SNIPPET_CONTEXT]
    if end + SNIPPET_CONTEXT < len(text):
        right = right.rsplit(" ", 1)[0] + "…"
    anchor = f"#{esc(m.anchor)}" if m.anchor else ""
    return (f'<p class="kwic">{esc(left)}<mark><a href="{page}{anchor}">{esc(text[start:end])}'
            f"</a></mark>{esc(right)}</p>")
