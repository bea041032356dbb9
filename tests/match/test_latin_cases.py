"""The data of Polish case endings and the German genitive, for look-ups (latin_cases.yaml)."""
from __future__ import annotations

import re

from checker.datafiles import load_data

DATA = load_data("checker.match", "latin_cases.yaml")


def test_latin_cases_data_hygiene():
    assert set(DATA) == {"polish_letters", "polish_endings", "polish", "lacinka_letters",
                         "lacinka", "any", "german_adjective"}
    endings = DATA["polish_endings"]
    assert endings == sorted(set(endings)) and all(
        re.fullmatch(r"[a-z]+", e) for e in endings)
    # each is an ending the rules take back: a word so marked has a reading
    assert all(any(e.endswith(rule[0]) for rule in DATA["polish"]) for e in endings)
    letters = DATA["polish_letters"]
    assert len(set(letters)) == len(letters) and letters == letters.lower()
    assert all(not c.isascii() for c in letters)   # what no English-route spelling has
    assert len(set(DATA["lacinka_letters"])) == len(DATA["lacinka_letters"])
    assert all(not c.isascii() and c.islower() for c in DATA["lacinka_letters"])
    for key in ("polish", "lacinka", "any", "german_adjective"):
        rules = [tuple(r) for r in DATA[key]]
        assert len(rules) == len(set(rules)), key
        for ending, repl in rules:
            # an ending to take back, and what the base form ends in instead (may be nothing)
            assert re.fullmatch(r"[^\W\d_]+", ending) and ending == ending.lower(), ending
            assert re.fullmatch(r"[^\W\d_]*", repl) and repl == repl.lower(), repl


def test_prepositions_data_hygiene():
    data = load_data("checker.match", "prepositions.yaml")
    assert set(data) == {"polish", "belarusian", "lacinka", "russian"}
    for language, words in data.items():
        assert words == sorted(set(words)), language
        assert all(re.fullmatch(r"[^\W\d_]+", w) and w == w.casefold() for w in words), language
