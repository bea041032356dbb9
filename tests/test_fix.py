"""Tests for checker.fix: replacements, atomic writes, diffs."""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.findings import NamecheckError
from checker.fix import (
    Snapshot,
    apply_replacements,
    encodes_characterwise,
    read_snapshot,
    unified_diff,
    write_atomic,
)
from checker.text.casing import match_case

# --- a fix keeps its span's case (checker.text.casing) -------------------------------------

def test_match_case_only_touches_the_span() -> None:
    text = "Tsikhanovskaya-led opposition"
    new = apply_replacements(text, [(0, 14, match_case(text[0:14], "Tsikhanouskaya"))])
    assert new == "Tsikhanouskaya-led opposition"


# --- apply_replacements -------------------------------------------------------------------------

def test_apply_replacements_basic_and_unsorted() -> None:
    text = "Nikolai Karpenkov met Karpenkov."
    reps = [(22, 31, "Karpiankou"), (0, 7, "Mikalai"), (8, 17, "Karpiankou")]
    assert apply_replacements(text, reps) == "Mikalai Karpiankou met Karpiankou."


def test_apply_replacements_cyrillic_and_astral() -> None:
    text = "😀 Карпенков 𝔸 Николай 🇧🇾"
    start = text.index("Карпенков")
    second = text.index("Николай")
    out = apply_replacements(text, [(start, start + 9, "Карпянкоў"), (second, second + 7, "Мікалай")])
    assert out == "😀 Карпянкоў 𝔸 Мікалай 🇧🇾"
    # offsets are code points: the emoji is one, the flag two
    assert apply_replacements("😀x🇧🇾", [(1, 2, "yy")]) == "😀yy🇧🇾"
    assert apply_replacements("😀x🇧🇾", [(2, 4, "BY")]) == "😀xBY"


def test_apply_replacements_skips_overlaps() -> None:
    text = "abcdefghij"
    assert apply_replacements(text, [(2, 5, "X"), (4, 8, "Y"), (8, 9, "Z")]) == "abXfghZj"
    # the same start: the first in the list wins
    assert apply_replacements(text, [(0, 3, "1"), (0, 1, "2")]) == "1defghij"
    # a later-starting span listed first is still the one skipped
    assert apply_replacements(text, [(4, 8, "Y"), (2, 5, "X")]) == "abXfghij"


def test_apply_replacements_insertions_and_deletions() -> None:
    assert apply_replacements("ab", [(1, 1, "-"), (2, 2, "!"), (0, 0, ">")]) == ">a-b!"
    assert apply_replacements("abc", [(0, 3, "")]) == ""
    assert apply_replacements("abc", []) == "abc"


@pytest.mark.parametrize("span", [(-1, 1), (2, 1), (0, 4)])
def test_apply_replacements_rejects_bad_spans(span: tuple[int, int]) -> None:
    with pytest.raises(ValueError):
        apply_replacements("abc", [(span[0], span[1], "x")])


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@st.composite
def text_and_replacements(draw):
    text = draw(_text)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=12)))
    spans = []
    for i in range(0, len(cuts) - 1, 2):
        spans.append((cuts[i], cuts[i + 1], draw(_text)))
    order = draw(st.permutations(range(len(spans))))
    return text, [spans[i] for i in order]


@settings(max_examples=300, deadline=None, database=None)
@given(text_and_replacements())
def test_apply_replacements_keeps_everything_outside(case) -> None:
    text, reps = case
    out = apply_replacements(text, reps)
    pos_in = pos_out = 0
    # sorted by start, same start in list order: what the function promises to apply
    for _, (start, end, new) in sorted(enumerate(reps), key=lambda item: (item[1][0], item[0])):
        if start < pos_in:
            continue
        gap = text[pos_in:start]
        assert out[pos_out:pos_out + len(gap)] == gap
        pos_out += len(gap)
        assert out[pos_out:pos_out + len(new)] == new
        pos_out += len(new)
        pos_in = end
    assert out[pos_out:] == text[pos_in:]


