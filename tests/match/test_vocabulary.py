"""Organisation words in Russian or Belarusian romanization, translated for look-ups."""
from __future__ import annotations

import re

import pytest

from checker.datafiles import load_data
from checker.match.keys import fold
from checker.match.vocabulary import optional_word, translations, type_word, unit_word_after

DATA = load_data("checker.match", "org_words.yaml")


@pytest.mark.parametrize("word, expected", [
    ("National", True), ("ACADEMIC", True), ("Нацыянальны", True), ("Государственного", True),
    ("г.", True), ("г", True), ("города", True), ("горада", True),
    ("Nationality", False), ("Minsk", False), ("Бар", False), ("Гомель", False),
    ("городской", False), ("гарадскі", False),
])
def test_words_of_rank(word, expected):
    assert optional_word(word) is expected


@pytest.mark.parametrize("word, kind, expected", [
    ("Airlines", "organization", True), ("JSC", "organization", True), ("ОАО", "organization", True),
    ("River", "place", True), ("река", "place", True),
    ("River", "organization", False), ("Holding", "place", False), ("Airlines", "person", False),
    ("Minsk", "organization", False),
])
def test_words_of_what_an_entry_is(word, kind, expected):
    assert type_word(word, kind) is expected


def test_vocabulary_data_hygiene():
    assert set(DATA) == {"words", "also", "optional", "types", "landmarks"}
    assert DATA["landmarks"] == sorted(set(DATA["landmarks"])) and all(
        re.fullmatch(r"[a-z]+", w) for w in DATA["landmarks"])
    # words of what an entry is, by kind: whole lowercase words, sorted, once each
    assert set(DATA["types"]) <= {"organization", "place", "other"}
    for words_of_kind in DATA["types"].values():
        assert words_of_kind == sorted(set(words_of_kind)) and all(
            re.fullmatch(r"[a-z]+|[а-яёіў]+", w) for w in words_of_kind), words_of_kind
    optional = DATA["optional"]
    # Latin words whole; Cyrillic stems end in '*', Cyrillic whole words (г.) have none
    assert optional == sorted(set(optional)) and all(
        re.fullmatch(r"[a-z]+|[а-яёіў]+\*?|[а-яёіў]+\.", w) for w in optional), optional
    words = DATA["words"]
    assert list(words) == sorted(words) and list(DATA["also"]) == sorted(DATA["also"])
    seen: dict[str, str] = {}
    for english, forms in words.items():
        assert re.fullmatch(r"[a-z]+", english), english
        assert forms == sorted(forms) and len(forms) == len(set(forms)), english
        for form in forms:
            assert re.fullmatch(r"[a-z]+\*?", form), form
            key = fold(form.rstrip("*")) + ("*" if form.endswith("*") else "")
            assert seen.setdefault(key, english) == english, f"{form}: {seen[key]} and {english}"
    stems = [(fold(f[:-1]), e) for e, fs in words.items() for f in fs if f.endswith("*")]
    for a, ea in stems:   # a stem inside another word's stem would take its words
        assert all(not b.startswith(a) or ea == eb for b, eb in stems if b != a), a
    for english, more in DATA["also"].items():
        assert english in words and more == sorted(set(more)), english
        for word in (english, *more):   # an English word read as another word's translation
            assert seen.setdefault(fold(word), english) == english, word


@pytest.mark.parametrize("word, english", [
    ("KOMITET", "committee"), ("Kamitet", "committee"), ("GOSUDARSTVENNOI", "state"),
    ("dzyarzhaunai", "state"), ("BEZOPASNOSTI", "security"), ("biaspeki", "security"),
    ("RESPUBLIKI", "republic"), ("OLIMPIYSKIY", "olympic"), ("del", "affairs"),
])
def test_translations(word, english):
    assert translations(word)[0] == english


def test_the_country_is_its_adjective_in_a_bodys_name():
    # Belarus Association of Journalists: the Belarusian Association of Journalists
    assert translations("Belarus") == ("belarusian", "belarus")


@pytest.mark.parametrize("word", ["Delo", "Sovetskiy", "Minsk", "Karpiankou"])
def test_words_that_are_not_translated(word):
    assert translations(word) == ()


# OFAC's English name and its Russian and Belarusian romanizations, from tests/data/eval
@pytest.mark.parametrize("query", ["KOMITET GOSUDARSTVENNOI BEZOPASNOSTI RESPUBLIKI BELARUS",
                                   "KAMITET DZYARZHAUNAI BIASPEKI RESPUBLIKI BELARUS"])
