"""Tests for checker.reading: reading within bounds, binary and sparse files told from their
first bytes, streams and devices stopped at the size limit, FIFOs never waited on for ever."""
from __future__ import annotations

import io
import os
import sys
import threading
import time
from pathlib import Path

import pytest

from checker import reading
from checker.findings import InputError, NamecheckError
from checker.formats import is_binary
from checker.reading import (
    DEFAULT_MAX_FILE_SIZE,
    format_size,
    parse_size,
    read_bytes,
    read_regular,
    read_stdin,
    read_stream,
)

TEXT = "Mikalai Karpiankou spoke in Minsk on Monday.\n"
GIB = 1024 ** 3


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def errors_of(call, *args, **kwargs) -> list[InputError]:
    with pytest.raises(NamecheckError) as exc:
        call(*args, **kwargs)
    return exc.value.errors


# --- regular files ------------------------------------------------------------------------------

def test_a_text_file_is_read_whole(in_tmp: Path) -> None:
    (in_tmp / "a.txt").write_text(TEXT * 100_000, encoding="utf-8")   # several chunks
    assert read_bytes("a.txt") == (TEXT * 100_000).encode()
    (in_tmp / "empty.txt").write_bytes(b"")
    assert read_bytes("empty.txt") == b""


def test_missing_folder_and_unreadable_are_errors(in_tmp: Path, monkeypatch) -> None:
    assert errors_of(read_bytes, "missing.md") == [InputError("missing.md", "No such file or directory")]
    assert errors_of(read_bytes, ".") == [InputError(".", "Is a directory")]

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", deny)
    assert errors_of(read_bytes, "a.md") == [InputError("a.md", "Permission denied")]


