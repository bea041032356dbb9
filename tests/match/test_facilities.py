"""Places of detention named by their type and number (IK-15, калонія № 15, Gefängnis Nr. 1)."""
from __future__ import annotations

import json
import re
from importlib.resources import files

import pytest

from checker.datafiles import load_data
from checker.match.facilities import TYPES, facility_code, facility_named
from tests.conftest import matcher_of

DATA = load_data("checker.match", "facilities.yaml")


def test_facility_data_hygiene():
    assert set(DATA) == {"types"}
    seen: dict[tuple[str, ...], str] = {}
    for code, kind in DATA["types"].items():
        assert re.fullmatch(r"[A-Za-z]+", code) and set(kind) == {"name", "phrases"}, code
        for phrase in kind["phrases"]:
            assert phrase and all(re.fullmatch(r"[^\W\d_A-Z]+\*?", w) for w in phrase), phrase
            # one way of writing names one type: 'colony' is a penal colony, never also another
            assert seen.setdefault(tuple(phrase), code) == code, phrase


def test_the_schema_knows_every_type_code():
    schema = json.loads(files("checker.glossary").joinpath("schema.json").read_text("utf-8"))
    pattern = schema["$defs"]["facility_number"]["pattern"]
    assert re.fullmatch(r"\^\((.+)\)-\[1-9\]\[0-9\]\*\$", pattern).group(1).split("|") == list(TYPES)


@pytest.mark.parametrize("query, named", [
    ("IK-15", ("IK", 15)), ("ik 15", ("IK", 15)), ("ИК № 15", ("IK", 15)), ("ПК-15", ("IK", 15)),
    ("penal colony No. 15", ("IK", 15)), ("Penal Colony 4", ("IK", 4)),
    ("penal colony N3", ("IK", 3)), ("penal colony N 3", ("IK", 3)),   # N for №
    ("the correctional colony no 2", ("IK", 2)),
    ("исправительная колония №22", ("IK", 22)), ("исправительной колонии № 22", ("IK", 22)),
    ("папраўчая калонія №17", ("IK", 17)), ("Strafkolonie Nr. 2", ("IK", 2)),
    ("kolonii karnej nr 3", ("IK", 3)),
    ("SIZO-1", ("SIZO", 1)), ("СІЗА № 3", ("SIZO", 3)), ("pre-trial detention centre No. 7", ("SIZO", 7)),
    ("следственный изолятор № 1", ("SIZO", 1)), ("areszt śledczy nr 1", ("SIZO", 1)),
    ("Турма № 1", ("prison", 1)), ("тюрьмы №8", ("prison", 8)), ("Gefängnis Nr. 1", ("prison", 1)),
    ("juvenile colony No. 2", ("VK", 2)), ("воспитательная колония № 2", ("VK", 2)),
    ("ЛТП-8", ("LTP", 8)), ("лечебно-трудовой профилакторий № 1", ("LTP", 1)),
])
def test_a_type_and_a_number_name_a_facility(query, named):
    assert facility_named(query) == named


@pytest.mark.parametrize("query", [
    "colony",                 # no number
    "IK-015", "IK-0",         # no number the service gives
    "Hrodna Prison No. 1",    # a town's name: the look-up of a name, not of a number
    "the 15", "Lenin 15",     # no type's words
    "colony No. 15 Mahiliou",  # the number is not last
])
def test_other_look_ups_name_no_facility_by_number(query):
    assert facility_named(query) is None


def test_an_entry_number_is_a_known_code_and_a_number():
    assert facility_code("IK-15") == ("IK", 15) and facility_code("prison-1") == ("prison", 1)
    assert facility_code("XX-1") is None and facility_code("IK15") is None


_NUMBERED = """version: 1
entries:
- id: mahiliou-penal-colony
  kind: place
  canonical: Mahiliou penal colony
  be: Магілёўская калонія
  ru: Могилёвская колония
  numbers: [IK-15]
- id: zhodzina-prison
  kind: place
  canonical: Zhodzina prison
  numbers: [prison-8, SIZO-8]
- id: valadarka
  kind: place
  canonical: Valadarka
  numbers: [SIZO-1]
"""


@pytest.mark.parametrize("query, entry", [
    ("IK-15", "mahiliou-penal-colony"), ("калонія № 15", "mahiliou-penal-colony"),
    ("penal colony No. 15", "mahiliou-penal-colony"), ("тюрьма №8", "zhodzina-prison"),
    ("СИЗО-8", "zhodzina-prison"), ("SIZO-1", "valadarka"), ("Gefängnis Nr. 8", "zhodzina-prison"),
])
def test_a_look_up_by_number_answers_the_numbered_entry(query, entry):
    r = matcher_of(_NUMBERED).resolve(query)
    assert (r.status, r.entry, r.score) == ("variant", entry, 100.0), r.to_dict()
    assert r.how.startswith("number ")


@pytest.mark.parametrize("query", ["IK-16", "prison No. 15", "СИЗО-15"])
def test_a_number_no_entry_has_is_no_sure_answer(query):
    assert not matcher_of(_NUMBERED).resolve(query).confident


@pytest.mark.parametrize("query", ["IK-16", "ИК № 22", "penal colony No. 22"])
def test_another_number_is_not_even_a_suggestion(query):
    # IK-15 in Mahiliou is a different colony from IK-16 or IK-22: the answer is unknown
    r = matcher_of(_NUMBERED).resolve(query)
    assert r.status == "unknown", r.to_dict()


@pytest.mark.parametrize("query", ["Mahiliou penal colony No. 15", "Могилёвская колония № 15",
                                   "могилевская колония №15"])
def test_a_facilitys_name_with_its_number_is_that_facility(query):
    r = matcher_of(_NUMBERED).resolve(query)
    assert (r.confident, r.entry) == (True, "mahiliou-penal-colony"), r.to_dict()
    # with another number it is not sure
    assert not matcher_of(_NUMBERED).resolve(query.replace("15", "16")).confident


def test_running_text_keeps_the_number_as_written():
    r = matcher_of(_NUMBERED).resolve("IK-15", in_text=True)
    assert not r.confident
