"""The glossary's matching index: keys of every generated form to the names they spell."""
from __future__ import annotations

import hashlib
import os
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from checker import __version__
from checker.bounded import BoundedCache
from checker.cache import cached
from checker.config import DEFAULT_HOUSE_STYLE
from checker.glossary.model import Glossary
from checker.match.forms import ROLES_PERSON, Name, latin_forms, names_of, whole_forms
from checker.match.keys import (
    FUNCTION_WORDS,
    acronym_shaped,
    as_written,
    closed_stem,
    compact,
    fold,
    skeleton,
    stem,
)
from checker.text.letters import strip_stress
from checker.text.phrases import has_lowercase_word

SLIP_MIN = 5   # letters a word needs before one slip in it may be looked for

# A hit: (name number, part number, how the form was made)
Hit = tuple[int, int, str]
K = TypeVar("K")

HITS_HELD = 200_000   # resolved words an index remembers


@dataclass
class Index:
    """Keys (fold, skeleton) of every Latin form of every name part, and the names themselves.

    Its collections are tuples (sorted where they stand for sets: a few items each, which a
    tuple looks through as fast as a set), so the cache reads them back as they are.
    """

    names: list[Name] = field(default_factory=list)
    by_fold: dict[str, tuple[Hit, ...]] = field(default_factory=dict)
    by_skeleton: dict[str, tuple[Hit, ...]] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    canonical: dict[str, str] = field(default_factory=dict)
    initials: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)
    by_compact: dict[str, tuple[str, ...]] = field(default_factory=dict)   # whole place/org names
    by_cyrillic: dict[str, tuple[Hit, ...]] = field(default_factory=dict)  # Cyrillic words as written
    part_keys: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)  # a part's skeletons
    by_stem: dict[str, tuple[Hit, ...]] = field(default_factory=dict)   # place words' stem keys
    # romanized place and organisation names with lowercase words (Bresckaja voblasć)
    phrase_forms: list[str] = field(default_factory=list)
    by_initials: dict[str, tuple[str, ...]] = field(default_factory=dict)  # 'both' -> organisations
    # entry -> its acronyms' Latin forms as written (МИД: mid; BKhD: bkhd)
    acronyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # person -> their given name in every Latin form, capitalised (Віктар: Viktar, Viktor...)
    given_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def fuzzy_candidates(self, key: str) -> list[str]:
        """Skeleton keys that share the first letter of `key`: the ones fuzzy search compares.

        Conventions disagree inside a name far more than on its first sound, which the
        skeleton key already folds (Ch/Tsch/Cz, H/G/Kh, Ye/Je/E, V/W); searching one letter's
        keys instead of all of them makes fuzzy search about twenty times cheaper.
        """
        buckets = self.__dict__.get("_buckets")
        if buckets is None:
            buckets = {}
            for k in self.by_skeleton:
                buckets.setdefault(k[:1], []).append(k)
            self.__dict__["_buckets"] = buckets
        return buckets.get(key[:1], [])

    def slip_candidates(self, key: str) -> list[str]:
        """Fold keys one slip (two letters swapped, one wrong, missing or extra) from `key` may be,
        past its first letter: a different first letter makes a different name more often
        than a typo (Pruzhany, Ruzhany), as fuzzy search also assumes.

        One slip in a word of five letters or more leaves its first two or its last two letters
        as they were, and changes its length by one at most: the keys looked at share either
        pair and are about as long (a few dozen keys instead of one first letter's thousands).
        The buckets are made from the fold keys on first use, like fuzzy search's.
        """
        slips = self.__dict__.get("_slips")
        if slips is None:
            slips = self.__dict__["_slips"] = _slip_buckets(self.by_fold)
        n, first, last = len(key), key[:2], key[-2:] + key[:1]
        found: dict[str, None] = {}
        for size in (n - 1, n, n + 1):
            found.update(dict.fromkeys(slips.get(f"{first}{size}", ())))
            # a slip in the second letter (the first is kept, as for fuzzy search)
            found.update(dict.fromkeys(slips.get(f"{size}{last}", ())))
        return list(found)

    def hit_cache(self) -> BoundedCache:
        """Resolved words, kept while this index lives (never pickled), at most HITS_HELD."""
        cache = self.__dict__.get("_hits")
        if cache is None:
            cache = self.__dict__["_hits"] = BoundedCache(HITS_HELD)
        return cache

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}


