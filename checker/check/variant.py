"""NC001 (a known variant spelling of an entry) and NC002 (a likely misspelling of one): the
names in runs of Latin words, and glossary names with lowercase words found whole."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from itertools import islice, product

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from checker.api import Matcher
from checker.bounded import BoundedCache
from checker.findings import Code, FixSafety
from checker.glossary.model import Entry, Kind
from checker.match.diminutives import LATIN_GIVEN_NAMES, given_names_written
from checker.match.forms import NAMING_ROLES, Role, names_of, romanize_with, romanize_word
from checker.match.keys import (
    FUNCTION_WORDS,
    acronym_shaped,
    as_written,
    compact,
    fewer_hushing_sounds,
    fold,
    is_stopword,
    other_affricates,
    patronymic_gender,
    patronymic_stems,
    plain_where_hushing_may_be,
    skeleton,
    writes_affricates,
)
from checker.match.resolve import (
    CONFIDENT_MIN,
    EXACT,
    FUZZY_CUTOFF,
    Candidate,
    Resolution,
    Status,
    known_word,
    monarch_without_country,
)
from checker.match.vocabulary import type_word
from checker.text.common_words import is_common_word, is_english_name
from checker.text.context import (
    after_honorific,
    generation_after,
    glued_word,
    is_contraction,
    is_demonym,
    is_honorific,
    reads_as_a_given_name,
)
from checker.text.language import (
    CYRILLIC_LANGUAGES,
    GENITIVE_S,
    INFLECTING,
    german_readings,
    is_case_form,
)
from checker.text.letters import (
    BELARUSIAN_LATIN_ONLY,
    COMPOUND_DASHES,
    LATIN_LETTER,
    LATIN_VOWELS,
)
from checker.text.mentions import Word, word_before_dash, words
from checker.text.name_shapes import adjective_gender
from checker.text.script import script_of, unmix
from checker.translit import PRESS_STYLES, get_scheme, scheme_ids, transliterate

from .consistency import unknown_name
from .mixed_script import unmixed
from .plan import RunPlan
from .suggest import (
    PER_ENTRY_HELD,
    Suggester,
    canonical_inside,
    family_words,
    joins,
    variant_message,
    without_glued_edge,
    without_name_prefix,
)

MAX_SPAN = 4             # words in a name looked up at once
SUGGEST_MIN = 82.0       # a likely misspelling (NC002) must score at least this
SUGGEST_MIN_LEN = 5      # and a single word must be at least this long
SHORT_WORD = 3          # letters of a word that is a name alone only as the glossary lists it


_GIVEN_FOLDED = frozenset(name.casefold() for name in LATIN_GIVEN_NAMES)


def _loosely_in_another_language(r: Resolution, lang: str) -> bool:
    """Whether one word comes to a name only by the loose consonant key in text of a
    language with no list of its common words: in Polish or German text such a word is as
    likely the language's own (Łatwo, "easily", is no Łotwa), while the glossary's forms
    of that language and their cases are read exactly."""
    return lang != "en" and lang not in CYRILLIC_LANGUAGES and r.how == "correspondence"


# a capitalised word glued to the next one's capital: OwnerAleksandr, ManagerSergey
_GLUED_HEAD = re.compile(r"([A-Z][a-z]{2,})(?=[A-Z][a-z])")


def _glued_label(word: str) -> bool:
    """Whether a word opens with an English word glued to a name (OwnerAleksandr)."""
    m = _GLUED_HEAD.match(word)
    return m is not None and is_common_word(m.group(1))


def _without_given_name(roles: tuple[str | None, ...]) -> bool:
    """Whether a match is a family name, alone or after a patronymic, with no given name."""
    return Role.FAMILY in roles and all(r in (Role.FAMILY, Role.PATRONYMIC) for r in roles)


# what is no letter of a name (dots, hyphens, blanks): B.B.C. is BBC's letters
_LETTERS_ONLY = re.compile(r"[\W\d_]+")
# a monarch's number or epithet in an English name: Casimir IV, Sigismund I the Old
_REGNAL = re.compile(r" (?:[IVX]+|the [A-Z]\w+)(?: |\Z)")

_GERMAN_READINGS = 16  # readings of a span in a German case tried (the first: as written)


class Variants:
    """Latin names resolved against the glossary: NC001 where the spelling is a known form but
    not the house form, NC002 where it only comes near one."""

    def __init__(self, matcher: Matcher, resolve: Callable[[str], Resolution],
                 suggest: Suggester) -> None:
        self.matcher = matcher
        self.entries = matcher.glossary.by_id
        self.resolve = resolve
        self.suggest = suggest
        self._listed_keys: BoundedCache[str, frozenset[str]] = BoundedCache(PER_ENTRY_HELD)
        self._written: BoundedCache[str, frozenset[str]] = BoundedCache(PER_ENTRY_HELD)
        self._family_forms: BoundedCache[str, frozenset[str]] = BoundedCache(PER_ENTRY_HELD)
        self._sexes: dict[str, frozenset[str]] | None = None   # a given name's genders

    def run(self, text: str, run: list[Word], lang: str, plan: RunPlan) -> None:
        """The findings and mentions of a run of capitalised words (not all Cyrillic): the
        longest spans that resolve, left to right."""
        # a word the index ties to no name part cannot be in a matched span: spans stop there
        known = [known_word(unmix(w.text) or w.text, self.matcher.index) for w in run]
        bound = self._known_compounds(text, run, known)
        # where the last match ended: a family name alone after a given name no match took
        # is another person's (Alexander Bykov is not Vasil Bykau, whose given name it lacks)
        taken_to = 0
        after_person = -1   # where a word read alone as a person's name ended
        unknown_at = -1     # where the whole run went in as a name the glossary lacks
        first_taken = -1
        i = 0
        while i < len(run):
            taken = 0
            second_word = another = False
            for j in range(min(len(run), i + MAX_SPAN), i, -1):
                if not all(known[i:j]) or any(a < i < b or a < j < b for a, b in bound):
                    continue
                span = run[i:j]
                found = text[span[0].start:span[-1].end]
                if (is_stopword(span[0].text) or is_stopword(span[-1].text)) \
                        and not self._listed_whole(found):
                    # 'The Central Election Commission': the name starts after 'The'; but
                    # 'Belarus Potash Company', a form the glossary lists, is a name whole
                    continue
                if lang in CYRILLIC_LANGUAGES and (not LATIN_LETTER.search(found) or any(
                        script_of(w.text) == "cyrillic" for w in span)):
                    # a Cyrillic name of Cyrillic text beside a word with a Latin lookalike
                    # letter («Трэцi Рэгiён Беларусь»), or a name of Latin and Cyrillic
                    # words (Sputnik Беларусь, as the outlet writes itself): never a Latin fix
                    continue
                clean = unmixed(found)
                r = self.resolve(clean)
                kind = self.matcher.index.kinds.get(r.entry or "")
                listed_so = False
                if kind == Kind.PERSON and j < len(run) and (
                        generation_after(text, span[-1].end) or 0) >= run[j].end:
                    # Nikolai Eremenko Jr is the son, no spelling of his namesake father's
                    # name: the name with the word is one the glossary lists so, or nobody's
                    # (the word outside the run, "junior", is read with the document)
                    if not self._listed_whole(longer := text[span[0].start:run[j].end]):
                        break
                    j += 1
                    span, found, clean = run[i:j], longer, unmixed(longer)
                    r = self.resolve(clean)
                    kind = self.matcher.index.kinds.get(r.entry or "")
                    listed_so = True   # (its words' roles misread: Jr no family name)
                # a near miss of a place right after one word read as a person's name is
                # that name's second word (MP Vitautas Sinica: no Senitsa)
                another = False
                second_word = j == i + 1 and i == taken_to == after_person and \
                    not r.confident and kind == Kind.PLACE
                if listed_so or self._accept(r, span, lang) and not second_word and not (
                        j == i + 1 and self._opens_a_name_before(text, run, j, r)) and not (
                        self._reversed_across_lines(text, span, r)) and not (
                        self._an_english_word_as_given_name(span, r)) and not (
                        len(span) == 1 and self._reads_as_a_word(
                            clean, r, j < len(run) and not known[j],
                            j < len(run) and not is_common_word(run[j].text))) and not (
                        len(span) == 1 and _loosely_in_another_language(r, lang)) and not (
                        # a label glued to a near miss (an infobox's OwnerAleksandr Zaytsev):
                        # the fix would take the label away, and the name is a stranger's
                        not r.confident and _glued_label(span[0].text)) and not (
                        # letters with dots spell an abbreviation as written: B.C. is no BBC
                        len(span) > 1 and all(len(w.text) == 1 for w in span)
                        and not self._spells_a_form(found, r)) and not (
                        # a monarch's epithet alone is no name (Staryi Bykhov: no Sigismund
                        # the Old)
                        len(span) == 1 and r.roles == (Role.FAMILY,)
                        and self._a_monarch(r.entry)) and not (
                        # a man's given name before a woman's family name is her father's,
                        # husband's or son's name (Alexander Sasnovich: no Aliaksandra)
                        len(span) > 1 and not r.confident and kind == Kind.PERSON
                        and self._of_the_other_sex(span[0].text, r.entry)) and not (
                        # the Volkhov River is a river, no misspelt family name Volkau (a
                        # building's word after a near miss, the Kossovsky Castle, is read
                        # with the document's context)
                        len(span) == 1 and j < len(run) and type_word(run[j].text, Kind.PLACE)
                        and kind == Kind.PERSON) and not (
                        # Mr Valošyn is a man, not the town of Valozhyn (a title before the
                        # run is read with the document: context.read_in_context)
                        kind != Kind.PERSON and i > 0 and after_honorific(text, span[0].start)
                        ) and not (
                        another := (i > 0 and _without_given_name(r.roles)
                                    and self._after_another_persons_name(
                                        text, run, known, i, (taken_to, after_person), r))
                        ) and not (
                        # a place's or body's name as a family name: Veranika Ivanova is no
                        # Ivanava, the coach Fyodor Svoboda no Radio Svaboda
                        another := (i > taken_to and j == i + 1 and r.roles == (Role.WORD,)
                                    and kind in (Kind.PLACE, Kind.ORGANIZATION)
                                    and self._given_name(run[i - 1].text))) and not (
                        # a given name before a family name: Nadzeya Polkina is no party Nadzeya
                        j == i + 1 < len(run) and r.roles == (Role.WORD,)
                        and self._a_persons_given_name(run[i].text)
                        and not is_common_word(run[j].text)) and not (
                        j == i + 1 and i > taken_to
                        and self._second_word_of_another_name(run, i, r, lang)) and not (
                        len(span) >= 2 and _patronymic_before_a_name(text, run, j, r)) and not (
                        # a person's one name before another name is a given name: the
                        # Lithuanian MP Vitautas Sinica is no grand duke Vytautas
                        len(span) == 1 and j < len(run) and r.confident
                        and self._known_by_one_name(r.entry) and _spaced_before(text, run, j)
                        and not is_common_word(run[j].text)):
                    self._emit(span, found, clean, r, lang, plan)
                    taken = j - i
                    after_person = i + 1 if taken == 1 and kind == Kind.PERSON else -1
                    break
            if not taken and len(run) - i >= 2 and i == 0:
                held = len(plan.mentions)
                unknown_name(run, plan)
                unknown_at = held if len(plan.mentions) > held else -1
            elif not taken and (second_word or another):
                # the two words are a name the glossary lacks: the second alone, later, is
                # that person, no place nor glossary person (Vitautas Sinica ... Sinica)
                unknown_name(run[i - 1:i + 1], plan)
            if taken:
                taken_to = i + taken
                if first_taken < 0:
                    first_taken = i
            i += taken or 1
        if unknown_at >= 0 and first_taken >= 0:
            # the run holds a glossary name (President Alexander Lukashenko): only the words
            # before it may still be a name the glossary lacks
            before = RunPlan(plan.text, plan.base)
            unknown_name(run[:first_taken], before)
            plan.mentions[unknown_at:unknown_at + 1] = before.mentions

    def _an_english_word_as_given_name(self, span: list[Word], r: Resolution) -> bool:
        """Whether a family name is read with the English word after it as its given name (a
        heading's "Lukashenka Allies", "Lukashenko Doles Out"): a word no given-name data
        lists and no form of the entry writes."""
        if len(span) != 2 or r.roles != (Role.FAMILY, Role.GIVEN):
            return False
        word = span[1].text.casefold()
        if word in _GIVEN_FOLDED or not is_common_word(span[1].text):
            return False
        entry = self.entries.get(r.entry or "")
        return entry is None or all(word not in form.casefold().split() for form in entry.latin)

    def _reversed_across_lines(self, text: str, span: list[Word], r: Resolution) -> bool:
        """Whether the span's words stand on two lines in another order than every form of
        the entry's has them: a heading's last word and the next line's first (Pomnik Adama
        Mickiewicza / Kopiec ...: no Kopiec Mickiewicza). A name wrapped to the next line
        keeps its order."""
        entry = self.entries.get(r.entry or "")
        return entry is not None and len(span) > 1 \
            and "\n" in text[span[0].start:span[-1].end] \
            and not any(_in_order([w.text for w in span], form.split()) for form in entry.latin)

    def _opens_a_name_before(self, text: str, run: list[Word], j: int, r: Resolution) -> bool:
        """Whether a one-word near miss of a person's name ending at run[j - 1] is followed,
        after a space, by a capitalised word that is no common word and names nothing: the
        first word of a name the glossary lacks (Prince of Severian Novgorod: no Seviaryn)."""
        return j < len(run) and not r.confident \
            and self.matcher.index.kinds.get(r.entry or "") == Kind.PERSON \
            and _spaced_before(text, run, j) and not is_common_word(run[j].text) \
            and self.resolve(run[j].text).status == Status.UNKNOWN

    def _second_word_of_another_name(self, run: list[Word], i: int, r: Resolution,
                                     lang: str) -> bool:
        """Whether the one word run[i], after a word no match took, is the second word of a
        name the glossary lacks (KRASNAYA POLYANA, Legia Warszawa): a word near a person's
        family name, or a place's name ending the run, after a word that is no common or short
        word (In, At: the common words are of three letters or more), title or given name.
        In another language's text an English word is no sentence's opener but a word of an
        English name (Radio Free Europe in German text)."""
        kind = self.matcher.index.kinds.get(r.entry or "")
        if not (kind == Kind.PERSON and r.score < CONFIDENT_MIN
                or kind == Kind.PLACE and i + 1 == len(run)):
            return False
        before = run[i - 1].text
        return len(before) > 2 and not (lang == "en" and is_common_word(before)) \
            and not is_honorific(before) and not self._given_name(before)

    def _known_compounds(self, text: str, run: list[Word], known: list[bool]
                         ) -> list[tuple[int, int]]:
        """Mark known the words of a hyphenated compound that is a whole name or a word of
        one as written (Tsybulka-Bel, whose "Bel" alone is no name's part; a double family
        name, Bud-Gusaim), so that a span may hold it; and give the compounds (as ranges of the run) that
        a glossary name holds as one of its words, as written (the Archbishop of Minsk-Mohilev,
        of the Archdiocese of Minsk-Mohilev): a span may hold such a compound whole or not at
        all, as its words are that name's spelling, not places of their own."""
        bound = []
        index = self.matcher.index
        # a run that starts right after a word and a dash (Polish–Lithuanian, the en dash
        # that ends a run) continues that word's compound: the compound's first word is
        # outside the run, so its first word is bound as well
        before = word_before_dash(text, run[0].start)
        if before is not None and self._holds_compound(f"{before.group()}-{run[0].text}"):
            bound.append((-1, 1))
        i = 0
        while i < len(run):
            j = i + 1
            while j < len(run) and text[run[j - 1].end:run[j].start] == "-":
                j += 1
            if j - i > 1:
                compound = text[run[i].start:run[j - 1].end]
                written = unmix(compound) or compound
                # a whole name (Tsybulka-Bel), or a word of one as written: a double family
                # name (Bud-Gusaim, But-Husaim), whose short first part alone is no name's
                if not all(known[i:j]) and (compact(written) in index.by_compact
                                            or fold(written) in index.by_fold):
                    known[i:j] = [True] * (j - i)
                if self._holds_compound(compound):
                    bound.append((i, j))
            i = j
        return bound

    def _holds_compound(self, compound: str) -> bool:
        """Whether a hyphenated compound is, as written, a word of a glossary name of more
        than one word (Minsk-Mohilev, of the Archdiocese of Minsk-Mohilev)."""
        index = self.matcher.index
        return any(len(index.names[n].parts) > 1 and "-" in index.names[n].parts[part]
                   for n, part, _ in index.by_fold.get(fold(compound), ()))

    def _after_another_persons_name(self, text: str, run: list[Word], known: list[bool], i: int,
                                    taken: tuple[int, int], r: Resolution) -> bool:
        """Whether a family name (with or without a patronymic) at run[i] follows another
        person's given name, or their given name and patronymic (Igor Nikolayevich KARPENKOV
        is not Mikalai Karpiankou; Vladislav Nikolayevich PAVLENKO no Palienka). The entry's
        own given name before a patronymic is its own (Ruslan Khikmetavich Mashadziyeu).
        `taken`: where the last match ended, and where a word read alone as a person's name
        ended (-1 if none did)."""
        g = i - 1
        if g > 0 and patronymic_gender(skeleton(run[g].text)) is not None \
                and text[run[g - 1].end:run[g].start].isspace():
            g -= 1   # the given name before the patronymic
            if self._near_own_given_name(r.entry, run[g].text):
                return False
        taken_to, after_person = taken
        return self._after_another_given_name(
            run[g].text, known[g], g >= taken_to, r.confident,
            text[run[g].end:run[g + 1].start].isspace(), after_person == g + 1)

    def _after_another_given_name(self, word: str, known: bool, untaken: bool,
                                  sure: bool, spaced: bool, alone: bool) -> bool:
        """Whether a family name alone, after `word` in its run, is another person's: `word`
        reads as a given name of a person the glossary lacks. A given name no match took
        (`untaken`) that the glossary or the given-name data knows does (Alexander Bykov is not
        Vasil Bykau); so does one no name and no dictionary knows (Josep Borrell; Danuta
        Karpowicz, though Danuta comes near some name's word), but no title or patronymic (Mr
        Borrell, Ruslan Khikmetavich Mashadziyeu). Before a family name that
        only comes near an entry's (not `sure`), any such word does, even one read as another
        name's word (Bahdan Karavets is not Uladzislau Kravets). Only a word set apart by
        blanks (`spaced`) reads as a given name the glossary does not know: Rimsky-Karpenkov is
        one name. A word a match read alone (`alone`) that a glossary person has as a given
        name is one too (Gleb, also Alexander Hleb's family name)."""
        if (untaken or alone and spaced) and (
                self._given_name(word) or self._a_persons_given_name(word)):
            # a glossary person's given name as written is one here though it is another's
            # family name too, and was read alone as that person's (Gleb Syritsa: no
            # Syrytsa, Gleb also being Alexander Hleb's)
            return True
        if not spaced or (sure and not untaken):
            return False
        if sure and known and (
                (near := self.resolve(word)).confident or near.score >= SUGGEST_MIN):
            # a word that is some name's, or near one (only unknown ones read as given
            # names); one that only faintly recalls a name (Adarya) is a stranger's
            return False
        return reads_as_a_given_name(word) and patronymic_gender(skeleton(word)) is None

    def _spells_a_form(self, found: str, r: Resolution) -> bool:
        """Whether letters written with dots (B.B.C.) are, as letters, one of the Latin forms
        of the entry they resolve to (BBC)."""
        entry = self.entries.get(r.entry or "")
        letters = _LETTERS_ONLY.sub("", found).casefold()
        return entry is not None and any(
            _LETTERS_ONLY.sub("", form).casefold() == letters for form in entry.latin)

    def _of_the_other_sex(self, given: str, entry_id: str | None) -> bool:
        """Whether the glossary's people with this given name are all of the other sex than
        the entry's person (Alexander: men only; Anna: women only)."""
        entry = self.entries.get(entry_id or "")
        if entry is None or entry.gender is None:
            return False
        if self._sexes is None:
            sexes: dict[str, set[str]] = {}
            for person in self.entries.values():
                if person.kind == Kind.PERSON and person.gender is not None:
                    for form in person.latin:
                        if " " in form.strip():
                            sexes.setdefault(fold(form.split()[0]), set()).add(person.gender)
            self._sexes = {word: frozenset(genders) for word, genders in sexes.items()}
        genders = self._sexes.get(fold(given), frozenset())
        return bool(genders) and entry.gender not in genders

    def _a_monarch(self, entry_id: str | None) -> bool:
        """Whether an entry is a monarch's, named with a number or an epithet (Casimir IV,
        Sigismund I the Old): the last word of its Cyrillic forms (Стары) is an epithet, no
        family name to read alone."""
        entry = self.entries.get(entry_id or "")
        return entry is not None and entry.kind == Kind.PERSON \
            and _REGNAL.search(entry.canonical) is not None

    def _known_by_one_name(self, entry_id: str | None) -> bool:
        """Whether an entry is a person known by one name alone (a monarch's, a saint's:
        Vytautas), which is a given name: before a family name it opens another person's
        name (the Lithuanian MP Vitautas Sinica is no Aliaksandr Sinitsa)."""
        entry = self.entries.get(entry_id or "")
        return entry is not None and entry.kind == Kind.PERSON and " " not in entry.canonical

    def _given_name(self, word: str) -> bool:
        """Whether a word alone reads as a person's given name (Alexander, Darya), a glossary
        person's or one the given-name data lists (Lera, Sasha)."""
        if word.casefold() in _GIVEN_FOLDED:
            return True
        r = self.resolve(word)
        # the one name of a person known by it alone (Vytautas) is a given name too
        return r.roles == (Role.GIVEN,) or r.confident and self._known_by_one_name(r.entry)

    def _a_patronymic(self, word: str) -> bool:
        """Whether a word is the patronymic of a given name (Mikhailovich: Mikhail's)."""
        return any(self._given_name(stem) for stem in patronymic_stems(word))

    def _a_persons_given_name(self, word: str) -> bool:
        """Whether a word is some person's given name as written: a given name the data lists,
        or one the index has as a glossary person's given name (Nadzeya, Nadzeya Astapchuk's)."""
        return word.casefold() in _GIVEN_FOLDED or self._a_glossary_given_name(word)

    def _a_glossary_given_name(self, word: str) -> bool:
        """Whether the index has a word, as written, as a glossary person's given name."""
        index = self.matcher.index
        names = index.names
        return any(names[n].roles[p] == Role.GIVEN for n, p, _ in index.by_fold.get(fold(word), ()))

    def phrase(self, text: str, base: int, end: int, lang: str, plan: RunPlan) -> None:
        """The findings and mentions of a glossary name with lowercase words, found whole."""
        found = text[base:end]
        r = self.resolve(found)
        # every word: a finding reaches to the name's last word, lowercase or not (the
        # Okrestina detention center), as its fix does
        span = words(text, base, end)
        if r.entry and self._accept(r, span, lang):
            self._emit(span, found, found, r, lang, plan)

    def _accept(self, r: Resolution, span: list[Word], lang: str) -> bool:
        if self._another_sound(r, span):
            return False   # Paskevich is Паскевич, no spelling of Pashkevich; Pratsko no Pachko
        if self._adjective_of_another_gender(r, span):
            return False   # the farm Kupalovskoye is no metro station Купалаўская
        if r.confident:
            return not self._another_name(r, span)
        if r.status != Status.SUGGESTION or r.score < SUGGEST_MIN or lang in INFLECTING:
            # in Polish or Lithuanian text a near miss is most often a case form (w Mińsku,
            # Swiatłany Cichanouskiej), which similarity cannot tell from a misspelling
            return False
        if len(span) == 1 and (len(span[0].text) < SUGGEST_MIN_LEN or (
                span[0].text.casefold() in _GIVEN_FOLDED and r.roles != (Role.GIVEN,))):
            return False   # a given name the data lists, alone (Mykhailo), is no family name
        if len(span) > 1 and r.roles[:1] == (Role.GIVEN,) and is_common_word(span[0].text) \
                and not self._a_persons_given_name(span[0].text):
            return False   # "Since Lukashenko won": a sentence's first word, no given name
        if len(span) > 1 and any(role == Role.FAMILY and is_common_word(w.text)
                                 for w, role in zip(span, r.roles, strict=False)):
            # "Governor Vladimir Karanik": a title before a given name, no near miss of a
            # family name given last (Uladzimir Hundar)
            return False
        if lang in GENITIVE_S and self._german_case_of(r, span):
            # die Lage Weißrusslands, in den Vereinigten Staaten: the name in its case
            return False
        if r.canonical and _only_its_number_apart(" ".join(w.text for w in span), r.canonical):
            return False   # Ploshcha is no misspelt Ploshcha-2006: the year names one of them
        if r.entry is None or self.entries[r.entry].kind == Kind.ORGANIZATION:
            # organisation names are English phrases: a near miss is usually another phrase
            # ('Interior Minister' is not 'Interior Ministry')
            return False
        if self._another_given_name(r, span) or self._holds_a_whole_name(span) \
                or self._patronymic_for_a_given_name(r, span):
            return False   # Alla Novikava is no misspelling of Volha Novikava
        if len(span) > 1 and self.entries[r.entry].kind != Kind.PERSON \
                and self._names_another_place(r, span):
            return False   # the Pinsk Ghetto is no misspelt Minsk Ghetto: Pinsk is a town
        if len(span) > 1 and self.entries[r.entry].kind != Kind.PERSON and not any(
                _in_order([w.text for w in span], form.split())
                for form in self.entries[r.entry].latin):
            # a place's words in another order are another phrase: the German Nazi camp is no
            # Nazi Germany, the Polesie State reserve no State of Palestine
            return False
        # every word of the span must play a part in the name, and a given name alone
        # identifies nobody
        return all(role is not None for role in r.roles) and any(
            role in NAMING_ROLES for role in r.roles)

    def _adjective_of_another_gender(self, r: Resolution, span: list[Word]) -> bool:
        """Whether the span's last word ends as an adjective of one gender and the last word of
        every Cyrillic form of the entry that ends as one of another (Boginskoye, a lake: no
        Багінская; Kupalovskoye: no Купалаўская)."""
        found = adjective_gender(span[-1].text)
        if found is None or r.entry is None:
            return False
        genders = {adjective_gender(form.split()[-1])
                   for _, form in self.entries[r.entry].cyrillic if form.split()} - {None}
        return bool(genders) and found not in genders

    def _names_another_place(self, r: Resolution, span: list[Word]) -> bool:
        """Whether a word of the span that none of the entry's names holds is, alone, another
        place's name known with confidence (Pinsk of Pinsk Ghetto, near Minsk Ghetto)."""
        own = {fold(word) for form in self.entries[r.entry or ""].latin for word in form.split()}
        for w in span:
            if fold(w.text) in own:
                continue
            alone = self.resolve(w.text)
            if alone.confident and alone.entry != r.entry \
                    and self.matcher.index.kinds.get(alone.entry or "") == Kind.PLACE:
                return True
        return False

    def _another_sound(self, r: Resolution, span: list[Word]) -> bool:
        """Whether a person's family name in the span, not a form the glossary lists, is
        written the English route's way with another sound than every English-route
        romanization of the entry's family name has: a plain s or z where they have sh or zh
        (Paskevich, Pashkevich), or ts where they have ch or ch where they have ts (Pratsko,
        Pachko). The skeleton key folds these together; here they are another name."""
        entry = self.entries.get(r.entry or "")
        if entry is None or entry.kind != Kind.PERSON or len(span) != len(r.roles):
            return False
        # the cheap tests first: only such a word needs the entry's listed forms and romanizations
        family = [w.text for w, role in zip(span, r.roles, strict=True) if role == Role.FAMILY]
        hushing = [word for word in family if plain_where_hushing_may_be(word)]
        affricates = [word for word in family if writes_affricates(word)]
        if not hushing and not affricates:
            return False
        listed = self._listed_as_written(entry.id)
        if affricates:
            own = [f.split()[-1] for f in (*entry.latin, *(c for _, c in entry.cyrillic))
                   if f.split()]
            if any(as_written(word) not in listed and other_affricates(word, own)
                   for word in affricates):
                return True
        return any(as_written(word) not in listed
                   and fewer_hushing_sounds(word, self._family_forms_of(entry.id))
                   for word in hushing)

    def _german_case_of(self, r: Resolution, span: list[Word]) -> bool:
        """Whether the span, with the -s of a genitive (Weißrusslands) or an adjective's
        ending taken back to another (Vereinigten: Vereinigte, Vereinigtes), is a name of
        the entry it comes near, known with confidence: a case of a spelling, not a
        misspelling."""
        options = [dict.fromkeys(german_readings(unmix(w.text) or w.text)) for w in span]
        listed = self._listed_as_written(r.entry or "") if r.entry in self.entries else ()
        for reading in islice(product(*options), 1, _GERMAN_READINGS):
            text = " ".join(reading)
            if as_written(text) in listed:
                return True
            base = self.resolve(text)
            if base.confident and base.entry == r.entry and base.score >= EXACT:
                return True
        return False

    def _reads_as_a_word(self, word: str, r: Resolution, before_a_stranger: bool,
                         before_a_name: bool = False) -> bool:
        """Whether a word alone, which the glossary does not list for the entry in this
        spelling, reads as something other than the entry's name: a common English word
        (Model, which Мядель's romanizations come near; Snow, a GeoNames spelling of Сноў), a
        name of English text that no scheme writes for the entry either (Stalin, a likeness
        of Stolin; but Nikolayev is Николаев romanized) or that starts a name the glossary
        does not know (`before_a_stranger`: Boris in Boris Johnson is not the family name
        Борис) or, for a person, any other name (`before_a_name`: Luís Montenegro's Luís is no
        Lewis), an acronym's letters written as a word (Mid, for МИД; Maas, near MAS for МАЗ),
        or a short word that only comes near a listed form (Ms, near MSS, a romanization of
        МЗС)."""
        entry_id = r.entry
        if entry_id is None:
            return False
        if is_contraction(word) or is_demonym(word):
            return True   # I've is no Ive (Iue); two German citizens, no Herman
        key = as_written(word)  # case and diacritics aside: Polock is Połock, Pollock is not
        acronyms = self.suggest.acronyms_of(entry_id)
        if acronym_shaped(word) and word.casefold() not in acronyms \
                and key in map(as_written, acronyms):
            # an acronym's letters are its own, diacritics too: BAZ (the Bryansk plant's
            # artillery tractors) is no BAŻ, the journalists' association
            return True
        if key in self._listed_as_written(entry_id):
            return False
        if word.casefold() in acronyms:
            return not acronym_shaped(word)   # MID is the acronym, Mid a word
        if acronyms and not acronym_shaped(word) and compact(word) in map(compact, acronyms):
            return True   # Maas (Heiko Maas) comes to MAS, a romanization of МАЗ, only so
        if len(word) <= SHORT_WORD:
            # a short word is a name only as the glossary lists it (Ms is not MSS, МЗС)
            return True
        if is_common_word(word):
            return True
        if not is_english_name(word):
            return False
        if before_a_name and self.matcher.index.kinds.get(entry_id) == Kind.PERSON:
            # a name of English text before another name is that name's first word: Luís
            # Montenegro's Luís is no Lewis, whose Льюіс ISO 9 writes Lʹûìs
            return True
        return before_a_stranger or not self._a_scheme_writes(word, entry_id)

    def _holds_a_whole_name(self, span: list[Word]) -> bool:
        """Whether a run read as one unsure name starts or ends with a person's whole name
        known with confidence: two names side by side (a list's Eduard, then Viktar Babaryka
        on the next line), not one misspelt."""
        n = len(span)
        for k in range(1, n - 1):
            for part in (span[k:], span[:n - k]):
                r = self.resolve(" ".join(w.text for w in part))
                if r.confident and Role.FAMILY in r.roles and Role.GIVEN in r.roles:
                    return True
        return False

    def _patronymic_for_a_given_name(self, r: Resolution, span: list[Word]) -> bool:
        """Whether a likely misspelling reads a patronymic as the entry's given name
        (Artem Dmitrievich BALABA's Dmitrievich BALABA is no Dzmitry Balaba: his son)."""
        return len(span) == len(r.roles) and any(
            role == Role.GIVEN and patronymic_gender(skeleton(w.text)) is not None
            and not self._a_persons_given_name(w.text)
            for w, role in zip(span, r.roles, strict=True))

    def _another_given_name(self, r: Resolution, span: list[Word]) -> bool:
        """Whether the given name of a likely misspelling of a person is another glossary
        person's given name as written, and comes near no form of the entry's own (Alla for
        Volha): another person. Vital for Vitaly, Yauhen for Yauheny are one name's forms. (A
        nickname the given-name data lists, Sveta, is the nickname rule's.)"""
        if len(span) != len(r.roles):
            return False
        return any(role == Role.GIVEN and (
            self._anothers_listed_given_name(r.entry, w.text)
            if w.text.casefold() in _GIVEN_FOLDED else self._a_glossary_given_name(w.text))
            and not self._near_own_given_name(r.entry, w.text)
            for w, role in zip(span, r.roles, strict=True))

    def _anothers_listed_given_name(self, entry_id: str | None, word: str) -> bool:
        """Whether the given-name data writes a word for given names none of which is the
        entry's own in Cyrillic (Alexey, Аляксей's and Алексей's, before a family name near
        Аляксандр Несцярэнка's: Alexey Nesterenko, another man)."""
        entry = self.entries.get(entry_id or "")
        own = {form.split()[0].casefold() for form in (*entry.be, *entry.ru)
               if form.split()} if entry is not None else set()
        return bool(own) and own.isdisjoint(given_names_written(word))

    def _near_own_given_name(self, entry_id: str | None, word: str) -> bool:
        """Whether a word comes near a form of the entry's own given name (Vital for Vitaly,
        Ruslan for Ruslan), not another given name (Alla for Volha; Alieh, Алег, for Alies,
        Алесь: one consonant apart, another name)."""
        own = self.matcher.index.given_forms.get(entry_id or "", ())
        folded = fold(word)
        return any(fuzz.ratio(folded, f) >= GIVEN_NEAR and not _one_consonant_apart(folded, f)
                   for f in map(fold, own))

    def _another_name(self, r: Resolution, span: list[Word]) -> bool:
        """Whether a person's listed variant is another name of theirs, not a spelling: its
        family name comes near neither the canonical's nor any romanization of the entry's
        Cyrillic family names (a legal name beside a pen name: Katsiaryna Bakhvalava for
        Katsiaryna Andreyeva; a maiden name). A document that uses it means it; no fix."""
        entry = self.entries.get(r.entry or "")
        if entry is None or entry.kind != Kind.PERSON or not entry.cyrillic \
                or len(span) != len(r.roles):
            return False
        family = [w.text for w, role in zip(span, r.roles, strict=True) if role == Role.FAMILY]
        if not family or any(near_family(w, (entry.canonical.split()[-1],)) for w in family):
            return False   # (most spellings come near the canonical: no scheme need run)
        return not any(near_family(w, self._family_forms_of(entry.id)) for w in family)

    def _family_forms_of(self, entry_id: str) -> frozenset[str]:
        """The canonical's last word and every scheme's romanization of the last word of each
        of the entry's Cyrillic forms (the other languages' ones too: Schuschotowa)."""
        forms = self._family_forms.get(entry_id)
        if forms is None:
            entry = self.entries[entry_id]
            made = {entry.canonical.split()[-1]}
            for lang, form in entry.cyrillic:
                last = form.split()[-1]
                made.update(transliterate(last, scheme) for scheme in scheme_ids()
                            if get_scheme(scheme).language == lang)
            forms = self._family_forms.set(entry_id, frozenset(made))
        return forms

    def _romanized_so(self, found: str, entry_id: str) -> bool:
        """Whether some scheme writes each word of `found` that is not ASCII as one of the
        entry's Cyrillic words, diacritics and all: another romanization (Homieĺ, Žodzina),
        not the name's own foreign spelling that the house writes without its diacritics
        (Klaipėda: no scheme writes Клайпеда so)."""
        words = [word for word in found.split() if not word.isascii()]
        if all(self._a_scheme_writes(word, entry_id, exact=True) for word in words):
            return True
        # the index names one scheme for each key (the first that made it): the others of
        # the entry's languages, run only now (Paźniak is be-lacinka's, under be-press's key)
        made = {written for lang, form in self.entries[entry_id].cyrillic
                for out, _ in romanize_word(form, (lang,)) for written in _exact_key(out).split()}
        return all(_exact_key(word) in made for word in words)

    def _listed_whole(self, found: str) -> bool:
        """Whether `found` is a form the glossary lists for the entry it resolves to, as
        written (case and diacritics aside)."""
        r = self.resolve(found)
        return r.entry is not None and as_written(found) in self._listed_as_written(r.entry)

    def _listed_as_written(self, entry_id: str) -> frozenset[str]:
        """The Latin forms the glossary lists for an entry, as written (as_written), and for
        a person also each of their words (Nikolayev of 'Ilya Nikolayev')."""
        forms = self._written.get(entry_id)
        if forms is None:
            entry = self.entries[entry_id]
            listed = {as_written(f) for f in entry.latin}
            if entry.kind == Kind.PERSON:
                listed.update(as_written(w) for f in entry.latin for w in f.split())
            forms = self._written.set(entry_id, frozenset(listed))
        return forms

    def _a_scheme_writes(self, word: str, entry_id: str, exact: bool = False) -> bool:
        """Whether one of the schemes the index names for the word's fold key writes one of
        the entry's Cyrillic words as `word` (case and diacritics aside; `exact`: case
        aside only). Only those schemes are run, so a check need not load them all; a fold
        key the index files under a listed form only (Boris under the canonical Borys)
        names no scheme."""
        written = _exact_key if exact else as_written
        index, key = self.matcher.index, written(word)
        hits = index.by_fold.get(fold(word), ())
        schemes = {how for n, _, how in hits
                   if index.names[n].entry == entry_id} & set(scheme_ids())
        return any(key == written(form) for name in names_of(self.entries[entry_id])
                   if name.language for part in name.parts for sid in sorted(schemes)
                   for form in romanize_with(part, sid))

    def _placed_exactly(self, clean: str, fix: str, entry_id: str) -> bool:
        """Whether a fix replaces exactly the name found, so that it is safe: it keeps every
        hyphen and apostrophe that joins the name's words (Karpenkov-Nikolai: Karpiankou-Mikalai),
        or the glossary lists the spelling whole (Brest-Litovsk: Brest), or no word joined to
        the name's start or end can be left out of the match (Yel'sk). Not so for Defence
        Ministry’I: the match does without ’I, which Defence Ministry would delete."""
        if joins(clean) == joins(fix) or as_written(clean) in self._listed_as_written(entry_id):
            return True
        for cut in without_glued_edge(clean):
            r = self.resolve(cut)
            if r.confident and r.entry == entry_id:
                return False
        return True

    def _admitted(self, entry_id: str, name: str) -> bool:
        """Whether the glossary admits `name` beside the entry's canonical, as written (case,
        diacritics and dots aside: a sentence's full stop may end U.S.)."""
        admitted = self.entries[entry_id].admitted
        return bool(admitted) and _undotted(name) in {_undotted(a) for a in admitted}

    def _listed(self, entry_id: str, name: str) -> bool:
        """Whether the glossary lists `name` as a Latin form of the entry (canonical, variant
        or a language's form), spacing and case aside."""
        listed = self._listed_keys.get(entry_id)
        if listed is None:
            listed = self._listed_keys.set(
                entry_id, frozenset(compact(f) for f in self.entries[entry_id].latin))
        return compact(name) in listed

    def _emit(self, span: list[Word], found: str, clean: str, r: Resolution, lang: str,
              plan: RunPlan) -> None:
        """Findings for a resolved span; `clean` is the span with homoglyphs replaced (NC003)."""
        entry_id, canonical = r.entry, r.canonical
        if entry_id is None or canonical is None:
            return
        suggest = self.suggest
        start, end = span[0].start, span[-1].end
        target = suggest.target(entry_id, lang)
        in_lang = target != canonical   # the glossary's `forms` give this language's house form
        is_person = self.entries[entry_id].kind == Kind.PERSON
        if r.confident and self._admitted(entry_id, clean):
            # a spelling the house accepts beside the canonical (EU, Türkiye): its mention
            plan.mention(start, end, entry_id, canonical, entry_id)
            return
        if r.confident and is_person and monarch_without_country(clean, canonical):
            # Emperor Nicholas I: the name and number of Nicholas I of Russia, spelled right
            plan.mention(start, end, entry_id, canonical, entry_id)
            return
        if r.confident and not is_person and _without_its_prefix(clean, canonical):
            # the club's or company's own short name, spelled the house way (Dinamo Brest for
            # FC Dinamo Brest): a mention of the house form, no variant
            plan.mention(start, end, entry_id, canonical, entry_id)
            return
        if r.confident and not is_person and self._listed(entry_id, clean):
            inside = canonical_inside(clean, target)
            if inside is not None:
                # a longer name the glossary lists, with the house form spelled right inside it
                # ('Viasna Human Rights Centre', 'Belsat TV'), is another wording, not another
                # spelling; a romanized Cyrillic form ('Gorad Stolin') is still a variant
                plan.mention(start, end, entry_id, canonical if in_lang else inside, entry_id)
                return
        fix = suggest.fix_for(clean, entry_id, r.roles, target)
        if not is_person and _lowercase_words_only(clean, fix):
            fix = clean   # "the Frunzenski district court": common nouns in the text's own case
        elif not is_person and _a_plural_the_entry_writes(clean, fix, self.entries[entry_id]):
            fix += "s"   # the Radzivills: the Radziwiłłs, as the family's entry writes its plural
        # a known variant to report: not the house form with a case ending (z Babaryką), nor a
        # name's own Latin spelling with or without its diacritics (Nausėda, Muižnieks): the
        # document's typography, where the house romanizes no Cyrillic form
        # ... nor the house form with full stops added or left out (U.S. State Department):
        # typography, not spelling
        case_form = fix != clean and lang in INFLECTING and is_case_form(clean, fix, lang)
        changes = fix != clean and not case_form and not (
            as_written(clean) == as_written(fix) and clean.casefold() != fix.casefold()
            and not any(c in BELARUSIAN_LATIN_ONLY for c in clean)   # Mahilioŭ: romanized
            and not (suggest.house_made(entry_id) and not (
                _accented_letters_only(clean) and not self._romanized_so(clean, entry_id)))) and not (
            "." in clean + fix and _undotted(clean) == _undotted(fix)
            and clean.replace(".", "").casefold() == fix.replace(".", "").casefold()) \
            and clean.translate(_ONE_DASH) != fix.translate(_ONE_DASH)
        # (... nor with another dash between the words of a compound: Muscovite-Lithuanian
        # for Muscovite–Lithuanian is typography too)
        if r.confident:
            if is_person:
                # the roles are the look-up's words', split at blanks only: a double family
                # name (But-Husaim) is one word of them, two of the run's
                written = clean.split()
                # (the look-up's own words when it left some out: "der" of Ursula von der
                # Leyen, whose family word is Leyen, not der)
                words = written if len(written) == len(r.roles) else (
                    list(r.words) if len(r.words) == len(r.roles) else [w.text for w in span])
                family = [w for w, role in zip(words, r.roles, strict=False)
                          if role == Role.FAMILY] or [w.text for w in span]
                spelling = " ".join(unmix(w) or w for w in family)
            else:  # the whole name, its lowercase words too (Ministry of Defense)
                spelling = " ".join(clean.split())
            if (fix == clean or case_form) and in_lang:
                # the language's house form, also in its sentence's case (na Ukrainę for
                # Ukraina), spells the name as the canonical does, for NC004
                canon = suggest.fix_for(clean, entry_id, r.roles, canonical)
                spelling = family_words(canon, r.roles) if is_person else " ".join(canon.split())
            plan.mention(start, end, entry_id, spelling, entry_id)
            if changes:
                # an acronym spelled out may need an article ('MID said': 'the Foreign Ministry')
                safe = not suggest.spells_out(clean, entry_id, fix) and self._placed_exactly(
                    clean, fix, entry_id) and not _rewords(clean, fix)
                plan.finding(start, end, Code.NC001,
                             variant_message(found, [canonical], fix, lang, in_lang), fix,
                             entry_id, FixSafety.SAFE if safe else FixSafety.UNSAFE)
            return
        # not one entry: the same fix for every equally good entry is still safe
        tied = [Candidate(entry_id, canonical, r.score, r.how, True, r.roles)] + [
            c for c in r.alternatives if c.confident and c.score >= r.score]
        if len(tied) > 1 and suggest.same_fix(tied, clean, lang):
            if changes:
                plan.finding(start, end, Code.NC001, variant_message(
                    found, [c.canonical for c in tied], fix, lang, in_lang), fix, None,
                    FixSafety.SAFE if self._placed_exactly(clean, fix, entry_id)
                    else FixSafety.UNSAFE)
            return
        glued = glued_word(clean) or ""
        named = self.resolve(clean[:-len(glued)]) if glued else None
        if named is not None and named.confident and named.entry == entry_id:
            # a word glued to the name (Tsimanouskayawho, Osipovichiin): the name's fix, then
            # the word, whatever shape the two make together
            fix = suggest.fix_for(clean[:-len(glued)], entry_id, named.roles, target) + \
                " " + glued
        elif clean.endswith("s") and (bare := self.resolve(clean[:-1])).confident \
                and bare.entry == entry_id:
            # a possessive without its apostrophe (Vladimir Muliavins younger brother, I.
            # Luchenoks music): the name's fix with its s, as the text writes the possessive
            fix = suggest.fix_for(clean[:-1], entry_id, bare.roles, target) + "s"
        elif not is_person and not _ends_alike(clean, self.entries[entry_id].latin):
            return   # Gorodets is not Haradzeya misspelt: a word of another shape
        elif is_person and _other_gender(clean, self.entries[entry_id].gender):
            return   # Belova is a woman's name, not Bialou misspelt
        elif r.score >= 99.0 and any(c.entry != entry_id and c.score >= r.score
                                     for c in r.alternatives):
            # a word written as two entries write it (Syamashka: a family name, and another
            # entry's maiden name) misspells neither
            return
        elif is_person and not _family_near(clean, r.roles, self.entries[entry_id].latin):
            return   # Viktar Tsarykevich is not Viktar Shalkevich: only the given names agree
        elif is_person and len(span) == len(r.roles) and any(
                role == Role.FAMILY and (is_common_word(w.text) or self._a_patronymic(w.text))
                for w, role in zip(span, r.roles, strict=True)):
            # the School Yuliya: a common word is no misspelt family name; nor is a given
            # name's patronymic (Aleksandr Mikhailovich, Mikhail's son, is no Mikhalevich)
            return
        if fix != clean:
            plan.finding(
                start, end, Code.NC002,
                f"'{found}' may be a misspelling of {canonical} (score {r.score:.0f}); "
                f"check and write '{fix}'" + (f" (the {lang} house form)" if in_lang else ""),
                fix, entry_id, FixSafety.UNSAFE)


