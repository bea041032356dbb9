"""Reverse romanization: the likely Cyrillic forms of a name known only in Latin script."""
from __future__ import annotations

import pytest

from checker.translit.reverse import back_to_cyrillic, leaning, likely_cyrillic


@pytest.mark.parametrize("latin, lang, cyrillic", [
    ("Mikalai Karpiankou", "be", "Мікалай Карпянкоў"),
    ("Nikolai Karpenkov", "ru", "Николай Карпенков"),
    ("Denis Kuchinsky", "ru", "Денис Кучинский"),
    ("Mikhail Hryb", "be", "Міхаіл Грыб"),
    ("Janina Malash", "be", "Яніна Малаш"),
    ("Aksana Zhukavitskaya", "be", "Аксана Жукавіцкая"),
    ("Pavel Mezhavitsky", "ru", "Павел Межавицкий"),
    ("Hanna Hatsura-Yavorskaya", "be", "Ганна Гацура-Яворская"),
    # e is е after a consonant Belarusian softens before it, э after one that stays hard
    ("Alena Tserashkova", "be", "Алена Цэрашкова"),
    ("Nadzeya Polkina", "be", "Надзея Полкіна"),
    ("Aleh Lukashenka", "be", "Алег Лукашэнка"),
    # the Belarusian Latin alphabet and Polish spellings, letter by letter
    ("Źmicier Łaŭrynovič", "be", "Зьміцер Лаўрыновіч"),
    ("Juryj Šaŭčenka", "be", "Юрый Шаўчэнка"),
    ("Ludmiła Kulbackaja", "be", "Людміла Кульбацкая"),   # with ł, a plain l is soft
    ("Andrej Lackievič", "be", "Андрэй Лацкевіч"),        # without, hard
    ("Kastuś Czarnou", "be", "Кастусь Чарноў"),
    ("Michaił Šaŭčenka", "ru", "Михаил Шаученка"),
    # a press romanization writes t, d and r alike before every vowel: Belarusian softens t
    # and d to ц and дз there, and keeps r, ch, sh and zh hard
    ("Tatiana Tyurina", "be", "Тацяна Цюрына"),
    ("Maria Zhilina", "be", "Марыя Жыліна"),
    ("Maria Zhilina", "ru", "Мария Жилина"),
    ("Nikolay Murzenkov", "be", "Ніколай Мурзенкоў"),   # -ov in Belarusian: -оў
    ("Olga Shukaylo", "ru", "Олга Шукайло"),            # y between a vowel and a consonant
    ("Zinaida Gimpelevitch", "ru", "Зинаида Гимпелевич"),
    # Polish letters: ó is said u; a woman's -ska is -ская
    ("Józef Wołowski", "be", "Юзэф Воловскі"),
    ("Józef Wołowski", "ru", "Юзеф Воловский"),
    ("Ewa Noiszewska", "be", "Эва Ноішэвская"),
    # a letter no rule reads is its base letter: no Latin letter is left in Cyrillic
    ("Hélène Müller", "ru", "Хелене Муллер"),
])
def test_a_latin_name_is_taken_back_to_a_likely_cyrillic_form(latin, lang, cyrillic):
    assert back_to_cyrillic(latin, lang) == cyrillic


def test_each_language_is_guessed_from_the_spelling_that_leans_to_it():
    spellings = ["Vladislav Gorbatsevich", "Uladzislau Harbatsevich"]
    assert leaning(spellings[1]) > leaning(spellings[0])
    assert likely_cyrillic(spellings) == {"be": "Уладзіслаў Гарбацэвіч",
                                          "ru": "Владислав Горбацевич"}
    assert likely_cyrillic([]) == {}


def test_a_spelling_in_the_belarusian_latin_alphabet_gives_the_belarusian_form():
    assert likely_cyrillic(["Zmitser Laurynovich", "Źmicier Łaŭrynovič"])["be"] == \
        "Зьміцер Лаўрыновіч"


def test_a_name_only_in_belarusian_romanization_gets_russian_letters_for_its_russian_form():
    # no spelling leans to Russian: the Russian guess is the Belarusian one in Russian letters
    # and endings (the unstressed o Belarusian writes as а: Быкаў, Быков), not Kruhlou read
    # as if it were a Russian romanization
    assert likely_cyrillic(["Vechaslau Kruhlou"]) == {"be": "Вечаслаў Круглоў",
                                                       "ru": "Вечаслав Круглов"}
    assert likely_cyrillic(["Ihar Bykau"])["ru"] == "Игар Быков"
