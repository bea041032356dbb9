"""XLIFF (1.2 and 2.x, with Trados .sdlxliff and memoQ .mqxliff) translation files, read with
an XML parser: the text of <target> elements is prose, less inline codes (<ph>, <bpt>, <ept>,
<it>), translation-memory proposals (<alt-trans>, <mtc:matches>), text marked
translate="no" (on a file, group, unit or <mrk>; 1.2's <mrk mtype="protected">) and character
references; XML comments hold directives. The file's target language (target-language,
trgLang) tells the translations' language."""
from __future__ import annotations

import re

from checker.formats.markup import cut_entities
from checker.formats.ranges import Range, normalize
from checker.formats.scan import Scan
from checker.formats.suppress import DIRECTIVE, directive_codes
from checker.formats.xml import xml_events
from checker.text.language import language_code

_CODES = frozenset({"ph", "bpt", "ept", "it", "sc", "ec", "sub"})   # native codes, not text
_UNITS = frozenset({"trans-unit", "unit"})
_ALTERNATIVES = frozenset({"alt-trans", "matches"})   # translation-memory proposals, not the translation
_SOURCES = frozenset({"source", "seg-source"})
# an XLIFF file by its content, whatever its name: the root element after the declaration
_ROOT = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:\w+:)?xliff[\s>]", re.DOTALL)


def looks_like_xliff(head: str) -> bool:
    """Whether text starting with `head` is an XLIFF file (its root element is <xliff>)."""
    return _ROOT.match(head) is not None


def scan_xliff(text: str) -> Scan:
    """Segments for the text inside <target> elements; comments for suppression directives.
    Raises formats.xml.XMLError when the file is not well-formed XML.

    A comment with `namecheck: ignore` (or `ignore-next-line`) before a unit leaves out that
    whole unit; inside a unit, the rest of it.
    """
    walk = _Walk(text)
    on_text, on_comment, on_start, on_end = walk.on_text, walk.on_comment, walk.on_start, walk.on_end
    for kind, start, end, name, attributes in xml_events(text):
        if kind == "text":
            on_text(start, end)
        elif kind == "start":
            on_start(name, attributes)
        elif kind == "end":
            on_end(name)
        else:
            on_comment(start, end)
    return Scan(segments=normalize(walk.segments), comments=walk.comments,
                language=walk.language, units=walk.units, source_language=walk.source_language,
                coded=walk.coded)


class _Walk:
    """What the walk through an XLIFF file has seen so far."""

    def __init__(self, text: str):
        self.text = text
        self.segments: list[Range] = []
        self.comments: list[Range] = []
        self.units: list[tuple[list[Range], list[Range]]] = []
        self.source: list[Range] = []
        self.target: list[Range] = []
        self.language: str | None = None
        self.source_language: str | None = None
        self.in_target = self.in_source = 0
        self.in_code = self.in_alternatives = 0
        self.ignore_next = self.ignoring = self.in_unit = False
        self.translate: list[bool] = [True]   # per open element: is its text to be translated
        # `ignore[NC001,...]`: only these codes, for this unit or the next
        self.codes: frozenset[str] = frozenset()
        self.codes_next: frozenset[str] = frozenset()
        self.coded: list[tuple[int, int, frozenset[str]]] = []

    def on_text(self, start: int, end: int) -> None:
        if (self.in_target or self.in_source) and self.translate[-1] and not (
                self.in_code or self.in_alternatives or self.ignoring):
            (self.target if self.in_target else self.source).append((start, end))

    def on_comment(self, start: int, end: int) -> None:
        self.comments.append((start, end))
        directive = DIRECTIVE.search(self.text, start, end)
        if directive and directive.group(1).lower().startswith("ignore"):
            named = directive_codes(directive)
            if named is not None:
                if self.in_unit:
                    self.codes |= named
                else:
                    self.codes_next |= named
            elif self.in_unit:
                self.ignoring = True     # inside a unit: the rest of this unit
            else:
                self.ignore_next = True

    def on_start(self, name: str, attributes: dict[str, str]) -> None:
        translate = attributes.get("translate", "").lower()
        protected = name == "mrk" and attributes.get("mtype", "").lower() == "protected"
        self.translate.append(self.translate[-1] and translate != "no" and not protected)
        if name in ("file", "xliff"):
            target = attributes.get("target-language") or attributes.get("trgLang")
            source = attributes.get("source-language") or attributes.get("srcLang")
            if target and self.language is None:
                self.language = language_code(target)
            if source and self.source_language is None:
                self.source_language = language_code(source)
        if name in _UNITS:
            self.close_unit()
            self.in_unit = True
            self.ignoring, self.ignore_next = self.ignore_next, False
            self.codes, self.codes_next = self.codes_next, frozenset()
        elif name in _ALTERNATIVES:
            self.in_alternatives += 1
        elif name == "target":
            self.in_target += 1
        elif name in _SOURCES:
            self.in_source += 1
        elif name in _CODES and (self.in_target or self.in_source):
            self.in_code += 1

    def on_end(self, name: str) -> None:
        self.translate.pop()
        if name in _UNITS:
            self.close_unit()
            self.in_unit = self.ignoring = False
            self.codes = frozenset()
        elif name in _ALTERNATIVES:
            self.in_alternatives = max(self.in_alternatives - 1, 0)
        elif name == "target":
            self.in_target = max(self.in_target - 1, 0)
        elif name in _SOURCES:
            self.in_source = max(self.in_source - 1, 0)
        elif name in _CODES and (self.in_target or self.in_source):
            self.in_code = max(self.in_code - 1, 0)

    def close_unit(self) -> None:
        target = cut_entities(self.text, normalize(self.target))
        if self.codes and target:   # the whole unit: NC006 may point at its source
            spans = self.source + target
            self.coded.append((min(s for s, _ in spans), max(e for _, e in spans), self.codes))
        self.segments.extend(target)
        if any(self.text[s:e].strip() for s, e in target):
            self.units.append((cut_entities(self.text, normalize(self.source)), target))
        self.source, self.target = [], []
