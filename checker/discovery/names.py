"""Find the names documents use that the glossary lacks, and group the spellings of each.

Latin names come from the check itself: a run of two or three capitalised words that no entry
matches is kept as an unknown name, keyed by the skeletons of its words (which fold the
conventions: Astapovich, Astapovic and Astapovičius share one). Cyrillic runs are read here:
each word is taken back to its likely base form (Астаповіча: Астаповіч) and romanized, so that
a Cyrillic spelling joins the Latin spellings of the same name.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, TypeVar

from checker.check.consistency import UNKNOWN, unknown_key
from checker.check.mention import CYRILLIC
from checker.datafiles import load_data
from checker.match.forms import Role
from checker.text.common_words import is_common_word, is_english_name
from checker.text.inflection import base_forms
from checker.text.letters import BELARUSIAN_ONLY, CYRILLIC_UPPER, RUSSIAN_ONLY
from checker.text.name_shapes import baltic_endings, slavic_endings
from checker.translit.reverse import likely_cyrillic

if TYPE_CHECKING:
    from checker.formats.document import Document
    from checker.project import Project

# what a patronymic's stem lost of the given name (Мікала-евіч: Мікалай; Dzmitr-yevich)
_GIVEN_TAILS = ("", "й", "ь", "y", "i", "iy", "ij", "a")
# the roles of a glossary word that many people share: a run with one is still unknown
_FIRST_NAMES = (Role.GIVEN, Role.PATRONYMIC)
# a word that is two glued together (NationalityBelarusian): text lost a space or a line break
_GLUED = re.compile(r"[a-z]{3}[A-Z][a-z]")
# a run of two or three capitalised Cyrillic words on one line
_CYRILLIC_RUN = re.compile(
    rf"(?<![\w’'-])[{CYRILLIC_UPPER}][\w’'-]+(?:[ \t\u00a0]+[{CYRILLIC_UPPER}][\w’'-]+){{1,2}}"
    r"(?![\w’'-])")
MIN_WORD = 3
K = TypeVar("K")
V = TypeVar("V")


@dataclass
class Spelling:
    """One way the documents write a name, with how often and where (path:line:col)."""

    text: str
    count: int = 0
    places: list[str] = field(default_factory=list)
    nominative: str | None = None   # a Cyrillic spelling's likely base form (Ірэна Бярнацкая)


@dataclass
class NameGroup:
    """The spellings of one name the glossary lacks, and a draft entry for it."""

    key: str
    spellings: list[Spelling]
    kind: str
    be: str | None
    ru: str | None
    be_guessed: bool
    ru_guessed: bool
    canonical: str
    foreign: bool = False   # likely not a Belarusian or Russian name (foreign.yaml)

    @property
    def count(self) -> int:
        """How many mentions the group has."""
        return sum(s.count for s in self.spellings)

    def entry(self) -> dict:
        """The draft glossary entry (format v1), to be reviewed."""
        from checker.glossary.model import slug

        out: dict = {"id": slug(self.canonical), "kind": self.kind}
        if self.be:
            out["be"] = self.be
        if self.ru:
            out["ru"] = self.ru
        out["canonical"] = self.canonical
        variants = [s.text for s in self.spellings
                    if s.text != self.canonical and not _is_cyrillic(s.text)]
        if variants:
            out["variants"] = variants
        return out


PLACES_SHOWN = 5


def discover_names(project: Project, paths: Iterable[str], min_count: int = 2
                   ) -> tuple[list[NameGroup], list]:
    """The names the documents under `paths` use and the glossary lacks, most mentioned first,
    with the input errors met on the way (never raised)."""
    from checker.findings import NamecheckError
    from checker.formats import is_binary, read_document
    from checker.project import Report, RunOptions
    from checker.reading import read_bytes

    report = Report()
    files = project._discover(list(paths) or ["."], RunOptions(), report)
    checker = project.checker
    given = {form for forms in checker.matcher.index.given_forms.values() for form in forms}
    spellings: dict[str, dict[str, Spelling]] = {}

    genders = _given_genders(project)

    def is_given(word: str) -> bool:
        return _is_given(word, genders)

    def add(key: str, text: str, doc: Document, start: int, nominative: str | None = None,
            weight: int = 1) -> None:
        """A mention at `start`, standing for `weight` mentions (its place is shown once)."""
        line, column = doc.position(start)
        s = spellings.setdefault(key, {}).setdefault(text, Spelling(text, nominative=nominative))
        s.count += weight
        if len(s.places) < PLACES_SHOWN:
            s.places.append(f"{doc.path}:{line}:{column}")

    cfg = project.config
    for path in files:
        try:
            data = read_bytes(path, cfg.max_file_size, cfg.encoding)
            if is_binary(data, cfg.encoding):
                continue
            doc = read_document(data, path, cfg.encoding)
        except NamecheckError as exc:
            report.errors.extend(exc.errors)
            continue
        result = checker.check(doc)
        # a run whose name words check flags as an entry's spelling (Alexander Lukashenkoand,
        # Alianksandr Lukashenka: likely misspellings) is a known name written wrong, not a new
        # one; a finding on one word of it (Petrovich, a patronymic) does not tell that
        flagged = [(f.start, f.end) for f in result.findings
                   if f.entry and " " in doc.text[f.start:f.end].strip()]

        def known(start: int, end: int, flagged: list[tuple[int, int]] = flagged) -> bool:
            return any(s < end <= e for s, e in flagged)

        for m in result.mentions:
            if not m.group.startswith(UNKNOWN) or m.spelling == CYRILLIC or \
                    known(m.start, m.start + len(m.text)):
                continue   # (a Cyrillic name is read from the text below)
            words = m.text.split()
            while words and is_common_word(words[0]):   # Later Andrey Astapovic
                words.pop(0)
            if len(words) == 3 and words[0] not in given and words[1] in given and \
                    not _patronymic(words[2], given.__contains__):
                words.pop(0)   # Belsatters Dzmitry Krauchuk: a word before a given name
            if len(words) == 2 and (words[0] not in given and words[1] in given or
                                    _patronymic(words[1], given.__contains__)):
                continue   # a word before a given name alone; a given name and patronymic
            # a run with another English word in it is a phrase (European Union), unless the
            # word says what the name names (Savetski District Court)
            kind_words = _kind_words()
            plain = [w for w in words if w.casefold() not in kind_words]
            if len(words) < 2 or not plain or any(is_common_word(w) for w in plain) or (
                    len(plain) < len(words) and all(is_english_name(w) for w in plain)):
                continue
            if any(_GLUED.search(w) for w in words) or len(plain) == len(words) and any(
                    w.casefold() in _phrase_words() for w in words):
                continue   # NationalityBelarusian Alma; Belarusian Olympic, Tokyo Olympics
            text = " ".join(words)
            if checker.resolve(text).confident:
                # a glossary name after a title (President Alexander Lukashenko), or one check
                # leaves alone where it stands (a person's other name: Katsiaryna Bakhvalava)
                continue
            add(unknown_key(words), text, doc, m.start + m.text.index(words[0]),
                weight=m.weight)
        for start, end in doc.segments:
            for run in _CYRILLIC_RUN.finditer(doc.text, start, end):
                words = run.group().split()
                titles = [_is_title(w) for w in words]
                if any(titles[titles.index(False):] if False in titles else titles):
                    continue   # Спадарыня Прэзідэнт: titles, not a name
                lead = titles.index(False)
                if len(words) - lead < 2:
                    continue   # Палітвязень Мірзаянаў: a title and a family name
                if any(len(w) < MIN_WORD or w.isupper() for w in words):
                    continue
                if known(run.start(), run.end()) or checker.resolve(run.group()).confident or \
                        any(h.role not in _FIRST_NAMES
                            for w in words for h in checker.forms.index.lookup(w)):
                    continue   # a glossary name, or a word of one (После Лукашенко)
                words = words[lead:]
                if len(words) == 3 and not _is_given(words[0], genders) and \
                        _is_given(words[1], genders) and not _patronymic(words[2], is_given):
                    words = words[1:]   # Ліст Мікалая Мірзаянава: a word before a given name
                if len(words) == 2 and (
                        not _is_given(words[0], genders) and _is_given(words[1], genders) or
                        _patronymic(words[1], is_given)):
                    continue   # Сам Андрэй; Василь Владимирович
                bases = nominative(words, genders)
                add(cyrillic_key(words), " ".join(words), doc,
                    run.start() + run.group().index(words[0]), " ".join(bases))
    pairs = _given_name_pairs(project)
    groups = [_group(key, list(by_text.values()), project, pairs)
              for key, by_text in spellings.items()
              if sum(s.count for s in by_text.values()) >= min_count]
    if groups:
        native = given | _native_given_names()
        for g in groups:
            g.foreign = g.kind == "person" and is_foreign([s.text for s in g.spellings], native)
    groups.sort(key=lambda g: (g.foreign, -g.count, g.canonical))
    return groups, report.errors


def cyrillic_key(words: list[str]) -> str:
    """The group key of a Cyrillic name: its words' likely base forms, romanized, as skeletons."""
    from checker.translit import PRESS_STYLES, transliterate

    style = PRESS_STYLES[_orthography(" ".join(words))]
    return unknown_key([transliterate(_base(w), style) for w in words])


