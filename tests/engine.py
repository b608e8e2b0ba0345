"""The site engine the tests drive: MkDocs, or its fork ProperDocs (`ARCHIVE_ENGINE=properdocs`).

Without `ARCHIVE_ENGINE` the engine is MkDocs where it is installed, else ProperDocs. With
ProperDocs, importing this module makes `mkdocs.*` imports load `properdocs.*`, as the
`properdocs` command does before it loads the hook, so tests that call the engine's Python API
(`mkdocs.config`, `mkdocs.commands.build`) run on ProperDocs unchanged.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = {"mkdocs": "MkDocs", "properdocs": "ProperDocs"}
# Where scripts/test.sh installs each engine (requirements-dev.txt, requirements-properdocs.txt).
VENVS = {"mkdocs": ".venv", "properdocs": ".venv-properdocs"}


@dataclass(frozen=True)
class Engine:
    """One engine: its module and command name, and the interpreter that has it installed."""

    name: str
    python: str

    @property
    def label(self) -> str:
        """The engine's own spelling, as in its deploy commit messages."""
        return LABELS[self.name]

    def command(self, *args: str) -> list[str]:
        """The engine's command line (`python -m mkdocs build ...`)."""
        return [self.python, "-m", self.name, *args]


def _chosen() -> str:
    """ARCHIVE_ENGINE, or MkDocs where it is installed, else ProperDocs."""
    name = os.environ.get("ARCHIVE_ENGINE", "").strip().lower()
    if not name:
        name = "mkdocs" if importlib.util.find_spec("mkdocs") is not None else "properdocs"
    if name not in LABELS:
        raise RuntimeError(f"ARCHIVE_ENGINE={name!r}: expected one of {sorted(LABELS)}")
    return name


def other_engine() -> Engine | None:
    """The engine the tests are not running on, if its virtualenv is there."""
    name = next(n for n in LABELS if n != CURRENT.name)
    python = (os.environ.get(f"ARCHIVE_{name.upper()}_PYTHON")
              or str(ROOT / VENVS[name] / "bin" / "python"))
    return Engine(name, python) if Path(python).exists() else None


CURRENT = Engine(_chosen(), sys.executable)
if CURRENT.name == "properdocs":
    import properdocs.replacement  # noqa: E402, F401 (the alias of `mkdocs.*` imports)
