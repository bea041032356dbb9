"""Checking many files in worker processes: order, failure of one worker, nothing left behind."""
from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.project import Project
from tests.conftest import FIXTURE_GLOSSARY

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def project() -> Project:
    return Project.load(glossary=[str(FIXTURE_GLOSSARY)], use_cache=False, jobs=2)


def _docs(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"d{i:02}.txt").write_text("Nikolai Karpenkov visited Mogilev.\n" * (i % 3 + 1),
                                             encoding="utf-8")
    return folder


def test_a_pooled_run_gives_the_outcomes_in_order_and_leaves_no_worker(project, tmp_path):
    docs = _docs(tmp_path / "docs", 30)
    report = project.check_paths([str(docs)])
    paths = [Path(f.path).name for f in report.findings if f.code == "NC001"]
    assert paths == sorted(paths) and len(paths) == 2 * sum(i % 3 + 1 for i in range(30))
    assert report.files_checked == 30 and not report.errors
    assert multiprocessing.active_children() == []


# a worker that dies on one file: killed by the OOM killer, or by a signal sent to it alone
_DIES = """
import json, os, sys
import checker.run as run
from checker.project import Project

real = run._worker_job
def dies_on_d05(path):
    if path.endswith("d05.txt"):
        os._exit(3)
    return real(path)
run._worker_job = dies_on_d05
project = Project.load(glossary=[sys.argv[1]], use_cache=False, jobs=2)
report = project.check_paths([sys.argv[2]])
print(json.dumps({"errors": [str(e) for e in report.errors], "checked": report.files_checked,
                  "found": sorted({os.path.basename(f.path) for f in report.findings})}))
"""


def test_a_worker_that_dies_costs_its_files_and_no_more(tmp_path):
    docs = _docs(tmp_path / "docs", 40)   # more chunks than the workers hold at once
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("NAMECHECK_DEBUG", None)
    done = subprocess.run([sys.executable, "-c", _DIES, str(FIXTURE_GLOSSARY), str(docs)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    lost = {f"d{i:02}.txt" for i in range(4, 8)}   # the four files of d05's chunk
    assert sorted(os.path.basename(e.split(":")[0]) for e in out["errors"]) == sorted(lost)
    assert all("internal error: WorkerDied: a worker process ended (exit status 3)" in e
               for e in out["errors"])
    assert out["found"] == sorted({f"d{i:02}.txt" for i in range(40)} - lost)
    assert "Traceback" not in done.stderr


def test_mentions_reduced_as_the_files_come_give_the_nc004_of_all(project, tmp_path, monkeypatch):
    consistency = sys.modules["checker.check.consistency"]   # checker.check.consistency: the function
    docs = tmp_path / "docs"
    docs.mkdir()
    spellings = ["Nikolai Karpenkov", "Mikalai Karpiankou", "Nikolay Karpenkov", "KARPENKOV"]
    for i in range(30):
        (docs / f"d{i:02}.txt").write_text(
            "".join(f"{spellings[(i + k) % 4]} visited Mogilev.\n" for k in range(i % 5 + 2)),
            encoding="utf-8")
    whole = [f.to_dict() for f in project.check_paths([str(docs)]).findings]
    reduced: list[int] = []
    real = consistency.reduce_mentions

    def counted(mentions):
        reduced.append(len(mentions))
        return real(mentions)

    monkeypatch.setattr(consistency, "FOLD_AT", 5)
    monkeypatch.setattr(consistency, "reduce_mentions", counted)
    folded = [f.to_dict() for f in project.check_paths([str(docs)]).findings]
    assert len(reduced) > 1 and any(f["code"] == "NC004" for f in whole)
    assert folded == whole
