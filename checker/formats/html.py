"""HTML: text nodes, plus alt/title values, are prose; markup and code-like elements are not."""
from __future__ import annotations

import re

from checker.formats.markup import closing_tag, cut_entities, text_attribute_values, walk_markup
from checker.formats.ranges import Range, normalize
from checker.formats.scan import Scan
from checker.text.language import language_code

# A start tag never fails to match once "<letter" is seen: like browsers, an unclosed
# quote or tag runs to the end of the text. Possessive quantifiers keep this linear.
_START_TAG = re.compile(
    r"""<([A-Za-z][^\s/>]*+)"""
    r"""((?:[^>"'=]++|=[ \t\n\r\f]*+(?:"[^"]*+(?:"|\Z)|'[^']*+(?:'|\Z))?|["'])*+)(?:>|\Z)""")
_END_TAG = re.compile(r"</([A-Za-z][^\s/>]*+)[^>]*+(?:>|\Z)")

# Elements whose content is not prose. script/style/textarea are raw text: tags inside them do not count.
_RAW_SKIPPED = frozenset({"script", "style", "textarea"})
_NESTED_SKIPPED = frozenset({"code", "pre", "kbd", "samp"})
# the page's language: <html lang="de">
_HTML_LANGUAGE = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3})(?![A-Za-z])""",
                            re.IGNORECASE)


def scan_html(text: str) -> Scan:
    """Segments for the text nodes and alt/title values; comments for suppression directives."""
    segments: list[Range] = []
    comments: list[Range] = []
    depth = dict.fromkeys(_NESTED_SKIPPED, 0)
    skipping = 0  # total depth of open code-like elements
    in_head = False
    n = len(text)

    def on_text(start: int, end: int) -> None:
        if not skipping and not in_head:
            segments.append((start, end))

    def on_tag(lt: int) -> int:
        nonlocal skipping, in_head
        end_tag = _END_TAG.match(text, lt)
        if not end_tag and text.startswith(("<!", "<?", "</"), lt):
            close = text.find(">", lt)  # doctype, processing instruction, bogus comment
            return n if close == -1 else close + 1
        if end_tag:
            name = end_tag.group(1).lower()
            if name in depth and depth[name]:
                depth[name] -= 1
                skipping -= 1
            elif name == "head":
                in_head = False
            return end_tag.end()
        start_tag = _START_TAG.match(text, lt)
        if not start_tag:
            on_text(lt, lt + 1)
            return lt + 1
        name = start_tag.group(1).lower()
        pos = start_tag.end()
        if not skipping and not in_head:
            segments.extend(text_attribute_values(text, start_tag.start(2), start_tag.end(2)))
        if name in _RAW_SKIPPED or name == "title":
            closer = closing_tag(name).search(text, pos)
            content_end = closer.start() if closer else n
            if name == "title" and not skipping:
                segments.append((pos, content_end))
            pos = closer.end() if closer else n
        elif name in depth and not start_tag.group(2).rstrip().endswith("/"):
            depth[name] += 1
            skipping += 1
        elif name == "head":
            in_head = True
        elif name == "body":
            in_head = False
        return pos

    walk_markup(text, on_text, lambda s, e: comments.append((s, e)), on_tag)
    declared = _HTML_LANGUAGE.search(text, 0, 4096)
    return Scan(segments=cut_entities(text, normalize(segments)), comments=comments,
                language=language_code(declared.group(1)) if declared else None)
