"""Reading a file's bytes into a Document: decode, pick the format, scan, find suppressions."""
from __future__ import annotations

import os
from collections.abc import Callable

from checker.findings import InputError, NamecheckError
from checker.formats.document import Document
from checker.formats.encoding import decode
from checker.formats.html import scan_html
from checker.formats.lines import line_starts
from checker.formats.markdown import scan_markdown
from checker.formats.plain import scan_plain
from checker.formats.po import scan_po
from checker.formats.scan import Scan
from checker.formats.suppress import CodedRange, coded_ranges, find_directives, suppressed_ranges
from checker.formats.xliff import scan_xliff

SCANNERS: dict[str, Callable[[str], Scan]] = {
    "plain": scan_plain,
    "markdown": scan_markdown,
    "html": scan_html,
    "po": scan_po,
    "xliff": scan_xliff,
}
FORMATS = tuple(SCANNERS)
_EXTENSIONS = {".md": "markdown", ".markdown": "markdown",
               ".html": "html", ".htm": "html", ".xhtml": "html",
               ".po": "po", ".pot": "po", ".xlf": "xliff", ".xliff": "xliff"}
# plain text is read from any file named for it, but a folder walk takes only these
_PLAIN_EXTENSIONS = (".txt", ".text")


def document_extensions() -> tuple[str, ...]:
    """The file extensions a folder walk checks by default (lower case, with the dot): every
    format's; never YAML, JSON, TOML or source code, which only `include` can add."""
    return tuple(sorted({*_EXTENSIONS, *_PLAIN_EXTENSIONS}))


def is_document(path: str) -> bool:
    """Whether `path`'s extension (any case) names a document format."""
    ext = os.path.splitext(path)[1].lower()
    return ext in _EXTENSIONS or ext in _PLAIN_EXTENSIONS


def detect_format(path: str) -> str:
    """The format implied by the file extension (case-insensitive); 'plain' when unknown."""
    return _EXTENSIONS.get(os.path.splitext(path)[1].lower(), "plain")


def read_document(data: bytes, path: str, encoding: str | None = None,
                  format: str | None = None) -> Document:
    """Decode `data` and find its prose and suppressed ranges; raises NamecheckError on bad input."""
    fmt = format or detect_format(path)
    if fmt not in SCANNERS:
        raise NamecheckError(InputError(
            path, f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}"))
    decoded = decode(data, path, encoding)
    text = decoded.text
    scan = SCANNERS[fmt](text)
    starts = line_starts(text)
    directives = find_directives(text, scan.comments)
    suppressed = suppressed_ranges(len(text), starts, directives)
    coded = coded_ranges(len(text), starts, directives)
    if scan.coded:
        coded = sorted(coded + [CodedRange(*entry) for entry in scan.coded],
                       key=lambda r: (r.start, r.end))
    return Document(path=path, text=text, encoding=decoded.encoding, bom=decoded.bom, format=fmt,
                    segments=scan.segments, suppressed=suppressed, line_starts=starts,
                    language=scan.language, units=scan.units,
                    source_language=scan.source_language, suppressed_codes=coded)
