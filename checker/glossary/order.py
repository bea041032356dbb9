"""Putting a glossary file's entries in id order, moving each entry's text whole."""
from __future__ import annotations

import yaml

from checker.findings import InputError, NamecheckError
from checker.glossary.loader import _compose, _decode, parse_glossary_text


def sorted_text(text: str, path: str) -> str | None:
    """The file's text with its entries sorted by id, or None when they already are.

    Each entry keeps its own lines (comments above an entry travel with it); nothing else in
    the file changes. Flow-style entry lists (`entries: [...]`) are left to a person.
    """
    parse_glossary_text(text, path)  # refuse to reorder a file that does not load
    root = _compose(text, path)
    assert isinstance(root, yaml.MappingNode)  # parse_glossary_text accepted it: a mapping
    key, entries = next((k, v) for k, v in root.value if k.value == "entries")
    if not isinstance(entries, yaml.SequenceNode) or not entries.value:
        return None
    if entries.flow_style:
        raise NamecheckError(InputError(path, "entries written as a flow list ([...]) cannot be "
                                              "sorted automatically", entries.start_mark.line + 1))
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    floor = key.start_mark.line + 1  # the line after 'entries:': nothing above it moves
    item_lines = []
    for item in entries.value:
        line = item.start_mark.line
        while line > floor and lines[line - 1].lstrip().startswith("#"):
            line -= 1  # the comment lines right above an entry are its own
        item_lines.append(line)
    if item_lines[0] < floor:
        item_lines[0] = floor
    starts = [offsets[line] for line in item_lines]
    ids = [next(v.value for k, v in item.value if k.value == "id") for item in entries.value]
    if ids == sorted(ids):
        return None
    # an entry's block runs from its own line to the next entry's line; comments and blank
    # lines just above an entry belong to it
    ends = starts[1:] + [offsets[entries.end_mark.line] if entries.end_mark.column == 0
                         else len(text)]
    blocks = []
    for i, (s, e) in enumerate(zip(starts, ends, strict=True)):
        blocks.append((ids[i], text[s:e]))
    head, tail = text[:starts[0]], text[ends[-1]:]
    body = [b for _, b in sorted(blocks, key=lambda b: b[0])]
    body = [b if b.endswith("\n") else b + "\n" for b in body]
    out = head + "".join(body) + tail
    if not text.endswith("\n") and out.endswith("\n") and not tail:
        out = out[:-1]
    check = parse_glossary_text(out, path)
    if sorted(e.id for e in check) != sorted(ids):
        raise NamecheckError(InputError(path, "could not sort the entries without changing them"))
    return out


def sort_file(path: str) -> bool:
    """Sort one glossary file in place (atomic write, only over the bytes that were read);
    True when it changed."""
    from checker.fix import read_snapshot, write_atomic

    def read(name: str) -> bytes:
        with open(name, "rb") as f:
            return f.read()

    data, snapshot = read_snapshot(path, read)
    new = sorted_text(_decode(data, path), path)
    if new is None:
        return False
    write_atomic(path, new.encode("utf-8"), expect=snapshot)
    return True
