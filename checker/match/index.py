"""The glossary's matching index: keys of every generated form to the names they spell."""
from __future__ import annotations

import hashlib
import os
import pickle
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from checker import __version__
from checker.glossary.model import Glossary
from checker.match.forms import Name, latin_forms, names_of
from checker.match.keys import fold, skeleton

# A hit: (name number, part number, how the form was made)
Hit = tuple[int, int, str]


@dataclass
class Index:
    """Keys (fold, skeleton) of every Latin form of every name part, and the names themselves."""

    names: list[Name] = field(default_factory=list)
    by_fold: dict[str, list[Hit]] = field(default_factory=dict)
    by_skeleton: dict[str, list[Hit]] = field(default_factory=dict)
    family_entries: dict[str, set[str]] = field(default_factory=dict)   # skeleton -> entries
    kinds: dict[str, str] = field(default_factory=dict)
    canonical: dict[str, str] = field(default_factory=dict)
    initials: dict[tuple[int, int], set[str]] = field(default_factory=dict)

    def skeleton_keys(self) -> list[str]:
        """Every skeleton key (for fuzzy search), built once."""
        if not hasattr(self, "_skeleton_keys"):
            self._skeleton_keys = list(self.by_skeleton)
        return self._skeleton_keys


def build_index(glossary: Glossary) -> Index:
    """Generate every form of every entry and index it by its keys."""
    idx = Index()
    by_fold: dict[str, list[Hit]] = defaultdict(list)
    by_skel: dict[str, list[Hit]] = defaultdict(list)
    family: dict[str, set[str]] = defaultdict(set)
    for entry in glossary:
        idx.kinds[entry.id] = entry.kind
        idx.canonical[entry.id] = entry.canonical
        for name in names_of(entry):
            n = len(idx.names)
            idx.names.append(name)
            for i, role in enumerate(name.roles):
                inits: set[str] = set()
                for form, how in latin_forms(name, i):
                    f, s = fold(form), skeleton(form)
                    if not f:
                        continue
                    by_fold[f].append((n, i, how))
                    by_skel[s].append((n, i, how))
                    inits.add(f[0])
                    if role == "family" or (role == "word" and len(name.roles) == 1):
                        family[s].add(entry.id)
                idx.initials[(n, i)] = inits
    idx.by_fold = {k: _unique(v) for k, v in by_fold.items()}
    idx.by_skeleton = {k: _unique(v) for k, v in by_skel.items()}
    idx.family_entries = dict(family)
    return idx


def _unique(hits: list[Hit]) -> list[Hit]:
    seen: dict[tuple[int, int], Hit] = {}
    for h in hits:
        seen.setdefault((h[0], h[1]), h)
    return list(seen.values())


def glossary_digest(glossary: Glossary) -> str:
    """A content key of the glossary (entries as loaded) and of this namecheck version."""
    h = hashlib.sha256(__version__.encode())
    for data_file in sorted((Path(__file__).parent).glob("*.yaml")):
        h.update(data_file.read_bytes())
    translit = Path(__file__).parent.parent / "translit" / "schemes"
    for data_file in sorted(translit.glob("*.yaml")):
        h.update(data_file.read_bytes())
    for e in glossary:
        h.update(repr(e.to_dict()).encode())
    return h.hexdigest()[:32]


def cache_dir() -> Path:
    """Where compiled indexes are kept (NAMECHECK_CACHE_DIR, else the user's cache folder)."""
    env = os.environ.get("NAMECHECK_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "namecheck"


def load_index(glossary: Glossary, use_cache: bool = True) -> Index:
    """The index of a glossary, from the cache when its content was indexed before."""
    if not use_cache or os.environ.get("NAMECHECK_NO_CACHE"):
        return build_index(glossary)
    path = cache_dir() / f"index-{glossary_digest(glossary)}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    idx = build_index(glossary)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            pickle.dump(idx, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only cache folder only costs speed
    return idx
