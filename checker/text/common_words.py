"""Common English words and names: a capitalised word in running text is read as one of these
before it is read as a name the glossary does not list in that spelling (Model is not Мядель),
and an English name is not a misspelling of a glossary name (Andrew is not Andreyeva)."""
from __future__ import annotations

import unicodedata
from bisect import bisect_left
from functools import cache

from checker.datafiles import package_folder
from checker.text.spellings import BRITISH_ENDINGS, american_spellings


@cache
def _lines(name: str) -> list[str]:
    # read when first needed, and searched as the sorted list it is (its tests keep it
    # sorted): a set of 64,000 words would take twice as long to make as a small check
    return (package_folder("checker.text") / name).read_text(encoding="utf-8").splitlines()


def _listed(word: str, name: str) -> bool:
    lines = _lines(name)
    i = bisect_left(lines, word)
    return i < len(lines) and lines[i] == word and not word.startswith("#")


def is_common_word(word: str) -> bool:
    """Whether `word`, in any case, is a common English word (Model, MOSTLY, sass), in
    British spelling too (Honour: the list's honor)."""
    lower = word.lower()
    if _listed(lower, "english_words.txt"):
        return True
    return lower.endswith(BRITISH_ENDINGS) and any(
        _listed(american, "english_words.txt") for american in american_spellings(lower))


def is_english_name(word: str) -> bool:
    """Whether `word`, in any case, is a proper noun of English text (Andrew, NEWMAN, Kazakh),
    also when written with its own language's diacritics (Luís, José: the list's names are
    ASCII)."""
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return _listed(word.capitalize(), "english_names.txt")
