"""Finding the files to check: folder walks with .gitignore and include/exclude globs.

The patterns are `checker.gitignore`'s; files changed in git are `checker.git`'s.
"""
from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from checker.errors import InputError, NamecheckError, os_message
from checker.formats.reader import is_document
from checker.gitignore import IgnoreRules, read_rules
from checker.reading import file_kind

SKIP_DIRS = frozenset({"node_modules", "__pycache__", "venv"})
NEVER_CHECKED = "a glossary file in use, never checked as a document"
NOT_A_DOCUMENT = "not a document format (name it in 'include' to check it)"


@dataclass
class Skipped:
    """A path left out of the check, with the reason (for verbose output)."""

    path: str
    reason: str


_Stack = tuple[tuple[IgnoreRules, str], ...]


def _join_rel(rel: str | None, name: str) -> str | None:
    if rel is None:
        return None
    return f"{rel}/{name}" if rel else name


def is_under(path: str, folder: str) -> bool:
    """Whether `path` is `folder` or inside it (both absolute or both relative, normalised)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _rel_posix(path: str, folder: str) -> str | None:
    if not is_under(path, folder):
        return None
    rel = os.path.relpath(path, folder)
    return "" if rel == "." else rel.replace(os.sep, "/")


def display_path(given: str, cwd: str | None = None) -> str:
    """A path as the user would write it: relative to cwd when under it, else as given (normalised)."""
    cwd = cwd or os.getcwd()
    absolute = os.path.abspath(given)
    if is_under(absolute, cwd):
        return os.path.relpath(absolute, cwd)
    return os.path.normpath(given)


@dataclass
class _Walker:
    root: str
    include: IgnoreRules | None
    exclude: IgnoreRules
    respect_gitignore: bool
    documents_only: bool = False
    never: frozenset[str] = frozenset()   # real paths of the files never taken
    files: set[str] = field(default_factory=set)
    skipped: list[Skipped] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    visited: set[str] = field(default_factory=set)
    # symlinked folders are walked last so that a real folder is never reported as "already visited"
    deferred: list[tuple[str, str, _Stack, str | None, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        # the same files as (device, inode): a stat each file has anyway answers, where a real
        # path costs a system call for each folder above the file (a tenth of a large run)
        ids = set()
        for path in self.never:
            try:
                st = os.stat(path)
            except OSError:
                continue
            ids.add((st.st_dev, st.st_ino))
        self._never_ids = frozenset(ids) if all(ino for _, ino in ids) else None

    def is_never(self, path: str, st: os.stat_result) -> bool:
        """Whether the file at `path`, of status `st`, is one of `never`."""
        if not self.never:
            return False
        if self._never_ids is not None and st.st_ino:
            return (st.st_dev, st.st_ino) in self._never_ids
        return os.path.realpath(path) in self.never   # a file system without inode numbers

    def ancestor_rules(self, folder: str) -> _Stack:
        """The .gitignore rules above `folder` that apply inside it (up to the repository top)."""
        if not self.respect_gitignore:
            return ()
        chain = []
        current = folder
        top = folder if os.path.exists(os.path.join(folder, ".git")) else None
        while top is None:
            parent = os.path.dirname(current)
            if parent == current:
                break
            current = parent
            chain.append(current)
            if os.path.exists(os.path.join(current, ".git")):
                top = current
                break
        if top is None:
            # outside git, a .gitignore above the project root is not the project's business
            chain = [d for d in chain if is_under(d, self.root)] if is_under(folder, self.root) else []
        stack: list[tuple[IgnoreRules, str]] = []
        if top is not None:
            info = self.rules(os.path.join(top, ".git", "info", "exclude"))
            if info is not None:
                stack.append((info, _rel_posix(folder, top) or ""))
        for ancestor in reversed(chain):
            rules = self.rules(os.path.join(ancestor, ".gitignore"))
            if rules is not None:
                stack.append((rules, _rel_posix(folder, ancestor) or ""))
        return tuple(stack)

    def rules(self, path: str) -> IgnoreRules | None:
        """The patterns of an ignore file, None when there is none; one that is no regular
        file (a FIFO would keep the walk waiting) is an error, and its patterns are left out."""
        try:
            return read_rules(path)
        except NamecheckError as exc:
            self.errors.extend(InputError(display_path(e.path), e.message) for e in exc.errors)
            return None

    def gitignored(self, stack: _Stack, name: str, is_dir: bool) -> bool:
        for rules, prefix in reversed(stack):  # a deeper .gitignore overrides a higher one
            verdict = rules.decide(_join_rel(prefix, name), name, is_dir)
            if verdict is not None:
                return verdict
        return False

    def walk_root(self, folder: str, display: str) -> None:
        real = os.path.realpath(folder)
        self.walk(folder, display, self.ancestor_rules(folder), _rel_posix(folder, self.root), real)

    def walk(self, folder: str, display: str, stack: _Stack, rel_root: str | None, real: str) -> None:
        self.visited.add(real)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            self.errors.append(InputError(display, os_message(exc)))
            return
        if self.respect_gitignore and any(e.name == ".gitignore" for e in entries):
            rules = self.rules(os.path.join(folder, ".gitignore"))
            if rules is not None and rules.patterns:
                stack = stack + ((rules, ""),)
        for entry in entries:
            self.entry(entry, folder, display, stack, rel_root, real)

    def entry(self, entry: os.DirEntry, folder: str, display: str, stack: _Stack,
              rel_root: str | None, real: str) -> None:
        name = entry.name
        if name.startswith("."):
            return
        path = os.path.join(folder, name)
        shown = name if display == "." else os.path.join(display, name)
        try:
            is_link = entry.is_symlink()
            st = os.stat(path) if is_link else entry.stat(follow_symlinks=False)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                self.skipped.append(Skipped(shown, "symlink loop"))
            elif isinstance(exc, FileNotFoundError):
                self.skipped.append(Skipped(shown, "broken symbolic link"))
            else:
                self.errors.append(InputError(shown, os_message(exc)))
            return
        is_dir = stat.S_ISDIR(st.st_mode)
        if is_dir and name in SKIP_DIRS:
            return
        child_rel_root = _join_rel(rel_root, name)
        if rel_root is None and is_under(path, self.root):  # a walk from above the root enters it
            child_rel_root = _rel_posix(path, self.root)
        if self.exclude.decide(child_rel_root, name, is_dir):
            self.skipped.append(Skipped(shown, "excluded"))
            return
        if self.respect_gitignore and self.gitignored(stack, name, is_dir):
            self.skipped.append(Skipped(shown, "ignored by .gitignore"))
            return
        if is_dir:
            child_stack = tuple((rules, _join_rel(prefix, name) or "") for rules, prefix in stack)
            if is_link:
                self.deferred.append((path, shown, child_stack, child_rel_root, real))
            else:
                self.walk(path, shown, child_stack, child_rel_root, os.path.join(real, name))
            return
        if not stat.S_ISREG(st.st_mode):
            self.skipped.append(Skipped(shown, f"special file ({file_kind(st.st_mode)})"))
            return
        if self.include is not None:
            if not self._included(child_rel_root, name):
                return
        elif self.documents_only and not is_document(name):
            return
        if self.is_never(path, st):
            self.skipped.append(Skipped(shown, NEVER_CHECKED))
            return
        if not os.access(path, os.R_OK):
            self.errors.append(InputError(shown, "Permission denied"))
            return
        self.files.add(shown)

    def _included(self, rel: str | None, name: str) -> bool:
        assert self.include is not None
        if rel is None:
            return bool(self.include.decide(None, name, False))
        return self.include.includes_path(rel)

    def named_document(self, absolute: str) -> bool:
        """Whether a regular file named on the command line is read: `include` names it, or
        its extension is a document format's, or it has none."""
        name = os.path.basename(absolute)
        if self.include is not None and self._included(_rel_posix(absolute, self.root), name):
            return True
        return is_document(name) or not os.path.splitext(name)[1]

    def walk_deferred(self) -> None:
        while self.deferred:
            path, shown, stack, rel_root, parent_real = self.deferred.pop(0)
            target = os.path.realpath(path)
            if is_under(parent_real, target):
                self.skipped.append(Skipped(shown, "symlink loop"))
            elif target in self.visited:
                self.skipped.append(Skipped(shown, "symlinked folder already visited"))
            else:
                self.walk(path, shown, stack, rel_root, target)


