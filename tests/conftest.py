"""Shared fixtures: the engine's tests run on the small fixture glossary in tests/data/glossary.

The shipped glossary (glossary/*.yaml) grows and changes with the data; tests of matching,
checking, fixing and the command line must not move with it. Only the tests that are about
the shipped data (tests/test_shipped_glossary.py, tests/test_seeds.py) load it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from checker import Project
from checker.api import Matcher

FIXTURE_GLOSSARY = Path(__file__).parent / "data" / "glossary"



def matcher_of(glossary: str, name: str = "glossary.yaml") -> Matcher:
    """A matcher over a glossary given as text, its index built afresh (no cache)."""
    from checker.glossary import parse_glossary_text
    from checker.glossary.model import Glossary
    from checker.match.index import build_index

    g = Glossary(parse_glossary_text(glossary, name))
    return Matcher(g, build_index(g))


def project_of(folder: Path, glossary: str) -> Project:
    """A project over one glossary file of `glossary`'s text, written into `folder`."""
    path = folder / "glossary.yaml"
    path.write_text(glossary, encoding="utf-8")
    return Project.load(glossary=[str(path)])


def found_in(project: Project, text: str) -> list[tuple[str, str, str | None]]:
    """The findings of `text` under `project`, as (code, found, suggestion)."""
    return [(f.code, f.found, f.suggestion) for f in project.check_text(text)]


# the test files that are about the shipped glossary's content, and so may read it
SHIPPED_GLOSSARY_FILES = {"test_shipped_glossary.py", "test_seeds.py"}

# commands that read a glossary, and so take --glossary
# (not glossary add or fmt: they write into the glossary they are given, so a test names its own copy)
_GLOSSARY_COMMANDS = {("check",), ("lookup",), ("discover",), ("grep",), ("glossary", "lint"),
                      ("glossary", "entry"), ("glossary", "show"), ("glossary", "export")}


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


# -- a guard: engine tests do not read the shipped glossary ---------------------------------------
_current_test = None


def pytest_configure(config):
    config.addinivalue_line("markers", "shipped_glossary: the test is about the shipped glossary's "
                                       "content and may read glossary/*.yaml")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    # before any fixture of the test is set up, whatever its scope
    global _current_test
    _current_test = item


def _may_read_shipped_glossary() -> bool:
    item = _current_test
    return (item is None or item.path.name in SHIPPED_GLOSSARY_FILES
            or item.get_closest_marker("shipped_glossary") is not None)


@pytest.fixture(scope="session", autouse=True)
def _engine_tests_do_not_read_the_shipped_glossary():
    """Loading the shipped glossary (the default when no glossary is named) fails a test unless
    it lives in one of SHIPPED_GLOSSARY_FILES or is marked `shipped_glossary`."""
    import checker.glossary
    import checker.glossary.loader as loader

    real = getattr(loader, "shipped_glossary_path", None)
    if real is None:  # the loader was reorganised: no guard rather than no test run
        yield
        return

    def guarded() -> Path:
        if not _may_read_shipped_glossary():
            raise AssertionError(
                f"{_current_test.nodeid} reads the shipped glossary: use the fixture glossary "
                "(fixture_matcher, fixture_glossary_paths, fixture_cli; see tests/README.md), or "
                "move a test about the shipped data to tests/test_shipped_glossary.py")
        return real()

    mp = pytest.MonkeyPatch()
    mp.setattr(loader, "shipped_glossary_path", guarded)
    mp.setattr(checker.glossary, "shipped_glossary_path", guarded, raising=False)
    yield
    mp.undo()


# -- a guard: a test about FIFOs and devices fails rather than hangs --------------------------------
@pytest.fixture
def no_hang():
    """Fail the test, rather than the whole run, when it is still waiting after 20 seconds
    (a FIFO without a writer blocks a plain open() for ever)."""
    import signal

    def stop(signum, frame):
        raise TimeoutError("still waiting after 20 s: something blocked")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


# monarchs named by number, with a country or an epithet the canonical adds (look-up and check)
MONARCHS = """\
version: 1
entries:
  - id: nicholas-i
    kind: person
    canonical: Nicholas I of Russia
    be: [Мікалай І, Мікалай Першы]
    ru: Николай Первый
    gender: male
  - id: catherine-ii
    kind: person
    canonical: Catherine II
    be: Кацярына ІІ
    ru: Екатерина Вторая
    gender: female
  - id: sigismund-the-old
    kind: person
    canonical: Sigismund I the Old
    be: Жыгімонт Стары
    ru: Сигизмунд Старый
    gender: male
  - id: sigismund-augustus
    kind: person
    canonical: Sigismund II Augustus
    be: Жыгімонт Аўгуст
    ru: Сигизмунд Август
    gender: male
"""
