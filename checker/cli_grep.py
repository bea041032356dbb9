"""`namecheck grep`: arguments, colour and exit status; the search is the library's
(`checker.grep`)."""
from __future__ import annotations

import argparse
from typing import TextIO

from checker.cli_options import add_project_arguments, project_from_args
from checker.errors import NamecheckError, printable


def add_grep_arguments(p: argparse.ArgumentParser) -> None:
    """The arguments of `namecheck grep`."""
    p.add_argument("paths", nargs="*", metavar="[NAME] PATH",
                   help="the name to search for (unless --entry, --name or --all), then files "
                        "and folders (default: .); '-' reads standard input")
    p.add_argument("--entry", "-e", action="append", default=[], metavar="ID",
                   help="search for this glossary entry (repeatable)")
    p.add_argument("--name", action="append", default=[], metavar="NAME",
                   help="search for this name, resolved as lookup resolves it (repeatable)")
    p.add_argument("--all", action="store_true",
                   help="every glossary entry: an index of the documents (name, spelling, "
                        "count, places)")
    p.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    shape = p.add_mutually_exclusive_group()
    shape.add_argument("--count", "-c", action="store_true",
                       help="print each file with matches and how many")
    shape.add_argument("--files-with-matches", "-l", action="store_true",
                       help="print only the names of files with matches")
    p.add_argument("--context", "-C", type=_context_arg, default=0, metavar="N",
                   help="show N lines before and after each matching line")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="highlight matches (auto: on a terminal, or when FORCE_COLOR is set)")
    p.add_argument("--language", metavar="LANG",
                   help="the documents' language, as for check (default: told from each text)")
    p.add_argument("--encoding", metavar="NAME", help="encoding of files without a BOM")
    p.add_argument("--include", action="append", metavar="GLOB", help="only files matching (repeatable)")
    p.add_argument("--exclude", action="append", metavar="GLOB", help="skip files matching (repeatable)")
    p.add_argument("--jobs", "-j", type=int, metavar="N", help="worker processes (0: all cores)")
    p.add_argument("--stdin-filename", metavar="NAME", help="path to report for '-' (also picks the format)")
    p.add_argument("--dask", metavar="SCHEDULER", help="search on a Dask cluster: a scheduler's "
                   "address, or 'local' for a cluster on this machine (needs namecheck[dask])")
    add_project_arguments(p)


def _context_arg(text: str) -> int:
    from checker.grep import MAX_CONTEXT

    try:
        n = int(text)
    except ValueError:
        n = -1
    if not 0 <= n <= MAX_CONTEXT:
        raise argparse.ArgumentTypeError(f"invalid context {text!r}; expected 0 to {MAX_CONTEXT} lines")
    return n


def cmd_grep(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    """Print the matches; 0 when a name was found, 1 when none was, 2 on errors."""
    from checker.cli_check import _language_arg, use_color
    from checker.grep import GrepOptions, grep_paths, resolve_targets
    from checker.reading import read_stdin
    from checker.report import grep as render

    if args.format != "text" and (args.count or args.files_with_matches):
        raise NamecheckError(f"--format {args.format} gives every match; it cannot be used with "
                             "--count or --files-with-matches")
    if args.language:
        try:
            _language_arg(args.language)
        except argparse.ArgumentTypeError as exc:
            raise NamecheckError(str(exc)) from None
    paths = list(args.paths)
    names = list(args.name)
    if not (args.entry or names or args.all):
        if not paths:
            raise NamecheckError("grep needs a NAME (or --entry ID, --name NAME or --all)")
        names.append(paths.pop(0))
    project = project_from_args(args, encoding=args.encoding, include=args.include,
                                exclude=args.exclude, jobs=args.jobs)
    targets, notes = resolve_targets(project, names=names, entries=args.entry, every=args.all)
    options = GrepOptions(language=args.language, context=args.context,
                          stdin_filename=args.stdin_filename)

    def stdin_bytes() -> bytes:
        return read_stdin(stdin, project.config.max_file_size, project.config.encoding)

    report = grep_paths(project, paths or ["."], None if args.all else targets, options,
                        stdin=stdin_bytes, dask=args.dask)
    report.notes[:0] = notes
    color = use_color(args.color, out)
    if args.format == "json":
        out.writelines(render.render_json(report, index=args.all))
    elif args.format == "jsonl":
        out.writelines(render.render_jsonl(report, index=args.all))
    else:
        if args.count:
            chunks = render.render_counts(report, color=color)
        elif args.files_with_matches:
            chunks = render.render_files(report, color=color)
        elif args.all:
            chunks = render.render_index(report, color=color)
        elif args.context:
            chunks = render.render_context(report, color=color)
        else:
            chunks = render.render_matches(report, color=color)
        out.writelines(chunks)
        for e in report.errors:
            err.write(f"{e}\n")
        for note in report.notes:
            err.write(f"namecheck: note: {printable(note)}\n")
    return report.exit_status()
