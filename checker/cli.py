"""The namecheck command line: a thin layer over the library.

Every way a run ends is an exit status and at most a line on standard error, never a
traceback: Ctrl-C and SIGTERM (handled from the first line of main(), so the rest of the
command line is imported after), a report that cannot be written (a closed pipe, a full disk),
an unexpected failure.
"""
from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Callable, Iterable
from typing import TextIO, cast

from checker import __version__
from checker.errors import InputError, NamecheckError, os_message, printable
from checker.signals import Terminated, ending, handle_stop_signals

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143   # 128 + SIGINT, 128 + SIGTERM


class OutputError(NamecheckError):
    """Standard output or standard error could not be written: exit status 2."""

    def __init__(self, name: str, exc: OSError) -> None:
        super().__init__(InputError("namecheck", f"cannot write to {name}: {os_message(exc)}"))
        self.name = name


class _Output:
    """A standard stream whose write failures end the run as an OutputError; a stream that was
    closed before the run (None) fails at the first write."""

    def __init__(self, stream: TextIO | None, name: str) -> None:
        self.stream = stream
        self.name = name

    def _failed(self, exc: OSError) -> OutputError:
        return OutputError(self.name, exc)

    def write(self, text: str) -> int:
        if self.stream is None:
            raise self._failed(OSError(9, "Bad file descriptor"))
        try:
            return self.stream.write(text)
        except OSError as exc:
            raise self._failed(exc) from None

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if self.stream is not None:
            try:
                self.stream.flush()
            except OSError as exc:
                raise self._failed(exc) from None

    def isatty(self) -> bool:
        try:
            return self.stream is not None and self.stream.isatty()
        except (AttributeError, ValueError):
            return False


def _add_lookup(lk: argparse.ArgumentParser) -> None:
    from checker.cli_options import add_project_arguments

    lk.add_argument("names", nargs="*", metavar="NAME",
                    help="names to look up; '-' reads one a line from stdin")
    lk.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    add_project_arguments(lk)


def _add_translit(tr: argparse.ArgumentParser) -> None:
    from checker.cli_options import add_project_arguments

    g = tr.add_mutually_exclusive_group(required=True)
    g.add_argument("--scheme", metavar="ID", help="scheme id (see --list)")
    g.add_argument("--list", action="store_true", help="list the schemes, one a line")
    g.add_argument("--all", action="store_true", help="show TEXT in every scheme of its language")
    tr.add_argument("text", nargs="*", metavar="TEXT", help="text to romanize; '-' reads lines from stdin")
    add_project_arguments(tr)


def _add_check(c: argparse.ArgumentParser) -> None:
    from checker.cli_check import add_check_arguments
    add_check_arguments(c)


def _add_glossary(gl: argparse.ArgumentParser) -> None:
    from checker.cli_glossary import add_glossary_arguments
    add_glossary_arguments(gl)


def _add_discover(dc: argparse.ArgumentParser) -> None:
    from checker.cli_discover import add_discover_arguments
    add_discover_arguments(dc)


def _add_grep(gr: argparse.ArgumentParser) -> None:
    from checker.cli_grep import add_grep_arguments
    add_grep_arguments(gr)


def _add_serve(sv: argparse.ArgumentParser) -> None:
    from checker.cli_serve import add_serve_arguments
    add_serve_arguments(sv)


def _add_config(cf: argparse.ArgumentParser) -> None:
    from checker.cli_options import add_project_arguments
    add_project_arguments(cf)


def _add_rules(ru: argparse.ArgumentParser) -> None:
    from checker.cli_options import add_project_arguments

    ru.add_argument("code", nargs="?", help="a finding code such as NC001")
    add_project_arguments(ru)


def _add_completion(co: argparse.ArgumentParser) -> None:
    from checker.completion import SHELLS
    co.add_argument("shell", choices=SHELLS, metavar="SHELL", help=", ".join(SHELLS))


