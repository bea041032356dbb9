"""Counts shared by the reporters."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter

from checker.findings import SEVERITIES, Finding, InputError

_COUNTED = attrgetter("code", "severity", "suggestion", "fix_safety")


@dataclass
class Summary:
    """Totals of a list of findings."""

    total: int = 0
    fixable: int = 0  # findings with a safe fix, the ones plain --fix applies
    by_code: dict[str, int] = field(default_factory=dict)
    by_severity: dict[str, int] = field(default_factory=dict)


def is_fixable(finding: Finding) -> bool:
    """Whether --fix applies the finding's suggestion without asking for unsafe fixes."""
    return finding.suggestion is not None and finding.fix_safety == "safe"


def suggestion_hint(finding: Finding) -> str:
    """' (suggestion: ...)' for a one-line report, when the message does not already say it.

    One finding, one line: a suggestion for a name wrapped over two lines is shown on one
    (the fix itself keeps the line break).
    """
    if finding.suggestion is None:
        return ""
    shown = " ".join(finding.suggestion.split())
    return "" if shown in finding.message else f" (suggestion: {shown})"


def summarize(findings: list[Finding]) -> Summary:
    """Totals by code (sorted) and by severity (every severity, most severe first)."""
    # one pass, counted in C: a report may hold hundreds of thousands of findings
    counts = Counter(map(_COUNTED, findings))
    codes: Counter = Counter()
    severities: Counter = Counter()
    fixable = 0
    for (code, severity, suggestion, safety), n in counts.items():
        codes[code] += n
        severities[severity] += n
        if suggestion is not None and safety == "safe":  # as is_fixable()
            fixable += n
    return Summary(
        total=len(findings),
        fixable=fixable,
        by_code={code: codes[code] for code in sorted(codes)},
        by_severity={s: severities.get(s, 0) for s in reversed(SEVERITIES)},
    )



def plural(count: int, noun: str) -> str:
    """'1 finding', '2 findings'."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def summary_line(findings: list[Finding], errors: list[InputError], files_checked: int) -> str:
    """'Found 3 findings (1 fixable with --fix). 2 files checked.' and the count of errors, if any."""
    summary = summarize(findings)
    if summary.total:
        line = f"Found {plural(summary.total, 'finding')}"
        if summary.fixable:
            line += f" ({summary.fixable} fixable with --fix)"
        line += "."
    else:
        line = "No findings."
    line += f" {plural(files_checked, 'file')} checked."
    if errors:
        line += f" {plural(len(errors), 'error')}."
    return line
