"""NC001 for a given name written with a mark for the Belarusian or Russian soft sign:
"Ales’ Bialiatski" or "Ales' Bialiatski" for Ales Bialiatski (Алесь Бяляцкі).

Some romanizations write ь as an apostrophe or a prime. The run scanner ends a word at a
final apostrophe (an English plural possessive looks the same), so the family name is found
alone and the given name before it is read here: when the word right before a person's
mention is the entry's house given name followed by such a mark, the two are reported
together with the canonical as a safe fix. The family name must be the house spelling (a
variant there has a finding of its own) and the canonical must not have the mark itself.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from checker.findings import Code, Finding, FixSafety
from checker.glossary.model import Entry, Kind
from checker.text.letters import APOSTROPHES, LETTER

from .finding import build_finding
from .mention import PlacedMention

#: the marks written for the soft sign after a given name: the apostrophes, and the prime
SOFT_SIGN_MARKS = APOSTROPHES + "′"
_REACH = 40
_MARKED_WORD_BEFORE = re.compile(
    rf"(?<!{LETTER})({LETTER}+)[{SOFT_SIGN_MARKS}][ \t\u00a0]+\Z")   # the word is compared whole


def soft_sign_findings(text: str, path: str, position: Callable[[int], tuple[int, int]],
                       mentions: list[PlacedMention], findings: list[Finding],
                       entries: dict[str, Entry]) -> list[Finding]:
    """The given names written with a soft-sign mark right before the mentions' family names."""
    flagged = {(f.start, f.end) for f in findings}
    out = []
    for start, end, _, _, entry_id, _ in mentions:
        if entry_id is None or (start, end) in flagged:
            continue
        entry = entries[entry_id]
        names = entry.canonical.split()
        if entry.kind != Kind.PERSON or len(names) < 2 or \
                text[start:end] != " ".join(names[1:]) or \
                any(mark in names[0] for mark in SOFT_SIGN_MARKS):
            continue
        m = _MARKED_WORD_BEFORE.search(text, max(0, start - _REACH), start)
        if m is None or m.group(1) != names[0]:
            continue
        head = m.start(1)
        found = text[head:end]
        line, column = position(head)
        end_line, end_column = position(end)
        out.append(build_finding(
            path, head, end, line, column, end_line, end_column, Code.NC001,
            f"'{found}' marks the soft sign of {names[0]} with an apostrophe, which the house "
            f"style does not write; write '{entry.canonical}'",
            found, entry.canonical, entry.id, FixSafety.SAFE))
    return out
