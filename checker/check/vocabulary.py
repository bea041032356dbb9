"""The closed sets of values that the rules compare against: entry kinds, the part a word plays
in a name, resolution statuses and the two Cyrillic orthographies.

The values are made by the glossary and the matcher as plain strings; these enums name them
(and compare equal to them) so that a rule cannot misspell one.
"""
from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """What a glossary entry names."""

    PERSON = "person"
    PLACE = "place"
    ORGANIZATION = "organization"
    OTHER = "other"


class Role(StrEnum):
    """The part a word plays in an entry's name."""

    GIVEN = "given"
    PATRONYMIC = "patronymic"
    FAMILY = "family"
    INITIAL = "initial"
    WORD = "word"          # a word of a name that is not a person's


class Status(StrEnum):
    """How a written name resolved (the statuses the rules tell apart)."""

    SUGGESTION = "suggestion"


class Orthography(StrEnum):
    """The two Cyrillic orthographies a glossary entry is written in."""

    BELARUSIAN = "be"
    RUSSIAN = "ru"


# a word that names the entry by itself: a person's family name or any word of another name
NAMING_ROLES = (Role.FAMILY, Role.WORD)
