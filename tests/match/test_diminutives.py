"""diminutives.yaml: its hygiene, and what a nickname is (a diminutive of the entry's given
name with the rest of the name as the house writes it)."""
from __future__ import annotations

import unicodedata
from importlib.resources import files

import pytest
import yaml

from checker.glossary.model import Entry
from checker.match.diminutives import is_nickname

DATA = yaml.safe_load(files("checker.match").joinpath("diminutives.yaml").read_text(encoding="utf-8"))
CYRILLIC = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіў’")


def test_data_hygiene():
    names = DATA["names"]
    assert names
    for given, shorts in names.items():
        assert unicodedata.normalize("NFC", given) == given and set(given.casefold()) <= CYRILLIC
        assert shorts and len(shorts) == len(set(shorts)), given
        for short in shorts:
            assert unicodedata.normalize("NFC", short) == short and short[0].isupper()
            assert short.isalpha() and short.casefold() != given.casefold()


DARYA = Entry(id="darya-domracheva", kind="person", canonical="Darya Domracheva",
              be=("Дар’я Домрачава",), ru=("Дарья Домрачёва",))


@pytest.mark.parametrize("found, expected", [
    ("Dasha Domracheva", True), ("Dasha Domracheva's", True), ("Даша Домрачава", True),
    ("Darya Domracheva", False),      # the house form itself
    ("Dasha Domracheva Smith", False),
    ("Masha Domracheva", False),      # another name's diminutive
    ("Dasha Domrachova", False),      # a variant family name is still a spelling to fix
    ("Dasha", False),
])
def test_is_nickname(found, expected):
    assert is_nickname(found, DARYA) is expected
