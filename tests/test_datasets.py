"""Data downloads: CSV tables round-trip against archive.json, the data package validates, the
GeoJSON holds the places with coordinates, and equal archives give equal bytes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from frictionless import Package, system

from archivist.config import load_settings
from archivist.pipeline import gather, render_site
from archivist.publish.writer import write_site
from archivist.render.datasets import COLUMNS, TABLES, to_csv

from .conftest import CORPUS, FIXTURES, REGISTRY

CASES = {"corpus": (CORPUS, REGISTRY, True),
         "speakers": (FIXTURES / "speakers", FIXTURES / "speakers.yml", True)}


@pytest.fixture(scope="module", params=sorted(CASES))
def site(request: pytest.FixtureRequest) -> dict[str, str]:
    sources, registry, detect = CASES[request.param]
    settings = load_settings({"sources": str(sources), "registry": str(registry),
                              "detect": detect, "cache": ""}, FIXTURES, env={})
    return render_site(gather(settings), settings)


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def typed(value: str, kind: str) -> object:
    """A CSV cell back to the JSON value archive.json holds."""
    if value == "":
        return [] if kind == "array" else None
    return {"integer": int, "number": float, "array": json.loads}.get(kind, str)(value)


def rows_as_json(text: str, table: str) -> list[dict]:
    kinds = {col: kind for col, (kind, _) in COLUMNS[table].items()}
    return [{k: typed(v, kinds[k]) for k, v in row.items()} for row in read_csv(text)]


def test_csv_tables_round_trip_against_archive_json(site: dict[str, str]):
    archive = json.loads(site["archive.json"])
    docs = rows_as_json(site["data/documents.csv"], "documents")
    assert docs == [{k: d[k] for k in COLUMNS["documents"]} for d in archive["documents"]]
    entities = rows_as_json(site["data/entities.csv"], "entities")
    expected = []
    for e in archive["entities"]:
        lat, lon = e["coordinates"] or (None, None)
        expected.append({**{k: e.get(k) for k in COLUMNS["entities"]}, "latitude": lat,
                         "longitude": lon})
    assert entities == expected
    for table in ("mentions", "turns"):
        rows = rows_as_json(site[f"data/{table}.csv"], table)
        assert rows == [{k: r[k] for k in COLUMNS[table]} for r in archive[table]]
    assert archive["mentions"]


def test_data_package_validates_with_frictionless(site: dict[str, str], tmp_path: Path):
    write_site(site, tmp_path)
    with system.use_context(trusted=True):
        package = Package(tmp_path / "data" / "datapackage.json")
        report = package.validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert {r.name for r in package.resources} == {*TABLES, "places"}


def test_geojson_has_every_place_with_coordinates(site: dict[str, str]):
    archive = json.loads(site["archive.json"])
    places = {e["id"]: e for e in archive["entities"] if e["type"] == "place"
              and e["coordinates"]}
    data = json.loads(site["data/places.geojson"])
    assert data["type"] == "FeatureCollection"
    assert {f["id"] for f in data["features"]} == set(places)
    for feature in data["features"]:
        lat, lon = places[feature["id"]]["coordinates"]
        assert feature["geometry"] == {"type": "Point", "coordinates": [lon, lat]}
        assert feature["properties"]["url"] == places[feature["id"]]["url"]


def test_data_files_are_deterministic(tmp_path: Path):
    """Two builds, one from a copy of the sources in another folder, give the same bytes."""
    import shutil

    copy = tmp_path / "speakers"
    shutil.copytree(FIXTURES / "speakers", copy)
    outputs = []
    for sources in (FIXTURES / "speakers", copy):
        settings = load_settings({"sources": str(sources),
                                  "registry": str(FIXTURES / "speakers.yml"), "detect": True,
                                  "cache": ""}, FIXTURES, env={})
        site = render_site(gather(settings), settings)
        outputs.append({p: t for p, t in site.items() if p.startswith("data/")})
        assert not [p for p in site if p.startswith("documents/") and not p.endswith(".md")]
    assert outputs[0] == outputs[1]
    assert read_csv(outputs[0]["data/turns.csv"])


def test_hostile_cells_are_quoted_and_come_back_whole():
    hostile = ['=HYPERLINK("x")', 'a,b', 'line\nbreak', '"quoted"', "\r\n", "Ünï"]
    text = to_csv(["a", "b", "c", "d", "e", "f"], [hostile])
    assert text.endswith("\r\n")
    assert list(csv.reader(io.StringIO(text, newline="")))[1] == hostile
