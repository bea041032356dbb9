"""Markdown (CommonMark plus GitHub's autolinks, approximately): find the prose.

Two passes. The block pass walks the lines and yields prose regions (paragraphs,
headings, front-matter values), leaving out fenced and indented code, HTML comment
blocks and raw <pre>/<script>/<style>/<textarea> blocks. The inline pass then cuts
code spans, URLs, link targets, reference labels, HTML tags and comments out of each
region. Every search is linear in what it consumes, so one huge line stays fast.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from checker.formats.frontmatter import scan_front_matter
from checker.formats.lines import content_end, line_index, line_starts, matched
from checker.formats.markup import closing_tag, cut_entities, text_attribute_values
from checker.formats.ranges import Range, normalize
from checker.formats.scan import Scan
from checker.text.language import language_code
from checker.text.patterns import compile_pattern

# --- block structure -------------------------------------------------------------

_BLOCKQUOTE = re.compile(r"(?: {0,3}> ?)*+")
_ONE_QUOTE = re.compile(r" {0,3}> ?")
_INDENT = re.compile(r"[ \t]*+")
_FENCE = re.compile(r"(`{3,}+|~{3,}+)(.*+)")
_THEMATIC_BREAK = re.compile(r"([-*_])(?:[ \t]*+\1){2,}+[ \t]*+$")
_LIST_MARKER = re.compile(r"(?:[-+*]|[0-9]{1,9}[.)])(?=[ \t]|$)")
_HEADING = re.compile(r"#{1,6}(?:[ \t]|$)")
_RAW_BLOCK = re.compile(r"<(script|pre|style|textarea)(?=[\s>]|$)", re.IGNORECASE)
# A line that opens a new block, so it cannot be a lazy continuation of a paragraph.
_BLOCK_START = re.compile(
    r"(?:`{3}|~{3}|#{1,6}(?:[ \t]|$)|(?:[-+*]|[0-9]{1,9}[.)])(?:[ \t]|$)|<!--"
    r"|<(?i:script|pre|style|textarea)(?=[\s>]|$)|(?:_[ \t]*+){3,}+$)")
_REFERENCE_DEFINITION = re.compile(
    r"""\[(?!\^)(?:[^\[\]\\]|\\.){1,999}+\]:[ \t]*+(?:<[^<>]*+>|\S++)"""
    r"""(?:[ \t]++(?:"([^"]*+)"|'([^']*+)'|\(([^()]*+)\)))?[ \t]*+$""")


@dataclass
class _Fence:
    closer: re.Pattern[str]
    quote_depth: int
    indent: int  # content column of the list item the fence belongs to


def _columns(whitespace: str) -> int:
    return len(whitespace.expandtabs(4)) if "\t" in whitespace else len(whitespace)


