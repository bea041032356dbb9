"""Applying fixes: case matching, span replacement, what a file was when it was read, atomic
writes over exactly those bytes, and diffs."""
from __future__ import annotations

import contextlib
import difflib
import errno
import hashlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from checker.errors import InputError, NamecheckError, os_message

try:
    import fcntl
except ImportError:   # Windows: no advisory locks
    fcntl = None  # type: ignore[assignment]

def apply_replacements(text: str, replacements: list[tuple[int, int, str]]) -> str:
    """`text` with each [start, end) code-point span replaced.

    Spans are taken in order of start (ties: list order); a span overlapping one already
    taken is skipped. Text outside the taken spans is unchanged.
    """
    ordered = sorted(enumerate(replacements), key=lambda item: (item[1][0], item[0]))
    out: list[str] = []
    pos = 0
    for _, (start, end, new) in ordered:
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"replacement span [{start}, {end}) is outside the text "
                             f"(length {len(text)})")
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(new)
        pos = end
    out.append(text[pos:])
    return "".join(out)


# codecs that write every character alone, whatever its neighbours: no test needed
_CHARACTERWISE = frozenset({"utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"})


def encodes_characterwise(text: str, encoding: str, bom: bytes, data: bytes) -> bool:
    """Whether `data` is `bom` and then each character of `text` in `encoding`, character by
    character: then a fix that changes some characters changes only their bytes. False for a
    file that does not encode back to its own bytes, or a codec whose bytes for a character
    depend on its neighbours (UTF-7 writes the same text in several ways; ISO-2022 shifts)."""
    if not data.startswith(bom):
        return False
    body = memoryview(data)[len(bom):]
    try:
        if encoding in _CHARACTERWISE:
            return body == text.encode(encoding)
        each = {ch: ch.encode(encoding) for ch in set(text)}
    except (UnicodeError, LookupError):
        return False
    return body == b"".join(map(each.__getitem__, text))


CHANGED = "changed while it was being checked; not fixed (run again)"
NOT_REGULAR = "not a regular file; not fixed in place (--diff shows the fixes)"
LOCKED = "locked by another process; not fixed (run again)"
TEMP_SUFFIX = ".namecheck-tmp"
TEMP_RANDOM = 8            # the letters tempfile.mkstemp adds to a name
DEFAULT_NAME_MAX = 255     # bytes in a file name, where the system does not say
LOCK_WAIT = 10.0           # seconds to wait for another process's lock on a file to be fixed


def digest(data: bytes) -> str:
    """The hash that tells one file content from another."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@dataclass(frozen=True)
class Snapshot:
    """A file as it was read for a check: a fix is written over exactly these bytes or not at
    all. `steady` is false when the file changed while it was being read."""

    regular: bool
    device: int
    inode: int
    size: int
    mtime_ns: int
    digest: str
    steady: bool = True

    def same_file(self, st: os.stat_result) -> bool:
        """Whether `st` is this file with the size and time it had when it was read."""
        return (stat.S_ISREG(st.st_mode), st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns) == (
            True, self.device, self.inode, self.size, self.mtime_ns)


def read_snapshot(path: str, read: Callable[[str], bytes]) -> tuple[bytes, Snapshot]:
    """`read(path)`, and what the file was when it was read (NamecheckError when it cannot be
    stat-ed); a file written to while it was read is not `steady`."""
    try:
        before = os.stat(path)
        data = read(path)
        after = os.stat(path)
    except OSError as exc:
        raise NamecheckError(InputError(path, os_message(exc))) from None
    regular = stat.S_ISREG(before.st_mode)
    snap = Snapshot(regular, before.st_dev, before.st_ino, before.st_size, before.st_mtime_ns,
                    digest(data))
    steady = regular and snap.same_file(after) and len(data) == before.st_size
    return data, snap if steady else Snapshot(regular, snap.device, snap.inode, snap.size,
                                              snap.mtime_ns, snap.digest, steady=False)


@contextlib.contextmanager
def _while_unchanged(target: str, expect: Snapshot) -> Iterator[str | None]:
    """None when the file at `target` still holds the bytes of `expect` (same file, size, time
    and content), else why it may not be replaced; held under an exclusive lock while the
    caller replaces it: another namecheck run fixing the same file waits, then finds it
    replaced."""
    try:
        fh = open(target, "rb")  # noqa: SIM115 (held open, and locked, for the caller's replace)
    except OSError:
        yield CHANGED
        return
    with fh:
        if not _lock(fh.fileno()):
            yield LOCKED
            return
        try:
            same = expect.same_file(os.fstat(fh.fileno())) and expect.same_file(os.stat(target))
            data = fh.read(expect.size + 1) if same else b""  # more than the size: it grew
        except OSError:
            same = False
        yield None if same and len(data) == expect.size and digest(data) == expect.digest \
            else CHANGED


def _lock(fd: int) -> bool:
    """Take an exclusive lock on an open file, waiting at most LOCK_WAIT seconds for another
    holder (another namecheck run replacing the same file takes milliseconds); True also where
    the system or file system has no locks."""
    if fcntl is None:
        return True
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        except OSError:   # a file system without locks
            return True


def _default_mode() -> int:
    # os.umask can only be read by setting it; /proc avoids that race where available
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _temp_prefix(folder: str, name: str) -> str:
    """'.name.' for the temporary file beside `name`, the name cut so that the whole temporary
    name stays within the folder's longest file name (a name of 250 bytes is still fixable)."""
    try:
        name_max = os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):   # AttributeError: no pathconf (Windows)
        name_max = DEFAULT_NAME_MAX
    room = name_max - TEMP_RANDOM - len(TEMP_SUFFIX) - 2   # the two dots
    while name and len(os.fsencode(name)) > room:
        name = name[:-1]
    return f".{name}."


