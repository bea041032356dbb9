"""The finding record and the registry of finding codes."""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from enum import StrEnum
from operator import attrgetter

# input errors are reported beside findings; their home is checker.errors
from checker.errors import InputError, NamecheckError

__all__ = ["FIX_SAFETIES", "RULES", "SEVERITIES", "Finding", "InputError", "NamecheckError",
           "Code", "FixSafety", "Rule", "Severity", "finding_order", "in_report_order",
           "severity_rank"]


class Code(StrEnum):
    """The finding codes."""

    NC001 = "NC001"
    NC002 = "NC002"
    NC003 = "NC003"
    NC004 = "NC004"
    NC005 = "NC005"
    NC006 = "NC006"


class Severity(StrEnum):
    """How much a finding matters, least first."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class FixSafety(StrEnum):
    """Whether a finding's suggestion may be applied without a look (`--fix`), only on request
    (`--unsafe-fixes`), or not at all."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    NONE = "none"


SEVERITIES = tuple(s.value for s in Severity)
FIX_SAFETIES = tuple(s.value for s in FixSafety)


def severity_rank(severity: str) -> int:
    """The order of severities: info < warning < error."""
    return SEVERITIES.index(severity)


@dataclass(frozen=True)
class Rule:
    """A finding code: stable id, short name, default severity and fix safety."""

    code: Code
    name: str
    severity: Severity
    fix_safety: FixSafety
    summary: str


RULES: dict[str, Rule] = {
    r.code: r
    for r in (
        Rule(Code.NC001, "known-variant", Severity.WARNING, FixSafety.SAFE,
             "A known non-canonical spelling of a glossary entry."),
        Rule(Code.NC002, "likely-misspelling", Severity.INFO, FixSafety.UNSAFE,
             "A spelling that probably means a glossary entry but is not a known form of it."),
        Rule(Code.NC003, "mixed-script", Severity.WARNING, FixSafety.SAFE,
             "A word that mixes Latin and Cyrillic letters (homoglyphs)."),
        Rule(Code.NC004, "inconsistent-spelling", Severity.WARNING, FixSafety.NONE,
             "The same name is spelled in more than one way across the checked documents."),
        Rule(Code.NC005, "wrong-language-form", Severity.WARNING, FixSafety.UNSAFE,
             "A name in the other Cyrillic orthography (Belarusian form in Russian text or the reverse)."),
        Rule(Code.NC006, "missing-in-translation", Severity.WARNING, FixSafety.NONE,
             "A glossary name in a translation unit's source text that its translation leaves out."),
    )
}


@dataclass(slots=True)
class Finding:
    """One finding in one document. Lines and columns are 1-based code points; end_column is exclusive.

    `start`/`end` are code-point offsets into the decoded document text (end exclusive).
    `related` is the places an NC004 finding lists; the findings without any share one empty
    tuple (a large run holds hundreds of thousands of findings).
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    message: str
    found: str
    suggestion: str | None = None
    entry: str | None = None
    severity: str = ""
    fix_safety: str = "none"
    start: int = 0
    end: int = 0
    related: Sequence[dict] = ()

    def __post_init__(self) -> None:
        rule = RULES[self.code]
        if not self.severity:
            self.severity = rule.severity
        if self.suggestion is None and self.fix_safety != "none":
            self.fix_safety = "none"

    def __reduce__(self) -> tuple:
        # pickled as its field values, not as a dict: workers send hundreds of thousands
        return _received_finding, _finding_fields(self)

    def to_dict(self) -> dict:
        """The wire form used by the JSON reporter (format version 1)."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "found": self.found,
            "suggestion": self.suggestion,
            "entry": self.entry,
            "fix_safety": self.fix_safety,
            **({"related": self.related} if self.related else {}),
        }


_finding_fields = attrgetter(*(f.name for f in fields(Finding)))


# the line, column and offset numbers of the findings and mentions workers send, each kept
# once in the process that reads them (at most NUMBERS_HELD at a time): a number above 256 is
# an object of its own (as large as a short string) each time it is unpickled, and offsets
# and lines recur from file to file
NUMBERS_HELD = 1 << 18
_numbers: dict[int, int] = {}


def shared_numbers(*numbers: int) -> Iterator[int]:
    """The numbers, each as the one int object of its value that received findings and
    mentions share."""
    if len(_numbers) > NUMBERS_HELD:
        _numbers.clear()
    return map(_numbers.setdefault, numbers, numbers)


def _received_finding(path: str, line: int, column: int, end_line: int, end_column: int,
                      code: str, message: str, found: str, suggestion: str | None,
                      entry: str | None, severity: str, fix_safety: str, start: int, end: int,
                      related: Sequence[dict]) -> Finding:
    """A Finding sent by a worker. Its strings are interned: the findings of one run of words
    share them where they were made, but a worker's every message is unpickled anew."""
    line, column, end_line, end_column, start, end = shared_numbers(
        line, column, end_line, end_column, start, end)
    return Finding(path, line, column, end_line, end_column, code, sys.intern(message),
                   sys.intern(found), suggestion and sys.intern(suggestion),
                   entry and sys.intern(entry), severity, fix_safety, start, end, related)


# the order of a report: path, line, column, code, end (a key for sort())
finding_order = attrgetter("path", "line", "column", "code", "end_line", "end_column")


def in_report_order(findings: Iterable[Finding]) -> list[Finding]:
    """The findings sorted by finding_order, as a stable sort would: a path at a time, since
    one sort of a large run's findings holds a key tuple for each of them at once."""
    by_path: dict[str, list[Finding]] = {}
    for f in findings:
        same = by_path.get(f.path)
        if same is None:
            same = by_path[f.path] = []
        same.append(f)
    out: list[Finding] = []
    for path in sorted(by_path):
        same = by_path.pop(path)
        same.sort(key=finding_order)
        out += same
    return out
