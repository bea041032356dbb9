"""A soft-sign mark after a given name ("Ales’ Bialiatski") is reported with the canonical
as a safe fix (sentences of our own, a glossary of one person)."""
from __future__ import annotations

import pytest

from checker import Project

ENTRY = """\
version: 1
entries:
  - id: ales-bialiatski
    kind: person
    be: Алесь Бяляцкі
    ru: Алесь Беляцкий
    canonical: Ales Bialiatski
    variants: [Ales Bialiatsky, Ales Byalyatski]
    gender: male
    sources: [https://en.wikipedia.org/wiki/Ales_Bialiatski]
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Project:
    path = tmp_path_factory.mktemp("g") / "people.yaml"
    path.write_text(ENTRY, encoding="utf-8")
    return Project.load(glossary=[str(path)])


@pytest.mark.parametrize("mark", ["’", "'", "ʼ", "′"])
def test_a_soft_sign_mark_after_the_given_name_is_reported_and_fixed(project, mark):
    text = f"The court sentenced Ales{mark} Bialiatski in March."
    [finding] = project.check_text(text)
    assert (finding.code, finding.found, finding.suggestion, finding.column) == (
        "NC001", f"Ales{mark} Bialiatski", "Ales Bialiatski", 21)
    assert project.fix_text(text) == "The court sentenced Ales Bialiatski in March."


@pytest.mark.parametrize("text", [
    "The court sentenced Ales Bialiatski in March.",        # the house form
    "It was the Aleses’ Bialiatski exhibition.",            # not the given name
    "Алесь Бяляцкі быў асуджаны ў сакавіку.",               # Cyrillic writes the soft sign
])
def test_no_finding_without_a_marked_given_name(project, text):
    assert [f for f in project.check_text(text) if f.code == "NC001"] == []


def test_a_variant_family_name_keeps_its_own_finding(project):
    found = [(f.found, f.suggestion) for f in project.check_text("Ales’ Bialiatsky spoke.")]
    assert found == [("Bialiatsky", "Bialiatski")]
