"""A whole namecheck run, owned by the library: configuration, glossary, check, fix, look-up.

    from checker import Project
    project = Project.load()                       # the nearest config, else the defaults
    project.check_text("Nikolai Karpenkov said.")  # [Finding(code='NC001', ...)]
    project.lookup("Mogilev").canonical            # 'Mahiliou'

Every command of the command line goes through a Project, so a configuration means the same
for `check`, `lookup`, `translit`, `glossary` and `config`.
"""
from __future__ import annotations

import contextlib
import fnmatch
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.baseline import Baseline
from checker.cache import take_notes as take_cache_notes
from checker.config import Config, find_config, load_config, merge_cli
from checker.findings import Finding, InputError, NamecheckError, in_report_order, severity_rank

if TYPE_CHECKING:
    from checker.api import Matcher
    from checker.check import Checker, Mention
    from checker.check.consistency import MentionFold
    from checker.fix import Snapshot
    from checker.formats import Document
    from checker.glossary import Glossary
    from checker.match.resolve import Resolution

STDIN = "-"
# a fix may make another fix possible (or, in a bad case, undo one); passes before giving up
MAX_FIX_PASSES = 10
DEBUG_ENV = "NAMECHECK_DEBUG"


class FixMode(StrEnum):
    """Which fixes a run applies."""

    NONE = "none"
    SAFE = "safe"
    UNSAFE = "unsafe"   # safe fixes and suggestions

    @property
    def safeties(self) -> frozenset[str]:
        """The fix safeties this mode applies."""
        return {FixMode.NONE: frozenset(), FixMode.SAFE: frozenset({"safe"}),
                FixMode.UNSAFE: frozenset({"safe", "unsafe"})}[self]


@dataclass(frozen=True)
class RunOptions:
    """What one run of `check_paths` does beyond the configuration."""

    select: frozenset[str] | None = None     # only these codes
    ignore: frozenset[str] = frozenset()     # not these codes
    language: str | None = None              # every document's language ('latin': any Latin)
    fix: FixMode = FixMode.NONE
    write: bool = True                       # False: compute fixed texts only (a diff)
    baseline: str | None = None              # a baseline file to leave findings out by
    stdin_filename: str | None = None        # the path reported for standard input
    changed_since: str | None = None         # only files changed since this git revision


@dataclass
class FileOutcome:
    """What checking (and fixing) one file gave."""

    path: str
    findings: list[Finding] = field(default_factory=list)   # after fixes, when fixing
    mentions: list[Mention] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    checked: bool = False
    fixed: int = 0                    # findings fixed
    fixed_codes: dict[str, int] = field(default_factory=dict)   # the same, per code
    original_text: str | None = None  # set when fixes changed the text and nothing is written
    fixed_text: str | None = None
    fixed_bytes: bytes | None = None
    snapshot: Snapshot | None = None  # the file as it was read, when fixes are to be written
    # the findings and mentions of the text as read, kept while fixes wait to be written: they
    # are the file's again when the fixed text cannot be written
    unfixed: tuple[list[Finding], list[Mention]] | None = None
    from_stdin: bool = False

    def not_written(self) -> None:
        """The fixes were not written: the file's findings are those of the text as read."""
        if self.unfixed is not None:
            self.findings, self.mentions = self.unfixed
        self.unfixed = None
        self.fixed = 0
        self.fixed_codes = {}


