"""The English word lists: hygiene of the data files, and how a word is looked up in them."""
import re
from importlib.resources import files

import pytest

from checker.text.common_words import is_common_word, is_english_name

LISTS = {"english_words.txt": r"[a-z]{3,}", "english_names.txt": r"[A-Z][a-z]{2,}"}


def _lines(name: str) -> list[str]:
    return files("checker.text").joinpath(name).read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("name", sorted(LISTS))
def test_word_list_is_sorted_unique_and_well_formed(name):
    lines = _lines(name)
    header = [line for line in lines if line.startswith("#")]
    words = [line for line in lines if not line.startswith("#")]
    assert lines[:len(header)] == header  # the notice comes first, then only words
    assert words == sorted(set(words))
    bad = [w for w in words if not re.fullmatch(LISTS[name], w)]
    assert bad == []
    assert len(words) > 5_000


@pytest.mark.parametrize("name", sorted(LISTS))
def test_word_list_carries_its_licence_notices(name):
    header = "\n".join(line for line in _lines(name) if line.startswith("#"))
    assert "Copyright 2000-2011 by Kevin Atkinson" in header
    assert "WordNet 1.6 Copyright 1997 by Princeton University" in header
    assert "Debian's wamerican 2020.12.07-2" in header


@pytest.mark.parametrize("word", ["model", "Model", "MOSTLY", "snow", "Shack"])
def test_common_words_in_any_case(word):
    assert is_common_word(word)


@pytest.mark.parametrize("word", ["Karpiankou", "Karpenkov", "Miadzel", "Homel", "Mogilev", "Tsikhanouskaya",
                                  "Łukašenka", "Paŭliučenka", "Aleś"])
def test_belarusian_names_are_not_common_words(word):
    assert not is_common_word(word)
    assert not is_english_name(word)


@pytest.mark.parametrize("word", ["Andrew", "NEWMAN", "kazakh", "Monday", "Luís", "José"])
def test_english_names_in_any_case(word):
    assert is_english_name(word)


def test_every_listed_word_is_found_and_nothing_else():
    """The lists are searched by bisection: each word must be found, in any case, and a
    word one letter longer must not."""
    words = [w for w in _lines("english_words.txt") if not w.startswith("#")]
    names = [w for w in _lines("english_names.txt") if not w.startswith("#")]
    assert all(is_common_word(w) and is_common_word(w.upper()) for w in words)
    assert all(is_english_name(w) and is_english_name(w.lower()) for w in names)
    assert not any(is_common_word(w + "q") for w in words[::97])
    assert not is_common_word("#") and not is_english_name("# Proper nouns")
