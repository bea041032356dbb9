"""`namecheck glossary`: lint glossary files, print the JSON Schema, draft a new entry,
exchange entries with terminology tools (TBX, CSV, JSON)."""
from __future__ import annotations

import argparse
from importlib.resources import files
from pathlib import Path
from typing import TextIO

from checker.cli_options import add_project_arguments, project_from_args
from checker.config import DEFAULT_HOUSE_STYLE
from checker.findings import NamecheckError


def add_glossary_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="glossary_command", metavar="ACTION", required=True)
    lint = sub.add_parser("lint", help="check glossary hygiene (order, ownership, orthography, provenance)")
    add_project_arguments(lint)
    lint.add_argument("--no-resolve", action="store_true",
                      help="skip the check that every variant resolves to its own entry")
    lint.add_argument("--fix", action="store_true",
                      help="put each file's entries in id order (each entry's lines move whole)")
    add_project_arguments(sub.add_parser("schema", help="print the JSON Schema of glossary format v1"))
    _add_draft_arguments(sub.add_parser(
        "entry", help="draft a YAML entry from Cyrillic forms, ready to paste"))
    add = _add_draft_arguments(sub.add_parser(
        "add", help="draft an entry and write it in id order into a glossary file"))
    add.add_argument("--file", metavar="FILE",
                     help="the glossary file to write into (default: people.yaml, places.yaml or "
                          "organizations.yaml of the glossary folder, by kind)")
    fmt = sub.add_parser("fmt", help="put glossary files in one layout and order, comments kept")
    add_project_arguments(fmt)
    fmt.add_argument("--check", action="store_true",
                     help="write nothing; exit 1 when a file is not in the layout (for CI)")
    show = sub.add_parser("show", help="print one entry, where it is written")
    add_project_arguments(show)
    show.add_argument("entry_id", metavar="ID")
    export = sub.add_parser("export", help="write the glossary as TBX, CSV or JSON for terminology tools")
    add_project_arguments(export)
    export.add_argument("--format", dest="exchange_format", choices=("tbx", "csv", "json"),
                        required=True)
    export.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    imp = sub.add_parser("import", help="read a TBX or CSV termbase into glossary format v1 (YAML)")
    add_project_arguments(imp)
    imp.add_argument("--format", dest="exchange_format", choices=("tbx", "csv"), required=True)
    imp.add_argument("file", metavar="FILE", help="the termbase to read ('-' for standard input)")
    imp.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")


def draft_entry(kind: str, be: str | None, ru: str | None, entry_id: str | None = None,
                gender: str | None = None, note: str | None = None,
                house_style: str = DEFAULT_HOUSE_STYLE) -> dict:
    """A new entry with its canonical derived by the house style and common variants proposed."""
    from checker.glossary.loader import derive_canonical
    from checker.glossary.model import slug
    from checker.translit import transliterate

    if not be and not ru:
        raise NamecheckError("glossary entry needs --be or --ru")
    canonical = derive_canonical((be,) if be else (), (ru,) if ru else (), house_style)
    entry: dict = {"id": entry_id or slug(canonical), "kind": kind}
    if be:
        entry["be"] = be
    if ru:
        entry["ru"] = ru
    entry["canonical"] = canonical
    variants = []
    for text, sid in ((ru, "ru-press"), (ru, "ru-icao"), (be, "be-bgn-pcgn")):
        if text:
            v = transliterate(text, sid)
            if v != canonical and v not in variants:
                variants.append(v)
    if variants:
        entry["variants"] = variants
    if gender:
        entry["gender"] = gender
    if note:
        entry["note"] = note
    return entry


def cmd_glossary(args: argparse.Namespace, out: TextIO) -> int:
    project = project_from_args(args)
    if args.glossary_command == "schema":
        out.write(files("checker.glossary").joinpath("schema.json").read_text(encoding="utf-8"))
        return 0
    if args.glossary_command == "entry":
        import yaml

        entry = draft_entry(args.kind, args.be, args.ru, args.id, args.gender, args.note,
                            house_style=project.config.house_style)
        text = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=100)
        out.write("".join("  " + line + "\n" for line in text.splitlines()))
        _warn_clashes(entry, project.matcher.glossary)
        return 0
    if args.glossary_command == "add":
        return _add(args, project, out)
    if args.glossary_command == "fmt":
        return _fmt(args, project, out)
    if args.glossary_command == "show":
        return _show(args.entry_id, project.matcher.glossary, out)
    if args.glossary_command == "export":
        from checker.glossary.exchange import export_glossary

        return _write(export_glossary(project.matcher.glossary, args.exchange_format),
                      args.output, out)
    if args.glossary_command == "import":
        return _write(_imported(args.file, args.exchange_format), args.output, out)
    from checker.glossary.lint import lint

    if args.fix:
        from checker.errors import printable
        from checker.glossary.loader import read_glossary_files, shipped_glossary_path
        from checker.glossary.order import sort_file

        cfg = project.config
        given: list[str | Path] = (list(cfg.glossary) if cfg.glossary
                                   else [shipped_glossary_path()])
        given.extend(cfg.extend_glossary)
        for path, _ in read_glossary_files(given):
            if sort_file(path):
                out.write(f"{printable(path)}: entries sorted by id\n")
    matcher = project.matcher
    problems = lint(matcher.glossary, None if args.no_resolve else matcher)
    for p in problems:
        out.write(f"{p}\n")
    n = len(matcher.glossary)
    out.write(f"{len(problems)} problem(s) in {n} entries from {len(matcher.glossary.paths)} file(s)\n")
    return 1 if problems else 0


