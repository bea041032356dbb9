"""Base forms of inflected Russian and Belarusian names; hygiene of inflection.yaml."""
from importlib.resources import files

import pytest
import yaml

from checker.text.inflection import base_forms


@pytest.mark.parametrize("word, base", [
    ("Карпенкова", "карпенков"), ("Карпенкову", "карпенков"), ("Тарайкоўскага", "тарайкоўскі"),
    ("Тарайковского", "тарайковский"), ("Тихановской", "тихановская"), ("Ціханоўскай", "ціханоўская"),
    ("Лукашенко", "лукашенко"), ("Карпянкова", "карпянкоў"), ("Бабарыкі", "бабарыка"),
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