# every command: its help line, what its page says beyond that, and what adds its arguments
_COMMANDS: dict[str, tuple[str, str | None, Callable[[argparse.ArgumentParser], None]]] = {
    "check": ("find names in documents and flag inconsistent spellings", None, _add_check),
    "lookup": ("resolve names to glossary entries", None, _add_lookup),
    "translit": ("romanize Cyrillic text with the standard schemes", None, _add_translit),
    "glossary": ("maintain glossary files", None, _add_glossary),
    "discover": ("find names the documents use and the glossary lacks", None, _add_discover),
    "grep": ("every mention of names in documents, in any spelling", None, _add_grep),
    "serve": ("serve the look-up and check page and the HTTP API (needs namecheck[web])", None,
              _add_serve),
    "config": ("print the effective configuration", None, _add_config),
    "rules": ("list the finding codes, or show one rule's page", None, _add_rules),
    "completion": ("print a shell completion script",
                   "Print the completion script for SHELL; e.g. 'namecheck completion bash > "
                   "~/.local/share/bash-completion/completions/namecheck'.", _add_completion),
}


def _help_formatter(prog: str) -> argparse.HelpFormatter:
    """argparse's layout at the terminal's width, found as shutil finds it but without importing
    shutil, which argparse does for every parser: milliseconds of every run's start."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return argparse.HelpFormatter(prog, width=(columns if columns > 0 else 80) - 2)


def _command_named(argv: list[str]) -> str | None:
    """The command an argument list runs when it names one (its first argument that is not an
    option), else None."""
    first = next((a for a in argv if not a.startswith("-")), None)
    return first if first in _COMMANDS else None


def _parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with `only`, every command is listed but only that one's
    arguments are made (each command's options import the modules they describe, which a run
    of another command does without)."""
    p = argparse.ArgumentParser(
        prog="namecheck", formatter_class=_help_formatter,
        description="Keep the spelling of Belarusian and Russian names consistent.",
        epilog="Exit status: 0 clean, 1 findings (or unknown names), 2 usage, config, input or "
               "output error, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).")
    p.add_argument("--version", action="version", version=f"namecheck {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for name, (summary, description, add_arguments) in _COMMANDS.items():
        command = sub.add_parser(name, help=summary, description=description,
                                 formatter_class=_help_formatter)
        if only is None or name == only:
            add_arguments(command)
    return p


def _lines(items: list[str], stdin: TextIO, max_size: int) -> list[str]:
    if items == ["-"]:
        from checker.reading import read_stdin

        text = read_stdin(stdin, max_size, classify=False).decode("utf-8")
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        return lines[:-1] if lines[-1] == "" else lines
    if "-" in items:
        raise NamecheckError("'-' (standard input) cannot be mixed with other arguments")
    return items


def cmd_translit(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from checker.cli_options import project_from_args
    from checker.translit import detect_language, get_scheme, scheme_ids, schemes_for, transliterate

    project = project_from_args(args)   # a broken config or flag is an error here as everywhere
    if args.list:
        for sid in scheme_ids():
            s = get_scheme(sid)
            out.write(f"{sid}\t{s.language}\t{s.kind}\t{s.name}\n")
        return EXIT_CLEAN
    texts = _lines(args.text, stdin, project.config.max_file_size)
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
    from checker.cli_options import project_from_args
    from checker.process import settle_after_load

    project = project_from_args(args)
    names = _lines(args.names, stdin, project.config.max_file_size)
    if not names and args.names != ["-"]:
        raise NamecheckError("lookup needs NAME arguments (or '-' to read names from stdin)")
    matcher = project.matcher
    settle_after_load()
    results = [project.lookup(n) for n in names]

    import json

    from checker.report.lookup_json import lookup_answer, lookup_document

    if args.format == "jsonl":
        for r in results:
            out.write(json.dumps(lookup_answer(r, matcher.glossary), ensure_ascii=False) + "\n")
    elif args.format == "json":
        out.write(json.dumps(lookup_document(results, matcher.glossary),
                             ensure_ascii=False, indent=2) + "\n")
    else:
        from checker.report.lookup_text import render_lookup
        out.write(render_lookup(results, matcher))
    return EXIT_FINDINGS if any(r.status == "unknown" for r in results) else EXIT_CLEAN


def cmd_rules(args: argparse.Namespace, out: TextIO) -> int:
    from checker.cli_options import project_from_args
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


def program() -> int:
    """The `namecheck` program (and `python -m checker`): main() in a process that ends when it
    returns. What the run froze stays frozen: the interpreter's exit would walk it all again in
    its last collections (about 25 ms of a small file's check).

    Once the output is flushed, the process ends at once: the interpreter's own exit frees the
    compiled glossary's millions of objects one by one (about 50 ms, a sixth of a small file's
    check), and nothing is left to do (every file written is closed, every worker reaped, no
    exit handler registered). An output that cannot be flushed leaves the exit to Python.
    """
    status = main(last=True)
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:   # None: the descriptor was closed before the start
                stream.flush()
    except (OSError, ValueError):
        return status
    os._exit(status)


def main(argv: list[str] | None = None, last: bool = False) -> int:
    """Run namecheck with these arguments; return the exit status. `last`: the process ends
    when this returns (program())."""
    restore_signals = handle_stop_signals()
    err = _Output(sys.stderr, "standard error")
    try:
        out = _Output(sys.stdout, "standard output")
        for stream in (sys.stdout, sys.stderr):
            if hasattr(stream, "reconfigure"):
                stream.reconfigure(encoding="utf-8", errors="replace")
        stdin = sys.stdin if sys.stdin is not None else io.StringIO()
        if hasattr(stdin, "reconfigure"):
            stdin.reconfigure(encoding="utf-8", errors="strict")
        status = _run(argv, cast(TextIO, out), cast(TextIO, err), stdin)
        out.flush()
        err.flush()
        return status
    except OutputError as exc:
        # what could not be written stays in the stream's buffer: it goes nowhere, rather than
        # to a second failure (and a message) when the interpreter flushes the stream at exit
        _discard_unwritten(sys.stdout if exc.name == "standard output" else sys.stderr)
        _say(err, str(exc.errors[0]))
        return EXIT_ERROR
    except NamecheckError as exc:
        for e in exc.errors:
            _say(err, str(e))
        return EXIT_ERROR
    except UnicodeDecodeError as exc:
        _say(err, f"-: invalid UTF-8 on standard input at byte offset {exc.start}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        ending()
        _say(err, "namecheck: interrupted")
        return EXIT_INTERRUPTED
    except Terminated:
        ending()
        _say(err, "namecheck: terminated")
        return EXIT_TERMINATED
    except Exception as exc:
        from checker.project import debugging, internal_error

        if debugging():
            raise
        _say(err, str(internal_error("namecheck", exc)))
        return EXIT_ERROR
    finally:
        from checker.process import restore
        restore(keep_frozen=last)
        restore_signals()
        _write_cache_notes(err)


def _write_cache_notes(err: _Output) -> None:
    """The cache's notes that no report took (every command but check), on standard error."""
    cache = sys.modules.get("checker.cache")   # a command that read no data has none
    if cache is None:
        return
    from checker.project import debugging

    for note in cache.take_notes(debug=debugging()):
        _say(err, f"namecheck: note: {printable(note)}")


def _run(argv: list[str] | None, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = _command_named(argv)
    if command != "serve":
        from checker.process import start_run
        start_run()
    # the completion script describes every command's options
    parser = _parser(None if command == "completion" else command)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the usage error
        return EXIT_ERROR if exc.code not in (0, None) else EXIT_CLEAN
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
    if args.command == "discover":
        from checker.cli_discover import cmd_discover
        return cmd_discover(args, out, err)
    if args.command == "grep":
        from checker.cli_grep import cmd_grep
        return cmd_grep(args, out, err, stdin)
    if args.command == "serve":
        from checker.cli_serve import cmd_serve
        return cmd_serve(args, err)
    if args.command == "config":
        from checker.cli_check import cmd_config
        return cmd_config(args, out)
    if args.command == "rules":
        return cmd_rules(args, out)
    if args.command == "completion":
        from checker.completion import completion_script
        out.write(completion_script(args.shell, parser))
        return EXIT_CLEAN
    parser.print_help(out)
    return EXIT_ERROR


def _say(err: _Output, line: str) -> None:
    """Write one line to standard error, unless it cannot be written either."""
    try:
        err.write(line + "\n")
        err.flush()
    except OutputError:
        pass


def _discard_unwritten(stream: TextIO | None) -> None:
    """Point a standard stream that failed at the null device, if it has a descriptor."""
    try:
        fd = stream.fileno() if stream is not None else -1
    except (AttributeError, OSError, ValueError):
        return
    if fd < 0:
        return
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)
