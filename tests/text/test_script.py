"""Scripts of words and homoglyph repair; hygiene of homoglyphs.yaml."""
from importlib.resources import files

import yaml

from checker.text.script import script_of, unmix


def test_script_of():
    assert script_of("Minsk") == "latin"
    assert script_of("Мінск") == "cyrillic"
    assert script_of("Mінск") == "mixed"
    assert script_of("123") == "none"


def test_unmix_to_the_majority_script():
    assert unmix("Kаrpiankou") == "Karpiankou"      # Cyrillic а in a Latin word
    assert unmix("Mінск") == "Мінск"                # Latin M in a Cyrillic word
    assert unmix("Karpiankou") is None
    assert unmix("Карпянкоўq") is None              # q has no Cyrillic lookalike


def test_homoglyph_pairs_are_lookalikes_and_unique():
    pairs = yaml.safe_load(files("checker.text").joinpath("homoglyphs.yaml").read_text("utf-8"))["pairs"]
    assert list(pairs) == sorted(pairs)
    assert len(set(pairs.values())) == len(pairs)
    for latin, cyr in pairs.items():
        assert script_of(latin) == "latin" and script_of(cyr) == "cyrillic"
        assert latin.isupper() == cyr.isupper()
