"""One layout for glossary files (`glossary fmt`): entries in id order, each entry's keys in
the order of the format (ENTRY_KEYS, then `x-` keys), lists of names in brackets, two spaces
before each entry's dash and four before its keys, one line per value. Written with a
round-trip YAML library (ruamel.yaml), so comments and quoting stay as they are; the result
must load into the same entries, or the file is left alone with an error."""
from __future__ import annotations

import io

from checker.findings import InputError, NamecheckError
from checker.glossary.loader import ENTRY_KEYS, parse_glossary_text
from checker.glossary.model import Entry
from checker.glossary.order import sorted_text

WIDTH = 4096   # never wrap a note: a wrapped value is one more layout


def _yaml():   # ruamel.yaml is imported only by the commands that format
    from ruamel.yaml import YAML

    y = YAML()
    y.preserve_quotes = True
    y.width = WIDTH
    y.indent(mapping=2, sequence=4, offset=2)
    return y


def _data(entries: list[Entry]) -> list[tuple]:
    return sorted((e.id, e.to_dict(), e.extensions) for e in entries)


def formatted_text(text: str, path: str) -> str:
    """The file's text in the one layout (the same text when it is in it already)."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    before = parse_glossary_text(text, path)
    text = sorted_text(text, path) or text
    y = _yaml()
    data = y.load(text)
    entries = data.get("entries") if isinstance(data, CommentedMap) else None
    for entry in entries if isinstance(entries, CommentedSeq) else ():
        if not isinstance(entry, CommentedMap):
            continue
        order = [k for k in ENTRY_KEYS if k in entry] + [k for k in entry if k not in ENTRY_KEYS]
        for key in order:
            entry.move_to_end(key)
        for value in entry.values():
            if isinstance(value, CommentedSeq) and all(isinstance(v, str) for v in value):
                value.fa.set_flow_style()
    buffer = io.StringIO()
    y.dump(data, buffer)
    out = buffer.getvalue()
    after = parse_glossary_text(out, path)
    if _data(after) != _data(before):
        first = next((b for b, a in zip(sorted(before, key=lambda e: e.id),
                                        sorted(after, key=lambda e: e.id), strict=False)
                      if _data([a]) != _data([b])), before[0])
        raise NamecheckError(InputError(
            path, f"formatting would change entry {first.id!r}: YAML parsers read a value of it "
                  "differently (quote it: a comma inside [...] splits it for some)",
            line=first.line))
    return out


def format_file(path: str, check: bool) -> bool:
    """Whether the file is not in the one layout; without `check`, put it in it (atomic,
    only over the bytes that were read)."""
    from checker.fix import read_snapshot, write_atomic
    from checker.glossary.loader import _decode

    def read(name: str) -> bytes:
        with open(name, "rb") as f:
            return f.read()

    data, snapshot = read_snapshot(path, read)
    text = _decode(data, path)
    new = formatted_text(text, path)
    if new == text:
        return False
    if not check:
        write_atomic(path, new.encode("utf-8"), expect=snapshot)
    return True
