"""The configuration file: `.namecheck.toml` or `[tool.namecheck]` in `pyproject.toml`."""
from __future__ import annotations

import codecs
import dataclasses
import datetime
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.errors import InputError, NamecheckError, did_you_mean, os_message, utf8_error_position
from checker.findings import RULES
from checker.reading import DEFAULT_MAX_FILE_SIZE, format_size, parse_size, read_regular
from checker.text.language import NAMED, is_language

CONFIG_NAME = ".namecheck.toml"
PYPROJECT = "pyproject.toml"
SEVERITY_VALUES = ("error", "warning", "info", "off")
FAIL_ON_VALUES = ("error", "warning", "info")
DEFAULT_HOUSE_STYLE = "be-press"
DEFAULT_FAIL_ON = "warning"


@dataclass
class Config:
    """The effective settings. Paths are absolute when they came from a config file."""

    glossary: list[str] | None = None
    extend_glossary: list[str] = field(default_factory=list)
    house_style: str = DEFAULT_HOUSE_STYLE
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    language: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: str = DEFAULT_FAIL_ON
    jobs: int = 0
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    source: str | None = None

    @property
    def root(self) -> Path:
        """The folder that `include`/`exclude`/`language` globs are relative to."""
        if self.source:
            return Path(os.path.abspath(self.source)).parent
        return Path.cwd()

    def effective_severity(self) -> dict[str, str]:
        """Every rule code with its severity after the config ("off" included)."""
        return {code: self.severity.get(code, rule.severity) for code, rule in RULES.items()}


class _Bad(Exception):
    """A validation problem; `sub` is the key path below the top-level key, for the position."""

    def __init__(self, message: str, sub: tuple[str, ...] = ()):
        super().__init__(message)
        self.message = message
        self.sub = sub


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a float"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, (datetime.date, datetime.time)):
        return "a date/time"
    return type(value).__name__


