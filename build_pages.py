#!/usr/bin/env python3
"""Generate the archive's pages from sources/ without MkDocs (the same generation the hook runs)."""

from archivist.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
