"""The default, human-readable report: one line per finding, like ruff's concise output."""
from __future__ import annotations

from collections.abc import Sequence

from checker.errors import printable
from checker.findings import Finding, InputError
from checker.report.summary import is_fixable, suggestion_hint, summary_line

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_CYAN = "\x1b[36m"
_SEVERITY_COLOURS = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[34m"}
_ERROR = "\x1b[1;31m"


class _Style:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if self.color else text


def render(findings: list[Finding], errors: list[InputError], files_checked: int, *,
           color: bool = False, notes: Sequence[str] = (), summary: bool = True) -> str:
    """`path:line:col: CODE [*] message` lines, errors, notes, then a one-line summary; a
    file name's control characters and undecodable bytes are escaped (`\\n`, `\\xNN`)."""
    style = _Style(color)
    paths: dict[str, str] = {}   # each path made printable once
    lines = [_finding_line(f, style, paths) for f in findings]
    lines += [_error_line(e, style) for e in errors]
    lines += [f"{style('note', _BOLD)}: {printable(note)}" for note in notes]
    if summary:
        lines.append(style(summary_line(findings, errors, files_checked), _BOLD))
    return "\n".join(lines) + "\n" if lines else ""


def _finding_line(f: Finding, style: _Style, paths: dict[str, str]) -> str:
    path = paths.get(f.path)
    if path is None:
        path = paths[f.path] = printable(f.path)
    where = f"{style(path, _BOLD)}{style(':', _DIM)}{f.line}{style(':', _DIM)}{f.column}{style(':', _DIM)}"
    code = style(f.code, _SEVERITY_COLOURS.get(f.severity, ""))
    marker = f" {style('[*]', _CYAN)}" if is_fixable(f) else ""
    hint = suggestion_hint(f)
    return f"{where} {code}{marker} {f.message}{hint}"


def _error_line(e: InputError, style: _Style) -> str:
    where = style(printable(e.path), _BOLD)
    if e.line is not None:
        where += f"{style(':', _DIM)}{e.line}{style(':', _DIM)}{e.column or 1}"
    return f"{where}{style(':', _DIM)} {style('error', _ERROR)}: {printable(e.message)}"