_NOT_LETTERS = re.compile(r"[\W\d_]+")


def _a_plural_the_entry_writes(found: str, fix: str, entry: Entry) -> bool:
    """Whether a one-word fix of a word in the plural (Radzivills) drops the plural's s where
    the entry lists that word with it (a family's Radziwiłłs): the fix is the plural."""
    return " " not in fix and found.endswith("s") and not fix.endswith("s") and any(
        form.casefold() == (fix + "s").casefold() for form in (*entry.admitted, *entry.variants))


def _only_its_number_apart(found: str, canonical: str) -> bool:
    """Whether `canonical` is `found` with a number added (Ploshcha-2006 for Ploshcha):
    the number names one of several, and the text names none of them."""
    return any(c.isdigit() for c in canonical) and not any(c.isdigit() for c in found) \
        and _NOT_LETTERS.sub(" ", canonical).casefold().split() \
        == _NOT_LETTERS.sub(" ", found).casefold().split()


def _without_its_prefix(found: str, canonical: str) -> bool:
    """Whether `found` is the canonical without the club's or legal form's word it opens with
    (Dinamo Brest: FC Dinamo Brest), case aside, or the first words of that, as written,
    without the town it ends with (BATE: FC BATE Borisov), which the look-up found to name
    this entry alone."""
    short = without_name_prefix(canonical)
    if short is None:
        return False
    words, short_words = found.split(), short.split()
    return short.casefold() == " ".join(words).casefold() or (
        len(words) < len(short_words) and words == short_words[:len(words)])


