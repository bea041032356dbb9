"""Machine-readable JSON report, format version 1."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

import msgspec

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
_FAST = msgspec.json.Encoder()
# a finding's line begins so, and no JSON string can hold it: its quotes would be escaped
_NEXT_FINDING = b'},{"path":'


class _Row(msgspec.Struct):
    """A finding's wire form (Finding.to_dict() without `related`), in its order."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    severity: str
    message: str
    found: str
    suggestion: str | None
    entry: str | None
    fix_safety: str


def finding_line(f: Finding, paths: dict[str, str]) -> str:
    """One finding as one line of JSON: the fields of Finding.to_dict(), a file name's bytes
    that are not UTF-8 written `\\xNN` (`paths` keeps each path's printable form)."""
    return _encode_findings([f], paths).decode("utf-8", "surrogatepass")


def _encode_findings(findings: Sequence[Finding], paths: dict[str, str]) -> bytes:
    """Findings as JSON objects, one a line, joined by ',\\n' and the array's indent.

    msgspec encodes a few thousand findings in one call, from records made without a dict;
    the standard library's encoder took about twice as long (see benchmarks/README.md).
    A string msgspec cannot encode (a lone surrogate) leaves the piece to the standard library.
    """
    rows: list[_Row] = []
    pieces: list[bytes] = []   # a run of rows encoded in one call, or one finding with related places
    for f in findings:
        path = _printable(f.path, paths)
        if f.related:
            if rows:
                pieces.append(_encode_rows(rows))
                rows = []
            d = f.to_dict()
            d["path"] = path
            d["related"] = [{**r, "path": _printable(r["path"], paths)} if "path" in r else r
                            for r in f.related]
            pieces.append(_encode_one(d))
        else:
            rows.append(_Row(path, f.line, f.column, f.end_line, f.end_column, f.code, f.severity,
                             f.message, f.found, f.suggestion, f.entry, f.fix_safety))
    if rows:
        pieces.append(_encode_rows(rows))
    return b",\n    ".join(pieces)


def _printable(path: str, paths: dict[str, str]) -> str:
    printable = paths.get(path)
    if printable is None:
        printable = paths[path] = encodable(path)
    return printable


def _encode_rows(rows: list[_Row]) -> bytes:
    try:
        return _FAST.encode(rows)[1:-1].replace(_NEXT_FINDING, b"},\n    " + _NEXT_FINDING[2:])
    except UnicodeEncodeError:
        return b",\n    ".join([_encode_one(msgspec.structs.asdict(row)) for row in rows])


def _encode_one(d: dict) -> bytes:
    try:
        return _FAST.encode(d)
    except UnicodeEncodeError:
        return ENCODER.encode(d).encode("utf-8", "surrogatepass")


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


def _findings_in_pieces(findings: Sequence[Finding], paths: dict[str, str]) -> Iterator[str]:
    """array_in_pieces() for findings, each piece encoded in one call."""
    if not findings:
        yield "[]"
        return
    for k in range(0, len(findings), CHUNK):
        piece = _encode_findings(findings[k:k + CHUNK], paths).decode("utf-8", "surrogatepass")
        yield ("[\n    " if k == 0 else ",\n    ") + piece
    yield "\n  ]"


def _dump_chunks(document: dict) -> Iterator[str]:
    """Indented like json.dumps(indent=2) at the top, but each finding on one line.

    The standard library only uses its fast C encoder without `indent`; a large report
    (hundreds of thousands of findings) would otherwise take longer to write than to check.
    """
    yield "{\n"
    keys = list(document)
    strings: dict[str, str] = {}
    for i, key in enumerate(keys):
        comma = ",\n" if i < len(keys) - 1 else "\n"
        value = document[key]
        yield f"  {json.dumps(key)}: "
        if isinstance(value, list):
            if key == "findings":
                yield from _findings_in_pieces(value, strings)
            else:
                yield from array_in_pieces(value, ENCODER.encode, "    ")
        else:
            yield ENCODER.encode(value)
        yield comma
    yield "}\n"
