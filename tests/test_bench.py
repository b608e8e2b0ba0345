"""Tests for the benchmark's corpus generator and helpers (bench/)."""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest
import yaml

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402
import run  # noqa: E402

N_DOCS = 60


def digest_tree(root: Path) -> dict[str, str]:
    """Relative path -> sha256 of every file under root."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generated corpus shared by the tests."""
    out = tmp_path_factory.mktemp("corpus")
    generate.generate(N_DOCS, out, seed=3)
    return out


def test_writes_n_files_and_registry(corpus: Path) -> None:
    files = [p for p in (corpus / "sources").rglob("*") if p.is_file()]
    assert len(files) == N_DOCS
    assert all(p.suffix == ".txt" for p in files)
    assert len({p.parent for p in files}) > 3  # nested in subfolders
    data = yaml.safe_load((corpus / "entities.yml").read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["never_link"]
    assert len(data["entities"]) == 1000
    assert {e["type"] for e in data["entities"]} == {"person", "place", "organization"}


def test_deterministic_for_a_seed(corpus: Path, tmp_path: Path) -> None:
    generate.generate(N_DOCS, tmp_path / "again", seed=3)
    assert digest_tree(tmp_path / "again") == digest_tree(corpus)
    generate.generate(N_DOCS, tmp_path / "other", seed=4)
    assert digest_tree(tmp_path / "other") != digest_tree(corpus)


def test_registry_names_and_aliases_unique(corpus: Path) -> None:
    data = yaml.safe_load((corpus / "entities.yml").read_text(encoding="utf-8"))
    forms = [f.casefold() for e in data["entities"] for f in [e["name"], *e.get("aliases", [])]]
    assert len(forms) == len(set(forms))
    assert sum(1 for e in data["entities"] if e.get("aliases")) > 100


def test_messy_files_exist(corpus: Path) -> None:
    inbox = corpus / "sources" / "inbox"
    latin1 = next(inbox.glob("latin1-*.txt")).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        latin1.decode("utf-8")
    assert latin1.decode("latin-1").strip()
    assert next(inbox.glob("empty-*.txt")).stat().st_size == 0
    assert b"\0" in next(inbox.glob("scan-*.txt")).read_bytes()
    copy = next(inbox.glob("copy-*.txt"))
    others = [p for p in (corpus / "sources").rglob("*.txt") if p != copy]
    assert any(p.read_bytes() == copy.read_bytes() for p in others)


def test_documents_mix_transcripts_articles_and_hubs(corpus: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in (corpus / "sources").rglob("*.txt")
             if "inbox" not in p.parts]
    assert any("Question: " in t for t in texts)
    assert any(t.startswith("---\ntitle: ") for t in texts) or len(texts) < 40
    assert sum("Putin" in t for t in texts) > len(texts) // 2  # a hub entity
    assert min(len(t.split()) for t in texts) >= 100


def test_targets_use_same_round_ratios() -> None:
    def step(seconds: float) -> dict[str, object]:
        return {"seconds": seconds, "max_rss": 2**20, "returncode": 0}

    runs = [{"generator": step(1), "full": step(10), "floor": step(5)},
            {"generator": step(4), "full": step(40), "floor": step(20)}]
    summary = run.summarize(runs, {"html_pages": 100})
    assert summary["generator_floor"] == pytest.approx(0.2)
    assert summary["full_floor"] == pytest.approx(2.0)
    targets = run.check_targets({100: {"summary": summary, "largest_page": {"bytes": 10}}})
    verdicts = {t["target"]: t["pass"] for t in targets}
    assert verdicts["generator / floor"] is False and verdicts["full build / floor"] is True


def test_reading_speed_table_reads_every_format(corpus: Path) -> None:
    pytest.importorskip("fpdf")
    pytest.importorskip("docx")
    files = run.encoded(corpus / "sources", 4)
    assert sorted(files) == [".docx", ".eml", ".html", ".pdf"]
    assert all(len(found) == 4 for found in files.values())
    speeds = {kind: run.reading_speed(found) for kind, found in files.items()}
    assert all(r["files"] == 4 and r["docs_per_s"] > 0 for r in speeds.values())
    assert speeds[".pdf"]["pages"] >= 4  # every PDF read, page by page
    table = run.formats_report(speeds)
    assert table[1].startswith("| format | documents | pages |")
    pdf_row = next(line for line in table if line.startswith("| .pdf |"))
    assert pdf_row.split(" | ")[-1].rstrip(" |") == f"{speeds['.pdf']['pages_per_s']:.0f}"
    assert next(line for line in table if line.startswith("| .eml |")).endswith("| – |")


def test_a_collections_summary_line_holds_every_figure() -> None:
    import eval_collection  # noqa: PLC0415

    reports = {
        "entities": ("x: 3 documents\n  PER: precision 0.800 recall 0.900 F1 0.847\n"
                     "  LOC: precision 1.000 recall 0.500 F1 0.667\n"
                     "  ORG: precision 0.750 recall 0.250 F1 0.375\n"
                     "  PER, byline names ignored: precision 0.950 recall 0.900 F1 0.924\n"
                     "  likely duplicate pairs: 1 (initial 1)\n  entities with no document: 0 \n"),
        "turns": "named_right              7\nnamed_turns              9\nwrong_all                1\n",
        "header": "title   right 2/3  wrong 1  extra 0\noutlet  right 0/1  wrong 0  extra 1\n",
    }
    assert eval_collection.summary(reports) == (
        "PER 0.800 (0.950) / 0.900 | LOC 1.000 / 0.500 | ORG 0.750 / 0.250 | dup 1 nodoc 0 | "
        "turns 7/9 (wrong 0, all-wrong 1) | title 2/3 w1 x0 | outlet 0/1 w0 x1")