def _base(word: str) -> str:
    """The word's stem for grouping: its first base form when it ends as a case form may
    (every spelling of a name is reduced alike, so Коля and Колю meet)."""
    bases = base_forms(word)
    endings = tuple(_words()["oblique_endings"])
    base = bases[1] if len(bases) > 1 and bases[0].endswith(endings) else bases[0]
    return base[:1].upper() + base[1:]


def _is_given(word: str, genders: dict[str, str | None]) -> bool:
    return any(b in genders for b in base_forms(word))


def _patronymic(word: str, is_given: Callable[[str], bool]) -> bool:
    """Whether the word is a patronymic, in any case: a given name and a patronymic's ending
    (Мікалаевіча: Мікала-й, -евіч; Vladimirovich; not the family name Kazakevich)."""
    for form in {word, *(b[:1].upper() + b[1:] for b in base_forms(word))}:
        for ending in _words()["patronymic_endings"]:
            if form.lower().endswith(ending):
                stem = form[:len(form) - len(ending)]
                if any(is_given(stem + tail) for tail in _GIVEN_TAILS):
                    return True
    return False


def nominative(words: list[str], genders: dict[str, str | None]) -> list[str]:
    """The likely nominative of a Cyrillic name's words (Ірэну Бярнацкую: Ірэна Бярнацкая).

    The candidates are the base forms check and lookup read inflected names by
    (`checker.text.inflection`); `genders` (a glossary's given names, lowercase, with the
    gender of a person who has it) picks the given name and tells a woman's name, whose
    words are taken to end in -а or -я (a feminine case ending says so too).
    """
    cands = [base_forms(w) for w in words]
    female = any(w.lower().endswith(tuple(_words()["feminine_endings"])) for w in words)
    givens = [c for c in cands[0] if c in genders]
    given = next((c for c in givens if genders[c] == "female" or c.endswith(("а", "я"))),
                 None) if female else None
    given = given or next(iter(givens), None)
    female = female or genders.get(given or "") == "female"
    # -а, -я, -ы and -і end names in the nominative too (Коля, Купала, Чорны): they are case
    # endings only when the given name shows the case (Фёдара); a woman's name ends in -а or
    # -я in the nominative (Алеся Быкоўская), in other cases not (Ірэны, Бярнацкую)
    shown = given is not None and given != cands[0][0]
    endings = tuple(_words()["oblique_endings"])
    out = []
    for i, (word, bases) in enumerate(zip(words, cands, strict=True)):
        oblique = len(bases) > 1 and bases[0].endswith(endings)
        if i == 0 and given:
            base = given
        elif female and not bases[0].endswith(("а", "я")):
            base = next((b for b in bases[1:] if b.endswith(("а", "я"))), bases[0])
        elif not female and oblique and (shown or not bases[0].endswith(("а", "я", "ы", "і"))):
            base = bases[1]
        else:
            base = bases[0]
        out.append(word if base == bases[0] else base[:1].upper() + base[1:])
    return out


