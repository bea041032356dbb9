"""The one definition of the letters namecheck tells apart (checker.text.letters)."""
import re
import unicodedata

import pytest

from checker.plain import ShapeError, pack, unpack
from checker.text import letters
from checker.text.letters import (
    APOSTROPHE_GLYPHS,
    APOSTROPHES,
    BELARUSIAN_ONLY,
    COMBINING_MARKS,
    CYRILLIC_LETTER,
    CYRILLIC_UPPER,
    HOMOGLYPHS,
    LATIN_LETTER,
    LETTER,
    NOT_BELARUSIAN,
    POSSESSIVE,
    RUSSIAN_ONLY,
    STRESS,
    STRESS_MARKS,
    UPPER,
    is_cyrillic,
    is_latin,
    strip_stress,
)

_BMP = "".join(map(chr, range(0x10000)))


def test_signs_among_the_latin_letters_are_not_letters():
    for c in "×÷":
        assert not is_latin(c) and not is_cyrillic(c), c
    for c in "AZazÀÖØöøÿĀžſǅɐʯŭŬẞỹªºᵃﬁＡｚKÅ":
        assert is_latin(c), c


def test_cyrillic_letters_and_not_the_signs_of_the_cyrillic_block():
    for c in "АЯаяЁёІіЎўЇїЄєҐґЈјЅѕЉљЂђѢѣӘәԀԯᲀᴫꙀꚝ":
        assert is_cyrillic(c), c
    for c in "҂\u0483\u0489\u2de0\ua670Ա":   # the thousands sign, combining marks; Armenian
        assert not is_cyrillic(c), c


def test_apostrophes_primes_and_marks_belong_to_no_script():
    for c in APOSTROPHE_GLYPHS + "ʹ″" + STRESS_MARKS + "0123456789_ -.":
        assert not is_latin(c) and not is_cyrillic(c), c


def test_every_letter_of_a_script_is_a_letter_and_no_letter_is_both():
    cyr = set(CYRILLIC_LETTER.findall(_BMP))
    lat = set(LATIN_LETTER.findall(_BMP))
    assert len(cyr) > 300 and len(lat) > 1000
    assert not cyr & lat
    letter = re.compile(LETTER)
    assert all(letter.fullmatch(c) for c in cyr | lat)
    assert all(unicodedata.category(c).startswith("L") for c in cyr | lat)


def test_upper_case_classes():
    up = re.compile(f"[{UPPER}]")
    cyr_up = re.compile(f"[{CYRILLIC_UPPER}]")
    assert set(cyr_up.findall(_BMP)) == {c for c in CYRILLIC_LETTER.findall(_BMP) if c.isupper()}
    assert all(up.fullmatch(c) for c in "AZÀÞĀŁАЯІЎЁΩ")
    assert not any(up.fullmatch(c) for c in "azàłаяіўё1_-")


def test_orthography_letters():
    assert all(is_cyrillic(c) for c in BELARUSIAN_ONLY + RUSSIAN_ONLY + NOT_BELARUSIAN)
    assert not set(BELARUSIAN_ONLY) & set(RUSSIAN_ONLY)
    assert "ё" not in BELARUSIAN_ONLY + RUSSIAN_ONLY   # both orthographies have it
    assert set(RUSSIAN_ONLY) <= set(NOT_BELARUSIAN)
    for letters_ in (BELARUSIAN_ONLY, RUSSIAN_ONLY):
        assert {c.lower() for c in letters_} | {c.upper() for c in letters_} == set(letters_)


def test_apostrophes_and_possessive():
    assert set(APOSTROPHES) <= set(APOSTROPHE_GLYPHS) and letters.APOSTROPHE_KEY in APOSTROPHES
    assert "′" in APOSTROPHE_GLYPHS and "‘" in APOSTROPHE_GLYPHS
    # the modifier apostrophe too, as Ukrainian outlets' English writes it (Lukashenkoʼs): no
    # romanization puts an apostrophe of a Belarusian or Russian word before a final s
    for word in ("Karpiankou's", "Karpiankou’s", "KARPIANKOU'S", "Karpiankouʼs"):
        assert re.search(f"{POSSESSIVE}$", word), word
    assert not re.search(f"{POSSESSIVE}$", "Marʼjana") and not re.search(f"{POSSESSIVE}$", "Karpiankous")


def test_marks():
    assert STRESS in STRESS_MARKS
    marks = re.findall(f"[{COMBINING_MARKS}]", _BMP)
    assert len(marks) == 0x70 and all(unicodedata.category(c) == "Mn" for c in marks)
    assert strip_stress("Міха\u0301іл") == "Міхаіл"


def test_homoglyphs_pair_a_latin_and_a_cyrillic_letter():
    for lat, cyr in HOMOGLYPHS.items():
        assert is_latin(lat) and is_cyrillic(cyr), (lat, cyr)
    assert HOMOGLYPHS["ë"] == "ё"


def test_classes_come_from_the_cache_after_the_first_run(tmp_path, monkeypatch):
    monkeypatch.setenv("NAMECHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("NAMECHECK_NO_CACHE", raising=False)
    worked_out = letters._work_out()
    assert letters._classes() == worked_out
    assert len(list(tmp_path.glob("letters-*"))) == 1
    assert letters._classes() == worked_out
    assert worked_out["cyrillic"] == letters.CYRILLIC_RANGES


@pytest.mark.parametrize("ranges", [((0x41, 0x5a), (0x61, 0x61)), ()])
def test_class_body(ranges):
    body = letters.class_body(ranges)
    assert body == ("\\u0041-\\u005a\\u0061" if ranges else "")


def test_letter_classes_read_back_from_plain_data_and_are_checked():
    classes = letters._work_out()
    assert letters._from_plain(unpack(pack(classes))) == classes
    for bad in ({**classes, "latin": ((0x5A, 0x41),)},          # a run backwards
                {**classes, "latin": ((0x41, 0x110000),)},      # past the Basic Multilingual Plane
                {**classes, "latin": ((0x41,),)},               # not a run
                {k: v for k, v in classes.items() if k != "upper"}):
        with pytest.raises(ShapeError):
            letters._from_plain(bad)
