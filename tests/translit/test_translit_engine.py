"""The rule engine on small hand-made schemes."""
import pytest

from checker.translit.engine import Compiled, SchemeError, expand_class, parse_rules, shared_classes

LETTERS = {c: o for c, o in zip("абвгдеёжзійклмнопрстуўфхцчшыьэюя’", [
    "a", "b", "v", "h", "d", "e", "o", "zh", "z", "i", "j", "k", "l", "m", "n", "o", "p",
    "r", "s", "t", "u", "w", "f", "x", "c", "ch", "sh", "y", "", "e", "u", "a", "",
], strict=False)}


def make(rules: list[dict], letters: dict | None = None, title: dict | None = None) -> Compiled:
    return Compiled(dict(letters or LETTERS), parse_rules(rules, dict(shared_classes()), "test"), title or {})


def test_letters_only() -> None:
    assert make([]).text("Гадзіна") == "Hadzina"


def test_after_before_and_sequences() -> None:
    c = make([
        {"match": "я", "output": "JA", "after": ["ь", "л"]},    # a sequence: ь then л
        {"match": "я", "output": "ia", "after": "consonant"},
        {"match": "н", "output": "ń", "before": ["н", "і"]},  # a sequence: н then і
        {"match": "а", "output": "à", "not_after": "consonant"},
        {"match": "ы", "output": "ŷ", "not_before": "consonant"},
    ])
    assert c.text("Бяззя") == "Biazzia"
    assert c.text("ьля ля") == "lJA lia"
    assert c.text("янні янна") == "ańni anna"
    assert c.text("аба") == "àba"
    assert c.text("ыбы") == "ybŷ"


def test_word_edges_and_word_has() -> None:
    c = make([
        {"match": "ый", "output": "y", "at": "word-end"},
        {"match": "е", "output": "je", "at": "word-start"},
        {"match": "ы", "output": "Y!", "at": "word"},
        {"match": "і", "output": "ì", "word_has": "ў"},
    ])
    assert c.text("Еле белый белыя ы") == "Jele bely belya Y!"
    assert c.text("Еўі еі") == "Jewì jei"
    assert c.text("Е-е") == "Je-je"


def test_title_and_caps() -> None:
    c = make([{"match": "ць", "output": "ć", "title": "Ć!"}], title={"я": "I͡A"})
    assert c.text("Ць Цьця ЦЬЦЯ") == "Ć! Ć!ca ĆCA"   # ALL CAPS: the output upper-cased
    assert c.text("Я яя ЯЯ") == "I͡A aa AA"


def test_class_expressions() -> None:
    classes = dict(shared_classes())
    letters = expand_class("vowel + ў + ьъ", classes)
    assert {"а", "Я", "ў", "Ў", "ь", "Ъ"} <= set(letters)
    assert "’" in expand_class("apostrophe", classes) and "ʼ" in expand_class("apostrophe", classes)
    with pytest.raises(SchemeError):
        expand_class("vowels", classes)


@pytest.mark.parametrize(
    "rule",
    [
        {"output": "x"},
        {"match": "Я", "output": "x"},
        {"match": "я", "output": "x", "at": "middle"},
        {"match": "я", "output": "x", "when": "always"},
        {"match": ["я", "ю"], "output": ["a"]},
    ],
)
def test_bad_rules_are_refused(rule: dict) -> None:
    with pytest.raises(SchemeError):
        parse_rules([rule], dict(shared_classes()), "test")
