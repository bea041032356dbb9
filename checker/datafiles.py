"""The package's own data files (YAML mappings), parsed once and then read from the cache."""
from __future__ import annotations

import hashlib
from importlib import import_module
from pathlib import Path
from typing import Any

from checker.cache import Codec, cached
from checker.plain import need, yaml_plain


def _to_plain(data: dict) -> object:
    if type(data) is not dict:
        raise TypeError("a data file is a mapping")
    return yaml_plain(data)   # parsed YAML is plain data already


def _from_plain(data: object) -> dict:
    # read back with its arrays as lists, plain data is parsed YAML as it was
    need(type(data) is dict, "a data file is a mapping")
    return data  # type: ignore[return-value]


CODEC: Codec[dict] = Codec(_to_plain, _from_plain, lists=True)


def package_folder(package: str) -> Path:
    """The folder of an installed package of namecheck's (its data files lie in it). The
    package's own path, not importlib.resources, whose import costs every run 20 ms."""
    spec = import_module(package).__spec__
    locations = spec.submodule_search_locations if spec is not None else None
    if not locations:
        raise ModuleNotFoundError(f"{package} is not a package with a folder")
    return Path(next(iter(locations)))


def load_data(package: str, name: str) -> Any:
    """The parsed content of data file `name` shipped in `package`."""
    data = (package_folder(package) / name).read_bytes()
    key = hashlib.sha256(data).hexdigest()[:16]
    return cached(f"data-{package}.{name}-{key}", lambda: _parse(data), CODEC)


def _parse(data: bytes) -> dict:
    import yaml  # only when the file changed: a cached check does without PyYAML

    return yaml.load(data.decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
