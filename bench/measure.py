"""Run a child process and record its wall time and peak RSS (via os.wait4)."""
from __future__ import annotations

import logging
import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class Measurement:
    """Wall time, peak resident set size and exit code of one child process."""

    seconds: float
    max_rss: int  # bytes; includes the child's own reaped children
    returncode: int

    @property
    def ok(self) -> bool:
        """True if the child exited with status 0."""
        return self.returncode == 0


def measure(cmd: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None,
            log_path: Path | None = None) -> Measurement:
    """Run cmd to completion, logging its output to log_path, and measure it."""
    log.debug("running %s", " ".join(cmd))
    with open(log_path or os.devnull, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        log.warning("%s exited %d (log: %s)", cmd[:3], proc.returncode, log_path)
    return Measurement(elapsed, usage.ru_maxrss * 1024, proc.returncode)


def dir_size(path: Path) -> int:
    """Total bytes of the regular files under path."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def largest_file(path: Path, pattern: str = "*.html") -> tuple[str, int]:
    """(relative path, bytes) of the largest file matching pattern under path."""
    best = ("", 0)
    for p in path.rglob(pattern):
        size = p.stat().st_size
        if size > best[1]:
            best = (str(p.relative_to(path)), size)
    return best
