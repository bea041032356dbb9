"""HTML syntax shared by the HTML and Markdown readers: entities, attributes, closing tags."""
from __future__ import annotations

import re
from collections.abc import Callable

from checker.formats.ranges import Range, subtract

# Named references need the ';' (so "AT&T" stays text); numeric ones may omit it, as browsers allow.
ENTITY = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,7};?|[A-Za-z][A-Za-z0-9]{1,31};)")

# One attribute inside a start tag: name, then an optional value (double-, single- or unquoted).
_ATTRIBUTE = re.compile(
    r"""([^\s"'>/=][^\s"'>/=]*+)"""
    r"""(?:[ \t\n\r\f]*+=[ \t\n\r\f]*+(?:"([^"]*+)"?|'([^']*+)'?|([^\s>]++)))?""")

TEXT_ATTRIBUTES = frozenset({"alt", "title"})

_closers: dict[str, re.Pattern[str]] = {}


def comment_end(text: str, lt: int) -> int | None:
    """Where the `<!-- ... -->` comment opening at `lt` ends (the end of the text when it is
    never closed), or None when no comment opens there."""
    if not text.startswith("<!--", lt):
        return None
    close = text.find("-->", lt + 2)   # '<!-->' is an empty comment to browsers
    return len(text) if close == -1 else close + 3


def walk_markup(text: str, on_text: Callable[[int, int], None],
                on_comment: Callable[[int, int], None], on_tag: Callable[[int], int]) -> None:
    """Walk HTML or XML: `on_text(start, end)` for the character data between markup,
    `on_comment(start, end)` for each comment, `on_tag(lt)` for any other '<', which returns
    the offset to go on from."""
    pos, n = 0, len(text)
    while pos < n:
        lt = text.find("<", pos)
        if lt == -1:
            lt = n
        if lt > pos:
            on_text(pos, lt)
        if lt == n:
            break
        end = comment_end(text, lt)
        if end is not None:
            on_comment(lt, end)
            pos = end
        else:
            pos = on_tag(lt)


def cut_entities(text: str, segments: list[Range]) -> list[Range]:
    """Remove character references such as &nbsp; from the (normalized) segments: their
    letters are not prose.

    Only the segments are searched, never the whole text: a translation file cuts each
    unit's ranges apart, and a search of the whole text for each unit grows with the square
    of the units.
    """
    holes = [m.span() for start, end in segments if text.find("&", start, end) >= 0
             for m in ENTITY.finditer(text, start, end)]
    return subtract(segments, holes) if holes else segments


def text_attribute_values(text: str, start: int, end: int) -> list[Range]:
    """Ranges of the values of alt= and title= attributes in the tag text[start:end] (after the tag name)."""
    out: list[Range] = []
    for m in _ATTRIBUTE.finditer(text, start, end):
        if m.group(1).lower() in TEXT_ATTRIBUTES:
            for group in (2, 3, 4):
                if m.group(group) is not None:
                    out.append(m.span(group))
                    break
    return out


def closing_tag(name: str) -> re.Pattern[str]:
    """A case-insensitive pattern for `</name ...>` (the '>' optional at end of text)."""
    pattern = _closers.get(name)
    if pattern is None:
        pattern = re.compile(rf"</{re.escape(name)}(?=[\s/>]|\Z)[^>]*+>?", re.IGNORECASE)
        _closers[name] = pattern
    return pattern
