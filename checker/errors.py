"""Input errors, reported as `path:line:col: what is wrong`, and the helpers that word them."""
from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class InputError:
    """A problem with an input (file, config, glossary): reported as `path:line:col: message`."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        return f"{where}: {self.message}"

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
