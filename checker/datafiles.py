"""The package's own data files (YAML), read with the fast C loader when PyYAML has it."""
from __future__ import annotations

from importlib.resources import files

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_data(package: str, name: str):
    """The parsed content of data file `name` shipped in `package`."""
    return yaml.load(files(package).joinpath(name).read_text(encoding="utf-8"), Loader=_LOADER)
