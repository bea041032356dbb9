"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request."""
from __future__ import annotations

from collections.abc import Sequence

from checker.errors import printable
from checker.findings import Finding, InputError
from checker.report.summary import suggestion_hint, summary_line

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """Escape a command's message as the Actions runner expects."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a command property value (also ':' and ',', which delimit properties)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: object) -> str:
    """`::name key=value,...::message`, dropping properties that are None."""
    props = ",".join(f"{key}={escape_property(str(value))}"
                     for key, value in properties.items() if value is not None)
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def render(findings: list[Finding], errors: list[InputError], files_checked: int, *,
           color: bool = False, notes: Sequence[str] = (), summary: bool = True) -> str:
    """One workflow command per finding and error; notes and a summary as plain log lines."""
    lines = [_finding(f) for f in findings]
    lines += [command("error", printable(e.message), file=_path(e.path), line=e.line,
                      col=e.column if e.line is not None else None, title="namecheck")
              for e in errors]
    lines += [printable(note) for note in notes]
    if summary:
        lines.append(summary_line(findings, errors, files_checked))
    return "\n".join(lines) + "\n" if lines else ""


def _path(path: str) -> str:
    return printable(path.replace("\\", "/"))


def _finding(f: Finding) -> str:
    one_line = f.line == f.end_line  # GitHub rejects columns on annotations spanning lines
    message = f.message + suggestion_hint(f)
    return command(COMMANDS.get(f.severity, "warning"), message,
                   file=_path(f.path), line=f.line, col=f.column if one_line else None,
                   endLine=f.end_line, endColumn=f.end_column if one_line else None,
                   title=f.code)
