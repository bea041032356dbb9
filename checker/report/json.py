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
        "findings": findings,
        "errors": [e.to_dict() for e in errors],
        "files_checked": files_checked,
        "summary": {
            "total": summary.total,
            "by_code": summary.by_code,
            "by_severity": summary.by_severity,
        },
        "notes": list(notes),
    }
    return _dumps(document)


_ENCODER = json.JSONEncoder(ensure_ascii=False)


def finding_line(f: Finding, strings: dict[str | None, str]) -> str:
    """json.dumps(f.to_dict(), ensure_ascii=False), written out field by field.

    A report repeats the same paths, messages and spellings many times; `strings` keeps each
    one's JSON form, so a large report costs a few microseconds a finding.
    """
    if f.related:
        return _ENCODER.encode(f.to_dict())
    enc = []
    for value in (f.path, f.code, f.severity, f.message, f.found, f.suggestion, f.entry,
                  f.fix_safety):
        e = strings.get(value)
        if e is None:
            e = strings[value] = _ENCODER.encode(value)
        enc.append(e)
    path, code, severity, message, found, suggestion, entry, safety = enc
    return (f'{{"path": {path}, "line": {f.line}, "column": {f.column}, '
            f'"end_line": {f.end_line}, "end_column": {f.end_column}, "code": {code}, '
            f'"severity": {severity}, "message": {message}, "found": {found}, '
            f'"suggestion": {suggestion}, "entry": {entry}, "fix_safety": {safety}}}')


def _dumps(document: dict) -> str:
    """Indented like json.dumps(indent=2) at the top, but each finding on one line.

    The standard library only uses its fast C encoder without `indent`; a large report
    (hundreds of thousands of findings) would otherwise take longer to write than to check.
    """
    # one list of pieces and one join: a report of hundreds of megabytes is copied once
    out = ["{\n"]
    keys = list(document)
    for i, key in enumerate(keys):
        comma = ",\n" if i < len(keys) - 1 else "\n"
        value = document[key]
        out.append(f"  {json.dumps(key)}: ")
        if isinstance(value, list) and value:
            if key == "findings":
                strings: dict[str | None, str] = {None: "null"}
                items = [finding_line(f, strings) for f in value]
            else:
                items = [_ENCODER.encode(v) for v in value]
            out.append("[\n    ")
            out.append(",\n    ".join(items))
            out.append("\n  ]")
        else:
            out.append(_ENCODER.encode(value))
        out.append(comma)
    out.append("}\n")
    return "".join(out)
