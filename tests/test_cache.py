"""The on-disk cache: a value is computed once, read back after, and never in the way."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker import cache
from checker.datafiles import load_data
from tests.conftest import FIXTURE_GLOSSARY

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("NAMECHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NAMECHECK_NO_CACHE", raising=False)
    return tmp_path / "cache"


def test_cached_computes_once_then_reads(cache_dir):
    calls = []

    def compute():
        calls.append(1)
        return {"value": len(calls)}

    assert cache.cached("thing-1.pickle", compute) == {"value": 1}
    assert cache.cached("thing-1.pickle", compute) == {"value": 1}
    assert len(calls) == 1
    assert (cache_dir / "thing-1.pickle").is_file()
    assert not list(cache_dir.glob("*.tmp"))  # written atomically, nothing left over


def test_no_cache_computes_every_time(cache_dir, monkeypatch):
    monkeypatch.setenv("NAMECHECK_NO_CACHE", "1")
    calls = []
    for _ in range(2):
        cache.cached("thing.pickle", lambda: calls.append(1) or "x")
    assert len(calls) == 2
    assert not cache_dir.exists()


def test_damaged_entry_is_computed_again(cache_dir):
    cache_dir.mkdir()
    (cache_dir / "thing.pickle").write_bytes(b"not a pickle")
    assert cache.cached("thing.pickle", lambda: [1, 2]) == [1, 2]
    assert cache.read_pickle(cache_dir / "thing.pickle") == [1, 2]


def test_unwritable_folder_only_costs_speed(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("NAMECHECK_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.delenv("NAMECHECK_NO_CACHE", raising=False)
    assert cache.cached("thing.pickle", lambda: "value") == "value"


def test_data_file_is_keyed_by_its_content(cache_dir):
    """A shipped data file is parsed once; its cache entry is named by a hash of its bytes,
    so an edited file is parsed again."""
    first = load_data("checker.text", "homoglyphs.yaml")
    entries = list(cache_dir.glob("data-checker.text.homoglyphs.yaml-*.pickle"))
    assert len(entries) == 1
    assert cache.read_pickle(entries[0]) == first
    # what is read back is the cache entry itself
    cache.write_pickle(entries[0], {"pairs": {"marker": "x"}})
    assert load_data("checker.text", "homoglyphs.yaml") == {"pairs": {"marker": "x"}}
    # and an entry under another content key is never read for this file
    entries[0].unlink()
    cache.write_pickle(cache_dir / "data-checker.text.homoglyphs.yaml-0000000000000000.pickle",
                       {"pairs": {}})
    assert load_data("checker.text", "homoglyphs.yaml") == first


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
