"""gitignore patterns: the rules of `.gitignore` files and of include/exclude globs."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from checker.reading import read_regular

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
    def from_lines(cls, lines: Iterable[str]) -> IgnoreRules:
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


def read_rules(path: str) -> IgnoreRules | None:
    """The patterns of the ignore file at `path`; None when it cannot be read (there is none).
    NamecheckError when it is not a regular file: a FIFO is not waited on."""
    try:
        data = read_regular(path)
    except OSError:
        return None
    text = data.decode("utf-8", "surrogateescape")
    return IgnoreRules.from_lines(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
