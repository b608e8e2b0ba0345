"""Settings from mkdocs.yml `extra.archive`: validated once, messages quote the bad value."""

from __future__ import annotations

from pathlib import Path

import pytest

from archivist.config import load_settings
from archivist.errors import ConfigError


def settings(tmp_path: Path, **raw: object):
    (tmp_path / "sources").mkdir(exist_ok=True)
    return load_settings(raw, tmp_path, env={})


def test_defaults(tmp_path: Path):
    loaded = settings(tmp_path)
    assert loaded.sources == tmp_path / "sources" and loaded.fulltext and loaded.detect
    assert loaded.stemmer == "english" and loaded.cache == tmp_path / ".archive-cache"


@pytest.mark.parametrize(("raw", "message"), [
    ({"colour": "red"}, "unknown key 'colour'"),
    ({"fulltext": "yes"}, "extra.archive.fulltext: 'yes' is not true or false"),
    ({"stemmer": "klingon"}, "extra.archive.stemmer: 'klingon' is not a known language"),
    ({"sources": "missing"}, "is not a folder"),
])
def test_bad_values_are_quoted_with_a_fix(tmp_path: Path, raw: dict, message: str):
    with pytest.raises(ConfigError, match=message):
        settings(tmp_path, **raw)


def test_stemmer_languages_and_none(tmp_path: Path):
    assert settings(tmp_path, stemmer="russian").stemmer == "russian"
    assert settings(tmp_path, stemmer="none").stemmer == "none"
