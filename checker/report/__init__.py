"""Reporters: render findings and input errors as text, JSON, SARIF, GitHub annotations, GitLab
Code Quality or JUnit XML."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from checker.findings import Finding, InputError, NamecheckError
from checker.report import github, gitlab, json, junit, sarif, text

RENDERERS: dict[str, Callable[..., str]] = {
    "text": text.render,
    "json": json.render,
    "sarif": sarif.render,
    "github": github.render,
    "gitlab": gitlab.render,
    "junit": junit.render,
}
# formats for people, which end in a summary line that `quiet` leaves out (with the notes)
WITH_SUMMARY = frozenset({"text", "github"})
OUTPUT_FORMATS = tuple(RENDERERS)
# formats that can hand a large report over in pieces
CHUNKED: dict[str, Callable[..., Iterator[str]]] = {"json": json.render_chunks,
                                                    "sarif": sarif.render_chunks}


def render(fmt: str, findings: list[Finding], errors: list[InputError], files_checked: int, *,
           color: bool = False, notes: Sequence[str] = (), quiet: bool = False) -> str:
    """The whole report in format `fmt`, ending in a newline; findings keep the order given.
    `quiet`: findings and errors only, without notes and summary (text and github)."""
    renderer = RENDERERS.get(fmt)
    if renderer is None:
        raise NamecheckError(f"unknown output format {fmt!r}; expected one of {', '.join(OUTPUT_FORMATS)}")
    if quiet and fmt in WITH_SUMMARY:
        return renderer(findings, errors, files_checked, color=color, notes=(), summary=False)
    return renderer(findings, errors, files_checked, color=color, notes=notes)


def render_chunks(fmt: str, findings: list[Finding], errors: list[InputError], files_checked: int,
                  *, color: bool = False, notes: Sequence[str] = (),
                  quiet: bool = False) -> Iterator[str]:
    """render()'s report in pieces whose concatenation is render()'s string; a large report
    can be written without being built whole first."""
    chunked = CHUNKED.get(fmt)
    if chunked is None:
        return iter([render(fmt, findings, errors, files_checked, color=color, notes=notes,
                            quiet=quiet)])
    return chunked(findings, errors, files_checked, color=color, notes=notes)


__all__ = ["CHUNKED", "OUTPUT_FORMATS", "RENDERERS", "WITH_SUMMARY", "render", "render_chunks"]
