"""Reporters: render findings and input errors as text, JSON, SARIF, GitHub annotations, GitLab
Code Quality or JUnit XML."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from importlib import import_module
from types import ModuleType

from checker.findings import Finding, InputError, NamecheckError

# each format is rendered by the module of its name in this package, imported when the format
# is asked for, so that a run pays only for its own (msgspec for JSON, the XML helpers for JUnit)
OUTPUT_FORMATS = ("text", "json", "sarif", "github", "gitlab", "junit")
# formats for people, which end in a summary line that `quiet` leaves out (with the notes)
WITH_SUMMARY = frozenset({"text", "github"})
# formats that can hand a large report over in pieces
_CHUNKED = frozenset({"json", "sarif"})


def _module(fmt: str) -> ModuleType:
    return import_module(f"checker.report.{fmt}")


def renderer(fmt: str) -> Callable[..., str]:
    """The function that renders a whole report in format `fmt`."""
    if fmt not in OUTPUT_FORMATS:
        raise NamecheckError(f"unknown output format {fmt!r}; expected one of {', '.join(OUTPUT_FORMATS)}")
    render_whole: Callable[..., str] = _module(fmt).render
    return render_whole


def render(fmt: str, findings: list[Finding], errors: list[InputError], files_checked: int, *,
           color: bool = False, notes: Sequence[str] = (), quiet: bool = False) -> str:
    """The whole report in format `fmt`, ending in a newline; findings keep the order given.
    `quiet`: findings and errors only, without notes and summary (text and github)."""
    render_whole = renderer(fmt)
    if quiet and fmt in WITH_SUMMARY:
        return render_whole(findings, errors, files_checked, color=color, notes=(), summary=False)
    return render_whole(findings, errors, files_checked, color=color, notes=notes)


def render_chunks(fmt: str, findings: list[Finding], errors: list[InputError], files_checked: int,
                  *, color: bool = False, notes: Sequence[str] = (),
                  quiet: bool = False) -> Iterator[str]:
    """render()'s report in pieces whose concatenation is render()'s string; a large report
    can be written without being built whole first."""
    if fmt not in _CHUNKED:
        return iter([render(fmt, findings, errors, files_checked, color=color, notes=notes,
                            quiet=quiet)])
    chunks: Iterator[str] = _module(fmt).render_chunks(findings, errors, files_checked,
                                                        color=color, notes=notes)
    return chunks


__all__ = ["OUTPUT_FORMATS", "WITH_SUMMARY", "render", "render_chunks", "renderer"]
