"""The finding record: defaults from its rule, and its pickled form (what workers send back)."""
import pickle

from checker.check import Mention
from checker.findings import Finding

from .report.samples import sample_findings


def test_severity_and_fix_safety_come_from_the_rule():
    f = Finding("a.md", 1, 1, 1, 5, "NC002", "m", "Xyz", suggestion=None, fix_safety="unsafe")
    assert f.severity == "info" and f.fix_safety == "none"


def test_findings_and_mentions_survive_pickling_whole():
    findings = sample_findings()
    assert any(f.related for f in findings)
    for f in findings:
        f.severity = "error"  # a configured severity travels with the finding
        assert pickle.loads(pickle.dumps(f, protocol=pickle.HIGHEST_PROTOCOL)) == f
    m = Mention("a.md", 3, 13, 1, 4, 1, 14, "Karpiankou", "mikalai-karpiankou", "Karpiankou",
                "mikalai-karpiankou", weight=7)
    assert pickle.loads(pickle.dumps(m)) == m
