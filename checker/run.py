"""Running a project's check over many files: in this process or a pool of workers.

An unexpected failure in one file becomes an error for that file, and the other files are
still checked. Workers leave Ctrl-C to the parent, which stops them without tracebacks; a
signal that ends the run ends every worker with it.
"""
from __future__ import annotations

import contextlib
import os
import signal
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from checker.baseline import Baseline
from checker.findings import NamecheckError
from checker.signals import raise_if_stopped

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from checker.project import FileOutcome, Project, RunOptions

# below this many files a pool costs more to start than it saves
MIN_FILES_FOR_POOL = 8
POOL_CHUNK = 4
STOP_POLL = 0.25   # seconds between looks for a stop signal whose exception was dropped
IN_FLIGHT = 2   # chunks a worker holds: one it checks, one waiting in its pipe

# the worker's state, set before the workers fork (or sent to each where nothing forks): the
# job's function under "job", and what it reads
_WORKER: dict = {}

T = TypeVar("T")


def worker_state() -> dict:
    """What the job of `map_files` reads in the process that runs it."""
    return _WORKER


def check_file(project: Project, path: str, options: RunOptions, baseline: Baseline,
               data: bytes | None = None, shown: str | None = None) -> FileOutcome:
    """Check (and fix) one file; every failure ends up in the outcome's errors."""
    from checker.project import FileOutcome, FixMode, debugging, internal_error
    from checker.reading import read_bytes

    shown = shown or path
    cfg = project.config

    def read(p: str) -> bytes:   # within the size limit; a binary file only as far as tells so
        return read_bytes(p, cfg.max_file_size, cfg.encoding)

    try:
        snapshot = None
        if data is None and options.fix is not FixMode.NONE and options.write:
            from checker.fix import read_snapshot
            # what the file was when it was read: a fix is written over those bytes or not at all
            data, snapshot = read_snapshot(path, read)
        elif data is None:
            data = read(path)
        outcome = project._check_document(path, data, options, baseline.for_path(shown),
                                          shown=shown)
        outcome.snapshot = snapshot
        return outcome
    except NamecheckError as exc:
        return FileOutcome(shown, errors=list(exc.errors))
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:   # one file's bug must not cost the user the other files
        if debugging():
            raise
        return FileOutcome(shown, errors=[internal_error(shown, exc)])


class WorkerDied(Exception):
    """A worker process ended before it answered (killed, or out of memory)."""


# Ctrl-C and SIGTERM stay blocked while workers are forked: a worker sets its own handling
# before it takes them, and the parent handles one with every worker known
_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def _block_stop_signals() -> set | None:
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)


def _restore_signal_mask(mask: set | None) -> None:
    if mask is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def _worker_main(conn: Connection, inherited: list[Connection], state: dict | None) -> None:
    """A worker: check each chunk of paths it is sent and send back the outcomes, until it is
    sent None or the parent is gone."""
    # Ctrl-C goes to the whole process group: the parent handles it and stops the workers with
    # SIGTERM, which ends a worker at once and quietly
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _restore_signal_mask(set())
    for c in inherited:   # the other ends of the pipes: EOF must come when the parent is gone
        c.close()
    if state is not None:
        _WORKER.update(state)
    from checker.process import settle_after_load

    settle_after_load()
    try:
        while (paths := conn.recv()) is not None:
            conn.send([_worker_job(path) for path in paths])
    except (EOFError, OSError):   # the parent is gone: there is no one to answer
        pass


def _worker_job(path: str) -> Any:
    return _WORKER["job"](path)


def _check_job(path: str) -> FileOutcome:
    return check_file(_WORKER["project"], path, _WORKER["options"], _WORKER["baseline"])


def run_files(project: Project, files: list[str], options: RunOptions, baseline: Baseline, *,
              stdin: Callable[[], bytes] | None = None,
              progress: Callable[[int, int], None] | None = None,
              arrived: Callable[[FileOutcome], None] | None = None) -> list[FileOutcome]:
    """Check every file (STDIN through `stdin()`); outcomes in the order of `files` (STDIN
    first), each also handed to `arrived` in that order as soon as it is in."""
    from checker.project import STDIN, FileOutcome
    from checker.reading import take_stdin

    outcomes: list[FileOutcome] = []
    disk = [f for f in files if f != STDIN]
    if STDIN in files:
        shown = options.stdin_filename or STDIN
        data, errors = take_stdin(stdin)
        if errors:
            outcomes.append(FileOutcome(shown, errors=errors))
        else:
            outcome = check_file(project, STDIN, options, baseline, data=data, shown=shown)
            outcome.from_stdin = True
            outcomes.append(outcome)
    if arrived:
        for outcome in outcomes:
            arrived(outcome)
    state = {"project": project, "options": options, "baseline": baseline}
    outcomes.extend(map_files(disk, _check_job, state, jobs=project.config.jobs,
                              failed=_failed_outcome, progress=progress, arrived=arrived))
    return outcomes


def _failed_outcome(path: str, exc: BaseException) -> FileOutcome:
    from checker.project import FileOutcome, internal_error

    return FileOutcome(path, errors=[internal_error(path, exc)])


