"""The strict glossary loader: every kind of bad input gives path:line:col and no traceback."""
from __future__ import annotations

import pytest

from checker.findings import NamecheckError
from checker.glossary import load_glossary, parse_glossary_text

GOOD = """\
version: 1
entries:
  - id: mikalai-karpiankou
    kind: person
    be: [Мікалай Карпянкоў, Мікалай Мікалаевіч Карпянкоў]
    ru: Николай Карпенков
    canonical: Mikalai Karpiankou
    variants: [Nikolai Karpenkov]
    forms: {de: Mikalaj Karpjankou}
    gender: male
    by_family_name: true
    note: Deputy Interior Minister
    sources: [https://example.org/a]
    wikidata: Q123
    x-review: {by: editor}
"""


def errors_of(text: str) -> list[str]:
    with pytest.raises(NamecheckError) as exc:
        parse_glossary_text(text, "g.yaml")
    return [str(e) for e in exc.value.errors]


def test_good_entry_loads_every_field():
    (e,) = parse_glossary_text(GOOD, "g.yaml")
    assert e.id == "mikalai-karpiankou"
    assert e.be == ("Мікалай Карпянкоў", "Мікалай Мікалаевіч Карпянкоў")
    assert e.ru == ("Николай Карпенков",)
    assert e.variants == ("Nikolai Karpenkov",)
    assert dict(e.forms) == {"de": "Mikalaj Karpjankou"}
    assert e.gender == "male" and e.wikidata == "Q123" and e.by_family_name
    assert dict(e.extensions) == {"x-review": {"by": "editor"}}
    assert e.canonical_explicit and e.line == 3


def test_admitted_spellings_are_for_names_other_than_persons():
    (e,) = parse_glossary_text("version: 1\nentries:\n- id: eu\n  kind: organization\n"
                               "  canonical: European Union\n  admitted: [EU]\n", "g.yaml")
    assert e.admitted == ("EU",) and "EU" in e.latin and e.to_dict()["admitted"] == ["EU"]
    errors = errors_of("version: 1\nentries:\n- id: a\n  kind: person\n  canonical: Ales B\n"
                       "  admitted: [Ales Bialiatski]\n")
    assert errors == ["g.yaml:6:13: admitted is for places, organisations and other names, "
                      "not persons (a nickname is found as such)"]
    assert errors_of("version: 1\nentries:\n- id: a\n  kind: place\n  canonical: A\n"
                     "  admitted: [Аа]\n")[0].startswith("g.yaml:6:")


def test_a_place_of_detention_has_its_numbers():
    (e,) = parse_glossary_text("version: 1\nentries:\n- id: a\n  kind: place\n  canonical: A\n"
                               "  numbers: [prison-8, SIZO-8]\n", "g.yaml")
    assert e.numbers == ("prison-8", "SIZO-8")
    assert e.to_dict()["numbers"] == ["prison-8", "SIZO-8"]


def test_canonical_is_derived_from_be_with_the_house_scheme():
    (e,) = parse_glossary_text("version: 1\nentries:\n- id: a\n  kind: person\n"
                               "  be: Аляксандр Тарайкоўскі\n  ru: Александр Тарайковский\n", "g.yaml")
    assert e.canonical == "Aliaksandr Taraikouski"
    assert not e.canonical_explicit


def test_canonical_is_derived_from_ru_when_there_is_no_be():
    (e,) = parse_glossary_text("version: 1\nentries:\n- id: a\n  kind: place\n  ru: Ельцин\n", "g.yaml")
    assert e.canonical == "Yeltsin"


def test_forms_are_nfc():
    decomposed = "Mikalai Karpiankou\u0306"  # a combining breve on u
    (e,) = parse_glossary_text(
        f"version: 1\nentries:\n- id: a\n  kind: person\n  canonical: {decomposed}\n", "g")
    assert e.canonical.endswith("ŭ")


