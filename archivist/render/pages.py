"""Writers, pure half: the Index → Markdown text of every document and listing page."""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from itertools import groupby

from slugify import slugify

from ..anchors import permalink
from ..html import (
    esc,
    find_urls,
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
from ..model import (
    CELL_SEPARATOR,
    TYPE_FOLDERS,
    Archive,
    Block,
    Document,
    Entity,
    Mention,
)
from ..parts import part_of, part_range
from ..slugs import unique_slug
from .cite import Citation, Publication, citation, cite_block, cite_row, page_meta
from .gaps import rows_with_gaps

log = logging.getLogger(__name__)

LIST_PAGE = 500
LATEST = 10
# Body text goes to the full-text index (archivist/publish/fulltext.py), not to Material's header
# search, whose index is downloaded whole; that keeps titles, metadata and entity pages.
NO_QUICK = " data-search-exclude"
TYPE_LABELS = {"person": "People", "place": "Places", "organization": "Organizations"}
SINGULAR = {"person": "person", "place": "place", "organization": "organization"}
SHORT_INDEX = 50  # up to this many documents, the documents index lists them all


def doc_src(doc_id: str, part: int = 1) -> str:
    """Source path of a document page (or of one part of a very long document)."""
    return f"documents/{doc_id}/index.md" if part == 1 else \
        f"documents/{doc_id}/part-{part}/index.md"


def block_src(doc_id: str, block: int, starts: tuple[int, ...] = ()) -> str:
    """Source path of the page (part) that shows a block of a document."""
    return doc_src(doc_id, part_of(starts, block))


def entity_src(entity: Entity, number: int = 1) -> str:
    """Source path of (page number of) an entity page."""
    return page_src(f"{TYPE_FOLDERS[entity.type]}/{entity.id}", number)


def format_date(doc: Document) -> str:
    """ISO date or 'undated'."""
    return doc.meta.date.isoformat() if doc.meta.date else "undated"


# --- inline text -------------------------------------------------------------------------------

def inline(text: str, mentions: list[Mention], here: str, index: Index,
           opened: dict[str, tuple[str, str]] | None = None) -> str:
    """Escape text, turning URLs into links and mentions into anchored entity links.

    opened: a page's cache of each entity's link markup (around the mention's id), reused by
    every mention of the entity on that page.
    """
    spans: list[tuple[int, int, str]] = []
    for start, end in find_urls(text):
        url = esc(text[start:end])
        spans.append((start, end, f'<a href="{url}" rel="nofollow noopener">{url}</a>'))
    opened = {} if opened is None else opened
    for m in mentions:
        parts = opened.get(m.entity)
        if parts is None:
            entity = index.entities[m.entity]
            parts = opened[m.entity] = (
                f'<a class="mention mention--{entity.type}" id="',
                f'" href="{href(here, entity_src(entity))}" title="{esc(entity.name)}">')
        spans.append((m.start, m.end,
                      f"{parts[0]}{m.anchor}{parts[1]}{esc(text[m.start:m.end])}</a>"))
    out, pos = [], 0
    for start, end, markup in sorted(spans):
        if start < pos:
            continue  # a mention inside a URL: the URL wins
        out.append(esc(text[pos:start]))
        out.append(markup)
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


# --- document pages ----------------------------------------------------------------------------

def document_pages(doc: Document, index: Index, originals: bool = True,
                   publication: Publication | None = None) -> dict[str, str]:
    """The page of a document; a very long one gets a page per part (each under 1 MB)."""
    total = len(index.parts.get(doc.id, ())) + 1
    return {doc_src(doc.id, n): document_page(doc, index, originals, n, publication)
            for n in range(1, total + 1)}


def document_page(doc: Document, index: Index, originals: bool = True, part: int = 1,
                  publication: Publication | None = None) -> str:
    """The Markdown of one document page (of part `part` of a very long document), linking its
    published original unless turned off, with its citation when the publication is known
    (head metadata and the citation block on every part)."""
    starts = index.parts.get(doc.id, ())
    here = doc_src(doc.id, part)
    cite = citation(doc, publication) if publication else None
    by_block: dict[int, list[Mention]] = defaultdict(list)
    for m in index.doc_mentions.get(doc.id, ()):
        by_block[m.block].append(m)
    speakers = index.doc_speakers.get(doc.id, {})
    text = body(doc, by_block, speakers, here, index, part_range(starts, part, len(doc.blocks)))
    meta = page_meta(cite) if cite else {}
    head = [metadata_block(doc, here, originals, cite, field_links(doc, index, here)),
            thread_block(doc, index, here),
            entity_panel(doc, index, here)]
    citing = ""
    if publication:  # on every part, so that a passage of any part can be cited
        citing = cite_block(cite if part == 1 else citation(doc, publication, part))
    if not starts:
        return "".join([front_matter(doc.meta.title, description=_description(doc), **meta),
                        headline(doc, by_block, here, index), *head, text, citing,
                        related_block(doc, index, here),
                        prev_next(doc, index, here)])
    nav = part_nav(doc.id, part, len(starts) + 1)
    title = doc.meta.title if part == 1 else f"{doc.meta.title} (part {part})"
    tail = [related_block(doc, index, here)] if part == len(starts) + 1 else []
    return "".join([front_matter(title, description=_description(doc), **meta),
                    headline(doc, by_block if part == 1 else None, here, index),
                    *(head if part == 1 else []), nav, text, nav, citing, *tail,
                    prev_next(doc, index, here)])


def part_nav(doc_id: str, part: int, total: int) -> str:
    """Links between the parts of a very long document."""
    here = doc_src(doc_id, part)
    items = [f'<span aria-current="page">{n}</span>' if n == part
             else link(here, doc_src(doc_id, n), str(n)) for n in range(1, total + 1)]
    step = []
    if part > 1:
        step.append(link(here, doc_src(doc_id, part - 1), "← previous part", cls="prev-part"))
    if part < total:
        step.append(link(here, doc_src(doc_id, part + 1), "next part →", cls="next-part"))
    return (f'<nav class="pager doc-parts" aria-label="Parts of this document">Part {part} of '
            f'{total}: {" ".join(items)} {" ".join(step)}</nav>\n\n')


def headline(doc: Document, by_block: dict[int, list[Mention]] | None = None, here: str = "",
             index: Index | None = None) -> str:
    """The section label (if any), its places linked ("NEPAL | HERITAGE"), and the title as
    the page's only h1."""
    kicker = "".join(
        f'<p class="kicker">{_kicker_text(b.text, (by_block or {}).get(i, []), here, index)}'
        f'</p>\n' for i, b in enumerate(doc.blocks) if b.kind == "kicker")
    return f'{kicker}<h1 id="title">{esc(doc.meta.title)}</h1>\n\n'


def _kicker_text(text: str, mentions: list[Mention], here: str, index: Index | None) -> str:
    """A kicker's text, its mentions linked where the page's index is given."""
    if index is None or not mentions:
        return esc(text)
    return inline(text, sorted(mentions, key=lambda m: m.start), here, index)


def _description(doc: Document) -> str:
    text = next((b.text for b in doc.blocks if b.kind == "paragraph"), doc.meta.title)
    return text[:160]


def original_name(doc: Document) -> str | None:
    """File name of the published original, next to the page (documents/<id>/source.<ext>)."""
    return f"source{doc.original.suffix}" if doc.original and doc.original.suffix else None


def _size(size: int) -> str:
    return f"{size:,} bytes" if size < 1024 * 1024 else f"{size / 1048576:.1f} MB ({size:,} bytes)"


FIELD_PARTS = {"author": re.compile(r"(, | and | & )"), "place": re.compile(r"(, )")}
FIELD_TYPES = {"author": "person", "place": "place"}


def field_links(doc: Document, index: Index, here: str) -> dict[str, str]:
    """The Author and Place fields as HTML, each part linked to the page of the person or place
    the document names with those very words ("ABEOKUTA, Nigeria": two links), else plain."""
    by_text: dict[tuple[str, str], Entity] = {}
    for m in index.doc_mentions.get(doc.id, ()):
        entity = index.entities[m.entity]
        by_text.setdefault((entity.type, m.text.casefold()), entity)
    out = {}
    for name, splitter in FIELD_PARTS.items():
        value = getattr(doc.meta, name) or ""
        parts = splitter.split(value)
        for i in range(0, len(parts), 2):
            entity = by_text.get((FIELD_TYPES[name], parts[i].strip().casefold()))
            parts[i] = link(here, entity_src(entity), parts[i]) if entity else esc(parts[i])
            if i + 1 < len(parts):
                parts[i + 1] = esc(parts[i + 1])
        out[name] = "".join(parts)
    return out


def metadata_block(doc: Document, here: str, originals: bool = True,
                   cite: Citation | None = None, fields: dict[str, str] | None = None) -> str:
    """The metadata panel: date, outlet, author, kind, words, source, original link; `fields`
    holds the Author and Place fields as linked HTML."""
    m = doc.meta
    fields = fields or {}
    rows = [("Date", time_tag(doc.meta.date, esc(format_date(doc)))),
            ("Outlet", esc(m.outlet or "")),
            ("Author", fields.get("author", esc(m.author or ""))),
            ("Place", fields.get("place", esc(m.place or ""))),
            ("Kind", esc(m.kind)),
            ("Words", f"{doc.words:,} · {doc.reading_minutes} min read"),
            *((label, esc(value)) for label, value in doc.details),
            ("Source file", f"<code>{esc(doc.source)}</code>"),
            ("SHA-256", f'<code class="sha">{doc.sha256}</code>')]
    name = original_name(doc)
    if originals and name and doc.original:
        kind = "" if doc.original.format == "text" else f"{esc(doc.original.format.upper())}, "
        rows.append(("Original file", f'<a class="original" href="{esc(name)}">{esc(name)}</a> '
                     f"({kind}{_size(doc.original.size)})"))
    if m.url:
        original = f'<a href="{esc(m.url)}" rel="nofollow noopener">{esc(m.url)}</a>'
        rows.append(("Original", original))
    if doc.duplicates:
        copies = ", ".join(f"<code>{esc(d)}</code>" for d in doc.duplicates)
        rows.append(("Identical copies", copies))
    if m.tags:
        rows.append(("Tags", esc(", ".join(m.tags))))
    if cite:
        rows.append(("Cite", cite_row(cite)))
    cells = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows if v)
    return f'<dl class="doc-meta">{cells}</dl>\n\n'


