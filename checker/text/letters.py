"""The letters namecheck tells apart, defined once: scripts, the letters of one orthography,
apostrophes, stress marks, homoglyphs and English possessive endings.

The Cyrillic and Latin classes are worked out from this Python's Unicode tables rather than
typed as ranges: a letter (category L) of the Basic Multilingual Plane is Cyrillic or Latin
when its name says so (CYRILLIC SMALL LETTER A, FULLWIDTH LATIN CAPITAL LETTER A), or when it
is a compatibility form of letters of that script (ª, ᵃ, ﬁ; a font variant such as ℂ is not:
Unicode gives those no script). Signs that sit among the letters of a block (× and ÷ in
Latin-1, ҂ and the combining marks in Cyrillic) are not letters, so every letter of these
classes is a letter to LETTER too. Working the classes out takes about 40 ms; they are cached
on disk, keyed by the Unicode version and this module.

Regular-expression fragments are named in capitals: a class body (CYRILLIC, LATIN, ...) goes
inside [...], a fragment ending in _RE or a *_LETTER pattern is ready to use.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from operator import le
from pathlib import Path

from checker.cache import Codec, cached
from checker.datafiles import load_data
from checker.plain import need, record, tuples_of

#: A letter as Python's re reads one: a word character that is no digit and no underscore.
LETTER = r"[^\W\d_]"


def _script_of_char(c: str) -> str | None:
    """'cyrillic', 'latin' or None for one character, as the module docstring says."""
    if not unicodedata.category(c).startswith("L"):
        return None
    words = unicodedata.name(c, "").split()
    if "CYRILLIC" in words:
        return "cyrillic"
    if "LATIN" in words:
        return "latin"
    decomposition = unicodedata.decomposition(c)
    if not decomposition or decomposition.startswith("<font>"):
        return None
    scripts = {_script_of_char(p) for p in unicodedata.normalize("NFKD", c)
               if unicodedata.category(p).startswith("L")}
    return scripts.pop() if len(scripts) == 1 else None


def _ranges(codes: list[int]) -> tuple[tuple[int, int], ...]:
    """Sorted code points as (first, last) runs."""
    out: list[tuple[int, int]] = []
    for c in codes:
        if out and c == out[-1][1] + 1:
            out[-1] = (out[-1][0], c)
        else:
            out.append((c, c))
    return tuple(out)


_CLASSES = ("cyrillic", "latin", "cyrillic_upper", "upper")


def _work_out() -> dict[str, tuple[tuple[int, int], ...]]:
    """The code point runs of each class, from the Unicode tables (about 40 ms)."""
    codes: dict[str, list[int]] = {name: [] for name in _CLASSES}
    letter = re.compile(LETTER)
    for i in range(0x10000):
        c = chr(i)
        if c.isupper() and letter.match(c):
            codes["upper"].append(i)
        script = _script_of_char(c)
        if script is None:
            continue
        codes[script].append(i)
        if script == "cyrillic" and c.isupper():
            codes["cyrillic_upper"].append(i)
    return {name: _ranges(found) for name, found in codes.items()}


def _from_plain(data: object) -> dict[str, tuple[tuple[int, int], ...]]:
    """The classes read back from the cache: for each, (first, last) runs of code points of
    the Basic Multilingual Plane, as _ranges makes them (a run out of order would make a
    class that re.compile refuses)."""
    classes = record(data, _CLASSES, "letter classes")
    for name, ranges in classes.items():
        runs = tuples_of(ranges, name, int)
        need(set(map(len, runs)) <= {2}, f"{name}: not (first, last) runs")
        firsts, lasts = [a for a, _ in runs], [b for _, b in runs]
        need(all(map(le, firsts, lasts)) and (not runs or (min(firsts) >= 0 and max(lasts) < 0x10000)),
             f"{name}: runs out of order")
    return classes


def _classes() -> dict[str, tuple[tuple[int, int], ...]]:
    key = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return cached(f"letters-{unicodedata.unidata_version}-{key}", _work_out,
                  Codec(dict, _from_plain))


def class_body(ranges: tuple[tuple[int, int], ...]) -> str:
    """Runs of code points as the inside of a regular-expression class ([...])."""
    return "".join(f"\\u{a:04x}" + (f"-\\u{b:04x}" if b > a else "") for a, b in ranges)


_RANGES = _classes()
#: Runs of code points of the Cyrillic letters, for APIs that take ranges.
CYRILLIC_RANGES: tuple[tuple[int, int], ...] = _RANGES["cyrillic"]
LATIN_RANGES: tuple[tuple[int, int], ...] = _RANGES["latin"]

#: Class bodies: the Cyrillic letters, the upper-case ones, the Latin letters.
CYRILLIC = class_body(CYRILLIC_RANGES)
CYRILLIC_UPPER = class_body(_RANGES["cyrillic_upper"])
LATIN = class_body(LATIN_RANGES)
#: Class body: every letter (LETTER) that str.isupper() calls upper case, of any script.
UPPER = class_body(_RANGES["upper"])

CYRILLIC_LETTER = re.compile(f"[{CYRILLIC}]")
LATIN_LETTER = re.compile(f"[{LATIN}]")

#: Letters of Belarusian that Russian lacks, and of Russian that Belarusian lacks (ё is both's).
# the Latin letters a name word ending in a vowel ends in (Babaryka, Haradzeya)
LATIN_VOWELS = frozenset("aeiouy")

# The classical orthography (Taraškievica) marks a consonant's softness before a soft one
# (сьнег, Пазьняк, вобласьці), which the official one leaves to the reader (снег, Пазняк,
# вобласці): a soft sign before a consonant, taken out, gives the official spelling
CLASSICAL_SOFT_SIGN = re.compile("ь(?=[бвгджзйклмнпрстўфхцчш])")
BELARUSIAN_ONLY = "іІўЎ"
#: The Latin letter that only Belarusian romanization and Łacinka write (ŭ for ў): a
#: spelling with it is a romanization of a Belarusian name, never a foreign name's own.
BELARUSIAN_LATIN_ONLY = "ŭŬ"
RUSSIAN_ONLY = "иИщЩъЪ"
#: Letters no Belarusian text has: Russian's own and the pre-reform yat.
NOT_BELARUSIAN = RUSSIAN_ONLY + "ѣѢ"

#: The apostrophes a word may have between its letters (Мар’яна, O'Brien): the typewriter
#: apostrophe, the right single quotation mark and the modifier letter apostrophe.
APOSTROPHES = "'’ʼ"
# the dashes that join a compound's words when a run of capitalised words stops at them
COMPOUND_DASHES = "\u2010\u2011\u2013"   # hyphen, non-breaking hyphen, en dash
LONGEST_WORD = 40   # how far back the word before such a dash is read
#: Every glyph a romanization scheme reads as the Belarusian apostrophe: the apostrophes and
#: what is typed for them (acute and grave accents, the left quotation mark, the prime). A
#: scheme's entry for ’ (APOSTROPHE_KEY) applies to all of them.
APOSTROPHE_GLYPHS = APOSTROPHES + "´`‘′"
APOSTROPHE_KEY = "’"
_ONE_APOSTROPHE = dict.fromkeys(map(ord, APOSTROPHES[1:]), "'")


def spelling_key(spelling: str) -> str:
    """A spelling as NC004 compares spellings: case aside, and every glyph typed for an
    apostrophe the same one (People's, People’s: typography, not another spelling)."""
    return spelling.casefold().translate(_ONE_APOSTROPHE)


#: The apostrophes of an English possessive ending ('s, ’s, and ʼs, which Ukrainian outlets'
#: English uses): no apostrophe of a Belarusian word comes before a final s.
POSSESSIVE_APOSTROPHES = "'’ʼ"
POSSESSIVE = f"[{POSSESSIVE_APOSTROPHES}][sS]"
#: A possessive ending at the end of a string, to strip ("Tsikhanouskaya's" -> the name).
POSSESSIVE_END = re.compile(POSSESSIVE + r"\Z")
#: A possessive ending where a match starts (right after a name: "Mogilev's plant").
POSSESSIVE_START = re.compile(POSSESSIVE)

#: The combining acute accent that marks stress (Міхаі́л), and the marks a Cyrillic word's
#: stress is written with (acute, and grave for a secondary stress).
STRESS = "\u0301"
STRESS_MARKS = "\u0300\u0301"
#: The Combining Diacritical Marks block (U+0300-U+036F, every one a nonspacing mark): the
#: marks a word may carry after its letters.
COMBINING_MARKS = "\u0300-\u036f"

#: Latin letters that look like Cyrillic ones, Latin -> Cyrillic (data: homoglyphs.yaml).
HOMOGLYPHS: dict[str, str] = load_data("checker.text", "homoglyphs.yaml")["pairs"]
TO_CYRILLIC = str.maketrans(HOMOGLYPHS)
TO_LATIN = str.maketrans({cyr: lat for lat, cyr in HOMOGLYPHS.items()})
#: A language's Cyrillic letters read from its own code page's bytes (Polish у: ó), by
#: language, as translation tables to Latin (data: homoglyphs.yaml).
CODE_PAGE_LETTERS: dict[str, dict[int, str]] = {
    lang: str.maketrans(table) for lang, table in
    load_data("checker.text", "homoglyphs.yaml")["code_page_letters"].items()}


def is_cyrillic(c: str) -> bool:
    """Whether a character is a Cyrillic letter."""
    return CYRILLIC_LETTER.fullmatch(c) is not None


def is_latin(c: str) -> bool:
    """Whether a character is a Latin letter."""
    return LATIN_LETTER.fullmatch(c) is not None


def strip_stress(text: str) -> str:
    """Text without its stress marks (the combining acute)."""
    return text.replace(STRESS, "")
