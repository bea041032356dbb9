"""`namecheck discover`: the names documents use that the glossary lacks, with draft entries."""
from __future__ import annotations

import argparse
import json
from typing import TextIO

from checker.cli_options import add_project_arguments, project_from_args
from checker.errors import encodable, printable


def add_discover_arguments(p: argparse.ArgumentParser) -> None:
    """The arguments of `namecheck discover`."""
    p.add_argument("paths", nargs="*", metavar="PATH", help="files and folders (default: .)")
    p.add_argument("--format", choices=("text", "yaml", "json"), default="text")
    p.add_argument("--min-count", type=int, default=2, metavar="N",
                   help="show names mentioned at least N times (default 2)")
    add_project_arguments(p)


def cmd_discover(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print the unknown names, most mentioned first; 0, or 2 when an input had an error."""
    from checker.discovery import discover_names

    project = project_from_args(args)
    groups, errors = discover_names(project, args.paths, max(1, args.min_count))
    for e in errors:
        err.write(f"{e}\n")
    if args.format == "json":
        json.dump([{"name": g.canonical, "mentions": g.count,
                    "spellings": [{"text": s.text, "count": s.count,
                                   "places": [encodable(p) for p in s.places]}
                                  for s in g.spellings],
                    "entry": g.entry(), "review": _review(g), "foreign": g.foreign}
                   for g in groups],
                  out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "yaml":
        _yaml(groups, out)
    else:
        for g in groups:
            foreign = ", likely foreign" if g.foreign else ""
            out.write(f"{g.canonical}  ({g.kind}, {g.count} mention{'s' if g.count != 1 else ''}"
                      f"{foreign})\n")
            width = max(len(s.text) for s in g.spellings)
            for s in g.spellings:
                out.write(f"    {s.text:<{width}}  x{s.count}  {printable(', '.join(s.places))}\n")
            _yaml([g], out, indent="  ", top=False)
            out.write("\n")
        if not groups:
            out.write("no unknown names found\n")
    return 2 if errors else 0


def _review(group) -> list[str]:
    """The draft's fields guessed from Latin letters, for a person to check."""
    return [k for k, guessed in (("be", group.be_guessed), ("ru", group.ru_guessed)) if guessed]


def _yaml(groups: list, out: TextIO, indent: str = "", top: bool = True) -> None:
    import yaml

    if top:
        out.write("version: 1\nentries:\n")
    for g in groups:
        entry = g.entry()
        entry["x-mentions"] = g.count
        if _review(g):
            entry["x-review"] = _review(g)
        if g.foreign:
            entry["x-foreign"] = True
        text = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=100)
        for line in text.splitlines():
            out.write(f"{indent}{line}\n")
