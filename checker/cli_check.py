"""`namecheck check` and `namecheck config`: the command-line side of checking documents."""
from __future__ import annotations

import argparse
import fnmatch
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from checker.findings import RULES, Finding, InputError, NamecheckError, finding_order

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def add_check_arguments(c: argparse.ArgumentParser) -> None:
    c.add_argument("paths", nargs="*", metavar="PATH",
                   help="files and folders to check (default: .); '-' reads standard input")
    c.add_argument("--glossary", action="append", metavar="PATH",
                   help="glossary file or folder (repeatable; replaces the shipped glossary)")
    c.add_argument("--extend-glossary", action="append", metavar="PATH",
                   help="glossary file or folder to add to the shipped (or configured) glossary")
    c.add_argument("--config", metavar="FILE", help="config file (default: the nearest "
                   ".namecheck.toml or pyproject.toml with [tool.namecheck])")
    c.add_argument("--format", choices=("text", "json", "sarif", "github"), default="text")
    c.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE ('-': stdout)")
    c.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    c.add_argument("--unsafe-fixes", action="store_true", help="with --fix or --diff: also apply suggestions")
    c.add_argument("--diff", action="store_true", help="print the fixes as a unified diff; write nothing")
    c.add_argument("--fail-on", choices=("error", "warning", "info"),
                   help="lowest severity that makes the exit status 1 (default: warning)")
    c.add_argument("--select", metavar="CODES", help="only these codes (comma-separated)")
    c.add_argument("--ignore", metavar="CODES", help="not these codes (comma-separated)")
    c.add_argument("--language", type=_language_arg, metavar="LANG",
                   help="the documents' language: en, ru, be, de, pl... or latin (any "
                   "Latin-script language); default: told from each text")
    c.add_argument("--encoding", metavar="NAME", help="encoding of files without a BOM "
                   "(e.g. windows-1251, koi8-r; default: UTF-8)")
    c.add_argument("--include", action="append", metavar="GLOB", help="only files matching (repeatable)")
    c.add_argument("--exclude", action="append", metavar="GLOB", help="skip files matching (repeatable)")
    c.add_argument("--changed-since", metavar="REV", help="only files changed since this git revision")
    c.add_argument("--baseline", metavar="FILE", help="report only findings not in this baseline")
    c.add_argument("--write-baseline", metavar="FILE", help="record today's findings as the baseline")
    c.add_argument("--jobs", "-j", type=int, metavar="N", help="worker processes (0: all cores)")
    c.add_argument("--stdin-filename", metavar="NAME", help="path to report for '-' (also picks the format)")
    c.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    c.add_argument("--no-progress", action="store_true", help="no progress bar on standard error")
    c.add_argument("--no-cache", action="store_true", help="do not read or write the index cache")


def _language_arg(text: str) -> str:
    from checker.text.language import NAMED, is_language

    if not is_language(text):
        raise argparse.ArgumentTypeError(
            f"invalid language {text!r}; expected one of: {', '.join(NAMED)}, or an ISO 639 "
            "code of the glossary's forms")
    return text


def _codes(text: str | None) -> set[str] | None:
    if not text:
        return None
    out = set()
    for c in text.split(","):
        c = c.strip().upper()
        if c and c not in RULES:
            raise NamecheckError(f"unknown finding code '{c}'; 'namecheck rules' lists them")
        if c:
            out.add(c)
    return out


def _config(args: argparse.Namespace):
    from checker.config import find_config, load_config, merge_cli

    path = Path(args.config) if getattr(args, "config", None) else find_config(Path.cwd())
    if getattr(args, "config", None) and not Path(args.config).is_file():
        raise NamecheckError(InputError(args.config, "no such config file"))
    cfg = load_config(path)
    if args.command != "check":
        return cfg
    return merge_cli(cfg, glossary=args.glossary, fail_on=args.fail_on, encoding=args.encoding,
                     include=args.include, exclude=args.exclude, jobs=args.jobs,
                     extend_glossary=args.extend_glossary)


def cmd_config(args: argparse.Namespace, out: TextIO) -> int:
    from checker.config import config_as_toml

    out.write(config_as_toml(_config(args)))
    return 0


# -- one file ---------------------------------------------------------------------------------
@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    mentions: list = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    checked: bool = False


_WORKER: dict = {}
_STDIN_CACHE: dict = {}   # standard input's bytes, read once, for --fix


def _language_for(path: str, cfg, forced: str | None) -> str | None:
    if forced:
        return None if forced == "latin" else forced
    for pattern, lang in cfg.language.items():
        rel = os.path.relpath(os.path.abspath(path), cfg.root).replace(os.sep, "/")
        if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(os.path.basename(path), pattern):
            return None if lang == "latin" else lang
    return None


