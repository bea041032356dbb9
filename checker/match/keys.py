"""Matching keys: fold a spelling so that conventions of one name meet (rules in keys.yaml)."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from checker.datafiles import load_data
from checker.text.letters import CYRILLIC_LETTER, POSSESSIVE
from checker.text.script import roman_value

_DATA = load_data("checker.match", "keys.yaml")
_LETTERS = str.maketrans({**_DATA["letters"], **{c: None for c in _DATA["marks"]}})


def _rule(pattern: str, repl: str) -> tuple[str | re.Pattern, str]:
    """A rewrite rule of keys.yaml: literal text stays a string (str.replace gives what a
    regular expression would, several times faster), anything else is compiled."""
    if re.escape(pattern) == pattern and "\\" not in repl:
        return pattern, repl
    return re.compile(pattern), repl


_FOLD = [_rule(p, r) for p, r in _DATA["fold"]]
_SKELETON = [_rule(p, r) for p, r in _DATA["skeleton"]]
_NON_LETTER = re.compile(r"[^a-z ]+")   # what is left of a key's alphabet after folding: ASCII


_POSSESSIVE = re.compile(rf"{POSSESSIVE}\b")


# a monarch's or a war's number after a word (Nicholas II, Мікалай І with the Belarusian
# letter, World War I); one letter only where no capitalised word follows, which makes it
# an initial (Pavel V Latushka), and never with a dot (С.І. Вавілаў)
REGNAL_NUMBER = r"(?<=[^\W\d_] )(?:[IVXІ]{2,}|[IVXІ](?!\s+[^\W\d_a-zа-яёіў]))(?![\w.])"
# and one of two letters or more that opens a name, the rest of whose name a run of text
# parted from it ("Stanislaw II August" read from II: no Augustus III)
_NUMBER = re.compile(rf"\d+|{REGNAL_NUMBER}|^[IVXІ]{{2,}}(?=\s+[^\W\d_])")


def _value(number: str) -> str:
    """A number's digits: a Roman one's value (IV: 4), others as written."""
    return number if number.isdigit() else str(roman_value(number))


def numbers_in(text: str) -> tuple[str, ...]:
    """The numbers written in a name, in sorted order: what its keys, which hold letters only,
    cannot tell apart (38th Brigade and 37th Brigade, Belarus 24 and Belarus, Nicholas I and
    Nicholas II)."""
    return tuple(sorted(_value(n) for n in _NUMBER.findall(text)))


def holds_number(text: str) -> bool:
    """Whether numbers_in(text) is not empty (cheaper to ask)."""
    return _NUMBER.search(text) is not None


def with_numbers(key: str, numbers: tuple[str, ...]) -> str:
    """A whole name's key with the numbers the name holds (numbers_in), so that a name's
    words without its number (Prison Number for Prison Number 8) meet no numbered name."""
    return f"{key}#{'.'.join(numbers)}" if numbers else key


def strip_marks(text: str) -> str:
    """Lowercase Latin letters without diacritics; anything else becomes a space.

    English possessives are dropped (People's = People), as the text tokenizer does.
    """
    text = _POSSESSIVE.sub("", text)
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS).casefold())
    if not text.isascii():  # ASCII has no combining marks to drop
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_NON_LETTER.sub(" ", text).split())


def as_written(text: str) -> str:
    """A spelling with only case and diacritics folded (Połock: polock; Spring96 stays apart
    from Spring): what a word is when it is 'the same spelling'."""
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS).casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


_DOTTED_INSIDE = re.compile(r"\w\.\w")


def address_shaped(form: str) -> bool:
    """Whether a name is written as a web address is: one word with a dot inside it (TUT.BY,
    Zerkalo.io)."""
    return " " not in form and _DOTTED_INSIDE.search(form) is not None


def acronym_shaped(word: str) -> bool:
    """Whether a word is written as an acronym is: two capitals or more (МИД, MID, BAZh)."""
    return sum(c.isupper() for c in word) >= 2


def _rewrite(text: str, rules: list[tuple[str | re.Pattern, str]]) -> str:
    for pattern, repl in rules:
        text = text.replace(pattern, repl) if isinstance(pattern, str) else pattern.sub(repl, text)
    return text


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Key 1: the spelling with case, diacritics, marks, doubled letters and i/y/j folded."""
    return _rewrite(strip_marks(text), _FOLD)


def skeleton(text: str) -> str:
    """Key 2: the fold key with Belarusian/Russian and cross-convention correspondences folded."""
    return _skeleton_of_fold(fold(text))


@lru_cache(maxsize=200_000)
def _skeleton_of_fold(folded: str) -> str:
    # spellings that differ only in case or diacritics share their fold key: one rewrite
    return _rewrite(folded, _SKELETON)


def compact(text: str) -> str:
    """The fold key of a whole name without spaces or hyphens (Brest-Litovsk = Brest Litovsk)."""
    return fold(text).replace(" ", "")


def compact_skeleton(text: str) -> str:
    """The skeleton key of a whole name without spaces or hyphens: compact(skeleton(text)), as a
    skeleton key is its own fold key (no fold rule finds anything to rewrite in one), without
    folding it again."""
    return skeleton(text).replace(" ", "")


_FOREIGN = _DATA["foreign"]
_FOREIGN_LETTERS = frozenset(_FOREIGN["letters"])
_FOREIGN_DIGRAPHS = tuple(_FOREIGN["digraphs"])
#: Polish spellings no English-route convention uses (cz, rz, sz, w)
POLISH_DIGRAPHS = _FOREIGN_DIGRAPHS
_ENDINGS = tuple(sorted(_FOREIGN["endings"], key=len, reverse=True))  # longest cut first
_VOWELS = frozenset("aeiou")
_ASCII = [(re.compile(p), r) for p, r in _FOREIGN["ascii"]]
CLOSED = "="   # marks the stem key of a place word that ends in a consonant
SINGULAR = "-"   # marks the stem key of a place word that ends in a vowel other than i

def stem(text: str) -> str:
    """The stem key of a place word: the skeleton key of its fold key less one final vowel
    (not ў written u: Rahachou); '' when fewer than min_stem letters are left. Cutting the
    vowel before the other rules run keeps Żyrowice and Zhyrovichy alike (c before e is not
    read as a soft t)."""
    return _stem_of_fold(fold(text))


def closed_stem(text: str) -> str:
    """CLOSED and the skeleton key of a place word that ends in a consonant (its stem is
    itself), else ''."""
    folded = fold(text)
    key = _stem_of_fold(folded)
    return CLOSED + key if key and key == _skeleton_of_fold(folded) else ""


def place_stems(text: str) -> tuple[str, ...]:
    """The stem keys the index files a place word's form under: its stem key, and its closed or
    singular key (foreign_stems gives the keys a look-up word meets them by)."""
    return tuple(k for k in (stem(text), closed_stem(text), singular_stem(text)) if k)


def singular_stem(text: str) -> str:
    """SINGULAR and the stem key of a place word whose final vowel is not i (Zaslaŭe, not the
    plural Klimavichy nor an adjective), else '': the key a word that ends in a consonant may
    meet too (Polish Zasław)."""
    folded = fold(text)
    key = _stem_of_fold(folded)
    return SINGULAR + key if key and key != _skeleton_of_fold(folded) and folded[-1:] != "i" else ""


def _stem_of_fold(folded: str) -> str:
    # a final u after a vowel is ў (Rahachou), a consonant the stem keeps
    if folded[-1:] in _VOWELS and not (folded[-1] == "u" and folded[-2:-1] in _VOWELS):
        folded = folded[:-1]
    key = _skeleton_of_fold(folded)
    return key if len(key) >= _FOREIGN["min_stem"] and " " not in key else ""


@lru_cache(maxsize=50_000)
def foreign_stems(word: str) -> tuple[str, ...]:
    """Stem keys of one word as another language may write a place name (Żyrowice,
    Salihorskas); none when the word shows neither that language's letters nor its endings."""
    folded = fold(word)
    lower = word.casefold()
    marked = any(c in _FOREIGN_LETTERS for c in lower) or any(d in lower for d in _FOREIGN_DIGRAPHS)
    bases = [folded] if marked else []
    for pattern, repl in _ASCII:
        if pattern.search(folded):
            bases.append(pattern.sub(repl, folded))
    # a word that ends in a consonant as written changes its grammar if it meets a plural or an
    # adjective whose final i the stem key drops: Polish Klimowicz, a family name, is not
    # Klimavichy, a town. It meets names that end where it does, or in another vowel (Zasław:
    # Zaslaŭe)
    keys = []
    for base in bases:
        key = _stem_of_fold(base)
        keys += [CLOSED + key, SINGULAR + key] if key == _skeleton_of_fold(base) else [key]
    ending = next((e for e in _ENDINGS if folded.endswith(e) and len(folded) > len(e)), None)
    if ending:
        keys.append(_stem_of_fold(folded[:-len(ending)]))
    if not marked and folded[-1:] != "i" and _stem_of_fold(folded) != _skeleton_of_fold(folded):
        # a case ending of an unmarked word (Bresta, Mogileva, Salihorska) meets only a name
        # that ends where its stem does: Brest, not Krupki for Krupka. A final i (y, iy, ij)
        # makes an adjective or a plural, another name (Polotskiy, Pinski)
        keys.append(CLOSED + _stem_of_fold(folded))
    return tuple(dict.fromkeys(k for k in keys if k and k not in (CLOSED, SINGULAR)))


FUNCTION_WORDS = frozenset(_DATA["function_words"])   # as written in running text (of, the)
# compared by fold key
STOPWORDS = frozenset(fold(w) for w in (*_DATA["function_words"], *_DATA["legal_forms"]))


def is_stopword(word: str) -> bool:
    """Whether a word is a function word or a legal form (The, of, JSC) as keys fold it; a
    word with a digit never is (A-50 folds to the article a)."""
    return fold(word) in STOPWORDS and not any(c.isdigit() for c in word)

# legal forms and club prefixes in Cyrillic (ААТ, ФК), case folded
CYRILLIC_PREFIXES = frozenset(w.casefold() for w in _DATA["cyrillic_prefixes"])
# a settlement's type before its name (г. Минск, м. Мінск), case folded with the dot
PLACE_ABBREVIATIONS = frozenset(w.casefold() for w in _DATA["place_abbreviations"])
# the words a name may open with that its short name leaves out (FC Dinamo Brest, JSC Naftan)
NAME_PREFIXES = frozenset(fold(w) for w in (*_DATA["club_prefixes"], *_DATA["legal_forms"]))
#: what says a number follows (No., Nr.), case folded: neither an initial nor a word of a name
NUMBER_SIGNS = frozenset(w.casefold() for w in _DATA["number_signs"])
_DIGIT = re.compile(r"\d")


def without_number_signs(words: list[str]) -> list[str]:
    """The words of a name less each sign that a number follows (Prison No. 1: Prison 1)."""
    return [w for i, w in enumerate(words)
            if not (w.casefold() in NUMBER_SIGNS and i + 1 < len(words)
                    and _DIGIT.search(words[i + 1]))]


_PATRONYMIC = _DATA["patronymic_endings"]
_PATRONYMIC_MIN: int = _PATRONYMIC["min"]
_PATRONYMIC_ENDINGS = tuple((g, tuple(_PATRONYMIC[g])) for g in ("female", "male"))


PATRONYMIC_SUFFIXES = tuple(_DATA["patronymic_suffixes"])


def patronymic_stems(word: str) -> tuple[str, ...]:
    """The given names a word may be the patronymic of, as written (Mikhailovich: Mikhail,
    Mikhaili, Mikhaily), or () when it has no patronymic's ending."""
    lower = word.casefold()
    suffix = next((s for s in PATRONYMIC_SUFFIXES
                   if lower.endswith(s) and len(lower) > len(s) + 2), None)
    if suffix is None:
        return ()
    stem = word[:len(word) - len(suffix)]
    return (stem, stem + "i", stem + "y", stem[:-1] + "i")


@lru_cache(maxsize=100_000)
def patronymic_gender(key: str) -> str | None:
    """'male' or 'female' when a skeleton key ends as a patronymic does (Vyacheslavovich,
    Aliaksandrauna, Ilyinichna in any romanization), else None."""
    if len(key) < _PATRONYMIC_MIN:
        return None
    return next((g for g, endings in _PATRONYMIC_ENDINGS if key.endswith(endings)), None)


_HUSHING = _DATA["hushing"]
_ENGLISH_ROUTE = re.compile("|".join(_HUSHING["digraphs"]))
_OTHER_ROUTES = tuple(_HUSHING["other_routes"])
# longest first: shch (one sound, щ) before sh, sh before s
_HISSING = re.compile("|".join(sorted(
    {"shch", *_HUSHING["fricatives"], *_HUSHING["fricatives"].values()}, key=len, reverse=True)))


def _fricatives(word: str) -> list[str] | None:
    """The hissing and hushing fricatives a word writes (s, z, sh, zh, shch, in order), when it
    writes hushing sounds the English route's way (sh, zh, ch); None for another route's
    spelling or one with no such digraph, whose plain s may be a mark stripped from š."""
    if any(d in as_written(word) for d in _OTHER_ROUTES):
        return None
    folded = fold(word)
    if not _ENGLISH_ROUTE.search(folded):
        return None
    return _HISSING.findall(folded)


def plain_where_hushing_may_be(word: str) -> bool:
    """Whether a word written the English route's way has a plain s or z at all: only such a
    word can be another name by fewer_hushing_sounds (a cheap test before the forms are made)."""
    own = _fricatives(word)
    return own is not None and any(f in _HUSHING["fricatives"] for f in own)


def fewer_hushing_sounds(word: str, forms: Iterable[str]) -> bool:
    """Whether a word written the English route's way has a plain s or z where every
    English-route form of a name with as many such sounds has sh or zh (Paskevich beside
    Pashkevich): it is another name."""
    own = _fricatives(word)
    if own is None:
        return False
    plain = _HUSHING["fricatives"]
    compared = [theirs for theirs in map(_fricatives, forms)
                if theirs is not None and len(theirs) == len(own)]
    return bool(compared) and all(
        any(mine in plain and theirs_one.startswith(plain[mine])
            for mine, theirs_one in zip(own, theirs, strict=True))
        for theirs in compared)


_AFFRICATES = _DATA["affricates"]
_AFFRICATE_SOUNDS = {**_AFFRICATES["english"], **_AFFRICATES["cyrillic"]}
_AFFRICATE = re.compile("|".join(sorted(
    {*_AFFRICATE_SOUNDS, *_AFFRICATES["other_routes"], *_AFFRICATES["one_sound"]},
    key=len, reverse=True)))


def _affricates(word: str) -> list[str] | None:
    """The affricates ц and ч a word writes, in order (ts, ch; and x for a Cyrillic х): in
    Cyrillic, or the English route's way; None for a word that writes one by another route
    (c, cz, tsch) or writes none."""
    low = word.casefold()
    key = low if CYRILLIC_LETTER.search(low) else fold(word)
    one_sound = _AFFRICATES["one_sound"]
    sounds = [_AFFRICATE_SOUNDS.get(m, "") for m in _AFFRICATE.findall(key) if m not in one_sound]
    return sounds if sounds and all(sounds) else None


def _readings(form: str) -> list[list[str]]:
    """The ways a form's affricates may be written in Latin: as they are, and, where it has
    an х, without it (written kh)."""
    sounds = _affricates(form)
    if sounds is None:
        return []
    return [sounds, [s for s in sounds if s != "x"]] if "x" in sounds else [sounds]


def writes_affricates(word: str) -> bool:
    """Whether a Latin word writes ц or ч the English route's way only (a cheap test before
    other_affricates needs the forms)."""
    return word.isascii() and _affricates(word) is not None


def other_affricates(word: str, forms: Iterable[str]) -> bool:
    """Whether a word written the English route's way has ts where every form of a name (in
    Cyrillic, or written the English route's way) with as many such sounds has ch, or ch where
    they all have ts (Pratsko beside Pachko, Пачко): it is another name."""
    own = _affricates(word) if word.isascii() else None
    if own is None:
        return False
    readings = [r for form in forms for r in _readings(form) if len(r) == len(own)]
    # an х read as the ch another route writes for it agrees with ch
    return bool(readings) and not any(
        all(mine == theirs or mine == "ch" and theirs == "x"
            for mine, theirs in zip(own, reading, strict=True)) for reading in readings)
