"""The published JSON Schema says what the strict loader enforces."""
import json
from importlib.resources import files

from checker.glossary.loader import ENTRY_KEYS, TOP_KEYS
from checker.glossary.model import GENDERS, KINDS

SCHEMA = json.loads(files("checker.glossary").joinpath("schema.json").read_text(encoding="utf-8"))


def test_schema_keys_match_the_loader():
    entry = SCHEMA["$defs"]["entry"]
    assert set(entry["properties"]) == set(ENTRY_KEYS)
    assert set(SCHEMA["properties"]) == set(TOP_KEYS)
    assert entry["properties"]["kind"]["enum"] == list(KINDS)
    assert entry["properties"]["gender"]["enum"] == list(GENDERS)
    assert set(entry["required"]) == {"id", "kind"}
    assert entry["additionalProperties"] is False and "^x-" in entry["patternProperties"]


def test_schema_id_pattern_is_the_loaders():
    from checker.glossary.loader import ID_RE

    assert SCHEMA["$defs"]["entry"]["properties"]["id"]["pattern"] == "^" + ID_RE.pattern[:-2] + "$"


AGREEMENT = [
    "  canonical: Minsk\n  variants: []\n",
    "  canonical: Minsk\n  variants: [Mensk, Mensk]\n",
    "  canonical: Minsk\n  sources: []\n",
    "  be: []\n",
    "  be: []\n  ru: Минск\n",
    "  be: [Мінск, Мінск]\n",
    "  canonical: Minsk\n  historical: {until: 1991, forms: [Mensk, Mensk]}\n",
    "  canonical: Minsk\n  variants: Mensk\n",
    "  canonical: Minsk\n  be: Minsk\n",
]


def test_the_loader_and_the_schema_agree():
    import jsonschema
    import yaml

    from checker.findings import NamecheckError
    from checker.glossary.loader import parse_glossary_text

    validator = jsonschema.Draft202012Validator(SCHEMA)
    for body in AGREEMENT:
        text = f"version: 1\nentries:\n- id: minsk\n  kind: place\n{body}"
        schema_ok = validator.is_valid(yaml.safe_load(text))
        try:
            parse_glossary_text(text, "g.yaml")
            loader_ok = True
        except NamecheckError:
            loader_ok = False
        assert schema_ok == loader_ok, body


def test_a_variant_listed_twice_is_an_error_at_the_second():
    import pytest

    from checker.findings import NamecheckError
    from checker.glossary.loader import parse_glossary_text

    text = "version: 1\nentries:\n- id: minsk\n  kind: place\n  canonical: Minsk\n" \
           "  variants: [Mensk, Miensk, Mensk]\n"
    with pytest.raises(NamecheckError) as error:
        parse_glossary_text(text, "g.yaml")
    assert [str(e) for e in error.value.errors] == ["g.yaml:6:29: 'variants' lists 'Mensk' twice"]
