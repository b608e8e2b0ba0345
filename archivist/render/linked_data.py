"""schema.org descriptions of entity pages (JSON-LD), with sameAs links to Wikidata and GeoNames.

The dict goes into the page's front matter; overrides/main.html writes it into the page head
with Jinja's `tojson`, which escapes <, > and &, so no name can end the script.
"""

from __future__ import annotations

from ..model import Entity

SCHEMA_TYPES = {"person": "Person", "place": "Place", "organization": "Organization"}


def entity_jsonld(entity: Entity) -> dict[str, object]:
    """A Person, Place or Organization with its names, description, identifiers and position."""
    data: dict[str, object] = {"@context": "https://schema.org",
                               "@type": SCHEMA_TYPES[entity.type], "name": entity.name}
    if entity.aliases:
        data["alternateName"] = list(entity.aliases)
    if entity.description:
        data["description"] = entity.description
    same = []
    if entity.wikidata:
        same.append(f"https://www.wikidata.org/wiki/{entity.wikidata}")
    if entity.geonames:
        same.append(f"https://www.geonames.org/{entity.geonames}/")
    if same:
        data["sameAs"] = same
    if entity.type == "place" and entity.coordinates:
        lat, lon = entity.coordinates
        data["geo"] = {"@type": "GeoCoordinates", "latitude": lat, "longitude": lon}
    return data
