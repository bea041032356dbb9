"""Case, words, passthrough and normalisation."""
import unicodedata

import pytest

from checker.translit import scheme_ids, transliterate


@pytest.mark.parametrize(
    "text, scheme_id, expected",
    [
        ("ЩЕГЛОВА", "ru-icao", "SHCHEGLOVA"),
        ("Щеглова", "ru-icao", "Shcheglova"),
        ("Юлия", "ru-icao", "Iuliia"),
        ("Юлия", "ru-mvd-310", "Yuliya"),
        ("ЮЛИЯ ЩЕГЛОВА", "ru-mvd-310", "YULIYA SHCHEGLOVA"),
        ("ЁЖ КОЛЮЧИЙ", "ru-bgn-pcgn", "YËZH KOLYUCHIY"),
        ("ЦИК России", "ru-bgn-pcgn", "TSIK Rossii"),
        ("ЛЮБАНЬ", "be-national-2007", "LIUBAŃ"),
        ("Цимлянск", "ru-alalc", "T͡Simli͡ansk"),     # ALA-LC capital tie bar
        ("ЦИМЛЯНСК", "ru-alalc", "T͡SIMLI͡ANSK"),
        ("Ш.", "ru-icao", "Sh."),                     # one capital: title case
        ("чАЧыЧУ", "be-lacinka", "čAČyČU"),           # mixed case: letter by letter
    ],
)
def test_case(text: str, scheme_id: str, expected: str) -> None:
    assert transliterate(text, scheme_id) == expected


@pytest.mark.parametrize("scheme_id", scheme_ids())
@pytest.mark.parametrize("text", ["", "PAMYŁKA ZIN!", "Minsk, 2020 — ok", "Zaslaŭje", "e\u0301"])
def test_non_cyrillic_text_passes_unchanged(scheme_id: str, text: str) -> None:
    assert transliterate(text, scheme_id) == text


def test_latin_inside_a_text_is_kept() -> None:
    assert transliterate("Гэта PAMYŁKA ZIN (№ 3)!", "be-lacinka") == "Heta PAMYŁKA ZIN (№ 3)!"


def test_stress_marks_are_removed() -> None:
    assert transliterate("Алякса́ндр Ге́нрыхавіч Турчы́н", "be-press") == "Aliaksandr Henrykhavich Turchyn"
    assert transliterate("Алякса\u0300ндр", "be-icao") == "Aliaksandr"


def test_latin_look_alikes_inside_cyrillic_words() -> None:
    assert transliterate("Жодзiна", "be-national-2007") == "Žodzina"       # Latin i
    assert transliterate("Iўе", "be-national-2007") == "Iŭje"               # Latin I
    assert transliterate("Рогачëв", "ru-bgn-pcgn") == "Rogachëv"            # Latin ë
    assert transliterate("Межëвo", "ru-wikipedia") == "Mezhyovo"            # Latin ë and o


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ", "´", "`", "‘"])
def test_every_apostrophe_glyph(apostrophe: str) -> None:
    assert transliterate(f"Вераб{apostrophe}ёвічы", "be-national-2007") == "Vierabjovičy"
    assert transliterate(f"Задвор{apostrophe}е", "be-bgn-pcgn") == "Zadvor”ye"


def test_quotes_around_a_word_are_not_apostrophes() -> None:
    assert transliterate("'Мінск'", "be-bgn-pcgn") == "'Minsk'"
    assert transliterate("«Ёды»", "be-national-2007") == "«Jody»"


def test_word_edges() -> None:
    # -ий is an ending only at the end of a word; ye only at its start.
    assert transliterate("Бийск", "ru-wikipedia") == "Biysk"
    assert transliterate("Великий-Устюг", "ru-wikipedia") == "Veliky-Ustyug"
    assert transliterate("Еловая Елань", "ru-bgn-pcgn") == "Yelovaya Yelan’"
    assert transliterate("(Ельцин)", "ru-wikipedia") == "(Yeltsin)"


def test_output_is_nfc() -> None:
    text = unicodedata.normalize("NFD", "Ёлкино Любань Магілёў")
    for scheme_id in scheme_ids():
        out = transliterate(text, scheme_id)
        assert out == unicodedata.normalize("NFC", out), scheme_id


def test_repeated_calls_give_the_same_result() -> None:
    first = [transliterate("Аляксандр Лукашэнка", s) for s in scheme_ids()]
    assert first == [transliterate("Аляксандр Лукашэнка", s) for s in scheme_ids()]
    assert transliterate("АЛЯКСАНДР Лукашэнка", "be-icao") == "ALIAKSANDR Lukashenka"


def test_multiline_text() -> None:
    assert transliterate("Мінск\nГомель\tБрэст", "be-national-2007") == "Minsk\nHomieĺ\tBrest"
