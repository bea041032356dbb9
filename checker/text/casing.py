"""A fix keeps the case the text wrote a name in: KARPENKOV becomes KARPIANKOU, a Title-case
word stays Title case, and a word-by-word pattern (Nikolai KARPENKOV) carries over to the
replacement's words. Every check with a finding uses it; fixing files is `checker.fix`'s."""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

_WORD_SPLIT_RE = re.compile(r"(\s+)")
ACRONYM_MAX = 5   # letters of the longest word read as an acronym (OMON, BAZh, IV; not KARPENKOV)
# letters of the longest word of a run of acronyms (SIZO KGB) read as no shouting: a five-letter
# word in capitals beside an acronym is as often a headline's name (MINSK KGB)
SIDE_BY_SIDE_ACRONYM = 4


def _cased(text: str) -> list[str]:
    return [ch for ch in text if ch.lower() != ch.upper()]


def _short_capitals(letters: list[str], longest: int = ACRONYM_MAX) -> bool:
    """Whether a word's cased letters are two to `longest` capitals: an acronym's or a
    monarch's number's (KGB, IV), not a name shouted in a headline."""
    return 1 < len(letters) <= longest and all(c.isupper() for c in letters)


def _pattern(text: str) -> str | None:
    """'upper', 'lower', 'title' or None (mixed, or nothing cased) for one word or phrase."""
    letters = _cased(text)
    if not letters:
        return None
    if all(ch.islower() for ch in letters):
        return "lower"
    # a lone capital (an initial, "A") says nothing about all caps
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return "upper"
    if all(_is_title(part) for word in text.split() for part in word.split("-") if _cased(part)):
        return "title"
    return None


def _is_title(part: str) -> bool:
    letters = _cased(part)
    return bool(letters) and letters[0].isupper() and all(ch.islower() for ch in letters[1:])


def _title_part(part: str) -> str:
    letters = _cased(part)
    if not letters or _short_capitals(letters) or part[:1].isdigit():
        # a short word the replacement writes in capitals is an acronym or a monarch's
        # number (Casimir IV, Minsk KGB), in capitals in Title-case text too; an ordinal in
        # digits (1st) has no letter to capitalise
        return part
    # keep deliberate inner capitals of the replacement ("McDonald"), but not a long word in
    # capitals (a name: KARPIANKOU)
    keep_rest = letters[0].isupper() and not (len(letters) > 1 and all(c.isupper() for c in letters))
    out = []
    seen_first = False
    for ch in part:
        if ch.lower() == ch.upper():
            out.append(ch)
        elif not seen_first:
            out.append(ch.upper() if len(ch.upper()) == 1 else ch)
            seen_first = True
        else:
            out.append(ch if keep_rest else ch.lower())
    return "".join(out)


def _an_acronym_for_one(found: str, replacement: str) -> bool:
    """Whether a short word in capitals is an acronym, not shouting, and its replacement an
    acronym of mixed case (GUBOP for GUBOPiK, BELTA for BelTA): the replacement as given."""
    return _short_capitals(_cased(found)) \
        and _pattern(replacement) is None and sum(c.isupper() for c in replacement) > 1


def _apply(pattern: str | None, text: str) -> str:
    if pattern == "upper":
        return text.upper()
    if pattern == "lower":
        return text.lower()
    if pattern == "title":
        return "".join("-".join(_title_part(p) for p in chunk.split("-"))
                       for chunk in _WORD_SPLIT_RE.split(text))
    return text


@lru_cache(maxsize=100_000)
def match_word(found: str, replacement: str) -> str:
    """`replacement`, one word (hyphenated parts matched part by part), in the case pattern of
    the one word `found`."""
    found_parts = found.split("-")
    repl_parts = replacement.split("-")
    if len(found_parts) == len(repl_parts) and len(found_parts) > 1:
        return "-".join(_apply(_pattern(f), r) for f, r in zip(found_parts, repl_parts, strict=True))
    if _an_acronym_for_one(found, replacement):
        return replacement
    return _apply(_pattern(found), replacement)


def match_case(found: str, replacement: str) -> str:
    """`replacement` in the case pattern of `found` (ALL CAPS, lower, Title), word by word."""
    found_words = found.split()
    if len(found_words) > 1 and all(_short_capitals(_cased(w), SIDE_BY_SIDE_ACRONYM)
                                    for w in found_words) \
            and _pattern(replacement) != "upper" \
            and replacement.casefold() != found.casefold():
        # acronyms side by side (SIZO KGB), no shouting: Amerykanka; but the name's own words
        # in capitals (a dateline's NEW YORK) are that name spelled right
        return replacement
    chunks = _WORD_SPLIT_RE.split(replacement)
    repl_words = [c for c in chunks if c and not c.isspace()]
    if found_words and len(found_words) == len(repl_words):
        words = iter(found_words)
        shouted = found.isupper()
        return "".join(_word_for_word(next(words), c, shouted) if c and not c.isspace() else c
                       for c in chunks)
    return _apply(_pattern(found), replacement)


OTHER_WORD = 50   # similarity (0-100) below which a word of the fix is another word, not a spelling


def _word_for_word(found: str, replacement: str, shouted: bool = False) -> str:
    """One word of the fix in its found word's case; a capitalised word of the fix that
    stands where the text has another word keeps its own case: a lowercase word (prison for
    concentration camp's camp), or an acronym in a name not all in capitals (European for
    the EU of "EU Commission", never EUROPEAN)."""
    if replacement[:1].isupper() and (
            found[:1].islower() or not shouted and _short_capitals(_cased(found))) \
            and fuzz.ratio(found.casefold(), replacement.casefold()) < OTHER_WORD:
        return replacement
    return match_word(found, replacement)
