"""Machine-readable JSON report, format version 1."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from checker.errors import encodable
from checker.findings import Finding, InputError
from checker.report.summary import summarize

VERSION = 1


def render(findings: list[Finding], errors: list[InputError], files_checked: int, *,
           color: bool = False, notes: Sequence[str] = ()) -> str:
    """One JSON object: version, findings, errors, files_checked, summary, notes; a file
    name's bytes that are not UTF-8 are written `\\xNN`."""
    return "".join(render_chunks(findings, errors, files_checked, notes=notes))


def render_chunks(findings: list[Finding], errors: list[InputError], files_checked: int, *,
                  color: bool = False, notes: Sequence[str] = ()) -> Iterator[str]:
    """render()'s text in pieces of a few thousand findings, to be written as they come."""
    summary = summarize(findings)
    document = {
        "version": VERSION,
        "findings": findings,
        "errors": [{**e.to_dict(), "path": encodable(e.path), "message": encodable(e.message)}
                   for e in errors],
        "files_checked": files_checked,
        "summary": {
            "total": summary.total,
            "by_code": summary.by_code,
            "by_severity": summary.by_severity,
        },
        "notes": [encodable(note) for note in notes],
    }
    return _dump_chunks(document)


ENCODER = json.JSONEncoder(ensure_ascii=False)


def finding_line(f: Finding, strings: dict) -> str:
    """json.dumps(f.to_dict(), ensure_ascii=False), written out field by field.

    A report repeats the same paths, and the same finding (code, message, spelling, fix) at
    many places; `strings` keeps the JSON of each path and of each finding's fields after
    its position, so a large report costs a microsecond or two a finding.
    """
    if f.related:
        d = f.to_dict()
        d["path"] = encodable(f.path)
        d["related"] = [{**r, "path": encodable(r["path"])} if "path" in r else r
                        for r in f.related]
        return ENCODER.encode(d)
    path = strings.get(f.path)
    if path is None:
        path = strings[f.path] = ENCODER.encode(encodable(f.path))
    key = (f.code, f.severity, f.message, f.found, f.suggestion, f.entry, f.fix_safety)
    tail = strings.get(key)
    if tail is None:
        code, severity, message, found, suggestion, entry, safety = (
            "null" if v is None else ENCODER.encode(v) for v in key)
        tail = strings[key] = (
            f'"code": {code}, "severity": {severity}, "message": {message}, "found": {found}, '
            f'"suggestion": {suggestion}, "entry": {entry}, "fix_safety": {safety}}}')
    return (f'{{"path": {path}, "line": {f.line}, "column": {f.column}, '
            f'"end_line": {f.end_line}, "end_column": {f.end_column}, {tail}')


CHUNK = 5_000  # items a piece


_T = TypeVar("_T")


def array_in_pieces(items: Sequence[_T], encode: Callable[[_T], str], indent: str) -> Iterator[str]:
    """A JSON array with each item on a line of its own at `indent` (its closing bracket two
    spaces less), in pieces of CHUNK items: one string of hundreds of megabytes takes seconds
    to build."""
    if not items:
        yield "[]"
        return
    sep = ",\n" + indent
    for k in range(0, len(items), CHUNK):
        yield ("[\n" + indent if k == 0 else sep) + sep.join([encode(v) for v in items[k:k + CHUNK]])
    yield "\n" + indent[:-2] + "]"


def _dump_chunks(document: dict) -> Iterator[str]:
    """Indented like json.dumps(indent=2) at the top, but each finding on one line.

    The standard library only uses its fast C encoder without `indent`; a large report
    (hundreds of thousands of findings) would otherwise take longer to write than to check.
    """
    yield "{\n"
    keys = list(document)
    strings: dict = {}
    for i, key in enumerate(keys):
        comma = ",\n" if i < len(keys) - 1 else "\n"
        value = document[key]
        yield f"  {json.dumps(key)}: "
        if isinstance(value, list):
            encode = (lambda f: finding_line(f, strings)) if key == "findings" else ENCODER.encode
            yield from array_in_pieces(value, encode, "    ")
        else:
            yield ENCODER.encode(value)
        yield comma
    yield "}\n"
