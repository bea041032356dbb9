"""A document's language: by letters for Cyrillic text, by function words for Latin script."""
from __future__ import annotations

import re
import unicodedata

import pytest

from checker.datafiles import load_data
from checker.text.language import (
    INFLECTING,
    LATIN_LANGUAGES,
    document_language,
    is_case_form,
    is_language,
)

DATA = load_data("checker.text", "languages.yaml")


@pytest.mark.parametrize("lang, text", [
    ("ru", "Приказ отдал Карпенков, и это правда."),
    ("be", "Загад аддаў Карпянкоў, і гэта праўда."),
    ("en", "The order came from Karpenkov, who was promoted after the protests."),
    ("de", "Die Polizei hat in Minsk Demonstranten festgenommen, und die Opposition ist nicht überrascht."),
    ("pl", "Milicja zatrzymała w Mińsku demonstrantów, a opozycja nie jest tym zaskoczona."),
    ("fr", "La police a arrêté des manifestants à Minsk et l'opposition dit que ce n'est pas une surprise."),
    ("lt", "Policija Minske sulaikė protestuotojus, ir opozicija sako, kad tai buvo tikėtina."),
    ("lv", "Policija Minskā aizturēja protestētājus, un opozīcija saka, ka tas bija gaidāms."),
    ("cs", "Policie v Minsku zadržela demonstranty, což podle opozice je jen další krok, "
           "který se dal čekat."),
    ("es", "La policía detuvo a los manifestantes en Minsk y la oposición dice que no fue una sorpresa."),
    ("it", "La polizia ha arrestato i manifestanti a Minsk e l'opposizione dice che non è una sorpresa."),
    ("nl", "De politie heeft in Minsk demonstranten opgepakt en de oppositie is niet verrast "
           "door het nieuws."),
    ("sv", "Polisen har gripit demonstranter i Minsk och oppositionen är inte förvånad över det som hänt."),
    ("uk", "Заступник міністра Микола Карпенков заявив, що протести є незаконними; "
           "його підлеглі їздили до Гомеля."),
    ("sr", "Министарство унутрашњих послова саопштило је да ће ђаци и студенти бити саслушани."),
    ("ru", "Президент посетил Київ вчера и вернулся в Москву."),   # one Ukrainian name
    # the classical orthography writes ґ, which Ukrainian has too; ў is Belarusian's alone
    ("be", "Улады ўчынілі ґвалт на плошчы, а ў Ґданьску праходзіў сход эміграцыі."),
    # a Latin i typed for і inside Belarusian words (and у for ў) is still Belarusian
    ("be", "Сёння гэты гарадок цiхi, а калiсьцi ён быу цэнтрам палiтычнага жыцця краю."),
    ("ru", "Сегодня этот городок тихий, а когда-то он был центром жизни края."),
    # a short Polish paragraph told by its relative pronoun's other cases, "o" and "jako"
    ("pl", "Los wsi, w której mieszkali Białorusini, opisano jako symbol zbrodni o wielkiej skali."),
    # a page of Polish lines that hold few function words, beside English captions, is
    # Polish: its lowercase words are written with Polish letters ("i", and, as written)
    ("pl", "Powiat\nPołożenie na mapie obwodu\nLiczba ludności\ngęstość zaludnienia\n"
           "Dwa miasta: Baran i Orsza oraz osiedla Kopyś i Bołbasowo\nLasy zajmują część "
           "powierzchni\nFlag of the district.svg\nCoat of arms of the town.svg"),
    # English whose "I" is the pronoun stays English
    ("en", "I said I would go to Minsk, and I did; I met them there."),
    # a page of Polish that quotes a post in English is Polish
    ("pl", "Sąd w Homlu ogłosił wyroki wobec sześciu opozycjonistów. Rozprawa odbyła się "
           "w areszcie, a obrońcy nie mogli nic powiedzieć. Żona skazanego napisała "
           "na Twitterze: My husband is sentenced to 18 years in prison, the dictator takes "
           "revenge on his opponents. Wyrok został przyjęty w milczeniu, a także bez "
           "komentarza ze strony władz, które od roku nie odpowiadają na pytania."),
])
def test_document_language(lang, text):
    assert document_language(text) == lang


@pytest.mark.parametrize("text", ["Karpiankou", "Minsk, Brest, Hrodna", "", "Mikalai Karpiankou [sic]"])
def test_short_or_wordless_text_is_english(text):
    assert document_language(text) == "en"


