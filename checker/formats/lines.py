"""Line boundaries of a text: lines end at \\n, \\r\\n or a lone \\r."""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

_BREAK = re.compile(r"\r\n?|\n")


def line_starts(text: str) -> list[int]:
    """Offsets at which each line starts; the first is always 0."""
    if "\r" not in text:   # lines end at \n only: their lengths, summed in C
        return [0, *accumulate(map((1).__add__, map(len, text.split("\n")[:-1])))]
    starts = [0]
    starts.extend(m.end() for m in _BREAK.finditer(text))
    return starts


def line_index(starts: list[int], offset: int) -> int:
    """0-based index of the line holding `offset`."""
    return bisect_right(starts, offset) - 1


def line_end(starts: list[int], index: int, length: int) -> int:
    """Offset just past line `index`, its line break included."""
    return starts[index + 1] if index + 1 < len(starts) else length


def matched(m: re.Match[str] | None) -> re.Match[str]:
    """The match of a pattern that cannot fail where it is tried (it matches the empty
    string: indentation, blockquote markers)."""
    if m is None:
        raise AssertionError("a pattern that matches the empty string did not match")
    return m


def content_end(text: str, starts: list[int], index: int) -> int:
    """Offset where line `index` ends, before its line break."""
    if index + 1 >= len(starts):
        return len(text)
    end = starts[index + 1] - 1
    if text[end] == "\n" and end > starts[index] and text[end - 1] == "\r":
        end -= 1
    return end
