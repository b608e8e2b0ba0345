"""Bytes a browser fetches for a first Pagefind full-text query (reads the bundle's CBOR)."""
from __future__ import annotations

import argparse
import gzip
import json
import logging
import struct
from pathlib import Path

log = logging.getLogger(__name__)

SIGNATURE = b"pagefind_dcd"
RESULTS_SHOWN = 5  # the default UI loads fragments for the first five results


class Cbor:
    """Minimal CBOR decoder for the subset Pagefind writes (ints, strings, arrays, maps)."""

    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def _arg(self, info: int) -> int:
        if info < 24:
            return info
        size = {24: 1, 25: 2, 26: 4, 27: 8}[info]
        value = int.from_bytes(self.data[self.pos:self.pos + size], "big")
        self.pos += size
        return value

    def item(self) -> object:
        """Decode the next item."""
        head = self.data[self.pos]
        self.pos += 1
        major, info = head >> 5, head & 31
        if major == 7:
            return self._simple(info)
        if info == 31:
            return self._indefinite(major)
        n = self._arg(info)
        if major in (0, 1):
            return n if major == 0 else -1 - n
        if major in (2, 3):
            raw = self.data[self.pos:self.pos + n]
            self.pos += n
            return raw.decode("utf-8", "replace") if major == 3 else raw
        if major == 4:
            return [self.item() for _ in range(n)]
        if major == 5:
            return {self.item(): self.item() for _ in range(n)}
        return self.item()  # major 6: tag, ignored

    def _simple(self, info: int) -> object:
        if info in (20, 21):
            return info == 21
        if info in (22, 23):
            return None
        size = {25: 2, 26: 4, 27: 8}[info]
        raw = self.data[self.pos:self.pos + size]
        self.pos += size
        return struct.unpack({2: ">e", 4: ">f", 8: ">d"}[size], raw)[0]

    def _indefinite(self, major: int) -> object:
        items: list[object] = []
        while self.data[self.pos] != 0xFF:
            items.append(self.item())
        self.pos += 1
        if major == 5:
            return dict(zip(items[::2], items[1::2]))
        return items


def decode_file(path: Path) -> object:
    """Gunzip a .pf_* file, check its signature and decode the CBOR payload."""
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        raise ValueError(f"{path}: not a Pagefind data file")
    return Cbor(raw[len(SIGNATURE):]).item()


def chunks_for(term: str, chunks: list[list[str]]) -> list[str]:
    """Hashes of the index chunks whose word range overlaps words starting with term."""
    upper = term + "\uffff"
    return [c[2] for c in chunks if c[0] <= upper and c[1] >= term]


def page_hits(chunk: object, term: str, n_pages: int) -> dict[int, int]:
    """page number -> number of locations of words starting with term, in one index chunk."""
    hits: dict[int, int] = {}
    for entry in chunk[0]:  # type: ignore[index]
        word, pages = entry[0], entry[1]
        if not word.startswith(term):
            continue
        numbers = [p[0] for p in pages]
        running = [sum(numbers[: i + 1]) for i in range(len(numbers))]
        absolute = numbers if running and running[-1] >= n_pages else running  # delta-encoded?
        for num, page in zip(absolute, pages):
            hits[num] = hits.get(num, 0) + len(page[1])
    return hits


def first_query_bytes(site: Path, term: str = "russia") -> dict[str, object]:
    """Bytes fetched by a first query for term: runtime, wasm, meta, index chunks, fragments."""
    bundle = site / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    lang = next(iter(entry["languages"].values()))
    meta_path = bundle / f"pagefind.{lang['hash']}.pf_meta"
    meta = decode_file(meta_path)
    pages, chunk_list = meta[1], meta[2]  # type: ignore[index]
    runtime = ["pagefind-entry.json", "pagefind.js", "pagefind-worker.js",
               f"wasm.{lang['wasm']}.pagefind"]
    files = {name: (bundle / name).stat().st_size for name in runtime if (bundle / name).exists()}
    files[meta_path.name] = meta_path.stat().st_size
    hits: dict[int, int] = {}
    for chash in chunks_for(term, chunk_list):
        path = bundle / "index" / f"{chash}.pf_index"
        files[f"index/{path.name}"] = path.stat().st_size
        for num, count in page_hits(decode_file(path), term, len(pages)).items():
            hits[num] = hits.get(num, 0) + count
    top = sorted(hits, key=lambda n: (-hits[n], n))[:RESULTS_SHOWN]
    for num in top:
        path = bundle / "fragment" / f"{pages[num][0]}.pf_fragment"
        files[f"fragment/{path.name}"] = path.stat().st_size
    bundle_bytes = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
    return {"term": term, "bytes": sum(files.values()), "matching_pages": len(hits),
            "files": files, "bundle_bytes": bundle_bytes}


def main(argv: list[str] | None = None) -> int:
    """CLI: print the first-query payload of a built site as JSON."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("site", type=Path, help="built site directory containing pagefind/")
    ap.add_argument("--term", default="russia")
    args = ap.parse_args(argv)
    print(json.dumps(first_query_bytes(args.site, args.term.lower()), indent=2))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    raise SystemExit(main())
