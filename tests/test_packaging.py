"""The package list in pyproject.toml is complete, and data files ship with the package."""
import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_every_subpackage_is_listed():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(conf["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "checker").rglob("__init__.py")}
    assert found <= listed, found - listed
    assert conf["package-dir"]["namecheck_glossary"] == "glossary"
    assert conf["package-dir"]["checker.rules"] == "docs/rules"


def test_every_rule_has_a_page():
    from checker.findings import RULES
    from checker.rules_docs import rule_page

    for code, rule in RULES.items():
        page = rule_page(code)
        assert page.startswith(f"# {code} {rule.name}")
        for section in ("## What it does", "## Why", "## Example", "## Fix safety"):
            assert section in page, (code, section)
        assert f"**Default severity:** {rule.severity}" in page


def test_the_distribution_name_is_ours_and_the_command_is_namecheck():
    from checker.about import DISTRIBUTION, PACKAGE_INDEX_URL, REPOSITORY_URL

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == DISTRIBUTION == "namecheck-belarus"
    assert PACKAGE_INDEX_URL.endswith(f"/{DISTRIBUTION}/")
    assert list(project["scripts"]) == ["namecheck"]
    assert set(project["urls"].values()) == {REPOSITORY_URL}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "<this repository>" not in readme
    assert f"{DISTRIBUTION} @ git+{REPOSITORY_URL}" in readme
