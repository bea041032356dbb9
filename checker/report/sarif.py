"""SARIF 2.1.0 report, for code-scanning services."""
from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import quote

from checker import __version__
from checker.about import PACKAGE_INDEX_URL, rule_page_url
from checker.errors import encodable
from checker.findings import RULES, Finding, InputError
from checker.report.json import ENCODER, array_in_pieces
from checker.rules_docs import rule_description, rule_page

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


_RESULTS = "\x00results\x00"   # where the results go in the indented frame


def render(findings: list[Finding], errors: list[InputError], files_checked: int, *,
           color: bool = False, notes: Sequence[str] = ()) -> str:
    """One SARIF log with one run; columns are Unicode code points."""
    return "".join(render_chunks(findings, errors, files_checked, notes=notes))


def render_chunks(findings: list[Finding], errors: list[InputError], files_checked: int, *,
                  color: bool = False, notes: Sequence[str] = ()) -> Iterator[str]:
    """render()'s text in pieces: the log indented, each result on a line of its own.

    The standard library's indenting encoder is written in Python; half a million results
    took over a minute and 900 MB through it.
    """
    notifications = [_notification(e) for e in errors]
    notifications += [{"level": "note", "message": {"text": encodable(note)}} for note in notes]
    run = {
        "tool": {"driver": {
            "name": "namecheck",
            "version": __version__,
            "informationUri": PACKAGE_INDEX_URL,
            "rules": [_rule(code) for code in RULES],
        }},
        "columnKind": "unicodeCodePoints",
        "results": _RESULTS,
        "invocations": [{
            "executionSuccessful": not errors,
            "toolExecutionNotifications": notifications,
        }],
        "properties": {"filesChecked": files_checked},
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    head, tail = json.dumps(log, ensure_ascii=False, indent=2).split(json.dumps(_RESULTS))
    return _chunks(head, findings, tail)


def _chunks(head: str, findings: list[Finding], tail: str) -> Iterator[str]:
    last_line = head.rsplit("\n", 1)[1]  # '      "results": '
    indent = " " * (len(last_line) - len(last_line.lstrip()) + 2)
    rule_index = {code: i for i, code in enumerate(RULES)}
    yield head
    yield from array_in_pieces(findings, lambda f: ENCODER.encode(_result(f, rule_index)), indent)
    yield tail + "\n"


@lru_cache(maxsize=4096)
def artifact_uri(path: str) -> str:
    """A URI reference for a path: relative with forward slashes, or file:// when absolute;
    a name's bytes that are not UTF-8 are percent-encoded as they are."""
    if os.path.isabs(path) or PureWindowsPath(path).is_absolute():
        pure = PureWindowsPath(path) if PureWindowsPath(path).drive else PurePosixPath(path)
        return pure.as_uri()
    posix = path.replace("\\", "/")
    while posix.startswith("./"):
        posix = posix[2:]
    return quote(os.fsencode(posix), safe="/-._~!$&'()*+,;=:@")


def _rule(code: str) -> dict:
    rule = RULES[code]
    page = rule_page(code)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule_description(code)},
        "help": {"text": page, "markdown": page},
        "helpUri": rule_page_url(code),
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"fixSafety": rule.fix_safety},
    }


def _region(line: int, column: int, end_line: int, end_column: int) -> dict:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _location(path: str, region: dict | None) -> dict:
    physical: dict = {"artifactLocation": {"uri": artifact_uri(path)}}
    if region is not None:
        physical["region"] = region
    return {"physicalLocation": physical}


def _result(f: Finding, rule_index: dict[str, int]) -> dict:
    region = _region(f.line, f.column, f.end_line, f.end_column)
    result: dict = {
        "ruleId": f.code,
        "ruleIndex": rule_index[f.code],
        "level": LEVELS.get(f.severity, "warning"),
        "message": {"text": f.message},
        "locations": [_location(f.path, region)],
    }
    related = [_related(i, r) for i, r in enumerate(f.related) if "path" in r]
    if related:
        result["relatedLocations"] = related
    if f.suggestion is not None and f.fix_safety != "none":
        result["fixes"] = [{
            "description": {"text": f"Replace with {f.suggestion}"},
            "artifactChanges": [{
                "artifactLocation": {"uri": artifact_uri(f.path)},
                "replacements": [{"deletedRegion": region, "insertedContent": {"text": f.suggestion}}],
            }],
        }]
    result["properties"] = {"found": f.found, "suggestion": f.suggestion, "entry": f.entry,
                            "fixSafety": f.fix_safety}
    return result


def _related(index: int, related: dict) -> dict:
    """A related location from a dict with path, line, column and optional end_line, end_column, message."""
    region = None
    if related.get("line"):
        line, column = related["line"], related.get("column") or 1
        region = _region(line, column, related.get("end_line") or line,
                         related.get("end_column") or column)
    location = {"id": index, **_location(related["path"], region)}
    if related.get("message"):
        location["message"] = {"text": related["message"]}
    return location


def _notification(e: InputError) -> dict:
    region = None
    if e.line is not None:
        region = {"startLine": e.line, "startColumn": e.column or 1}
    return {"level": "error", "message": {"text": encodable(e.message)},
            "locations": [_location(e.path, region)]}
