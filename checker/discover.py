"""Finding the files to check: folder walks with .gitignore, include/exclude globs, git changes."""
from __future__ import annotations

import errno
import os
import re
import stat
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from checker.findings import InputError, NamecheckError

SKIP_DIRS = frozenset({"node_modules", "__pycache__", "venv"})


@dataclass
class Skipped:
    """A path left out of the check, with the reason (for verbose output)."""

    path: str
    reason: str


# --- gitignore patterns -------------------------------------------------------------------------

_POSIX_CLASSES = {
    "alnum": "a-zA-Z0-9", "alpha": "a-zA-Z", "blank": " \\t", "cntrl": "\\x00-\\x1f\\x7f",
    "digit": "0-9", "graph": "!-~", "lower": "a-z", "print": " -~",
    "punct": "!-/:-@\\[-`{-~",
    "space": " \\t\\n\\r\\f\\v", "upper": "A-Z", "xdigit": "0-9A-Fa-f",
}


def _class_char(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch


def _translate_class(pat: str, i: int) -> tuple[str, int] | None:
    """The regex for the bracket expression starting at pat[i] == '[', and the index after it."""
    n = len(pat)
    k = i + 1
    negate = k < n and pat[k] in "!^"
    if negate:
        k += 1
    parts: list[str] = []
    first = True
    while k < n:
        ch = pat[k]
        if ch == "]" and not first:
            body = "".join(parts)
            if negate:
                return f"[^/{body}]", k + 1
            return (f"(?!/)[{body}]" if body else "(?!)"), k + 1
        first = False
        if ch == "[" and pat.startswith("[:", k):
            end = pat.find(":]", k + 2)
            if end != -1 and pat[k + 2:end] in _POSIX_CLASSES:
                parts.append(_POSIX_CLASSES[pat[k + 2:end]])
                k = end + 2
                continue
        if ch == "\\" and k + 1 < n:
            k += 1
            ch = pat[k]
        if k + 2 < n and pat[k + 1] == "-" and pat[k + 2] != "]":
            hi_at = k + 2
            if pat[hi_at] == "\\" and hi_at + 1 < n:
                hi_at += 1
            hi = pat[hi_at]
            if ord(ch) <= ord(hi):
                parts.append(f"{_class_char(ch)}-{_class_char(hi)}")
            k = hi_at + 1
            continue
        parts.append(_class_char(ch))
        k += 1
    return None


def _translate(pat: str) -> str:
    """A regex for one gitignore glob (without its '!', leading '/' and trailing '/')."""
    out: list[str] = []
    i, n = 0, len(pat)
    while i < n:
        ch = pat[i]
        if ch == "*":
            j = i
            while j < n and pat[j] == "*":
                j += 1
            whole_part = (i == 0 or pat[i - 1] == "/") and (j == n or pat[j] == "/")
            if j - i >= 2 and whole_part:
                if j == n:
                    out.append(".*")
                else:
                    out.append("(?:[^/]*/)*")
                    j += 1
            else:
                out.append("[^/]*")
            i = j
        elif ch == "?":
            out.append("[^/]")
            i += 1
        elif ch == "[":
            got = _translate_class(pat, i)
            if got is None:
                out.append(re.escape(ch))
                i += 1
            else:
                out.append(got[0])
                i = got[1]
        elif ch == "\\" and i + 1 < n:
            out.append(re.escape(pat[i + 1]))
            i += 2
        else:
            out.append(re.escape(ch))
            i += 1
    return "".join(out)


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern
    negate: bool
    dir_only: bool
    anchored: bool  # matched against the path below the base folder, not just the name


def _parse_pattern(line: str) -> _Pattern | None:
    line = line.rstrip("\r\n")
    if not line or line.startswith("#"):
        return None
    end = len(line)
    while end > 0 and line[end - 1] == " ":
        if end >= 2 and line[end - 2] == "\\":
            break
        end -= 1
    line = line[:end]
    negate = line.startswith("!")
    if negate:
        line = line[1:]
    dir_only = line.endswith("/") and not line.endswith("\\/")
    line = line.rstrip("/") if dir_only else line
    if not line:
        return None
    anchored = "/" in line
    line = line.lstrip("/")
    if not line:
        return None
    try:
        regex = re.compile(_translate(line), re.DOTALL)
    except re.error:
        return None
    return _Pattern(regex, negate, dir_only, anchored)


@dataclass
class IgnoreRules:
    """The patterns of one .gitignore file (or of the `exclude`/`include` settings)."""

    patterns: list[_Pattern] = field(default_factory=list)

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> "IgnoreRules":
        """Parse gitignore lines; blank lines, comments and invalid patterns are dropped."""
        return cls([p for p in map(_parse_pattern, lines) if p is not None])

    def decide(self, rel: str | None, name: str, is_dir: bool) -> bool | None:
        """True: matched (ignored), False: re-included by '!', None: no pattern applies.

        `rel` is the '/'-separated path below the base folder; None when outside it, then
        only patterns without a slash (matched against `name`) can apply.
        """
        for pat in reversed(self.patterns):  # the last matching pattern wins
            if pat.dir_only and not is_dir:
                continue
            if pat.anchored:
                if rel is None or not pat.regex.fullmatch(rel):
                    continue
            elif not pat.regex.fullmatch(name):
                continue
            return not pat.negate

        return None

    def excludes_path(self, rel: str) -> bool:
        """Whether a file at `rel` (below the base) is matched, as git decides: a matched folder
        takes everything in it, a '!' cannot bring a file back from there."""
        parts = rel.split("/")
        for depth in range(1, len(parts)):
            if self.decide("/".join(parts[:depth]), parts[depth - 1], True):
                return True
        return bool(self.decide(rel, parts[-1], False))

    def includes_path(self, rel: str) -> bool:
        """Whether a file at `rel` is taken by include globs: its own verdict, else that of the
        nearest folder with one (so a folder pattern takes everything below it)."""
        parts = rel.split("/")
        for depth in range(len(parts), 0, -1):
            verdict = self.decide("/".join(parts[:depth]), parts[depth - 1], depth < len(parts))
            if verdict is not None:
                return verdict
        return False


def _read_rules(path: str) -> IgnoreRules | None:
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as fh:
            return IgnoreRules.from_lines(fh)
    except OSError:
        return None


# --- walking ------------------------------------------------------------------------------------

_Stack = tuple[tuple[IgnoreRules, str], ...]


def _join_rel(rel: str | None, name: str) -> str | None:
    if rel is None:
        return None
    return f"{rel}/{name}" if rel else name


def _under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _rel_posix(path: str, folder: str) -> str | None:
    if not _under(path, folder):
        return None
    rel = os.path.relpath(path, folder)
    return "" if rel == "." else rel.replace(os.sep, "/")


def display_path(given: str, cwd: str | None = None) -> str:
    """A path as the user would write it: relative to cwd when under it, else as given (normalised)."""
    cwd = cwd or os.getcwd()
    absolute = os.path.abspath(given)
    if _under(absolute, cwd):
        return os.path.relpath(absolute, cwd)
    return os.path.normpath(given)


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode):
        return "character device"
    if stat.S_ISBLK(mode):
        return "block device"
    return "unknown type"


