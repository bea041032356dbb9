"""check reads each name in its context: the classes of false findings real text showed,
each reproduced by a sentence of our own (fixture glossary)."""
from __future__ import annotations

import pytest

from checker.check import Checker
from checker.formats import read_document


@pytest.fixture(scope="module")
def checker(fixture_matcher) -> Checker:
    return Checker(fixture_matcher)


def findings(checker: Checker, text: str, path: str = "doc.txt", language: str | None = None):
    r = checker.check(read_document(text.encode("utf-8"), path), language)
    return [(f.code, f.found, f.suggestion) for f in r.findings]


def mentions(checker: Checker, text: str, path: str = "doc.txt"):
    r = checker.check(read_document(text.encode("utf-8"), path))
    return [(m.text, m.group) for m in r.mentions]


# 1. Cyrillic beside a Latin name, or quoted: an original, not a variant
@pytest.mark.parametrize("text", [
    "Sviatlana Tsikhanouskaya (Святлана Ціханоўская) spoke in Vilnius.\n",
    "Native name: Святлана Ціханоўская\n",
    "The report cites «Правозащитный центр Весна» as its source.\n",
])
def test_cyrillic_in_latin_text_is_an_original(checker, text):
    assert findings(checker, text) == []


def test_a_word_mixing_scripts_is_still_nc003(checker):
    assert [f[0] for f in findings(checker, "He visited Mіnsk last year.\n")] == ["NC003"]


# 2. a second spelling given on purpose
@pytest.mark.parametrize("text", [
    "Mahiliou (Belarusian: Mahilyow) lies on the Dnieper.\n",
    "The city, also spelled Mogilev, lies on the Dnieper.\n",
    "Mahiliou (Russian: Mogilev) lies on the Dnieper.\n",
    "Homel (Gomel) is the second city.\n",
    "Homel or Gomel, as it is also known, is the second city.\n",
    "Sviatlana Tsikhanouskaya, née Svetlana Pilipchuk, was born in Mikashevichy.\n",
    "The name is Mogilyov in Russian and Mahiliou in Belarusian.\n",
    "Mahiliou (or Mogilev; Polish: Mohylew) lies on the Dnieper.\n",
])
def test_a_deliberate_alternate_is_not_a_finding(checker, text):
    assert [f for f in findings(checker, text) if f[0] in ("NC001", "NC002")] == []


def test_a_deliberate_alternate_takes_no_part_in_nc004(checker):
    text = "Homel (Gomel) is the second city. Homel has a university.\n"
    assert {group for _, group in mentions(checker, text)} == {"homel"}
    assert [m for m, _ in mentions(checker, text)] == ["Homel", "Homel"]


def test_the_same_words_without_a_label_are_still_findings(checker):
    assert findings(checker, "The Belarusian Nikolai Karpenkov spoke; Gomel listened.\n") == [
        ("NC001", "Nikolai Karpenkov", "Mikalai Karpiankou"), ("NC001", "Gomel", "Homel")]


# 3. an acronym beside its full name
def test_an_acronym_beside_its_full_name_is_a_definition(checker):
    assert findings(checker, "Minsk Automobile Plant (MAZ) workers went on strike.\n") == []


# 5. a glossary name inside a longer, different name
@pytest.mark.parametrize("text", [
    "She studied at Gomel State University.\n",
    "The Minsk Regional Court sentenced him.\n",
    "Troops of the Ministry of Internal Affairs of the Russian Federation arrived.\n",
    "Officers of the Ministry of Internal Affairs of the Republic of Belarus were named.\n",
])
def test_a_name_inside_a_longer_proper_name_is_not_that_entry(checker, text):
    assert findings(checker, text) == []


# 6. a full name holding the canonical is another wording, never cut
def test_a_longer_wording_holding_the_canonical_is_not_cut(checker):
    assert findings(checker, "The Viasna Human Rights Center said so.\n") == []


# 7. addresses
@pytest.mark.parametrize("text", ["Read it on Gomel.today first.\n", "Write to press@Gomel.by today.\n",
                                  "The news site Media.Gomel reported it.\n"])
def test_a_word_of_an_address_is_not_a_name(checker, text):
    assert findings(checker, text) == []