@settings(max_examples=200, deadline=None, database=None)
@given(_text, st.data())
def test_apply_replacements_identity_replacements_change_nothing(text, data) -> None:
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=10)))
    reps = [(a, b, text[a:b]) for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    assert apply_replacements(text, reps) == text


# --- write_atomic -------------------------------------------------------------------------------

def listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


@pytest.mark.parametrize("mode", [0o640, 0o755, 0o600, 0o444])
def test_write_atomic_keeps_the_mode(tmp_path: Path, mode: int) -> None:
    p = tmp_path / "doc.md"
    p.write_bytes(b"old")
    os.chmod(p, mode)
    write_atomic(str(p), "новы тэкст".encode())
    assert p.read_bytes() == "новы тэкст".encode()
    assert stat.S_IMODE(os.stat(p).st_mode) == mode
    assert listing(tmp_path) == ["doc.md"]


def test_write_atomic_replaces_the_inode(tmp_path: Path) -> None:
    p = tmp_path / "doc.md"
    p.write_bytes(b"old")
    before = os.stat(p).st_ino
    with open(p, "rb") as other:
        write_atomic(str(p), b"new")
        assert other.read() == b"old"  # readers of the old file see a whole old file
    assert p.read_bytes() == b"new" and os.stat(p).st_ino != before


def test_write_atomic_writes_through_a_symlink(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "doc.md"
    target.write_bytes(b"old")
    os.chmod(target, 0o664)
    link = tmp_path / "link.md"
    os.symlink(os.path.join("real", "doc.md"), link)
    chain = tmp_path / "chain.md"
    os.symlink("link.md", chain)
    write_atomic(str(link), b"via link")
    assert os.path.islink(link) and os.readlink(link) == os.path.join("real", "doc.md")
    assert target.read_bytes() == b"via link"
    write_atomic(str(chain), b"via chain")
    assert os.path.islink(chain) and os.path.islink(link)
    assert target.read_bytes() == b"via chain"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o664
    assert listing(tmp_path) == ["chain.md", "link.md", "real"]
    assert listing(tmp_path / "real") == ["doc.md"]


def test_write_atomic_relative_path_and_new_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    old = os.umask(0o027)
    try:
        write_atomic("fresh.md", b"x")
    finally:
        os.umask(old)
    assert Path("fresh.md").read_bytes() == b"x"
    assert stat.S_IMODE(os.stat("fresh.md").st_mode) == 0o640
    assert listing(tmp_path) == ["fresh.md"]


@pytest.mark.parametrize("failing", ["fsync", "replace", "write", "fchmod"])
def test_failed_write_leaves_the_original_intact(tmp_path: Path, monkeypatch, failing: str) -> None:
    p = tmp_path / "doc.md"
    p.write_bytes(b"original")
    os.chmod(p, 0o640)

    def boom(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, failing, boom)
    with pytest.raises(NamecheckError) as exc:
        write_atomic(str(p), b"new content")
    monkeypatch.undo()
    assert exc.value.errors[0].path == str(p)
    assert "No space left on device" in exc.value.errors[0].message
    assert p.read_bytes() == b"original"
    assert stat.S_IMODE(os.stat(p).st_mode) == 0o640
    assert listing(tmp_path) == ["doc.md"]


def test_interrupted_write_cleans_up(tmp_path: Path, monkeypatch) -> None:
    p = tmp_path / "doc.md"
    p.write_bytes(b"original")

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(str(p), b"new")
    monkeypatch.undo()
    assert p.read_bytes() == b"original" and listing(tmp_path) == ["doc.md"]


def test_write_atomic_into_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(NamecheckError) as exc:
        write_atomic(str(tmp_path / "no" / "doc.md"), b"x")
    assert "No such file or directory" in str(exc.value)


# --- unified_diff -------------------------------------------------------------------------------

def test_unified_diff_headers_and_hunks() -> None:
    d = unified_diff("docs/a.md", "one\nKarpenkov\nthree\n", "one\nKarpiankou\nthree\n")
    assert d.splitlines() == ["--- a/docs/a.md", "+++ b/docs/a.md", "@@ -1,3 +1,3 @@", " one",
                              "-Karpenkov", "+Karpiankou", " three"]


def test_unified_diff_equal_is_empty() -> None:
    assert unified_diff("a.md", "same\n", "same\n") == ""


def test_unified_diff_keeps_crlf() -> None:
    d = unified_diff("a.md", "one\r\nKarpenkov\r\n", "one\r\nKarpiankou\r\n")
    assert "-Karpenkov\r\n+Karpiankou\r\n" in d
    assert d.startswith("--- a/a.md\n+++ b/a.md\n")


def test_unified_diff_missing_final_newline() -> None:
    d = unified_diff("a.md", "x\nKarpenkov", "x\nKarpiankou")
    assert d.endswith("-Karpenkov\n\\ No newline at end of file\n"
                      "+Karpiankou\n\\ No newline at end of file\n")


def test_unified_diff_splits_only_at_newlines() -> None:
    d = unified_diff("a.md", "a\u2028Karpenkov\x0c\n", "a\u2028Karpiankou\x0c\n")
    assert "-a\u2028Karpenkov\x0c\n+a\u2028Karpiankou\x0c\n" in d



# --- long names, special files, what a file was when it was read -------------------------------

@pytest.mark.parametrize("name", ["a" * 246 + ".txt", "ў" * 123 + ".md", "x" * 255])
def test_write_atomic_keeps_a_long_name_within_name_max(tmp_path: Path, name: str) -> None:
    p = tmp_path / name
    p.write_bytes(b"old")
    write_atomic(str(p), b"new")
    assert p.read_bytes() == b"new"
    assert listing(tmp_path) == [name]


def test_write_atomic_never_replaces_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(NamecheckError) as exc:
        write_atomic(str(fifo), b"new")
    assert exc.value.errors[0].message == "not a regular file; not replaced"
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and listing(tmp_path) == ["pipe.txt"]


def test_write_atomic_into_a_fifo_without_a_reader_fails_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(NamecheckError) as exc:
        write_atomic(str(fifo), b"new", into_special=True)
    assert str(exc.value) == f"{fifo}: cannot write: no process reads the FIFO"
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_write_atomic_writes_into_a_fifo_someone_reads(tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    got: list[bytes] = []
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)   # a reader is there before the write
    reader = threading.Thread(target=lambda: got.append(_read_all(fd)))
    write_atomic(str(fifo), b"baseline", into_special=True)
    reader.start()
    reader.join(10)
    assert got == [b"baseline"] and stat.S_ISFIFO(os.stat(fifo).st_mode)


def _read_all(fd: int) -> bytes:
    os.set_blocking(fd, True)
    try:
        out = b""
        while chunk := os.read(fd, 4096):
            out += chunk
        return out
    finally:
        os.close(fd)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="making a device node needs root")
def test_write_atomic_never_replaces_a_device(tmp_path: Path) -> None:
    null = tmp_path / "null"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))   # the null device, in tmp_path
    with pytest.raises(NamecheckError):
        write_atomic(str(null), b"new")
    write_atomic(str(null), b"new", into_special=True)    # written into, as /dev/null is
    assert stat.S_ISCHR(os.stat(null).st_mode) and listing(tmp_path) == ["null"]


