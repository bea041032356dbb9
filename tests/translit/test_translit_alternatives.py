"""Forms a standard allows besides its main one."""
import pytest

from checker.translit import get_scheme, scheme_ids, transliterate, transliterate_all


def test_national_2000_u_acute() -> None:
    assert transliterate("Магілёў", "be-national-2000") == "Mahilioŭ"
    assert transliterate_all("Магілёў", "be-national-2000") == ["Mahilioŭ", "Mahilioú"]


def test_national_2023_kh() -> None:
    assert transliterate("Хоцімск", "be-national-2023") == "Hocimsk"
    assert transliterate_all("Хоцімск", "be-national-2023") == ["Hocimsk", "Chocimsk"]


def test_no_alternative_gives_only_the_main_form() -> None:
    assert transliterate_all("Мінск", "be-national-2023") == ["Minsk"]
    assert transliterate_all("Юлия Щеглова", "ru-icao") == ["Iuliia Shcheglova"]


def test_bgn_yo_as_ye() -> None:
    assert transliterate_all("Воробьёво", "ru-bgn-pcgn") == ["Vorob’yëvo", "Vorob’yevo"]


def test_endings() -> None:
    assert transliterate_all("Андрей Видный", "ru-mvd-310") == ["Andrey Vidnyy", "Andrey Vidny"]
    assert transliterate_all("Рыркайпий", "ru-wikipedia") == ["Ryrkaypy", "Ryrkaypiy"]


def test_combinations_are_generated() -> None:
    forms = transliterate_all("Андрей Васильевич Галенка", "ru-simple")
    assert forms[0] == "Andrey Vasilievich Galenka"
    assert {"Andrei Vasilievich Galenka", "Andrey Vasilyevich Galenka",
            "Andrei Vasilyevich Galenka"} <= set(forms)


def test_swedish_alternatives() -> None:
    assert transliterate_all("Евгеньевич", "ru-eu-swedish") == ["Jevgenjevitj", "Evgenjevitj"]
    assert "Alexandr Michajlovitj Losiakin" in transliterate_all("Александр Михайлович Лосякин",
                                                                "ru-eu-swedish")


@pytest.mark.parametrize("scheme_id", scheme_ids())
def test_forms_are_unique_and_main_first(scheme_id: str) -> None:
    text = "Аляксандр Юр’евіч Ельцын Андрей Васильевич Геннадий Алексеевич Соколовский Хоцімск Ёлкіна"
    forms = transliterate_all(text, scheme_id)
    assert forms[0] == transliterate(text, scheme_id)
    assert len(forms) == len(set(forms))
    assert len(forms) <= 64


def test_alternative_names_are_listed() -> None:
    assert get_scheme("be-national-2000").alternatives == ("u-acute",)
    assert get_scheme("be-national-2023").alternatives == ("kh-ch",)
    assert get_scheme("ru-icao").alternatives == ()