class _Blocks:
    """The line-by-line pass; collects prose regions and HTML comment blocks."""

    def __init__(self, text: str, starts: list[int]) -> None:
        self.text = text
        self.starts = starts
        self.regions: list[Range] = []
        self.comments: list[Range] = []
        self.fence: _Fence | None = None
        self.paragraph: list[int] | None = None  # [start, end] of the open paragraph
        self.lists: list[int] = []  # content columns of the open list items, innermost last

    def run(self, index: int) -> None:
        while index < len(self.starts):
            index = self._line(index)
        self._close_paragraph()

    def _close_paragraph(self) -> None:
        if self.paragraph is not None:
            self.regions.append((self.paragraph[0], self.paragraph[1]))
            self.paragraph = None

    def _line(self, index: int) -> int:
        text = self.text
        start = self.starts[index]
        end = content_end(text, self.starts, index)
        if self.fence is not None and self._in_fence(self.fence, start, end):
            return index + 1
        quote = matched(_BLOCKQUOTE.match(text, start, end))
        depth = quote.group().count(">")
        whitespace = matched(_INDENT.match(text, quote.end(), end))
        content = whitespace.end()
        indent = _columns(whitespace.group())
        if content == end:
            self._close_paragraph()
            return index + 1
        if self.lists and indent < self.lists[-1]:
            lazy = self.paragraph is not None and not _BLOCK_START.match(text, content, end)
            if not lazy:
                while self.lists and indent < self.lists[-1]:
                    self.lists.pop()
        if indent - (self.lists[-1] if self.lists else 0) >= 4:
            if self.paragraph is not None:
                self.paragraph[1] = end  # indented code cannot interrupt a paragraph
            return index + 1
        return self._block(index, content, end, depth, indent)

    def _in_fence(self, fence: _Fence, start: int, end: int) -> bool:
        """Whether the line belongs to the open fence; closes the fence on its closing line."""
        text = self.text
        pos = start
        for _ in range(fence.quote_depth):  # '>' beyond the fence's own quotes are code
            quote = _ONE_QUOTE.match(text, pos, end)
            if not quote:
                self.fence = None  # the quote holding the fence ended
                return False
            pos = quote.end()
        whitespace = matched(_INDENT.match(text, pos, end))
        content = whitespace.end()
        indent = _columns(whitespace.group())
        if content == end:
            return True
        if indent < fence.indent:
            self.fence = None  # the list item holding the fence ended
            return False
        if indent - fence.indent <= 3 and fence.closer.match(text, content, end):
            self.fence = None
        return True

    def _block(self, index: int, content: int, end: int, depth: int, indent: int) -> int:
        text = self.text
        while True:
            if _THEMATIC_BREAK.match(text, content, end):
                self._close_paragraph()
                return index + 1
            marker = _LIST_MARKER.match(text, content, end)
            if not marker:
                break
            self._close_paragraph()
            gap = matched(_INDENT.match(text, marker.end(), end))
            width = _columns(gap.group())
            if gap.end() == end or width > 4:
                width = 1
            indent += marker.end() - content + width
            self.lists.append(indent)
            content = gap.end()
        if content == end:
            return index + 1

        fence = _FENCE.match(text, content, end)
        if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
            self._close_paragraph()
            run = fence.group(1)
            closer = re.compile(rf"{re.escape(run[0])}{{{len(run)},}}+[ \t]*+$")
            self.fence = _Fence(closer, depth, self.lists[-1] if self.lists else 0)
            return index + 1
        if _HEADING.match(text, content, end):
            self._close_paragraph()
            self.regions.append((content, end))
            return index + 1
        if text.startswith("<!--", content):
            self._close_paragraph()
            close = text.find("-->", content + 2)
            stop = len(text) if close == -1 else close + 3
            self.comments.append((content, stop))
            return self._after_html_block(content, stop)
        raw = _RAW_BLOCK.match(text, content, end)
        if raw:
            self._close_paragraph()
            end_tag = closing_tag(raw.group(1).lower()).search(text, raw.end())
            return self._after_html_block(content, end_tag.end() if end_tag else len(text))
        if self.paragraph is None:
            definition = _REFERENCE_DEFINITION.match(text, content, end)
            if definition:
                title = next((definition.span(g) for g in (1, 2, 3) if definition.group(g)), None)
                if title:
                    self.regions.append(title)
                return index + 1
            self.paragraph = [content, end]
        else:
            self.paragraph[1] = end
        return index + 1

    def _after_html_block(self, start: int, stop: int) -> int:
        """Skip the lines of an HTML block ending at `stop`; text after it on its last line is prose."""
        last = line_index(self.starts, max(stop - 1, start))
        tail_end = content_end(self.text, self.starts, last)
        if stop < tail_end:
            self.regions.append((stop, tail_end))
        return last + 1


# --- inline structure ------------------------------------------------------------

# each branch names itself in a group after its first character, so that a branch starts with
# a literal character and the search can skip to the next one of them
_INLINE_PARTS = {
    "escape": r"\\(?P<escape>[!-/:-@\[-`{-~])",
    "ticks": r"`(?P<ticks>`*+)",
    "html": r"<(?P<html>)",
    "target": r"\](?P<target>\()",
    "label": r"\](?P<label>\[)",
    "url": r"(?P<url>(?<![\w@/.+-])(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)[^\s<>]*+)",
    "mail": r"(?P<mail>(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++)",
}
_WWW = re.compile(r"[Ww][Ww][Ww]\.")


