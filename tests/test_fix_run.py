"""What `--fix` guarantees over files: the checked text is fixed, and written only over the
bytes that were checked (same size, time, inode and hash), atomically; FIFOs and standard input
are read once; special files are never replaced; encodings that would change other bytes are
refused; two runs at once never corrupt a file."""
from __future__ import annotations

import io
import os
import re
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from checker import Project
from checker.cli import main
from checker.project import FixMode, RunOptions
from tests.conftest import FIXTURE_GLOSSARY, fixture_argv

OLD = "Nikolai Karpenkov visited Mogilev.\n"
NEW = "Mikalai Karpiankou visited Mahiliou.\n"
CHANGED = "changed while it was being checked; not fixed (run again)"


@pytest.fixture()
def project() -> Project:
    return Project.load(glossary=[str(FIXTURE_GLOSSARY)], use_cache=False)


def fix(project: Project, *paths: Path, write: bool = True):
    return project.check_paths([str(p) for p in paths], RunOptions(fix=FixMode.SAFE, write=write))


def edit_after_check(project: Project, monkeypatch: pytest.MonkeyPatch, edits: dict[str, bytes | None]):
    """After the check of a file named in `edits`, someone writes it (None: removes it)."""
    real = project._check_document

    def check_then_edit(path, *args, **kwargs):
        outcome = real(path, *args, **kwargs)
        name = Path(path).name
        if name in edits:
            content = edits[name]
            if content is None:
                os.unlink(path)
            else:
                Path(path).write_bytes(content)
        return outcome

    monkeypatch.setattr(project, "_check_document", check_then_edit)


# -- written only over the bytes that were checked ------------------------------------------------

def test_a_file_that_shrank_is_skipped_and_the_others_are_fixed(
        project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(OLD * 3, encoding="utf-8")
    edit_after_check(project, monkeypatch, {"b.txt": b"Niko"})
    report = fix(project, tmp_path)
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == NEW * 3
    assert (tmp_path / "b.txt").read_bytes() == b"Niko"
    assert (tmp_path / "c.txt").read_text(encoding="utf-8") == NEW * 3
    assert [str(e) for e in report.errors] == [f"{tmp_path / 'b.txt'}: {CHANGED}"]
    assert report.exit_status("warning") == 2
    assert report.fixed_files == 2 and report.fixed == 12
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "b.txt", "c.txt"]


