"""How a Finding is made: worked out once for a run of words, then placed in the document at
each place the run occurs; or made in place for a whole document."""
from __future__ import annotations

from typing import Protocol

from checker.findings import RULES, Finding, FixSafety, Severity


class Located(Protocol):
    """What placing a finding needs of a document (a formats.Document)."""

    path: str
    text: str
    line_starts: list[int]

    def position(self, offset: int) -> tuple[int, int]: ...


# A finding of a run of words, made once per distinct run and placed at each place it occurs:
# (start, end, code, message, suggestion, entry, severity, safety, found, flat), the offsets
# from the run's start and `flat` when it is on one line (its end column is its start column
# plus its length). A plain tuple, read by unpacking, for the reason RunMention is one.
RunFinding = tuple[int, int, str, str, str | None, str | None, str, str, str, bool]


def build_finding(path: str, start: int, end: int, line: int, column: int, end_line: int,
                  end_column: int, code: str, message: str, found: str,
                  suggestion: str | None = None, entry: str | None = None,
                  safety: str = FixSafety.NONE, severity: str | None = None,
                  related: list[dict] | None = None) -> Finding:
    """The one place a Finding is made: the rule's severity unless given, and no fix safety
    without a suggestion."""
    return Finding(path, line, column, end_line, end_column, code, message, found, suggestion,
                   entry, severity or RULES[code].severity,
                   safety if suggestion else FixSafety.NONE, start, end,
                   related or ())


def one_line(message: str) -> str:
    """The message with its white space collapsed: a name wrapped over two lines reads as one."""
    return " ".join(message.split())


def run_finding(text: str, base: int, start: int, end: int, code: str, message: str,
                suggestion: str | None, entry: str | None, safety: str) -> RunFinding:
    """A finding of text[start:end] in the run that starts at `base`."""
    found = text[start:end]
    severity: Severity = RULES[code].severity
    return (start - base, end - base, code, one_line(message), suggestion, entry, severity,
            safety if suggestion else FixSafety.NONE, found, "\n" not in found and "\r" not in found)


def finding_at(doc: Located, start: int, end: int, code: str, message: str,
               suggestion: str | None, entry: str | None, safety: str) -> Finding:
    """A finding of doc.text[start:end], made where it is found."""
    line, column = doc.position(start)
    end_line, end_column = doc.position(end)
    return build_finding(doc.path, start, end, line, column, end_line, end_column, code,
                         one_line(message), doc.text[start:end], suggestion, entry, safety)
