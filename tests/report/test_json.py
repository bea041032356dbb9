"""The JSON report (format version 1)."""
import json

from checker.report.json import render

from .samples import sample_errors, sample_findings

FINDING_KEYS = {"path", "line", "column", "end_line", "end_column", "code", "severity", "message",
                "found", "suggestion", "entry", "fix_safety"}


def test_schema():
    out = json.loads(render(sample_findings(), sample_errors(), 3, notes=["note one"]))
    assert list(out) == ["version", "findings", "errors", "files_checked", "summary", "notes"]
    assert out["version"] == 1 and out["files_checked"] == 3
    # every finding has the wire keys; NC004 adds the places it ties together
    assert all(set(f) - {"related"} == FINDING_KEYS for f in out["findings"])
    assert all(("related" in f) == (f["code"] == "NC004") for f in out["findings"])
    assert out["findings"][0] == sample_findings()[0].to_dict()
    assert out["errors"] == [e.to_dict() for e in sample_errors()]
    assert out["errors"][1] == {"path": "missing.md", "line": None, "column": None, "message": "no such file"}
    assert out["summary"] == {"total": 4,
                              "by_code": {"NC001": 1, "NC002": 1, "NC003": 1, "NC004": 1},
                              "by_severity": {"error": 1, "warning": 2, "info": 1}}
    assert out["notes"] == ["note one"]


def test_non_ascii_is_kept_and_indented():
    out = render(sample_findings(), [], 1)
    assert '"path": "news/мінск, 100%.md"' in out
    assert "\\u" not in out
    assert out.startswith('{\n  "version": 1,')


def test_empty_report():
    assert json.loads(render([], [], 0)) == {
        "version": 1, "findings": [], "errors": [], "files_checked": 0,
        "summary": {"total": 0, "by_code": {}, "by_severity": {"error": 0, "warning": 0, "info": 0}},
        "notes": []}


def test_output_is_stable():
    assert render(sample_findings(), sample_errors(), 3) == render(sample_findings(), sample_errors(), 3)