_ONE_DASH = str.maketrans(dict.fromkeys(COMPOUND_DASHES, "-"))


def _undotted(name: str) -> str:
    return as_written(name).replace(".", "")


def _one_consonant_apart(a: str, b: str) -> bool:
    """Whether two words of one length differ in one letter only, a consonant in both (Alieh,
    Alies): two names, where a vowel apart is a spelling's (Yury, Yuri)."""
    if len(a) != len(b):
        return False
    apart = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(apart) == 1 and not ({*apart[0]} & LATIN_VOWELS)


def one_consonant_apart(word: str, other: str) -> bool:
    """Whether two Cyrillic family names are one consonant apart, read by one scheme
    (Бутоўскі, Бузоўскі): two names, as in Latin text (_one_consonant_apart)."""
    return _one_consonant_apart(fold(transliterate(word, PRESS_STYLES["be"])),
                                fold(transliterate(other, PRESS_STYLES["be"])))


def _ends_alike(found: str, forms: tuple[str, ...]) -> bool:
    """Whether `found` ends as one of the forms does, in a vowel or in a consonant: a
    misspelling keeps a name's shape, a word ending otherwise is another word (a likely
    misspelling of a place or organisation is reported only then)."""
    def vowel_end(name: str) -> bool:
        word = fold(name.split()[-1]) if name.split() else ""
        return word[-1:] in LATIN_VOWELS
    return any(vowel_end(found) == vowel_end(form) for form in forms)


