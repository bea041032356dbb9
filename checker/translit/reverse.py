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


def back_to_cyrillic(latin: str, lang: str) -> str:
    """A likely Cyrillic form of a Latin name in `lang` ('be' or 'ru'): a guess to review."""
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
        words.append(cyr[:1].upper() + cyr[1:])
    return " ".join(words)


def likely_cyrillic(latins: Sequence[str]) -> dict[str, str]:
    """The likely Belarusian form of a name, from the spelling that leans most to a Belarusian
    romanization, and its Russian form from the one that leans most to a Russian one
    (Uladzislau Harbatsevich, Vladislav Gorbatsevich); {} for no spelling."""
    if not latins:
        return {}
    return {"be": back_to_cyrillic(max(latins, key=leaning), "be"),
            "ru": back_to_cyrillic(min(latins, key=leaning), "ru")}