def test_a_file_removed_after_its_check_is_not_written_again(
        project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(OLD, encoding="utf-8")
    edit_after_check(project, monkeypatch, {"a.txt": None})
    report = fix(project, tmp_path / "a.txt")
    assert [e.message for e in report.errors] == [CHANGED]
    assert os.listdir(tmp_path) == []


def test_an_edit_of_the_same_size_and_time_is_not_overwritten(
        project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(OLD, encoding="utf-8")
    st = os.stat(doc)
    real = project._check_document

    def check_then_edit(*args, **kwargs):
        outcome = real(*args, **kwargs)
        with open(doc, "r+b") as fh:   # in place, as some editors write
            fh.write(b"X")
        os.utime(doc, ns=(st.st_atime_ns, st.st_mtime_ns))
        return outcome

    monkeypatch.setattr(project, "_check_document", check_then_edit)
    report = fix(project, doc)
    assert doc.read_text(encoding="utf-8") == "X" + OLD[1:]
    assert [e.message for e in report.errors] == [CHANGED]


def test_a_file_not_written_keeps_its_findings_in_the_report(
        project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OLD, encoding="utf-8")
    edit_after_check(project, monkeypatch, {"b.txt": OLD.encode() + b"\n"})
    report = fix(project, tmp_path)
    # b.txt is as it was, and a.txt now spells the names another way (NC004)
    assert [(Path(f.path).name, f.code, f.found) for f in report.findings] == [
        ("b.txt", "NC001", "Nikolai Karpenkov"), ("b.txt", "NC004", "Nikolai Karpenkov"),
        ("b.txt", "NC001", "Mogilev"), ("b.txt", "NC004", "Mogilev")]
    assert report.fixed_files == 1 and "fixed 2 finding(s) in 1 file(s)" in report.notes


def test_fixes_are_made_on_the_text_that_was_checked(
        project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(OLD, encoding="utf-8")
    from checker.reading import read_bytes

    reads: list[str] = []

    def counted(path: str, *limits) -> bytes:
        reads.append(path)
        return read_bytes(path, *limits)

    monkeypatch.setattr("checker.reading.read_bytes", counted)
    report = fix(project, doc)
    assert doc.read_text(encoding="utf-8") == NEW and report.errors == []
    assert reads == [str(doc)]   # read once, to check; the fix is not made on a second reading


# -- FIFOs, standard input and special files ------------------------------------------------------

class FifoWriter:
    """Writes `data` into a FIFO for its first reader. A second reader would wait for a writer
    for ever: after `patience` seconds the FIFO is opened and closed to let it go with an empty
    read, and `stop()` tells that it happened (the test fails rather than hangs)."""

    def __init__(self, path: Path, data: bytes, patience: float = 60) -> None:
        self.path, self.data, self.patience = path, data, patience
        self.done = threading.Event()
        self.read_again = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        with open(self.path, "wb") as fh:
            fh.write(self.data)
        if not self.done.wait(self.patience):
            self.read_again = True
            with open(self.path, "wb"):
                pass

    def stop(self) -> bool:
        """Whether the FIFO was read only once."""
        self.done.set()
        self._thread.join(10)
        return not self.read_again


@pytest.mark.parametrize("flag", ["--fix", "--diff"])
def test_a_fifo_is_read_once_and_never_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        flag: str) -> None:
    monkeypatch.chdir(tmp_path)
    os.mkfifo("pipe.txt")
    writer = FifoWriter(tmp_path / "pipe.txt", OLD.encode())
    code = main(fixture_argv(["check", "pipe.txt", flag, "--no-cache"]))
    out, err = capsys.readouterr()
    assert writer.stop()
    assert stat.S_ISFIFO(os.stat("pipe.txt").st_mode) and os.listdir(tmp_path) == ["pipe.txt"]
    if flag == "--fix":
        assert code == 2
        assert ("pipe.txt: error: not a regular file; not fixed in place (--diff shows the fixes)"
                in out + err)
        assert "pipe.txt:1:1: NC001" in out   # the findings are still reported
    else:
        assert code == 0 and "-Nikolai Karpenkov visited Mogilev.\n+Mikalai Karpiankou" in out


class ReadOnce(io.RawIOBase):
    """Standard input that fails a test when it is read a second time."""

    def __init__(self, data: bytes) -> None:
        self.data: bytes | None = data

    def readable(self) -> bool:
        return True

    def readall(self) -> bytes:
        if self.data is None:
            raise AssertionError("standard input was read twice")
        data, self.data = self.data, None
        return data

    def readinto(self, b) -> int:
        if self.data is None:
            return 0   # the end, as a stream says it to a reader that reads in blocks
        data = self.readall()
        b[:len(data)] = data
        return len(data)


@pytest.mark.parametrize("flag", ["--fix", "--diff"])
def test_standard_input_is_read_once(monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str], flag: str) -> None:
    stdin = ReadOnce(OLD.encode())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(stdin), encoding="utf-8"))
    code = main(fixture_argv(["check", "-", flag, "--no-cache"]))
    out, _ = capsys.readouterr()
    assert stdin.data is None
    assert (out == NEW) if flag == "--fix" else ("+Mikalai Karpiankou" in out)
    assert code in (0, 1)


@pytest.mark.parametrize("target", ["fifo", "device"])
def test_write_baseline_into_a_special_file_does_not_replace_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(OLD, encoding="utf-8")
    special = tmp_path / "baseline"
    got: list[bytes] = []
    if target == "fifo":
        os.mkfifo(special)
        fd = os.open(special, os.O_RDONLY | os.O_NONBLOCK)
    else:
        if os.geteuid() != 0:
            pytest.skip("making a device node needs root")
        os.mknod(special, 0o666 | stat.S_IFCHR, os.makedev(1, 3))   # a null device in tmp_path
    code = main(fixture_argv(["check", str(doc), "--no-cache", "--write-baseline", str(special)]))
    if target == "fifo":
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb") as fh:
            got.append(fh.read())
        assert b'"found": "Nikolai Karpenkov"' in got[0]
    assert code == 1 and "wrote 2 finding(s) to the baseline" in capsys.readouterr().out
    mode = os.stat(special).st_mode
    assert stat.S_ISFIFO(mode) if target == "fifo" else stat.S_ISCHR(mode)
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "baseline"]


# -- encodings ------------------------------------------------------------------------------------

@pytest.mark.parametrize("data", [
    # the pre-composed é written as +AOk- twice and once as a pair: another writer's choices
    b"Nikolai Karpenkov said +AOk-+AOk- and +AOkA6Q-, and +ACI-quoted+ACI-.\n",
    # written back alone each character is as it was; after the fix the pair is joined
    b"Nikolai Karpenkov said caf+AOk-+AOk-.\n",
])
def test_an_encoding_that_does_not_write_back_byte_for_byte_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes) -> None:
    doc = tmp_path / "a.txt"
    doc.write_bytes(data)
    code = main(fixture_argv(["check", str(doc), "--fix", "--encoding", "utf-7", "--no-cache"]))
    out, err = capsys.readouterr()
    assert code == 2 and doc.read_bytes() == data
    assert f"{doc}: error: not fixed: utf-7 does not write the text back byte for byte" in out + err
    assert "NC001" in out   # reported, not fixed
    assert "Traceback" not in out + err


