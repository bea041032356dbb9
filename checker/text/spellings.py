"""English words spelled two ways, British and American (rules in spellings.yaml)."""
from __future__ import annotations

from checker.datafiles import load_data

_DATA = load_data("checker.text", "spellings.yaml")
_PAIRS: tuple[tuple[str, str], ...] = tuple(
    (british, american) for british, american in _DATA["pairs"])
_OTHER: dict[str, str] = {a: b for pair in _PAIRS for a, b in (pair, pair[::-1])}
_BRITISH: dict[str, str] = {american: british for british, american in _PAIRS}
_ENDINGS: tuple[tuple[str, str], ...] = tuple(
    (british, american) for british, american in _DATA["endings"])
# the British endings alone, for one test of a word before american_spellings: most have none
BRITISH_ENDINGS = tuple(british for british, _ in _ENDINGS)


def american_spellings(word: str) -> list[str]:
    """The word, lowercase, with each British ending it has written the American way
    (honour: honor; centre: center); none for a word with no such ending."""
    lower = word.casefold()
    return [lower[:-len(british)] + american for british, american in _ENDINGS
            if lower.endswith(british) and len(lower) > len(british) + 2]


def other_spelling(word: str) -> str | None:
    """The word's spelling in the other English (theater: theatre), lowercase; None if none."""
    return _OTHER.get(word.casefold())


def british_spelling(word: str) -> str:
    """The word, lowercase, in its British spelling (defense: defence; others as they are)."""
    lower = word.casefold()
    return _BRITISH.get(lower, lower)


def spelling_pairs() -> tuple[tuple[str, str], ...]:
    """Every pair, British first."""
    return _PAIRS


def alike(a: str, b: str) -> bool:
    """Whether two words are one word, case aside, in either English (Center, centre)."""
    fa, fb = a.casefold(), b.casefold()
    return fa == fb or _OTHER.get(fa) == fb
