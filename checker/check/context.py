"""Reading a document's findings in their context, after the walk: what the words around a name
say (`checker.text.context`) and which language each paragraph is in.

- A spelling given on purpose as another form of a name (after a label, or joined to the same
  name: "Homel (Gomel)") is not a finding and takes no part in NC004; nor is an acronym given
  beside its full name ("Minsk Automobile Plant (MAZ)"), nor that full name.
- A glossary name that only begins a longer proper name of its own ("Gomel State University",
  "Minsk Regional ..."), a longer wording that holds the canonical form spelled right ("Viasna
  Human Rights Center") and a word of a domain or address (News.Az) are not mentions of it.
- Cyrillic in Latin-script text, and Latin in Cyrillic text, is an original, not a variant
  (mixed-script words are NC003).
- In a paragraph of another Latin-script language than English, an entry without `forms` for
  that language is spelled by that language's own conventions (Tichanowskaja, Cichanouska):
  a spelling there is a finding only when the same document writes the entry's house form in
  that language too; otherwise NC004 compares it only with the same language's spellings.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz

from checker.findings import Code, Finding
from checker.glossary.model import Entry, Kind
from checker.match.diminutives import is_nickname
from checker.match.forms import romanize_with, split_words
from checker.match.index import cyrillic_key
from checker.match.keys import (
    NUMBER_SIGNS,
    acronym_shaped,
    as_written,
    fold,
    is_stopword,
    patronymic_gender,
    skeleton,
)
from checker.match.vocabulary import landmark_word
from checker.text.common_words import is_common_word, is_english_name
from checker.text.context import (
    PARENTHESIS_REACH,
    QUOTED_NICKNAME,
    a_list_item_alone,
    a_periodicals_title,
    about_time_before,
    acronym_defined_before,
    after_a_designation,
    after_a_name,
    after_a_name_introducer,
    after_a_place_only_word,
    after_a_place_word,
    after_a_saint_word,
    after_an_inhabited_place_word,
    after_another_country,
    after_honorific,
    after_institution_word,
    after_place_preposition,
    after_street_word,
    among_places,
    an_example_surname,
    an_original_in_brackets,
    another_direction,
    article_before,
    before_a_medium_and_its_name,
    before_a_street_abbreviation,
    before_an_acronym,
    before_another_country,
    before_its_present_name,
    cited_author,
    cited_title,
    defined_acronym,
    defined_in_brackets,
    ends_in_institution_word,
    followed_by_capitalised,
    gender_ending_after,
    generation_after,
    gives_house_form_after,
    glossed_after,
    glossed_in_brackets,
    glued_word,
    in_a_credit,
    in_a_credited_work,
    in_a_list_of_names,
    in_acronym_expansion,
    in_address,
    in_an_epithet,
    in_brackets_alone,
    in_longer_name,
    in_quotation_marks,
    in_title,
    initials,
    is_labelled_alternate,
    is_street_word,
    joined_to,
    labelled_original_after,
    line_in_the_other_orthography,
    marked_as_a_persons,
    mentioned_as,
    names_a_people,
    names_event,
    names_facility_itself,
    names_neighbouring_place,
    next_capitalised,
    next_word,
    of_other_country,
    official_wording,
    opened_after,
    quotation_after,
    quoted_after_a_place_word,
    quoted_alone,
    quoted_among_words,
    quoted_title,
    reads_as_a_given_name,
    spelt_on_purpose,
    word_before,
)
from checker.text.inflection import base_forms
from checker.text.language import (
    CYRILLIC_LANGUAGES,
    INFLECTING,
    LATIN_LANGUAGES,
    NOUN_CAPITALS,
)
from checker.text.letters import POSSESSIVE_END, POSSESSIVE_START, spelling_key
from checker.text.name_shapes import adjective_gender, other_family_shape, place_shaped
from checker.text.patterns import lazy
from checker.text.script import CYRILLIC_LETTER, LATIN_LETTER, script_of, unmix
from checker.text.spellings import british_spelling
from checker.translit import get_scheme, scheme_ids, transliterate_all

from .consistency import LANGUAGE_MARK, UNKNOWN, is_house_spelling
from .mention import PlacedMention
from .suggest import canonical_inside, same_word, short_form

ENGLISH = "en"
MIN_FAMILY_STEM = 4   # letters of a family name a plural is read by (the Bielskis)
# the codes that say a spelling is wrong; NC003 (mixed scripts) holds wherever a word stands
SPELLING_CODES = frozenset({Code.NC001, Code.NC002, Code.NC005})
OTHER_LATIN = frozenset(LATIN_LANGUAGES) - {ENGLISH}


@dataclass
class Languages:
    """The language of each paragraph walked, by where it starts and ends."""

    document: str
    starts: list[int]
    ends: list[int]
    langs: list[str]
    _on_purpose: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    def at(self, offset: int) -> str:
        """The language of the paragraph holding `offset`."""
        i = bisect_right(self.starts, offset) - 1
        return self.langs[i] if i >= 0 else self.document

    def on_purpose(self, text: str, offset: int) -> bool:
        """Whether the paragraph holding `offset` gives the spelling there on purpose: it
        talks about names and their spellings, or reproduces a post word for word."""
        i = bisect_right(self.starts, offset) - 1
        if i < 0:
            return False
        spans = self._on_purpose.get(i)
        if spans is None:
            start = self.starts[i]
            spans = self._on_purpose[i] = [
                (start + s, start + e) for s, e in spelt_on_purpose(text[start:self.ends[i]])]
        return any(s <= offset < e for s, e in spans)


_WORD = re.compile(r"\w+")


# the words before a name at the very end of a document that make its line a sentence of
# prose, cut short where no full stop closes it
CUT_PROSE_WORDS = 5


def _cut_off_at_the_end(text: str, end: int, found: str, fix: str) -> bool:
    """Whether the document may stop within the name's last word: nothing but blanks after
    it, and that word the start of a longer word of the fix ("The Alliance of Belaru"), or
    the end of a sentence of prose that stops without its full stop ("... was launched from
    the Baiko"): a copy cut short, no spelling of the name."""
    if text[end:].strip():
        return False
    last = found.split()[-1].casefold()
    if any(len(word) > len(last) and word.startswith(last) for word in fix.casefold().split()):
        return True
    before = text[text.rfind("\n", 0, end) + 1:end - len(found)].split()
    return len(before) >= CUT_PROSE_WORDS and \
        sum(word[0].islower() for word in before) * 2 >= len(before)


def _written_whole(text: str, start: int, found: str, fix: str) -> bool:
    """Whether the words a fix would put before `found` stand right before it in the text,
    quotes and brackets aside: the document writes the longer name whole ("JSC 558 Aircraft
    Repair Plant" for 558 Aircraft Repair Plant; Party "Narodnaya Hramada" for the Party
    (Narodnaya Hramada)), or right after it ("the Unistar radio station"); or the words it
    would put after `found` follow it, number signs aside ("Minsk Civil Aviation Plant 407"
    or "... Plant No. 407" after a run that stops before the number). A fix would write them
    twice; and where they are a number and another number follows, the text names another of
    the numbered things ("Soyuz MS-25" for Soyuz MS-24)."""
    at = fix.casefold().find(found.casefold())
    if at < 0:
        return False
    lead = _WORD.findall(fix[:at].casefold())
    if not lead:
        tail = [w for w in _WORD.findall(fix[at + len(found):].casefold())
                if w not in NUMBER_SIGNS]
        after = [w for w in _WORD.findall(
            text[start + len(found):start + len(found) + 4 * len(fix)].casefold())
            if w not in NUMBER_SIGNS]
        if tail and all(w.isdigit() for w in tail) and after and after[0].isdigit():
            return True   # "Sojus MS-25" after a run that stops before its number: no MS-24
        return bool(tail) and after[:len(tail)] == tail
    before = _WORD.findall(text[max(0, start - 4 * len(fix)):start].casefold())
    if before[-len(lead):] == lead:
        return True
    # or said right after it, as a common noun: "the Unistar radio station" for Radio Unistar
    after = _WORD.findall(text[start + len(found):start + len(found) + 4 * len(fix)].casefold())
    return all(w in after[:len(lead) + 1] for w in lead)


# the letters two words must open with alike to be one word of a name in another wording
# (Statistics, Statistical)
_STEM = 5


def _short_name_after_its_name(text: str, start: int, end: int, fix: str) -> bool:
    """Whether `found`, alone in brackets, follows a wording of the name its fix writes
    ("The National Statistics Committee of the Republic of Belarus (Belstat)" for the National
    Statistical Committee): the document's own short name for the name just written, which
    a fix would write twice. The words before the bracket hold every capitalised word of the
    fix, each as written or with its first letters (a fix of two words or more)."""
    fixed = [w.casefold()[:_STEM] for w in _WORD.findall(fix) if w[:1].isupper()]
    if len(fixed) < 2 or not in_brackets_alone(text, start, end):
        return False
    before = [w.casefold()[:_STEM]
              for w in _WORD.findall(text[max(0, start - 1 - 4 * len(fix)):start - 1])]
    return all(w in before for w in fixed)


ORIGINAL_REACH = 300   # characters before a romanization where its Cyrillic original may stand
_BETWEEN_ORIGINAL = " \t|:/–—-"   # what may stand between the original and its romanization


def _after_its_original(text: str, start: int, end: int) -> bool:
    """Whether the Latin name at [start, end) follows, with nothing but blanks and marks
    between, as many capitalised Cyrillic words: a romanization given beside its original (a
    table row, a heading)."""
    reach = max(0, start - ORIGINAL_REACH)
    if text[start - 1:start] not in (" ", "\t"):
        return False
    i = start - 1
    while i > reach and text[i - 1] in _BETWEEN_ORIGINAL:
        i -= 1
    before = text[reach:i].split()
    if i > reach and LATIN_LETTER.match(text, i - 1) and not (
            before and _cyrillic_as_meant(before[-1])):
        return False   # a Latin word before it (almost every name of Latin text): no original
    found = text[start:end].split()
    if not found or script_of(text[start:end]) != "latin":
        return False
    # text[reach:i] is the text before, less the blanks and marks the loop went back over
    original = before[-len(found):]
    return len(original) == len(found) and original[0][:1].isupper() and all(
        _cyrillic_as_meant(w.strip("’'«»“”()")) for w in original)


def _cyrillic_as_meant(word: str) -> bool:
    """Whether a word is Cyrillic, or Cyrillic with a Latin lookalike letter (Гроднo)."""
    script = script_of(word)
    if script == "mixed":
        clean = unmix(word)
        return clean is not None and script_of(clean) == "cyrillic"
    return script == "cyrillic"


def _before_its_labelled_original(text: str, start: int, end: int) -> bool:
    """Whether the Latin name at [start, end) romanizes, word for word through its language's
    schemes, the original that a parenthesis right after it gives under that language's label
    ("Gomel (Russian: Гомель)", "Homyel (Belarusian: Гомель)"): that language's name written
    so on purpose, which the house form would put under the wrong label. "Mogilev
    (Belarusian: Магілёў)" romanizes no Belarusian original: a variant still."""
    found = labelled_original_after(text, end)
    if found is None:
        return False
    language, original = found
    words = POSSESSIVE_END.sub("", text[start:end]).split()
    if not words or len(original) < len(words):
        return False
    return all(_letters(word) in _romanized(word_of, language)
               for word, word_of in zip(words, original, strict=False))


def _before_anothers_original(text: str, end: int, entry: Entry) -> bool:
    """Whether a parenthesis right after `end` gives under a language's label an original
    none of whose words is a word of the entry's Cyrillic forms: the name of something else
    ("Batoryn (Belarusian: Баторын)", a lake, is no Báthory)."""
    found = labelled_original_after(text, end)
    if found is None:
        return False
    theirs = {cyrillic_key(w) for _, form in entry.cyrillic for w in form.split()}
    return bool(theirs) and theirs.isdisjoint(cyrillic_key(w.strip(".,;:")) for w in found[1])


def _country_for_its_people(found: str, fix: str) -> bool:
    """Whether a likely misspelling differs from its fix in one word only, a country's name
    where the fix has its people's adjective, or back: the name's own wording, no slip of the
    pen (the Belarus Cup is ice hockey's, the Belarusian Cup football's)."""
    words, fixes = found.split(), fix.split()
    if len(words) != len(fixes):
        return False
    apart = [(a, b) for a, b in zip(words, fixes, strict=True) if a != b]
    if len(apart) != 1:
        return False
    a, b = apart[0]
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and names_a_people(long)


def _letters(word: str) -> str:
    """A word's letters, case and diacritics folded: Homieĺ and Homiel' are one spelling, and
    Karpenkow is not Karpenkov (which the fold key makes one)."""
    return "".join(c for c in as_written(word) if c.isalpha())


@lru_cache(maxsize=4096)
def _romanized(word: str, language: str) -> frozenset[str]:
    """The letters (_letters) of a Cyrillic word's romanizations by its language's standard
    and house schemes: another language's conventions are that language's spellings
    (Statkewitsch and Karpenkow are German, variants in English text whatever their original)."""
    return frozenset(_letters(form) for kind in ("standard", "house") for sid in scheme_ids(kind)
                     if get_scheme(sid).language == language
                     for form in romanize_with(word, sid))


# a legal form opening the bracket a second spelling stands in: "(TAA Hrodna Azot)"
_LEGAL_FORM_BEFORE = re.compile(r"\([ \t]*([^\W\d_]+)[ \t]+\Z")


def _joined(text: str, start: int) -> int | None:
    """joined_to(), also past a legal form that opens the bracket ("(TAA Hrodna Azot)")."""
    joined = joined_to(text, start)
    if joined is None:
        m = _LEGAL_FORM_BEFORE.search(text, max(0, start - 24), start)
        if m is not None and is_stopword(m.group(1)):
            joined = joined_to(text, m.start(1))
    return joined


def read_in_context(text: str, findings: list[Finding], mentions: list[PlacedMention],
                    languages: Languages, entries: dict[str, Entry]
                    ) -> tuple[list[Finding], list[PlacedMention]]:
    """The findings and mentions of one document that its context leaves standing."""
    latin_document = languages.document not in CYRILLIC_LANGUAGES
    by_end = {m[1]: m for m in mentions}
    dropped: set[tuple[int, int]] = set()        # spans whose spelling findings go
    left_out: set[tuple[int, int]] = set()       # spans whose mentions go
    kept: list[PlacedMention] = []
    house_written: set[tuple[str, str]] = set()  # (entry, language) written as the house does
    own_language: list[tuple[int, str]] = []     # kept mentions in another Latin language
    fixes = {(f.start, f.end): f.suggestion for f in findings if f.code in SPELLING_CODES}
    flagged = fixes.keys()
    unread: list[int] = []   # kept house spellings whose context was not read

    def withdraw(span: tuple[int, int]) -> None:
        """Neither a finding at this span nor its mention stands."""
        dropped.add(span)
        left_out.add(span)

    other_latin = any(lang in OTHER_LATIN for lang in languages.langs)
    last_end: dict[str, int] = {}   # where the last mention of each group ended
    defined: dict[str, str] = {}    # the acronym a document defined for a group ("... (BPF)")
    named_in_full: set[str] = set()   # groups the document named in the house's full form
    others = _people_named_before(text, mentions)
    # the entries the document names in more than one word somewhere (a person in full)
    full_names = {m[4] for m in mentions if m[4] is not None and " " in text[m[0]:m[1]].strip()}
    originals = CYRILLIC_LETTER.search(text) is not None   # a Cyrillic original to stand beside

    def known_spans() -> list[tuple[int, int]]:
        """The spans of the names the document writes that the glossary knows."""
        return [(m[0], m[1]) for m in mentions if m[4] is not None]

    for m in mentions:   # in document order
        start, end, group, spelling, entry, key = m
        # a joiner or a parenthesis links a name only to a name of its own group before it
        near = start - last_end.get(group, -PARENTHESIS_REACH - 1) <= PARENTHESIS_REACH
        last_end[group] = end
        fix = fixes.get((start, end))
        if fix and _an_example_surname(text, start, end, entries.get(entry or "")):
            withdraw((start, end))   # "surnames that end in -čuk (Ramančuk, Kavalčuk)"
            continue
        if fix and _cut_off_at_the_end(text, end, text[start:end], fix):
            withdraw((start, end))   # an excerpt that stops within a word: "citizens of Belaru"
            continue
        if fix and _written_whole(text, start, text[start:end], fix):
            withdraw((start, end))   # JSC 558 Aircraft Repair Plant; Party "Narodnaya Hramada"
            continue
        if fix and _short_name_after_its_name(text, start, end, fix):
            withdraw((start, end))   # "The National Statistics Committee ... (Belstat)"
            continue
        if fix and gives_house_form_after(text, end, fix):
            withdraw((start, end))   # "Timanovskaya, whose name is also transliterated as ..."
            continue
        if originals and _after_its_original(text, start, end):
            withdraw((start, end))   # "Аб’яднаны Пераходны Кабінет Abjadnany Pierachodny Kabiniet"
            continue
        if "(" in text[end:end + 30] and _before_its_labelled_original(text, start, end):
            withdraw((start, end))   # "Gomel (Russian: Гомель) or Homyel (Belarusian: Гомель)"
            if near and (joined := _joined(text, start)) is not None and (
                    before := by_end.get(joined)) is not None and before[2] == group \
                    and fixes.get((before[0], before[1])) == text[start:end]:
                # "Polotsk or Polatsk (Belarusian: Полацк)": the house form given beside the
                # document's own; a fix of the first would write it twice
                dropped.add((before[0], before[1]))
            continue
        if fix and entry is not None and "(" in text[end:end + 30] \
                and _before_anothers_original(text, end, entries[entry]):
            withdraw((start, end))   # "Batoryn (Belarusian: Баторын)": a lake, no Báthory
            continue
        if fix and entry is not None and entries[entry].kind == Kind.PLACE \
                and after_institution_word(text, start):
            withdraw((start, end))   # the Lithuanian Investigative Centre Siena: not Sianno
            continue
        if fix and entry is not None and entries[entry].kind == Kind.PLACE \
                and " " in text[start:end] and after_a_name(text, start):
            withdraw((start, end))   # the Kyiv Palace of Sports: not Minsk's, nor misspelt
            continue
        if fix and (cited_title(text, start, end) or _a_cited_person(
                text, start, end, entries.get(entry or ""))):
            # W. Kordowicz, Konstanty Kalinowski, Warszawa 1955; (Chernjakevich, 2018)
            continue
        if fix and entry is not None and entries[entry].kind == Kind.ORGANIZATION \
                and after_another_country(text, start):
            withdraw((start, end))   # the USSR Ministry of Internal Affairs: not Belarus's
            continue
        if fix and entry is not None and entries[entry].kind != Kind.PERSON \
                and after_honorific(text, start):
            withdraw((start, end))   # Mrs. Valošyn is a woman, not the town of Valozhyn
            continue
        if fix and entry is not None and entries[entry].kind == Kind.PERSON \
                and generation_after(text, end) is not None:
            withdraw((start, end))   # "Nikolai Eremenko, Jr.": the son, not his namesake father
            continue
        if fix and entry is not None \
                and _after_anothers_initials(text, start, text[start:end], entries[entry]):
            withdraw((start, end))   # O.N. Ovchinnikov is not Uladzislau Auchynnikau
            continue
        if fix and entry is not None and ((
                entries[entry].kind == Kind.PERSON and " " not in text[start:end]
                or entries[entry].kind == Kind.PLACE and " " not in text[start:end]
                and not quoted_after_a_place_word(text, start)
                or not latin_document and entries[entry].kind == Kind.ORGANIZATION)
                and quoted_alone(text, start, end)
                or entries[entry].kind == Kind.PLACE and quoted_title(text, start, end)
                or entries[entry].kind in (Kind.PLACE, Kind.PERSON)
                and a_periodicals_title(text, start, end)
                or in_a_credited_work(text, start, end)):
            # the “Belorus” sanatorium: a brand's name, not Belarus's (Handball Club “Vityaz”
            # a club's, no Piotr Vitsiaz's family name); an organisation's name
            # quoted in Cyrillic text is its own («Sputnik Беларусь»), while in Latin text it
            # is the organisation's name to spell ("Rabochy Ruh" is Rabochy Rukh misspelt); a
            # place's name of two words or more quoted is that place's (the stations
            # "Kovalskaya Sloboda" and "Yubileynaya Ploshchad" are the metro's), and so is one
            # word after a preposition of place or a checkpoint's word (in “Kozlovichi”),
            # unless a word after it says what it titles (the "Blizki Uskhod" festival)
            withdraw((start, end))
            continue
        if fix and other_latin and languages.at(start) in OTHER_LATIN \
                and quoted_among_words(text, start, end):
            # a title quoted among more words in Polish or German text keeps its own words:
            # the programme „Poland. Business Harbour”, no Polska
            withdraw((start, end))
            continue
        if entry is not None and entries[entry].kind == Kind.PERSON \
                and " " not in text[start:end] and after_a_saint_word(text, start):
            withdraw((start, end))   # the St. Symon and Alena Church: a saint, not Syman
            continue
        if fix and entry is not None and entries[entry].kind == Kind.PERSON \
                and after_a_designation(text, start):
            withdraw((start, end))   # the RS-26 Rubezh missile: no Aleh Rubets
            continue
        if fix and latin_document and entry is not None and "(" in text[end:end + 4] \
                and not any(same_word(a, b) for a in text[start:end].split() for b in fix.split()) \
                and glossed_after(text, end, known_spans()):
            # “Charnobylski Shlyakh” (Path of Chernobyl): the native name, given on purpose
            # beside its translation, where the house form is a translation too (a house
            # romanization, Muzhytskaya Prauda for Muzhyckaja Prauda, is still a fix)
            withdraw((start, end))
            continue
        if fix and gender_ending_after(text, end):
            withdraw((start, end))   # Belaruss*innen: German for Belarusians, no Belarus
            continue
        if fix and entry is not None and entries[entry].kind == Kind.PERSON \
                and _in_a_firms_name(text, start, end):
            withdraw((start, end))   # Laevski & Partners: the firm's own name, as registered
            continue
        if fix and entry is not None and _another_bearers_family_name(
                text, start, end, entries[entry], full_names):
            # the town of Osypovych, a merchant named Severin: no Ivan Asipovich, no
            # Uladzimir Seviaryn of the text
            withdraw((start, end))
            continue
        if entry is not None and "(" in text[end:end + 40]:
            acronym = defined_acronym(text, start, end)
            if acronym:
                defined[group] = acronym
        span = (start, end)
        if entry is None:
            if near and _in_the_other_script(text[start:end],
                                             languages.at(start) not in CYRILLIC_LANGUAGES):
                # a name the glossary lacks, in the other script, next to another spelling of
                # it (an infobox's Russian and Belarusian originals in an English page): the
                # originals, no second spelling for NC004; the first stays a name to discover
                withdraw(span)
                continue
            if not near and not other_latin:
                kept.append(m)   # a name the glossary lacks, alone: nothing around it to read
                continue
        elif entries[entry].kind == Kind.PERSON and others.names_another(start, end):
            withdraw(span)
            continue
        lang = languages.at(start) if other_latin else languages.document
        house = entry is not None and span not in flagged and lang not in OTHER_LATIN and \
            is_house_spelling(key, entries[entry].canonical)
        if house and " " in spelling:
            named_in_full.add(group)
        if house and not near:
            # the house spelling with no finding: what surrounds it changes nothing worth
            # the look (a name-dense text has many) unless NC004 has spellings to compare
            unread.append(len(kept))
            kept.append(m)
            continue
        joined = _joined(text, start) if near else None
        before = by_end.get(joined) if joined is not None else None
        if before is not None and before[2] == group:
            withdraw(span)
            if acronym_shaped(text[start:end]):   # "Full Name (ACR)": a definition, not a variant
                withdraw((before[0], before[1]))
                # and "ACR (Full Name)" defines the acronym before the bracket
                first = text[before[0]:before[1]]
                defined[group] = first if " " not in first and " " in text[start:end] \
                    else text[start:end]
            elif house and fixes.get((before[0], before[1])) == text[start:end]:
                # "Novopolotsk (Navapolatsk)": the house form given beside the document's
                # own; a fix of the first would write it twice
                dropped.add((before[0], before[1]))
            continue
        if house:
            unread.append(len(kept))
            kept.append(m)
            continue
        if group in defined and defined[group] in text[start:end].split():
            withdraw(span)   # the document's own abbreviation, after its definition
            continue
        if all(map(acronym_shaped, text[start:end].split())) and defined_in_brackets(
                text, text[start:end]):
            withdraw(span)   # "Belarusian House in Ukraine" (BDU): not the glossary's BDU
            continue
        if entry is not None and entries[entry].kind != Kind.PERSON and group in named_in_full \
                and shortens(text[start:end], entries[entry].canonical):
            withdraw(span)   # Hajun after Belarusian Hajun: the document's own short form
            continue
        if entry is not None and abbreviates(text[start:end], entries[entry].canonical) and (
                group in named_in_full or any(
                    acronym_defined_before(text, w, start)
                    for w in text[start:end].split() if acronym_shaped(w))):
            # BAJ after the Belarusian Association of Journalists; NOC of Belarus after "the
            # Belarusian National Olympic Committee (NOC)", a wording the glossary lacks
            withdraw(span)
            continue
        if group.startswith(UNKNOWN):
            # a name the glossary lacks has no finding to withdraw: only a second spelling
            # joined to it ("Andrey Klimau (Andrei Klimov)"), read above, or given after a
            # label ("Žyłunovič Źmicier (also spelled Zhylunovich Zmicier"), keeps it from NC004
            if lang not in OTHER_LATIN and not is_labelled_alternate(text, start, end):
                kept.append(m)   # German capitalises every noun: Russlands Krieg
            continue
        opened = opened_after(text, start) if near else None
        if opened is not None and opened != joined:
            before = by_end.get(opened)
            if before is not None and before[2] == group:
                withdraw(span)   # one more spelling in the parenthesis after the name
                continue
        if _apart(text, start, end, entries.get(entry or "")) or languages.on_purpose(text, start) or (
                entry is not None and _written_on_purpose(text, start, end, entries[entry])) or (
                entry is not None and _an_english_word_in_capitals(text[start:end], entries[entry])) or (
                entry is not None and _family_name_before_an_acronym(text, start, end, entries[entry])) or (
                entry is not None and _a_given_name_and_byname(text, start, end, entries[entry],
                                                               full_names)) or (
                entry is not None and _a_swapped_form_before_a_capital(text, start, end,
                                                                       entries[entry])):
            withdraw(span)
            continue
        worded = _house_wording(text[start:end], entries.get(entry or ""))
        if worded:
            dropped.add(span)   # it spells the name as the house does, among more words
            # or in another order, in its own English (Ministry of Defense: Defense Ministry);
            # another wording of a form the house admits spells the house's name as that
            # form's own mention does (U.S. Department of the Treasury for the admitted U.S.
            # Treasury Department)
            canonical = entries[entry or ""].canonical
            spelling = canonical if worded != canonical else _in_canonical_order(
                text[start:end], worded)
            m = (start, end, group, spelling, entry, spelling_key(spelling))
        if languages.at(start) not in CYRILLIC_LANGUAGES and an_original_in_brackets(
                text, start, end):
            # the Polish original in brackets after a German or English name for it
            withdraw(span)
            continue
        if _in_the_other_script(text[start:end], languages.at(start) not in CYRILLIC_LANGUAGES):
            # Cyrillic in Latin-script text, or Latin in Cyrillic text: an original quoted
            # beside the document's own form, or another language's name listed on purpose
            withdraw(span)
            continue
        if entry is not None and lang in OTHER_LATIN and not _has_form(entries[entry], lang):
            if glossed_in_brackets(text, start, end):
                # a gloss after a name ("Geburtsstadt Grodno (Hrodna)"): the house's name
                # given beside the document's own, neither its spelling nor NC004's
                withdraw((start, end))
                continue
            if is_house_spelling(key, entries[entry].canonical) and \
                    not followed_by_capitalised(text, end) and not in_a_credit(text, start):
                # the house form counts as the document's own only as a name alone: in
                # "Hrodna Life" (an outlet) it says nothing of how the text writes the city,
                # nor in a credit, which names its source as the source writes itself
                house_written.add((entry, lang))
            if lang in INFLECTING:
                continue   # a case ending (Radia Swaboda) is no spelling NC004 can compare
            own_language.append((len(kept), lang))
        kept.append(m)
    for start, end, group, *_ in mentions:
        acronym = defined.get(group)
        if acronym and " " not in acronym and text[start:end] == acronym:
            # the document's own abbreviation also where it stands before its definition (a
            # headline's "MTZ" before "MTZ (Minsk Tractor Works)")
            withdraw((start, end))
    _read_house_spellings_nc004_compares(text, kept, unread, left_out, entries)
    for i, lang in own_language:
        start, end, group, spelling, entry, key = kept[i]
        if (entry, lang) not in house_written:   # then this language's spellings go together
            kept[i] = (start, end, group + LANGUAGE_MARK + lang, spelling, entry, key)
    read = {(m[0], m[1]) for m in kept}   # spans whose context was read and kept them
    # the family names of the people the document names (a family shares one: Azaronak),
    # worked out only where a likely misspelling may ask
    named = {entries[m[4]].canonical.split()[-1] for m in mentions
             if m[4] is not None and entries[m[4]].kind == Kind.PERSON and entries[m[4]].canonical
             } if any(f.code == Code.NC002 for f in findings) else set()
    out = []
    people: dict[str, set[str]] | None = None
    for f in findings:
        span = (f.start, f.end)
        if f.code in SPELLING_CODES:
            if span in dropped or _inside(span, left_out):
                continue
            if (f.entry is None or entries[f.entry].kind == Kind.PERSON) \
                    and " " not in f.found.strip() \
                    and _before_a_given_name_and_patronymic(text, f.end):
                # a family name before a given name and a patronymic that are not the entry's
                # own (they would have been read with it): "the master Zaitsev Valentin
                # Alexandrovich" is another Zaitsev
                continue
            if _another_persons_alias(text, f, by_end, entries):
                continue   # Vasiliy Korzh (General Komarov): his nom de guerre, no Kamarou
            # a finding with no mention of its own (a likely misspelling) is read here; one
            # in the other script is another language's word (a commenter's name "Mazzola"
            # in Belarusian text is no misspelt Mazol)
            if span not in read and (
                    cited_title(text, f.start, f.end)
                    or _cut_off_at_the_end(text, f.end, f.found, f.suggestion or "")
                    or _an_example_surname(text, f.start, f.end, entries.get(f.entry or ""))
                    or _a_cited_person(text, f.start, f.end, entries.get(f.entry or ""))
                    or gender_ending_after(text, f.end)
                    # and a family name several entries share, in the other script, is an
                    # original ("Ефрем Соколов" under an English heading)
                    or (f.code == Code.NC002 or f.entry is None) and _in_the_other_script(
                        f.found, languages.at(f.start) not in CYRILLIC_LANGUAGES)
                    or f.code == Code.NC002 and another_direction(f.found, f.suggestion or "")
                    or _a_family_name_of_no_one_named(text, f, entries, named)
                    or f.code == Code.NC002 and _a_family_by_a_name_used(text, f.start, f.end)
                    or f.code == Code.NC002 and " " not in f.found.strip()
                    and (_before_a_patronymic(text, f.end) or _before_a_landmark(text, f.end)
                         or a_list_item_alone(text, f.start, f.end))
                    # a place of another country, named so (Kolpino, Russia; Púchov, Slovakia)
                    or f.code == Code.NC002 and before_another_country(text, f.end)
                    or f.code == Code.NC002 and _another_street(f.found, f.suggestion or "")
                    # a place named after a family (Tarasowo), no misspelt Oleg Tarasov
                    or f.code == Code.NC002 and f.entry is not None
                    and entries[f.entry].kind == Kind.PERSON and place_shaped(_last_word(f.found))
                    or f.code == Code.NC002 and _another_english_word(f.found, f.suggestion or "")
                    or f.entry is not None and _an_english_word_in_capitals(
                        f.found, entries[f.entry])
                    or f.code == Code.NC002 and " " not in f.found.strip()
                    and languages.at(f.start) in NOUN_CAPITALS
                    and not same_word(f.found, f.suggestion or "")
                    or f.code == Code.NC002 and other_family_shape(
                        _last_word(f.found), _last_word(f.suggestion or ""))
                    or f.entry is not None and _after_anothers_initials(
                        text, f.start, f.found, entries[f.entry])
                    or f.code == Code.NC002 and f.entry is not None
                    and _after_another_given_name(text, f.start, entries[f.entry])
                    # someone new, introduced by name: "a French soldier surnamed Macheraut"
                    or f.code == Code.NC002 and f.entry is not None
                    and entries[f.entry].kind == Kind.PERSON and " " not in f.found.strip()
                    and after_a_name_introducer(text, f.start)
                    # another name of whoever the name before the bracket is: Yanka Kupala
                    # (Ivan Lutsevich) is no misspelt Ivan Lutskevich
                    or f.code == Code.NC002 and glossed_in_brackets(text, f.start, f.end)
                    # the words the fix would add stand by it (Muscovite–Lithuanian Wars, a
                    # run parted at its dash)
                    or f.code == Code.NC002 and bool(f.suggestion) and _written_whole(
                        text, f.start, f.found, f.suggestion or "")
                    or f.code == Code.NC002 and _country_for_its_people(f.found,
                                                                        f.suggestion or "")
                    # a lake's name with its own original: Batoryn (Belarusian: Баторын)
                    or f.entry is not None and "(" in text[f.end:f.end + 30]
                    and _before_anothers_original(text, f.end, entries[f.entry])
                    # the other spelling of a family name several people share, in brackets
                    # after one of them named in full: Andrei Dzmitryeu (Dmitriev)
                    or f.entry is None and _family_after_its_person(text, f, by_end, entries)
                    # a word alone spelled as the place of a person's byname (Volozyhn, for
                    # Chaim of Volozhin) names the place; an English given name before "of"
                    # and a capital is someone's name and byname (Bishop Elias of Polotsk)
                    or f.entry is not None and _spells_a_bynames_place(f, entries[f.entry])
                    or f.entry is not None and _a_given_name_and_byname(
                        text, f.start, f.end, entries[f.entry], full_names)
                    or others.names_another(f.start, f.end)
                    or f.code == Code.NC002 and _an_adjective_for_a_noun(
                        f.found, f.suggestion or "")
                    or f.code == Code.NC002 and f.entry is not None
                    and entries[f.entry].kind == Kind.PERSON
                    and _another_family_name(f.found, f.suggestion or "")
                                     or quoted_alone(text, f.start, f.end)
                                     or in_a_list_of_names(text, f.start, f.end)
                                     and not _family_name_near(f.found, f.suggestion)
                                     or _apart(text, f.start, f.end, entries.get(f.entry or ""))
                                     or languages.on_purpose(text, f.start)
                                     or _near_a_person_named_nowhere(f, entries, named)
                                     and among_places(text, f.start, after_a_place_word)
                                     or f.entry is not None and _written_on_purpose(
                                         text, f.start, f.end, entries[f.entry]) or (
                    _house_wording(f.found, entries.get(f.entry or "")))):
                continue
            lang = languages.at(f.start)
            # a name several entries share (Lukashenko) has no one entry to ask
            if lang in OTHER_LATIN and (f.entry is None or (
                    not _has_form(entries[f.entry], lang) and (
                        (f.entry, lang) not in house_written
                        # the house family name with that language's given name (Wiktar),
                        # in either order (a Polish encyclopedia's "Budny Szymon"), or a
                        # house word in that language's case among its words (Grupa Wagnera)
                        or _last_word(entries[f.entry].canonical) in map(_last_word, f.found.split())
                        or _declines_a_house_word(f.found, entries[f.entry].canonical)))):
                continue
            if f.code == Code.NC005 and f.entry is not None \
                    and _without_the_rest_of_its_name(text, f.end, f.found, entries[f.entry]):
                continue   # "Беларусы на войне": not the weekly «Беларусы і рынак»
            if f.code == Code.NC005 and f.entry is not None \
                    and _rest_of_its_name_quoted(text, f.end, f.found, entries[f.entry]):
                continue   # РИА «Новости» in Belarusian text: the agency's name as it writes it
            if f.code == Code.NC005 and line_in_the_other_orthography(text, f.start, f.end, lang):
                continue   # a line in the other language ("Художники Витебщины", a menu item)
            if f.code == Code.NC005 and in_a_credit(text, f.start):
                continue   # "Фото: Полк Каліноўскага / Telegram": the source as it writes itself
            if f.code == Code.NC005 and f.entry is not None and in_quotation_marks(
                    text, f.start, f.end):
                # «Рабочага руха»: an organisation's own name, quoted as it writes it; and a
                # word of a quoted name in the other language (the club «Честь Родины» in
                # Belarusian text), which is no person's family name
                continue
        if f.code == Code.NC001 and f.suggestion:
            f = _without_its_possessor(text, f)
        if f.suggestion:
            f = _without_a_word_written_before(text, f)
        if f.code in (Code.NC001, Code.NC002) and f.entry is not None \
                and " " not in f.found.strip():
            if people is None:   # worked out once, where a family name alone may ask
                people = _persons_named(full_names, findings, entries)
            f = _of_the_person_named(f, people, entries)
        out.append(f)
    kept = [m for m in kept if (m[0], m[1]) not in left_out]
    return out, kept


def _persons_named(full_names: set[str], findings: list[Finding],
                   entries: dict[str, Entry]) -> dict[str, set[str]]:
    """The people a document names in full (the entries its mentions name in more than one
    word, and those of its findings of more than one word), by the last word of their
    canonical names."""
    named: dict[str, set[str]] = {}
    found_in_full = {f.entry for f in findings if f.entry is not None and " " in f.found.strip()}
    for entry in full_names | found_in_full:
        if entries[entry].kind == Kind.PERSON and entries[entry].canonical:
            named.setdefault(entries[entry].canonical.split()[-1], set()).add(entry)
    return named


def _of_the_person_named(f: Finding, named: dict[str, set[str]],
                         entries: dict[str, Entry]) -> Finding:
    """A family name alone, misspelt or a variant, as the family name of the one person of
    that family name the document names in full ("Pazdnyak" after "Zyanon Pazdnyak"), where
    the look-up's first pick is a namesake, or a place whose name it spells as well ("Pelesa",
    a village's, after "Siarhei Pelesa"); otherwise `f`."""
    people = named.get(f.suggestion or "", set())
    entry = entries[f.entry or ""]
    if f.entry in people or len(people) != 1 or (
            entry.kind != Kind.PERSON and entry.canonical != f.suggestion):
        return f
    (person,) = people
    message = f.message.replace(entry.canonical, entries[person].canonical, 1)
    return replace(f, entry=person, message=message)


# a place's possessive right before a name: "Minsk’s ", "Minsk's "
_POSSESSOR_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+(?:[ \t][^\W\d_]+)?)['’]s[ \t]+\Z")


def _without_its_possessor(text: str, f: Finding) -> Finding:
    """The finding with a fix that says its place once: where the text names the place in a
    possessive before the name ("Minsk’s Frunze District administration"), the fix leaves
    out the canonical's "of" and that place ("Frunzenski District Administration", not
    "... of Minsk" after "Minsk’s")."""
    fix = f.suggestion or ""
    m = _POSSESSOR_BEFORE.search(text, max(0, f.start - 40), f.start)
    if m is None:
        return f
    words = m.group(1).split()
    # the place's one or two words ("Minsk's", "Nizhny Novgorod's")
    tails = [" of " + " ".join(words[i:]) for i in range(len(words))]
    tail = next((t for t in tails if fix.casefold().endswith(t.casefold())
                 and len(fix) > len(t)), None)
    if tail is None:
        return f
    short = fix[:-len(tail)]
    return replace(f, suggestion=short,
                   message=f.message.replace(f"write '{fix}'", f"write '{short}'"))


def _without_a_word_written_before(text: str, f: Finding) -> Finding:
    """The finding with a fix that leaves out its first word where the text has that word
    right before the name found without it: the lake's name found after "Lake" ("Lake Vozyera
    Vishnyewskaye": "Vishneuskae", not "Lake Lake Vishneuskae"), a title found after its
    article ("the The Dead Do Not Hurt": "Dead Feel No Pain", not "the The Dead Feel No
    Pain")."""
    fix = f.suggestion or ""
    first, _, rest = fix.partition(" ")
    if not rest or f.found.split()[0].casefold() == first.casefold():
        return f
    m = word_before(text, f.start)
    if m is None or m.group(1).casefold() != first.casefold():
        return f
    return replace(f, suggestion=rest,
                   message=f.message.replace(f"write '{fix}'", f"write '{rest}'"))


# initials right before a family name: "O.N. ", "O. N. ", "O. "
# (an editor's square brackets may hold them: "Comrade [G. F.] Grinko")
_INITIALS_BEFORE = re.compile(r"(?<![^\W\d_])([A-Z])\.(?:\s?[A-Z]\.)?\]?\s?\Z")
_INITIAL_BEFORE = re.compile(r"(?<![^\W\d_])([A-Z])\.\s?\Z")   # one initial, right before
_OPENING_INITIAL = re.compile(r"[A-Z]\.\s?[A-Z][a-z]")   # a name that opens with an initial
# a given name glued to an infobox's label before a family name: "Succeeded byGeorgy ..."
_GLUED_GIVEN_BEFORE = re.compile(r"(?<![^\W\d_])[a-z]+([A-Z])[a-z]+[ \t\u00a0]+\Z")
# a given name and a nickname in quotes right before a family name: Serhii "Botsman" ...
_GIVEN_AND_NICKNAME_BEFORE = lazy(
    rf"(?<![^\W\d_])([A-Z])[a-z]+[ \t\u00a0]+{QUOTED_NICKNAME}[ \t\u00a0]+\Z")


def _family_after_its_person(text: str, f: Finding, by_end: dict[int, PlacedMention],
                             entries: dict[str, Entry]) -> bool:
    """Whether a family name alone in brackets follows a glossary person named in full
    whose family name is the finding's fix (Andrei Dzmitryeu (Dmitriev)), alone there or
    one item of the bracket (Maksim Bahdanovich (also Bahdanovich; Bogdanovich;
    Bagdanovich)): the document gives that person's name in other spellings beside its own."""
    joined = joined_to(text, f.start)
    alone = joined is not None and in_brackets_alone(text, f.start, f.end)
    end = joined if alone else opened_after(text, f.start)
    before = by_end.get(end) if end is not None else None
    entry = entries.get(before[4] or "") if before is not None else None
    return entry is not None and entry.kind == Kind.PERSON \
        and _last_word(entry.canonical) == _last_word(f.suggestion or "")


_TITLED_ALIAS = re.compile(r"\([ \t\u00a0]*(?:[A-Z][a-z]+\.?[ \t\u00a0]+)?\Z")


def _another_persons_alias(text: str, f: Finding, by_end: dict[int, PlacedMention],
                           entries: dict[str, Entry]) -> bool:
    """Whether a family name alone, in brackets alone or after one title (Vasiliy Korzh
    (General Komarov)), follows another person's name: that person's nom de guerre or
    pseudonym, no spelling of the glossary person the family name resembles."""
    if f.entry is None or entries[f.entry].kind != Kind.PERSON or " " in f.found.strip() \
            or text[f.end:f.end + 1] != ")":
        return False
    if _TITLED_ALIAS.search(text, max(0, f.start - 24), f.start) is None:
        return False
    end = opened_after(text, f.start)   # the name the bracket was opened after
    before = by_end.get(end) if end is not None else None
    if before is None:
        return False
    other, named = entries.get(before[4] or ""), text[before[0]:before[1]].split()
    # a given name and a patronymic alone (Viktor Dmitrievich (Babariko)) name the family
    # name's own bearer, whose family name the bracket adds
    return before[4] != f.entry and (
        other is None and len(named) > 1 and patronymic_gender(skeleton(named[-1])) is None
        or other is not None and other.kind == Kind.PERSON)


def _an_example_surname(text: str, start: int, end: int, entry: Entry | None) -> bool:
    """Whether [start, end) is a person's family name (or one the glossary lacks) given alone
    as an example in a paragraph about surnames."""
    return (entry is None or entry.kind == Kind.PERSON) and an_example_surname(text, start, end)


def _a_cited_person(text: str, start: int, end: int, entry: Entry | None) -> bool:
    """Whether [start, end) is a person's name (or one the glossary lacks) that an in-text
    citation gives as a work's author: a place before a year in brackets ("(Minsk, 2020)" in a
    caption) is still the place's."""
    return (entry is None or entry.kind == Kind.PERSON) and cited_author(text, start, end)


def _after_anothers_initials(text: str, start: int, found: str, entry: Entry) -> bool:
    """Whether a family name alone follows initials, a given name and a nickname in quotes,
    or a given name glued to a label ("Succeeded byGeorgy Aleksandrov"), whose first letter
    is no initial of the person's given name in any spelling (O.N. Ovchinnikov is not
    Uladzislau Auchynnikau, Serhii "Botsman" Korotkyh no Uladzimir Karotki). A name that
    opens with an initial after another initial (E. V. Senkevich) has its given name's
    initial first, and its second is the patronymic's; one that opens with an initial after
    a given name (Zhores I. Alferov) has the patronymic's, whoever's name it is."""
    if entry.kind != Kind.PERSON:
        return False
    if " " in found.strip():
        if _OPENING_INITIAL.match(found) is None:
            return False
        m = _INITIAL_BEFORE.search(text, max(0, start - 4), start)
        if m is not None:
            return m.group(1) not in _given_initials(entry)
        given = word_before(text, start)
        return given is not None and reads_as_a_given_name(given.group(1))
    m = _INITIALS_BEFORE.search(text, max(0, start - 8), start) or \
        _GIVEN_AND_NICKNAME_BEFORE.search(text, max(0, start - 60), start) or \
        _GLUED_GIVEN_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m.group(1) not in _given_initials(entry)


GIVEN_NAMES_BEFORE = 2   # capitalised words before a near miss read for another given name


def _after_another_given_name(text: str, start: int, entry: Entry) -> bool:
    """Whether a given name whose first letter is no initial of the person's given name
    stands right before a likely misspelling of a person's name, or before another
    capitalised word before it: the name goes on from it, someone else's ("Ignacy Feliks
    Dobrzyński" is no Felix Dzerzhinsky misspelt, "Ivan Mane Jarnovic" no Sokrat Janowicz)."""
    if entry.kind != Kind.PERSON:
        return False
    pos = start
    for _ in range(GIVEN_NAMES_BEFORE):   # a second given name may stand between (Ivan Mane)
        m = word_before(text, pos)
        if m is None or not m.group(1)[0].isupper():
            return False
        if reads_as_a_given_name(m.group(1)):
            return m.group(1)[0] not in _given_initials(entry)
        pos = m.start(1)
    return False


@lru_cache(maxsize=1024)
def _given_initials(entry: Entry) -> frozenset[str]:
    """The first letters a person's given name is written with, in the glossary's Latin forms
    and in every scheme's romanization of its Cyrillic forms."""
    out = {form.split()[0][:1].upper() for form in entry.latin if form.split()}
    for lang, forms in (("be", entry.be), ("ru", entry.ru)):
        for form in forms:
            given = form.split()[0] if form.split() else ""
            for scheme in scheme_ids():
                if get_scheme(scheme).language == lang:
                    out.update(made[:1].upper() for made in transliterate_all(given, scheme))
    return frozenset(out)


def _a_family_by_a_name_used(text: str, start: int, end: int) -> bool:
    """Whether a word after "the" is a name the document writes elsewhere with an s added:
    a family by its name (the Bielskis, after Tuvia Bielski), not a misspelt name."""
    word = text[start:end]
    stem = word[:-1]
    return word.endswith("s") and len(stem) >= MIN_FAMILY_STEM and " " not in word \
        and article_before(text, start) is not None \
        and re.search(rf"(?<![^\W\d_]){re.escape(stem)}(?![^\W\d_])", text) is not None


def _in_the_other_script(found: str, latin_text: bool) -> bool:
    """Whether a name is written all in the other script than the text around it (its
    paragraph's): Cyrillic in Latin-script text, Latin in Cyrillic text (also a Russian line
    of an English page)."""
    script = script_of(found)
    return script != "mixed" and (script == "cyrillic") == latin_text


def _another_bearers_family_name(text: str, start: int, end: int, entry: Entry,
                                 full_names: set[str]) -> bool:
    """Whether a person's family name alone, where the document names that person nowhere in
    full, stands where another bearer of it does: among places (after words only a place
    follows, or in a list they open: "in the town of Osypovych"), a place of that name (towns
    are named after families); after a word that introduces someone new ("a merchant named
    Severin"), someone else, as reporting introduces a person it knows in full. A family name
    that means one person by itself (`by_family_name`) is still that person ("flew to
    Lukashenko")."""
    return entry.kind == Kind.PERSON and not entry.by_family_name \
        and " " not in text[start:end].strip() and entry.id not in full_names \
        and (among_places(text, start, after_a_place_only_word)
             or after_a_name_introducer(text, start))


# an ampersand between a name and a capitalised word: a firm's name (Laevski & Partners,
# Borovtsov & Salei)
_AMPERSAND_AFTER = re.compile(r"[ \t\u00a0]*&[ \t\u00a0]*[A-Z]")
_AMPERSAND_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t\u00a0]*&[ \t\u00a0]*\Z")


