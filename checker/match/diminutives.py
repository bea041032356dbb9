"""Diminutives of given names (data in diminutives.yaml): "Dasha Domracheva" is a nickname
written on purpose, not a misspelling of Darya Domracheva."""
from __future__ import annotations

from checker.datafiles import load_data
from checker.glossary.model import Entry
from checker.text.letters import POSSESSIVE_END
from checker.text.script import CYRILLIC_LETTER

_DIMINUTIVES: dict[str, frozenset[str]] = {
    given.casefold(): frozenset(short.casefold() for short in shorts)
    for given, shorts in load_data("checker.match", "diminutives.yaml")["names"].items()}


# the given-name data's sections: each a Cyrillic given name and its Latin forms, nicknames
_GIVEN_NAME_FORMS: tuple[tuple[str, str], ...] = tuple(
    (given, form) for name, section in (("given_names.yaml", "names"),
                                        ("diminutives.yaml", "names"),
                                        ("given_names.yaml", "ukrainian"))
    for given, forms in load_data("checker.match", name)[section].items() for form in forms)

#: Given names in the Latin forms the given-name data lists, as written (the diminutives and
#: conventional forms of given_names.yaml and diminutives.yaml: Lera, Sasha, Alexander; and
#: the Ukrainian given names of given_names.yaml: Mykhailo)
LATIN_GIVEN_NAMES: frozenset[str] = frozenset(
    form for _, form in _GIVEN_NAME_FORMS if not CYRILLIC_LETTER.search(form))



def _names_by_form() -> dict[str, frozenset[str]]:
    by_form: dict[str, set[str]] = {}
    for given, form in _GIVEN_NAME_FORMS:
        by_form.setdefault(form.casefold(), set()).add(given.casefold())
    return {form: frozenset(names) for form, names in by_form.items()}


_NAMES_BY_FORM = _names_by_form()


def given_names_written(form: str) -> frozenset[str]:
    """The Cyrillic given names (casefolded) the given-name data writes as this Latin form or
    nickname (Alexey: алексей, аляксей; Sasha: аляксандр, александр, ...); empty for a form
    it does not list."""
    return _NAMES_BY_FORM.get(form.casefold(), frozenset())


def is_nickname(found: str, entry: Entry) -> bool:
    """Whether `found` is the entry's name with a diminutive of its given name in the given
    name's place and the rest written as the canonical or a Cyrillic form writes it."""
    words = POSSESSIVE_END.sub("", found).casefold().split()
    if len(words) < 2:
        return False
    for form in (entry.canonical, *entry.be, *entry.ru):
        names = form.casefold().split()
        if len(names) < 2 or words[1:] != names[len(names) - len(words) + 1:]:
            continue
        if any(words[0] in _DIMINUTIVES.get(given.casefold(), ()) for given in
               (name.split()[0] for name in (*entry.be, *entry.ru))):
            return True
    return False
