"""Shared fixtures: the engine's tests run on the small fixture glossary in tests/data/glossary.

The shipped glossary (glossary/*.yaml) grows and changes with the data; tests of matching,
checking, fixing and the command line must not move with it. Only the tests that are about
the shipped data (tests/test_shipped_glossary.py, tests/test_seeds.py) load it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.api import Matcher

FIXTURE_GLOSSARY = Path(__file__).parent / "data" / "glossary"

# commands that read a glossary, and so take --glossary
_GLOSSARY_COMMANDS = {("check",), ("lookup",), ("glossary", "lint")}


def fixture_argv(argv: list[str] | tuple[str, ...]) -> list[str]:
    """`argv` for checker.cli.main with `--glossary <fixture glossary>` after the command, unless
    the command reads no glossary or `argv` names a glossary of its own."""
    argv = list(argv)
    if "--glossary" in argv:
        return argv
    for command in _GLOSSARY_COMMANDS:
        if tuple(argv[:len(command)]) == command:
            n = len(command)
            return argv[:n] + ["--glossary", str(FIXTURE_GLOSSARY)] + argv[n:]
    return argv


@pytest.fixture(scope="session")
def fixture_glossary_paths() -> list[Path]:
    """The fixture glossary, as the paths to give Matcher.from_paths or `--glossary`."""
    return [FIXTURE_GLOSSARY]


@pytest.fixture(scope="session")
def fixture_matcher(fixture_glossary_paths) -> Matcher:
    """A Matcher over the fixture glossary (built once per test run, without the disk cache)."""
    return Matcher.from_paths(fixture_glossary_paths, use_cache=False)


@pytest.fixture
def fixture_cli(capsys, monkeypatch):
    """Run the command line on the fixture glossary: `fixture_cli("check", "a.txt")` gives
    (exit code, stdout, stderr); `stdin=` feeds bytes to standard input."""
    import io
    import sys

    from checker.cli import main

    def run(*argv: str, stdin: bytes | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        code = main(fixture_argv(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run
