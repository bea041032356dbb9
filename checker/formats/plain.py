"""Plain text: everything is prose except URLs and e-mail addresses; directives may appear anywhere."""
from __future__ import annotations

import re

from checker.formats.ranges import subtract
from checker.formats.scan import Scan

# a fix must never rewrite a name inside a link or an address; an address starts where a
# token does, so a long token without '@' is not tried again from each of its characters
_URL = re.compile(r"(?<![\w@/.+-])(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)[^\s<>\"]*+"
                  r"|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++")
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


def scan_plain(text: str) -> Scan:
    """The whole text is one segment, less URLs and e-mail addresses."""
    if not text:
        return Scan(segments=[], comments=None)
    holes = [(m.start(), _url_end(m.group(), m.start())) for m in _URL.finditer(text)]
    return Scan(segments=subtract([(0, len(text))], holes), comments=None)
