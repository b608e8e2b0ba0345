"""The command line: `python build_pages.py` runs the generation on its own."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from itertools import chain
from pathlib import Path

import yaml

from .config import load_settings
from .errors import ArchiveError
from .pipeline import gather, originals, stream_site
from .publish.writer import write_site
from .review import review_yaml

log = logging.getLogger(__name__)


def parser() -> argparse.ArgumentParser:
    """The CLI's arguments."""
    p = argparse.ArgumentParser(
        prog="build_pages.py",
        description="Generate the archive's Markdown pages and archive.json from source documents. "
                    "`mkdocs build` runs the same generation through hooks/archive.py.")
    p.add_argument("--config", type=Path, default=Path("mkdocs.yml"),
                   help="mkdocs.yml to read `extra.archive` from (default: %(default)s)")
    p.add_argument("--sources", type=Path, help="folder of source documents (default: sources/)")
    p.add_argument("--registry", type=Path, help="entity registry YAML (default: entities.yml)")
    p.add_argument("--out", type=Path, default=Path("build/pages"),
                   help="where to write the generated pages (default: %(default)s)")
    p.add_argument("--no-detect", action="store_true", help="link registry entities only")
    p.add_argument("--review", type=Path, metavar="FILE",
                   help="also write detected, unregistered names with counts and example "
                        "contexts to FILE (YAML), for promotion into the registry")
    p.add_argument("--strict", action="store_true",
                   help="exit with status 1 if any file was skipped or needed a warning")
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    p.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    return p


def main(argv: list[str] | None = None) -> int:
    """Run the generator; return the exit status."""
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    start = time.perf_counter()
    try:
        settings = _settings(args)
        archive = gather(settings)
        result = write_site(chain(stream_site(archive, settings),
                                  originals(archive, settings).items()), args.out)
        if args.review:
            args.review.write_text(review_yaml(archive), encoding="utf-8")
    except ArchiveError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001  (a message, not a traceback, unless --debug)
        if args.debug:
            raise
        print(f"error: internal error: {exc!r}; rerun with --debug and report it", file=sys.stderr)
        return 3
    for problem in archive.problems:
        if not (problem.info and args.quiet):
            print(f"{problem.status}: {problem}", file=sys.stderr)
    if not args.quiet:
        print(f"{len(archive.documents)} documents, {len(archive.entities)} entities "
              f"({len(archive.merges)} merges, {len(archive.doubts)} doubts to review), "
              f"{len(archive.problems)} problems; wrote {result.written}, unchanged "
              f"{result.unchanged}, removed {result.removed} files in {args.out} "
              f"({time.perf_counter() - start:.2f} s)")
    return 1 if args.strict and any(not p.info for p in archive.problems) else 0


def _settings(args: argparse.Namespace):
    raw, site_name, base = {}, "Source Archive", Path.cwd()
    if args.config.is_file():
        try:
            config = yaml.load(args.config.read_text(encoding="utf-8"), Loader=_Loader) or {}
        except yaml.YAMLError as exc:
            raise ArchiveError(f"{args.config}: not valid YAML: {exc}") from None
        raw = dict((config.get("extra") or {}).get("archive") or {})
        site_name = config.get("site_name", site_name)
        base = args.config.resolve().parent
    if args.sources:
        raw["sources"] = str(args.sources.resolve())
    if args.registry:
        raw["registry"] = str(args.registry.resolve())
    if args.no_detect:
        raw["detect"] = False
    return load_settings(raw, base, site_name)


class _Loader(yaml.SafeLoader):
    """mkdocs.yml may hold !ENV and !relative tags; they are irrelevant here."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
