"""Reading a file's bytes into a Document: decode, pick the format, scan, find suppressions."""
from __future__ import annotations

import os
from bisect import bisect_right
from collections.abc import Callable
from importlib import import_module

from checker.findings import InputError, NamecheckError
from checker.formats.document import Document
from checker.formats.encoding import decode
from checker.formats.lines import line_starts
from checker.formats.scan import Scan
from checker.formats.suppress import CodedRange, coded_ranges, find_directives, suppressed_ranges

# each format's scanner, imported when a document of that format is read: a run over plain
# text does without the markup readers
SCANNERS: dict[str, tuple[str, str]] = {
    "plain": ("checker.formats.plain", "scan_plain"),
    "markdown": ("checker.formats.markdown", "scan_markdown"),
    "html": ("checker.formats.html", "scan_html"),
    "po": ("checker.formats.po", "scan_po"),
    "xliff": ("checker.formats.xliff", "scan_xliff"),
    "tmx": ("checker.formats.tmx", "scan_tmx"),
    "table": ("checker.formats.table", "scan_table"),
}
FORMATS = tuple(SCANNERS)
_EXTENSIONS = {".md": "markdown", ".markdown": "markdown",
               ".html": "html", ".htm": "html", ".xhtml": "html",
               ".po": "po", ".pot": "po", ".xlf": "xliff", ".xliff": "xliff",
               ".sdlxliff": "xliff", ".mqxliff": "xliff", ".mxliff": "xliff", ".txlf": "xliff",
               ".tmx": "tmx", ".csv": "table", ".tsv": "table", ".tab": "table"}
_XML_FORMATS = frozenset({"xliff", "tmx"})
_SNIFFED = 1024    # the bytes that tell an XML file's root element
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


def detect_format(path: str, data: bytes | None = None) -> str:
    """The format implied by the file extension (case-insensitive), or for an unknown
    extension or `.xml`, by the root element of `data` (an XLIFF or TMX file by any name);
    'plain' when neither tells."""
    ext = os.path.splitext(path)[1].lower()
    fmt = _EXTENSIONS.get(ext)
    if fmt is None and data is not None and b"<" in data[:_SNIFFED]:   # else no XML
        from checker.formats.tmx import looks_like_tmx
        from checker.formats.xliff import looks_like_xliff

        head = data[:_SNIFFED].decode("utf-8", "replace")
        if looks_like_xliff(head):
            return "xliff"
        if looks_like_tmx(head):
            return "tmx"
    return fmt or "plain"


def read_document(data: bytes, path: str, encoding: str | None = None,
                  format: str | None = None) -> Document:
    """Decode `data` and find its prose and suppressed ranges; raises NamecheckError on bad input."""
    fmt = format or detect_format(path)
    if fmt not in SCANNERS:
        raise NamecheckError(InputError(
            path, f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}"))
    if encoding is None and fmt in _XML_FORMATS:
        from checker.formats.xml import declared_encoding
        encoding = declared_encoding(data)   # a BOM still wins
    elif encoding is None and fmt == "po":
        from checker.formats.po import declared_charset
        encoding = declared_charset(data)
    decoded = decode(data, path, encoding)
    text = decoded.text
    scan = _scan(fmt, text, path)
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
                    source_language=scan.source_language, suppressed_codes=coded,
                    joins=scan.joins)


def scanner(fmt: str) -> Callable[[str], Scan]:
    """The scanner of format `fmt` (one of FORMATS)."""
    module, name = SCANNERS[fmt]
    scan: Callable[[str], Scan] = getattr(import_module(module), name)
    return scan


def _scan(fmt: str, text: str, path: str) -> Scan:
    """`text` scanned as `fmt`; an XML format's error is the document's input error."""
    if fmt not in _XML_FORMATS:
        return scanner(fmt)(text)
    from checker.formats.xml import XMLError
    try:
        return scanner(fmt)(text)
    except XMLError as exc:
        starts = line_starts(text)
        line = bisect_right(starts, exc.offset)
        raise NamecheckError(InputError(path, exc.message, line=line,
                                        column=exc.offset - starts[line - 1] + 1)) from None
