"""Organisation and place words in Russian or Belarusian romanization, translated into the
English words a name written in English uses (rules in org_words.yaml)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TypeVar

from checker.datafiles import load_data
from checker.match.keys import as_written, fold
from checker.text.script import CYRILLIC_LETTER
from checker.text.spellings import spelling_pairs

T = TypeVar("T")

_DATA = load_data("checker.match", "org_words.yaml")
_WHOLE: dict[str, str] = {}
_STEMS: list[tuple[str, str]] = []
for _english, _forms in _DATA["words"].items():
    for _form in _forms:
        if _form.endswith("*"):
            _STEMS.append((fold(_form[:-1]), _english))
        else:
            _WHOLE[fold(_form)] = _english
_STEMS.sort(key=lambda s: -len(s[0]))   # the longest stem decides
_HEAD = 2   # letters every stem has: the stems a word may start with, by its first two
_STEMS_BY_HEAD: dict[str, list[tuple[str, str]]] = {}
for _stem, _english in _STEMS:
    _STEMS_BY_HEAD.setdefault(_stem[:_HEAD], []).append((_stem, _english))
_OPTIONAL_STEMS: tuple[str, ...] = tuple(w[:-1] for w in _DATA["optional"] if w.endswith("*"))
_OPTIONAL_WHOLE = frozenset(w for w in _DATA["optional"] if not w.endswith("*"))
_ALSO: dict[str, list[str]] = {english: list(more) for english, more in _DATA["also"].items()}
for _british, _american in spelling_pairs():   # Defence, Defense
    _ALSO.setdefault(_british, []).append(_american)
for _english, _more in _ALSO.items():   # an English name may use either (Trading House)
    for _word in (_english, *_more):
        _WHOLE.setdefault(fold(_word), _english)


@lru_cache(maxsize=20_000)
def translations(word: str) -> tuple[str, ...]:
    """The English words a romanized Russian or Belarusian name word stands for, or (); for
    one of the English words of `also` (Trading, Defense, Region), its other words."""
    key = fold(word)
    english = _WHOLE.get(key) or next(
        (e for stem, e in _STEMS_BY_HEAD.get(key[:_HEAD], ()) if key.startswith(stem)), None)
    return (english, *_ALSO.get(english, ())) if english else ()


_COUNTRY = load_data("checker.match", "country_words.yaml")


def _phrase_keys(phrases: list[str]) -> tuple[tuple[str, ...], ...]:
    """Each phrase as its words with case and diacritics folded, the longest first."""
    return tuple(sorted({tuple(map(as_written, p.split())) for p in phrases}, key=len, reverse=True))


_Phrases = dict[str, list[tuple[tuple[str, ...], T]]]


def _by_word(phrases: Iterable[tuple[tuple[str, ...], T]], at: int) -> _Phrases[T]:
    """Phrases (each with its value) by their word at `at` (0 or -1), in the order given: a
    name's words are compared only with the phrases that could end (or start) them (an empty
    phrase ends or starts none)."""
    table: _Phrases[T] = {}
    for phrase, value in phrases:
        if phrase:
            table.setdefault(phrase[at], []).append((phrase, value))
    return table


_BEFORE = _by_word(((p, None) for p in _phrase_keys(_COUNTRY["before"])), 0)
#: What a look-up adds to an organisation's name that the glossary gives with its country
OF_COUNTRY: str = _COUNTRY["of_country"]
_AFTER = _by_word(((p, None) for p in _phrase_keys(_COUNTRY["after"])), -1)


def _ends_with(keys: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether folded words end in `phrase` and hold more than it."""
    return len(keys) > len(phrase) and tuple(keys[-len(phrase):]) == phrase


