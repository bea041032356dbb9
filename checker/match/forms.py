"""Every Latin form of a glossary entry's names, generated through the romanization schemes."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache

from checker.datafiles import load_data
from checker.glossary.model import Entry, Kind
from checker.match.keys import is_stopword, without_number_signs
from checker.text.letters import APOSTROPHE_GLYPHS, CYRILLIC_LETTER, STRESS
from checker.translit import get_scheme, scheme_ids, transliterate_all
from checker.translit.reverse import likely_cyrillic

_SPLIT = re.compile(r"[\s,]+")



class Role(StrEnum):
    """The part a word plays in an entry's name."""

    GIVEN = "given"
    PATRONYMIC = "patronymic"
    FAMILY = "family"
    INITIAL = "initial"
    WORD = "word"          # a word of a name that is not a person's


ROLES_PERSON = (Role.GIVEN.value, Role.PATRONYMIC.value, Role.FAMILY.value)
# a word that names the entry by itself: a person's family name or any word of another name
NAMING_ROLES = (Role.FAMILY, Role.WORD)


@dataclass(frozen=True)
class Name:
    """One written name of an entry: its parts with their roles and where it comes from."""

    entry: str
    parts: tuple[str, ...]      # the written parts (Cyrillic or Latin)
    roles: tuple[str, ...]      # given / patronymic / family for persons, word for others
    origin: str                 # 'canonical', 'variant', 'be', 'ru', or GUESSED
    language: str | None        # 'be' / 'ru' for Cyrillic names


def split_words(text: str) -> list[str]:
    """Words of a name (hyphenated words stay whole)."""
    return without_number_signs([w for w in _SPLIT.split(text.replace(STRESS, "")) if w])


def person_roles(n: int) -> tuple[str, ...]:
    """Roles of the words of a person's name written given name first."""
    if n == 1:
        return ("family",)
    if n == 2:
        return ("given", "family")
    return ("given",) + ("patronymic",) * (n - 2) + ("family",)


def names_of(entry: Entry) -> list[Name]:
    """Every written name of an entry, split into roled parts."""
    out: list[Name] = []
    seen: set[tuple] = set()

    def add(text: str, origin: str, language: str | None) -> None:
        words = tuple(split_words(text))
        if entry.kind != "person":
            kept = tuple(w for w in words if not is_stopword(w))
            words = kept or words
        if not words or (words, origin) in seen:
            return
        seen.add((words, origin))
        roles = person_roles(len(words)) if entry.kind == "person" else ("word",) * len(words)
        out.append(Name(entry.id, words, roles, origin, language))

    add(entry.canonical, "canonical", None)
    for v in (*entry.variants, *entry.historical):
        add(v, "variant", None)
    for a in entry.admitted:
        add(a, "admitted", None)
    for lang, form in entry.cyrillic:
        add(form, lang, lang)
    for _, form in entry.forms:
        add(form, "variant", None)
    return out


GUESSED = "likely Cyrillic"   # the origin, and the way made, of a guessed name and its forms


def guessed_names(entry: Entry) -> list[Name]:
    """The names of a person or place the glossary gives only in Latin script, in their likely
    Belarusian and Russian Cyrillic (reverse romanization), so that the matcher generates
    their forms as for an entry with Cyrillic forms (Mikalai Karpiankou: Карпянкоў, so
    Karpenkov; Mikalai, so Nikolai). Organisations' names are translated, not romanized: none."""
    if entry.cyrillic or entry.kind not in (Kind.PERSON, Kind.PLACE):
        return []
    out = []
    for lang, text in likely_cyrillic((entry.canonical, *entry.variants)).items():
        words = tuple(split_words(text))
        if words:
            roles = person_roles(len(words)) if entry.kind == Kind.PERSON else ("word",) * len(words)
            out.append(Name(entry.id, words, roles, GUESSED, lang))
    return out


# Every Cyrillic word is romanized through the schemes of both languages: Belarusian names
# reach Latin script through Russian schemes too (Russian-language documents, registers that
# apply Russian rules to Belarusian spellings), and glossary data declares forms under the
# wrong language often enough.
BOTH_LANGUAGES = ("be", "ru")


@cache
def _schemes(language: str) -> tuple[str, ...]:
    return tuple(s for s in scheme_ids() if get_scheme(s).language == language)


# Letters one orthography has and the other lacks, read as the other's nearest letter when a
# word is put through the other language's schemes (Віцебск through a Russian scheme: Vitsebsk).
_AS_LANGUAGE = {
    "ru": str.maketrans({"і": "и", "І": "И", "ў": "в", "Ў": "В", **dict.fromkeys(APOSTROPHE_GLYPHS, "")}),
    "be": str.maketrans({"и": "і", "И": "І", "щ": "шч", "Щ": "Шч", "ъ": "’", "Ъ": "’"}),
}
_CYRILLIC = CYRILLIC_LETTER


@lru_cache(maxsize=500_000)
def romanize_word(word: str, languages: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(Latin form, scheme id) for every scheme of the languages, alternatives included; unique forms."""
    out: dict[str, str] = {}
    for lang in languages:
        for sid in _schemes(lang):
            for form in romanize_with(word, sid):
                out.setdefault(form, sid)
    return tuple(out.items())


def romanize_with(word: str, scheme_id: str) -> list[str]:
    """A Cyrillic word's Latin forms through one scheme (read as that scheme's language),
    alternatives included."""
    text = word.translate(_AS_LANGUAGE[get_scheme(scheme_id).language])
    return [f for f in transliterate_all(text, scheme_id) if not _CYRILLIC.search(f)]


_GIVEN_DATA = load_data("checker.match", "given_names.yaml")
_GIVEN: dict[str, list[str]] = _GIVEN_DATA["names"]
#: given name -> its other forms as one name (Аляксандр: Алесь, Александр; Зміцер: Дзмітрый...)
OTHER_GIVEN_FORMS: dict[str, tuple[str, ...]] = {
    name: tuple(other for other in group if other != name)
    for group in _GIVEN_DATA["one_name"] for name in group}
OTHER_GIVEN_FORM = "other form of the given name"


def latin_forms(name: Name, index: int) -> tuple[tuple[str, str], ...]:
    """(Latin form, how) for one part of a name: the part itself if Latin, else every romanization.

    A person's Cyrillic given name also brings its conventional Latin forms (Alexander).
    """
    word = name.parts[index]
    if name.language is None:
        return ((word, name.origin),)
    forms = romanize_word(word, BOTH_LANGUAGES)
    if name.roles[index] == "given":
        if word in _GIVEN:
            forms += tuple((f, "conventional given name") for f in _GIVEN[word])
        known = {f for f, _ in forms}
        forms += tuple((f, OTHER_GIVEN_FORM) for other in OTHER_GIVEN_FORMS.get(word, ())
                       for f, _ in romanize_word(other, BOTH_LANGUAGES) if f not in known)
    return forms


def whole_forms(name: Name) -> tuple[tuple[str, str], ...]:
    """(Latin form, how) of a whole name: itself if Latin, else every scheme's romanization."""
    text = " ".join(name.parts)
    if name.language is None:
        return ((text, name.origin),)
    return romanize_word(text, BOTH_LANGUAGES)