def _imported(path: str, fmt: str) -> str:
    """The glossary v1 YAML of a TBX or CSV termbase, checked by the glossary's own loader."""
    import sys

    import yaml

    from checker.errors import InputError
    from checker.glossary.exchange import ExchangeError, import_glossary
    from checker.glossary.loader import parse_glossary_text

    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise NamecheckError(InputError(path, exc.strerror or str(exc))) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NamecheckError(InputError(path, f"invalid UTF-8 at byte offset {exc.start}")) from None
    try:
        entries = import_glossary(text, fmt)
    except (ExchangeError, ValueError) as exc:
        raise NamecheckError(InputError(path, f"not a {fmt.upper()} termbase: {exc}")) from None
    body = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=100)
    yaml_text = "version: 1\nentries:\n" + "".join(
        "  " + line + "\n" for line in body.splitlines()) if entries else "version: 1\nentries: []\n"
    parse_glossary_text(yaml_text, path)   # the loader's rules: a bad entry is an error here
    return yaml_text


def _write(text: str, output: str | None, out: TextIO) -> int:
    if output is None:
        out.write(text)
        return 0
    from checker.fix import write_atomic

    write_atomic(output, text.encode("utf-8"))
    return 0


def _where(entry) -> str:
    from checker.errors import printable

    return f"{printable(entry.path)}:{entry.line}" if entry.path else "the glossary"


def _warn_clashes(entry: dict, glossary) -> None:
    """A note on standard error for each entry the draft already is."""
    import sys

    from checker.glossary.add import clashes

    for existing, shared in clashes(entry, glossary):
        sys.stderr.write(f"namecheck: note: {shared} is already in the glossary: {existing.id} "
                         f"({_where(existing)})\n")


def _add(args: argparse.Namespace, project, out: TextIO) -> int:
    from checker.errors import printable
    from checker.fix import read_snapshot, write_atomic
    from checker.glossary.add import FILE_FOR_KIND, clashes, inserted_text
    from checker.glossary.loader import _decode, shipped_glossary_path

    entry = draft_entry(args.kind, args.be, args.ru, args.id, args.gender, args.note,
                        house_style=project.config.house_style)
    found = clashes(entry, project.matcher.glossary)
    if found:
        existing, shared = found[0]
        raise NamecheckError(f"{shared} is already in the glossary: {existing.id} "
                             f"({_where(existing)}); not added")
    path = args.file
    if path is None:
        if args.kind not in FILE_FOR_KIND:
            raise NamecheckError(f"say which file an entry of kind {args.kind!r} goes to (--file)")
        folders = [Path(p) for p in project.config.glossary if Path(p).is_dir()] \
            or [shipped_glossary_path()]
        path = str(folders[0] / FILE_FOR_KIND[args.kind])

    def read(name: str) -> bytes:
        with open(name, "rb") as f:
            return f.read()

    try:
        data, snapshot = read_snapshot(path, read)
    except OSError as exc:
        raise NamecheckError(f"{printable(path)}: {exc.strerror or exc}") from None
    new = inserted_text(_decode(data, path), path, entry)
    write_atomic(path, new.encode("utf-8"), expect=snapshot)
    out.write(f"{printable(path)}: added {entry['id']}\n")
    return 0


def _show(entry_id: str, glossary, out: TextIO) -> int:
    import difflib

    import yaml

    entry = glossary.get(entry_id)
    if entry is None:
        close = difflib.get_close_matches(entry_id, list(glossary.by_id), n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
        raise NamecheckError(f"no entry {entry_id!r} in the glossary{hint}")
    out.write(f"# {_where(entry)}\n")
    data = entry.to_dict()
    data.update(dict(entry.extensions))
    out.write(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100,
                             default_flow_style=None))
    return 0


def _fmt(args: argparse.Namespace, project, out: TextIO) -> int:
    from checker.errors import printable
    from checker.glossary.fmt import format_file
    from checker.glossary.loader import read_glossary_files, shipped_glossary_path

    cfg = project.config
    given: list[str | Path] = list(cfg.glossary) if cfg.glossary else [shipped_glossary_path()]
    given.extend(cfg.extend_glossary)
    changed = 0
    for path, _ in read_glossary_files(given):
        if format_file(path, args.check):
            changed += 1
            out.write(f"{printable(path)}: {'not formatted' if args.check else 'formatted'}\n")
    if args.check:
        out.write(f"{changed} file(s) to format\n")
        return 1 if changed else 0
    return 0


def _add_draft_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """What `glossary entry` and `glossary add` draft an entry from."""
    add_project_arguments(parser)
    parser.add_argument("--kind", choices=("person", "place", "organization", "other"),
                        required=True)
    parser.add_argument("--be", help="Belarusian Cyrillic form")
    parser.add_argument("--ru", help="Russian Cyrillic form")
    parser.add_argument("--id", help="entry id (default: made from the canonical form)")
    parser.add_argument("--gender", choices=("male", "female"))
    parser.add_argument("--note")
    return parser