def _os_message(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "No such file or directory"
    if isinstance(exc, PermissionError):
        return "Permission denied"
    return exc.strerror or str(exc)


@dataclass
class _Walker:
    root: str
    include: IgnoreRules | None
    exclude: IgnoreRules
    respect_gitignore: bool
    files: set[str] = field(default_factory=set)
    skipped: list[Skipped] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    visited: set[str] = field(default_factory=set)
    # symlinked folders are walked last so that a real folder is never reported as "already visited"
    deferred: list[tuple[str, str, _Stack, str | None, str]] = field(default_factory=list)

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
            chain = [d for d in chain if _under(d, self.root)] if _under(folder, self.root) else []
        stack: list[tuple[IgnoreRules, str]] = []
        if top is not None:
            info = _read_rules(os.path.join(top, ".git", "info", "exclude"))
            if info is not None:
                stack.append((info, _rel_posix(folder, top) or ""))
        for ancestor in reversed(chain):
            rules = _read_rules(os.path.join(ancestor, ".gitignore"))
            if rules is not None:
                stack.append((rules, _rel_posix(folder, ancestor) or ""))
        return tuple(stack)

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
            self.errors.append(InputError(display, _os_message(exc)))
            return
        if self.respect_gitignore and any(e.name == ".gitignore" for e in entries):
            rules = _read_rules(os.path.join(folder, ".gitignore"))
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
                self.errors.append(InputError(shown, _os_message(exc)))
            return
        is_dir = stat.S_ISDIR(st.st_mode)
        if is_dir and name in SKIP_DIRS:
            return
        child_rel_root = _join_rel(rel_root, name)
        if rel_root is None and _under(path, self.root):  # a walk from above the root enters it
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
            self.skipped.append(Skipped(shown, f"special file ({_special_kind(st.st_mode)})"))
            return
        if self.include is not None and not self._included(child_rel_root, name):
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

    def walk_deferred(self) -> None:
        while self.deferred:
            path, shown, stack, rel_root, parent_real = self.deferred.pop(0)
            target = os.path.realpath(path)
            if _under(parent_real, target):
                self.skipped.append(Skipped(shown, "symlink loop"))
            elif target in self.visited:
                self.skipped.append(Skipped(shown, "symlinked folder already visited"))
            else:
                self.walk(path, shown, stack, rel_root, target)


def discover(paths: list[str], *, include: Iterable[str] = (), exclude: Iterable[str] = (),
             root: Path | None = None, respect_gitignore: bool = True,
             force_exclude: bool = False) -> tuple[list[str], list[Skipped], list[InputError]]:
    """The files to check under `paths` (sorted, unique), what was skipped, and unreadable paths.

    Files named explicitly are always taken unless `force_exclude` (then `exclude` applies to
    them too); `include`/`exclude` are gitignore-style globs relative to `root` (default cwd).
    """
    cwd = os.getcwd()
    root_abs = os.path.abspath(root) if root is not None else cwd
    include = list(include)
    walker = _Walker(root=root_abs,
                     include=IgnoreRules.from_lines(include) if include else None,
                     exclude=IgnoreRules.from_lines(exclude),
                     respect_gitignore=respect_gitignore)
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
            message = "symlink loop" if exc.errno == errno.ELOOP else _os_message(exc)
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


def read_bytes(path: str) -> bytes:
    """The bytes of a file ('-' is stdin); NamecheckError when it cannot be read."""
    if path == "-":
        try:
            return sys.stdin.buffer.read()
        except OSError as exc:
            raise NamecheckError(InputError("-", _os_message(exc))) from None
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except IsADirectoryError:
        raise NamecheckError(InputError(path, "Is a directory")) from None
    except OSError as exc:
        raise NamecheckError(InputError(path, _os_message(exc))) from None


# --- git ----------------------------------------------------------------------------------------

def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0"}
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, env=env, check=False)
    except FileNotFoundError:
        raise NamecheckError("--changed-since needs git, and git was not found on PATH") from None
    except NotADirectoryError:
        raise NamecheckError(InputError(str(cwd), "Not a directory")) from None


