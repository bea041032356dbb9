"""The render() dispatcher."""
import json

import pytest

from checker.findings import NamecheckError
from checker.report import OUTPUT_FORMATS, render

from .samples import sample_errors, sample_findings, strange_name_report


def test_output_formats():
    assert OUTPUT_FORMATS == ("text", "json", "sarif", "github", "gitlab", "junit")


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "gitlab", "junit"])
def test_every_format_ends_with_one_newline(fmt):
    out = render(fmt, sample_findings(), sample_errors(), 3, notes=["skipped 1 binary file"])
    assert out.endswith("\n") and not out.endswith("\n\n")


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_formats_keep_the_given_order(fmt):
    findings = sample_findings()[::-1]
    out = json.loads(render(fmt, findings, [], 1))
    items = out["findings"] if fmt == "json" else out["runs"][0]["results"]
    codes = [item["code"] if fmt == "json" else item["ruleId"] for item in items]
    assert codes == [f.code for f in findings]


def test_unknown_format():
    with pytest.raises(NamecheckError) as excinfo:
        render("xml", [], [], 0)
    assert "unknown output format 'xml'" in str(excinfo.value)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
@pytest.mark.parametrize("chunk", [1, 2, 5000])
def test_report_in_pieces_is_the_whole_report(fmt, chunk, monkeypatch):
    from checker.report import json as json_report
    from checker.report import render_chunks

    monkeypatch.setattr(json_report, "CHUNK", chunk)
    findings = sample_findings() * 3
    whole = render(fmt, findings, sample_errors(), 3, notes=["a note"])
    pieces = list(render_chunks(fmt, findings, sample_errors(), 3, notes=["a note"]))
    assert "".join(pieces) == whole
    if fmt in ("json", "sarif") and chunk == 1:
        assert len(pieces) > len(findings)  # written as it goes, not built whole


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_file_names_that_are_not_utf8_or_hold_control_characters_are_escaped(fmt):
    findings, errors, notes = strange_name_report()
    out = render(fmt, findings, errors, 4, notes=notes)
    out.encode("utf-8")   # no lone surrogate left to fail the write
    assert "\x1b" not in out   # the escape is written \\x1b (text) or \\u001b (JSON)
    shown = "\\xc1\\xf0\\xfd\\xf1\\xf2.txt"   # the bytes, or in a URI %C1%F0...
    assert shown in out or json.dumps(shown)[1:-1] in out or "%C1%F0%FD%F1%F2.txt" in out
    if fmt in ("text", "github"):   # one line a finding, error and note, and the summary
        assert len(out.splitlines()) == len(findings) + len(errors) + len(notes) + 1
    else:
        json.loads(out)
