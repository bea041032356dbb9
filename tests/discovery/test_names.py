"""`discover`: the names documents use that the glossary lacks (fixture glossary; sentences we
wrote)."""
from __future__ import annotations

import json

import pytest

from checker.discovery import discover_names
from checker.glossary.loader import parse_glossary_text
from checker.project import Project


@pytest.fixture
def docs(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Andrei Astapovich spoke in Minsk on Monday.\n"
        "Later Andrey Astapovic said more, and Sviatlana Tsikhanouskaya agreed.\n"
        "Judge Aksana Fedarenka read the verdict.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Андрей Астапович выступил. Андрея Астаповича задержали.\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def project(fixture_glossary_paths) -> Project:
    return Project.load(glossary=[str(p) for p in fixture_glossary_paths], use_cache=False)


def test_spellings_of_one_unknown_name_are_one_group(project, docs):
    groups, errors = discover_names(project, [str(docs)], min_count=2)
    assert errors == []
    assert len(groups) == 1
    (g,) = groups
    assert {s.text for s in g.spellings} == {
        "Andrei Astapovich", "Andrey Astapovic", "Андрей Астапович", "Андрея Астаповича"}
    assert g.count == 4 and g.kind == "person"
    assert g.ru == "Андрей Астапович" and not g.ru_guessed   # seen in the documents
    assert g.be_guessed                                       # only guessed from the Latin


def test_glossary_names_and_rare_names_are_left_out(project, docs):
    groups, _ = discover_names(project, [str(docs)], min_count=1)
    names = {s.text for g in groups for s in g.spellings}
    assert "Sviatlana Tsikhanouskaya" not in names
    assert "Aksana Fedarenka" in names           # once, shown with --min-count 1
    groups, _ = discover_names(project, [str(docs)], min_count=2)
    assert "Aksana Fedarenka" not in {s.text for g in groups for s in g.spellings}


def test_a_place_or_organisation_word_sets_the_kind(project, tmp_path):
    (tmp_path / "c.txt").write_text("Near Kastrychnitskaya Square, at Kastrychnitskaya "
                                    "Square again.\n", encoding="utf-8")
    groups, _ = discover_names(project, [str(tmp_path)], min_count=2)
    assert [g.kind for g in groups] == ["place"]
    # the place word is put in Cyrillic, not taken back letter by letter
    assert (groups[0].be, groups[0].ru) == ("Кастрычніцкая плошча", "Кастрычницкая площадь")


def test_the_yaml_output_is_a_glossary_that_loads(fixture_cli, docs):
    code, out, err = fixture_cli("discover", str(docs), "--format", "yaml")
    assert code == 0, err
    (entry,) = parse_glossary_text(out, "discovered.yaml")
    assert entry.kind == "person" and "Andrei Astapovich" in entry.variants


def test_the_json_and_text_outputs(fixture_cli, docs):
    code, out, _ = fixture_cli("discover", str(docs), "--format", "json")
    assert code == 0
    (g,) = json.loads(out)
    assert g["mentions"] == 4 and g["review"] == ["be"]
    assert all(":" in p for s in g["spellings"] for p in s["places"])
    code, out, _ = fixture_cli("discover", str(docs))
    assert code == 0 and "Andrey Astapovic " in out and "x-mentions: 4" in out


def names_in(project, folder, text: str) -> set[str]:
    """The names `discover` reports, as their drafts' canonicals, for a document of `text`."""
    (folder / "d.txt").write_text(text, encoding="utf-8")
    groups, errors = discover_names(project, [str(folder)], min_count=1)
    assert errors == []
    return {g.canonical for g in groups}


def test_a_misspelling_of_a_glossary_name_is_not_a_new_name(project, tmp_path):
    found = names_in(project, tmp_path,
                     "We heard Alexander Lukashenkoand his team in the hall.\n"
                     "And Alianksandr Lukashenka came later with Aksana Fedarenka.\n")
    assert found == {"Aksana Fedarenka"}


def test_a_persons_other_name_the_glossary_lists_is_not_a_new_name(tmp_path):
    (tmp_path / "g.yaml").write_text("""version: 1
entries:
- id: katsiaryna-andreyeva
  kind: person
  be: Кацярына Андрэева
  ru: Екатерина Андреева
  canonical: Katsiaryna Andreyeva
  variants: [Katsiaryna Bakhvalava]
""", encoding="utf-8")
    project = Project.load(glossary=[str(tmp_path / "g.yaml")], use_cache=False)
    docs = tmp_path / "docs"
    docs.mkdir()
    found = names_in(project, docs, "Katsiaryna Bakhvalava (Andreyeva) and Aksana Fedarenka.\n")
    assert found == {"Aksana Fedarenka"}


def test_a_word_glued_before_a_name_is_not_part_of_it(project, tmp_path):
    found = names_in(project, tmp_path,
                     "The reporters Belsatters Ihar Zhaunerchyk and Mikalai Zhaunerchyk.\n"
                     "In Hrodna Katsiaryna Andreyeva spoke.\n")
    # Hrodna Katsiaryna Andreyeva: a glossary name after a word
    assert found == {"Ihar Zhaunerchyk", "Mikalai Zhaunerchyk"}


def test_a_phrase_of_peoples_and_events_is_not_a_name(project, tmp_path):
    found = names_in(project, tmp_path,
                     "Belarusian Olympic officials and Russian Nobel winners met at the Tokyo "
                     "Olympics.\nNationalityBelarusian Aksana Fedarenka.\n"
                     "The Belarusian Olympic Committee spoke.\n")
    assert found == set()


def test_a_cyrillic_title_before_a_name_is_left_out(project, tmp_path):
    (tmp_path / "d.txt").write_text(
        "Палітвязня Фёдара Мірзаянава вызвалілі. Спадарыня Прэзідэнт прыехала.\n"
        "Спадар Мірзаянаў прыехаў.\n", encoding="utf-8")
    groups, _ = discover_names(project, [str(tmp_path)], min_count=1)
    assert [[s.text for s in g.spellings] for g in groups] == [["Фёдара Мірзаянава"]]


def test_an_inflected_glossary_name_is_known(project, tmp_path):
    (tmp_path / "d.txt").write_text("Мы гаварылі з Ігарам Карпенкам.\n", encoding="utf-8")
    groups, _ = discover_names(project, [str(tmp_path)], min_count=1)
    assert groups == []


@pytest.mark.parametrize("text, be", [
    ("Мы бачылі Ірэну Бярнацкую ўчора.", "Ірэна Бярнацкая"),
    ("Мы бачылі Анжаліку Бярнацкую ўчора.", "Анжаліка Бярнацкая"),
    ("Ліст Мікалая Мірзаянава прыйшоў.", "Мікалай Мірзаянаў"),
    ("Учора пісаў Коля Ваўранюк.", "Коля Ваўранюк"),   # -я of a nominative stays
    ("Ён сустрэўся з Мікалаем Бабарыкіным.", "Мікалай Бабарыкін"),   # -ін, instrumental
])
def test_an_inflected_cyrillic_name_is_drafted_in_the_nominative(project, tmp_path, text, be):
    (tmp_path / "d.txt").write_text(text + "\n", encoding="utf-8")
    (g,) = discover_names(project, [str(tmp_path)], min_count=1)[0]
    assert g.be == be and not g.be_guessed


@pytest.mark.parametrize("text", [
    "Сам Сяргей прыехаў.",                       # a word before a given name alone
    "Мы бачылі, як Мікалай Сяргеевіч прыйшоў.",  # a given name and a patronymic
    "Then Ihar Siarheevich spoke.",
    "Then Yaromir Siarheevich spoke.",          # a patronymic: no family name, whatever the first
])
def test_a_given_name_without_a_family_name_is_not_drafted(project, tmp_path, text):
    assert names_in(project, tmp_path, text + "\n") == set()


def test_a_family_name_ending_as_a_patronymic_is_kept(project, tmp_path):
    (tmp_path / "d.txt").write_text("Then Ihar Kazakevich and Бабарыка Мікалай Мікалаевіч.\n",
                                    encoding="utf-8")
    groups, _ = discover_names(project, [str(tmp_path)], min_count=1)
    assert {s.text for g in groups for s in g.spellings} == {
        "Ihar Kazakevich", "Бабарыка Мікалай Мікалаевіч"}


def test_a_company_word_or_a_romanized_organisation_word_makes_an_organisation(project, tmp_path):
    (tmp_path / "d.txt").write_text(
        "The list adds Belorusskiye Spichki, then Nafta Dobrush, then Dobrush Logistik.\n"
        "Its owner Ihar Dobrushau was named too.\n", encoding="utf-8")
    groups, _ = discover_names(project, [str(tmp_path)], min_count=1)
    assert {g.canonical: g.kind for g in groups} == {
        "Belorusskiye Spichki": "organization", "Nafta Dobrush": "organization",
        "Dobrush Logistik": "organization", "Ihar Dobrushau": "person"}


def test_foreign_names_are_marked_and_listed_last(project, tmp_path):
    (tmp_path / "d.txt").write_text(
        "Bertrand Fairweather and Gintaras Vaitkevicius met Leon Zhaunerchyk.\n"
        "Later Marcin Kowalczyk spoke with Leon Zhaunerchyk again.\n"
        "Sergei Fairweather was there.\n", encoding="utf-8")
    groups, _ = discover_names(project, [str(tmp_path)], min_count=1)
    assert [(g.canonical, g.foreign) for g in groups] == [
        ("Leon Zhaunerchyk", False),      # an English given name, a Belarusian family name
        ("Sergei Fairweather", False),    # a Russian given name
        ("Bertrand Fairweather", True), ("Gintaras Vaitkevicius", True),
        ("Marcin Kowalczyk", True)]


def test_a_foreign_mark_in_every_output(fixture_cli, tmp_path):
    (tmp_path / "d.txt").write_text("Bertrand Fairweather spoke.\n", encoding="utf-8")
    code, out, _ = fixture_cli("discover", str(tmp_path), "--min-count", "1", "--format", "json")
    assert code == 0 and json.loads(out)[0]["foreign"] is True
    code, out, _ = fixture_cli("discover", str(tmp_path), "--min-count", "1", "--format", "yaml")
    assert "x-foreign: true" in out
    code, out, _ = fixture_cli("discover", str(tmp_path), "--min-count", "1")
    assert "(person, 1 mention, likely foreign)" in out


def _drafts(tmp_path, entries: str, text: str, min_count: int) -> list:
    """The groups `discover` makes of `text` under a glossary of `entries` (YAML list items)."""
    glossary = tmp_path / "g.yaml"
    glossary.write_text("version: 1\nentries:\n" + entries, encoding="utf-8")
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    project = Project.load(glossary=[str(glossary)], use_cache=False)
    groups, _ = discover_names(project, [str(tmp_path / "d.txt")], min_count=min_count)
    return groups


def test_a_guessed_forms_given_name_is_the_one_the_glossarys_people_write(tmp_path):
    # the Russian given name beside a Belarusian one is a word of Russian, not the
    # Belarusian romanized back (Наталья, not Наталля); taken from the glossary's people
    groups = _drafts(tmp_path, """- id: natallia-radzina
  kind: person
  be: Наталля Радзіна
  ru: Наталья Радина
  gender: female
- id: iryna-khalip
  kind: person
  be: Ірына Халіп
  ru: Ирина Халип
  gender: female
""", "Natallia Ked spoke. Later Natallia Ked and Iryna Lanchava met; Iryna Lanchava left.\n", 2)
    drafts = {g.be: g.ru for g in groups}
    assert drafts == {"Наталля Кед": "Наталья Кед", "Ірына Ланчава": "Ирина Ланчава"}


def test_a_mention_two_rules_take_is_counted_once(tmp_path):
    # "Józef Korsak": read as a name of two words, and its second word again as another
    # person's family name after a word that is no given name of the glossary's
    (g,) = _drafts(tmp_path, """- id: siarhei-korsak
  kind: person
  be: Сяргей Корсак
  ru: Сергей Корсак
  gender: male
""", "The church was founded by Józef Korsak in 1700.\n", 1)
    assert g.count == 1 and [len(s.places) for s in g.spellings] == [1]
    # a Polish ó is said u: no Latin letter in the guessed Cyrillic
    assert (g.be, g.ru) == ("Юзэф Корсак", "Юзеф Корсак")


def test_a_latin_only_name_takes_its_given_names_from_the_glossarys_people(tmp_path):
    # both forms guessed: the given name is the pair the glossary's people write beside the
    # Latin one, not Nikolay taken back letter by letter (Ніколай)
    (g,) = _drafts(tmp_path, """- id: mikalai-statkevich
  kind: person
  be: Мікалай Статкевіч
  ru: Николай Статкевич
  variants: [Nikolay Statkevich]
  gender: male
""", "Nikolay Murzenkov spoke; Nikolay Murzenkov left.\n", 2)
    assert (g.be, g.ru) == ("Мікалай Мурзенкоў", "Николай Мурзенков")
