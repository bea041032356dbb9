"""Plain data: the values the on-disk cache keeps, their bytes (MessagePack), and the checks
that data read back has the shape its reader expects.

Plain data is None, booleans, integers, floats, strings, bytes, tuples, dicts and the dates and
date-times YAML gives; lists are written as arrays and read back as tuples. Nothing read back
can make Python run code: MessagePack cannot name a class or a function, and the only
extension types read are a date and a date-time, each made by `fromisoformat`.

A reader turns plain data back into its records (`from_plain`) and raises ShapeError for
anything else; the checks here work on whole collections at once (`only`), so that checking
costs a small part of reading.
"""
from __future__ import annotations

import datetime
import sys
from array import array
from collections import deque
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from itertools import chain, repeat
from typing import Any, Generic, Protocol, TypeVar

import msgpack

# MessagePack extension type codes
_DATE = 1
_DATETIME = 2
_SCALARS = (str, int, float, bool, type(None), bytes, datetime.date, datetime.datetime)
# unsigned 32-bit integers, little-endian on disk
_UINT = "I" if array("I").itemsize == 4 else "L"

R = TypeVar("R")


class ShapeError(ValueError):
    """Plain data read back is not what its reader expects (or not plain data at all)."""


def pack(value: object) -> bytes:
    """The bytes of a plain value (TypeError or ValueError for anything else)."""
    return msgpack.packb(value, default=_to_ext, use_bin_type=True, datetime=False)


def unpack(data: bytes | memoryview, lists: bool = False) -> Any:
    """The plain value of `data`, its arrays as tuples (as lists with `lists`); ShapeError
    when it is not one. Whatever it is, it is made of plain data only."""
    try:
        return msgpack.unpackb(data, use_list=lists, raw=False, strict_map_key=False,
                               ext_hook=_from_ext, timestamp=3)
    except ShapeError:
        raise
    except (ValueError, TypeError, msgpack.UnpackException) as exc:
        raise ShapeError(f"not MessagePack data ({type(exc).__name__})") from None


def _to_ext(value: object) -> msgpack.ExtType:
    if isinstance(value, datetime.datetime):   # first: a date-time is also a date
        return msgpack.ExtType(_DATETIME, value.isoformat().encode("ascii"))
    if isinstance(value, datetime.date):
        return msgpack.ExtType(_DATE, value.isoformat().encode("ascii"))
    raise TypeError(f"{type(value).__name__} is not plain data")


def _from_ext(code: int, data: bytes) -> datetime.date:
    text = data.decode("ascii")
    if code == _DATETIME:
        return datetime.datetime.fromisoformat(text)
    if code == _DATE:
        return datetime.date.fromisoformat(text)
    raise ShapeError(f"unknown extension type {code}")


def need(ok: object, what: str) -> None:
    """Raise ShapeError(what) unless `ok`."""
    if not ok:
        raise ShapeError(what)


def only(values: Iterable[object], *types: type) -> bool:
    """Whether every value is of one of `types` exactly (True is no int, a subclass no str)."""
    if types == (str,):
        return all_strings(values)
    return set(map(type, values)) <= set(types)


def all_strings(values: Iterable[object]) -> bool:
    """Whether every value is a string (joining them is the fastest test there is; plain
    data read back holds no subclass of str)."""
    try:
        "".join(values)  # type: ignore[arg-type]
    except TypeError:
        return False
    return True


def _nested(values: tuple, *types: type) -> bool:
    """Whether `values` are tuples of values of `types`."""
    if not only(values, tuple):
        return False
    if types == (str,):
        return all_strings(map("".join, values))
    return only(chain.from_iterable(values), *types)


def record(value: object, keys: Iterable[str], what: str) -> dict[str, Any]:
    """`value` as a dict with exactly these keys."""
    need(type(value) is dict and set(value) == set(keys), f"{what}: not a record of its fields")
    return value  # type: ignore[return-value]


def strs(value: object, what: str) -> tuple[str, ...]:
    """`value` as a tuple of strings."""
    need(type(value) is tuple and all_strings(value), f"{what}: not strings")
    return value  # type: ignore[return-value]


def column(value: object, size: int, what: str, *types: type) -> tuple:
    """`value` as a tuple of `size` values of `types`."""
    need(type(value) is tuple and len(value) == size and only(value, *types),
         f"{what}: not {size} values of {', '.join(t.__name__ for t in types)}")
    return value  # type: ignore[return-value]


