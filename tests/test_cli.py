"""The command line as a user runs it: exit codes, formats, fixing, errors without tracebacks."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.cli import main
from tests.conftest import FIXTURE_GLOSSARY, fixture_argv


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NAMECHECK_CACHE_DIR", str(tmp_path / ".cache"))


def cli(capsys, *argv, stdin: bytes | None = None, monkeypatch=None):
    """Run the command line; check, lookup and glossary lint read the fixture glossary
    (tests/data/glossary) unless the test names a glossary of its own."""
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(fixture_argv(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(path, text: str, encoding="utf-8") -> str:
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write(text)
    return str(path)


# -- lookup / translit --------------------------------------------------------------------------
def test_lookup_jsonl_and_exit_codes(capsys):
    code, out, _ = cli(capsys, "lookup", "--format", "jsonl", "Karpenkov", "Winston Churchill")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert rows[0]["entry"] == "mikalai-karpiankou" and rows[0]["status"] == "variant"
    assert rows[1]["status"] == "unknown" and rows[1]["entry"] is None
    assert set(rows[0]) >= {"query", "status", "entry", "canonical", "score", "how", "alternatives"}
    code, out, _ = cli(capsys, "lookup", "Karpenkov")
    assert code == 0 and "Mikalai Karpiankou" in out and "be-national-2007" in out


def test_lookup_reads_stdin_in_order(capsys, monkeypatch):
    code, out, _ = cli(capsys, "lookup", "--format", "jsonl", "-",
                       stdin=b"Mogilev\nKARPIANKOU, Mikalai\n", monkeypatch=monkeypatch)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["query"] for r in rows] == ["Mogilev", "KARPIANKOU, Mikalai"]
    assert rows[1]["status"] == "canonical"


def test_translit_modes(capsys, monkeypatch):
    code, out, _ = cli(capsys, "translit", "--scheme", "be-press", "Мікалай Карпянкоў", "МАГІЛЁЎ")
    assert (code, out) == (0, "Mikalai Karpiankou\nMAHILIOU\n")
    code, out, _ = cli(capsys, "translit", "--scheme", "be-national-2007", "-",
                       stdin="Гомель\n\nЛюбань\n".encode(), monkeypatch=monkeypatch)
    assert out == "Homieĺ\n\nLiubań\n"
    code, out, _ = cli(capsys, "translit", "--list")
    assert out.splitlines()[0].split("\t")[0] == "be-alalc" and "ru-wikipedia\t" in out
    code, out, _ = cli(capsys, "translit", "--all", "Іўе")
    assert "be-bgn-pcgn" in out and "ru-icao" not in out


@pytest.mark.parametrize("argv, message", [
    (["translit", "--scheme", "xx-none", "Мінск"], "unknown scheme 'xx-none'"),
    (["lookup"], "lookup needs NAME arguments"),
    (["lookup", "--glossary", "missing.yaml", "Minsk"], "missing.yaml: no such glossary file"),
    (["check", "--select", "NC999"], "unknown finding code 'NC999'"),
    (["rules", "XX1"], "unknown finding code"),
])
def test_usage_errors_exit_2_without_traceback(capsys, argv, message):
    code, out, err = cli(capsys, *argv)
    assert code == 2 and message in err and "Traceback" not in err


def test_bad_glossary_is_reported_with_its_place(capsys, tmp_path):
    g = write(tmp_path / "g.yaml", "version: 1\nentries:\n- id: a\n  kind: person\n  canonical: A\n"
                                  "  canonical: B\n")
    code, _, err = cli(capsys, "lookup", "--glossary", g, "A")
    assert code == 2 and f"{g}:6:3: duplicate key 'canonical'" in err


def test_argparse_errors_exit_2(capsys):
    assert cli(capsys, "check", "--format", "xml")[0] == 2
    assert cli(capsys, "no-such-command")[0] == 2


# -- check ----------------------------------------------------------------------------------------
def test_check_clean_and_findings_exit_codes(capsys, tmp_path):
    write(tmp_path / "ok.txt", "Mikalai Karpiankou spoke in Mahiliou.\n")
    assert cli(capsys, "check", "ok.txt")[0] == 0
    write(tmp_path / "bad.txt", "Nikolai Karpenkov spoke in Mogilev.\n")
    code, out, _ = cli(capsys, "check", "bad.txt")
    assert code == 1
    assert "bad.txt:1:1: NC001" in out and "bad.txt:1:28: NC001" in out
    assert cli(capsys, "check", "bad.txt", "--fail-on", "error")[0] == 0


def test_check_json_shape(capsys, tmp_path):
    write(tmp_path / "bad.txt", "Nikolai Karpenkov spoke.\n")
    code, out, _ = cli(capsys, "check", "bad.txt", "--format", "json")
    data = json.loads(out)
    assert data["version"] == 1 and data["files_checked"] == 1
    (f,) = data["findings"]
    assert f == {"path": "bad.txt", "line": 1, "column": 1, "end_line": 1, "end_column": 18,
                 "code": "NC001", "severity": "warning", "message": f["message"],
                 "found": "Nikolai Karpenkov", "suggestion": "Mikalai Karpiankou",
                 "entry": "mikalai-karpiankou", "fix_safety": "safe"}
    assert data["summary"]["by_code"] == {"NC001": 1}


def test_check_sarif_and_github(capsys, tmp_path):
    write(tmp_path / "bad.txt", "Nikolai Karpenkov spoke.\n")
    _, out, _ = cli(capsys, "check", "bad.txt", "--format", "sarif")
    run = json.loads(out)["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["results"][0]["ruleId"] == "NC001"
    assert run["results"][0]["fixes"]
    _, out, _ = cli(capsys, "check", "bad.txt", "--format", "github")
    assert out.startswith("::warning file=bad.txt,line=1,")


def test_fix_keeps_every_other_byte(capsys, tmp_path):
    original = "\ufeffKARPENKOV's order,\r\nsaid Nikolai Karpenkov.\r\nMikalai Karpiankou denied it.\r\n"
    p = write(tmp_path / "doc.txt", original)
    os.chmod(p, 0o640)
    code, out, _ = cli(capsys, "check", "doc.txt", "--fix")
    data = Path(p).read_bytes()
    assert data == ("\ufeffKARPIANKOU's order,\r\nsaid Mikalai Karpiankou.\r\n"
                    "Mikalai Karpiankou denied it.\r\n").encode("utf-8")
    assert os.stat(p).st_mode & 0o777 == 0o640
    assert code == 0 and "fixed 2" in out


def test_diff_writes_nothing(capsys, tmp_path):
    p = write(tmp_path / "doc.md", "Nikolai Karpenkov spoke.\n")
    code, out, _ = cli(capsys, "check", "doc.md", "--diff")
    assert "-Nikolai Karpenkov spoke." in out and "+Mikalai Karpiankou spoke." in out
    assert Path(p).read_text(encoding="utf-8") == "Nikolai Karpenkov spoke.\n"


def test_unsafe_fixes_only_when_asked(capsys, tmp_path):
    p = write(tmp_path / "doc.txt", "Mikalai Karpiankuo spoke.\n")
    cli(capsys, "check", "doc.txt", "--fix")
    assert Path(p).read_text(encoding="utf-8") == "Mikalai Karpiankuo spoke.\n"
    cli(capsys, "check", "doc.txt", "--fix", "--unsafe-fixes")
    assert Path(p).read_text(encoding="utf-8") == "Mikalai Karpiankou spoke.\n"


def test_stdin_is_checked_and_fixed_to_stdout(capsys, monkeypatch):
    code, out, err = cli(capsys, "check", "-", "--fix", stdin=b"Nikolai Karpenkov spoke.\n",
                         monkeypatch=monkeypatch)
    assert out == "Mikalai Karpiankou spoke.\n"


def test_bad_inputs_are_errors_and_others_still_checked(capsys, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"Karpenkov \xff\xfe here\n")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary\x00")
    write(tmp_path / "good.txt", "Nikolai Karpenkov spoke.\n")
    code, out, err = cli(capsys, "check", "bad.txt", "bin.txt", "good.txt", "missing.txt",
                         "--format", "json")
    data = json.loads(out)
    assert code == 2
    messages = " ".join(e["message"] for e in data["errors"])
    assert "invalid UTF-8 at byte offset 10" in messages and "No such file" in messages
    assert [f["path"] for f in data["findings"]] == ["good.txt"]
    assert any("bin.txt" in n and "binary" in n for n in data.get("notes", []))


def test_windows_1251_needs_the_flag(capsys, tmp_path):
    (tmp_path / "ru.txt").write_bytes("Приказ отдал Карпенкова.\n".encode("cp1251"))
    code, out, err = cli(capsys, "check", "ru.txt")
    assert code == 2 and "--encoding" in out + err
    code, out, err = cli(capsys, "check", "ru.txt", "--encoding", "windows-1251")
    assert code == 0


def test_broken_config_is_an_error(capsys, tmp_path):
    write(tmp_path / ".namecheck.toml", "fial-on = 'error'\n")
    write(tmp_path / "a.txt", "Nikolai Karpenkov\n")
    code, out, err = cli(capsys, "check", "a.txt")
    assert code == 2 and "fial-on" in err and "fail-on" in err


def test_config_severity_and_fail_on(capsys, tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.namecheck]\nfail-on = 'error'\n"
                                       "[tool.namecheck.severity]\nNC001 = 'error'\n")
    write(tmp_path / "a.txt", "Nikolai Karpenkov\n")
    code, out, _ = cli(capsys, "check", "a.txt", "--format", "json")
    assert code == 1 and json.loads(out)["findings"][0]["severity"] == "error"
    code, out, _ = cli(capsys, "config")
    assert 'fail-on = "error"' in out


def test_baseline_reports_only_new_findings(capsys, tmp_path):
    write(tmp_path / "a.txt", "Nikolai Karpenkov spoke.\n")
    cli(capsys, "check", "a.txt", "--write-baseline", "base.json")
    assert cli(capsys, "check", "a.txt", "--baseline", "base.json")[0] == 0
    write(tmp_path / "a.txt", "New line first.\nNikolai Karpenkov spoke. Mogilev too.\n")
    code, out, _ = cli(capsys, "check", "a.txt", "--baseline", "base.json", "--format", "json")
    assert [f["found"] for f in json.loads(out)["findings"]] == ["Mogilev"]


def test_changed_since(capsys, tmp_path):
    def git(*a):
        subprocess.run(["git", *a], cwd=tmp_path, check=True, capture_output=True)
    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "start")
    write(tmp_path / "old.txt", "Nikolai Karpenkov\n")
    git("add", "old.txt")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "old")
    write(tmp_path / "new.txt", "Mogilev\n")
    code, out, _ = cli(capsys, "check", ".", "--changed-since", "HEAD", "--format", "json")
    assert [f["path"] for f in json.loads(out)["findings"]] == ["new.txt"]


def test_jobs_do_not_change_the_order(capsys, tmp_path):
    for i in range(12):
        write(tmp_path / f"d{i:02}.txt", "Mogilev and Nikolai Karpenkov.\n" * (i % 3 + 1))
    outs = [cli(capsys, "check", ".", "--format", "json", "--jobs", j)[1] for j in ("1", "2")]
    assert json.loads(outs[0])["findings"] == json.loads(outs[1])["findings"]
    assert len(json.loads(outs[0])["findings"]) == 2 * sum(i % 3 + 1 for i in range(12))


def test_python_dash_m(tmp_path):
    done = subprocess.run([sys.executable, "-m", "checker", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("namecheck ")


def test_the_program_ends_with_all_its_output_written(tmp_path):
    # the program leaves without the interpreter's own exit: what it wrote must all be there,
    # to a pipe and to a file, with the run's exit status
    write(tmp_path / "a.txt", "Mogilev and Nikolai Karpenkov.\n" * 3000)
    argv = [sys.executable, "-m", "checker", "check", "a.txt", "--no-cache",
            "--glossary", str(FIXTURE_GLOSSARY), "--format", "json"]
    done = subprocess.run(argv, cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 1 and len(json.loads(done.stdout)["findings"]) == 6000
    done = subprocess.run([*argv, "-o", "report.json"], cwd=tmp_path, capture_output=True)
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert done.returncode == 1 and len(report["findings"]) == 6000


def test_house_style_makes_derived_canonicals(capsys, tmp_path):
    g = write(tmp_path / "g.yaml", "version: 1\nentries:\n- id: karpiankou\n  kind: person\n"
                                  "  be: Мікалай Карпянкоў\n  ru: Николай Карпенков\n")
    write(tmp_path / "a.txt", "Mikalai Karpiankou spoke.\n")
    assert cli(capsys, "check", "a.txt", "--glossary", g)[0] == 0
    write(tmp_path / ".namecheck.toml", 'house-style = "be-national-2007"\n')
    code, out, _ = cli(capsys, "check", "a.txt", "--glossary", g, "--format", "json")
    (f,) = json.loads(out)["findings"]
    assert code == 1 and f["suggestion"] == "Mikalaj Karpiankoŭ"
    write(tmp_path / ".namecheck.toml", 'house-style = "xx-none"\n')
    code, _, err = cli(capsys, "check", "a.txt", "--glossary", g)
    assert code == 2 and ".namecheck.toml:1:1: unknown scheme 'xx-none' for 'house-style'" in err


def test_glossary_commands(capsys, tmp_path):
    code, out, _ = cli(capsys, "glossary", "entry", "--kind", "person", "--be", "Аляксей Жыгалка",
                       "--ru", "Алексей Жигалко", "--gender", "male")
    assert code == 0 and "id: aliaksei-zhyhalka" in out and "canonical: Aliaksei Zhyhalka" in out
    g = tmp_path / "g.yaml"
    g.write_text("version: 1\nentries:\n" + out, encoding="utf-8")
    code, out, _ = cli(capsys, "glossary", "lint", "--glossary", str(g))
    assert code == 0 and out.endswith("0 problem(s) in 1 entries from 1 file(s)\n")
    write(tmp_path / "bad.yaml", "version: 1\nentries:\n- id: b\n  kind: place\n  canonical: B\n"
                                 "- id: a\n  kind: place\n  canonical: A\n")
    code, out, _ = cli(capsys, "glossary", "lint", "--glossary", str(tmp_path / "bad.yaml"))
    assert code == 1 and "entries must be sorted by id" in out
    code, out, _ = cli(capsys, "glossary", "schema")
    assert code == 0 and json.loads(out)["title"].startswith("namecheck glossary")


def test_glossary_lint_fix_sorts_entries(capsys, tmp_path):
    p = write(tmp_path / "g.yaml", "version: 1\nentries:\n- id: b\n  kind: place\n  canonical: Bb\n"
                                   "- id: a\n  kind: place\n  canonical: Aa\n")
    code, out, _ = cli(capsys, "glossary", "lint", "--fix", "--glossary", p)
    assert code == 0 and "entries sorted by id" in out
    text = Path(p).read_text(encoding="utf-8")
    assert text.index("id: a") < text.index("id: b")


WITH_GERMAN_FORM = """version: 1
entries:
- id: mikalai-karpiankou
  kind: person
  be: Мікалай Карпянкоў
  canonical: Mikalai Karpiankou
  forms: {de: Mikalaj Karpjankou}
