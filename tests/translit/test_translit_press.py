"""The house styles: be-press (ICAO passport forms with y-forms) and ru-press."""
import pytest

from checker.translit import transliterate

BE_PRESS = [
    ("Аляксандр Тарайкоўскі", "Aliaksandr Taraikouski"),
    ("Мікалай Карпянкоў", "Mikalai Karpiankou"),
    ("Святлана Ціханоўская", "Sviatlana Tsikhanouskaya"),
    ("Юрый Караеў", "Yury Karaeu"),
    ("Лідзія Ярмошына", "Lidziya Yarmoshyna"),
    ("Марыя Калеснікава", "Maryia Kalesnikava"),
    ("Дзмітрый", "Dzmitry"),
    ("Магілёў", "Mahiliou"),
]


@pytest.mark.parametrize("cyrillic, expected", BE_PRESS)
def test_be_press(cyrillic: str, expected: str) -> None:
    assert transliterate(cyrillic, "be-press") == expected


@pytest.mark.parametrize(
    "cyrillic, expected",
    [
        ("Елена", "Yelena"),            # е at the start: ye
        ("Караеў", "Karaeu"),           # е after a vowel stays e (ICAO)
        ("Ёрш", "Yorsh"),               # ё at the start: yo
        ("Марыя", "Maryia"),            # not after ы
        ("Васілій", "Vasily"),          # -ій
        ("Юрыя", "Yuryia"),             # -ый only at the end of a word
        ("ЮРЫЙ КАРАЕЎ", "YURY KARAEU"),
    ],
)
def test_be_press_rules(cyrillic: str, expected: str) -> None:
    assert transliterate(cyrillic, "be-press") == expected


def test_be_press_differs_from_icao_only_by_its_rules() -> None:
    assert transliterate("Аляксандр", "be-icao") == transliterate("Аляксандр", "be-press")
    assert transliterate("Юрый", "be-icao") == "Iuryi"


@pytest.mark.parametrize("text", ["Ельцин", "Ильинский", "Юрьев", "Майер", "Набережные Челны"])
def test_ru_press_is_wikipedia(text: str) -> None:
    assert transliterate(text, "ru-press") == transliterate(text, "ru-wikipedia")
