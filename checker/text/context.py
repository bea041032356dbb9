"""What the words around a name say about it (the data is `context.yaml`).

- an alternate: a second spelling given on purpose, after a label ("Belarusian:", "also
  spelled", "born", "белор.") or joined to the same name ("Homel (Gomel)", "Homel or Gomel");
- a longer name: a glossary name that is only the start of a proper name of its own ("Gomel
  State University", "Ministry of Internal Affairs of the Russian Federation"), or the full
  official name of one ("... of the Republic of Belarus");
- an address: a word of a domain, e-mail address or file name (News.Az, "Belaz logo.png");
- a historical event's name ("Battle of Bobrujsk");
- a paragraph's own language, where a document mixes languages.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from checker.datafiles import load_data
from checker.text.common_words import is_common_word, is_english_name
from checker.text.language import (
    CYRILLIC_LANGUAGES,
    LATIN_LANGUAGES,
    document_language,
    latin_language,
)
from checker.text.letters import BELARUSIAN_ONLY, CYRILLIC, LETTER, RUSSIAN_ONLY, UPPER
from checker.text.patterns import LazyPattern, compile_pattern, lazy
from checker.text.script import CYRILLIC_LETTER, LATIN_LETTER, roman_value, script_of
from checker.text.spellings import alike

_DATA = load_data("checker.text", "context.yaml")
# how far before or after a name a label may stand (characters)
LABEL_REACH = 40
# capitalised words after a name that may still belong to one longer proper name
LONGER_NAME_WORDS = 4
# a paragraph's language is told from its own words when it has at least this many characters,
# from its first PARAGRAPH_SAMPLE characters
PARAGRAPH_MIN_LETTERS = 120
PARAGRAPH_SAMPLE = 240


def _alternation(words: list[str], gap: str | None = None) -> str:
    """The words as a pattern's alternatives, longest first; with `gap`, the words of a
    phrase may stand apart by what `gap` matches."""
    ordered = sorted(words, key=len, reverse=True)
    if gap is None:
        return "|".join(map(re.escape, ordered))
    return "|".join(gap.join(map(re.escape, w.split())) for w in ordered)


def _label_end(word: str) -> str:
    # an abbreviation ends in its dot; a word must not go on as a longer word
    return "" if word.endswith(".") else rf"(?!{LETTER})"


_PHRASE_BEFORE = lazy(
    "(?:" + "|".join(rf"(?<!{LETTER}){re.escape(w)}{_label_end(w)}"
                     for w in sorted(_DATA["phrase_labels"], key=len, reverse=True))
    + r")[\s:]*\Z", re.IGNORECASE)
# a bracket that opens with such a label, or with a language's and a colon, holds a list of
# alternates: "(also known as A, B and C)", "(Belarusian: ...; Polish: Grodno, Latin: Grodna,
# Grodnae)" give each of them on purpose
_LIST_LABEL = lazy(
    r"\(\s*(?:" + "|".join(rf"{re.escape(w)}{_label_end(w)}"
                          for w in sorted(_DATA["phrase_labels"], key=len, reverse=True))
    + "|(?:" + _alternation(_DATA["language_labels"]) + r")\s*:)", re.IGNORECASE)
LIST_REACH = 300   # characters back from a name to the bracket of its alternates list
# at a line's start a label needs its colon or its abbreviation's dot: a sentence may open
# with a people's adjective before a name ("Belarusian Anna Trubetskaya won the Grand Prix");
# after a preposition a comma may end it too ("; in Lithuanian, Ignotas Domeika")
_LANGUAGE_BEFORE = lazy(
    rf"(?:[(\[,;]\s*(?:(?:{_alternation(_DATA['language_prepositions'])})\s+"
    rf"(?:{_alternation(_DATA['language_labels'])})(?!{LETTER})[\s.]*[:,]?"
    rf"|(?:{_alternation(_DATA['language_labels'])})(?!{LETTER})[\s.]*:?)"
    rf"|^(?:{_alternation([w for w in _DATA['language_labels'] if w.endswith('.')])})\s*:?"
    rf"|(?<!{LETTER})(?:{_alternation(_DATA['language_labels'])})\s*:)\s*\Z",
    re.IGNORECASE | re.MULTILINE)
_AFTER = lazy(rf"[\s,]*(?:\(\s*)?(?:{_alternation(_DATA['labels_after'])})(?!{LETTER})",
                    re.IGNORECASE)
# a bracket after a name that holds only a language's name: "Słonim [Polish], Dramblys
# [Lithuanian]" gives each language's name on purpose; so does a dash and a language's name
# that close a bracket holding the name: "Freedom Day (Dzień Voli – Belarusian)"
_LANGUAGE_AFTER = lazy(
    rf"[ \t\u00a0]*(?:[(\[][ \t\u00a0]*(?:{_alternation(_DATA['language_labels'])})[ \t\u00a0]*[)\]]"
    rf"|[–—-][ \t\u00a0]*(?:{_alternation(_DATA['language_labels'])})[ \t\u00a0]*[)\]])",
    re.IGNORECASE)
_WORD_JOINERS = _alternation([j for j in _DATA["joiners"] if j[0].isalpha()])
_JOINER_BEFORE = lazy(
    rf"(?:[,;]?\s*\(?\s*(?<!{LETTER})(?:{_WORD_JOINERS})(?!{LETTER})|\s*[(\[/])\s*\Z",
    re.IGNORECASE)
# the last word of every label, the first of every label after a name, the word joiners
_LABEL_ENDS = frozenset(label.split()[-1].casefold().rstrip(":")
                        for label in _DATA["phrase_labels"] + _DATA["language_labels"])
_AFTER_STARTS = frozenset(label.split()[0].casefold() for label in _DATA["labels_after"])
_JOINER_WORDS = frozenset(j.casefold() for j in _DATA["joiners"] if j[0].isalpha())
_JOINER_ENDINGS = tuple(_JOINER_WORDS)
# the last word of every joiner ("as" of "also known as"): the word right before a name joined
_JOINER_LAST_WORDS = frozenset(j.split()[-1] for j in _JOINER_WORDS)
_LONGEST_JOINER = max(map(len, _JOINER_WORDS))
_WORD_AFTER = lazy(rf"[\s,(]*({LETTER}+)")
MAX_TOKEN = 20
# capitalised words between a label and the name it labels that may stand apart from the name
LABELLED_RUN_WORDS = 2
# (the capital is checked in code: a class of every capital letter, parsed into each pattern
# that holds it, would cost every run tens of milliseconds at import)
_TOKEN_BEFORE_NAME = lazy(rf"(?<![^\s(]){LETTER}[^\s,;:()\[\]]{{0,{MAX_TOKEN}}}[ \t\u00a0]+\Z")
_TOKEN_BEFORE = lazy(rf"([^\s(\[,;]{{1,{MAX_TOKEN}}})\s*\Z")
_TOKEN_BEFORE_COLON = lazy(rf"([^\s(\[,;:]{{1,{MAX_TOKEN}}})[\s:,]*\Z")
# what may stand right before a name a joiner links: a joiner word, or ( or /
_BEFORE_JOINER = lazy(rf"(?:({LETTER}{{1,{MAX_TOKEN}}}\.?)|([(\[/]))\s*\Z")
# how far into a parenthesis a name may stand and still be linked to the name before it
PARENTHESIS_REACH = 300
# footnote marks and spaces between a name and the parenthesis after it: "Kalesnikava[1] ("
_FOOTNOTES_BEFORE = lazy(r"(?:\s*\[[^\[\]\n]{0,20}\])*\s*\Z")
_INSTITUTIONS = frozenset(w.casefold() for w in _DATA["institution_words"])
_HISTORICAL_UNITS = frozenset(w.casefold() for w in _DATA["historical_units"])
_FORCES_UNITS = frozenset(w.casefold() for w in _DATA["forces_units"])
_BLANKS = r"[ \t\u00a0]+"   # blanks on one line
_ENTERPRISE_AFTER = lazy(
    rf"{_BLANKS}(?:{_alternation(_DATA['enterprise_words'], gap=_BLANKS)})\b", re.IGNORECASE)
_STREET_AFTER = lazy(
    rf"{_BLANKS}(?:{_alternation(_DATA['street_words_after'])})(?!{LETTER})", re.IGNORECASE)
# a street's word before its name: an abbreviation (ul., вул.) or a stem any ending may follow
_STREET_STEMS = tuple(w for w in _DATA["street_words_before"] if not w.endswith("."))
_STREET_ABBREVIATIONS = frozenset(w for w in _DATA["street_words_before"] if w.endswith("."))
_STREET_BEFORE = lazy(
    rf"(?<!{LETTER})(?:{_alternation(sorted(_STREET_ABBREVIATIONS))}"
    rf"|(?:{_alternation(list(_STREET_STEMS))}){LETTER}*)[ \t\u00a0]*\Z", re.IGNORECASE)
_DESCRIPTORS = _INSTITUTIONS | frozenset(w.casefold() for w in _DATA["descriptor_words"])


def describes(word: str) -> bool:
    """Whether a capitalised word after a name says what the name is (Reserve, Landscape,
    Park, Court: institution_words and descriptor_words)."""
    return word.casefold() in _DESCRIPTORS


_STREET_WORDS = frozenset(_DATA["street_words_after"])


def is_street_word(word: str) -> bool:
    """Whether a word after a name says it is a street's or a square's (Street, Avenue)."""
    return word.casefold() in _STREET_WORDS


def is_street_word_before(word: str) -> bool:
    """Whether a word before a name says it is a street's or a square's, in any case
    (вуліца, улицы, ul., праспект)."""
    folded = word.casefold()
    return folded in _STREET_ABBREVIATIONS or folded.startswith(_STREET_STEMS)


_OF_COUNTRY = lazy(
    rf"\s+of\s+(?:the\s+)?(?:republic\s+of\s+)?(?:{_alternation(_DATA['other_countries'])})"
    rf"(?!{LETTER})", re.IGNORECASE)
COUNTRY_REACH = 30
_FACILITY_AFTER = lazy(
    rf"[ \t\u00a0]+(?:{_alternation(_DATA['facility_words'])})(?!{LETTER})", re.IGNORECASE)
_FACILITY_IN = lazy(
    rf"(?<!{LETTER})(?:{_alternation(_DATA['facility_words'])})(?!{LETTER})", re.IGNORECASE)
TITLE_REACH = 30
_TITLE_BEFORE = lazy(
    rf"(?<!{LETTER})(?:{_alternation(_DATA['titles_before'])})\s+\Z", re.IGNORECASE)
# how far a sentence reaches either side of a name, at most
SENTENCE_REACH = 200
_YEAR = lazy(r"(?<![\d.,])(1[0-9]{3}|20[0-9]{2})(?![\d.,]\d)")
_TIME_MARKER = lazy(
    rf"(?<!{LETTER})(?:{_alternation(_DATA['time_markers'])})(?!{LETTER})", re.IGNORECASE)
NAME_TALK_WORDS = 2
_NAME_TALK = lazy(rf"(?<!{LETTER})(?:{_alternation(_DATA['name_talk'])})(?!{LETTER})",
                        re.IGNORECASE)
_NAME_STATEMENTS = tuple(s.casefold() for s in _DATA["name_statements"])
_GLUED_WORDS = tuple(sorted(_DATA["glued_words"], key=len, reverse=True))
GLUED_STEM = 4   # letters a name keeps before a glued word
# a post reproduced in a page: "— Marcin Przydacz (@marcin_przydacz) August 2, 2021"
_POST_SIGNATURE = lazy(r"[—–]\s*[^\n()—–]{1,80}\(@\w{1,30}\)[^\n]{0,40}\d{4}\s*\Z")
# each opening quotation mark with the marks that close it
_QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»", "„": "“”"}
# what may close a quoted name: those marks, and single quotes
_CLOSING_MARKS = "".join(_QUOTE_PAIRS.values()) + "'’"
# a quotation holds no opening mark of its own kind: one left open ("should “just coronate
# [himself], while ... was “terrified”") quotes nothing up to the next one's close
_QUOTATION = lazy("|".join(f"{re.escape(o)}[^{re.escape(o + c)}\\n]{{1,1000}}[{re.escape(c)}]"
                           for o, c in _QUOTE_PAIRS.items()))
_HANDLE = lazy(r"(?<![\w.])@\w{2,30}")
# what says a quotation is a post quoted word for word ("..., Name wrote on Twitter.")
POST_REACH = 80
_POST_MARKER = lazy(
    rf"(?<!{LETTER})(?:{_alternation(_DATA['post_markers'])})(?!{LETTER})", re.IGNORECASE)
_POST_WORDS = tuple(max(p.casefold().split(), key=len) for p in _DATA["post_markers"])
_NAME_TALK_WORDS = frozenset(max(p.casefold().split(), key=len) for p in _DATA["name_talk"])
_SURNAME_TALK = lazy(rf"(?<!{LETTER})(?:{_alternation(_DATA['surname_talk'])})(?!{LETTER})",
                     re.IGNORECASE)
_SURNAME_TALK_WORDS = frozenset(max(p.casefold().split(), key=len) for p in _DATA["surname_talk"])
_NEIGHBOURING = frozenset(_DATA["neighbouring_places"])
_COUNTRY_POSSESSIVE = lazy(
    rf"(?<!{LETTER})(?:{_alternation(_DATA['other_countries'])})['’]s\s+\Z", re.IGNORECASE)
_SPACES = r"\s+"
_OFFICIAL_TAIL = lazy(
    rf"\s+(?:{_alternation(_DATA['official_tails'], gap=_SPACES)})(?!{LETTER})", re.IGNORECASE)
_DOTTED_AFTER = lazy(rf"[.@]{LETTER}")
# a file name with spaces in it: "Belaz logo.png" (words on the same line, then an extension)
_FILE_NAME_AFTER = lazy(
    rf"[^\S\n]*[\w\-(),]*(?:[^\S\n]+[\w\-(),]+){{0,5}}\.(?:{_alternation(_DATA['file_extensions'])})"
    rf"(?!{LETTER})", re.IGNORECASE)
EVENT_REACH = 30
_SAINT_WORDS = frozenset(_DATA["saint_words"])


def is_saint_word(word: str) -> bool:
    """Whether a word, a full stop after it or not, says "saint" (St., Sankt, św., Св.)."""
    return word.rstrip(".").casefold() in _SAINT_WORDS


_SAINT_BEFORE = lazy(
    rf"(?<!{LETTER})(?:{_alternation(_DATA['saint_words'])})\.?[ \t\u00a0]+\Z", re.IGNORECASE)
# (a lake's or a river's word may stand between: the Battle of Lake Narocz)
_EVENT_BEFORE = lazy(
    rf"(?<!{LETTER})(?:{_alternation(_DATA['events_before'])})\s+(?:(?:the\s+)?(?:lake|river)\s+)?\Z",
    re.IGNORECASE)
# capitalised: the Kiev Uprising is an event, an uprising in Kiev is not
_EVENT_AFTER = lazy(rf"[ \t\u00a0]+(?:{_alternation([w.title() for w in _DATA['events_after']])})"
                    rf"(?!{LETTER})")
_DOTTED_BEFORE = lazy(rf"{LETTER}[.@]\Z")
_SENTENCE_OPENERS = frozenset(_DATA["sentence_openers"])
# a full stop and the next sentence's first word, with no space between (Turchin.The sanctions)
_GLUED_SENTENCE = lazy(rf"\.({LETTER}+)[ \t\u00a0]")
_AND_NEXT = lazy(r"[ \t\u00a0]+(?:and|&)(?=[ \t\u00a0])")
_WORD_NEXT = lazy(rf"[ \t\u00a0]+({LETTER}+(?:-{LETTER}+)*)")
_PARAGRAPH_BREAK = lazy(r"\n[ \t]*\n")


_MENTIONED_AS = lazy(
    rf"(?<!{LETTER})(?:{_alternation(_DATA['mentioned_as'])})(?!{LETTER})[^.;:!?()\n]{{0,60}}"
    rf"(?<!{LETTER})as[ \t\u00a0]+\Z", re.IGNORECASE)
_PRESENT_NAME_AFTER = lazy(
    rf"[^()\n]{{0,40}}?\([ \t\u00a0]*(?:{_alternation(_DATA['present_markers'])})(?!{LETTER})"
    rf"[ \t\u00a0,:]*", re.IGNORECASE)


def mentioned_as(text: str, start: int) -> bool:
    """Whether a verb of record and "as" come before `start` in its sentence ("first
    mentioned in 1097 as Pinesk"): an old form of the name, given on purpose."""
    return " as" in text[max(0, start - 80):start] and _MENTIONED_AS.search(
        text, max(0, start - 100), start) is not None


def before_its_present_name(text: str, end: int, present: str) -> bool:
    """Whether a bracket after the name ending at `end` gives `present` (a place's house
    form) as its present name: "Bereza Kartuzka (now Biaroza)", "... (today, Biaroza,
    Belarus)": the former name is given on purpose."""
    if "(" not in text[end:end + 60]:
        return False
    m = _PRESENT_NAME_AFTER.match(text, end)
    return m is not None and text[m.end():m.end() + len(present)].casefold() == present.casefold()


_COUNTRY_AFTER = lazy(
    rf"[ \t\u00a0]*,[ \t\u00a0]*(?:{_alternation(_DATA['other_countries'])})(?!{LETTER})",
    re.IGNORECASE)


def before_another_country(text: str, end: int) -> bool:
    """Whether a comma and another country's name follow the name ending at `end` ("Kolpino,
    Russia; Púchov, Slovakia" in a list of twin towns): a place of that country."""
    return "," in text[end:end + 3] and _COUNTRY_AFTER.match(text, end) is not None


def is_labelled_alternate(text: str, start: int, end: int) -> bool:
    """Whether a label before [start, end) or after it says this spelling is given on
    purpose as another form of the name ("Belarusian: ...", "also spelled ...", "... in
    Russian"), not as the document's own spelling."""
    # the word right before (or after) decides whether a label can stand there at all: most
    # names have none, and the patterns are long alternations
    pos = start
    for _ in range(LABELLED_RUN_WORDS + 1):
        if _token_before(text, pos, True) in _LABEL_ENDS:
            before = text[max(0, pos - LABEL_REACH):pos]
            if (_PHRASE_BEFORE.search(before) and not _CROSS_REFERENCE.search(before)) \
                    or _LANGUAGE_BEFORE.search(before):
                return True
        # the label may stand before the whole name when a word of it was no mention
        # (a mixed-script "Alyaksandraўna" parts the rest of the name from its label)
        m = _TOKEN_BEFORE_NAME.search(text, max(0, pos - MAX_TOKEN - 2), pos)
        if m is None or not m.group()[0].isupper() or \
                is_common_word(m.group().strip()):   # "Belarusian President ..."
            break
        pos = m.start()
    m = _WORD_AFTER.match(text, end)
    if m is not None and m.group(1).casefold() in _AFTER_STARTS and \
            _AFTER.match(text, end) is not None:
        return True
    near = text[end:end + 3]
    if any(c in near for c in "([–—-") and \
            _LANGUAGE_AFTER.match(text, end) is not None:
        return True
    return _in_alternates_list(text, start)


def _in_alternates_list(text: str, start: int) -> bool:
    """Whether `start` is inside a bracket that opens with an alternate's label and has not
    closed yet: "(also known as Yuliya Aliaksandrauna BLIZNIUK, Julija BLIZNJUK ...)"; or in
    the rest of a sentence after such a label and a colon: "also: Brześć nad Bugiem Ghetto,
    and Brest-Litovsk Ghetto"."""
    reach = max(0, start - LIST_REACH)
    if ":" in text[reach:start]:
        m = _COLON_LIST.search(text, reach, start)
        if m is not None and not _CROSS_REFERENCE.search(text, max(0, m.start() - 12),
                                                           m.start("colon") + 1):
            return True
    opening = text.rfind("(", reach, start)
    if opening < 0 or ")" in text[opening:start] or "\n" in text[opening:start]:
        return False
    return _LIST_LABEL.match(text, opening) is not None


# an alternate's label and a colon, then the rest of its sentence up to `start`
_COLON_LIST = lazy(
    rf"(?<!{LETTER})(?:" + "|".join(re.escape(w.rstrip(":"))
                                    for w in sorted(_DATA["phrase_labels"], key=len, reverse=True))
    + r")[ \t\u00a0]*(?P<colon>:)[^.;()\n]*\Z", re.IGNORECASE)
# a reading tip's "also" and its colon at the end ("Read also:"): no label of another name
_CROSS_REFERENCE = lazy(rf"(?<!{LETTER})(?:{_alternation(_DATA['cross_references'])})"
                        r"[ \t\u00a0]+(?:also|auch|też|также|таксама)[ \t\u00a0]*:[\s]*\Z",
                        re.IGNORECASE)


def _token_before(text: str, start: int, skip_colon: bool) -> str:
    """The run of non-space characters right before `start` (spaces, and colons and commas
    when `skip_colon`, skipped), cut at an opening bracket or a comma, casefolded."""
    m = (_TOKEN_BEFORE_COLON if skip_colon else _TOKEN_BEFORE).search(
        text, max(0, start - MAX_TOKEN - 8), start)
    return m.group(1).casefold() if m else ""


_ARTICLE_BEFORE = lazy(rf"(?<!{LETTER})the[ \t\u00a0]+\Z", re.IGNORECASE)


def article_before(text: str, start: int) -> int | None:
    """Where an English "the" right before `start`, on its line, begins; None for none."""
    m = _ARTICLE_BEFORE.search(text, max(0, start - 8), start)
    return None if m is None else m.start()


def joined_to(text: str, start: int) -> int | None:
    """Where the text a joiner links this name to ends ("Homel (Gomel)", "Borisov [Barysaw]",
    "Homel or Gomel":
    the offset right after "Homel"; a closing quotation mark aside: JSC "Grodno Azot" (TAA
    Hrodna Azot)), or None when no joiner stands right before `start`."""
    # an article after the joiner belongs to the name: "the Premier League or the Vyšejšaja Liha"
    start = article_before(text, start) or start
    # most names have none: the end of what stands before tells, without a pattern
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if not (i and (text[i - 1] in "([/" or
                   text[max(0, i - _LONGEST_JOINER):i].casefold().endswith(_JOINER_ENDINGS))):
        return None
    m = _BEFORE_JOINER.search(text, max(0, start - MAX_TOKEN - 8), start)
    if m is None or (m.group(2) is None and m.group(1).casefold() not in _JOINER_LAST_WORDS):
        return None
    before = text[max(0, start - LABEL_REACH):start]
    m = _JOINER_BEFORE.search(before)
    if m is None:
        return None
    end = start - len(before) + m.start()
    while end > 0 and text[end - 1] in " \t\u00a0":
        end -= 1
    if end > 0 and text[end - 1] == ")":
        # the name's originals in brackets before the joiner: "The Principality of Polotsk
        # (Belarusian: ...), also known as the Duchy of Polotsk" joins the name before them
        opening = text.rfind("(", max(0, end - PARENTHESIS_REACH, text.rfind("\n", 0, end) + 1),
                             end)
        if opening >= 0 and text.find(")", opening, end - 1) < 0:
            end = opening
            while end > 0 and text[end - 1] in " \t\u00a0":
                end -= 1
    if end > 0 and text[end - 1] in _CLOSING_MARKS:
        end -= 1   # no name ends in a quotation mark: the quoted name ends before it
    return end


def opened_after(text: str, start: int) -> int | None:
    """Where the text ends that the parenthesis holding `start` was opened after, so that
    "Maria Kalesnikava (Marya Kalesnikava, Belarusian: ...; Maria Kolesnikova)" links every
    spelling in the parenthesis to the name before it; None outside a parenthesis (on the
    same line, within PARENTHESIS_REACH characters)."""
    low = max(0, start - PARENTHESIS_REACH, text.rfind("\n", 0, start) + 1)
    opening = text.rfind("(", low, start)
    if opening < 0 or text.rfind(")", opening, start) >= 0:
        return None
    m = _FOOTNOTES_BEFORE.search(text, low, opening)
    return m.start() if m else opening


_ORIGINAL_LANGUAGE = {label.casefold(): language
                      for language, labels in _DATA["original_labels"].items() for label in labels}
# past footnote marks, a parenthesis that opens with a language's label, and the words after it
_LABELLED_ORIGINAL = lazy(
    r"(?:\[[^\[\]\n]{0,20}\])*[ \t\u00a0]*\([ \t\u00a0]*("
    + "|".join(rf"{re.escape(w)}{_label_end(w)}"
               for w in sorted(_ORIGINAL_LANGUAGE, key=len, reverse=True))
    + r")[ \t\u00a0]*:?[ \t\u00a0]*([^\s,;()\[\]]+(?:[ \t\u00a0]+[^\s,;()\[\]]+)*)",
    re.IGNORECASE)


def labelled_original_after(text: str, end: int) -> tuple[str, list[str]] | None:
    """The language ('be' or 'ru') and the Cyrillic words that open a parenthesis right after
    `end` under that language's label ("Gomel[2] (Russian: Гомель, IPA ...)": ('ru',
    ['Гомель'])); None when no such parenthesis follows."""
    m = _LABELLED_ORIGINAL.match(text, end)
    if m is None:
        return None
    words = []
    for w in m.group(2).split():
        if script_of(w) != "cyrillic":
            break
        words.append(w)
    return (_ORIGINAL_LANGUAGE[m.group(1).casefold()], words) if words else None


def in_title(text: str, start: int) -> bool:
    """Whether a job title's words stand right before `start` ("Deputy Minister of Ministry
    of Internal Affairs"): the institution is named as part of the title, in its words."""
    return _TITLE_BEFORE.search(text, max(0, start - TITLE_REACH), start) is not None


def of_other_country(text: str, start: int) -> bool:
    """Whether another country's possessive stands right before `start` ("Russia's Bryansk
    Oblast", "Ukraine's Interior Ministry"): a name of that country, not Belarus's."""
    return _COUNTRY_POSSESSIVE.search(text, max(0, start - COUNTRY_REACH), start) is not None


def names_neighbouring_place(found: str, canonical: str) -> bool:
    """Whether `found` starts with the name of a place in a country around Belarus that the
    canonical form lacks ("Bryansk Oblast" for Brest Region); not where the canonical names
    such a place itself (Kiev for Kyiv, Chernigov for Chernihiv: a spelling of that place)."""
    first = found.split(maxsplit=1)[0].casefold() if found.strip() else ""
    return first in _NEIGHBOURING and _NEIGHBOURING.isdisjoint(canonical.casefold().split())


def spelt_on_purpose(paragraph: str) -> list[tuple[int, int]]:
    """The parts of a paragraph whose spellings are given on purpose: all of it when it talks
    about names or is a post reproduced with its signature ("— Name (@handle) August 2,
    2021"), and each quotation that holds an @handle or that the words around it call a post
    ("..., the spokesman wrote on Twitter"): a post quoted word for word."""
    if talks_about_names(paragraph) or _POST_SIGNATURE.search(paragraph):
        return [(0, len(paragraph))]
    lowered = paragraph.casefold()
    posts = any(word in lowered for word in _POST_WORDS)
    if "@" not in paragraph and not posts:
        return []
    return [m.span() for m in _QUOTATION.finditer(paragraph)
            if _HANDLE.search(m.group()) or posts and _quotes_a_post(paragraph, *m.span())]


def _quotes_a_post(paragraph: str, start: int, end: int) -> bool:
    """Whether the words right around a quotation say it is a post ("..., she wrote on
    Twitter", "In a tweet, she wrote: ...")."""
    return (_POST_MARKER.search(paragraph, end, end + POST_REACH) is not None
            or _POST_MARKER.search(paragraph, max(0, start - POST_REACH), start) is not None)


STATEMENT_REACH = 120   # characters after a name where a statement of its other spelling may stand


def gives_house_form_after(text: str, end: int, house: str) -> bool:
    """Whether the sentence goes on to say the name is also written as the house writes it
    ("Ms. Timanovskaya, whose name is also transliterated as Krystsina Tsimanouskaya"): the
    document gives both on purpose, and a fix would write the house form twice."""
    after = text[end:end + STATEMENT_REACH]
    cut = [i for i in (after.find(". "), after.find("\n")) if i >= 0]
    after = after[:min(cut)] if cut else after
    lowered = after.casefold()
    at = min((i for i in (lowered.find(s) for s in _NAME_STATEMENTS) if i >= 0), default=-1)
    return at >= 0 and house.casefold() in lowered[at:]


def glued_word(name: str) -> str | None:
    """The English word a typo glued to the end of a name (Lukashenkoand, Tsimanouskayawho),
    one of `glued_words`, or None."""
    last = name.rsplit(maxsplit=1)[-1] if name.strip() else ""
    return next((w for w in _GLUED_WORDS if last.endswith(w) and len(last) - len(w) >= GLUED_STEM
                 and last[-len(w) - 1].islower()), None)


def an_example_surname(text: str, start: int, end: int) -> bool:
    """Whether the one word at [start, end) stands in a paragraph (its line) that talks about
    surnames: at least NAME_TALK_WORDS different words of `surname_talk` stand in it ("surnames
    that end in -vič: Daškievič, Šuškievič"), and a family name alone there is an example."""
    if " " in text[start:end].strip():
        return False
    line_start, line_end = _line_holding(text, start, end)
    return _talks_about(text[line_start:line_end], _SURNAME_TALK, _SURNAME_TALK_WORDS)


def talks_about_names(paragraph: str) -> bool:
    """Whether a paragraph talks about names and their spellings (an etymology, a list of
    historical forms): at least NAME_TALK_WORDS different words of `name_talk` stand in it,
    and every spelling it gives is given on purpose."""
    return _talks_about(paragraph, _NAME_TALK, _NAME_TALK_WORDS)


def _talks_about(paragraph: str, phrases: LazyPattern, longest: frozenset[str]) -> bool:
    """Whether at least NAME_TALK_WORDS different phrases of a list stand in a paragraph."""
    lowered = paragraph.casefold()
    # the longest word of each phrase, looked for as a plain substring, tells most
    # paragraphs apart without the pattern
    if not any(word in lowered for word in longest):
        return False
    return len({m.group().casefold() for m in phrases.finditer(paragraph)}) >= NAME_TALK_WORDS


PARAGRAPH_REACH = 600   # characters back a sentence without a year takes its time from
# a century's number, Arabic or Roman, and its word: "the 16th century", "the 19-20
# centuries", "XVII века", "im 17. Jahrhundert"; a range is read by its first century
_CENTURY = lazy(
    rf"(?<![\w.])(?:(\d{{1,2}})(?:st|nd|rd|th|\.)?|([IVXL]{{1,6}}))"
    rf"(?:[ \t\u00a0]*[-–—][ \t\u00a0]*(?:\d{{1,2}}(?:st|nd|rd|th|\.)?|[IVXL]{{1,6}}))?"
    rf"[ \t\u00a0]+(?:{_alternation(_DATA['century_words'])})(?!{LETTER})", re.IGNORECASE)


def _first_years(text: str, start: int, end: int) -> list[int]:
    """The years text[start:end] names, in order: each year as written, and each century's
    first year (the 16th century: 1501)."""
    found = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(text, start, end)]
    for m in _CENTURY.finditer(text, start, end):
        number = m.group(1) or m.group(2)
        if number.isdigit() or number.isupper():   # "vi century" is no Roman numeral
            century = int(number) if number.isdigit() else roman_value(number)
            found.append((m.start(), (century - 1) * 100 + 1))
    return [year for _, year in sorted(found)]


