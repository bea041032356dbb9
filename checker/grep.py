"""Every mention of chosen names across documents, in every spelling, script and inflection the
matcher ties to them: `namecheck grep` as a library call.

    from checker import Project
    from checker.grep import GrepOptions, grep_paths, resolve_targets
    project = Project.load()
    targets, notes = resolve_targets(project, names=["Nikolai Karpenkov"])
    report = grep_paths(project, ["archive/"], targets)   # report.matches, report.index()

A name is searched as its glossary entry (every form of it the check finds: variants,
romanizations, Cyrillic forms and their case endings), or, when the glossary lacks it, as the
group the check gives a name of two or three words it does not know (its words' skeleton keys:
*Siarhei Dyleuski*, *Sergei Dylevsky*). Mentions are those of the check's walk, before its
context is read: a spelling given on purpose in parentheses, or the original in the other
script, is a mention too.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from checker.check.consistency import UNKNOWN, unknown_key
from checker.errors import did_you_mean
from checker.findings import InputError, NamecheckError
from checker.formats.lines import line_end

if TYPE_CHECKING:
    from checker.check.language_form import CyrillicIndex
    from checker.formats import Document
    from checker.project import Project

MAX_LINE_SHOWN = 240      # characters of a line shown around a match; longer lines are cut
CONTEXT_BEFORE_MATCH = 80  # of a cut line, characters kept before the match
MAX_CONTEXT = 100         # lines of context a match may ask for
_SAME_LINE_GAP = re.compile(r"[ \t\u00a0]+\Z")   # between the words of one name on one line
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*\Z")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]")
_WORD_BEFORE = re.compile(r"([\u0400-\u04ff][\u0400-\u04ff'’-]*)[ \t\u00a0]+\Z")
_WORD_AFTER = re.compile(r"[ \t\u00a0]+([\u0400-\u04ff][\u0400-\u04ff'’-]*)")
MAX_NAME_WORDS = 2        # words of a Cyrillic name joined to the one the walk found


@dataclass(frozen=True)
class Target:
    """A name searched for: a glossary entry, or a name the glossary lacks (its group)."""

    group: str          # the entry's id, or UNKNOWN + its words' skeleton keys
    name: str           # the entry's canonical form, or the name as asked
    entry: str | None = None


@dataclass(frozen=True)
class GrepOptions:
    """What a grep run does beyond the configuration."""

    language: str | None = None          # every document's language ('latin': any Latin)
    context: int = 0                     # lines shown before and after each matching line
    stdin_filename: str | None = None    # the path reported for standard input


@dataclass
class Match:
    """One mention of a searched name."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int     # exclusive
    start: int          # code points into the document's text
    end: int
    text: str           # the mention as written
    group: str
    name: str
    entry: str | None
    line_text: str      # the matching line (cut around the match when it is long)
    at: int             # where the match starts in line_text
    before: tuple[str, ...] = ()   # context lines
    after: tuple[str, ...] = ()

    @property
    def place(self) -> str:
        """`path:line:col`."""
        return f"{self.path}:{self.line}:{self.column}"

    def to_dict(self) -> dict:
        d = {"path": self.path, "line": self.line, "column": self.column,
             "end_line": self.end_line, "end_column": self.end_column, "text": self.text,
             "entry": self.entry, "name": self.name, "line_text": self.line_text}
        if self.before or self.after:
            d["before"], d["after"] = list(self.before), list(self.after)
        return d


@dataclass
class GrepOutcome:
    """What searching one file gave."""

    path: str
    matches: list[Match] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    searched: bool = False


@dataclass(frozen=True)
class Spelling:
    """One way an archive writes a name: how often, and where."""

    text: str
    count: int
    places: tuple[str, ...]


@dataclass(frozen=True)
class IndexEntry:
    """A name of the index of an archive: its mentions, by spelling."""

    group: str
    name: str
    entry: str | None
    count: int
    files: int
    spellings: tuple[Spelling, ...]

    def to_dict(self) -> dict:
        return {"entry": self.entry, "name": self.name, "count": self.count, "files": self.files,
                "spellings": [{"text": s.text, "count": s.count, "places": list(s.places)}
                              for s in self.spellings]}


