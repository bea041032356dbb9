"""read_document and format detection."""
import pytest

from checker.findings import NamecheckError
from checker.formats import FORMATS, detect_format, read_document


@pytest.mark.parametrize("path, fmt", [
    ("news/2024-05-12.md", "markdown"), ("README.MARKDOWN", "markdown"), ("a.Md", "markdown"),
    ("site/index.html", "html"), ("old.HTM", "html"), ("page.xhtml", "html"),
    ("notes.txt", "plain"), ("script.py", "plain"), ("Makefile", "plain"), ("-", "plain"),
    ("archive.md.bak", "plain"), (".md", "plain"),
])
def test_detect_format(path, fmt):
    assert detect_format(path) == fmt


def test_formats():
    assert FORMATS == ("plain", "markdown", "html", "po", "xliff", "tmx", "table")


def test_explicit_format_overrides_the_extension():
    data = b"Karpiankou `Karpenkov`"
    plain = read_document(data, "a.md", format="plain")
    markdown = read_document(data, "a.txt", format="markdown")
    assert (plain.format, markdown.format) == ("plain", "markdown")
    assert plain.segments == [(0, len(data))]
    assert markdown.segments == [(0, len("Karpiankou "))]


def test_unknown_format_is_an_input_error():
    with pytest.raises(NamecheckError) as excinfo:
        read_document(b"x", "a.txt", format="rst")
    assert "unknown format 'rst'" in str(excinfo.value)


def test_document_fields_from_stdin():
    doc = read_document("Мінск\r\nKarpiankou".encode(), "-")
    assert (doc.path, doc.format, doc.encoding, doc.bom) == ("-", "plain", "utf-8", b"")
    assert doc.line_starts == [0, 7]
    assert doc.suppressed == []
