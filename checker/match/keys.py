"""Matching keys: fold a spelling so that conventions of one name meet (rules in keys.yaml)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from checker.datafiles import load_data

_DATA = load_data("checker.match", "keys.yaml")
_LETTERS = str.maketrans({**_DATA["letters"], **{c: None for c in _DATA["marks"]}})


def _rule(pattern: str, repl: str) -> tuple[str | re.Pattern, str]:
    """A rewrite rule of keys.yaml: literal text stays a string (str.replace gives what a
    regular expression would, several times faster), anything else is compiled."""
    if re.escape(pattern) == pattern and "\\" not in repl:
        return pattern, repl
    return re.compile(pattern), repl


_FOLD = [_rule(p, r) for p, r in _DATA["fold"]]
_SKELETON = [_rule(p, r) for p, r in _DATA["skeleton"]]
_NON_LETTER = re.compile(r"[^a-z ]+")


_POSSESSIVE = re.compile(r"['’]s\b", re.IGNORECASE)


def strip_marks(text: str) -> str:
    """Lowercase Latin letters without diacritics; anything else becomes a space.

    English possessives are dropped (People's = People), as the text tokenizer does.
    """
    text = _POSSESSIVE.sub("", text)
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS).casefold())
    if not text.isascii():  # ASCII has no combining marks to drop
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_NON_LETTER.sub(" ", text).split())


def _rewrite(text: str, rules: list[tuple[str | re.Pattern, str]]) -> str:
    for pattern, repl in rules:
        text = text.replace(pattern, repl) if isinstance(pattern, str) else pattern.sub(repl, text)
    return text


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Key 1: the spelling with case, diacritics, marks, doubled letters and i/y/j folded."""
    return _rewrite(strip_marks(text), _FOLD)


def skeleton(text: str) -> str:
    """Key 2: the fold key with Belarusian/Russian and cross-convention correspondences folded."""
    return _skeleton_of_fold(fold(text))


@lru_cache(maxsize=200_000)
def _skeleton_of_fold(folded: str) -> str:
    # spellings that differ only in case or diacritics share their fold key: one rewrite
    return _rewrite(folded, _SKELETON)


def compact(text: str) -> str:
    """The fold key of a whole name without spaces or hyphens (Brest-Litovsk = Brest Litovsk)."""
    return fold(text).replace(" ", "")


STOPWORDS = frozenset(fold(w) for w in _DATA["stopwords"])  # compared by fold key