def _spaced_before(text: str, run: list[Word], j: int) -> bool:
    """Whether one space (or a no-break space) stands between run[j - 1] and run[j]."""
    return text[run[j - 1].end:run[j].start] in (" ", "\u00a0")


def _patronymic_before_a_name(text: str, run: list[Word], j: int, r: Resolution) -> bool:
    """Whether a match of a given name and a family name shaped like a patronymic, ending at
    run[j - 1], is followed by a capitalised word it leaves out: a longer name the glossary
    lacks, whose patronymic is no family name (Vladimir Fyodorovich Matveichuk: no
    Fedarovich)."""
    return j < len(run) and r.roles[-1:] == (Role.FAMILY,) \
        and patronymic_gender(skeleton(run[j - 1].text)) is not None \
        and _spaced_before(text, run, j) and not is_common_word(run[j].text)


def _rewords(found: str, fix: str) -> bool:
    """Whether a fix leaves out a lowercase English word of the name found, one no function
    word (the Belarusian service of Radio Liberty: Radio Svaboda): another wording, which the
    sentence around it may not take ("the Radio Svaboda"), not a spelling to replace unread."""
    kept = {w.casefold() for w in fix.split()}
    return any(w.isalpha() and w.islower() and w not in FUNCTION_WORDS and w not in kept
               and is_common_word(w) for w in found.split())


