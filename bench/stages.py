"""Profile the generator by stage (gather, index, render, the full-text index's input) on a corpus,
warm or cold: wall time and this process's CPU time per stage, and the workers' CPU time.

    python bench/stages.py bench/out/full/10000            # warm: the corpus's cache kept
    python bench/stages.py bench/out/full/10000 --cold     # cache deleted first
    python bench/stages.py bench/out/full/10000 --profile /tmp/gen.prof   # + cProfile dump
"""
from __future__ import annotations

import argparse
import cProfile
import resource
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from archivist.config import load_settings  # noqa: E402
from archivist.index import build_index  # noqa: E402
from archivist.pipeline import collector_paused, gather, iter_pages  # noqa: E402
from archivist.publish.fulltext import search_docs  # noqa: E402
from archivist.render.quicksearch import quick_entries  # noqa: E402


def cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    """User + system CPU time of this process (or of its waited-for children), seconds."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def peak_mib() -> int:
    """Peak resident memory of this process so far, MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def main(argv: list[str] | None = None) -> int:
    """Run gather → index → render → header-search entries → full-text search documents (what the
    MkDocs build does in its main process) and print each stage's cost."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path, help="a folder with sources/ and entities.yml")
    ap.add_argument("--cold", action="store_true", help="delete the corpus's cache first")
    ap.add_argument("--profile", type=Path, help="write a cProfile dump here")
    args = ap.parse_args(argv)
    if args.cold:
        shutil.rmtree(args.corpus / "cache", ignore_errors=True)
    settings = load_settings({"sources": str(args.corpus / "sources"),
                              "registry": str(args.corpus / "entities.yml"),
                              "cache": str(args.corpus / "cache")}, REPO)
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    marks = [(time.perf_counter(), cpu_seconds())]
    archive = gather(settings)
    marks.append((time.perf_counter(), cpu_seconds()))
    with collector_paused():  # as the MkDocs build renders (archivist/publish/mkdocs_build.py)
        index = build_index(archive)
        marks.append((time.perf_counter(), cpu_seconds()))
        chars = sum(len(text) for _, text in iter_pages(index, settings))
        marks.append((time.perf_counter(), cpu_seconds()))
        quick_entries(index)
        marks.append((time.perf_counter(), cpu_seconds()))
        search_docs(index)
        marks.append((time.perf_counter(), cpu_seconds()))
    names = ("gather (read, detect, link)", "index", "render", "header-search entries",
             "full-text search documents")
    stages = [(name, b[0] - a[0], b[1] - a[1]) for name, a, b in zip(names, marks, marks[1:])]
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)
    print(f"{len(archive.documents)} documents, {len(archive.entities)} entities, "
          f"{len(archive.mentions)} mentions, {chars / 1e6:.0f} M characters of pages")
    print(f"  {'stage':<30} {'wall':>9} {'CPU (this process)':>20}")
    for name, seconds, cpu in stages:
        print(f"  {name:<30} {seconds:7.1f} s {cpu:18.1f} s")
    print(f"  {'total':<30} {sum(s[1] for s in stages):7.1f} s {sum(s[2] for s in stages):18.1f} s"
          f"   peak RSS {peak_mib()} MiB")
    print(f"  CPU of the worker processes: {cpu_seconds(resource.RUSAGE_CHILDREN):.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