def thread_block(doc: Document, index: Index, here: str) -> str:
    """An e-mail's place in its thread: the message it answers and the answers to it."""
    parts = []
    if doc.id in index.reply_to:
        parts.append(f"In reply to {doc_link(index.docs[index.reply_to[doc.id]], here)}")
    answers = index.replies.get(doc.id, ())
    if answers:
        parts.append("Replies: " + "; ".join(doc_link(index.docs[a], here) for a in answers))
    return f'<p class="thread">{" · ".join(parts)}</p>\n\n' if parts else ""


def entity_panel(doc: Document, index: Index, here: str) -> str:
    """People, places and organisations in this document, with counts (speakers' turns too)."""
    counts = index.doc_entities.get(doc.id)
    if not counts:
        return ""
    turns = index.doc_turns.get(doc.id, {})
    groups = []
    for etype, label in TYPE_LABELS.items():
        items = sorted((e for e in counts if index.entities[e].type == etype),
                       key=lambda e: (-counts[e], index.entities[e].name))
        if items:
            links = ", ".join(f"{link(here, entity_src(index.entities[e]), index.entities[e].name)}"
                              f" {_panel_count(counts[e], turns.get(e, 0))}" for e in items)
            groups.append(f"<p><strong>{label}:</strong> {links}</p>")
    return f'<details class="entity-panel" open><summary>In this document</summary>' \
           f'{"".join(groups)}</details>\n\n'


