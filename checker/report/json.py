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
    return _dumps(document) + "\n"


def _dumps(document: dict) -> str:
    """Indented like json.dumps(indent=2) at the top, but each finding on one line.

    The standard library only uses its fast C encoder without `indent`; a large report
    (hundreds of thousands of findings) would otherwise take longer to write than to check.
    """
    lines = ["{"]
    keys = list(document)
    for i, key in enumerate(keys):
        comma = "," if i < len(keys) - 1 else ""
        value = document[key]
        head = f"  {json.dumps(key)}: "
        if isinstance(value, list) and value:
            items = [f"    {json.dumps(v, ensure_ascii=False)}" for v in value]
            lines.append(head + "[\n" + ",\n".join(items) + "\n  ]" + comma)
        else:
            lines.append(head + json.dumps(value, ensure_ascii=False) + comma)
    lines.append("}")
    return "\n".join(lines)
