"""More ways in, pure half: the map, the network, the feeds and their bits on entity pages."""

from __future__ import annotations

import json
import logging
import math

from ..config import Settings
from ..html import esc, front_matter, href, link, page_url
from ..index import Index
from ..model import Entity
from .feeds import entity_feed, feed_entities, feed_pages
from .network import HEIGHT, WIDTH, Network, strongest
from .pages import entity_src

log = logging.getLogger(__name__)

MAP_PAGE = "map/index.md"
NETWORK_PAGE = "network/index.md"
MAP_SCRIPTS = ("assets/vendor/leaflet/leaflet.js",
               "assets/vendor/topojson-client/topojson-client.min.js",
               "assets/vendor/world-atlas/countries-110m.js", "assets/map.js")
TYPE_NAMES = {"person": "person", "place": "place", "organization": "organisation"}
LABEL_CHARS = 22
_with_feed: dict[int, tuple[Index, frozenset[str]]] = {}  # last index only: one build at a time


def extra_pages(index: Index, settings: Settings) -> dict[str, str]:
    """The map page, the network page and the Atom feeds."""
    pages = {MAP_PAGE: map_page(index), NETWORK_PAGE: network_page(index)}
    pages.update(feed_pages(index, settings.site_name, settings.site_url))
    return pages


def profile_extras(entity: Entity, index: Index, here: str) -> str:
    """What an entity page's profile gains: a small map for places, a link to its feed."""
    feed = ""
    if entity.id in _feed_ids(index):
        feed = (f'<p class="entity-feed"><a href="{href(here, entity_feed(entity))}" '
                f'type="application/atom+xml">Atom feed</a> of the latest documents '
                f"with {esc(entity.name)}.</p>\n\n")
    return place_map(entity, here) + feed


def _feed_ids(index: Index) -> frozenset[str]:
    """Ids of the entities with a feed, computed once per index (profiles ask for each entity)."""
    cached = _with_feed.get(id(index))
    if cached is None or cached[0] is not index:
        _with_feed.clear()
        cached = (index, frozenset(e.id for e in feed_entities(index)))
        _with_feed[id(index)] = cached
    return cached[1]


def _rel(here: str, target: str) -> str:
    """An unescaped relative URL (for JSON; HTML attributes use html.href)."""
    return "../" * here.count("/") + page_url(target)


def mappable(index: Index) -> list[Entity]:
    """Places with usable coordinates, A–Z."""
    return sorted((e for e in index.entities.values() if e.type == "place" and _coords(e)),
                  key=lambda e: (e.name.casefold(), e.id))


def _coords(entity: Entity) -> tuple[float, float] | None:
    if not entity.coordinates:
        return None
    lat, lon = (float(v) for v in entity.coordinates)
    ok = math.isfinite(lat) and math.isfinite(lon) and abs(lat) <= 90 and abs(lon) <= 180
    return (lat, lon) if ok else None


