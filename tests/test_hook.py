"""The pre-commit hook (.pre-commit-hooks.yaml): the files it is handed, and a real commit.

The hook runs for real with the pre-commit tool in a scratch repository this test makes; the
hook's definition is read from this checkout and run as a local hook, so no network is needed.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from checker.formats import document_extensions
from tests.conftest import FIXTURE_GLOSSARY

ROOT = Path(__file__).resolve().parent.parent
identify = pytest.importorskip("identify.identify")


def _hook() -> dict:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["namecheck"]
    return hooks[0]


def _selected(name: str) -> bool:
    """Whether pre-commit hands the hook a file of this name (its types_or and types)."""
    hook = _hook()
    tags = identify.tags_from_filename(name)
    return bool(tags & set(hook["types_or"])) and set(hook.get("types", [])) <= tags


def test_the_hook_takes_every_document_format_it_can_name() -> None:
    # .pot and .text have no tag of identify's, so pre-commit cannot select them by type
    for ext in document_extensions():
        if identify.tags_from_filename(f"a{ext}"):
            assert _selected(f"a{ext}"), ext


@pytest.mark.parametrize("name", ["people.yaml", "i18n.json", "pyproject.toml", "tool.py",
                                  "app.ts", "setup.cfg", "Makefile", "page.css", "data.csv"])
def test_the_hook_never_takes_data_or_code(name: str) -> None:
    assert not _selected(name)


def test_the_hook_runs_all_files_in_one_process() -> None:
    # split into batches, NC004 would compare each batch alone
    hook = _hook()
    assert hook["require_serial"] is True
    assert hook["entry"] == "namecheck check" and hook["language"] == "python"


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch) -> Path:
    if shutil.which("pre-commit") is None or shutil.which("git") is None:
        pytest.skip("needs the pre-commit tool (the test extra) and git")
    for key, value in {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                       "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
                       "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
                       "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
                       "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}.items():
        monkeypatch.setenv(key, value)
    repo = tmp_path / "newsroom"
    repo.mkdir()
    assert _git(repo, "init", "-q").returncode == 0
    return repo


def _config(repo: Path, **changes: object) -> None:
    """A .pre-commit-config.yaml running this checkout's hook definition as a local hook."""
    hook = {**_hook(), "language": "system",
            "entry": f"{sys.executable} -m checker check --glossary {FIXTURE_GLOSSARY}", **changes}
    config = {"repos": [{"repo": "local", "hooks": [hook]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")


def _documents(repo: Path) -> None:
    # many small articles, most with the canonical spelling and some with a variant: one NC004
    # over all of them, which batches would split into different answers
    for i in range(40):
        spelling = "Nikolai Karpenkov" if i % 8 == 0 else "Mikalai Karpiankou"
        (repo / f"article-{i:02}.md").write_text(f"# Report {i}\n\n{spelling} spoke in Minsk.\n",
                                                 encoding="utf-8")
    # data and code that name the same people and places: never the hook's business
    (repo / "i18n.json").write_text(json.dumps({"city.Gomel": "Gomel", "who": "Nikolai Karpenkov"}),
                                    encoding="utf-8")
    (repo / "people.yaml").write_text("- name: Nikolai Karpenkov\n  city: Mogilev\n", encoding="utf-8")
    (repo / "build.py").write_text("# Nikolai Karpenkov, Mogilev\n", encoding="utf-8")


def test_the_hook_from_this_checkout_checks_only_documents_on_commit(scratch: Path) -> None:
    _config(scratch)
    _documents(scratch)
    installed = subprocess.run(["pre-commit", "install"], cwd=scratch, capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr
    _git(scratch, "add", "-A")
    commit = _git(scratch, "commit", "-m", "articles")
    assert commit.returncode != 0   # the hook's findings stop the commit
    output = commit.stdout + commit.stderr
    assert "namecheck" in output and "Failed" in output
    lines = [line for line in output.splitlines() if ": NC0" in line]
    assert {line.split(":")[0] for line in lines} == {f"article-{i:02}.md" for i in range(0, 40, 8)}
    # one NC004 over all 40 articles, with the counts a single run gives
    nc004 = [line for line in lines if "NC004" in line]
    direct = subprocess.run([sys.executable, "-m", "checker", "check", "--glossary",
                             str(FIXTURE_GLOSSARY), "--select", "NC004", "--quiet",
                             *sorted(p.name for p in scratch.glob("*.md"))],
                            cwd=scratch, capture_output=True, text=True)
    assert nc004 and nc004 == [line for line in direct.stdout.splitlines() if "NC004" in line]
    assert len(nc004) == 1 and "'Karpiankou' x35" in nc004[0] and "'Karpenkov' x5" in nc004[0]
    # the data and code files are as they were, and were never handed over
    assert json.loads((scratch / "i18n.json").read_text())["city.Gomel"] == "Gomel"
    assert not any(name in output for name in ("i18n.json", "people.yaml", "build.py"))


def test_the_hook_with_fix_fixes_documents_and_nothing_else(scratch: Path) -> None:
    _config(scratch, args=["--fix"])
    _documents(scratch)
    before = {p.name: p.read_bytes() for p in scratch.iterdir() if p.is_file()}
    _git(scratch, "add", "-A")
    run = subprocess.run(["pre-commit", "run", "--all-files"], cwd=scratch, capture_output=True,
                         text=True)
    assert run.returncode != 0   # files were changed: pre-commit fails the run
    for name in ("i18n.json", "people.yaml", "build.py"):
        assert (scratch / name).read_bytes() == before[name]
    assert "Mikalai Karpiankou" in (scratch / "article-00.md").read_text(encoding="utf-8")
    assert (scratch / "article-00.md").read_bytes() != before["article-00.md"]


@pytest.mark.skipif(not os.environ.get("NAMECHECK_NETWORK_TESTS"),
                    reason="installs the hook's environment from the package index (a few minutes); "
                           "set NAMECHECK_NETWORK_TESTS=1")
def test_readmes_hook_config_installs_and_runs_from_a_git_revision(scratch: Path) -> None:
    # README's configuration with this checkout as the repository and its HEAD as the rev:
    # pre-commit clones it, installs the package into its own environment and runs the hook
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    if head.returncode != 0:
        pytest.skip("this checkout is not a git repository")
    config = {"repos": [{"repo": str(ROOT), "rev": head.stdout.strip(), "hooks": [{"id": "namecheck"}]}]}
    (scratch / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (scratch / "a.md").write_text("Nikolai Karpenkov visited Mogilev.\n", encoding="utf-8")
    (scratch / "i18n.json").write_text('{"who": "Nikolai Karpenkov"}\n', encoding="utf-8")
    _git(scratch, "add", "-A")
    run = subprocess.run(["pre-commit", "run", "--all-files"], cwd=scratch, capture_output=True,
                         text=True, env={**os.environ, "PYTHONPATH": ""})
    assert run.returncode == 1, run.stdout + run.stderr
    assert "a.md:1:1: NC001" in run.stdout and "i18n.json" not in run.stdout
