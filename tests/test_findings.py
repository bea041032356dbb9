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


def test_received_findings_share_their_strings_and_numbers():
    sent = [Finding("a.md", 300, 400, 300, 410, "NC001", "'Karpenkov' is a variant", "Karpenkov",
                    "Karpiankou", "mikalai-karpiankou", start=70_000 + 5, end=1000 + 9)]
    first, second = (pickle.loads(pickle.dumps(sent))[0] for _ in range(2))
    assert first == second == sent[0]
    assert first.message is second.message and first.suggestion is second.suggestion
    assert first.line is second.end_line and first.column is second.column
    assert first.end is second.end and first.start == second.start   # 70,005: not shared
