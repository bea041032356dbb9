"""The command-line options every command shares, and the Project they configure."""
from __future__ import annotations

import argparse
from typing import Any

from checker.project import Project


def add_project_arguments(p: argparse.ArgumentParser) -> None:
    """--glossary, --extend-glossary, --config, --no-cache and --max-file-size, the same for
    every command."""
    p.add_argument("--glossary", action="append", metavar="PATH",
                   help="glossary file or folder (repeatable; replaces the shipped glossary)")
    p.add_argument("--extend-glossary", action="append", metavar="PATH",
                   help="glossary file or folder to add to the shipped (or configured) glossary")
    p.add_argument("--config", metavar="FILE", help="config file (default: the nearest "
                   ".namecheck.toml or pyproject.toml with [tool.namecheck])")
    p.add_argument("--no-cache", action="store_true", help="do not read or write the index cache")
    p.add_argument("--max-file-size", metavar="SIZE",
                   help="stop reading a document or standard input past SIZE, an error "
                        "(default 64M; k, M, G: powers of 1024)")


def project_from_args(args: argparse.Namespace, **overrides: Any) -> Project:
    """The Project a command runs on: the config file (found or given) with the flags applied."""
    return Project.load(getattr(args, "config", None), use_cache=not getattr(args, "no_cache", False),
                        glossary=getattr(args, "glossary", None),
                        extend_glossary=getattr(args, "extend_glossary", None),
                        max_file_size=getattr(args, "max_file_size", None), **overrides)
