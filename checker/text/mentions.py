"""Candidate name mentions in text: runs of capitalised words with code-point spans."""
from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f]|['’ʼ](?=[^\W\d_]))*")
_POSSESSIVE = re.compile(r"['’](?:s|S)$")
MAX_RUN = 6


@dataclass(frozen=True)
class Word:
    """A word of the text: [start, end) code points into the document."""

    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def words(text: str, start: int, end: int, capitalised_only: bool = False) -> list[Word]:
    """Words in text[start:end]; an English possessive ('s) is left outside the word.

    `capitalised_only` keeps only the words a name run can hold (runs() tells the rest from
    the text between them).
    """
    out = []
    for m in _WORD.finditer(text, start, end):
        w, s, e = m.group(), m.start(), m.end()
        if capitalised_only and not w[0].isupper():
            continue
        p = _POSSESSIVE.search(w)
        if p and len(w) > 2:
            w, e = w[: p.start()], s + p.start()
        out.append(Word(w, s, e))
    return out


def _joined(text: str, left: Word, right: Word) -> bool:
    gap = text[left.end:right.start]
    if gap == "-" or gap in (" ", "\u00a0"):
        return True
    if not gap.strip(" \t\u00a0\r\n"):  # one line break at most: a name may wrap
        return gap.count("\n") <= 1 and len(gap) <= 4
    if gap.startswith(".") and len(left.text) <= 2 and not gap[1:].strip(" \t\u00a0"):
        return True  # an initial: "M. Karpiankou"
    return False


def runs(text: str, ws: list[Word]) -> list[list[Word]]:
    """Maximal runs of capitalised words joined by a space, a hyphen or an initial's dot."""
    out: list[list[Word]] = []
    cur: list[Word] = []
    for w in ws:
        if w.capitalised:
            if cur and _joined(text, cur[-1], w) and len(cur) < MAX_RUN:
                cur.append(w)
            else:
                if cur:
                    out.append(cur)
                cur = [w]
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out
