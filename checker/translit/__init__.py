"""Romanization of Belarusian and Russian names under published standards and conventions.

Every scheme is data: ``schemes/<scheme-id>.yaml`` (format in ``schemes/README.md``),
run by the small rule engine in :mod:`checker.translit.engine`.

>>> transliterate("Аляксандр Тарайкоўскі", "be-press")
'Aliaksandr Taraikouski'
>>> transliterate("ЩЕГЛОВА", "ru-icao")
'SHCHEGLOVA'
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from checker.text.letters import BELARUSIAN_ONLY, RUSSIAN_ONLY
from checker.translit.engine import Engine, compile_scheme, raw_scheme, scheme_files

__all__ = [
    "KINDS",
    "LANGUAGES",
    "Scheme",
    "detect_language",
    "counterpart_style",
    "get_scheme",
    "scheme_ids",
    "schemes_for",
    "transliterate",
    "transliterate_all",
]

#: The kinds a scheme can be: an official or published standard, the project's house
#: style, or a convention found in real-world data (used to generate variants).
KINDS = ("standard", "house", "convention")
LANGUAGES = ("be", "ru")


@dataclass(frozen=True)
class Scheme:
    """One romanization scheme: its description, published samples and compiled rules."""

    id: str
    language: str
    name: str
    kind: str
    source: str
    samples: tuple[tuple[str, str, str], ...]
    alternatives: tuple[str, ...] = ()
    base: str | None = None
    engine: Engine = field(repr=False, compare=False, default=None)  # type: ignore[assignment]

    def transliterate(self, text: str) -> str:
        """The main form of ``text`` under this scheme."""
        return self.engine.transliterate(text)

    def transliterate_all(self, text: str) -> list[str]:
        """Main form first, then every alternative form the scheme allows (unique)."""
        return self.engine.transliterate_all(text)


@cache
def _all_ids() -> tuple[str, ...]:
    return tuple(sorted(scheme_files()))


@cache
def get_scheme(scheme_id: str) -> Scheme:
    """The scheme with this id, compiled once; ``KeyError`` names the known ids."""
    if scheme_id not in _all_ids():
        raise KeyError(
            f"unknown romanization scheme {scheme_id!r}; known schemes: {', '.join(_all_ids())}"
        )
    raw = raw_scheme(scheme_id)
    samples = tuple(
        (str(s["cyrillic"]), str(s["expected"]), str(s.get("source", "")))
        for s in raw.get("samples") or []
    )
    return Scheme(
        id=scheme_id,
        language=str(raw["language"]),
        name=str(raw["name"]),
        kind=str(raw["kind"]),
        source=" ".join(str(raw["source"]).split()),
        samples=samples,
        alternatives=tuple(str(a.get("name", "")) for a in raw.get("alternatives") or []),
        base=raw.get("base"),
        engine=compile_scheme(scheme_id),
    )


def scheme_ids(kind: str | None = None) -> list[str]:
    """Sorted ids of all schemes, or of those of one kind (standard, house, convention)."""
    if kind is None:
        return list(_all_ids())
    if kind not in KINDS:
        raise ValueError(f"unknown scheme kind {kind!r}; kinds: {', '.join(KINDS)}")
    return [i for i in _all_ids() if raw_scheme(i).get("kind") == kind]


_MAIN: dict[str, Callable[[str], str]] = {}


def transliterate(text: str, scheme_id: str) -> str:
    """Romanize ``text`` under the scheme: its main form. Non-Cyrillic text is kept as is."""
    fn = _MAIN.get(scheme_id)
    if fn is None:
        fn = _MAIN[scheme_id] = get_scheme(scheme_id).engine.main.text
    return fn(text)


def transliterate_all(text: str, scheme_id: str) -> list[str]:
    """Main form first, then every alternative form the scheme allows (unique)."""
    return get_scheme(scheme_id).engine.transliterate_all(text)


_BE_MARKS = re.compile(f"[{BELARUSIAN_ONLY}]")
_RU_MARKS = re.compile(f"[{RUSSIAN_ONLY}]")


def detect_language(text: str) -> str | None:
    """'be' if the text has ў or Cyrillic і, 'ru' if it has и щ ъ, None if nothing tells.

    When both kinds of letter occur the more frequent kind wins; a tie gives None.
    """
    be = len(_BE_MARKS.findall(text))
    ru = len(_RU_MARKS.findall(text))
    if be > ru:
        return "be"
    if ru > be:
        return "ru"
    return None


#: The house scheme of each language, used for the language the house style is not in.
PRESS_STYLES = {"be": "be-press", "ru": "ru-press"}


def counterpart_style(house_style: str) -> str:
    """The scheme romanizing the other language than the house style's (be-press: ru-press)."""
    lang = get_scheme(house_style).language
    return PRESS_STYLES["ru" if lang == "be" else "be"]


def schemes_for(language: str | None) -> list[str]:
    """Sorted ids of the standard and house schemes of a language (both when None)."""
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; languages: {', '.join(LANGUAGES)}")
    return [
        i
        for i in _all_ids()
        if raw_scheme(i).get("kind") in ("standard", "house")
        and (language is None or raw_scheme(i).get("language") == language)
    ]
