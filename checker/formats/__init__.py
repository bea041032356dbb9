"""Input formats: turn a file's bytes into a Document (text, prose segments, suppressions)."""
from checker.formats.document import Document
from checker.formats.encoding import is_binary
from checker.formats.reader import FORMATS, detect_format, document_extensions, is_document, read_document

__all__ = ["FORMATS", "Document", "detect_format", "document_extensions", "is_binary",
           "is_document", "read_document"]
