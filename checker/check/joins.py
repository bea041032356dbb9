"""Names wrapped over a format's syntax (a PO string continued on the next line): the document
is read with that syntax as white space, and a fix across it is written back around it, so
the file keeps its line structure."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from checker.findings import Finding, FixSafety

if TYPE_CHECKING:   # only named in annotations: reading formats is the caller's job
    from checker.formats.document import Document

_SPACE = re.compile(r"\s+")
_NOT_BREAK = re.compile(r"[^\r\n]")


def read_through_joins(doc: Document) -> Document:
    """The document with its joins written as spaces (line breaks kept), offsets unchanged."""
    text, parts, at = doc.text, [], 0
    for start, end in doc.joins:
        parts.append(text[at:start])
        parts.append(_NOT_BREAK.sub(" ", text[start:end]))
        at = end
    parts.append(text[at:])
    return replace(doc, text="".join(parts))


def written_around_joins(doc: Document, read: Document, findings: list[Finding]) -> None:
    """Findings of `read` (the document read through its joins) made true of `doc`: what was
    found is the file's text, and a fix across a join keeps the join between the words it
    separated (Nikolai "\\n"Karpenkov -> Mikalai "\\n"Karpiankou); one that cannot is no fix."""
    for f in findings:
        if read.text[f.start:f.end] == doc.text[f.start:f.end]:
            continue
        f.found = doc.text[f.start:f.end]
        if f.suggestion is not None:
            f.suggestion = _around(doc.text, read.text, f.start, f.end, f.suggestion)
            if f.suggestion is None:
                f.fix_safety = FixSafety.NONE


def _around(text: str, read: str, start: int, end: int, suggestion: str) -> str | None:
    """`suggestion` with each white space it shares with text read[start:end] written as the
    file has it there, or None when the two are not spaced alike."""
    found_spaces = list(_SPACE.finditer(read, start, end))
    suggested_spaces = _SPACE.findall(suggestion)
    if [m.group() for m in found_spaces] != suggested_spaces:
        return None
    words = _SPACE.split(suggestion)
    out = [words[0]]
    for m, word in zip(found_spaces, words[1:], strict=True):
        out.append(text[m.start():m.end()])
        out.append(word)
    return "".join(out)
