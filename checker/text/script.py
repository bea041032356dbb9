"""Scripts of words: Cyrillic, Latin, and mixed-script (homoglyph) spellings."""
from __future__ import annotations

import re

from checker.text.letters import (
    CODE_PAGE_LETTERS,
    CYRILLIC_LETTER,
    LATIN_LETTER,
    LETTER,
    TO_CYRILLIC,
    TO_LATIN,
)

__all__ = ["CYRILLIC_LETTER", "LATIN_LETTER", "TO_CYRILLIC", "TO_LATIN", "mixed_words",
           "roman_value", "script_of", "unmix"]

_LETTER = re.compile(LETTER)
_LETTERS = re.compile(LETTER + "+")
# (with I, V or X: a mixed С and М alone is more likely an abbreviation than a number)
_ROMAN_NUMERAL = re.compile(r"[IVXLCDM]*[IVX][IVXLCDM]*")
# the values of the Roman numerals names and centuries use, the Cyrillic І too (Мікалай ІІ)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "І": 1}


def roman_value(number: str) -> int:
    """A Roman numeral's value (IV: 4, XIX: 19), in capitals; one a letter smaller than the
    next subtracts from it."""
    values = [_ROMAN[c] for c in number]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))


def mixed_words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """[start, end) of each word of text[start:end] (a maximal run of letters) that has both
    Latin and Cyrillic letters in it.

    Only the letters of the script the span has fewer of are visited, so an English or a
    Russian text is scanned at the speed of a regular-expression search.
    """
    end = len(text) if end is None else end
    if not CYRILLIC_LETTER.search(text, start, end) or not LATIN_LETTER.search(text, start, end):
        return []
    n_cyr = len(CYRILLIC_LETTER.findall(text, start, end))
    n_lat = len(LATIN_LETTER.findall(text, start, end))
    rare, other = (CYRILLIC_LETTER, LATIN_LETTER) if n_cyr <= n_lat else (LATIN_LETTER, CYRILLIC_LETTER)
    out: list[tuple[int, int]] = []
    done = start
    for m in rare.finditer(text, start, end):
        p = m.start()
        if p < done:
            continue
        s = p
        while s > 0 and _LETTER.match(text, s - 1):
            s -= 1
        # every Cyrillic or Latin letter is a letter to LETTER (checker.text.letters), so a
        # word starts here
        m_word = _LETTERS.match(text, p, end)
        assert m_word is not None
        e = m_word.end()
        done = e
        # a word that begins before the span is not a word of the span
        if s >= start and other.search(text, s, e):
            out.append((s, e))
    return out


def script_of(word: str) -> str:
    """'cyrillic', 'latin', 'mixed' or 'none' for a word (by its letters)."""
    cyr = bool(CYRILLIC_LETTER.search(word))
    lat = bool(LATIN_LETTER.search(word))
    if cyr and lat:
        return "mixed"
    return "cyrillic" if cyr else "latin" if lat else "none"


def unmix(word: str, latin_around: bool | None = None, language: str | None = None) -> str | None:
    """The clean single-script form of a mixed-script word, or None when it cannot be told.

    Letters of the minority script that have a lookalike in the majority script are
    replaced, but a Roman numeral is written in Latin letters whichever script has more; when
    a minority letter has no lookalike the word is left as it is, and so is a
    capital of the minority script glued before a capitalised word ("ВVolha": a stray letter
    or a preposition lost its space, and "BVolha" is no word). A word with as many letters of
    each takes the script of the words around it (`latin_around`), and a word made Latin in
    a `language` whose page was read in the Cyrillic code page takes that language's letter
    (Polish wspуlnie: wspólnie).
    """
    cyr = len(CYRILLIC_LETTER.findall(word))
    lat = len(LATIN_LETTER.findall(word))
    if not (cyr and lat):
        return None
    if _glued_capital(word):
        return None
    latin = word.translate(TO_LATIN)
    if _ROMAN_NUMERAL.fullmatch(latin):
        return latin   # a century's number (ХIХ, ХVІ) is Latin in either language's text
    if cyr > lat or cyr == lat and not latin_around:
        clean = word.translate(TO_CYRILLIC)
        return clean if not LATIN_LETTER.search(clean) else None
    clean = word.translate(CODE_PAGE_LETTERS.get(language or "", {})).translate(TO_LATIN)
    return clean if not CYRILLIC_LETTER.search(clean) else None


def _glued_capital(word: str) -> bool:
    """Whether the word is one capital of one script before a capitalised word of the other."""
    rest = word[1:]
    return (len(rest) > 1 and word[0].isupper() and rest[0].isupper() and rest[1].islower()
            and script_of(word[0]) != script_of(rest) and script_of(rest) != "mixed")
