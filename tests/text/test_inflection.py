"""Base forms of inflected Russian and Belarusian names; hygiene of inflection.yaml."""
from importlib.resources import files

import pytest
import yaml

from checker.text.inflection import base_forms


@pytest.mark.parametrize("word, base", [
    ("Карпенкова", "карпенков"), ("Карпенкову", "карпенков"), ("Тарайкоўскага", "тарайкоўскі"),
    ("Тарайковского", "тарайковский"), ("Тихановской", "тихановская"), ("Ціханоўскай", "ціханоўская"),
    ("Лукашенко", "лукашенко"), ("Карпянкова", "карпянкоў"), ("Бабарыкі", "бабарыка"),
    ("Купалам", "купала"), ("Карпенкам", "карпенка"),
    # a vowel that drops, and the plural of place names
    ("Островце", "островец"), ("Островца", "островец"), ("Новогрудке", "новогрудок"),
    ("Навагрудку", "навагрудак"), ("Кореличах", "кореличи"), ("Карэлічах", "карэлічы"),
    ("Баранавічамі", "баранавічы"), ("Беларуси", "беларусь"),
    # adjectives stressed on the ending; a consonant alternating before the locative's -е
    ("Маладога", "малады"), ("Молодого", "молодой"), ("судзе", "суд"),
    ("областном", "областной"), ("Бешанковічаў", "бешанковічы"), ("Барановичей", "барановичи"),
    ("Вользе", "вольга"), ("Чамаданавай", "чамаданава"), ("Фрунзенскім", "фрунзенскае"),
    # a neuter adjective's other cases
    ("Вялікага", "вялікае"), ("Літоўскага", "літоўскае"), ("Великого", "великое"),
    ("Литовского", "литовское"), ("Вялікім", "вялікае"),
    # the classical orthography drops the e of -ель in the other cases
    ("Гомля", "гомель"), ("Гомлі", "гомель"), ("Гомлем", "гомель"),
    # a neuter noun in -е: the Belarusian locative and the genitive
    ("Берасці", "берасце"), ("Палессі", "палессе"), ("Заслаўя", "заслаўе"), ("Ивья", "ивье"),
    # the Russian prepositional of a given name in -ей
    ("Андрее", "андрей"), ("Сергее", "сергей"),
    # a soft-sign feminine noun's instrumental; a Belarusian soft adjective
    ("Беларусью", "беларусь"), ("Беларуссю", "беларусь"), ("Заходняй", "заходняя"),
    # each part of a hyphenated family name takes its own ending
    ("Шарэнды-Панасюк", "шарэнда-панасюк"), ("Шарэнду-Панасюк", "шарэнда-панасюк"),
    ("Римского-Корсакова", "римский-корсаков"),
    # a given name whose vowel drops: Павел, Павла, Belarusian Паўла (в before a consonant: ў)
    ("Павла", "павел"), ("Павлом", "павел"), ("Паўла", "павел"), ("Паўлу", "павел"),
    ("Паўлам", "павел"),
    # к turns ц before the Belarusian locative's -ы
    ("Вілейцы", "вілейка"),
    # a Russian noun whose o drops in the other cases
    ("церкви", "церковь"), ("Церковью", "церковь"),
    # the Russian prepositional of an adjective in -ый, -ий
    ("государственном", "государственный"), ("Координационном", "координационный"),
])
def test_base_form_is_among_the_candidates(word, base):
    assert base in base_forms(word)


def test_the_word_itself_comes_first():
    assert base_forms("Мінск")[0] == "мінск"


def test_rules_are_unique():
    rules = yaml.safe_load(files("checker.text").joinpath("inflection.yaml").read_text("utf-8"))["rules"]
    pairs = [tuple(r) for r in rules]
    assert len(pairs) == len(set(pairs)), "duplicate rules"
    assert all(a != b and a for a, b in pairs)


@pytest.mark.parametrize("found, base, target, language, expected", [
    ("Тарайкоўскага", "тарайкоўскі", "Тарайковский", "be", "Тарайковского"),
    ("Карпянкова", "карпянкоў", "Карпенков", "be", "Карпенкова"),
    ("Карпенкова", "карпенков", "Карпянкоў", "ru", "Карпянкова"),
    ("Ціханоўскай", "ціханоўская", "Тихановская", "be", "Тихановской"),
    ("ТАРАЙКОЎСКАГА", "тарайкоўскі", "Тарайковский", "be", "ТАРАЙКОВСКОГО"),
    ("Карпянкоў", "карпянкоў", "Карпенков", "be", "Карпенков"),
    ("Магілёве", "Магілёў", "Могилёв", "be", "Могилёве"),
    ("Купалам", "купала", "Купала", "be", "Купалой"),
    ("Лукашэнкам", "лукашэнка", "Лукашенко", "be", "Лукашенком"),
])
def test_inflect_like_carries_the_case_into_the_other_language(found, base, target, language, expected):
    from checker.text.inflection import inflect_like

    assert inflect_like(found, base, target, language) == expected


def test_correspondences_are_unique_and_use_rule_endings():
    data = yaml.safe_load(files("checker.text").joinpath("inflection.yaml").read_text("utf-8"))
    pairs = [tuple(p) for p in data["correspondences"]]
    assert pairs == sorted(pairs) and len(pairs) == len(set(pairs))
    endings = {a for a, _ in data["rules"]}
    for be, ru in pairs:  # a correspondence no rule can reach would never apply
        assert be in endings and ru in endings, (be, ru)


@pytest.mark.parametrize("word, base", [
    ("Бабарыкіным", "бабарыкін"),   # the Belarusian -ін family name's instrumental
    ("Пуціным", "пуцін"),
    ("Пуцінай", "пуціна"),
    ("Сініцыным", "сініцын"),
])
def test_a_belarusian_in_family_name_in_its_cases(word, base):
    assert base in base_forms(word)