def _in_a_firms_name(text: str, start: int, end: int) -> bool:
    """Whether a person's name stands in a firm's name joined by an ampersand to another
    capitalised word (Laevski & Partners): the firm's name as it is registered."""
    return _AMPERSAND_AFTER.match(text, end) is not None or \
        _AMPERSAND_BEFORE.search(text, max(0, start - 40), start) is not None


def _before_a_patronymic(text: str, end: int) -> bool:
    """Whether a patronymic and another capitalised word follow [.., end): the word there is
    a given name (Danylo Romanovych Halytski), no family name to be misspelt."""
    m = next_capitalised(text, end)
    return m is not None and patronymic_gender(skeleton(m.group(1))) is not None \
        and next_capitalised(text, m.end()) is not None


def _before_a_given_name_and_patronymic(text: str, end: int) -> bool:
    """Whether a capitalised word and then a patronymic follow [.., end): a family name given
    first, as Russian lists write a person (Zaitsev Valentin Alexandrovich)."""
    m = next_capitalised(text, end)
    if m is None:
        return False
    after = next_capitalised(text, m.end())
    return after is not None and patronymic_gender(skeleton(after.group(1))) is not None \
        and patronymic_gender(skeleton(m.group(1))) is None


def _before_a_landmark(text: str, end: int) -> bool:
    """Whether a building's word follows [.., end): the word there is the building's name,
    an adjective as often as not (the Kossovsky castle), no misspelt family name."""
    word = next_word(text, end)
    return word is not None and landmark_word(word)


