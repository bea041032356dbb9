"""Reading inputs within bounds: no file costs more than its first bytes to be told binary,
no stream or device grows without end, and no FIFO keeps a run waiting.

A document is read in chunks. Reading stops at the first sign that it is binary (a NUL in its
first 8 KiB, a run of NULs further on, a hole in a sparse file): the bytes read so far are
enough for `checker.formats.is_binary` to say so. Reading stops with an error past the size
limit (`max-file-size`), whatever the input: a regular file, a FIFO, a device such as
/dev/zero, or standard input. Files that must be regular files (configuration, glossary,
baseline, .gitignore) are refused when they are not, before anything waits on them.
"""
from __future__ import annotations

import os
import re
import select
import stat
import sys
import time
from collections.abc import Callable
from typing import BinaryIO, TextIO

from checker.errors import InputError, NamecheckError, os_message

DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024
CHUNK = 1024 * 1024
# how long a FIFO named to be checked may wait for a process to write into it (seconds)
FIFO_WAIT = 1.0

_UNITS = {"k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|b|bytes?)?\s*", re.IGNORECASE)


def parse_size(text: str) -> int:
    """Bytes from a size as people write it: '64M', '64 MiB', '512k', '1.5G', '65536' (k, M and
    G are powers of 1024); ValueError when it is not one."""
    m = _SIZE.fullmatch(text)
    if m is None:
        raise ValueError(f"not a size: {text!r}")
    return int(float(m.group(1)) * _UNITS.get((m.group(2) or "").lower(), 1))


def format_size(size: int) -> str:
    """A size exactly, in the largest unit that writes it whole ('64 MiB', '1536 KiB')."""
    for unit, factor in (("GiB", 1024 ** 3), ("MiB", 1024 ** 2), ("KiB", 1024)):
        if size and size % factor == 0:
            return f"{size // factor} {unit}"
    return f"{size} bytes"


def file_kind(mode: int) -> str:
    """What a file that is not a regular file or folder is, in words (its `st_mode`)."""
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode):
        return "character device"
    if stat.S_ISBLK(mode):
        return "block device"
    if stat.S_ISDIR(mode):
        return "folder"
    return "unknown type"


def too_large(path: str, max_size: int) -> NamecheckError:
    """The error for an input past the size limit."""
    return NamecheckError(InputError(path, f"larger than {format_size(max_size)} "
                                           "(set max-file-size)"))


def read_bytes(path: str, max_size: int = DEFAULT_MAX_FILE_SIZE,
               encoding: str | None = None) -> bytes:
    """The bytes of the document at `path` (a file, FIFO or device; '-': standard input), read
    within bounds.

    A binary document comes back cut short: its first bytes and the first run of NULs they
    lead to (a sparse file's first hole is read where it is, without reading up to it), which
    `is_binary(data, encoding)` tells from text. NamecheckError when it cannot be read, is
    larger than `max_size`, or is a FIFO no process writes into.
    """
    from checker.formats.encoding import BINARY_PROBE, NUL_RUN, is_binary

    if path == "-":
        return read_stream(sys.stdin.buffer, path, max_size, encoding)
    fd = _open(path)
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise NamecheckError(InputError(path, "Is a directory"))
        first, first_read = b"", BINARY_PROBE
        if stat.S_ISREG(st.st_mode):
            head = os.read(fd, BINARY_PROBE)
            if is_binary(head, encoding):
                return head
            hole = _first_hole(fd, st)
            if hole is not None:   # a hole reads as NULs: binary, whatever lies before it
                return head + os.pread(fd, len(NUL_RUN), hole)
            if len(head) < BINARY_PROBE:   # the whole file, short of a block
                first, first_read = head, CHUNK
            else:   # from the start again, at once when within the limit (no copy), else in chunks
                os.lseek(fd, 0, os.SEEK_SET)
                first_read = st.st_size + 1 if st.st_size <= max_size else CHUNK
        else:
            if stat.S_ISFIFO(st.st_mode):
                first = _first_bytes_of_fifo(fd, path)
            os.set_blocking(fd, True)   # a device, or a FIFO with a writer: wait for its bytes
        return _read_within(lambda n: os.read(fd, n), path, max_size, encoding,
                            classify=True, first=first, first_read=first_read)
    except OSError as exc:
        raise NamecheckError(InputError(path, os_message(exc))) from None
    finally:
        os.close(fd)


def read_stream(stream: BinaryIO, path: str, max_size: int = DEFAULT_MAX_FILE_SIZE,
                encoding: str | None = None, *, classify: bool = True) -> bytes:
    """The bytes of an open stream (standard input), read as `read_bytes` reads a file:
    cut short when `classify` and they are binary, NamecheckError past `max_size`."""
    try:
        return _read_within(stream.read, path, max_size, encoding, classify=classify)
    except OSError as exc:
        raise NamecheckError(InputError(path, os_message(exc))) from None


def read_stdin(stdin: TextIO, max_size: int = DEFAULT_MAX_FILE_SIZE,
               encoding: str | None = None, *, classify: bool = True) -> bytes:
    """The bytes of standard input as `read_stream` reads them ('-' in errors); a text stream
    without a byte buffer under it (a test's) is read as UTF-8."""
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return read_stream(buffer, "-", max_size, encoding, classify=classify)
    text = stdin.read(max_size + 1)
    data = text.encode("utf-8")
    if len(text) > max_size or len(data) > max_size:
        raise too_large("-", max_size)
    return data


