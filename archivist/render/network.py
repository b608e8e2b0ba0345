"""The co-occurrence network, pure half: the strongest links and a deterministic layout."""

from __future__ import annotations

import logging
import math
from collections import Counter
from dataclasses import dataclass

from ..index import Index

log = logging.getLogger(__name__)

MAX_NODES = 60
MAX_EDGES = 150
PER_NODE = 2  # every drawn node keeps at least its strongest links
EDGE_POOL = 20 * MAX_EDGES  # the shared-document floor rises until at most this many pairs remain
ITERATIONS = 200
SPREAD = 0.5
GRAVITY = 5.0  # pull towards the centre, keeps unconnected groups on the page
WIDTH, HEIGHT, MARGIN = 1000.0, 700.0, 40.0
TYPE_ORDER = {"person": 0, "organization": 1, "place": 2}

Edge = tuple[str, str, int]


@dataclass(frozen=True)
class Network:
    """The strongest links: nodes with positions, edges with shared-document counts."""

    nodes: tuple[str, ...]
    edges: tuple[Edge, ...]
    positions: dict[str, tuple[float, float]]
    floor: int


def strongest(index: Index) -> Network:
    """The most connected entities and the pairs among them that share the most documents."""
    pairs = {(a, b): n for a, counts in index.cooccurrence.items() for b, n in counts.items()
             if a < b and a in index.entities and b in index.entities}
    floor = _floor(Counter(pairs.values()))
    kept = {p: n for p, n in pairs.items() if n >= floor}
    degree: Counter[str] = Counter()
    for (a, b), n in kept.items():
        degree[a] += n
        degree[b] += n
    name = {e: (index.entities[e].name.casefold(), e) for e in degree}
    top = set(sorted(degree, key=lambda e: (-degree[e], name[e]))[:MAX_NODES])
    ranked = sorted(((a, b, n) for (a, b), n in kept.items() if a in top and b in top),
                    key=lambda t: (-t[2], name[t[0]], name[t[1]]))
    edges = _pick(ranked)
    used = {e for a, b, _ in edges for e in (a, b)}
    nodes = tuple(sorted(used, key=lambda e: (TYPE_ORDER.get(index.entities[e].type, 9), name[e])))
    log.debug("network: %d nodes, %d edges, floor %d", len(nodes), len(edges), floor)
    return Network(nodes=nodes, edges=tuple(edges), positions=layout(nodes, edges), floor=floor)


def _pick(ranked: list[Edge]) -> list[Edge]:
    """Each node's strongest links first (so hubs cannot crowd the rest out), then the strongest."""
    backbone: set[Edge] = set()
    per_node: Counter[str] = Counter()
    for edge in ranked:
        a, b, _ = edge
        if per_node[a] < PER_NODE or per_node[b] < PER_NODE:
            backbone.add(edge)
            per_node[a] += 1
            per_node[b] += 1
    chosen = [e for e in ranked if e in backbone][:MAX_EDGES]
    chosen += [e for e in ranked if e not in backbone][:MAX_EDGES - len(chosen)]
    keep = set(chosen)
    return [e for e in ranked if e in keep]


def _floor(histogram: Counter[int]) -> int:
    """The smallest shared-document count that leaves at most EDGE_POOL candidate pairs."""
    floor, remaining = 1, sum(histogram.values())
    while remaining > EDGE_POOL:
        remaining -= histogram.get(floor, 0)
        floor += 1
    return floor


def layout(nodes: tuple[str, ...], edges: list[Edge]) -> dict[str, tuple[float, float]]:
    """A Fruchterman–Reingold layout from a fixed circular start: same input, same picture."""
    count = len(nodes)
    if not count:
        return {}
    pos = [[math.cos(2 * math.pi * i / count), math.sin(2 * math.pi * i / count)]
           for i in range(count)]
    at = {node: i for i, node in enumerate(nodes)}
    links = [(at[a], at[b], 1 + math.log(n)) for a, b, n in edges]
    k = math.sqrt(4.0 / count)
    for step in range(ITERATIONS):
        shift = _forces(pos, links, k)
        limit = 0.1 * (1 - step / ITERATIONS) + 0.002
        for i, (dx, dy) in enumerate(shift):
            length = math.hypot(dx, dy) or 1.0
            pos[i][0] += dx / length * min(length, limit)
            pos[i][1] += dy / length * min(length, limit)
    return _fit({node: (pos[i][0], pos[i][1]) for node, i in at.items()})


def _forces(pos: list[list[float]], links: list[tuple[int, int, float]],
            k: float) -> list[list[float]]:
    """Repulsion between every pair, attraction along edges, a weak pull to the centre."""
    shift = [[-GRAVITY * x, -GRAVITY * y] for x, y in pos]
    for i, (xi, yi) in enumerate(pos):
        for j in range(i + 1, len(pos)):
            dx, dy = xi - pos[j][0], yi - pos[j][1]
            dist2 = dx * dx + dy * dy or 1e-9
            push = k * k / dist2
            shift[i][0] += dx * push
            shift[i][1] += dy * push
            shift[j][0] -= dx * push
            shift[j][1] -= dy * push
    for i, j, weight in links:
        dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
        pull = math.hypot(dx, dy) * weight / k
        shift[i][0] -= dx * pull
        shift[i][1] -= dy * pull
        shift[j][0] += dx * pull
        shift[j][1] += dy * pull
    return shift


def _spread(raw: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Pull the sparse rim in and push the crowded core out: radius r becomes r ** SPREAD."""
    cx = sum(x for x, _ in raw.values()) / len(raw)
    cy = sum(y for _, y in raw.values()) / len(raw)
    far = max(math.hypot(x - cx, y - cy) for x, y in raw.values()) or 1.0
    out = {}
    for node, (x, y) in raw.items():
        r = math.hypot(x - cx, y - cy) / far
        scale = r ** (SPREAD - 1) if r else 1.0
        out[node] = ((x - cx) * scale, (y - cy) * scale)
    return out


def _fit(raw: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """Scale positions into the drawing area, rounded so the SVG text is stable."""
    raw = _spread(raw)
    xs = [x for x, _ in raw.values()]
    ys = [y for _, y in raw.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    inner_w, inner_h = WIDTH - 2 * MARGIN - 170, HEIGHT - 2 * MARGIN
    return {node: (round(MARGIN + 60 + (x - min(xs)) / span_x * inner_w, 1),
                   round(MARGIN + (y - min(ys)) / span_y * inner_h, 1))
            for node, (x, y) in raw.items()}