def script_json(data: object) -> str:
    """JSON safe inside <script>: no '<', '>' or '&' survive, so source text cannot end it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                       ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, code)
    return text


def _map_block(here: str, data_id: str, markers: list[dict], cls: str, label: str) -> str:
    """The map container, its marker data and the scripts (all served by the site)."""
    scripts = "".join(f'<script src="{href(here, s)}"></script>' for s in MAP_SCRIPTS)
    return (f'<div class="archive-map-wrap">\n'
            f'<link rel="stylesheet" href="{href(here, "assets/vendor/leaflet/leaflet.css")}">\n'
            f'<p class="map-tiles" hidden><label><input type="checkbox" class="map-tiles-toggle"> '
            "Show the OpenStreetMap background (loads map images from openstreetmap.org)"
            "</label></p>\n"
            f'<div class="archive-map {cls}" data-markers="{data_id}" role="region" '
            f'aria-label="{esc(label)}"></div>\n'
            f'<script type="application/json" id="{data_id}">{script_json(markers)}</script>\n'
            f"{scripts}\n</div>\n\n")


def map_page(index: Index) -> str:
    """Every place with coordinates on one map, and the same places as a plain list."""
    places = mappable(index)
    here = MAP_PAGE
    markers = [{"name": e.name, "url": _rel(here, entity_src(e)),
                "lat": _coords(e)[0], "lon": _coords(e)[1],
                "docs": len(index.entity_docs.get(e.id, ()))} for e in places]
    rows = "".join(f"<li>{link(here, entity_src(e), e.name)} <small>{_fmt(e)} · "
                   f"{_docs(len(index.entity_docs.get(e.id, ())))}</small></li>" for e in places)
    intro = (f"<p>{len(places):,} places with coordinates. Select a marker to open the place. "
             "Country outlines: Natural Earth.</p>\n\n")
    if not places:
        return front_matter("Map") + "<p>No place has coordinates yet.</p>\n"
    return (front_matter("Map") + intro +
            _map_block(here, "map-markers", markers, "archive-map--large", "Map of places") +
            f'<h2 id="places">Places on the map</h2>\n<ul class="map-places">{rows}</ul>\n')


def place_map(entity: Entity, here: str) -> str:
    """A small map of one place (nothing for other entities or places without coordinates)."""
    coords = _coords(entity) if entity.type == "place" else None
    if not coords:
        return ""
    marker = [{"name": entity.name, "lat": coords[0], "lon": coords[1], "docs": 0}]
    return (_map_block(here, "place-map-markers", marker, "archive-map--small",
                       f"Map: {entity.name}") +
            f'<p class="map-more">{link(here, MAP_PAGE, "All places on the map")}</p>\n\n')


def _docs(count: int) -> str:
    return f"{count:,} document" + ("" if count == 1 else "s")


def _fmt(entity: Entity) -> str:
    lat, lon = _coords(entity) or (0.0, 0.0)
    return f"{lat:.4f}, {lon:.4f}"


def network_page(index: Index) -> str:
    """The strongest co-occurrence links as a static SVG, with a table saying the same."""
    net = strongest(index)
    if not net.edges:
        return front_matter("Network") + "<p>No two entities share a document yet.</p>\n"
    here = NETWORK_PAGE
    floor = f" in at least {net.floor} documents" if net.floor > 1 else ""
    intro = (f"<p>The {len(net.nodes)} people, organisations and places most often mentioned "
             f"together, and the {len(net.edges)} strongest links between them (pairs mentioned "
             f"together{floor}). Larger circles: more documents; thicker lines: more shared "
             "documents. The names that fit are written beside their circles, the others show "
             "when a circle is pointed at or focused. Select a name to open its page; the table "
             "below lists the same links.</p>\n\n")
    legend = ('<p class="network-legend"><span class="net-key net-person">person</span> '
              '<span class="net-key net-organization">organisation</span> '
              '<span class="net-key net-place">place</span></p>\n\n')
    script = f'<script src="{href(here, "assets/network.js")}" defer></script>\n\n'
    return (front_matter("Network") + intro + legend + network_svg(net, index, here) + script +
            pair_table(net, index, here))


def network_svg(net: Network, index: Index, here: str) -> str:
    """Edges under nodes, the most documented on top; every node links to its entity page.

    A circle's area grows with the entity's documents; docs/assets/network.js writes the names
    at a readable size where they fit (the most documented first) and hides the rest until
    hover or focus.
    """
    pos = net.positions
    top = max(n for _, _, n in net.edges)
    lines = "".join(
        f'<line x1="{pos[a][0]}" y1="{pos[a][1]}" x2="{pos[b][0]}" y2="{pos[b][1]}" '
        f'stroke-width="{round(0.6 + 4 * n / top, 2)}"><title>{esc(index.entities[a].name)} and '
        f"{esc(index.entities[b].name)}: {n} documents</title></line>"
        for a, b, n in reversed(net.edges))
    docs = {node: len(index.entity_docs.get(node, ())) for node in net.nodes}
    most = max(docs.values()) or 1
    order = sorted(net.nodes, key=lambda e: (docs[e], index.entities[e].name.casefold(), e))
    nodes = "".join(_node(index.entities[e], pos[e], docs[e], docs[e] / most, here)
                    for e in order)
    return (f'<div class="network-wrap"><svg class="network-graph" viewBox="0 0 {WIDTH:.0f} '
            f'{HEIGHT:.0f}" aria-labelledby="network-svg-title">'
            '<title id="network-svg-title">Network of entities mentioned together</title>'
            f'<g class="net-edges">{lines}</g><g class="net-nodes">{nodes}</g></svg></div>\n\n')


def _node(entity: Entity, xy: tuple[float, float], docs: int, share: float, here: str) -> str:
    name = entity.name
    label = name if len(name) <= LABEL_CHARS else name[:LABEL_CHARS - 1] + "…"
    x, y = xy
    radius = round(3 + 11 * math.sqrt(share), 1)  # area in proportion to the documents
    kind = TYPE_NAMES.get(entity.type, esc(entity.type))
    return (f'<a href="{href(here, entity_src(entity))}" class="net-{esc(entity.type)}" '
            f'data-docs="{docs}"><title>{esc(name)} ({kind}, {_docs(docs)})</title>'
            f'<circle cx="{x}" cy="{y}" r="{radius}"></circle>'
            f'<text x="{round(x + radius + 3, 1)}" y="{round(y + 4, 1)}">{esc(label)}</text></a>')


def pair_table(net: Network, index: Index, here: str) -> str:
    """The accessible equivalent of the picture: every drawn link, strongest first."""
    rows = "".join(
        f"<tr><td>{link(here, entity_src(index.entities[a]), index.entities[a].name)}</td>"
        f"<td>{link(here, entity_src(index.entities[b]), index.entities[b].name)}</td>"
        f"<td>{n:,}</td></tr>" for a, b, n in net.edges)
    return ('<h2 id="strongest-links">Strongest links</h2>\n<table class="network-pairs">'
            "<thead><tr><th>Entity</th><th>Mentioned with</th><th>Documents together</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>\n")
