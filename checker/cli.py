"""The namecheck command line: a thin layer over the library."""
from __future__ import annotations

import argparse
import json
import signal
import sys
from typing import Any, TextIO

from checker import __version__
from checker.cli_options import add_project_arguments, project_from_args
from checker.findings import NamecheckError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143   # 128 + SIGINT, 128 + SIGTERM


class Terminated(BaseException):
    """SIGTERM arrived: end the run as Ctrl-C does, with the status a shell expects."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="namecheck",
        description="Keep the spelling of Belarusian and Russian names consistent.",
        epilog="Exit status: 0 clean, 1 findings (or unknown names), 2 usage, config or input error.")
    p.add_argument("--version", action="version", version=f"namecheck {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("check", help="find names in documents and flag inconsistent spellings")
    from checker.cli_check import add_check_arguments
    add_check_arguments(c)

    lk = sub.add_parser("lookup", help="resolve names to glossary entries")
    lk.add_argument("names", nargs="*", metavar="NAME",
                    help="names to look up; '-' reads one a line from stdin")
    lk.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    add_project_arguments(lk)

    tr = sub.add_parser("translit", help="romanize Cyrillic text with the standard schemes")
    g = tr.add_mutually_exclusive_group(required=True)
    g.add_argument("--scheme", metavar="ID", help="scheme id (see --list)")
    g.add_argument("--list", action="store_true", help="list the schemes, one a line")
    g.add_argument("--all", action="store_true", help="show TEXT in every scheme of its language")
    tr.add_argument("text", nargs="*", metavar="TEXT", help="text to romanize; '-' reads lines from stdin")
    add_project_arguments(tr)

    gl = sub.add_parser("glossary", help="maintain glossary files")
    from checker.cli_glossary import add_glossary_arguments
    add_glossary_arguments(gl)

    cf = sub.add_parser("config", help="print the effective configuration")
    add_project_arguments(cf)

    ru = sub.add_parser("rules", help="list the finding codes, or show one rule's page")
    ru.add_argument("code", nargs="?", help="a finding code such as NC001")
    add_project_arguments(ru)
    return p


def _lines(items: list[str], stdin: TextIO) -> list[str]:
    if items == ["-"]:
        return [line.rstrip("\r\n") for line in stdin]
    if "-" in items:
        raise NamecheckError("'-' (standard input) cannot be mixed with other arguments")
    return items


def cmd_translit(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from checker.translit import detect_language, get_scheme, scheme_ids, schemes_for, transliterate

    project_from_args(args)   # a broken config or flag is an error here as in every command
    if args.list:
        for sid in scheme_ids():
            s = get_scheme(sid)
            out.write(f"{sid}\t{s.language}\t{s.kind}\t{s.name}\n")
        return EXIT_CLEAN
    texts = _lines(args.text, stdin)
    if not texts and args.text != ["-"]:
        raise NamecheckError("translit needs TEXT (or '-' to read standard input)")
    if args.scheme:
        try:
            get_scheme(args.scheme)
        except KeyError:
            raise NamecheckError(f"unknown scheme '{args.scheme}'; 'namecheck translit --list' "
                                 "shows the schemes") from None
        for t in texts:
            out.write(transliterate(t, args.scheme) + "\n")
        return EXIT_CLEAN
    for t in texts:
        ids = schemes_for(detect_language(t))
        width = max(len(i) for i in ids)
        out.write(f"{t}\n")
        for sid in ids:
            out.write(f"  {sid:<{width}}  {transliterate(t, sid)}\n")
    return EXIT_CLEAN


def cmd_lookup(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from checker.process import settle_after_load

    names = _lines(args.names, stdin)
    if not names and args.names != ["-"]:
        raise NamecheckError("lookup needs NAME arguments (or '-' to read names from stdin)")
    project = project_from_args(args)
    matcher = project.matcher
    settle_after_load()
    results = [project.lookup(n) for n in names]

    def answer(r) -> dict:
        d = r.to_dict()
        forms = dict(matcher.glossary.by_id[r.entry].forms) if r.entry else {}
        if forms:
            d["forms"] = forms   # the entry's house form in other languages
        return d

    if args.format == "jsonl":
        for r in results:
            out.write(json.dumps(answer(r), ensure_ascii=False) + "\n")
    elif args.format == "json":
        out.write(json.dumps({"version": 1, "results": [answer(r) for r in results]},
                             ensure_ascii=False, indent=2) + "\n")
    else:
        from checker.report.lookup_text import render_lookup
        out.write(render_lookup(results, matcher))
    return EXIT_FINDINGS if any(r.status == "unknown" for r in results) else EXIT_CLEAN


def cmd_rules(args: argparse.Namespace, out: TextIO) -> int:
    from checker.findings import RULES
    from checker.rules_docs import rule_page

    project_from_args(args)   # a broken config or flag is an error here as in every command
    if args.code:
        code = args.code.upper()
        if code not in RULES:
            raise NamecheckError(f"unknown finding code '{args.code}'; 'namecheck rules' lists them")
        out.write(rule_page(code))
        return EXIT_CLEAN
    width = max(len(r.name) for r in RULES.values()) + 1
    for r in RULES.values():
        out.write(f"{r.code}  {r.name:<{width}} {r.severity:<8} fix: {r.fix_safety:<7} {r.summary}\n")
    return EXIT_CLEAN


def main(argv: list[str] | None = None) -> int:
    """Run namecheck with these arguments; return the exit status."""
    out, err, stdin = sys.stdout, sys.stderr, sys.stdin
    for stream in (out, err):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    if hasattr(stdin, "reconfigure"):
        stdin.reconfigure(encoding="utf-8", errors="strict")
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage error
        return EXIT_ERROR if exc.code not in (0, None) else EXIT_CLEAN
    previous = _install(signal.SIGTERM, _on_sigterm)
    try:
        if args.command == "translit":
            return cmd_translit(args, out, stdin)
        if args.command == "lookup":
            return cmd_lookup(args, out, stdin)
        if args.command == "check":
            from checker.cli_check import cmd_check
            return cmd_check(args, out, err, stdin)
        if args.command == "glossary":
            from checker.cli_glossary import cmd_glossary
            return cmd_glossary(args, out)
        if args.command == "config":
            from checker.cli_check import cmd_config
            return cmd_config(args, out)
        if args.command == "rules":
            return cmd_rules(args, out)
        parser.print_help(out)
        return EXIT_ERROR
    except NamecheckError as exc:
        for e in exc.errors:
            err.write(f"{e}\n")
        return EXIT_ERROR
    except UnicodeDecodeError as exc:
        err.write(f"-: invalid UTF-8 on standard input at byte offset {exc.start}\n")
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_CLEAN
    except KeyboardInterrupt:
        err.write("namecheck: interrupted\n")
        return EXIT_INTERRUPTED
    except Terminated:
        err.write("namecheck: terminated\n")
        return EXIT_TERMINATED
    except Exception as exc:
        from checker.project import debugging, internal_error

        if debugging():
            raise
        err.write(f"{internal_error('namecheck', exc)}\n")
        return EXIT_ERROR
    finally:
        from checker.process import restore
        restore()
        if previous is not None:
            _install(signal.SIGTERM, previous)
        _write_cache_notes(err)


def _write_cache_notes(err: TextIO) -> None:
    """The cache's notes that no report took (every command but check), on standard error."""
    cache = sys.modules.get("checker.cache")   # a command that read no data has none
    if cache is None:
        return
    from checker.project import debugging

    for note in cache.take_notes(debug=debugging()):
        err.write(f"namecheck: note: {note}\n")


def _install(signum: int, handler: Any) -> Any:
    """Set a signal handler, returning the old one; None where this thread cannot (not main)."""
    try:
        return signal.signal(signum, handler)
    except ValueError:
        return None