def _given_genders(project: Project) -> dict[str, str | None]:
    """The Cyrillic given names of the glossary's people (lowercase), with their gender."""
    from checker.glossary.model import Kind

    out: dict[str, str | None] = {}
    for entry in project.checker.matcher.glossary.by_id.values():
        if entry.kind == Kind.PERSON:
            for form in (*entry.be, *entry.ru):
                out.setdefault(form.split()[0].lower(), entry.gender)
    for given in load_data("checker.match", "diminutives.yaml")["names"]:
        out.setdefault(given.lower(), None)   # the common given names
    return out


@dataclass(frozen=True)
class GivenNamePairs:
    """How the glossary's people, given in both languages, write their given names."""

    #: (language, a given name, lowercase) -> the other language's form of it written most
    #: often beside it (Ірына: Ирина, Наталля: Наталья)
    other: dict[tuple[str, str], str]
    #: a given name as they write it in Latin letters (lowercase) -> the Belarusian and Russian
    #: pair written most often beside it (Nikolay: Мікалай, Николай)
    by_latin: dict[str, tuple[str, str]]


def _given_name_pairs(project: Project) -> GivenNamePairs:
    """The given-name pairs of the glossary's people given in both languages, in one pass."""
    from checker.glossary.model import Kind

    other: Counter[tuple[tuple[str, str], str]] = Counter()
    latin: Counter[tuple[str, tuple[str, str]]] = Counter()
    for entry in project.checker.matcher.glossary.by_id.values():
        if entry.kind == Kind.PERSON and entry.be and entry.ru:
            be, ru = entry.be[0].split()[0], entry.ru[0].split()[0]
            other[("be", be.lower()), ru] += 1
            other[("ru", ru.lower()), be] += 1
            for form in dict.fromkeys((entry.canonical, *entry.variants)):
                if len(form.split()) > 1:
                    latin[form.split()[0].lower(), (be, ru)] += 1
    return GivenNamePairs(_most_written(other), _most_written(latin))


