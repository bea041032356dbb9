"""Scripts of words and homoglyph repair; hygiene of homoglyphs.yaml."""
import re
from importlib.resources import files

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.text.language import LATIN_LANGUAGES
from checker.text.letters import CYRILLIC, CYRILLIC_LETTER, LATIN, LATIN_LETTER
from checker.text.script import mixed_words, script_of, unmix

# the definition mixed_words() keeps: a maximal run of letters with a Latin and a Cyrillic one
_CYR, _LAT = CYRILLIC, LATIN
_MIXED = re.compile(rf"(?<![^\W\d_])[^\W\d_]*?(?:[{_LAT}][^\W\d_]*?[{_CYR}]|[{_CYR}][^\W\d_]*?[{_LAT}])"
                    rf"[^\W\d_]*")


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


def test_a_capital_glued_before_a_word_of_the_other_script_is_no_lookalike():
    # a caption's Russian "В" that lost its space: "BVolha" would be no word
    assert unmix("ВVolha") is None
    assert unmix("VМінск") is None
    assert unmix("ВVОLHA") == "BVOLHA"               # all capitals: a lookalike in a capital word
    assert unmix("Кarpiankou") == "Karpiankou"       # a lookalike first letter of the word itself


def test_a_roman_numeral_of_two_scripts_is_written_in_latin_letters():
    assert unmix("ХIХ") == "XIX"     # Cyrillic Х around a Latin I: the century is Latin
    assert unmix("ХVІ") == "XVI"     # V has no Cyrillic lookalike, and needs none
    assert unmix("CМ") == "СМ"       # no I, V or X: the majority's letters, as for any word


def test_a_word_of_as_many_letters_of_each_script_takes_the_script_around_it():
    assert unmix("cі", latin_around=True) == "ci"     # "... z Litvoj cі Poljsqaj ..."
    assert unmix("cі", latin_around=False) == "сі"    # "Дом cі ўсе"
    assert unmix("Kаrpiankou", latin_around=False) == "Karpiankou"   # a majority still decides


def test_a_polish_page_read_in_the_cyrillic_code_page_gets_its_own_letter_back():
    assert unmix("wspуlnie", language="pl") == "wspólnie"
    assert unmix("wspуlnie") == "wspylnie"            # elsewhere у is y's lookalike
    assert unmix("Mінск", language="pl") == "Мінск"   # a Cyrillic word stays Cyrillic


def test_code_page_letters_are_cyrillic_for_latin_letters_of_their_language():
    data = yaml.safe_load(files("checker.text").joinpath("homoglyphs.yaml").read_text("utf-8"))[
        "code_page_letters"]
    for lang, table in data.items():
        assert lang in LATIN_LANGUAGES, lang
        for cyr, lat in table.items():
            assert CYRILLIC_LETTER.fullmatch(cyr) and LATIN_LETTER.fullmatch(lat), (cyr, lat)
            # the same byte in the two code pages (1251 for Cyrillic, 1250 for Polish)
            assert cyr.encode("cp1251") == lat.encode("cp1250"), (cyr, lat)


def test_homoglyph_pairs_are_lookalikes_and_unique():
    pairs = yaml.safe_load(files("checker.text").joinpath("homoglyphs.yaml").read_text("utf-8"))["pairs"]
    assert list(pairs) == sorted(pairs)
    assert len(set(pairs.values())) == len(pairs)
    for latin, cyr in pairs.items():
        assert script_of(latin) == "latin" and script_of(cyr) == "cyrillic"
        assert latin.isupper() == cyr.isupper()


def test_mixed_words_in_text():
    text = "Court in Mіnsk (Мінск) heard Kаrpiankou, not Karpiankou; Карпянкоw."
    assert [text[s:e] for s, e in mixed_words(text)] == ["Mіnsk", "Kаrpiankou", "Карпянкоw"]
    assert mixed_words("Minsk and Pinsk") == [] and mixed_words("Мінск і Пінск") == []


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aAzМмаіё1_ ’'-.\u0301\n×÷҂ª", max_size=40), st.integers(0, 40),
       st.integers(0, 40))
def test_mixed_words_agree_with_the_one_pattern_definition(text, a, b):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    expected = [m.span() for m in _MIXED.finditer(text, start, end)]
    assert mixed_words(text, start, end) == expected


def test_multiplication_and_division_signs_are_not_letters():
    # × (U+00D7) and ÷ (U+00F7) sit inside the Latin-1 letter block but are symbols
    assert script_of("×") == "none" and script_of("÷") == "none"
    assert mixed_words("Площадь 10×20 м, сказал Карпенков.") == []
    assert mixed_words("Доля 1÷3, Mінск") == [(10, 15)]
    assert unmix("×Mінск") == "×Мінск"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_mixed_words_never_fail_on_any_text(text):
    assert mixed_words(text) == [m.span() for m in _MIXED.finditer(text)]
    script_of(text)
    unmix(text)
