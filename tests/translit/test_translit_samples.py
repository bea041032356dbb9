"""Every scheme reproduces the published samples stored in its YAML file."""
import pytest

from checker.translit import get_scheme, scheme_ids, transliterate

from .helpers import canon

SAMPLES = [
    pytest.param(scheme_id, cyrillic, expected, id=f"{scheme_id}:{cyrillic[:30]}")
    for scheme_id in scheme_ids()
    for cyrillic, expected, _source in get_scheme(scheme_id).samples
]


@pytest.mark.parametrize("scheme_id, cyrillic, expected", SAMPLES)
def test_sample(scheme_id: str, cyrillic: str, expected: str) -> None:
    assert canon(transliterate(cyrillic, scheme_id)) == canon(expected)


def test_there_are_samples() -> None:
    assert len(SAMPLES) > 300
