"""The SARIF 2.1.0 report."""
import json

import pytest

from checker import __version__
from checker.findings import RULES
from checker.report.sarif import artifact_uri, render
from checker.rules_docs import rule_page

from .samples import sample_errors, sample_findings


def run_of(findings=None, errors=(), notes=()):
    log = json.loads(render(sample_findings() if findings is None else findings, list(errors), 3,
                            notes=notes))
    assert log["version"] == "2.1.0"
    assert "sarif-2.1.0" in log["$schema"]
    (run,) = log["runs"]
    return run


def test_driver_and_rules():
    driver = run_of()["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("namecheck", __version__)
    assert driver["informationUri"] == "https://pypi.org/project/namecheck-belarus/"
    assert [r["id"] for r in driver["rules"]] == list(RULES)
    nc002 = driver["rules"][1]
    assert nc002["name"] == "likely-misspelling"
    assert nc002["shortDescription"]["text"] == RULES["NC002"].summary
    assert nc002["helpUri"] == (f"https://github.com/namecheck-belarus/namecheck-belarus/blob/"
                                f"v{__version__}/docs/rules/NC002.md")
    # code scanning shows help and fullDescription: the rule's page and its first paragraph
    assert nc002["help"]["markdown"] == nc002["help"]["text"] == rule_page("NC002")
    assert nc002["fullDescription"]["text"].startswith("Flags a capitalised word sequence that")
    assert "\n" not in nc002["fullDescription"]["text"]
    assert nc002["defaultConfiguration"] == {"level": "note"}
    assert {r["defaultConfiguration"]["level"] for r in driver["rules"]} <= {"error", "warning", "note"}


def test_column_kind():
    assert run_of()["columnKind"] == "unicodeCodePoints"


def test_results():
    results = run_of()["results"]
    first = results[0]
    assert (first["ruleId"], first["ruleIndex"], first["level"]) == ("NC001", 0, "warning")
    assert first["message"]["text"] == 'Known variant "Nikolai Karpenkov" of Mikalai Karpiankou'
    (location,) = first["locations"]
    assert location["physicalLocation"] == {
        "artifactLocation": {"uri": "news/2024-05-12.md"},
        "region": {"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 22}}
    assert [r["level"] for r in results] == ["warning", "note", "warning", "error"]
    assert results[2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "docs/a.md"


def test_fixes_only_for_fixable_findings():
    results = run_of()["results"]
    (fix,) = results[0]["fixes"]
    (change,) = fix["artifactChanges"]
    assert change["artifactLocation"]["uri"] == "news/2024-05-12.md"
    assert change["replacements"] == [{
        "deletedRegion": {"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 22},
        "insertedContent": {"text": "Mikalai Karpiankou"}}]
    assert "fixes" in results[1]        # unsafe fixes are still fixes
    assert "fixes" not in results[2]    # NC004 has no suggestion


def test_related_locations():
    (related,) = run_of()["results"][2]["relatedLocations"]
    assert related == {"id": 0, "physicalLocation": {
        "artifactLocation": {"uri": "b.md"},
        "region": {"startLine": 2, "startColumn": 3, "endLine": 2, "endColumn": 13}},
        "message": {"text": "other spelling"}}


def test_errors_and_notes_are_notifications():
    run = run_of(errors=sample_errors(), notes=["skipped logo.png"])
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    bad, missing, note = invocation["toolExecutionNotifications"]
    assert bad["level"] == "error" and bad["message"]["text"].startswith("invalid UTF-8")
    assert bad["locations"][0]["physicalLocation"]["region"] == {"startLine": 1, "startColumn": 4}
    assert "region" not in missing["locations"][0]["physicalLocation"]
    assert note == {"level": "note", "message": {"text": "skipped logo.png"}}
    assert run_of(errors=[])["invocations"][0]["executionSuccessful"] is True


@pytest.mark.parametrize("path, uri", [
    ("news/a.md", "news/a.md"), ("./news/a.md", "news/a.md"), ("docs\\rules\\a.md", "docs/rules/a.md"),
    ("news/мінск 1%.md", "news/%D0%BC%D1%96%D0%BD%D1%81%D0%BA%201%25.md"),
    ("/srv/site/a b.md", "file:///srv/site/a%20b.md"), ("C:\\site\\a.md", "file:///C:/site/a.md"),
    # the bytes of a name that is not UTF-8 (cp1251 Брэст), and control characters
    (b"news/\xc1\xf0\xfd\xf1\xf2.md".decode("utf-8", "surrogateescape"), "news/%C1%F0%FD%F1%F2.md"),
    (b"/srv/\xc1.md".decode("utf-8", "surrogateescape"), "file:///srv/%C1.md"),
    ("a\nb\x1b.md", "a%0Ab%1B.md"),
])
def test_artifact_uri(path, uri):
    assert artifact_uri(path) == uri
