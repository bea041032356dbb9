"""GitLab Code Quality report: a JSON array of issues, for the merge request's Code Quality widget
(`artifacts: reports: codequality:`)."""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence

from checker.errors import encodable
from checker.findings import Finding, InputError
from checker.report.summary import suggestion_hint

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}
ERROR_SEVERITY = "critical"   # a file that could not be checked


def render(findings: list[Finding], errors: list[InputError], files_checked: int, *,
           color: bool = False, notes: Sequence[str] = ()) -> str:
    """One issue per finding and per input error; paths as given (relative to the repository
    when run from its top), lines 1-based."""
    seen: Counter = Counter()
    issues = [_issue(f.code, f.message + suggestion_hint(f), SEVERITIES.get(f.severity, "minor"),
                     f.path, f.line, f.end_line, f.found, seen) for f in findings]
    issues += [_issue("namecheck-error", e.message, ERROR_SEVERITY, e.path, e.line or 1,
                      e.line or 1, "", seen) for e in errors]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


def _issue(check: str, description: str, severity: str, path: str, line: int, end_line: int,
           found: str, seen: Counter) -> dict:
    return {
        "type": "issue",
        "check_name": check,
        "description": encodable(description),
        "categories": ["Style"],
        "severity": severity,
        "fingerprint": _fingerprint(check, path, found, seen),
        "location": {"path": encodable(path.replace("\\", "/")),
                     "lines": {"begin": line, "end": max(end_line, line)}},
    }


def _fingerprint(check: str, path: str, found: str, seen: Counter) -> str:
    """Unique in the report, and the same in the next run when lines above move: the code, the
    file, the text found and which occurrence of that text in the file it is."""
    key = (check, path, found)
    seen[key] += 1
    raw = "\0".join((check, encodable(path), found, str(seen[key])))
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:32]
