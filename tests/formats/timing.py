"""Time measured as a ratio: a reader must take about as long on a crafted text as on ordinary
text of the same size (a pattern that tries again from every character takes hundreds of times
longer on 200 KB), whatever the machine's speed."""
from __future__ import annotations

import time
from collections.abc import Callable

from checker.formats import read_document

SIZE = 200_000
# generous: the crafted texts are slower per character, but by a constant, never by their length
FACTOR = 20


def _seconds(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def assert_read_in_linear_time(crafted: str, ordinary: str, path: str) -> None:
    """Reading `crafted` as `path` takes less than FACTOR times reading `ordinary` (both about
    SIZE characters long): the best of three runs each, and no second run of a crafted text
    that took too long once (a slow pattern takes minutes)."""
    assert abs(len(crafted) - len(ordinary)) < len(ordinary) // 10, "texts of about one size"
    crafted_data, ordinary_data = crafted.encode(), ordinary.encode()
    bound = FACTOR * min(_seconds(lambda: read_document(ordinary_data, path)) for _ in range(3))
    took = [_seconds(lambda: read_document(crafted_data, path))]
    while took[-1] >= bound and len(took) < 3 and took[-1] < 2 * bound:
        took.append(_seconds(lambda: read_document(crafted_data, path)))   # the machine was busy
    assert min(took) < bound, (f"{min(took):.3f} s for the crafted text, {bound / FACTOR:.3f} s "
                               "for ordinary text of the same size")


def sentences(size: int = SIZE) -> str:
    """Ordinary prose of about `size` characters, in our own words."""
    text = ("Mikalai Karpiankou spoke in Minsk on Monday; the ministry wrote about it at "
            "https://example.by/news (in Russian) and to press@example.by. ")
    return (text * (size // len(text) + 1))[:size]