def _check_one(path: str, data: bytes | None = None, display: str | None = None) -> FileResult:
    from checker.discover import read_bytes
    from checker.formats import detect_format, is_binary, read_document

    checker, cfg, forced = _WORKER["checker"], _WORKER["cfg"], _WORKER["language"]
    shown = display or path
    res = FileResult(shown)
    try:
        if data is None:
            data = read_bytes(path)
        if is_binary(data):
            res.notes.append(f"{shown}: skipped: binary file")
            return res
        doc = read_document(data, shown, encoding=cfg.encoding,
                            format=detect_format(display or path))
        r = checker.check(doc, _language_for(path, cfg, forced))
        res.findings, res.mentions, res.checked = r.findings, r.mentions, True
    except NamecheckError as exc:
        res.errors.extend(exc.errors)
    return res


def _init_worker(glossary, extend, cfg, language, use_cache) -> None:
    from checker.api import Matcher
    from checker.check import Checker
    from checker.process import settle_after_load

    matcher = Matcher.from_paths(glossary, extend=extend, use_cache=use_cache,
                                 house_style=cfg.house_style)
    settle_after_load()
    _WORKER.update(checker=Checker(matcher), cfg=cfg, language=language, matcher=matcher)


def _worker_job(path: str) -> FileResult:
    return _check_one(path)


# -- the command ------------------------------------------------------------------------------
def cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    from checker.discover import changed_since, discover
    from checker.report import render_chunks

    cfg = _config(args)
    select, ignore = _codes(args.select), _codes(args.ignore) or set()
    use_cache = not args.no_cache
    _init_worker(cfg.glossary, cfg.extend_glossary, cfg, args.language, use_cache)
    _STDIN_CACHE.clear()
    errors: list[InputError] = []
    notes: list[str] = []
    paths = args.paths or ["."]
    if args.changed_since:
        changed = changed_since(args.changed_since, cfg.root)
        wanted = [os.path.abspath(p) for p in paths if p != "-"]
        paths = [p for p in changed if any(
            os.path.abspath(p) == w or os.path.abspath(p).startswith(w.rstrip(os.sep) + os.sep)
            for w in wanted)]
        files, skipped, errs = discover(paths, include=cfg.include, exclude=cfg.exclude,
                                        root=cfg.root, force_exclude=True)
    else:
        files, skipped, errs = discover(paths, include=cfg.include, exclude=cfg.exclude,
                                        root=cfg.root)
    errors.extend(errs)
    notes.extend(f"{s.path}: skipped: {s.reason}" for s in skipped
                 if s.reason not in ("excluded", "ignored by .gitignore"))
    findings, checked = _collect(files, cfg, args, err, stdin, use_cache, select, ignore,
                                 errors, notes)
    if args.write_baseline:
        _write_baseline(args.write_baseline, findings)
        notes.append(f"wrote {len(findings)} finding(s) to the baseline {args.write_baseline}")
    if args.baseline:
        findings = _filter_baseline(args.baseline, findings)
    stdin_fixed = None
    if args.fix or args.diff:
        fixed, stdin_fixed, fix_notes, fix_errors, diff_text = _fix(findings, args, cfg)
        notes.extend(fix_notes)
        errors.extend(fix_errors)
        if args.diff:
            out.write(diff_text)
        elif fixed:
            # check again, as ruff does: what is left after the fixes (NC004 among it)
            if stdin_fixed is not None:
                _STDIN_CACHE["data"] = stdin_fixed.encode("utf-8")
            findings, checked = _collect(files, cfg, args, err, stdin, use_cache, select, ignore,
                                         [], [])
            if args.baseline:
                findings = _filter_baseline(args.baseline, findings)
    color = args.color == "always" or (args.color == "auto" and _is_tty(out) and not os.environ.get("NO_COLOR"))
    report = render_chunks(args.format, findings, errors, checked,
                           color=color and not args.output, notes=notes)
    if stdin_fixed is not None and not args.diff:
        out.write(stdin_fixed)
        err.writelines(report)
    elif args.output and args.output != "-":
        try:
            with open(args.output, "w", encoding="utf-8") as fh:
                fh.writelines(report)
        except OSError as exc:
            raise NamecheckError(InputError(args.output, f"cannot write the report: {exc.strerror}"))
    elif not args.diff or args.format != "text":
        out.writelines(report)
    else:
        err.writelines(report)
    if errors:
        return 2
    floor = SEVERITY_RANK[cfg.fail_on]
    return 1 if any(SEVERITY_RANK[f.severity] >= floor for f in findings) else 0


def _collect(files, cfg, args, err, stdin, use_cache, select, ignore, errors, notes):
    """Check the files; the findings sorted, with NC004 and the configured severities applied."""
    from checker.check import consistency

    findings: list[Finding] = []
    mentions = []
    checked = 0
    for r in _run(files, cfg, args, err, stdin, use_cache):
        findings.extend(r.findings)
        mentions.extend(r.mentions)
        errors.extend(r.errors)
        notes.extend(r.notes)
        checked += r.checked
    findings.extend(consistency(mentions, _WORKER["matcher"]))
    findings = _apply_severity(findings, cfg, select, ignore)
    findings.sort(key=finding_order)
    return findings, checked


