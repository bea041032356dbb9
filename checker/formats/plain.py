"""Plain text: everything is prose except URLs and e-mail addresses; directives may appear anywhere."""
from __future__ import annotations

import re

from checker.formats.ranges import subtract
from checker.formats.scan import Scan

# a fix must never rewrite a name inside a link or an address
_URL = re.compile(r"(?<![\w@/.+-])(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)[^\s<>\"]*+"
                  r"|[\w.+-]++@[\w-]++(?:\.[\w-]++)++")


def _url_end(url: str, start: int) -> int:
    """Trailing punctuation and an unbalanced ')' close the sentence, not the URL."""
    while url and (url[-1] in ".,;:!?'*_~" or (url[-1] == ")" and url.count(")") > url.count("("))):
        url = url[:-1]
    return start + len(url)


def scan_plain(text: str) -> Scan:
    """The whole text is one segment, less URLs and e-mail addresses."""
    if not text:
        return Scan(segments=[], comments=None)
    holes = [(m.start(), _url_end(m.group(), m.start())) for m in _URL.finditer(text)]
    return Scan(segments=subtract([(0, len(text))], holes), comments=None)
