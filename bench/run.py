"""Benchmark: generator, full MkDocs build and the MkDocs floor on synthetic corpora; reading
speed of the format readers (saved web pages, PDF, Word, e-mail)."""
from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import shutil
import statistics
import sys
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from floor import floor_pages, run_floor, write_project  # noqa: E402
from generate import generate  # noqa: E402
from measure import Measurement, dir_size, largest_file, measure  # noqa: E402
from fulltext_payload import payloads  # noqa: E402
from formats_speed import encoded, reading_speed  # noqa: E402

log = logging.getLogger(__name__)

REPO = HERE.parent
MIB = 2**20
QUICK_SIZES, QUICK_LIMIT = (200, 2000), 15.0
LIMITS = {"generator_floor": 0.10, "full_floor": 2.0, "scale_10k_1k": 11.0,
          "peak_rss": 2 * 2**30, "largest_page": 1_000_000}


def machine_info() -> dict[str, object]:
    """CPU model, cores, RAM and Python version of this machine."""
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem = int(line.split()[1]) * 1024
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"cpu": cpu, "cores": cores, "ram_gib": round(mem / 2**30, 1),
            "python": platform.python_version(), "platform": platform.platform()}


def archive_env(corpus: Path) -> dict[str, str]:
    """Environment pointing the archive at the corpus, with its own cache."""
    env = dict(os.environ)
    env.update(ARCHIVE_SOURCES=str(corpus / "sources"),
               ARCHIVE_REGISTRY=str(corpus / "entities.yml"),
               ARCHIVE_CACHE=str(corpus / "cache"))
    return env


def run_generator(corpus: Path, script: Path) -> Measurement:
    """Time `build_pages.py` alone, cold (output and cache removed first)."""
    for name in ("gen", "cache"):
        shutil.rmtree(corpus / name, ignore_errors=True)
    cmd = [sys.executable, str(script), "--sources", str(corpus / "sources"),
           "--registry", str(corpus / "entities.yml"), "--out", str(corpus / "gen")]
    return measure(cmd, env=archive_env(corpus), cwd=script.parent,
                   log_path=corpus / "generator.log")


def run_full(corpus: Path, config: Path, cold: bool = True) -> Measurement:
    """Time the full `mkdocs build` of the project on the corpus, cold or with the cache kept."""
    for name in ("site", "cache") if cold else ("site",):
        shutil.rmtree(corpus / name, ignore_errors=True)
    cmd = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(corpus / "site")]
    return measure(cmd, env=archive_env(corpus), cwd=config.parent, log_path=corpus / "mkdocs.log")


def search_payload(site: Path) -> dict[str, object]:
    """Bytes a first full-text query fetches: "russia" and the commonest word, or MkDocs search."""
    if (site / "fulltext" / "meta.json").exists():
        queries = payloads(site, ["russia"], commonest=1)
        worst = max(queries, key=lambda q: q["bytes"])
        return {"kind": "archive full-text index", "bytes": worst["bytes"], "term": worst["term"],
                "queries": {q["term"]: q["bytes"] for q in queries}}
    index = site / "search" / "search_index.json"
    if index.exists():
        workers = list((site / "assets" / "javascripts" / "workers").glob("search*.js"))
        files = {str(p.relative_to(site)): p.stat().st_size for p in [index, *workers]}
        return {"kind": "mkdocs search (whole index + worker)", "bytes": sum(files.values()),
                "files": files}
    return {"kind": "none", "bytes": 0}


def site_stats(site: Path) -> dict[str, object]:
    """Page count, total size, largest HTML page and first-query search payload of a site."""
    path, size = largest_file(site)
    return {"html_pages": sum(1 for _ in site.rglob("*.html")), "site_bytes": dir_size(site),
            "largest_page": {"path": path, "bytes": size}, "search": search_payload(site)}


def as_dict(m: Measurement) -> dict[str, object]:
    """JSON form of a measurement."""
    return {"seconds": round(m.seconds, 3), "cpu": round(m.cpu, 3), "max_rss": m.max_rss,
            "tree_rss": m.tree_rss, "returncode": m.returncode}