@dataclass
class Report:
    """Everything one run found: findings (sorted), input errors, notes, fixes."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    files_checked: int = 0
    fixed: int = 0
    fixed_files: int = 0
    # the findings fixes changed (or, for a diff, would change), per file and code
    fixed_by_path: dict[str, dict[str, int]] = field(default_factory=dict)
    # (path, old, new) texts of the files fixes change, when only a diff was asked for
    changes: list[tuple[str, str, str]] = field(default_factory=list)
    stdin_text: str | None = None    # standard input's fixed text, when it was fixed

    def exit_status(self, fail_on: str) -> int:
        """0 clean, 1 findings at or above `fail_on`, 2 when any input had an error."""
        if self.errors:
            return 2
        floor = severity_rank(fail_on)
        return 1 if any(severity_rank(f.severity) >= floor for f in self.findings) else 0


class Project:
    """A configuration with its glossary, matcher and checker, each built once on first use."""

    def __init__(self, config: Config | None = None, *, use_cache: bool = True,
                 overrides: dict[str, Any] | None = None, nearest: bool = False):
        self.config = config or Config()
        self.use_cache = use_cache
        # nearest: each file takes the configuration nearest above it, with the same overrides
        # (flags); otherwise this configuration is every file's
        self.nearest = nearest
        self._overrides = dict(overrides or {})
        self._by_source: dict[str, Project] = {}
        self._found: dict[str, str | None] = {}   # folder -> its nearest config file

    @classmethod
    def load(cls, config: Config | str | Path | None = None, *, start: str | Path | None = None,
             use_cache: bool = True, **overrides: Any) -> Project:
        """A project from a Config, a config file, or the nearest config from `start` (default:
        the current folder); `overrides` are Config fields (None leaves a setting alone)."""
        if isinstance(config, Config):
            cfg = config
        elif config is not None:
            if not Path(config).exists():   # a FIFO or device is refused when it is read
                raise NamecheckError(InputError(str(config), "no such config file"))
            cfg = load_config(Path(config))
        else:
            cfg = load_config(find_config(Path(start) if start else Path.cwd()))
        return cls(merge_cli(cfg, **overrides), use_cache=use_cache, overrides=overrides,
                   nearest=config is None)

    def project_for(self, path: str) -> Project:
        """The Project that checks `path`: with a configuration given (`--config`), this one;
        else the one of the configuration nearest above the file, as ruff does (this one when
        that is this one's, or when there is none above it). The same flags apply to each."""
        if not self.nearest or path == STDIN:
            return self
        folder = os.path.dirname(os.path.abspath(path))
        if folder not in self._found:
            found = find_config(Path(folder))
            self._found[folder] = os.path.abspath(found) if found is not None else None
        source = self._found[folder]
        if source is None or (self.config.source and source == os.path.abspath(self.config.source)):
            return self
        child = self._by_source.get(source)
        if child is None:
            child = Project(merge_cli(load_config(Path(source)), **self._overrides),
                            use_cache=self.use_cache)
            if _same_glossary(child.config, self.config) and "matcher" in self.__dict__:
                child.__dict__["matcher"] = self.matcher   # one glossary is loaded once
            self._by_source[source] = child
        return child

    # -- what a run is made of -----------------------------------------------------------------
    @cached_property
    def matcher(self) -> Matcher:
        """The configured glossary, indexed for matching."""
        from checker.api import Matcher

        return Matcher.from_paths(self.config.glossary, extend=self.config.extend_glossary,
                                  use_cache=self.use_cache, house_style=self.config.house_style)

    @property
    def glossary(self) -> Glossary:
        """The configured glossary (the shipped one, replaced or extended by the config)."""
        return self.matcher.glossary

    @cached_property
    def checker(self) -> Checker:
        """The checker over the configured glossary."""
        from checker.check import Checker

        return Checker(self.matcher)

    # -- Python users' short calls -------------------------------------------------------------
    def lookup(self, name: str) -> Resolution:
        """Resolve one written name (Latin or Cyrillic, any order, inflected) to an entry."""
        return self.matcher.resolve(name)

    def check_text(self, text: str, path: str = STDIN, language: str | None = None) -> list[Finding]:
        """The findings of one text (read as the format `path`'s extension names), NC004 included."""
        outcome = self._check_document(path, text.encode("utf-8"), RunOptions(language=language),
                                       Baseline(), encoding="utf-8")
        if outcome.errors:
            raise NamecheckError(outcome.errors)
        return self._finish([outcome], RunOptions(language=language))[0]

    def fix_text(self, text: str, unsafe: bool = False, path: str = STDIN,
                 language: str | None = None) -> str:
        """`text` with its fixes applied until none is left (safe ones; `unsafe`: suggestions too)."""
        options = RunOptions(language=language, fix=FixMode.UNSAFE if unsafe else FixMode.SAFE)
        outcome = self._check_document(path, text.encode("utf-8"), options, Baseline(),
                                       encoding="utf-8")
        if outcome.errors:
            raise NamecheckError(outcome.errors)
        return text if outcome.fixed_text is None else outcome.fixed_text

    # -- a run over files ----------------------------------------------------------------------
    def check_paths(self, paths: Sequence[str] = (), options: RunOptions | None = None, *,
                    stdin: Callable[[], bytes] | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    write_baseline: str | None = None, dask: object = None) -> Report:
        """Check files and folders (STDIN reads `stdin()`), fix them if asked, and report.

        Every input error is in the report, never raised: one bad file does not stop the
        others. A file reached twice (through a symlink) is checked once. With `dask` (a
        scheduler's address, 'local', or a distributed Client) the files are checked on that
        cluster's workers (checker/cluster.py), with the same report; fixing stays local.
        """
        from checker.baseline import write_baseline as write_baseline_file
        from checker.check.consistency import MentionFold
        from checker.run import run_files

        options = options or RunOptions()
        if dask is not None and options.fix is not FixMode.NONE:
            raise NamecheckError("a Dask run checks and reports; fixing stays local")
        report = Report()
        groups = self._groups(self._discover(list(paths) or ["."], options, report), options, report)
        baseline = Baseline.read(options.baseline) if options.baseline else Baseline()
        outcomes: list[FileOutcome] = []
        # per group: its Project, its outcomes, and (on a cluster) what NC004 needs of them
        by_group: list[tuple[Project, list[FileOutcome], list[Mention] | None]] = []
        with contextlib.ExitStack() as stack:
            client = None
            if dask is not None:
                from checker.cluster import check_on_cluster, client_for

                client = stack.enter_context(client_for(dask, self.config.jobs))
            for project, files in groups:
                project.checker  # noqa: B018 (built once here: a glossary error stops the run, not each file)
                if client is None and options.fix is FixMode.NONE:
                    # the mentions reduced as the files come in, so that a large run need not
                    # hold them all; not when fixing, where a file whose fixes cannot be
                    # written takes back the mentions of its text as read
                    fold = MentionFold()
                    done = run_files(project, files, options, baseline, stdin=stdin,
                                     progress=progress, arrived=_mentions_into(fold))
                    mentions = fold.mentions()
                elif client is None:
                    done = run_files(project, files, options, baseline, stdin=stdin,
                                     progress=progress)
                    mentions = None
                else:
                    done = run_files(project, [f for f in files if f == STDIN], options, baseline,
                                     stdin=stdin)
                    on_cluster, mentions = check_on_cluster(
                        project, [f for f in files if f != STDIN], options, client)
                    mentions = [m for o in done for m in o.mentions] + mentions   # in run order
                    done += on_cluster
                outcomes += done
                by_group.append((project, done, mentions))
        for o in outcomes:
            report.errors.extend(o.errors)
            report.notes.extend(o.notes)
        self._apply_fixes(outcomes, options, report)
        findings: list[Finding] = []
        for project, done, mentions in by_group:   # NC004 compares the files of one configuration
            found, checked = project._finish(done, options, mentions)
            findings += found
            report.files_checked += checked
        if len(by_group) > 1:
            findings = in_report_order(findings)
        if write_baseline:
            n = write_baseline_file(write_baseline, findings)
            report.notes.append(f"wrote {n} finding(s) to the baseline {write_baseline}")
        report.findings = baseline.new_findings(findings) if options.baseline else findings
        report.notes.extend(take_cache_notes(debug=debugging()))
        return report

    def _groups(self, files: list[str], options: RunOptions,
                report: Report) -> list[tuple[Project, list[str]]]:
        """The files in groups by the Project that checks each, this one first; a file under
        a configuration of its own is checked only if that configuration's include, exclude
        and glossary leave it in."""
        from checker.discover import discover

        groups: dict[int, tuple[Project, list[str]]] = {id(self): (self, [])}
        for f in files:
            project = self.project_for(f)
            groups.setdefault(id(project), (project, []))[1].append(f)
        out = []
        for project, group in groups.values():
            if project is not self and group:
                cfg = project.config
                group, _, errors = discover(group, include=cfg.include, exclude=cfg.exclude,
                                            root=cfg.root, force_exclude=True, documents_only=True,
                                            never=project.glossary.paths)
                report.errors.extend(errors)
            if group or project is self:
                out.append((project, group))
        return out

    def _discover(self, paths: list[str], options: RunOptions, report: Report) -> list[str]:
        from checker.discover import NOT_A_DOCUMENT, discover, same_file_key

        cfg = self.config
        # documents only, and never the glossary this run reads
        never = self.glossary.paths
        quiet = {"excluded", "ignored by .gitignore"}
        if options.changed_since:
            from checker.git import changed_since
            paths = changed_since(options.changed_since, [p for p in paths if p != STDIN])
            quiet.add(NOT_A_DOCUMENT)   # a changed YAML or source file is simply not a document
        found, skipped, errors = discover(paths, include=cfg.include, exclude=cfg.exclude,
                                          root=cfg.root, force_exclude=bool(options.changed_since),
                                          documents_only=True, never=never)
        report.errors.extend(errors)
        report.notes.extend(f"{s.path}: skipped: {s.reason}" for s in skipped
                            if s.reason not in quiet)
        files: list[str] = []
        seen: dict[object, str] = {}
        for f in found:
            key = same_file_key(f) if f != STDIN else STDIN
            if key is not None and key in seen:
                report.notes.append(f"{f}: skipped: the same file as {seen[key]}")
                continue
            if key is not None:
                seen[key] = f
            files.append(f)
        return files

    def _finish(self, outcomes: list[FileOutcome], options: RunOptions,
                mentions: list[Mention] | None = None) -> tuple[list[Finding], int]:
        """Every file's findings with the cross-document pass (NC004) over their mentions (or
        over `mentions`, what a cluster's reduction kept of them), the configured severities
        and select/ignore applied, in report order; and how many files were checked. The
        outcomes' mentions are handed over to the pass: they are left empty, and let go before
        the findings are sorted."""
        from checker.check import consistency

        findings: list[Finding] = []
        gathered = mentions is None
        if mentions is None:
            mentions = []
        checked = 0
        for o in outcomes:
            findings.extend(o.findings)
            if gathered:
                mentions.extend(o.mentions)
                o.mentions = []
            checked += o.checked
        across = consistency(mentions, self.matcher)
        del mentions
        findings.extend(self.select(across, options))
        return in_report_order(findings), checked

    def select(self, findings: list[Finding], options: RunOptions) -> list[Finding]:
        """The findings the configuration and options keep, at their configured severities."""
        levels = self.config.effective_severity()
        out = []
        for f in findings:
            level = levels.get(f.code, f.severity)
            if level == "off" or f.code in options.ignore or (
                    options.select is not None and f.code not in options.select):
                continue
            f.severity = level
            out.append(f)
        return out

    def language_for(self, path: str, forced: str | None) -> str | None:
        """The language `path` is checked in: forced, else the config's `language` globs, else
        None (the document's own declaration or its text decides)."""
        if forced:
            return None if forced == "latin" else forced
        cfg = self.config
        for pattern, lang in cfg.language.items():
            rel = os.path.relpath(os.path.abspath(path), cfg.root).replace(os.sep, "/")
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(os.path.basename(path), pattern):
                return None if lang == "latin" else lang
        return None

    def _check_document(self, path: str, data: bytes, options: RunOptions, baseline: Baseline,
                        *, shown: str | None = None, encoding: str | None = None) -> FileOutcome:
        """Check one file's bytes; with a fix mode, fix the checked text until no fix is left.

        Fixes are made only where the file's encoding gives back every other byte unchanged
        (else an error for the file); the fixed text is not re-read from disk.
        """
        from checker.formats import detect_format, is_binary, read_document

        shown = shown or path
        outcome = FileOutcome(shown)
        if is_binary(data, encoding or self.config.encoding):
            outcome.notes.append(f"{shown}: skipped: binary file")
            return outcome
        fmt = detect_format(shown, data)
        doc: Document = read_document(data, shown, encoding=encoding or self.config.encoding,
                                      format=fmt)
        language = self.language_for(path, options.language)
        result = self.checker.check(doc, language)
        findings = self.select(result.findings, options)
        mentions = result.mentions
        checked = (findings, mentions)
        original = doc.text
        allowed = options.fix.safeties
        if allowed:   # only a run that fixes needs the fixing code
            from checker.fix import apply_replacements, encodes_characterwise
        if allowed and not encodes_characterwise(doc.text, doc.encoding, doc.bom, data):
            outcome.errors.append(InputError(shown, _NOT_BYTE_FOR_BYTE.format(doc.encoding)))
            allowed = frozenset()
        passes = 0
        while allowed:
            fixes = [f for f in baseline.new_findings(findings)
                     if f.suggestion and f.fix_safety in allowed]
            if not fixes:
                break
            if passes == MAX_FIX_PASSES:
                outcome.notes.append(f"{shown}: fixes did not settle after {MAX_FIX_PASSES} "
                                     "passes; please report")
                break
            new_text = apply_replacements(doc.text, [(f.start, f.end, f.suggestion or "")
                                                     for f in fixes])
            if new_text == doc.text:
                break
            try:
                new_data = doc.encode(new_text)
            except NamecheckError as exc:   # a fix writes a letter the file's encoding lacks
                outcome.errors.extend(exc.errors)
                break
            passes += 1
            outcome.fixed += len(fixes)
            for f in fixes:
                outcome.fixed_codes[f.code] = outcome.fixed_codes.get(f.code, 0) + 1
            doc = read_document(new_data, shown, encoding=doc.encoding, format=fmt)
            result = self.checker.check(doc, language)
            findings, mentions = self.select(result.findings, options), result.mentions
        if doc.text != original:
            fixed_bytes = doc.encode(doc.text)
            if encodes_characterwise(doc.text, doc.encoding, doc.bom, fixed_bytes):
                # the text before the fixes is sent back only for a diff: it may be large
                outcome.original_text = None if options.write else original
                outcome.fixed_text = doc.text
                outcome.fixed_bytes = fixed_bytes
                if options.write and path != STDIN:
                    outcome.unfixed = checked
            else:   # a fix's letters change the bytes of their neighbours (a shifting codec)
                outcome.errors.append(InputError(shown, _NOT_BYTE_FOR_BYTE.format(doc.encoding)))
                outcome.fixed, outcome.fixed_codes = 0, {}
                findings, mentions = checked
        outcome.findings, outcome.mentions, outcome.checked = findings, mentions, True
        return outcome

    def _apply_fixes(self, outcomes: list[FileOutcome], options: RunOptions, report: Report) -> None:
        """Write each fixed file once (unless only a diff is wanted), over exactly the bytes
        that were checked; note what was fixed. A file that cannot be written is an error for
        that file, and the others are still written."""
        for o in outcomes:
            if o.fixed_text is None or o.fixed_bytes is None:
                continue
            from checker.fix import CHANGED, write_atomic  # only a run with a fix needs it

            if o.original_text is not None:
                report.changes.append((o.path, o.original_text, o.fixed_text))
            if not options.write:
                report.fixed += o.fixed
                report.fixed_files += 1
                report.fixed_by_path[o.path] = o.fixed_codes
                continue
            if o.from_stdin:
                report.stdin_text = o.fixed_text
            elif o.snapshot is None:   # what the file was is unknown: it is not overwritten
                report.errors.append(InputError(o.path, CHANGED))
                o.not_written()
                continue
            else:
                try:
                    write_atomic(o.path, o.fixed_bytes, expect=o.snapshot)
                except NamecheckError as exc:
                    report.errors.extend(exc.errors)
                    o.not_written()
                    continue
                except Exception as exc:   # one file's bug must not cost the user the others
                    if debugging():
                        raise
                    report.errors.append(internal_error(o.path, exc))
                    o.not_written()
                    continue
            o.unfixed = None
            report.fixed += o.fixed
            report.fixed_files += 1
            report.fixed_by_path[o.path] = o.fixed_codes
        if report.fixed and options.write:
            report.notes.append(f"fixed {report.fixed} finding(s) in {report.fixed_files} file(s)")


def _mentions_into(fold: MentionFold) -> Callable[[FileOutcome], None]:
    """What hands each outcome's mentions over to `fold` as it arrives, leaving it none."""
    def arrived(outcome: FileOutcome) -> None:
        fold.add(outcome.mentions)
        outcome.mentions = []
    return arrived


def _same_glossary(a: Config, b: Config) -> bool:
    return (a.glossary, a.extend_glossary, a.house_style) == (b.glossary, b.extend_glossary,
                                                              b.house_style)


_NOT_BYTE_FOR_BYTE = ("not fixed: {} does not write the text back byte for byte, so a fix would "
                      "change bytes outside it (convert the file to UTF-8 to fix it)")


def internal_error(path: str, exc: BaseException) -> InputError:
    """An unexpected failure while checking `path`, as an input error the user can report."""
    return InputError(path, f"internal error: {type(exc).__name__}: {exc} (please report)")


def debugging() -> bool:
    """Whether unexpected errors are raised rather than reported (NAMECHECK_DEBUG=1)."""
    return os.environ.get(DEBUG_ENV, "") not in ("", "0")
