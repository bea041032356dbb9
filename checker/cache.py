"""The on-disk cache of derived data: compiled glossaries, parsed data files, letter classes.

Every entry is named by a content key of what it was derived from, so a stale entry is never
read. An entry holds plain data only (`checker.plain`, never a pickle: reading one runs no
code), after a header with the format version and a SHA-256 checksum of the entry's name and
content; the value's own reader checks its shape. Whatever is wrong with an entry (missing,
damaged, truncated, another format or shape, not a regular file, not the user's) means the
value is computed again and the entry written anew: never a hang, a crash or a wrong answer.
Entries are opened without blocking (a FIFO at an entry's name is only a bad entry) and
written atomically (a temporary file in the same folder, renamed; removed on any failure).

A cache folder another user owns, or that others may write without the sticky bit, is not
used at all for the run (with a note): whoever could write it could choose what every later
run reads. A folder that cannot be written only costs speed. The folder is kept under a size
(NAMECHECK_CACHE_MAX_MB): the entries used least recently go first.
"""
from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from checker.errors import os_message
from checker.plain import ShapeError, pack, unpack
from checker.process import keeping_reads

T = TypeVar("T")

MAGIC = b"NCCACHE"
FORMAT_VERSION = 1           # of the header and of every value's plain form
_HEADER = len(MAGIC) + 1 + 32   # magic, version, SHA-256
# an entry is opened without following a symbolic link and without waiting for a writer
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


@dataclass(frozen=True)
class Codec(Generic[T]):
    """How one kind of cached value becomes plain data and comes back.

    `from_plain` raises ShapeError for plain data that is not such a value.
    """

    to_plain: Callable[[T], object]
    from_plain: Callable[[Any], T]
    lists: bool = False   # arrays read back as lists (parsed YAML), else as tuples


@dataclass(frozen=True)
class Note:
    """Something the cache did that a run may report: `debug` notes (an entry rebuilt, one not
    written) are worth showing only when debugging."""

    text: str
    debug: bool = False


_NOTES: list[Note] = []


def take_notes(debug: bool = False) -> list[str]:
    """The notes since the last call (debug notes too when `debug`), each once."""
    notes = [n.text for n in _NOTES if debug or not n.debug]
    _NOTES.clear()
    return notes


def _note(text: str, debug: bool = False) -> None:
    note = Note(text, debug)
    if note not in _NOTES:
        _NOTES.append(note)


def code_digest(folders: tuple[str, ...]) -> hashlib._Hash:
    """A digest of this namecheck's version, Unicode tables and the code and data files
    (.py, .yaml, .txt) in these folders of the package ('' for its top level): what a cached
    value derived by that code is keyed by, so that an upgrade never reads a stale value."""
    import unicodedata

    from checker import __version__

    h = hashlib.sha256(f"{__version__} {unicodedata.unidata_version}".encode())
    package = Path(__file__).parent
    for folder in folders:
        for source in sorted((package / folder).glob("*.*")):
            if source.suffix in (".py", ".yaml", ".txt"):
                h.update(source.read_bytes())
    return h


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


def entry_path(name: str) -> Path:
    """The file of the entry `name` (the format version is part of it, so that versions that
    share a folder keep their own entries)."""
    return cache_dir() / f"{name}.v{FORMAT_VERSION}"


def _uid() -> int | None:
    return os.geteuid() if hasattr(os, "geteuid") else None


def folder_problem(st: os.stat_result, uid: int | None) -> str | None:
    """Why a cache folder with this status may not be used by user `uid`, or None.

    Another user's folder, or one others may write without the sticky bit (which keeps them
    from renaming or removing our entries), could hold entries someone else chose.
    """
    if not stat.S_ISDIR(st.st_mode):
        return "not a folder"
    if uid is None:   # no owners to compare (Windows)
        return None
    if st.st_uid != uid:
        return (f"owned by another user (uid {st.st_uid}); set NAMECHECK_CACHE_DIR to a folder "
                "of your own")
    writable = st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    if writable and not st.st_mode & stat.S_ISVTX:
        who = "its group and others" if writable == stat.S_IWGRP | stat.S_IWOTH else (
            "its group" if writable == stat.S_IWGRP else "others")
        return (f"writable by {who} (mode {stat.S_IMODE(st.st_mode):o}) without the sticky bit; "
                "'chmod go-w' it")
    return None


def entry_problem(st: os.stat_result, uid: int | None) -> str | None:
    """Why an opened entry with this status may not be read by user `uid`, or None."""
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file"
    if uid is not None and st.st_uid != uid:
        return f"owned by another user (uid {st.st_uid})"
    if uid is not None and st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"writable by others (mode {stat.S_IMODE(st.st_mode):o})"
    return None


def _refused(folder: Path) -> bool:
    """Whether `folder` exists and may not be used (noted); a missing folder is no problem."""
    try:
        st = os.stat(folder)
    except FileNotFoundError:
        return False
    except OSError as exc:   # not a folder, or not ours to see: only costs speed
        _note(f"{folder}: cache folder unusable ({os_message(exc)}); caching is off for this run",
              debug=True)
        return True
    problem = folder_problem(st, _uid())
    if problem:
        _note(f"{folder}: caching is off for this run: the cache folder is {problem}")
    return problem is not None


def _checksum(name: str, payload: bytes | memoryview) -> bytes:
    digest = hashlib.sha256(name.encode("utf-8") + b"\0")
    digest.update(payload)
    return digest.digest()


def encode(name: str, plain: object) -> bytes:
    """The bytes of entry `name` holding `plain`: header (magic, version, checksum), content."""
    payload = pack(plain)
    return MAGIC + bytes([FORMAT_VERSION]) + _checksum(name, payload) + payload


