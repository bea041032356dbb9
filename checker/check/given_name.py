"""NC001 for a given name alone ("his son Viktor"), once the document names the person.

A given name alone identifies nobody in general, so the variant rule never reports one. In a
document that names a person of the glossary, though, the same given name written alone in
another spelling most often means that person: when exactly one person the document names
has a given name spelled so (by any scheme, a listed variant or a conventional English form),
the word is reported with that person's house given name as an unsafe fix. English text
only: other languages write given names their own way and decline them.

The other way round, one word read as a person's family name that is written as a given name
is (Ignat) is that person only where the document names them in full.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from checker.api import Matcher
from checker.findings import Code, Finding, FixSafety
from checker.glossary.model import Kind
from checker.text.common_words import is_common_word
from checker.text.context import (
    QUOTED_NICKNAME,
    followed_by_capitalised,
    is_demonym,
    is_labelled_alternate,
    kin_of_someone_before,
    possessor_of_kin_before,
)
from checker.text.letters import LETTER, POSSESSIVE_END

from .finding import build_finding
from .mention import PlacedMention
from .variant import near_family

if TYPE_CHECKING:
    from checker.formats.document import Document

ENGLISH = "en"


class GivenNames:
    """Lone given names in a text, by the index's Latin forms of each person's given name."""

    def __init__(self, matcher: Matcher) -> None:
        self.entries = matcher.glossary.by_id
        self.index = matcher.index
        self.resolve = matcher.resolve
        self._heads: re.Pattern[str] | None = None
        self._every: frozenset[str] | None = None

    def _words(self) -> re.Pattern[str]:
        """A word that starts with the first letter of some given name: the search skips to
        those letters in C, and one pattern serves every document."""
        if self._heads is None:
            firsts = self.index.given_heads
            self._heads = re.compile(f"[{''.join(map(re.escape, firsts))}]{LETTER}*+"
                                     if firsts else "(?!)")
        return self._heads

    def is_a_given_name(self, word: str) -> bool:
        """Whether `word` is written as some person's given name is: a Latin form the index
        gives, or the Cyrillic of an entry's given name."""
        if self._every is None:
            self._every = frozenset(self.index.given_words)   # worked out with the index
        return word in self._every

    def read_as_given_names(self, text: str, findings: list[Finding],
                            mentions: list[PlacedMention], walked: list[PlacedMention]
                            ) -> tuple[list[Finding], list[PlacedMention]]:
        """The findings and mentions less those of one word read as a person's family name
        that is written as a given name is, when the document (`walked`: every mention the
        walk found) names that person nowhere in full: the word is someone's given name
        ("Ignat fled Moscow" is no Ukrainian spokesman Ihnat)."""
        in_full = {m[4] for m in walked if m[4] is not None and " " in text[m[0]:m[1]].strip()}
        given = {(f.start, f.end) for f in findings
                 if f.code in (Code.NC001, Code.NC002) and f.entry is not None
                 and f.entry not in in_full and " " not in f.found.strip()
                 and self.entries[f.entry].kind == Kind.PERSON
                 # one known by one name is named in full by it (Vitovt: Vytautas)
                 and " " in self.entries[f.entry].canonical.strip()
                 and self.is_a_given_name(POSSESSIVE_END.sub("", f.found.strip()))}
        if not given:
            return findings, mentions
        return ([f for f in findings if (f.start, f.end) not in given],
                [m for m in mentions if (m[0], m[1]) not in given])

    def findings(self, doc: Document, mentions: list[PlacedMention],
                 taken: list[tuple[int, int]], language_at: Callable[[int], str]) -> list[Finding]:
        """Lone given names in the document's prose that stand for exactly one person the
        `mentions` name, in English paragraphs, outside the `taken` spans."""
        text = doc.text
        people = sorted({m[4] for m in mentions if m[4] is not None
                         and self.entries[m[4]].kind == Kind.PERSON})
        if not people:
            return []
        owners: dict[str, set[str]] = {}
        for entry_id in people:
            for form in self.index.given_forms.get(entry_id, ()):
                owners.setdefault(form, set()).add(entry_id)
        out = []
        words = self._words()
        by_head = _by_head(owners, words)
        found = [span for s, e in doc.segments for span in _given_forms(text, s, e, words, by_head)]
        for start, end in found:
            word = text[start:end]
            ids = owners[word]
            if len(ids) != 1 or is_demonym(word) or _beside_a_capital(text, start, end) or \
                    _BRACKETED.match(text, end) or _ANOTHER_FORM_AFTER.match(text, end) or (
                    is_common_word(word) and _SENTENCE_START.search(text, max(0, start - 4), start)) \
                    or language_at(start) != ENGLISH or any(s <= start < e for s, e in taken) \
                    or is_labelled_alternate(text, start, end):   # "he is known as Usiasłaŭ"
                continue
            entry = self.entries[next(iter(ids))]
            given = entry.canonical.split()[0]
            if word == given or self._a_relative_of_another(text, start, entry.id) or (
                    kin_of_someone_before(text, start)
                    and not self._of_the_family_named_last(mentions, start, entry.id)):
                continue
            line, column = doc.position(start)
            end_line, end_column = doc.position(end)
            out.append(build_finding(
                doc.path, start, end, line, column, end_line, end_column, Code.NC001,
                f"'{word}' alone stands for {entry.canonical}, whom this document names; "
                f"write '{given}'", word, given, entry.id, FixSafety.UNSAFE))
        return out

    def _of_the_family_named_last(self, mentions: list[PlacedMention], start: int,
                                  entry_id: str) -> bool:
        """Whether the person the document names last before `start` is of the entry's
        family: "his son Viktor" after Alexander Lukashenko is Viktar Lukashenka, "her father,
        Alyaksandr" after Maria Kalesnikawa no Aliaksandr Lukashenka."""
        before = [m for m in mentions if m[1] <= start and m[4] is not None
                  and self.entries[m[4]].kind == Kind.PERSON]
        if not before:
            return False
        last = max(before, key=lambda m: m[0])[4] or ""
        # a man's and a woman's form are one family's (Kalesnikau, Kalesnikava)
        return near_family(self.entries[last].canonical.split()[-1],
                           (self.entries[entry_id].canonical.split()[-1],))

    def _a_relative_of_another(self, text: str, start: int, entry_id: str) -> bool:
        """Whether the given name is said to be a relative's of someone of another family
        ("Lukashenko's own sons Viktor": no Viktar Prakapenia)."""
        possessor = possessor_of_kin_before(text, start)
        if possessor is None:
            return False
        # the relative is the entry where its given name with the possessor's family name is
        # that entry's name (Viktar Lukashenko: Viktar Lukashenka)
        r = self.resolve(f"{self.entries[entry_id].canonical.split()[0]} {possessor}")
        return not (r.confident and r.entry == entry_id)