_PRESENT_WORD = lazy(rf"(?<!{LETTER})(?:{_alternation(_DATA['present_markers'])})(?!{LETTER})",
                     re.IGNORECASE)


@lru_cache(maxsize=4)
def _latest_year(text: str) -> int | None:
    """The latest year a document names, or None: read once for all of its former names."""
    return max(_first_years(text, 0, len(text)), default=None)


def about_time_before(text: str, start: int, end: int, until: int) -> bool:
    """Whether the sentence holding [start, end) is about the time before the year `until`:
    it names an earlier year (1954) or that year itself, when the name was still in use, or a
    century that began before it ("the 16th century"), or the state of that time ("Soviet
    Union", "SSR"); one that names no year, when the last year its paragraph names before it
    is such a year, or, where the paragraph names none before it, when every year the
    document names is (a news item of 2008 that calls World Athletics the IAAF)."""
    low = max(0, start - SENTENCE_REACH)
    cut = max(text.rfind(". ", low, start), text.rfind("\n", low, start))
    low = cut + 1 if cut >= 0 else low
    high = min(len(text), end + SENTENCE_REACH)
    stop = [i for i in (text.find(". ", end, high), text.find("\n", end, high)) if i >= 0]
    sentence = text[low:min(stop) if stop else high]
    if _TIME_MARKER.search(sentence):
        return True
    years = _first_years(sentence, 0, len(sentence))
    if not years:
        # a sentence without a year is of the time the paragraph last named ("the summer of
        # 1942. From that time until the end of the year, the Central Committee ...")
        reach = max(0, low - PARAGRAPH_REACH)
        top = text.rfind("\n\n", reach, low)
        # (up to the name: a German ordinal's dot, "im 17. Jahrhundert", is no sentence's end)
        years = _first_years(text, top + 1 if top >= 0 else reach, start)[-1:]
        if not years:
            # (a sentence of the present, "Today Byelorussia is a word of the past", is not)
            latest = _latest_year(text)
            return latest is not None and latest <= until and _PRESENT_WORD.search(sentence) is None
    return any(year <= until for year in years)