def test_a_single_byte_encoding_is_fixed_byte_for_byte(tmp_path: Path) -> None:
    project = Project.load(glossary=[str(FIXTURE_GLOSSARY)], encoding="cp1251", use_cache=False)
    doc = tmp_path / "a.txt"
    doc.write_bytes("Гомель, «Nikolai Karpenkov» — Mogilev.\r\n".encode("cp1251"))
    report = project.check_paths([str(doc)], RunOptions(fix=FixMode.SAFE, language="en"))
    assert report.errors == []
    assert doc.read_bytes() == "Гомель, «Mikalai Karpiankou» — Mahiliou.\r\n".encode("cp1251")


EXTRA = """version: 1
entries:
  - id: ales-testouski
    kind: person
    be: Алесь Тэстоўскі
    ru: Алесь Тестовский
    canonical: Aleś Testoŭski
    variants: [Ales Testovsky]
    gender: male
    sources: [https://example.org/testouski]
"""


def test_a_fix_the_encoding_cannot_write_is_an_error_and_the_findings_stay(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "extra.yaml").write_text(EXTRA, encoding="utf-8")
    doc = tmp_path / "a.txt"
    data = "Ales Testovsky spoke in Mogilev.\n".encode("koi8-r")
    doc.write_bytes(data)
    monkeypatch.chdir(tmp_path)
    code = main(fixture_argv(["check", "a.txt", "--fix", "--no-cache", "--encoding", "koi8-r",
                              "--extend-glossary", "extra.yaml"]))
    out, err = capsys.readouterr()
    assert code == 2 and doc.read_bytes() == data
    assert "a.txt:1:4: error: cannot write 'ś' in koi8-r; the file keeps its encoding" in out + err
    assert "'Ales Testovsky' is a variant spelling of Aleś Testoŭski" in out
    assert "Traceback" not in out + err


# -- names ----------------------------------------------------------------------------------------

def test_a_file_with_a_name_of_250_bytes_is_fixed(project: Project, tmp_path: Path) -> None:
    doc = tmp_path / ("ў" * 123 + ".txt")   # 250 bytes in UTF-8
    doc.write_text(OLD, encoding="utf-8")
    report = fix(project, doc)
    assert report.errors == [] and doc.read_text(encoding="utf-8") == NEW
    assert os.listdir(tmp_path) == [doc.name]


# -- two runs at once -----------------------------------------------------------------------------

def test_two_fix_runs_at_once_leave_every_file_old_or_fixed(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    texts = {}
    for i in range(300):
        old = f"Note {i}: Nikolai Karpenkov visited Mogilev and Gomel.\n" * (1 + i % 7)
        texts[f"{i:03}.txt"] = (old, old.replace("Nikolai Karpenkov", "Mikalai Karpiankou")
                                .replace("Mogilev", "Mahiliou").replace("Gomel", "Homel"))
        (docs / f"{i:03}.txt").write_text(old, encoding="utf-8")
    argv = [sys.executable, "-m", "checker", "check", str(docs), "--fix", "--no-cache",
            "--no-progress", "--glossary", str(FIXTURE_GLOSSARY)]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    logs = [(tmp_path / f"out{i}", tmp_path / f"err{i}") for i in (1, 2)]
    runs = []
    for (out, err), jobs in zip(logs, ("1", "2"), strict=True):
        with open(out, "wb") as fo, open(err, "wb") as fe:
            runs.append(subprocess.Popen([*argv, "--jobs", jobs], stdout=fo, stderr=fe, env=env))
    codes = [p.wait(timeout=300) for p in runs]
    results = [(code, out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8"))
               for code, (out, err) in zip(codes, logs, strict=True)]
    for code, out, err in results:
        assert code in (0, 2), err
        assert "Traceback" not in out + err and "internal error" not in out + err
        # a file one run found fixed by the other is skipped with a note, never rewritten
        assert all(CHANGED in line for line in (out + err).splitlines() if ": error: " in line)
    assert sorted(os.listdir(docs)) == sorted(texts)
    for name, (old, new) in texts.items():
        assert (docs / name).read_text(encoding="utf-8") in (old, new), name
    # one of the two runs writes each file; the other finds it fixed, or changed since it
    # read it (a run waits for the other's write to end before it looks)
    assert all((docs / name).read_text(encoding="utf-8") == new for name, (_, new) in texts.items())
    written = [re.search(r"fixed \d+ finding\(s\) in (\d+) file\(s\)", out) for _, out, _ in results]
    assert sum(int(m.group(1)) for m in written if m) == len(texts)
