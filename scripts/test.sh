#!/usr/bin/env bash
# Install everything the tests need (idempotent), then run the whole suite on MkDocs (.venv) and
# again, without the browser tests, on ProperDocs (.venv-properdocs), so a difference shows at once.
# The browser tests drive Debian's Chromium: installed here when missing (root, or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
CHROMIUM=${ARCHIVE_CHROMIUM:-/usr/bin/chromium}
# Debian packages the tests drive for real: Chromium (browser tests), Tesseract (optional OCR).
NEED=()
[ -x "$CHROMIUM" ] || NEED+=(chromium)
command -v tesseract >/dev/null || NEED+=(tesseract-ocr tesseract-ocr-eng)
if [ "${#NEED[@]}" -gt 0 ]; then
  echo "test.sh: installing Debian's ${NEED[*]} for the tests" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${NEED[@]}"
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
PIP=(-m pip install -q --disable-pip-version-check)
.venv/bin/python "${PIP[@]}" -r requirements-dev.txt
# ProperDocs' lock goes in without resolution (Material would pull MkDocs in); the test tools after.
[ -x .venv-properdocs/bin/python ] || "$PY" -m venv .venv-properdocs
.venv-properdocs/bin/python "${PIP[@]}" --no-deps -r requirements-properdocs.txt
.venv-properdocs/bin/python "${PIP[@]}" -c requirements-properdocs.txt \
  -r <(grep -v '^-r' requirements-dev.txt)
export NO_MKDOCS_2_WARNING=1
export ARCHIVE_MKDOCS_PYTHON="$PWD/.venv/bin/python"
export ARCHIVE_PROPERDOCS_PYTHON="$PWD/.venv-properdocs/bin/python"
if [ "$#" -eq 0 ]; then
  # Benchmark smoke: fails only on gross regressions (superlinear growth), not on timings.
  .venv/bin/python bench/run.py --quick --out "${TMPDIR:-/tmp}/archive-bench-quick"
fi
mkdocs=0 properdocs=0
ARCHIVE_ENGINE=mkdocs .venv/bin/python -m pytest -q "$@" || mkdocs=$?
echo "test.sh: the suite again on ProperDocs (the browser tests ran on MkDocs)" >&2
ARCHIVE_ENGINE=properdocs .venv-properdocs/bin/python -m pytest -q -m "not browser" "$@" ||
  properdocs=$?
[ "$properdocs" -ne 5 ] || properdocs=0  # 5: no test left, the arguments chose browser tests only
echo "test.sh: pytest exit status on MkDocs $mkdocs, on ProperDocs $properdocs" >&2
[ "$mkdocs" -eq 0 ] && [ "$properdocs" -eq 0 ]
