"""Reverse romanization: the likely Belarusian and Russian Cyrillic forms of a name known only
in Latin script (rules in reverse.yaml). A guess, never a glossary form as it stands: `discover`
drafts entries with it for a person to review, and the matcher generates the forms of an entry
that gives only a Latin name from it."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache

from checker.datafiles import load_data

_VOWEL_THEN_U = re.compile(r"(?<=[аеёіоуыэюя])у(?![аеёіоуыэюя])")
# y, i after a vowel at a word's end, and y after one before a consonant: й (Mikalai,
# Shukaylo: Шукайло; not Zinaida: Зінаіда)
_FINAL_I = re.compile(r"(?<=[аеёиіоуыэюя])(?:[ыіи]$|ы(?=[бвгджзйклмнпрстфхцчшщ]))")


@cache
def _data() -> dict:
    return load_data("checker.translit", "reverse.yaml")


def _longest_first(keys: Iterable[str]) -> str:
    """An alternation of the keys, the longest tried first at each place."""
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))


@cache
def _rules(lang: str) -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], dict[str, str]]:
    rules: dict[str, str] = _data()[lang]
    endings: dict[str, str] = _data()["endings"][lang]
    pattern = re.compile(_longest_first(rules))
    ending = re.compile(f"(?:{_longest_first(endings)})\\Z")
    return pattern, rules, ending, endings


def leaning(latin: str) -> int:
    """How much a Latin spelling leans to a Belarusian romanization rather than a Russian one."""
    markers = _data()["markers"]
    low = latin.casefold()
    return sum(low.count(m) for m in markers["be"]) - sum(low.count(m) for m in markers["ru"])


@cache
def _lacinka(soft_l: bool) -> tuple[re.Pattern[str], dict[str, str]]:
    rules = {**_data()["lacinka"], **(_data()["lacinka_soft_l"] if soft_l else {})}
    return re.compile(_longest_first(rules)), rules


@cache
def _press() -> tuple[re.Pattern[str], dict[str, str]]:
    rules = _data()["lacinka_press"]
    return re.compile(_longest_first(rules)), rules


def is_lacinka(latin: str) -> bool:
    """Whether a name is written in the Belarusian Latin alphabet or Polish letters (Łukša,
    Czasnouski), not a press romanization."""
    low = latin.casefold()
    return any(mark in low for mark in _data()["lacinka_marks"])


@cache
def _known_letters() -> frozenset[str]:
    """The letters some rule reads."""
    data = _data()
    tables = (data["be"], data["ru"], data["lacinka"], data["lacinka_press"])
    return frozenset(c for table in tables for key in table for c in key)


def _plain_letters(latin: str) -> str:
    """The name with a letter no rule reads written as its base letter (Müller: Muller,
    Hélène: Helene), so that no Latin letter is left in the Cyrillic guess."""
    known = _known_letters()
    return "".join(c if c.lower() in known or not c.isalpha() else
                   unicodedata.normalize("NFD", c)[0] for c in latin)


@cache
def _be_spelling() -> tuple[re.Pattern[str], dict[str, str]]:
    rules = _data()["be_spelling"]
    return re.compile("|".join(map(re.escape, rules))), rules


def back_to_cyrillic(latin: str, lang: str) -> str:
    """A likely Cyrillic form of a Latin name in `lang` ('be' or 'ru'): a guess to review."""
    latin = _plain_letters(latin)
    if is_lacinka(latin):
        if lang == "be":
            return _from_lacinka(latin)
        pattern, press = _press()
        latin = pattern.sub(lambda m: press[m.group()], latin.casefold())
    pattern, rules, ending, endings = _rules(lang)
    spelling, spelled = _be_spelling()
    words = []
    for word in latin.split():
        low = word.casefold()
        m = ending.search(low)
        tail = endings[m.group()] if m else ""
        cyr = pattern.sub(lambda m: rules[m.group()], low[:m.start()] if m else low) + tail
        if lang == "be":
            cyr = _VOWEL_THEN_U.sub("ў", cyr)   # Karpiankou: -оў
            cyr = spelling.sub(lambda m: spelled[m.group()], cyr)
        cyr = _FINAL_I.sub("й", cyr)   # Mikalai: Мікалай; Aleksey
        words.append(_capitalised(cyr))
    return " ".join(words)


def _from_lacinka(latin: str) -> str:
    """The Belarusian Cyrillic of a name in the Belarusian Latin alphabet, letter by letter."""
    low = latin.casefold()
    pattern, rules = _lacinka("ł" in low)
    _, _, ending, endings = _rules("be")
    words = []
    for word in low.split():
        m = ending.search(word)
        tail = endings[m.group()] if m else ""
        cyr = pattern.sub(lambda m: rules[m.group()], word[:m.start()] if m else word) + tail
        if "ŭ" not in low:
            cyr = _VOWEL_THEN_U.sub("ў", cyr)   # a Polish spelling: Czasnouski: Часноўскі
        words.append(_capitalised(cyr))
    return " ".join(words)


def _capitalised(word: str) -> str:
    """Each part of a (double) name capitalised: Гацура-Яворская."""
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def likely_cyrillic(latins: Sequence[str]) -> dict[str, str]:
    """The likely Belarusian form of a name, from its spelling in the Belarusian Latin alphabet
    or else the one that leans most to a Belarusian romanization, and its Russian form from
    the one that leans most to a Russian one (Uladzislau Harbatsevich, Vladislav
    Gorbatsevich); {} for no spelling."""
    if not latins:
        return {}
    # the Belarusian Latin alphabet writes Belarusian letter by letter: its spelling says most
    be = next((t for t in latins if is_lacinka(t)), None) or max(latins, key=leaning)
    ru = min(latins, key=leaning)
    be_form = back_to_cyrillic(be, "be")
    if leaning(ru) > 0:   # no spelling leans to Russian: Russian letters for the Belarusian
        return {"be": be_form, "ru": be_to_ru(be_form)}
    return {"be": be_form, "ru": back_to_cyrillic(ru, "ru")}


@cache
def _be_to_ru() -> tuple[re.Pattern[str], dict[str, str], dict[int, str]]:
    """The `be_to_ru` endings, as a pattern of a word's ending after at least one letter, and
    its letters as a translation table in both cases."""
    data = _data()["be_to_ru"]
    letters: dict[str, str] = data["letters"]
    both = {**letters, **{k.upper(): v.upper() for k, v in letters.items() if k.upper() != k}}
    return re.compile(f"(?<=.)(?:{_longest_first(data['endings'])})\\Z"), data["endings"], \
        str.maketrans(both)


def be_to_ru(cyrillic: str) -> str:
    """A likely Russian form of a name from its Belarusian one (Вечаслаў Круглоў: Вечаслав
    Круглов), by the word endings and letters of reverse.yaml's `be_to_ru`."""
    ending, endings, letters = _be_to_ru()
    words = cyrillic.split()
    # the endings are a family name's (Вячаслаў is no -ов name): the last word's only
    m = ending.search(words[-1].lower()) if words else None
    if m:
        words[-1] = words[-1][:m.start()] + endings[m.group()]
    return " ".join(words).translate(letters)
