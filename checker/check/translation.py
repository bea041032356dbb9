"""NC006: a glossary entry named in a translation unit's source text but not in its
translation."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from checker.api import Matcher
from checker.findings import Code, Finding, FixSafety
from checker.glossary.model import Kind
from checker.match.index import cyrillic_key
from checker.match.resolve import Resolution
from checker.text.inflection import base_forms
from checker.text.language import GENITIVE_S, INFLECTING, is_case_form

from .finding import finding_at
from .suggest import Suggester
from .walk import DocumentWalk


class Translations:
    """Names a unit's source gives and its translation leaves out."""

    def __init__(self, matcher: Matcher, resolve: Callable[[str], Resolution],
                 suggest: Suggester) -> None:
        self.entries = matcher.glossary.by_id
        self.resolve = resolve
        self.suggest = suggest

    def missing(self, walk: DocumentWalk) -> list[Finding]:
        """NC006 findings of the walked document's units: the translations are in
        `walk.lang`, and `walk` has found the names in them."""
        doc, lang = walk.doc, walk.lang
        spans = sorted((s, e, i) for i, (_, target) in enumerate(doc.units) for s, e in target)
        starts = [s for s, _, _ in spans]
        present: list[set[str]] = [set() for _ in doc.units]

        def unit_at(offset: int) -> int | None:
            k = bisect_right(starts, offset) - 1
            if k < 0:
                return None
            _, end, unit = spans[k]
            return unit if offset < end else None

        named = [(start, entry) for start, _, _, _, entry, _ in walk.mentions]
        for start, entry in named + [(f.start, f.entry) for f in walk.findings]:
            if entry is not None and (u := unit_at(start)) is not None:
                present[u].add(entry)
        out: list[Finding] = []
        source_walk = replace(walk, lang=doc.source_language or "en", findings=[], mentions=[])
        for (source, target), there in zip(doc.units, present, strict=True):
            source_walk.findings, source_walk.mentions = [], []
            for start, end in source:
                source_walk.names_in(start, end)
            wanted: dict[str, str] = {}
            for start, end, entry in sorted(
                    [(s, e, entry) for s, e, _, _, entry, _ in source_walk.mentions]
                    + [(f.start, f.end, f.entry) for f in source_walk.findings]):
                if entry is not None and entry not in there and self._kept_in_translation(
                        entry, lang):
                    wanted.setdefault(entry, " ".join(doc.text[start:end].split()))
            if wanted:
                said = _said(doc.text, target)
                wanted = {entry: source_text for entry, source_text in wanted.items()
                          if not self._worded(entry, said, lang)}
            if not wanted:
                continue
            s, e = next(((s, e) for s, e in target if doc.text[s:e].strip()), target[0])
            s += len(doc.text[s:e]) - len(doc.text[s:e].lstrip())
            e -= len(doc.text[s:e]) - len(doc.text[s:e].rstrip())
            out.extend(self._finding(walk, s, e, entry, source_text)
                       for entry, source_text in wanted.items())
        return out

    def _finding(self, walk: DocumentWalk, s: int, e: int, entry: str, source_text: str) -> Finding:
        canonical = self.entries[entry].canonical
        written = "" if source_text == canonical else f" (as '{source_text}')"
        # the house form of what the source wrote: Taraikouski for Taraikouski
        r = self.resolve(source_text)
        target = self.suggest.target(entry, walk.lang)
        cyrillic = {"be": self.entries[entry].be, "ru": self.entries[entry].ru}.get(walk.lang)
        if cyrillic:   # a Russian translation names Mahiliou as Могилёв
            target = cyrillic[0]
        house = self.suggest.fix_for(source_text, entry, r.roles, target) \
            if r.confident and r.entry == entry else target
        if cyrillic:
            house = target
        return finding_at(walk.doc, s, e, Code.NC006,
                          f"the source names {canonical}{written}; the translation does not "
                          f"(write '{house}')", None, entry, FixSafety.NONE)

    def _worded(self, entry_id: str, said: str, lang: str) -> bool:
        """Whether the translation holds one of the entry's listed forms in a wording the
        spelling checks leave as it is: in any case (the Hrodna region, HRODNA), over any
        white space, and in a language that declines names, in its sentence's case (Rady
        Europy for Rada Europy)."""
        entry = self.entries[entry_id]
        if any(_holds(said, form) for form in (*entry.latin, *(f for _, f in entry.cyrillic))):
            return True
        if (lang in INFLECTING or lang in GENITIVE_S) and _holds_case_form(said, entry.latin, lang):
            return True
        bases = _word_bases(said) if entry.cyrillic else []   # worked out once for every form
        return any(_holds_inflected(bases, form) for _, form in entry.cyrillic)

    def _kept_in_translation(self, entry_id: str, lang: str) -> bool:
        """Whether a translation is expected to name the entry: people and places keep their
        names; an organisation's name is translated (Defence Ministry, Verteidigungsministerium)
        unless the glossary gives its form in that language."""
        entry = self.entries[entry_id]
        return entry.kind != Kind.ORGANIZATION or lang in dict(entry.forms)


_WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")


def _holds_case_form(said: str, forms: tuple[str, ...], lang: str) -> bool:
    """Whether a case-folded translation holds one of the Latin forms in a case of `lang`,
    word for word."""
    words = _WORD.findall(said)
    for form in forms:
        name = form.casefold().split()
        size = len(name)
        if any(is_case_form(" ".join(words[i:i + size]), " ".join(name), lang)
               for i in range(len(words) - size + 1)):
            return True
    return False


def _said(text: str, target: list[tuple[int, int]]) -> str:
    """A unit's translation in one line, case folded."""
    return " ".join(" ".join(text[s:e] for s, e in target).split()).casefold()


def _word_bases(said: str) -> list[tuple[str, ...]]:
    """The candidate base forms of each word of `said`, in order."""
    return [base_forms(cyrillic_key(w)) for w in _WORD.findall(said)]


def _holds_inflected(words: list[tuple[str, ...]], form: str) -> bool:
    """Whether words with these base forms (_word_bases) hold a Cyrillic `form` with its words
    in a case (в Бресте for Брест, у Мінскім раённым судзе), word for word."""
    wanted = [cyrillic_key(w) for w in form.split()]
    n = len(wanted)
    return any(all(wanted[j] in words[i + j] for j in range(n))
               for i in range(len(words) - n + 1))


def _holds(said: str, form: str) -> bool:
    """Whether `said` (case folded, one line) holds `form` as whole words."""
    wanted = " ".join(form.split()).casefold()
    at = said.find(wanted)
    while at >= 0:
        end = at + len(wanted)
        if (at == 0 or not said[at - 1].isalnum()) and (end == len(said) or not said[end].isalnum()):
            return True
        at = said.find(wanted, at + 1)
    return False