def _family_name_before_an_acronym(text: str, start: int, end: int, entry: Entry) -> bool:
    """Whether a person's family name alone, which reporting does not use for that person by
    itself (no `by_family_name`), stands right before an acronym: a word of a body's or a
    channel's name (the Mirny BGUIR channel: "peaceful", no tennis player Mirnyi)."""
    return entry.kind == Kind.PERSON and not entry.by_family_name \
        and " " not in text[start:end].strip() and before_an_acronym(text, end)


def _an_english_word_in_capitals(found: str, entry: Entry) -> bool:
    """Whether `found` is one word in capitals that is an English word (YES) and no Latin form
    the glossary writes for the entry, nor its Cyrillic acronym spelt letter for letter: a
    scheme's romanization of an acronym that writes a letter as two (ЕС as YES) and so
    spells a word is that word in Latin text ("Photo: YES Market"), while МИД's MID is MID."""
    word = found.strip()
    return word.isupper() and word.isalpha() and is_common_word(word) and not any(
        fold(word) == fold(form) for form in (entry.canonical, *entry.variants, *entry.admitted,
                                                *entry.historical)) and not any(
        len(form) == len(word) for _, form in entry.cyrillic if form.isupper())


def _another_street(found: str, suggestion: str) -> bool:
    """Whether a likely misspelling and its fix are two streets' names: the same street's word
    last (Street, Avenue) after names that are no one name in two spellings (Kakhovskaya
    Street is no misspelt Pakrouskaya Street: the shared word made them look alike)."""
    mine, theirs = found.split(), suggestion.split()
    return len(mine) == len(theirs) > 1 and mine[-1].casefold() == theirs[-1].casefold() \
        and is_street_word(mine[-1]) and not all(
            same_word(a, b) for a, b in zip(mine[:-1], theirs[:-1], strict=True))