"""


def test_language_of_documents_from_glossary_forms(capsys, tmp_path):
    glossary = write(tmp_path / "g.yaml", WITH_GERMAN_FORM)
    doc = write(tmp_path / "bericht.txt", "Nikolai Karpenkow wurde befördert.\n")
    code, out, _ = cli(capsys, "check", "--glossary", glossary, "--language", "de",
                       "--format", "json", doc)
    (f,) = json.loads(out)["findings"]
    assert (code, f["suggestion"]) == (1, "Mikalaj Karpjankou")
    # the same file told as English: the canonical form
    code, out, _ = cli(capsys, "check", "--glossary", glossary, "--language", "en",
                       "--format", "json", doc)
    assert [f["suggestion"] for f in json.loads(out)["findings"]] == ["Mikalai Karpiankou"]
    code, _, err = cli(capsys, "check", "--language", "german", doc)
    assert code == 2 and "invalid language 'german'" in err


def test_translation_files_use_their_declared_language_and_fix_in_place(capsys, tmp_path):
    glossary = write(tmp_path / "g.yaml", WITH_GERMAN_FORM)
    po = ('msgid ""\nmsgstr ""\n"Language: de_DE\\n"\n\n'
          'msgid "Nikolai Karpenkov led it."\nmsgstr "\\"Nikolai Karpenkow\\" leitete es."\n')
    path = write(tmp_path / "report.de.po", po)
    code, out, _ = cli(capsys, "check", "--glossary", glossary, "--format", "json", path)
    (f,) = json.loads(out)["findings"]
    assert (code, f["found"], f["suggestion"], f["line"]) == (
        1, "Nikolai Karpenkow", "Mikalaj Karpjankou", 6)
    code, _, _ = cli(capsys, "check", "--glossary", glossary, "--fix", path)
    with open(path, encoding="utf-8", newline="") as fh:
        assert fh.read() == po.replace("Nikolai Karpenkow", "Mikalaj Karpjankou")


def test_lookup_shows_the_house_forms_in_other_languages(capsys, tmp_path):
    glossary = write(tmp_path / "g.yaml", WITH_GERMAN_FORM)
    code, out, _ = cli(capsys, "lookup", "--glossary", glossary, "--format", "jsonl",
                       "Nikolai Karpenkov", "Winston Churchill")
    known, unknown = (json.loads(line) for line in out.splitlines())
    assert known["forms"] == {"de": "Mikalaj Karpjankou"} and "forms" not in unknown
    code, out, _ = cli(capsys, "lookup", "--glossary", glossary, "Nikolai Karpenkov")
    assert "    forms: de: Mikalaj Karpjankou" in out.splitlines()


# -- reading within bounds: sizes, binary and sparse files, FIFOs and devices -----------------------
NAMES = "Nikolai Karpenkov spoke.\n"


def test_a_file_past_max_file_size_is_an_error(capsys, tmp_path):
    write(tmp_path / "big.txt", NAMES * 100)
    write(tmp_path / "small.txt", NAMES)
    code, out, err = cli(capsys, "check", "big.txt", "small.txt", "--max-file-size", "1k")
    assert code == 2 and "big.txt: error: larger than 1 KiB (set max-file-size)" in out + err
    assert "small.txt:1:1: NC001" in out   # the other files are still checked
    write(tmp_path / ".namecheck.toml", 'max-file-size = "1k"\n')
    code, out, err = cli(capsys, "check", "big.txt")
    assert code == 2 and "big.txt: error: larger than 1 KiB (set max-file-size)" in out + err
    code, out, err = cli(capsys, "check", "big.txt", "--max-file-size", "1M")
    assert code == 1 and "big.txt: larger" not in out + err


def test_standard_input_past_max_file_size_is_an_error(capsys, monkeypatch):
    code, out, err = cli(capsys, "check", "-", "--max-file-size", "100", stdin=NAMES.encode() * 10,
                         monkeypatch=monkeypatch)
    assert code == 2 and "-: error: larger than 100 bytes (set max-file-size)" in out + err
    code, out, err = cli(capsys, "lookup", "-", "--max-file-size", "10", stdin=b"Karpenkov\n" * 2,
                         monkeypatch=monkeypatch)
    assert code == 2 and "-: larger than 10 bytes (set max-file-size)" in err


def test_binary_standard_input_is_skipped(capsys, monkeypatch):
    code, out, err = cli(capsys, "check", "-", stdin=NAMES.encode() + b"\x00" * 100_000,
                         monkeypatch=monkeypatch)
    assert code == 0 and "-: skipped: binary file" in out + err


def test_a_sparse_file_in_a_folder_is_skipped_unread(capsys, tmp_path):
    (tmp_path / "docs").mkdir()
    write(tmp_path / "docs" / "a.txt", NAMES)
    with open(tmp_path / "docs" / "disk.txt", "wb") as fh:
        fh.write(NAMES.encode() * 400)   # text first, then a hole of a gigabyte
        fh.truncate(1024 ** 3)
    code, out, err = cli(capsys, "check", "docs")
    assert code == 1 and "docs/disk.txt: skipped: binary file" in out + err
    assert "docs/a.txt:1:1: NC001" in out and "larger than" not in out + err


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_named_is_read_within_bounds(capsys, no_hang):
    code, out, err = cli(capsys, "check", "/dev/zero")
    assert code == 0 and "/dev/zero: skipped: binary file" in out + err


@pytest.fixture
def fifo(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(tmp_path / "pipe")
    return "pipe"


def test_a_fifo_in_a_folder_is_skipped_with_a_note(capsys, tmp_path, fifo, no_hang):
    write(tmp_path / "a.txt", NAMES)
    code, out, err = cli(capsys, "check", ".")
    assert code == 1 and "pipe: skipped: special file (FIFO)" in out + err


def test_a_fifo_named_without_a_writer_is_an_error(capsys, monkeypatch, fifo, no_hang):
    from checker import reading

    monkeypatch.setattr(reading, "FIFO_WAIT", 0.2)
    code, out, err = cli(capsys, "check", fifo)
    assert code == 2 and "pipe: error: nothing to read: no process writes into this FIFO" in out + err


@pytest.mark.parametrize("flag, message", [
    ("--glossary", "pipe: cannot read glossary: not a regular file (FIFO)"),
    ("--config", "pipe: not a regular file (FIFO)"),
    ("--baseline", "pipe: not a regular file (FIFO)"),
])
def test_a_fifo_where_a_regular_file_is_needed_is_refused(capsys, tmp_path, fifo, no_hang,
                                                           flag, message):
    write(tmp_path / "a.txt", NAMES)
    code, out, err = cli(capsys, "check", "a.txt", flag, fifo)
    assert code == 2 and message in out + err


def test_utf32_named_with_encoding_is_checked_not_skipped(capsys, tmp_path):
    import codecs

    (tmp_path / "a.txt").write_bytes(codecs.BOM_UTF32_LE + NAMES.encode("utf-32-le"))
    code, out, err = cli(capsys, "check", "a.txt", "--encoding", "utf-32")
    assert code == 1 and "a.txt:1:1: NC001" in out


def test_every_command_lists_and_shows_its_options_though_one_is_made_a_run(capsys):
    """A run makes only its own command's options (each imports what it describes); the
    overview still lists every command, and every command's page its options."""
    from checker.cli import _COMMANDS

    assert main(["--help"]) == 0
    overview = capsys.readouterr().out
    assert all(name in overview for name in _COMMANDS)
    for name, option in [("check", "--format"), ("lookup", "--format"), ("grep", "--all"),
                         ("glossary", "lint"), ("discover", "--min-count"),
                         ("serve", "--port"), ("rules", "code")]:
        assert main([name, "--help"]) == 0
        assert option in capsys.readouterr().out, name


def test_a_command_name_given_as_an_argument_is_not_taken_for_the_command(capsys, tmp_path):
    """Only the first argument that is not an option names the command: a file named like
    another command is a file to check."""
    doc = tmp_path / "lookup"
    doc.write_text("Nothing to see here.\n", encoding="utf-8")
    assert main(fixture_argv(["check", str(doc)])) == 0
