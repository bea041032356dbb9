"""Gettext PO files: the translations (msgstr) are prose; source text, context, the header
and comments are not. The header's Language tells the translations' language."""
from __future__ import annotations

import re

from checker.formats.ranges import Range, normalize, subtract
from checker.formats.scan import Scan
from checker.formats.suppress import DIRECTIVE, directive_codes
from checker.text.language import language_code

_KEYWORD = re.compile(r"[ \t]*+(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]*+\"")
_CONTINUATION = re.compile(r"[ \t]*+\"")
_ESCAPE = re.compile(r"\\.")
_LANGUAGE = re.compile(r"(?:^|\\n)Language:[ \t]*+([A-Za-z]{2,3})(?![A-Za-z])")


def _string(text: str, quote: int, end: int) -> Range:
    """The inside of the quoted string that opens at `quote` on a line ending at `end`."""
    close = text.rfind('"', quote + 1, end)
    return (quote + 1, close if close > quote else end)


def _add(keyword: str, part: Range, msgid: list[Range], msgstr: list[Range]) -> None:
    if keyword.startswith("msgstr"):
        msgstr.append(part)
    elif keyword != "msgctxt":
        msgid.append(part)


def scan_po(text: str) -> Scan:
    """Segments inside the msgstr strings of every entry but the header; '#' lines are comments.

    A `namecheck: ignore` (or `ignore-next-line`) among an entry's comments leaves out the
    whole entry: its translation may span many lines below the comment.
    """
    segments: list[Range] = []
    comments: list[Range] = []
    units: list[tuple[list[Range], list[Range]]] = []
    language = None
    keyword = None
    ignored = False
    codes: frozenset[str] = frozenset()   # an entry's `ignore[NC001,...]`: only these codes
    coded: list[tuple[int, int, frozenset[str]]] = []
    msgid: list[Range] = []
    msgstr: list[Range] = []

    def close_entry() -> None:
        nonlocal language, ignored, keyword, codes
        was_ignored, ignored, keyword = ignored, False, None
        entry_codes, codes = codes, frozenset()
        if not msgstr:
            return
        if all(s == e for s, e in msgid):   # the header: its Language, never its names
            found = _LANGUAGE.search("".join(text[s:e] for s, e in msgstr))
            if found and language is None:
                language = language_code(found.group(1))
        elif not was_ignored:
            if entry_codes:
                spans = msgid + msgstr   # the whole entry: NC006 may point at its source
                coded.append((min(s for s, _ in spans), max(e for _, e in spans), entry_codes))
            segments.extend(msgstr)
            units.append((list(msgid), list(msgstr)))

    pos, n = 0, len(text)
    while pos < n:
        end = text.find("\n", pos)
        end = n if end == -1 else end
        line_end = end - 1 if end > pos and text[end - 1] == "\r" else end
        stripped = text[pos:line_end].lstrip()
        if stripped.startswith("#"):
            if keyword and keyword.startswith("msgstr"):   # the next entry's comments
                close_entry()
                msgid, msgstr = [], []
            comments.append((pos, line_end))
            directive = DIRECTIVE.search(text, pos, line_end)
            if directive and directive.group(1).lower().startswith("ignore"):
                named = directive_codes(directive)
                if named is None:
                    ignored = True
                else:
                    codes |= named
        elif m := _KEYWORD.match(text, pos, line_end):
            word = m.group(1)
            if word in ("msgctxt", "msgid") and keyword and keyword.startswith("msgstr"):
                close_entry()
                msgid, msgstr = [], []
            keyword = word
            _add(keyword, _string(text, m.end() - 1, line_end), msgid, msgstr)
        elif (m := _CONTINUATION.match(text, pos, line_end)) and keyword:
            _add(keyword, _string(text, m.end() - 1, line_end), msgid, msgstr)
        pos = end + 1
    close_entry()
    # a translation of escapes alone (msgstr "\n") holds no text: no unit to compare
    pairs = [(_unescaped(text, src), _unescaped(text, tgt)) for src, tgt in units]
    return Scan(segments=_unescaped(text, segments), comments=comments, language=language,
                units=[(src, tgt) for src, tgt in pairs if tgt], coded=coded)


def _unescaped(text: str, ranges: list[Range]) -> list[Range]:
    """The ranges less their escape sequences (\\n must not glue an 'n' to the next word)."""
    ranges = normalize(ranges)
    holes = [m.span() for s, e in ranges for m in _ESCAPE.finditer(text, s, e)]
    return subtract(ranges, normalize(holes)) if holes else ranges
