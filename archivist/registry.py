"""Load and validate the curator's entity registry (entities.yml) into frozen objects.

Schema (version 1)::

    version: 1
    never_link: [sword of Damocles]      # phrases never to link or detect
    entities:
      - name: Kyiv                       # required canonical name
        type: place                      # required: person | place | organization
        id: kyiv                         # optional; default slugify(name)
        aliases: [Kiev]                  # optional other spellings
        description: Capital of Ukraine. # optional short text
        wikidata: Q1899                  # optional, ^Q[1-9][0-9]*$
        geonames: 703448                 # optional, places only, positive int
        coordinates: [50.45, 30.52]      # optional, places only, [lat, lon]
        ambiguous: []                    # optional: names linked only when resolved
    distinct:                            # people who share a name or look like one spelling
      - [Sergei Ivanov, Sergey Ivanov]   # two people: never merged, a bare "Ivanov" needs the
                                         # full name in the same document

A name or alias may belong to only one entity (compared case-insensitively, after
normalising apostrophes and whitespace), unless every entity claiming it lists it
under ``ambiguous``: the linker must then let the document decide which one it means.
"""

from __future__ import annotations

import difflib
import logging
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml
from slugify import slugify

from archivist.errors import RegistryError
from archivist.model import Entity

log = logging.getLogger(__name__)

EntityType = Literal["person", "place", "organization"]
ENTITY_TYPES: tuple[str, ...] = ("person", "place", "organization")
ENTRY_KEYS: tuple[str, ...] = (
    "name", "type", "id", "aliases", "description",
    "wikidata", "geonames", "coordinates", "ambiguous",
)
TOP_KEYS: tuple[str, ...] = ("version", "never_link", "entities", "distinct")
SUPPORTED_VERSION = 1

_WIKIDATA_RE = re.compile(r"^Q[1-9][0-9]*$")
_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_SPACES_RE = re.compile(r"\s+")


def normalise_name(text: str) -> str:
    """Return the comparison key of a name: straight apostrophes, single spaces, casefolded."""
    return _SPACES_RE.sub(" ", text.translate(_APOSTROPHES)).strip().casefold()