def _most_written(seen: Counter[tuple[K, V]]) -> dict[K, V]:
    """Each key with the value counted most often beside it (the first seen on a tie)."""
    out: dict[K, V] = {}
    for (key, value), _ in seen.most_common():
        out.setdefault(key, value)
    return out


def _with_given_names(be: str, ru: str, latin: str, given_by_latin: dict[str, tuple[str, str]]
                      ) -> tuple[str, str]:
    """Guessed forms with the given name the glossary's people write beside the Latin one."""
    given = given_by_latin.get(latin.split()[0].lower())
    be_words, ru_words = be.split(), ru.split()
    if not given or len(be_words) < 2 or len(ru_words) < 2:
        return be, ru
    return " ".join([given[0], *be_words[1:]]), " ".join([given[1], *ru_words[1:]])


def _with_given_name_of(guessed: str, known: str, lang: str,
                        other_given: dict[tuple[str, str], str]) -> str:
    """A guessed form with the given name the other language's form (`known`, in `lang`)
    goes with among the glossary's people, when there is one (a guessed Ирына Ланчава beside
    Ірына Ланчава: Ирина Ланчава)."""
    given = other_given.get((lang, known.split()[0].lower()))
    words = guessed.split()
    return " ".join([given, *words[1:]]) if given and len(words) > 1 else guessed


def _group(key: str, spellings: list[Spelling], project: Project,
           pairs: GivenNamePairs | None = None) -> NameGroup:
    from checker.glossary.loader import derive_canonical

    spellings.sort(key=lambda s: (-s.count, s.text))
    texts = [s.text for s in spellings]
    be, ru = _drafted("be", spellings), _drafted("ru", spellings)
    latins = [t for t in texts if not _is_cyrillic(t)]
    latin = latins[0] if latins else None   # the most mentioned
    be_guessed = ru_guessed = False
    guess = {lang: _with_cyrillic_words(likely_cyrillic(
        [_kind_words_in(t, lang) for t in latins]).get(lang), lang) for lang in ("be", "ru")}
    if be is None and guess["be"]:
        be, be_guessed = guess["be"], True
    if ru is None and guess["ru"]:
        ru, ru_guessed = guess["ru"], True
    if _kind(texts) == "person" and pairs is not None and pairs.other and be and ru:
        # a given name is a word of the language, not a romanization: take it from the form
        # in the other language, as the glossary's people write the two
        if ru_guessed and be_guessed and latin:
            be, ru = _with_given_names(be, ru, latin, pairs.by_latin)
        elif ru_guessed:
            ru = _with_given_name_of(ru, be, "be", pairs.other)
        elif be_guessed:
            be = _with_given_name_of(be, ru, "ru", pairs.other)
    if be and not be_guessed or ru and not ru_guessed or latin is None:
        canonical = derive_canonical((be,) if be and not be_guessed else (),
                                     (ru,) if ru and not ru_guessed else (),
                                     project.config.house_style)
    else:
        canonical = latin
    return NameGroup(key, spellings, _kind(texts), be, ru, be_guessed, ru_guessed, canonical)