def build_index(glossary: Glossary) -> Index:
    """Generate every form of every entry and index it by its keys."""
    idx = Index()
    by_fold: dict[str, list[Hit]] = defaultdict(list)
    by_skel: dict[str, list[Hit]] = defaultdict(list)
    by_compact: dict[str, set[str]] = defaultdict(set)
    by_cyr: dict[str, list[Hit]] = defaultdict(list)
    by_stem: dict[str, list[Hit]] = defaultdict(list)
    phrases: set[str] = set()
    by_initials: dict[str, set[str]] = defaultdict(set)
    acronyms: dict[str, set[str]] = defaultdict(set)
    given: dict[str, set[str]] = defaultdict(set)
    initials: dict[tuple[int, int], set[str]] = {}
    part_keys: dict[tuple[int, int], set[str]] = {}
    for entry in glossary:
        idx.kinds[entry.id] = entry.kind
        idx.canonical[entry.id] = entry.canonical
        names = names_of(entry)
        merged = None
        if entry.kind == "person":
            # a person's names meet in one set of slots, so that a query may mix the
            # Belarusian family name with the Russian patronymic, as sanctions lists do
            merged = len(idx.names)
            idx.names.append(Name(entry.id, ("", "", ""), ROLES_PERSON, "person", None))
        for name in names:
            if merged is None:
                n = len(idx.names)
                idx.names.append(name)
                for form, _ in whole_forms(name):
                    for key in (compact(form), "~" + compact(skeleton(form))):
                        by_compact[key].add(entry.id)
                    if name.language and has_lowercase_word(form, FUNCTION_WORDS):
                        phrases.add(form)   # Bresckaja voblasć: running text keeps it whole
                if entry.kind == "organization" and name.language is None and len(name.parts) > 1:
                    by_initials["".join(fold(p)[:1] for p in name.parts)].add(entry.id)
            for i, role in enumerate(name.roles):
                target = (merged, ROLES_PERSON.index(role)) if merged is not None else (n, i)
                if name.language:
                    by_cyr[cyrillic_key(name.parts[i])].append((*target, name.language + " form"))
                inits = initials.setdefault(target, set())
                keys = part_keys.setdefault(target, set())
                acronym = len(name.parts) == 1 and acronym_shaped(name.parts[0])
                for form, how in latin_forms(name, i):
                    if acronym:
                        acronyms[entry.id].add(as_written(form))
                    if role == "given" and form.isalpha():
                        given[entry.id].add(form[:1].upper() + form[1:])
                    f, s = fold(form), skeleton(form)
                    if not f:
                        continue
                    by_fold[f].append((*target, how))
                    by_skel[s].append((*target, how))
                    inits.add(f[0])
                    keys.add(s)
                    if entry.kind == "place":
                        for key in (stem(form), closed_stem(form)):
                            if key:
                                by_stem[key].append((*target, how))
    idx.by_fold = {k: _unique(v) for k, v in by_fold.items()}
    idx.by_skeleton = {k: _unique(v) for k, v in by_skel.items()}
    idx.initials = _sorted(initials)
    idx.part_keys = _sorted(part_keys)
    idx.by_compact = _sorted(by_compact)
    idx.by_cyrillic = {k: _unique(v) for k, v in by_cyr.items()}
    idx.by_stem = {k: _unique(v) for k, v in by_stem.items()}
    idx.phrase_forms = sorted(phrases)
    idx.by_initials = _sorted(by_initials)
    idx.acronyms = _sorted(acronyms)
    idx.given_forms = _sorted(given)
    return idx


def _sorted(sets: dict[K, set[str]]) -> dict[K, tuple[str, ...]]:
    return {k: tuple(sorted(v)) for k, v in sets.items()}


def _slip_buckets(fold_keys) -> dict[str, tuple[str, ...]]:
    """Fold keys by their first two letters and length, and by length, last two letters and
    first letter."""
    slips: dict[str, list[str]] = defaultdict(list)
    for f in fold_keys:
        if len(f) >= SLIP_MIN - 1:
            slips[f"{f[:2]}{len(f)}"].append(f)
            slips[f"{len(f)}{f[-2:]}{f[:1]}"].append(f)
    return {k: tuple(v) for k, v in slips.items()}


def cyrillic_key(word: str) -> str:
    """A Cyrillic word as the index keeps it: NFC, lowercase, no stress marks, ё as е."""
    return strip_stress(unicodedata.normalize("NFC", word)).lower().replace("ё", "е")


def _unique(hits: list[Hit]) -> tuple[Hit, ...]:
    seen: dict[tuple[int, int], Hit] = {}
    for h in hits:
        seen.setdefault((h[0], h[1]), h)
    return tuple(seen.values())


def _code_digest() -> hashlib._Hash:
    # the code and data that shape the index are part of the key, so an upgrade never
    # reads a stale index; so are the Unicode tables the letter classes come from
    h = hashlib.sha256(f"{__version__} {unicodedata.unidata_version}".encode())
    package = Path(__file__).parent.parent
    for folder in ("match", "translit", "translit/schemes", "glossary", "text"):
        for source in sorted((package / folder).glob("*.*")):
            if source.suffix in (".py", ".yaml"):
                h.update(source.read_bytes())
    return h


def glossary_digest(glossary: Glossary) -> str:
    """A content key of the glossary (entries as loaded) and of this namecheck's code and data."""
    h = _code_digest()
    for e in glossary:
        h.update(repr(e.to_dict()).encode())
    return h.hexdigest()[:32]


def files_digest(raw: list[tuple[str, bytes]]) -> str:
    """A content key of glossary files (paths and bytes) and of this namecheck's code and data."""
    h = _code_digest()
    for path, data in raw:
        real = os.path.realpath(path)  # 'g.yaml' and its absolute path are one glossary
        h.update(real.encode("utf-8", "surrogateescape") + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()[:32]


def load_compiled(raw: list[tuple[str, bytes]], use_cache: bool = True,
                  house_style: str = DEFAULT_HOUSE_STYLE) -> tuple[Glossary, Index]:
    """The parsed glossary and its index for these files, from the cache when seen before."""
    from checker.glossary.loader import apply_house_style, parse_glossary_files

    def compile_() -> tuple[Glossary, Index]:
        glossary = apply_house_style(parse_glossary_files(raw), house_style)
        return glossary, build_index(glossary)

    if not use_cache:
        return compile_()
    return cached(f"compiled-{files_digest(raw)}-{house_style}.pickle", compile_)