@dataclass
class GrepReport:
    """Every match of one run (by path and place), input errors and notes."""

    matches: list[Match] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    files_searched: int = 0

    def exit_status(self) -> int:
        """grep's: 0 when a name was found, 1 when none was, 2 when any input had an error."""
        return 2 if self.errors else 0 if self.matches else 1

    def counts(self) -> list[tuple[str, int]]:
        """(path, matches) of each file with a match, in report order."""
        out: dict[str, int] = {}
        for m in self.matches:
            out[m.path] = out.get(m.path, 0) + 1
        return list(out.items())

    def index(self) -> list[IndexEntry]:
        """The names found, most mentioned first, each with its spellings and their places."""
        return build_index(self.matches)


def build_index(matches: Iterable[Match]) -> list[IndexEntry]:
    """The matches grouped by name, then by spelling (case and spacing aside)."""
    names: dict[str, tuple[Match, dict[str, list[Match]]]] = {}
    for m in matches:
        spellings = names.setdefault(m.group, (m, {}))[1]
        spellings.setdefault(" ".join(m.text.casefold().split()), []).append(m)
    out = []
    for group, (first, spellings) in names.items():
        ss = sorted((Spelling(" ".join(ms[0].text.split()), len(ms), tuple(m.place for m in ms))
                     for ms in spellings.values()), key=lambda s: (-s.count, s.text))
        ms = [m for v in spellings.values() for m in v]
        out.append(IndexEntry(group, first.name, first.entry, len(ms), len({m.path for m in ms}),
                              tuple(ss)))
    return sorted(out, key=lambda e: (-e.count, e.name, e.group))


def resolve_targets(project: Project, names: Sequence[str] = (), entries: Sequence[str] = (),
                    every: bool = False) -> tuple[list[Target], list[str]]:
    """The targets of a search, and notes for the user: each entry id (an unknown id is an
    error, with a did-you-mean), each name as the matcher resolves it (a name it cannot tie to
    one entry is searched as a name the glossary lacks, when it is one of two or three
    words), or every entry of the glossary."""
    by_id = project.glossary.by_id
    notes: list[str] = []
    if every:
        return [Target(e.id, e.canonical, e.id) for e in project.glossary.entries], notes
    targets: list[Target] = []
    errors: list[InputError] = []
    for eid in entries:
        if eid not in by_id:
            errors.append(InputError("namecheck", f"no glossary entry '{eid}'"
                                     + did_you_mean(eid, by_id)))
        else:
            targets.append(Target(eid, by_id[eid].canonical, eid))
    for name in names:
        r = project.lookup(name)
        if r.confident and r.entry is not None:
            targets.append(Target(r.entry, by_id[r.entry].canonical, r.entry))
            continue
        words = name.split()
        if 2 <= len(words) <= 3 and all(_NAME_WORD.match(w) for w in words):
            targets.append(Target(unknown_key(words), " ".join(words)))
            hint = f" (did you mean {r.canonical} [{r.entry}]?)" if r.entry else ""
            notes.append(f"'{name}' is not a glossary name{hint}; searching the spellings the "
                         "matcher ties to it as a name the glossary lacks")
        else:
            hint = f"; did you mean {r.canonical} [{r.entry}]?" if r.entry else ""
            errors.append(InputError("namecheck", f"'{name}' is not a glossary name, and only "
                                     "a name of two or three words can be searched outside the "
                                     f"glossary{hint}"))
    if errors:
        raise NamecheckError(errors)
    unique: dict[str, Target] = {}
    for t in targets:
        unique.setdefault(t.group, t)
    return list(unique.values()), notes


