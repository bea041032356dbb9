"""English words spelled two ways: the data, and what they make alike."""
from __future__ import annotations

import pytest

from checker.datafiles import load_data
from checker.text.spellings import alike, other_spelling, spelling_pairs


def test_the_spelling_pairs_are_clean() -> None:
    pairs = load_data("checker.text", "spellings.yaml")["pairs"]
    assert pairs == sorted(pairs) and len({w for p in pairs for w in p}) == 2 * len(pairs)
    assert all(len(p) == 2 and p[0] != p[1] and all(w == w.lower().strip() for w in p)
               for p in pairs)
    assert spelling_pairs() == tuple(map(tuple, pairs))


@pytest.mark.parametrize("a, b, same", [
    ("Theater", "theatre", True), ("Center", "CENTRE", True), ("Labor", "Labour", True),
    ("Co-operation", "Cooperation", True),
    ("Theater", "Theater", True), ("Theater", "centre", False), ("Court", "Courts", False),
])
def test_alike(a, b, same):
    assert alike(a, b) is same


def test_other_spelling():
    assert other_spelling("Defense") == "defence" and other_spelling("defence") == "defense"
    assert other_spelling("Court") is None


def test_the_spelling_endings_are_clean() -> None:
    endings = load_data("checker.text", "spellings.yaml")["endings"]
    assert endings == sorted(endings) and len({tuple(e) for e in endings}) == len(endings)
    assert all(len(e) == 2 and e[0] != e[1] and all(w == w.lower().strip() for w in e)
               for e in endings)


@pytest.mark.parametrize("word, common", [
    # a British spelling is a common word where its American one is
    ("Honour", True), ("Labour", True), ("Centre", True), ("Defence", True), ("Catalogue", True),
    # a name is none, nor a short word an ending would make one of (Petre: peter)
    ("Lukashenko", False), ("Kazour", False), ("Petre", False),
])
def test_a_british_spelling_is_a_common_word(word, common):
    from checker.text.common_words import is_common_word

    assert is_common_word(word) is common
