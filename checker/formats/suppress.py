"""Suppression directives: `namecheck: ignore`, `ignore-next-line`, `off` ... `on`."""
from __future__ import annotations

import re
from dataclasses import dataclass

from checker.formats.lines import line_end, line_index
from checker.formats.ranges import Range, normalize

DIRECTIVE = re.compile(r"namecheck:[ \t]*+(ignore-next-line|ignore|off|on)(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class Directive:
    """One directive; `start`/`end` span the comment holding it (or the directive itself in plain text)."""

    kind: str
    start: int
    end: int


def find_directives(text: str, comments: list[Range] | None) -> list[Directive]:
    """Directives inside `comments`, or anywhere in the text when `comments` is None."""
    if comments is None:
        return [Directive(m.group(1).lower(), m.start(), m.end()) for m in DIRECTIVE.finditer(text)]
    return [Directive(m.group(1).lower(), start, end)
            for start, end in comments for m in DIRECTIVE.finditer(text, start, end)]


def suppressed_ranges(length: int, starts: list[int], directives: list[Directive]) -> list[Range]:
    """The text ranges the directives suppress, normalized; `starts` are the text's line starts."""
    ranges: list[Range] = []
    off_at: int | None = None
    for directive in sorted(directives, key=lambda d: d.start):
        first = line_index(starts, directive.start)
        last = line_index(starts, max(directive.start, directive.end - 1))
        if directive.kind == "ignore":
            ranges.append((starts[first], line_end(starts, last, length)))
        elif directive.kind == "ignore-next-line":
            if last + 1 < len(starts):
                ranges.append((starts[last + 1], line_end(starts, last + 1, length)))
        elif directive.kind == "off":
            if off_at is None:
                off_at = directive.start
        elif off_at is not None:
            ranges.append((off_at, directive.end))
            off_at = None
    if off_at is not None:
        ranges.append((off_at, length))
    return normalize(ranges)