def tuples_of(value: object, what: str, *types: type, size: int | None = None) -> tuple[tuple, ...]:
    """`value` as a tuple (of `size` when given) of tuples of values of `types`."""
    need(type(value) is tuple and (size is None or len(value) == size)
         and _nested(value, *types), f"{what}: not tuples of its values")
    return value  # type: ignore[return-value]


def uints_to_plain(values: Iterable[int]) -> bytes:
    """Integers from 0 to 2**32 - 1 as bytes (OverflowError for others), read back by
    `uint_array` at a fraction of the cost of as many MessagePack integers."""
    packed = array(_UINT, values)
    if sys.byteorder == "big":
        packed.byteswap()
    return packed.tobytes()


def uint_array(value: object, what: str, size: int | None = None, below: int | None = None) -> array:
    """The integers `uints_to_plain` wrote in `value` (`size` of them when given), as an array
    (kept as it was read, for values looked up by number later), each below `below` when
    given."""
    need(type(value) is bytes and len(value) % 4 == 0 and (size is None or len(value) == 4 * size),
         f"{what}: not {'' if size is None else f'{size} '}32-bit integers")
    out = array(_UINT)
    out.frombytes(value)  # type: ignore[arg-type]
    if sys.byteorder == "big":
        out.byteswap()
    need(below is None or max(out, default=-1) < below, f"{what}: numbers past the {below} it has")
    return out


R_co = TypeVar("R_co", covariant=True)


class Row(Protocol[R_co]):
    """Values looked up by number."""

    def __getitem__(self, i: int, /) -> R_co: ...

    def __len__(self) -> int: ...


def take(row: Row[R], numbers: Iterable[int]) -> tuple[R, ...]:
    """The values of `row` at these numbers (its own `take` when it has one)."""
    own = getattr(row, "take", None)
    return own(numbers) if own is not None else tuple(map(row.__getitem__, numbers))


V_co = TypeVar("V_co", covariant=True)


class _Keyed(Mapping[str, V_co]):
    """A read-only table whose keys are in `_at` (key -> where its value is): what the lazy
    tables share."""

    __slots__ = ("_at",)
    _at: dict[str, int]

    def __contains__(self, key: object) -> bool:
        return key in self._at

    def __iter__(self) -> Iterator[str]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)

    def __reduce__(self) -> tuple:   # pickled (for a worker) as the plain dict it stands for
        return dict, (dict(self.items()),)


class Cuts(_Keyed[tuple[R, ...]], Generic[R]):
    """A table read back from its keys, where each key's values end in a row of numbers, and
    the row of values those numbers stand for; a key's values are made the first time they are
    asked for. Whoever makes one has checked the numbers (uint_array's `below`), so no look-up
    can fail on what was read."""

    __slots__ = ("_ends", "_numbers", "_row", "_made")

    def __init__(self, keys: tuple[str, ...], ends: array, numbers: array, row: Row[R]):
        self._at = dict(zip(keys, range(len(keys)), strict=True))
        self._ends, self._numbers, self._row = ends, numbers, row
        self._made: dict[str, tuple[R, ...]] = {}

    def __getitem__(self, key: str) -> tuple[R, ...]:
        made = self._made.get(key)
        if made is None:
            i = self._at[key]
            # a forged end before its start only makes a key without values
            cut = self._numbers[self._ends[i - 1] if i else 0:self._ends[i]]
            made = self._made[key] = take(self._row, cut)
        return made

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self._at else default


class Numbered(_Keyed[R], Generic[R]):
    """A table read back from its keys and each key's number among distinct values (what
    `shared_to_plain` writes); a value is looked up when asked for. Whoever makes one has
    checked the numbers (uint_array's `below`)."""

    __slots__ = ("_distinct",)

    def __init__(self, keys: tuple[str, ...], numbers: array, distinct: tuple[R, ...]):
        self._at = dict(zip(keys, numbers, strict=True))
        self._distinct = distinct

    def __getitem__(self, key: str) -> R:
        return self._distinct[self._at[key]]

    def distinct(self) -> tuple[R, ...]:
        """Every value the table may give, once each."""
        return self._distinct

    def get(self, key: str, default: Any = None) -> Any:
        at = self._at.get(key)
        return default if at is None else self._distinct[at]


#: What joins the strings of one value of a Joined table (no form holds it).
JOIN = "\0"