@dataclass(frozen=True)
class Registry:
    """The validated registry: entities, phrases never linked, and names of distinct people."""

    entities: tuple[Entity, ...] = ()
    never_link: tuple[str, ...] = ()
    distinct: tuple[tuple[str, ...], ...] = ()
    _ids: Mapping[str, Entity] = field(init=False, repr=False, compare=False)
    _names: Mapping[str, tuple[Entity, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Build the lookup indexes once."""
        names: dict[str, list[Entity]] = {}
        for entity in self.entities:
            for key in dict.fromkeys(normalise_name(n) for n in entity.all_names):
                names.setdefault(key, []).append(entity)
        object.__setattr__(self, "_ids", {e.id: e for e in self.entities})
        object.__setattr__(self, "_names", {k: tuple(v) for k, v in names.items()})

    def __len__(self) -> int:
        return len(self.entities)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities)

    def by_id(self, entity_id: str) -> Entity | None:
        """Return the entity with this id, or None."""
        return self._ids.get(entity_id)

    def by_name(self, name: str) -> tuple[Entity, ...]:
        """Return the entities claiming this name or alias (several only if ambiguous)."""
        return self._names.get(normalise_name(name), ())


def load_registry(path: Path) -> Registry:
    """Read and validate a registry file; a missing or empty file gives an empty registry."""
    origin = str(path)
    if not path.exists():
        log.info("no entity registry at %s; using an empty one", origin)
        return Registry()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RegistryError(f"{origin}: cannot read the registry: {exc}") from exc
    data, lines = _read_yaml(text, origin)
    registry = parse_registry(data, origin, entry_lines=lines)
    log.debug("loaded %d entities from %s", len(registry), origin)
    return registry


# libyaml's parser when PyYAML was built with it (its wheels are): ~5x faster on a big registry.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(text: str, origin: str) -> tuple[object, list[int]]:
    """Parse YAML text; return the data and the 1-based line of each `entities` item."""
    loader = SAFE_LOADER(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        raise RegistryError(_yaml_message(exc, origin)) from exc
    finally:
        loader.dispose()
    return data, _entry_lines(node)


def _yaml_message(exc: yaml.YAMLError, origin: str) -> str:
    """Describe a YAML syntax error with its line number."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    where = f"{origin}:{mark.line + 1}" if mark is not None else origin
    column = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
    return (
        f"{where}: malformed YAML: {problem}{column}; check the indentation and quote "
        f"values containing ':' or '#'"
    )


def _entry_lines(node: yaml.Node | None) -> list[int]:
    """Return the 1-based start line of every item of the top-level `entities` list."""
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if key.value == "entities" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def parse_registry(data: object, origin: str, *, entry_lines: Sequence[int] = ()) -> Registry:
    """Validate already-parsed YAML data; raise one RegistryError listing every problem."""
    if data is None:
        return Registry()
    if not isinstance(data, Mapping):
        raise RegistryError(
            f"{origin}: the registry must be a mapping with keys version, never_link and "
            f"entities, got {type(data).__name__} {_quote(data)}"
        )
    errors: list[str] = []
    _check_top(data, origin, errors)
    never_link = _string_list(data.get("never_link"), "never_link", f"{origin}: ", errors)
    entities = _parse_entries(data.get("entities"), origin, entry_lines, errors)
    errors.extend(_cross_check(entities, never_link, origin))
    distinct = _distinct(data.get("distinct"), entities, never_link, origin, errors)
    if errors:
        raise RegistryError("\n".join(errors))
    return Registry(entities=tuple(e for e, _ in entities), never_link=never_link,
                    distinct=distinct)


def _distinct(raw: object, entities: list[tuple[Entity, _Where]], never_link: tuple[str, ...],
              origin: str, errors: list[str]) -> tuple[tuple[str, ...], ...]:
    """Validate `distinct`: lists of at least two different names, each of another person."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        errors.append(f"{origin}: 'distinct' must be a list of name lists, got {_quote(raw)}; "
                      f"write distinct: [[Sergei Ivanov, Sergey Ivanov]]")
        return ()
    owner = {key: e for key, claims in _claims(entities).items() for e, _, _ in claims}
    blocked = {normalise_name(p) for p in never_link}
    out = []
    for index, item in enumerate(raw, start=1):
        prefix = f"{origin}: distinct entry {index}: "
        if not isinstance(item, list):
            errors.append(f"{prefix}must be a list of names, got {_quote(item)}; "
                          f"write - [First Person, Second Person]")
            continue
        names = _string_list(item, "names", prefix, errors)
        keys = [normalise_name(n) for n in names]
        if len(set(keys)) < 2:
            errors.append(f"{prefix}list at least two different names of different people, "
                          f"got {_quote(item)}")
        elif len(set(keys)) < len(keys):
            errors.append(f"{prefix}a name is listed twice in {_quote(item)}")
        for name, key in zip(names, keys):
            if key in blocked:
                errors.append(f"{prefix}{_quote(name)} is also a never_link phrase")
        claimed = [owner[k].id for k in keys if k in owner]
        if len(claimed) != len(set(claimed)):
            errors.append(f"{prefix}two of {_quote(item)} are names of one registry entity; "
                          f"remove the alias or the distinct rule")
        if len(set(keys)) >= 2 and len(set(keys)) == len(keys):
            out.append(names)
    return tuple(out)


def _check_top(data: Mapping[object, object], origin: str, errors: list[str]) -> None:
    """Check the top-level keys and the version."""
    for key in data:
        if key not in TOP_KEYS:
            suggestion = _suggest(key, TOP_KEYS)
            errors.append(f"{origin}: unknown top-level key {_quote(key)}; {suggestion}")
    version = data.get("version", SUPPORTED_VERSION)
    if version != SUPPORTED_VERSION or isinstance(version, bool):
        errors.append(
            f"{origin}: unsupported version {_quote(version)}; "
            f"write version: {SUPPORTED_VERSION}"
        )


def _parse_entries(
    raw: object, origin: str, lines: Sequence[int], errors: list[str]
) -> list[tuple[Entity, _Where]]:
    """Validate every entry; return (entity, location) for the valid ones."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        errors.append(
            f"{origin}: 'entities' must be a list of mappings, got {_quote(raw)}; "
            f"start each entry with '- name: ...'"
        )
        return []
    parsed: list[tuple[Entity, _Where]] = []
    for index, item in enumerate(raw, start=1):
        line = lines[index - 1] if index - 1 < len(lines) else None
        where = _where(origin, index, item, line)
        entity = _parse_entry(item, where.prefix, errors)
        if entity is not None:
            parsed.append((entity, where))
    return parsed


@dataclass(frozen=True)
class _Where:
    """Where an entry sits: file, 1-based index, entry name and line (if known)."""

    origin: str
    index: int
    name: str | None
    line: int | None

    @property
    def label(self) -> str:
        """Return 'entry N ("Name")', with its line if known."""
        name = f' ("{self.name}")' if self.name else ""
        at = f" at line {self.line}" if self.line else ""
        return f"entry {self.index}{name}{at}"

    @property
    def prefix(self) -> str:
        """Return the message prefix 'file:line: entry N ("Name"): '."""
        where = f"{self.origin}:{self.line}" if self.line else self.origin
        name = f' ("{self.name}")' if self.name else ""
        return f"{where}: entry {self.index}{name}: "


def _where(origin: str, index: int, item: object, line: int | None) -> _Where:
    """Locate an entry for error messages."""
    name = item.get("name") if isinstance(item, Mapping) else None
    label = name.strip() if isinstance(name, str) and name.strip() else None
    return _Where(origin, index, label, line)


def _parse_entry(item: object, prefix: str, errors: list[str]) -> Entity | None:
    """Validate one entry; append problems to errors and return None if any."""
    if not isinstance(item, Mapping):
        errors.append(
            f"{prefix}expected a mapping such as '- name: ...' with 'type: ...' below it, "
            f"got {type(item).__name__} {_quote(item)}"
        )
        return None
    before = len(errors)
    for key in item:
        if key not in ENTRY_KEYS:
            errors.append(f"{prefix}unknown key {_quote(key)}; {_suggest(key, ENTRY_KEYS)}")
    name = _name(item, prefix, errors)
    etype = _type(item, prefix, errors)
    aliases = _string_list(item.get("aliases"), "aliases", prefix, errors)
    ambiguous = _ambiguous(item, aliases, prefix, errors)
    fields = {
        "id": _id(item, name, prefix, errors),
        "description": _optional_text(item, "description", prefix, errors),
        "wikidata": _wikidata(item, prefix, errors),
        "geonames": _geonames(item, etype, prefix, errors),
        "coordinates": _coordinates(item, etype, prefix, errors),
    }
    if len(errors) > before or name is None or etype is None:
        return None
    return Entity(name=name, type=etype, aliases=aliases, ambiguous=ambiguous, **fields)


def _name(item: Mapping[str, object], prefix: str, errors: list[str]) -> str | None:
    """Return the required canonical name."""
    if "name" not in item:
        errors.append(f"{prefix}missing required key 'name'; add 'name: <canonical name>'")
        return None
    name = item["name"]
    if not isinstance(name, str) or not name.strip():
        errors.append(f"{prefix}name {_quote(name)} is not a non-empty text; quote it if needed")
        return None
    return name.strip()


def _type(item: Mapping[str, object], prefix: str, errors: list[str]) -> EntityType | None:
    """Return the required entity type."""
    choices = ", ".join(ENTITY_TYPES)
    if "type" not in item:
        errors.append(f"{prefix}missing required key 'type'; add 'type: ' with one of {choices}")
        return None
    etype = item["type"]
    if etype not in ENTITY_TYPES:
        errors.append(f"{prefix}unknown type {_quote(etype)}; use one of {choices}")
        return None
    return etype  # type: ignore[return-value]


def _id(item: Mapping[str, object], name: str | None, prefix: str, errors: list[str]) -> str:
    """Return the explicit id, or the slug of the name."""
    raw = item.get("id")
    if raw is None:
        slug = slugify(name) if name else ""
        if name and not slug:
            errors.append(f"{prefix}name {_quote(name)} gives an empty id; add an explicit 'id:'")
        return slug
    if not isinstance(raw, str) or not _SLUG_RE.match(raw):
        hint = slugify(str(raw)) or "kyiv"
        errors.append(
            f"{prefix}id {_quote(raw)} is not a slug; use lowercase letters, digits and "
            f"single hyphens, e.g. {_quote(hint)}"
        )
        return ""
    return raw


def _string_list(raw: object, key: str, prefix: str, errors: list[str]) -> tuple[str, ...]:
    """Return a list of non-empty strings, stripped."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        hint = f"; write {key}: [{raw}]" if isinstance(raw, str) else ""
        errors.append(f"{prefix}{key} must be a list, got {_quote(raw)}{hint}")
        return ()
    bad = [v for v in raw if not isinstance(v, str) or not v.strip()]
    for value in bad:
        errors.append(f"{prefix}{key} item {_quote(value)} is not a non-empty text; quote it")
    return tuple(v.strip() for v in raw if isinstance(v, str) and v.strip())


def _ambiguous(
    item: Mapping[str, object], aliases: tuple[str, ...], prefix: str, errors: list[str]
) -> tuple[str, ...]:
    """Return the ambiguous names, each of which must also be the name or an alias."""
    ambiguous = _string_list(item.get("ambiguous"), "ambiguous", prefix, errors)
    name = item.get("name")
    known = {normalise_name(a) for a in aliases}
    if isinstance(name, str):
        known.add(normalise_name(name))
    for value in ambiguous:
        if normalise_name(value) not in known:
            errors.append(
                f"{prefix}ambiguous name {_quote(value)} is neither its name nor one of its "
                f"aliases; add it to aliases too"
            )
    return ambiguous


def _optional_text(
    item: Mapping[str, object], key: str, prefix: str, errors: list[str]
) -> str | None:
    """Return an optional free-text field."""
    raw = item.get(key)
    if raw is None:
        return None
    if not isinstance(raw, str):
        errors.append(f"{prefix}{key} {_quote(raw)} is not text; quote it")
        return None
    return raw.strip() or None


def _wikidata(item: Mapping[str, object], prefix: str, errors: list[str]) -> str | None:
    """Return the optional Wikidata QID."""
    raw = item.get("wikidata")
    if raw is None:
        return None
    if not isinstance(raw, str) or not _WIKIDATA_RE.match(raw):
        errors.append(
            f"{prefix}wikidata {_quote(raw)} is not a Wikidata item id; write it like "
            f"'Q7747' (Q then digits) or leave it out"
        )
        return None
    return raw


def _geonames(
    item: Mapping[str, object], etype: str | None, prefix: str, errors: list[str]
) -> int | None:
    """Return the optional GeoNames id (places only)."""
    raw = item.get("geonames")
    if raw is None:
        return None
    if not _place_only("geonames", raw, etype, prefix, errors):
        return None
    if isinstance(raw, bool) or not isinstance(raw, int) or raw <= 0:
        errors.append(
            f"{prefix}geonames {_quote(raw)} is not a positive whole number; write the bare "
            f"GeoNames id, e.g. 703448, or leave it out"
        )
        return None
    return raw


def _coordinates(
    item: Mapping[str, object], etype: str | None, prefix: str, errors: list[str]
) -> tuple[float, float] | None:
    """Return the optional [lat, lon] pair (places only)."""
    raw = item.get("coordinates")
    if raw is None:
        return None
    if not _place_only("coordinates", raw, etype, prefix, errors):
        return None
    numbers = raw if isinstance(raw, list) else []
    if len(numbers) != 2 or not all(_is_number(n) for n in numbers):
        errors.append(
            f"{prefix}coordinates {_quote(raw)} must be two numbers [lat, lon], "
            f"e.g. [50.45, 30.52]"
        )
        return None
    lat, lon = float(numbers[0]), float(numbers[1])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        swapped = -90 <= lon <= 90 and -180 <= lat <= 180
        hint = "; did you swap them? write [lat, lon]" if swapped else ""
        errors.append(
            f"{prefix}coordinates {_quote(raw)} are impossible: latitude must be within "
            f"[-90, 90] and longitude within [-180, 180]{hint}"
        )
        return None
    return (lat, lon)


def _is_number(value: object) -> bool:
    """Tell whether value is a finite int or float (not a bool)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _place_only(key: str, raw: object, etype: str | None, prefix: str, errors: list[str]) -> bool:
    """Report a place-only field on a non-place; return whether the field may be used."""
    if etype is None or etype == "place":
        return True
    errors.append(
        f"{prefix}{key} {_quote(raw)}: only places may have {key}, but type is "
        f"{_quote(etype)}; remove {key} or change the type to place"
    )
    return False


def _cross_check(
    entities: list[tuple[Entity, _Where]], never_link: tuple[str, ...], origin: str
) -> list[str]:
    """Find duplicate ids, names claimed twice, and names that are also never_link."""
    errors: list[str] = []
    seen_ids: dict[str, str] = {}
    for entity, where in entities:
        if entity.id in seen_ids:
            errors.append(
                f"{where.prefix}duplicate id {_quote(entity.id)}, already used by "
                f"{seen_ids[entity.id]}; give one of them a distinct 'id:'"
            )
        else:
            seen_ids[entity.id] = where.label
    errors.extend(_name_collisions(entities))
    errors.extend(_never_link_conflicts(entities, never_link, origin))
    return errors


_Claim = tuple[Entity, _Where, str]


def _claims(entities: list[tuple[Entity, _Where]]) -> dict[str, list[_Claim]]:
    """Map each normalised name to (entity, location, spelling) of every entity claiming it."""
    claims: dict[str, list[_Claim]] = {}
    for entity, where in entities:
        spellings = {normalise_name(n): n for n in reversed(entity.all_names)}
        for key, spelling in spellings.items():
            claims.setdefault(key, []).append((entity, where, spelling))
    return claims


def _name_collisions(entities: list[tuple[Entity, _Where]]) -> list[str]:
    """Report names or aliases claimed by several entities, unless all mark them ambiguous."""
    errors: list[str] = []
    for key, claimants in _claims(entities).items():
        if len(claimants) < 2:
            continue
        if all(key in {normalise_name(a) for a in e.ambiguous} for e, _, _ in claimants):
            continue
        names = " and ".join(f"{w.label} (as {_quote(s)})" for _, w, s in claimants)
        errors.append(
            f"{claimants[0][1].origin}: name or alias {_quote(claimants[0][2])} is claimed by "
            f"{names}; "
            f"keep it on one entity, or list it under 'ambiguous' on every entity claiming it"
        )
    return errors


def _never_link_conflicts(
    entities: list[tuple[Entity, _Where]], never_link: tuple[str, ...], origin: str
) -> list[str]:
    """Report never_link phrases that are also an entity's name or alias."""
    claims = _claims(entities)
    errors = []
    for phrase in never_link:
        for _, where, spelling in claims.get(normalise_name(phrase), []):
            errors.append(
                f"{origin}: never_link phrase {_quote(phrase)} is also the name or alias "
                f"{_quote(spelling)} of {where.label}; remove one of them"
            )
    return errors


def _suggest(key: object, known: Sequence[str]) -> str:
    """Suggest the closest known key, or list them all."""
    close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
    if close:
        return f"did you mean {_quote(close[0])}?"
    return "known keys are " + ", ".join(known)


def _quote(value: object) -> str:
    """Quote a value for an error message, shortening long ones."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
