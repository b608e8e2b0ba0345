"""A content-addressed cache of per-source work, in one SQLite file that is safe to delete."""

from __future__ import annotations

import hashlib
import logging
import pickle
import sqlite3
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

PACKAGE = Path(__file__).resolve().parent
FILENAME = "archive-cache.sqlite"


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the package's code and data: any change invalidates every entry."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".txt", ".json", ".yml"):
            digest.update(path.relative_to(PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def pack(value: Any) -> bytes:
    """A value pickled as the cache stores it."""
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def make_key(*parts: str | bytes) -> str:
    """A stable key from the code version and the given parts."""
    digest = hashlib.sha256(code_version().encode())
    for part in parts:
        data = part if isinstance(part, bytes) else part.encode("utf-8")
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


class Cache:
    """get_many/put_many over pickled values; a folder of None disables caching."""

    def __init__(self, folder: Path | None) -> None:
        self.db: sqlite3.Connection | None = None
        if folder is None:
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(folder / FILENAME)
            self.db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value BLOB)")
        except (OSError, sqlite3.Error) as exc:
            log.warning("cache disabled: %s (%s)", folder, exc)
            self.db = None

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        """The cached values of those keys that are present and readable."""
        if self.db is None:
            return {}
        wanted, found = list(dict.fromkeys(keys)), {}
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            rows = self.db.execute(f"SELECT key, value FROM entries WHERE key IN "
                                   f"({','.join('?' * len(chunk))})", chunk).fetchall()
            for key, blob in rows:
                try:
                    found[key] = pickle.loads(blob)
                except Exception:  # noqa: BLE001 (a stale or corrupt entry is just a miss)
                    continue
        return found

    def put_many(self, items: dict[str, Any]) -> None:
        """Store values; failures only cost speed."""
        if self.db is None or not items:
            return
        self.put_packed({k: pack(v) for k, v in items.items()})

    def put_packed(self, items: dict[str, bytes]) -> None:
        """Store values already pickled by `pack` (a worker pickles what it sends back once, for
        the cache too); failures only cost speed."""
        if self.db is None or not items:
            return
        try:
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?)",
                                    list(items.items()))
        except sqlite3.Error as exc:
            log.warning("cache write failed: %s", exc)

    def close(self) -> None:
        """Close the database."""
        if self.db is not None:
            self.db.close()
            self.db = None
