"""Shared counts."""
from checker.report.summary import plural, summarize, summary_line

from .samples import sample_errors, sample_findings


def test_summarize():
    s = summarize(sample_findings())
    assert (s.total, s.fixable) == (4, 2)
    assert s.by_code == {"NC001": 1, "NC002": 1, "NC003": 1, "NC004": 1}
    assert list(s.by_code) == sorted(s.by_code)
    assert s.by_severity == {"error": 1, "warning": 2, "info": 1}


def test_summarize_nothing():
    s = summarize([])
    assert (s.total, s.fixable, s.by_code) == (0, 0, {})
    assert s.by_severity == {"error": 0, "warning": 0, "info": 0}


def test_plural():
    assert (plural(1, "file"), plural(0, "file"), plural(2, "finding")) == ("1 file", "0 files", "2 findings")


def test_summary_line():
    assert summary_line(sample_findings(), [], 3) == \
        "Found 4 findings (2 fixable with --fix). 3 files checked."
    assert summary_line(sample_findings()[2:3], sample_errors(), 1) == \
        "Found 1 finding. 1 file checked. 2 errors."
    assert summary_line([], [], 0) == "No findings. 0 files checked."