def write_atomic(path: str, data: bytes, *, expect: Snapshot | None = None,
                 into_special: bool = False) -> None:
    """Replace the file at `path` with `data` atomically, keeping its mode; a symlink is kept
    and its target is written. NamecheckError when it cannot be written (the file is unchanged).

    With `expect`, the file is replaced only if it still holds exactly the bytes it held when it
    was read (checked once more just before the replacing rename). A FIFO, device or socket is
    never replaced by a regular file: it is written into with `into_special`, else refused.
    """
    target = os.path.realpath(path) if os.path.islink(path) else path
    folder = os.path.dirname(target) or "."
    tmp: str | None = None
    fd: int | None = None
    try:
        try:
            st: os.stat_result | None = os.stat(target)
        except FileNotFoundError:
            st = None
        if expect is not None and not expect.regular:
            raise NamecheckError(InputError(path, NOT_REGULAR))
        if expect is not None and (not expect.steady or st is None or not expect.same_file(st)):
            raise NamecheckError(InputError(path, CHANGED))
        if st is not None and not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
            if not into_special:
                raise NamecheckError(InputError(path, "not a regular file; not replaced"))
            _write_into(target, data)
            return
        mode = stat.S_IMODE(st.st_mode) if st is not None else _default_mode()
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=_temp_prefix(folder, os.path.basename(target)),
                                   suffix=TEMP_SUFFIX)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fchmod(fd, mode)
        if st is not None and (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
            # only root may give a file away; keeping the mode is what matters
            with contextlib.suppress(PermissionError):
                os.fchown(fd, st.st_uid, st.st_gid)
        os.fsync(fd)
        os.close(fd)
        fd = None
        if expect is None:
            os.replace(tmp, target)
        else:
            with _while_unchanged(target, expect) as why_not:
                if why_not:
                    raise NamecheckError(InputError(path, why_not))
                os.replace(tmp, target)
        tmp = None
        _fsync_folder(folder)
    except OSError as exc:
        raise NamecheckError(InputError(path, f"cannot write: {os_message(exc)}")) from None
    finally:
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _write_into(path: str, data: bytes) -> None:
    """Write `data` into a FIFO or device as it is (no replacing, no truncating)."""
    try:
        # without a reader a FIFO would keep the open waiting: not blocking, it fails at once
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise NamecheckError(InputError(path, "cannot write: no process reads the FIFO")) from None
        raise
    try:
        os.set_blocking(fd, True)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    finally:
        os.close(fd)


def _fsync_folder(folder: str) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot fsync a folder; the data itself is already synced
    finally:
        os.close(fd)


def _lines(text: str) -> list[str]:
    # only "\n" ends a line: str.splitlines would also split at U+2028, \x0c and others
    return re.findall(r"[^\n]*\n|[^\n]+\Z", text)


def unified_diff(path: str, old: str, new: str) -> str:
    """A unified diff from `old` to `new` with `a/path` and `b/path` headers ("" when equal)."""
    if old == new:
        return ""
    shown = path.replace(os.sep, "/").lstrip("/")
    out = []
    for line in difflib.unified_diff(_lines(old), _lines(new), fromfile=f"a/{shown}",
                                     tofile=f"b/{shown}"):
        out.append(line)
        if not line.endswith("\n"):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)