def _beside_a_capital(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands right before or after [start, end) on the line: the
    given name is part of a longer name (another person's, or one the walk read). A common
    word before it is no name ("What Mariya and Maksim stand for")."""
    if followed_by_capitalised(text, end):
        return True
    before = _CAPITAL_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and not is_common_word(before.group(1))


_CAPITAL_BEFORE = re.compile(r"(?<![\w’'-])([A-ZА-ЯЁІЎ][\w’'-]*)[ \t\u00a0]+\Z")


# a given name in brackets is given on purpose beside the name: "Nasta (Anastasia) Loika"
_BRACKETED = re.compile(r"\s*\)")
# a given name with another spelling after a slash is given on purpose: "Darya / Daria Losik";
# so is one before a nickname in quotes, or another form in brackets, and the family name:
# Aleksandr "Ales" Pushkin, Yuri (Yehuda) Pen
_ANOTHER_FORM_AFTER = re.compile(
    rf"[ \t\u00a0]*(?:/[ \t\u00a0]*|(?:{QUOTED_NICKNAME}|\([^()\n]{{1,30}}\))[ \t\u00a0]+)"
    rf"[A-ZА-ЯЁІЎ]")
# where a capital says nothing: a word there may be an ordinary word (Victor, Will)
_SENTENCE_START = re.compile(r"(?:\A|[.!?:\n][\"'”’)]?\s+|\n)\Z")


_LETTER = re.compile(LETTER)
_JOINERS = "’'-"


def _by_head(forms: Iterable[str], words: re.Pattern[str]) -> dict[str, list[str]]:
    """Forms by the word `words` reads at their start (their first run of letters), longest first."""
    by_head: dict[str, list[str]] = {}
    for form in sorted(forms, key=len, reverse=True):
        head = words.match(form)
        if head is not None:
            by_head.setdefault(head.group(), []).append(form)
    return by_head


def _given_forms(text: str, start: int, end: int, words: re.Pattern[str],
                 by_head: dict[str, list[str]]) -> Iterator[tuple[int, int]]:
    """Spans of the forms in text[start:end], left to right, not overlapping, the longest at
    each place: each a whole word (no letter, nor an apostrophe or hyphen, just before it;
    no letter, nor an apostrophe or hyphen and a letter, just after it, within the range).

    Only the words that begin with a form's first run of letters are looked at: a document's
    own pattern of its forms had no literal to skip to and was compiled for each document.
    """
    done = start
    for m in words.finditer(text, start, end):
        at = m.start()
        forms = by_head.get(m.group())
        if forms is None or at < done or (at and (text[at - 1] in _JOINERS
                                                   or _LETTER.match(text, at - 1))):
            continue
        for form in forms:
            stop = at + len(form)
            if text.startswith(form, at, end) and not _LETTER.match(text, stop, end) and not (
                    stop < end and text[stop] in _JOINERS and _LETTER.match(text, stop + 1, end)):
                yield at, stop
                done = stop
                break
