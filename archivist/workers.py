"""A process pool that gather's stages share: started by the first stage that needs one.

Reading (with detection's first pass) starts it while the main process is still small; the
detection's second pass then reuses the same workers, whose word lists are already loaded, rather
than forking new ones from a process that by then holds the whole archive.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from types import TracebackType
from typing import Any, Self

POOL_MIN = 300  # below this many items a process pool costs more than it saves


class Workers:
    """A lazily started ProcessPoolExecutor; `map` runs in-process when a pool does not pay."""

    def __init__(self, size: int | None = None, min_items: int = POOL_MIN) -> None:
        self.size = size if size is not None else min(os.cpu_count() or 1, 8)
        self.min_items = min_items
        self._pool: ProcessPoolExecutor | None = None

    @property
    def started(self) -> bool:
        """Whether the worker processes exist (a later stage may reuse them cheaply)."""
        return self._pool is not None

    def worth_it(self, items: int, start: bool = True) -> bool:
        """Whether to run this many items in the pool (and, unless start, only if it exists)."""
        return self.size >= 2 and items >= self.min_items and (start or self.started)

    def map(self, fn: Callable[..., Any], *iterables: Iterable[Any], chunksize: int = 1
            ) -> list[Any]:
        """fn over the items in the pool (started if needed), results in order."""
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.size)
        return list(self._pool.map(fn, *iterables, chunksize=chunksize))

    def close(self) -> None:
        """Stop the worker processes."""
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