def _inline_pattern(url: bool, mail: bool) -> re.Pattern:
    return compile_pattern("|".join(v for k, v in _INLINE_PARTS.items()
                               if (url or k != "url") and (mail or k != "mail")))


# a region without '://', 'www.' or '@' is searched without the URL and address branches:
# each remaining branch starts with a literal character, which the search skips to quickly
_INLINE = {(url, mail): _inline_pattern(url, mail) for url in (False, True) for mail in (False, True)}
_TICK_RUN = re.compile(r"`++")
_AUTOLINK = re.compile(
    r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}+:[^\s<>]*+"
    r"|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]++@[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)*+)>")
# CommonMark's raw HTML; quoted values may not hold '<' or '>' so a failed try never runs past the next one.
_OPEN_TAG = re.compile(
    r"""<([A-Za-z][A-Za-z0-9-]*+)((?:\s++[A-Za-z_:][A-Za-z0-9_.:-]*+"""
    r"""(?:\s*+=\s*+(?:[^\s"'=<>`]++|'[^'<>]*+'|"[^"<>]*+"))?+)*+)\s*+(/?)>""")
_CLOSE_TAG = re.compile(r"</[A-Za-z][A-Za-z0-9-]*+\s*+>")
_DECLARATION = re.compile(r"<![A-Za-z][^<>]*+>|<\?(?:[^?<>]|\?(?!>))*+\?>")
_DESTINATION = re.compile(r"""
    [ \t]*+(?:(?:\r\n?|\n)[ \t]*+)?
    (?:<(?:[^<>\n\\]|\\.)*+>|(?:[^\s()\\]++|\\.|\((?:[^\s()\\]++|\\.)*+\))*+)
    (?:[ \t\r\n]++(?:"(?P<dq>(?:[^"\\]|\\.)*+)"|'(?P<sq>(?:[^'\\]|\\.)*+)'|\((?P<pq>(?:[^()\\]|\\.)*+)\)))?+
    [ \t\r\n]*+\)""", re.VERBOSE)
_LABEL = re.compile(r"\[(?:[^\[\]\\]|\\.){0,999}+\]")
_URL_TRAILER = "?!.,:*_~'\""
_ENTITY_NAME = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_SKIPPED_ELEMENTS = frozenset({"code", "kbd", "samp", "pre", "script", "style", "textarea"})


def _tick_runs(text: str, start: int, end: int) -> dict[int, list[int]]:
    runs: dict[int, list[int]] = {}
    for m in _TICK_RUN.finditer(text, start, end):
        runs.setdefault(m.end() - m.start(), []).append(m.start())
    return runs


def _url_end(text: str, start: int, end: int) -> int:
    """GitHub's rule: trailing punctuation, unbalanced ')' and a trailing entity are not part of a URL.

    The brackets are counted once and each entity is read backwards from its ';', so a URL
    with a long tail of them is cut in time linear in its length.
    """
    unbalanced = text.count(")", start, end) - text.count("(", start, end)
    while end > start:
        last = text[end - 1]
        if last in _URL_TRAILER:
            end -= 1
        elif last == ")" and unbalanced > 0:
            unbalanced -= 1
            end -= 1
        elif last == ";" and (entity := _entity_before(text, start, end - 1)) is not None:
            end = entity
        else:
            return end
    return end


def _entity_before(text: str, start: int, semicolon: int) -> int | None:
    """Where the entity ending at the ';' at `semicolon` starts ('&' then ASCII letters or
    digits), not before `start`; None when no entity ends there."""
    i = semicolon
    while i > start and text[i - 1] in _ENTITY_NAME:
        i -= 1
    if i in (semicolon, start) or text[i - 1] != "&":
        return None
    return i - 1


