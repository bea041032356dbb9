"""Ctrl-C and SIGTERM during a pooled check: the run and its workers stop within a second, with
the shell's status (130, 143), one line on standard error and no process left behind."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import FIXTURE_GLOSSARY

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(),
                                reason="reads the process table from /proc")


def _processes() -> dict[int, tuple[int, int, str]]:
    """pid -> (parent pid, process group, state) of every process."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:   # it ended meanwhile
            continue
        table[int(entry)] = (int(fields[1]), int(fields[2]), fields[0])
    return table


def _children(pid: int) -> list[int]:
    return [p for p, (parent, _, _) in _processes().items() if parent == pid]


def _in_group(group: int) -> list[int]:
    return [p for p, (_, pgrp, _) in _processes().items() if pgrp == group]


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    """Enough text that two workers check it for many seconds."""
    folder = tmp_path_factory.mktemp("docs")
    text = "Nikolai Karpenkov spoke in Mogilev with Aliaksandr Taraikouski about Minsk.\n" * 300
    for i in range(400):
        (folder / f"d{i:03}.txt").write_text(text, encoding="utf-8")
    return folder


def _start(docs: Path, tmp_path: Path, jobs: str) -> subprocess.Popen:
    env = {**os.environ, "NAMECHECK_CACHE_DIR": str(tmp_path / "cache"),
           "PYTHONPATH": str(ROOT)}
    env.pop("NAMECHECK_DEBUG", None)
    return subprocess.Popen(
        [sys.executable, "-m", "checker", "check", str(docs), "--glossary", str(FIXTURE_GLOSSARY),
         "--jobs", jobs, "--no-progress", "--format", "json", "-o", os.devnull],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path,
        start_new_session=True)   # its own process group, as a shell gives a command


def _wait_for_workers(proc: subprocess.Popen, count: int) -> list[int]:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        workers = _children(proc.pid)
        if len(workers) >= count:
            time.sleep(0.5)   # in the middle of checking
            return workers
        time.sleep(0.05)
    raise AssertionError("the workers did not start")


def _ends_like_this(proc: subprocess.Popen, signum: int, group: bool, status: int,
                    line: str) -> None:
    started = time.monotonic()
    if group:
        os.killpg(proc.pid, signum)   # a terminal's Ctrl-C reaches the whole process group
    else:
        os.kill(proc.pid, signum)     # kill(1), a service manager: the main process only
    try:
        returncode = proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    elapsed = time.monotonic() - started
    err = proc.stderr.read() if proc.stderr else ""
    time.sleep(0.2)
    left = _in_group(proc.pid)
    for pid in left:   # not to leave them to the next test
        os.kill(pid, signal.SIGKILL)
    assert (returncode, err, left) == (status, line + "\n", [])
    assert elapsed < 1, f"took {elapsed:.2f} s"


@pytest.mark.parametrize("group", [True, False], ids=["process group", "main process"])
@pytest.mark.parametrize(("signum", "status", "line"), [
    (signal.SIGINT, 130, "namecheck: interrupted"), (signal.SIGTERM, 143, "namecheck: terminated")],
    ids=["SIGINT", "SIGTERM"])
def test_a_signal_stops_a_pooled_check_and_its_workers(docs, tmp_path, signum, status, line, group):
    proc = _start(docs, tmp_path, "2")
    workers = _wait_for_workers(proc, 2)
    _ends_like_this(proc, signum, group, status, line)
    assert not [w for w in workers if Path(f"/proc/{w}").exists()]


def test_ctrl_c_stops_a_check_without_workers(docs, tmp_path):
    proc = _start(docs, tmp_path, "1")
    time.sleep(2)
    assert proc.poll() is None and _children(proc.pid) == []
    _ends_like_this(proc, signal.SIGINT, True, 130, "namecheck: interrupted")