def _another_english_word(found: str, suggestion: str) -> bool:
    """Whether a likely misspelling of as many words as its fix has, in their place, an English
    word spelled right where the fix has another, more than a slip away: no slip of the pen
    makes "Prince" of "Province" (Grodno Prince Vsevolod is no Hrodna Region)."""
    mine, theirs = found.split(), suggestion.split()
    return len(mine) == len(theirs) > 1 and any(
        a.casefold() != b.casefold() and is_common_word(a) and is_common_word(b)
        and not same_word(a, b) for a, b in zip(mine, theirs, strict=True))


def _defined_with_another_acronym(text: str, start: int, end: int, canonical: str) -> bool:
    """Whether the name at [start, end) is followed by the acronym it defines, whose letters
    the house form's initials would not spell ("the Belarusian Armed Forces (BAF)", where the
    house writes Armed Forces of Belarus): the document's own wording, which its acronym
    goes on standing for."""
    acronym = defined_acronym(text, start, end)
    return acronym is not None and not initials(canonical.split()).endswith(acronym)


def _spells_a_bynames_place(f: Finding, entry: Entry) -> bool:
    """Whether a word alone is fixed to the place a person's byname names (Volozhin, of Chaim
    of Volozhin; Moscow, of Helena of Moscow): a word spelled like that place is the place
    (Volozyhn, Moscovia), never the person."""
    words = entry.canonical.split()
    return entry.kind == Kind.PERSON and " " not in f.found.strip() and len(words) > 2 \
        and words[-2] == "of" and f.suggestion == words[-1]


