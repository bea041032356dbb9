"""Adding an entry to a glossary file: refused when the glossary has the name already,
otherwise written in id order among the file's entries, nothing else in the file touched."""
from __future__ import annotations

import unicodedata

import yaml

from checker.findings import InputError, NamecheckError
from checker.glossary.loader import _compose, parse_glossary_text
from checker.glossary.model import Entry, Glossary

# the file an entry of each kind goes to in the shipped glossary's layout
FILE_FOR_KIND = {"person": "people.yaml", "place": "places.yaml",
                 "organization": "organizations.yaml"}


def _key(form: str) -> str:
    return " ".join(unicodedata.normalize("NFC", form).replace("ё", "е").replace("Ё", "Е")
                    .casefold().split())


def clashes(entry: dict, glossary: Glossary) -> list[tuple[Entry, str]]:
    """Existing entries that are the new one: the same id, or one of its forms (Cyrillic,
    canonical or variant) listed there; with what they share."""
    forms = {_key(f): f for key in ("be", "ru", "variants") for f in _as_list(entry.get(key))}
    if entry.get("canonical"):
        forms[_key(entry["canonical"])] = entry["canonical"]
    out = []
    for e in glossary.entries:
        if e.id == entry["id"]:
            out.append((e, f"the id {e.id!r}"))
            continue
        if e.kind != entry["kind"]:
            continue
        theirs = {_key(f) for f in (*e.be, *e.ru, *e.latin)}
        shared = [forms[k] for k in forms if k in theirs]
        if shared:
            out.append((e, f"'{shared[0]}'"))
    return out


def _as_list(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def entry_yaml(entry: dict, indent: str) -> str:
    """The entry as the glossary files write it: a sequence item, short lists in brackets."""
    text = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=100,
                          default_flow_style=None)
    return "".join(indent + line + "\n" for line in text.splitlines())


def inserted_text(text: str, path: str, entry: dict) -> str:
    """The file's text with `entry` written before the first entry whose id sorts after its
    own (after the last one when none does)."""
    parse_glossary_text(text, path)
    root = _compose(text, path)
    assert isinstance(root, yaml.MappingNode)
    entries = next(v for k, v in root.value if k.value == "entries")
    if not isinstance(entries, yaml.SequenceNode) or entries.flow_style or not entries.value:
        raise NamecheckError(InputError(path, "entries must be a block list with at least one "
                                              "entry to add one in order"))
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    first = entries.value[0]
    indent = " " * max(first.start_mark.column - 2, 0)
    at = None
    for item in entries.value:
        item_id = next(v.value for k, v in item.value if k.value == "id")
        if item_id > entry["id"]:
            line = item.start_mark.line
            while line > 0 and lines[line - 1].lstrip().startswith("#"):
                line -= 1     # the comments above an entry are its own
            at = offsets[line]
            break
    if at is None:
        end = entries.end_mark
        at = offsets[end.line] if end.column == 0 else len(text)
        if at == len(text) and text and not text.endswith("\n"):
            text += "\n"
            at += 1
    out = text[:at] + entry_yaml(entry, indent) + text[at:]
    parse_glossary_text(out, path)
    return out
