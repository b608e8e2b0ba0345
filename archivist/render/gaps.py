"""Time charts with their gaps: every month (or year) from the first to the last, so an empty
stretch shows as empty instead of vanishing; a long empty run is one row."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

LONG_GAP = 3  # this many empty periods in a row or more become one row


def months_between(first: str, last: str) -> list[str]:
    """Every 'YYYY-MM' from first to last, inclusive, oldest first."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def periods(counts: Mapping[str, int], kind: str) -> list[str]:
    """Every period ('month' or 'year') from the earliest to the latest key of counts."""
    keys = sorted(counts)
    if not keys:
        return []
    if kind == "month":
        return months_between(keys[0], keys[-1])
    return [str(y) for y in range(int(keys[0]), int(keys[-1]) + 1)]


def rows_with_gaps(counts: Mapping[str, int], kind: str, newest_first: bool = False
                   ) -> Iterator[tuple[str, str, int]]:
    """(first, last, count): one row per period with documents or in a short gap; a long run
    of empty periods is one row (first, last, 0)."""
    order = periods(counts, kind)
    if newest_first:
        order.reverse()
    i = 0
    while i < len(order):
        if counts.get(order[i]):
            yield order[i], order[i], counts[order[i]]
            i += 1
            continue
        j = i
        while j < len(order) and not counts.get(order[j]):
            j += 1
        if j - i >= LONG_GAP:
            yield order[i], order[j - 1], 0
        else:
            yield from ((p, p, 0) for p in order[i:j])
        i = j