def decode(name: str, data: bytes, lists: bool = False) -> Any:
    """The plain data of entry `name` from its bytes (arrays as lists with `lists`);
    ShapeError when they are not a sound entry of this format under this name."""
    if len(data) < _HEADER or not data.startswith(MAGIC):
        raise ShapeError("not a namecheck cache entry")
    version = data[len(MAGIC)]
    if version != FORMAT_VERSION:
        raise ShapeError(f"format version {version}, not {FORMAT_VERSION}")
    payload = memoryview(data)[_HEADER:]   # not copied
    if _checksum(name, payload) != data[len(MAGIC) + 1:_HEADER]:
        raise ShapeError("damaged (its checksum does not match)")
    return unpack(payload, lists)


def _read_file(path: Path) -> bytes | None:
    """The bytes of the entry at `path`, None when there is none; ShapeError when what is
    there is no file to read (a FIFO, device, folder, symbolic link, another user's file)."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        return None
    except OSError as exc:
        # ELOOP: a symbolic link (O_NOFOLLOW); EISDIR, ENXIO and others: nothing to read
        raise ShapeError(f"cannot be opened ({os_message(exc)})") from None
    with open(fd, "rb", closefd=True) as f:
        problem = entry_problem(os.fstat(fd), _uid())
        if problem:
            raise ShapeError(problem)
        data = f.read()
        if os.utime in os.supports_fd:   # its last use, for pruning (none on a read-only disk)
            with contextlib.suppress(OSError):
                os.utime(fd)
        return data


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """No cyclic garbage collection meanwhile: reading an entry makes up to millions of objects
    that all live on and hold no cycles, and the collector would walk them again and again
    while they are made. In a run that keeps them to its end (keeping_reads), they are frozen
    after: else the first collection after the read walks them all."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keeping_reads():
            gc.freeze()
        if was_on:
            gc.enable()


def read(name: str, codec: Codec[T]) -> T | None:
    """The value of entry `name`, or None when there is none that is sound (noted for
    debugging when there was one)."""
    path = entry_path(name)
    try:
        data = _read_file(path)
        if data is None:
            return None
        with _no_collection():
            return codec.from_plain(decode(name, data, codec.lists))
    except (ShapeError, OSError, ValueError, TypeError, KeyError, IndexError) as exc:
        # ValueError and the others: a reader's own checks missed a forged entry's shape
        reason = os_message(exc) if isinstance(exc, OSError) else str(exc)
        _note(f"{path}: cache entry not used: {reason}; computed again", debug=True)
        return None


def write(name: str, codec: Codec[T], value: T) -> None:
    """Keep `value` as entry `name`, atomically: a reader sees the old entry or the new one,
    and a failed write leaves nothing behind (noted for debugging)."""
    path = entry_path(name)
    try:
        data = encode(name, codec.to_plain(value))
    except (TypeError, ValueError, OverflowError) as exc:
        _note(f"{path}: not cached: {exc}", debug=True)
        return
    folder = path.parent
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if _refused(folder):   # made meanwhile by someone else
            return
        # imported here: only a run that writes an entry needs it
        import tempfile
        fd, tmp = tempfile.mkstemp(suffix=".tmp", dir=folder)   # short name, mode 600
    except OSError as exc:
        _note(f"{folder}: cache entry not written: {os_message(exc)}", debug=True)
        return
    try:
        with open(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        prune(folder, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if not isinstance(exc, OSError):
            raise
        _note(f"{path}: cache entry not written: {os_message(exc)}", debug=True)


DEFAULT_MAX_MB = 1024   # what the cache folder's entries may take, unless NAMECHECK_CACHE_MAX_MB says
_ENTRY_NAME = re.compile(r".+\.(?:v\d+|pickle)\Z")   # this and earlier versions' entries


def max_bytes() -> int:
    """What the cache folder's entries may take (NAMECHECK_CACHE_MAX_MB, in megabytes)."""
    try:
        mb = float(os.environ.get("NAMECHECK_CACHE_MAX_MB", DEFAULT_MAX_MB))
    except ValueError:
        mb = DEFAULT_MAX_MB
    return max(0, int(mb * 1024 * 1024))


def prune(folder: Path, keep: Path) -> None:
    """Remove the entries used least recently (read or written) until the folder's entries
    take at most max_bytes(); `keep`, just written, stays. Only regular files of this user
    named as entries are counted or removed (a glossary edited a hundred times leaves a hundred
    compiled entries, each named by its content)."""
    uid = _uid()
    found = []
    with contextlib.suppress(OSError), os.scandir(folder) as it:
        for e in it:
            if not _ENTRY_NAME.match(e.name):
                continue
            with contextlib.suppress(OSError):
                st = e.stat(follow_symlinks=False)
                if stat.S_ISREG(st.st_mode) and (uid is None or st.st_uid == uid):
                    found.append((st.st_mtime, st.st_size, e.path))
    total, limit = sum(size for _, size, _ in found), max_bytes()
    for _, size, path in sorted(found):
        if total <= limit:
            break
        if path != str(keep):
            with contextlib.suppress(OSError):
                os.unlink(path)
                total -= size


def cached(name: str, compute: Callable[[], T], codec: Codec[T]) -> T:
    """The value cached under `name` (holding its content key), computed and kept when there
    is no sound entry yet; computed alone when caching is off or the folder is refused."""
    if not enabled() or _refused(cache_dir()):
        return compute()
    value = read(name, codec)
    if value is None:
        value = compute()
        write(name, codec, value)
    return value
