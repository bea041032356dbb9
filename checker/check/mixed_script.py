"""NC003: words that mix Latin and Cyrillic letters (homoglyphs), and names read with them
replaced."""
from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Code, Finding, FixSafety
from checker.text.script import CYRILLIC_LETTER, LATIN_LETTER, mixed_words, script_of, unmix

from .finding import Located, finding_at
from .suggest import SPACES


def has_both_scripts(text: str) -> bool:
    """Whether the text has Latin and Cyrillic letters (else no word of it can mix them)."""
    return not text.isascii() and bool(CYRILLIC_LETTER.search(text) and LATIN_LETTER.search(text))


AROUND = 60   # characters each side of a word, on its line, whose letters tell the script around it


def mixed_script_findings(doc: Located, start: int, end: int,
                          language: str | None = None) -> Iterator[Finding]:
    """NC003 findings of the words in doc.text[start:end] that mix the two scripts, in a
    document in `language`."""
    text = doc.text
    for s, e in mixed_words(text, start, end):
        word = text[s:e]
        line_start = text.rfind("\n", max(0, s - AROUND), s) + 1 or max(0, s - AROUND)
        line_end = text.find("\n", e, e + AROUND)
        around = text[line_start:s] + " " + text[e:line_end if line_end >= 0 else e + AROUND]
        clean = unmix(word, len(LATIN_LETTER.findall(around)) > len(CYRILLIC_LETTER.findall(around)),
                      language)
        yield finding_at(doc, s, e, Code.NC003,
                         f"'{word}' mixes Latin and Cyrillic letters"
                         + (f"; write '{clean}'" if clean else ""),
                         clean, None, FixSafety.SAFE)


def unmixed(found: str) -> str:
    """The words of `found` with their homoglyphs replaced, when some word mixes the scripts."""
    if not (CYRILLIC_LETTER.search(found) and LATIN_LETTER.search(found)):
        return found
    return "".join(unmix(p) or p if script_of(p) == "mixed" else p for p in SPACES.split(found))