def _exact_key(text: str) -> str:
    """A spelling with its diacritics, case aside."""
    return unicodedata.normalize("NFC", text).casefold()


def _accented_letters_only(text: str) -> bool:
    """Whether every character of `text` beyond ASCII is a Latin letter with a diacritic
    (ė, š, ł): a foreign name's own letters, not a mark typed for a soft sign (Alesʼ)."""
    return all(c.isascii() or (c.isalpha() and "LATIN" in unicodedata.name(c, "")
                               and "WITH" in unicodedata.name(c, "")) for c in text)


def _in_order(words: list[str], form: list[str]) -> bool:
    """Whether each word comes near a word of the form (fold keys, FUZZY_CUTOFF), the one
    most like it after the one the word before came near: the words follow the form's order."""
    keys = [fold(f) for f in form]
    at = -1
    for word in words:
        key = fold(word)
        score, best = max((fuzz.ratio(key, k), i) for i, k in enumerate(keys))
        if score < FUZZY_CUTOFF or best <= at:
            return False
        at = best
    return True


def _lowercase_words_only(found: str, fix: str) -> bool:
    """Whether `fix` differs from `found` only in the capitals of words one of them writes in
    lowercase (district court, region; Detention Centre for the house's detention centre): a
    name's common nouns, which running text may write either way, not a spelling to fix."""
    words, fixed = found.split(), fix.split()
    return found != fix and len(words) == len(fixed) and all(
        w == f or (w.casefold() == f.casefold() and (w.islower() or f.islower()))
        for w, f in zip(words, fixed, strict=True))


