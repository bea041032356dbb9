"""The package's own data files (YAML), parsed once and then read from the cache."""
from __future__ import annotations

import hashlib
from importlib.resources import files

from checker.cache import cached


def load_data(package: str, name: str):
    """The parsed content of data file `name` shipped in `package`."""
    data = files(package).joinpath(name).read_bytes()
    key = hashlib.sha256(data).hexdigest()[:16]
    return cached(f"data-{package}.{name}-{key}.pickle", lambda: _parse(data))


def _parse(data: bytes):
    import yaml  # only when the file changed: a cached check does without PyYAML

    return yaml.load(data.decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
