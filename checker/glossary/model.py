"""The glossary's records: entries and the loaded glossary."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, fields
from enum import StrEnum
from itertools import chain

from checker.plain import (
    column,
    need,
    only,
    record,
    records,
    strs,
    tuples_of,
    yaml_plain,
    yaml_value,
)


class Kind(StrEnum):
    """What a glossary entry names."""

    PERSON = "person"
    PLACE = "place"
    ORGANIZATION = "organization"
    OTHER = "other"


class Orthography(StrEnum):
    """The two Cyrillic orthographies an entry is written in (its `be` and `ru` forms)."""

    BELARUSIAN = "be"
    RUSSIAN = "ru"


KINDS = tuple(k.value for k in Kind)


def slug(text: str) -> str:
    """An entry id from a Latin name: lowercase ASCII words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "entry"
GENDERS = ("male", "female")


@dataclass(frozen=True)
class Entry:
    """One glossary entry (format v1). Forms are NFC; `be`/`ru` list the main form first."""

    id: str
    kind: str
    canonical: str
    be: tuple[str, ...] = ()
    ru: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    # Latin spellings the house accepts beside the canonical (EU, Türkiye): no finding
    admitted: tuple[str, ...] = ()
    # former names, right in text about the time before `historical_until` (Byelorussia)
    historical: tuple[str, ...] = ()
    historical_until: int | None = None
    forms: tuple[tuple[str, str], ...] = ()
    gender: str | None = None
    note: str | None = None
    sources: tuple[str, ...] = ()
    wikidata: str | None = None
    # persons: reporting means this person by the family name alone (Lukashenka)
    by_family_name: bool = False
    # places of detention: the prison service's numbers (IK-15, SIZO-1)
    numbers: tuple[str, ...] = ()
    canonical_explicit: bool = True
    extensions: tuple[tuple[str, object], ...] = ()
    path: str = ""
    line: int = 0

    @property
    def cyrillic(self) -> tuple[tuple[str, str], ...]:
        """Every Cyrillic form with the language it is declared under, main forms first."""
        return tuple(("be", f) for f in self.be) + tuple(("ru", f) for f in self.ru)

    @property
    def latin(self) -> tuple[str, ...]:
        """Every Latin form the glossary lists: the canonical, the variants, the admitted
        forms, the former names, the forms in other languages."""
        return (self.canonical, *self.variants, *self.admitted, *self.historical,
                *(form for _, form in self.forms))

    def to_dict(self) -> dict:
        """The entry as plain data (for JSON output)."""
        d: dict = {"id": self.id, "kind": self.kind, "canonical": self.canonical}
        if self.be:
            d["be"] = list(self.be)
        if self.ru:
            d["ru"] = list(self.ru)
        if self.variants:
            d["variants"] = list(self.variants)
        if self.admitted:
            d["admitted"] = list(self.admitted)
        if self.historical:
            d["historical"] = {"until": self.historical_until, "forms": list(self.historical)}
        if self.forms:
            d["forms"] = dict(self.forms)
        for key in ("gender", "note", "wikidata", "by_family_name"):
            if getattr(self, key):
                d[key] = getattr(self, key)
        if self.numbers:
            d["numbers"] = list(self.numbers)
        if self.sources:
            d["sources"] = list(self.sources)
        return d


@dataclass
class Glossary:
    """Entries loaded from one or more files, with a look-up by id."""

    entries: list[Entry] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_id = {e.id: e for e in self.entries}

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries)

    def get(self, entry_id: str) -> Entry | None:
        return self.by_id.get(entry_id)

    def to_plain(self) -> dict:
        """The glossary as plain data for the cache: each entry field a column."""
        return {"paths": tuple(self.paths), "entries": {
            name: tuple(getattr(e, name) for e in self.entries) if name != "extensions" else
            tuple(tuple((k, yaml_plain(v)) for k, v in e.extensions) for e in self.entries)
            for name in ENTRY_FIELDS}}

    @classmethod
    def from_plain(cls, data: object) -> Glossary:
        """The glossary from its plain data (ShapeError when it is not what to_plain makes)."""
        d = record(data, ("paths", "entries"), "glossary")
        paths = strs(d["paths"], "glossary paths")
        cols = record(d["entries"], ENTRY_FIELDS, "glossary entries")
        n = len(cols["id"]) if type(cols["id"]) is tuple else -1
        for name in ("id", "kind", "canonical", "path"):
            column(cols[name], n, name, str)
        for name in ("gender", "note", "wikidata"):
            column(cols[name], n, name, str, type(None))
        for name in ("be", "ru", "variants", "admitted", "historical", "sources", "numbers"):
            tuples_of(cols[name], name, str, size=n)
        column(cols["historical_until"], n, "historical_until", int, type(None))
        column(cols["canonical_explicit"], n, "canonical_explicit", bool)
        column(cols["by_family_name"], n, "by_family_name", bool)
        column(cols["line"], n, "line", int)
        need(set(cols["kind"]) <= set(KINDS) and set(cols["gender"]) <= {*GENDERS, None},
             "an entry of an unknown kind or gender")
        for name in ("forms", "extensions"):
            pairs = tuples_of(cols[name], name, tuple, size=n)
            need(set(map(len, chain.from_iterable(pairs))) <= {2}
                 and only((k for k, _ in chain.from_iterable(pairs)), str), f"{name}: not pairs")
        need(only((v for _, v in chain.from_iterable(cols["forms"])), str), "forms: not strings")
        cols["extensions"] = tuple(
            tuple((k, yaml_value(v, "extensions")) for k, v in ext) if ext else ()
            for ext in cols["extensions"])
        return cls(entries=records(Entry, [cols[name] for name in ENTRY_FIELDS]),
                   paths=list(paths))


#: Entry's fields in the order its constructor takes them.
ENTRY_FIELDS = tuple(f.name for f in fields(Entry))
