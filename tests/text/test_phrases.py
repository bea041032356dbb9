"""Glossary names with lowercase words, found whole in text."""
from __future__ import annotations

import pytest

from checker.text.phrases import PhraseFinder, has_lowercase_word

# names from the shipped glossary
NAMES = ["Ministry of Defence", "Ministry of Defense", "Council of the Republic",
         "Office of the Prosecutor General", "Supreme Court of the Republic of Belarus",
         "Supreme Court", "Belsat", "Operations and Analysis Centre"]


@pytest.fixture(scope="module")
def finder() -> PhraseFinder:
    return PhraseFinder(NAMES)


def found(finder, text):
    return [text[s:e] for s, e in finder.find(text)]


def test_names_with_lowercase_words_only(finder):
    assert [has_lowercase_word(n) for n in NAMES] == [True, True, True, True, True, False, False,
                                                      True]
    assert not has_lowercase_word("de Gaulle")   # a name must start with a capital


@pytest.mark.parametrize("text, names", [
    ("The Ministry of Defence said so.", ["Ministry of Defence"]),
    ("THE MINISTRY OF DEFENSE SAID SO.", ["MINISTRY OF DEFENSE"]),
    ("the Ministry of\n  Defence's view", ["Ministry of\n  Defence"]),
    ("the Supreme Court of the Republic of Belarus ruled", ["Supreme Court of the Republic of Belarus"]),
    ("the ministry of defence said", []),                 # not a name: no capital
    ("the XMinistry of Defence", []),                      # inside a word
    ("the Ministry of Defenceless", []),
    ("Council of the Republic, Office of the Prosecutor General",
     ["Council of the Republic", "Office of the Prosecutor General"]),
])
def test_find(finder, text, names):
    assert found(finder, text) == names


def test_offsets_hold_when_lowercasing_changes_the_length(finder):
    text = "İstanbul: the Ministry of Defence and İzmir."   # 'İ'.lower() is two code points
    (s, e), = finder.find(text)
    assert text[s:e] == "Ministry of Defence"


def test_no_names_no_search():
    finder = PhraseFinder(["Belsat", "Supreme Court"])
    assert not finder and finder.find("Supreme Court of Belarus") == []
