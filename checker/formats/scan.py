"""The result of scanning a document for the text to check."""
from __future__ import annotations

from dataclasses import dataclass

from checker.formats.ranges import Range


@dataclass
class Scan:
    """Prose ranges to check, and where suppression directives may be written.

    `comments` lists the spans of the format's comments; None means a directive
    counts anywhere in the text (plain text). `language` is the language the format declares
    for its text (a translation file's target language), if any.
    """

    segments: list[Range]
    comments: list[Range] | None
    language: str | None = None
