"""The command line as CI and editors use it: the flags linters' users reach for, where each
output goes, colours, file lists and shell completion."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker.cli_check import use_color
from tests.conftest import FIXTURE_GLOSSARY

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Nikolai Karpenkov visited Mogilev.\n\nMikalai Karpiankou left. Mikalai Karpiankou came back.\n"


@pytest.fixture
def docs(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    (tmp_path / "a.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Mikalai Karpiankou spoke.\n", encoding="utf-8")
    return tmp_path


def test_quiet_prints_findings_only(fixture_cli, docs) -> None:
    code, out, _ = fixture_cli("check", "a.md", "b.txt")
    assert code == 1 and out.splitlines()[-1].startswith("Found 3 findings")
    code, quiet, _ = fixture_cli("check", "a.md", "b.txt", "--quiet")
    assert code == 1 and quiet.splitlines() == out.splitlines()[:-1]
    assert all(": NC0" in line for line in quiet.splitlines())
    _, gh, _ = fixture_cli("check", "a.md", "-q", "--format", "github")
    assert all(line.startswith("::") for line in gh.splitlines())
    code, clean, _ = fixture_cli("check", "b.txt", "-q")
    assert (code, clean) == (0, "")


def test_exit_zero_keeps_findings_but_not_their_status(fixture_cli, docs) -> None:
    code, out, _ = fixture_cli("check", "a.md", "--exit-zero")
    assert code == 0 and "NC001" in out
    code, _, _ = fixture_cli("check", "a.md", "missing.md", "--exit-zero")
    assert code == 2   # an error is not a finding


def test_statistics_count_findings_per_code(fixture_cli, docs) -> None:
    code, out, _ = fixture_cli("check", "a.md", "--statistics")
    assert code == 1
    assert out == "2\tNC001\t[*] known-variant\n1\tNC004\t[ ] inconsistent-spelling\n"
    _, out, _ = fixture_cli("check", "a.md", "--statistics", "--output-format", "json")
    assert json.loads(out) == [
        {"code": "NC001", "name": "known-variant", "count": 2, "fixable": True},
        {"code": "NC004", "name": "inconsistent-spelling", "count": 1, "fixable": False}]
    code, _, err = fixture_cli("check", "a.md", "--statistics", "--format", "sarif")
    assert code == 2 and "--statistics writes text or json" in err


def test_output_format_is_format(fixture_cli, docs) -> None:
    assert fixture_cli("check", "a.md", "--output-format", "json")[1] == \
        fixture_cli("check", "a.md", "--format", "json")[1]


def test_show_fixes_lists_what_was_fixed(fixture_cli, docs) -> None:
    code, out, _ = fixture_cli("check", "a.md", "--fix", "--show-fixes")
    assert "Fixed 2 findings:\n- a.md:\n    2 × NC001 (known-variant)\n" in out
    assert "Mahiliou" in (docs / "a.md").read_text(encoding="utf-8")
    (docs / "a.md").write_text(TEXT, encoding="utf-8")
    code, out, err = fixture_cli("check", "a.md", "--diff", "--show-fixes", "--format", "json")
    assert out.startswith("--- a/a.md") and "Would fix 2 findings:" in err
    json.loads(err[:err.index("Would fix")])   # the report, then the list, never mixed
    code, _, err = fixture_cli("check", "a.md", "--show-fixes")
    assert code == 2 and "--show-fixes goes with --fix or --diff" in err


def test_diff_and_a_report_in_one_run(fixture_cli, docs) -> None:
    code, out, err = fixture_cli("check", "a.md", "--diff", "--format", "json")
    assert out.startswith("--- a/a.md\n+++ b/a.md\n") and "+Mikalai Karpiankou visited Mahiliou." in out
    assert json.loads(err)["files_checked"] == 1   # the report on standard error, whole
    code, out, err = fixture_cli("check", "a.md", "--diff", "--format", "sarif", "-o", "r.sarif")
    assert out.startswith("--- a/a.md") and "{" not in out
    assert json.loads((docs / "r.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert (docs / "a.md").read_text(encoding="utf-8") == TEXT   # a diff writes nothing


def test_files_from_a_file_standard_input_and_nul_separated(fixture_cli, docs) -> None:
    (docs / "list.txt").write_text("a.md\n\nb.txt\n", encoding="utf-8")
    code, out, _ = fixture_cli("check", "--files-from", "list.txt", "--format", "json")
    assert json.loads(out)["files_checked"] == 2
    code, out, _ = fixture_cli("check", "--files-from", "-", "--format", "json",
                               stdin=b"a.md\r\nb.txt\r\n")
    assert json.loads(out)["files_checked"] == 2
    code, out, _ = fixture_cli("check", "--files-from", "-", "-0", "--format", "json",
                               stdin=b"a.md\0b.txt\0")
    assert json.loads(out)["files_checked"] == 2
    # with paths given too; and an empty list checks nothing (not the current folder)
    (docs / "empty.txt").write_text("", encoding="utf-8")
    code, out, _ = fixture_cli("check", "--files-from", "empty.txt", "--format", "json")
    assert (code, json.loads(out)["files_checked"]) == (0, 0)
    code, out, _ = fixture_cli("check", "b.txt", "--files-from", "empty.txt", "--format", "json")
    assert json.loads(out)["files_checked"] == 1


def test_files_from_errors(fixture_cli, docs) -> None:
    code, _, err = fixture_cli("check", "--files-from", "nope.txt")
    assert code == 2 and "nope.txt" in err
    code, _, err = fixture_cli("check", "-", "--files-from", "-")
    assert code == 2 and "both want standard input" in err
    code, _, err = fixture_cli("check", "a.md", "-0")
    assert code == 2 and "-0/--null goes with --files-from" in err


@pytest.mark.parametrize("env, choice, tty, expected", [
    ({}, "auto", False, False),
    ({}, "auto", True, True),
    ({"FORCE_COLOR": "1"}, "auto", False, True),
    ({"FORCE_COLOR": ""}, "auto", False, False),     # set but empty: not set
    ({"NO_COLOR": "1"}, "auto", True, False),
    ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, "auto", False, False),
    ({"FORCE_COLOR": "1"}, "never", True, False),
    ({"NO_COLOR": "1"}, "always", False, True),
])
def test_colour(monkeypatch, env, choice, tty, expected) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)

    class Stream:
        def isatty(self) -> bool:
            return tty

    assert use_color(choice, Stream()) is expected


def test_force_color_colours_a_pipe(fixture_cli, docs, monkeypatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" in fixture_cli("check", "a.md")[1]
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in fixture_cli("check", "a.md")[1]


def test_ignore_names_the_codes_it_silences(fixture_cli, docs) -> None:
    (docs / "a.md").write_text(
        "Nikolai Karpenkov spoke. <!-- namecheck: ignore[NC004] -->\n\n"
        "Mikalai Karpiankou left. Mikalai Karpiankou came back.\n", encoding="utf-8")
    _, out, _ = fixture_cli("check", "a.md", "--format", "json")
    assert [f["code"] for f in json.loads(out)["findings"]] == ["NC001"]   # not NC004, still NC001
    (docs / "a.md").write_text(
        "Nikolai Karpenkov spoke. <!-- namecheck: ignore[NC001] -->\n\n"
        "Mikalai Karpiankou left. Mikalai Karpiankou came back.\n", encoding="utf-8")
    _, out, _ = fixture_cli("check", "a.md", "--format", "json")
    assert [f["code"] for f in json.loads(out)["findings"]] == ["NC004"]
    (docs / "a.md").write_text("Nikolai Karpenkov spoke. <!-- namecheck: ignore -->\n\n"
                               "Mikalai Karpiankou left.\n", encoding="utf-8")
    _, out, _ = fixture_cli("check", "a.md", "--format", "json")
    assert json.loads(out)["findings"] == []


def test_only_documents_and_never_the_glossary_in_use(fixture_cli, docs) -> None:
    (docs / "i18n.json").write_text('{"who": "Nikolai Karpenkov"}', encoding="utf-8")
    (docs / "names").mkdir()
    shutil.copy(FIXTURE_GLOSSARY / "people.yaml", docs / "names" / "people.yaml")
    code, out, _ = fixture_cli("check", ".", "--format", "json")
    assert {f["path"] for f in json.loads(out)["findings"]} == {"a.md"}
    code, out, _ = fixture_cli("check", ".", "--include", "*.json", "--include", "*.yaml",
                               "--glossary", "names", "--format", "json")
    data = json.loads(out)
    assert {f["path"] for f in data["findings"]} == {"i18n.json"}
    code, out, _ = fixture_cli("check", "i18n.json", "--format", "json")
    data = json.loads(out)
    assert data["files_checked"] == 0
    assert data["notes"] == ["i18n.json: skipped: not a document format (name it in 'include' to check it)"]


# --- shell completion ---------------------------------------------------------------------------

def _script(shell: str, tmp_path: Path) -> Path:
    done = subprocess.run([sys.executable, "-m", "checker", "completion", shell],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    path = tmp_path / f"namecheck.{shell}"
    path.write_text(done.stdout, encoding="utf-8")
    return path


BASH_PROBE = """source "$1"
comp() { COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=(); _namecheck
         printf '%s\\n' "${COMPREPLY[@]}" | sort | tr '\\n' ' '; echo; }
