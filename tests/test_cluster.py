"""check and grep on a Dask cluster give the local run's report: one LocalCluster of two
workers, started here, for the whole module."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker import Project
from checker.check import consistency
from checker.check.consistency import reduce_mentions
from checker.grep import resolve_targets

pytest.importorskip("distributed")
pytest.importorskip("dask.bag")

FIXTURE = Path(__file__).resolve().parent / "data" / "glossary"

# sentences of our own; every file spells the same names in its own ways, so that NC004 has
# more places than it lists and more spellings than a partition sees
SPELLINGS = ["Nikolai Karpenkov", "Mikalai Karpiankou", "Nikolay Karpenkov", "KARPENKOV"]
PLACES = ["Mogilev", "Mahiliou", "Mogilyov"]


def _text(i: int) -> str:
    lines = []
    for j in range(6):
        name = SPELLINGS[(i + j) % len(SPELLINGS)]
        place = PLACES[(i * j) % len(PLACES)]
        lines.append(f"On day {j} {name} drove to {place} and met Siarhei Dyleuski there.")
    if i % 5 == 0:
        lines.append("Sergei Dylevsky said Мікалай Карпянкоў was not there.")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    for i in range(24):
        folder = root / f"y{i % 3}"
        folder.mkdir(exist_ok=True)
        (folder / f"n{i:02}.txt").write_text(_text(i), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def project() -> Project:
    return Project.load(glossary=[FIXTURE], use_cache=False, jobs=1)


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    # threads, not processes: the same code paths (the project is still scattered to each
    # worker and the mentions reduced on the cluster) in a fraction of the start-up time
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster, Client(cluster) as c:
        yield c


def _findings(report) -> list[dict]:
    return [f.to_dict() for f in report.findings]


def test_check_on_the_cluster_gives_the_local_report(project, archive, client):
    local = project.check_paths([str(archive)])
    remote = project.check_paths([str(archive)], dask=client)
    assert any(f.code == "NC004" for f in local.findings)
    assert len(client.scheduler_info()["workers"]) == 2
    assert _findings(remote) == _findings(local)
    assert remote.files_checked == local.files_checked == 24
    assert remote.exit_status("warning") == local.exit_status("warning")


def test_grep_on_the_cluster_gives_the_local_report(project, archive, client):
    from checker.grep import grep_paths

    targets, _ = resolve_targets(project, names=["Nikolai Karpenkov", "Siarhei Dyleuski"])
    local = grep_paths(project, [str(archive)], targets)
    remote = grep_paths(project, [str(archive)], targets, dask=client)
    assert [m.to_dict() for m in remote.matches] == [m.to_dict() for m in local.matches]
    assert len(local.matches) == 2 * 24 * 6 + 2 * 5   # each name on every line, and in five files
    assert remote.index() == local.index()


def test_a_bag_of_texts_gives_the_report_of_the_same_files(project, archive, client):
    import dask.bag as db

    from checker.cluster import check_bag, grep_bag

    files = sorted(archive.rglob("*.txt"))
    pairs = [(str(f), f.read_text(encoding="utf-8")) for f in files]
    local = project.check_paths([str(f) for f in files])
    report = check_bag(project, db.from_sequence(pairs, npartitions=5))
    assert _findings(report) == _findings(local)
    targets, _ = resolve_targets(project, entries=["mahiliou"])
    found = grep_bag(project, db.from_sequence(pairs, npartitions=3), targets)
    assert len(found.matches) == 24 * 6 and found.exit_status() == 0


def test_cli_check_and_grep_take_a_scheduler_address(fixture_cli, archive, client, monkeypatch):
    monkeypatch.chdir(archive)
    address = client.scheduler.address
    local = fixture_cli("check", "--format", "json", ".")
    remote = fixture_cli("check", "--format", "json", "--dask", address, ".")
    assert remote == local and local[0] == 1
    assert fixture_cli("grep", "-c", "--dask", address, "Mogilev", ".") == \
        fixture_cli("grep", "-c", "Mogilev", ".")


def test_a_scheduler_that_cannot_be_reached_is_an_error(fixture_cli, archive, monkeypatch):
    import checker.cluster

    monkeypatch.setattr(checker.cluster, "CONNECT_TIMEOUT", "1s")
    monkeypatch.chdir(archive)
    code, out, err = fixture_cli("grep", "--dask", "tcp://127.0.0.1:1", "Mogilev", ".")
    assert code == 2 and "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in err
    assert "Traceback" not in err


def test_fixing_stays_local(fixture_cli, archive, monkeypatch):
    monkeypatch.chdir(archive)
    code, _, err = fixture_cli("check", "--fix", "--dask", "local", ".")
    assert code == 2 and "fixing stays local" in err


def test_mentions_reduced_in_parts_give_the_nc004_of_all(project, archive):
    """The reduction the cluster runs, checked without one: partitions reduced apart, then
    together, give the same NC004 as every mention at once."""
    files = sorted(str(f) for f in archive.rglob("*.txt"))
    outcomes = [project._check_document(f, Path(f).read_bytes(), _options(), _baseline())
                for f in files]
    every = [m for o in outcomes for m in o.mentions]
    parts = [reduce_mentions([m for o in outcomes[i:i + 5] for m in o.mentions])
             for i in range(0, len(outcomes), 5)]
    reduced = reduce_mentions([m for p in parts for m in p])
    assert len(reduced) < len(every)
    assert sum(m.weight for m in reduced) == sum(m.weight for m in every)
    whole = [f.to_dict() for f in consistency(every, project.matcher)]
    assert whole and [f.to_dict() for f in consistency(reduced, project.matcher)] == whole


def _options():
    from checker.project import RunOptions

    return RunOptions()


def _baseline():
    from checker.baseline import Baseline

    return Baseline()


def test_a_project_is_scattered_once_per_client(project, client):
    from checker.cluster import _shipped

    first = _shipped(project, client)
    assert _shipped(project, client) is first

    def held(name):
        from checker.cluster import _HELD

        return name in _HELD

    assert client.run(held, first) == {w: True for w in client.scheduler_info()["workers"]}
