"""The baseline file: a file that is no baseline is an error naming it, never a traceback."""
from __future__ import annotations

import pytest

from checker.baseline import Baseline
from checker.findings import NamecheckError


def read_error(tmp_path, text: str) -> str:
    path = tmp_path / "baseline.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(NamecheckError) as exc:
        Baseline.read(str(path))
    (error,) = exc.value.errors
    assert error.path == str(path)
    return error.message


def test_a_baseline_is_read_into_counts(tmp_path):
    path = tmp_path / "baseline.json"
    path.write_text('{"version": 1, "findings": [{"path": "a.txt", "code": "NC001", '
                    '"found": "Mogilev", "suggestion": "Mahiliou", "count": 2}]}', encoding="utf-8")
    assert Baseline.read(str(path)).counts == {("a.txt", "NC001", "Mogilev", "Mahiliou"): 2}


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000,
                                  '{"findings": ' + '{"a": ' * 100_000 + "1" + "}" * 100_001],
                         ids=["arrays", "objects"])
def test_json_nested_past_the_parsers_depth_is_an_error(tmp_path, text):
    assert read_error(tmp_path, text) == "not a namecheck baseline: nested too deeply"


@pytest.mark.parametrize("text, words", [
    ("not json", "Expecting value"),
    ('{"findings": [{"path": "a.txt"}]}', "'code'"),
    ('{"findings": [{"path": "a", "code": "NC001", "found": "x", "count": Infinity}]}',
     "infinity"),
    ('{"findings": [{"path": "a", "code": "NC001", "found": "x", "count": "two"}]}', "'two'"),
    ('{"findings": 3}', "not iterable"),
])
def test_a_malformed_baseline_is_an_error(tmp_path, text, words):
    message = read_error(tmp_path, text)
    assert message.startswith("not a namecheck baseline: ") and words in message


def test_a_missing_baseline_is_an_error(tmp_path):
    with pytest.raises(NamecheckError) as exc:
        Baseline.read(str(tmp_path / "none.json"))
    assert str(exc.value) == f"{tmp_path / 'none.json'}: no such baseline file"
