"""Tests for the entity registry loader and the shipped entities.yml."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from archivist.errors import RegistryError
from archivist.registry import Entity, Registry, load_registry, normalise_name, parse_registry

SHIPPED = Path(__file__).resolve().parent.parent / "entities.yml"


def _errors(data: object) -> list[str]:
    """Parse data expecting failure; return the error lines."""
    with pytest.raises(RegistryError) as info:
        parse_registry(data, "entities.yml")
    return str(info.value).splitlines()


def _one_error(entries: list[object]) -> str:
    """Parse a registry of these entries expecting exactly one error line."""
    lines = _errors({"version": 1, "entities": entries})
    assert len(lines) == 1, lines
    return lines[0]


# ---------------------------------------------------------------- shipped registry


@pytest.fixture(scope="module")
def shipped() -> Registry:
    return load_registry(SHIPPED)


def test_shipped_registry_loads(shipped: Registry) -> None:
    assert len(shipped) > 50
    assert {e.type for e in shipped} == {"person", "place", "organization"}


def test_shipped_entities_all_have_descriptions(shipped: Registry) -> None:
    missing = [e.name for e in shipped if not e.description]
    assert missing == []


def test_shipped_ids_are_unique_slugs(shipped: Registry) -> None:
    ids = [e.id for e in shipped]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)


@pytest.mark.parametrize(
    ("spelling", "entity_id"),
    [
        ("Zelensky", "volodymyr-zelensky"),
        ("Zelenskiy", "volodymyr-zelensky"),
        ("Volodymyr Zelenskyy", "volodymyr-zelensky"),
        ("Kiev", "kyiv"),
        ("Kremenchug", "kremenchuk"),
        ("Lugansk", "luhansk"),
        ("Donbass", "donbas"),
        ("Artemovsk", "bakhmut"),
        ("Sergei Lavrov", "sergey-lavrov"),
        ("Syrsky", "oleksandr-syrskyi"),
        ("Ukraine\u2019s Interior Ministry", "ukrainian-interior-ministry"),
    ],
)
def test_shipped_spelling_variants_resolve(
    shipped: Registry, spelling: str, entity_id: str
) -> None:
    assert [e.id for e in shipped.by_name(spelling)] == [entity_id]


def test_shipped_shared_surname_is_ambiguous(shipped: Registry) -> None:
    claimants = shipped.by_name("Berdimuhamedov")
    assert len(claimants) == 2
    assert all("Berdimuhamedov" in e.ambiguous for e in claimants)


def test_shipped_never_link_covers_the_idiom(shipped: Registry) -> None:
    assert "sword of Damocles" in shipped.never_link
    assert not shipped.by_name("sword of Damocles")


# ---------------------------------------------------------------- valid input


def test_parse_defaults_and_lookups() -> None:
    registry = parse_registry(
        {"entities": [{"name": "Kyiv", "type": "place", "aliases": ["Kiev"],
                       "geonames": 703448, "coordinates": [50.45, 30.52]}]},
        "entities.yml",
    )
    kyiv = registry.by_id("kyiv")
    assert kyiv is not None
    assert kyiv.all_names == ("Kyiv", "Kiev")
    assert kyiv.coordinates == (50.45, 30.52)
    assert registry.by_name("  KIEV ") == (kyiv,)
    assert registry.by_id("nowhere") is None


def test_entities_are_frozen() -> None:
    entity = Entity(id="kyiv", name="Kyiv", type="place")
    with pytest.raises(dataclasses.FrozenInstanceError):
        entity.name = "Kiev"  # type: ignore[misc]


def test_normalise_name_folds_apostrophes_space_and_case() -> None:
    assert normalise_name(" Ukraine\u2019s\t Interior  MINISTRY ") == "ukraine's interior ministry"


def test_missing_file_gives_empty_registry(tmp_path: Path) -> None:
    assert load_registry(tmp_path / "absent.yml") == Registry()


@pytest.mark.parametrize("text", ["", "\n", "# only a comment\n"])
def test_empty_file_gives_empty_registry(tmp_path: Path, text: str) -> None:
    path = tmp_path / "entities.yml"
    path.write_text(text, encoding="utf-8")
    registry = load_registry(path)
    assert len(registry) == 0
    assert registry.never_link == ()


def test_ambiguous_alias_may_be_shared_when_every_claimant_marks_it() -> None:
    registry = parse_registry({"entities": [
        {"name": "Serdar Berdimuhamedov", "type": "person",
         "aliases": ["Berdimuhamedov"], "ambiguous": ["Berdimuhamedov"]},
        {"name": "Gurbanguly Berdimuhamedov", "type": "person",
         "aliases": ["berdimuhamedov"], "ambiguous": ["berdimuhamedov"]},
    ]}, "entities.yml")
    assert len(registry.by_name("Berdimuhamedov")) == 2


# ---------------------------------------------------------------- validation errors


def test_unknown_type_names_entry_and_quotes_value() -> None:
    message = _one_error([{"name": "Kyiv", "type": "place"}, {"name": "Lviv", "type": "city"}])
    assert message == (
        "entities.yml: entry 2 (\"Lviv\"): unknown type 'city'; "
        "use one of person, place, organization"
    )


def test_missing_name() -> None:
    message = _one_error([{"type": "place"}])
    assert "entry 1:" in message
    assert "missing required key 'name'" in message


def test_missing_type() -> None:
    message = _one_error([{"name": "Kyiv"}])
    assert 'entry 1 ("Kyiv")' in message
    assert "missing required key 'type'" in message
    assert "person, place, organization" in message


def test_non_mapping_entry_is_quoted() -> None:
    message = _one_error(["Kyiv"])
    assert "entry 1:" in message
    assert "'Kyiv'" in message
    assert "mapping" in message


def test_unknown_key_suggests_the_closest_known_key() -> None:
    message = _one_error([{"name": "Kyiv", "type": "place", "alias": ["Kiev"]}])
    assert 'entry 1 ("Kyiv")' in message
    assert "unknown key 'alias'" in message
    assert "did you mean 'aliases'?" in message


def test_unknown_key_without_close_match_lists_known_keys() -> None:
    message = _one_error([{"name": "Kyiv", "type": "place", "zzz": 1}])
    assert "unknown key 'zzz'" in message
    assert "known keys are name, type" in message


@pytest.mark.parametrize("value", ["7747", "Q0123", "q7747", 7747])
def test_bad_wikidata_is_quoted(value: object) -> None:
    message = _one_error([{"name": "Vladimir Putin", "type": "person", "wikidata": value}])
    assert 'entry 1 ("Vladimir Putin")' in message
    assert f"wikidata {value!r}" in message
    assert "'Q7747'" in message


@pytest.mark.parametrize(("key", "value"), [("geonames", 703448), ("coordinates", [50.45, 30.52])])
def test_place_fields_on_a_non_place(key: str, value: object) -> None:
    message = _one_error([{"name": "NATO", "type": "organization", key: value}])
    assert 'entry 1 ("NATO")' in message
    assert f"{key} {value!r}" in message
    assert "only places" in message
    assert "'organization'" in message


@pytest.mark.parametrize("value", [0, -5, "703448", True])
def test_bad_geonames_is_quoted(value: object) -> None:
    message = _one_error([{"name": "Kyiv", "type": "place", "geonames": value}])
    assert f"geonames {value!r}" in message
    assert "positive whole number" in message


@pytest.mark.parametrize("value", [[91, 30], [50, 181], [-90.5, 0], [0, -180.1]])
def test_impossible_coordinates_are_quoted(value: list[float]) -> None:
    message = _one_error([{"name": "Kyiv", "type": "place", "coordinates": value}])
    assert 'entry 1 ("Kyiv")' in message
    assert f"coordinates {value!r} are impossible" in message


def test_swapped_coordinates_get_a_hint() -> None:
    message = _one_error([{"name": "Hanoi", "type": "place", "coordinates": [105.85, 21.03]}])
    assert "did you swap them?" in message


@pytest.mark.parametrize("value", [[50.45], [50.45, 30.52, 0], ["50.45", "30.52"], "50.45, 30.52"])
def test_malformed_coordinates(value: object) -> None:
    message = _one_error([{"name": "Kyiv", "type": "place", "coordinates": value}])
    assert f"coordinates {value!r} must be two numbers" in message


def test_duplicate_ids_name_both_entries() -> None:
    message = _one_error([
        {"name": "Kyiv", "type": "place"},
        {"name": "Kyiv City", "type": "place", "id": "kyiv"},
    ])
    assert 'entry 2 ("Kyiv City")' in message
    assert "duplicate id 'kyiv'" in message
    assert 'entry 1 ("Kyiv")' in message


def test_default_ids_can_collide_too() -> None:
    lines = _errors({"entities": [
        {"name": "Kyiv", "type": "place"},
        {"name": "KYIV", "type": "place"},
    ]})
    assert any("duplicate id 'kyiv'" in line for line in lines)


def test_bad_explicit_id() -> None:
    message = _one_error([{"name": "Kyiv", "type": "place", "id": "Kyiv City"}])
    assert "id 'Kyiv City' is not a slug" in message
    assert "'kyiv-city'" in message


def test_alias_collision_is_case_insensitive_and_names_both_entities() -> None:
    message = _one_error([
        {"name": "Kyiv", "type": "place", "aliases": ["Kiev"]},
        {"name": "Kyiv Oblast", "type": "place", "aliases": ["KIEV"]},
    ])
    assert "'Kiev'" in message
    assert 'entry 1 ("Kyiv")' in message
    assert 'entry 2 ("Kyiv Oblast")' in message
    assert "'KIEV'" in message


def test_alias_collision_normalises_apostrophes_and_whitespace() -> None:
    message = _one_error([
        {"name": "Ukrainian Interior Ministry", "type": "organization",
         "aliases": ["Ukraine\u2019s Interior Ministry"]},
        {"name": "Ministry of Internal Affairs", "type": "organization",
         "aliases": ["ukraine's  interior   ministry"]},
    ])
    assert 'entry 1 ("Ukrainian Interior Ministry")' in message
    assert 'entry 2 ("Ministry of Internal Affairs")' in message


def test_alias_colliding_with_another_entity_name() -> None:
    message = _one_error([
        {"name": "Donetsk", "type": "place"},
        {"name": "Donetsk Oblast", "type": "place", "aliases": ["donetsk"]},
    ])
    assert 'entry 1 ("Donetsk")' in message
    assert 'entry 2 ("Donetsk Oblast")' in message


def test_alias_marked_ambiguous_on_one_side_only_still_collides() -> None:
    message = _one_error([
        {"name": "Serdar Berdimuhamedov", "type": "person",
         "aliases": ["Berdimuhamedov"], "ambiguous": ["Berdimuhamedov"]},
        {"name": "Gurbanguly Berdimuhamedov", "type": "person", "aliases": ["Berdimuhamedov"]},
    ])
    assert "'Berdimuhamedov' is claimed by" in message
    assert "ambiguous" in message


def test_ambiguous_must_be_a_known_name() -> None:
    message = _one_error([{"name": "Kyiv", "type": "place", "ambiguous": ["Kiev"]}])
    assert 'entry 1 ("Kyiv")' in message
    assert "'Kiev'" in message
    assert "add it to aliases" in message


def test_aliases_must_be_a_list() -> None:
    message = _one_error([{"name": "Vladimir Putin", "type": "person", "aliases": "Putin"}])
    assert "aliases must be a list, got 'Putin'" in message
    assert "aliases: [Putin]" in message


def test_never_link_phrase_that_is_also_an_alias() -> None:
    lines = _errors({"never_link": ["kiev"],
                     "entities": [{"name": "Kyiv", "type": "place", "aliases": ["Kiev"]}]})
    assert len(lines) == 1
    assert "never_link phrase 'kiev'" in lines[0]
    assert 'entry 1 ("Kyiv")' in lines[0]


def test_top_level_problems() -> None:
    lines = _errors({"version": 2, "entites": [], "never_link": "sword of Damocles"})
    text = "\n".join(lines)
    assert "unsupported version 2" in text
    assert "unknown top-level key 'entites'; did you mean 'entities'?" in text
    assert "never_link must be a list, got 'sword of Damocles'" in text
    assert len(lines) == 3


@pytest.mark.parametrize("data", [["Kyiv"], "Kyiv", 3])
def test_registry_must_be_a_mapping(data: object) -> None:
    lines = _errors(data)
    assert len(lines) == 1
    assert "must be a mapping" in lines[0]


def test_entities_must_be_a_list() -> None:
    lines = _errors({"entities": {"name": "Kyiv", "type": "place"}})
    assert "'entities' must be a list" in lines[0]


def test_all_errors_are_collected_one_per_line() -> None:
    lines = _errors({"entities": [
        {"name": "Kyiv", "type": "city"},
        "oops",
        {"name": "Putin", "type": "person", "wikidata": "7747", "geonames": 1},
        {"name": "Kiev", "type": "place", "coordinates": [200, 0]},
        {"name": "Lviv", "type": "place"},
        {"name": "Lviv", "type": "place"},
    ]})
    assert len(lines) == 7, lines
    assert [line.split(": ", 2)[1] for line in lines[:5]] == [
        'entry 1 ("Kyiv")', "entry 2", 'entry 3 ("Putin")', 'entry 3 ("Putin")', 'entry 4 ("Kiev")',
    ]
    assert all(line.startswith("entities.yml") for line in lines)


# ---------------------------------------------------------------- files and YAML


def test_malformed_yaml_reports_line(tmp_path: Path) -> None:
    path = tmp_path / "entities.yml"
    path.write_text(
        "version: 1\nentities:\n  - name: Kyiv\n    type: place\n  - name: Bad: value\n",
        encoding="utf-8",
    )
    with pytest.raises(RegistryError) as info:
        load_registry(path)
    message = str(info.value)
    assert message.startswith(f"{path}:5: malformed YAML")
    assert "line 5" in message


def test_malformed_yaml_unclosed_bracket(tmp_path: Path) -> None:
    path = tmp_path / "entities.yml"
    path.write_text("entities:\n  - name: Kyiv\n    aliases: [Kiev\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"malformed YAML.*line \d+"):
        load_registry(path)


def test_file_errors_carry_entry_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "entities.yml"
    path.write_text(
        "version: 1\n"
        "entities:\n"
        "  - name: Kyiv\n"
        "    type: place\n"
        "\n"
        "  - name: Lviv\n"
        "    type: town\n",
        encoding="utf-8",
    )
    with pytest.raises(RegistryError) as info:
        load_registry(path)
    assert str(info.value) == (
        f"{path}:6: entry 2 (\"Lviv\"): unknown type 'town'; "
        "use one of person, place, organization"
    )


def test_load_registry_from_file(tmp_path: Path) -> None:
    path = tmp_path / "entities.yml"
    path.write_text(
        "version: 1\n"
        "never_link: [sword of Damocles]\n"
        "entities:\n"
        "  - name: Kremenchuk\n"
        "    type: place\n"
        "    aliases: [Kremenchug]\n"
        "    geonames: 704147\n"
        "    coordinates: [49.07, 33.42]\n",
        encoding="utf-8",
    )
    registry = load_registry(path)
    assert registry.never_link == ("sword of Damocles",)
    assert registry.by_name("kremenchug")[0].geonames == 704147
