"""Machine-readable JSON report, format version 1."""
from __future__ import annotations

import json
from collections.abc import Sequence

from checker.findings import Finding, InputError
from checker.report.summary import summarize

VERSION = 1


def render(findings: list[Finding], errors: list[InputError], files_checked: int, *,
           color: bool = False, notes: Sequence[str] = ()) -> str:
    """One JSON object: version, findings, errors, files_checked, summary, notes."""
    summary = summarize(findings)
    document = {
        "version": VERSION,
        "findings": [f.to_dict() for f in findings],
        "errors": [e.to_dict() for e in errors],
        "files_checked": files_checked,
        "summary": {
            "total": summary.total,
            "by_code": summary.by_code,
            "by_severity": summary.by_severity,
        },
        "notes": list(notes),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
