"""A document's language, told from its letters (Cyrillic) or its function words (Latin script)."""
from __future__ import annotations

import re

from checker.datafiles import load_data
from checker.text.letters import (
    BELARUSIAN_ONLY,
    CYRILLIC_LETTER,
    LATIN_LETTER,
    LATIN_VOWELS,
    RUSSIAN_ONLY,
)

_DATA = load_data("checker.text", "languages.yaml")
MIN_HITS: int = _DATA["min_hits"]
SAMPLE = 200_000       # characters a document's script and Cyrillic language are told from
WORDS_SAMPLE = 5_000   # characters its function words are counted in: a page is plenty

LATIN_LANGUAGES: tuple[str, ...] = tuple(_DATA["words"])
INFLECTING: frozenset[str] = frozenset(_DATA["inflecting"])  # names take case endings
_CASE_LETTERS = frozenset(_DATA["case_letters"])
GENITIVE_S: frozenset[str] = frozenset(_DATA["genitive_s"])   # die Lage Weißrusslands
NOUN_CAPITALS: frozenset[str] = frozenset(_DATA["noun_capitals"])   # bei groben Verstößen
# Latin-script case endings and what each takes back to: `any` language's (the German
# genitive -s), Polish's, and Łacinka's own (checker/match/latin_cases.yaml)
LATIN_CASES = load_data("checker.match", "latin_cases.yaml")
CASE_RULES_ANY: tuple[tuple[str, str], ...] = tuple(map(tuple, LATIN_CASES["any"]))
CASE_RULES_POLISH: tuple[tuple[str, str], ...] = tuple(map(tuple, LATIN_CASES["polish"]))
CASE_RULES_GERMAN_ADJECTIVE: tuple[tuple[str, str], ...] = tuple(
    map(tuple, LATIN_CASES["german_adjective"]))
CASE_STEM = 3          # letters a word keeps once its case ending is taken back
_OTHER_CYRILLIC: dict[str, str] = _DATA["cyrillic"]          # letters only that language uses
CYRILLIC_LANGUAGES = frozenset({"be", "bg", "ru", *_OTHER_CYRILLIC})
# what --language and the `language` config table take: the languages told apart, 'latin'
# (any Latin-script language: told from the text), or another ISO 639 code of glossary `forms`
NAMED = ("be", "ru", "latin") + LATIN_LANGUAGES + tuple(_OTHER_CYRILLIC)

_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}   # function word -> the languages that use it
for _lang, _words in _DATA["words"].items():
    for _w in _words:
        _LANGUAGES_OF[_w] = _LANGUAGES_OF.get(_w, ()) + (_lang,)
_CODE = re.compile(r"[a-z]{2,3}")
# what parts words: punctuation, quotation marks, hyphens and dashes, digits
_WORD_BREAKS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»„“”‚‘’–—…0123456789"
_EDGES_TO_SPACES = str.maketrans(dict.fromkeys(_WORD_BREAKS, " "))
_FUNCTION_WORDS = frozenset(_LANGUAGES_OF)
_WORDS_OF = {lang: frozenset(words) for lang, words in _DATA["words"].items()}
_LETTERS_OF: dict[str, frozenset[str]] = {
    lang: frozenset(letters) for lang, letters in _DATA["letters"].items()}
# distinct function words of the default language that settle a sample as that language
CLEAR_LEAD = 4
_LATIN_I_IN_CYRILLIC = re.compile(
    rf"(?<={CYRILLIC_LETTER.pattern})[iI]|[iI](?={CYRILLIC_LETTER.pattern})")


def document_language(text: str) -> str:
    """The language of a text.

    Cyrillic: 'uk', 'sr', 'mk' or 'kk' when it uses that language's own letters, else 'be'
    or 'ru' (і, ў against и, щ, ъ). Latin script: the language whose function words it uses
    most ('de', 'pl'...) when that beats English by MIN_HITS words or more, else 'en'.
    """
    sample = text[:SAMPLE]
    if CYRILLIC_LETTER.search(sample):
        cyr = len(CYRILLIC_LETTER.findall(sample))
        lat = len(LATIN_LETTER.findall(sample))
        if cyr > lat:
            other = max(_OTHER_CYRILLIC, key=lambda lang: _count(sample, _OTHER_CYRILLIC[lang]))
            if _count(sample, _OTHER_CYRILLIC[other]) >= _DATA["cyrillic_min"] and \
                    _count(sample, _DATA["belarusian_marks"]) < _DATA["cyrillic_min"]:
                return other
            be = _count(sample, BELARUSIAN_ONLY)
            ru = _count(sample, RUSSIAN_ONLY)
            if be <= ru:
                # a Latin i typed for і inside Cyrillic words (Нясвiж, палiтычнага: old pages
                # and keyboards) is Belarusian's letter too, as Russian has no і (looked for
                # only where it may tell)
                be += len(_LATIN_I_IN_CYRILLIC.findall(sample))
            return "be" if be > ru else "ru"
    # a whole page may quote a post in English in a Polish article: every word is counted
    return latin_language(sample[:WORDS_SAMPLE], counted=True)


