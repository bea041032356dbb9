"""Reverse romanization: the likely Belarusian and Russian Cyrillic forms of a name known only
in Latin script (rules in reverse.yaml). A guess, never a glossary form as it stands: `discover`
drafts entries with it for a person to review, and the matcher generates the forms of an entry
that gives only a Latin name from it."""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from checker.datafiles import load_data

_VOWEL_THEN_U = re.compile(r"(?<=[аеёіоуыэюя])у(?![аеёіоуыэюя])")
_FINAL_I = re.compile(r"(?<=[аеёиіоуыэюя])[ыіи]$")


@cache
def _data() -> dict:
    return load_data("checker.translit", "reverse.yaml")


@cache
def _rules(lang: str) -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str], dict[str, str]]:
    rules: dict[str, str] = _data()[lang]
    endings: dict[str, str] = _data()["endings"][lang]
    pattern = re.compile("|".join(re.escape(k) for k in sorted(rules, key=len, reverse=True)))
    ending = re.compile("(?:" + "|".join(re.escape(k) for k in sorted(endings, key=len, reverse=True))
                        + r")\Z")
    return pattern, rules, ending, endings


def leaning(latin: str) -> int:
    """How much a Latin spelling leans to a Belarusian romanization rather than a Russian one."""
    markers = _data()["markers"]
    low = latin.casefold()
    return sum(low.count(m) for m in markers["be"]) - sum(low.count(m) for m in markers["ru"])


@cache
def _lacinka(soft_l: bool) -> tuple[re.Pattern[str], dict[str, str]]:
    rules = {**_data()["lacinka"], **(_data()["lacinka_soft_l"] if soft_l else {})}
    return re.compile("|".join(re.escape(k) for k in sorted(rules, key=len, reverse=True))), rules


@cache
def _press() -> tuple[re.Pattern[str], dict[str, str]]:
    rules = _data()["lacinka_press"]
    return re.compile("|".join(re.escape(k) for k in sorted(rules, key=len, reverse=True))), rules


def is_lacinka(latin: str) -> bool:
    """Whether a name is written in the Belarusian Latin alphabet or Polish letters (Łukša,
    Czasnouski), not a press romanization."""
    low = latin.casefold()
    return any(mark in low for mark in _data()["lacinka_marks"])


def back_to_cyrillic(latin: str, lang: str) -> str:
    """A likely Cyrillic form of a Latin name in `lang` ('be' or 'ru'): a guess to review."""
    if is_lacinka(latin):
        if lang == "be":
            return _from_lacinka(latin)
        pattern, press = _press()
        latin = pattern.sub(lambda m: press[m.group()], latin.casefold())
    pattern, rules, ending, endings = _rules(lang)
    words = []
    for word in latin.split():
        low = word.casefold()
        m = ending.search(low)
        tail = endings[m.group()] if m else ""
        cyr = pattern.sub(lambda m: rules[m.group()], low[:m.start()] if m else low) + tail
        if lang == "be":
            cyr = _VOWEL_THEN_U.sub("ў", cyr)   # Karpiankou: -оў
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
    return {"be": back_to_cyrillic(be, "be"),
            "ru": back_to_cyrillic(min(latins, key=leaning), "ru")}