def test_read_snapshot_notes_what_was_read(tmp_path: Path) -> None:
    p = tmp_path / "doc.txt"
    p.write_bytes(b"Nikolai Karpenkov\n")
    data, snap = read_snapshot(str(p), lambda path: Path(path).read_bytes())
    assert data == b"Nikolai Karpenkov\n"
    assert snap.regular and snap.steady and snap.size == len(data)
    assert snap.same_file(os.stat(p))


def test_read_snapshot_of_a_file_written_while_it_was_read(tmp_path: Path) -> None:
    p = tmp_path / "doc.txt"
    p.write_bytes(b"Nikolai Karpenkov\n")

    def read_while_someone_writes(path: str) -> bytes:
        data = Path(path).read_bytes()
        p.write_bytes(b"Nikolai Karpenkov and more\n")
        return data

    _, snap = read_snapshot(str(p), read_while_someone_writes)
    assert not snap.steady
    with pytest.raises(NamecheckError):
        write_atomic(str(p), b"fixed", expect=snap)
    assert p.read_bytes() == b"Nikolai Karpenkov and more\n"


def _snapshot(p: Path) -> Snapshot:
    return read_snapshot(str(p), lambda path: Path(path).read_bytes())[1]


def test_write_atomic_with_expect_writes_over_the_same_bytes(tmp_path: Path) -> None:
    p = tmp_path / "doc.txt"
    p.write_bytes(b"old")
    write_atomic(str(p), b"new", expect=_snapshot(p))
    assert p.read_bytes() == b"new"


