"""The glossary's matching index: keys of every generated form to the names they spell."""
from __future__ import annotations

import hashlib
import os
import unicodedata
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field, fields
from itertools import accumulate, chain, repeat
from operator import add
from typing import Any, TypeVar, overload

from checker.bounded import BoundedCache
from checker.cache import Codec, cached, code_digest
from checker.config import DEFAULT_HOUSE_STYLE
from checker.glossary.model import Glossary
from checker.match.facilities import facility_code
from checker.match.forms import (
    GUESSED,
    OTHER_GIVEN_FORM,
    OTHER_GIVEN_FORMS,
    ROLES_PERSON,
    Name,
    Role,
    guessed_names,
    latin_forms,
    names_of,
    whole_forms,
)
from checker.match.keys import (
    FUNCTION_WORDS,
    acronym_shaped,
    address_shaped,
    as_written,
    compact,
    compact_skeleton,
    fold,
    holds_number,
    numbers_in,
    place_stems,
    skeleton,
    with_numbers,
)
from checker.plain import (
    Cuts,
    Joined,
    Numbered,
    Row,
    all_strings,
    column,
    joined_to_plain,
    need,
    only,
    record,
    records,
    shared,
    shared_numbers,
    shared_to_plain,
    strs,
    tuples_of,
    uint_array,
    uints_to_plain,
)
from checker.text.letters import APOSTROPHE_GLYPHS, CLASSICAL_SOFT_SIGN, strip_stress
from checker.text.phrases import phrases_by_first, phrases_by_second

SLIP_MIN = 5   # letters a word needs before one slip in it may be looked for

# A hit: (name number, part number, how the form was made)
Hit = tuple[int, int, str]
K = TypeVar("K")
V = TypeVar("V")

HITS_HELD = 200_000   # resolved words an index remembers
# hits made one by one before the whole row is made at once: this many, and a quarter of the
# row (a small document asks for about four thousand of the shipped glossary's 95,000)
ROW_AFTER = 4_000
ROW_SHARE = 4
NAMES_AFTER = 4_000   # names made one by one before all are made at once