@pytest.mark.parametrize("text, expected", [
    ("version: 1\nentries: [\n", "g.yaml:3:1: invalid YAML"),
    ("version: 1\nentries:\n- id: a\n  kind: person\n  canonical: A\n  canonical: B\n",
     "g.yaml:6:3: duplicate key 'canonical' (first at line 5)"),
    ("version: 1\nentries:\n- id: a\n  kind: person\n  canonical: A\n  variant: [B]\n",
     "g.yaml:6:3: unknown key 'variant' (did you mean 'variants'?)"),
    ("version: 1\nentries:\n- kind: person\n  canonical: A\n", "g.yaml:3:3: entry has no 'id'"),
    ("version: 1\nentries:\n- id: Bad_Id\n  kind: person\n  canonical: A\n",
     "g.yaml:3:7: id 'Bad_Id' must match"),
    ("version: 1\nentries:\n- id: a\n  kind: persn\n  canonical: A\n",
     "g.yaml:4:9: kind 'persn' must be one of"),
    ("version: 1\nentries:\n- id: a\n  kind: person\n  be: Мiкалай\n",
     "g.yaml:5:7: 'be' form 'Мiкалай' has the Latin letter 'i' (U+0069)"),
    ("version: 1\nentries:\n- id: a\n  kind: person\n  canonical: Mikalаi\n",
     "g.yaml:5:14: 'canonical' form 'Mikalаi' has the Cyrillic letter 'а' (U+0430)"),
    ("version: 1\nentries:\n- id: a\n  kind: person\n  canonical: ''\n",
     "g.yaml:5:14: 'canonical' must not be empty"),
    ("version: 1\nentries:\n- id: a\n  kind: person\n  canonical: [A]\n",
     "g.yaml:5:14: 'canonical' must be a string"),
    ("version: 1\nentries:\n- id: a\n  kind: person\n", "g.yaml:3:3: entry needs at least one of"),
    ("version: 1\nentries:\n- id: a\n  kind: person\n  canonical: A\n  gender: m\n",
     "g.yaml:6:11: gender 'm' must be one of male, female"),
    ("version: 1\nentries:\n- id: a\n  kind: person\n  canonical: A\n  wikidata: 123\n",
     "g.yaml:6:13: 'wikidata' must be a string"),
    ("version: 1\nentries:\n- id: a\n  kind: person\n  canonical: A\n  by_family_name: yes please\n",
     "g.yaml:6:19: by_family_name must be true or false, not 'yes please'"),
    ("version: 1\nentries:\n- id: a\n  kind: place\n  canonical: A\n  by_family_name: true\n",
     "g.yaml:6:19: by_family_name is for persons only"),
    ("version: 1\nentries:\n- id: a\n  kind: place\n  canonical: A\n  numbers: [IK-15, ИК-15]\n",
     "g.yaml:6:20: number 'ИК-15' must be a type's code, a hyphen and a number (IK-15); the codes: "
     "IK, SIZO, prison, VK, LTP"),
    ("version: 1\nentries:\n- id: a\n  kind: place\n  canonical: A\n  numbers: IK-0\n",
     "g.yaml:6:12: number 'IK-0' must be a type's code"),
    ("version: 1\nentries:\n- id: a\n  kind: person\n  canonical: A\n  numbers: [IK-1]\n",
     "g.yaml:6:13: numbers are for places and organisations, not persons"),
    ("version: 2\nentries: []\n", "g.yaml:1:10: unsupported glossary version '2'"),
    ("entries: []\n", "g.yaml:1:1: missing 'version: 1'"),
    ("version: 1\nentries: []\nextra: 1\n", "g.yaml:3:1: unknown key 'extra'"),
    ("version: 1\nentries:\n- id: a\n  kind: place\n  canonical: A\n  historical: {forms: [B]}\n",
     "g.yaml:6:15: 'historical' needs 'until'"),
    ("version: 1\nentries:\n- id: a\n  kind: place\n  canonical: A\n"
     "  historical: {until: soon, forms: [B]}\n",
     "g.yaml:6:23: historical.until must be a year such as 1991, not 'soon'"),
    ("version: 1\nentries:\n- id: a\n  kind: place\n  canonical: A\n"
     "  historical: {until: 1991, form: [B]}\n",
     "g.yaml:6:29: unknown key 'form' (did you mean 'forms'?)"),
    ("version: 1\nentries: {a: 1}\n", "g.yaml:2:10: 'entries' must be a list"),
    ("- 1\n", "g.yaml:1:1: a glossary file must be a mapping"),
    ("", "g.yaml:1:1: empty glossary file"),
])
def test_bad_glossaries_name_the_place_and_the_problem(text, expected):
    assert any(e.startswith(expected) for e in errors_of(text)), errors_of(text)


ENTRY = "version: 1\nentries:\n- id: a\n  kind: person\n  canonical: Ivan Test\n"


@pytest.mark.parametrize("line, expected", [
    ("  x-born: 2024-02-30\n", "g.yaml:6:11: 'x-born': day is out of range for month; quote it"),
    ("  x-born: !foo 1990\n", "g.yaml:6:11: 'x-born': could not determine a constructor for "
                               "the tag '!foo'; quote it"),
    ("  x-review: [ok, {by: !!python/name:os.system x}]\n",
     "g.yaml:6:23: 'x-review': could not determine a constructor for the tag"),
    ("  x-review: {[a]: b}\n", "g.yaml:6:14: 'x-review': found unhashable key"),
    ("  x-deep: " + "[" * 40 + "]" * 40 + "\n", "g.yaml:6:43: 'x-deep' nests more than 32 levels"),
])
def test_an_extension_value_yaml_cannot_construct_is_an_error(line, expected):
    errs = errors_of(ENTRY + line)
    assert len(errs) == 1 and errs[0].startswith(expected), errs


