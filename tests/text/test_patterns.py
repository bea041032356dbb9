"""Patterns compiled on first use, and long patterns' compiled code kept in the cache."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker import cache
from checker.text import patterns
from checker.text.patterns import LONG, compile_pattern, lazy

# a long pattern with named and unnamed groups, flags and a class of many letters
SOURCE = (r"(?P<first>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)\s+(" + "|".join(
    f"word{i}" for i in range(60)) + r")\b(?:\s+(?P<last>\w+))?")
assert len(SOURCE) >= LONG


@pytest.fixture()
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NAMECHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NAMECHECK_NO_CACHE", raising=False)
    return tmp_path / "cache"


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("regex-*")) if folder.exists() else []


@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.IGNORECASE | re.MULTILINE])
def test_a_long_pattern_is_the_pattern_re_compiles_and_is_kept(cache_dir: Path, flags: int) -> None:
    expected = re.compile(SOURCE, flags)
    first = compile_pattern(SOURCE, flags)
    assert len(_entries(cache_dir)) == 1
    again = compile_pattern(SOURCE, flags)     # from the entry now
    for made in (first, again):
        assert made == expected               # the same source, flags and compiled code
        assert made.groupindex == expected.groupindex and made.groups == expected.groups
        m = made.search("said Élodie word42 Smith")
        assert m is not None and m.group("first", "last") == ("Élodie", "Smith")
        assert m.group(2) == "word42"


def test_a_short_pattern_is_compiled_as_ever(cache_dir: Path) -> None:
    assert compile_pattern("a|b", re.IGNORECASE) == re.compile("a|b", re.IGNORECASE)
    assert _entries(cache_dir) == []


def test_code_the_engine_refuses_is_only_a_plain_compile(cache_dir: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    compile_pattern(SOURCE)
    (entry,) = _entries(cache_dir)
    name = entry.name.rsplit(".v", 1)[0]
    flags, code, groups, groupdict, names = cache.read(name, patterns._CODE)  # type: ignore[misc]
    # a sound entry (its checksum right) whose code jumps nowhere the engine accepts
    forged = (flags, (code[0], 0xFFFF) + code[2:], groups, groupdict, names)
    cache.write(name, patterns._CODE, forged)
    assert cache.read(name, patterns._CODE) == forged
    made = compile_pattern(SOURCE)
    assert made == re.compile(SOURCE)
    assert made.search("Anna word7") is not None


def test_an_entry_of_another_shape_is_computed_again(cache_dir: Path) -> None:
    compile_pattern(SOURCE)
    (entry,) = _entries(cache_dir)
    name = entry.name.rsplit(".v", 1)[0]
    entry.write_bytes(cache.encode(name, ("not", "the", "fields")))
    assert compile_pattern(SOURCE) == re.compile(SOURCE)


def test_caching_off_compiles_without_an_entry(cache_dir: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NAMECHECK_NO_CACHE", "1")
    assert compile_pattern(SOURCE) == re.compile(SOURCE)
    assert _entries(cache_dir) == []


def test_a_lazy_pattern_compiles_on_first_use(cache_dir: Path) -> None:
    pattern = lazy(SOURCE)
    assert _entries(cache_dir) == []
    assert pattern.search("Anna word3") is not None
    assert pattern.compiled == re.compile(SOURCE)
    assert len(_entries(cache_dir)) == 1