def _starts_with(keys: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether folded words start with `phrase` and hold more than it."""
    return len(keys) > len(phrase) and tuple(keys[:len(phrase)]) == phrase


def without_country(words: list[str]) -> tuple[list[str], list[str]] | None:
    """`words` (a name as written, split at blanks) without the words that say which country
    it is of (of the Republic of Belarus, Республики Беларусь, Belarusian), and those words;
    None when it has none, or nothing else."""
    keys = [as_written(w) for w in words]
    if not keys:
        return None
    for phrase, _ in _AFTER.get(keys[-1], ()):
        if _ends_with(keys, phrase):
            return words[:-len(phrase)], words[-len(phrase):]
    for phrase, _ in _BEFORE.get(keys[0], ()):
        if _starts_with(keys, phrase):
            return words[len(phrase):], words[:len(phrase)]
    return None


_UNIT_DATA = load_data("checker.match", "unit_words.yaml")
_UNITS = _UNIT_DATA["units"]
#: a unit (District) -> its word as the entries' Belarusian names give it, romanized (raion)
NATIVE_UNIT_WORDS: dict[str, str] = _UNIT_DATA["native"]
#: a unit's word (as written) -> the smaller unit English also names by it (region: District)
SMALLER_UNIT: dict[str, str] = {as_written(w): unit for w, unit in _UNIT_DATA["smaller"].items()}
# each way of writing a unit as its folded words, the longest first, with the unit it names
_UNIT_WORDS = _by_word(sorted(((tuple(map(as_written, w.split())), unit)
                               for unit, words in _UNITS.items() for w in words),
                              key=lambda wu: len(wu[0]), reverse=True), -1)
_UNIT_ALTERNATIVES = "|".join(map(re.escape, sorted(_UNIT_DATA["running_text"], key=len,
                                                    reverse=True)))
_UNIT_AFTER = re.compile(rf"[ \t]+(?:{_UNIT_ALTERNATIVES})(?![\w-])")


def unit_word_after(text: str, pos: int) -> int | None:
    """Where a unit's lowercase word right after text[:pos] ends (the Moskovsky district),
    or None."""
    m = _UNIT_AFTER.match(text, pos)
    return m.end() if m else None


def unit_named(words: list[str]) -> tuple[list[str], str, list[str]] | None:
    """`words` (a name as written, split at blanks) as a town's name and the word for a unit
    named after it (Lachavičy district, Pinsk-Bezirk): the town's words, the unit as the
    glossary's names end (District, Region, penal colony), and the unit's words; None when
    the name ends in no such word or has nothing before it."""
    if words and "-" in words[-1]:   # Pinsk-Bezirk
        town, _, unit_word = words[-1].rpartition("-")
        words = [*words[:-1], town, unit_word] if town and unit_word else words
    keys = [as_written(w) for w in words]
    for phrase, unit in _UNIT_WORDS.get(keys[-1], ()) if keys else ():
        if _ends_with(keys, phrase):
            return words[:-len(phrase)], unit, words[-len(phrase):]
    return None


@lru_cache(maxsize=20_000)
def optional_word(word: str) -> bool:
    """Whether a word of an organisation's name is a word of rank that usage leaves out
    (National, Academic, State; Нацыянальны, Государственного) or the word for a city before
    its name (г., города)."""
    if CYRILLIC_LETTER.search(word):
        lowered = word.casefold()
        return lowered in _OPTIONAL_WHOLE or lowered.startswith(_OPTIONAL_STEMS)
    return fold(word) in _OPTIONAL_LATIN


_OPTIONAL_LATIN = frozenset(fold(w) for w in _OPTIONAL_WHOLE if not CYRILLIC_LETTER.search(w))
_TYPES: dict[str, frozenset[str]] = {kind: frozenset(w.casefold() for w in words)
                                     for kind, words in _DATA["types"].items()}


_LANDMARKS = frozenset(_DATA["landmarks"])


def landmark_word(word: str) -> bool:
    """Whether a word names a kind of building or estate (Castle, Palace, Church)."""
    return word.casefold() in _LANDMARKS


def type_word(word: str, kind: str) -> bool:
    """Whether a word says what an entry of `kind` is, which a name may add to the glossary's
    (Airlines, Holding, JSC of a body; River of a place)."""
    return word.casefold().strip(".") in _TYPES.get(kind, frozenset())

