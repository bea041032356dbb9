"""Plain text: everything is prose except URLs and e-mail addresses; directives may appear anywhere."""
from __future__ import annotations

import re

from checker.formats.ranges import subtract
from checker.formats.scan import Scan

# a fix must never rewrite a name inside a link or an address; an address starts where a
# token does, so a long token without '@' is not tried again from each of its characters
_URL = re.compile(r"(?<![\w@/.+-])(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)[^\s<>\"]*+"
                  r"|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++")
# _URL has no literal to skip to, so it is run only over the tokens between white space that
# hold one of its markers: every match holds '://', 'www.' or '@' and no white space. The
# marker's pattern starts with a class of four characters, which the search skips to in C.
_MARKER = re.compile(r"[:@Ww](?:(?<=:)//|(?<=@)|(?<=[Ww])[Ww][Ww]\.)")
_SPACE = re.compile(r"\s")
_TRAILER = frozenset(".,;:!?'*_~")


def _url_end(url: str, start: int) -> int:
    """Trailing punctuation and an unbalanced ')' close the sentence, not the URL."""
    end = len(url)
    unbalanced = url.count(")") - url.count("(")   # counted once: a long tail stays linear
    while end:
        last = url[end - 1]
        if last in _TRAILER:
            end -= 1
        elif last == ")" and unbalanced > 0:
            unbalanced -= 1
            end -= 1
        else:
            break
    return start + end


def _urls(text: str) -> list[tuple[int, int]]:
    """The spans of URLs and addresses: _URL searched only in the tokens that hold a marker.

    Each token is searched once and a token's start is looked for no further back than the
    previous token searched, so the whole stays linear in the text's length.
    """
    holes: list[tuple[int, int]] = []
    done = 0   # the text before this has been searched
    pos = 0
    while (marker := _MARKER.search(text, pos)) is not None:
        start = marker.start()
        while start > done and not text[start - 1].isspace():
            start -= 1
        space = _SPACE.search(text, marker.end())
        end = space.start() if space is not None else len(text)
        holes.extend((m.start(), _url_end(m.group(), m.start())) for m in _URL.finditer(text, start, end))
        done = pos = end
    return holes


def scan_plain(text: str) -> Scan:
    """The whole text is one segment, less URLs and e-mail addresses."""
    if not text:
        return Scan(segments=[], comments=None)
    return Scan(segments=subtract([(0, len(text))], _urls(text)), comments=None)