def discover(paths: list[str], *, include: Iterable[str] = (), exclude: Iterable[str] = (),
             root: Path | None = None, respect_gitignore: bool = True,
             force_exclude: bool = False, documents_only: bool = False,
             never: Iterable[str] = ()) -> tuple[list[str], list[Skipped], list[InputError]]:
    """The files to check under `paths` (sorted, unique), what was skipped, and unreadable paths.

    Files named explicitly are always taken unless `force_exclude` (then `exclude` applies to
    them too); `include`/`exclude` are gitignore-style globs relative to `root` (default cwd).
    With `documents_only`, a file `include` does not name is taken only in a document format
    (a folder walk without `include` takes nothing else; a file named with another extension
    is skipped with a note, one without an extension or that is no regular file is read as
    plain text). The files of `never` (the glossary in use) are never taken.
    """
    cwd = os.getcwd()
    root_abs = os.path.abspath(root) if root is not None else cwd
    include = list(include)
    walker = _Walker(root=root_abs,
                     include=IgnoreRules.from_lines(include) if include else None,
                     exclude=IgnoreRules.from_lines(exclude),
                     respect_gitignore=respect_gitignore, documents_only=documents_only,
                     never=frozenset(os.path.realpath(p) for p in never))
    for given in paths:
        given = os.fspath(given)
        if given == "-":
            walker.files.add("-")
            continue
        absolute = os.path.abspath(given)
        shown = display_path(given, cwd)
        try:
            st = os.stat(absolute)
        except OSError as exc:
            message = "symlink loop" if exc.errno == errno.ELOOP else os_message(exc)
            walker.errors.append(InputError(given, message))
            continue
        if stat.S_ISDIR(st.st_mode):
            walker.walk_root(absolute, shown)
            continue
        if force_exclude:
            rel = _rel_posix(absolute, root_abs)
            if rel is not None and walker.exclude.excludes_path(rel):
                walker.skipped.append(Skipped(shown, "excluded"))
                continue
            if rel is None and walker.exclude.decide(None, os.path.basename(absolute), False):
                walker.skipped.append(Skipped(shown, "excluded"))
                continue
        if walker.is_never(absolute, st):
            walker.skipped.append(Skipped(shown, NEVER_CHECKED))
            continue
        if documents_only and stat.S_ISREG(st.st_mode) and not walker.named_document(absolute):
            walker.skipped.append(Skipped(shown, NOT_A_DOCUMENT))
            continue
        if stat.S_ISREG(st.st_mode) and not os.access(absolute, os.R_OK):
            walker.errors.append(InputError(given, "Permission denied"))
            continue
        # FIFOs and devices named explicitly are read (`namecheck <(cmd)` passes a pipe)
        walker.files.add(shown)
    walker.walk_deferred()
    skipped = sorted(walker.skipped, key=lambda s: s.path)
    return sorted(walker.files), skipped, walker.errors


def same_file_key(path: str) -> tuple[int, int] | None:
    """What tells one file from another however it is reached (symlinks, hard links): its
    device and inode; None when it cannot be stat-ed (reading it will say why)."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)
