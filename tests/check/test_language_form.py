"""NC005: the other orthography's form of a name (our own sentences, small glossaries)."""
from __future__ import annotations

from checker import Project

HOUSE = """\
version: 1
entries:
  - id: belarusian-house-in-warsaw
    kind: organization
    be: Беларускі дом у Варшаве
    ru: Белорусский дом в Варшаве
    canonical: Belarusian House in Warsaw
    sources: [https://example.org]
"""


def test_a_common_word_of_an_organisations_name_is_no_name_word(tmp_path):
    path = tmp_path / "glossary.yaml"
    path.write_text(HOUSE, encoding="utf-8")
    project = Project.load(glossary=[str(path)])
    # the Belarusian preposition of the name opens a Russian sentence: no finding
    assert project.check_text("У Варшаве открылся новый центр.", language="ru") == []
    # the name's own words are still compared
    assert [f.code for f in project.check_text(
        "В Варшаве работает Беларускі дом у Варшаве.", language="ru")] == ["NC005"]