_BYNAME_AFTER = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+([^\W\d_])")


def _a_given_name_and_byname(text: str, start: int, end: int, entry: Entry,
                             full_names: set[str]) -> bool:
    """Whether a family name alone, of a person the document names nowhere in full and whom
    reporting does not name by it alone, is an English given name before "of" and a capital:
    someone's given name and byname, as older persons are named (Bishop Elias of Polotsk is no
    Johan Eliasch)."""
    found = text[start:end].strip()
    if entry.kind != Kind.PERSON or entry.by_family_name or entry.id in full_names \
            or " " in found:
        return False
    m = _BYNAME_AFTER.match(text, end)
    return m is not None and m.group(1).isupper() and is_english_name(found)


def _near_a_person_named_nowhere(f: Finding, entries: dict[str, Entry], named: set[str]) -> bool:
    """Whether a likely misspelling is one word near the family name of a person the document
    names nowhere else (`named`: the family names of those it names). Reporting names a person
    in full before the family name alone; among places such a word is a place (the border
    crossing Lesnaya is no actress Lenaya, the village Peschanka no journalist Pechanka), while
    a slip in a name the document does write (Arkatovich after Henrykh Akalatovich) is one."""
    return f.code == Code.NC002 and f.entry is not None and " " not in f.found.strip() \
        and entries[f.entry].kind == Kind.PERSON and bool(f.suggestion) \
        and f.suggestion not in named


