"""The shape of a family name told by its ending: Baltic, adjectival, a noun's."""
from __future__ import annotations

import pytest

from checker.datafiles import load_data
from checker.text.name_shapes import (
    Shape,
    adjective_gender,
    other_family_shape,
    place_shaped,
    shape,
)


def test_the_endings_are_sorted_unique_and_lowercase() -> None:
    data = load_data("checker.text", "name_shapes.yaml")
    assert set(data) == {"baltic_endings", "slavic_endings", "adjectival_endings", "noun_endings",
                         "plural_endings", "possessive_endings", "place_endings",
                         "adjective_genders"}
    genders = data.pop("adjective_genders")
    assert set(genders) == {"feminine", "neuter"}
    for key, endings in {**data, **genders}.items():
        assert endings == sorted(set(endings)), key
        assert all(e == e.lower() and e.strip() == e and e for e in endings), key
    # no ending tells two genders
    assert not set(genders["feminine"]) & set(genders["neuter"])


@pytest.mark.parametrize(("word", "expected"), [
    ("Kupalovskoye", "neuter"), ("Kruhlae", "neuter"), ("Круглае", "neuter"),
    ("Круглое", "neuter"), ("Bahinskaya", "feminine"), ("Багінская", "feminine"),
    ("Kazlouski", None), ("Minsk", None),
])
def test_an_adjectives_gender(word: str, expected: str | None) -> None:
    assert adjective_gender(word) == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("Kozlovskis", Shape.BALTIC),
    ("Landsbergis", Shape.BALTIC),
    ("Kazlouski", Shape.ADJECTIVAL),
    ("POLYANSKY", Shape.ADJECTIVAL),
    ("Tsikhanouskaya", Shape.ADJECTIVAL),
    ("Cichanouska", Shape.ADJECTIVAL),
    ("Palienka", Shape.NOUN),
    ("Karpiankou", Shape.NOUN),
    ("Babaryka", Shape.NOUN),
    ("Tsikhanouskya", Shape.SLAVIC),        # a misspelt adjective's ending may end so
    ("Borrell", Shape.UNKNOWN),
    ("Yaroslavichi", Shape.PLURAL),         # a dynasty, the sons of Yaroslav
    ("Baranavichy", Shape.PLURAL),
])
def test_a_family_names_shape(word: str, expected: Shape) -> None:
    assert shape(word) == expected


@pytest.mark.parametrize(("found", "suggested", "other"), [
    ("Kazlouski", "Kozlovskis", True),       # Belarusian beside Baltic
    ("Palienka", "Kozlovskis", True),
    ("Bielskis", "Bielski", False),          # an English plural, or an apostrophe left out
    ("Polyansky", "Palienka", True),         # an adjective's ending beside a noun's
    ("Palienko", "Palianski", True),
    ("Tikhanovskaya", "Tsikhanouskaya", False),
    ("Tsikhanouskya", "Tsikhanouskaya", False),
    ("Karpenkov", "Karpiankou", False),
    ("Borrell", "Babaryka", False),          # an ending that says nothing
    ("Yaroslavichi", "Yaraslavich", True),   # a dynasty's plural beside one man's name
    ("Baranovichi", "Baranavichy", False),   # a town's two spellings
    ("Vorobyov", "Varabei", True),           # a possessive suffix beside no family ending
    ("Kovalev", "Koval", True),
    ("Vorobyov", "Varabyou", False),         # both with the suffix: one name's two spellings
])
def test_names_of_two_shapes_are_two_names(found: str, suggested: str, other: bool) -> None:
    assert other_family_shape(found, suggested) is other


@pytest.mark.parametrize(("word", "expected"), [
    ("Tarasowo", True), ("Borisovo", True), ("Tarasov", False), ("Vishneva", False),
])
def test_a_place_named_after_a_family(word: str, expected: bool) -> None:
    assert place_shaped(word) is expected
