"""The on-disk cache: a value is computed once, read back after, never in the way, and nothing
in the cache folder can run code, hang a run or change its answers."""
from __future__ import annotations

import datetime
import os
import pickle
import stat
import subprocess
import sys
from pathlib import Path

import msgpack
import pytest

from checker import cache
from checker.cli import main
from checker.datafiles import CODEC as DATA_CODEC
from checker.datafiles import load_data
from checker.plain import need, unpack
from tests.conftest import FIXTURE_GLOSSARY, fixture_argv

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Nikolai Karpenkov spoke in Minsk and Mogilev.\n"
RUN_TIMEOUT = 120   # seconds a whole check may take here; a hang would take forever


def _codec_of_ints() -> cache.Codec[dict]:
    def from_plain(data: object) -> dict:
        need(type(data) is dict and all(type(v) is int for v in data.values()), "not ints")
        return data  # type: ignore[return-value]

    return cache.Codec(dict, from_plain)


INTS = _codec_of_ints()


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("NAMECHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NAMECHECK_NO_CACHE", raising=False)
    monkeypatch.delenv("NAMECHECK_DEBUG", raising=False)
    cache.take_notes(debug=True)   # notes of earlier tests
    return tmp_path / "cache"


def _entry_bytes(name: str, plain: object) -> bytes:
    return cache.encode(name, plain)


# -- computing, reading, writing ------------------------------------------------------------------

def test_cached_computes_once_then_reads(cache_dir):
    calls = []

    def compute():
        calls.append(1)
        return {"value": len(calls)}

    assert cache.cached("thing-1", compute, INTS) == {"value": 1}
    assert cache.cached("thing-1", compute, INTS) == {"value": 1}
    assert len(calls) == 1
    entry = cache.entry_path("thing-1")
    assert entry.parent == cache_dir and entry.is_file()
    assert entry.read_bytes().startswith(cache.MAGIC + bytes([cache.FORMAT_VERSION]))
    assert os.listdir(cache_dir) == [entry.name]   # written atomically, nothing left over


def test_the_least_recently_used_entries_go_when_the_folder_is_full(cache_dir, monkeypatch):
    big = {f"k{i}": i for i in range(3000)}   # about 20 KB an entry
    for name in ("old", "used", "other"):
        cache.cached(name, lambda: big, INTS)
    for age, name in ((300, "old"), (200, "used"), (100, "other")):
        t = datetime.datetime.now().timestamp() - age
        os.utime(cache.entry_path(name), (t, t))
    (cache_dir / "notes.txt").write_text("not an entry")   # not namecheck's: never touched
    assert cache.read("used", INTS) == big                  # a read is a use
    size = cache.entry_path("old").stat().st_size
    monkeypatch.setenv("NAMECHECK_CACHE_MAX_MB", str(2.5 * size / 1024 / 1024))
    cache.cached("new", lambda: big, INTS)   # four entries, room for two and a half
    assert sorted(os.listdir(cache_dir)) == ["new.v1", "notes.txt", "used.v1"]
    monkeypatch.setenv("NAMECHECK_CACHE_MAX_MB", "0")
    cache.cached("newest", lambda: big, INTS)   # the entry just written always stays
    assert sorted(os.listdir(cache_dir)) == ["newest.v1", "notes.txt"]


def test_the_folder_and_entries_are_the_users_alone(cache_dir):
    cache.cached("thing", lambda: {"a": 1}, INTS)
    assert stat.S_IMODE(os.stat(cache_dir).st_mode) & 0o077 == 0
    assert stat.S_IMODE(os.stat(cache.entry_path("thing")).st_mode) & 0o077 == 0


def test_no_cache_computes_every_time(cache_dir, monkeypatch):
    monkeypatch.setenv("NAMECHECK_NO_CACHE", "1")
    calls = []
    for _ in range(2):
        cache.cached("thing", lambda: calls.append(1) or {"a": 1}, INTS)
    assert len(calls) == 2
    assert not cache_dir.exists()


