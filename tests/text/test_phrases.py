"""Glossary names with lowercase words: where a run may start one, and where it ends."""
from __future__ import annotations

import pytest

from checker.text.phrases import PhraseFinder, has_lowercase_word

# glossary-style names with lowercase words, an OFAC name, and a romanized region name
NAMES = ["Ministry of Defence", "Ministry of Defense", "Council of the Republic",
         "Office of the Prosecutor General", "Supreme Court of the Republic of Belarus",
         "Supreme Court", "Belsat", "Operations and Analysis Centre",
         "State Security Committee Of The Republic Of Belarus", "Bresckaja voblasć"]
CONNECTORS = frozenset({"of", "the", "and"})


@pytest.fixture(scope="module")
def finder() -> PhraseFinder:
    return PhraseFinder(NAMES, CONNECTORS)


def test_names_with_lowercase_or_connecting_words_only():
    assert [has_lowercase_word(n, CONNECTORS) for n in NAMES] == [
        True, True, True, True, True, False, False, True, True, True]
    assert not has_lowercase_word("State Security Committee Of The Republic")  # no connectors given
    assert not has_lowercase_word("de Gaulle")   # a name must start with a capital


def test_heads_are_the_run_words_a_name_starts_with(finder):
    assert finder.heads("The Ministry") == (4,)
    assert finder.heads("Supreme Court") == (0,)
    assert finder.heads("Monday") == ()
    assert finder.heads("Ministry's") == ()    # a possessive is not the name's first word


@pytest.mark.parametrize("text, at, name", [
    ("The Ministry of Defence said so.", 4, "Ministry of Defence"),
    ("THE MINISTRY OF DEFENSE SAID SO.", 4, "MINISTRY OF DEFENSE"),
    ("the Ministry of\n  Defence's view", 4, "Ministry of\n  Defence"),
    ("the Supreme Court of the Republic of Belarus ruled", 4, "Supreme Court of the Republic of Belarus"),
    ("the State Security Committee of the Republic of Belarus", 4,
     "State Security Committee of the Republic of Belarus"),
    ("u Bresckaja voblasć byŭ", 2, "Bresckaja voblasć"),
    ("the Ministry of Defenceless", 4, None),
    ("the Ministry of Justice", 4, None),
])
def test_match_at(finder, text, at, name):
    end = finder.match_at(text, at, len(text))
    assert (text[at:end] if end else None) == name


def test_a_name_does_not_reach_past_the_range_end(finder):
    text = "The Ministry of Defence"
    assert finder.match_at(text, 4, len("The Ministry of Def")) is None


def test_no_names():
    finder = PhraseFinder(["Belsat", "Supreme Court"])
    assert not finder and finder.heads("Supreme Court") == ()


COURTS = ["Leninski District Court of Minsk", "Supreme Court of the Republic of Belarus"]


@pytest.mark.parametrize("text, at, name", [
    # a first word spelled another way before the listed name's other words
    ("The Lieninski District Court of Minsk ruled.", 4, "Lieninski District Court of Minsk"),
    ("The Leninsky district court of Minsk ruled.", 4, "Leninsky district court of Minsk"),
    ("The Lieninski District Court of Brest ruled.", 4, None),   # the other words must be its
])
def test_a_names_words_after_its_first_follow_any_word(text, at, name):
    end = PhraseFinder(COURTS, CONNECTORS).loose_match_at(text, at, len(text))
    assert (text[at:end] if end else None) == name


def test_a_word_before_a_names_second_word_is_a_head_unless_a_common_word():
    finder = PhraseFinder(COURTS, CONNECTORS)
    assert finder.heads("Lieninski District Court") == (0,)
    # Supreme is a common word: the Supreme Court's other words follow no proper name
    assert finder.heads("The District Court") == ()
    assert finder.heads("Former Court") == ()