class _Inline:
    """The pass over one prose region at a time; collects segments and inline comments."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.segments: list[Range] = []
        self.comments: list[Range] = []

    def region(self, start: int, end: int) -> None:
        text = self.text
        ticks: dict[int, list[int]] | None = None
        unclosed: set[str] = set()  # closers already known to be missing from the rest of the region
        keep = start  # start of the prose not yet emitted
        pos = start
        url = text.find("://", start, end) >= 0 or _WWW.search(text, start, end) is not None
        inline = _INLINE[url, text.find("@", start, end) >= 0]
        while True:
            m = inline.search(text, pos, end)
            if not m:
                break
            kind, at = m.lastgroup, m.start()
            cut: tuple[int, int, list[Range]] | None = None  # excluded span and prose kept inside it
            if kind == "ticks":
                if ticks is None:
                    ticks = _tick_runs(text, start, end)
                length = m.end() - at
                runs = ticks.get(length, [])
                i = bisect_right(runs, at)
                if i < len(runs):
                    cut = (at, runs[i] + length, [])
            elif kind == "html":
                cut = self._html(at, end, unclosed)
            elif kind == "target":
                cut = self._target(at, end)
            elif kind == "label":
                label = _LABEL.match(text, at + 1, end)
                if label:
                    cut = (label.start(), label.end(), [])
            elif kind == "url":
                cut = (at, _url_end(text, at, m.end()), [])
            elif kind == "mail":
                cut = (at, m.end(), [])
            if cut is None:
                pos = m.end() if kind != "html" else at + 1
                continue
            cut_start, cut_end, inside = cut
            if cut_start > keep:
                self.segments.append((keep, cut_start))
            self.segments.extend(inside)
            keep = cut_end
            pos = max(cut_end, m.end())
        if keep < end:
            self.segments.append((keep, end))

    def _html(self, at: int, end: int, unclosed: set[str]) -> tuple[int, int, list[Range]] | None:
        text = self.text
        if text.startswith("<!--", at):
            if "-->" in unclosed:
                return None
            close = text.find("-->", at + 2, end)
            if close == -1:
                unclosed.add("-->")
                return None
            self.comments.append((at, close + 3))
            return at, close + 3, []
        for pattern in (_AUTOLINK, _CLOSE_TAG, _DECLARATION):
            m = pattern.match(text, at, end)
            if m:
                return at, m.end(), []
        tag = _OPEN_TAG.match(text, at, end)
        if not tag:
            return None
        name = tag.group(1).lower()
        stop = tag.end()
        if name in _SKIPPED_ELEMENTS and not tag.group(3) and name not in unclosed:
            end_tag = closing_tag(name).search(text, stop, end)
            if end_tag:
                return at, end_tag.end(), []
            unclosed.add(name)
        return at, stop, text_attribute_values(text, tag.start(2), tag.end(2))

    def _target(self, at: int, end: int) -> tuple[int, int, list[Range]] | None:
        m = _DESTINATION.match(self.text, at + 2, end)
        if not m:
            return None
        title = next((m.span(g) for g in ("dq", "sq", "pq") if m.group(g) is not None), None)
        return at + 1, m.end(), [title] if title else []


# the document's language in its front matter (lang: de, language: pl-PL, locale: be_BY)
_FRONT_LANGUAGE = re.compile(r"""^(?:lang|language|locale)[ \t]*+:[ \t]*+["']?([A-Za-z]{2,3})(?![A-Za-z])""",
                             re.MULTILINE)


def scan_markdown(text: str) -> Scan:
    """Segments for the prose of a Markdown document; comments for suppression directives."""
    starts = line_starts(text)
    front = scan_front_matter(text, starts)
    blocks = _Blocks(text, starts)
    blocks.run(bisect_left(starts, front.end) if front.end else 0)
    inline = _Inline(text)
    for start, end in front.values + blocks.regions:
        inline.region(start, end)
    segments = cut_entities(text, normalize(inline.segments))
    declared = _FRONT_LANGUAGE.search(text, 0, front.end) if front.end else None
    return Scan(segments=segments, comments=sorted(blocks.comments + inline.comments),
                language=language_code(declared.group(1)) if declared else None)
