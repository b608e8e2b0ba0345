#!/usr/bin/env bash
# Install everything the tests need into .venv (idempotent), then run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
export NO_MKDOCS_2_WARNING=1
.venv/bin/python -m pytest -q "$@"
