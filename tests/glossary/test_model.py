"""The glossary's records as plain data for the cache (checker.glossary.model)."""
from __future__ import annotations

import datetime

import pytest

from checker.glossary import parse_glossary_text
from checker.glossary.model import Glossary
from checker.plain import ShapeError, pack, unpack

TEXT = """version: 1
entries:
- id: mahiliou
  kind: place
  be: Магілёў
  ru: Могилёв
  canonical: Mahiliou
  variants: [Mogilev, Mogilyov]
  forms: {de: Mahiljou}
  sources: [our own note]
  x-reviewed: 2021-01-05
  x-checked-by: [someone, {name: else}]
- id: mikalai-karpiankou
  kind: person
  be: Мікалай Карпянкоў
  ru: Николай Карпенков
  gender: male
  historical: {until: 1991, forms: [Nikolay Karpenkov]}
  note: A note of our own.
  wikidata: Q1
"""


def _glossary() -> Glossary:
    return Glossary(parse_glossary_text(TEXT, "g.yaml"), ["g.yaml"])


def test_a_glossary_reads_back_from_plain_data_as_it_was():
    glossary = _glossary()
    back = Glossary.from_plain(unpack(pack(glossary.to_plain())))
    assert back == glossary and back.by_id.keys() == glossary.by_id.keys()
    entry = back.by_id["mahiliou"]
    assert dict(entry.extensions) == {"x-reviewed": datetime.date(2021, 1, 5),
                                      "x-checked-by": ["someone", {"name": "else"}]}
    assert entry.latin == glossary.by_id["mahiliou"].latin and entry.line == 3
    person = back.by_id["mikalai-karpiankou"]
    assert hash(person) == hash(glossary.by_id["mikalai-karpiankou"]) and person.historical_until == 1991


def _plain() -> dict:
    return unpack(pack(_glossary().to_plain()))


def _set(plain: dict, column: str, value: object) -> dict:
    plain["entries"][column] = value
    return plain


@pytest.mark.parametrize("forged", [
    lambda: _set(_plain(), "kind", ("place", "king")),
    lambda: _set(_plain(), "gender", (None, "other")),
    lambda: _set(_plain(), "id", ("mahiliou",)),                  # a column of another length
    lambda: _set(_plain(), "variants", (("Mogilev", 1), ())),
    lambda: _set(_plain(), "forms", ((("de",),), ())),
    lambda: _set(_plain(), "line", (3, "4")),
    lambda: _set(_plain(), "canonical_explicit", (1, 0)),
    lambda: {**_plain(), "paths": ("g.yaml", 2)},
    lambda: {"entries": _plain()["entries"]},
])
def test_a_forged_glossary_of_the_wrong_shape_is_refused(forged):
    with pytest.raises(ShapeError):
        Glossary.from_plain(forged())