def latin_language(text: str, default: str = "en", counted: bool = False) -> str:
    """The Latin-script language whose function words `text` uses most, when it beats
    `default`'s by MIN_HITS words or more; else `default`. A paragraph with CLEAR_LEAD of
    the default's words is the default's unless `counted`."""
    lowered = text.lower()
    own = _WORDS_OF.get(default)
    if not counted and own is not None and len(own.intersection(lowered.split())) >= CLEAR_LEAD:
        # so many of the default language's own words (counted roughly: a word with a comma
        # after it is missed) leave no room for another language to be MIN_HITS ahead in a
        # paragraph's sample; most paragraphs of a document end here
        return default
    hits: dict[str, int] = {}
    # punctuation to spaces, a split and one set intersection rather than a letter pattern
    # and a look-up per word: several times as fast
    spaced = text.translate(_EDGES_TO_SPACES)
    written = spaced.split()
    words = spaced.lower().split()
    for word in _FUNCTION_WORDS.intersection(words):
        # a lowercase letter alone ("i": and) is a word only as written; English's "I" is
        # the pronoun
        count = words.count(word) if len(word) > 1 else written.count(word)
        for lang in _LANGUAGES_OF[word]:
            hits[lang] = hits.get(lang, 0) + count
    if not text.isascii():
        # and the lowercase words written with a language's own letters (names aside)
        lettered = [set(word) for word in written if word[0].islower() and not word.isascii()]
        for lang, letters in _LETTERS_OF.items():
            hits[lang] = hits.get(lang, 0) + sum(1 for chars in lettered if chars & letters)
    need = hits.get(default, 0) + MIN_HITS
    ahead = sorted(lang for lang, n in hits.items() if n >= need and lang != default)
    # the most hits wins; a tie goes to the first code in alphabetical order
    return max(ahead, key=hits.__getitem__) if ahead else default


def declared_or_detected(declared: str | None, text: str) -> str:
    """The language a document declares, unless its script disagrees with the text's (a
    Russian article in a template that says lang="en"): then the one its text shows."""
    detected = document_language(text)
    if declared and (declared in CYRILLIC_LANGUAGES) == (detected in CYRILLIC_LANGUAGES):
        return declared
    return detected


def language_code(value: str) -> str:
    """The primary language of a tag such as de_DE, pt-BR or be@latin, lowercase."""
    return re.split(r"[_@.\-]", value.strip(), maxsplit=1)[0].lower()


def is_language(code: str) -> bool:
    """Whether `code` names a document language: one of NAMED, or an ISO 639 code."""
    return code in NAMED or _CODE.fullmatch(code) is not None


def _count(text: str, letters: str) -> int:
    return sum(text.count(c) for c in letters)


def _polish_case_of(found: str, word: str) -> bool:
    """Whether `found` is `word` with a Polish case ending (na Ukrainie: Ukraina)."""
    lower, target = found.casefold(), word.casefold()
    return any(lower.endswith(ending) and len(lower) - len(ending) >= CASE_STEM
               and lower[:len(lower) - len(ending)] + repl == target and found[:1] == word[:1]
               for ending, repl in CASE_RULES_POLISH)


def german_readings(word: str) -> list[str]:
    """The word, then what a German case ending taken back leaves: an adjective's ending
    read as another (Vereinigten: Vereinigte, Vereinigtes), a genitive's -s
    (Weißrusslands: Weißrussland)."""
    readings = [word] + [word[:len(word) - len(ending)] + other
                         for ending, other in CASE_RULES_GERMAN_ADJECTIVE if word.endswith(ending)]
    if word.endswith("s"):
        readings.append(word[:-1])
    return readings


def _german_case_of_word(found: str, word: str) -> bool:
    """Whether `found` is `word` in a German case: a genitive's -s or -es (des
    Innenministeriums), or an adjective's ending for another (Vereinigten: Vereinigte)."""
    return found == word + "es" or word in german_readings(found)[1:]


def is_case_form(found: str, name: str, language: str | None = None) -> bool:
    """Whether `found` is `name` with case endings of an inflecting language: words alike but
    for some that end in a case letter where the name's word ends in a vowel (Babaryką,
    Kalesnikavę for Babaryka, Kalesnikava), or, in Polish text, that take a Polish case
    ending off the name's word (na Ukrainie for Ukraina), or in German, a genitive's or an
    adjective's ending (des Innenministeriums). Such a word is the name in its sentence's
    case, not another spelling of it."""
    found_words, name_words = found.split(), name.split()
    if len(found_words) != len(name_words) or found_words == name_words:
        return False
    return all(f == n or (f[-1:] in _CASE_LETTERS and n[-1:].casefold() in LATIN_VOWELS
                          and f[:-1] == n[:-1]) or (language == "pl" and _polish_case_of(f, n))
               or (language in GENITIVE_S and _german_case_of_word(f, n))
               for f, n in zip(found_words, name_words, strict=True))