def grep_document(project: Project, doc: Document, targets: Sequence[Target] | None,
                  language: str | None = None, context: int = 0) -> list[Match]:
    """The mentions of the targets (None: of every entry) in one document, in text order; the
    words of one name in Cyrillic (found word by word) make one match. `language` is forced
    as `check --language` forces it; else the configuration's or the document's own."""
    wanted = None if targets is None else {t.group: t for t in targets}
    by_id = project.glossary.by_id
    text = doc.text
    spans: list[list] = []   # [start, end, group, name, entry]
    for m in project.checker.mentions(doc, project.language_for(doc.path, language)):
        start, end, group, _, entry, _ = m
        if wanted is not None:
            target = wanted.get(group) or (wanted.get(entry) if entry is not None else None)
            if target is None:
                continue
            group, name = target.group, target.name
        elif entry is None or group.startswith(UNKNOWN):
            continue
        else:
            group, name = entry, by_id[entry].canonical
        if spans and start < spans[-1][1]:
            continue   # inside a name already found
        if spans and spans[-1][2] == group and _SAME_LINE_GAP.match(text, spans[-1][1], start):
            spans[-1][1] = end
            continue
        spans.append([start, end, group, name, entry])
    starts = doc.line_starts
    lines = len(starts) - (1 if starts[-1] == len(text) and len(starts) > 1 else 0)
    cyrillic = project.checker.cyrillic
    out = []
    for start, end, group, name, entry in spans:
        if entry is not None and _CYRILLIC_WORD.match(text, start):
            start, end = _whole_cyrillic_name(text, start, end, entry, cyrillic)
        line, column = doc.position(start)
        end_line, end_column = doc.position(end)
        line_text, at = _shown_line(_line(text, starts, line - 1), column - 1,
                                    end - start if end_line == line else None)
        before = tuple(_cut(_line(text, starts, i)) for i in range(max(0, line - 1 - context),
                                                                     line - 1)) if context else ()
        after = tuple(_cut(_line(text, starts, i)) for i in range(
            end_line, min(lines, end_line + context))) if context else ()
        out.append(Match(doc.path, line, column, end_line, end_column, start, end,
                         text[start:end], group, name, entry, line_text, at, before, after))
    return out


def _whole_cyrillic_name(text: str, start: int, end: int, entry: str,
                         cyrillic: CyrillicIndex) -> tuple[int, int]:
    """A Cyrillic mention (the walk finds the words that name one entry alone: Карпянкоў)
    with the words of the same entry beside it on its line (Мікалай Мікалаевіч)."""
    def ours(word: str) -> bool:
        return any(h.entry == entry for h in cyrillic.lookup(word))

    for _ in range(MAX_NAME_WORDS):
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if m is None or not ours(m.group(1)):
            break
        start = m.start(1)
    for _ in range(MAX_NAME_WORDS):
        m = _WORD_AFTER.match(text, end)
        if m is None or not ours(m.group(1)):
            break
        end = m.end(1)
    return start, end


def _line(text: str, starts: list[int], index: int) -> str:
    """Line `index` (0-based) of the text, without its line break."""
    return text[starts[index]:line_end(starts, index, len(text))].rstrip("\r\n")


def _cut(line: str) -> str:
    return line if len(line) <= MAX_LINE_SHOWN else line[:MAX_LINE_SHOWN] + "…"


def _shown_line(line: str, at: int, length: int | None) -> tuple[str, int]:
    """The line, or the part of a long line around the match; where the match starts in it."""
    if len(line) <= MAX_LINE_SHOWN:
        return line, at
    start = max(0, at - CONTEXT_BEFORE_MATCH)
    end = max(start + MAX_LINE_SHOWN, at + (length or 0))
    shown = ("…" if start else "") + line[start:end] + ("…" if end < len(line) else "")
    return shown, at - start + (1 if start else 0)


def grep_text(project: Project, text: str, targets: Sequence[Target] | None, path: str = "-",
              language: str | None = None, context: int = 0) -> list[Match]:
    """The mentions of the targets in one text, read as the format `path`'s extension names."""
    from checker.formats import read_document

    doc = read_document(text.encode("utf-8"), path, encoding="utf-8")
    return grep_document(project, doc, targets, language, context)


