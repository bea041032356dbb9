"""Lone given names: where the forms of a document's people are found."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.check.given_name import _by_head, _given_forms
from checker.text.letters import LETTER

FORMS = ["Maria", "Mari", "Anna", "Anna-Maria", "Dar'ya", "Ivan", "Ivana", "Mikalai"]
WORDS = re.compile(f"[ADIM]{LETTER}*+")


def _one_pattern(forms: list[str]) -> re.Pattern[str]:
    """The reference: one alternation of the forms, longest first, each a whole word."""
    return re.compile(rf"(?<!{LETTER})(?<![’'-])(?:"
                      + "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
                      + rf")(?!{LETTER})(?![’'-]{LETTER})")


def _spans(text: str, start: int, end: int, forms: list[str]) -> list[tuple[int, int]]:
    return list(_given_forms(text, start, end, WORDS, _by_head(forms, WORDS)))


def test_whole_words_only_the_longest_form_at_each_place():
    text = "Anna-Maria met Ivana, MIvan, Mari's aunt, Dar'ya, Mari and Maria-x in Marian Street."
    assert [text[s:e] for s, e in _spans(text, 0, len(text), FORMS)] == [
        "Anna-Maria", "Ivana", "Dar'ya", "Mari"]


def test_a_range_ends_a_word_and_the_letters_before_it_still_count():
    text = "xIvan Ivanko"
    assert _spans(text, 1, 5, FORMS) == []
    assert _spans(text, 6, 10, FORMS) == [(6, 10)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FORMS + ["x", "é", " ", "-", "'", "’", "\n", "Mc", "1", "M"]),
                max_size=12).map("".join), st.integers(0, 80), st.integers(0, 80),
       st.lists(st.sampled_from(FORMS), min_size=1, max_size=5, unique=True))
def test_the_same_spans_as_one_pattern_of_the_forms(text, a, b, forms):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    expected = [m.span() for m in _one_pattern(forms).finditer(text, start, end)]
    assert _spans(text, start, end, forms) == expected