def _panel_count(total: int, turns: int) -> str:
    """An entity's count in the panel; a speaker's says how many of them are turns."""
    if not turns:
        return f"<small>{total}</small>"
    mentions = total - turns
    text = f"{turns} turn{'' if turns == 1 else 's'}"
    if mentions:
        text += f", {mentions} mention{'' if mentions == 1 else 's'}"
    return f'<small class="speaker-count">{text}</small>'


def body(doc: Document, by_block: dict[int, list[Mention]], speakers: dict[int, str], here: str,
         index: Index, shown: range | None = None) -> str:
    """The document text, block by block (the blocks `shown`, by default all)."""
    out: list[str] = []
    ids: Counter[str] = Counter()
    blocks = doc.blocks
    anchors = index.block_anchors(doc.id)
    i, end = (shown.start, shown.stop) if shown is not None else (0, len(blocks))
    last = end == len(blocks)  # marks past the last block go on the last part
    # positions in the original (PDF pages), each before its block
    marks = sorted(a for a in doc.anchors if a[0] >= i and (last or a[0] < end))
    opened: dict[str, tuple[str, str]] = {}
    while i < end:
        while marks and marks[0][0] <= i:
            out.append(_anchor(marks.pop(0)[1]))
        block = blocks[i]
        if block.kind == "kicker":
            i += 1
            continue
        if block.kind == "row":
            stop = next((j for j in range(i, end) if blocks[j].kind != "row"), end)
            out.append(_table([_row(blocks[j], by_block.get(j, []), anchors[j], here, index,
                                    opened) for j in range(i, stop)]))
            i = stop
            continue
        if block.kind in LIST_KINDS:
            stop = next((j for j in range(i, end) if blocks[j].kind not in LIST_KINDS), end)
            out.append(nested_list([(blocks[j].kind, blocks[j].level,
                                     _item(blocks[j], by_block.get(j, []), anchors[j], here, index,
                                            opened))
                                    for j in range(i, stop)]))
            i = stop
            continue
        text = inline(block.text, sorted(by_block.get(i, []), key=lambda m: m.start), here, index,
                      opened)
        if block.kind == "turn":
            out.append(_turn(block, text, anchors[i], speakers.get(i), here, index))
        elif block.kind == "heading":
            out.append(_heading(block, ids, text))
        elif block.kind == "quote":
            out.append(_quote(blocks, i, text, by_block, here, index, anchors[i], end, opened))
            i += 2 if i + 1 < end and blocks[i + 1].kind == "attribution" else 1
            continue
        else:
            out.append(f'<p class="{block.kind}" id="{anchors[i]}"{NO_QUICK}>{text}'
                       f'{permalink(anchors[i])}</p>')
        i += 1
    out.extend(_anchor(name) for _, name in marks)
    return "\n\n".join(out) + "\n\n"


