"""Map, network and Atom feeds: checked in the built site and on hostile or larger archives."""

from __future__ import annotations

import json
import posixpath
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from archivist.config import load_settings
from archivist.index import build_index
from archivist.model import Archive, Block, Document, Entity, Mention, Metadata
from archivist.pipeline import gather, render_site
from archivist.render.network import HEIGHT, MAX_EDGES, MAX_NODES, WIDTH, strongest

from .conftest import extract

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
HOSTILE = '</script><script>alert("m")</script> & <b>Town</b>'
DATA_BLOCK = re.compile(r'<script type="application/json" id="([\w-]+)">(.*?)</script>', re.S)


def _resolve(site: Path, page: str, url: str) -> Path:
    """The file a relative link on a built page points at."""
    return site / posixpath.normpath(posixpath.join(posixpath.dirname(page), url.split("#")[0]))


def _markers(html: str) -> list[dict]:
    blocks = {m[1]: m[2] for m in DATA_BLOCK.finditer(html)}
    assert len(blocks) == 1, blocks.keys()
    return json.loads(next(iter(blocks.values())))


def _links(html: str) -> list[str]:
    return [a["href"] for t, a in extract(html).tags if t == "a" and a.get("href")]


def test_map_has_one_marker_per_place_with_coordinates_each_linking_its_page(seed_site: Path):
    data = json.loads((seed_site / "archive.json").read_text())
    places = {e["name"]: e for e in data["entities"] if e["type"] == "place" and e["coordinates"]}
    page = (seed_site / "map/index.html").read_text()
    markers = _markers(page)
    assert len(markers) == len(places) > 10
    assert sorted(m["name"] for m in markers) == sorted(places)
    for marker in markers:
        assert [marker["lat"], marker["lon"]] == places[marker["name"]]["coordinates"]
        target = _resolve(seed_site, "map/index.html", marker["url"])
        assert target == seed_site / places[marker["name"]]["url"] / "index.html"
        assert target.is_file()
    fallback = extract(page.split('class="map-places"')[1]).text
    assert all(name in fallback for name in places)


def test_map_assets_are_served_by_the_site_and_only_tiles_are_remote(seed_site: Path):
    for page in ("map/index.html", "places/kyiv/index.html"):
        html = (seed_site / page).read_text().split('class="md-content__inner', 1)[1]
        tags = extract(html).tags  # the page's own content (the theme's <head> is not ours)
        sources = [a["src"] for t, a in tags if t == "script" and a.get("src")]
        sheets = [a["href"] for t, a in tags if t == "link" and a.get("rel") == "stylesheet"]
        assert any(s.endswith("vendor/leaflet/leaflet.js") for s in sources)
        for url in sources + sheets:
            assert "://" not in url and _resolve(seed_site, page, url).is_file(), url
    script = (seed_site / "assets/map.js").read_text()
    assert re.findall(r"https?://[\w.]+", script) == ["https://tile.openstreetmap.org",
                                                      "https://www.openstreetmap.org"]
    assert "innerHTML" not in script
    for name in ("leaflet.css", "images/marker-icon.png", "images/marker-shadow.png"):
        assert (seed_site / "assets/vendor/leaflet" / name).is_file()


def test_place_page_has_a_small_map_of_itself_and_others_have_none(seed_site: Path):
    kyiv = (seed_site / "places/kyiv/index.html").read_text()
    assert _markers(kyiv) == [{"docs": 0, "lat": 50.45, "lon": 30.52, "name": "Kyiv"}]
    assert "archive-map--small" in kyiv and "../../map/index.html" in _links(kyiv)
    putin = (seed_site / "people/vladimir-putin/index.html").read_text()
    assert "archive-map" not in putin and not DATA_BLOCK.search(putin)


def test_network_page_links_resolve_and_table_matches_picture(seed_site: Path):
    page = (seed_site / "network/index.html").read_text()
    svg = page.split('<svg class="network-graph"', 1)[1].split("</svg>", 1)[0]
    nodes = re.findall(r'<a href="([^"]+)" class="net-(?:person|place|organization)"[ >]', svg)
    lines = re.findall(r'<line x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"', svg)
    table = page.split('class="network-pairs"', 1)[1].split("</table>", 1)[0]
    rows = table.count("<tr>") - 1
    assert 2 <= len(nodes) <= MAX_NODES and 1 <= len(lines) == rows <= MAX_EDGES
    assert len(set(nodes)) == len(nodes)
    for url in nodes + _links(table):
        assert _resolve(seed_site, "network/index.html", url).is_file(), url
    for x1, y1, x2, y2 in lines:
        assert all(0 <= float(v) <= WIDTH for v in (x1, x2))
        assert all(0 <= float(v) <= HEIGHT for v in (y1, y2))
    counts = [int(c.replace(",", "")) for c in re.findall(r"<td>([\d,]+)</td></tr>", table)]
    assert counts == sorted(counts, reverse=True) and len(counts) == rows
    assert "://" not in svg.replace("http://www.w3.org/2000/svg", "")