@dataclass
class Index:
    """Keys (fold, skeleton) of every Latin form of every name part, and the names themselves.

    Its collections are tuples (sorted where they stand for sets: a few items each, which a
    tuple looks through as fast as a set), so the cache reads them back as they are.
    """

    names: list[Name] = field(default_factory=list)
    by_fold: Mapping[str, tuple[Hit, ...]] = field(default_factory=dict)
    by_skeleton: Mapping[str, tuple[Hit, ...]] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    canonical: dict[str, str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)   # persons the glossary gives one
    # persons reporting means by the family name alone (the glossary's by_family_name)
    by_family_name: frozenset[str] = frozenset()
    # places of detention by type code and number (the glossary's numbers: IK-15)
    facilities: dict[tuple[str, int], str] = field(default_factory=dict)
    initials: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)
    by_compact: Mapping[str, tuple[str, ...]] = field(default_factory=dict)   # whole place/org names
    by_cyrillic: Mapping[str, tuple[Hit, ...]] = field(default_factory=dict)  # Cyrillic words as written
    part_keys: dict[tuple[int, int], tuple[str, ...]] = field(default_factory=dict)  # a part's skeletons
    by_stem: Mapping[str, tuple[Hit, ...]] = field(default_factory=dict)   # place words' stem keys
    # place and organisation names with lowercase words, as listed (Council of the Republic)
    # and romanized (Bresckaja voblasć), by their first word in lowercase (phrases_by_first)
    phrases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # the words after the first of those whose first word is a proper name, by their second
    # word in lowercase (phrases_by_second: Lieninski District Court of Minsk)
    phrase_tails: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # fold keys by their first two letters and length, and by length, last two letters and
    # first letter (slip_candidates)
    slips: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # names written as web addresses, casefolded -> the entry that lists it first (TUT.BY)
    dotted: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    by_initials: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # 'both' -> organisations
    # entry -> its acronyms' Latin forms, casefolded with their diacritics (МИД: mid; БАЖ: bazh, baž)
    acronyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # person -> their given name in every Latin form, capitalised (Віктар: Viktar, Viktor...)
    given_forms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # a place's one-word name in its other Belarusian form that declines alike -> its main
    # form, as Cyrillic keys (the classical orthography's Менск: Мінск)
    other_orthography: dict[str, str] = field(default_factory=dict)
    # entry -> the Latin spellings the glossary admits beside its canonical (EU, Türkiye)
    admitted: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # entry -> the numbers each of its names holds, sorted, one tuple per name (() for a
    # name without); only the few dozen entries that have a number. Worked out with the index
    # and cached with it: reading every name for them took a small document's check 0.1 s
    numbers: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    # every person's given name as written: the Latin forms (given_forms) and the first word
    # of each Cyrillic form of more words, sorted; and the Latin forms' first letters (GivenNames)
    given_words: tuple[str, ...] = ()
    given_heads: str = ""

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
        The buckets are made with the index (slips), and cached with it.
        """
        slips = self.slips
        n, first, last = len(key), key[:2], key[-2:] + key[:1]
        found: dict[str, None] = {}
        for size in (n - 1, n, n + 1):
            found.update(dict.fromkeys(slips.get(f"{first}{size}", ())))
            # a slip in the second letter (the first is kept, as for fuzzy search)
            found.update(dict.fromkeys(slips.get(f"{size}{last}", ())))
        return list(found)

    def by_canonical(self) -> dict[str, str]:
        """Entries by their canonical form with case and diacritics folded (made when first
        asked for)."""
        table = self.__dict__.get("_by_canonical")
        if table is None:
            table = self.__dict__["_by_canonical"] = {
                as_written(c): e for e, c in sorted(self.canonical.items())}
        return table

    def hit_cache(self) -> BoundedCache:
        """Resolved words, kept while this index lives (never pickled), at most HITS_HELD."""
        cache = self.__dict__.get("_hits")
        if cache is None:
            cache = self.__dict__["_hits"] = BoundedCache(HITS_HELD)
        return cache

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}

    def to_plain(self) -> dict:
        """The index as plain data for the cache, less what its glossary holds (kinds and
        canonical forms). Columns whose values repeat are `shared`; each distinct hit is kept
        once, as its slot (the number of a name's part, counting the parts of every name in
        order) and its way made, and the hit tables as keys, ends and hit numbers."""
        d: dict[str, object] = {name: getattr(self, name) for name in _STORED}
        d["names"] = {"entries": shared_to_plain(n.entry for n in self.names),
                      "parts": tuple(n.parts for n in self.names),
                      "roles": shared_to_plain(n.roles for n in self.names),
                      "origins": shared_to_plain(n.origin for n in self.names),
                      "languages": shared_to_plain(n.language for n in self.names)}
        first = [0, *accumulate(len(n.parts) for n in self.names)]  # each name's first slot
        numbered: dict[Hit, int] = {}
        for name in _HITS:
            d[name] = _hits_to_plain(getattr(self, name), numbered)
        d["hits"] = {"slots": uints_to_plain(first[n] + p for n, p, _ in numbered),
                     "hows": shared_to_plain(how for _, _, how in numbered)}
        for name in _BY_PART:
            table = getattr(self, name)
            d[name] = {"slots": uints_to_plain(first[n] + p for n, p in table),
                       "values": shared_to_plain(table.values())}
        for name in _BY_ENTRY:
            table = getattr(self, name)
            d[name] = {"keys": tuple(table), "values": shared_to_plain(table.values())}
        for name in _BY_STRING:   # tens of thousands of forms: one string for each value
            table = getattr(self, name)
            d[name] = {"keys": tuple(table), "values": joined_to_plain(table.values())}
        # the slip buckets hold fold keys: kept as their numbers among the fold table's keys
        d["slips"] = _hits_to_plain(self.slips, {k: i for i, k in enumerate(self.by_fold)})
        d["numbers"] = {"keys": tuple(self.numbers), "values": tuple(self.numbers.values())}
        return d

    @classmethod
    def from_plain(cls, data: object, glossary: Glossary) -> Index:
        """The index of `glossary` from its plain data (ShapeError when it is not what
        to_plain makes).

        Checked whole, collection by collection: the types, that every number stands for a
        value, a hit or a part of a name that there is, and every entry id for an entry of
        the glossary, so that no look-up can fail on what was read. The tables of hits and of
        strings make a key's values when it is first looked up (Cuts, Numbered): a small
        document looks up a few hundred of their tens of thousands of keys.
        """
        d = dict(record(data, (*_STORED, "hits"), "index"))
        ids = glossary.by_id.keys()
        names = record(d.pop("names"), _NAME_COLUMNS, "names")
        entry_ids, entries = shared(names["entries"], "name entries")
        n = len(entries)
        need(all_strings(entry_ids) and set(entry_ids) <= ids, "names of entries it does not have")
        parts = tuples_of(names["parts"], "name parts", str, size=n)
        role_lists, roles = shared(names["roles"], "name roles", n)
        tuples_of(role_lists, "name roles", str)
        sizes = list(map(len, parts))
        need(sizes == list(map(len, roles)) and set(chain.from_iterable(role_lists)) <= set(Role),
             "name roles: not one per part")
        origin_values, origins = shared(names["origins"], "name origins", n)
        language_values, languages = shared(names["languages"], "name languages", n)
        need(all_strings(origin_values) and only(language_values, str, type(None)),
             "names: origins or languages that are no strings")
        # the (name, part) of each slot
        slots = list(zip(chain.from_iterable(map(repeat, range(n), sizes)),
                         chain.from_iterable(map(range, sizes)), strict=True))
        hits = _distinct_hits(d.pop("hits"), slots)
        for name in _HITS:
            d[name] = _hits_from_plain(d[name], hits, name)
        for name in _BY_PART:
            d[name] = _by_part_from_plain(d[name], slots, name)
        for name in _BY_ENTRY:
            d[name] = _by_entry_from_plain(d[name], ids, name)
        for name in _BY_STRING:
            d[name] = _joined_from_plain(d[name], name)
        d["slips"] = _hits_from_plain(d["slips"], tuple(d["by_fold"]), "slips")
        d["numbers"] = _numbers_from_plain(d["numbers"], ids)
        strs(d["given_words"], "given words")
        need(type(d["given_heads"]) is str, "given names' first letters: not a string")
        made = _Names((entries, parts, roles, origins, languages))
        index = cls(names=made,  # type: ignore[arg-type]
                    kinds={e.id: e.kind for e in glossary},
                    canonical={e.id: e.canonical for e in glossary},
                    genders=_genders(glossary), by_family_name=_by_family_name(glossary),
                    facilities=_facilities(glossary),
                    other_orthography=_other_orthography(glossary),
                    admitted=_admitted(glossary), **d)
        made.owner = index
        for name in _BY_PART:
            getattr(index, name).owner = index
        return index


def _genders(glossary: Glossary) -> dict[str, str]:
    return {e.id: e.gender for e in glossary if e.gender}


def _by_family_name(glossary: Glossary) -> frozenset[str]:
    return frozenset(e.id for e in glossary if e.by_family_name)


def _admitted(glossary: Glossary) -> dict[str, tuple[str, ...]]:
    return {e.id: e.admitted for e in glossary if e.admitted}


def _other_orthography(glossary: Glossary) -> dict[str, str]:
    """A place's other one-word Belarusian forms that end as its main form does, so decline
    alike (Менск, Маладэчна), -> the main form (Мінск, Маладзечна), as Cyrillic keys: within
    a longer name the other form is the same word (суд Першамайскага раёну Менску)."""
    table: dict[str, str] = {}
    for e in glossary:
        main = e.be[0] if e.kind == "place" and len(e.be) > 1 else ""
        for other in e.be[1:] if main and " " not in main else ():
            if " " not in other and other[-2:] == main[-2:] and other != main:
                table.setdefault(cyrillic_key(other), cyrillic_key(main))
    return table


def _facilities(glossary: Glossary) -> dict[tuple[str, int], str]:
    """(type code, number) -> entry; of two entries with one number, the first keeps it (lint
    reports the second)."""
    table: dict[tuple[str, int], str] = {}
    for e in glossary:
        for text in e.numbers:
            code = facility_code(text)
            if code is not None:
                table.setdefault(code, e.id)
    return table


# what the plain form keeps (kinds, canonical forms, genders, the persons known by their
# family name, the numbered places of detention, the places' other orthography and the
# admitted spellings are the glossary's)
_STORED = tuple(f.name for f in fields(Index)
                if f.name not in ("kinds", "canonical", "genders", "by_family_name", "facilities",
                                  "other_orthography", "admitted"))
_NAME_COLUMNS = ("entries", "parts", "roles", "origins", "languages")
_HITS = ("by_fold", "by_skeleton", "by_cyrillic", "by_stem")
_BY_PART = ("initials", "part_keys")   # keyed by (name, part)
# keyed by a string, with strings for values: entry ids (by_compact, by_initials) or forms
_BY_ENTRY = ("by_compact", "by_initials", "dotted", "acronyms", "given_forms")
_GIVE_ENTRIES = ("by_compact", "by_initials", "dotted")
# keyed by a string, with tuples of strings for values (no entry ids), each kept joined
_BY_STRING = ("phrases", "phrase_tails")


def _hits_to_plain(hits: Mapping[str, tuple[V, ...]], numbered: dict[V, int]) -> dict:
    """A table of hits (or of other values numbered in a row) as its keys, where each key's
    hits end in the row of all, and the hits' numbers in a row (numbering the hits not yet in
    `numbered`)."""
    every = chain.from_iterable(hits.values())
    return {"keys": tuple(hits), "ends": uints_to_plain(accumulate(map(len, hits.values()))),
            "hits": uints_to_plain(numbered.setdefault(h, len(numbered)) for h in every)}


class _Names(Sequence[Name]):
    """The index's names read back, each made when first asked for (a small document looks
    at about a thousand of tens of thousands), all at once (as `records` makes them) once a
    process has asked for NAMES_AFTER."""

    __slots__ = ("_columns", "_made", "_asked", "owner")

    def __init__(self, columns: tuple[tuple, ...]):
        self._columns = columns
        self._made: list[Name | None] = [None] * len(columns[0])
        self._asked = 0
        self.owner: Index | None = None

    @overload
    def __getitem__(self, n: int) -> Name: ...

    @overload
    def __getitem__(self, n: slice) -> list[Name]: ...

    def __getitem__(self, n: int | slice) -> Name | list[Name]:
        if isinstance(n, slice):
            return [self[i] for i in range(*n.indices(len(self)))]
        made = self._made[n]
        if made is None:
            self._asked += 1
            if self._asked > NAMES_AFTER:   # a process that looks up many names: all at once
                self._made = records(Name, self._columns)  # type: ignore[assignment]
                if self.owner is not None:   # and the index holds them as a plain list
                    self.owner.names = self._made  # type: ignore[assignment]
                return self._made[n]  # type: ignore[return-value]
            made = self._made[n] = Name(*[column[n] for column in self._columns])
        return made

    def __len__(self) -> int:
        return len(self._made)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __reduce__(self) -> tuple:   # pickled (for a worker) as the list it stands for
        return list, (list(self),)


class _HitRow:
    """The distinct hits in a row, each made from its slot and way made when asked for (the
    tables that hold it keep what they made); all of them at once after ROW_AFTER and a
    ROW_SHARE-th of them, as a process that looks up many names soon needs most of them."""

    __slots__ = ("_slots", "_at", "_how_numbers", "_hows", "_asked", "_all")

    def __init__(self, slots: list[tuple[int, int]], at: array, how_numbers: array,
                 hows: tuple[str, ...]):
        self._slots, self._at, self._how_numbers, self._hows = slots, at, how_numbers, hows
        self._asked = 0
        self._all: tuple[Hit, ...] | None = None

    def __getitem__(self, i: int) -> Hit:
        return self.take((i,))[0]

    def take(self, numbers: Iterable[int]) -> tuple[Hit, ...]:
        """The hits at these numbers."""
        if self._all is None:
            numbers = tuple(numbers)
            self._asked += len(numbers)
            if self._asked <= max(ROW_AFTER, len(self._at) // ROW_SHARE):
                return self._make(numbers)
            self._all = self._make(range(len(self._at)))
        return tuple(map(self._all.__getitem__, numbers))

    def _make(self, numbers: Iterable[int]) -> tuple[Hit, ...]:
        # (name, part) + (how,), each made in C
        return tuple(map(add, map(self._slots.__getitem__, map(self._at.__getitem__, numbers)),
                         zip(map(self._hows.__getitem__, map(self._how_numbers.__getitem__,
                                                             numbers)))))

    def __len__(self) -> int:
        return len(self._at)


def _distinct_hits(data: object, slots: list[tuple[int, int]]) -> _HitRow:
    """Every distinct hit, from its slot and way made."""
    d = record(data, ("slots", "hows"), "hits")
    at = uint_array(d["slots"], "hits", below=len(slots))
    how_values, how_numbers = shared_numbers(d["hows"], "hows", len(at))
    return _HitRow(slots, at, how_numbers, strs(how_values, "hows"))


def _hits_from_plain(data: object, hits: Row[V], what: str) -> Cuts[V]:
    d = record(data, ("keys", "ends", "hits"), what)
    keys = strs(d["keys"], what)
    ends = uint_array(d["ends"], what, len(keys))
    return Cuts(keys, ends, uint_array(d["hits"], what, ends[-1] if ends else 0, len(hits)), hits)


class _ByPart(Mapping[tuple[int, int], tuple[str, ...]]):
    """A table keyed by (name, part) read back, made the first time it is asked for (a check
    never asks for initials or part keys; a look-up asks for both); from then on its index
    holds the dict it made."""

    __slots__ = ("_slots", "_at", "_values", "_made", "owner", "name")

    def __init__(self, slots: list[tuple[int, int]], at: array, values: tuple[tuple[str, ...], ...],
                 name: str):
        self._slots, self._at, self._values = slots, at, values
        self._made: dict[tuple[int, int], tuple[str, ...]] | None = None
        self.owner: Index | None = None
        self.name = name

    def _table(self) -> dict[tuple[int, int], tuple[str, ...]]:
        if self._made is None:
            self._made = dict(zip(map(self._slots.__getitem__, self._at), self._values, strict=True))
            if self.owner is not None:
                setattr(self.owner, self.name, self._made)
        return self._made

    def __getitem__(self, key: tuple[int, int]) -> tuple[str, ...]:
        return self._table()[key]

    def get(self, key: tuple[int, int], default: Any = None) -> Any:
        return self._table().get(key, default)

    def __contains__(self, key: object) -> bool:
        return key in self._table()

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())

    def __reduce__(self) -> tuple:   # pickled (for a worker) as the dict it stands for
        return dict, (self._table(),)


def _by_part_from_plain(data: object, slots: list[tuple[int, int]], what: str) -> _ByPart:
    d = record(data, ("slots", "values"), what)
    at = uint_array(d["slots"], what, below=len(slots))
    distinct, values = shared(d["values"], what, len(at))
    tuples_of(distinct, what, str)
    return _ByPart(slots, at, values, what)


def _keyed_from_plain(data: object, what: str) -> tuple[tuple[str, ...], tuple, array]:
    """The keys, the distinct values and each key's value number of a table keyed by a string
    (what the tables of `_BY_ENTRY` and `_BY_STRING` write), the values not yet checked."""
    d = record(data, ("keys", "values"), what)
    keys = strs(d["keys"], what)
    distinct, numbers = shared_numbers(d["values"], what, len(keys))
    return keys, distinct, numbers


def _by_string_from_plain(data: object, what: str) -> Numbered[tuple[str, ...]]:
    keys, distinct, numbers = _keyed_from_plain(data, what)
    return Numbered(keys, numbers, tuples_of(distinct, what, str))


def _joined_from_plain(data: object, what: str) -> Joined:
    keys, distinct, numbers = _keyed_from_plain(data, what)
    return Joined(keys, numbers, strs(distinct, what))


def _numbers_from_plain(data: object, ids: Set[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    d = record(data, ("keys", "values"), "numbers")
    keys = strs(d["keys"], "numbers")
    values = column(d["values"], len(keys), "numbers", tuple)
    for numbers in values:
        tuples_of(numbers, "numbers", str)
    need(set(keys) <= ids, "numbers: entries the glossary does not have")
    return dict(zip(keys, values, strict=True))


def _by_entry_from_plain(data: object, ids: Set[str],
                         what: str) -> Numbered[tuple[str, ...]]:
    table = _by_string_from_plain(data, what)
    # by_compact, by_initials and dotted give entry ids, acronyms and given_forms are by entry id
    named = chain.from_iterable(table.distinct()) if what in _GIVE_ENTRIES else table
    need(set(named) <= ids, f"{what}: entries the glossary does not have")
    return table


def build_index(glossary: Glossary) -> Index:
    """Generate every form of every entry and index it by its keys."""
    idx = Index(genders=_genders(glossary), by_family_name=_by_family_name(glossary),
                facilities=_facilities(glossary), other_orthography=_other_orthography(glossary),
                admitted=_admitted(glossary))
    by_fold: dict[str, list[Hit]] = defaultdict(list)
    by_skel: dict[str, list[Hit]] = defaultdict(list)
    by_compact: dict[str, set[str]] = defaultdict(set)
    by_cyr: dict[str, list[Hit]] = defaultdict(list)
    by_stem: dict[str, list[Hit]] = defaultdict(list)
    phrases: list[str] = []   # names that may hold lowercase words (phrases_by_first keeps those)
    by_initials: dict[str, set[str]] = defaultdict(set)
    acronyms: dict[str, set[str]] = defaultdict(set)
    given: dict[str, set[str]] = defaultdict(set)
    initials: dict[tuple[int, int], set[str]] = {}
    part_keys: dict[tuple[int, int], set[str]] = {}
    dotted: dict[str, tuple[str, ...]] = {}
    for entry in glossary:
        idx.kinds[entry.id] = entry.kind
        idx.canonical[entry.id] = entry.canonical
        names = names_of(entry) + guessed_names(entry)
        if entry.kind != "person":
            # Ministry of Defence: a name the glossary lists with lowercase words, found whole
            phrases.extend(entry.latin)
        else:
            # Euphrosyne of Polotsk, Ivan the Terrible: a person's name with an epithet is found
            # whole too, so that its place keeps the spelling of the name
            phrases.extend(f for f in entry.latin if any(w[:1].islower() for w in f.split()[1:]))
        for form in entry.latin:
            if address_shaped(form):
                dotted.setdefault(form.casefold(), (entry.id,))
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
                    numbers = numbers_in(form)
                    for key in (compact(form), "~" + compact_skeleton(form)):
                        by_compact[with_numbers(key, numbers)].add(entry.id)
                    if name.language:
                        phrases.append(form)   # Bresckaja voblasć: running text keeps it whole
                if entry.kind == "organization" and name.language is None and len(name.parts) > 1:
                    by_initials["".join(fold(p)[:1] for p in name.parts)].add(entry.id)
            for i, role in enumerate(name.roles):
                target = (merged, ROLES_PERSON.index(role)) if merged is not None else (n, i)
                guessed = name.origin == GUESSED
                if name.language and not guessed:
                    key = cyrillic_key(name.parts[i])
                    by_cyr[key].append((*target, name.language + " form"))
                    official = CLASSICAL_SOFT_SIGN.sub("", key)
                    if official != key and name.language == "be":
                        # a form only the classical orthography's (Берасьце) is met in the
                        # official one's spelling too (у Берасці)
                        by_cyr[official].append((*target, "be form"))
                    if role == "given":   # Алесь, Зміцер: the name's other forms
                        for other in OTHER_GIVEN_FORMS.get(name.parts[i], ()):
                            by_cyr[cyrillic_key(other)].append((*target, OTHER_GIVEN_FORM))
                inits = initials.setdefault(target, set())
                keys = part_keys.setdefault(target, set())
                acronym = len(name.parts) == 1 and acronym_shaped(name.parts[0])
                for form, how in latin_forms(name, i):
                    # a form of a guess: check is never told that a scheme writes the entry so
                    how = GUESSED if guessed else how
                    if acronym:
                        acronyms[entry.id].add(form.casefold())
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
                        for key in place_stems(form):
                            by_stem[key].append((*target, how))
    idx.by_fold = {k: _unique(v) for k, v in by_fold.items()}
    idx.slips = slip_buckets(idx.by_fold)
    idx.by_skeleton = {k: _unique(v) for k, v in by_skel.items()}
    idx.initials = _sorted(initials)
    idx.part_keys = _sorted(part_keys)
    idx.by_compact = _sorted(by_compact)
    idx.by_cyrillic = {k: _unique(v) for k, v in by_cyr.items()}
    idx.by_stem = {k: _unique(v) for k, v in by_stem.items()}
    idx.phrases = phrases_by_first(phrases, FUNCTION_WORDS)
    idx.phrase_tails = phrases_by_second(idx.phrases)
    idx.dotted = dotted
    idx.by_initials = _sorted(by_initials)
    idx.acronyms = _sorted(acronyms)
    idx.given_forms = _sorted(given)
    idx.numbers = _numbers(((n.entry, n.parts) for n in idx.names), idx.canonical, idx.kinds)
    latin = {form for forms in given.values() for form in forms}
    idx.given_heads = "".join(sorted({form[0] for form in latin}))
    idx.given_words = tuple(sorted(latin | {
        form.split()[0] for entry in glossary if entry.kind == "person"
        for form in (*entry.be, *entry.ru) if " " in form}))
    return idx


def _numbers(names: Iterable[tuple[str, tuple[str, ...]]], canonical: Mapping[str, str],
             kinds: Mapping[str, str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Index.numbers of names given as (entry, parts)."""
    table: dict[str, set[tuple[str, ...]]] = {}
    pairs = [(entry, " ".join(parts)) for entry, parts in names]
    numbered = {entry for entry, written in pairs if holds_number(written)}
    for entry, written in pairs:
        if entry in numbered:
            table.setdefault(entry, set()).add(numbers_in(written))
    # a person's names meet in slots with no words of their own: a monarch's number is read
    # from the canonical, and the name without it is the monarch's too
    for entry, written in canonical.items():
        if kinds.get(entry) == "person" and holds_number(written):
            table[entry] = {numbers_in(written), ()}
    return {entry: tuple(sorted(numbers)) for entry, numbers in sorted(table.items())}


