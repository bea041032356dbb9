"""The Document record: decoded text, what to check in it, and offset bookkeeping."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from checker.formats import encoding as _encoding
from checker.formats.lines import line_starts
from checker.formats.ranges import Range
from checker.formats.suppress import CodedRange

_SIC = re.compile(r"[ \t\u00a0]*+\[sic\]", re.IGNORECASE)
_ANY_SIC = re.compile(r"\[sic\]", re.IGNORECASE)


@dataclass
class Document:
    """One input file. Offsets are code-point indexes into `text`; ranges are half-open."""

    path: str
    text: str
    encoding: str
    bom: bytes
    format: str
    segments: list[Range]
    suppressed: list[Range] = field(default_factory=list)  # sorted, disjoint
    line_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    language: str | None = None   # declared by the format (a translation file's target language)
    # a translation file's units, (source ranges, target ranges), and its source language
    units: list[tuple[list[Range], list[Range]]] = field(default_factory=list, repr=False)
    source_language: str | None = None
    # ranges in which only some codes are suppressed (`namecheck: ignore[NC004]`), in text order
    suppressed_codes: list[CodedRange] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if not self.line_starts:
            self.line_starts = line_starts(self.text)

    def is_suppressed(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a suppressed range (an empty range: whether `start` lies in one)."""
        i = bisect_right(self.suppressed, start, key=lambda r: r[0]) - 1
        if i >= 0 and self.suppressed[i][1] > start:
            return True
        return i + 1 < len(self.suppressed) and self.suppressed[i + 1][0] < end

    def has_suppressions(self) -> bool:
        """Whether anything in the text is suppressed: a suppressed range or a `[sic]`."""
        return (bool(self.suppressed) or bool(self.suppressed_codes)
                or _ANY_SIC.search(self.text) is not None)

    def suppresses(self, code: str, start: int, end: int) -> bool:
        """Whether a directive that names `code` covers [start, end) (an empty range: `start`)."""
        return any(r.start < max(end, start + 1) and start < r.end and code in r.codes
                   for r in self.suppressed_codes)

    def sic_after(self, end: int) -> bool:
        """Whether optional spaces and then `[sic]` (any case) follow offset `end`."""
        return _SIC.match(self.text, end) is not None

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of `offset`, the column counted in code points."""
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} outside the text (length {len(self.text)})")
        line = bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def encode(self, text: str) -> bytes:
        """The BOM plus `text` in the document's codec; unchanged text gives back the original bytes."""
        return _encoding.encode(text, self.encoding, self.bom, self.path)
