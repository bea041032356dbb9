"""XLIFF (1.2 and 2.x) translation files: the text of <target> elements is prose, less inline
codes (<ph>, <bpt>, <ept>, <it>), translation-memory proposals (<alt-trans>, <mtc:matches>)
and character references; XML comments hold directives. The
file's target language (target-language, trgLang) tells the translations' language."""
from __future__ import annotations

import re

from checker.formats.markup import cut_entities, walk_markup
from checker.formats.ranges import Range, normalize
from checker.formats.scan import Scan
from checker.formats.suppress import DIRECTIVE, directive_codes
from checker.text.language import language_code

# no '<' inside a tag (XML allows none, not even quoted): a tag left open fails at the next
# one, rather than each of many tags left open trying the rest of the file
_TAG = re.compile(r"<(/?)([A-Za-z_][\w.:-]*+)((?:[^<>\"']++|\"[^<\"]*+\"|'[^<']*+')*+)>")
_TARGET_LANGUAGE = re.compile(r"""\b(?:target-language|trgLang)\s*=\s*["']([^"']+)["']""")
_SOURCE_LANGUAGE = re.compile(r"""\b(?:source-language|srcLang)\s*=\s*["']([^"']+)["']""")
_CODES = frozenset({"ph", "bpt", "ept", "it", "sc", "ec"})   # native codes, not text
_UNITS = frozenset({"trans-unit", "unit"})
_ALTERNATIVES = frozenset({"alt-trans", "matches"})   # translation-memory proposals, not the translation


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1].lower()


def scan_xliff(text: str) -> Scan:
    """Segments for the text inside <target> elements; comments for suppression directives.

    A comment with `namecheck: ignore` (or `ignore-next-line`) before a unit leaves out that
    whole unit; inside a unit, the rest of it.
    """
    walk = _Walk(text)
    walk_markup(text, walk.on_text, walk.on_comment, walk.on_tag)
    walk.close_unit()   # a unit left open at the end of the text
    head = text[:4096]
    found, source_found = _TARGET_LANGUAGE.search(head), _SOURCE_LANGUAGE.search(head)
    return Scan(segments=normalize(walk.segments), comments=walk.comments,
                language=language_code(found.group(1)) if found else None, units=walk.units,
                source_language=language_code(source_found.group(1)) if source_found else None,
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
        self.in_target = self.in_source = False
        self.in_code = self.in_alternatives = 0
        self.ignore_next = self.ignoring = self.in_unit = False
        # `ignore[NC001,...]`: only these codes, for this unit or the next
        self.codes: frozenset[str] = frozenset()
        self.codes_next: frozenset[str] = frozenset()
        self.coded: list[tuple[int, int, frozenset[str]]] = []

    def on_text(self, start: int, end: int) -> None:
        if (self.in_target or self.in_source) and not (self.in_code or self.in_alternatives
                                                       or self.ignoring):
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

    def on_tag(self, lt: int) -> int:
        text, n = self.text, len(self.text)
        if text.startswith("<![CDATA[", lt):
            close = text.find("]]>", lt + 9)
            self.on_text(lt + 9, n if close == -1 else close)
            return n if close == -1 else close + 3
        tag = _TAG.match(text, lt)
        if not tag:  # a declaration, processing instruction or stray '<'
            close = text.find(">", lt)
            return n if close == -1 else close + 1
        closing, name = bool(tag.group(1)), _local(tag.group(2))
        if tag.group(3).rstrip().endswith("/"):
            return tag.end()    # an empty element: no text inside
        if name in _UNITS:
            self.close_unit()
            self.in_unit = not closing
            self.ignoring, self.ignore_next = self.ignore_next and self.in_unit, False
            self.codes, self.codes_next = (self.codes_next if self.in_unit else frozenset()), frozenset()
        elif name in _ALTERNATIVES:
            self.in_alternatives = max(self.in_alternatives + (-1 if closing else 1), 0)
        elif name == "target":
            self.in_target = not closing
        elif name == "source":
            self.in_source = not closing
        elif name in _CODES and (self.in_target or self.in_source):
            self.in_code = max(self.in_code + (-1 if closing else 1), 0)
        return tag.end()

    def close_unit(self) -> None:
        target = cut_entities(self.text, normalize(self.target))
        if self.codes and target:   # the whole unit: NC006 may point at its source
            spans = self.source + target
            self.coded.append((min(s for s, _ in spans), max(e for _, e in spans), self.codes))
        self.segments.extend(target)
        if any(self.text[s:e].strip() for s, e in target):
            self.units.append((cut_entities(self.text, normalize(self.source)), target))
        self.source, self.target = [], []
