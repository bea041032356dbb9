"""Regular expressions compiled when first used.

A module of rules holds dozens of patterns (long alternations of labels, classes of every
capital letter), and most runs need only a few of them: compiling all of them when the module
is imported was a large part of a small file's check. A `LazyPattern` is written where the
pattern is defined, like `re.compile`, and compiled by its first search.

Compiling a long pattern is mostly parsing it, in Python, and a small file's check compiles
dozens (a class of every capital letter is thousands of characters): `compile_pattern` keeps
the compiled code of a long pattern in the on-disk cache, keyed by the pattern, its flags and
the Python version, and makes the pattern from it the way `re.compile` itself does. An entry
that the regular-expression engine refuses, or any Python where that is not possible, is
only the plain `re.compile` again.
"""
from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # what re.compile makes a pattern with
import hashlib
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

from checker.cache import Codec, cached
from checker.plain import ShapeError, need, only

# below this length a pattern compiles faster than its cache entry is read
LONG = 200

# what the engine makes a pattern of: flags, code, groups, group names to numbers and back
_Code = tuple[int, tuple[int, ...], int, dict[str, int], tuple[str | None, ...]]


def _code_of(source: str, flags: int) -> _Code:
    """What `re.compile` hands the engine for `source`: flags, code, groups and their names."""
    parsed = re._parser.parse(source, flags)  # type: ignore[attr-defined]
    code = re._compiler._code(parsed, flags)  # type: ignore[attr-defined]
    state = parsed.state
    names: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        names[index] = name
    return (flags | state.flags, tuple(code), state.groups - 1, dict(state.groupdict),
            tuple(names))


def _from_plain(value: Any) -> _Code:
    need(type(value) is tuple and len(value) == 5, "compiled pattern: not five fields")
    flags, code, groups, groupdict, names = value
    need(type(flags) is int and type(groups) is int and type(code) is tuple
         and only(code, int) and type(groupdict) is dict and only(groupdict, str)
         and only(groupdict.values(), int) and type(names) is tuple
         and only(names, str, type(None)), "compiled pattern: not its fields' types")
    return value  # type: ignore[no-any-return]


_CODE = Codec(to_plain=lambda v: v, from_plain=_from_plain)


def compile_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`; a long pattern's compiled code comes from the on-disk
    cache (parsed once per Python and pattern, not once per run)."""
    if len(source) < LONG or flags & re.DEBUG:
        return re.compile(source, flags)
    key = hashlib.sha256(
        f"{sys.version}\0{_sre.MAGIC}\0{flags}\0{source}".encode()).hexdigest()[:40]
    try:
        all_flags, code, groups, groupdict, names = cached(
            f"regex-{key}", lambda: _code_of(source, flags), _CODE)
        return _sre.compile(source, all_flags, list(code), groups,  # type: ignore[no-any-return]
                            groupdict, names)
    except (ShapeError, RuntimeError, TypeError, ValueError, AttributeError, re.error):
        # an engine that refuses the code (another Python's, a damaged entry) or has no such
        # constructor: the pattern is compiled as ever
        return re.compile(source, flags)


class LazyPattern:
    """`re.compile(source, flags)`, compiled when first used."""

    __slots__ = ("source", "flags", "_compiled")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern."""
        if self._compiled is None:
            self._compiled = compile_pattern(self.source, self.flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0,
                  endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)


def lazy(source: str, flags: int = 0) -> LazyPattern:
    """A pattern like `re.compile(source, flags)`, compiled by its first use."""
    return LazyPattern(source, flags)
