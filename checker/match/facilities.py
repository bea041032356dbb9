"""Places of detention named by their type and number (IK-15, калонія № 15, Gefängnis Nr. 1):
the types, and how a look-up's words name one (rules in facilities.yaml)."""
from __future__ import annotations

import re
from functools import lru_cache

from checker.datafiles import load_data
from checker.match.keys import NUMBER_SIGNS

_DATA = load_data("checker.match", "facilities.yaml")
#: type code (IK, SIZO) -> what it is in English
TYPES: dict[str, str] = {code: t["name"] for code, t in _DATA["types"].items()}
_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (code, tuple(phrase)) for code, t in _DATA["types"].items() for phrase in t["phrases"])
#: a glossary entry's number: a type's code and the number (IK-15, SIZO-1)
NUMBER_CODE = re.compile(r"([A-Za-z]+)-([1-9][0-9]*)\Z")
_WORD = re.compile(r"[^\W\d_]+|\d+")   # letters or digits: hyphens, dots and № are no words
_SIGNS = frozenset(s.rstrip(".") for s in NUMBER_SIGNS)
_LEADING = frozenset(("the",))


def facility_code(text: str) -> tuple[str, int] | None:
    """(type code, number) of an entry's number as the glossary writes it (IK-15), or None
    when it is not a known type's code and a number."""
    found = NUMBER_CODE.match(text)
    if found is None or found.group(1) not in TYPES:
        return None
    return found.group(1), int(found.group(2))


def _fits(word: str, form: str) -> bool:
    return word.startswith(form[:-1]) if form.endswith("*") else word == form


@lru_cache(maxsize=4096)
def facility_named(query: str) -> tuple[str, int] | None:
    """(type code, number) of a look-up made of a facility type's words and a number
    (penal colony No. 15, ИК-15, турма № 1), or None."""
    words = _WORD.findall(query.casefold())
    if len(words) < 2 or not words[-1].isdigit() or words[-1].startswith("0"):
        return None
    rest = words[:-1]
    if rest and rest[-1] in _SIGNS:
        rest.pop()
    if rest and rest[0] in _LEADING:
        rest.pop(0)
    for code, phrase in _PHRASES:
        if len(phrase) == len(rest) and all(map(_fits, rest, phrase)):
            return code, int(words[-1])
    return None