comp namecheck ""
comp namecheck check --output-f
comp namecheck check --format ""
comp namecheck glossary ""
comp namecheck completion ""
comp namecheck check a.m
"""


def test_bash_completion_completes_commands_options_choices_and_files(tmp_path) -> None:
    script = _script("bash", tmp_path)
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    done = subprocess.run(["bash", "-c", BASH_PROBE, "probe", str(script)], capture_output=True,
                          text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].split() == sorted(["--help", "--version", "-h", "check", "completion", "config",
                                       "discover", "glossary", "grep", "lookup", "rules", "serve",
                                       "translit"])
    assert lines[1].split() == ["--output-format"]
    assert lines[2].split() == ["github", "gitlab", "json", "junit", "sarif", "text"]
    assert lines[3].split() == ["--help", "-h", "add", "entry", "export", "fmt", "import", "lint",
                                "schema", "show"]
    assert lines[4].split() == ["--help", "-h", "bash", "fish", "zsh"]
    assert lines[5].split() == ["a.md"]


@pytest.mark.skipif(shutil.which("fish") is None, reason="fish is not installed")
def test_fish_completion(tmp_path) -> None:
    script = _script("fish", tmp_path)
    done = subprocess.run(["fish", "-c", f"source {script}; complete -C 'namecheck check --format '; "
                           "echo ---; complete -C 'namecheck glossary '"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    formats, actions = done.stdout.split("---\n")
    assert [line.split("\t")[0] for line in formats.splitlines()] == \
        ["github", "gitlab", "json", "junit", "sarif", "text"]
    assert [line.split("\t")[0] for line in actions.splitlines()] == [
        "add", "entry", "export", "fmt", "import", "lint", "schema", "show"]


@pytest.mark.skipif(shutil.which("zsh") is None, reason="zsh is not installed")
def test_zsh_completion(tmp_path) -> None:
    script = _script("zsh", tmp_path)
    probe = (f"source {script}; setopt ksharrays; COMP_WORDS=(namecheck check --format ''); "
             "COMP_CWORD=3; _namecheck; echo ${COMPREPLY[@]}")
    done = subprocess.run(["zsh", "-f", "-c", probe], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert sorted(done.stdout.split()) == ["github", "gitlab", "json", "junit", "sarif", "text"]


# --- the configuration nearest each file ---------------------------------------------------------

def test_each_file_takes_the_configuration_nearest_above_it(fixture_cli, docs) -> None:
    (docs / "desk").mkdir()
    (docs / "desk" / "c.md").write_text(TEXT, encoding="utf-8")
    (docs / "desk" / "old.md").write_text(TEXT, encoding="utf-8")
    (docs / "desk" / ".namecheck.toml").write_text(
        'exclude = ["old.md"]\n[severity]\nNC001 = "off"\n', encoding="utf-8")
    code, out, _ = fixture_cli("check", ".", "--format", "json")
    found = {(f["path"], f["code"]) for f in json.loads(out)["findings"]}
    assert ("a.md", "NC001") in found and ("desk/c.md", "NC001") not in found
    assert not any(path == "desk/old.md" for path, _ in found)   # its folder's exclude
    # the same from inside the folder, and from elsewhere with the file named
    code, out, _ = fixture_cli("check", "desk/c.md", "--format", "json")
    assert {f["code"] for f in json.loads(out)["findings"]} == {"NC004"}
    # --config forces one configuration on every file
    (docs / "strict.toml").write_text('[severity]\nNC004 = "off"\n', encoding="utf-8")
    code, out, _ = fixture_cli("check", ".", "--config", "strict.toml", "--format", "json")
    found = {(f["path"], f["code"]) for f in json.loads(out)["findings"]}
    assert ("desk/c.md", "NC001") in found and ("desk/old.md", "NC001") in found
    assert not any(code == "NC004" for _, code in found)


def test_a_nested_configuration_with_its_own_glossary(fixture_cli, docs, monkeypatch) -> None:
    (docs / "desk").mkdir()
    (docs / "desk" / "names.yaml").write_text(
        "version: 1\nentries:\n- id: karpiankou\n  kind: person\n  be: Мікалай Карпянкоў\n"
        "  ru: Николай Карпенков\n  canonical: Mikalai Karpiankou\n", encoding="utf-8")
    (docs / "desk" / ".namecheck.toml").write_text('glossary = ["names.yaml"]\n', encoding="utf-8")
    (docs / "desk" / "c.md").write_text("Mogilev.\n", encoding="utf-8")
    (docs / ".namecheck.toml").write_text(f'glossary = ["{FIXTURE_GLOSSARY.as_posix()}"]\n',
                                          encoding="utf-8")
    (docs / "a.md").write_text("Mogilev.\n", encoding="utf-8")
    from checker.cli import main

    # no --glossary flag (it would apply to every file): each configuration names its own
    assert main(["check", "a.md", "-q"]) == 1          # the fixture glossary knows Mogilev
    assert main(["check", "desk/c.md", "-q"]) == 0     # the desk's glossary does not
    assert main(["check", ".", "-q", "--select", "NC001"]) == 1
    capsys_out = main(["check", "desk", "-q"])
    assert capsys_out == 0


# --- README -------------------------------------------------------------------------------------

def _check_parser():
    from checker.cli import _parser

    parser = _parser()
    sub = next(a for a in parser._actions if a.choices and "check" in a.choices)
    return sub.choices["check"]


def test_every_check_flag_is_in_readmes_command_reference() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    reference = readme[readme.index("## Checking documents"):readme.index("### Configuration")]
    table = reference[reference.index("| flag | what it does |"):]
    options = [o for a in _check_parser()._actions for o in a.option_strings if o not in ("-h", "--help")]
    assert len(options) > 30
    missing = [o for o in options if f"`{o}" not in table and f"{o}`" not in table
               and f", `{o}`" not in table]
    assert missing == []
    synopsis = reference[:reference.index("| flag |")]
    assert [o for o in options if o.startswith("--") and o not in synopsis] == []


def test_readmes_ci_examples_name_this_release_and_hook() -> None:
    import yaml

    from checker.about import DISTRIBUTION, REPOSITORY_URL, release_tag

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = readme[readme.index("### In CI"):readme.index("## The glossary")]
    blocks = [b.split("```", 1)[0] for b in ci.split("```yaml\n")[1:]]
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    pre_commit = yaml.safe_load(blocks[2])
    (repo,) = pre_commit["repos"]
    assert (repo["repo"], repo["rev"]) == (REPOSITORY_URL, release_tag())
    assert [h["id"] for h in repo["hooks"]] == [h["id"] for h in hooks]
    assert f"types_or: [{', '.join(hooks[0]['types_or'])}]" in ci
    install = f'pip install "{DISTRIBUTION} @ git+{REPOSITORY_URL}@{release_tag()}"'
    assert install in blocks[0] and install in blocks[1]
    steps = yaml.safe_load(blocks[0])["jobs"]["namecheck"]["steps"]
    assert [s.get("run", "").split(" ")[:2] for s in steps if "namecheck check" in s.get("run", "")] \
        == [["namecheck", "check"]] * 2
    assert yaml.safe_load(blocks[1])["namecheck"]["artifacts"]["reports"] == {
        "codequality": "gl-code-quality.json", "junit": "namecheck-junit.xml"}
