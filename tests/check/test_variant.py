"""NC002 for places and organisations: a likely misspelling keeps the name's shape (our own
sentences, a glossary of one place)."""
from __future__ import annotations

import pytest

from checker import Project

ENTRY = """\
version: 1
entries:
  - id: haradzeya
    kind: place
    be: Гарадзея
    ru: Городея
    canonical: Haradzeya
    variants: [Gorodeya]
    sources: [https://en.wikipedia.org/wiki/Haradzeya]
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Project:
    path = tmp_path_factory.mktemp("g") / "places.yaml"
    path.write_text(ENTRY, encoding="utf-8")
    return Project.load(glossary=[str(path)])


def test_a_word_of_another_shape_is_not_a_misspelling(project):
    # Gorodets ends in a consonant where every form of Haradzeya ends in a vowel
    assert project.check_text("He was born in Gorodets, a village near Shklou.") == []


def test_a_misspelling_that_keeps_the_shape_is_still_nc002(project):
    [finding] = project.check_text("He was born in Hardzeya, a village near Nesvizh.")
    assert (finding.code, finding.suggestion) == ("NC002", "Haradzeya")
