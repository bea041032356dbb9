"""Plain text: everything is prose and directives may appear anywhere."""
from __future__ import annotations

from checker.formats.scan import Scan


def scan_plain(text: str) -> Scan:
    """The whole text is one segment."""
    return Scan(segments=[(0, len(text))] if text else [], comments=None)