class _Loader(yaml.SafeLoader):
    """mkdocs.yml may hold !ENV and other tags; their values do not matter here."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)


def uses_search(config: Path) -> bool:
    """True if the project's mkdocs.yml enables the built-in search plugin (MkDocs' default)."""
    data = yaml.load(config.read_text(encoding="utf-8"), Loader=_Loader) or {}
    plugins = data.get("plugins", ["search"]) or []
    names = [p if isinstance(p, str) else next(iter(p), "") for p in plugins]
    return "search" in names


def prepare_floor(corpus: Path, stats: dict[str, object], counts: dict[str, int],
                  search: bool) -> Path:
    """Write the floor project with as many pages as the full build produced."""
    html = stats.get("html_pages") or counts["documents"] + counts["entities"] + 2
    n_pages = max(1, int(html) - 2)  # the floor adds its own index.html and 404.html
    return write_project(corpus / "floor", floor_pages(corpus / "sources", n_pages), search)


def one_round(corpus: Path, args: argparse.Namespace, state: dict[str, object]) -> dict:
    """One interleaved round: generator, full build, floor (so their ratios share conditions)."""
    run: dict[str, object] = {"generator": as_dict(run_generator(corpus, args.build_pages))}
    if args.generator_only:
        return run
    full = run_full(corpus, args.config)
    run["full"] = as_dict(full)
    run["warm"] = as_dict(run_full(corpus, args.config, cold=False))
    if "floor" not in state:
        state["stats"] = site_stats(corpus / "site") if full.ok else {}
        state["floor"] = prepare_floor(corpus, state["stats"], state["counts"], args.search)
    run["floor"] = as_dict(run_floor(state["floor"]))
    return run


def bench_size(size: int, args: argparse.Namespace) -> dict[str, object]:
    """Generate a corpus of `size` documents and measure --repeat rounds on it."""
    corpus = args.out / str(size)
    start = time.perf_counter()
    state: dict[str, object] = {"counts": generate(size, corpus, args.seed, args.entities)}
    log.info("[%d] corpus generated in %.1fs", size, time.perf_counter() - start)
    runs = []
    for i in range(args.repeat):
        runs.append(one_round(corpus, args, state))
        log.info("[%d] round %d/%d: %s", size, i + 1, args.repeat,
                 ", ".join(f"{k} {v['seconds']:.1f}s (CPU {v['cpu']:.1f}s)"
                           for k, v in runs[-1].items()))
    stats = dict(state.get("stats") or {})
    return {"docs": size, "corpus": state["counts"], "corpus_seconds": time.perf_counter() - start,
            "runs": runs, **stats, "summary": summarize(runs, stats)}


def median_of(runs: list[dict], key: str) -> float | None:
    """Median seconds of the successful runs of one step, or None."""
    vals = [r[key]["seconds"] for r in runs if key in r and r[key]["returncode"] == 0]
    return statistics.median(vals) if vals else None


def median_ratio(runs: list[dict], num: str, den: str) -> float | None:
    """Median over rounds of num/den measured in the same round."""
    vals = [r[num]["seconds"] / r[den]["seconds"] for r in runs
            if num in r and den in r and r[num]["returncode"] == 0 and r[den]["returncode"] == 0]
    return statistics.median(vals) if vals else None


def summarize(runs: list[dict], stats: dict[str, object]) -> dict[str, object]:
    """Medians, per-round ratios, throughput and peak RSS for one size."""
    full, floor = median_of(runs, "full"), median_of(runs, "floor")
    pages = stats.get("html_pages")
    return {"generator_s": median_of(runs, "generator"), "full_s": full, "floor_s": floor,
            "warm_s": median_of(runs, "warm"), "warm_floor": median_ratio(runs, "warm", "floor"),
            "generator_floor": median_ratio(runs, "generator", "floor"),
            "full_floor": median_ratio(runs, "full", "floor"),
            "pages_per_s": pages / full if pages and full else None,
            "floor_ms_per_page": 1000 * floor / pages if pages and floor else None,
            "peak_rss": max(v.get("tree_rss", v["max_rss"]) for r in runs for v in r.values()),
            "failures": sum(v["returncode"] != 0 for r in runs for v in r.values())}


def target(name: str, value: float | None, limit: float, where: str,
           strict: bool = False) -> dict[str, object]:
    """One target check (value <= limit, or < if strict); missing values are not measured."""
    ok = None if value is None else (value < limit if strict else value <= limit)
    return {"target": name, "where": where, "value": value, "limit": limit, "strict": strict,
            "pass": ok}


def check_targets(results: dict[int, dict]) -> list[dict[str, object]]:
    """Evaluate the issue's targets on the largest size (and 10k vs 1k scaling)."""
    if not results:
        return []
    big = max(results)
    s = results[big]["summary"]
    out = [target("generator / floor", s["generator_floor"], LIMITS["generator_floor"], f"{big}"),
           target("full build / floor", s["full_floor"], LIMITS["full_floor"], f"{big}"),
           target("peak RSS (MiB)", max(r["summary"]["peak_rss"] for r in results.values()) / MIB,
                  LIMITS["peak_rss"] / MIB, "all sizes"),
           target("largest page (kB)", scaled(results[big].get("largest_page", {}).get("bytes"),
                                              1000), LIMITS["largest_page"] / 1000, f"{big}", True)]
    if 10000 in results and 1000 in results:
        a, b = results[10000]["summary"]["full_s"], results[1000]["summary"]["full_s"]
        out.append(target("full build 10k / 1k", a / b if a and b else None,
                          LIMITS["scale_10k_1k"], "10000 vs 1000"))
    return out