def _sorted(sets: dict[K, set[str]]) -> dict[K, tuple[str, ...]]:
    return {k: tuple(sorted(v)) for k, v in sets.items()}


def slip_buckets(fold_keys) -> dict[str, tuple[str, ...]]:
    """Fold keys by their first two letters and length, and by length, last two letters and
    first letter."""
    slips: dict[str, list[str]] = defaultdict(list)
    for f in fold_keys:
        if len(f) >= SLIP_MIN - 1:
            slips[f"{f[:2]}{len(f)}"].append(f)
            slips[f"{len(f)}{f[-2:]}{f[:1]}"].append(f)
    return {k: tuple(v) for k, v in slips.items()}


def cyrillic_key(word: str) -> str:
    """A Cyrillic word as the index keeps it: NFC, lowercase, no stress marks, ё as е, and no
    apostrophe, whichever glyph is typed for it (Дар'я, Дар’я; Мінюст, Мін'юст)."""
    return strip_stress(unicodedata.normalize("NFC", word)).lower().replace(
        "ё", "е").translate(_NO_APOSTROPHES)


_NO_APOSTROPHES = dict.fromkeys(map(ord, APOSTROPHE_GLYPHS))


def _unique(hits: list[Hit]) -> tuple[Hit, ...]:
    seen: dict[tuple[int, int], Hit] = {}
    for h in hits:
        seen.setdefault((h[0], h[1]), h)
    return tuple(seen.values())


