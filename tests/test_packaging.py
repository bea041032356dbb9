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
