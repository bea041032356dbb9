"""Glossary names with lowercase words inside (Ministry of Defence, Council of the Republic,
Bresckaja voblasć): a run of capitalised words stops at 'of', so where a run holds a word
such a name starts with, the name is tried whole from there."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache


def has_lowercase_word(name: str, connectors: frozenset[str] = frozenset()) -> bool:
    """Whether a name holds a word that starts in lowercase ('of', 'the', 'and'), or a
    connecting word that running text writes so ('State Security Committee Of The Republic')."""
    words = name.split()
    return len(words) > 1 and words[0][:1].isupper() and any(
        w[:1].islower() or w.lower() in connectors for w in words[1:])


_TOKEN = re.compile(r"\S+")   # a name's first word as the patterns key it: up to a space


@cache
def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """The names that start with one word, any case and spacing, longest first (so that
    'Council of the Republic of Belarus' wins over its start); made the first time a run
    holds that word."""
    return re.compile("(?:" + "|".join(
        r"\s+".join(re.escape(w) for w in n.split())
        for n in sorted(names, key=lambda n: (-len(n), n))) + r")(?![\w-])", re.IGNORECASE)


def phrases_by_first(names: Iterable[str],
                     connectors: frozenset[str] = frozenset()) -> dict[str, tuple[str, ...]]:
    """The names with lowercase words, by their first word in lowercase, each word's names
    sorted."""
    by_first: dict[str, set[str]] = defaultdict(set)
    for name in names:
        if has_lowercase_word(name, connectors):
            by_first[name.split()[0].lower()].add(name)
    return {first: tuple(sorted(group)) for first, group in sorted(by_first.items())}


class PhraseFinder:
    """Finds names with lowercase words, case aside (MINISTRY OF DEFENCE too), starting with a
    capital, spaced and wrapped in any way."""

    def __init__(self, names: Iterable[str] = (), connectors: frozenset[str] = frozenset(),
                 by_first: Mapping[str, tuple[str, ...]] | None = None):
        """`names` are kept when they have lowercase words; `by_first` is phrases_by_first()
        of them worked out before (the index keeps it)."""
        self._by_first = phrases_by_first(names, connectors) if by_first is None else by_first

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def heads(self, run: str) -> tuple[int, ...]:
        """Offsets in a run of capitalised words of the words a name may start with."""
        return tuple(m.start() for m in _TOKEN.finditer(run) if m.group().lower() in self._by_first)

    def match_at(self, text: str, i: int, end: int) -> int | None:
        """Where the longest name starting at text[i] ends (before `end`), or None."""
        names = self._by_first.get(text[i:i + 64].split(None, 1)[0].lower())
        if names is None:
            return None
        m = _pattern(names).match(text, i, end)
        return m.end() if m else None