def test_extension_values_yaml_constructs_are_kept():
    import datetime

    (e,) = parse_glossary_text(ENTRY + "  x-born: 2024-02-28\n  x-seen: '2024-02-30'\n", "g.yaml")
    assert dict(e.extensions) == {"x-born": datetime.date(2024, 2, 28), "x-seen": "2024-02-30"}


@pytest.mark.parametrize("line, expected", [
    ('  note: "a\\x01b"\n', "g.yaml:6:9: 'note' has the control character U+0001 in it"),
    ('  variants: [Ivan Tests, "Ivan\\0Test"]\n',
     "g.yaml:6:26: 'variants' has the control character U+0000 in it"),
    ('  forms: {de: "Iwan\\eTest"}\n', "g.yaml:6:15: 'forms.de' has the control character U+001B"),
    ('  x-review: {by: "ed\\x7f"}\n', "g.yaml:6:18: 'x-review' has the control character U+007F"),
    ('  "x-\\x02": 1\n', "g.yaml:6:3: an entry: key has the control character U+0002"),
    ("  note: a\x01b\n", "g.yaml:6:10: invalid YAML: the control character U+0001 is not allowed"),
    ("  note: Мікалай \x85\x01\n",
     "g.yaml:6:18: invalid YAML: the control character U+0001 is not allowed"),
])
def test_a_control_character_in_a_value_is_an_error_at_its_place(line, expected):
    errs = errors_of(ENTRY + line)
    assert len(errs) == 1 and errs[0].startswith(expected), errs


def test_whitespace_yaml_folds_is_no_control_character():
    (e,) = parse_glossary_text(ENTRY + '  note: "Deputy\\tInterior\\nMinister"\n', "g.yaml")
    assert e.note == "Deputy Interior Minister"


def test_alias_bomb_is_refused():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
    prev = "a"
    for name in "bcdefgh":
        bomb += f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]\n"
        prev = name
    errs = errors_of(bomb)
    assert "aliases expand" in errs[0]


def test_recursive_alias_is_refused():
    assert "aliases expand" in errors_of("a: &a [*a]\n")[0]


def test_all_errors_of_a_file_are_reported_in_line_order():
    errs = errors_of("version: 1\nentries:\n- id: a\n  kind: x\n  canonical: A\n- id: B\n  kind: person\n"
                     "  canonical: B\n")
    assert [e.split(":")[1] for e in errs] == ["4", "6"]


def test_duplicate_ids_across_files(tmp_path):
    (tmp_path / "a.yaml").write_text("version: 1\nentries:\n- id: x\n  kind: place\n  canonical: X\n",
                                     encoding="utf-8")
    (tmp_path / "b.yaml").write_text("version: 1\nentries:\n- id: x\n  kind: place\n  canonical: Y\n",
                                     encoding="utf-8")
    with pytest.raises(NamecheckError) as exc:
        load_glossary([tmp_path])
    assert "duplicate id 'x'" in str(exc.value) and "b.yaml:3:3" in str(exc.value)


def test_invalid_utf8_names_the_byte_offset(tmp_path):
    p = tmp_path / "g.yaml"
    p.write_bytes(b"version: 1\nentries:\n- id: a\n  kind: place\n  canonical: Mi\xffnsk\n")
    with pytest.raises(NamecheckError) as exc:
        load_glossary([p])
    msg = str(exc.value)
    assert "invalid UTF-8 at byte offset 57" in msg and ":5:16:" in msg


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(NamecheckError) as exc:
        load_glossary([tmp_path / "nope.yaml"])
    assert "no such glossary file" in str(exc.value)
    (tmp_path / "empty").mkdir()
    with pytest.raises(NamecheckError) as exc:
        load_glossary([tmp_path / "empty"])
    assert "no *.yaml glossary files" in str(exc.value)


def test_historical_forms_and_their_year_are_read():
    (e,) = parse_glossary_text("version: 1\nentries:\n- id: a\n  kind: place\n  canonical: Belarus\n"
                               "  historical: {until: 1991, forms: [Byelorussia]}\n", "g.yaml")
    assert (e.historical, e.historical_until) == (("Byelorussia",), 1991)
    assert "Byelorussia" in e.latin
