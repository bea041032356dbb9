"""The library's run object: one configuration for every command, fixes in memory, isolation."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker import Project
from checker.cli import main
from checker.project import FixMode, RunOptions

FIXTURE = Path(__file__).resolve().parent / "data" / "glossary"
EXTRA = """version: 1
entries:
  - id: ales-testouski
    kind: person
    be: Алесь Тэстоўскі
    ru: Алесь Тестовский
    canonical: Ales Testouski
    variants: [Ales Testovsky]
    gender: male
    sources: [https://example.org/testouski]
"""


@pytest.fixture()
def glossary() -> Path:
    return FIXTURE


@pytest.fixture()
def project(glossary: Path) -> Project:
    return Project.load(glossary=[str(glossary)], use_cache=False)


def test_readme_example_check_a_string_and_look_up_a_name(project: Project) -> None:
    findings = project.check_text("Nikolai Karpenkov visited Mogilev.")
    assert [(f.code, f.found, f.suggestion) for f in findings] == [
        ("NC001", "Nikolai Karpenkov", "Mikalai Karpiankou"), ("NC001", "Mogilev", "Mahiliou")]
    assert project.lookup("KARPENKOV, Nikolai").canonical == "Mikalai Karpiankou"


def test_fix_text_applies_fixes_until_none_is_left(project: Project) -> None:
    text = "Nikolai Karpenkov's trip to Mogilev. NIKOLAI KARPENKOV left.\n"
    fixed = project.fix_text(text)
    assert fixed == "Mikalai Karpiankou's trip to Mahiliou. MIKALAI KARPIANKOU left.\n"
    assert project.fix_text(fixed) == fixed
    assert project.check_text(fixed) == []


def test_check_text_reads_the_format_of_the_path_it_is_given(project: Project) -> None:
    md = "Text about Mogilev.\n\n```\nMogilev in code\n```\n"
    assert [f.line for f in project.check_text(md, path="doc.md")] == [1]
    assert [f.line for f in project.check_text(md, path="doc.txt")] == [1, 4]


def test_a_file_reached_through_a_symlink_is_fixed_once(project: Project, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Nikolai Karpenkov met Nikolai Karpenkov\n", encoding="utf-8")
    (docs / "b.txt").symlink_to("a.txt")
    (docs / "c.txt").symlink_to("a.txt")
    report = project.check_paths([str(docs)], RunOptions(fix=FixMode.SAFE))
    assert (docs / "a.txt").read_text(encoding="utf-8") == "Mikalai Karpiankou met Mikalai Karpiankou\n"
    assert report.files_checked == 1
    assert report.fixed == 2 and report.fixed_files == 1
    assert sum("the same file as" in n for n in report.notes) == 2


def test_a_file_changed_between_check_and_write_is_not_overwritten(
        project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Nikolai Karpenkov\n", encoding="utf-8")
    real = project._check_document

    def check_then_edit(*args, **kwargs):
        outcome = real(*args, **kwargs)
        doc.write_text("Someone else's edit, Nikolai Karpenkov\n", encoding="utf-8")
        return outcome

    monkeypatch.setattr(project, "_check_document", check_then_edit)
    report = project.check_paths([str(doc)], RunOptions(fix=FixMode.SAFE))
    assert doc.read_text(encoding="utf-8") == "Someone else's edit, Nikolai Karpenkov\n"
    assert [e.message for e in report.errors] == [
        "changed while it was being checked; not fixed (run again)"]
    assert report.exit_status("warning") == 2


def test_an_unexpected_failure_in_one_file_is_an_error_for_that_file(
        project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (docs / name).write_text("Nikolai Karpenkov\n", encoding="utf-8")
    real = project.checker.check

    def fails_on_b(doc, language=None):
        if doc.path.endswith("b.txt"):
            raise IndexError("list index out of range")
        return real(doc, language)

    monkeypatch.setattr(project.checker, "check", fails_on_b)
    monkeypatch.delenv("NAMECHECK_DEBUG", raising=False)
    report = project.check_paths([str(docs)])
    assert [str(e) for e in report.errors] == [
        f"{docs / 'b.txt'}: internal error: IndexError: list index out of range (please report)"]
    assert sorted(Path(f.path).name for f in report.findings if f.code == "NC001") == ["a.txt", "c.txt"]
    assert report.exit_status("warning") == 2
    monkeypatch.setenv("NAMECHECK_DEBUG", "1")
    with pytest.raises(IndexError):
        project.check_paths([str(docs)])


def test_a_config_means_the_same_for_check_lookup_and_lint(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "extra.yaml").write_text(EXTRA, encoding="utf-8")
    (tmp_path / ".namecheck.toml").write_text(
        f'glossary = ["{FIXTURE}"]\nextend-glossary = ["extra.yaml"]\n', encoding="utf-8")
    (tmp_path / "doc.txt").write_text("Ales Testovsky spoke.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NAMECHECK_NO_CACHE", "1")
    assert main(["check", "doc.txt"]) == 1
    assert "Ales Testouski" in capsys.readouterr().out
    assert main(["lookup", "Ales Testovsky"]) == 0
    assert "Ales Testouski" in capsys.readouterr().out
    main(["glossary", "lint", "--no-resolve"])
    assert "from 4 file(s)" in capsys.readouterr().out   # the fixture's three and extra.yaml


def test_glossary_entry_drafts_in_the_configured_house_style(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    # entry reads a glossary for the names it drafts: the fixture glossary, not the shipped one
    argv = ["glossary", "entry", "--glossary", str(FIXTURE), "--kind", "person", "--be",
            "Мікалай Карпянкоў"]
    assert main(argv) == 0
    assert "canonical: Mikalai Karpiankou" in capsys.readouterr().out
    (tmp_path / ".namecheck.toml").write_text('house-style = "be-national-2023"\n', encoding="utf-8")
    assert main(argv) == 0
    assert "canonical: Mikalaj Karpiankow" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["translit", "--scheme", "be-press", "Мінск"], ["config"],
                                  ["rules"], ["glossary", "schema"]])
def test_every_command_takes_the_shared_options(argv: list[str], glossary: Path) -> None:
    assert main([*argv, "--glossary", str(glossary), "--no-cache"]) == 0


def test_a_broken_config_is_an_error_for_every_command(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / ".namecheck.toml").write_text("fail-on = 'never'\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for argv in (["lookup", "Minsk"], ["translit", "--scheme", "be-press", "Мінск"], ["rules"]):
        assert main(argv) == 2
        assert ".namecheck.toml:1:1: invalid value 'never' for 'fail-on'" in capsys.readouterr().err


def test_importing_the_package_writes_nothing(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "NAMECHECK_CACHE_DIR": str(tmp_path / "nc")}
    env.pop("NAMECHECK_NO_CACHE", None)
    subprocess.run([sys.executable, "-B", "-c", "import checker"],
                   env=env, check=True, cwd=tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("signum", "status", "line"), [
    (signal.SIGINT, 130, "namecheck: interrupted"), (signal.SIGTERM, 143, "namecheck: terminated")])
def test_an_interrupted_run_ends_with_one_line_and_no_traceback(
        tmp_path: Path, glossary: Path, signum: int, status: int, line: str) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(400):
        (docs / f"{i:03}.txt").write_text("Nikolai Karpenkov visited Mogilev.\n" * 2000,
                                          encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "checker", "check", str(docs), "--jobs", "2", "--no-cache",
         "--glossary", str(glossary), "--fix"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    time.sleep(3)
    os.killpg(proc.pid, signum)   # as a terminal's Ctrl-C does: the whole process group
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == status
    assert err.strip().splitlines() == [line]
    assert "Traceback" not in out
    # every file is either untouched or fully fixed
    for path in docs.iterdir():
        assert path.read_text(encoding="utf-8") in (
            "Nikolai Karpenkov visited Mogilev.\n" * 2000, "Mikalai Karpiankou visited Mahiliou.\n" * 2000)