def bench_formats(per_format: int, args: argparse.Namespace) -> dict[str, dict[str, float]]:
    """Reading speed of each format reader on `per_format` generated documents of each format:
    the texts of a generated corpus written as saved web pages, PDFs, .docx and .eml files."""
    logging.getLogger("fontTools").setLevel(logging.WARNING)  # fpdf2's font subsetting chatter
    corpus = args.out / "formats"
    generate(per_format + 20, corpus, args.seed, args.entities)  # a few are messy, left out
    files = encoded(corpus / "sources", per_format)
    out = {kind: reading_speed(found, args.repeat) for kind, found in files.items()}
    log.info("[formats] %s", ", ".join(f"{k} {v['docs_per_s']:.0f} docs/s" for k, v in out.items()))
    return out


def formats_report(speeds: dict[str, dict[str, float]]) -> list[str]:
    """The reading-speed table: documents/s for every format, pages/s for PDF."""
    lines = ["", "| format | documents | pages | read s | documents/s | pages/s |",
             "|---|---|---|---|---|---|"]
    for kind, r in speeds.items():
        pdf = kind == ".pdf"
        lines.append(f"| {kind} | {r['files']} | {r['pages'] if pdf else '–'} | "
                     f"{fmt(r['seconds'])} | {fmt(r['docs_per_s'], '.0f')} | "
                     f"{fmt(r['pages_per_s'], '.0f') if pdf else '–'} |")
    return lines


def fmt(value: object, spec: str = ".2f") -> str:
    """Format a number, or 'n/a' for a missing value."""
    return "n/a" if value is None else format(value, spec)


def scaled(value: object, unit: int) -> float | None:
    """value / unit, or None if value is missing."""
    return None if value is None else float(value) / unit  # type: ignore[arg-type]


def size_row(size: int, r: dict) -> str:
    """One Markdown table row for one size."""
    s, lp = r["summary"], r.get("largest_page", {})
    search_kib = scaled(r.get("search", {}).get("bytes"), 1024)
    cells = [f"{size:,}", str(r.get("html_pages", "n/a")), fmt(s["generator_s"]), fmt(s["full_s"]),
             fmt(s["floor_s"]), fmt(s["floor_ms_per_page"]), fmt(s["pages_per_s"], ".0f"),
             f"{s['peak_rss'] / MIB:.0f}", fmt(scaled(r.get("site_bytes"), MIB), ".1f"),
             f"{lp.get('path', 'n/a')} ({fmt(scaled(lp.get('bytes'), 1024), '.0f')} KiB)",
             f"{fmt(search_kib, '.0f')} KiB", fmt(s["generator_floor"], ".3f"),
             fmt(s["full_floor"]), fmt(s.get("warm_s")), fmt(s.get("warm_floor"))]
    return "| " + " | ".join(cells) + " |"


