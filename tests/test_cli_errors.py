"""Inputs and outputs that once ended in a traceback or a wrong exit status: each is now an
error on one line (exit status 2), or no error at all."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURE_GLOSSARY

ROOT = Path(__file__).resolve().parent.parent

ENTRY = ("version: 1\nentries:\n  - id: ivan-test\n    kind: person\n    be: Іван Тэст\n"
         "    ru: Иван Тест\n    canonical: Ivan Test\n    gender: male\n")


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NAMECHECK_CACHE_DIR", str(tmp_path / ".cache"))
    monkeypatch.delenv("NAMECHECK_DEBUG", raising=False)


def _one_error_line(code: int, err: str) -> str:
    assert code == 2 and "Traceback" not in err and "internal error" not in err, err
    (line,) = err.splitlines()
    return line


# -- inputs ---------------------------------------------------------------------------------------
def test_a_po_translation_of_escapes_alone_is_checked(fixture_cli, tmp_path):
    (tmp_path / "a.po").write_text('msgid "Nikolai Karpenkov"\nmsgstr "\\n"\n\n'
                                   'msgid "Mogilev"\nmsgstr "\\t\\\\"\n', encoding="utf-8")
    code, out, err = fixture_cli("check", "a.po")
    assert (code, err) == (0, "") and out.endswith("1 file checked.\n")


@pytest.mark.parametrize("line, expected", [
    ("    x-born: 2024-02-30\n", "g.yaml:9:13: 'x-born': day is out of range for month"),
    ("    x-born: !foo bar\n", "g.yaml:9:13: 'x-born': could not determine a constructor for "
                               "the tag '!foo'"),
    ('    note: "a\\x01b"\n', "g.yaml:9:11: 'note' has the control character U+0001 in it"),
    ("    note: a\x01b\n", "g.yaml:9:12: invalid YAML: the control character U+0001 is not "
                           "allowed"),
])
def test_a_glossary_value_yaml_cannot_read_is_an_error_at_its_place(fixture_cli, tmp_path, line,
                                                                     expected):
    (tmp_path / "g.yaml").write_text(ENTRY + line, encoding="utf-8")
    for command in (("lookup", "Ivan"), ("check", "."), ("glossary", "lint")):
        code, _, err = fixture_cli(*command, "--glossary", "g.yaml")
        assert _one_error_line(code, err).startswith(expected)


def test_a_config_nested_a_thousand_deep_is_an_error(fixture_cli, tmp_path):
    (tmp_path / ".namecheck.toml").write_text("include = " + "[" * 1000 + "]" * 1000 + "\n",
                                              encoding="utf-8")
    code, _, err = fixture_cli("check", ".")
    assert _one_error_line(code, err) == (f"{tmp_path / '.namecheck.toml'}: invalid TOML: arrays "
                                          "or inline tables nested too deeply")


def test_a_baseline_nested_deeply_is_an_error(fixture_cli, tmp_path):
    (tmp_path / "a.txt").write_text("Nikolai Karpenkov\n", encoding="utf-8")
    (tmp_path / "base.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    code, _, err = fixture_cli("check", "a.txt", "--baseline", "base.json")
    assert _one_error_line(code, err) == "base.json: not a namecheck baseline: nested too deeply"


@pytest.mark.parametrize("text", ["Площадь 10×20 м и доля 1÷3, сказал Карпенков.\n",
                                  "Карпенков×Карпянкоў÷Минск\n", "Карпенков-S сказал.\n"])
def test_signs_and_latin_letters_beside_cyrillic_names_are_checked(fixture_cli, tmp_path, text):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    for extra in ((), ("--fix", "--unsafe-fixes")):
        code, _, err = fixture_cli("check", "a.txt", *extra)
        assert code in (0, 1) and err == ""
    code, out, err = fixture_cli("lookup", "Карпенков-S", "×", "Карпенков÷")
    assert code in (0, 1) and err == "" and out.startswith("Карпенков-S: ")


# -- file names -----------------------------------------------------------------------------------
@pytest.fixture
def strange_names(tmp_path) -> list[str]:
    """Files named with cp1251 bytes (Брэст), a newline, and a terminal escape."""
    names = [b"\xc1\xf0\xfd\xf1\xf2.txt", b"forged.txt:1:1: NC001 fake\nnews.txt", b"red\x1b[31m.txt"]
    for name in names:
        with open(os.path.join(os.fsencode(tmp_path), name), "wb") as f:
            f.write(b"Nikolai Karpenkov spoke.\n")
    return [os.fsdecode(n) for n in names]


@pytest.mark.skipif(sys.platform == "win32", reason="file names are bytes on POSIX only")
@pytest.mark.parametrize(("fmt", "shown"), [
    ("text", "\\xc1\\xf0\\xfd\\xf1\\xf2.txt:1:1: NC001"),
    ("github", "file=\\xc1\\xf0\\xfd\\xf1\\xf2.txt,"),
    ("json", '"path":"\\\\xc1\\\\xf0\\\\xfd\\\\xf1\\\\xf2.txt"'),
    ("sarif", '"uri": "%C1%F0%FD%F1%F2.txt"'),
])
def test_file_names_that_are_not_utf8_or_hold_control_characters(fixture_cli, strange_names,
                                                                 tmp_path, fmt, shown):
    code, out, err = fixture_cli("check", ".", "--format", fmt)
    assert (code, err) == (1, "")
    assert shown in out and "\x1b" not in out
    if fmt in ("text", "github"):   # three findings and the summary: no forged line
        assert len(out.splitlines()) == 4
    else:
        json.loads(out)
    code, _, _ = fixture_cli("check", ".", "--format", fmt, "-o", "report.out")
    assert code == 1 and shown in (tmp_path / "report.out").read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="file names are bytes on POSIX only")
def test_discover_shows_such_file_names_escaped(fixture_cli, tmp_path):
    with open(os.path.join(os.fsencode(tmp_path), b"new\nline\xc1.txt"), "wb") as f:
        f.write(b"Yauhen Afnahel spoke. Later Yauhen Afnahel left.\n")
    code, out, err = fixture_cli("discover", ".", "--glossary", str(FIXTURE_GLOSSARY))
    assert (code, err) == (0, "")
    assert "x2  new\\nline\\xc1.txt:1:1, new\\nline\\xc1.txt:1:29\n" in out
    code, out, _ = fixture_cli("discover", ".", "--glossary", str(FIXTURE_GLOSSARY), "--format",
                               "json")
    assert json.loads(out)[0]["spellings"][0]["places"] == ["new\nline\\xc1.txt:1:1",
                                                            "new\nline\\xc1.txt:1:29"]


# -- writing the report ---------------------------------------------------------------------------
def _run(*argv: str, cwd: Path, **popen) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NAMECHECK_CACHE_DIR": str(cwd / ".cache")}
    env.pop("NAMECHECK_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "checker", *argv, "--glossary",
                           str(FIXTURE_GLOSSARY)], cwd=cwd, env=env, stderr=subprocess.PIPE,
                          text=True, timeout=120, **popen)


@pytest.fixture
def many_findings(tmp_path) -> str:
    (tmp_path / "a.txt").write_text("Nikolai Karpenkov spoke in Mogilev.\n" * 5000, encoding="utf-8")
    return "a.txt"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_report_to_a_full_device_is_an_error(many_findings, tmp_path):
    done = _run("check", many_findings, "-o", "/dev/full", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (
        2, "/dev/full: cannot write the report: No space left on device\n")
    with open("/dev/full", "w") as full:
        done = _run("check", many_findings, cwd=tmp_path, stdout=full)
    assert (done.returncode, done.stderr) == (
        2, "namecheck: cannot write to standard output: No space left on device\n")


@pytest.mark.parametrize("command", [("check", "a.txt"), ("lookup", "Karpenkov", "Mogilev")])
def test_a_closed_pipe_is_an_error(many_findings, tmp_path, command):
    read, write = os.pipe()
    os.close(read)   # as `namecheck ... | head -0` once head has gone
    try:
        done = _run(*command, cwd=tmp_path, stdout=write)
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (
        2, "namecheck: cannot write to standard output: Broken pipe\n")


@pytest.mark.skipif(sys.platform == "win32", reason="closes a descriptor in the child")
def test_a_closed_standard_output_is_an_error(many_findings, tmp_path):
    done = _run("check", many_findings, cwd=tmp_path, preexec_fn=lambda: os.close(1))
    assert (done.returncode, done.stderr) == (
        2, "namecheck: cannot write to standard output: Bad file descriptor\n")
    done = _run("check", many_findings, cwd=tmp_path, stdout=subprocess.DEVNULL,
                preexec_fn=lambda: os.close(2))
    assert done.returncode == 1   # findings; standard error was never needed


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_note_that_standard_error_cannot_take_does_not_change_the_status(tmp_path):
    cache = tmp_path / "shared-cache"
    cache.mkdir()
    cache.chmod(0o777)   # a folder others could write: the cache notes it is not used
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NAMECHECK_CACHE_DIR": str(cache)}
    argv = [sys.executable, "-m", "checker", "lookup", "Karpenkov", "--glossary",
            str(FIXTURE_GLOSSARY)]
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr.startswith("namecheck: note: ")
    with open("/dev/full", "w") as full:
        done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=full, timeout=120)
    assert done.returncode == 0


def test_malformed_xliff_is_an_error_and_fix_writes_nothing(fixture_cli, tmp_path):
    text = ('<xliff version="1.2"><file target-language="en"><body><trans-unit id="1">\n'
            '<target>Nikolai Karpenkov spoke.</targte></trans-unit></body></file></xliff>\n')
    (tmp_path / "a.xlf").write_text(text, encoding="utf-8")
    code, out, err = fixture_cli("check", "--fix", "a.xlf")
    assert (code, err) == (2, "")
    assert out.splitlines()[0] == "a.xlf:2:35: error: not well-formed XML: mismatched tag"
    assert (tmp_path / "a.xlf").read_text(encoding="utf-8") == text