def _feed(path: Path) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag == f"{ATOM}feed"
    return root


def _check_atom(root: ET.Element) -> list[ET.Element]:
    """RFC 4287: required elements, one alternate link each, RFC 3339 dates, unique ids."""
    for tag in ("id", "title", "updated"):
        assert len(root.findall(f"{ATOM}{tag}")) == 1 and root.findtext(f"{ATOM}{tag}").strip()
    assert root.find(f"{ATOM}author/{ATOM}name").text.strip()
    assert RFC3339.match(root.findtext(f"{ATOM}updated"))
    entries = root.findall(f"{ATOM}entry")
    ids = [root.findtext(f"{ATOM}id")]
    for entry in entries:
        for tag in ("id", "title", "updated"):
            assert len(entry.findall(f"{ATOM}{tag}")) == 1, tag
        assert RFC3339.match(entry.findtext(f"{ATOM}updated"))
        alternates = [ln for ln in entry.findall(f"{ATOM}link") if ln.get("rel", "alternate")
                      == "alternate"]
        assert len(alternates) == 1 and entry.findtext(f"{ATOM}summary")
        ids.append(entry.findtext(f"{ATOM}id"))
    assert len(ids) == len(set(ids)) and all(i.startswith("urn:uuid:") for i in ids)
    newest = max((e.findtext(f"{ATOM}updated") for e in entries), default=None)
    assert newest is None or root.findtext(f"{ATOM}updated") == newest
    return entries


def test_site_feed_is_valid_atom_of_dated_documents_newest_first(seed_site: Path):
    entries = _check_atom(_feed(seed_site / "feed.xml"))
    data = json.loads((seed_site / "archive.json").read_text())
    dated = sorted((d for d in data["documents"] if d["date"]), key=lambda d: d["date"],
                   reverse=True)
    assert [e.findtext(f"{ATOM}title") for e in entries] == [d["title"] for d in dated]
    assert [e.findtext(f"{ATOM}updated")[:10] for e in entries] == [d["date"] for d in dated]
    for entry, doc in zip(entries, dated):
        href = entry.find(f"{ATOM}link").get("href")
        assert href == f"{doc['url']}index.html" and (seed_site / href).is_file()
    home = (seed_site / "index.html").read_text()
    assert '<link rel="alternate" type="application/atom+xml"' in home


def test_entity_feeds_are_valid_and_linked_from_their_pages(seed_site: Path):
    feeds = sorted(seed_site.glob("*/*/feed.xml"))
    assert 10 <= len(feeds) <= 50
    for path in feeds:
        entries = _check_atom(_feed(path))
        for entry in entries:
            assert (path.parent / entry.find(f"{ATOM}link").get("href")).resolve().is_file()
        page = (path.parent / "index.html").read_text()
        feed_link = re.search(r'<a href="([^"]+)" type="application/atom\+xml">', page)
        assert _resolve(seed_site, str(path.parent.relative_to(seed_site)) + "/index.html",
                        feed_link[1]) == path


@pytest.fixture
def hostile_site(tmp_path: Path) -> dict[str, str]:
    """A small archive whose place, person and document title are all markup."""
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text(
        "---\ntitle: 'Bad </title> & <script>x</script> title \x01'\ndate: 2024-05-01\n---\n\n"
        f"News from {HOSTILE} today. Mr Evil<i> met people in {HOSTILE} and Kyiv.\n",
        encoding="utf-8")
    (sources / "b.txt").write_text(
        "---\ntitle: Second\ndate: 2024-05-02\n---\n\nKyiv and Mr Evil<i> again.\n")
    (tmp_path / "entities.yml").write_text(json.dumps({"version": 1, "entities": [
        {"name": HOSTILE, "type": "place", "coordinates": [10.5, 20.25]},
        {"name": "Kyiv", "type": "place", "coordinates": [50.45, 30.5236]},
        {"name": "Mr Evil<i>", "type": "person"}]}))
    settings = load_settings({"sources": str(sources), "registry": "entities.yml",
                              "cache": None, "detect": False}, tmp_path)
    return render_site(gather(settings), settings)


