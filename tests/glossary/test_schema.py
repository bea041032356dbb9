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