# the package's folders whose code and data shape the index (the cache key holds them)
_INDEX_FOLDERS = ("match", "translit", "translit/schemes", "glossary", "text")


def glossary_digest(glossary: Glossary) -> str:
    """A content key of the glossary (entries as loaded) and of this namecheck's code and data."""
    h = code_digest(_INDEX_FOLDERS)
    for e in glossary:
        h.update(repr(e.to_dict()).encode())
    return h.hexdigest()[:32]


def files_digest(raw: list[tuple[str, bytes]]) -> str:
    """A content key of glossary files (paths and bytes) and of this namecheck's code and data."""
    h = code_digest(_INDEX_FOLDERS)
    for path, data in raw:
        real = os.path.realpath(path)  # 'g.yaml' and its absolute path are one glossary
        h.update(real.encode("utf-8", "surrogateescape") + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()[:32]


def compiled_key(raw: list[tuple[str, bytes]], house_style: str = DEFAULT_HOUSE_STYLE) -> str:
    """What names these files' compiled glossary in the cache (and what is derived from it)."""
    return f"{files_digest(raw)}-{house_style}"


def load_compiled(raw: list[tuple[str, bytes]], key: str | None,
                  house_style: str = DEFAULT_HOUSE_STYLE) -> tuple[Glossary, Index]:
    """The parsed glossary and its index for these files, from the cache entry `key`
    (compiled_key) when seen before; compiled alone with no key."""
    from checker.glossary.loader import apply_house_style, parse_glossary_files

    def compile_() -> tuple[Glossary, Index]:
        glossary = apply_house_style(parse_glossary_files(raw), house_style)
        return glossary, build_index(glossary)

    if key is None:
        return compile_()
    return cached(f"compiled-{key}", compile_, COMPILED)


def _compiled_to_plain(compiled: tuple[Glossary, Index]) -> dict:
    glossary, index = compiled
    return {"glossary": glossary.to_plain(), "index": index.to_plain()}


def _compiled_from_plain(data: object) -> tuple[Glossary, Index]:
    d = record(data, ("glossary", "index"), "compiled glossary")
    glossary = Glossary.from_plain(d["glossary"])
    return glossary, Index.from_plain(d["index"], glossary)


#: A glossary with its index, as the cache keeps them.
COMPILED: Codec[tuple[Glossary, Index]] = Codec(_compiled_to_plain, _compiled_from_plain)