def _string(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise _Bad(f"'{key}' must be a string, not {_type_name(value)}")
    if not value.strip():
        raise _Bad(f"'{key}' must not be empty")
    return value


def _strings(value: Any, key: str) -> list[str]:
    if not isinstance(value, list):
        raise _Bad(f"'{key}' must be an array of strings, not {_type_name(value)}")
    for item in value:
        if not isinstance(item, str):
            raise _Bad(f"'{key}' must be an array of strings; it holds {_type_name(item)}")
        if not item.strip():
            raise _Bad(f"'{key}' must not hold empty strings")
    return list(value)


def _choice(value: Any, key: str, allowed: tuple[str, ...]) -> str:
    value = _string(value, key)
    if value not in allowed:
        raise _Bad(f"invalid value '{value}' for '{key}'{did_you_mean(value, allowed)}; "
                   f"expected one of: {', '.join(allowed)}")
    return value


def _glossary(value: Any, key: str) -> list[str]:
    paths = _strings(value, key)
    if not paths:
        raise _Bad(f"'{key}' must not be an empty array (leave it out to use the shipped glossary)")
    return paths


def _house_style(value: Any, key: str) -> str:
    from checker.translit import scheme_ids

    value = _string(value, key)
    ids = scheme_ids()
    if value not in ids:
        raise _Bad(f"unknown scheme '{value}' for '{key}'{did_you_mean(value, ids)}; "
                   "'namecheck translit --list' lists the schemes")
    return value


def _encoding(value: Any, key: str) -> str:
    value = _string(value, key)
    try:
        codecs.lookup(value)
    except LookupError:
        raise _Bad(f"unknown encoding '{value}' for '{key}'") from None
    return value


def _jobs(value: Any, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(f"'{key}' must be an integer >= 0, not {_type_name(value)}")
    if value < 0:
        raise _Bad(f"'{key}' must be >= 0 (0 means all cores), not {value}")
    return value


def _size(value: Any, key: str) -> int:
    if isinstance(value, str):
        try:
            value = parse_size(value)
        except ValueError:
            raise _Bad(f"'{key}' must be a size such as \"64 MiB\", \"512k\" or a number of "
                       f"bytes, not '{value}'") from None
    elif isinstance(value, bool) or not isinstance(value, int):
        raise _Bad(f"'{key}' must be a size such as \"64 MiB\" or a number of bytes, not "
                   f"{_type_name(value)}")
    if value < 1:
        raise _Bad(f"'{key}' must be at least 1 byte, not {value}")
    return value


def _language(value: Any, key: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise _Bad(f"'{key}' must be a table of glob = language, not {_type_name(value)}")
    out: dict[str, str] = {}
    for glob, lang in value.items():
        if not glob.strip():
            raise _Bad(f"'{key}': a glob must not be empty", (glob,))
        if not isinstance(lang, str):
            raise _Bad(f"'{key}': the language for '{glob}' must be a string, not "
                       f"{_type_name(lang)}", (glob,))
        if not is_language(lang):
            raise _Bad(f"'{key}': invalid language '{lang}' for '{glob}'{did_you_mean(lang, NAMED)}; "
                       f"expected one of: {', '.join(NAMED)}, or an ISO 639 code of the "
                       f"glossary's forms", (glob,))
        out[glob] = lang
    return out


def _severity(value: Any, key: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise _Bad(f"'{key}' must be a table of code = severity, not {_type_name(value)}")
    by_name = {rule.name: code for code, rule in RULES.items()}
    out: dict[str, str] = {}
    for code, level in value.items():
        real = code if code in RULES else by_name.get(code)
        if real is None:
            hint = did_you_mean(code, list(RULES) + list(by_name))
            raise _Bad(f"'{key}': unknown rule code '{code}'{hint}; "
                       f"known codes: {', '.join(RULES)}", (code,))
        if not isinstance(level, str):
            raise _Bad(f"'{key}': the severity for {code} must be a string, not "
                       f"{_type_name(level)}", (code,))
        if level not in SEVERITY_VALUES:
            raise _Bad(f"'{key}': invalid severity '{level}' for {code}"
                       f"{did_you_mean(level, SEVERITY_VALUES)}; expected one of: "
                       f"{', '.join(SEVERITY_VALUES)}", (code,))
        out[real] = level
    return out


@dataclass(frozen=True)
class _Key:
    """One configuration key: how it is checked, merged with flags and printed."""

    name: str                                   # kebab-case, as written in the file
    attr: str                                   # the Config field
    check: Callable[[Any, str], Any]
    paths: bool = False                         # holds paths relative to the config file
    table: bool = False                         # a TOML table merged key by key with flags
    unset: str = ""                             # what None means, printed as a comment
    show: Callable[[Any], str] | None = None    # how `namecheck config` writes a value


# every key, in the order `namecheck config` prints them (tables last)
_KEYS: dict[str, _Key] = {k.name: k for k in (
    _Key("glossary", "glossary", _glossary, paths=True, unset="the shipped glossary"),
    _Key("extend-glossary", "extend_glossary", _strings, paths=True),
    _Key("house-style", "house_style", _house_style),
    _Key("include", "include", _strings),
    _Key("exclude", "exclude", _strings),
    _Key("encoding", "encoding", _encoding, unset="detected per file"),
    _Key("fail-on", "fail_on", lambda v, k: _choice(v, k, FAIL_ON_VALUES)),
    _Key("jobs", "jobs", _jobs),
    _Key("max-file-size", "max_file_size", _size, show=lambda v: _toml_string(format_size(v))),
    _Key("language", "language", _language, table=True),
    _Key("severity", "severity", _severity, table=True),
)}
_ATTR_TO_KEY = {k.attr: k for k in _KEYS.values()}


# --- reading TOML -------------------------------------------------------------------------------

_TOML_POS_RE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_BARE = r"[A-Za-z0-9_-]+"
_QUOTED = r'"(?:[^"\\]|\\.)*"|\'[^\']*\''
_KEYPATH = rf"(?:{_BARE}|{_QUOTED})(?:\s*\.\s*(?:{_BARE}|{_QUOTED}))*"
_HEADER_RE = re.compile(rf"\s*\[\[?\s*({_KEYPATH})\s*\]\]?")
_ASSIGN_RE = re.compile(rf"\s*({_KEYPATH})\s*=")
_PART_RE = re.compile(rf"{_BARE}|{_QUOTED}")


def _split_keypath(text: str) -> tuple[str, ...]:
    parts = []
    for m in _PART_RE.finditer(text):
        part = m.group(0)
        if part.startswith('"'):
            import json  # only a quoted key needs it

            try:
                part = json.loads(part)
            except ValueError:
                part = part[1:-1]
        elif part.startswith("'"):
            part = part[1:-1]
        parts.append(part)
    return tuple(parts)


def _key_positions(text: str) -> dict[tuple[str, ...], tuple[int, int]]:
    """Where each key and table header starts (best effort: tomllib reports no positions)."""
    positions: dict[tuple[str, ...], tuple[int, int]] = {}
    table: tuple[str, ...] = ()
    in_multiline = False
    for number, line in enumerate(text.splitlines(), 1):
        if in_multiline:
            if (line.count('"""') + line.count("'''")) % 2:
                in_multiline = False
            continue
        header = _HEADER_RE.match(line)
        if header:
            table = _split_keypath(header.group(1))
            positions.setdefault(table, (number, line.index("[") + 1))
            continue
        assign = _ASSIGN_RE.match(line)
        if assign:
            key = table + _split_keypath(assign.group(1))
            positions.setdefault(key, (number, assign.start(1) + 1))
            if (line.count('"""') + line.count("'''")) % 2:
                in_multiline = True
    return positions


def _position(positions: dict[tuple[str, ...], tuple[int, int]],
              keypath: tuple[str, ...]) -> tuple[int | None, int | None]:
    while keypath:
        if keypath in positions:
            return positions[keypath]
        keypath = keypath[:-1]
    return None, None


def _read_toml(path: Path) -> tuple[dict, str]:
    import tomllib  # here: most runs read no configuration file

    where = str(path)
    try:
        data = read_regular(where)   # a FIFO is refused, not waited on
    except OSError as exc:
        raise NamecheckError(InputError(where, os_message(exc))) from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = utf8_error_position(data, exc.start)
        raise NamecheckError(InputError(where, f"invalid UTF-8 at byte offset {exc.start}; "
                                               "TOML files must be UTF-8", line, col)) from None
    try:
        return tomllib.loads(text), text
    except RecursionError:   # tomllib reads nested arrays and tables by recursion
        raise NamecheckError(InputError(where, "invalid TOML: arrays or inline tables nested "
                                               "too deeply")) from None
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        m = _TOML_POS_RE.search(message)
        where_line: int | None = None
        where_col: int | None = None
        if m:
            where_line, where_col = int(m.group(1)), int(m.group(2))
            message = message[: m.start()]
        elif message.endswith("(at end of document)"):
            message = message[: -len("(at end of document)")].rstrip() + " at end of document"
            where_line = text.count("\n") + 1
            where_col = len(text) - (text.rfind("\n") + 1) + 1
        raise NamecheckError(InputError(where, f"invalid TOML: {message}", where_line,
                                        where_col)) from None


def _is_pyproject(path: Path) -> bool:
    return path.name == PYPROJECT


def _pyproject_table(data: dict) -> Any:
    tool = data.get("tool")
    if not isinstance(tool, dict):
        return None
    return tool.get("namecheck")


def find_config(start: Path) -> Path | None:
    """The nearest `.namecheck.toml`, or `pyproject.toml` with [tool.namecheck], from `start` up."""
    folder = Path(os.path.abspath(start))
    if not folder.is_dir():
        folder = folder.parent
    for current in (folder, *folder.parents):
        candidate = current / CONFIG_NAME
        if candidate.is_file():
            return candidate
        pyproject = current / PYPROJECT
        if pyproject.is_file():
            try:
                raw = pyproject.read_bytes()
            except OSError:
                continue
            # an unrelated, broken pyproject.toml further up must not stop the search
            if b"namecheck" not in raw:
                continue
            data, _ = _read_toml(pyproject)
            if _pyproject_table(data) is not None:
                return pyproject
    return None


def _resolve(base: Path, given: str) -> str:
    return os.path.normpath(os.path.join(base, os.path.expanduser(given)))


def load_config(path: Path | None) -> Config:
    """Read and validate a config file; the defaults when `path` is None."""
    if path is None:
        return Config()
    path = Path(path)
    where = str(path)
    data, text = _read_toml(path)
    positions = _key_positions(text)
    if _is_pyproject(path):
        prefix: tuple[str, ...] = ("tool", "namecheck")
        table = _pyproject_table(data)
        if table is None:
            raise NamecheckError(InputError(where, "no [tool.namecheck] table in this pyproject.toml"))
        if not isinstance(table, dict):
            line, col = _position(positions, prefix)
            raise NamecheckError(InputError(where, "'tool.namecheck' must be a table", line, col))
        label = " in [tool.namecheck]"
    else:
        prefix, table, label = (), data, ""
    base = Path(os.path.abspath(path)).parent
    values: dict[str, Any] = {}
    errors: list[InputError] = []
    for key, value in table.items():
        if key not in _KEYS:
            line, col = _position(positions, prefix + (key,))
            errors.append(InputError(where, f"unknown key '{key}'{label}{did_you_mean(key, _KEYS)}",
                                     line, col))
            continue
        spec = _KEYS[key]
        try:
            checked = spec.check(value, key)
        except _Bad as bad:
            line, col = _position(positions, prefix + (key,) + bad.sub)
            errors.append(InputError(where, bad.message, line, col))
            continue
        if spec.paths:
            checked = [_resolve(base, p) for p in checked]
        values[spec.attr] = checked
    if errors:
        raise NamecheckError(sorted(errors, key=lambda e: (e.line or 0, e.column or 0)))
    return Config(**values, source=where)


def merge_cli(config: Config, **overrides: Any) -> Config:
    """A copy of `config` with the non-None overrides (Config field names) applied.

    Lists replace the config's lists; `severity` and `language` tables are merged key by key.
    """
    fields = {f.name for f in dataclasses.fields(Config)}
    changes: dict[str, Any] = {}
    errors: list[InputError] = []
    for name, value in overrides.items():
        if name not in fields:
            raise TypeError(f"merge_cli() got an unknown setting '{name}'")
        if value is None:
            continue
        if name == "source":
            changes[name] = str(value)
            continue
        spec = _ATTR_TO_KEY[name]
        if isinstance(value, tuple):
            value = list(value)
        if isinstance(value, list):
            value = [str(v) for v in value]   # paths given as Path objects
        try:
            checked = spec.check(value, f"--{spec.name}")
        except _Bad as bad:
            errors.append(InputError("namecheck", bad.message))
            continue
        if spec.table:
            checked = {**getattr(config, name), **checked}
        changes[name] = checked
    if errors:
        raise NamecheckError(errors)
    return dataclasses.replace(config, **changes)


# --- writing TOML -------------------------------------------------------------------------------

_TOML_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f",
                 "\r": "\\r"}


def _toml_string(text: str) -> str:
    out = []
    for ch in text:
        if ch in _TOML_ESCAPES:
            out.append(_TOML_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _toml_array(items: list[str]) -> str:
    if not items:
        return "[]"
    return "[" + ", ".join(_toml_string(i) for i in items) + "]"


def _toml_value(value: Any) -> str:
    if isinstance(value, list):
        return _toml_array(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) + ("  # all cores" if value == 0 else "")
    return _toml_string(str(value))


def config_as_toml(config: Config) -> str:
    """The effective configuration in `.namecheck.toml` form (loading it gives the same settings)."""
    lines = [f"# effective namecheck configuration (from {config.source or 'defaults'})"]
    for key in _KEYS.values():
        value = getattr(config, key.attr)
        if key.table:
            continue
        if value is None:
            lines.append(f"# {key.name}: {key.unset}")
        else:
            lines.append(f"{key.name} = {(key.show or _toml_value)(value)}")
    for key in _KEYS.values():
        if not key.table:
            continue
        lines += ["", f"[{key.name}]"]
        if key.attr == "severity":
            lines += [f"{code} = {_toml_string(level)}  # {RULES[code].name}"
                      for code, level in config.effective_severity().items()]
        else:
            lines += [f"{_toml_string(k)} = {_toml_string(v)}"
                      for k, v in getattr(config, key.attr).items()]
    return "\n".join(lines) + "\n"