@pytest.mark.parametrize("found, name, expected", [
    ("Babaryką", "Babaryka", True),          # Polish instrumental
    ("Kalesnikavę", "Kalesnikava", True),    # Polish accusative
    ("Viktarą Babaryką", "Viktar Babaryka", False),   # no case ending where the name ends in a consonant
    ("Babaryka", "Babaryka", False),         # the name itself
    ("Babarykos", "Babaryka", False),        # a case ending of letters a spelling also has
    ("Lukashenko", "Lukashenka", False),     # another spelling
    ("Babaryką", "Viktar Babaryka", False),  # words of another count
])
def test_case_form(found, name, expected):
    assert is_case_form(found, name) is expected


def test_languages_data_hygiene():
    assert set(DATA) == {"min_hits", "inflecting", "case_letters", "genitive_s", "words",
                         "cyrillic", "cyrillic_min", "noun_capitals", "belarusian_marks",
                         "letters"}
    # each language's own letters: lowercase Latin letters English lacks, sorted, unique
    assert list(DATA["letters"]) == sorted(DATA["letters"]) and set(DATA["letters"]) <= set(
        DATA["words"]) - {"en"}
    for own in DATA["letters"].values():
        assert list(own) == sorted(set(own)) and all(
            unicodedata.name(c).startswith("LATIN SMALL LETTER") and not c.isascii() for c in own)
    # Belarusian's own letters are none of the other Cyrillic languages'
    assert DATA["belarusian_marks"] and not set(DATA["belarusian_marks"]) & set(
        "".join(DATA["cyrillic"].values()))
    for key in ("genitive_s", "noun_capitals"):
        assert DATA[key] == sorted(set(DATA[key])) and set(
            DATA[key]) <= set(DATA["words"]) - set(DATA["inflecting"])
    letters = DATA["case_letters"]
    assert len(letters) == len(set(letters)) and all(
        unicodedata.name(c).startswith("LATIN SMALL LETTER") for c in letters)
    assert list(DATA["cyrillic"]) == sorted(DATA["cyrillic"])
    every = "".join(DATA["cyrillic"].values())
    assert len(every) == len(set(every))                      # each letter one language's own
    assert not set(every) & set("іІўЎиИщЩъЪ")               # none Russian or Belarusian
    assert all(unicodedata.name(c).startswith("CYRILLIC") for c in every)
    assert isinstance(DATA["min_hits"], int) and DATA["min_hits"] >= 1
    codes = list(DATA["words"])
    assert codes == sorted(codes) and "en" in codes
    assert all(re.fullmatch(r"[a-z]{2}(-latn)?", c) for c in codes)   # be-latn: Łacinka
    assert DATA["inflecting"] == sorted(set(DATA["inflecting"])) and set(INFLECTING) <= set(codes)
    for lang, words in DATA["words"].items():
        assert all(isinstance(w, str) and w == w.lower() and w.isalpha() for w in words), lang
        assert words == sorted(words) and len(words) == len(set(words)), lang
    assert tuple(codes) == LATIN_LANGUAGES


@pytest.mark.parametrize("code, ok", [("de", True), ("latin", True), ("ru", True), ("uk", True), ("hu", True),
                                      ("german", False), ("DE", False), ("d3", False), ("", False)])
def test_is_language(code, ok):
    assert is_language(code) is ok


def test_a_lacinka_text_is_belarusian_in_latin_script():
    text = ("Pavodle hetaj infarmacyi, jon byŭ u Mahilovie, a paśla jaho pieraviali ŭ Miensk. "
            "Jana taksama kazała pra heta, kali była ŭ Vilni.")
    assert document_language(text) == "be-latn"
    assert document_language("He said that the court in Mahiliou was closed to the public.") == "en"


@pytest.mark.parametrize("found, name, language, expected", [
    ("Ukrainie", "Ukraina", "pl", True),      # na Ukrainie: the locative of the Polish form
    ("Litwie", "Litwa", "pl", True),
    ("Rosji", "Rosja", "pl", True),            # the genitive: -i for -a
    ("Ukrainie", "Ukraina", None, False),      # only in Polish text
    ("Ukrainie", "Ukraine", "pl", False),      # the English name is another spelling
    ("ukrainie", "Ukraina", "pl", False),      # a name keeps its capital
    ("Uki", "Uka", "pl", False),               # a stem of under three letters
])
def test_a_polish_case_ending_on_a_names_polish_form(found, name, language, expected):
    assert is_case_form(found, name, language) is expected
