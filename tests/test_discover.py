"""Tests for checker.discover: folder walks, gitignore semantics, special files, git changes."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker.discover import NEVER_CHECKED, NOT_A_DOCUMENT, IgnoreRules, Skipped, discover, display_path
from checker.findings import InputError, NamecheckError
from checker.git import changed_since


def make(root: Path, *names: str) -> None:
    for name in names:
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"content of {name}\n", encoding="utf-8")


def gitignore(folder: Path, *lines: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ".gitignore").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def files_of(*args, **kwargs) -> list[str]:
    files, _, errors = discover(*args, **kwargs)
    assert errors == []
    return files


# --- the gitignore matcher ----------------------------------------------------------------------

@pytest.mark.parametrize("lines, rel, is_dir, expected", [
    (["*.log"], "a.log", False, True),
    (["*.log"], "deep/down/a.log", False, True),
    (["*.log"], "a.log.txt", False, None),
    (["*.log", "!keep.log"], "x/keep.log", False, False),
    (["!keep.log", "*.log"], "keep.log", False, True),  # the last match wins
    (["build/"], "build", True, True),
    (["build/"], "build", False, None),  # directory-only
    (["build/"], "src/build", True, True),
    (["/top.md"], "top.md", False, True),  # leading slash anchors
    (["/top.md"], "sub/top.md", False, None),
    (["docs/draft.md"], "docs/draft.md", False, True),  # a middle slash anchors too
    (["docs/draft.md"], "x/docs/draft.md", False, None),
    (["**/cache"], "cache", True, True),
    (["**/cache"], "a/b/cache", True, True),
    (["a/**/b.md"], "a/b.md", False, True),
    (["a/**/b.md"], "a/x/y/b.md", False, True),
    (["a/**/b.md"], "z/a/x/b.md", False, None),
    (["logs/**"], "logs/x/y.txt", False, True),
    (["logs/**"], "logs", True, None),
    (["a**b"], "axxb", False, True),  # not a whole part: like '*'
    (["a/*"], "a/b/c", False, None),  # '*' does not cross '/'
    (["file[0-9].md"], "file7.md", False, True),
    (["file[0-9].md"], "filex.md", False, None),
    (["[!a]*.tmp"], "b1.tmp", False, True),
    (["[!a]*.tmp"], "a1.tmp", False, None),
    (["[^a]*.tmp"], "a1.tmp", False, None),
    (["[]x].md"], "].md", False, True),
    (["x[[:digit:]].md"], "x5.md", False, True),
    (["x[[:digit:]].md"], "xa.md", False, None),
    (["?.md"], "a.md", False, True),
    (["?.md"], "ab.md", False, None),
    (["\\#hash.md"], "#hash.md", False, True),
    (["#comment.md"], "#comment.md", False, None),
    (["\\!bang.md"], "!bang.md", False, True),
    (["trail.md   "], "trail.md", False, True),
    (["sp\\ "], "sp ", False, True),
    (["[unclosed"], "[unclosed", False, True),
    (["Файл*.md"], "Файл-1.md", False, True),
])
def test_ignore_rules(lines: list[str], rel: str, is_dir: bool, expected: bool | None) -> None:
    rules = IgnoreRules.from_lines(lines)
    assert rules.decide(rel, rel.rsplit("/", 1)[-1], is_dir) is expected


def test_ignore_rules_outside_the_base_only_use_unanchored_patterns() -> None:
    rules = IgnoreRules.from_lines(["/a.md", "*.log"])
    assert rules.decide(None, "a.md", False) is None
    assert rules.decide(None, "x.log", False) is True


def test_excludes_path_checks_parent_folders() -> None:
    rules = IgnoreRules.from_lines(["build/", "!build/keep.md", "*.tmp", "!b.tmp"])
    assert rules.excludes_path("build/x/a.md")
    assert rules.excludes_path("build/keep.md")  # git cannot re-include below an excluded folder
    assert rules.excludes_path("src/a.tmp") and not rules.excludes_path("src/b.tmp")
    assert not rules.excludes_path("src/a.md")


def test_includes_path_takes_folder_patterns() -> None:
    rules = IgnoreRules.from_lines(["docs", "!*.rst", "*.md"])
    assert rules.includes_path("docs/x/a.txt")
    assert not rules.includes_path("docs/x/a.rst")
    assert rules.includes_path("a.md") and not rules.includes_path("a.txt")


# --- folder walks -------------------------------------------------------------------------------

def test_walk_is_sorted_and_skips_tool_folders(in_tmp: Path) -> None:
    make(in_tmp, "b.md", "a.md", "sub/c.txt", ".git/config", ".hidden/x.md", ".dotfile",
         "node_modules/m.md", "__pycache__/p.md", ".venv/v.md", "venv/v.md", "sub/.env")
    assert files_of(["."]) == ["a.md", "b.md", "sub/c.txt"]


def test_nested_gitignore_with_negation_dirs_anchoring_and_globstar(in_tmp: Path) -> None:
    make(in_tmp, "a.md", "a.log", "keep.log", "top.md", "sub/top.md", "build/x.md",
         "build/keep.md", "out", "docs/out/y.md", "docs/draft.md", "x/docs/draft.md",
         "docs/notes.log", "docs/deep/secret.md", "docs/deep/er/secret.md", "docs/ok.md",
         "cache/z.md", "docs/cache/z.md", "file1.md", "fileA.md")
    gitignore(in_tmp, "*.log", "!keep.log", "/top.md", "build/", "!build/keep.md",
              "out/", "docs/draft.md", "docs/**/secret.md", "**/cache/", "file[0-9].md")
    gitignore(in_tmp / "docs", "!*.log")
    files, skipped, errors = discover(["."])
    assert errors == []
    assert files == ["a.md", "docs/notes.log", "docs/ok.md", "fileA.md", "keep.log", "out",
                     "sub/top.md", "x/docs/draft.md"]
    reasons = {s.path: s.reason for s in skipped}
    assert reasons["build"] == "ignored by .gitignore"  # re-including inside it is impossible
    assert "build/keep.md" not in reasons
    assert reasons["a.log"] == reasons["top.md"] == reasons["docs/out"] == "ignored by .gitignore"


def test_nested_gitignore_is_relative_to_its_folder(in_tmp: Path) -> None:
    make(in_tmp, "draft.md", "docs/draft.md", "docs/sub/draft.md")
    gitignore(in_tmp / "docs", "/draft.md")
    assert files_of(["."]) == ["docs/sub/draft.md", "draft.md"]


def test_gitignore_above_a_named_folder_applies_inside_a_repo(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / ".git").mkdir()
    make(tmp_path, "docs/a.md", "docs/a.tmp", "docs/sub/b.tmp", "docs/sub/b.md")
    gitignore(tmp_path, "*.tmp", "/docs/sub/b.md")
    (tmp_path / ".git" / "info").mkdir()
    (tmp_path / ".git" / "info" / "exclude").write_text("a.md\n")
    monkeypatch.chdir(tmp_path / "docs")
    assert files_of(["."]) == []
    assert files_of(["sub"]) == []
    (tmp_path / ".git" / "info" / "exclude").write_text("")
    assert files_of(["."]) == ["a.md"]


def test_respect_gitignore_off(in_tmp: Path) -> None:
    make(in_tmp, "a.log", "b.md")
    gitignore(in_tmp, "*.log")
    assert files_of(["."], respect_gitignore=False) == ["a.log", "b.md"]


def test_exclude_patterns_are_relative_to_root(in_tmp: Path) -> None:
    make(in_tmp, "docs/a.md", "docs/drafts/b.md", "drafts/c.md", "docs/c.txt", "vendor/v.md")
    files, skipped, _ = discover(["."], exclude=["/drafts/", "*.txt", "docs/drafts", "vendor"])
    assert files == ["docs/a.md"]
    assert Skipped("vendor", "excluded") in skipped and Skipped("docs/c.txt", "excluded") in skipped
    root = in_tmp / "docs"
    assert files_of(["."], exclude=["/drafts/"], root=root) == ["docs/a.md", "docs/c.txt",
                                                                 "drafts/c.md", "vendor/v.md"]


def test_exclude_negation(in_tmp: Path) -> None:
    make(in_tmp, "a.md", "b.md", "c.txt")
    assert files_of(["."], exclude=["*.md", "!b.md"]) == ["b.md", "c.txt"]


def test_include_globs_filter_walked_files_only(in_tmp: Path) -> None:
    make(in_tmp, "a.md", "b.txt", "docs/c.md", "docs/d.rst", "docs/deep/e.md", "notes.txt")
    assert files_of(["."], include=["*.md"]) == ["a.md", "docs/c.md", "docs/deep/e.md"]
    assert files_of(["."], include=["docs/**/*.md", "/b.txt"]) == ["b.txt", "docs/c.md",
                                                                    "docs/deep/e.md"]
    assert files_of(["notes.txt", "docs"], include=["*.md"]) == ["docs/c.md", "docs/deep/e.md",
                                                                  "notes.txt"]
    # a folder pattern takes everything below it, a later negation still wins
    assert files_of(["."], include=["docs", "!*.rst"]) == ["docs/c.md", "docs/deep/e.md"]


def test_explicit_files_are_checked_even_when_excluded_or_ignored(in_tmp: Path) -> None:
    make(in_tmp, "build/x.md", "a.log")
    gitignore(in_tmp, "*.log")
    assert files_of(["build/x.md", "a.log"], exclude=["build/"]) == ["a.log", "build/x.md"]
    files, skipped, _ = discover(["build/x.md", "a.log"], exclude=["build/"], force_exclude=True)
    assert files == ["a.log"] and skipped == [Skipped("build/x.md", "excluded")]
    files, skipped, _ = discover(["build/x.md"], exclude=["x.md"], root=in_tmp / "elsewhere",
                                 force_exclude=True)
    assert files == [] and skipped == [Skipped("build/x.md", "excluded")]


def test_stdin_is_passed_through(in_tmp: Path) -> None:
    make(in_tmp, "a.md")
    assert files_of(["-", "a.md", "-"]) == ["-", "a.md"]


def test_paths_as_the_user_writes_them(tmp_path: Path, monkeypatch) -> None:
    make(tmp_path, "proj/docs/a.md", "other/b.md")
    monkeypatch.chdir(tmp_path / "proj")
    abs_docs = str(tmp_path / "proj" / "docs")
    got = files_of(["./docs", "docs/", abs_docs, "../other", "docs/a.md"])
    assert got == [os.path.join("..", "other", "b.md"), os.path.join("docs", "a.md")]
    outside = str(tmp_path / "other")
    assert files_of([outside + "/"]) == [os.path.join(outside, "b.md")]
    assert display_path(abs_docs) == "docs" and display_path(".") == "."


def test_missing_path_is_an_error_and_the_walk_goes_on(in_tmp: Path) -> None:
    make(in_tmp, "a.md", "docs/b.md")
    files, skipped, errors = discover(["nope.md", "docs", "gone/"])
    assert files == ["docs/b.md"]
    assert errors == [InputError("nope.md", "No such file or directory"),
                      InputError("gone/", "No such file or directory")]
    assert str(errors[0]) == "nope.md: No such file or directory"


def test_unreadable_folder_is_an_error_and_the_walk_goes_on(in_tmp: Path, monkeypatch) -> None:
    make(in_tmp, "a.md", "locked/b.md", "z/c.md")
    real_scandir = os.scandir

    def scandir(path):
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, _, errors = discover(["."])
    assert files == ["a.md", "z/c.md"]
    assert errors == [InputError("locked", "Permission denied")]


def test_unreadable_file_is_an_error(in_tmp: Path, monkeypatch) -> None:
    make(in_tmp, "a.md", "secret.md")
    real_access = os.access
    monkeypatch.setattr(os, "access",
                        lambda p, mode: not str(p).endswith("secret.md") and real_access(p, mode))
    files, _, errors = discover([".", "secret.md"])
    assert files == ["a.md"]
    assert errors == [InputError("secret.md", "Permission denied")] * 2


def test_fifo_in_a_folder_is_skipped_but_a_named_one_is_kept(in_tmp: Path) -> None:
    make(in_tmp, "a.md")
    os.mkfifo(in_tmp / "pipe")
    files, skipped, errors = discover(["."])
    assert files == ["a.md"] and errors == []
    assert skipped == [Skipped("pipe", "special file (FIFO)")]
    assert files_of(["pipe"]) == ["pipe"]


def test_a_fifo_named_gitignore_is_an_error_not_a_wait(in_tmp: Path, no_hang) -> None:
    make(in_tmp, "docs/a.md", "b.md")
    os.mkfifo(in_tmp / "docs" / ".gitignore")
    files, _, errors = discover(["."])
    assert files == ["b.md", "docs/a.md"]
    assert errors == [InputError("docs/.gitignore", "not a regular file (FIFO)")]
    os.rename(in_tmp / "docs" / ".gitignore", in_tmp / ".gitignore")   # above the folder named
    files, _, errors = discover(["docs"])
    assert files == ["docs/a.md"] and errors == [InputError(".gitignore", "not a regular file (FIFO)")]


def test_socket_is_skipped(in_tmp: Path) -> None:
    import socket

    make(in_tmp, "a.md")
    s = socket.socket(socket.AF_UNIX)
    try:
        s.bind("sock")
        files, skipped, _ = discover(["."])
    finally:
        s.close()
    assert files == ["a.md"] and skipped == [Skipped("sock", "special file (socket)")]


def test_symlinks_to_files_are_followed(in_tmp: Path) -> None:
    make(in_tmp, "real/a.md")
    os.symlink(os.path.join("real", "a.md"), in_tmp / "link.md")
    assert files_of(["."]) == ["link.md", "real/a.md"]


def test_symlink_loop_is_skipped_with_a_note(in_tmp: Path) -> None:
    make(in_tmp, "docs/a.md")
    os.symlink("..", in_tmp / "docs" / "up")
    os.symlink("self", in_tmp / "self")
    files, skipped, errors = discover(["."])
    assert files == ["docs/a.md"] and errors == []
    assert Skipped("docs/up", "symlink loop") in skipped
    assert Skipped("self", "symlink loop") in skipped


def test_symlinked_folder_already_visited(in_tmp: Path) -> None:
    make(in_tmp, "z-real/a.md", "other/b.md")
    os.symlink("z-real", in_tmp / "a-link")
    os.symlink(str(in_tmp / "other"), in_tmp / "b-link")
    files, skipped, _ = discover(["."])
    # the real folder is walked even though the link to it sorts first
    assert files == ["other/b.md", "z-real/a.md"]
    assert Skipped("a-link", "symlinked folder already visited") in skipped
    assert Skipped("b-link", "symlinked folder already visited") in skipped


def test_symlinked_folder_outside_is_walked(tmp_path: Path, monkeypatch) -> None:
    make(tmp_path, "outside/x.md", "proj/a.md")
    os.symlink(str(tmp_path / "outside"), tmp_path / "proj" / "ext")
    monkeypatch.chdir(tmp_path / "proj")
    assert files_of(["."]) == ["a.md", "ext/x.md"]


def test_broken_symlink_in_a_folder_is_noted(in_tmp: Path) -> None:
    os.symlink("missing.md", in_tmp / "dangling.md")
    files, skipped, errors = discover(["."])
    assert files == [] and errors == [] and skipped == [Skipped("dangling.md", "broken symbolic link")]
    _, _, errors = discover(["dangling.md"])
    assert errors == [InputError("dangling.md", "No such file or directory")]


def test_no_paths_gives_nothing(in_tmp: Path) -> None:
    make(in_tmp, "a.md")
    assert discover([]) == ([], [], [])


# --- changed_since ------------------------------------------------------------------------------

def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch) -> Path:
    assert shutil.which("git"), "git is needed for these tests"
    for key, value in {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                       "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
                       "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
                       "HOME": str(tmp_path)}.items():
        monkeypatch.setenv(key, value)
    r = tmp_path / "repo"
    r.mkdir()
    git(r, "init", "-q")
    make(r, "a.md", "b.md", "c.md", "docs/d.md")
    gitignore(r, "*.log")
    git(r, "add", "-A")
    git(r, "commit", "-q", "-m", "one")
    git(r, "tag", "base")
    return r


def test_changed_since(repo: Path, monkeypatch) -> None:
    (repo / "b.md").write_text("committed change\n")
    make(repo, "new-committed.md")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "two")
    (repo / "a.md").write_text("unstaged change\n")
    make(repo, "docs/staged.md")
    git(repo, "add", "docs/staged.md")
    make(repo, "untracked.md", "ignored.log")
    git(repo, "rm", "-q", "c.md")
    monkeypatch.chdir(repo)
    assert changed_since("base", [str(repo)]) == ["a.md", "b.md", "docs/staged.md",
                                                  "new-committed.md", "untracked.md"]
    assert changed_since("base") == changed_since("base", ["."])
    # only the files under the paths given; relative to the cwd when under it, else absolute
    monkeypatch.chdir(repo / "docs")
    assert changed_since("base", ["."]) == ["staged.md"]
    assert changed_since("base", [str(repo)]) == [
        os.path.join(repo, "a.md"), os.path.join(repo, "b.md"),
        os.path.join(repo, "new-committed.md"), os.path.join(repo, "untracked.md"), "staged.md"]
    assert changed_since("base", ["../a.md", "../docs"]) == [os.path.join(repo, "a.md"), "staged.md"]
    monkeypatch.chdir(repo.parent)
    assert changed_since("HEAD", [str(repo)]) == ["repo/a.md", "repo/docs/staged.md",
                                                  "repo/untracked.md"]


def test_changed_since_runs_git_in_each_paths_repository(repo: Path, tmp_path: Path,
                                                         monkeypatch) -> None:
    other = tmp_path / "other"
    other.mkdir()
    git(other, "init", "-q")
    make(other, "x.md")
    git(other, "add", "-A")
    git(other, "commit", "-q", "-m", "one")
    git(other, "tag", "base")
    make(repo, "new.md")
    make(other, "y.md")
    # from a folder that is in no repository at all
    outside = tmp_path / "outside"
    outside.mkdir()
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.chdir(outside)
    assert changed_since("base", ["../repo", "../other"]) == sorted([
        os.path.join(repo, "new.md"), os.path.join(other, "y.md")])


def test_changed_since_uses_the_merge_base(repo: Path, monkeypatch) -> None:
    git(repo, "checkout", "-q", "-b", "side")
    (repo / "a.md").write_text("changed on the side branch only\n")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "side")
    git(repo, "checkout", "-q", "base")
    git(repo, "checkout", "-q", "-b", "other")
    make(repo, "other.md")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "other")
    monkeypatch.chdir(repo)
    assert changed_since("side", [str(repo)]) == ["other.md"]


def test_changed_since_nothing_changed(repo: Path, monkeypatch) -> None:
    monkeypatch.chdir(repo)
    assert changed_since("HEAD", [str(repo)]) == []


def test_changed_since_bad_revision(repo: Path) -> None:
    with pytest.raises(NamecheckError) as exc:
        changed_since("no-such-branch", [str(repo)])
    assert "unknown git revision 'no-such-branch'" in str(exc.value)
    with pytest.raises(NamecheckError) as exc:
        changed_since("--output=x", [str(repo)])
    assert "not a git revision" in str(exc.value)


def test_changed_since_not_a_repository(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    plain = tmp_path / "plain"
    plain.mkdir()
    with pytest.raises(NamecheckError) as exc:
        changed_since("HEAD", [str(plain)])
    assert "needs a git repository" in str(exc.value)
    with pytest.raises(NamecheckError) as exc:
        changed_since("HEAD", [str(tmp_path / "missing")])
    assert "No such file or directory" in str(exc.value)


# --- documents only -----------------------------------------------------------------------------

def test_a_walk_takes_only_documents_unless_include_names_more(in_tmp: Path) -> None:
    make(in_tmp, "a.md", "b.TXT", "c.html", "d.po", "e.xlf", "f.yaml", "g.json", "h.toml",
         "i.py", "README", "docs/j.markdown", "docs/k.yml")
    assert files_of(["."], documents_only=True) == ["a.md", "b.TXT", "c.html", "d.po",
                                                    "docs/j.markdown", "e.xlf"]
    # include replaces the default set, as ruff's does
    assert files_of(["."], documents_only=True, include=["*.md", "*.yaml"]) == ["a.md", "f.yaml"]
    # without documents_only (the library's default) everything is taken
    assert "i.py" in files_of(["."])


def test_named_files_in_other_formats_are_skipped_with_a_reason(in_tmp: Path) -> None:
    make(in_tmp, "a.md", "f.yaml", "NOTES")
    files, skipped, errors = discover(["a.md", "f.yaml", "NOTES"], documents_only=True)
    assert errors == [] and files == ["NOTES", "a.md"]   # no extension: read as plain text
    assert [(s.path, s.reason) for s in skipped] == [("f.yaml", NOT_A_DOCUMENT)]
    assert discover(["f.yaml"], documents_only=True, include=["*.yaml"])[0] == ["f.yaml"]


def test_the_glossary_in_use_is_never_taken(in_tmp: Path) -> None:
    make(in_tmp, "names/people.yaml", "names/notes.md", "a.md")
    never = [str(in_tmp / "names" / "people.yaml")]
    files, skipped, _ = discover([".", "names/people.yaml"], documents_only=True,
                                 include=["*"], never=never)
    assert files == ["a.md", "names/notes.md"]
    assert {(s.path, s.reason) for s in skipped} == {("names/people.yaml", NEVER_CHECKED)}


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges there")
def test_the_glossary_in_use_is_never_taken_through_a_link(in_tmp: Path) -> None:
    make(in_tmp, "names/people.yaml", "a.md")
    (in_tmp / "docs").mkdir()
    os.symlink(in_tmp / "names" / "people.yaml", in_tmp / "docs" / "people-link.yaml")
    os.link(in_tmp / "names" / "people.yaml", in_tmp / "docs" / "people-hard.yaml")
    never = [str(in_tmp / "names" / "people.yaml")]
    files, skipped, _ = discover(["docs", "a.md"], include=["*"], never=never)
    assert files == ["a.md"]
    assert {(s.path, s.reason) for s in skipped} == {
        ("docs/people-link.yaml", NEVER_CHECKED), ("docs/people-hard.yaml", NEVER_CHECKED)}