def test_a_romanized_name_finds_the_english_one(dev_matcher, query):
    r = dev_matcher.resolve(query)
    assert (r.status, r.entry) == ("variant", "ofac-32275") and "translated" in r.how
    assert not dev_matcher.resolve(query, in_text=True).confident   # never in running text


def test_another_organisation_with_the_same_words_is_not_found(dev_matcher):
    """The National Olympic Committee is not in the dev glossary: sharing 'committee of the
    republic of Belarus' with the KGB's name does not make it the KGB."""
    r = dev_matcher.resolve("NATSIONALNIY OLIMPIYSKIY KOMITET RESPUBLIKI BELARUS")
    assert r.status == "unknown"


@pytest.mark.parametrize("word, english", [("Trading", ("trade", "trading")),
                                           ("Trade", ("trade", "trading")),
                                           ("Defense", ("defence", "defense")),
                                           ("Region", ("oblast", "region")),
                                           ("Organized", ("organised", "organized")),
                                           ("Co-operation", ("co-operation", "cooperation")),
                                           ("City", ("city", "town")),
                                           ("organizovannoi", ("organised", "organized"))])
def test_english_words_that_name_the_same_thing(word, english):
    assert translations(word) == english


def test_an_english_name_with_trading_finds_the_one_with_trade(dev_matcher):
    """OFAC's Belarusian Oil Trade House is also listed as ...Trading House (tests/data/eval)."""
    r = dev_matcher.resolve("BELARUSIAN OIL TRADING HOUSE")
    assert (r.status, r.entry) == ("variant", "ofac-10762")


def test_country_and_unit_words_data_hygiene():
    from checker.match.keys import as_written

    country = load_data("checker.match", "country_words.yaml")
    assert set(country) == {"before", "after", "of_country"}
    assert country["of_country"].split()[0] == "of" and country["of_country"] in country["after"]
    for words in (country["before"], country["after"]):
        keys = [tuple(map(as_written, w.split())) for w in words]
        assert len(keys) == len(set(keys)) and all(keys)
    units = load_data("checker.match", "unit_words.yaml")["units"]
    seen: dict[tuple[str, ...], str] = {}
    for unit, words in units.items():
        assert words == sorted(words, key=str.casefold), unit
        for w in words:   # one way of writing names one unit
            key = tuple(map(as_written, w.split()))
            assert seen.setdefault(key, unit) == unit, w
    assert list(units) == sorted(units, key=str.casefold)
    smaller = load_data("checker.match", "unit_words.yaml")["smaller"]
    # a word of a unit of the table, naming another unit of the table
    assert all(any(w in words for words in units.values()) and unit in units
               for w, unit in smaller.items())
    native = load_data("checker.match", "unit_words.yaml")["native"]
    # each a unit of the table, as one lowercase Latin word that is also a way of writing it
    assert set(native) <= set(units) and all(
        w.isalpha() and w.islower() and w in units[u] for u, w in native.items())
    data = load_data("checker.match", "unit_words.yaml")
    assert set(data) == {"units", "native", "smaller", "running_text"}
    running = data["running_text"]
    # lowercase single words, sorted, each a way of writing a district or a region
    assert running == sorted(set(running)) and all(
        w.isalpha() and w.islower() and (w in units["District"] or w in units["Region"])
        for w in running)


@pytest.mark.parametrize("text, pos, end", [
    ("the Moskovsky district of Minsk", 13, 22),
    ("the Ivanovo region", 11, 18),
    ("the Ivanovo regional court", 11, None),      # a longer word
    ("the Ivanovo District", 11, None),            # capitalised: a word of the run
    ("the Ivanovo\nregion", 11, None),             # across lines: no
])
def test_unit_word_after(text, pos, end):
    assert unit_word_after(text, pos) == end


@pytest.mark.parametrize("name, rest, country", [
    ("Central Election Commission of the Republic of Belarus", "Central Election Commission",
     "of the Republic of Belarus"),
    ("Belarusian KGB", "KGB", "Belarusian"),
    ("КГБ Республики Беларусь", "КГБ", "Республики Беларусь"),
    ("Minsk", None, None),
    ("Belarus", None, None),
])
def test_country_words_are_found_before_or_after_a_name(name, rest, country):
    from checker.match.vocabulary import without_country

    split = without_country(name.split())
    assert (split is None) == (rest is None)
    if split is not None:
        assert (" ".join(split[0]), " ".join(split[1])) == (rest, country)
