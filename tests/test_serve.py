"""`mkdocs serve` (or `properdocs serve`): an edited source reaches the open browser after one
rebuild, and no loop."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

from .conftest import copy_project
from .engine import CURRENT


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(log: Path, pattern: str, timeout: float, start: int = 0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if re.search(pattern, log.read_text()[start:]):
            return True
        time.sleep(0.2)
    return False


def test_edit_reaches_browser_after_one_rebuild(tmp_path: Path):
    project, port = copy_project(tmp_path), _free_port()
    log = tmp_path / "serve.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    for var in ("ARCHIVE_SOURCES", "ARCHIVE_REGISTRY", "ARCHIVE_CACHE"):
        env.pop(var, None)
    with log.open("w") as out:
        proc = subprocess.Popen(CURRENT.command("serve", "-a", f"127.0.0.1:{port}"), cwd=project,
                                stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        assert _wait_for(log, r"Serving on", 120), log.read_text()
        time.sleep(2)  # let the file watcher settle before the edit
        base = f"http://127.0.0.1:{port}"
        home = urllib.request.urlopen(f"{base}/index.html", timeout=10).read().decode()
        epoch, request = re.search(r"livereload\((\d+),\s*(\d+)\)", home).groups()
        answer: list[str] = []
        poll = threading.Thread(target=lambda: answer.append(urllib.request.urlopen(
            f"{base}/livereload/{epoch}/{request}", timeout=60).read().decode()))
        poll.start()
        mark = len(log.read_text())
        source = project / "sources" / "003_a71e5c126aa18bd4.txt"
        source.write_text(source.read_text() + "\nA paragraph added while serving.\n")
        poll.join(60)
        assert answer and answer[0].strip() != epoch, "the browser was not told to reload"
        page = urllib.request.urlopen(
            f"{base}/documents/russia-prepares-for-ukraine-talks-with-trump-as-war/index.html",
            timeout=10).read().decode()
        assert "A paragraph added while serving." in page
        time.sleep(6)
        builds = log.read_text()[mark:].count("Building documentation")
        assert builds == 1, f"expected one rebuild, saw {builds}:\n{log.read_text()[mark:]}"
    finally:
        proc.terminate()
        proc.wait(10)
