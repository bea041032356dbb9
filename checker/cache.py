"""The on-disk cache of derived data: compiled glossaries, parsed data files, letter classes.

Every entry is named by a content key of what it was derived from, so a stale entry is never
read; a cache folder that cannot be written only costs speed.
"""
from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any


def enabled() -> bool:
    """Whether caching is on (NAMECHECK_NO_CACHE turns it off)."""
    return not os.environ.get("NAMECHECK_NO_CACHE")


def cache_dir() -> Path:
    """Where cached data is kept (NAMECHECK_CACHE_DIR, else the user's cache folder)."""
    env = os.environ.get("NAMECHECK_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "namecheck"


def read_pickle(path: Path) -> Any:
    """The value kept at `path`, or None when it is missing or unreadable."""
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return None


def write_pickle(path: Path, value: Any) -> None:
    """Keep `value` at `path`, atomically, so that a reader never sees half of it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only cache folder only costs speed


def cached(name: str, compute: Callable[[], Any]) -> Any:
    """The value cached under `name` (a file name holding its content key), computed and kept
    when not there yet, or computed alone when caching is off."""
    if not enabled():
        return compute()
    path = cache_dir() / name
    value = read_pickle(path)
    if value is None:
        value = compute()
        write_pickle(path, value)
    return value