def _is_tty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _run(files: list[str], cfg, args, err: TextIO, stdin: TextIO, use_cache: bool) -> list[FileResult]:
    progress = not args.no_progress and _is_tty(err) and len(files) > 20
    results: list[FileResult] = []
    disk = [f for f in files if f != "-"]
    if "-" in files:
        if "data" not in _STDIN_CACHE:
            _STDIN_CACHE["data"] = (stdin.buffer.read() if hasattr(stdin, "buffer")
                                    else stdin.read().encode("utf-8"))
        results.append(_check_one("-", _STDIN_CACHE["data"], args.stdin_filename or "-"))
    jobs = cfg.jobs if cfg.jobs else (os.cpu_count() or 1)
    if jobs > 1 and len(disk) >= 8:
        import multiprocessing as mp

        ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
        # a forked worker starts with this process's glossary and index already loaded
        inherit = ctx.get_start_method() == "fork" and "checker" in _WORKER
        with ctx.Pool(min(jobs, len(disk)), initializer=None if inherit else _init_worker,
                      initargs=() if inherit else (cfg.glossary, cfg.extend_glossary, cfg,
                                                   args.language, use_cache)) as pool:
            for i, r in enumerate(pool.imap(_worker_job, disk, chunksize=4), 1):
                results.append(r)
                if progress:
                    err.write(f"\rnamecheck: {i}/{len(disk)} files")
    else:
        for i, f in enumerate(disk, 1):
            results.append(_check_one(f))
            if progress:
                err.write(f"\rnamecheck: {i}/{len(disk)} files")
    if progress:
        err.write("\r\033[K")
    return results


def _apply_severity(findings: list[Finding], cfg, select, ignore) -> list[Finding]:
    sev = cfg.effective_severity()
    out = []
    for f in findings:
        level = sev.get(f.code, f.severity)
        if level == "off" or f.code in ignore or (select is not None and f.code not in select):
            continue
        f.severity = level
        out.append(f)
    return out


def _fingerprint(f: Finding) -> str:
    return f"{f.path}\x1f{f.code}\x1f{f.found}\x1f{f.suggestion or ''}"


def _write_baseline(path: str, findings: list[Finding]) -> None:
    from collections import Counter

    from checker.fix import write_atomic

    counts = Counter(_fingerprint(f) for f in findings)
    items = [dict(zip(("path", "code", "found", "suggestion"), k.split("\x1f")), count=n)
             for k, n in sorted(counts.items())]
    data = json.dumps({"version": 1, "findings": items}, ensure_ascii=False, indent=2) + "\n"
    write_atomic(path, data.encode("utf-8"))


def _filter_baseline(path: str, findings: list[Finding]) -> list[Finding]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        known = {f"{i['path']}\x1f{i['code']}\x1f{i['found']}\x1f{i.get('suggestion') or ''}":
                 int(i.get("count", 1)) for i in data["findings"]}
    except FileNotFoundError:
        raise NamecheckError(InputError(path, "no such baseline file")) from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise NamecheckError(InputError(path, f"not a namecheck baseline: {exc}")) from None
    out = []
    for f in sorted(findings, key=finding_order):
        k = _fingerprint(f)
        if known.get(k, 0) > 0:
            known[k] -= 1
        else:
            out.append(f)
    return out


def _fix(findings, args, cfg):
    """Apply fixes file by file; return how many were fixed, stdin's fixed text, notes, errors, diff."""
    from checker.discover import read_bytes
    from checker.fix import apply_replacements, unified_diff, write_atomic
    from checker.formats import detect_format, read_document

    allowed = {"safe", "unsafe"} if args.unsafe_fixes else {"safe"}
    by_path: dict[str, list[Finding]] = {}
    for f in findings:
        if f.suggestion and f.fix_safety in allowed and f.code != "NC004":
            by_path.setdefault(f.path, []).append(f)
    notes, errors, diffs = [], [], []
    stdin_fixed = None
    fixed_ids: set[int] = set()
    for path, fs in sorted(by_path.items()):
        try:
            from_stdin = path == (args.stdin_filename or "-") and "-" in (args.paths or [])
            if from_stdin:
                data = _STDIN_CACHE.get("data", b"")
            else:
                data = read_bytes(path)
            doc = read_document(data, path, encoding=cfg.encoding, format=detect_format(path))
            reps = [(f.start, f.end, f.suggestion) for f in sorted(fs, key=lambda f: f.start)]
            new_text = apply_replacements(doc.text, reps)
            if args.diff:
                diffs.append(unified_diff(path, doc.text, new_text))
            elif from_stdin:
                stdin_fixed = new_text
            else:
                write_atomic(path, doc.encode(new_text))
            fixed_ids.update(id(f) for f in fs)
        except NamecheckError as exc:
            errors.extend(exc.errors)
    n = len(fixed_ids)
    if n and not args.diff:
        notes.append(f"fixed {n} finding(s) in {len(by_path)} file(s)")
    return n, stdin_fixed, notes, errors, "".join(diffs)