def map_files(files: list[str], job: Callable[[str], T], state: dict, *, jobs: int,
              failed: Callable[[str, BaseException], T],
              progress: Callable[[int, int], None] | None = None,
              arrived: Callable[[T], None] | None = None) -> list[T]:
    """`job(path)` of every file, in the order of `files`: in this process, or in `jobs` worker
    processes (0: one per core) when there are enough files. `job` is a module's function that
    reads `state` through worker_state(); `failed(path, exc)` stands for the outcome of a file
    whose worker died. Each outcome is also handed to `arrived`, in the order of `files`, as
    soon as it and those before it are in."""
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1 and len(files) >= MIN_FILES_FOR_POOL:
        return _run_pool(files, job, state, jobs, failed, progress, arrived)
    out: list[T] = []
    _WORKER.update(state)
    try:
        for i, f in enumerate(files, 1):
            raise_if_stopped()
            out.append(job(f))
            if arrived:
                arrived(out[-1])
            if progress:
                progress(i, len(files))
    finally:
        _WORKER.clear()
    return out


class _Worker:
    def __init__(self, process: BaseProcess, conn: Connection) -> None:
        self.process = process
        self.conn = conn


def _run_pool(disk: list[str], job: Callable[[str], T], state: dict, jobs: int,
              failed: Callable[[str, BaseException], T],
              progress: Callable[[int, int], None] | None,
              arrived: Callable[[T], None] | None = None) -> list[T]:
    """Run the job over the files in worker processes, POOL_CHUNK files a message; outcomes
    in order.

    Each worker has a pipe of its own, and none is started again: a worker that dies (killed
    alone, out of memory) holds no lock the others wait for and leaves no replacement behind;
    the files it was checking are errors, the chunks it had not begun go to the others.
    However the run ends (done, Ctrl-C, SIGTERM, an error), every worker is stopped and reaped
    before this returns or raises.
    """
    import multiprocessing as mp
    from multiprocessing.connection import wait

    from checker.project import debugging

    state = {**state, "job": job}
    forking = hasattr(os, "fork")
    ctx = mp.get_context("fork") if forking else mp.get_context()
    chunks = [disk[i:i + POOL_CHUNK] for i in range(0, len(disk), POOL_CHUNK)]
    results: list[list[T] | None] = [None] * len(chunks)
    handed = 0   # the chunks handed to `arrived`, all those before the first not yet in
    workers: list[_Worker] = []
    finished = False

    def hand_over() -> None:
        nonlocal handed
        while arrived and handed < len(chunks) and (chunk := results[handed]) is not None:
            for outcome in chunk:
                arrived(outcome)
            handed += 1

    if forking:
        _WORKER.update(state)
    try:
        mask = _block_stop_signals()
        try:
            for _ in range(min(jobs, len(chunks))):
                here, there = ctx.Pipe()
                inherited = [w.conn for w in workers] + [here] if forking else []
                process = ctx.Process(target=_worker_main, daemon=True,
                                      args=(there, inherited, None if forking else state))
                process.start()
                there.close()
                workers.append(_Worker(process, here))
        finally:
            _restore_signal_mask(mask)   # a signal that came meanwhile is raised here
        waiting = deque(range(len(chunks)))
        # the chunks each worker has been sent and not answered, oldest first; a worker keeps
        # IN_FLIGHT of them so that it never waits for this process to be scheduled
        sent: dict[Connection, deque[int]] = {w.conn: deque() for w in workers}
        by_conn = {w.conn: w for w in workers}

        def give(w: _Worker) -> None:
            if waiting:
                k = waiting.popleft()
                try:
                    w.conn.send(chunks[k])
                except OSError:
                    waiting.appendleft(k)   # never sent: still for a worker that lives
                    raise
                sent[w.conn].append(k)

        for w in workers:
            for _ in range(IN_FLIGHT):
                give(w)
        done = 0
        while any(sent.values()):
            raise_if_stopped()
            for ready in wait([c for c, ks in sent.items() if ks], timeout=STOP_POLL):
                w = by_conn[cast("Connection", ready)]
                k = sent[w.conn].popleft()
                try:
                    results[k] = w.conn.recv()
                except (EOFError, OSError):   # the worker is gone, and the chunk it checked
                    w.process.join()
                    died = WorkerDied(f"a worker process ended (exit status {w.process.exitcode})")
                    if debugging():
                        raise died from None
                    results[k] = [failed(p, died) for p in chunks[k]]
                    waiting.extendleft(reversed(sent[w.conn]))   # not begun: for the others
                    sent[w.conn].clear()
                else:
                    # a worker that died right after answering keeps its answer; what it
                    # still holds is read as lost when its connection next reports
                    with contextlib.suppress(OSError):
                        give(w)
                for _ in chunks[k]:
                    done += 1
                    if progress:
                        progress(done, len(disk))
                hand_over()
        for w in workers:   # nothing left: each may go
            with contextlib.suppress(OSError):
                w.conn.send(None)
        _WORKER.update(state)
        for k in waiting:   # every worker died: the rest is checked here
            raise_if_stopped()
            results[k] = [job(p) for p in chunks[k]]
            hand_over()
        finished = True
    finally:
        _WORKER.clear()
        _stop(workers, finished)
    return [outcome for chunk in results for outcome in chunk or ()]


def _stop(workers: list[_Worker], finished: bool) -> None:
    """Reap every worker: after a finished run they are leaving; otherwise (Ctrl-C, SIGTERM,
    an error) each gets SIGTERM at once. One still there after a second gets SIGKILL."""
    for w in workers:
        w.conn.close()
        if not finished and w.process.exitcode is None:
            w.process.terminate()
    for w in workers:
        w.process.join(1)
        if w.process.exitcode is None:
            w.process.kill()
            w.process.join()
