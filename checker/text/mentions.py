"""Candidate name mentions in text: runs of capitalised words with code-point spans."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from checker.datafiles import load_data
from checker.text.letters import (
    APOSTROPHES,
    COMBINING_MARKS,
    COMPOUND_DASHES,
    LETTER,
    LONGEST_WORD,
    POSSESSIVE,
    POSSESSIVE_APOSTROPHES,
    POSSESSIVE_START,
    UPPER,
)
from checker.text.patterns import compile_pattern

_LET = LETTER
_MARK = f"[{COMBINING_MARKS}]"
_APOS = f"[{APOSTROPHES}]"
_WORD = re.compile(rf"{_LET}(?:{_LET}|{_MARK}|{_APOS}(?={_LET}))*")
_POSSESSIVE = re.compile(f"{POSSESSIVE}$")
#: Words whose possessive is a word of names (People's): a run goes on after them.
NAME_POSSESSIVES: frozenset[str] = frozenset(load_data("checker.text", "possessives.yaml")["words"])
MAX_RUN = 10   # a name after a title and a body's name (Central Election Commission Chairman Igor Karpenko)


@dataclass(frozen=True)
class Word:
    """A word of the text: [start, end) code points into the document."""

    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


_WORD_BEFORE_DASH = re.compile(r"[^\W\d_]+\Z")


def word_before_dash(text: str, start: int) -> re.Match[str] | None:
    """The word right before a compound's dash that stands right before `start` (Minsk of
    Minsk–Mohilev, where the dash ended a run of capitalised words), read LONGEST_WORD
    letters back at most; None when no letter and dash stand there."""
    if start < 2 or text[start - 1] not in COMPOUND_DASHES or not text[start - 2].isalpha():
        return None
    return _WORD_BEFORE_DASH.search(text, max(0, start - 1 - LONGEST_WORD), start - 1)


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
    if left.text in NAME_POSSESSIVES and POSSESSIVE_START.match(gap):
        gap = gap[2:]   # People's: a word of the name, the possessive with it
    if gap == "-" or gap in (" ", "\u00a0"):
        return True
    if not gap.strip(" \t\u00a0\r\n"):  # one line break at most: a name may wrap
        return gap.count("\n") <= 1 and len(gap) <= 4
    # an initial: "M. Karpiankou"
    return gap.startswith(".") and len(left.text) <= 2 and not gap[1:].strip(" \t\u00a0")


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


# -- the same runs, found by one regular expression ---------------------------------------------
# the pattern below cannot tell whether a combining mark that does not follow a letter
# belongs to a word, and it knows only the capitals of the Basic Multilingual Plane (a class
# with the others in it is ten times slower): a span with either goes word by word
_SLOW_PATH = re.compile(rf"{_MARK}(?<!{_LET}{_MARK})|[\U00010000-\U0001E9FF]")
_MARK_OR_ASTRAL = re.compile(rf"[{COMBINING_MARKS}\U00010000-\U0001E9FF]")  # a quick first look


def _uppercase_class() -> str:
    """A character class of the letters of the Basic Multilingual Plane that str.isupper()
    calls upper case (worked out from this Python's Unicode tables, see checker.text.letters)."""
    return f"[{UPPER}]"


def _starts_a_word(then: str = "") -> str:
    """Lookbehinds that a word starts `then` characters back: no letter, mark, or in-word
    apostrophe before it (as words() reads a word)."""
    return (rf"(?<!{_LET}{then})(?<!{_MARK}{then})"
            rf"(?<!{_LET}{_APOS}{then})(?<!{_MARK}{_APOS}{then})")


@lru_cache(maxsize=1)
def _run_pattern() -> re.Pattern:
    """Capitalised words joined as _joined() joins them, MAX_RUN at most.

    Each word after the first capital is matched with the join that follows it: an initial's
    dot (a word of one or two letters), or, unless the word ends in a possessive, a hyphen or
    blanks (one line break and four characters at most).
    """
    up = _uppercase_class()
    # possessive: a word is never given back in part (what may follow a part of a word
    # is a letter, never a join), which saves retrying every shorter word
    rest = rf"{_LET}*+(?:(?:{_MARK}|{_APOS}(?={_LET})){_LET}*+)*+"
    blank = r"[ \t\u00a0\r]"
    # no join after a word that ends in a possessive (its apostrophe in the word: after a letter)
    # (but after a word whose possessive is a word of names: People's, a word of its own)
    of_names = "".join(rf"(?<={_starts_a_word()}{w}{POSSESSIVE})|"
                       for w in sorted(NAME_POSSESSIVES))
    not_possessive = rf"(?:{of_names}(?<!(?:{_LET}|{_MARK}){POSSESSIVE}))"
    # (the capital that must follow a join is the next word's first letter, matched after it;
    # the look past the blanks only bounds them, so a letter will do there: each class of
    # every capital costs milliseconds to compile)
    joined = (rf"(?:(?:{_LET}|{_MARK})?\.[ \t\u00a0]*"
              rf"|{rest}{not_possessive}(?:-|(?=[ \t\u00a0\r\n]{{1,4}}{_LET}){blank}*\n?{blank}*))")
    # the first capital starts a word (looked at behind it, once it has matched)
    starts = _starts_a_word(".")
    return compile_pattern(rf"{up}{starts}(?:{joined}{up}){{0,{MAX_RUN - 1}}}{rest}")


def needs_word_by_word(text: str) -> bool:
    """Whether run_spans() may have to go word by word somewhere in `text` (a combining mark
    or an astral letter in it): when not, a caller can say so for each of its spans."""
    return not text.isascii() and _MARK_OR_ASTRAL.search(text) is not None


def run_spans(text: str, start: int, end: int, plain: bool = False) -> list[tuple[int, int]]:
    """[start, end) of each run of capitalised words in text[start:end], the runs that
    runs(text, words(text, start, end)) gives, a final possessive left outside.

    `plain`: the caller knows that needs_word_by_word(text) is false.
    """
    # the span alone: as for words(), a word starts at `start` whatever comes before it
    span = text if start == 0 and end == len(text) else text[start:end]
    first = None if plain else _MARK_OR_ASTRAL.search(span)
    if first and _SLOW_PATH.search(span, first.start()):
        return [(r[0].start, r[-1].end)
                for r in runs(text, words(text, start, end, capitalised_only=True))]
    out = []
    for m in _run_pattern().finditer(span):
        s, e = m.span()
        if e - s > 2 and span[e - 1] in "sS" and span[e - 2] in POSSESSIVE_APOSTROPHES:
            e -= 2
        out.append((start + s, start + e))
    return out
