"""The render() dispatcher."""
import json

import pytest

from checker.findings import NamecheckError
from checker.report import OUTPUT_FORMATS, render

from .samples import sample_errors, sample_findings


def test_output_formats():
    assert OUTPUT_FORMATS == ("text", "json", "sarif", "github")


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
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