# attested variants from which a person is one reporting writes about often, by the family
# name alone too (Zianon Pazniak), where a glossary's many political prisoners have none
KNOWN_ALONE_VARIANTS = 2


def _a_family_name_of_no_one_named(text: str, f: Finding, entries: dict[str, Entry],
                                   named: set[str]) -> bool:
    """Whether a likely misspelling is one word, the family name of a person the document
    names nowhere in full, with nothing before it that marks a person's name (a title, an
    initial, "née", "the judge"): reporting names a person in full before the family name
    alone, so a word a slip away from a family name no one in the document bears is another
    word (a factory Kalinka, a brand Baltika, the separatist Zakharchenko), no misspelt
    person. Not for those reporting names by the family name alone: `by_family_name`, and
    those whose spellings it has attested several of (KNOWN_ALONE_VARIANTS), as it does of
    the people it writes about most."""
    if not _near_a_person_named_nowhere(f, entries, named):
        return False
    entry = entries[f.entry or ""]
    return not entry.by_family_name and len(entry.variants) < KNOWN_ALONE_VARIANTS \
        and not marked_as_a_persons(text, f.start)


def _ends_in_an_initial(text: str, end: int, found: str) -> bool:
    """Whether the name found ends in one capital letter that a dot and a capitalised word no
    dictionary knows follow: an initial before a family name (Aliaksandr I. Lakotka), no
    ruler's numeral (Alexander I)."""
    words = found.split()
    if len(words) < 2 or len(words[-1]) != 1 or not words[-1].isupper() \
            or not text.startswith(".", end):
        return False
    m = next_capitalised(text, end + 1)
    return m is not None and not is_common_word(m.group(1))


def _another_places_name(text: str, start: int, end: int, entry: Entry) -> bool:
    """Whether the name at [start, end) is another place's: a settlement's, after a word for
    one, where the glossary names a person ("born in the village of Staryi Krivets" is no
    Siarhei Kryvets) or, for a one-word name, something of more words ("the village of
    Komarovka" is no Kamarouski Market); a street's, a one-word name before an abbreviated
    street word, where the glossary's is no street ("Oktyabrskaya St." is no metro station
    Kastrychnitskaya)."""
    if entry.kind == Kind.PERSON:
        return after_an_inhabited_place_word(text, start)
    words = entry.canonical.split()
    return " " not in text[start:end].strip() and bool(words) and (
        len(words) > 1 and after_an_inhabited_place_word(text, start)
        or before_a_street_abbreviation(text, end) and not is_street_word(words[-1]))


def _an_adjective_for_a_noun(found: str, suggestion: str) -> bool:
    """Whether a likely misspelling ends in an adjective's feminine or neuter ending
    (Gorodnaya) where its fix ends in none (Hrodna): a name of its own, no slip."""
    return bool(found.split()) and bool(suggestion.split()) \
        and adjective_gender(found.split()[-1]) is not None \
        and adjective_gender(suggestion.split()[-1]) is None


# how alike (rapidfuzz's ratio of the folded words, 0-100) a person's family name must be to
# the fix's for a whole name to be a misspelling of it: Borsevich and Barysevich (84),
# Tikhanosvsky and Tsikhanouski (83) are; Pryščepaŭ and Prystupa (71) are two families
FAMILY_NAME_LIKENESS = 75


def _another_family_name(found: str, suggestion: str) -> bool:
    """Whether a likely misspelling of a person's whole name has a family name unlike the
    fix's (below FAMILY_NAME_LIKENESS): the given name alike made the whole look near, but
    the family is another (Dźmitry Pryščepaŭ is no Dzmitry Prystupa)."""
    mine, theirs = found.split(), suggestion.split()
    glued = glued_word(found)
    if glued and len(theirs) > 2 and theirs[-1] == glued:   # Lukashenkoand: "Lukashenka and"
        mine, theirs = [*mine[:-1], mine[-1][:-len(glued)]], theirs[:-1]
    return len(mine) > 1 and len(theirs) > 1 and fuzz.ratio(
        fold(mine[-1]), fold(theirs[-1])) < FAMILY_NAME_LIKENESS


def _family_name_near(found: str, suggestion: str | None) -> bool:
    """Whether a likely misspelling's last word is the suggestion's by the skeleton key or but
    one slip away (Uladzimer Tsyhanovich, Uladzimir Niarosnki for Niaronski), not another
    family name (Pavel Mazko for Mazheika)."""
    if not suggestion or not found.split():
        return False
    return same_word(found.split()[-1], suggestion.split()[-1])


