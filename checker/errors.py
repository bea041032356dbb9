"""Input errors, reported as `path:line:col: what is wrong`, and the helpers that word them."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# what must not reach a line a person reads as it is: control characters (a newline in a file
# name would forge a report line, an escape sequence would colour the terminal), line and
# paragraph separators, bidirectional overrides, and lone surrogates (a file name's bytes that
# are not UTF-8, kept by the surrogateescape error handler)
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                          "\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match) -> str:
    c = m.group()
    code = ord(c)
    if c in _NAMED:
        return _NAMED[c]
    if 0xDC80 <= code <= 0xDCFF:   # the undecodable byte surrogateescape kept
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` on one line of characters shown as they are: a control character as \\n, \\t
    or \\xNN, a byte of a file name that is not UTF-8 as \\xNN, a line separator or a
    bidirectional override as \\uNNNN."""
    return _UNPRINTABLE.sub(_escape, text) if _UNPRINTABLE.search(text) else text


def encodable(text: str) -> str:
    """`text` that UTF-8 can encode: a byte of a file name that is not UTF-8 as \\xNN (for a
    report whose format escapes control characters itself, as JSON does)."""
    return _SURROGATE.sub(_escape, text) if _SURROGATE.search(text) else text


@dataclass(frozen=True)
class InputError:
    """A problem with an input (file, config, glossary): reported as `path:line:col: message`."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = printable(self.path)
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        return f"{where}: {printable(self.message)}"

    def to_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "column": self.column, "message": self.message}


class NamecheckError(Exception):
    """An error the user must fix (bad glossary, config, arguments); exit status 2."""

    def __init__(self, errors: list[InputError] | InputError | str):
        if isinstance(errors, str):
            errors = [InputError("namecheck", errors)]
        elif isinstance(errors, InputError):
            errors = [errors]
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))


def did_you_mean(word: str, allowed: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for the allowed word nearest to `word`, or '' when none is near."""
    choices = list(allowed)
    import difflib  # only a mistyped word needs it

    close = difflib.get_close_matches(word, choices, n=1)
    if not close and "_" in word and word.replace("_", "-") in choices:
        close = [word.replace("_", "-")]
    return f" (did you mean '{close[0]}'?)" if close else ""


def os_message(exc: OSError) -> str:
    """What went wrong with a file, in the words the shell uses."""
    if isinstance(exc, FileNotFoundError):
        return "No such file or directory"
    if isinstance(exc, PermissionError):
        return "Permission denied"
    if isinstance(exc, IsADirectoryError):
        return "Is a directory"
    return exc.strerror or str(exc)


def utf8_error_position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and code-point column of byte `offset` in UTF-8 `data` that fails to decode
    there (the part before it decodes, errors replaced)."""
    prefix = data[:offset].decode("utf-8", "replace")
    line = prefix.count("\n") + 1
    return line, len(prefix) - (prefix.rfind("\n") + 1) + 1
