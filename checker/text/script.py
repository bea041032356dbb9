"""Scripts of words: Cyrillic, Latin, and mixed-script (homoglyph) spellings."""
from __future__ import annotations

import re

from checker.datafiles import load_data

_PAIRS: dict[str, str] = load_data("checker.text", "homoglyphs.yaml")["pairs"]
TO_CYRILLIC = str.maketrans(_PAIRS)
TO_LATIN = str.maketrans({c: l for l, c in _PAIRS.items()})
_CYR = "\u0400-\u052F"
_LAT = "A-Za-z\u00C0-\u024F\u1E00-\u1EFF"
CYRILLIC_LETTER = re.compile(f"[{_CYR}]")
LATIN_LETTER = re.compile(f"[{_LAT}]")
# a run of letters with both a Latin and a Cyrillic one in it
MIXED_WORD = re.compile(rf"(?<![^\W\d_])[^\W\d_]*?(?:[{_LAT}][^\W\d_]*?[{_CYR}]|[{_CYR}][^\W\d_]*?[{_LAT}])"
                        rf"[^\W\d_]*")


def script_of(word: str) -> str:
    """'cyrillic', 'latin', 'mixed' or 'none' for a word (by its letters)."""
    cyr = bool(CYRILLIC_LETTER.search(word))
    lat = bool(LATIN_LETTER.search(word))
    if cyr and lat:
        return "mixed"
    return "cyrillic" if cyr else "latin" if lat else "none"


def unmix(word: str) -> str | None:
    """The clean single-script form of a mixed-script word, or None when it cannot be told.

    Letters of the minority script that have a lookalike in the majority script are
    replaced; when a minority letter has no lookalike the word is left as it is.
    """
    cyr = len(CYRILLIC_LETTER.findall(word))
    lat = len(LATIN_LETTER.findall(word))
    if not (cyr and lat):
        return None
    if cyr >= lat:
        clean = word.translate(TO_CYRILLIC)
        return clean if not LATIN_LETTER.search(clean) else None
    clean = word.translate(TO_LATIN)
    return clean if not CYRILLIC_LETTER.search(clean) else None
