"""A memo that empties itself when full, so a long run over many documents stays in bounds."""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BoundedCache(Generic[K, V]):
    """Values by key, forgotten all at once when more than `limit` are held.

    Clearing everything rather than evicting one by one keeps a hit as cheap as a dict
    look-up: `get` is the dict's own method.
    """

    __slots__ = ("limit", "_values", "get")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._values: dict[K, V] = {}
        self.get: Callable[[K], V | None] = self._values.get

    def set(self, key: K, value: V) -> V:
        """Keep `value` under `key` (emptying the cache first when it is over its limit); return it."""
        if len(self._values) > self.limit:
            self._values.clear()
        self._values[key] = value
        return value

    def __len__(self) -> int:
        return len(self._values)