def report(machine: dict, results: dict[int, dict], targets: list[dict], repeat: int,
           speeds: dict[str, dict[str, float]] | None = None) -> str:
    """The Markdown report: machine, per-size medians, ratios and targets; reading speed."""
    lines = [f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['ram_gib']} GiB RAM, "
             f"Python {machine['python']} ({machine['platform']})", "",
             f"Medians over {repeat} run(s); ratios are per round (same conditions), then median.",
             "", "| docs | pages | generator s | full build s | floor s | floor ms/page | pages/s "
             "| peak RSS MiB (process tree) | site MiB | largest page | first search query "
             "| gen/floor | full/floor | rebuild s (cache kept) | rebuild/floor |",
             "|" + "---|" * 15]
    lines += [size_row(size, results[size]) for size in sorted(results)]
    kinds = {r.get("search", {}).get("kind") for r in results.values()} - {None}
    if kinds:
        lines += ["", f"First search query: {', '.join(sorted(kinds))}."]
    lines += ["", "| target | at | value | limit | result |", "|---|---|---|---|---|"]
    for t in targets:
        verdict = {True: "PASS", False: "FAIL", None: "not measured"}[t["pass"]]
        op = "<" if t.get("strict") else "≤"
        lines.append(f"| {t['target']} | {t['where']} | {fmt(t['value'], '.3g')} | "
                     f"{op} {t['limit']:g} | {verdict} |")
    if speeds:
        lines += ["", f"Reading speed of the format readers alone (files in memory, median of "
                  f"{repeat} pass(es); generated documents, mostly one PDF page each):",
                  *formats_report(speeds)]
    return "\n".join(lines)


def quick(args: argparse.Namespace) -> int:
    """CI mode: generator alone on 200 vs 2,000 documents; fail only on superlinear growth."""
    times: dict[int, float] = {}
    for size in QUICK_SIZES:
        corpus = args.out / f"quick-{size}"
        generate(size, corpus, args.seed, args.entities)
        m = run_generator(corpus, args.build_pages)
        if not m.ok:
            print(f"build_pages.py failed on {size} documents (exit {m.returncode}); "
                  f"see {corpus / 'generator.log'}")
            return 2
        times[size] = m.seconds
        print(f"generator, {size:>5} documents: {m.seconds:.2f}s, "
              f"peak RSS {m.max_rss / MIB:.0f} MiB", flush=True)
    small, big = QUICK_SIZES
    ratio = times[big] / times[small]
    verdict = "FAIL (superlinear)" if ratio > QUICK_LIMIT else "ok"
    print(f"time ratio {big}/{small} documents: {ratio:.2f} (limit {QUICK_LIMIT:g}): {verdict}")
    return 1 if ratio > QUICK_LIMIT else 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", default="100,1000,10000", help="comma-separated document counts")
    ap.add_argument("--repeat", type=int, default=3, help="rounds per size (medians reported)")
    ap.add_argument("--quick", action="store_true",
                    help="CI mode: generator only, 200 vs 2,000 documents, one round")
    ap.add_argument("--generator-only", action="store_true", help="skip the full build and floor")
    ap.add_argument("--formats", type=int, default=None,
                    help="documents of each format for the reading-speed table (default 200; "
                         "0 skips it; --quick skips it unless given)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--entities", type=int, default=1000, help="registry size")
    ap.add_argument("--out", type=Path, default=HERE / "out", help="work directory (gitignored)")
    ap.add_argument("--config", type=Path, default=REPO / "mkdocs.yml")
    ap.add_argument("--build-pages", type=Path, default=REPO / "build_pages.py")
    args = ap.parse_args(argv)
    args.out, args.config = args.out.resolve(), args.config.resolve()
    args.build_pages = args.build_pages.resolve()
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print the report and write <out>/results.json."""
    args = parse_args(argv)
    machine = machine_info()
    print(f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['ram_gib']} GiB RAM, "
          f"Python {machine['python']}", flush=True)
    if not args.build_pages.exists():
        print(f"{args.build_pages} not found: nothing to measure")
        return 2
    if args.quick:
        code = quick(args)
        if args.formats:
            print("\n".join(formats_report(bench_formats(args.formats, args))))
        return code
    args.search = uses_search(args.config)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    results = {size: bench_size(size, args) for size in sizes}
    targets = check_targets(results)
    per_format = 200 if args.formats is None else args.formats
    speeds = bench_formats(per_format, args) if per_format > 0 else {}
    print(report(machine, results, targets, args.repeat, speeds))
    out = {"machine": machine, "repeat": args.repeat, "sizes": results, "targets": targets,
           "formats": speeds}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(out, indent=2, default=str), encoding="utf-8")
    print(f"\nwrote {args.out / 'results.json'}")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    raise SystemExit(main())
