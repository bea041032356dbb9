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
        if is_under(path, cwd):
            out.add(os.path.relpath(path, cwd))
        elif is_under(path, real_cwd):
            out.add(os.path.relpath(path, real_cwd))
        else:
            out.add(os.path.normpath(path))
    return sorted(out)