@pytest.mark.parametrize("edit", ["same size and time", "shorter", "longer", "replaced", "removed"])
def test_write_atomic_with_expect_leaves_a_changed_file_alone(tmp_path: Path, edit: str) -> None:
    p = tmp_path / "doc.txt"
    p.write_bytes(b"Nikolai Karpenkov\n")
    snap = _snapshot(p)
    st = os.stat(p)
    if edit == "same size and time":   # only the hash tells it
        with open(p, "r+b") as fh:
            fh.write(b"M")
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
        expected: bytes | None = b"Mikolai Karpenkov\n"
    elif edit == "shorter":
        p.write_bytes(b"Nik\n")
        expected = b"Nik\n"
    elif edit == "longer":
        p.write_bytes(b"Nikolai Karpenkov\nand a new line\n")
        expected = b"Nikolai Karpenkov\nand a new line\n"
    elif edit == "replaced":
        (tmp_path / "other").write_bytes(b"Nikolai Karpenkov\n")
        os.replace(tmp_path / "other", p)
        expected = b"Nikolai Karpenkov\n"
    else:
        p.unlink()
        expected = None
    with pytest.raises(NamecheckError) as exc:
        write_atomic(str(p), b"Mikalai Karpiankou\n", expect=snap)
    assert exc.value.errors[0].message == "changed while it was being checked; not fixed (run again)"
    assert (p.read_bytes() if p.exists() else None) == expected
    assert listing(tmp_path) == ([] if expected is None else ["doc.txt"])


def test_write_atomic_checks_the_bytes_again_just_before_replacing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "doc.txt"
    p.write_bytes(b"old")
    snap = _snapshot(p)
    real_fsync = os.fsync

    def someone_writes_meanwhile(fd: int) -> None:
        real_fsync(fd)
        if os.fstat(fd).st_ino != os.stat(p).st_ino:   # the temporary file, not the folder
            with open(p, "r+b") as fh:
                fh.write(b"OLD")

    monkeypatch.setattr(os, "fsync", someone_writes_meanwhile)
    with pytest.raises(NamecheckError):
        write_atomic(str(p), b"new", expect=snap)
    assert p.read_bytes() == b"OLD" and listing(tmp_path) == ["doc.txt"]


@pytest.mark.skipif(os.name != "posix", reason="flock")
def test_write_atomic_waits_for_a_lock_and_then_gives_up(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import fcntl

    import checker.fix

    p = tmp_path / "doc.txt"
    p.write_bytes(b"old")
    snap = _snapshot(p)
    monkeypatch.setattr(checker.fix, "LOCK_WAIT", 0.2)
    with open(p, "rb") as holder:
        fcntl.flock(holder.fileno(), fcntl.LOCK_EX)   # another process holds the file
        with pytest.raises(NamecheckError) as exc:
            write_atomic(str(p), b"new", expect=snap)
    assert exc.value.errors[0].message == "locked by another process; not fixed (run again)"
    assert p.read_bytes() == b"old" and listing(tmp_path) == ["doc.txt"]
    write_atomic(str(p), b"new", expect=snap)   # the lock let go
    assert p.read_bytes() == b"new"


def test_write_atomic_with_the_snapshot_of_a_fifo_writes_nothing(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    snap = Snapshot(regular=False, device=0, inode=0, size=0, mtime_ns=0, digest="")
    with pytest.raises(NamecheckError) as exc:
        write_atomic(str(fifo), b"new", expect=snap)
    assert "not a regular file" in exc.value.errors[0].message
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


# --- encodings a fix can be written in -----------------------------------------------------------

@pytest.mark.parametrize("text, encoding, bom", [
    ("Nikolai Karpenkov, Мікалай Карпянкоў 🙂\r\n", "utf-8", b""),
    ("Nikolai Karpenkov, Мікалай Карпянкоў 🙂\r\n", "utf-8", b"\xef\xbb\xbf"),
    ("Nikolai Karpenkov, Мікалай Карпянкоў 🙂\r\n", "utf-16-le", b"\xff\xfe"),
    ("Николай Карпенков\n", "cp1251", b""),
    ("Николай Карпенков\n", "koi8-r", b""),
    ("Nikolai Karpenkov 東京\n", "shift_jis", b""),
])
def test_encodes_characterwise(text: str, encoding: str, bom: bytes) -> None:
    assert encodes_characterwise(text, encoding, bom, bom + text.encode(encoding))


@pytest.mark.parametrize("data, encoding", [
    (b"caf+AOk- and +AOkA6Q-", "utf-7"),          # the same text written another way
    (b"say +ACI-hi+ACI-", "utf-7"),                # a quotation mark written shifted
    ("Nikolai 東京 Karpenkov".encode("iso2022_jp"), "iso2022_jp"),
])
def test_a_codec_that_does_not_write_characters_alone_is_not_characterwise(
        data: bytes, encoding: str) -> None:
    assert not encodes_characterwise(data.decode(encoding), encoding, b"", data)


def test_encodes_characterwise_wants_the_bom_and_every_character() -> None:
    assert not encodes_characterwise("abc", "utf-8", b"\xef\xbb\xbf", b"abc")
    assert not encodes_characterwise("Ўладзімір", "cp1252", b"", b"?")
