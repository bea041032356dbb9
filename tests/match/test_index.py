"""The matching index: the key tables a look-up searches."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.glossary import parse_glossary_text
from checker.glossary.model import Glossary
from checker.match.index import SLIP_MIN, Index, build_index

LETTERS = "abcdefghiklmnoprstuvz"


def _one_slip(word: str, kind: int, at: int, letter: str) -> str:
    at = 1 + at % (len(word) - 1)                      # past the first letter
    if kind == 0:                                     # swapped with the next letter
        at = min(at, len(word) - 2)
        return word[:at] + word[at + 1] + word[at] + word[at + 2:]
    if kind == 1:                                     # wrong
        return word[:at] + letter + word[at + 1:]
    if kind == 2:                                     # missing
        return word[:at] + word[at + 1:]
    return word[:at] + letter + word[at:]             # extra


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=LETTERS, min_size=SLIP_MIN + 1, max_size=14), st.integers(0, 3),
       st.integers(0, 20), st.sampled_from(LETTERS))
def test_a_key_one_slip_away_is_among_the_slip_candidates(key, kind, at, letter):
    """One slip past the first letter leaves the first or the last two letters and changes the
    length by one at most, so the two-letter buckets never miss a key one slip away."""
    index = Index(by_fold={key: ()})   # its slip buckets are made on first use
    slipped = _one_slip(key, kind, at, letter)
    if len(slipped) >= SLIP_MIN:
        assert key in index.slip_candidates(slipped)


def test_slip_buckets_come_from_the_glossary_forms():
    text = """version: 1
entries:
- id: mikalai-karpiankou
  kind: person
  be: Мікалай Карпянкоў
  ru: Николай Карпенков
"""
    index = build_index(Glossary(parse_glossary_text(text, "g.yaml")))
    assert "karpiankou" in index.slip_candidates("karpiankuo")
    assert "karpiankou" in index.slip_candidates("krapiankou")
    assert "karpiankou" not in index.slip_candidates("karpenka")
    assert "karpiankou" not in index.slip_candidates("arpiankou")   # never the first letter
