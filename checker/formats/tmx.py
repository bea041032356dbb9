"""TMX (1.4, and 1.1 with `lang`) translation memories, read with an XML parser: each
translation unit (<tu>) pairs the variant (<tuv>) in the header's source language (`srclang`;
the first variant when it is `*all*` or none matches) with the variants in the target
language, the language most variants other than the source are in. The text of the target
variants' <seg> elements is prose, less inline codes (<bpt>, <ept>, <it>, <ph>, <ut>);
attributes, <prop> and <note> metadata are never read, so a fix writes only target text. XML
comments hold directives; `namecheck: ignore` in a unit leaves out the rest of the unit."""
from __future__ import annotations

import re
from collections import Counter

from checker.formats.markup import cut_entities
from checker.formats.ranges import Range, normalize
from checker.formats.scan import Scan
from checker.formats.suppress import DIRECTIVE
from checker.formats.xml import xml_events
from checker.text.language import language_code

_CODES = frozenset({"bpt", "ept", "it", "ph", "ut"})   # native codes, not text
_ROOT = re.compile(r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?<tmx[\s>]",
                   re.DOTALL)


def looks_like_tmx(head: str) -> bool:
    """Whether text starting with `head` is a TMX file (its root element is <tmx>)."""
    return _ROOT.match(head) is not None


def scan_tmx(text: str) -> Scan:
    """Segments for the target variants' text; a unit for each <tu> with a source and a
    target. Raises formats.xml.XMLError when the file is not well-formed XML."""
    source_language: str | None = None
    comments: list[Range] = []
    # each unit: its source language (its own srclang, else the header's) and its variants as
    # (language or None, ranges of its <seg> text)
    tus: list[tuple[str | None, list[tuple[str | None, list[Range]]]]] = []
    tu_source: str | None = None
    variants: list[tuple[str | None, list[Range]]] = []
    ranges: list[Range] = []
    lang: str | None = None
    in_seg = in_code = 0
    in_tu = ignoring = False
    for kind, start, end, name, attributes in xml_events(text):
        if kind == "text":
            if in_seg and not in_code and not ignoring:
                ranges.append((start, end))
        elif kind == "comment":
            comments.append((start, end))
            directive = DIRECTIVE.search(text, start, end)
            if in_tu and directive and directive.group(1).lower().startswith("ignore"):
                ignoring = True
        elif kind == "start":
            if name == "header":
                found = attributes.get("srclang")
                source_language = None if not found or found == "*all*" else language_code(found)
            elif name == "tu":
                in_tu, ignoring, variants = True, False, []
                found = attributes.get("srclang")
                tu_source = language_code(found) if found and found != "*all*" else source_language
            elif name == "tuv":
                found = attributes.get("xml:lang") or attributes.get("lang")
                lang, ranges = language_code(found) if found else None, []
            elif name == "seg":
                in_seg += 1
            elif name in _CODES and in_seg:
                in_code += 1
        elif name == "tu":
            tus.append((tu_source, variants))
            in_tu = ignoring = False
        elif name == "tuv":
            variants.append((lang, cut_entities(text, normalize(ranges))))
        elif name == "seg":
            in_seg = max(in_seg - 1, 0)
        elif name in _CODES and in_seg:
            in_code = max(in_code - 1, 0)
    target_language = _target_language(tus)
    segments: list[Range] = []
    units: list[tuple[list[Range], list[Range]]] = []
    sources = Counter(tu_source for tu_source, _ in tus if tu_source)
    for tu_source, tu in tus:
        source = next((r for lang_, r in tu if lang_ == tu_source), None)
        if source is None and tu:
            source = tu[0][1]
        targets = [r for lang_, r in tu if lang_ == target_language and r is not source]
        for target in targets:
            segments.extend(target)
            if source is not None and any(text[s:e].strip() for s, e in target):
                units.append((source, target))
    return Scan(segments=normalize(segments), comments=comments, language=target_language,
                units=units,
                source_language=sources.most_common(1)[0][0] if sources else source_language)


def _target_language(tus: list[tuple[str | None, list[tuple[str | None, list[Range]]]]]
                     ) -> str | None:
    """The language most variants other than their unit's source are in."""
    counts = Counter(lang for source, tu in tus for i, (lang, _) in enumerate(tu)
                     if lang != source and not (source is None and i == 0))
    return counts.most_common(1)[0][0] if counts else None
