"""The MkDocs floor: time `mkdocs build` of N plain Markdown pages with a minimal nav."""
from __future__ import annotations

import argparse
import logging
import re
import shutil
import statistics
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import Measurement, measure  # noqa: E402

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
MKDOCS_YML = """site_name: Floor
theme:
  name: material
nav:
  - Home: index.md
plugins: {plugins}
"""


def read_texts(sources: Path) -> Iterator[tuple[str, str]]:
    """(title, body) of each readable UTF-8 source file, in path order."""
    for path in sorted(sources.rglob("*.txt")):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        text = FRONT_MATTER.sub("", text).strip()
        if not text or "\0" in text:
            continue
        title, _, body = text.partition("\n")
        yield title.strip()[:120], body


def entity_page(i: int, titles: list[str]) -> str:
    """A small entity-like page: heading, description, list of mentioning documents."""
    picks = [titles[(i * 7 + k * 13) % len(titles)] for k in range(20)]
    listing = "\n".join(f"- {t}" for t in picks)
    return f"# Entity {i}\n\nA person, place or organisation.\n\n## Mentioned in\n\n{listing}\n"


def floor_pages(sources: Path, n_pages: int) -> list[str]:
    """n_pages Markdown texts: the documents as pages, then entity-like pages for the rest."""
    docs = [f"# {title}\n\n{body}\n" for title, body in read_texts(sources)][:n_pages]
    if not docs:
        raise SystemExit(f"no readable documents under {sources}")
    titles = [d.partition("\n")[0][2:] for d in docs]
    return docs + [entity_page(i, titles) for i in range(n_pages - len(docs))]


def write_project(root: Path, pages: list[str], search: bool = False) -> Path:
    """Write a floor MkDocs project under root; return its mkdocs.yml."""
    if root.exists():
        shutil.rmtree(root)
    docs = root / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("# Floor\n\nHome page.\n", encoding="utf-8")
    for i, text in enumerate(pages):
        folder = docs / f"p{i // 1000:02d}"
        folder.mkdir(exist_ok=True)
        (folder / f"page{i:05d}.md").write_text(text, encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(MKDOCS_YML.format(plugins="[search]" if search else "[]"), encoding="utf-8")
    return config


def run_floor(config: Path) -> Measurement:
    """Time one `mkdocs build` of the floor project (site/ is recreated)."""
    config = config.resolve()
    site = config.parent / "site"
    shutil.rmtree(site, ignore_errors=True)
    cmd = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site)]
    return measure(cmd, log_path=config.parent / "mkdocs.log")


def main(argv: list[str] | None = None) -> int:
    """CLI: build the floor for --pages pages and print ms/page."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--sources", type=Path, help="corpus to take page texts from")
    ap.add_argument("--out", type=Path, default=HERE / "out" / "floor")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-search", dest="search", action="store_false",
                    help="disable the built-in search plugin (on by default, as in MkDocs)")
    args = ap.parse_args(argv)
    sources = args.sources
    if sources is None:
        from generate import generate

        generate(args.pages, args.out / "corpus")
        sources = args.out / "corpus" / "sources"
    config = write_project(args.out / "project", floor_pages(sources, args.pages), args.search)
    runs = [run_floor(config) for _ in range(args.repeat)]
    secs = statistics.median(r.seconds for r in runs)
    rss = max(r.max_rss for r in runs) / 2**20
    each = ", ".join(f"{r.seconds:.2f}" for r in runs)
    print(f"floor: {args.pages + 1} pages, median {secs:.2f}s = "
          f"{1000 * secs / (args.pages + 1):.2f} ms/page over {len(runs)} runs ({each}), "
          f"peak RSS {rss:.0f} MiB, search plugin {'on' if args.search else 'off'}")
    return 0 if all(r.ok for r in runs) else 1


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    raise SystemExit(main())
