"""Settings: validated once, at load time, from mkdocs.yml `extra.archive` and the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Mapping

from .errors import ConfigError
from .formats import Limits

KNOWN_KEYS = {"sources", "registry", "cache", "detect", "fulltext", "stemmer", "site_name",
              "site_url", "originals", "limits", "ocr", "outside_links"}
ENV = {"sources": "ARCHIVE_SOURCES", "registry": "ARCHIVE_REGISTRY", "cache": "ARCHIVE_CACHE"}


@dataclass(frozen=True)
class Settings:
    """Where the inputs are and how to build."""

    sources: Path
    registry: Path
    cache: Path | None = None
    detect: bool = True
    fulltext: bool = True
    stemmer: str = "english"
    site_name: str = "Source Archive"
    site_url: str | None = None
    originals: bool = True  # publish each document's original file next to its page
    limits: Limits = Limits()
    outside_links: bool = False  # read symlinks to files outside the sources folder


def load_settings(raw: Mapping[str, Any] | None, base: Path, site_name: str = "Source Archive",
                  site_url: str | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Validate `extra.archive` (paths relative to base); environment variables override."""
    raw = dict(raw or {})
    env = os.environ if env is None else env
    unknown = sorted(set(raw) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"extra.archive: unknown key '{unknown[0]}'; "
                          f"known keys are {', '.join(sorted(KNOWN_KEYS))}")
    for key, var in ENV.items():
        if env.get(var):
            raw[key] = env[var]
    for key in ("detect", "fulltext", "originals", "ocr", "outside_links"):
        if not isinstance(raw.get(key, True), bool):
            raise ConfigError(f"extra.archive.{key}: '{raw[key]}' is not true or false")
    sources = _path(raw.get("sources", "sources"), base, "sources")
    if not sources.is_dir():
        raise ConfigError(f"extra.archive.sources: '{sources}' is not a folder; create it or "
                          "point `sources:` (or ARCHIVE_SOURCES) at your documents")
    cache = raw.get("cache", ".archive-cache")
    stemmer = _stemmer(raw.get("stemmer", "english"))
    limits = replace(_limits(raw.get("limits")), ocr=raw.get("ocr", False))
    return Settings(sources=sources, registry=_path(raw.get("registry", "entities.yml"), base,
                                                    "registry"),
                    cache=_path(cache, base, "cache") if cache else None,
                    detect=raw.get("detect", True), fulltext=raw.get("fulltext", True),
                    stemmer=stemmer,
                    site_name=str(raw.get("site_name", site_name)),
                    site_url=raw.get("site_url", site_url),
                    originals=raw.get("originals", True), limits=limits,
                    outside_links=raw.get("outside_links", False))


def _limits(value: Any) -> Limits:
    """Size and expansion limits: a mapping of positive whole numbers over the defaults."""
    if value is None:
        return Limits()
    known = sorted(set(Limits.__dataclass_fields__) - {"ocr"})
    if not isinstance(value, Mapping):
        raise ConfigError(f"extra.archive.limits: expected a mapping of {', '.join(known)}")
    for key, number in value.items():
        if key not in known:
            raise ConfigError(f"extra.archive.limits: unknown key '{key}'; known keys are "
                              f"{', '.join(known)}")
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise ConfigError(f"extra.archive.limits.{key}: '{number}' is not a positive "
                              "whole number")
    return Limits(**value)


def _stemmer(value: Any) -> str:
    """A Snowball stemmer's name (the language of the documents), or "none"."""
    import Stemmer  # noqa: PLC0415 (only needed here to list the languages)

    known = sorted(Stemmer.algorithms())
    if value != "none" and value not in known:
        raise ConfigError(f"extra.archive.stemmer: '{value}' is not a known language; use one "
                          f"of {', '.join(known)}, or none")
    return str(value)


def _path(value: Any, base: Path, key: str) -> Path:
    if not isinstance(value, (str, os.PathLike)) or not str(value).strip():
        raise ConfigError(f"extra.archive.{key}: '{value}' is not a path")
    path = Path(value).expanduser()
    return path if path.is_absolute() else (base / path)
