"""Throughput of `check` and `grep` on a Dask LocalCluster of 1 and 2 worker processes, and what
the cross-document reduction carries; then an estimate for a 100 GB archive on 32 workers.

For each command and worker count: a LocalCluster of single-threaded worker processes is
started (its start-up timed apart), one run ships the project and warms the workers (timed as
the cold run), then the same run is timed again (warm) for files/s and MB/s. The same runs
without Dask (one process) are the reference. The reduction's size is the number of mentions,
and their pickled bytes, that the NC004 reduction keeps of the whole corpus against all the
mentions the files hand over. Figures from a shared or busy machine vary; the script prints
them and always exits 0.

    pip install -e '.[bench,dask]'
    python benchmarks/cluster_speed.py --mb 10
"""
from __future__ import annotations

import argparse
import os
import pickle
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import make_data  # noqa: E402

ARCHIVE_GB = 100
CLUSTER_WORKERS = 32


def corpus_bytes(corpus: Path) -> tuple[int, int]:
    files = [p for p in corpus.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def timed(run) -> tuple[float, object]:
    t = time.perf_counter()
    result = run()
    return time.perf_counter() - t, result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="corpus size (default 10 MB)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args(argv)

    import logging

    from distributed import Client, LocalCluster

    from checker.check.consistency import reduce_mentions
    from checker.cluster import _file_items
    from checker.grep import grep_paths, resolve_targets
    from checker.project import Project, RunOptions

    glossary, entries, _ = make_data.ensure_glossary()
    corpus, _, _ = make_data.ensure_corpus(entries, args.mb)
    n_files, n_bytes = corpus_bytes(corpus)
    mb = n_bytes / 1e6
    os.chdir(HERE)
    project = Project.load(glossary=[glossary], jobs=1)
    paths = [os.path.relpath(corpus, HERE)]
    # grep searches the name the corpus mentions most (found by an index of its first files)
    sample = sorted(str(p) for p in corpus.rglob("*") if p.is_file())[:5]
    top = grep_paths(project, sample, None).index()[0]
    targets, _ = resolve_targets(project, entries=[top.entry or ""])
    print(f"corpus: {n_files} files, {mb:.1f} MB; glossary: {len(project.glossary.entries)} "
          f"entries; grep searches {top.name}, grep --all every entry")

    runs = {
        "check": lambda dask: project.check_paths(paths, RunOptions(), dask=dask),
        "grep": lambda dask: grep_paths(project, paths, targets, dask=dask),
        "grep --all": lambda dask: grep_paths(project, paths, None, dask=dask),
    }
    rows = []
    for name, run in runs.items():
        seconds, report = timed(lambda run=run: run(None))
        size = len(report.findings) if name == "check" else len(report.matches)
        rows.append((name, "local, 1 process", "", f"{seconds:.2f}", f"{n_files / seconds:.1f}",
                     f"{mb / seconds:.2f}", size))
        for workers in args.workers:
            t0 = time.perf_counter()
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
                    Client(cluster) as client:
                start = time.perf_counter() - t0
                cold, _ = timed(lambda run=run, client=client: run(client))
                warm, report = timed(lambda run=run, client=client: run(client))
            got = len(report.findings) if name == "check" else len(report.matches)
            assert got == size, (name, workers, got, size)
            rows.append((name, f"dask, {workers} worker{'s' if workers > 1 else ''}",
                         f"{start:.1f} / {cold:.2f}", f"{warm:.2f}", f"{n_files / warm:.1f}",
                         f"{mb / warm:.2f}", size))

    print()
    print("| command | run | cluster start / first run (s) | second run (s) | files/s | MB/s | "
          "findings or matches |")
    print("|---|---|---|---|---|---|---|")   # files/s and MB/s: of the second run
    for row in rows:
        print("| " + " | ".join(str(x) for x in row) + " |")

    # what the NC004 reduction carries: all mentions the files hand over, and what is kept
    files = sorted(str(p) for p in corpus.rglob("*") if p.is_file())
    items = _file_items(files)
    every = [m for ms in _check_items_mentions(items, project) for m in ms]
    t = time.perf_counter()
    reduced = reduce_mentions(every)
    reduce_s = time.perf_counter() - t
    every_bytes = len(pickle.dumps(every))
    reduced_bytes = len(pickle.dumps(reduced))
    groups = len({m.group for m in reduced})
    shipped = len(pickle.dumps(project))
    print()
    print(f"mentions handed over by the files: {len(every):,} ({every_bytes / 1e6:.2f} MB pickled)")
    print(f"kept by the reduction: {len(reduced):,} ({reduced_bytes / 1e6:.2f} MB) in {groups:,} "
          f"names; reduced in {reduce_s * 1000:.0f} ms")
    print(f"project with its compiled index, as shipped to each worker: {shipped / 1e6:.1f} MB")

    # the estimate
    per_worker = {name: mb / float(next(r for r in rows if r[0] == name and r[1].endswith(
        " 1 worker"))[3]) for name in runs}
    print()
    for name, rate in per_worker.items():
        two = next((r for r in rows if r[0] == name and r[1].endswith("2 workers")), None)
        efficiency = (mb / float(two[3])) / (2 * rate) if two else 1.0
        hours = ARCHIVE_GB * 1000 / (CLUSTER_WORKERS * rate * min(1.0, efficiency)) / 3600
        print(f"{name}: {rate:.2f} MB/s a worker, 2-worker efficiency {efficiency:.0%}: "
              f"{ARCHIVE_GB} GB on {CLUSTER_WORKERS} workers ~ {hours:.1f} h "
              f"(+ {shipped / 1e6:.1f} MB to each worker once)")
    return 0


def _check_items_mentions(items, project) -> list[list]:
    """Every file's mentions as the per-file check hands them over (before any reduction)."""
    from checker.baseline import Baseline
    from checker.project import RunOptions
    from checker.run import check_file

    return [check_file(project, path or shown, RunOptions(), Baseline(), shown=shown).mentions
            for shown, _, path in items]


if __name__ == "__main__":
    raise SystemExit(main())
