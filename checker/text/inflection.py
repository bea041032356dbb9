"""Base (nominative) forms of inflected Russian and Belarusian name words (rules in inflection.yaml)."""
from __future__ import annotations

from functools import lru_cache
from itertools import islice, product

from checker.datafiles import load_data

_DATA = load_data("checker.text", "inflection.yaml")
_RULES: list[tuple[str, str]] = sorted({(a, b) for a, b in _DATA["rules"] if a != b},
                                       key=lambda r: (-len(r[0]), r))
# the rule that explains more of a target's ending says its case form: Лукашенко -> Лукашенком
# by "о" -> "ом", not Лукашенкоом by "" -> "ом"
_BY_REPLACEMENT = sorted(_RULES, key=lambda r: -len(r[1]))
_SAME_CASE: dict[tuple[str, str], list[str]] = {}
for _be, _ru in _DATA["correspondences"]:
    _SAME_CASE.setdefault(("be", _be), []).append(_ru)
    _SAME_CASE.setdefault(("ru", _ru), []).append(_be)
MIN_STEM = 2


@lru_cache(maxsize=100_000)
def base_forms(word: str) -> tuple[str, ...]:
    """The word itself, then every candidate base form its ending allows (lowercase); a
    hyphenated word's parts each take their own ending (Шарэнды-Панасюк: Шарэнда-Панасюк)."""
    w = word.lower()
    if "-" in w.strip("-"):
        parts = [_part_bases(p) for p in w.split("-")]
        out = dict.fromkeys("-".join(combo) for combo in islice(product(*parts), HYPHENATED_MAX))
        return tuple(dict.fromkeys((w, *_part_bases(w)[1:], *out)))
    return _part_bases(w)


HYPHENATED_MAX = 24   # readings of a hyphenated word's parts tried at most


def _part_bases(w: str) -> tuple[str, ...]:
    out = [w]
    for ending, repl in _RULES:
        if w.endswith(ending) and len(w) - len(ending) >= MIN_STEM:
            cand = w[: len(w) - len(ending)] + repl
            if cand not in out:
                out.append(cand)
    return tuple(out)


def inflect_like(found: str, found_base: str, target_base: str, language: str) -> str | None:
    """`target_base` (the other language's form of a name) in the case `found` is in.

    `found` is an inflected word of `language` ('be' or 'ru') whose base form is `found_base`;
    the answer keeps found's case pattern. None when no rule explains the ending.
    """
    def low(text: str) -> str:
        return text.lower().replace("ё", "е")

    w, base, target = low(found), low(found_base), low(target_base)
    if w == base:
        return _like(found, target_base)
    for ending, repl in _RULES:
        if not (w.endswith(ending) and w[: len(w) - len(ending)] + repl == base):
            continue
        for other_ending in _SAME_CASE.get((language, ending), ()):
            for ending2, repl2 in _BY_REPLACEMENT:
                if ending2 == other_ending and target.endswith(repl2):
                    return _like(found, target_base[: len(target) - len(repl2)] + ending2)
    return None


def _like(found: str, word: str) -> str:
    if found.isupper():
        return word.upper()
    if found[:1].isupper():
        return word[:1].upper() + word[1:]
    return word.lower()
