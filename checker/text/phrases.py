"""Glossary names with lowercase words inside (Ministry of Defence, Council of the Republic),
found in text: a run of capitalised words stops at 'of', so these are looked for whole."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache


def has_lowercase_word(name: str, connectors: frozenset[str] = frozenset()) -> bool:
    """Whether a name holds a word that starts in lowercase ('of', 'the', 'and'), or a
    connecting word that running text writes so ('State Security Committee Of The Republic')."""
    words = name.split()
    return len(words) > 1 and words[0][:1].isupper() and any(
        w[:1].islower() or w.lower() in connectors for w in words[1:])


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern[str]:
    """A name group's pattern, compiled the first time a text holds its first word."""
    return re.compile(pattern, re.IGNORECASE)


class PhraseFinder:
    """Finds names with lowercase words, case aside (MINISTRY OF DEFENCE too), starting with a
    capital, spaced and wrapped in any way."""

    def __init__(self, names: Iterable[str], connectors: frozenset[str] = frozenset()):
        by_first: dict[str, set[str]] = defaultdict(set)
        for name in names:
            if has_lowercase_word(name, connectors):
                by_first[name.split()[0].lower()].add(name)
        # longest first, so that 'Council of the Republic of Belarus' wins over its start
        self._by_first = {
            first: "(?:" + "|".join(
                r"\s+".join(re.escape(w) for w in n.split())
                for n in sorted(group, key=lambda n: (-len(n), n))) + r")(?![\w-])"
            for first, group in sorted(by_first.items())}

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def find(self, text: str) -> list[tuple[int, int]]:
        """[start, end) of each name found, in order, none overlapping."""
        if not self._by_first:
            return []
        low = text.lower()
        hits: list[tuple[int, int]] = []
        if len(low) != len(text):  # a letter whose lowercase is longer: offsets would drift
            for pattern in self._by_first.values():
                hits.extend((m.start(), m.end()) for m in _compiled(pattern).finditer(text)
                            if self._starts_word(text, m.start()))
        else:
            # each name's first word is found by plain substring search, far faster than a
            # case-blind pattern tried at every position
            for first, pattern in self._by_first.items():
                i = low.find(first)
                while i != -1:
                    if self._starts_word(text, i):
                        m = _compiled(pattern).match(text, i)
                        if m:
                            hits.append((i, m.end()))
                    i = low.find(first, i + 1)
        hits.sort(key=lambda h: (h[0], -h[1]))
        out: list[tuple[int, int]] = []
        for s, e in hits:
            if not out or s >= out[-1][1]:
                out.append((s, e))
        return out

    @staticmethod
    def _starts_word(text: str, i: int) -> bool:
        before = text[i - 1] if i else " "
        return text[i].isupper() and not (before.isalnum() or before in "-_")