def grep_data(project: Project, path: str, data: bytes, targets: Sequence[Target] | None,
              options: GrepOptions, shown: str | None = None) -> GrepOutcome:
    """Search one document's bytes; every failure ends up in the outcome's errors."""
    from checker.formats import detect_format, is_binary, read_document
    from checker.project import debugging, internal_error

    shown = shown or path
    outcome = GrepOutcome(shown)
    try:
        if is_binary(data, project.config.encoding):
            outcome.notes.append(f"{shown}: skipped: binary file")
            return outcome
        doc = read_document(data, shown, encoding=project.config.encoding,
                            format=detect_format(shown))
        outcome.matches = grep_document(project, doc, targets, options.language,
                                        options.context)
        outcome.searched = True
    except NamecheckError as exc:
        outcome.errors.extend(exc.errors)
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:   # one file's bug must not cost the user the other files
        if debugging():
            raise
        outcome.errors.append(internal_error(shown, exc))
    return outcome


def grep_file(project: Project, path: str, targets: Sequence[Target] | None,
              options: GrepOptions, shown: str | None = None) -> GrepOutcome:
    """Read one file within the configured bounds and search it."""
    from checker.reading import read_bytes

    cfg = project.config
    try:
        data = read_bytes(path, cfg.max_file_size, cfg.encoding)
    except NamecheckError as exc:
        return GrepOutcome(shown or path, errors=list(exc.errors))
    return grep_data(project, path, data, targets, options, shown)


def _grep_job(path: str) -> GrepOutcome:
    from checker.run import worker_state

    state = worker_state()
    return grep_file(state["project"], path, state["targets"], state["options"])


def _failed(path: str, exc: BaseException) -> GrepOutcome:
    from checker.project import internal_error

    return GrepOutcome(path, errors=[internal_error(path, exc)])


def grep_paths(project: Project, paths: Sequence[str], targets: Sequence[Target] | None,
               options: GrepOptions | None = None, *, stdin: Callable[[], bytes] | None = None,
               progress: Callable[[int, int], None] | None = None,
               dask: object = None) -> GrepReport:
    """Search files and folders (found as `check` finds them; '-' reads `stdin()`) for the
    targets (None: every entry). With `dask` (a scheduler's address, 'local', or a
    distributed Client) the files are searched on that cluster's workers."""
    from checker.project import STDIN
    from checker.reading import take_stdin

    options = options or GrepOptions()
    report = GrepReport()
    files = discover_files(project, list(paths) or ["."], report)
    project.checker  # noqa: B018 (built once here: a glossary error stops the run, not each file)
    outcomes: list[GrepOutcome] = []
    if STDIN in files:
        shown = options.stdin_filename or STDIN
        data, errors = take_stdin(stdin)
        outcomes.append(GrepOutcome(shown, errors=errors) if errors
                        else grep_data(project, STDIN, data, targets, options, shown))
    disk = [f for f in files if f != STDIN]
    if dask is not None:
        from checker.cluster import grep_on_cluster

        outcomes.extend(grep_on_cluster(project, disk, targets, options, dask))
    else:
        from checker.run import map_files

        state = {"project": project, "targets": targets, "options": options}
        outcomes.extend(map_files(disk, _grep_job, state, jobs=project.config.jobs,
                                  failed=_failed, progress=progress))
    return collect(outcomes, report)


def collect(outcomes: Iterable[GrepOutcome], report: GrepReport | None = None) -> GrepReport:
    """The report of the outcomes: their matches by path and place, errors and notes."""
    report = report or GrepReport()
    for o in outcomes:
        report.matches.extend(o.matches)
        report.errors.extend(o.errors)
        report.notes.extend(o.notes)
        report.files_searched += o.searched
    report.matches.sort(key=lambda m: (m.path, m.start))
    return report


def discover_files(project: Project, paths: list[str], report: GrepReport) -> list[str]:
    """The files a run reads, as `check` finds them; errors and notes go to the report."""
    from checker.project import Report, RunOptions

    found = Report()
    files = project._discover(paths, RunOptions(), found)
    report.errors.extend(found.errors)
    report.notes.extend(found.notes)
    return files
