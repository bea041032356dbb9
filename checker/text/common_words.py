"""Common English words and names: a capitalised word in running text is read as one of these
before it is read as a name the glossary does not list in that spelling (Model is not Мядель),
and an English name is not a misspelling of a glossary name (Andrew is not Andreyeva)."""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=None)
def _listed(name: str) -> frozenset[str]:
    # read when first needed: most documents never ask
    text = files("checker.text").joinpath(name).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_common_word(word: str) -> bool:
    """Whether `word`, in any case, is a common English word (Model, MOSTLY, sass)."""
    return word.lower() in _listed("english_words.txt")


def is_english_name(word: str) -> bool:
    """Whether `word`, in any case, is a proper noun of English text (Andrew, NEWMAN, Kazakh)."""
    return word.capitalize() in _listed("english_names.txt")