# punctuation and quotation marks around a word of a name in running text
_AROUND_A_WORD = ".,;:!?/()\"'«»„“”‘’"


def _keys_after(text: str, pos: int) -> list[str]:
    """The Cyrillic keys of the words after `pos` (a stretch of them), punctuation and
    quotation marks around each dropped."""
    return [cyrillic_key(w.strip(_AROUND_A_WORD)) for w in text[pos:pos + 120].split()]


def _rest_of_form(form: str, holds: Callable[[str], bool]) -> list[str] | None:
    """The words of a Cyrillic form after its first word that `holds` accepts ([] when that
    is its last word), or None when no word of it does."""
    words = split_words(form)
    at = next((i for i, w in enumerate(words) if holds(w)), None)
    return None if at is None else words[at + 1:]


def _rest_of_its_name_quoted(text: str, end: int, found: str, entry: Entry) -> bool:
    """Whether a word of an organisation's Cyrillic name is followed by the rest of that same
    form of the name in quotation marks (РИА «Новости»): the name written as the body writes
    it in its own language, quoted on purpose, not the text's misspelling of its own form."""
    opens = quotation_after(text, end)
    if opens is None or entry.kind != Kind.ORGANIZATION or " " in found.strip():
        return False
    key = cyrillic_key(found)
    quoted = _keys_after(text, opens)
    for _, form in entry.cyrillic:
        rest = _rest_of_form(form, lambda w: cyrillic_key(w) == key)
        if rest and quoted[:len(rest)] == [cyrillic_key(w) for w in rest]:
            return True
    return False


def _without_the_rest_of_its_name(text: str, end: int, found: str, entry: Entry) -> bool:
    """Whether a lone word of an organisation's, a place's or a work's Cyrillic name stands
    without the words that follow it in every form of the name that holds it (Беларусы of
    «Беларусы і рынак» before "на войне"; Новыя, a sentence's first word, of Новы Двор;
    Земля of a book's «Зямля пад белымі крыламі» before "людзей"): another word, not the
    name."""
    if entry.kind == Kind.PERSON or " " in found.strip():
        return False
    bases = set(base_forms(cyrillic_key(found)))
    following = [set(base_forms(k)) for k in _keys_after(text, end)]
    held = False
    for _, form in entry.cyrillic:
        rest = _rest_of_form(form, lambda w: cyrillic_key(w) in bases)
        if rest is None:
            continue
        if not rest:
            return False   # the name's last word
        held = True
        if len(following) >= len(rest) and all(
                after & set(base_forms(cyrillic_key(w)))
                for after, w in zip(following, rest, strict=False)):
            # the rest of the name follows (у «Беларусах і рынку»), every word of it: not
            # Мемарыяльны комплекс Брэсцкая ... for Мемарыяльны комплекс Трасцянец
            return False
    return held


def abbreviates(found: str, canonical: str) -> bool:
    """Whether `found` is the written-out `canonical` abbreviated: its words that the
    canonical lacks are acronyms, at least one (BAJ, NOC of Belarus; not Okrestina)."""
    if " " not in canonical:
        return False
    own = set(canonical.split())
    # a hyphen joins words, not an acronym's letters: Grodno-Azot is no abbreviation
    extra = [w for w in found.replace("-", " ").split() if w not in own]
    return bool(extra) and all(acronym_shaped(w) for w in extra)


def shortens(found: str, canonical: str) -> bool:
    """Whether `found` is the canonical cut short: fewer of its words, each as the canonical
    writes it (Hajun for Belarusian Hajun; not Okrestina for the Akrestsina detention centre)."""
    words, own = found.split(), canonical.split()
    return 0 < len(words) < len(own) and all(w in own for w in words)


class _OtherPeople:
    """Where a document names, in full, people no entry matches, by their last word: a
    family name alone after one of them goes on naming that person."""

    def __init__(self, text: str, starts: dict[str, list[tuple[int, int, bool]]],
                 mention_starts: set[int]) -> None:
        self.text = text
        self.starts = starts     # folded last word -> [(start, end, other person)], by start
        self.mention_starts = mention_starts  # where the walk's mentions start

    def names_another(self, start: int, end: int) -> bool:
        """Whether the one word at [start, end) names someone no entry matches: the person
        the document last named in full with it ("Andrej Bykaŭ ... fined Bykaŭ"), or the
        given name of a name whose next word no entry knows and neither English words nor
        English names hold ("Bahdan Karavets"; not "Lukashenko Tuesday")."""
        found = self.text[start:end]
        if " " in found:
            return False
        named = self.starts.get(fold(POSSESSIVE_END.sub("", found)))
        if named:
            # the last full name that ends before this word (not a run holding it: "Later
            # Volkov" is this word after a sentence's first word)
            i = bisect_right(named, (start,))
            while i and named[i - 1][1] > start:
                s, e, other = named[i - 1]
                if other and e >= end and not any(
                        is_common_word(w) for w in self.text[s:start].split()):
                    return True   # the family name of a full name no entry matches
                i -= 1
            if i and named[i - 1][2]:
                return True
        return self.given_name_before_unknown(start, end)

    def given_name_before_unknown(self, start: int, end: int) -> bool:
        """Whether the one word at [start, end) starts a name whose next word no entry
        knows (a relative the glossary lacks is spelled as the family is)."""
        if " " in self.text[start:end]:
            return False
        m = _UNKNOWN_WORD_AFTER.match(self.text, end)
        return m is not None and m.start(1) not in self.mention_starts and \
            not is_common_word(m.group(1)) and not is_english_name(m.group(1))


# one space, then a capitalised word ending at a space or punctuation: another name's word
_UNKNOWN_WORD_AFTER = re.compile(r" ([A-Z\u0100-\u024f][a-z\u0100-\u024f]+)(?=[\s,.;:)])")


def _people_named_before(text: str, mentions: list[PlacedMention]) -> _OtherPeople:
    """The full names of the document, by last word, marked whether no entry matched them."""
    entry_ends = {m[1] for m in mentions if m[4] is not None}
    starts: dict[str, list[tuple[int, int, bool]]] = {}
    for start, end, group, _, entry, _ in mentions:
        words = text[start:end].split()
        if len(words) > 1 and (entry is not None or (
                group.startswith(UNKNOWN) and end not in entry_ends)):
            key = fold(POSSESSIVE_END.sub("", words[-1]))
            starts.setdefault(key, []).append((start, end, entry is None))
    for named in starts.values():
        named.sort()
    return _OtherPeople(text, starts, {m[0] for m in mentions})


def _read_house_spellings_nc004_compares(text: str, kept: list[PlacedMention],
                                         unread: list[int], left_out: set[tuple[int, int]],
                                         entries: dict[str, Entry]) -> None:
    """Read the context of the house spellings left unread where their group has another
    spelling too: a labelled one ("Bel. Nafta Navapolatsk") takes no part in NC004."""
    spellings: dict[str, set[str]] = {}
    for m in kept:
        spellings.setdefault(m[2], set()).add(m[5])
    for i in unread:
        start, end, group, _, entry, _ = kept[i]
        if entry is not None and len(spellings[group]) > 1 and \
                _apart(text, start, end, entries[entry]):
            left_out.add((start, end))


def _apart(text: str, start: int, end: int, entry: Entry | None) -> bool:
    """Whether the context sets [start, end) apart from the document's own spelling of the
    name: a labelled alternate, the start of a longer name (cut at an institution word too),
    a word of an address, part of a job title, another country's name ("Russia's ...") or
    place ("Bryansk"), a historical event's name ("Battle of Bobrujsk"), a word derived from
    the name ("the Losiks"), a facility named with the document's own word for it
    ("Okrestina prison"), an institution's full official wording ("... of the Republic of
    Belarus"), or the words that spell out an acronym ("BATE (Borisov Automobile ...)")."""
    canonical = entry.canonical if entry is not None else ""
    return (is_labelled_alternate(text, start, end)
            or entry is not None and entry.kind == Kind.PLACE and (
                mentioned_as(text, start) and POSSESSIVE_START.match(text, end) is None
                or before_its_present_name(text, end, canonical))
            or in_longer_name(text, end, entry is not None and entry.kind == Kind.PLACE)
            or entry is not None and entry.kind == Kind.PERSON and after_street_word(text, start)
            or entry is not None and entry.kind == Kind.PLACE and in_an_epithet(text, start)
            or in_acronym_expansion(text, start, end)
            or in_address(text, start, end) or of_other_country(text, start)
            or names_event(text, start, end)
            or in_title(text, start)
            or _ends_in_an_initial(text, end, text[start:end])
            or before_a_medium_and_its_name(text, end)
            or entry is not None and _another_places_name(text, start, end, entry)
            or bool(canonical) and _defined_with_another_acronym(text, start, end, canonical)
            or bool(canonical) and (ends_in_institution_word(text[start:end], canonical)
                                    and not _listed_whole(text[start:end], entry)
                                    or official_wording(text[start:end], canonical)
                                    or any(_derived_word(text, start, end, form)
                                           for form in (canonical, *(entry.admitted if entry
                                                                     else ())))
                                    or names_neighbouring_place(text[start:end], canonical)
                                    or names_facility_itself(text, end, canonical)
                                    # unless the fix is the name without the house's own word
                                    # (Okrestina prison: Akrestsina prison)
                                    and entry is not None
                                    and short_form(text[start:end], entry.cyrillic,
                                                   canonical) is None))


def _listed_whole(found: str, entry: Entry | None) -> bool:
    """Whether `found` is one of the entry's listed spellings, whole (as_written: case and
    diacritics aside): the glossary's own name of the body, not the start of a longer one."""
    if entry is None:
        return False
    key = as_written(found)
    return any(as_written(form) == key for form in (*entry.variants, *entry.admitted))