class Joined(Numbered[tuple[str, ...]]):
    """A Numbered table whose distinct values are tuples of strings kept joined by JOIN (one
    string each instead of dozens), split when first asked for: a document asks for a few of
    thousands."""

    __slots__ = ("_made",)

    def __init__(self, keys: tuple[str, ...], numbers: array, distinct: tuple[str, ...]):
        super().__init__(keys, numbers, distinct)  # type: ignore[arg-type]
        self._made: dict[int, tuple[str, ...]] = {}

    def _value(self, at: int) -> tuple[str, ...]:
        made = self._made.get(at)
        if made is None:
            text: str = self._distinct[at]  # type: ignore[assignment]
            made = self._made[at] = tuple(text.split(JOIN)) if text else ()
        return made

    def __getitem__(self, key: str) -> tuple[str, ...]:
        return self._value(self._at[key])

    def distinct(self) -> tuple[tuple[str, ...], ...]:
        return tuple(map(self._value, range(len(self._distinct))))

    def get(self, key: str, default: Any = None) -> Any:
        at = self._at.get(key)
        return default if at is None else self._value(at)


def joined_to_plain(values: Iterable[tuple[str, ...]]) -> dict:
    """A column of tuples of strings, as shared_to_plain keeps it with each tuple joined (a
    Joined table reads it); ValueError when a string is empty or holds JOIN."""
    def join(value: tuple[str, ...]) -> str:
        if any(JOIN in v or not v for v in value):
            raise ValueError("a string of the table is empty or holds the joining character")
        return JOIN.join(value)
    return shared_to_plain(map(join, values))


def shared_to_plain(values: Iterable[Hashable]) -> dict:
    """A column whose values repeat, as each distinct value once and every value's number."""
    distinct: dict[Hashable, int] = {}
    numbers = uints_to_plain([distinct.setdefault(v, len(distinct)) for v in values])
    return {"values": tuple(distinct), "numbers": numbers}


def shared(value: object, what: str, size: int | None = None) -> tuple[tuple, tuple]:
    """The distinct values of a column `shared_to_plain` wrote (`size` long when given), for
    the caller to check, and the column."""
    distinct, numbers = shared_numbers(value, what, size)
    return distinct, tuple(map(distinct.__getitem__, numbers))


def shared_numbers(value: object, what: str, size: int | None = None) -> tuple[tuple, array]:
    """The distinct values of a column `shared_to_plain` wrote (`size` long when given), for
    the caller to check, and each value's number among them, every one checked to stand for
    one (for a reader that looks values up when asked for)."""
    d = record(value, ("values", "numbers"), what)
    distinct = d["values"]
    need(type(distinct) is tuple, f"{what}: no values")
    return distinct, uint_array(d["numbers"], what, size, len(distinct))


def records(cls: type[R], columns: Sequence[tuple]) -> list[R]:
    """Instances of dataclass `cls` (without __post_init__ or slots) from checked columns of its
    fields' values in order, made as unpickling makes them: each a bare object given its
    fields at once, with no __init__ run (less than half the cost for an Entry's 17 fields)."""
    names = [f for f in cls.__dataclass_fields__]  # type: ignore[attr-defined]
    made = list(map(object.__new__, repeat(cls, len(columns[0]) if columns else 0)))
    deque(map(dict.update, map(vars, made), map(zip, repeat(names), zip(*columns, strict=True))),
          maxlen=0)
    return made


def yaml_plain(value: object) -> object:
    """`value` (parsed YAML) unchanged, or TypeError when it would not read back equal: it
    holds a tuple, a set or another object that plain data cannot hold."""
    if type(value) is list:
        for v in value:
            yaml_plain(v)
    elif type(value) is dict:
        for k, v in value.items():
            if type(k) not in _SCALARS:
                raise TypeError(f"a key of type {type(k).__name__} is not plain data")
            yaml_plain(v)
    elif type(value) not in _SCALARS:
        raise TypeError(f"{type(value).__name__} is not plain data")
    return value


def yaml_value(value: object, what: str) -> Any:
    """Parsed YAML as it was written: plain data read back, with its tuples made lists again."""
    if type(value) is tuple:
        return [yaml_value(v, what) for v in value]
    if type(value) is dict:
        need(only(value, *_SCALARS), f"{what}: a key that YAML does not give")
        return {k: yaml_value(v, what) for k, v in value.items()}
    kind = type(value)
    need(kind in _SCALARS, f"{what}: a {kind.__name__}, which YAML does not give")
    return value
