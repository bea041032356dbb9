"""The shape of a family name in Latin letters, told by its ending (name_shapes.yaml): Baltic
(Kozlovskis), Belarusian or Russian (Kazlouski), and among those adjectival (Palianski) or not
(Palienka), a family's plural (Yaroslavichi), or a place named after a family (Tarasowo)."""
from __future__ import annotations

from enum import StrEnum
from functools import cache

from checker.datafiles import load_data


class Shape(StrEnum):
    """What a family name's ending says of it."""

    BALTIC = "baltic"
    ADJECTIVAL = "adjectival"   # Belarusian or Russian, an adjective's ending (-ski, -skaya)
    NOUN = "noun"               # Belarusian or Russian, a noun's ending (-ka, -ou, -ich)
    SLAVIC = "slavic"           # Belarusian or Russian, an ending of either (-a)
    PLURAL = "plural"           # a family's or a dynasty's plural (-ichi, -ichy)
    PLACE = "place"             # a place named after a family (-ovo, -owo: Tarasowo)
    UNKNOWN = "unknown"


@cache
def _endings() -> dict[str, tuple[str, ...]]:
    data = load_data("checker.text", "name_shapes.yaml")
    return {key: tuple(values) for key, values in data.items() if isinstance(values, list)}


@cache
def _genders() -> dict[str, tuple[str, ...]]:
    data = load_data("checker.text", "name_shapes.yaml")["adjective_genders"]
    return {gender: tuple(endings) for gender, endings in data.items()}


def adjective_gender(word: str) -> str | None:
    """The gender an adjectival name's ending tells, Latin or Cyrillic ('feminine' for
    Kupalauskaya, Багінская; 'neuter' for Kupalovskoye, Круглае), or None."""
    word = word.lower()
    for gender, endings in _genders().items():
        if word.endswith(endings):
            return gender
    return None


def baltic_endings() -> tuple[str, ...]:
    """The endings of Lithuanian and Latvian names (Gabrielius, Landsbergis)."""
    return _endings()["baltic_endings"]


def slavic_endings() -> tuple[str, ...]:
    """The endings of Belarusian and Russian family names in Latin letters."""
    return _endings()["slavic_endings"]


def shape(word: str) -> Shape:
    """The shape of a family name, one word, in any case."""
    word = word.lower()
    if word.endswith(_endings()["plural_endings"]):
        return Shape.PLURAL
    if word.endswith(_endings()["place_endings"]):
        return Shape.PLACE
    if word.endswith(_endings()["adjectival_endings"]):
        return Shape.ADJECTIVAL
    if word.endswith(baltic_endings()):
        return Shape.BALTIC
    if word.endswith(_endings()["noun_endings"]):
        return Shape.NOUN
    if word.endswith(slavic_endings()):
        return Shape.SLAVIC
    return Shape.UNKNOWN


def other_family_shape(found: str, suggested: str) -> bool:
    """Whether a family name found (one word) is of a shape no misspelling of the suggested one
    takes: Belarusian or Russian beside Baltic (Kazlouski, Kozlovskis), or adjectival beside a
    noun's (Polyansky, Palienka). Only this way round for Baltic: a Belarusian name with an s
    added is as often an English plural or a possessive without its apostrophe (the Bielskis,
    Volskis) as a Baltic name."""
    a, b = shape(found), shape(suggested)
    if a in (Shape.SLAVIC, Shape.NOUN, Shape.ADJECTIVAL) and b == Shape.BALTIC:
        return True
    if a == Shape.PLURAL and b == Shape.NOUN:
        return True   # the Yaroslavichi, the sons of Yaroslav: no Yaraslavich
    if a == Shape.NOUN and b == Shape.UNKNOWN \
            and found.lower().endswith(_endings()["possessive_endings"]):
        return True   # Vorobyov, the Vorobeis' son's name: no Varabei misspelt
    return {a, b} == {Shape.ADJECTIVAL, Shape.NOUN}


def place_shaped(word: str) -> bool:
    """Whether a word ends as a place named after a family does (Tarasowo, Borisovo): no
    misspelling of a person's family name (Tarasov), though a place's name may be one."""
    return shape(word) == Shape.PLACE
