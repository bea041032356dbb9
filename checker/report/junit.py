"""JUnit XML report, for Jenkins' JUnit and xUnit plugins and GitLab's test reports
(`artifacts: reports: junit:`): a test suite per file, a failed test case per finding."""
from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from xml.sax.saxutils import escape, quoteattr

from checker.errors import printable
from checker.findings import Finding, InputError
from checker.report.summary import suggestion_hint

SUITES = "namecheck"


def render(findings: list[Finding], errors: list[InputError], files_checked: int, *,
           color: bool = False, notes: Sequence[str] = ()) -> str:
    """`<testsuites>` with a `<testsuite>` per file that has findings or errors; a clean run
    is one passing test case, so that it shows as passed rather than as no tests at all."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<testsuites name="{SUITES}" tests="{len(findings) + len(errors) or 1}" '
           f'failures="{len(findings)}" errors="{len(errors)}">']
    for path, group in groupby(findings, key=lambda f: f.path):
        cases = list(group)
        out.append(f'  <testsuite name={_attr(path)} file={_attr(path)} tests="{len(cases)}" '
                   f'failures="{len(cases)}" errors="0">')
        out += [_failure(f) for f in cases]
        out.append("  </testsuite>")
    if errors:
        out.append(f'  <testsuite name="{SUITES}.errors" tests="{len(errors)}" failures="0" '
                   f'errors="{len(errors)}">')
        out += [_error(e) for e in errors]
        out.append("  </testsuite>")
    if not findings and not errors:
        out.append(f'  <testsuite name="{SUITES}" tests="1" failures="0" errors="0">')
        out.append(f'    <testcase classname="{SUITES}" name="{files_checked} files checked, '
                   'no findings"/>')
        out.append("  </testsuite>")
    out.append("</testsuites>")
    return "\n".join(out) + "\n"


def _attr(text: str) -> str:
    # XML 1.0 cannot hold control characters even escaped: a file name's are written \xNN,
    # as are its bytes that are not UTF-8
    return quoteattr(printable(text))


def _text(text: str) -> str:
    return escape(printable(text))


def _failure(f: Finding) -> str:
    where = f"{f.path}:{f.line}:{f.column}"
    message = f.message + suggestion_hint(f)
    return (f"    <testcase classname={_attr(f.path)} name={_attr(f'{f.code} at {f.line}:{f.column}')}>"
            f"<failure type={_attr(f.code)} message={_attr(message)}>"
            f"{_text(f'{where}: {f.code} {message}')}</failure></testcase>")


def _error(e: InputError) -> str:
    return (f"    <testcase classname={_attr(e.path)} name={_attr(f'{e.path}: error')}>"
            f"<error type=\"input-error\" message={_attr(e.message)}>{_text(str(e))}</error>"
            "</testcase>")
