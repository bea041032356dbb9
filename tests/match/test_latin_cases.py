"""The data of Polish case endings and the German genitive, for look-ups (latin_cases.yaml)."""
from __future__ import annotations

import re

from checker.datafiles import load_data

DATA = load_data("checker.match", "latin_cases.yaml")


def test_latin_cases_data_hygiene():
    assert set(DATA) == {"polish_letters", "polish", "any", "prepositions"}
    prepositions = DATA["prepositions"]
    assert prepositions == sorted(set(prepositions))
    assert all(re.fullmatch(r"[a-z]+", w) for w in prepositions)
    letters = DATA["polish_letters"]
    assert len(set(letters)) == len(letters) and letters == letters.lower()
    assert all(not c.isascii() for c in letters)   # what no English-route spelling has
    for key in ("polish", "any"):
        rules = [tuple(r) for r in DATA[key]]
        assert len(rules) == len(set(rules)), key
        for ending, repl in rules:
            # an ending to take back, and what the base form ends in instead (may be nothing)
            assert re.fullmatch(r"[^\W\d_]+", ending) and ending == ending.lower(), ending
            assert re.fullmatch(r"[^\W\d_]*", repl) and repl == repl.lower(), repl
