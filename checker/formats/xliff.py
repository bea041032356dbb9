"""XLIFF (1.2 and 2.x) translation files: the text of <target> elements is prose, less inline
codes (<ph>, <bpt>, <ept>, <it>) and character references; XML comments hold directives. The
file's target language (target-language, trgLang) tells the translations' language."""
from __future__ import annotations

import re

from checker.formats.markup import cut_entities
from checker.formats.po import language_code
from checker.formats.ranges import Range, normalize
from checker.formats.scan import Scan
from checker.formats.suppress import DIRECTIVE

_TAG = re.compile(r"<(/?)([A-Za-z_][\w.:-]*+)((?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+)>")
_TARGET_LANGUAGE = re.compile(r"""\b(?:target-language|trgLang)\s*=\s*["']([^"']+)["']""")
_SOURCE_LANGUAGE = re.compile(r"""\b(?:source-language|srcLang)\s*=\s*["']([^"']+)["']""")
_CODES = frozenset({"ph", "bpt", "ept", "it", "sc", "ec"})   # native codes, not text
_UNITS = frozenset({"trans-unit", "unit"})


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1].lower()


def scan_xliff(text: str) -> Scan:
    """Segments for the text inside <target> elements; comments for suppression directives.

    A comment with `namecheck: ignore` (or `ignore-next-line`) before a unit leaves out that
    whole unit; inside a unit, the rest of it.
    """
    segments: list[Range] = []
    comments: list[Range] = []
    units: list[tuple[list[Range], list[Range]]] = []
    source: list[Range] = []
    target: list[Range] = []
    in_target = in_source = 0
    in_code = 0
    ignore_next = ignoring = in_unit = False
    pos, n = 0, len(text)
    while pos < n:
        lt = text.find("<", pos)
        if lt == -1:
            lt = n
        if (in_target or in_source) and not in_code and not ignoring and lt > pos:
            (target if in_target else source).append((pos, lt))
        if lt == n:
            break
        if text.startswith("<!--", lt):
            close = text.find("-->", lt + 4)
            pos = n if close == -1 else close + 3
            comments.append((lt, pos))
            directive = DIRECTIVE.search(text, lt, pos)
            if directive and directive.group(1).lower().startswith("ignore"):
                if in_unit:
                    ignoring = True     # inside a unit: the rest of this unit
                else:
                    ignore_next = True
            continue
        if text.startswith("<![CDATA[", lt):
            close = text.find("]]>", lt + 9)
            if (in_target or in_source) and not in_code and not ignoring:
                (target if in_target else source).append((lt + 9, n if close == -1 else close))
            pos = n if close == -1 else close + 3
            continue
        tag = _TAG.match(text, lt)
        if not tag:  # a declaration, processing instruction or stray '<'
            close = text.find(">", lt)
            pos = n if close == -1 else close + 1
            continue
        closing, name, rest = tag.group(1), _local(tag.group(2)), tag.group(3)
        empty = rest.rstrip().endswith("/")
        if name in _UNITS:
            if in_unit and (target or source):
                _close_unit(text, source, target, segments, units)
            source, target = [], []
            in_unit = not closing and not empty
            ignoring, ignore_next = (ignore_next and in_unit), False
        elif name == "target" and not empty:
            in_target = 0 if closing else 1
        elif name == "source" and not empty:
            in_source = 0 if closing else 1
        elif name in _CODES and (in_target or in_source) and not empty:
            in_code += -1 if closing else 1
            in_code = max(in_code, 0)
        pos = tag.end()
    if target or source:    # a unit left open at the end of the text
        _close_unit(text, source, target, segments, units)
    head = text[:4096]
    found, source_found = _TARGET_LANGUAGE.search(head), _SOURCE_LANGUAGE.search(head)
    return Scan(segments=normalize(segments), comments=comments,
                language=language_code(found.group(1)) if found else None, units=units,
                source_language=language_code(source_found.group(1)) if source_found else None)


def _close_unit(text: str, source: list[Range], target: list[Range], segments: list[Range],
                units: list[tuple[list[Range], list[Range]]]) -> None:
    target = cut_entities(text, normalize(target))
    segments.extend(target)
    if any(text[s:e].strip() for s, e in target):
        units.append((cut_entities(text, normalize(source)), target))
