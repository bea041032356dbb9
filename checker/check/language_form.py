"""NC005: a name written in the other Cyrillic orthography (the Belarusian form in Russian text,
or the reverse)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cached_property
from typing import NamedTuple

from checker.api import Matcher
from checker.findings import Code, FixSafety
from checker.glossary.model import Entry, Kind, Orthography
from checker.match.forms import NAMING_ROLES, Role, person_roles, romanize_word, split_words
from checker.match.index import cyrillic_key
from checker.match.resolve import Resolution, Status
from checker.text.inflection import base_forms, inflect_like
from checker.text.mentions import Word
from checker.text.script import CYRILLIC_LETTER, LATIN_LETTER, unmix

from .consistency import unknown_key
from .mention import CYRILLIC
from .plan import RunPlan
from .variant import misspells_family, one_consonant_apart

# how close a Cyrillic person's name must come to an entry's form to be its misspelling
CYRILLIC_SUGGEST_MIN = 85
# the orthography's name, as the message gives it
_NAMES = {Orthography.BELARUSIAN: "Belarusian", Orthography.RUSSIAN: "Russian"}
_OTHER = {Orthography.BELARUSIAN: Orthography.RUSSIAN, Orthography.RUSSIAN: Orthography.BELARUSIAN}


class CyrillicWord(NamedTuple):
    """A word of an entry's Cyrillic form."""

    entry: str
    language: str       # the orthography it is declared under: 'be' or 'ru'
    role: str
    word: str


class CyrillicIndex:
    """Entries' Cyrillic words (lowercase, ё as е) with language and role."""

    def __init__(self, entries: list[Entry]) -> None:
        # kept as plain tuples, a CyrillicWord's fields: one record per glossary word made as a
        # NamedTuple took half as long again to build; look-ups name them
        self.words: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
        self.by_entry: dict[str, dict[tuple[str, str], str]] = defaultdict(dict)
        # (entry, orthography, word key) -> the word at the same place of the other
        # orthography's form of as many words (Вясна -> Весна; Тарайкоўскі -> Тарайковский)
        self.counterparts: dict[tuple[str, str, str], str] = {}
        # (entry, word key) of the forms that are one word (Менск): the other orthography's
        # one word stands for them whatever its form
        self.whole_words: set[tuple[str, str]] = set()
        # (entry, orthography) -> its first form of one word (Минск): what a one-word form of
        # the other orthography stands for (ВАДА has no Belarusian one-word form but its own)
        self.one_word_forms: dict[tuple[str, str], str] = {}
        for e in entries:
            for be, ru in zip(e.be, e.ru, strict=False):
                be_words, ru_words = split_words(be), split_words(ru)
                if len(be_words) == len(ru_words):
                    for b, r in zip(be_words, ru_words, strict=True):
                        self.counterparts.setdefault((e.id, Orthography.BELARUSIAN, cyrillic_key(b)), r)
                        self.counterparts.setdefault((e.id, Orthography.RUSSIAN, cyrillic_key(r)), b)
            for lang, form in e.cyrillic:
                parts = split_words(form)
                if len(parts) == 1:
                    self.whole_words.add((e.id, cyrillic_key(parts[0])))
                    self.one_word_forms.setdefault((e.id, lang), parts[0])
                roles = person_roles(len(parts)) if e.kind == Kind.PERSON else \
                    (Role.WORD,) * len(parts)
                for part, role in zip(parts, roles, strict=False):
                    if part.islower():   # a common word of a name (дом у Варшаве), no name word
                        continue
                    self.words[cyrillic_key(part)].append((e.id, lang, role, part))
                    self.by_entry[e.id].setdefault((lang, role), part)

    def lookup(self, word: str) -> list[CyrillicWord]:
        """Entry words this word may be a form of: the word itself, else any of its base forms
        (an acronym's only when the word is in capitals too).

        Every base form counts, so that a Belarusian genitive (Караева of Караеў) is not taken
        for the Russian nominative it happens to look like.
        """
        bases = base_forms(cyrillic_key(word))
        return self._words(bases[:1], word) or self._words(bases[1:], word)

    def in_every_case(self, word: str) -> list[CyrillicWord]:
        """Entry words this word may be a form of in any case it may be, its own included
        (Александра: Aleksandra's nominative and Aliaksandr's genitive)."""
        return self._words(base_forms(cyrillic_key(word)), word)

    def _words(self, bases: tuple[str, ...], word: str) -> list[CyrillicWord]:
        """The entry words of these base forms of `word`."""
        # an acronym's word is that acronym only in capitals (ВАДА; Вада is water)
        capitals = word.isupper()
        return [CyrillicWord._make(h) for base in bases for h in self.words.get(base, ())
                if capitals or not _acronym(h[3])]


