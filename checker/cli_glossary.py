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
    new = sub.add_parser("entry", help="draft a YAML entry from Cyrillic forms, ready to paste")
    add_project_arguments(new)
    new.add_argument("--kind", choices=("person", "place", "organization", "other"), required=True)
    new.add_argument("--be", help="Belarusian Cyrillic form")
    new.add_argument("--ru", help="Russian Cyrillic form")
    new.add_argument("--id", help="entry id (default: made from the canonical form)")
    new.add_argument("--gender", choices=("male", "female"))
    new.add_argument("--note")
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
        return 0
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
