"""`namecheck check` and `namecheck config`: arguments, progress, rendering and exit status.

The run itself (configuration, checking, the cross-document pass, baseline, fixing) is the
library's: `checker.project.Project.check_paths`.
"""
from __future__ import annotations

import argparse
import os
from collections.abc import Iterable
from typing import TextIO

from checker.cli_options import add_project_arguments, project_from_args
from checker.errors import InputError, NamecheckError, os_message
from checker.findings import RULES
from checker.project import FixMode, Report, RunOptions
from checker.report import OUTPUT_FORMATS


def add_check_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("paths", nargs="*", metavar="PATH",
                   help="files and folders to check (default: .); '-' reads standard input")
    add_project_arguments(c)
    c.add_argument("--format", "--output-format", dest="format", choices=OUTPUT_FORMATS,
                   default="text", help="the report's format (default: text)")
    c.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE ('-': stdout)")
    c.add_argument("--quiet", "-q", action="store_true",
                   help="findings and errors only: no notes, no summary line")
    c.add_argument("--exit-zero", action="store_true",
                   help="exit 0 even when there are findings (errors still exit 2)")
    c.add_argument("--statistics", action="store_true",
                   help="print the number of findings per code instead of the findings")
    c.add_argument("--show-fixes", action="store_true",
                   help="with --fix or --diff: list the fixes per file and code")
    c.add_argument("--files-from", metavar="FILE", help="read the paths to check from FILE, one "
                   "a line ('-': standard input)")
    c.add_argument("-0", "--null", action="store_true",
                   help="with --files-from: the paths are separated by NUL bytes (git -z, find -print0)")
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


def use_color(choice: str, stream: TextIO) -> bool:
    """Whether to colour: `--color always|never`, else NO_COLOR (set and not empty: no colour),
    else FORCE_COLOR (set and not empty: colour, as in a CI log), else whether `stream` is a
    terminal."""
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return _is_tty(stream)


def _paths_from(source: str, nul: bool, stdin: TextIO, max_size: int) -> list[str]:
    """The paths listed in `source` ('-': standard input): one a line, or NUL-separated."""
    from checker.reading import read_stdin, read_stream

    if source == "-":
        data = read_stdin(stdin, max_size, classify=False)
    else:
        try:
            with open(source, "rb") as fh:
                data = read_stream(fh, source, max_size, classify=False)
        except OSError as exc:
            raise NamecheckError(InputError(source, os_message(exc))) from None
    names = data.split(b"\0") if nul else [line.rstrip(b"\r") for line in data.split(b"\n")]
    return [os.fsdecode(n) for n in names if n]


def _validate(args: argparse.Namespace) -> None:
    if args.null and not args.files_from:
        raise NamecheckError("-0/--null goes with --files-from")
    if args.files_from == "-" and "-" in args.paths:
        raise NamecheckError("--files-from - and '-' both want standard input")
    if args.statistics and args.format not in ("text", "json"):
        raise NamecheckError("--statistics writes text or json (--format text|json)")
    if args.show_fixes and not (args.fix or args.diff):
        raise NamecheckError("--show-fixes goes with --fix or --diff")


def cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    from checker.reading import read_stdin

    _validate(args)
    project = project_from_args(args, fail_on=args.fail_on, encoding=args.encoding,
                                include=args.include, exclude=args.exclude, jobs=args.jobs)
    fix = FixMode.NONE
    if args.fix or args.diff:
        fix = FixMode.UNSAFE if args.unsafe_fixes else FixMode.SAFE
    options = RunOptions(select=_codes(args.select), ignore=_codes(args.ignore) or frozenset(),
                         language=args.language, fix=fix, write=not args.diff,
                         baseline=args.baseline, stdin_filename=args.stdin_filename,
                         changed_since=args.changed_since)
    paths = list(args.paths)
    if args.files_from:   # an empty list checks nothing, not the current folder
        paths += _paths_from(args.files_from, args.null, stdin, project.config.max_file_size)
    elif not paths:
        paths = ["."]
    show_progress = not args.no_progress and _is_tty(err)

    def progress(done: int, total: int) -> None:
        if total > 20:
            err.write(f"\rnamecheck: {done}/{total} files" + ("\r\033[K" if done == total else ""))

    def stdin_bytes() -> bytes:   # within the size limit, a binary stream only as far as tells so
        return read_stdin(stdin, project.config.max_file_size, project.config.encoding)

    if args.files_from and not paths:
        report = Report()
    else:
        report = project.check_paths(paths, options, stdin=stdin_bytes,
                                     progress=progress if show_progress else None,
                                     write_baseline=args.write_baseline, dask=args.dask)
    _write_report(args, report, out, err)
    status = report.exit_status(project.config.fail_on)
    return 0 if args.exit_zero and status == 1 else status


def _write_report(args: argparse.Namespace, report: Report, out: TextIO, err: TextIO) -> None:
    """Where each part of the output goes. Standard output carries one thing: the fixed text of
    standard input, else the diff (--diff), else the report. The report then goes to --output,
    else to standard error; never mixed with the diff or the text."""
    from checker.report import render_chunks

    to_file = bool(args.output and args.output != "-")
    stdout_taken = report.stdin_text is not None or args.diff
    stream = err if stdout_taken and not to_file else out
    if report.stdin_text is not None:
        out.write(report.stdin_text)
    elif args.diff:
        from checker.fix import unified_diff
        out.write("".join(unified_diff(path, old, new) for path, old, new in report.changes))
    if args.statistics:
        from checker.report.statistics import render_statistics
        chunks: Iterable[str] = [render_statistics(report.findings, args.format)]
    else:
        color = use_color(args.color, stream) and not to_file
        chunks = render_chunks(args.format, report.findings, report.errors, report.files_checked,
                               color=color, notes=report.notes, quiet=args.quiet)
    fixes = ""
    if args.show_fixes:
        from checker.report.statistics import render_fixes
        fixes = render_fixes(report.fixed_by_path, applied=not args.diff)
    if to_file:
        try:
            with open(args.output, "w", encoding="utf-8") as fh:
                fh.writelines(chunks)
        except OSError as exc:
            raise NamecheckError(
                InputError(args.output, f"cannot write the report: {os_message(exc)}")) from None
    else:
        stream.writelines(chunks)
    if fixes:   # beside a text report; never inside a machine-readable one
        (stream if args.format == "text" and not to_file else err).write(fixes)