def _acronym(word: str) -> bool:
    """Whether an entry's Cyrillic word is an acronym: two capitals or more, no lowercase."""
    return len(word) > 1 and word.isupper()


def is_cyrillic_run(run: list[Word]) -> bool:
    """Whether every word of the run is in Cyrillic letters only."""
    return all(CYRILLIC_LETTER.search(w.text) and not LATIN_LETTER.search(w.text) for w in run)


def as_cyrillic_run(run: list[Word]) -> list[Word] | None:
    """The run with its mixed-script words read in Cyrillic (Нiва with a Latin i: Ніва), when
    that makes every word Cyrillic; else None. NC003 reports the lookalike letter; the name
    is a Cyrillic name of Cyrillic text, never given a Latin fix."""
    if not any(LATIN_LETTER.search(w.text) for w in run):
        return None
    out = []
    for w in run:
        text = w.text if not LATIN_LETTER.search(w.text) else unmix(w.text)
        if text is None or not CYRILLIC_LETTER.search(text) or LATIN_LETTER.search(text):
            return None
        out.append(Word(text, w.start, w.end))
    return out


class LanguageForms:
    """Cyrillic runs: the entries their words name, NC005 where the text's language wants
    the entry's other form, and NC002 where a person's name is misspelt."""

    def __init__(self, matcher: Matcher, resolve: Callable[[str], Resolution]) -> None:
        self.entries = matcher.glossary.by_id
        self._glossary = matcher.glossary
        self.resolve = resolve

    @cached_property
    def index(self) -> CyrillicIndex:
        """The entries' Cyrillic words, indexed on the first Cyrillic run: text in Latin
        letters only never needs them."""
        return CyrillicIndex(self._glossary.entries)

    def run(self, run: list[Word], lang: str, plan: RunPlan) -> None:
        """The findings and mentions of a run of Cyrillic words in text of language `lang`."""
        want = Orthography(lang) if lang in _NAMES else None
        if len(run) >= 2 and not any(self.index.lookup(w.text) for w in run[1:]) and \
                self._misspelt(run, want, plan):
            return
        for i, w in enumerate(run):
            if len(w.text) == 1:
                continue   # a letter alone is an initial or a numeral (І-м конкурсе), no name
            hits = self.index.lookup(w.text)
            named = [h for h in hits if h.role in NAMING_ROLES]
            if not named:
                continue
            entry_ids = {h.entry for h in named}
            if len(entry_ids) > 1:
                # a family name two entries share in its case forms (Калеснікаву: Калеснікава
                # and Калеснікаў) is the one the run's other words also name (Марыю)
                others = {h.entry for v in run if v is not w for h in self.index.lookup(v.text)}
                entry_ids &= others
            if len(entry_ids) != 1:
                continue
            eid = next(iter(entry_ids))
            named = [h for h in named if h.entry == eid]
            if i and named[0].role == Role.FAMILY and self._another_given_name(run[i - 1], eid):
                # another person of the family name (суддзя Ігар Змушко is no swimmer Аліна
                # Змушка): a name the glossary lacks, whose family name alone goes on naming
                # that person in the document
                plan.mention(run[i - 1].start, w.end, unknown_key([run[i - 1].text, w.text]),
                             CYRILLIC, None)
                continue
            if want and want not in {h.language for h in hits if h.entry == eid}:
                source, found_base = next((h.language, h.word) for h in named if h.entry == eid)
                # a person's word by its role (the family name's other form), a one-word
                # form by the other's one-word form (Менск: Минск; ВАДА has none in
                # Belarusian: no fix, and no finding); another word of a body's or place's
                # name only where the two forms align word for word (РПЦ of Синод РПЦ has
                # no Belarusian word of its own)
                key = cyrillic_key(found_base)
                other = self.index.counterparts.get((eid, source, key)) or (
                    self.index.by_entry[eid].get((want, named[0].role))
                    if self.entries[eid].kind == Kind.PERSON
                    else self.index.one_word_forms.get((eid, want))
                    if (eid, key) in self.index.whole_words else None)
                # the other language's form in the same grammatical case, when the ending
                # tells it (Тарайкоўскага -> Тарайковского); else the base form. A word
                # whose ending no case of the other language answers is not read as the
                # name at all: Бойцы ("fighters") opens a Russian sentence, and only a
                # Belarusian place's locative (у Вілейцы) would make it Бойка
                fix = other and (inflect_like(w.text, found_base, other, source) or (
                    other if cyrillic_key(w.text) == key else None))
                if other and not fix:
                    continue
                if fix:
                    text_lang = _NAMES[want]
                    plan.finding(
                        w.start, w.end, Code.NC005,
                        f"'{w.text}' is the {_NAMES[_OTHER[want]]} form of "
                        f"{self.entries[eid].canonical} in {text_lang} text; the {text_lang} "
                        f"form is '{other}'" + (f" ('{fix}' here)" if fix != other else ""),
                        fix, eid, FixSafety.UNSAFE)
            plan.mention(w.start, w.end, eid, CYRILLIC, eid)

    def _another_given_name(self, word: Word, entry: str) -> bool:
        """Whether a word is a given name of the glossary's people, in every case form it may
        be none of the entry's (Александра is Aleksandra's nominative and Aliaksandr's
        genitive)."""
        hits = self.index.in_every_case(word.text)
        return any(h.role == Role.GIVEN for h in hits) and all(h.entry != entry for h in hits)

    def _misspelt(self, run: list[Word], want: Orthography | None, plan: RunPlan) -> bool:
        """NC002 for a person's whole name in Cyrillic that only comes near an entry's form
        (Светлана Тахановская): the form of the text's orthography with as many words, when
        each word ends as the found one does (so that a case form gets no nominative fix)."""
        found = " ".join(w.text for w in run)
        r = self.resolve(found)
        if r.entry is None or r.status != Status.SUGGESTION or r.score < CYRILLIC_SUGGEST_MIN \
                or "fuzzy" not in r.how or self.entries[r.entry].kind != Kind.PERSON \
                or Role.FAMILY not in r.roles or None in r.roles:
            return False
        entry = self.entries[r.entry]
        # as in Latin text: a misspelling misspells the family name, it does not replace it
        # (Сергей Холодилин is not Сергей Гудилин, whose given name only is shared), nor is
        # it one consonant for another (Ігар Бутоўскі is not Ігар Бузоўскі)
        lasts = {form.split()[-1] for form in entry.latin if form.split()}
        family = [w for w, role in zip(found.split(), r.roles, strict=False) if role == Role.FAMILY]
        if not any(misspells_family(latin, lasts) for w in family
                   for latin, _ in romanize_word(w, ("be", "ru"))):
            return False
        forms = (entry.ru if want == Orthography.RUSSIAN else entry.be) or entry.ru or entry.be
        theirs = {form.split()[-1] for form in forms if form.split()}
        if any(one_consonant_apart(w, t) for w in family for t in theirs):
            return False
        fix = next((f for f in forms if len(f.split()) == len(run)), None)
        if fix is None or any(a[-2:] != b[-2:] for a, b in zip(found.split(), fix.split(),
                                                                   strict=True)):
            return False
        start, end = run[0].start, run[-1].end
        plan.finding(start, end, Code.NC002,
                     f"'{found}' may be a misspelling of {entry.canonical} (score {r.score:.0f}); "
                     f"check and write '{fix}'",
                     fix, entry.id, FixSafety.UNSAFE)
        plan.mention(start, end, entry.id, CYRILLIC, entry.id)
        return True
