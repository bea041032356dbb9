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


RADA = """\
version: 1
entries:
  - id: rada-bnr
    kind: organization
    be: Рада Беларускай Народнай Рэспублікі
    ru: Рада Белорусской Народной Республики
    canonical: Rada of the Belarusian Democratic Republic
    variants: ["Belarusian People's Republic Rada"]
"""


def test_apostrophe_glyphs_are_typography_not_another_spelling(tmp_path):
    project = project_of(tmp_path, RADA)
    text = ("The Belarusian People's Republic Rada met in Vilnius. Later the Belarusian "
            "People’s Republic Rada met again.\n")
    assert [code for code, _ in _codes(project, text)] == ["NC001", "NC001"]


PERSON = """\
version: 1
entries:
  - id: aliaksandr-lukashenka
    kind: person
    be: Аляксандр Лукашэнка
    ru: Александр Лукашенко
    canonical: Aliaksandr Lukashenka
    variants: [Alexander Lukashenko, Aleksandr Lukashenko]
"""


def test_a_title_before_a_glossary_name_is_no_name_the_glossary_lacks(tmp_path):
    # the run's whole wording, title and all, is not another name spelled two ways
    project = project_of(tmp_path, PERSON)
    text = ("President Alexander Lukashenko spoke first. Later President Aleksander "
            "Lukashenko left the hall.\n")
    assert "NC004" not in [code for code, _ in _codes(project, text)]
    # words before the name are still a name the glossary lacks when they are one
    text = ("Siarhei Dyleuski Lukashenko met them. Sergei Dylevsky Lukashenko left.\n")
    assert "NC004" in [code for code, _ in _codes(project, text)]


def test_peoples_adjectives_together_are_nobodys_name(tmp_path):
    project = project_of(tmp_path, PERSON)
    text = ("The Belarusian-Russian talks went on. Then the Russian-Belarusian exercises "
            "began.\n")
    assert _codes(project, text) == []


LEYEN = """\
version: 1
entries:
  - id: ursula-von-der-leyen
    kind: person
    gender: female
    be: Урсула фон дэр Ляен
    ru: Урсула фон дер Ляйен
    canonical: Ursula von der Leyen
  - id: euphrosyne-of-polotsk
    kind: person
    gender: female
    be: Еўфрасіння Полацкая
    ru: Евфросиния Полоцкая
    canonical: Euphrosyne of Polotsk
  - id: polatsk
    kind: place
    be: Полацк
    ru: Полоцк
    canonical: Polatsk
"""


def test_a_name_with_lowercase_words_is_one_spelling_with_its_family_word_alone(tmp_path):
    # the whole name's family word is Leyen (its particles left out), as the name alone writes it
    project = project_of(tmp_path, LEYEN)
    text = ("Commission President Ursula von der Leyen spoke first.\n"
            "Later von der Leyen said the landing was unacceptable.\n")
    assert _codes(project, text) == []


def test_a_persons_name_with_an_epithet_keeps_its_place_word(tmp_path):
    # the saint's name is found whole; the town alone is still the house's
    project = project_of(tmp_path, LEYEN)
    text = ("The convent was founded by Euphrosyne of Polotsk in 1128.\n"
            "Pilgrims still come to Polotsk every May.\n")
    assert _codes(project, text) == [("NC001", "Polotsk")]


TREASURY = """\
version: 1
entries:
  - id: us-department-of-the-treasury
    kind: organization
    be: Міністэрства фінансаў ЗША
    ru: Министерство финансов США
    canonical: US Department of the Treasury
    admitted: ["U.S. Treasury Department", "Treasury Department"]
    sources: [https://example.org/treasury]
"""


def test_another_wording_of_an_admitted_form_spells_the_house_name(tmp_path):
    # every document writes a form the house accepts: no inconsistency among them
    project = project_of(tmp_path, TREASURY)
    (tmp_path / "a.txt").write_text("The U.S. Department of the Treasury acted.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The US Treasury Department acted.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("The US Department of the Treasury acted.\n", encoding="utf-8")
    report = project.check_paths([str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")])
    assert [(f.code, f.found) for f in report.findings] == []