# 4. another language's text: per paragraph, its own conventions
def test_a_polish_paragraph_in_an_english_report_keeps_polish_forms(checker):
    text = ("Sviatlana Tsikhanouskaya met the press in Vilnius on Monday, and she said that the "
            "talks with the ministers of the European Union had been useful for the country.\n\n"
            "Według niej Swiatłana Cichanouska i jej współpracownicy nie wrócą do kraju, "
            "dopóki w Mińsku rządzi obecna władza, a więźniowie polityczni nie są wolni.\n")
    assert findings(checker, text) == []


def test_a_german_document_keeps_german_forms_unless_it_writes_the_house_form(checker):
    german = ("Die Oppositionspolitikerin Swetlana Tichanowskaja ist nach Litauen gegangen, "
              "und ihr Mann Sergej Tichanowski sitzt in Haft. Sie will nicht nach Gomel "
              "zurückkehren, sagt sie.\n")
    assert findings(checker, german, "doc.txt") == []
    house = german + "\nDie Redaktion schreibt Homel und Sviatlana Tsikhanouskaya.\n"
    assert ("NC001", "Gomel", "Homel") in findings(checker, house)


def test_forms_of_another_language_are_compared_among_themselves(fixture_matcher):
    checker = Checker(fixture_matcher)
    r = checker.check(read_document(
        "Swetlana Tichanowskaja ist nach Litauen gegangen, und die Zeitung schreibt "
        "über Tichanowskaja und über die Wahl in Belarus.\n".encode(), "de.txt"))
    assert {m.group for m in r.mentions if m.entry} == {"sviatlana-tsikhanouskaya@de"}


# 16. fixes: the patronymic in the house style, the canonical's capitals, Cyrillic in the found case
def test_the_patronymic_is_written_in_the_house_style(checker):
    assert findings(checker, "Alexander Grigoryevich Lukashenko spoke.\n") == [
        ("NC001", "Alexander Grigoryevich Lukashenko", "Aliaksandr Ryhoravich Lukashenka")]
    assert findings(checker, "Aleksandr G. Lukashenka spoke.\n") == [
        ("NC001", "Aleksandr G. Lukashenka", "Aliaksandr R. Lukashenka")]


def test_a_cyrillic_fix_is_the_other_orthographys_word_in_the_found_case(checker):
    text = "Сотрудники «Вясны» и центр «Вясна» сообщили об этом.\n"
    assert findings(checker, text, language="ru") == [
        ("NC005", "Вясны", "Весны"), ("NC005", "Вясна", "Весна")]


# 8. a short word is an acronym only in capitals and only as the glossary lists it
@pytest.mark.parametrize("text", ["Ms Andreyeva was released.\n", "Mid March was cold.\n"])
def test_a_short_word_is_not_an_acronym(checker, text):
    assert findings(checker, text) == []


def test_a_listed_acronym_in_capitals_still_counts(checker):
    assert findings(checker, "The MID said so.\n") == [("NC001", "MID", "Foreign Ministry")]


# 12 and 16. a canonical with capitals of its own is the form, and a fix keeps them
def test_a_canonical_with_its_own_capitals_keeps_them(checker):
    assert findings(checker, "Maz workers struck.\n") == [("NC001", "Maz", "MAZ")]
    assert findings(checker, "MAZ workers struck.\n") == []


# 10 and 11. Latin in Cyrillic text is an original, and the other orthography cited on purpose
@pytest.mark.parametrize("text", [
    "Город называли по-разному: Grodno, Gardinas, Grodna.\n",
    "Могилёв (белор. Магілёў) стоит на Днепре.\n",
])
def test_latin_names_in_cyrillic_text_are_originals(checker, text):
    assert [f for f in findings(checker, text, language="ru") if f[0] != "NC003"] == []


# 17. NC004 counts running-text spellings only
def test_german_nouns_and_polish_case_forms_are_not_tied_by_nc004(fixture_matcher):
    checker = Checker(fixture_matcher)
    german = ("Die Zeitung schreibt über Russlands Krieg und über den Krieg, und die Leser "
              "sprechen von Russland Krieg in der Stadt Minsk, wo die Menschen leben.\n")
    r = checker.check(read_document(german.encode(), "de.txt"))
    assert [m for m in r.mentions if m.group.startswith("unknown:")] == []