def test_hostile_names_cannot_escape_map_data_network_or_feeds(hostile_site: dict[str, str]):
    page = hostile_site["map/index.md"]
    assert len(DATA_BLOCK.findall(page)) == 1 and page.count("</script>") == 5
    assert {m["name"] for m in _markers(page)} == {HOSTILE, "Kyiv"}
    assert "<script>alert" not in page and "<b>Town" not in page
    assert HOSTILE in extract(page.split("map-places", 1)[1]).text
    network = hostile_site["network/index.md"]
    assert re.findall(r"<script[^>]*>", network) == ['<script src="../assets/network.js" defer>']
    assert "<i>" not in network and "<b>" not in network
    assert "Mr Evil&lt;i&gt;" in network and extract(network).text.count("Mr Evil<i>") >= 1
    root = ET.fromstring(hostile_site["feed.xml"].encode())
    titles = [e.findtext(f"{ATOM}title") for e in _check_atom(root)]
    assert titles == ["Second", "Bad </title> & <script>x</script> title"]
    [place] = [v for k, v in hostile_site.items()
               if re.fullmatch(r"places/[^/]+/index\.md", k) and k != "places/kyiv/index.md"]
    assert {m["name"] for m in _markers(place)} == {HOSTILE}


def test_site_url_makes_feed_links_absolute_with_a_self_link(tmp_path: Path):
    sources = tmp_path / "s"
    sources.mkdir()
    (sources / "a.txt").write_text("---\ntitle: One\ndate: 2023-01-02\n---\n\nText in Kyiv.\n")
    (tmp_path / "e.yml").write_text("version: 1\nentities:\n  - {name: Kyiv, type: place}\n")
    settings = load_settings({"sources": "s", "registry": "e.yml", "cache": None}, tmp_path,
                             site_url="https://example.org/archive/")
    pages = render_site(gather(settings), settings)
    root = ET.fromstring(pages["feed.xml"].encode())
    links = {ln.get("rel"): ln.get("href") for ln in root.findall(f"{ATOM}link")}
    assert links == {"alternate": "https://example.org/archive/index.html",
                     "self": "https://example.org/archive/feed.xml"}
    entry = _check_atom(root)[0]
    assert entry.find(f"{ATOM}link").get("href") == (
        "https://example.org/archive/documents/one/index.html")
    assert root.findtext(f"{ATOM}updated") == "2023-01-02T00:00:00+00:00"


def _synthetic(entities: int, docs: int) -> Archive:
    """An archive where document d mentions entities d..d+11 (mod n): many overlapping pairs."""
    kinds = ("person", "place", "organization")
    ents = tuple(Entity(id=f"e{i:03d}", name=f"Entity {i:03d}", type=kinds[i % 3])
                 for i in range(entities))
    documents, mentions = [], []
    for d in range(docs):
        meta = Metadata(title=f"Doc {d}")
        documents.append(Document(id=f"d{d:03d}", source=f"d{d}.txt", sha256="0" * 64,
                                  meta=meta, blocks=(Block("paragraph", "x", 1),), words=1))
        for k in range(12 + d % 5):
            e = ents[(d * 3 + k * k) % entities]
            mentions.append(Mention(f"d{d:03d}", e.id, 0, 0, 1, "x", f"m-{d}-{k}"))
    return Archive(documents=tuple(documents), entities=ents, mentions=tuple(mentions),
                   problems=())


def test_network_of_a_large_archive_keeps_only_the_strongest_links_deterministically():
    index = build_index(_synthetic(400, 600))
    pairs = sum(len(c) for c in index.cooccurrence.values()) // 2
    net = strongest(index)
    assert pairs > 10 * MAX_EDGES
    assert len(net.nodes) <= MAX_NODES and len(net.edges) == MAX_EDGES
    assert [n for _, _, n in net.edges] == sorted((n for _, _, n in net.edges), reverse=True)
    degree = Counter(e for a, b, _ in net.edges for e in (a, b))
    assert set(degree) == set(net.nodes)
    for x, y in net.positions.values():
        assert 0 <= x <= WIDTH and 0 <= y <= HEIGHT
    assert strongest(build_index(_synthetic(400, 600))) == net
