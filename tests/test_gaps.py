"""Time charts keep their gaps: every period between the first and the last is shown."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from archivist.render.gaps import months_between, periods, rows_with_gaps


def test_months_run_across_the_year_end():
    assert months_between("2021-11", "2022-02") == ["2021-11", "2021-12", "2022-01", "2022-02"]


def test_short_gaps_show_each_period_and_long_ones_one_row():
    counts = {"2020-01": 2, "2020-03": 1, "2020-08": 4}
    assert list(rows_with_gaps(counts, "month")) == [
        ("2020-01", "2020-01", 2), ("2020-02", "2020-02", 0), ("2020-03", "2020-03", 1),
        ("2020-04", "2020-07", 0), ("2020-08", "2020-08", 4)]
    assert list(rows_with_gaps({"2001": 1, "2003": 2}, "year", newest_first=True)) == [
        ("2003", "2003", 2), ("2002", "2002", 0), ("2001", "2001", 1)]


@given(st.dictionaries(st.integers(1990, 2030).map(str), st.integers(1, 9), max_size=12),
       st.booleans())
def test_every_year_is_covered_once_and_no_count_is_lost(counts: dict, newest: bool):
    rows = list(rows_with_gaps(counts, "year", newest_first=newest))
    covered = []
    for first, last, n in rows:
        lo, hi = sorted((int(first), int(last)))
        covered += [str(y) for y in range(lo, hi + 1)]
        assert n == (counts[first] if first == last and first in counts else 0)
    assert sorted(covered) == periods(counts, "year")
    assert sum(n for _, _, n in rows) == sum(counts.values())


def test_an_entitys_chart_adds_up_to_its_documents_undated_last(seed_site: Path):
    entities = json.loads((seed_site / "archive.json").read_text(encoding="utf-8"))["entities"]
    undated_seen = 0
    for entity in entities:
        page = (seed_site / entity["url"] / "index.html").read_text(encoding="utf-8")
        if 'id="over-time"' not in page:
            continue
        table = page.split('id="over-time"', 1)[1].split("</table>", 1)[0]
        rows = re.findall(r"<tr[^>]*><td>([^<]+)</td>.*?<td>(\d+)</td></tr>", table)
        assert sum(int(n) for _, n in rows) == entity["documents"], entity["name"]
        labels = [label for label, _ in rows]
        assert "undated" not in labels[:-1]
        undated_seen += labels[-1] == "undated"
    assert undated_seen  # the default corpus has entities in dated and undated documents