LIST_KINDS = {"bullet": f"<ul{NO_QUICK}>", "numbered": f'<ol class="numbered"{NO_QUICK}>'}


def cell_spans(text: str) -> list[tuple[int, int]]:
    """Where a table row's cells lie in its text: between separators outside brackets."""
    spans, start, depth, i = [], 0, 0, 0
    while i < len(text):
        char = text[i]
        depth += (char == "[") - (char == "]" and depth > 0)
        if depth == 0 and text.startswith(CELL_SEPARATOR, i):
            spans.append((start, i))
            start = i = i + len(CELL_SEPARATOR)
            continue
        i += 1
    return [*spans, (start, len(text))]


def _row(block: Block, mentions: list[Mention], anchor: str, here: str, index: Index,
         opened: dict[str, tuple[str, str]]) -> str:
    """A table row: each cell's text with the mentions inside it; the row's ¶ in its last cell."""
    cells = []
    for start, end in cell_spans(block.text):
        inside = sorted((replace(m, start=m.start - start, end=m.end - start) for m in mentions
                         if start <= m.start and m.end <= end), key=lambda m: m.start)
        cells.append(inline(block.text[start:end], inside, here, index, opened))
    cells[-1] += permalink(anchor, "table row")
    return f'<tr id="{anchor}">{"".join(f"<td>{c}</td>" for c in cells)}</tr>'