def initials(words: Iterable[str]) -> str:
    """The first letters of the capitalised words among `words`: what an acronym of them
    spells (Belarusian Popular Front: BPF)."""
    return "".join(w[0] for w in words if w[:1].isupper())


def defined_acronym(text: str, start: int, end: int) -> str | None:
    """The acronym a text defines right after the name at [start, end), as in "Belarusian
    Popular Front (BPF)": capitals in brackets that are the initials of the name's
    capitalised words (and of any capitalised words between the name and the bracket:
    "Belarusian Potash Company (BPC)" when only "Belarusian Potash" was the name); None when
    there is none."""
    m = _bracketed_acronym().match(text, end)
    if m is None:
        return None
    words = text[start:end].split() + m.group(1).split()
    # the name may follow a legal form: "Open Joint Stock Company Belarusian Potash Company (BPC)"
    return m.group(2) if initials(words).endswith(m.group(2)) else None


_EXPANSION_REACH = 120   # characters a bracket that spells out an acronym may hold
_ACRONYM_BEFORE = lazy(r"(?<![^\W\d_])([^\W\d_a-z]{2,8})[ \t\u00a0]*\(\Z")


def in_acronym_expansion(text: str, start: int, end: int) -> bool:
    """Whether [start, end) stands in brackets that spell out the acronym right before them,
    their capitalised words' initials being its letters: "BATE (Borisov Automobile and
    Tractor Electronics)", the organisation's own words, not a mention of the town."""
    opening = text.rfind("(", max(0, start - _EXPANSION_REACH), start)
    closing = text.find(")", end, end + _EXPANSION_REACH)
    if opening < 0 or closing < 0 or any(c in text[opening + 1:start] for c in ")\n") \
            or "\n" in text[end:closing]:
        return False
    m = _ACRONYM_BEFORE.search(text, max(0, opening - 12), opening + 1)
    if m is None or not m.group(1).isupper():
        return False
    return initials(text[opening + 1:closing].split()) == m.group(1)


