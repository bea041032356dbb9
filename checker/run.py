"""Running a project's check over many files: in this process or a pool of workers.

An unexpected failure in one file becomes an error for that file, and the other files are
still checked. Workers leave Ctrl-C to the parent, which stops them without tracebacks.
"""
from __future__ import annotations

import os
import signal
from collections.abc import Callable
from typing import TYPE_CHECKING

from checker.baseline import Baseline
from checker.findings import NamecheckError

if TYPE_CHECKING:
    from checker.project import FileOutcome, Project, RunOptions

# below this many files a pool costs more to start than it saves
MIN_FILES_FOR_POOL = 8
POOL_CHUNK = 4

# the worker's state, set before the pool forks (or by the initializer where nothing forks)
_WORKER: dict = {}


def check_file(project: Project, path: str, options: RunOptions, baseline: Baseline,
               data: bytes | None = None, shown: str | None = None) -> FileOutcome:
    """Check (and fix) one file; every failure ends up in the outcome's errors."""
    from checker.fix import read_snapshot
    from checker.project import FileOutcome, FixMode, debugging, internal_error
    from checker.reading import read_bytes

    shown = shown or path
    cfg = project.config

    def read(p: str) -> bytes:   # within the size limit; a binary file only as far as tells so
        return read_bytes(p, cfg.max_file_size, cfg.encoding)

    try:
        snapshot = None
        if data is None and options.fix is not FixMode.NONE and options.write:
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


def _worker_init(state: dict | None) -> None:
    # Ctrl-C goes to the whole process group: the parent handles it and stops the pool, whose
    # terminate() sends SIGTERM, which must end a worker quietly
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if state is not None:
        _WORKER.update(state)
    from checker.process import settle_after_load

    settle_after_load()


def _worker_job(path: str) -> FileOutcome:
    return check_file(_WORKER["project"], path, _WORKER["options"], _WORKER["baseline"])


def run_files(project: Project, files: list[str], options: RunOptions, baseline: Baseline, *,
              stdin: Callable[[], bytes] | None = None,
              progress: Callable[[int, int], None] | None = None) -> list[FileOutcome]:
    """Check every file (STDIN through `stdin()`); outcomes in the order of `files`."""
    from checker.project import STDIN, FileOutcome

    outcomes: list[FileOutcome] = []
    disk = [f for f in files if f != STDIN]
    if STDIN in files:
        shown = options.stdin_filename or STDIN
        try:
            data = stdin() if stdin is not None else b""
        except NamecheckError as exc:
            outcomes.append(FileOutcome(shown, errors=list(exc.errors)))
        else:
            outcome = check_file(project, STDIN, options, baseline, data=data, shown=shown)
            outcome.from_stdin = True
            outcomes.append(outcome)
    jobs = project.config.jobs or os.cpu_count() or 1
    if jobs > 1 and len(disk) >= MIN_FILES_FOR_POOL:
        import multiprocessing as mp

        state = {"project": project, "options": options, "baseline": baseline}
        forking = hasattr(os, "fork")
        ctx = mp.get_context("fork") if forking else mp.get_context()
        if forking:
            _WORKER.update(state)
        with ctx.Pool(min(jobs, len(disk)), initializer=_worker_init,
                      initargs=(None if forking else state,)) as pool:
            for i, r in enumerate(pool.imap(_worker_job, disk, chunksize=POOL_CHUNK), 1):
                outcomes.append(r)
                if progress:
                    progress(i, len(disk))
        _WORKER.clear()
    else:
        for i, f in enumerate(disk, 1):
            outcomes.append(check_file(project, f, options, baseline))
            if progress:
                progress(i, len(disk))
    return outcomes
