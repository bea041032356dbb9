"""NC004 on spellings, not wordings: a longer wording of a name that spells the words it shares
with a shorter one alike is no inconsistency (our own sentences, a glossary of one entry)."""
from __future__ import annotations

import pytest

from checker import Project
from tests.conftest import project_of

GLOSSARY = """\
version: 1
entries:
  - id: kalinouski-regiment
    kind: organization
    be: Полк Кастуся Каліноўскага
    ru: Полк Кастуся Калиновского
    canonical: Kalinouski Regiment
    variants: [Kastus Kalinouski Regiment, Kalinoŭski Regiment, Kastuś Kalinoŭski Regiment,
               Kalinovsky Regiment]
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Project:
    return project_of(tmp_path_factory.mktemp("g"), GLOSSARY)


def _codes(project: Project, text: str) -> list[tuple[str, str]]:
    return [(f.code, f.found) for f in project.check_text(text, path="a.txt")]


def test_a_longer_wording_spelled_alike_is_no_inconsistency(project):
    text = ("The Kalinoŭski Regiment fought near Kyiv. The Kalinoŭski Regiment held.\n"
            "The Kastuś Kalinoŭski Regiment lost two men. The Kastuś Kalinoŭski Regiment left.\n")
    assert "NC004" not in [code for code, _ in _codes(project, text)]


def test_two_spellings_of_the_shared_words_are_still_an_inconsistency(project):
    text = ("The Kalinoŭski Regiment fought near Kyiv. The Kalinoŭski Regiment held.\n"
            "The Kalinovsky Regiment lost two men. The Kalinovsky Regiment left.\n")
    assert "NC004" in [code for code, _ in _codes(project, text)]
