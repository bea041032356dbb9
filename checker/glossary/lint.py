"""Hygiene checks for glossary maintainers: order, ownership of forms, orthography, provenance."""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from checker.findings import InputError
from checker.glossary.model import Entry, Glossary
from checker.text.letters import APOSTROPHES, BELARUSIAN_ONLY
from checker.text.letters import NOT_BELARUSIAN as _NOT_BELARUSIAN

NOT_BELARUSIAN = re.compile(f"[{_NOT_BELARUSIAN}]")
NOT_RUSSIAN = re.compile(f"[{BELARUSIAN_ONLY}{APOSTROPHES}]")
EXPLAINED = re.compile(r"canonical|spelling|english|established|official|house form", re.I)


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _problem(e: Entry, message: str) -> InputError:
    return InputError(e.path, f"{e.id}: {message}", e.line, 3)


def check_order(glossary: Glossary) -> list[InputError]:
    """Entries of each file sorted by id."""
    out = []
    last: dict[str, str] = {}
    for e in glossary:
        prev = last.get(e.path)
        if prev is not None and e.id < prev:
            out.append(_problem(e, f"entries must be sorted by id: '{e.id}' comes after '{prev}'"))
        last[e.path] = e.id
    return out


def check_ownership(glossary: Glossary) -> list[InputError]:
    """No variant or admitted form owned by two entries, none equal to another entry's
    canonical or to its own canonical."""
    out = []
    canon: dict[str, str] = {_key(e.canonical): e.id for e in glossary}
    owners: dict[str, list[str]] = defaultdict(list)
    for e in glossary:
        for v in (*e.variants, *e.admitted, *e.historical):
            owners[_key(v)].append(e.id)
            other = canon.get(_key(v))
            if other and other != e.id:
                out.append(_problem(e, f"variant '{v}' is the canonical form of '{other}'"))
            if _key(v) == _key(e.canonical):
                out.append(_problem(e, f"variant '{v}' repeats the canonical form"))
        for a in e.admitted:
            if _key(a) in {_key(v) for v in e.variants}:
                out.append(_problem(e, f"'{a}' is both admitted and a variant"))
    for e in glossary:
        for v in (*e.variants, *e.admitted, *e.historical):
            ids = owners[_key(v)]
            if len(ids) > 1 and ids[0] != e.id:
                out.append(_problem(e, f"variant '{v}' is also listed under '{ids[0]}'"))
    return out


def check_family_names(glossary: Glossary) -> list[InputError]:
    """At most one person of a family name is the one its name alone means (by_family_name)."""
    out = []
    meant: dict[str, str] = {}
    for e in glossary:
        if not e.by_family_name:
            continue
        family = _key(e.canonical.split()[-1])
        other = meant.setdefault(family, e.id)
        if other != e.id:
            out.append(_problem(e, f"by_family_name: '{other}' is already the person the family "
                                   f"name alone means"))
    return out


def check_facility_numbers(glossary: Glossary) -> list[InputError]:
    """A place of detention's number (IK-15) belongs to one entry."""
    out = []
    holder: dict[str, str] = {}
    for e in glossary:
        for number in e.numbers:
            other = holder.setdefault(number, e.id)
            if other != e.id:
                out.append(_problem(e, f"number {number} is already '{other}'s"))
    return out


def check_orthography(glossary: Glossary) -> list[InputError]:
    """Belarusian forms hold no Russian-only letters and the reverse."""
    out = []
    for e in glossary:
        for f in e.be:
            m = NOT_BELARUSIAN.search(f)
            if m:
                out.append(_problem(e, f"be form '{f}' has '{m.group()}', which Belarusian does not use"))
        for f in e.ru:
            m = NOT_RUSSIAN.search(f)
            if m:
                out.append(_problem(e, f"ru form '{f}' has '{m.group()}', which Russian does not use"))
    return out


def check_provenance(glossary: Glossary) -> list[InputError]:
    """Every explicit canonical comes out of a scheme or is explained in the note."""
    from checker.match.forms import names_of
    from checker.translit import scheme_ids, transliterate_all

    out = []
    for e in glossary:
        if not e.canonical_explicit or not e.cyrillic or (e.note and EXPLAINED.search(e.note)):
            continue  # derived, nothing to derive from (a Latin-only entry), or explained
        made: set[str] = set()
        for name in names_of(e):
            if name.language is None:
                continue
            text = " ".join(name.parts)
            for sid in scheme_ids():  # both languages' schemes, as the matcher uses them
                made.update(_key(f) for f in transliterate_all(text, sid))
        if _key(e.canonical) not in made:
            out.append(_problem(e, f"canonical '{e.canonical}' comes out of no scheme; say why in "
                                   "'note' (e.g. 'Canonical follows the established English spelling.')"))
    return out


def check_variants_resolve(glossary: Glossary, matcher) -> list[InputError]:
    """Every variant and admitted form (and the canonical) resolves confidently to its own
    entry."""
    out = []
    for e in glossary:
        for form in (e.canonical, *e.variants, *e.admitted):
            r = matcher.resolve(form)
            if not (r.confident and r.entry == e.id):
                got = f"{r.status} {r.entry}" if r.entry else r.status
                out.append(_problem(e, f"'{form}' does not resolve to this entry (lookup says: {got})"))
    return out


def check_portable_yaml(glossary: Glossary) -> list[InputError]:
    """Files that PyYAML reads only with libyaml (the C parser the loader uses when it has it):
    the pure-Python parser, all a machine without libyaml has, refuses some plain values
    libyaml allows, such as an address with '?' inside a [bracketed, list]."""
    import yaml

    out = []
    for path in glossary.paths:
        try:
            with open(path, encoding="utf-8-sig") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError):
            continue   # the loader read it; whatever changed since is the next run's error
        try:
            yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            what = exc.problem or exc.context or "invalid YAML"
            out.append(InputError(path, f"YAML that only libyaml reads ({what}): quote the value",
                                  mark.line + 1 if mark else None,
                                  mark.column + 1 if mark else None))
        except yaml.YAMLError as exc:
            out.append(InputError(path, f"YAML that only libyaml reads: {exc}"))
    return out


def lint(glossary: Glossary, matcher=None) -> list[InputError]:
    """Every hygiene problem of a loaded glossary, in file order."""
    problems = (check_order(glossary) + check_ownership(glossary)
                + check_family_names(glossary) + check_facility_numbers(glossary)
                + check_orthography(glossary)
                + check_provenance(glossary) + check_portable_yaml(glossary))
    if matcher is not None:
        problems += check_variants_resolve(glossary, matcher)
    return sorted(problems, key=lambda p: (p.path, p.line or 0))
