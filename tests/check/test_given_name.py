"""Lone given names: where the forms of a document's people are found, and a family name
written as a given name is."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import Project
from checker.check.given_name import _by_head, _given_forms
from checker.text.letters import LETTER
from tests.conftest import found_in, project_of

FORMS = ["Maria", "Mari", "Anna", "Anna-Maria", "Dar'ya", "Ivan", "Ivana", "Mikalai"]
WORDS = re.compile(f"[ADIM]{LETTER}*+")


def _one_pattern(forms: list[str]) -> re.Pattern[str]:
    """The reference: one alternation of the forms, longest first, each a whole word."""
    return re.compile(rf"(?<!{LETTER})(?<![’'-])(?:"
                      + "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
                      + rf")(?!{LETTER})(?![’'-]{LETTER})")


def _spans(text: str, start: int, end: int, forms: list[str]) -> list[tuple[int, int]]:
    return list(_given_forms(text, start, end, WORDS, _by_head(forms, WORDS)))


def test_whole_words_only_the_longest_form_at_each_place():
    text = "Anna-Maria met Ivana, MIvan, Mari's aunt, Dar'ya, Mari and Maria-x in Marian Street."
    assert [text[s:e] for s, e in _spans(text, 0, len(text), FORMS)] == [
        "Anna-Maria", "Ivana", "Dar'ya", "Mari"]


def test_a_range_ends_a_word_and_the_letters_before_it_still_count():
    text = "xIvan Ivanko"
    assert _spans(text, 1, 5, FORMS) == []
    assert _spans(text, 6, 10, FORMS) == [(6, 10)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FORMS + ["x", "é", " ", "-", "'", "’", "\n", "Mc", "1", "M"]),
                max_size=12).map("".join), st.integers(0, 80), st.integers(0, 80),
       st.lists(st.sampled_from(FORMS), min_size=1, max_size=5, unique=True))
def test_the_same_spans_as_one_pattern_of_the_forms(text, a, b, forms):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    expected = [m.span() for m in _one_pattern(forms).finditer(text, start, end)]
    assert _spans(text, start, end, forms) == expected


IHNAT = """\
version: 1
entries:
  - id: yurii-ihnat
    kind: person
    gender: male
    be: Юрый Ігнат
    ru: Юрий Игнат
    canonical: Yurii Ihnat
    sources: [https://en.wikipedia.org/wiki/Yurii_Ihnat]
  - id: ihnat-buinitski
    kind: person
    gender: male
    be: Ігнат Буйніцкі
    ru: Игнат Буйницкий
    canonical: Ihnat Buinitski
    sources: [https://en.wikipedia.org/wiki/Ignat_Buynitsky]
  - id: mikalai-karpiankou
    kind: person
    gender: male
    be: Мікалай Карпянкоў
    ru: Николай Карпенков
    canonical: Mikalai Karpiankou
    sources: [https://en.wikipedia.org/wiki/Mikalai_Karpiankou]
"""


@pytest.fixture(scope="module")
def ihnat(tmp_path_factory) -> Project:
    return project_of(tmp_path_factory.mktemp("g"), IHNAT)


# a family name written as a given name is written is that given name, unless the document
# names the person whose family name it is
def test_a_family_name_written_as_a_given_name_is_someones_given_name(ihnat):
    assert found_in(ihnat, "Two students spoke to us. Ignat left Moscow when the war began.\n") == []
    assert found_in(ihnat, "Ignat's parents stayed in Moscow.\n") == []
    # the document names the spokesman in full: the word alone is his family name
    assert found_in(ihnat, "Yurii Ihnat spoke on Monday. Later, Ignat said more.\n") == [
        ("NC001", "Ignat", "Ihnat"), ("NC004", "Ignat", None)]
    # a family name no one is given stays a finding alone
    assert found_in(ihnat, "Two students spoke to us. Karpenkov left Moscow.\n") == [
        ("NC001", "Karpenkov", "Karpiankou")]


# one known by one name alone (a grand duke) is named in full by it: its other spelling is a
# variant, though it is written as given names are
def test_one_known_by_one_name_is_named_in_full_by_it(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: vytautas
    kind: person
    gender: male
    be: Вітаўт
    ru: Витовт
    canonical: Vytautas
    variants: [Vitovt]
    sources: [https://en.wikipedia.org/wiki/Vytautas]
  - id: vitaut-kipel
    kind: person
    gender: male
    be: Вітаўт Кіпель
    ru: Витовт Кипель
    sources: [https://en.wikipedia.org/wiki/Vitaut_Kipel]
""")
    assert found_in(project, "The castle was built in the reign of Grand Duke Vitovt.\n") == [
        ("NC001", "Vitovt", "Vytautas")]


def test_a_given_name_read_so_is_no_spelling_of_the_person_across_documents(ihnat, tmp_path):
    (tmp_path / "a.txt").write_text("Ignat left Moscow when the war began.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The spokesman Yurii Ihnat spoke on Monday.\n", encoding="utf-8")
    report = ihnat.check_paths([str(tmp_path)])
    assert [(f.code, f.found) for f in report.findings] == []


RELATIVES = """\
version: 1
entries:
  - id: aliaksandr-lukashenka
    kind: person
    gender: male
    be: Аляксандр Лукашэнка
    ru: Александр Лукашенко
    canonical: Aliaksandr Lukashenka
    variants: [Alexander Lukashenko]
    sources: [https://en.wikipedia.org/wiki/Alexander_Lukashenko]
  - id: viktar-lukashenka
    kind: person
    gender: male
    be: Віктар Лукашэнка
    ru: Виктор Лукашенко
    canonical: Viktar Lukashenka
    sources: [https://en.wikipedia.org/wiki/Viktor_Lukashenko]
  - id: viktar-prakapenia
    kind: person
    gender: male
    be: Віктар Пракапеня
    ru: Виктор Прокопеня
    canonical: Viktar Prakapenia
    sources: [https://en.wikipedia.org/wiki/Viktor_Prokopenya]
"""


@pytest.fixture(scope="module")
def relatives(tmp_path_factory) -> Project:
    return project_of(tmp_path_factory.mktemp("g"), RELATIVES)


def test_a_given_name_after_anothers_relative_word_is_that_familys(relatives):
    # Viktor here is Lukashenko's son; the document's only Viktar is Prakapenia
    text = ("The jets flew Lukashenko's own sons Viktor and Dmitry to Sochi. Later the "
            "businessman Viktar Prakapenia took over the exchange.\n")
    assert [f.found for f in relatives.check_text(text)] == ["Lukashenko"]


def test_a_given_name_after_the_same_familys_relative_word_is_still_read(relatives):
    # Lukashenko's son Viktor is Viktar Lukashenka, whom the document names
    text = ("Viktar Lukashenka chaired the council. Lukashenko's son Viktor spoke first.\n")
    assert [(f.found, f.suggestion) for f in relatives.check_text(text)] == [
        ("Lukashenko", "Lukashenka"), ("Viktor", "Viktar")]


def test_a_given_name_with_no_relative_word_before_it_is_still_read(relatives):
    text = "Viktar Prakapenia spoke. Later Viktor left for Warsaw.\n"
    assert [(f.found, f.suggestion) for f in relatives.check_text(text)] == [("Viktor", "Viktar")]


def test_a_given_name_after_a_label_is_given_on_purpose(relatives):
    # "known as" gives another form of the name on purpose, as for a whole name
    text = "Viktar Prakapenia spoke. Among friends he is known as Viktor, his Russian name.\n"
    assert [f.found for f in relatives.check_text(text)] == []


def test_a_given_name_with_another_form_in_brackets_before_the_family_name(relatives):
    # "Viktor (Viktar) Prakapenia" gives both forms on purpose; a bracket that is no form
    # and no family name after it leaves the lone given name read
    text = "Viktar Prakapenia spoke. Seated: Viktor (Viktar) Prakapenia, then others.\n"
    assert [f.found for f in relatives.check_text(text)] == []
    text = "Viktar Prakapenia spoke. Later Viktor (his nephew) left for Warsaw.\n"
    assert [f.found for f in relatives.check_text(text)] == ["Viktor"]


KALESNIKAVA = RELATIVES + """\
  - id: maryia-kalesnikava
    kind: person
    gender: female
    be: Марыя Калеснікава
    ru: Мария Колесникова
    canonical: Maryia Kalesnikava
    sources: [https://en.wikipedia.org/wiki/Maria_Kalesnikava]
"""


@pytest.fixture(scope="module")
def kalesnikava(tmp_path_factory) -> Project:
    return project_of(tmp_path_factory.mktemp("k"), KALESNIKAVA)


def test_a_given_name_after_a_pronoun_and_a_relatives_word_is_of_the_family_named_last(
        kalesnikava):
    # her father is a Kalesnikau, not the Aliaksandr the document also names
    text = ("Aliaksandr Lukashenka spoke on Monday. Maryia Kalesnikava smiled in the cage, "
            "said her father, Alyaksandr, after the hearing.\n")
    assert [f.found for f in kalesnikava.check_text(text)] == []
    # his son is of the family of the man named just before
    text = "Aliaksandr Lukashenka came with his son Viktor. Viktar Lukashenka spoke later.\n"
    assert [(f.found, f.suggestion) for f in kalesnikava.check_text(text)] == [("Viktor", "Viktar")]
    # with no relative's word, the lone given name is still read
    text = "Aliaksandr Lukashenka spoke. Maryia Kalesnikava listened, and then Alyaksandr left.\n"
    assert [(f.found, f.suggestion) for f in kalesnikava.check_text(text)] == [
        ("Alyaksandr", "Aliaksandr")]
