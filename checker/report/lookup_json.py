"""Look-up answers and glossary entries as plain data: `lookup --format json` and the web API."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.glossary import Entry, Glossary
    from checker.match.resolve import Resolution

VERSION = 1


def lookup_answer(resolution: Resolution, glossary: Glossary) -> dict:
    """One name's answer: the resolution, and the entry's house forms in other languages."""
    d = resolution.to_dict()
    forms = dict(glossary.by_id[resolution.entry].forms) if resolution.entry else {}
    if forms:
        d["forms"] = forms
    return d


def lookup_document(results: list[Resolution], glossary: Glossary) -> dict:
    """The whole answer of `lookup --format json`: {"version": 1, "results": [...]}."""
    return {"version": VERSION, "results": [lookup_answer(r, glossary) for r in results]}


def romanizations(entry: Entry) -> list[dict]:
    """The entry's main Belarusian and Russian forms in every scheme of their language, one
    item a scheme: its id, name, kind, language and forms (main form first)."""
    from checker.translit import get_scheme, scheme_ids, transliterate_all

    out = []
    for language, forms in (("be", entry.be[:1]), ("ru", entry.ru[:1])):
        for form in forms:
            for sid in scheme_ids():
                scheme = get_scheme(sid)
                if scheme.language == language:
                    out.append({"scheme": sid, "name": scheme.name, "kind": scheme.kind,
                                "language": language, "cyrillic": form,
                                "forms": transliterate_all(form, sid)})
    return out


def entry_document(entry: Entry) -> dict:
    """An entry as the web API gives it: its glossary data and its romanizations by scheme."""
    return {"version": VERSION, "entry": entry.to_dict(), "romanizations": romanizations(entry)}