def test_standard_input_by_its_name(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Мікалай\n".encode())))
    assert read_bytes("-") == "Мікалай\n".encode()


def test_a_binary_file_is_read_only_as_far_as_its_first_block(in_tmp: Path) -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(1 << 20).replace(b"\x00", b"\x01")
    (in_tmp / "logo.png").write_bytes(data)
    got = read_bytes("logo.png")
    assert len(got) < 64 * 1024 and data.startswith(got) and is_binary(got)


def test_text_then_nuls_stops_at_the_first_run_of_them(in_tmp: Path) -> None:
    # 9 KB of text, then NULs written out (not a hole), past the size limit: no error, binary
    with open("padded.txt", "wb") as fh:
        fh.write((TEXT * 200).encode()[:9000])
        fh.write(b"\x00" * (3 << 20))
    got = read_bytes("padded.txt", max_size=1 << 20)
    assert 9000 < len(got) <= 9000 + 64 and is_binary(got)


@pytest.mark.parametrize("text_before", [0, 9000], ids=["all-hole", "text-then-hole"])
def test_a_sparse_file_is_not_read_whole(in_tmp: Path, text_before: int) -> None:
    with open("sparse.txt", "wb") as fh:
        fh.write((TEXT * 200).encode()[:text_before])
        fh.truncate(GIB)
    if os.stat("sparse.txt").st_blocks * 512 >= GIB:
        pytest.skip("this file system writes holes out")
    started = time.perf_counter()
    got = read_bytes("sparse.txt")
    assert len(got) <= 16 * 1024 and is_binary(got)
    assert time.perf_counter() - started < 1   # a gigabyte read would take seconds


def test_a_large_text_file_is_an_error_past_the_limit(in_tmp: Path) -> None:
    (in_tmp / "big.txt").write_text(TEXT * 100, encoding="utf-8")
    assert errors_of(read_bytes, "big.txt", max_size=1024) == [
        InputError("big.txt", "larger than 1 KiB (set max-file-size)")]
    assert read_bytes("big.txt", max_size=len(TEXT) * 100) == (TEXT * 100).encode()


def test_utf16_text_is_read_whole(in_tmp: Path) -> None:
    data = "\ufeff".encode("utf-16-le") + (TEXT * 1000).encode("utf-16-le")
    (in_tmp / "a.txt").write_bytes(data)
    assert read_bytes("a.txt") == data


def test_utf32_text_is_read_whole_when_named(in_tmp: Path) -> None:
    data = (TEXT * 1000).encode("utf-32-le")
    (in_tmp / "a.txt").write_bytes(data)
    assert read_bytes("a.txt", encoding="utf-32-le") == data
    assert len(read_bytes("a.txt")) == 8192   # unnamed: NULs in its first block


# --- devices, FIFOs, streams --------------------------------------------------------------------

@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_dev_zero_is_told_binary_from_its_first_block(no_hang) -> None:
    got = read_bytes("/dev/zero")
    assert len(got) == 8192 and is_binary(got)


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null")
def test_dev_null_is_empty(no_hang) -> None:
    assert read_bytes("/dev/null") == b""


def _writer(path: Path, data: bytes, *, endless: bool = False, delay: float = 0.0) -> threading.Thread:
    def write() -> None:
        time.sleep(delay)
        try:
            with open(path, "wb") as fh:
                while True:
                    fh.write(data)
                    if not endless:
                        break
        except (BrokenPipeError, OSError):
            pass   # the reader has stopped reading

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


@pytest.fixture
def fifo(in_tmp: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(in_tmp / "pipe")
    return in_tmp / "pipe"


def test_a_fifo_with_a_writer_is_read(fifo: Path, no_hang) -> None:
    thread = _writer(fifo, TEXT.encode())
    assert read_bytes(str(fifo)) == TEXT.encode()
    thread.join()


def test_a_fifo_whose_writer_comes_a_moment_later_is_read(fifo: Path, no_hang) -> None:
    thread = _writer(fifo, TEXT.encode(), delay=0.2)
    assert read_bytes(str(fifo)) == TEXT.encode()
    thread.join()


def test_an_endless_fifo_stops_at_the_limit(fifo: Path, no_hang) -> None:
    thread = _writer(fifo, TEXT.encode() * 100, endless=True)
    assert errors_of(read_bytes, str(fifo), max_size=1 << 20) == [
        InputError(str(fifo), "larger than 1 MiB (set max-file-size)")]
    thread.join()


def test_a_fifo_without_a_writer_is_an_error_not_a_wait(fifo: Path, monkeypatch, no_hang) -> None:
    monkeypatch.setattr(reading, "FIFO_WAIT", 0.2)
    started = time.perf_counter()
    assert errors_of(read_bytes, str(fifo)) == [
        InputError(str(fifo), "nothing to read: no process writes into this FIFO")]
    assert time.perf_counter() - started < 5


class _Endless(io.RawIOBase):
    """A stream that never ends, as `yes` piped into standard input."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        line = TEXT.encode()
        n = len(buffer)
        buffer[:n] = (line * (n // len(line) + 1))[:n]
        return n


def test_an_endless_stream_stops_at_the_limit(no_hang) -> None:
    assert errors_of(read_stream, io.BufferedReader(_Endless()), "-", 1 << 20) == [
        InputError("-", "larger than 1 MiB (set max-file-size)")]


def test_a_binary_stream_stops_at_its_first_block() -> None:
    got = read_stream(io.BytesIO(b"\x00" * (1 << 20)), "-")
    assert len(got) == 8192 and is_binary(got)
    # a stream of lines to look up is not told binary, only bounded
    assert read_stream(io.BytesIO(b"a\x00b\n"), "-", classify=False) == b"a\x00b\n"


def test_standard_input_as_a_text_stream_is_bounded_too() -> None:
    stdin = io.TextIOWrapper(io.BytesIO(TEXT.encode() * 10))
    assert read_stdin(stdin) == TEXT.encode() * 10
    assert errors_of(read_stdin, io.StringIO(TEXT * 10), 100) == [
        InputError("-", "larger than 100 bytes (set max-file-size)")]


# --- files that must be regular files -----------------------------------------------------------

def test_read_regular_reads_a_file_and_refuses_a_fifo_at_once(fifo: Path, no_hang) -> None:
    Path("a.toml").write_text("jobs = 1\n", encoding="utf-8")
    assert read_regular("a.toml") == b"jobs = 1\n"
    assert errors_of(read_regular, str(fifo)) == [InputError(str(fifo), "not a regular file (FIFO)")]
    with pytest.raises(FileNotFoundError):
        read_regular("missing.toml")
    with pytest.raises(IsADirectoryError):
        read_regular(".")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_read_regular_refuses_a_device(no_hang) -> None:
    assert errors_of(read_regular, "/dev/zero") == [
        InputError("/dev/zero", "not a regular file (character device)")]


# --- sizes --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, size", [
    ("65536", 65536), ("64M", 64 << 20), ("64 MiB", 64 << 20), ("64mb", 64 << 20),
    ("512k", 512 << 10), ("1.5G", 3 << 29), ("100 bytes", 100), ("7b", 7),
])
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "M", "64 MB of text", "-1", "1e6", "64 T"])
def test_parse_size_refuses_what_is_not_a_size(text: str) -> None:
    with pytest.raises(ValueError):
        parse_size(text)


@pytest.mark.parametrize("size", [1, 1000, 1024, 1536, 64 << 20, 3 << 29, DEFAULT_MAX_FILE_SIZE])
def test_format_size_is_exact(size: int) -> None:
    assert parse_size(format_size(size)) == size


def test_format_size_words() -> None:
    assert [format_size(n) for n in (100, 1024, 1536, DEFAULT_MAX_FILE_SIZE, GIB)] == [
        "100 bytes", "1 KiB", "1536 bytes", "64 MiB", "1 GiB"]
