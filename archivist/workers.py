"""The process pools that gather's stages share: each started by the first stage that needs one.

Reading (with detection's first pass) starts the first while the main process is still small;
the detection's second pass then reuses the same workers, whose word lists are already loaded,
rather than forking new ones from a process that by then holds the whole archive. A pool started
later (linking's) is of new interpreters instead (`fresh`): forks of the large process would each
count its memory again, and write to its pages as they touch its objects.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Any, Self

POOL_MIN = 300  # below this many items a process pool costs more than it saves


@contextlib.contextmanager
def importable() -> Iterator[None]:
    """Put this package's folder on sys.path while worker processes start.

    A spawned process imports what it runs by name, from the sys.path it is given at its start;
    MkDocs keeps the hook's folder (where this package is) on sys.path only while it loads the
    hook.
    """
    root = str(Path(__file__).resolve().parents[1])
    added = root not in sys.path
    if added:
        sys.path.insert(0, root)
    try:
        yield
    finally:
        if added:
            sys.path.remove(root)


def _ready() -> None:
    """A task that does nothing: submitted to make a pool start its workers."""


class Workers:
    """A lazily started ProcessPoolExecutor; `map` runs in-process when a pool does not pay.

    fresh: workers are new interpreters rather than forks of this process; warm: run in each
    worker as it starts (loading what its tasks need, while the caller goes on), with the
    arguments warm_args gives, asked when the pool starts (so never made for a pool that
    does not start).
    """

    def __init__(self, size: int | None = None, min_items: int = POOL_MIN, fresh: bool = False,
                 warm: Callable[..., Any] | None = None,
                 warm_args: Callable[[], tuple[Any, ...]] | None = None) -> None:
        self.size = size if size is not None else min(os.cpu_count() or 1, 8)
        self.min_items = min_items
        self.fresh, self.warm, self.warm_args = fresh, warm, warm_args
        self._pool: ProcessPoolExecutor | None = None

    @property
    def started(self) -> bool:
        """Whether the worker processes exist (a later stage may reuse them cheaply)."""
        return self._pool is not None

    def worth_it(self, items: int, start: bool = True) -> bool:
        """Whether to run this many items in the pool (and, unless start, only if it exists)."""
        return self.size >= 2 and items >= self.min_items and (start or self.started)

    def start(self) -> None:
        """Start the worker processes now, so that their start-up overlaps the caller's work."""
        if self._pool is None and self.size >= 2:
            context = multiprocessing.get_context("spawn") if self.fresh else None
            args = self.warm_args() if self.warm and self.warm_args else ()
            self._pool = ProcessPoolExecutor(max_workers=self.size, mp_context=context,
                                             initializer=self.warm, initargs=args)
            with importable():  # a new interpreter is started per task while none idles
                for _ in range(self.size):
                    self._pool.submit(_ready)

    def map(self, fn: Callable[..., Any], *iterables: Iterable[Any], chunksize: int = 1
            ) -> list[Any]:
        """fn over the items in the pool (started if needed), results in order."""
        return self.begin(fn, *iterables, chunksize=chunksize)()

    def begin(self, fn: Callable[..., Any], *iterables: Iterable[Any], chunksize: int = 1
              ) -> Callable[[], list[Any]]:
        """fn over the items, begun now in the pool (started if needed) while the caller goes
        on; calling the result waits for the results, in order."""
        self.start()
        if self._pool is None:
            return lambda: list(map(fn, *iterables))
        with importable():  # (a fresh pool may start a worker per task)
            results = self._pool.map(fn, *iterables, chunksize=chunksize)
        return lambda: list(results)

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