def _table(rows: list[str]) -> str:
    """Consecutive table rows as one table (a Word table; its cells are plain text)."""
    return f'<div class="rows"><table{NO_QUICK}><tbody>{"".join(rows)}</tbody></table></div>'


def _item(block: Block, mentions: list[Mention], anchor: str, here: str, index: Index,
          opened: dict[str, tuple[str, str]] | None = None) -> str:
    """A list item, opened: `<li>` and its text (nested_list closes it)."""
    text = inline(block.text, sorted(mentions, key=lambda m: m.start), here, index, opened)
    return f'<li id="{anchor}">{text}{permalink(anchor, "item")}'


def nested_list(items: list[tuple[str, int, str]]) -> str:
    """List items (kind, depth, opened <li>) as nested <ul> and <ol>, in order; an item at most
    one level deeper than the one before it (a skipped level nests once)."""
    out: list[str] = []
    stack: list[str] = []  # the open lists, outermost first
    for kind, depth, item in items:
        depth = min(depth, len(stack))
        while len(stack) > depth + 1 or (len(stack) == depth + 1 and stack[-1] != kind):
            out.append(f"</li></{'ul' if stack.pop() == 'bullet' else 'ol'}>")
        if len(stack) == depth + 1:
            out.append("</li>")  # the previous item of this list
        else:
            out.append(LIST_KINDS[kind])
            stack.append(kind)
        out.append(item)
    out += [f"</li></{'ul' if kind == 'bullet' else 'ol'}>" for kind in reversed(stack)]
    return "".join(out)


def _anchor(name: str) -> str:
    """A citable position in the original, e.g. a PDF page: `#page-12`."""
    label = name.replace("-", " ").capitalize()
    return (f'<p class="anchor" id="{esc(name)}"{NO_QUICK}>'
            f'<a href="#{esc(name)}">{esc(label)}</a></p>')


def _turn(block: Block, text: str, anchor: str, entity_id: str | None, here: str,
          index: Index) -> str:
    speaker = esc(block.speaker or "")
    if entity_id:
        speaker = link(here, entity_src(index.entities[entity_id]), block.speaker or "",
                       cls="speaker-link")
    return (f'<p class="turn" id="{anchor}"{NO_QUICK}>'
            f'<span class="speaker">{speaker}{esc(block.sep)}</span> {text}'
            f'{permalink(anchor, "turn")}</p>')


def _heading(block: Block, ids: Counter[str], text: str) -> str:
    """A heading; text: its escaped words with their mentions linked ("Day 3: Sintra")."""
    base = "h-" + (slugify(block.text, max_length=50, word_boundary=True) or "section")
    ids[base] += 1
    anchor = base if ids[base] == 1 else f"{base}-{ids[base]}"
    return (f'<h{block.level} id="{anchor}">{text}{permalink(anchor, "section")}'
            f'</h{block.level}>')


def _quote(blocks: tuple[Block, ...], i: int, text: str, by_block: dict[int, list[Mention]],
           here: str, index: Index, anchor: str, end: int | None = None,
           opened: dict[str, tuple[str, str]] | None = None) -> str:
    footer = ""
    if i + 1 < (len(blocks) if end is None else end) and blocks[i + 1].kind == "attribution":
        ms = sorted(by_block.get(i + 1, []), key=lambda m: m.start)
        footer = f"<footer>{inline(blocks[i + 1].text, ms, here, index, opened)}</footer>"
    return (f'<blockquote class="embed" id="{anchor}"{NO_QUICK}><p>{text}'
            f'{permalink(anchor, "quotation")}</p>{footer}</blockquote>')


def related_block(doc: Document, index: Index, here: str) -> str:
    """Documents that share the most entities with this one."""
    related = index.related.get(doc.id, ())
    if not related:
        return ""
    items = "".join(f"<li>{doc_link(index.docs[r], here)}</li>" for r in related)
    return f'<h2 id="related">Related documents</h2>\n<ul class="related">{items}</ul>\n\n'


