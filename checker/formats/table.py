"""Bilingual tables (CSV, TSV) as translators' tools export them: a header row names the
columns, `source` and `target` (also `src`/`tgt`, `translation`) or language codes (`en`,
`be`, `ru-RU`; the first such column is the source, the next the target). Each row is a
translation unit: the target cell is prose, the source cell is what NC006 compares it with;
a fix writes inside the target cell only. A table without such a header is data, not a
translation: it holds no prose to check (and nothing a fix may change). Cells follow RFC 4180:
quoted cells may hold the delimiter, doubled quotes and line breaks."""
from __future__ import annotations

import re

from checker.formats.ranges import Range, normalize
from checker.formats.scan import Scan
from checker.text.language import is_language, language_code

_SOURCE_NAMES = frozenset({"source", "src", "source text", "original"})
_TARGET_NAMES = frozenset({"target", "tgt", "target text", "translation"})
# column names that look like language codes but rarely are
_NOT_LANGUAGES = frozenset({"id", "key", "no", "nr", "to", "ok"})
_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
_DELIMITERS = ",;\t"
_ENDS = {d: re.compile(f"[{re.escape(d)}\r\n]") for d in _DELIMITERS}

Cell = tuple[int, int, list[Range]]   # the cell's extent in the text, and its text less quoting


def scan_table(text: str, delimiter: str | None = None) -> Scan:
    """Segments for the target cells of a bilingual table, a unit for each row; none when the
    header names no source and target columns (a table of data)."""
    delimiter = delimiter or _sniff(text)
    rows = _rows(text, delimiter)
    if not rows:
        return Scan(segments=[], comments=[])
    header = [" ".join(text[s:e] for s, e in ranges).strip().lower() for _, _, ranges in rows[0]]
    columns = _columns(header)
    if columns is None:
        return Scan(segments=[], comments=[])
    source_col, target_col, source_language, target_language = columns
    segments: list[Range] = []
    units: list[tuple[list[Range], list[Range]]] = []
    for row in rows[1:]:
        if target_col >= len(row):
            continue
        target = row[target_col][2]
        segments.extend(target)
        if source_col < len(row) and any(text[s:e].strip() for s, e in target):
            units.append((row[source_col][2], target))
    return Scan(segments=normalize(segments), comments=[], language=target_language,
                units=units, source_language=source_language)


def _columns(header: list[str]) -> tuple[int, int, str | None, str | None] | None:
    """(source column, target column, source language, target language) the header names."""
    named = [i for i, name in enumerate(header) if name in _SOURCE_NAMES], \
        [i for i, name in enumerate(header) if name in _TARGET_NAMES]
    if named[0] and named[1]:
        return named[0][0], named[1][0], None, None
    coded = [(i, language_code(name)) for i, name in enumerate(header)
             if name not in _NOT_LANGUAGES and _TAG.fullmatch(name)
             and is_language(language_code(name))]
    if len(coded) >= 2:
        (s, s_lang), (t, t_lang) = coded[:2]
        return s, t, s_lang, t_lang
    return None


def _sniff(text: str) -> str:
    """The delimiter the first line uses most (outside quotes)."""
    line = text[:text.find("\n")] if "\n" in text else text
    unquoted = re.sub(r'"[^"]*"', "", line)
    return max(_DELIMITERS, key=unquoted.count)


def _rows(text: str, delimiter: str) -> list[list[Cell]]:
    """The table's rows of cells, in one pass over the text."""
    rows: list[list[Cell]] = []
    row: list[Cell] = []
    pos, n = 0, len(text)
    while pos <= n:
        if pos < n and text[pos] == '"':
            ranges: list[Range] = []
            start, at = pos, pos + 1
            while True:
                close = text.find('"', at)
                if close == -1:             # a quote never closed: the rest is the cell
                    ranges.append((at, n))
                    pos = n
                    break
                ranges.append((at, close))
                if text.startswith('""', close):
                    at = close + 2          # a doubled quote: a quote in the cell
                    ranges.append((close, close + 1))
                    continue
                pos = close + 1
                break
            ranges = normalize(ranges)
            # whatever stands between the closing quote and the delimiter belongs to the cell
            end = _cell_end(text, pos, delimiter)
            if end > pos:
                ranges = normalize(ranges + [(pos, end)])
            row.append((start, end, ranges))
            pos = end
        else:
            end = _cell_end(text, pos, delimiter)
            row.append((pos, end, [(pos, end)]))
            pos = end
        if pos >= n:
            rows.append(row)
            break
        if text[pos] == delimiter:
            pos += 1
            continue
        # a line break ends the row
        pos += 2 if text.startswith("\r\n", pos) else 1
        rows.append(row)
        row = []
        if pos >= n:
            break
    return [r for r in rows if any(e > s for _, _, ranges in r for s, e in ranges)]


def _cell_end(text: str, pos: int, delimiter: str) -> int:
    """Where an unquoted cell starting at `pos` ends: the next delimiter or line break."""
    found = _ENDS[delimiter].search(text, pos)
    return found.start() if found else len(text)