def acronym_defined_before(text: str, acronym: str, before: int) -> bool:
    """Whether the text defines `acronym` in brackets before `before`, after capitalised words
    whose initials it is, whatever name they make ("the Belarusian National Olympic Committee
    (NOC)", a wording the glossary need not list)."""
    at = text.find(f"({acronym})", 0, before)
    while at >= 0:
        words = text[max(0, at - 200):at].split()[-len(acronym) - 3:]
        if initials(words).endswith(acronym):
            return True
        at = text.find(f"({acronym})", at + 1, before)
    return False


def defined_in_brackets(text: str, acronym: str) -> bool:
    """Whether the document puts `acronym` in brackets right after a name ("Belarusian House
    in Ukraine" (BDU); Party "Narodnaya Hramada" (BSDP NH)): it defines its own abbreviation,
    of that name, wherever the abbreviation stands; never a variant of the glossary's."""
    # each acronym is looked for once per document, however often it stands there (a long
    # report names one hundreds of times); only the last document is remembered
    if _BRACKETED[0] is not text:
        _BRACKETED[:] = [text, {}]
    known: dict[str, bool] = _BRACKETED[1]
    found = known.get(acronym)
    if found is None:
        found = known[acronym] = _defined_in_brackets(text, acronym)
    return found


_BRACKETED: list = [None, {}]   # the document last asked about, and its answers by acronym


def _defined_in_brackets(text: str, acronym: str) -> bool:
    at = text.find(f"({acronym})")
    while at >= 0:
        i = at   # back over blanks and closing quotes, without copying the text before
        while i and text[i - 1] in " \"”»’'":
            i -= 1
        if i and text[i - 1].isalpha():
            return True
        at = text.find(f"({acronym})", at + 1)
    return False


@lru_cache(maxsize=1)
def _bracketed_acronym() -> re.Pattern[str]:
    """Capitalised words, then capitals in brackets (compiled on first use: the class of
    every capital letter costs milliseconds to parse)."""
    return compile_pattern(
        rf"((?:[ \t\u00a0]+[{UPPER}]{LETTER}*){{0,3}})[ \t\u00a0]?\(([{UPPER}]{{2,8}})\)")


def names_facility_itself(text: str, end: int, canonical: str) -> bool:
    """Whether a facility's name is followed by the document's own word for the facility
    ("Okrestina prison" for the Akrestsina detention centre): the document names it its own
    way, and a fix would say the facility twice."""
    return _FACILITY_AFTER.match(text, end) is not None and \
        _FACILITY_IN.search(canonical) is not None


_TAILS = sorted((t.casefold() for t in (*_DATA["official_tails"], *_DATA["country_tails"])),
                key=len, reverse=True)


def official_tail(name: str) -> str | None:
    """The official tail a name ends in ("of the Republic of Belarus"), casefolded, or None."""
    folded = " ".join(name.casefold().split())
    return next((t for t in _TAILS if folded.endswith(" " + t)), None)


def official_wording(found: str, canonical: str) -> bool:
    """Whether a name found is an institution's full official wording, as the house form is
    not: it ends in an official tail the canonical does not end in ("Ministry of Internal
    Affairs of the Republic of Belarus" for the Interior Ministry), or in the country's name
    ("Supreme Council Belarus")."""
    tail = official_tail(found)
    return tail is not None and tail != official_tail(canonical)


def in_longer_name(text: str, end: int, place: bool = False) -> bool:
    """Whether the name ending at `end` goes on as a longer proper name of its own: more
    capitalised words up to an institution word ("Gomel State University", with one "and"
    among them: "the Polesie Radiation and Ecological Reserve"), "of (the)" another country
    ("... of the Russian Federation"), or, for a name that is no `place`'s, an official tail
    ("... of the Republic of Belarus"), a farm's lowercase word ("the Rodina collective
    farm") or a street's word ("72 Kovalova Street"): "the Grodno Region of Belarus" is the
    region, spelled as the document spells it."""
    if _OF_COUNTRY.match(text, end) or (not place and _OFFICIAL_TAIL.match(text, end)):
        return True
    if not place and (_ENTERPRISE_AFTER.match(text, end) or _STREET_AFTER.match(text, end)):
        # "the Rodina collective farm", "72 Kovalova Street": the farm's or the street's own
        # name, no person's
        return True
    unit = _WORD_NEXT.match(text, end)
    if unit is not None and (unit.group(1).casefold() in _HISTORICAL_UNITS or (
            place and unit.group(1).casefold() in _FORCES_UNITS)):
        # "from Kharkov governorate": the unit of its time, in lowercase too; "the Oktyabrski
        # detachment": a partisan unit's own name, where its word is a place's
        return True
    pos = end
    bracket = _SHORT_BRACKET.match(text, end)   # BNK (UK) Ltd: a bracket inside a company name
    if bracket is not None:
        m = next_capitalised(text, bracket.end())
        return m is not None and m.group(1).casefold() in _INSTITUTIONS
    joined = False
    for _ in range(LONGER_NAME_WORDS):
        m = next_capitalised(text, pos)
        if m is None and pos > end and not joined:
            # one "and" inside the longer name: the Polesie Radiation and Ecological Reserve
            joiner = _AND_NEXT.match(text, pos)
            m = joiner and next_capitalised(text, joiner.end())
            joined = True
        if m is None:
            return False
        if m.group(1).casefold() in _INSTITUTIONS:
            return True
        pos = m.end()
    return False


