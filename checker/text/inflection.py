"""Base (nominative) forms of inflected Russian and Belarusian name words (rules in inflection.yaml)."""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import yaml

_RULES: list[tuple[str, str]] = sorted(
    {(a, b) for a, b in yaml.safe_load(
        files("checker.text").joinpath("inflection.yaml").read_text(encoding="utf-8"))["rules"]
     if a != b},
    key=lambda r: (-len(r[0]), r))
MIN_STEM = 2


@lru_cache(maxsize=100_000)
def base_forms(word: str) -> tuple[str, ...]:
    """The word itself, then every candidate base form its ending allows (lowercase)."""
    w = word.lower()
    out = [w]
    for ending, repl in _RULES:
        if w.endswith(ending) and len(w) - len(ending) >= MIN_STEM:
            cand = w[: len(w) - len(ending)] + repl
            if cand not in out:
                out.append(cand)
    return tuple(out)
