"""The JSON report (format version 1)."""
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.errors import encodable
from checker.findings import Finding
from checker.report.json import finding_line, render

from .samples import CP1251_NAME, NEWLINE_NAME, sample_errors, sample_findings, strange_name_report

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
    assert '"path":"news/мінск, 100%.md"' in out
    assert "\\u" not in out
    assert out.startswith('{\n  "version": 1,')


def test_empty_report():
    assert json.loads(render([], [], 0)) == {
        "version": 1, "findings": [], "errors": [], "files_checked": 0,
        "summary": {"total": 0, "by_code": {}, "by_severity": {"error": 0, "warning": 0, "info": 0}},
        "notes": []}


def test_output_is_stable():
    assert render(sample_findings(), sample_errors(), 3) == render(sample_findings(), sample_errors(), 3)


@settings(max_examples=300, deadline=None)
@given(st.text(), st.text(), st.text(), st.one_of(st.none(), st.text()),
       st.one_of(st.none(), st.text()), st.integers(1, 10**6), st.integers(1, 10**6))
def test_finding_line_is_the_findings_dict(path, message, found, suggestion, entry, line, column):
    """The writer gives one line that reads back as Finding.to_dict(), in its order, for any
    text (quotes, backslashes, control characters, non-ASCII, line separators), with a path's
    lone surrogates as \\xNN."""
    f = Finding(path=path, line=line, column=column, end_line=line, end_column=column + 1,
                code="NC002", message=message, found=found, suggestion=suggestion, entry=entry,
                fix_safety="unsafe")
    strings = {}
    expected = {**f.to_dict(), "path": encodable(path)}
    for _ in range(2):   # the second time, the path from the cache
        line = finding_line(f, strings)
        assert "\n" not in line
        assert list(json.loads(line).items()) == list(expected.items())


def test_file_names_keep_control_characters_and_write_undecodable_bytes_escaped():
    findings, errors, notes = strange_name_report()
    out = json.loads(render(findings, errors, 4, notes=notes))
    shown = "\\xc1\\xf0\\xfd\\xf1\\xf2.txt"
    assert [f["path"] for f in out["findings"]] == [NEWLINE_NAME, "red\x1b[31m.md", shown, "a.md"]
    assert out["findings"][3]["related"][0]["path"] == shown
    assert out["errors"][0]["path"] == shown and out["notes"] == notes
    assert CP1251_NAME not in json.dumps(out)


def test_each_finding_is_one_line_in_pieces_of_many():
    base = sample_findings()
    plain = [f for f in base if not f.related]
    # pieces of findings without related places (encoded in one call), then pieces with some
    many = plain * (6_000 // len(plain)) + [f for _ in range(2_000) for f in base]
    out = render(many, [], 1)
    lines = out.splitlines()
    first = lines.index('  "findings": [') + 1
    assert all(line.startswith('    {"path":') for line in lines[first:first + len(many)])
    assert lines[first + len(many)] == "  ],"
    assert json.loads(out)["findings"] == [f.to_dict() for f in many]