_WORD_BEFORE = lazy(r"([^\W\d_]+)[ \t\u00a0]+\Z")
WORD_BEFORE_REACH = 40   # characters back a word right before a name is looked for in


def word_before(text: str, pos: int) -> re.Match[str] | None:
    """The word right before the blanks before `pos`, on the same line (group 1), or None:
    the twin of next_word."""
    return _WORD_BEFORE.search(text, max(0, pos - WORD_BEFORE_REACH), pos)


_PLACE_PREPOSITIONS = frozenset(_DATA["place_prepositions"])
_QUOTED_PLACE_AFTER = _PLACE_PREPOSITIONS | frozenset(_DATA["quoted_place_words"])


def quoted_after_a_place_word(text: str, start: int) -> bool:
    """Whether the quotation that opens right before `start` follows a preposition of place
    or a checkpoint's or a station's word, "the" between ("at the checkpoint “Berestovitsa”",
    "In “Kozlovichi”"): the place's own name, which the checkpoint bears as the place is
    spelled, not a brand's named after it."""
    m = word_before(text, start - 1)
    if m is not None and m.group(1).casefold() == "the":
        m = word_before(text, m.start(1))
    return m is not None and m.group(1).casefold() in _QUOTED_PLACE_AFTER


_PUBLICATION_WORDS = frozenset(_DATA["publication_words"])
# after a name: a comma, an article, at most one word (an adjective), a periodical's word
_PUBLICATION_AFTER = lazy(
    rf"[ \t\u00a0]*,[ \t\u00a0]*(?:an?|the)[ \t\u00a0]+(?:{LETTER}+[ \t\u00a0]+)?"
    rf"(?:{_alternation(_DATA['publication_words'])})(?!{LETTER})", re.IGNORECASE)