def prev_next(doc: Document, index: Index, here: str) -> str:
    """Links to the previous and next document by date."""
    prev_doc, next_doc = index.neighbours(doc.id)
    parts = []
    if prev_doc:
        parts.append(f'<a class="prev" rel="prev" href="{href(here, doc_src(prev_doc.id))}">'
                     f'← {bdi(prev_doc.meta.title)} <small>{format_date(prev_doc)}</small></a>')
    if next_doc:
        parts.append(f'<a class="next" rel="next" href="{href(here, doc_src(next_doc.id))}">'
                     f'{bdi(next_doc.meta.title)} <small>{format_date(next_doc)}</small> →</a>')
    return f'<nav class="prev-next" aria-label="By date">{"".join(parts)}</nav>\n' if parts else ""


def doc_link(doc: Document, here: str) -> str:
    """A document's title linked, with its date and outlet."""
    outlet = f" · {bdi(doc.meta.outlet)}" if doc.meta.outlet else ""
    title = f'<a href="{href(here, doc_src(doc.id))}">{bdi(doc.meta.title)}</a>'
    return f"{title} <small>{time_tag(doc.meta.date, format_date(doc))}{outlet}</small>"


def bdi(text: str) -> str:
    """Escaped text isolated from its neighbours' direction (a title may hold RTL overrides)."""
    return f"<bdi>{esc(text)}</bdi>"


# --- listings ----------------------------------------------------------------------------------

def year_of(doc: Document) -> str:
    """The year folder of a document ('undated' when it has no date)."""
    return str(doc.meta.date.year) if doc.meta.date else "undated"


def documents_pages(index: Index) -> dict[str, str]:
    """The documents index (by year) and one paginated page per year, grouped by month."""
    docs = [index.docs[d] for d in reversed(index.chronological)]
    dated = [d for d in docs if d.meta.date]
    years = [(y, list(g)) for y, g in groupby(dated, key=year_of)]
    undated = [d for d in docs if not d.meta.date]
    if undated:
        years.append(("undated", sorted(undated, key=lambda d: d.meta.title.lower())))
    pages = {}
    rows = []
    for year, group in years:
        base = f"documents/{year}"
        rows.append(f"<li>{link('documents/index.md', page_src(base, 1), year)} "
                    f"<small>{plural(len(group), 'document')}</small></li>")
        pages.update(listing_pages(base, f"Documents: {year}", group, by_month=year != "undated"))
    pages["documents/index.md"] = (front_matter("Documents") +
                                   _documents_intro(docs, years, rows))
    return pages


def _documents_intro(docs: list[Document], years: list[tuple[str, list[Document]]],
                     rows: list[str]) -> str:
    """The year links; a small archive lists its documents right here, by year."""
    here = "documents/index.md"
    if len(docs) > SHORT_INDEX:
        return (f"<p>{plural(len(docs), 'document')}, newest first. Choose a year.</p>\n\n"
                f'<ul class="years">{"".join(rows)}</ul>\n')
    lists = "".join(f'<h2 id="year-{year}">{esc(year.capitalize())}</h2>\n<ul class="doc-list">'
                    + "".join(f"<li>{doc_link(d, here)}</li>" for d in group) + "</ul>\n\n"
                    for year, group in years)
    return f"<p>{plural(len(docs), 'document')}, newest first.</p>\n\n{lists}"


def listing_pages(base: str, title: str, docs: list[Document], by_month: bool) -> dict[str, str]:
    """A paginated list of documents, optionally grouped under month headings."""
    chunks = paginate(docs, LIST_PAGE)
    pages = {}
    for number, chunk in enumerate(chunks, start=1):
        here = page_src(base, number)
        out = [front_matter(title if number == 1 else f"{title} (page {number})"),
               pager(base, number, len(chunks))]
        key = (lambda d: d.meta.date.strftime("%Y-%m")) if by_month else (lambda d: "")
        for month, group in groupby(chunk, key=key):
            if month:
                out.append(f'<h2 id="{month}">{month}</h2>\n')
            items = "".join(f"<li>{doc_link(d, here)}</li>" for d in group)
            out.append(f'<ul class="doc-list">{items}</ul>\n\n')
        out.append(pager(base, number, len(chunks)))
        pages[here] = "".join(out)
    return pages