def _drafted(orthography: str, spellings: list[Spelling]) -> str | None:
    """The draft's form in one orthography: the most mentioned spelling's nominative, unless
    another spelling is a base form of more of the others (Андрей Астапович of Андрея
    Астаповича)."""
    forms = [s.nominative or s.text for s in spellings
             if _is_cyrillic(s.text) and _orthography(s.text) == orthography]

    def bases_of(form: str) -> int:
        words = form.lower().split()
        return sum(len(o.split()) == len(words) and all(
            w in base_forms(x) for w, x in zip(words, o.split(), strict=True))
            for o in forms if o != form)

    return max(forms, key=bases_of) if forms else None


def is_foreign(spellings: list[str], native: set[str]) -> bool:
    """Whether the spellings of a person's name look foreign, not Belarusian or Russian: all
    Latin, each with a given name of foreign.yaml, or an English given name before a family
    name of no Belarusian or Russian shape (Bertrand Russell, not Leon Saldacienka), or every
    word of Baltic shape (Gabrielius Landsbergis). A given name in `native` (Belarusian and
    Russian given names in Latin letters) is never foreign."""
    data = _foreign_data()

    def looks_foreign(text: str) -> bool:
        words = text.split()
        if words[0] in native:
            return False
        if words[0] in data["given_names"]:
            return True
        last = words[-1].lower()
        if is_english_name(words[0]) and not last.endswith(slavic_endings()):
            return True
        return all(w.lower().endswith(baltic_endings()) for w in words)

    return bool(spellings) and all(not _is_cyrillic(t) and looks_foreign(t) for t in spellings)


@cache
def _foreign_data() -> dict:
    data = load_data("checker.discovery", "foreign.yaml")
    return {**data, "given_names": frozenset(data["given_names"])}


@cache
def _native_given_names() -> frozenset[str]:
    """Common Belarusian and Russian given names in every Latin spelling the schemes give, with
    the conventional and diminutive Latin forms (checker/match's given_names.yaml and
    diminutives.yaml)."""
    from checker.match.diminutives import LATIN_GIVEN_NAMES
    from checker.match.forms import BOTH_LANGUAGES, romanize_word

    out: set[str] = set(LATIN_GIVEN_NAMES)
    for name in ("given_names.yaml", "diminutives.yaml"):
        for cyrillic in load_data("checker.match", name)["names"]:
            out.update(form for form, _ in romanize_word(cyrillic, BOTH_LANGUAGES))
    return frozenset(out)


def _kind_words_in(latin: str, lang: str) -> str:
    """The Latin name with its English place and organisation words in `lang`'s Cyrillic (taken
    back, the rest of the name keeps them as they are)."""
    words = _words()["cyrillic_words"]
    i = ("be", "ru").index(lang)
    return " ".join(words[w.casefold()][i] if w.casefold() in words else w
                    for w in latin.split())


def _with_cyrillic_words(cyrillic: str | None, lang: str) -> str | None:
    """The guessed Cyrillic with the place and organisation words in lowercase (плошча)."""
    if cyrillic is None:
        return None
    i = ("be", "ru").index(lang)
    ours = {pair[i] for pair in _words()["cyrillic_words"].values()}
    return " ".join(w.lower() if w.lower() in ours else w for w in cyrillic.split())


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


def _orthography(text: str) -> str:
    if any(c in BELARUSIAN_ONLY for c in text):
        return "be"
    return "ru" if any(c in RUSSIAN_ONLY for c in text) else "be" if "’" in text else "ru"


@cache
def _words() -> dict:
    return load_data("checker.discovery", "words.yaml")


@cache
def _kind_words() -> frozenset[str]:
    data = _words()
    return frozenset(data["place_words"]) | frozenset(data["organization_words"])


@cache
def _phrase_words() -> frozenset[str]:
    return frozenset(_words()["phrase_words"])


def _is_title(word: str) -> bool:
    """Whether a Cyrillic word is, in any case, a title or description said before a name
    (спадар, палітвязень)."""
    return any(b.startswith(t[:-1]) if t.endswith("*") else b == t
               for b in base_forms(word) for t in _words()["title_words"])


def _kind(texts: list[str]) -> str:
    from checker.match.vocabulary import translations

    words = {w.casefold() for t in texts for w in t.split()}
    # a word of a name romanized from Russian or Belarusian that org_words.yaml translates
    # (Belorusskiye Loterei, Nafta Navapolatsk: belarusian, oil) is not a person's
    translated = {e for w in words if not _is_cyrillic(w) for e in translations(w)}
    data = _words()
    if words & set(data["organization_words"]):
        return "organization"
    if (words | translated) & set(data["place_words"]):
        return "place"
    return "organization" if translated else "person"
