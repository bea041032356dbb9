"""YAML front matter at the top of a Markdown file: values are prose, keys are not."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.formats.lines import content_end, matched
from checker.formats.ranges import Range

_OPEN = re.compile(r"---[ \t]*+(?:\r\n?|\n)")
_CLOSE = re.compile(r"(?:---|\.\.\.)[ \t]*+$")
_BLANK_OR_COMMENT = re.compile(r"[ \t]*+(?:#.*+)?$")
# Indentation, list dashes, then a key ending in ':' followed by a space or the end of the line.
# A bare key runs to the first ':' (possessively: given back a blank at a time, a long run of
# blanks was tried again from each of them)
_KEY = re.compile(
    r"""([ \t]*+)(?:-[ \t]++)*+(?:(?:"[^"]*+"|'[^']*+')[ \t]*+|[^\s#:"'\[\]{},|>][^:#]*+)"""
    r""":(?=[ \t]|$)[ \t]*+""")
_DASHES = re.compile(r"[ \t]*+(?:-(?:[ \t]++|$))*+")
_BLOCK_SCALAR = re.compile(r"[|>][+-]?[0-9]?[+-]?[ \t]*+(?:#.*+)?$")
_INDENT = re.compile(r"[ \t]*+")
_COMMENT = re.compile(r"[ \t]#")


@dataclass
class FrontMatter:
    """Where the front matter ends (0 if there is none) and the ranges of its values."""

    end: int = 0
    values: list[Range] = field(default_factory=list)


def scan_front_matter(text: str, starts: list[int]) -> FrontMatter:
    """Find `---` ... `---` (or `...`) at the very start of the text; `starts` are its line starts."""
    if not _OPEN.match(text):
        return FrontMatter()
    for index in range(1, len(starts)):
        start = starts[index]
        stop = content_end(text, starts, index)
        if _CLOSE.match(text, start, stop):
            end = starts[index + 1] if index + 1 < len(starts) else len(text)
            return FrontMatter(end=end, values=_values(text, starts, 1, index))
    return FrontMatter()




def _values(text: str, starts: list[int], first: int, stop: int) -> list[Range]:
    values: list[Range] = []
    block_indent: int | None = None  # indentation of the key that opened a | or > block scalar
    for index in range(first, stop):
        start, end = starts[index], content_end(text, starts, index)
        indent = matched(_INDENT.match(text, start, end)).end() - start
        if block_indent is not None:
            if start + indent == end or indent > block_indent:
                values.append((start + indent, end))
                continue
            block_indent = None
        if _BLANK_OR_COMMENT.match(text, start, end):
            continue
        key = _KEY.match(text, start, end)
        value_start = key.end() if key else matched(_DASHES.match(text, start, end)).end()
        if key and _BLOCK_SCALAR.match(text, value_start, end):
            block_indent = len(key.group(1))
            continue
        values.append((value_start, _value_end(text, value_start, end)))
    return values


def _value_end(text: str, start: int, end: int) -> int:
    if start < end and text[start] in "\"'":
        close = text.find(text[start], start + 1, end)
        return end if close == -1 else close + 1
    comment = _COMMENT.search(text, start, end)
    if comment:
        end = comment.start()
    while end > start and text[end - 1] in " \t":
        end -= 1
    return end
