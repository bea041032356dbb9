"""`namecheck check` and `namecheck config`: arguments, progress, rendering and exit status.

The run itself (configuration, checking, the cross-document pass, baseline, fixing) is the
library's: `checker.project.Project.check_paths`.
"""
from __future__ import annotations

import argparse
import os
from typing import TextIO

from checker.cli_options import add_project_arguments, project_from_args
from checker.errors import InputError, NamecheckError, os_message
from checker.findings import RULES
from checker.project import FixMode, RunOptions


def add_check_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("paths", nargs="*", metavar="PATH",
                   help="files and folders to check (default: .); '-' reads standard input")
    add_project_arguments(c)
    c.add_argument("--format", choices=("text", "json", "sarif", "github"), default="text")
    c.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE ('-': stdout)")
    c.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    c.add_argument("--unsafe-fixes", action="store_true", help="with --fix or --diff: also apply suggestions")
    c.add_argument("--diff", action="store_true", help="print the fixes as a unified diff; write nothing")
    c.add_argument("--fail-on", choices=("error", "warning", "info"),
                   help="lowest severity that makes the exit status 1 (default: warning)")
    c.add_argument("--select", metavar="CODES", help="only these codes (comma-separated)")
    c.add_argument("--ignore", metavar="CODES", help="not these codes (comma-separated)")
    c.add_argument("--language", type=_language_arg, metavar="LANG",
                   help="the documents' language: en, ru, be, de, pl... or latin (any "
                   "Latin-script language); default: told from each text")
    c.add_argument("--encoding", metavar="NAME", help="encoding of files without a BOM "
                   "(e.g. windows-1251, koi8-r; default: UTF-8)")
    c.add_argument("--include", action="append", metavar="GLOB", help="only files matching (repeatable)")
    c.add_argument("--exclude", action="append", metavar="GLOB", help="skip files matching (repeatable)")
    c.add_argument("--changed-since", metavar="REV", help="only files changed since this git revision")
    c.add_argument("--baseline", metavar="FILE", help="report only findings not in this baseline")
    c.add_argument("--write-baseline", metavar="FILE", help="record today's findings as the baseline")
    c.add_argument("--jobs", "-j", type=int, metavar="N", help="worker processes (0: all cores)")
    c.add_argument("--stdin-filename", metavar="NAME", help="path to report for '-' (also picks the format)")
    c.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    c.add_argument("--no-progress", action="store_true", help="no progress bar on standard error")
    c.add_argument("--dask", metavar="SCHEDULER", help="check on a Dask cluster: a scheduler's "
                   "address, or 'local' for a cluster on this machine (needs namecheck[dask])")


def _language_arg(text: str) -> str:
    from checker.text.language import NAMED, is_language

    if not is_language(text):
        raise argparse.ArgumentTypeError(
            f"invalid language {text!r}; expected one of: {', '.join(NAMED)}, or an ISO 639 "
            "code of the glossary's forms")
    return text


def _codes(text: str | None) -> frozenset[str] | None:
    if not text:
        return None
    out: set[str] = set()
    for c in text.split(","):
        c = c.strip().upper()
        if c and c not in RULES:
            raise NamecheckError(f"unknown finding code '{c}'; 'namecheck rules' lists them")
        if c:
            out.add(c)
    return frozenset(out)


def cmd_config(args: argparse.Namespace, out: TextIO) -> int:
    from checker.config import config_as_toml

    out.write(config_as_toml(project_from_args(args).config))
    return 0


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    from checker.fix import unified_diff
    from checker.reading import read_stdin
    from checker.report import render_chunks

    project = project_from_args(args, fail_on=args.fail_on, encoding=args.encoding,
                                include=args.include, exclude=args.exclude, jobs=args.jobs)
    fix = FixMode.NONE
    if args.fix or args.diff:
        fix = FixMode.UNSAFE if args.unsafe_fixes else FixMode.SAFE
    options = RunOptions(select=_codes(args.select), ignore=_codes(args.ignore) or frozenset(),
                         language=args.language, fix=fix, write=not args.diff,
                         baseline=args.baseline, stdin_filename=args.stdin_filename,
                         changed_since=args.changed_since)
    paths = args.paths or ["."]
    show_progress = not args.no_progress and _is_tty(err)

    def progress(done: int, total: int) -> None:
        if total > 20:
            err.write(f"\rnamecheck: {done}/{total} files" + ("\r\033[K" if done == total else ""))

    def stdin_bytes() -> bytes:   # within the size limit, a binary stream only as far as tells so
        return read_stdin(stdin, project.config.max_file_size, project.config.encoding)

    report = project.check_paths(paths, options, stdin=stdin_bytes,
                                 progress=progress if show_progress else None,
                                 write_baseline=args.write_baseline, dask=args.dask)
    if args.diff:
        out.write("".join(unified_diff(path, old, new) for path, old, new in report.changes))
    color = args.color == "always" or (args.color == "auto" and _is_tty(out)
                                       and not os.environ.get("NO_COLOR"))
    chunks = render_chunks(args.format, report.findings, report.errors, report.files_checked,
                           color=color and not args.output, notes=report.notes)
    if report.stdin_text is not None:
        out.write(report.stdin_text)
        err.writelines(chunks)
    elif args.output and args.output != "-":
        try:
            with open(args.output, "w", encoding="utf-8") as fh:
                fh.writelines(chunks)
        except OSError as exc:
            raise NamecheckError(
                InputError(args.output, f"cannot write the report: {os_message(exc)}")) from None
    elif not args.diff or args.format != "text":
        out.writelines(chunks)
    else:
        err.writelines(chunks)
    return report.exit_status(project.config.fail_on)