def _nul_list(data: bytes) -> list[str]:
    return [os.fsdecode(p) for p in data.split(b"\0") if p]


def changed_since(rev: str, root: Path) -> list[str]:
    """Files of the repository at `root` changed since `rev`: committed since (from the merge base
    with HEAD), staged, unstaged and untracked-but-not-ignored. Existing files only, sorted, shown
    relative to the cwd when under it."""
    root = Path(root)
    if not root.is_dir():
        raise NamecheckError(InputError(str(root), "No such file or directory"))
    top_proc = _git(["rev-parse", "--show-toplevel"], root)
    if top_proc.returncode != 0:
        raise NamecheckError(f"--changed-since needs a git repository, and {root} is not in one")
    top = os.fsdecode(top_proc.stdout).rstrip("\n")
    if not rev or rev.startswith("-"):
        raise NamecheckError(f"--changed-since: '{rev}' is not a git revision")
    sha_proc = _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], root)
    if sha_proc.returncode != 0:
        raise NamecheckError(f"--changed-since: unknown git revision '{rev}'")
    sha = sha_proc.stdout.decode("ascii").strip()
    base_proc = _git(["merge-base", sha, "HEAD"], root)
    base = base_proc.stdout.decode("ascii").strip() if base_proc.returncode == 0 else sha
    diff = _git(["-c", "core.quotepath=off", "diff", "--name-only", "-z", "--no-renames",
                 "--no-ext-diff", base, "--"], Path(top))
    if diff.returncode != 0:
        raise NamecheckError(f"--changed-since: git diff failed: "
                             f"{diff.stderr.decode(errors='replace').strip()}")
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], Path(top))
    if untracked.returncode != 0:
        raise NamecheckError(f"--changed-since: git ls-files failed: "
                             f"{untracked.stderr.decode(errors='replace').strip()}")
    cwd = os.getcwd()
    real_cwd = os.path.realpath(cwd)
    out: set[str] = set()
    for name in _nul_list(diff.stdout) + _nul_list(untracked.stdout):
        path = os.path.join(top, name)
        if not os.path.isfile(path):
            continue
        if _under(path, cwd):
            out.add(os.path.relpath(path, cwd))
        elif _under(path, real_cwd):
            out.add(os.path.relpath(path, real_cwd))
        else:
            out.add(os.path.normpath(path))
    return sorted(out)
