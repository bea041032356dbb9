"""The walk through a document's prose: a run before a unit's lowercase word (our own
sentences, a fixture glossary of a town, a district named by an adjective and a Russian
region)."""
from __future__ import annotations

import pytest

from checker import Project
from checker.check.walk import _read_with_the_unit
from tests.conftest import project_of

GLOSSARY = """\
version: 1
entries:
  - id: ivanava
    kind: place
    be: Іванава
    ru: Иваново
    canonical: Ivanava
    variants: [Ivanovo]
    sources: [https://en.wikipedia.org/wiki/Ivanava]
  - id: ivanovo-oblast
    kind: place
    be: Іванаўская вобласць
    ru: Ивановская область
    canonical: Ivanovo Oblast
    variants: [Ivanovo Region]
    sources: [https://en.wikipedia.org/wiki/Ivanovo_Oblast]
  - id: maskouski-district
    kind: place
    be: Маскоўскі раён
    ru: Московский район
    canonical: Maskouski District
    variants: [Moskovsky District]
    sources: [https://en.wikipedia.org/wiki/Maskouski_District]
  - id: hrodna
    kind: place
    be: Гродна
    ru: Гродно
    canonical: Hrodna
    variants: [Grodno]
    sources: [https://en.wikipedia.org/wiki/Grodno]
  - id: hrodna-region
    kind: place
    be: Гродзенская вобласць
    ru: Гродненская область
    canonical: Hrodna Region
    variants: [Grodno Region]
    sources: [https://en.wikipedia.org/wiki/Grodno_Region]
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Project:
    return project_of(tmp_path_factory.mktemp("g"), GLOSSARY)


def test_a_district_named_by_an_adjective_is_read_with_its_lowercase_word(project):
    # alone the adjective names nothing; with 'district' it is the district, spelled another way
    [finding] = project.check_text("The court of the Moskovsky district of Minsk sat late.\n")
    assert (finding.code, finding.found, finding.suggestion) == (
        "NC001", "Moskovsky district", "Maskouski district")


def test_the_fix_keeps_the_texts_lowercase_word(project):
    fixed = project.fix_text("He heads the Moskovsky district of Minsk.\n")
    assert fixed == "He heads the Maskouski district of Minsk.\n"


def test_another_countrys_region_written_the_house_way_is_no_town(project):
    # alone 'Ivanovo' is the Belarusian town's Russian spelling; with 'region' it is Russia's
    # region, whose house name begins with the word as written
    assert project.check_text("He was vice-governor of Ivanovo region for two years.\n") == []
    [finding] = project.check_text("He was born in Ivanovo, near the Polish border.\n")
    assert finding.suggestion == "Ivanava"


def test_a_town_word_spelled_another_way_keeps_its_own_finding(project):
    # alone and with 'region' the town's word is a variant: the finding stays on the word
    [finding] = project.check_text("Protests spread across the Grodno region that week.\n")
    assert (finding.found, finding.suggestion) == ("Grodno", "Hrodna")


def test_a_capitalised_run_before_no_unit_word_is_read_alone(project):
    [finding] = project.check_text("Ivanovo regional officials met in Grodno.\n")[:1]
    assert finding.found == "Ivanovo"


def _finding(entry: str) -> tuple:
    return (0, 7, "NC001", "message", "Fix", entry, "warning", "safe", "Ivanovo", True)


def _mention(entry: str | None) -> tuple:
    return (0, 7, entry or "x", "Ivanovo", entry, "ivanovo")


@pytest.mark.parametrize(("alone", "together", "expected"), [
    (([], []), ([], [_mention("d")]), True),                      # alone nothing: with the word
    (([], [_mention(None)]), ([], [_mention("d")]), True),        # alone a name nobody knows
    (([], [_mention("t")]), ([], [_mention("d")]), False),        # alone a known name
    (([], []), ([], []), False),                                  # with the word nothing either
    (([_finding("t")], [_mention("t")]), ([], [_mention("r")]), True),
    (([_finding("t")], [_mention("t")]), ([], [_mention("t")]), False),   # the same entry
    (([_finding("t")], [_mention("t")]), ([], []), False),
])
def test_when_a_run_is_read_with_the_unit(alone, together, expected):
    assert _read_with_the_unit(alone, together) is expected


def test_an_article_is_no_other_spelling_of_a_names_first_word(tmp_path):
    """A glossary name that opens with "The" makes the article a head of names with lowercase
    words; the article is still no other spelling of another name's first word, so the finding
    leaves it out of the name (and of the fix)."""
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: interior-ministry
    kind: organization
    be: Міністэрства ўнутраных спраў
    ru: Министерство внутренних дел
    canonical: Interior Ministry
    variants: [Ministry of Internal Affairs, Belarusian Ministry of Internal Affairs]
  - id: cranes-cry
    kind: other
    be: Жураўліны крык
    ru: Журавлиный крик
    canonical: Crane's Cry
    variants: [The Cry of the Cranes]
""")
    assert [(f.found, f.suggestion) for f in project.check_text(
        '"The Ministry of Internal Affairs warns you," it said.\n')] == [
        ("Ministry of Internal Affairs", "Interior Ministry")]
    assert [f.found for f in project.check_text("He read The Cry of the Cranes twice.\n")] == [
        "The Cry of the Cranes"]


def test_a_fix_opening_with_the_leaves_out_the_article_the_text_has(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: the-dead-feel-no-pain
    kind: other
    be: Мёртвым не баліць
    ru: Мёртвым не больно
    canonical: The Dead Feel No Pain
    variants: [The Dead Do Not Hurt]
""")
    [finding] = project.check_text("His novellas, among them The Dead Do Not Hurt, were banned.\n")
    assert (finding.found, finding.suggestion) == ("Dead Do Not Hurt", "Dead Feel No Pain")
    [finding] = project.check_text("His novella Dead Do Not Hurt was banned.\n")
    assert finding.suggestion == "The Dead Feel No Pain"

