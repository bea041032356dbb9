"""The files of a git repository changed since a revision (`--changed-since`)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

from checker.discover import is_under
from checker.errors import InputError, NamecheckError


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


def _repository_top(folder: Path) -> str:
    proc = _git(["rev-parse", "--show-toplevel"], folder)
    if proc.returncode != 0:
        raise NamecheckError(f"--changed-since needs a git repository, and {folder} is not in one")
    return os.fsdecode(proc.stdout).rstrip("\n")


def _changed_in(rev: str, top: str) -> list[str]:
    """The absolute paths of the files of the repository at `top` changed since `rev`."""
    where = Path(top)
    sha_proc = _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], where)
    if sha_proc.returncode != 0:
        raise NamecheckError(f"--changed-since: unknown git revision '{rev}' in {top}")
    sha = sha_proc.stdout.decode("ascii").strip()
    base_proc = _git(["merge-base", sha, "HEAD"], where)
    base = base_proc.stdout.decode("ascii").strip() if base_proc.returncode == 0 else sha
    diff = _git(["-c", "core.quotepath=off", "diff", "--name-only", "-z", "--no-renames",
                 "--no-ext-diff", base, "--"], where)
    if diff.returncode != 0:
        raise NamecheckError(f"--changed-since: git diff failed: "
                             f"{diff.stderr.decode(errors='replace').strip()}")
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], where)
    if untracked.returncode != 0:
        raise NamecheckError(f"--changed-since: git ls-files failed: "
                             f"{untracked.stderr.decode(errors='replace').strip()}")
    return [os.path.join(top, name) for name in _nul_list(diff.stdout) + _nul_list(untracked.stdout)]


def changed_since(rev: str, paths: list[str] | None = None) -> list[str]:
    """Files under `paths` (default: the current folder) changed since `rev` in their git
    repository: committed since (from the merge base with HEAD), staged, unstaged and
    untracked-but-not-ignored. Git runs in each path's own repository, wherever the current
    folder is. Existing files only, sorted, shown relative to the cwd when under it."""
    if not rev or rev.startswith("-"):
        raise NamecheckError(f"--changed-since: '{rev}' is not a git revision")
    cwd = os.getcwd()
    real_cwd = os.path.realpath(cwd)
    by_top: dict[str, list[str]] = {}
    out: set[str] = set()
    for given in paths if paths is not None else ["."]:
        absolute = os.path.abspath(given)
        if not os.path.exists(absolute):
            raise NamecheckError(InputError(given, "No such file or directory"))
        folder = absolute if os.path.isdir(absolute) else os.path.dirname(absolute)
        top = _repository_top(Path(folder))
        if top not in by_top:
            by_top[top] = _changed_in(rev, top)
        # git names files below the real top; the path may reach it through a symbolic link
        real = os.path.realpath(absolute)
        for path in by_top[top]:
            if not os.path.isfile(path) or not (is_under(path, real) or is_under(path, absolute)):
                continue
            if is_under(path, real) and not is_under(path, absolute):
                path = os.path.join(absolute, os.path.relpath(path, real))
            if is_under(path, cwd):
                out.add(os.path.relpath(path, cwd))
            elif is_under(path, real_cwd):
                out.add(os.path.relpath(path, real_cwd))
            else:
                out.add(os.path.normpath(path))
    return sorted(out)
