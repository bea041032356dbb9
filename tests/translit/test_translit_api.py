"""The public API of checker.translit."""
import dataclasses

import pytest

from checker.translit import (
    Scheme,
    detect_language,
    get_scheme,
    scheme_ids,
    schemes_for,
    transliterate,
)

STANDARDS_BE = [
    "be-alalc", "be-bgn-pcgn", "be-iso9", "be-icao", "be-lacinka",
    "be-national-2000", "be-national-2007", "be-national-2023",
]
STANDARDS_RU = [
    "ru-alalc", "ru-bgn-pcgn", "ru-icao", "ru-iso9", "ru-mvd-310", "ru-mvd-310-fr",
    "ru-ungegn", "ru-wikipedia",
]


def test_scheme_ids_sorted_and_by_kind() -> None:
    ids = scheme_ids()
    assert ids == sorted(ids)
    assert scheme_ids("standard") == sorted(STANDARDS_BE + STANDARDS_RU)
    assert scheme_ids("house") == ["be-press", "ru-press"]
    assert {"ru-german", "ru-french", "ru-polish", "be-polish", "ru-eu-swedish",
            "be-eu-swedish", "ru-simple", "be-simple"} <= set(scheme_ids("convention"))
    assert set(ids) == set(scheme_ids("standard")) | set(scheme_ids("house")) | set(scheme_ids("convention"))


def test_unknown_kind() -> None:
    with pytest.raises(ValueError, match="kind"):
        scheme_ids("official")


def test_get_scheme() -> None:
    scheme = get_scheme("be-national-2007")
    assert isinstance(scheme, Scheme)
    assert (scheme.id, scheme.language, scheme.kind) == ("be-national-2007", "be", "standard")
    assert "2007" in scheme.name and "pravo" not in scheme.name
    assert scheme.samples and all(len(s) == 3 for s in scheme.samples)
    assert scheme.transliterate("Любань") == "Liubań"
    assert get_scheme("be-national-2007") is scheme  # compiled once
    with pytest.raises(dataclasses.FrozenInstanceError):
        scheme.id = "x"  # type: ignore[misc]


def test_unknown_scheme_names_the_known_ones() -> None:
    with pytest.raises(KeyError) as err:
        get_scheme("be-nat-2007")
    assert "be-nat-2007" in str(err.value) and "be-national-2007" in str(err.value)
    with pytest.raises(KeyError):
        transliterate("Мінск", "nope")


def test_base_schemes() -> None:
    assert get_scheme("be-press").base == "be-icao"
    assert get_scheme("ru-press").base == "ru-wikipedia"


def test_schemes_for() -> None:
    assert schemes_for("be") == sorted(STANDARDS_BE + ["be-press"])
    assert schemes_for("ru") == sorted(STANDARDS_RU + ["ru-press"])
    assert schemes_for(None) == sorted(schemes_for("be") + schemes_for("ru"))
    with pytest.raises(ValueError):
        schemes_for("uk")


@pytest.mark.parametrize(
    "text, language",
    [
        ("Аляксандр Лукашэнка", None),        # nothing tells
        ("Святлана Ціханоўская", "be"),
        ("Магілёў", "be"),
        ("ІВАН", "be"),
        ("Юлия Щеглова", "ru"),
        ("Подъезд", "ru"),
        ("Aliaksandr", None),
        ("", None),
        ("Iван", None),                        # Latin I is not Cyrillic і
    ],
)
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_detect_language_mixed() -> None:
    # Both kinds of letter: the commoner kind wins, a tie tells nothing.
    assert detect_language("Сяргей Леанідавіч Калинник") is None  # і ×2, и ×2
    assert detect_language("Сяргей Леанідавіч Калінін") == "be"
    assert detect_language("Іван Щукин") == "ru"
