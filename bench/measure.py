"""Run a child process and record its wall time and peak memory.

Two peaks: the largest single process (os.wait4's ru_maxrss) and the whole process tree at once
(sampled from /proc every 0.1 s), since the build indexes the full text in a second process.
"""
from __future__ import annotations

import logging
import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class Measurement:
    """Wall time, CPU time, peak resident set size and exit code of one child process."""

    seconds: float
    max_rss: int  # bytes; the largest single process of the tree (ru_maxrss)
    returncode: int
    tree_rss: int = 0  # bytes; the most the whole tree held at once (sampled)
    # user + system CPU seconds of the child and the descendants it waited for (its workers):
    # on a shared machine wall time follows the load, CPU time much less
    cpu: float = 0.0

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
        sampler = TreeSampler(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        sampler.stop()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        log.warning("%s exited %d (log: %s)", cmd[:3], proc.returncode, log_path)
    return Measurement(elapsed, usage.ru_maxrss * 1024, proc.returncode,
                       max(sampler.peak, usage.ru_maxrss * 1024),
                       usage.ru_utime + usage.ru_stime)


class TreeSampler(threading.Thread):
    """Samples the summed resident memory of a process and all its descendants."""

    def __init__(self, root: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.root, self.interval, self.peak = root, interval, 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(self.interval):
            self.peak = max(self.peak, tree_rss(self.root))

    def stop(self) -> None:
        self._done.set()
        self.join()


def tree_rss(root: int) -> int:
    """Bytes resident in root and its descendants right now (0 once root is gone)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            continue
    return total


PAGE = os.sysconf("SC_PAGE_SIZE")


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