def test_unwritable_folder_only_costs_speed(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("NAMECHECK_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.delenv("NAMECHECK_NO_CACHE", raising=False)
    cache.take_notes(debug=True)
    assert cache.cached("thing", lambda: {"a": 1}, INTS) == {"a": 1}
    assert any("cache folder unusable" in n for n in cache.take_notes(debug=True))
    cache.cached("thing", lambda: {"a": 1}, INTS)
    assert cache.take_notes() == []   # a debug note only: nothing the user must act on


def test_a_value_plain_data_cannot_hold_is_computed_and_not_kept(cache_dir):
    assert cache.cached("thing", lambda: {"a": object()}, cache.Codec(dict, dict)) is not None
    assert not cache.entry_path("thing").exists()


def test_data_file_is_keyed_by_its_content(cache_dir):
    """A shipped data file is parsed once; its cache entry is named by a hash of its bytes,
    so an edited file is parsed again."""
    first = load_data("checker.text", "homoglyphs.yaml")
    entries = list(cache_dir.glob("data-checker.text.homoglyphs.yaml-*"))
    assert len(entries) == 1
    name = entries[0].name.rsplit(".v", 1)[0]
    assert cache.read(name, DATA_CODEC) == first
    # what is read back is the cache entry itself
    cache.write(name, DATA_CODEC, {"pairs": {"marker": "x"}})
    assert load_data("checker.text", "homoglyphs.yaml") == {"pairs": {"marker": "x"}}
    # and an entry under another content key is never read for this file
    entries[0].unlink()
    cache.write("data-checker.text.homoglyphs.yaml-0000000000000000", DATA_CODEC, {"pairs": {}})
    assert load_data("checker.text", "homoglyphs.yaml") == first


def test_data_read_back_is_the_parsed_yaml(cache_dir):
    value = {"list": [1, "two", [3.5, None]], "map": {"k": True}, "date": datetime.date(2021, 1, 5),
             "time": datetime.datetime(2021, 1, 5, 12, 30, tzinfo=datetime.UTC)}
    cache.write("data-x", DATA_CODEC, value)
    back = cache.read("data-x", DATA_CODEC)
    assert back == value and type(back["list"]) is list and type(back["list"][2]) is list


def test_warm_check_does_without_pyyaml(tmp_path, cache_dir):
    """With the compiled glossary and the data files cached, a check never imports PyYAML
    (its import is a tenth of a small file's check)."""
    doc = tmp_path / "a.md"
    doc.write_text("Nikolai Karpenkov spoke in Minsk.\n", encoding="utf-8")
    probe = ("import sys\nfrom checker.cli import main\n"
             f"code = main(['check', '--glossary', {str(FIXTURE_GLOSSARY)!r}, {str(doc)!r}, "
             f"'-o', {os.devnull!r}])\n"
             "print(code, 'yaml' in sys.modules)\n")
    env = {**os.environ, "NAMECHECK_CACHE_DIR": str(cache_dir)}
    env.pop("NAMECHECK_NO_CACHE", None)
    cold = subprocess.run([sys.executable, "-c", probe], env=env, cwd=ROOT, capture_output=True,
                          text=True, check=True)
    warm = subprocess.run([sys.executable, "-c", probe], env=env, cwd=ROOT, capture_output=True,
                          text=True, check=True)
    assert cold.stdout.split() == ["1", "True"]   # the first check parses the glossary
    assert warm.stdout.split() == ["1", "False"]


# -- whatever is in the folder, a run is right: whole runs in a fresh process --------------------

def _check(doc: Path, cache_dir: Path | None, **env_extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("NAMECHECK_NO_CACHE", "NAMECHECK_DEBUG")}
    env.update(env_extra)
    if cache_dir is None:
        env["NAMECHECK_NO_CACHE"] = "1"
    else:
        env["NAMECHECK_CACHE_DIR"] = str(cache_dir)
    return subprocess.run(
        [sys.executable, "-m", "checker", "check", "--glossary", str(FIXTURE_GLOSSARY), str(doc)],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=RUN_TIMEOUT)


@pytest.fixture()
def warm(tmp_path) -> tuple[Path, Path, str]:
    """A document, a cache folder after one run (every entry a run reads), and the findings
    of a run without any cache."""
    doc = tmp_path / "a.md"
    doc.write_text(TEXT, encoding="utf-8")
    folder = tmp_path / "cache"
    expected = _check(doc, None)
    assert expected.returncode == 1 and "NC001" in expected.stdout
    cold = _check(doc, folder)
    assert (cold.returncode, cold.stdout) == (1, expected.stdout)
    names = sorted(os.listdir(folder))
    assert any(n.startswith("compiled-") for n in names)
    assert any(n.startswith("data-") for n in names) and any(n.startswith("letters-") for n in names)
    return doc, folder, expected.stdout


def _sound(folder: Path) -> bool:
    """Whether every entry in the folder is a sound entry, rewritten after the run."""
    prefix = cache.MAGIC + bytes([cache.FORMAT_VERSION])
    return all(p.is_file() and not p.is_symlink() and p.read_bytes().startswith(prefix)
               for p in folder.iterdir() if not p.name.endswith(".pickle"))


def _pickle_that_writes(marker: Path) -> bytes:
    class Plant:
        def __reduce__(self):
            return (open, (str(marker), "w"))
    return pickle.dumps(Plant())


def test_a_planted_pickle_never_runs(warm, tmp_path):
    """A pickle that would create a file when unpickled, at every name a run reads (and at
    the names the pickle cache used), is not unpickled: the run is right and rebuilds."""
    doc, folder, expected = warm
    marker = tmp_path / "ran"
    planted = _pickle_that_writes(marker)
    for entry in list(folder.iterdir()):
        entry.write_bytes(planted)
        (folder / (entry.name.rsplit(".v", 1)[0] + ".pickle")).write_bytes(planted)
    run = _check(doc, folder)
    assert (run.returncode, run.stdout) == (1, expected)
    assert not marker.exists()
    assert _sound(folder)


def test_a_forged_entry_in_the_new_format_never_runs(warm, tmp_path):
    """Entries with a right header and checksum holding a pickle, or MessagePack extension
    data that holds one, are only damaged entries."""
    doc, folder, expected = warm
    marker = tmp_path / "ran"
    planted = _pickle_that_writes(marker)
    entries = sorted(folder.iterdir())
    for i, entry in enumerate(entries):
        name = entry.name.rsplit(".v", 1)[0]
        payload = planted if i % 2 else msgpack.packb(msgpack.ExtType(42, planted))
        entry.write_bytes(cache.MAGIC + bytes([cache.FORMAT_VERSION])
                          + cache._checksum(name, payload) + payload)
    run = _check(doc, folder)
    assert (run.returncode, run.stdout) == (1, expected)
    assert not marker.exists()
    assert _sound(folder)


@pytest.mark.parametrize("damage", ["truncated", "bit flipped", "header only", "empty",
                                    "other version", "moved"])
def test_a_damaged_entry_is_rebuilt_and_the_results_are_right(warm, damage):
    doc, folder, expected = warm
    entries = sorted(folder.iterdir())
    for entry in entries:
        data = entry.read_bytes()
        if damage == "truncated":
            data = data[:len(data) * 2 // 3]
        elif damage == "bit flipped":
            at = len(data) - len(data) // 3
            data = data[:at] + bytes([data[at] ^ 0x10]) + data[at + 1:]
        elif damage == "header only":
            data = data[:40]
        elif damage == "empty":
            data = b""
        elif damage == "other version":
            data = data[:7] + bytes([cache.FORMAT_VERSION + 1]) + data[8:]
        entry.write_bytes(data)
    if damage == "moved":   # each entry under the name of another: the checksum covers the name
        contents = [e.read_bytes() for e in entries]
        for entry, data in zip(entries, contents[1:] + contents[:1], strict=True):
            entry.write_bytes(data)
    run = _check(doc, folder)
    assert (run.returncode, run.stdout) == (1, expected)
    assert _sound(folder)


def test_an_entry_of_the_wrong_shape_is_rebuilt(warm):
    """Entries with a right header and checksum whose plain data is not what their reader
    expects (hit numbers past the hits, a list for a data file, runs out of order, a
    pattern's code as text)."""
    doc, folder, expected = warm
    for entry in folder.iterdir():
        name = entry.name.rsplit(".v", 1)[0]
        plain = unpack(entry.read_bytes()[40:])
        if name.startswith("compiled-"):
            plain["index"]["by_fold"]["hits"] = b"\xff\xff\xff\x7f" * (
                len(plain["index"]["by_fold"]["hits"]) // 4)
        elif name.startswith("data-"):
            plain = [1, 2, 3]
        elif name.startswith("regex-"):
            plain = (plain[0], tuple(map(str, plain[1])), *plain[2:])
        else:
            plain = {**plain, "upper": ((0x5A, 0x41),)}
        entry.write_bytes(_entry_bytes(name, plain))
    run = _check(doc, folder, NAMECHECK_DEBUG="1")
    assert (run.returncode, run.stdout.count("NC001")) == (1, expected.count("NC001"))
    assert "cache entry not used" in run.stdout   # debug notes, in the report
    assert _sound(folder)


def test_nothing_but_a_regular_file_is_read_and_nothing_hangs(warm, tmp_path):
    """A FIFO (no writer: opening it for reading blocks unless told not to), a folder, and
    symbolic links to a device, a FIFO and a good entry elsewhere: none is read, the run ends
    in time, and FIFOs and links give way to sound entries."""
    doc, folder, expected = warm
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    kinds = ["fifo", "folder", "link to device", "link to fifo", "link to entry"]
    for i, entry in enumerate(sorted(folder.iterdir())):
        kind = kinds[i % len(kinds)]
        if kind == "link to entry":
            (elsewhere / entry.name).write_bytes(entry.read_bytes())
        entry.unlink()
        if kind == "fifo":
            os.mkfifo(entry)
        elif kind == "folder":
            entry.mkdir()
        elif kind == "link to device":
            entry.symlink_to(os.devnull)
        elif kind == "link to fifo":
            os.mkfifo(elsewhere / f"{i}.fifo")
            entry.symlink_to(elsewhere / f"{i}.fifo")
        else:
            entry.symlink_to(elsewhere / entry.name)
    run = _check(doc, folder)   # a hang ends in TimeoutExpired
    assert (run.returncode, run.stdout) == (1, expected)
    for entry in folder.iterdir():
        assert entry.is_dir() or (entry.is_file() and not entry.is_symlink())


# -- reading and writing, one entry at a time -----------------------------------------------------

def test_an_entry_is_read_only_when_sound(cache_dir):
    cache.write("thing", INTS, {"a": 1})
    assert cache.read("thing", INTS) == {"a": 1}
    path = cache.entry_path("thing")
    good = path.read_bytes()
    for bad, reason in [(good[:-1], "checksum"), (good[:8] + bytes(32) + good[40:], "checksum"),
                        (good + b"\x00", "checksum"), (b"\x80\x04K\x01.", "not a namecheck"),
                        (_entry_bytes("thing", {"a": "two"}), "not ints"),
                        (_entry_bytes("thing", msgpack.ExtType(7, b"")), "extension type 7")]:
        path.write_bytes(bad)
        assert cache.read("thing", INTS) is None
        notes = cache.take_notes(debug=True)
        assert len(notes) == 1 and "cache entry not used" in notes[0] and reason in notes[0]


def test_a_fifo_is_never_opened_for_a_blocking_read(cache_dir):
    """In a child process, so that a blocking open would fail the test by its timeout rather
    than hang the test run."""
    cache_dir.mkdir(mode=0o700)
    os.mkfifo(cache.entry_path("thing"))
    probe = ("from checker import cache\n"
             "codec = cache.Codec(dict, dict)\n"
             "print(cache.cached('thing', lambda: {'a': 1}, codec), cache.take_notes(debug=True))\n")
    run = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                         timeout=60, env={**os.environ, "NAMECHECK_CACHE_DIR": str(cache_dir)})
    assert run.stdout.startswith("{'a': 1}") and "not a regular file" in run.stdout
    assert cache.entry_path("thing").is_file()   # the FIFO gave way to a sound entry


def test_an_entry_another_user_could_write_is_not_read(cache_dir):
    cache.write("thing", INTS, {"a": 1})
    path = cache.entry_path("thing")
    os.chmod(path, 0o666)
    assert cache.read("thing", INTS) is None
    assert "writable by others" in cache.take_notes(debug=True)[0]


def test_a_failed_write_leaves_no_temporary_file(cache_dir, monkeypatch):
    names = []

    def failing_replace(src, dst):
        names.append(Path(src).name)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cache.os, "replace", failing_replace)
    assert cache.cached("thing", lambda: {"a": 1}, INTS) == {"a": 1}
    assert os.listdir(cache_dir) == []
    assert names and len(names[0]) <= 20   # a short name, far below NAME_MAX
    assert any("No space left" in n for n in cache.take_notes(debug=True))


def test_an_interrupted_write_leaves_no_temporary_file(cache_dir, monkeypatch):
    def interrupted_replace(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(cache.os, "replace", interrupted_replace)
    with pytest.raises(KeyboardInterrupt):
        cache.write("thing", INTS, {"a": 1})
    assert os.listdir(cache_dir) == []


def test_a_long_entry_name_still_has_a_short_temporary_name(cache_dir, monkeypatch):
    seen = []
    real = os.replace

    def spying_replace(src, dst):
        seen.append(Path(src).name)
        real(src, dst)

    monkeypatch.setattr(cache.os, "replace", spying_replace)
    name = "data-" + "x" * 200
    cache.write(name, INTS, {"a": 1})
    assert cache.read(name, INTS) == {"a": 1}
    assert len(seen[0]) <= 20


# -- the folder: the user's own, or not used ------------------------------------------------------

def _stat(mode: int, uid: int) -> os.stat_result:
    return os.stat_result((mode, 0, 0, 1, uid, 0, 0, 0, 0, 0))


@pytest.mark.parametrize(("mode", "uid", "problem"), [
    (stat.S_IFDIR | 0o700, 1000, None),
    (stat.S_IFDIR | 0o755, 1000, None),
    (stat.S_IFDIR | 0o1777, 1000, None),            # sticky: others cannot replace our entries
    (stat.S_IFDIR | 0o700, 1001, "owned by another user (uid 1001)"),
    (stat.S_IFDIR | 0o777, 1000, "writable by its group and others (mode 777)"),
    (stat.S_IFDIR | 0o770, 1000, "writable by its group (mode 770)"),
    (stat.S_IFDIR | 0o702, 1000, "writable by others (mode 702)"),
    (stat.S_IFREG | 0o600, 1000, "not a folder"),
])
def test_which_folders_are_refused(mode, uid, problem):
    found = cache.folder_problem(_stat(mode, uid), 1000)
    assert found == problem if problem is None else found.startswith(problem)


@pytest.mark.parametrize(("mode", "uid", "problem"), [
    (stat.S_IFREG | 0o600, 1000, None),
    (stat.S_IFREG | 0o644, 1000, None),
    (stat.S_IFREG | 0o600, 1001, "owned by another user"),
    (stat.S_IFREG | 0o620, 1000, "writable by others"),
    (stat.S_IFIFO | 0o600, 1000, "not a regular file"),
    (stat.S_IFCHR | 0o600, 1000, "not a regular file"),
    (stat.S_IFDIR | 0o700, 1000, "not a regular file"),
])
def test_which_entries_are_refused(mode, uid, problem):
    found = cache.entry_problem(_stat(mode, uid), 1000)
    assert found == problem if problem is None else found.startswith(problem)


@pytest.mark.parametrize("mode", [0o777, 0o775, 0o733])
def test_a_folder_others_may_write_is_not_used(cache_dir, mode):
    cache_dir.mkdir()
    os.chmod(cache_dir, mode)
    calls = []
    for _ in range(2):
        assert cache.cached("thing", lambda: calls.append(1) or {"a": 1}, INTS) == {"a": 1}
    assert len(calls) == 2 and os.listdir(cache_dir) == []
    notes = cache.take_notes()   # a note for the user, once
    assert len(notes) == 1 and notes[0].startswith(f"{cache_dir}: caching is off for this run")


def test_a_sticky_folder_others_may_write_is_used(cache_dir):
    cache_dir.mkdir()
    os.chmod(cache_dir, 0o1777)
    cache.cached("thing", lambda: {"a": 1}, INTS)
    assert cache.read("thing", INTS) == {"a": 1}


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="only root can give a folder to another user here; "
                           "test_which_folders_are_refused covers the decision")
def test_a_folder_owned_by_another_user_is_not_used(cache_dir):
    cache_dir.mkdir(mode=0o700)
    cache.cached("thing", lambda: {"a": 1}, INTS)
    os.chown(cache_dir, 4242, -1)
    calls = []
    assert cache.cached("thing", lambda: calls.append(1) or {"a": 2}, INTS) == {"a": 2}
    assert calls and "owned by another user (uid 4242)" in cache.take_notes()[0]
    os.chown(cache_dir, 0, -1)
    os.chown(cache.entry_path("thing"), 4242, -1)   # an entry another user put there
    assert cache.read("thing", INTS) is None


def test_a_refused_folder_is_a_note_of_the_run_not_an_error(cache_dir, capsys):
    cache_dir.mkdir()
    os.chmod(cache_dir, 0o777)
    doc = cache_dir.parent / "a.md"
    doc.write_text(TEXT, encoding="utf-8")
    assert main(fixture_argv(["check", str(doc)])) == 1
    out = capsys.readouterr().out
    assert "NC001" in out
    assert f"note: {cache_dir}: caching is off for this run: the cache folder is writable by" in out
    assert main(fixture_argv(["lookup", "Mogilev"])) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"namecheck: note: {cache_dir}: caching is off for this run")
    assert "'chmod go-w' it" in err


def test_debug_notes_only_when_debugging(cache_dir, capsys, monkeypatch):
    cache_dir.mkdir(mode=0o700)
    cache.write("thing", INTS, {"a": 1})
    cache.entry_path("thing").write_bytes(b"damaged")
    cache.cached("thing", lambda: {"a": 1}, INTS)
    assert main(fixture_argv(["lookup", "Mogilev"])) == 0
    assert capsys.readouterr().err == ""
    cache.entry_path("thing").write_bytes(b"damaged")
    cache.cached("thing", lambda: {"a": 1}, INTS)
    monkeypatch.setenv("NAMECHECK_DEBUG", "1")
    assert main(fixture_argv(["lookup", "Mogilev"])) == 0
    assert "cache entry not used: not a namecheck cache entry" in capsys.readouterr().err