def timeline_page(index: Index) -> str:
    """Documents per month, each month linking to its place in the year listing."""
    months = Counter(index.docs[d].meta.date.strftime("%Y-%m")
                     for d in index.chronological if index.docs[d].meta.date)
    if not months:
        return front_matter("Timeline") + "<p>No dated documents yet.</p>\n"
    peak = max(months.values())
    rows, targets = [], _month_pages(index)
    for month, last, count in rows_with_gaps(months, "month", newest_first=True):
        if not count:
            rows.append(gap_row(month, last))
            continue
        width = max(1, round(100 * count / peak))
        rows.append(f'<tr><td>{link("timeline/index.md", targets[month], month, anchor=month)}</td>'
                    f'<td class="bar"><span style="width:{width}%"></span></td>'
                    f"<td>{count:,}</td></tr>")
    undated = sum(1 for d in index.docs.values() if not d.meta.date)
    are = "is" if undated == 1 else "are"
    note = f"<p>{plural(undated, 'undated document')} {are} listed under " \
           f"{link('timeline/index.md', 'documents/undated/index.md', 'Undated')}.</p>" \
        if undated else ""
    return (front_matter("Timeline") + "<p>Documents per month, newest first; months without "
            "documents are shown empty.</p>\n\n"
            f'<table class="timeline"><thead><tr><th>Month</th><th>Documents</th><th>Count</th>'
            f'</tr></thead><tbody>{"".join(rows)}</tbody></table>\n\n{note}\n')


def gap_row(first: str, last: str) -> str:
    """A period, or a run of them, without documents: an empty bar."""
    label = first if first == last else f"{last} – {first}" if last < first else \
        f"{first} – {last}"
    return (f'<tr class="gap"><td>{label}</td><td class="bar"></td><td>0</td></tr>')


