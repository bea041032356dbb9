"""`namecheck glossary`: lint glossary files, print the JSON Schema, draft a new entry."""
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
