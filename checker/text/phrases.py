"""Glossary names with lowercase words inside (Ministry of Defence, Council of the Republic,
Bresckaja voblasć): a run of capitalised words stops at 'of', so where a run holds a word
such a name starts with, the name is tried whole from there."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache

from checker.text.common_words import is_common_word
from checker.text.patterns import compile_pattern


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
    return compile_pattern("(?:" + "|".join(
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


def phrases_by_second(by_first: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Of the names whose first word is a proper name and whose second is capitalised
    (Leninski District Court of Minsk), the words after the first, by the second word in
    lowercase: a first word spelled another way (Lieninski) still starts such a name."""
    by_second: dict[str, set[str]] = defaultdict(set)
    for names in by_first.values():
        for name in names:
            first, *rest = name.split()
            if len(rest) >= 2 and rest[0][:1].isupper() and not is_common_word(first):
                by_second[rest[0].lower()].add(" ".join(rest))
    return {second: tuple(sorted(group)) for second, group in sorted(by_second.items())}


_FIRST_WORD = re.compile(r"\S+\s+")   # a word and the blanks after it


class PhraseFinder:
    """Finds names with lowercase words, case aside (MINISTRY OF DEFENCE too), starting with a
    capital, spaced and wrapped in any way."""

    def __init__(self, names: Iterable[str] = (), connectors: frozenset[str] = frozenset(),
                 by_first: Mapping[str, tuple[str, ...]] | None = None,
                 by_second: Mapping[str, tuple[str, ...]] | None = None):
        """`names` are kept when they have lowercase words; `by_first` and `by_second` are
        phrases_by_first() of them and phrases_by_second() of that, worked out before (the
        index keeps them)."""
        self._by_first = phrases_by_first(names, connectors) if by_first is None else by_first
        self._by_second = phrases_by_second(self._by_first) if by_second is None else by_second

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def heads(self, run: str) -> tuple[int, ...]:
        """Offsets in a run of capitalised words of the words a name may start with: a name's
        first word, or a word of no common English word (The) before a name's second word (see
        loose_match_at)."""
        tokens = [(m.start(), m.group().lower()) for m in _TOKEN.finditer(run)]
        by_second = self._by_second
        return tuple(at for k, (at, word) in enumerate(tokens) if word in self._by_first or (
            k + 1 < len(tokens) and tokens[k + 1][1] in by_second and not is_common_word(word)))

    def match_at(self, text: str, i: int, end: int) -> int | None:
        """Where the longest name starting at text[i] ends (before `end`), or None."""
        names = self._by_first.get(text[i:i + 64].split(None, 1)[0].lower())
        if names is None:
            return None
        m = _pattern(names).match(text, i, end)
        return m.end() if m else None

    def loose_match_at(self, text: str, i: int, end: int) -> int | None:
        """Where the longest name ends whose words after the first follow the word at text[i]
        (Lieninski District Court of Minsk), or None: that word may spell the name's first
        another way, which the caller must tell."""
        first = _FIRST_WORD.match(text, i, end)
        if first is None:
            return None
        rest = text[first.end():first.end() + 64].split(None, 1)
        tails = self._by_second.get(rest[0].lower()) if rest else None
        if tails is None:
            return None
        m = _pattern(tails).match(text, first.end(), end)
        return m.end() if m else None