def _month_pages(index: Index) -> dict[str, str]:
    """Per month, the listing page of its year on which the month's first document appears."""
    out: dict[str, str] = {}
    in_year: Counter[str] = Counter()  # documents of each year listed so far, newest first
    for doc_id in reversed(index.chronological):
        date = index.docs[doc_id].meta.date
        if not date:
            continue
        year, month = str(date.year), date.strftime("%Y-%m")
        if month not in out:
            out[month] = page_src(f"documents/{year}", in_year[year] // LIST_PAGE + 1)
        in_year[year] += 1
    return out


def home_page(index: Index, site_name: str) -> str:
    """What the archive holds: counts, date span, latest documents."""
    docs = index.archive.documents
    dates = sorted(d.meta.date for d in docs if d.meta.date)
    types = Counter(e.type for e in index.entities.values() if e.id in index.entity_docs)
    span = f"{dates[0].isoformat()} to {dates[-1].isoformat()}" if dates else "no dated documents"
    here = "index.md"
    noun = "document" if len(docs) == 1 else "documents"
    stats = [f"<li><strong>{len(docs):,}</strong> {link(here, 'documents/index.md', noun)}"
             f" ({sum(d.words for d in docs):,} words), {span}</li>"]
    for etype, label in TYPE_LABELS.items():
        folder = TYPE_FOLDERS[etype]
        name = SINGULAR[etype] if types[etype] == 1 else label.lower()
        stats.append(f"<li><strong>{types[etype]:,}</strong> "
                     f"{link(here, f'{folder}/index.md', name)}</li>")
    newest_first = [index.docs[d] for d in reversed(index.chronological)]
    latest = ([d for d in newest_first if d.meta.date] +
              [d for d in newest_first if not d.meta.date])[:LATEST]  # undated last
    items = "".join(f"<li>{doc_link(d, here)}</li>" for d in latest)
    return (front_matter(site_name) +
            f'<p class="lead">This archive holds:</p>\n<ul class="stats">{"".join(stats)}</ul>\n\n'
            f'<h2 id="latest">Latest documents</h2>\n<ul class="doc-list">{items}</ul>\n\n'
            f"<p>Browse by {link(here, 'timeline/index.md', 'date')}, "
            f"{link(here, 'outlets/index.md', 'outlet')}, "
            f"{link(here, 'people/index.md', 'person')} or "
            f"{link(here, 'places/index.md', 'place')}.</p>\n")


def outlet_slugs(outlets: Iterable[str]) -> dict[str, str]:
    """Each outlet's page folder, unique, in A–Z order ("" is the unknown outlet, last)."""
    slugs: dict[str, str] = {}
    used: set[str] = set()
    for outlet in sorted(outlets, key=lambda o: (o == "", o.lower())):
        slugs[outlet] = unique_slug(outlet, used, "unknown")
    return slugs


def outlet_pages(index: Index) -> dict[str, str]:
    """An index of outlets and one paginated page of documents per outlet."""
    by_outlet: dict[str, list[Document]] = defaultdict(list)
    for doc_id in reversed(index.chronological):
        doc = index.docs[doc_id]
        by_outlet[doc.meta.outlet or ""].append(doc)
    pages, rows = {}, []
    for outlet, slug in outlet_slugs(by_outlet).items():
        label = outlet or "Unknown outlet"
        base = f"outlets/{slug}"
        rows.append(f"<li>{link('outlets/index.md', page_src(base, 1), label)} "
                    f"<small>{len(by_outlet[outlet]):,}</small></li>")
        pages.update(listing_pages(base, f"Outlet: {label}", by_outlet[outlet], by_month=False))
    pages["outlets/index.md"] = (front_matter("Outlets") +
                                 f'<ul class="outlets">{"".join(rows)}</ul>\n')
    return pages


def resolution_summary(archive: Archive) -> str:
    """One paragraph: the merges entity resolution made and the doubts it left for review."""
    if not archive.merges and not archive.doubts:
        return ""
    merges, doubts = len(archive.merges), len(archive.doubts)
    return (f"<p>Entity resolution: {merges:,} merge{'s' * (merges != 1)} made, "
            f"{doubts:,} likely duplicate{'s' * (doubts != 1)} or unlinked name"
            f"{'s' * (doubts != 1)} left for review "
            f"(<code>build_pages.py --review FILE</code> lists them with the evidence).</p>\n")


def report_pages(index: Index) -> dict[str, str]:
    """The build report: every file that was skipped or needed a warning, with the reason."""
    problems = sorted(index.archive.problems,
                      key=lambda p: (p.info, not p.skipped, p.source, p.line or 0))
    if not problems:
        return {"report/index.md": front_matter("Build report") +
                "<p>Every source file became a page.</p>\n" + resolution_summary(index.archive)}
    summary = (f"<p>{plural(sum(p.skipped for p in problems), 'file')} skipped, "
               f"{plural(sum(p.status == 'warning' for p in problems), 'warning')}, "
               f"{plural(sum(p.info for p in problems), 'note')}.</p>\n" +
               resolution_summary(index.archive) + "\n")
    chunks = paginate(problems, LIST_PAGE)
    pages = {}
    for number, chunk in enumerate(chunks, start=1):
        rows = "".join(f"<tr><td><code>{esc(p.source)}</code></td><td>{p.line or ''}</td>"
                       f"<td>{p.status}</td><td>{esc(p.reason)}</td></tr>" for p in chunk)
        nav = pager("report", number, len(chunks))
        pages[page_src("report", number)] = (
            front_matter("Build report" if number == 1 else f"Build report (page {number})") +
            summary + nav + "<table><thead><tr><th>File</th><th>Line</th><th>Status</th>"
            f"<th>Reason</th></tr></thead><tbody>{rows}</tbody></table>\n\n" + nav)
    return pages