def take_stdin(stdin: Callable[[], bytes] | None) -> tuple[bytes, list[InputError]]:
    """What a run reads from standard input through `stdin()` (nothing without one), or the
    input errors reading it gave: either is that input's outcome, never the run's end."""
    try:
        return (stdin() if stdin is not None else b""), []
    except NamecheckError as exc:
        return b"", list(exc.errors)


def read_regular(path: str) -> bytes:
    """The bytes of a file that must be a regular file (a configuration, glossary, baseline or
    .gitignore file). OSError when it cannot be opened; NamecheckError when it is not a
    regular file (a FIFO is refused before anything waits for a writer)."""
    fd = _open(path, wrap=False)
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(21, "Is a directory", path)
        if not stat.S_ISREG(st.st_mode):
            raise NamecheckError(InputError(path, f"not a regular file ({file_kind(st.st_mode)})"))
        chunks = []
        while chunk := os.read(fd, max(CHUNK, st.st_size + 1)):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _open(path: str, wrap: bool = True) -> int:
    # not blocking: opening a FIFO for reading would wait for a writer; no controlling terminal
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | \
        getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        return os.open(path, flags)
    except OSError as exc:
        if not wrap:
            raise
        raise NamecheckError(InputError(path, os_message(exc))) from None


def _first_hole(fd: int, st: os.stat_result) -> int | None:
    """Where the first hole of a sparse file is (it reads as NULs), or None: a file with as
    many blocks as its size has none, and a file system that cannot tell says none."""
    blocks = getattr(st, "st_blocks", None)
    seek_hole = getattr(os, "SEEK_HOLE", None)
    if blocks is None or seek_hole is None or blocks * 512 >= st.st_size:
        return None
    try:
        hole = os.lseek(fd, 0, seek_hole)
        os.lseek(fd, 0, os.SEEK_SET)
    except OSError:
        return None
    return hole if hole < st.st_size else None


def _first_bytes_of_fifo(fd: int, path: str) -> bytes:
    """What a FIFO opened without blocking holds once a process writes into it: its first
    bytes, or none when the writer has written nothing yet (or came and went writing nothing).
    NamecheckError when no process writes into it within FIFO_WAIT seconds: a FIFO nobody
    writes into would keep the run waiting for ever."""
    deadline = time.monotonic() + FIFO_WAIT
    while True:
        try:
            first = os.read(fd, CHUNK)   # with no writer, b"" at once; with one, bytes or EAGAIN
        except BlockingIOError:
            return b""
        if first:
            return first
        left = deadline - time.monotonic()
        if left <= 0:
            raise NamecheckError(InputError(path, "nothing to read: no process writes into "
                                                  "this FIFO"))
        # readable once a writer writes, or writes nothing and goes
        ready, _, _ = select.select([fd], [], [], min(left, 0.05))
        if ready:
            try:
                return os.read(fd, CHUNK)
            except BlockingIOError:
                return b""


def _read_within(read: Callable[[int], bytes], path: str, max_size: int,
                 encoding: str | None, *, classify: bool, first: bytes = b"",
                 first_read: int | None = None) -> bytes:
    """`first`, then what `read(n)` gives, up to the end, the first sign of a binary file (when
    `classify`), or past `max_size` (NamecheckError). `first_read` bytes are asked first (the
    first block when classifying), CHUNK after; a whole read in one chunk comes back uncopied."""
    from checker.formats.encoding import BINARY_PROBE, NUL_RUN, is_binary

    chunks: list[bytes] = []
    size = 0
    head = b""     # the first BINARY_PROBE bytes, gathered until they can be told
    tail = b""     # the bytes before this chunk where a run of NULs across it may start
    chunk = first
    want = first_read or (BINARY_PROBE if classify else CHUNK)
    while True:
        if chunk:
            chunks.append(chunk)
            size += len(chunk)
            if classify:
                if len(head) < BINARY_PROBE:
                    head += chunk[:BINARY_PROBE - len(head)]
                    if len(head) == BINARY_PROBE and is_binary(head, encoding):
                        return _joined(chunks)
                end = _nul_run_end(tail, chunk, NUL_RUN)
                if end is not None:
                    return _joined(chunks)[:size - len(chunk) + end]
                tail = (tail + chunk[-len(NUL_RUN):])[-len(NUL_RUN):]
            if size > max_size:
                raise too_large(path, max_size)
        chunk = read(min(want, max_size + 1 - size))
        want = CHUNK
        if not chunk:
            return _joined(chunks)


def _nul_run_end(tail: bytes, chunk: bytes, run: bytes) -> int | None:
    """Where in `chunk` the first `run` of NULs ends, counting one that starts in `tail` (the
    bytes before it); None when there is none."""
    across = (tail + chunk[:len(run) - 1]).find(run)
    if across >= 0:
        return across + len(run) - len(tail)
    at = chunk.find(run)
    return None if at < 0 else at + len(run)


def _joined(chunks: list[bytes]) -> bytes:
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)
