"""Time from editing one source to the browser's reload under `mkdocs serve`.

    python bench/serve_edit.py --corpus bench/out/1000 [--rounds 3] [--dirty]

The corpus folder holds sources/ and entities.yml (bench/generate.py writes them). Prints the
first full build time and, per round, the seconds from the edit until the live-reload long poll
returns, which MkDocs answers only after the rebuild has finished.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(log: Path, pattern: str, timeout: float) -> float:
    """Seconds until the pattern appears in the log."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if re.search(pattern, log.read_text(errors="replace")):
            return time.monotonic() - start
        time.sleep(0.2)
    raise TimeoutError(pattern)


def one_edit(base: str, source: Path, n: int) -> float:
    """Edit a source and time until the live-reload poll answers."""
    home = urllib.request.urlopen(f"{base}/index.html", timeout=30).read().decode()
    epoch, request = re.search(r"livereload\((\d+),\s*(\d+)\)", home).groups()
    answer: list[float] = []
    poll = threading.Thread(target=lambda: (urllib.request.urlopen(
        f"{base}/livereload/{epoch}/{request}", timeout=900).read(),
        answer.append(time.monotonic())))
    poll.start()
    time.sleep(0.5)
    start = time.monotonic()
    source.write_text(source.read_text() + f"\nEdit number {n} for the benchmark.\n")
    poll.join(900)
    return answer[0] - start


def main() -> int:
    """Run the measurement."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--corpus", type=Path, required=True)
    args.add_argument("--rounds", type=int, default=3)
    args.add_argument("--dirty", action="store_true",
                      help="serve with --dirty: re-render only the pages whose text changed")
    opts = args.parse_args()
    corpus = opts.corpus.resolve()
    port, log = free_port(), corpus / "serve.log"
    env = {**os.environ, "ARCHIVE_SOURCES": str(corpus / "sources"), "NO_MKDOCS_2_WARNING": "1",
           "ARCHIVE_REGISTRY": str(corpus / "entities.yml"), "ARCHIVE_CACHE": str(corpus / "cache")}
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a",
                                 f"127.0.0.1:{port}", "-f", str(ROOT / "mkdocs.yml"),
                                 *(["--dirty"] if opts.dirty else [])],
                                cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        first = wait_for(log, r"Serving on", 1800)
        time.sleep(2)
        source = sorted((corpus / "sources").rglob("*.txt"))[0]
        times = [one_edit(f"http://127.0.0.1:{port}", source, n) for n in range(opts.rounds)]
    finally:
        proc.terminate()
        proc.wait(30)
    print(f"first build and serve: {first:.1f} s")
    print("edit → reload: " + ", ".join(f"{t:.1f} s" for t in times) +
          f" (median {statistics.median(times):.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
