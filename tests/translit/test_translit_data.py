"""Hygiene of the scheme files in checker/translit/schemes/."""
import re
import unicodedata

import pytest
import yaml

from checker.translit import KINDS, get_scheme
from checker.translit.engine import (
    SCHEME_DIR,
    SchemeError,
    load_yaml,
    raw_scheme,
    scheme_files,
    shared_classes,
)

REQUIRED_IDS = {
    "be-national-2007", "be-national-2000", "be-national-2023", "be-bgn-pcgn", "be-icao",
    "be-alalc", "be-iso9", "be-lacinka", "ru-icao", "ru-bgn-pcgn", "ru-wikipedia",
    "ru-alalc", "ru-iso9", "ru-mvd-310", "ru-mvd-310-fr", "ru-ungegn", "be-press",
    "ru-press", "ru-german", "ru-french", "ru-polish", "be-polish", "ru-eu-swedish",
    "be-eu-swedish", "ru-simple", "be-simple",
}
REQUIRED_KEYS = {"id", "language", "name", "kind", "source", "samples"}
ALLOWED_KEYS = REQUIRED_KEYS | {"base", "classes", "letters", "title", "rules", "alternatives"}
BELARUSIAN = set("абвгдеёжзійклмнопрстуўфхцчшыьэюя’")
RUSSIAN = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
FILES = scheme_files()


def test_every_required_scheme_is_there() -> None:
    assert set(FILES) >= REQUIRED_IDS


@pytest.mark.parametrize("scheme_id", sorted(FILES))
def test_keys_and_id(scheme_id: str) -> None:
    data = load_yaml(FILES[scheme_id])
    assert set(data) >= REQUIRED_KEYS, REQUIRED_KEYS - set(data)
    assert set(data) <= ALLOWED_KEYS, set(data) - ALLOWED_KEYS
    assert data["id"] == scheme_id == FILES[scheme_id].stem
    assert data["language"] in ("be", "ru")
    assert data["kind"] in KINDS
    assert data["name"].strip() and data["source"].strip()
    if "base" in data:
        assert data["base"] in FILES and data["base"] != scheme_id
    else:
        assert "letters" in data


@pytest.mark.parametrize("scheme_id", sorted(FILES))
def test_letters_cover_the_alphabet(scheme_id: str) -> None:
    raw = raw_scheme(scheme_id)
    alphabet = BELARUSIAN if raw["language"] == "be" else RUSSIAN
    missing = alphabet - set(raw["letters"])
    assert not missing, f"{scheme_id} lacks {sorted(missing)}"
    for key in raw["letters"]:
        assert len(key) == 1 and key == key.lower(), key


@pytest.mark.parametrize("scheme_id", sorted(FILES))
def test_samples(scheme_id: str) -> None:
    scheme = get_scheme(scheme_id)
    minimum = 3 if scheme.kind == "convention" else 1
    assert len(scheme.samples) >= minimum
    for cyrillic, expected, source in scheme.samples:
        assert cyrillic and expected and source.strip()
        assert re.search("[\u0400-\u04ff]", cyrillic)
    assert len({c for c, _, _ in scheme.samples}) == len(scheme.samples), "duplicate sample"


@pytest.mark.parametrize("scheme_id", sorted(FILES))
def test_text_is_nfc_and_clean(scheme_id: str) -> None:
    text = FILES[scheme_id].read_text(encoding="utf-8")
    assert text == unicodedata.normalize("NFC", text)
    # No machine paths and no web proxies in the data.
    assert not re.search(r"(^|[\s\"'])/(work|root|home|tmp|Users)/", text)
    for proxy in ("http3.lol", "clevelandohioweatherforecast", "the-uncensored-wiki", "cloudfront"):
        assert proxy not in text
    assert "http" not in raw_scheme(scheme_id)["source"]


@pytest.mark.parametrize("scheme_id", sorted(FILES))
def test_scheme_compiles_and_alternatives_are_named(scheme_id: str) -> None:
    scheme = get_scheme(scheme_id)
    assert all(scheme.alternatives)
    assert len(set(scheme.alternatives)) == len(scheme.alternatives)


def test_shared_classes() -> None:
    classes = shared_classes()
    assert {"vowel", "consonant", "iotated", "apostrophe"} <= set(classes)
    assert not set(classes["vowel"]) & set(classes["consonant"])


def test_standards_of_the_required_ids_have_published_samples() -> None:
    for scheme_id in REQUIRED_IDS:
        if get_scheme(scheme_id).kind == "standard":
            assert get_scheme(scheme_id).samples


def test_duplicate_keys_are_refused(tmp_path) -> None:
    path = tmp_path / "dup.yaml"
    path.write_text("letters:\n  а: a\n  а: b\n", encoding="utf-8")
    with pytest.raises(SchemeError, match="duplicate key"):
        load_yaml(path)
    # ... which the plain YAML loader would not notice
    assert yaml.safe_load(path.read_text(encoding="utf-8")) == {"letters": {"а": "b"}}


def test_no_stray_files() -> None:
    names = {p.name for p in SCHEME_DIR.iterdir() if p.is_file()}
    assert names == {f"{i}.yaml" for i in FILES} | {"_classes.yaml", "README.md"}
