"""`namecheck grep` output: matches as `path:line:col: line` (grep's form, the match highlighted
on a terminal), with context lines, counts per file, file names, or an index of the names
found; JSON and JSON Lines."""
from __future__ import annotations

import json
from collections.abc import Iterator

from checker.errors import encodable, printable
from checker.grep import GrepReport, IndexEntry, Match

VERSION = 1
PLACES_SHOWN = 5          # places of a spelling the text index shows
_MATCH = "\x1b[1;31m"     # grep's colours: the match bold red, file names magenta, line numbers green
_PATH = "\x1b[35m"
_NUMBER = "\x1b[32m"
_SEPARATOR = "\x1b[36m"
_BOLD = "\x1b[1m"
_RESET = "\x1b[0m"


class _Paint:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if self.color and text else text


def render_matches(report: GrepReport, *, color: bool = False) -> Iterator[str]:
    """One line per match: `path:line:col: line`, the line cut around the match when long; a
    file name's and a line's control characters escaped (`\\n`, `\\x1b`)."""
    paint = _Paint(color)
    for m in report.matches:
        yield f"{_where(m, paint, ':')}:{paint(str(m.column), _NUMBER)}: " \
              f"{_highlighted(m.line_text, [m], paint)}\n"


def render_context(report: GrepReport, *, color: bool = False) -> Iterator[str]:
    """grep -C's blocks: a matching line once (`path:line:col: `, every match on it
    highlighted), its context lines as `path-line- `, `--` between blocks that do not meet."""
    paint = _Paint(color)
    by_path: dict[str, list[Match]] = {}
    for m in report.matches:
        by_path.setdefault(m.path, []).append(m)
    first_block = True
    for path, matches in by_path.items():
        lines: dict[int, str] = {}
        on_line: dict[int, list[Match]] = {}
        for m in matches:
            on_line.setdefault(m.line, []).append(m)
        for number, ms in on_line.items():
            m = ms[0]
            for i, text in enumerate(m.before):
                n = number - len(m.before) + i
                if n not in on_line:
                    lines[n] = f"{_where_line(path, n, paint, '-')}- {_plain(text)}\n"
            same = [x for x in ms if x.line_text == m.line_text]
            lines[number] = f"{_where(m, paint, ':')}:{paint(str(m.column), _NUMBER)}: " \
                            f"{_highlighted(m.line_text, same, paint)}\n"
            for i, text in enumerate(ms[-1].after):
                n = ms[-1].end_line + 1 + i
                if n not in on_line:
                    lines[n] = f"{_where_line(path, n, paint, '-')}- {_plain(text)}\n"
        last = None
        for n in sorted(lines):
            if last is None and not first_block or last is not None and n > last + 1:
                yield paint("--", _SEPARATOR) + "\n"
            yield lines[n]
            last = n
        first_block = False


def render_counts(report: GrepReport, *, color: bool = False) -> Iterator[str]:
    """`path:count` for each file with a match (grep -c, as ripgrep leaves out files without)."""
    paint = _Paint(color)
    for path, n in report.counts():
        yield f"{paint(printable(path), _PATH)}:{n}\n"


def render_files(report: GrepReport, *, color: bool = False) -> Iterator[str]:
    """The name of each file with a match (grep -l)."""
    paint = _Paint(color)
    for path, _ in report.counts():
        yield f"{paint(printable(path), _PATH)}\n"


def render_index(report: GrepReport, *, color: bool = False) -> Iterator[str]:
    """The names found, most mentioned first: each spelling with its count and first places."""
    paint = _Paint(color)
    for e in report.index():
        label = f"{e.name} [{e.entry}]" if e.entry else f"{e.name} (not in the glossary)"
        yield f"{paint(printable(label), _BOLD)}: {e.count} mention{_s(e.count)} in " \
              f"{e.files} file{_s(e.files)}\n"
        width = max(len(s.text) for s in e.spellings)
        for s in e.spellings:
            places = ", ".join(s.places[:PLACES_SHOWN]) + (", ..." if len(s.places) > PLACES_SHOWN
                                                           else "")
            yield f"    {printable(s.text):<{width}}  x{s.count}  {printable(places)}\n"


def render_json(report: GrepReport, *, index: bool = False) -> Iterator[str]:
    """One JSON object: version, matches (or the index), errors, files_searched, summary, notes."""
    document: dict = {"version": VERSION}
    if index:
        document["index"] = [_index_dict(e) for e in report.index()]
    else:
        document["matches"] = [_match_dict(m) for m in report.matches]
    document.update(_tail(report))
    yield json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(report: GrepReport, *, index: bool = False) -> Iterator[str]:
    """JSON Lines: a `match` (or, for the index, a `name`) object a line, then each `error`
    and `note`, then a `summary`."""
    if index:
        for e in report.index():
            yield _line({"type": "name", **_index_dict(e)})
    else:
        for m in report.matches:
            yield _line({"type": "match", **_match_dict(m)})
    tail = _tail(report)
    for e in tail.pop("errors"):
        yield _line({"type": "error", **e})
    for note in tail.pop("notes"):
        yield _line({"type": "note", "message": note})
    yield _line({"type": "summary", **tail})


def _line(d: dict) -> str:
    return json.dumps(d, ensure_ascii=False) + "\n"


def _match_dict(m: Match) -> dict:
    d = m.to_dict()
    d["path"] = encodable(m.path)
    return d


def _index_dict(e: IndexEntry) -> dict:
    d = e.to_dict()
    for s in d["spellings"]:
        s["places"] = [encodable(p) for p in s["places"]]
    return d


def _tail(report: GrepReport) -> dict:
    counts = report.counts()
    by_name: dict[str, int] = {}
    for m in report.matches:
        by_name[m.name] = by_name.get(m.name, 0) + 1
    return {"errors": [{**e.to_dict(), "path": encodable(e.path),
                        "message": encodable(e.message)} for e in report.errors],
            "files_searched": report.files_searched,
            "summary": {"matches": len(report.matches), "files": len(counts), "by_name": by_name},
            "notes": [encodable(n) for n in report.notes]}


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def _where(m: Match, paint: _Paint, sep: str) -> str:
    return _where_line(m.path, m.line, paint, sep)


def _where_line(path: str, line: int, paint: _Paint, sep: str) -> str:
    return f"{paint(printable(path), _PATH)}{sep}{paint(str(line), _NUMBER)}"


def _plain(text: str) -> str:
    return printable(text)


def _highlighted(line: str, matches: list[Match], paint: _Paint) -> str:
    """The line with each match painted (a match reaching past the line: to its end)."""
    out, at = [], 0
    for m in sorted(matches, key=lambda x: x.at):
        if m.at < at:
            continue
        end = min(len(line), m.at + len(m.text)) if m.end_line == m.line else len(line)
        out.append(printable(line[at:m.at]))
        out.append(paint(printable(line[m.at:end]), _MATCH))
        at = end
    out.append(printable(line[at:]))
    return "".join(out)
