"""Process-wide settings for the command line's long batch runs (not used by the library)."""
from __future__ import annotations

import gc

# Young objects a cyclic collection waits for (CPython's default is 700). Checking and look-up
# make many short-lived records and almost no reference cycles.
YOUNG_THRESHOLD = 50_000


_SAVED: list[tuple[int, int, int]] = []
_KEEPING: list[bool] = []   # [True] in a run that freezes what the cache reads (start_run)


def start_run() -> None:
    """Call when a command-line run starts (not a server, which may load glossaries again):
    the larger young generation from the start, and what the cache reads from then on (the
    compiled glossary, data files), which lives until the run ends, frozen as soon as it is
    read. A small file's check then runs no cyclic collection at all (it ran about fifty,
    walking the compiled glossary up to three times)."""
    if not _SAVED:
        _SAVED.append(gc.get_threshold())
    gc.set_threshold(YOUNG_THRESHOLD, *_SAVED[0][1:])
    if not _KEEPING:
        _KEEPING.append(True)


def keeping_reads() -> bool:
    """Whether what the cache reads is frozen as it is read (start_run)."""
    return bool(_KEEPING)


def settle_after_load() -> None:
    """Call once the glossary index is loaded: it is kept for the whole run.

    The index is millions of objects. Frozen, the cyclic collector no longer walks them at each
    full collection, and with a larger young generation it runs a fiftieth as often. Measured
    on the benchmark corpus: about a fifth less time checking, the same results.
    """
    if not _SAVED:
        _SAVED.append(gc.get_threshold())
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, *_SAVED[0][1:])


def restore(keep_frozen: bool = False) -> None:
    """Undo start_run() and settle_after_load() at the end of a run, for a process that goes on
    (main() called from Python): what was frozen may be collected again, at the usual pace.
    `keep_frozen`: the process ends now, and what was frozen is left so."""
    if _SAVED:
        if not keep_frozen:
            gc.unfreeze()
        gc.set_threshold(*_SAVED.pop())
    _KEEPING.clear()
