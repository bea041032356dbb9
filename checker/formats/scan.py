"""The result of scanning a document for the text to check."""
from __future__ import annotations

from dataclasses import dataclass, field

from checker.formats.ranges import Range


@dataclass
class Scan:
    """Prose ranges to check, and where suppression directives may be written.

    `comments` lists the spans of the format's comments; None means a directive
    counts anywhere in the text (plain text). `language` is the language the format declares
    for its text (a translation file's target language), if any; `units` pairs the source and
    target ranges of a translation file's units, and `source_language` is its source language.
    """

    segments: list[Range]
    comments: list[Range] | None
    language: str | None = None
    # a translation file's units: (source ranges, target ranges), translated units only
    units: list[tuple[list[Range], list[Range]]] = field(default_factory=list)
    source_language: str | None = None
    # translation entries whose comments silence some codes only: (start, end, codes)
    coded: list[tuple[int, int, frozenset[str]]] = field(default_factory=list)