def _written_on_purpose(text: str, start: int, end: int, entry: Entry) -> bool:
    """Whether [start, end) writes the entry another way on purpose: a former name in a
    sentence about its time, a nickname ("Dasha Domracheva"), another language's name for it
    opening a longer name ("the Europa League"), or a place's native name where the house
    writes an English one ("the cruiser Moskva")."""
    found = text[start:end]
    return _former_name(text, start, end, entry) or is_nickname(found, entry) or (
        _another_languages_form(found, entry) and followed_by_capitalised(text, end)) or (
        _native_name_of_an_exonym(found, entry) and not after_place_preposition(text, start))


def _native_name_of_an_exonym(found: str, entry: Entry) -> bool:
    """Whether `found`, one word no form of the entry lists, spells a place the house calls
    by an English name of one word that no scheme makes from its Cyrillic (Moskva for Moscow,
    Ukraina for Ukraine): in English text such a word names what is named after the place
    (the cruiser, the river, the hotel), unless a preposition of place says it is the place
    (flew to Moskva)."""
    word = POSSESSIVE_END.sub("", found).strip()
    return entry.kind == "place" and " " not in entry.canonical and " " not in word \
        and as_written(word) not in {as_written(f) for f in entry.latin} \
        and _made_by_no_scheme(entry.canonical, entry.be + entry.ru)


@lru_cache(maxsize=4096)
def _made_by_no_scheme(canonical: str, cyrillic: tuple[str, ...]) -> bool:
    """Whether no romanization scheme writes `canonical` for any of the Cyrillic forms."""
    key = as_written(canonical)
    return not any(as_written(made) == key for form in cyrillic for scheme in scheme_ids()
                   for made in transliterate_all(form, scheme))


def _another_languages_form(found: str, entry: Entry) -> bool:
    """Whether `found` is one of the entry's `forms` as written (Europa, Litauen)."""
    found = POSSESSIVE_END.sub("", found)
    return any(found == form for _, form in entry.forms)


def _former_name(text: str, start: int, end: int, entry: Entry) -> bool:
    """Whether [start, end) writes a former name of the entry in a sentence about its time
    ("born in 1954 in Kopys, Byelorussia")."""
    if not entry.historical or entry.historical_until is None:
        return False
    found = POSSESSIVE_END.sub("", text[start:end])
    keys = [skeleton(w) for w in found.split()]
    # as listed, or spelled another way by the correspondences (Belarusian SSR for the
    # Byelorussian SSR), never the house form itself
    return any(found.casefold() == form.casefold() or keys == [skeleton(w) for w in form.split()]
               for form in entry.historical) and \
        keys != [skeleton(w) for w in entry.canonical.split()] and \
        about_time_before(text, start, end, entry.historical_until)


def _inside(span: tuple[int, int], spans: set[tuple[int, int]]) -> bool:
    start, end = span
    return any(s <= start and end <= e for s, e in spans)


def _has_form(entry: Entry, lang: str) -> bool:
    return any(code == lang for code, _ in entry.forms)


def _house_wording(found: str, entry: Entry | None) -> str:
    """The house form (the canonical, or a spelling the glossary admits beside it) that
    `found` is another wording of (_another_wording), or "". For a place or a body, the
    two words of such a form swapped are one too (Soligorsk Shakhtyor, English sports
    writing's order, for the admitted Shakhtyor Soligorsk)."""
    if entry is None:
        return ""
    for form in (entry.canonical, *entry.admitted):
        if _another_wording(found, form) or entry.kind != Kind.PERSON and _swapped(found, form):
            return form
    return ""


def _a_swapped_form_before_a_capital(text: str, start: int, end: int, entry: Entry) -> bool:
    """Whether a body's or a place's form in another language, its two words swapped, goes on
    with a capitalised word: the start of a longer name in that language's word order
    (Polish "Europejska Unia Nadawców", the Broadcasting Union, is no "Unia Europejska");
    alone, the swapped words are the name written in the wrong order."""
    # the cheap tests first: this is asked of every mention of a body or a place
    return entry.kind != Kind.PERSON and bool(entry.forms) and text[end:end + 1] == " " and \
        any(_swapped(text[start:end], form) for _, form in entry.forms) and \
        next_capitalised(text, end) is not None


def _swapped(found: str, form: str) -> bool:
    """Whether `found` is the two words of `form` in the other order."""
    f, c = found.split(), form.split()
    return len(c) == 2 and f == c[::-1]


def _another_wording(found: str, canonical: str) -> bool:
    """Whether `found` holds the canonical form whole, spelled right, among more English words
    (Viasna Human Rights Center), its words in another order (Ministry of Defence), some of
    its lowercase words left out (Navapolatsk colony) or its first words (the Diocese of
    Pinsk): another wording of the name, not a variant spelling of it. Words of another language around it
    (Gorad Stolin, Горад Столін romanized) are a variant."""
    if _reordered(found, canonical) or _without_lowercase_words(found, canonical) \
            or _canonical_tail(found, canonical) or _shorter_wording(found, canonical):
        return True
    if canonical_inside(found, canonical) != canonical:
        return False
    return all(is_common_word(w) for w in found.replace(canonical, " ", 1).split())


_OF_WORDS = frozenset({"of", "the"})


def _without_lowercase_words(found: str, canonical: str) -> bool:
    """Whether `found` is the canonical with some of its lowercase words left out, its first
    word and one more kept (Navapolatsk colony for Navapolatsk penal colony): the document's
    shorter wording, spelled the house way."""
    f = [british_spelling(w) for w in found.split()]
    c = canonical.split()
    if not 2 <= len(f) < len(c) or f[0] != british_spelling(c[0]):
        return False
    rest = iter(c)
    for word in f:   # each word of found in order among the canonical's, skipping lowercase
        for other in rest:
            if british_spelling(other) == word:
                break
            if not other.islower():
                return False
        else:
            return False
    return all(w.islower() for w in rest)


def _canonical_tail(found: str, canonical: str) -> bool:
    """Whether `found` is the canonical's last words, two or more, one of them a proper name
    (the Diocese of Pinsk, the Archdiocese of Minsk-Mohilev, for the Roman Catholic ...): the
    document's shorter wording, spelled the house way."""
    f = [british_spelling(w) for w in found.split()]
    c = [british_spelling(w) for w in canonical.split()]
    return 2 <= len(f) < len(c) and c[len(c) - len(f):] == f and any(
        not is_common_word(w) for w in found.split() if w[:1].isupper())


def _shorter_wording(found: str, canonical: str) -> bool:
    """Whether `found` is some of the canonical's words, two or more, in its order and ending
    in its last word, one of them a proper name (Kupala Theatre for Yanka Kupala National
    Theatre): the document's shorter wording, spelled the house way."""
    f = [british_spelling(w) for w in found.split()]
    c = [british_spelling(w) for w in canonical.split()]
    if not 2 <= len(f) < len(c) or f[-1] != c[-1]:
        return False
    rest = iter(c)
    return all(word in rest for word in f) and any(   # in order: `in` moves the iterator on
        not is_common_word(w) for w in found.split() if w[:1].isupper())


def _in_canonical_order(found: str, canonical: str) -> str:
    """The canonical when `found` holds it; for the canonical's words in another order, those
    words in the canonical's order as `found` writes them (MINISTRY OF DEFENSE: DEFENSE
    MINISTRY), so that NC004 still tells Defence from Defense."""
    if not (_reordered(found, canonical) or _swapped(found, canonical)):
        return canonical
    written = {british_spelling(w): w for w in found.split()}
    return " ".join(written.get(british_spelling(w), w) for w in canonical.split())


def _reordered(found: str, canonical: str) -> bool:
    """Whether `found` is the canonical's words in another order, one of the two with an
    "of" (Ministry of Defence for Defence Ministry): a wording, not a spelling, and in
    reporting on several countries as often another country's ministry."""
    def words(name: str) -> list[str]:   # British spellings for both (Defense: defence)
        return [british_spelling(w) for w in name.casefold().split() if w not in _OF_WORDS]

    f, c = words(found), words(canonical)
    return len(c) >= 2 and f != c and sorted(f) == sorted(c) and (
        " of " in f" {found.casefold()} " or " of " in f" {canonical.casefold()} ")


_HISSING = ("s", "x", "z", "sh", "ch")


def _derived_word(text: str, start: int, end: int, canonical: str) -> bool:
    """Whether text[start:end] is the canonical form (or a form the glossary admits) whose
    last word goes on as a longer word: a plural ("the Losiks", "Iskanders" for the admitted
    Iskander) or an abbreviated adjective ("Belaruss."), not a spelling of it."""
    words, names = text[start:end].split(), canonical.split()
    names = names[len(names) - len(words):]   # the family name alone is the name too
    if not (0 < len(words) == len(names) and words[:-1] == names[:-1]
            and len(words[-1]) > len(names[-1]) and words[-1].startswith(names[-1])):
        return False
    more = words[-1][len(names[-1]):]
    # a name ending in a hissing sound takes -es in the plural: Donbass is Donbas spelled
    # another way, not its plural (Belaruss. is an abbreviated adjective)
    return more.isalpha() and not (more == "s" and names[-1].casefold().endswith(_HISSING)
                                   and text[end:end + 1] != ".")


# a case ending's letters at most (Polish Wagnera, Lukaszenki: the house's Wagner declined)
CASE_ENDING = 3
# the shortest house word whose declined form says the name is the house's in another language
DECLINED_WORD = 4


def _declines_a_house_word(found: str, canonical: str) -> bool:
    """Whether a word of `found`, a name of more words than one, is a word of the house's
    `canonical` with a case ending after it ("Grupa Wagnera" for the Wagner Group): another
    language's own wording of the house's name, in its grammar, no misspelling of it (one
    word alone may be one: Belaruss)."""
    words = [w for w in re.split(r"[\s-]+", canonical.casefold()) if len(w) >= DECLINED_WORD]
    found_words = re.split(r"[\s-]+", found.casefold().strip())
    return len(found_words) > 1 and any(
        w.startswith(c) and len(w) - len(c) <= CASE_ENDING for w in found_words for c in words)


def _last_word(name: str) -> str:
    """A name's last word; hyphens part words too (a German compound's Janka-Kupala-...)."""
    words = re.split(r"[\s-]+", name.casefold().strip())
    return words[-1] if words else ""

