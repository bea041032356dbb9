"""Suppression directives: `namecheck: ignore`, `ignore-next-line`, `off` ... `on`.

`ignore` and `ignore-next-line` may name the codes they silence, `namecheck: ignore[NC001,NC004]`
(codes or rule names, any case); without a list they silence every code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from checker.formats.lines import line_end, line_index
from checker.formats.ranges import Range, normalize

DIRECTIVE = re.compile(r"namecheck:[ \t]*+(ignore-next-line|ignore|off|on)(?:\[([^\]\n]{0,200})\])?"
                       r"(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class CodedRange:
    """A text range in which only the findings of `codes` are suppressed."""

    start: int
    end: int
    codes: frozenset[str]


@dataclass(frozen=True)
class Directive:
    """One directive; `start`/`end` span the comment holding it (or the directive itself in plain
    text); `codes` are the codes it names, None for all."""

    kind: str
    start: int
    end: int
    codes: frozenset[str] | None = None


def directive_codes(match: re.Match) -> frozenset[str] | None:
    """The codes a DIRECTIVE match names (rule names read as their codes); None: every code."""
    from checker.findings import RULES

    listed = match.group(2)
    if listed is None:
        return None
    by_name = {rule.name: code for code, rule in RULES.items()}
    codes = set()
    for item in listed.split(","):
        item = item.strip()
        if item:
            codes.add(by_name.get(item.lower(), item.upper()))
    return frozenset(codes) or None


def find_directives(text: str, comments: list[Range] | None) -> list[Directive]:
    """Directives inside `comments`, or anywhere in the text when `comments` is None."""
    if "namecheck" not in text.lower():   # most texts have none: found sooner than by the pattern
        return []
    if comments is None:
        return [Directive(m.group(1).lower(), m.start(), m.end(), directive_codes(m))
                for m in DIRECTIVE.finditer(text)]
    return [Directive(m.group(1).lower(), start, end, directive_codes(m))
            for start, end in comments for m in DIRECTIVE.finditer(text, start, end)]


def suppressed_ranges(length: int, starts: list[int], directives: list[Directive]) -> list[Range]:
    """The text ranges the directives suppress for every code, normalized; `starts` are the
    text's line starts."""
    return _ranges(length, starts, [d for d in directives if d.codes is None])


def coded_ranges(length: int, starts: list[int], directives: list[Directive]) -> list[CodedRange]:
    """The ranges of the directives that name codes, each with its codes, in text order."""
    out = []
    for d in directives:
        if d.codes is not None:
            out += [CodedRange(s, e, d.codes) for s, e in _ranges(length, starts, [d])]
    return sorted(out, key=lambda r: (r.start, r.end))


def _ranges(length: int, starts: list[int], directives: list[Directive]) -> list[Range]:
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
