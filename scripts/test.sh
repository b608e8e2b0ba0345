#!/usr/bin/env bash
# Install everything the tests need into .venv (idempotent), then run the whole suite.
# The browser tests drive Debian's Chromium: installed here when missing (root, or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
CHROMIUM=${ARCHIVE_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
  echo "test.sh: installing Debian's chromium for the browser tests" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
export NO_MKDOCS_2_WARNING=1
if [ "$#" -eq 0 ]; then
  # Benchmark smoke: fails only on gross regressions (superlinear growth), not on timings.
  .venv/bin/python bench/run.py --quick --out "${TMPDIR:-/tmp}/archive-bench-quick"
fi
.venv/bin/python -m pytest -q "$@"
