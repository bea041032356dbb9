"""The library's front door: a glossary with its index, ready to resolve names."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from checker import cache
from checker.config import DEFAULT_HOUSE_STYLE
from checker.glossary import Glossary
from checker.match.index import Index, compiled_key, load_compiled
from checker.match.resolve import Resolution, resolve


@dataclass
class Matcher:
    """A loaded glossary and its matching index."""

    glossary: Glossary
    index: Index
    house_style: str = DEFAULT_HOUSE_STYLE   # the scheme that derived missing canonicals
    cache_key: str | None = None   # names the compiled glossary in the cache (None: not cached)

    @classmethod
    def from_paths(cls, paths: Sequence[str | Path] | None = None, *,
                   extend: Sequence[str | Path] = (),
                   use_cache: bool = True, house_style: str = DEFAULT_HOUSE_STYLE) -> Matcher:
        """Load glossary files (default: the shipped glossary, plus `extend`) and index them.

        `house_style` is the scheme that makes the canonical form of entries without one.
        """
        from checker.glossary.loader import read_glossary_files, shipped_glossary_path

        all_paths: list[str | Path] = list(paths) if paths else [shipped_glossary_path()]
        all_paths.extend(extend)
        raw = read_glossary_files(all_paths)
        # the key is computed once: it digests the glossary files and the package's code
        key = compiled_key(raw, house_style) if use_cache and cache.enabled() else None
        glossary, index = load_compiled(raw, key, house_style)
        return cls(glossary, index, house_style, key)

    def resolve(self, name: str, in_text: bool = False) -> Resolution:
        """Resolve one written name (Latin, Cyrillic or mixed; any order; initials).

        `in_text` is for names found in running text: short words match only as written.
        """
        return resolve(name, self.index, in_text)
