"""SARIF, GitLab Code Quality and JUnit reports validated against their published descriptions
(tests/data/schemas, with their sources in its README)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.findings import Finding
from checker.report import render

from .samples import sample_errors, sample_findings, strange_name_report

jsonschema = pytest.importorskip("jsonschema")
SCHEMAS = Path(__file__).resolve().parent.parent / "data" / "schemas"


def _validator(name: str):
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _reports(fmt: str) -> list[str]:
    findings, errors, notes = strange_name_report()
    return [render(fmt, sample_findings(), sample_errors(), 3, notes=["skipped 1 binary file"]),
            render(fmt, findings, errors, 3, notes=notes),
            render(fmt, [], [], 0)]


def test_uri_formats_are_really_checked() -> None:
    # without a URI checker installed, the format checks below would pass whatever they see
    checker = _validator("sarif-schema-2.1.0.json").format_checker
    assert not checker.conforms("docs/rules/NC001.md", "uri")
    assert checker.conforms("https://example.org/rules/NC001.md", "uri")


@pytest.mark.parametrize("index", [0, 1, 2])
def test_sarif_is_valid_against_the_2_1_0_schema_with_formats(index: int) -> None:
    validator = _validator("sarif-schema-2.1.0.json")
    log = json.loads(_reports("sarif")[index])
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]
    assert errors == []


def test_sarif_of_a_real_run_is_valid(fixture_cli, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("Nikolai Karpenkov visited Mogilev.\n\nMikalai Karpiankou left.\n",
                                   encoding="utf-8")
    code, out, _ = fixture_cli("check", "a.md", str(tmp_path / "a.md"), "--format", "sarif")
    assert code == 1
    log = json.loads(out)
    assert list(_validator("sarif-schema-2.1.0.json").iter_errors(log)) == []


def test_a_sarif_rule_that_pointed_at_a_relative_page_would_fail() -> None:
    validator = _validator("sarif-schema-2.1.0.json")
    log = json.loads(_reports("sarif")[2])
    log["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"] = "docs/rules/NC001.md"
    assert [e.message for e in validator.iter_errors(log)] == ["'docs/rules/NC001.md' is not a 'uri'"]


@pytest.mark.parametrize("index", [0, 1, 2])
def test_gitlab_code_quality_is_valid(index: int) -> None:
    issues = json.loads(_reports("gitlab")[index])
    assert list(_validator("gitlab-code-quality.schema.json").iter_errors(issues)) == []
    fingerprints = [i["fingerprint"] for i in issues]
    assert len(set(fingerprints)) == len(fingerprints)


def test_gitlab_fingerprints_are_unique_and_survive_lines_moving() -> None:
    def finding(line: int) -> Finding:
        return Finding("a.md", line, 1, line, 8, "NC001", "Known variant", "Mogilev",
                       suggestion="Mahiliou", fix_safety="safe")

    first = json.loads(render("gitlab", [finding(1), finding(5)], [], 1))
    moved = json.loads(render("gitlab", [finding(3), finding(9)], [], 1))
    assert first[0]["fingerprint"] != first[1]["fingerprint"]
    assert [i["fingerprint"] for i in first] == [i["fingerprint"] for i in moved]
    assert first[0]["severity"] == "minor" and first[0]["check_name"] == "NC001"
    assert first[1]["location"] == {"path": "a.md", "lines": {"begin": 5, "end": 5}}


def test_junit_is_valid_against_the_jenkins_junit_schema() -> None:
    etree = pytest.importorskip("lxml.etree")
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "junit-10.xsd")))
    for report in _reports("junit"):
        document = etree.fromstring(report.encode("utf-8"))
        assert schema.validate(document), schema.error_log


def test_junit_holds_what_jenkins_and_gitlab_read() -> None:
    from xml.etree import ElementTree

    root = ElementTree.fromstring(render("junit", sample_findings(), sample_errors(), 3))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("6", "4", "2")
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["news/2024-05-12.md", "news/мінск, 100%.md",
                                              "docs\\a.md", "a.txt", "namecheck.errors"]
    case = suites[0].find("testcase")
    assert case.get("classname") == "news/2024-05-12.md" and case.get("name") == "NC001 at 3:5"
    failure = case.find("failure")
    assert failure.get("type") == "NC001"
    assert failure.text.startswith("news/2024-05-12.md:3:5: NC001 ")
    errors = suites[-1].findall("testcase/error")
    assert [e.get("message") for e in errors][1] == "no such file"
    clean = ElementTree.fromstring(render("junit", [], [], 7))
    (case,) = clean.iter("testcase")
    assert case.find("failure") is None and "7 files checked" in case.get("name")