def a_periodicals_title(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is a periodical's title: a periodical's word right before it
    ("the monthly newspaper Biełarus") or after it, with an article ("Pales’e, a journal of
    literature"): the title as it was published, not the country's or the region's name."""
    m = word_before(text, start)
    if m is not None and m.group(1).casefold() in _PUBLICATION_WORDS:
        return True
    return "," in text[end:end + 3] and _PUBLICATION_AFTER.match(text, end) is not None


def after_street_word(text: str, start: int) -> bool:
    """Whether a street's or a square's word stands right before `start` (вуліца Кавалёва,
    ul. Kalinowskiego): a person's name there names the street."""
    return _STREET_BEFORE.search(text, max(0, start - 20), start) is not None


def after_place_preposition(text: str, start: int) -> bool:
    """Whether an English preposition of place stands right before `start` ("flew to ..."),
    blanks between."""
    m = word_before(text, start)
    return m is not None and m.group(1).casefold() in _PLACE_PREPOSITIONS


# what ends a list's item before another ("Teslin, ", "Teslin and ")
_LIST_SEPARATOR_BEFORE = lazy(r"(?:,[ \t\u00a0]+|[ \t\u00a0]+and[ \t\u00a0]+)\Z")
LIST_ITEMS_READ = 12
LIST_ITEM_WORDS = 4


_PLACES_ONLY_AFTER = lazy(
    rf"(?<!{LETTER})(?:(?:{_alternation(_DATA['places_only_after'])})"
    rf"|(?:{_alternation(_DATA['settlement_words'])})s?[ \t\u00a0]+of)[ \t\u00a0]+\Z",
    re.IGNORECASE)


_SETTLEMENT_WORDS = frozenset(_DATA["settlement_words"]) | frozenset(
    w + "s" for w in _DATA["settlement_words"])


def after_a_settlement_word(text: str, start: int) -> bool:
    """Whether a word for a settlement or a unit stands right before `start` ("the village
    Fedorovka", "the villages Fedorovka and Novilovka"): a place's name follows."""
    m = word_before(text, start)
    return m is not None and m.group(1).casefold() in _SETTLEMENT_WORDS


_INHABITED_PLACE_BEFORE = lazy(
    rf"(?<!{LETTER})(?:{_alternation(_DATA['inhabited_place_words'])})s?"
    rf"(?:{_BLANKS}of)?{_BLANKS}\Z", re.IGNORECASE)


def after_an_inhabited_place_word(text: str, start: int) -> bool:
    """Whether a word for an inhabited place stands before `start`, "of" between or not ("the
    village of Komarovka", "the town Lida"): a settlement's name follows."""
    return _INHABITED_PLACE_BEFORE.search(text, max(0, start - 24), start) is not None


_MEDIUM_BETWEEN = lazy(
    rf"{_BLANKS}(?i:{_alternation(_DATA['media_words'])}){_BLANKS}[\"«“„]?[{UPPER}]")


def before_a_medium_and_its_name(text: str, end: int) -> bool:
    """Whether a medium's word and a capitalised name follow `end` ("Belarusian TV channel
    Belsat"): the name before describes the medium named after it."""
    return _MEDIUM_BETWEEN.match(text, end) is not None


_STREET_ABBREVIATION_AFTER = lazy(
    rf"{_BLANKS}(?i:{_alternation(_DATA['street_abbreviations_after'])})"
    rf"(?=[ \t\u00a0]*(?:[)\],;:]|$)|{_BLANKS}[a-z])", re.MULTILINE)


def before_a_street_abbreviation(text: str, end: int) -> bool:
    """Whether an abbreviated street word follows `end` (Oktyabrskaya St.), a bracket, a
    comma, the line's end or a lowercase word after it (never a capital: St. Petersburg)."""
    return _STREET_ABBREVIATION_AFTER.match(text, end) is not None


def after_a_place_word(text: str, start: int) -> bool:
    """Whether an English preposition of place or a word for a settlement stands right
    before `start` ("in Karpiankuo", "the village Fedorovka")."""
    return after_place_preposition(text, start) or after_a_settlement_word(text, start)


def after_a_place_only_word(text: str, start: int) -> bool:
    """Whether what stands right before `start` is followed by places only: "in", "near",
    "outside", or a word for a settlement or a unit and "of" ("the town of ...")."""
    return _PLACES_ONLY_AFTER.search(text, max(0, start - 40), start) is not None


_INTRODUCER_BEFORE = lazy(
    rf"(?<!{LETTER})(?:(?:{_alternation(_DATA['name_introducers'])})"
    rf"|an?(?:[ \t\u00a0]+{LETTER}+){{1,2}}[ \t\u00a0]+"
    rf"(?:{_alternation(_DATA['introducers_after_a_noun'])}))[ \t\u00a0]+\Z", re.IGNORECASE)


def after_a_name_introducer(text: str, start: int) -> bool:
    """Whether a word that introduces someone new by a name stands right before `start`
    ("ein Kaufmann namens ...", and after a noun with "a": "a merchant named ...")."""
    return _INTRODUCER_BEFORE.search(text, max(0, start - 40), start) is not None


def among_places(text: str, start: int,
                 before: Callable[[str, int], bool] = after_place_preposition) -> bool:
    """Whether an English preposition of place (`before`) stands before `start`, or before
    the first of a list of capitalised names that `start` goes on ("the border crossings of
    Lesnaya", "the villages of Vishnevka, Pokrovka, Kovaleva Loza, Peschanka")."""
    pos = start
    for _ in range(LIST_ITEMS_READ):
        if before(text, pos):
            return True
        sep = _LIST_SEPARATOR_BEFORE.search(text, max(0, pos - 8), pos)
        if sep is None:
            return False
        # the item: the capitalised words right before the separator
        item_start = sep.start()
        words = text[max(0, item_start - 80):item_start].split(" ")
        taken = 0
        while words and taken < LIST_ITEM_WORDS and words[-1][:1].isupper():
            item_start -= len(words.pop()) + (1 if taken else 0)
            taken += 1
        if not taken:
            return False
        pos = item_start
    return False


def after_institution_word(text: str, start: int) -> bool:
    """Whether a capitalised institution word stands right before `start`, blanks between
    ("the Lithuanian Investigative Centre Siena", "Bank Belarus"): the institution's own
    name, not a mention of the place it spells."""
    m = word_before(text, start)
    return m is not None and m.group(1)[0].isupper() and m.group(1).casefold() in _INSTITUTIONS


def after_a_name(text: str, start: int) -> bool:
    """Whether a capitalised word that is no common word or title stands right before `start`,
    blanks between on one line ("the Kyiv Palace of Sports", "the Valeriy Lobanovskyi Dynamo
    Stadium"): the name goes on from a longer one, a facility of that place or person."""
    m = word_before(text, start)
    return m is not None and "\n" not in text[m.end(1):start] and _names_someone(m.group(1))


def _names_someone(word: str) -> bool:
    """Whether a word is capitalised and no common word or title: a word of a name."""
    return word[0].isupper() and not is_common_word(word) and not is_honorific(word)


# a given name, a monarch's number maybe, and "of" before a place: Rogneda of Polotsk,
# Vladimir I of Kiev; no article before the name (the Rada of ... is a body's)
_EPITHET_BEFORE = lazy(
    rf"(?<![\w’'-])(?<!the )(?<!The )({LETTER}+)(?:[ \t\u00a0]+[IVX]{{1,4}})?[ \t\u00a0]+of"
    rf"[ \t\u00a0]+\Z")


def in_an_epithet(text: str, start: int) -> bool:
    """Whether a place at `start` ends a person's epithet (Rogneda of Polotsk, Vladimir I of
    Kiev, Bishop Elias of Polotsk): a capitalised word that is no common word or title, alone
    or after a title, and "of", stand before it. The epithet keeps the spelling the person is
    known by."""
    m = _EPITHET_BEFORE.search(text, max(0, start - 40), start)
    if m is None or not _names_someone(m.group(1)) or m.group(1).isupper():
        return False
    # a name of two words before "of" is a person's in full, from a country or a town
    # (Ivan Litvinovich of Belarus); a title before one word is still an epithet's
    return not after_a_name(text, m.start(1))


# a reference's author before a title, and the place and year of publication after it:
# "W. Kordowicz, Konstanty Kalinowski, Warszawa 1955"
_AUTHOR_BEFORE = lazy(rf"{LETTER}[.]?,[ \t\u00a0]+\Z")
# an initial and a family name, a comma, then a title's capitalised words, ending at a comma
_REFERENCE_TITLE_BEFORE = lazy(rf"[{UPPER}]\.[ \t\u00a0]*[{UPPER}]{LETTER}+,"
                               rf"(?:[ \t\u00a0]+[{UPPER}]{LETTER}*)+,[ \t\u00a0]+\Z")
_PUBLISHED_AFTER = lazy(rf",[ \t\u00a0]+[{UPPER}]{LETTER}*(?:[ \t\u00a0]+{LETTER}+)?[ \t\u00a0]+"
                        rf"(?:1[5-9]|20)\d\d(?!\d)")


_IMPRINT_BEFORE = lazy(r",[ \t\u00a0]+\Z")
_INITIAL_BEFORE = lazy(rf"(?<!{LETTER})[{UPPER}]\.[ \t\u00a0]*\Z")
_INITIAL_OPENS = lazy(rf"[{UPPER}]\.[ \t\u00a0]*[{UPPER}]")
_TITLE_AFTER = lazy(rf",(?:[ \t\u00a0]+[{UPPER}]{LETTER}*)+" + _PUBLISHED_AFTER.source)
_IMPRINT_YEAR = lazy(rf"[ \t\u00a0]+(?:1[5-9]|20)\d\d(?!\d)(?!{LETTER})")


CITATION_REACH = 200   # characters from a citation's bracket to the last author it names
# after a cited author: more authors maybe, a comma maybe, the year (a letter may tell two works
# of one year apart), and what ends a citation or goes on to its pages or the next one
_CITED_YEAR_AFTER = lazy(
    rf"(?:[ \t\u00a0]+(?:{_alternation(_DATA['citation_others'])}))?,?[ \t\u00a0]+"
    rf"(?:1[5-9]|20)\d\d[a-z]?[ \t\u00a0]*[;:,)\]]")
# what opens a citation before its author: a bracket, or the author before it in the same
# bracket ("(Chernjakevich, 2018; Šupa 2018)", "(Smith and Brown 2019)")
_CITATION_OPENS = lazy(rf"(?:[(\[]|;|&|(?<!{LETTER})and)[ \t\u00a0]*(?:see[ \t\u00a0]+|cf\.[ \t\u00a0]+)?\Z")


def cited_author(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is an author an in-text citation names, in brackets before the
    year of the work ("(Chernjakevich, 2018; Šupa 2018)"): the name as the work cited prints
    it, which a reader looks up in the references, no spelling to change."""
    if _CITED_YEAR_AFTER.match(text, end) is None or \
            _CITATION_OPENS.search(text, max(0, start - 12), start) is None:
        return False
    opened = max(text.rfind("(", 0, start), text.rfind("[", 0, start))
    return opened >= 0 and start - opened <= CITATION_REACH and \
        ")" not in text[opened:start] and "]" not in text[opened:start]


def cited_title(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is the title of a work a reference cites, between its author and
    its place and year of publication ("W. Kordowicz, Konstanty Kalinowski, Warszawa 1955"),
    or that place, between the title and the year: the book's own words, no spelling of the
    name to change."""
    if _PUBLISHED_AFTER.match(text, end) is not None:
        return _AUTHOR_BEFORE.search(text, max(0, start - 4), start) is not None
    if _TITLE_AFTER.match(text, end) is not None:
        # the author, by initial and family name ("A. Smirnov, Kastuś Kalinowski, Moskva 1955")
        return _INITIAL_BEFORE.search(text, max(0, start - 4), start) is not None or \
            _INITIAL_OPENS.match(text, start) is not None
    # the imprint's place: after an author's initial and family name and the title
    return _IMPRINT_YEAR.match(text, end) is not None and \
        _IMPRINT_BEFORE.search(text, max(0, start - 4), start) is not None and \
        _REFERENCE_TITLE_BEFORE.search(text, max(0, start - 120), start) is not None


_OTHER_COUNTRY = frozenset(_DATA["other_country_words"])
_WORD_BEFORE_DOTTED = lazy(r"((?:[^\W\d_]\.)+|[^\W\d_]+(?:['’]s)?)[ \t\u00a0]+\Z")


def after_another_country(text: str, start: int) -> bool:
    """Whether a word of another country than Belarus stands right before `start`, blanks
    between ("the USSR Ministry of Internal Affairs", "Russia's Investigative Committee"):
    that country's body, no spelling of the Belarusian one."""
    m = _WORD_BEFORE_DOTTED.search(text, max(0, start - 40), start)
    if m is None or not m.group(1)[0].isupper():
        return False
    word = m.group(1).casefold().replace("’", "'")
    return word in _OTHER_COUNTRY or is_demonym(word)


_SHORT_BRACKET = lazy(r"[ \t\u00a0]*\([^()\n]{1,20}\)")


def next_word(text: str, pos: int) -> str | None:
    """The word after the blanks at `pos`, on the same line, or None."""
    m = _WORD_NEXT.match(text, pos)
    return None if m is None else m.group(1)


def next_capitalised(text: str, pos: int) -> re.Match[str] | None:
    """The capitalised word after the blanks at `pos`, on the same line (group 1), or None."""
    m = _WORD_NEXT.match(text, pos)
    return m if m is not None and m.group(1)[0].isupper() else None


def followed_by_capitalised(text: str, end: int) -> bool:
    """Whether a capitalised word follows [.., end) on the same line: a longer name."""
    return next_capitalised(text, end) is not None


def ends_in_institution_word(found: str, canonical: str) -> bool:
    """Whether what was found ends in an institution word the name itself lacks ("Minsk
    Regional" for Minsk Region): the start of a longer name, cut at a lowercase word."""
    words = found.split()
    if len(words) < 2 or (last := words[-1].casefold()) not in _INSTITUTIONS:
        return False
    return not any(alike(last, word) for word in canonical.split())


def in_address(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is part of a dotted token (a domain such as News.Az or
    Media-Polesye.by, an e-mail address, a file name), a handle (@Tsihanouskaya) or a token
    glued to digits (the channel Belarus24, Spring96) rather than a word of prose."""
    return (text[start - 1:start] == "@"
            or text[end:end + 1].isdigit() or text[start - 1:start].isdigit()
            or _DOTTED_AFTER.match(text, end) is not None and not _glued_sentence(text, end)
            or _DOTTED_BEFORE.search(text, max(0, start - 2), start) is not None
            or _FILE_NAME_AFTER.match(text, end) is not None)


def _glued_sentence(text: str, end: int) -> bool:
    """Whether the full stop at `end` ends a sentence the next one is glued to: a capitalised
    word that opens sentences and ends no address, then a blank (Turchin.The sanctions)."""
    m = _GLUED_SENTENCE.match(text, end)
    return m is not None and m.group(1).istitle() and m.group(1).casefold() in _SENTENCE_OPENERS


def _line_holding(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line holding [start, end) starts and ends (its newline not included)."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, line_end if line_end != -1 else len(text)


# how far an opening quotation mark may stand before a name (within one line)
QUOTE_REACH = 80


def in_quotation_marks(text: str, start: int, end: int) -> bool:
    """Whether [start, end) stands inside a pair of quotation marks on its line («...»,
    "...", “...”, „...“): a name quoted as written, as Russian and Belarusian text quote an
    organisation's own name («Вясна», "Рабочага Руху")."""
    return _quotation_around(text, start, end) is not None


def quoted_among_words(text: str, start: int, end: int) -> bool:
    """Whether [start, end) stands inside quotation marks that hold other words too: a title
    or a slogan quoted as written („Poland. Business Harbour”, "Lang lebe Weißrußland"), not
    a name with a number („Weißrussland 1“, a channel's)."""
    around = _quotation_around(text, start, end)
    return around is not None and (
        _LETTER.search(text, around[0], start) is not None
        or _LETTER.search(text, end, around[1]) is not None)


def _quotation_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the quotation holding [start, end) on its line opens and closes (the text
    between the marks), or None."""
    line_start, line_end = _line_holding(text, start, end)
    low, high = max(line_start, start - QUOTE_REACH), min(line_end, end + QUOTE_REACH)
    for opening_mark, closing_marks in _QUOTE_PAIRS.items():
        opening = text.rfind(opening_mark, low, start)
        if opening == -1:
            continue
        if opening_mark in closing_marks:
            # "...": inside when an odd number stands before it on the line (counted from the
            # line's start: a reach's cut may fall inside an earlier quotation)
            if text.count(opening_mark, line_start, start) % 2 == 0:
                continue
        elif any(c in text[opening + 1:start] for c in closing_marks):
            continue
        closing = min((i for c in closing_marks if (i := text.find(c, end, high)) >= 0),
                      default=-1)
        if closing >= 0:
            return opening + 1, closing
    return None


_ONLY_LETTERS = {"be": BELARUSIAN_ONLY, "ru": RUSSIAN_ONLY}


_CREDIT = lazy(rf"[ \t\u00a0]*(?:{_alternation(_DATA['credit_labels'])})[ \t\u00a0]*:",
              re.IGNORECASE)


_CREDIT_BEFORE = lazy(
    rf"(?<!{LETTER})(?:{_alternation(_DATA['credit_labels'])})[ \t\u00a0]*:[ \t\u00a0]*\Z",
    re.IGNORECASE)
CREDIT_REACH = 30   # characters back a credit's label may stand right before a name


def in_a_credit(text: str, start: int) -> bool:
    """Whether a name at `start` stands in a credit line ("Фото: Полк Каліноўскага /
    Telegram"): the line opens with a credit's label and a colon, or the label and colon
    stand right before the name after a caption on its line ("... Fota: Siarhei Besarab")."""
    line_start = text.rfind("\n", 0, start) + 1
    return _CREDIT.match(text, line_start, start) is not None or _CREDIT_BEFORE.search(
        text, max(line_start, start - CREDIT_REACH), start) is not None


def line_in_the_other_orthography(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the rest of the line holding [start, end) is written in the other Cyrillic
    language than `lang`: letters only that one uses, none only `lang` uses (a Russian menu
    line "Художники Витебщины" in a Belarusian page; a Russian sentence quoting Belarusian
    words, «усе гісторыі маюць добры канец»). A line too short to be told by its paragraph is
    told by its letters, what it quotes aside."""
    other = {"be": "ru", "ru": "be"}.get(lang)
    if other is None:
        return False
    line_start, line_end = _line_holding(text, start, end)
    rest = _QUOTATION.sub(" ", text[line_start:start] + " \n " + text[end:line_end])
    return any(c in _ONLY_LETTERS[other] for c in rest) and not any(
        c in _ONLY_LETTERS[lang] for c in rest)


# a name of one to three capitalised words, each after at most two lowercase words of what
# the person is ("photographer Dmitry Voinovsky, director Passini, Semenyuk"), and a list of
# three or more of them (after a hyphen or apostrophe, letters of any case: a capital is a
# letter)
_LISTED_WORD = rf"[{UPPER}]{LETTER}+(?:[-’']{LETTER}+)?"
_ROLE = rf"(?![{UPPER}]){LETTER}+\s+(?:(?![{UPPER}]){LETTER}+\s+)?"
_LISTED_NAME = rf"(?:{_ROLE})?{_LISTED_WORD}(?:\s+{_LISTED_WORD}){{0,2}}"
_NAME_LIST = lazy(rf"{_LISTED_NAME}(?:\s*,\s*(?:and\s+)?{_LISTED_NAME}){{2,}}")


def in_a_list_of_names(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is one of three or more persons' names listed with commas on its
    line (Viasna's lists of the sentenced): a near miss there is most often another person,
    one the glossary lacks, rather than a misspelling."""
    line_start, line_end = _line_holding(text, start, end)
    line = text[line_start:line_end]
    at, to = start - line_start, end - line_start
    return any(m.start() <= at and to <= m.end() for m in _NAME_LIST.finditer(line))


# a line that is a list's item: blanks, a bullet or a number, blanks, then what it lists
_LIST_ITEM = lazy(r"[ \t\u00a0]*(?:[-*•–·]|\d{1,3}[.)])[ \t\u00a0]+")
_ITEM_END = lazy(r"[ \t\u00a0.,;]*\Z")


def a_list_item_alone(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is all an item of a bulleted or numbered list holds, with another
    item on the line before or after it ("- Luchyn" among a gazetteer's villages): a name
    listed there stands with nothing to say it is a misspelling of one the glossary knows."""
    line_start, line_end = _line_holding(text, start, end)
    item = _LIST_ITEM.match(text, line_start, start)
    if item is None or item.end() != start or _ITEM_END.match(text[end:line_end]) is None:
        return False
    # the line before (its newline is the one before this line) and the line after
    above = line_start > 0 and _LIST_ITEM.match(
        text, text.rfind("\n", 0, line_start - 1) + 1, line_start - 1) is not None
    return above or _LIST_ITEM.match(text, line_end + 1) is not None


# a quotation of one name alone may open with a single quote too (‘Amerika’): its closing
# mark, also an apostrophe, is looked for only right after the name
_ALONE_PAIRS = {**_QUOTE_PAIRS, "‘": "’"}
# a sentence's or a list's mark the quotation holds before its closing one ("Amerika,")
_INSIDE_CLOSING = lazy(r"[.,;!?][ \t\u00a0]?(.)")


def quoted_alone(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is all a quotation holds ("Kirovets", «Кіровец», ‘Amerika’, also
    with a comma or a full stop inside: “Amerika,”): a title, a brand's or a channel's name
    quoted as such, not a person named in passing."""
    closing = _ALONE_PAIRS.get(text[start - 1:start])
    if closing is None:
        return False
    after = text[end:end + 1]
    if after != "" and after in closing:
        return True
    m = _INSIDE_CLOSING.match(text, end)
    return m is not None and m.group(1) in closing


_TITLE_WORD_AFTER = lazy(
    rf"[\"'”’»]?[ \t\u00a0]+(?:{_alternation(_DATA['title_words_after'])})(?!{LETTER})",
    re.IGNORECASE)


def quoted_title(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is all a quotation holds and a word after it says what it titles
    (the "Blizki Uskhod" festival): a title, not the place it names."""
    return quoted_alone(text, start, end) and _TITLE_WORD_AFTER.match(text, end) is not None


_CREDIT_AFTER = lazy(
    rf"[ \t\u00a0]*[(\[][ \t\u00a0]*(?:{_alternation(_DATA['work_credits'])})"
    rf"(?:(?<=\.)|(?!{LETTER}))", re.IGNORECASE)


def in_a_credited_work(text: str, start: int, end: int) -> bool:
    """Whether [start, end) stands inside a quoted title that a maker's credit follows
    ("Konstantin Zaslonov" (directed by ...), "I'm Francysk Skaryna" (dir. ...)): a film's
    or a book's title, whose words keep the spelling it was released under."""
    around = _quotation_around(text, start, end)
    return around is not None and _CREDIT_AFTER.match(text, around[1] + 1) is not None


# blanks, then a quotation mark that opens a quotation
_QUOTATION_OPENS = lazy("[ \t\u00a0]*[" + re.escape("".join(_QUOTE_PAIRS)) + "]")


def quotation_after(text: str, end: int) -> int | None:
    """Where the words of a quotation that opens right after `end` start (РИА «Новости»: at
    Новости), or None when none opens there."""
    m = _QUOTATION_OPENS.match(text, end)
    return None if m is None else m.end()


def in_brackets_alone(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is all a pair of round brackets holds ("(Belstat)"), quoted or
    not ("(“Ploshchad Peremen”)")."""
    if text[start - 1:start] == "(" and text[end:end + 1] == ")":
        return True
    closing = _QUOTE_PAIRS.get(text[start - 1:start])
    return closing is not None and text[start - 2:start - 1] == "(" \
        and text[end:end + 1] != "" and text[end:end + 1] in closing and text[end + 1:end + 2] == ")"


# a capitalised word, then blanks, ending where a bracket opens
_CAPITALISED_BEFORE_BRACKET = lazy(rf"(?<!{LETTER})[{UPPER}]{LETTER}*[ \t\u00a0]*\Z")


# a bracket right after a name (or its closing quotation mark) that holds capitalised words
# only, quoted or not, maybe after a language's label: “Charnobylski Shlyakh” (Path of
# Chernobyl), Belorusskaya Delovaya Gazeta (eng. „Business Newspaper”)
_GLOSS_AFTER = lazy(
    rf"[\"'”’»]?[ \t\u00a0]*\((?:eng\.[ \t\u00a0]*)?[\"„“«]?"
    rf"([{UPPER}]{LETTER}*(?:[ \t\u00a0'’-]+{LETTER}+)*)[\"”“»]?\)")


def glossed_after(text: str, end: int, known: list[tuple[int, int]]) -> bool:
    """Whether the name ending at `end` is followed by a bracket that glosses it: words that
    are no acronym nor Cyrillic and open with no name the glossary knows (`known`: the spans
    of the document's known names; Path of Chernobyl may hold one later). The name before
    such a gloss is given in its own language on purpose."""
    m = _GLOSS_AFTER.match(text, end)
    if m is None or m.group(1).isupper() or CYRILLIC_LETTER.search(m.group(1)):
        return False   # an acronym, or the name's Cyrillic original
    # a translation opens with a word of its own (Path of Chernobyl), not with a known name
    # (Volkovysk (Grodno region): where the town is)
    return not any(s <= m.start(1) < e for s, e in known)


def glossed_in_brackets(text: str, start: int, end: int) -> bool:
    """Whether [start, end) stands alone in brackets right after a capitalised word
    ("Geburtsstadt Grodno (Hrodna)"): a gloss, the name in another form beside the
    document's own."""
    return in_brackets_alone(text, start, end) and _CAPITALISED_BEFORE_BRACKET.search(
        text, max(0, start - 40), start - 1) is not None


# the letters of the Latin alphabets of the languages namecheck reads as the document's own
# (English, German, French accents): a name with another Latin letter in brackets is an original
_OWN_LATIN = frozenset("äöüßéèêàâçëïîôûÿœæ")
BRACKET_ITEM_REACH = 80   # characters from a bracket's opening to a later item of it


def an_original_in_brackets(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is an item of a bracket right after a capitalised word, and is
    written with a letter of another alphabet, Latin or Cyrillic: the name's original, given
    beside the document's own (die Union der Polen in Weißrussland (Związek Polaków na
    Białorusi, ZPB); das Pusłowski-Schloss (Палац Пуслоўскіх, Pałac Pusłowskich))."""
    found = text[start:end]
    if found.isascii() or not any(not c.isascii() and c.isalpha() and c.lower() not in _OWN_LATIN
                                  for c in found):
        return False
    opening = text.rfind("(", max(0, start - BRACKET_ITEM_REACH), start)
    if opening < 0 or any(c in text[opening + 1:start] for c in ")\n.;"):
        return False
    between = text[opening + 1:start]
    if between.strip() and not between.rstrip().endswith(","):
        return False   # the first item, or one after a comma
    return _CAPITALISED_BEFORE_BRACKET.search(text, max(0, opening - 40), opening) is not None


def after_a_saint_word(text: str, start: int) -> bool:
    """Whether a word for a saint stands right before `start` (St., Saint, św., Св.): the
    name there is a saint's, as a church or a feast is named."""
    return _SAINT_BEFORE.search(text, max(0, start - EVENT_REACH), start) is not None


# a model's designation: letters, a hyphen, a number (RS-26, A-50, Su-25SM, S-400)
_DESIGNATION_BEFORE = lazy(r"(?<![\w-])[A-Z][A-Za-z]{0,3}-\d+[A-Za-z\d]*[ \t\u00a0]+\Z")


def after_a_designation(text: str, start: int) -> bool:
    """Whether a model's designation stands right before `start` (the RS-26 Rubezh, the Su-25
    Grach): the word there is the model's name, no person's."""
    return _DESIGNATION_BEFORE.search(text, max(0, start - EVENT_REACH), start) is not None


# an acronym right after a word: blanks, then three capitals or more standing as a word
_ACRONYM_AFTER = lazy(r"[ \t\u00a0]+[A-ZА-ЯІЎЁ]{3,}(?![^\W\d_])")


def before_an_acronym(text: str, end: int) -> bool:
    """Whether an acronym follows `end` right away (the Mirny BGUIR channel): the word before
    it is a word of the name of that body's channel or branch, no person's family name."""
    return _ACRONYM_AFTER.match(text, end) is not None


def names_event(text: str, start: int, end: int | None = None) -> bool:
    """Whether the name at [start, end) is part of a historical event's name ("Battle of
    Bobrujsk", "Treaty of Riga", "the Kiev Uprising"): the event keeps the spelling it is
    known by."""
    return _EVENT_BEFORE.search(text, max(0, start - EVENT_REACH), start) is not None or (
        end is not None and _EVENT_AFTER.match(text, end) is not None)


def paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The paragraphs of [start, end): runs of text between blank lines, or after a line as
    long as a paragraph (a page saved as text has one paragraph to a line, and a bilingual
    page alternates languages line by line; a hard-wrapped line is shorter)."""
    pos = start
    for m in _PARAGRAPH_BREAK.finditer(text, start, end):
        yield from _long_lines(text, pos, m.start())
        pos = m.end()
    if pos < end:
        yield from _long_lines(text, pos, end)


def _long_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """[start, end) cut after each line of PARAGRAPH_MIN_LETTERS characters or more, and,
    where both scripts stand, before and after a line of Cyrillic words (a Russian heading
    between the lines of an English page; a name and its original, Бобруйск (Bobruysk), stay
    with the lines around them)."""
    mixed = CYRILLIC_LETTER.search(text, start, end) is not None \
        and LATIN_LETTER.search(text, start, end) is not None
    pos = line = start
    # whether each line is one of Cyrillic words, read once a line: as the next line, then as
    # the line itself
    this = mixed and _cyrillic_sentence(text, start, _line_end(text, start, end))
    while (cut := text.find("\n", line, end)) >= 0:
        after = mixed and _cyrillic_sentence(text, cut + 1, _line_end(text, cut + 1, end))
        if cut - line >= PARAGRAPH_MIN_LETTERS or this != after:
            yield pos, cut
            pos = cut + 1
        line, this = cut + 1, after
    if pos < end:
        yield pos, end


def _line_end(text: str, start: int, end: int) -> int:
    cut = text.find("\n", start, end)
    return end if cut < 0 else cut


# Cyrillic words a line needs to be a sentence of its own language, not a name
SENTENCE_WORDS = 4
_LETTER = lazy(LETTER)
_CYRILLIC_WORD = lazy(f"[{CYRILLIC}]+")


def _cyrillic_sentence(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is mostly Cyrillic, of SENTENCE_WORDS Cyrillic words or more."""
    return _mostly_cyrillic(text, start, end) and \
        len(_CYRILLIC_WORD.findall(text, start, end)) >= SENTENCE_WORDS


def _mostly_cyrillic(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has more Cyrillic letters than Latin ones."""
    return CYRILLIC_LETTER.search(text, start, end) is not None and \
        len(CYRILLIC_LETTER.findall(text, start, end)) > len(LATIN_LETTER.findall(text, start, end))


@lru_cache(maxsize=4096)
def paragraph_language(paragraph: str, document: str) -> str:
    """The language of one paragraph of a document in `document`'s language: its own when
    it says so clearly (a Polish quotation in an English report), else the document's."""
    if document in LATIN_LANGUAGES and not paragraph.isascii() \
            and _mostly_cyrillic(paragraph, 0, len(paragraph)):
        # a Russian or Belarusian line of a page in a Latin language, however short
        return document_language(paragraph[:PARAGRAPH_SAMPLE])
    if len(paragraph) < PARAGRAPH_MIN_LETTERS or (document == "en" and paragraph.isascii()):
        # a language other than English without a letter beyond ASCII in a whole paragraph
        # is rare enough that the look is not worth taking
        return document
    sample = paragraph[:PARAGRAPH_SAMPLE]
    if document in CYRILLIC_LANGUAGES:
        own = document_language(sample)
        # a script change is not a language change here: Latin in Cyrillic text is an original
        return own if own in CYRILLIC_LANGUAGES else document
    if document not in LATIN_LANGUAGES:   # a language told by no function words of ours
        return document
    return latin_language(sample, document)


_HONORIFICS = frozenset(_DATA["honorifics"])
_KIN = _alternation(_DATA["kin_words"])
_KIN_BEFORE = lazy(rf"(?<![\w’'-])([A-ZА-ЯЁІЎ][\w-]*)['’]s?[ \t\u00a0]+(?:\w+[ \t\u00a0]+)?"
                   rf"(?:{_KIN})[ \t\u00a0]*,?[ \t\u00a0]*\Z")
KIN_REACH = 60   # characters before a given name the possessor and the relative's word stand in
_KIN_AFTER_A_PRONOUN = lazy(rf"(?<![\w’'-])(?i:{_alternation(_DATA['kin_pronouns'])})"
                            rf"[ \t\u00a0]+(?:\w+[ \t\u00a0]+)?(?:{_KIN})[ \t\u00a0]*,?[ \t\u00a0]*\Z")


def possessor_of_kin_before(text: str, start: int) -> str | None:
    """The name whose relative the given name at `start` is said to be ("Lukashenko's own sons
    Viktor": Lukashenko), or None."""
    m = _KIN_BEFORE.search(text, max(0, start - KIN_REACH), start)
    return m.group(1) if m else None


def kin_of_someone_before(text: str, start: int) -> bool:
    """Whether the given name at `start` follows a possessive pronoun and a relative's word
    ("her father, Alyaksandr"; "his son Viktor"): a relative of whoever the text last named."""
    return _KIN_AFTER_A_PRONOUN.search(text, max(0, start - KIN_REACH), start) is not None


#: A nickname or call sign in double quotes or guillemets, as written between a given and a
#: family name (Дзяніс "Кіт" Прохараў, Aleksandr "Ales" Pushkin): a pattern's source.
QUOTED_NICKNAME = r'["«“„][^"«»“”„\n]{1,30}["»”“]'
_DEMONYMS = frozenset(_DATA["demonyms"])
_LANGUAGE_LABELS = frozenset(_DATA["language_labels"])
_CONTRACTIONS = tuple(_DATA["contractions"])


def is_honorific(word: str) -> bool:
    """Whether a word is a title before a person's name (Mr, Ms, Dr, Pani), a dot aside."""
    return word.rstrip(".").casefold() in _HONORIFICS


_COMPASS = frozenset(_DATA["compass_words"])


def another_direction(found: str, name: str) -> bool:
    """Whether two names differ in a quarter of the compass (East Belarus, Western Belarus;
    Südosten, Südasien): then they are two names."""
    def quarters(text: str) -> set[str]:
        return {w for w in re.split(r"[\W\d_]+", text.casefold()) if w in _COMPASS}
    return quarters(found) != quarters(name)


# a German gender-inclusive ending glued to a noun: Belaruss*innen, Belarus:innen, Lehrer_innen
_GENDER_ENDING = re.compile(r"[*:_/·]in(?:nen)?(?![^\W\d_])")


def gender_ending_after(text: str, end: int) -> bool:
    """Whether a German gender-inclusive ending follows `end` glued ("Belaruss*innen",
    "Belarus:innen"): the word before is part of a noun for people, no name."""
    return _GENDER_ENDING.match(text, end) is not None


_GENERATION_AFTER = lazy(
    rf"[ \t\u00a0]*,?[ \t\u00a0]*(?:{_alternation(_DATA['generation_words'])})(?!{LETTER})\.?",
    re.IGNORECASE)


def generation_after(text: str, end: int) -> int | None:
    """Where a word telling a father from his son (Jr, Sr., junior) ends, when one follows a
    name ending at `end` (a comma between them or not)."""
    m = _GENERATION_AFTER.match(text, end)
    return None if m is None else m.end()


def after_honorific(text: str, start: int) -> bool:
    """Whether a title written before a person's name (Mr., Dr, Pani) stands right before
    `start`: the name after it is a person's (Mr. Valošyn is a man, not the town)."""
    return is_honorific(_token_before(text, start, False))


_BIRTH_NAME_BEFORE = lazy(
    rf"(?<!{LETTER})(?:{_alternation(_DATA['birth_name_words'])})[ \t\u00a0]*\Z", re.IGNORECASE)


_PERSON_WORDS = frozenset(_DATA["person_words"])


def marked_as_a_persons(text: str, start: int) -> bool:
    """Whether what is written right before `start` says the word there is a person's family
    name: a title (Mr., Gen.), an initial (A. Sevchenko), a word for a name at birth (née,
    maiden name), a word for what a person is (the judge, the physicist)."""
    before = word_before(text, start)
    return after_honorific(text, start) \
        or before is not None and before.group(1).casefold() in _PERSON_WORDS \
        or _INITIAL_BEFORE.search(text, max(0, start - 4), start) is not None \
        or _BIRTH_NAME_BEFORE.search(text, max(0, start - 16), start) is not None


def is_demonym(word: str) -> bool:
    """Whether a word is a people's adjective English capitalises (German, Polish)."""
    return word.casefold() in _DEMONYMS


def names_a_people(word: str) -> bool:
    """Whether a word is a people's or a language's adjective (Russian, Belarusian): alone, or
    beside another such word (Belarusian-Russian talks), nobody's name."""
    return word.casefold() in _DEMONYMS or word.casefold() in _LANGUAGE_LABELS


def is_contraction(word: str) -> bool:
    """Whether a word is an English contraction (I've, don't, they'll): no name."""
    return word.casefold().replace("’", "'").endswith(_CONTRACTIONS)


def reads_as_a_given_name(word: str) -> bool:
    """Whether a capitalised Latin word that no glossary name holds reads as someone's given
    name before a family name (Josep, Lera): three letters or more, not written in capitals
    unless it is a name of English text (a byline's LEO HOROSKO; an acronym is none), no common
    English word and no title (Mr, Dr, Judge)."""
    return (len(word) >= 3 and word[:1].isupper() and word.isalpha()
            and (not word.isupper() or is_english_name(word))
            and script_of(word) == "latin" and not is_honorific(word)
            and not is_common_word(word))

