"""XML read with expat for the translation formats (XLIFF, TMX): the file must be well-formed,
may not declare entities or reach for external ones (what defusedxml refuses), and each piece
of markup is placed in the decoded text by code-point offsets, so findings and fixes point at
the characters the file holds. Parsing is linear in the file's size."""
from __future__ import annotations

import re
from xml.parsers import expat

# a start tag from its '<' (XML allows no '<' inside, not even quoted)
_START_TAG = re.compile(r"<[^\s/>]++(?:[^<>\"']++|\"[^<\"]*+\"|'[^<']*+')*+>")
# the encoding an XML declaration names, read from the file's first bytes (ASCII-compatible)
_DECLARED = re.compile(rb"""\A(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")


class XMLError(Exception):
    """Malformed or refused XML; `offset` is the code-point offset where expat stopped."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.message, self.offset = message, offset


# One piece of the file: (kind, start, end, name, attributes). `kind` is 'start', 'end', 'text'
# or 'comment'; [start, end) is the markup (or the text, a CDATA section's content) in the
# text; `name` is an element's local name (lowercase), `attributes` a start tag's attributes
# by their names as written. Plain tuples: a large file has hundreds of thousands.
Event = tuple[str, int, int, str, dict[str, str]]
_NONE: dict[str, str] = {}


def declared_encoding(data: bytes) -> str | None:
    """The encoding an XML declaration at the start of `data` names, if any."""
    found = _DECLARED.match(data[:1024])
    return found.group(1).decode("ascii") if found else None


def local_name(name: str) -> str:
    """An element's name without its namespace prefix, lowercase."""
    return name.rsplit(":", 1)[-1].lower()


def xml_events(text: str) -> list[Event]:
    """The elements, text and comments of `text` in document order; raises XMLError when the
    text is not well-formed XML or declares entities."""
    return _Events(text).run()


class _Events:
    def __init__(self, text: str) -> None:
        self.text = text
        self.data = text.encode("utf-8", "surrogatepass")
        self.ascii = text.isascii()
        self.byte_at = self.char_at = 0     # the last byte offset turned into a code point offset
        self.events: list[Event] = []
        self.last = 0                       # where the last markup ended
        self.empty: list[bool] = []         # for each open element, whether it is written <x/>
        self.parser = expat.ParserCreate(encoding="UTF-8")   # the text is decoded already

    def offset(self, byte: int) -> int:
        """The code-point offset of a byte offset at or after the last one asked for."""
        if self.ascii:
            return byte
        if byte < self.byte_at:
            return len(self.data[:byte].decode("utf-8", "surrogatepass"))
        self.char_at += len(self.data[self.byte_at:byte].decode("utf-8", "surrogatepass"))
        self.byte_at = byte
        return self.char_at

    def here(self) -> int:
        return self.offset(self.parser.CurrentByteIndex)

    def markup(self, start: int, end: int) -> None:
        if start > self.last:
            self.events.append(("text", self.last, start, "", _NONE))
        self.last = max(self.last, end)

    def run(self) -> list[Event]:
        p = self.parser
        p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        p.StartElementHandler = self.on_start
        p.EndElementHandler = self.on_end
        p.CommentHandler = self.on_comment
        p.StartCdataSectionHandler = self.on_cdata_start
        p.EndCdataSectionHandler = self.on_cdata_end
        p.ProcessingInstructionHandler = self.on_instruction
        p.EntityDeclHandler = self.refuse_entity
        p.UnparsedEntityDeclHandler = self.refuse_entity
        p.ExternalEntityRefHandler = self.refuse_external
        try:
            p.Parse(self.data, True)
        except expat.ExpatError as exc:
            raise XMLError(f"not well-formed XML: {expat.ErrorString(exc.code)}",
                           self.offset_anywhere(p.ErrorByteIndex)) from None
        return self.events

    def offset_anywhere(self, byte: int) -> int:
        return len(self.data[:max(byte, 0)].decode("utf-8", "surrogatepass"))

    def on_start(self, name: str, attributes: dict[str, str]) -> None:
        start = self.here()
        tag = _START_TAG.match(self.text, start)
        end = tag.end() if tag else self.text.index(">", start) + 1
        empty = self.text[end - 2] == "/"
        self.empty.append(empty)
        self.markup(start, end)
        self.events.append(("start", start, end, local_name(name), attributes))
        if empty:
            self.events.append(("end", end, end, local_name(name), _NONE))

    def on_end(self, name: str) -> None:
        if self.empty.pop():
            return
        start = self.here()
        end = self.text.index(">", start) + 1
        self.markup(start, end)
        self.events.append(("end", start, end, local_name(name), _NONE))

    def on_comment(self, _data: str) -> None:
        start = self.here()
        end = self.text.index("-->", start) + 3
        self.markup(start, end)
        self.events.append(("comment", start, end, "", _NONE))

    def on_instruction(self, _target: str, _data: str) -> None:
        start = self.here()
        self.markup(start, self.text.index("?>", start) + 2)

    def on_cdata_start(self) -> None:
        start = self.here()
        self.markup(start, start + len("<![CDATA["))

    def on_cdata_end(self) -> None:
        start = self.here()
        self.markup(start, start + len("]]>"))

    def refuse_entity(self, *_args: object) -> None:
        raise XMLError("an entity declaration (refused: entities can expand without bound)",
                       self.here())

    def refuse_external(self, *_args: object) -> int:
        raise XMLError("a reference to an external entity (refused)", self.here())