# family-name endings of a woman's name (Belova, Kalesnikava, Tsikhanouskaya) and of a man's
# (Belov, Bialou, Tsikhanouski), folded
_FEMALE_ENDINGS = ("ova", "eva", "ava", "ina", "yna", "aia", "aja", "ska")
_MALE_ENDINGS = ("ov", "ev", "au", "ou", "in", "yn", "ski", "sky", "skii")


def _other_gender(found: str, gender: str | None) -> bool:
    """Whether the family name found (its last word) has the ending of the other gender's
    form than the entry's person: another person of the family, not a misspelling."""
    words = found.split()
    if gender is None or not words:
        return False
    last = fold(words[-1])
    if gender == "male":
        return last.endswith(_FEMALE_ENDINGS)
    return last.endswith(_MALE_ENDINGS) and not last.endswith(_FEMALE_ENDINGS)


# how alike (fold keys) a given name must be to one of the entry's own forms to be a form of it
# (Vital, Vitaly; Yauhen, Yauheny) rather than another given name (Alla, Volha)
GIVEN_NEAR = 80.0
# how alike a family name must be to the entry's (fold or skeleton key, the better) for the
# whole name to be a likely misspelling of it
FAMILY_NEAR = 78.0


def _family_near(found: str, roles: tuple[str | None, ...], forms: tuple[str, ...]) -> bool:
    """Whether the family name found is itself near the last word of one of the entry's Latin
    forms: a likely misspelling of a person misspells the family name, it does not replace
    it (a shared given name carries the score of a name that is someone else's)."""
    words = found.split()
    family = [w for w, role in zip(words, roles, strict=False) if role == Role.FAMILY]
    if len(roles) != len(words) or not family:
        return True
    lasts = {form.split()[-1] for form in forms if form.split()}
    return any(misspells_family(w, lasts) for w in family)


