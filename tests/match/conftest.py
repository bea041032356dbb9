from __future__ import annotations

from pathlib import Path

import pytest

from checker.api import Matcher

DATA = Path(__file__).parent.parent / "data" / "eval"


@pytest.fixture(scope="session")
def dev_matcher() -> Matcher:
    return Matcher.from_paths([DATA / "dev-glossary.yaml"], use_cache=False)
