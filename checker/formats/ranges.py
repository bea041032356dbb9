"""Arithmetic on sorted lists of half-open [start, end) ranges."""
from __future__ import annotations

from collections.abc import Iterable

Range = tuple[int, int]


def normalize(ranges: Iterable[Range]) -> list[Range]:
    """Sort, drop empty ranges, and merge ranges that overlap or touch."""
    out: list[Range] = []
    for start, end in sorted(r for r in ranges if r[1] > r[0]):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def subtract(ranges: list[Range], holes: list[Range]) -> list[Range]:
    """`ranges` minus `holes`; both must be normalized."""
    out: list[Range] = []
    j = 0
    for start, end in ranges:
        while j < len(holes) and holes[j][1] <= start:
            j += 1
        k = j
        while k < len(holes) and holes[k][0] < end:
            hole_start, hole_end = holes[k]
            if hole_start > start:
                out.append((start, hole_start))
            start = max(start, hole_end)
            k += 1
        if start < end:
            out.append((start, end))
    return out