def misspells_family(word: str, lasts: Iterable[str]) -> bool:
    """Whether a Latin family name may misspell one of these: near it (near_family) and a few
    slips from it that are not one consonant for another (_slip_of_one)."""
    lasts = tuple(lasts)
    return near_family(word, lasts) and _slip_of_one(word, lasts)


def _slip_of_one(word: str, lasts: Iterable[str]) -> bool:
    """Whether a family name is a few slips (_within_slips) from one of these that is not
    merely one consonant for another away: where every name it comes so near differs from it
    in one consonant only (Sinitsa, Syrytsa), it is another family name, unless the letter is
    one of a digraph that romanizations write apart (Lukachenko, Lukashenko: ch and sh).
    Spellings of one length are compared as their conventions fold too: Lapitzki is one
    consonant from Lasitski once tz and ts are one sound (but Volkhov is Volkov with a letter
    more, which the folding of kh would hide)."""
    folded, key = fold(word), skeleton(word)
    near = [(fold(last), skeleton(last)) for last in lasts if _within_slips(word, (last,))]
    return any(not (_one_consonant_apart(folded, other)
                    or len(folded) == len(other) and _one_consonant_apart(key, other_key))
               or _in_a_digraph(folded, other) for other, other_key in near)


def _in_a_digraph(a: str, b: str) -> bool:
    """Whether two words of one length differ in a letter that an h follows in both (ch, sh)."""
    at = next(i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y)
    return a[at + 1:at + 2] == b[at + 1:at + 2] == "h"


def _within_slips(word: str, lasts: Iterable[str]) -> bool:
    """Whether a family name is a few slips from one of these, on its fold or skeleton key (two
    letters swapped are one slip): one where the shorter of the two has up to seven letters,
    one more for every four after (Silin is no Shumilin with two letters missing, where the
    score of a short word stays high; Vilukhina no Vilkina with two letters added)."""
    folded, key = fold(word), skeleton(word)
    return any(min(OSA.distance(folded, fold(last)), OSA.distance(key, skeleton(last)))
               <= max(1, min(len(folded), len(fold(last))) // 4) for last in lasts)


def near_family(word: str, lasts: Iterable[str]) -> bool:
    """Whether a Latin family name is near one of these (its fold or skeleton key, the
    better, at least FAMILY_NEAR alike)."""
    return any(max(fuzz.ratio(fold(word), fold(last)), fuzz.ratio(skeleton(word), skeleton(last)))
               >= FAMILY_NEAR for last in lasts)

