"""check reads each name in its context: the classes of false findings real text showed,
each reproduced by a sentence of our own (fixture glossary)."""
from __future__ import annotations

import pytest

from checker.check import Checker
from checker.formats import read_document
from tests.conftest import found_in, matcher_of, project_of


@pytest.fixture(scope="module")
def checker(fixture_matcher) -> Checker:
    return Checker(fixture_matcher)


def findings(checker: Checker, text: str, path: str = "doc.txt", language: str | None = None):
    r = checker.check(read_document(text.encode("utf-8"), path), language)
    return [(f.code, f.found, f.suggestion) for f in r.findings]


def fixed(checker: Checker, text: str) -> list[str]:
    """The spellings the check fixes or questions (NC001, NC002) in `text`."""
    return [f[1] for f in findings(checker, text) if f[0] in ("NC001", "NC002")]


def fixed_in(project, text: str) -> list[str]:
    """The spellings a project's check fixes or questions (NC001, NC002) in `text`."""
    return [f[1] for f in found_in(project, text) if f[0] in ("NC001", "NC002")]


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
    # a language after a preposition, closed by a comma; a language named after the name
    "Polatsk, in Polish, Połock, lies on the Dvina.\n",
    "He was born in Polatsk, Polotsk in Yiddish sources too, in 1890.\n",
    "He was born in Polatsk, Połock in Lithuanian, in 1890.\n",
    # the original title of a work, labelled so
    "Original title: Chestnye Lyudi (2019), a film about the campaign.\n",
    # the house form after a joiner, before its labelled original; "also" and "bzw." join
    "Mogilev or Mahiliou (Belarusian: Магілёў) lies on the Dnieper.\n",
    "Mogilev, also Mahiliou (Belarusian: Магілёў), lies on the Dnieper.\n",
    "Mogilev, also Mahiliou, lies on the Dnieper.\n",
    "Die Stadt Mogilew bzw. Mahiljou liegt am Dnepr und ist eine alte Stadt.\n",
])
def test_a_deliberate_alternate_is_not_a_finding(checker, text):
    assert [f for f in findings(checker, text) if f[0] in ("NC001", "NC002")] == []


@pytest.mark.parametrize("text", [
    "Protesters, Nikolai Karpenkov said, were beaten.\n",      # a comma is no label's end
    "The guests, Polish, Polotsk and other towns' mayors, came.\n",   # a people, no label
])
def test_a_comma_after_a_word_is_no_label(checker, text):
    assert [f[0] for f in findings(checker, text) if f[0] in ("NC001", "NC002")] == ["NC001"]


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
    "The town belonged to the Mogilev Voivodeship until 1793.\n",   # a unit of its time
    "It was written with the Investigative Centre Mogilev, a newsroom.\n",   # its own name
])
def test_a_name_inside_a_longer_proper_name_is_not_that_entry(checker, text):
    assert findings(checker, text) == []


REGION = """\
version: 1
entries:
  - id: hrodna-region
    kind: place
    be: Гродзенская вобласць
    ru: Гродненская область
    canonical: Hrodna Region
    note: The canonical is the house form.
"""


HRODNA = """\
version: 1
entries:
  - id: hrodna
    kind: place
    be: Гродна
    ru: Гродно
    canonical: Hrodna
    variants: [Grodno]
"""


def test_a_gloss_in_brackets_is_not_the_documents_own_spelling(tmp_path):
    # a German text writes Grodno and glosses it once as (Hrodna): no NC001, no NC004
    project = project_of(tmp_path, HRODNA)
    text = ("Er fuhr in seine Geburtsstadt Grodno (Hrodna) an der Grenze.\n\n"
            "Im Gefängnis von Grodno habe er gesessen, erzählt er.\n")
    assert project.check_text(text, language="de") == []
    # where the document writes the house form itself, Grodno is still the other spelling
    text = "Er wohnt in Hrodna.\n\nIm Gefängnis von Grodno habe er gesessen, erzählt er.\n"
    assert {f.code for f in project.check_text(text, language="de")} == {"NC001", "NC004"}


SQUARE = """\
version: 1
entries:
  - id: square-of-changes
    kind: place
    be: Плошча Перамен
    ru: Площадь Перемен
    canonical: Square of Changes
    variants: [Changes Square, Ploshchad Peremen]
"""


@pytest.mark.parametrize("gloss", ["(Ploshchad Peremen)", "(“Ploshchad Peremen”)",
                                   '("Ploshchad Peremen")'])
def test_a_gloss_in_brackets_may_be_quoted(tmp_path, gloss):
    # the local name given in brackets beside the document's own, in quotation marks or not
    project = project_of(tmp_path, SQUARE)
    text = f"Flowers lay in what locals call “Changes Square” {gloss}, a courtyard.\n"
    assert project.check_text(text) == []
    # written in the text's own words, it is still another spelling
    [finding] = project.check_text("Flowers lay in Ploshchad Peremen, a courtyard.\n")
    assert finding.suggestion == "Square of Changes"


def test_a_place_before_of_belarus_is_the_place(tmp_path):
    # "of Belarus" makes a ministry's official wording, not a region's: the region spelled
    # the document's way
    project = project_of(tmp_path, REGION)
    [finding] = project.check_text("Lida is a city in the Grodno Region of Belarus.\n")
    assert (finding.found, finding.suggestion) == ("Grodno Region", "Hrodna Region")


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



def test_a_patronymic_the_entry_lacks_in_the_belarusian_latin_alphabet_is_romanized(checker):
    # the entry has no patronymic to write: the document's is kept, in the house's letters
    assert findings(checker, "Aliaksandr Mikałajevič Tarajkoŭski died.\n") == [
        ("NC001", "Aliaksandr Mikałajevič Tarajkoŭski", "Aliaksandr Mikalaevich Taraikouski")]
    assert findings(checker, "ALIAKSANDR MIKAŁAJEVIČ TARAJKOŬSKI died.\n") == [
        ("NC001", "ALIAKSANDR MIKAŁAJEVIČ TARAJKOŬSKI", "ALIAKSANDR MIKALAEVICH TARAIKOUSKI")]
    # a press romanization of it stands as written
    assert findings(checker, "Aliaksandr Mikalayevich Tarajkoŭski died.\n") == [
        ("NC001", "Aliaksandr Mikalayevich Tarajkoŭski", "Aliaksandr Mikalayevich Taraikouski")]

def test_a_cyrillic_fix_is_the_other_orthographys_word_in_the_found_case(checker):
    text = "Сотрудники Вясны и центр Вясна сообщили об этом.\n"
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


# 2. a label still labels a name that a mixed-script word parted from it
def test_a_label_reaches_past_a_word_the_walk_set_apart(checker):
    text = "Die Musikerin, belarussisch Marya Aliaksandraўna Tsikhanouskaja, lebt in Minsk.\n"
    assert [f for f in findings(checker, text) if f[0] != "NC003"] == []


# 2. every spelling in the parenthesis right after a name is given on purpose
def test_every_spelling_in_the_parenthesis_after_a_name_is_an_alternate(checker):
    text = ("Sviatlana Tsikhanouskaya[1] (Sviatlana Heorhiyeuna Tsikhanouskaya, Belarusian: "
            "Святлана Ціханоўская; Svetlana Georgiyevna Tikhanovskaya; born 1982) is a "
            "politician.\n")
    assert findings(checker, text) == []


def test_a_parenthesis_after_another_name_links_nothing(checker):
    text = "Homel (the city where Svetlana Tikhanovskaya spoke) is large.\n"
    assert [f[1] for f in findings(checker, text)] == ["Svetlana Tikhanovskaya"]


# 4. a page saved as text has a paragraph to a line: each line is read in its own language
def test_each_long_line_of_a_bilingual_page_is_read_in_its_own_language(checker):
    german = ("Swetlana Tichanowskaja ist eine Politikerin, die nach der Wahl im Sommer "
              "gegen ihren Willen nach Litauen gehen musste und von dort für ihr Land arbeitet.")
    english = ("Sviatlana Tsikhanouskaya is a politician who had to leave for Lithuania "
               "against her will after the election in the summer and works from there.")
    assert findings(checker, german + "\n" + english + "\n") == []


# 5. another country's possessive: that country's name, not a Belarusian one
def test_another_countrys_possessive_makes_the_name_that_countrys(checker):
    assert findings(checker, "Ukraine's Interior Ministry said so.\n") == []
    assert [f[0] for f in findings(checker, "Belarus's Ministry of Internal Affairs said so.\n")
            ] == ["NC001"]


def _small_checker(tmp_path, entries: str) -> Checker:
    from checker.api import Matcher

    path = tmp_path / "g.yaml"
    path.write_text("version: 1\nentries:\n" + entries, encoding="utf-8")
    return Checker(Matcher.from_paths([path], use_cache=False))


ENTRIES = """\
  - id: belarus
    kind: place
    be: Беларусь
    ru: [Беларусь, Белоруссия]
    canonical: Belarus
    historical: {until: 1991, forms: [Byelorussia, Byelorussian SSR]}
  - id: brest-region
    kind: place
    be: Брэсцкая вобласць
    ru: Брестская область
    canonical: Brest Region
    variants: [Brest Oblast]
  - id: ihar-losik
    kind: person
    be: Ігар Лосік
    ru: Игорь Лосик
    canonical: Ihar Losik
"""


# 5. a place of a neighbouring country is no misspelling of a Belarusian one
def test_a_neighbouring_countrys_place_is_no_misspelling(tmp_path):
    checker = _small_checker(tmp_path, ENTRIES)
    assert findings(checker, "The border runs 100 km from Bryansk Oblast to the east.\n") == []
    assert findings(checker, "The court of Bryest Oblast ruled.\n") == [
        ("NC001", "Bryest Oblast", "Brest Region")]


# a word that only begins with the name (a plural, an abbreviated adjective) is not the name
@pytest.mark.parametrize("text", [
    "The Losiks’ daughter Paulina is five.\n",
    "Er war Rektor der Belaruss. Staatlichen Universität.\n",
])
def test_a_longer_word_made_from_the_name_is_not_a_spelling_of_it(tmp_path, text):
    assert findings(_small_checker(tmp_path, ENTRIES), text) == []


def test_a_misspelt_family_name_is_still_found(tmp_path):
    assert findings(_small_checker(tmp_path, ENTRIES), "Ihar Losyk was detained.\n") != []


# 2. a paragraph about the name itself (its etymology, its spellings over time)
def test_a_paragraph_about_the_names_spellings_gives_them_on_purpose(checker):
    text = ("The etymology of the city's name is disputed. Older spellings include Mogilew, and "
            "under imperial rule it was rendered as Mogilev.\n\nThey met in Mogilev.\n")
    assert findings(checker, text) == [("NC001", "Mogilev", "Mahiliou")]


@pytest.mark.parametrize("paragraph", [
    # where the name comes from, and how others rendered it
    "The old name, Mogilew, derives from a hill. Travellers rendered that name as Mogilef.\n",
    "The toponym Mogilev originates in a word for a burial mound.\n",
])
def test_a_paragraph_on_where_a_name_comes_from_gives_its_forms_on_purpose(checker, paragraph):
    assert findings(checker, paragraph + "\nThey met in Mogilev.\n") == [
        ("NC001", "Mogilev", "Mahiliou")]


def test_a_belarusian_paragraph_on_a_names_old_forms_gives_them_on_purpose(checker):
    text = "Тапонім паходзіць ад ракі. У помніках горад зафіксаваны ў формах Могилев, Могилевъ.\n"
    assert findings(checker, text) == []


POLISH_TOWN = ("Mohylew był w sierpniu miejscem protestu, który zgromadził kilkuset mieszkańców, "
               "a milicja zatrzymała kilkanaście osób.\n\n")


@pytest.mark.parametrize("paragraph, expected", [
    # a paragraph on how English transcribes the name: the house form there says nothing of
    # how this Polish text writes it
    ("W angielskiej transkrypcji z cyrylicy nazwa różni się więcej niż jedną literą: "
     "Mahiliou, a po rosyjsku Mogilev.\n", []),
    # the house form written as the text's own: the Polish spelling is then a variant
    ("Władze obwodu spotkały się potem w Mahiliou, gdzie omówiono sytuację w regionie "
     "i zapowiedziano kolejne kontrole.\n", [("NC001", "Mohylew", "Mahiliou")]),
])
def test_a_house_form_in_a_paragraph_about_spellings_is_not_the_documents_own(
        checker, paragraph, expected):
    assert findings(checker, POLISH_TOWN + paragraph) == expected


def test_a_sentence_that_gives_a_names_other_transliteration_gives_both_on_purpose(checker):
    text = ("The court in Mogilev, whose name is also transliterated as Mahiliou, met.\n\n"
            "They met in Mogilev.\n")
    assert findings(checker, text) == [("NC001", "Mogilev", "Mahiliou")]


@pytest.mark.parametrize("statement", ["also known as", "better known as", "known as"])
def test_a_sentence_that_gives_the_house_form_as_another_name_gives_both_on_purpose(
        checker, statement):
    text = (f"The court in Mogilev ({statement} Mahiliou) met.\n\n"
            "They met in Mogilev.\n")
    assert findings(checker, text) == [("NC001", "Mogilev", "Mahiliou")]


# a former name is right in a sentence about its time, and a variant elsewhere
def test_a_former_name_stands_in_a_sentence_about_its_time(tmp_path):
    checker = _small_checker(tmp_path, ENTRIES)
    assert findings(checker, "He was born in Kopys, Byelorussia, in 1954.\n") == []
    assert findings(checker, "Born 1954 in Kopys, Byelorussia, Soviet Union.\n") == []
    assert findings(checker, "The Byelorussian SSR signed the treaty.\n") == []
    assert findings(checker, "Byelorussia holds elections next year.\n") == [
        ("NC001", "Byelorussia", "Belarus")]
    # a former name spelled another way by the correspondences is that name
    assert findings(checker, "Born 10 February 1973, Minsk, Belarusian SSR.\n") == []


# 16. a patronymic follows the language of the canonical's given name
def test_a_patronymic_follows_the_canonicals_given_name(checker):
    assert findings(checker, "Svetlana Alexandrovna Alexievich wrote it.\n") == []
    assert findings(checker, "Svetlana Aliaksandrauna Alexievich wrote it.\n") == [
        ("NC001", "Svetlana Aliaksandrauna Alexievich", "Svetlana Aleksandrovna Alexievich")]


# 5. a company's legal form ends a longer name of its own
def test_a_place_starting_a_company_name_is_not_the_place(checker):
    assert findings(checker, "The plant Polotsk Steklovolokno JSC was sanctioned.\n") == []
    assert findings(checker, "The plant in Polotsk was sanctioned.\n") == [
        ("NC001", "Polotsk", "Polatsk")]


# 9. a given name that is not the entry's: the family name alone is another person's
def test_a_family_name_after_another_given_name_is_another_person(checker):
    assert findings(checker, "The commander Sergei Karpenko was sanctioned.\n") == []
    assert findings(checker, "The commander Karpenko was sanctioned.\n") == [
        ("NC001", "Karpenko", "Karpenka")]
    # a given name no glossary person has, which the given-name data knows (Lera: Valeryia)
    assert findings(checker, "The artist Lera Karpenko wrote letters.\n") == []
    # a place's name after a given name is that person's family name
    assert findings(checker, "The activist Ihar Mogilev spoke.\n") == []
    assert findings(checker, "The activist from Mogilev spoke.\n") == [
        ("NC001", "Mogilev", "Mahiliou")]
    # and so is a body's name (the coach Fyodor Svoboda is no Radio Svaboda)
    assert findings(checker, "The coach Ihar Vyasna spoke.\n") == []
    assert findings(checker, "The coach said Vyasna spoke.\n") == [("NC001", "Vyasna", "Viasna")]
    # or a capitalised word no name and no dictionary knows (a foreigner's given name)
    assert findings(checker, "The envoy Josep Karpenko arrived.\n") == []
    # a title or a patronymic is no given name: the family name is still the entry's
    for text in ("Mr Karpenko arrived.\n", "Judge Karpenko arrived.\n",
                 "Ihar Khikmetavich Karpenko arrived.\n"):
        assert [f[1] for f in findings(checker, text) if f[0] == "NC001"] == ["Karpenko"], text


def test_the_family_name_alone_goes_on_naming_the_person_last_named_in_full(checker):
    text = "The commander Sergei Karpenko was sanctioned. Karpenko denied it.\n"
    assert findings(checker, text) == []
    text = ("The commander Sergei Karpenko was sanctioned. Later Ihar Karpenko spoke, "
            "and Karpenko was praised.\n")
    assert [f[1] for f in findings(checker, text) if f[0] == "NC001"] == [
        "Ihar Karpenko", "Karpenko"]


_TWO_VOLKAUS = """\
  - id: aliaksei-volkau
    kind: person
    be: Аляксей Волкаў
    ru: Алексей Волков
  - id: vital-volkau
    kind: person
    be: Віталь Волкаў
    ru: Виталий Волков
"""


def test_a_family_name_two_entries_share_goes_on_naming_the_other_person_named_before(tmp_path):
    """A family name alone that two entries share has no one entry to ask, but the person the
    document last named in full with it is still who it names."""
    checker = _small_checker(tmp_path, _TWO_VOLKAUS)
    text = ("Officials reviewed the permit of the activist Leonid Volkov this week.\n"
            "Volkov is wanted in Russia.\n")
    assert findings(checker, text) == []
    text = "Officials met Vital Volkau this week.\nVolkov is wanted in Russia.\n"
    assert [f[1] for f in findings(checker, text)] == ["Volkov"]


def test_a_run_that_holds_the_family_name_is_not_a_person_named_before_it(tmp_path):
    """"Later Volkov" (a sentence's first word before the name) names nobody else: the lone
    family name in it is still the entries'."""
    checker = _small_checker(tmp_path, _TWO_VOLKAUS)
    text = "The court fined Vital Volkau. Later Volkov said he would appeal.\n"
    assert [f[1] for f in findings(checker, text)] == ["Volkov"]


def test_a_lone_name_before_a_word_no_entry_knows_is_a_given_name(checker):
    # "Karpenko Dzianisau": the first word of another person's name, not Ihar Karpenka
    assert findings(checker, "The trader Karpenko Dzianisau was fined.\n") == []
    # a weekday (an English name) or a common word after it changes nothing
    assert [f[1] for f in findings(checker, "They met Karpenko Tuesday.\n")] == ["Karpenko"]


def _entry_mentions(checker: Checker, text: str, entry: str) -> list[str]:
    r = checker.check(read_document(text.encode("utf-8"), "doc.txt"))
    return [m.text for m in r.mentions if m.entry == entry]


# 2. the house form in brackets after the document's own: no fix that would write it twice,
# and the bracketed form is not one of the document's spellings
def test_the_house_form_in_brackets_after_the_documents_own(checker):
    text = "The plant stands in Mogilev (Mahiliou) on the river. Mogilev grew fast.\n"
    assert findings(checker, text) == [("NC001", "Mogilev", "Mahiliou")]
    assert _entry_mentions(checker, text, "mahiliou") == ["Mogilev", "Mogilev"]


def test_a_labelled_house_form_is_not_one_of_the_documents_spellings(checker):
    text = ("The plant in Mogilev was renamed in 1990 (Bel. Zavod Mahiliou). Mogilev grew, "
            "and Mogilev is the name the report uses.\n")
    assert _entry_mentions(checker, text, "mahiliou") == ["Mogilev", "Mogilev", "Mogilev"]


# 4. the house form inside another name says nothing of how a text in another language
# writes the place
def test_the_house_form_inside_another_name_does_not_make_it_the_documents(checker):
    german = ("Die Polizei hat in Gomel am Sonntag viele Menschen festgenommen, berichtet das "
              "Portal Homel Life unter Berufung auf Augenzeugen aus der Stadt.\n")
    assert findings(checker, german) == []
    house = german + "\nDie Zeitung schreibt über Homel und über die Lage dort.\n"
    assert ("NC001", "Gomel", "Homel") in findings(checker, house)


# 1. a post reproduced word for word keeps its spellings
@pytest.mark.parametrize("text", [
    "Svetlana Tikhanovskaya is safe in Vilnius. Solidarity! — A Diplomat (@a_diplomat) "
    "August 2, 2021\n",
    "“The regime holds Svetlana Tikhanovskaya’s husband. Free him! @a_diplomat”, the minister "
    "wrote.\n",
])
def test_a_reproduced_post_keeps_its_spellings(checker, text):
    assert findings(checker, text) == []


def test_a_quotation_without_a_handle_is_running_text(checker):
    text = "“Free Svetlana Tikhanovskaya’s husband”, the minister said.\n"
    assert [f[1] for f in findings(checker, text)] == ["Svetlana Tikhanovskaya"]


# 5. an institution named in a job title's own words
def test_an_institution_in_a_job_title_is_not_rewritten(checker):
    assert findings(checker, "He is Deputy Minister of Ministry of Internal Affairs.\n") == []
    assert findings(checker, "The Ministry of Internal Affairs said so.\n") == [
        ("NC001", "Ministry of Internal Affairs", "Interior Ministry")]


# 15. a Cyrillic person's name that only comes near an entry's form is a likely misspelling
def test_a_cyrillic_misspelling_is_nc002_in_the_texts_orthography(checker):
    assert findings(checker, "Светлана Тахановская выступила в Вильнюсе.\n", language="ru") == [
        ("NC002", "Светлана Тахановская", "Светлана Тихановская")]
    # another case of the name: no nominative fix
    assert findings(checker, "Светланы Тахановской там не было.\n", language="ru") == []
    assert findings(checker, "Иван Иванов сказал это.\n", language="ru") == []


# 12. a name written as a web address, in other capitals, is that name
def test_a_dotted_name_in_other_capitals_is_a_variant(tmp_path):
    checker = _small_checker(tmp_path, """\
  - id: tut-by
    kind: organization
    canonical: TUT.BY
  - id: zerkalo
    kind: organization
    ru: Зеркало
    canonical: Zerkalo
    variants: [Zerkalo.io]
""")
    assert findings(checker, "Tut.by was closed, and Tut.By too.\n") == [
        ("NC001", "Tut.by", "TUT.BY"), ("NC001", "Tut.By", "TUT.BY")]
    assert findings(checker, "TUT.BY was closed; see www.tut.by or https://Tut.by/news.\n") == []
    assert findings(checker, "Zerkalo.io reported it.\n") == [("NC001", "Zerkalo.io", "Zerkalo")]
    r = checker.check(read_document(b"Zerkalo.io reported it.\n", "doc.txt"))
    assert [m.text for m in r.mentions] == ["Zerkalo.io"]


# 14. a given name alone, once the document names the person
def test_a_given_name_alone_stands_for_the_one_person_named(checker):
    assert findings(checker, "Sviatlana Tsikhanouskaya spoke in Vilnius, and then Svetlana "
                             "said she would return.\n") == [("NC001", "Svetlana", "Sviatlana")]


@pytest.mark.parametrize("text", [
    "Svetlana said she would return.\n",                                   # nobody named
    "Aliaksandr Lukashenka met Aliaksandr Taraikouski, and Alexander left.\n",  # two people
    "Sviatlana Tsikhanouskaya met Svetlana Ivanova in Vilnius.\n",        # another person
    "Sviatlana Tsikhanouskaya (Svetlana) spoke in Vilnius.\n",            # given on purpose
    # both spellings of the given name, one after a slash: given on purpose
    "Sviatlana Tsikhanouskaya spoke, and Svetlana / Sviatlana waved.\n",
    # the full given name before a nickname in quotes and the family name
    'Sviatlana Tsikhanouskaya spoke, and Svetlana "Sveta" Tsikhanouskaya waved.\n',
])
def test_a_given_name_alone_is_left_when_it_is_not_one_named_persons(checker, text):
    assert findings(checker, text) == []


def test_a_given_name_after_a_capitalised_common_word_is_still_alone(checker):
    text = ("Sviatlana Tsikhanouskaya spoke in Vilnius. What Svetlana asked for was "
            "simple.\n")
    assert findings(checker, text) == [("NC001", "Svetlana", "Sviatlana")]


# 3. an acronym the document defined is its own abbreviation afterwards
def test_an_acronym_after_its_definition_is_the_documents_own(tmp_path):
    checker = _small_checker(tmp_path, """\
  - id: belarusian-popular-front
    kind: organization
    be: Беларускі народны фронт
    ru: Белорусский народный фронт
    canonical: Belarusian Popular Front
    variants: [BPF Party]
""")
    text = "He led the Belarusian Popular Front (BPF) Party. The BPF Party then split.\n"
    assert findings(checker, text) == []
    assert findings(checker, "The BPF Party then split.\n") == [
        ("NC001", "BPF Party", "Belarusian Popular Front")]


def test_an_acronym_after_the_full_name_is_the_documents_own_abbreviation(tmp_path):
    """A document that named the entry in the house's full form may go on with its acronym
    (no definition in brackets needed); alone, the acronym is still a variant to write out."""
    checker = _small_checker(tmp_path, """\
  - id: belarusian-association-of-journalists
    kind: organization
    be: Беларуская асацыяцыя журналістаў
    ru: Белорусская ассоциация журналистов
    canonical: Belarusian Association of Journalists
    variants: [BAJ]
""")
    text = ("The Belarusian Association of Journalists counted the jailed reporters. "
            "BAJ said the number grew, and BAJ wrote to the UN.\n")
    assert findings(checker, text) == []
    assert findings(checker, "BAJ said the number grew.\n") == [
        ("NC001", "BAJ", "Belarusian Association of Journalists")]
    # before the full name, the acronym is not yet the document's own
    text = "BAJ said so. The Belarusian Association of Journalists agreed.\n"
    assert [f[1] for f in findings(checker, text) if f[0] == "NC001"] == ["BAJ"]


def test_an_acronym_the_document_defines_is_its_own_before_the_definition_too(tmp_path):
    """"ACR (Full Name)" defines the acronym as much as "Full Name (ACR)" does, and a document
    that defines it uses it on purpose wherever it stands: a headline before the definition
    too. Without a definition the acronym alone is still a variant."""
    checker = _small_checker(tmp_path, """\
  - id: minsk-tractor-works
    kind: organization
    be: Мінскі трактарны завод
    ru: Минский тракторный завод
    canonical: Minsk Tractor Works
    variants: [MTZ]
""")
    text = ("# Arrests at MTZ\n\nThe managers of MTZ (Minsk Tractor Works) were held in "
            "November; MTZ said nothing.\n")
    assert findings(checker, text, "doc.md") == []
    text = "Arrests at MTZ. The Minsk Tractor Works (MTZ) said nothing.\n"
    assert findings(checker, text) == []
    assert findings(checker, "Arrests at MTZ. The plant said nothing.\n") == [
        ("NC001", "MTZ", "Minsk Tractor Works")]


def test_a_short_name_in_brackets_after_another_wording_of_the_name_is_the_documents_own(
        tmp_path):
    """A listed short name in brackets right after a wording of the name the glossary lacks
    is the document's definition: its fix would write the name twice. Alone, it is a variant."""
    checker = _small_checker(tmp_path, """\
  - id: national-statistical-committee
    kind: organization
    be: Нацыянальны статыстычны камітэт
    ru: Национальный статистический комитет
    canonical: National Statistical Committee
    variants: [Belstat]
""")
    text = ("The National Statistics Committee of the Republic of Belarus (Belstat) stopped "
            "publishing the figures.\n")
    assert findings(checker, text) == []
    assert findings(checker, "Belstat stopped publishing the figures.\n") == [
        ("NC001", "Belstat", "National Statistical Committee")]
    # brackets after other words: still a variant
    assert [f[1] for f in findings(checker, "The State Customs Committee (Belstat) said so.\n")
            if f[0] == "NC001"] == ["Belstat"]


def test_a_second_spelling_in_brackets_after_a_quoted_name_with_its_legal_form(tmp_path):
    """JSC "Grodno Azot" (TAA Hrodna Azot): the bracket gives the Belarusian name on purpose,
    past the closing quote and the legal form that opens it."""
    checker = _small_checker(tmp_path, """\
  - id: grodno-azot
    kind: organization
    be: Гродна Азот
    ru: Гродно Азот
    canonical: Grodno Azot
    variants: [Hrodna Azot]
""")
    text = 'The chemical giant JSC "Grodno Azot" (TAA Hrodna Azot) lost its markets.\n'
    assert findings(checker, text) == []
    assert findings(checker, "Hrodna Azot lost its markets.\n") == [
        ("NC001", "Hrodna Azot", "Grodno Azot")]


# a Latin name before its original, under that language's label, romanizes it on purpose
@pytest.mark.parametrize("text", [
    "Gomel[1] (Russian: Гомель, IPA: [ˈɡomʲɪlʲ]) is the second city.\n",
    "Mogilev (Russian: Могилёв) lies on the Dnieper.\n",
    "Mogilev (рус. Могилёв) lies on the Dnieper.\n",
    "Nikolai Karpenkov (Russian: Николай Карпенков) was named chairman.\n",
])
def test_a_name_before_its_labelled_original_is_that_languages_name(checker, text):
    assert findings(checker, text) == []


@pytest.mark.parametrize("text, found", [
    # the original is Belarusian, the name no Belarusian romanization of it
    ("Mogilev (Belarusian: Магілёў) lies on the Dnieper.\n", "Mogilev"),
    # another language's convention is that language's spelling, a variant in English text
    ("Nikolai Karpenkow (Russian: Николай Карпенков) was named chairman.\n",
     "Nikolai Karpenkow"),
    # no label: the original only quoted
    ("Mogilev (Могилёв) lies on the Dnieper.\n", "Mogilev"),
])
def test_a_name_that_does_not_romanize_its_labelled_original_is_still_a_variant(
        checker, text, found):
    assert [f[1] for f in findings(checker, text) if f[0] == "NC001"] == [found]


ARCHDIOCESE = """\
  - id: archdiocese-of-minsk-mohilev
    kind: organization
    be: Мінска-Магілёўская архідыяцэзія
    ru: Минско-Могилевская архиепархия
    canonical: Archdiocese of Minsk-Mohilev
  - id: mahiliou
    kind: place
    be: Магілёў
    ru: Могилёв
    canonical: Mahiliou
    variants: [Mogilev, Mohilev]
  - id: minsk
    kind: place
    be: Мінск
    ru: Минск
    canonical: Minsk
"""


def test_a_hyphenated_word_of_a_glossary_name_is_not_read_as_its_places(tmp_path):
    """Minsk-Mohilev, as the archdiocese's name writes it, is that name's word: its parts are
    no places to respell (the Archbishop of Minsk-Mohilev); a compound no name holds is read
    as its places (the Minsk-Mogilev highway)."""
    checker = _small_checker(tmp_path, ARCHDIOCESE)
    assert findings(checker, "He was the Archbishop of Minsk-Mohilev until 2021.\n") == []
    # an en dash ends a run of capitalised words: the compound is read across it
    assert findings(checker, "He was the Archbishop of Minsk\u2013Mohilev Nuncio.\n") == []
    for dash in "-\u2013":
        assert findings(checker, f"The Minsk{dash}Mogilev highway was closed.\n") == [
            ("NC001", "Mogilev", "Mahiliou")]
    # what a run after a compound's dash was read as is not what the same run alone is
    assert findings(checker, "We drove to Mohilev in May.\n") == [("NC001", "Mohilev", "Mahiliou")]


def test_a_runs_reading_does_not_depend_on_the_documents_checked_before(tmp_path):
    # a run is worked out once and remembered: what stands before it in one document (a
    # compound's dash, a title) must not decide it in another
    entries = ARCHDIOCESE
    alone = "We drove to Mohilev in May.\n"
    for before in ("He was the Archbishop of Minsk\u2013Mohilev until 2021.\n",
                   "Mrs. Mohilev spoke to the court.\n"):
        checker = _small_checker(tmp_path, entries)
        assert findings(checker, before) == []
        assert findings(checker, alone) == [("NC001", "Mohilev", "Mahiliou")]
        # and the other way round
        checker = _small_checker(tmp_path, entries)
        assert findings(checker, alone) == [("NC001", "Mohilev", "Mahiliou")]
        assert findings(checker, before) == []


@pytest.mark.parametrize("entry, own_word, bare, found, canonical", [
    ("""\
  - id: akrestsina-detention-centre
    kind: place
    be: Ізалятар на Акрэсціна
    ru: Изолятор на Окрестина
    canonical: Akrestsina detention centre
    variants: [Okrestina]
""", "He was beaten in Okrestina prison in Minsk.\n", "He was beaten in Okrestina in Minsk.\n",
     "Okrestina", "Akrestsina detention centre"),
    # "air base airfield" is what a fix of the name alone would write
    ("""\
  - id: machulishchy-air-base
    kind: place
    be: Аэрадром Мачулішчы
    ru: Аэродром Мачулищи
    canonical: Machulishchy air base
    variants: [Machulishchi]
""", "Drones hit the Machulishchi airfield at night.\n", "Drones hit Machulishchi at night.\n",
     "Machulishchi", "Machulishchy air base"),
])
def test_a_facility_named_with_the_documents_own_word_is_not_rewritten(
        tmp_path, entry, own_word, bare, found, canonical):
    checker = _small_checker(tmp_path, entry)
    assert findings(checker, own_word) == []
    assert findings(checker, bare) == [("NC001", found, canonical)]


def test_a_facility_named_with_the_documents_own_word_keeps_it_in_the_fix(tmp_path):
    # a Cyrillic form of the name alone: the fix writes the name, the document's word stays
    checker = _small_checker(tmp_path, """\
  - id: akrestsina-detention-centre
    kind: place
    be: Акрэсціна
    ru: Окрестина
    canonical: Akrestsina detention centre
    variants: [Okrestina]
""")
    assert findings(checker, "He was beaten in Okrestina prison in Minsk.\n") == [
        ("NC001", "Okrestina", "Akrestsina")]
    assert findings(checker, "He was held in the Akrestina detention centre.\n") == [
        ("NC001", "Akrestina", "Akrestsina")]
    assert findings(checker, "He was held in the Akrestsina detention centre.\n") == []


def test_an_acronym_the_document_defined_for_its_own_wording_is_its_abbreviation(tmp_path):
    checker = _small_checker(tmp_path, """\
  - id: national-olympic-committee
    kind: organization
    be: Нацыянальны алімпійскі камітэт Рэспублікі Беларусь
    ru: Национальный олимпийский комитет Республики Беларусь
    canonical: National Olympic Committee of Belarus
    variants: [NOC of Belarus]
""")
    # "Belarusian National Olympic Committee" is no listed form, but it defines NOC
    text = ("The IOC suspended the Belarusian National Olympic Committee (NOC). It froze "
            "payments to the NOC of Belarus.\n")
    assert findings(checker, text) == []
    assert findings(checker, "It froze payments to the NOC of Belarus.\n") == [
        ("NC001", "NOC of Belarus", "National Olympic Committee of Belarus")]


def test_an_acronym_defined_after_more_capitalised_words_counts(tmp_path):
    checker = _small_checker(tmp_path, """\
  - id: belarusian-potash-company
    kind: organization
    be: Беларуская калійная кампанія
    ru: Белорусская калийная компания
    canonical: Belarusian Potash Company
    variants: [BPC, Belarusian Potash]
""")
    text = "Treasury listed OJSC Belarusian Potash Company (BPC) today. The BPC sells potash.\n"
    assert [f[1] for f in findings(checker, text)] == []
    assert findings(checker, "The BPC sells potash.\n") == [
        ("NC001", "BPC", "Belarusian Potash Company")]


# 5. a glossary name inside a historical event's name keeps the event's spelling
@pytest.mark.parametrize("text", [
    "The Battle of Mogilev was fought in the summer of 1944.\n",
    "It was the last siege of Mogilev before the war ended.\n",
])
def test_a_place_inside_an_event_name_is_not_rewritten(checker, text):
    assert findings(checker, text) == []


def test_the_same_place_outside_an_event_name_is_still_a_variant(checker):
    assert [f[:2] for f in findings(checker, "The troops reached Mogilev in 1944.\n")] == [
        ("NC001", "Mogilev")]


# 7. a file name with a space in it
def test_a_word_of_a_file_name_with_spaces_is_not_a_name(checker):
    assert findings(checker, "- Picture: Mogilev town hall.jpg\n") == []
    assert [f[1] for f in findings(checker, "- Picture: Mogilev town hall at night\n")] == [
        "Mogilev"]


# a nickname: a diminutive of the given name, with the family name as the house writes it
def test_a_nickname_with_the_house_family_name_is_not_a_misspelling(checker):
    assert findings(checker, "Her friends call her Sveta Tsikhanouskaya, not Sviatlana.\n") == []
    assert mentions(checker, "Her friends call her Sveta Tsikhanouskaya.\n") == []


def test_a_nickname_with_a_variant_family_name_is_still_reported(checker):
    assert [f[1] for f in findings(checker, "Sveta Tikhanovskaya spoke.\n")] == [
        "Sveta Tikhanovskaya"]


# 4. Belarusian written in Łacinka is Belarusian: its own forms of names are right there
def test_a_lacinka_text_keeps_its_own_forms(checker):
    text = ("Pavodle hetaj infarmacyi, jon byŭ u Mahilovie, a paśla jaho pieraviali ŭ Miensk. "
            "Sviatłana Cichanoŭskaja taksama kazała pra heta, kali była ŭ Vilni.\n")
    assert findings(checker, text) == []


# 7. a post quoted word for word: the words around the quotation call it a post
@pytest.mark.parametrize("text", [
    "“The verdict passed in Mogilev is shameful,” the spokesman wrote on Twitter.\n",
    "In a tweet, she wrote: “We will not forget Mogilev.”\n",
])
def test_a_quoted_post_keeps_its_authors_spellings(checker, text):
    assert findings(checker, text) == []


def test_a_quotation_left_open_quotes_nothing_after_it(checker):
    # the first mark is never closed: the report's own words follow it, up to the next quotation
    text = ("She tweeted that he should “just resign, while the spokesman in Mogilev said "
            "nothing, and then she wrote on Twitter: “It is over.”\n")
    assert [f[1] for f in findings(checker, text)] == ["Mogilev"]


def test_quoted_speech_is_the_reports_own_transcription(checker):
    text = "“The verdict passed in Mogilev is shameful,” the spokesman said on Monday.\n"
    assert [f[1] for f in findings(checker, text)] == ["Mogilev"]


# 11. an organisation's own name quoted in the other orthography, as Russian text quotes it
@pytest.mark.parametrize("quoted", ["«Вясна»", '"Вясна"', "“Вясна”", "„Вясна“"])
def test_an_organisations_own_name_in_quotation_marks_is_not_nc005(checker, quoted):
    text = f"Правозащитный центр {quoted} сообщил об этом в понедельник вечером.\n"
    assert findings(checker, text, language="ru") == []
    text = 'Он сказал: "это правда", и Вясна сообщила об этом в понедельник "вечером".\n'
    assert [f[:2] for f in findings(checker, text, language="ru")] == [("NC005", "Вясна")]
    text = "Правозащитный центр Вясна сообщил об этом в понедельник вечером.\n"
    assert [f[:2] for f in findings(checker, text, language="ru")] == [("NC005", "Вясна")]


@pytest.mark.parametrize("found, canonical, expected", [
    ("BAJ", "Belarusian Association of Journalists", True),
    ("NOC of Belarus", "National Olympic Committee of Belarus", True),
    ("Okrestina", "Akrestsina detention centre", False),   # a spelling, not an acronym
    ("KDB", "KGB", False),                                  # an acronym's own spelling
    ("Grodno-Azot", "Grodno Azot", False),                  # a hyphen joins words
])
def test_what_abbreviates_a_written_out_name(found, canonical, expected):
    from checker.check.context import abbreviates

    assert abbreviates(found, canonical) is expected


# a short form of a name the document gave in full, and a bracket inside a company's name
def test_the_documents_own_short_form_and_a_bracketed_company_name(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: belarusian-hajun
    kind: organization
    canonical: Belarusian Hajun
    variants: [Hajun]
    sources: [https://example.org]
  - id: belarusian-oil-company
    kind: organization
    canonical: Belarusian Oil Company
    variants: [BNK]
    sources: [https://example.org]
""")
    assert project.check_text("Belarusian Hajun tracked troops. People wrote to Hajun daily.") == []
    assert [f.found for f in project.check_text("People wrote to Hajun daily.")] == ["Hajun"]
    assert project.check_text("London froze BNK (UK) Ltd, an exporter.") == []
    assert [f.found for f in project.check_text("London froze BNK, an exporter.")] == ["BNK"]


def test_an_acronym_the_document_defines_for_another_name_is_not_the_glossarys(checker):
    # BAZh is a listed variant of the Belarusian Association of Journalists; here the document
    # defines it for a body the glossary lacks, and every use of it is that body's
    text = ("Volunteers of the “Belarusian Aid Zone Hub” (BAZh) met in Vilnius. "
            "BAZh said it would go on.\n")
    assert findings(checker, text) == []
    # without that definition, the acronym is the glossary's
    assert [f[:2] for f in findings(checker, "BAZh said it would go on.\n")] == [
        ("NC001", "BAZh")]


def test_the_alternates_in_a_bracketed_list_are_given_on_purpose(checker):
    text = ("- 121 Mikalai KARPIANKOU (born on 1 May 1970) (also known as Nikolai KARPENKOV, "
            "Nikalai Karpiankou and Mikalaj KARPJANKOU)\n")
    assert findings(checker, text) == []
    # outside such a bracket the same spelling is the document's own
    text = "- 121 Mikalai KARPIANKOU (born on 1 May 1970); his deputy met Nikolai KARPENKOV.\n"
    assert [f[:2] for f in findings(checker, text)] == [("NC001", "Nikolai KARPENKOV")]



def test_a_romanization_given_beside_its_original_is_given_on_purpose(checker):
    # after a label, or right after the Cyrillic original in a table row or heading
    text = "In the Russian register he is listed, romanized: Nikolai Karpenkov.\n"
    assert findings(checker, text) == []
    text = "| Магілёў Mogilev | the city |\n| Магілёў | Mogilev | the city |\n"
    assert findings(checker, text) == []
    # after a slash too, and with a Latin lookalike letter in the original (Могилёв with a
    # Latin o), whose own finding is its mixed letters
    text = "| Магілёў / Mahiliou Могилёв / Mogilev | the city |\n"
    assert findings(checker, text) == []
    text = "| Магілёў / Mahiliou Мoгилёв / Mogilev | the city |\n"
    assert [f[0] for f in findings(checker, text)] == ["NC003"]
    # a Cyrillic word that is no original of it (a lowercase word) does not count
    text = "He said сказаў Nikolai Karpenkov was there.\n"
    assert [f[:2] for f in findings(checker, text)] == [("NC001", "Nikolai Karpenkov")]


WHOLE = """\
version: 1
entries:
  - id: plant-558
    kind: organization
    canonical: 558 Aircraft Repair Plant
    variants: [Aircraft Repair Plant]
  - id: hramada
    kind: organization
    canonical: Belarusian Social Democratic Party (Narodnaya Hramada)
    variants: [Narodnaya Hramada, BSDP NH]
"""


def test_a_longer_name_written_whole_gets_no_fix_that_would_write_it_twice(tmp_path):
    project = project_of(tmp_path, WHOLE)
    text = ("Sanctions hit JSC 558 Aircraft Repair Plant. He joined the Belarusian Social "
            "Democratic Party \"Narodnaya Hramada\" (BSDP NH), and the BSDP NH left.\n")
    assert project.check_text(text) == []
    # alone, the short forms are the glossary's variants
    found = [(f.code, f.found) for f in project.check_text(
        "The Aircraft Repair Plant and Narodnaya Hramada and BSDP NH met.\n") if f.code == "NC001"]
    assert found == [("NC001", "Aircraft Repair Plant"), ("NC001", "Narodnaya Hramada"),
                     ("NC001", "BSDP NH")]


NUMBERED = """\
version: 1
entries:
  - id: aviation-plant-407
    kind: organization
    canonical: Minsk Civil Aviation Plant No. 407
    variants: [Minsk Civil Aviation Plant]
"""


CLUB = """\
version: 1
entries:
  - id: fc-bate-borisov
    kind: organization
    canonical: FC BATE Borisov
    variants: [BATE Barysau]
"""


def test_the_clubs_name_with_or_without_its_fc_spelled_out_or_not_is_its_own(tmp_path):
    project = project_of(tmp_path, CLUB)
    # Football Club spells out FC: a fix would write it twice; without it, the short name
    assert project.check_text("Football Club BATE Borisov won the league again.\n") == []
    assert project.check_text("The club BATE Borisov won the league again.\n") == []
    [finding] = project.check_text("The club BATE Barysau won the league again.\n")
    assert finding.suggestion == "BATE Borisov"


CLUB_DINAMO = """\
version: 1
entries:
  - id: fc-dinamo-brest
    kind: organization
    be: Дынама Брэст
    ru: Динамо Брест
    canonical: FC Dinamo Brest
    variants: [Dynamo Brest]
"""


def test_a_clubs_name_without_its_fc_is_its_own_short_name(tmp_path):
    project = project_of(tmp_path, CLUB_DINAMO)
    assert project.check_text("Dinamo Brest drew with BATE on Sunday.\n") == []
    # a variant without the FC is fixed without it
    [finding] = project.check_text("Dynamo Brest drew with BATE on Sunday.\n")
    assert finding.suggestion == "Dinamo Brest"


def test_a_number_the_fix_would_add_already_after_the_name_is_not_written_twice(tmp_path):
    project = project_of(tmp_path, NUMBERED)
    assert project.check_text("Sanctions hit Minsk Civil Aviation Plant 407 in June.\n") == []
    # the run stops before the number sign: the words after it are the fix's too
    assert project.check_text('Sanctions hit JSC "Minsk Civil Aviation Plant No. 407".\n') == []
    [finding] = project.check_text("Sanctions hit Minsk Civil Aviation Plant in June.\n")
    assert finding.suggestion == "Minsk Civil Aviation Plant No. 407"


CLUB_LISTED_SHORT = """\
version: 1
entries:
  - id: fc-bate-borisov
    kind: organization
    be: [БАТЭ Барысаў, БАТЭ]
    canonical: FC BATE Borisov
    variants: [BATE Borisov, BATE]
"""


def test_a_clubs_name_without_its_fc_and_its_town_is_its_own_short_name(tmp_path):
    project = project_of(tmp_path, CLUB_LISTED_SHORT)
    # the house form's own words, as written: the short name reporting uses
    assert project.check_text("BATE won the title again; fans of BATE cheered.\n") == []
    # written another way, it is still a variant
    [finding] = project.check_text("Bate won the title again.\n")
    assert finding.code == "NC001"


EUROPE = """\
version: 1
entries:
  - id: europe
    kind: place
    be: Еўропа
    ru: Европа
    canonical: Europe
    forms: {de: Europa, pl: Europa}
"""


def test_another_languages_name_opening_a_longer_name_is_that_names_word(tmp_path):
    project = project_of(tmp_path, EUROPE)
    # English text: the competition and the station are names of their own
    assert project.check_text("BATE played in the Europa League and on Europa Plus TV.\n") == []
    # alone, the German or Polish name in English text is a variant
    [finding] = project.check_text("Belarus lies in eastern Europa, they said.\n")
    assert (finding.code, finding.suggestion) == ("NC001", "Europe")


def test_an_english_word_before_a_name_in_german_text_is_a_word_of_an_english_name(tmp_path):
    project = project_of(tmp_path, EUROPE)
    # an English word in German text opens no sentence: "Radio Free Europe" is the outlet's
    text = "Der Journalist arbeitete für Radio Free Europe und lebt jetzt in Europa.\n"
    assert project.check_text(text, language="de") == []
    [finding] = project.check_text("Der Journalist lebt jetzt in Europe.\n", language="de")
    assert finding.suggestion == "Europa"
    # in English text a common word still opens sentences: "Free Europa" is a variant
    assert [f.code for f in project.check_text("Free Europa was the slogan.\n")] == ["NC001"]


UKRAINE = """\
version: 1
entries:
  - id: ukraine
    kind: place
    be: Украіна
    ru: Украина
    canonical: Ukraine
    forms: {pl: Ukraina}
"""


def test_a_polish_case_of_the_names_polish_form_is_that_form(tmp_path):
    project = project_of(tmp_path, UKRAINE)
    text = "Od dłuższego czasu mieszkali na Ukrainie, a potem wrócili z Ukrainy do domu.\n"
    assert project.check_text(text, language="pl") == []
    # the English name in Polish text is still the other spelling
    [finding] = project.check_text("Od dłuższego czasu mieszkali w Ukraine i w domu.\n",
                                   language="pl")
    assert finding.suggestion == "Ukraina"


BARYSAU = """\
version: 1
entries:
  - id: barysau
    kind: place
    be: Барысаў
    ru: Борисов
    variants: [Borisov]
"""


def test_the_words_that_spell_out_an_acronym_are_the_organisations_own(tmp_path):
    project = project_of(tmp_path, BARYSAU)
    text = "BATE (Borisov Automobile and Tractor Electronics) won the league.\n"
    assert project.check_text(text) == []
    # a bracket whose initials are not the acronym's is read as usual
    for text in ("BATE (Borisov) won the league.\n", "The club from Borisov (BATE) won.\n",
                 "BATE (Borisov Tractor Electronics) won the league.\n"):
        assert [f.code for f in project.check_text(text)] == ["NC001"], text


MOSCOW = """\
version: 1
entries:
  - id: moscow
    kind: place
    be: Масква
    ru: Москва
    canonical: Moscow
    forms: {pl: Moskwa}
    note: The canonical is the English name.
  - id: kyiv
    kind: place
    be: Кіеў
    ru: Киев
    canonical: Kyiv
    variants: [Kiyev]
    note: The canonical is the English name.
"""


def test_the_native_name_of_a_place_the_house_calls_by_an_english_name_is_another_things(
        tmp_path):
    project = project_of(tmp_path, MOSCOW)
    # the cruiser, the river, the hotel: named after the city, not the city misspelt
    text = "The cruiser Moskva sank; the Moskva River froze; the Hotel Moskva burned.\n"
    assert project.check_text(text) == []
    # a listed variant, and another language's form, are still spellings of the place
    assert [f.suggestion for f in project.check_text("He moved from Kiyev to Moskwa.\n")
            if f.code == "NC001"] == ["Kyiv", "Moscow"]
    # after a preposition of place it is the place
    [finding] = project.check_text("The delegation flew to Moskva on Monday.\n")
    assert finding.suggestion == "Moscow"
    # and the look-up still knows the native name
    assert project.lookup("Moskva").entry == "moscow"


DEFENCE = """\
version: 1
entries:
  - id: defence-ministry
    kind: organization
    be: Міністэрства абароны
    ru: Министерство обороны
    canonical: Defence Ministry
    variants: [Ministry of Defence, Defence Minstry]
    note: The canonical is the house's English name.
"""


def test_the_house_forms_words_in_another_order_are_a_wording(tmp_path):
    project = project_of(tmp_path, DEFENCE)
    # often another country's ministry in reports on the border: no finding either way
    assert project.check_text("Soldiers were sent to the border, according to the Ministry of "
                              "Defence.\n") == []
    assert project.check_text("The Ministry of Defense said so.\n") == []
    # a misspelt word is still a variant
    [finding] = project.check_text("The Defence Minstry said so.\n")
    assert finding.suggestion == "Defence Ministry"


COLONY = """\
version: 1
entries:
  - id: navapolatsk-penal-colony
    kind: place
    be: Наваполацкая папраўчая калонія
    canonical: Navapolatsk penal colony
    variants: [Novopolotsk penal colony, Navapolatsk colony]
    note: The canonical is the house's English name.
  - id: belarusian-potash-company
    kind: organization
    be: [Беларуская калійная кампанія, БКК]
    ru: [Белорусская калийная компания, БКК]
    canonical: Belarusian Potash Company
    variants: [BPC, Belarus Potash Company]
"""


def test_the_house_form_with_lowercase_words_left_out_is_a_wording(tmp_path):
    project = project_of(tmp_path, COLONY)
    # (listed as a variant too: a wording of the house's words is no spelling to fix)
    assert project.check_text("It is not the first such case in Navapolatsk colony.\n") == []
    # a misspelt proper word is still a variant
    [finding] = project.check_text("It is not the first such case in Novopolotsk penal colony.\n")
    assert finding.suggestion == "Navapolatsk penal colony"


def test_a_firm_is_an_institution_word_that_makes_a_longer_name(tmp_path):
    project = project_of(tmp_path, COLONY)
    # the fix would write "Belarusian Potash Company Firm"
    assert project.check_text("They sold via the dealer Belarusian Potash Firm.\n") == []


BABROU = """\
version: 1
entries:
  - id: aliaksandr-babrou
    kind: person
    be: Аляксандр Баброў
    ru: Александр Бобров
    gender: male
"""


@pytest.mark.parametrize("text", ["Dinamo was placed in the Bobrov Division of the KHL.\n",
                                  "The Bobrov Trophy went to the champion.\n"])
def test_a_competitions_or_prizes_name_is_a_longer_name(tmp_path, text):
    # the Bobrov Division is named after a hockey player, not Aliaksandr Babrou
    project = project_of(tmp_path, BABROU)
    assert project.check_text(text) == []
    [finding] = project.check_text("Aleksandr Bobrov was jailed.\n")
    assert finding.suggestion == "Aliaksandr Babrou"


def test_a_second_spelling_in_square_brackets_is_given_on_purpose(tmp_path):
    project = project_of(tmp_path, BARYSAU)
    found = project.check_text("The parish in Borisov [Barysaw] in Minsk Region.\n")
    # the bracketed spelling is the document's gloss; the first is still its own spelling
    assert [(f.code, f.found) for f in found if f.code == "NC001"] == [("NC001", "Borisov")]


def test_a_handle_is_no_name(tmp_path):
    project = project_of(tmp_path, BARYSAU)
    assert project.check_text("Free them all. pic.twitter.com/abc —@Borisov\n") == []
    assert [f.code for f in project.check_text("He lives in Borisov.\n")] == ["NC001"]


KYIV = """\
version: 1
entries:
  - id: kyiv
    kind: place
    be: Кіеў
    ru: Киев
    canonical: Kyiv
    variants: [Kiev]
    note: The canonical is the English name.
  - id: brest-region
    kind: place
    be: Брэсцкая вобласць
    ru: Брестская область
    canonical: Brest Region
    note: The canonical is the house form.
"""


def test_a_neighbouring_places_other_spelling_is_a_variant_of_that_place(tmp_path):
    project = project_of(tmp_path, KYIV)
    [finding] = project.check_text("Kiev paused its contacts with Minsk.\n")
    assert finding.suggestion == "Kyiv"
    # a neighbouring place is still no spelling of a Belarusian one
    assert project.check_text("Troops gathered in the Bryansk Region.\n") == []


def test_a_place_in_a_historical_events_name_after_it_keeps_its_spelling(tmp_path):
    project = project_of(tmp_path, KYIV)
    assert project.check_text("He came to power after the Kiev Uprising of 1068.\n") == []
    [finding] = project.check_text("An uprising in Kiev followed in 1068.\n")
    assert finding.suggestion == "Kyiv"


SYMAN = """\
version: 1
entries:
  - id: aliaksandr-syman
    kind: person
    be: Аляксандр Сыман
    ru: Александр Сыман
    gender: male
    by_family_name: true
    note: A person reporting names by the family name alone.
"""


@pytest.mark.parametrize("text", [
    "Police searched the St. Symon and Alena Church in Minsk.\n",
    "Mass was said at the Church of Saint Symon.\n",
    "The feast of St Symon falls in May.\n",
    "Msza w kościele św. Symona.\n",
])
def test_a_name_after_a_word_for_a_saint_is_the_saints(tmp_path, text):
    assert project_of(tmp_path, SYMAN).check_text(text) == []


@pytest.mark.parametrize("text", [
    "The missile derives from the RS-26 Symon design.\n",
    "Two Su-25SM Symon jets flew over Lida.\n",
])
def test_a_name_after_a_models_designation_is_the_models(tmp_path, text):
    assert project_of(tmp_path, SYMAN).check_text(text) == []


def test_a_family_name_after_a_word_that_introduces_someone_new_is_someone_elses(tmp_path):
    project = project_of(tmp_path, SYMAN.replace("    by_family_name: true\n", ""))
    assert project.check_text("He rented a house from a merchant named Symon.\n") == []
    assert project.check_text("Er mietete ein Haus von einem Kaufmann namens Symon.\n") == []
    # "named" as a verb: the president names the person the glossary knows
    found = project.check_text("The president named Symon prime minister.\n")
    assert [(f.found, f.suggestion) for f in found] == [("Symon", "Syman")]
    # the document names the person in full: the family name alone is that person's
    found = project.check_text("Aliaksandr Syman spoke. A man called Symon then left.\n")
    assert [(f.found, f.suggestion) for f in found if f.code == "NC001"] == [("Symon", "Syman")]


def test_a_word_before_a_patronymic_and_a_family_name_is_a_given_name(tmp_path):
    # no likely misspelling of a family name: a Ukrainian king's given name, and patronymic
    # (which is also a glossary person's family name)
    project = project_of(tmp_path, SYMAN + """\
  - id: liudmila-ramanovich
    kind: person
    be: Людміла Рамановіч
    ru: Людмила Романович
    gender: female
""")
    assert project.check_text("The king (Ukr. Sayman Romanovych Halytski) sent troops.\n") == []
    [finding] = project.check_text("The king Sayman sent troops.\n")
    assert (finding.code, finding.suggestion) == ("NC002", "Syman")


def test_a_family_name_after_a_number_with_no_designation_is_still_the_persons(tmp_path):
    [finding] = project_of(tmp_path, SYMAN).check_text("On 26 May Symon was tried.\n")
    assert finding.suggestion == "Syman"


def test_a_family_name_after_a_title_is_still_the_persons(tmp_path):
    [finding] = project_of(tmp_path, SYMAN).check_text("Mr Symon declined to comment.\n")
    assert finding.suggestion == "Syman"


CHURCH_AND_PLANT = """\
version: 1
entries:
  - id: roman-catholic-diocese-of-pinsk
    kind: organization
    canonical: Roman Catholic Diocese of Pinsk
    variants: [Diocese of Pinsk]
  - id: maz
    kind: organization
    be: [Мінскі аўтамабільны завод, МАЗ]
    ru: [Минский автомобильный завод, МАЗ]
    canonical: MAZ
    note: The canonical is the company's own acronym.
  - id: balshavik
    kind: place
    be: Бальшавік
    ru: Большевик
    canonical: Balshavik
"""


def test_the_house_forms_last_words_are_a_wording(tmp_path):
    project = project_of(tmp_path, CHURCH_AND_PLANT)
    assert project.check_text("He served in the Diocese of Pinsk for years.\n") == []


THEATRE = """\
version: 1
entries:
  - id: yanka-kupala-national-theatre
    kind: organization
    be: Нацыянальны акадэмічны тэатр імя Янкі Купалы
    ru: Национальный академический театр имени Янки Купалы
    canonical: Yanka Kupala National Theatre
    variants: [Kupala Theatre, Kupalovsky Theatre]
"""


@pytest.mark.parametrize("text", ["We saw every premiere at the Kupala Theatre.\n",
                                  "The Kupala Theater actors did not disappoint.\n"])
def test_some_of_the_house_forms_words_in_its_order_are_a_wording(tmp_path, text):
    # Yanka and National left out: the document's shorter wording, even where the glossary
    # lists it as a variant; a word the house form lacks is still a variant
    project = project_of(tmp_path, THEATRE)
    assert project.check_text(text) == []
    [finding] = project.check_text("The Kupalovsky Theatre reopened.\n")
    assert finding.suggestion == "Yanka Kupala National Theatre"


def test_an_acronyms_romanization_written_as_a_word_is_no_name(tmp_path):
    project = project_of(tmp_path, CHURCH_AND_PLANT)
    # Maas comes near MAS, the German scheme's МАЗ, only as a word: Heiko Maas
    assert project.check_text("Germany's Heiko Maas spoke. Maas said more.\n") == []
    assert [f.code for f in project.check_text("The MAS trucks were sold.\n")] == ["NC001"]


def test_an_acronym_without_the_diacritics_of_a_listed_one_is_another(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: belarusian-association-of-journalists
    kind: organization
    be: Беларуская асацыяцыя журналістаў | БАЖ
    ru: Белорусская ассоциация журналистов | БАЖ
    canonical: Belarusian Association of Journalists
    variants: [BAJ, BAŻ]
""")
    # BAZ is the Bryansk plant's, no BAŻ; the letters as listed are the association's
    assert project.check_text("The army showed BAZ artillery tractors on parade.\n") == []
    assert [f.found for f in project.check_text("The BAŻ said two reporters were held.\n")
            if f.code == "NC001"] == ["BAŻ"]


# a country's name where the house form has its people's adjective, or back, is the name's
# own wording, no misspelling (the Belarus Cup is ice hockey's, the Belarusian Cup football's)
@pytest.mark.parametrize("text, expected", [
    ("The club won the Belarus Cup twice.\n", []),
    ("The club won the Belarusain Cup twice.\n", ["Belarusain Cup"]),
])
def test_a_country_for_its_peoples_adjective_is_no_misspelling(tmp_path, text, expected):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: belarusian-cup
    kind: other
    be: Кубак Беларусі
    ru: Кубок Беларуси
    canonical: Belarusian Cup
""")
    assert [f.found for f in project.check_text(text)] == expected


def test_a_movements_adjective_is_no_place(tmp_path):
    project = project_of(tmp_path, CHURCH_AND_PLANT)
    # Bolshevik is Большевик romanized, the Russian name of the town Balshavik
    assert project.check_text("The Bolshevik forces left Minsk in 1918.\n") == []


DONBAS = """\
version: 1
entries:
  - id: donbas
    kind: place
    be: Данбас
    ru: Донбасс
    canonical: Donbas
    variants: [Donbass]
    note: The canonical is the English name.
"""


def test_a_doubled_last_letter_is_no_plural(tmp_path):
    project = project_of(tmp_path, DONBAS)
    # Donbass is the name from Russian, not a plural of Donbas (that would be Donbases)
    [finding] = project.check_text("The war in Donbass began in 2014.\n")
    assert finding.suggestion == "Donbas"


INTERIOR_MINISTRY = """\
version: 1
entries:
  - id: interior-ministry
    kind: organization
    be: Міністэрства ўнутраных спраў
    ru: Министерство внутренних дел
    canonical: Interior Ministry
    variants: [Ministry of Internal Affairs]
    note: Belarus's ministry.
"""


@pytest.mark.parametrize("text", [
    "In the 1980s he served in the USSR Ministry of Internal Affairs.\n",
    "He trained with the Soviet Ministry of Internal Affairs.\n",
    "The Lithuanian Ministry of Internal Affairs refused.\n",
    "A letter came from Russia’s Ministry of Internal Affairs.\n",
])
def test_a_body_after_another_countrys_word_is_that_countrys(tmp_path, text):
    assert project_of(tmp_path, INTERIOR_MINISTRY).check_text(text) == []


@pytest.mark.parametrize("text", [
    "The Ministry of Internal Affairs said so.\n",
    "The Belarusian Ministry of Internal Affairs said so.\n",
])
def test_a_body_alone_or_after_belarus_word_is_belarus(tmp_path, text):
    [finding] = project_of(tmp_path, INTERIOR_MINISTRY).check_text(text)
    assert finding.suggestion == "Interior Ministry"


CLUBS = """\
version: 1
entries:
  - id: fc-shakhtyor-soligorsk
    kind: organization
    be: Шахцёр Салігорск
    ru: Шахтёр Солигорск
    canonical: FC Shakhtyor Soligorsk
    admitted: [Shakhtyor Soligorsk]
    variants: [FC Shakhtar Salihorsk]
  - id: ivan-tsertsel
    kind: person
    be: Іван Церцель
    ru: Иван Тертель
    canonical: Ivan Tsertsel
"""


def test_an_admitted_form_in_its_own_wordings_is_no_finding(tmp_path):
    project = project_of(tmp_path, CLUBS)
    # the admitted short name, and its two words the other way round (sports writing's
    # town-first order)
    assert project.check_text("Shakhtyor Soligorsk won at home.\n") == []
    assert project.check_text("BATE scored twice into Soligorsk Shakhtyor's net.\n") == []
    # a listed variant is still one
    [finding] = project.check_text("BATE scored twice into FC Shakhtar Salihorsk's net.\n")
    assert finding.code == "NC001"


def test_a_persons_two_names_swapped_are_not_a_wording(tmp_path):
    project = project_of(tmp_path, CLUBS)
    # a person's names in the other order spelled another way are still read as a spelling
    [finding] = project.check_text("Tertel Ivan signed the order.\n")
    assert finding.suggestion is not None and "Tsertsel" in finding.suggestion


def test_a_persons_name_with_a_lowercase_word_is_fixed_whole(tmp_path):
    checker = _small_checker(tmp_path, """\
  - id: cyril-of-turov
    kind: person
    be: Кірыла Тураўскі
    ru: Кирилл Туровский
    canonical: Cyril of Turov
    gender: male
""")
    # no role fits "of": the house form whole, never "Cyril Turov"
    assert findings(checker, "Saint Cyril Turovsky preached.\n") == [
        ("NC001", "Cyril Turovsky", "Cyril of Turov")]
    assert findings(checker, "SAINT CYRIL TUROVSKY PREACHED.\n") == [
        ("NC001", "CYRIL TUROVSKY", "CYRIL OF TUROV")]



# a family name alone that only comes near a person's, among places, is theirs only where the
# document names them
def test_a_word_among_places_near_the_family_name_of_someone_never_named_is_a_place(checker):
    assert findings(checker, "The bus stops in Karpiankuo on the way.\n") == []
    assert findings(checker, "It serves the villages of Vishnevka, Teslin Loza, Karpiankuo.\n") == []
    # a word for a settlement right before it, with no "of", says as much
    assert findings(checker, "The photos show the village Karpiankuo and its church.\n") == []
    assert findings(checker, "You will see the villages Vishnevka and Karpiankuo.\n") == []
    assert findings(checker, "Mikalai Karpiankou spoke. The bus stops in Karpiankuo.\n") == [
        ("NC002", "Karpiankuo", "Karpiankou")]
    # not among places, the near miss is still worth a look
    assert findings(checker, "The judge Karpiankuo spoke.\n") == [
        ("NC002", "Karpiankuo", "Karpiankou")]
    # named in another spelling, or with a possessive after the slip, still named
    assert findings(checker, "Nikolai Karpenkov spoke. Later Karpiankuo's car left.\n") == [
        ("NC001", "Nikolai Karpenkov", "Mikalai Karpiankou"), ("NC002", "Karpiankuo", "Karpiankou")]


# a facility's name that another name opens is that place's or person's facility
def test_a_facility_after_another_name_is_that_ones(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: minsk-sports-palace
    kind: place
    be: [Палац спорту, Мінскі палац спорту]
    ru: [Дворец спорта, Минский дворец спорта]
    canonical: Minsk Sports Palace
    variants: [Sports Palace, Palace of Sports]
    sources: [https://en.wikipedia.org/wiki/Minsk_Sports_Palace]
""")

    assert found_in(project, "The band played the Kyiv Palace of Sports in May.\n") == []
    assert found_in(project, "They played at the Lobanovskyi Palace of Sports in May.\n") == []
    # the document's own wording with the city
    assert found_in(project, "Dinamo played in the Minsk Palace of Sports then.\n") == []
    # alone, or after a common word, a title or at a line's start, it is the glossary's
    assert found_in(project, "Dinamo played in the Palace of Sports then.\n") == [
        ("NC001", "Palace of Sports", "Minsk Sports Palace")]
    assert found_in(project, "Dinamo played in Old Palace of Sports then.\n") == [
        ("NC001", "Palace of Sports", "Minsk Sports Palace")]
    assert found_in(project, "Minsk\nPalace of Sports is full.\n") == [
        ("NC001", "Palace of Sports", "Minsk Sports Palace")]


# a person known by one name alone (a grand duke's) is a given name before another name, and
# the two words are a stranger's name, which the family name alone goes on naming
def test_one_name_of_a_monarch_before_a_family_name_is_a_given_name(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: aliaksandr-sinitsa
    kind: person
    gender: male
    be: Аляксандр Сініца
    ru: Александр Синица
    canonical: Aliaksandr Sinitsa
    sources: [https://spring96.org/en]
  - id: vytautas
    kind: person
    gender: male
    be: Вітаўт
    ru: Витовт
    canonical: Vytautas
    variants: [Vitautas]
    sources: [https://en.wikipedia.org/wiki/Vytautas]
""")

    text = ("The rally was called by the Lithuanian MP Vitautas Sinica on Monday.\n\n"
            "Speaking there, Sinica said the office should close.\n")
    assert found_in(project, text) == []
    # alone, the family name is the glossary person's; alone, the one name is the monarch's
    assert found_in(project, "Speaking there, Sinica said the office should close.\n") == [
        ("NC001", "Sinica", "Sinitsa")]
    assert found_in(project, "The castle was built under Vitautas in 1400.\n") == [
        ("NC001", "Vitautas", "Vytautas")]


# an organisation quoted in Cyrillic text by its own name, half in Latin letters, is its own
# name; a likely misspelling in the other script is another language's word
def test_a_quoted_outlet_in_cyrillic_text_and_a_latin_word_there(tmp_path, checker):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: sputnik-belarus
    kind: organization
    ru: Спутник Беларусь
    canonical: Sputnik Belarus
    sources: [https://sputnik.by]
""")
    text = "Как сообщает издание «Sputnik Беларусь», выступление закончилось быстро.\n"
    assert [f.code for f in project.check_text(text, language="ru")] == []
    # a commenter's name in Latin letters under a Belarusian article
    text = "Каментары\n\n  • Karpiankuo\n    Шахцёр пакаралі за тое, што ўсунуўся і перашкодзіў.\n"
    assert findings(checker, text, language="be") == []
    assert findings(checker, "The commenter Karpiankuo wrote again.\n") == [
        ("NC002", "Karpiankuo", "Karpiankou")]


# a reference's author, title and place of publication are the book's own words
def test_a_reference_cites_a_book_by_its_own_words(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: kastus-kalinouski
    kind: person
    gender: male
    be: Кастусь Каліноўскі
    ru: Кастусь Калиновский
    canonical: Kastus Kalinouski
    variants: [Konstanty Kalinowski, Kastus Kalinowski]
    sources: [https://en.wikipedia.org/wiki/Konstanty_Kalinowski]
""")
    text = "The leading study is W. Kordowicz, Konstanty Kalinowski, Warszawa 1955.\n"
    assert found_in(project, text) == []
    assert found_in(project, "Konstanty Kalinowski led the rising of 1863.\n") == [
        ("NC001", "Konstanty Kalinowski", "Kastus Kalinouski")]


# a second spelling of a name the glossary lacks, given after a label, is given on purpose: no
# NC004 (as for a name the glossary knows)
def test_a_labelled_spelling_of_a_name_the_glossary_lacks_is_no_second_spelling(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: mahiliou
    kind: place
    be: Магілёў
    ru: Могилёв
    canonical: Mahiliou
    sources: [https://example.org/mahiliou]
""")
    text = "Žyłunovič Źmicier (also spelled Zhylunovich Zmicier), a writer, was born in 1887.\n"
    assert found_in(project, text) == []
    text = "Žyłunovič Źmicier, a writer, was born in 1887. Zhylunovich Zmicier died in 1937.\n"
    assert [code for code, *_ in found_in(project, text)] == ["NC004"]


# a house form after another language's abbreviated label ("ang." for English) is given on
# purpose: it says nothing of how a Polish text writes the name itself
def test_a_house_form_after_an_abbreviated_language_label_is_given_on_purpose(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: khatyn
    kind: place
    be: Хатынь
    ru: Хатынь
    canonical: Khatyn
    variants: [Chatyń]
    sources: [https://example.org/khatyn]
""")
    text = ("Los wsi Chatyń, w której mieszkali Białorusini i Polacy, stał się symbolem zbrodni "
            "przez lata. Propaganda opowiadała o Chatyniu (ang. Khatyn).\n")
    assert found_in(project, text) == []
    text = ("Los wsi Chatyń, w której mieszkali Białorusini i Polacy, stał się symbolem zbrodni "
            "przez lata. Propaganda opowiadała o Chatyniu, a muzeum Khatyn stoi do dziś.\n")
    assert ("NC001", "Chatyń", "Khatyn") in found_in(project, text)


# a family name several entries share, written in the other script than the text's, is an
# original (an infobox's Cyrillic lines under an English heading), no spelling to fix
SAKALOUS = """\
version: 1
entries:
  - id: pavel-sakalou
    kind: person
    gender: male
    be: Павел Сакалоў
    ru: Павел Соколов
    sources: [https://example.org/pavel]
  - id: siarhei-sakalou
    kind: person
    gender: male
    be: Сяргей Сакалоў
    ru: Сергей Соколов
    sources: [https://example.org/siarhei]
"""


def test_a_shared_family_name_in_the_other_script_is_an_original(tmp_path):
    project = project_of(tmp_path, SAKALOUS)
    text = ("Yefrem Sokolov\n\nЕфрем Соколов\nЯфрэм Сакалоў\n"
            "First Secretary of the Communist Party of Byelorussia from 1987 to 1990.\n")
    assert found_in(project, text) == []
    text = "First Secretary of the party from 1987 was Sokolov, who said little.\n"
    assert found_in(project, text) == [("NC001", "Sokolov", "Sakalou")]


# a family name alone, misspelt, is the misspelling of the one person of that family name the
# document names in full, not of the look-up's first pick among namesakes
def test_a_misspelt_family_name_alone_is_of_the_person_the_document_names(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: andrei-pazniak
    kind: person
    gender: male
    be: Андрэй Пазняк
    ru: Андрей Позняк
    sources: [https://example.org/andrei]
  - id: zianon-pazniak
    kind: person
    gender: male
    be: Зянон Пазняк
    ru: Зенон Позняк
    sources: [https://example.org/zianon]
""")
    text = "The congress elected Zianon Pazniak again. Later Pazdnyak spoke by video.\n"
    (found,) = project.check_text(text)
    assert (found.code, found.found, found.suggestion, found.entry) == (
        "NC002", "Pazdnyak", "Pazniak", "zianon-pazniak")
    assert "Zianon Pazniak" in found.message
    (found,) = project.check_text("Later Mr Pazdnyak spoke by video.\n")   # nobody named
    assert found.entry == "andrei-pazniak"


# a word alone as an item of a list (a gazetteer's villages) is no likely misspelling of a
# name the glossary knows: nothing around it says so; a variant there is still fixed
def test_a_list_item_alone_is_no_likely_misspelling(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: loshytsa
    kind: place
    be: Лошыца
    ru: Лошица
    canonical: Loshytsa
    variants: [Loshitsa]
    sources: [https://example.org/loshytsa]
""")
    text = "Agro-towns of the region:\n- Loshnitsa\n- Kosawka\n- Loshitsa\n"
    assert found_in(project, text) == [("NC001", "Loshitsa", "Loshytsa")]
    assert found_in(project, "The park at Loshnitsa is old.\n") == [
        ("NC002", "Loshnitsa", "Loshytsa")]


# a likely misspelling of a person's name that goes on from another given name, or that a
# word introduces as someone new, is another person's name
def test_a_near_miss_after_another_given_name_or_an_introducer_is_someone_else(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: felix-dzerzhinsky
    kind: person
    gender: male
    be: Фелікс Дзяржынскі
    ru: Феликс Дзержинский
    canonical: Felix Dzerzhinsky
    sources: [https://example.org/felix]
  - id: piotr-masherau
    kind: person
    gender: male
    be: Пётр Машэраў
    ru: Пётр Машеров
    canonical: Piotr Masherau
    sources: [https://example.org/masherau]
""")
    text = "The arrangement was edited by Ignacy Feliks Dobrzyński in Warsaw.\n"
    assert found_in(project, text) == []
    text = "The arrangement was edited by Feliks Dobrzyński in Warsaw.\n"
    assert [code for code, *_ in found_in(project, text)] == ["NC002"]
    # a second given name may stand between
    text = "He took violin lessons with Ignacy Mane Dobrzyński in Warsaw.\n"
    assert found_in(project, text) == []
    text = "By legend he descended from a French soldier surnamed Macheraut.\n"
    assert found_in(project, text) == []
    assert [code for code, *_ in found_in(project, "The historian Macheraut spoke first.\n")
            ] == ["NC002"]


# a family name joined by an ampersand to another capitalised word is a firm's name, as
# registered; the person named alone is still fixed
def test_a_family_name_in_a_firms_name_is_the_firms(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: dzmitry-laeuski
    kind: person
    gender: male
    be: Дзмітрый Лаеўскі
    ru: Дмитрий Лаевский
    canonical: Dzmitry Laeuski
    variants: [Laevski]
    sources: [https://example.org/laeuski]
""")
    assert found_in(project, "The letter came from Laevski & Partners in Minsk.\n") == []
    assert found_in(project, "The firm Smith & Laevski wrote again.\n") == []
    assert found_in(project, "The lawyer Laevski wrote again.\n") == [
        ("NC001", "Laevski", "Laeuski")]


# a name the glossary lacks, written in the other script than the page's (an infobox's Russian
# and Belarusian originals under an English heading), is an original: no NC004 between them
def test_originals_of_a_name_the_glossary_lacks_are_no_second_spelling(tmp_path):
    project = project_of(tmp_path, SAKALOUS + """\
  - id: yafrem-sakalou
    kind: person
    gender: male
    be: Яфрэм Сакалоў
    ru: Ефрем Соколов
    variants: [Yefrem Sokolov]
    sources: [https://example.org/yafrem]
""")
    text = ("Yefrem Sokolov\n\nЕфрем Соколов\nЯфрэм Сакалоў\n"
            "First Secretary of the Communist Party from 1987 to 1990.\n")
    assert found_in(project, text) == [("NC001", "Yefrem Sokolov", "Yafrem Sakalou")]


# a Polish text that writes the house family name with its own given name keeps it, in either
# order ("Budny Szymon" in an encyclopedia's heading, where the glossary has Symon Budny)
def test_the_house_family_name_with_a_polish_given_name_in_either_order(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: symon-budny
    kind: person
    gender: male
    be: Сымон Будны
    ru: Симон Будный
    canonical: Symon Budny
    variants: [Szymon Budny]
    sources: [https://example.org/budny]
""")
    text = ("Budny Szymon, słynny pastor kalwiński, urodził się na Litwie. Budny został "
            "pastorem w Klecku i tam też wydał swój katechizm, który był jego pierwszą "
            "książką.\n")
    assert found_in(project, text) == []


# an author an in-text citation names is spelled as the work cited prints it; a place before a
# year in brackets (a caption's) is still the place's
def test_an_author_a_citation_names_keeps_the_works_spelling(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: tsikhan-charniakevich
    kind: person
    gender: male
    be: Ціхан Чарнякевіч
    ru: Тихон Черникевич
    canonical: Tsikhan Charniakevich
    variants: [Chernjakevich]
    sources: [https://example.org/charniakevich]
  - id: mahiliou
    kind: place
    be: Магілёў
    ru: Могилёв
    canonical: Mahiliou
    variants: [Mogilev]
    sources: [https://example.org/mahiliou]
""")
    text = "The reform drew new studies on its centenary (Chernjakevich, 2018; Ivanou 2019).\n"
    assert found_in(project, text) == []
    assert found_in(project, "Chernjakevich wrote about the reform in 2018.\n") == [
        ("NC001", "Chernjakevich", "Charniakevich")]
    assert found_in(project, "The square was full (Mogilev, 2020).\n") == [
        ("NC001", "Mogilev", "Mahiliou")]


# two names that differ in a quarter of the compass are two names, never one misspelt
def test_another_quarter_of_the_compass_is_another_name(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: western-belarus
    kind: place
    be: Заходняя Беларусь
    ru: Западная Белоруссия
    canonical: Western Belarus
    variants: [West Belarus]
    sources: [https://en.wikipedia.org/wiki/West_Belarus]
  - id: south-asia
    kind: place
    canonical: South Asia
    forms: {de: Südasien}
    sources: [https://en.wikipedia.org/wiki/South_Asia]
""")
    text = "The party wanted to unite the peasants of West Belarus and East Belarus.\n"
    assert found_in(project, text) == [("NC001", "West Belarus", "Western Belarus")]
    assert found_in(project, "Eastern Belarus was Soviet then.\n") == []
    text = "Die Stadt liegt im Südosten des Landes am Fluss.\n"
    assert [f.code for f in project.check_text(text, language="de")] == []


# a family by its name: "the Bielskis" after a Bielski the document names
def test_a_family_by_the_name_the_document_uses(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: aliaksandr-belski
    kind: person
    gender: male
    be: Аляксандр Бельскі
    ru: Александр Бельский
    variants: [Aleksandr Belsky, Alexander Belsky]
    sources: [https://spring96.org/en]
""")
    text = ("Tuvia Zelman Bielski led the group from 1942.\n\n"
            "By the winter there were 300 people with the Bielskis in the forest.\n")
    assert [f.code for f in project.check_text(text)] == []
    # a misspelling written alone stays one, of a person reporting names alone (attested
    # spellings), its plural's s kept in the fix
    text = "By the winter the Bielskis were in the forest.\n"
    assert found_in(project, text) == [
        ("NC002", "Bielskis", "Belskis")]


# a heading's last word and the next line's first are no name in another order
def test_words_on_two_lines_in_another_order_are_no_name(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: mickiewicz-mound
    kind: place
    be: Курган Адама Міцкевіча
    ru: Курган Адама Мицкевича
    canonical: Mickiewicz Mound
    forms: {pl: Kopiec Mickiewicza}
    sources: [https://be.wikipedia.org/wiki/Курган_Бессмяротнасці]
""")
    text = "Pomnik Adama Mickiewicza\nKopiec stoi obok, na wzgórzu nad miastem.\n"
    assert [f.code for f in project.check_text(text, language="pl")] == []
    # on one line the words in another order are still the name
    assert [f.code for f in project.check_text("To jest Mickiewicza Kopiec.\n",
                                               language="pl")] == ["NC001"]


# a place's name of two words or more quoted is that place; quoted before a word that says
# what it titles it is a title
def test_a_quoted_name_of_several_words_is_the_place_unless_it_titles_something(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: kavalskaya-slabada
    kind: place
    be: Кавальская Слабада
    ru: Ковальская Слобода
    canonical: Kavalskaya Slabada
    variants: [Kovalskaya Sloboda]
    sources: [https://en.wikipedia.org/wiki/Minsk_Metro]
  - id: minsk
    kind: place
    be: Мінск
    ru: Минск
    canonical: Minsk
    variants: [Minsk]
    sources: [https://en.wikipedia.org/wiki/Minsk]
""")
    text = 'The first stations ("Kovalskaya Sloboda" and two others) opened in 2020.\n'
    assert found_in(project, text) == [("NC001", "Kovalskaya Sloboda", "Kavalskaya Slabada")]
    text = 'The "Kovalskaya Sloboda" festival opened in 2020.\n'
    assert found_in(project, text) == []


# a label in another language gives a spelling on purpose: "pisownia rosyjska"
def test_a_spelling_labelled_in_polish_is_given_on_purpose(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: vasil-bykau
    kind: person
    gender: male
    be: Васіль Быкаў
    ru: Василь Быков
    canonical: Vasil Bykau
    forms: {pl: Wasil Bykau}
    variants: [Wasil Bykow]
    sources: [https://en.wikipedia.org/wiki/Vasil_Bykaŭ]
""")
    text = "Pisarz, czasem używana jest pisownia rosyjska Wasil Bykow, urodził się w 1924.\n"
    assert [f.code for f in project.check_text(text, language="pl")] == []
    text = "Pisarz Wasil Bykow urodził się w 1924 roku we wsi pod Witebskiem.\n"
    assert [f.code for f in project.check_text(text, language="pl")] == ["NC001"]


# a near miss in brackets right after a name is that one's other name: Yanka Kupala (Ivan
# Lutsevich), his birth name, is no misspelt Ivan Lutskevich
def test_a_near_miss_glossing_a_name_in_brackets_is_its_other_name(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: ivan-lutskevich
    kind: person
    gender: male
    be: Іван Луцкевіч
    ru: Иван Луцкевич
    sources: [https://en.wikipedia.org/wiki/Ivan_Lutskevich]
""")
    text = "In 1925 the council named Yanka Kupala (Ivan Lutsevich) a People's Poet.\n"
    assert found_in(project, text) == []
    assert found_in(project, "In 1925 Ivan Lutsevich was named a People's Poet.\n") == [
        ("NC002", "Ivan Lutsevich", "Ivan Lutskevich")]


# an initial glued to the family name by its full stop keeps its letter in the fix
def test_an_initial_glued_to_the_family_name_keeps_its_letter(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: zianon-pazniak
    kind: person
    gender: male
    be: Зянон Пазьняк
    ru: Зенон Позняк
    canonical: Zianon Pazniak
    variants: [Zenon Pozniak]
    sources: [https://en.wikipedia.org/wiki/Zianon_Pazniak]
""")
    assert found_in(project, "The editor and Z.Pozniak, its chairman, spoke.\n") == [
        ("NC001", "Z.Pozniak", "Z.Pazniak")]
    assert found_in(project, "The editor and Z.Pazniak, its chairman, spoke.\n") == []


# a name inside another language's compound is written that language's way
def test_a_name_in_a_german_compound_is_the_german_spelling(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: yanka-kupala
    kind: person
    gender: male
    be: Янка Купала
    ru: Янка Купала
    canonical: Yanka Kupala
    variants: [Janka Kupala]
    sources: [https://en.wikipedia.org/wiki/Yanka_Kupala]
""")
    text = "Er studierte an der Janka-Kupala-Universität in der Stadt.\n"
    assert [f.code for f in project.check_text(text, language="de")] == []
    assert found_in(project, "In English text he read Janka-Kupala every day.\n") == [
        ("NC001", "Janka-Kupala", "Yanka-Kupala")]


# a Belarusian family name is no misspelling of a Baltic one, nor the reverse; initials that
# fit nobody's given name in the entry make a family name alone another person's
def test_a_baltic_name_and_initials_of_another_person(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: rihards-kozlovskis
    kind: person
    gender: male
    be: Рыхардс Казлоўскіс
    ru: Рихардс Козловскис
    canonical: Rihards Kozlovskis
    sources: [https://en.wikipedia.org/wiki/Rihards_Kozlovskis]
  - id: uladzislau-auchynnikau
    kind: person
    gender: male
    be: Уладзіслаў Аўчыннікаў
    ru: Владислав Овчинников
    sources: [https://spring96.org/en]
""")
    text = "The court ordered them to pay the officers Kazlouski and Rakhunok.\n"
    assert found_in(project, text) == []
    assert found_in(project, "The minister Kozlovskys said so.\n") == [
        ("NC001", "Kozlovskys", "Kozlovskis")]
    assert found_in(project, "The choir was led by O.N. Ovchinnikov, its director.\n") == []
    text = 'He was close to Oleg "Botsman" Ovchinnikov, a commander.\n'
    assert found_in(project, text) == []
    text = 'He was close to Uladzislau "Vlad" Ovchinnikov, a commander.\n'
    assert found_in(project, text) == [("NC001", "Ovchinnikov", "Auchynnikau")]
    assert found_in(project, "The officer V. Ovchinnikov was sentenced.\n") == [
        ("NC001", "V. Ovchinnikov", "U. Auchynnikau")]
    # initials in an editor's square brackets
    text = "On the orders of Comrade [O. N.] Ovchinnikov [then a commissar] it was sent.\n"
    assert found_in(project, text) == []
    # a given name glued to an infobox's label
    assert found_in(project, "Preceded byOleg Ovchinnikov\n") == []
    assert found_in(project, "Preceded byVlad Ovchinnikov\n") == [
        ("NC001", "Ovchinnikov", "Auchynnikau")]
    # two initials: the first is the given name's, the second the patronymic's
    assert found_in(project, "The catalogue lists O. V. Ovchinnikov as its editor.\n") == []
    assert found_in(project, "The catalogue lists V. O. Ovchinnikov as its editor.\n") == [
        ("NC001", "Ovchinnikov", "Auchynnikau")]
    # an initial after a given name is the patronymic's: the name opens at the given name,
    # the person's own (his patronymic the glossary does not give) or someone else's
    assert found_in(project, "The catalogue lists Uladzislau I. Ovchinnikov as its editor.\n") == []
    assert found_in(project, "The catalogue lists Ivan V. Ovchinnikov as its editor.\n") == []


# an adjectival family name (-sky, -ski, -skaya) and a noun's (-ka, -enko) are two names
def test_an_adjectival_family_name_beside_a_nouns(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: dzmitry-palienka
    kind: person
    gender: male
    be: Дзмітрый Паліенка
    ru: Дмитрий Полиенко
    canonical: Dzmitry Palienka
    sources: [https://spring96.org/en]
""")
    assert found_in(project, "The envoy Dmitry Polyansky told the council so.\n") == []
    assert found_in(project, "The activist Dmitry Palinka was fined.\n") == [
        ("NC002", "Dmitry Palinka", "Dzmitry Palienka")]


# a name whose sentence the next is glued to by its full stop is a name of prose, no address
def test_a_name_before_a_glued_sentence(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: aliaksandr-turchyn
    kind: person
    gender: male
    be: Аляксандр Турчын
    ru: Александр Турчин
    sources: [https://en.wikipedia.org/wiki/Alexander_Turchin]
""")
    text = "The list also named the governor Aleksandr Turchin.The sanctions hit media too.\n"
    assert found_in(project, text) == [("NC001", "Aleksandr Turchin", "Aliaksandr Turchyn")]
    # a dotted token is an address, its words no names of prose
    assert found_in(project, "Read the Aleksandr.Turchin page.\n") == []


# a family name several people share, in brackets after one of them named in full, is that
# one's name in another spelling, given on purpose
def test_a_shared_family_name_in_brackets_after_its_person(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: andrei-dzmitryeu
    kind: person
    gender: male
    be: Андрэй Дзмітрыеў
    ru: Андрей Дмитриев
    sources: [https://en.wikipedia.org/wiki/Andrei_Dmitriev]
  - id: dzmitry-dzmitryeu
    kind: person
    gender: male
    be: Дзмітрый Дзмітрыеў
    ru: Дмитрий Дмитриев
    sources: [https://spring96.org/en]
""")
    text = "The court sentenced Andrei Dzmitryeu (Dmitriev) to three years.\n"
    assert found_in(project, text) == []
    [(code, found, fix)] = found_in(project, "The court sentenced Dmitriev to three years.\n")
    assert (code, found, fix) == ("NC001", "Dmitriev", "Dzmitryeu")


# a line of Russian between the lines of an English page is read as Russian: its names are
# no English spellings to fix
def test_a_russian_line_in_an_english_page(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: anatol-krasouski
    kind: person
    gender: male
    be: Анатоль Красоўскі
    ru: Анатолий Красовский
    canonical: Anatol Krasouski
    sources: [https://en.wikipedia.org/wiki/Anatoly_Krasovsky]
  - id: ivan-krasouski
    kind: person
    gender: male
    be: Іван Красоўскі
    ru: Иван Красовский
    sources: [https://spring96.org/en]
""")
    text = ("The vote was due in 1999.\n\n"
            "Зачем был нужен пистолет? Двадцать лет назад пропал Красовский\n"
            "According to the report, the businessman Anatoly Krasovsky vanished that year.\n")
    assert [(c, f) for c, f, _ in found_in(project, text)] == [("NC001", "Anatoly Krasovsky")]


# a title quoted among more words in Polish or German text keeps its own words; the place's
# English name alone in that text is still given that language's form
def test_a_quoted_title_in_another_languages_text(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: poland
    kind: place
    be: Польшча
    ru: Польша
    canonical: Poland
    forms: {pl: Polska, de: Polen}
    sources: [https://en.wikipedia.org/wiki/Poland]
""")
    text = "Ministerstwo uruchamia program „Poland. Business Harbour” dla firm z Białorusi.\n"
    assert [f.code for f in project.check_text(text, language="pl")] == []
    text = "Ministerstwo mówi, że Poland przyjmie fachowców z Białorusi w tym roku.\n"
    assert [(f.code, f.suggestion) for f in project.check_text(text, language="pl")] == [
        ("NC001", "Polska")]


# a person's family name alone among places, where the document names that person nowhere
# in full, is a place of that name (the town of Osypovych is no Ivan Asipovich)
def test_a_persons_family_name_alone_among_places_is_a_place(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: ivan-asipovich
    kind: person
    gender: male
    be: Іван Асіповіч
    ru: Иван Осипович
    sources: [https://spring96.org/en/news/114033]
  - id: aliaksandr-lukashenka
    kind: person
    gender: male
    be: Аляксандр Лукашэнка
    ru: Александр Лукашенко
    by_family_name: true
    sources: [https://en.wikipedia.org/wiki/Alexander_Lukashenko]
  - id: dzmitry-lukashenka
    kind: person
    gender: male
    be: Дзмітрый Лукашэнка
    ru: Дмитрий Лукашенко
    sources: [https://en.wikipedia.org/wiki/Alexander_Lukashenko]
""")
    assert found_in(project, "The camp was built in the town of Osipovich last year.\n") == []
    assert found_in(project, "Trains stop in Osipovich, Babruisk and Mahiliou.\n") == []
    # named in full, the family name alone goes on naming him, among places or not
    assert found_in(project, "Ivan Osipovich was jailed. A letter from Osipovich came.\n") == [
        ("NC001", "Ivan Osipovich", "Ivan Asipovich"), ("NC001", "Osipovich", "Asipovich")]
    # not among places: the person; nor after a preposition a person may follow
    assert found_in(project, "The activist Osipovich was jailed in May.\n") == [
        ("NC001", "Osipovich", "Asipovich")]
    assert found_in(project, "The money went to Osipovich, the court said.\n") == [
        ("NC001", "Osipovich", "Asipovich")]
    # a family name that means one person by itself is that person anywhere
    assert found_in(project, "The ministers flew to Lukashenko on Monday.\n") == [
        ("NC001", "Lukashenko", "Lukashenka")]


# a spelling labelled as some language's spelling is given on purpose: "(Polish spelling
# Rzecz Pospolita)" names the state, not the newspaper whose name it resembles
def test_a_spelling_labelled_as_a_languages_spelling_is_given_on_purpose(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: rzeczpospolita-newspaper
    kind: organization
    canonical: Rzeczpospolita
    variants: [Rzecz Pospolita]
    sources: [https://en.wikipedia.org/wiki/Rzeczpospolita_(newspaper)]
""")
    assert found_in(project, "The town was part of the Commonwealth (Polish spelling Rzecz "
                             "Pospolita) until 1772.\n") == []
    assert found_in(project, "The daily Rzecz Pospolita reported the arrest.\n") == [
        ("NC001", "Rzecz Pospolita", "Rzeczpospolita")]


# a branch of the economy after the first words of a body's name is a name of its own
# ("Belarusian Oil Industry" is no Belarusian Oil Company); a unit of the Russian Empire
# after a place keeps the spelling of its time in lowercase too ("Kharkov governorate")
def test_an_industry_and_a_lowercase_governorate_make_longer_names(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: belarusian-oil-company
    kind: organization
    canonical: Belarusian Oil Company
    ru: Белорусская нефтяная компания
    variants: [Belarusian Oil]
    sources: [https://en.wikipedia.org/wiki/Belarusian_Oil_Company]
  - id: kharkiv
    kind: place
    canonical: Kharkiv
    ru: Харьков
    variants: [Kharkov]
    sources: [https://en.wikipedia.org/wiki/Kharkiv]
""")
    assert found_in(project, "Belarusian Oil Industry Suffers From US Sanctions\n") == []
    assert found_in(project, "Belarusian Oil has sold less diesel this year.\n") == [
        ("NC001", "Belarusian Oil", "Belarusian Oil Company")]
    assert found_in(project, "He came from a peasant family of Kharkov governorate.\n") == []
    assert found_in(project, "He came from a peasant family near Kharkov in 1902.\n") == [
        ("NC001", "Kharkov", "Kharkiv")]



# a partisan or army unit named with a place's word is the unit's own name, in lowercase too
@pytest.mark.parametrize("text, expected", [
    ("The family joined the Oktyabrski detachment in the forest.\n", []),
    ("Fighters of the Oktyabrski brigade crossed the river.\n", []),
    ("The village of Oktyabrski lies to the south.\n", [("NC001", "Oktyabrski", "Aktsiabrski")]),
    # a person's name before the word is the person's, spelled the house's way
    ("Volunteers joined the Kalinowski regiment in 2022.\n",
     [("NC001", "Kalinowski", "Kalinouski")]),
])
def test_a_forces_unit_named_with_a_places_word_is_its_own_name(tmp_path, text, expected):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: aktsiabrski
    kind: place
    be: Акцябрскі
    ru: Октябрьский
    canonical: Aktsiabrski
    variants: [Oktyabrski]
    sources: [https://en.wikipedia.org/wiki/Aktsyabrski]
  - id: kastus-kalinouski
    kind: person
    gender: male
    be: Кастусь Каліноўскі
    ru: Кастусь Калиновский
    canonical: Kastus Kalinouski
    variants: [Kastus Kalinowski]
    sources: [https://en.wikipedia.org/wiki/Konstanty_Kalinowski]
""")
    assert found_in(project, text) == expected


# a person whose family name is a word (Заря, dawn) and a town
ZARIA_AND_HOMEL = """\
version: 1
entries:
  - id: alena-zaria
    kind: person
    gender: female
    be: Алена Зара
    ru: Алёна Заря
    canonical: Alena Zaria
    variants: [Alena Zarya]
    sources: [https://example.org/zaria]
  - id: homel
    kind: place
    be: Гомель
    ru: Гомель
    canonical: Homel
    variants: [Gomel]
    sources: [https://en.wikipedia.org/wiki/Gomel]
"""


# a farm's word after a name that is no place's: the farm's own name; a place's still fixed
@pytest.mark.parametrize("text, expected", [
    ("The minister praised the Zarya collective farm for its harvest.\n", []),
    ("Milk from the Zarya kolkhoz went to the dairy.\n", []),
    ("Zarya spoke to the minister about the harvest.\n", [("NC001", "Zarya", "Zaria")]),
    ("Milk from the Gomel farm went to the dairy.\n", [("NC001", "Gomel", "Homel")]),
])
def test_a_farms_word_after_a_persons_name_makes_the_farms_own_name(tmp_path, text, expected):
    project = project_of(tmp_path, ZARIA_AND_HOMEL)
    assert found_in(project, text) == expected


# a street's word after a person's name, or before it, names the street after the person: the
# street's own spelling; a place's name before it is still the place's
@pytest.mark.parametrize("text, expected", [
    ("The church at 72 Zarya Street was pulled down.\n", []),
    ("They marched along Zarya Avenue to the square.\n", []),
    ("He rented a flat on vulitsa Zarya in the centre.\n", []),
    ("Дом на вуліцы Заря ўзвялі ў 1970 годзе, а школу на вуліцы Леніна.\n", []),
    ("Zarya spoke at the rally on Sunday.\n", [("NC001", "Zarya", "Zaria")]),
    ("The Gomel Street market reopened.\n", [("NC001", "Gomel", "Homel")]),
])
def test_a_streets_word_by_a_persons_name_makes_the_streets_own_name(tmp_path, text, expected):
    project = project_of(tmp_path, ZARIA_AND_HOMEL)
    assert found_in(project, text) == expected


# a quoted title a maker's credit follows is a work's: its words keep the release's spelling
@pytest.mark.parametrize("text, expected", [
    ('Films of the time: "Konstantin Zaslonov" (directed by V. Korsh-Sablin, 1949).\n', []),
    ('Then came “I’m Konstantin Zaslonov” (dir. B. Stepanov, 1969) at last.\n', []),
    # quotation marks counted from the line's start, however far back its titles open
    ('Films: "Red Leaves" (directed by V. Korsh-Sablin, 1958), "Moscow-Genoa" (directed by '
     'V. Korsh-Sablin, P. Armand, A. Speshnev, 1964), "I’m Konstantin Zaslonov" (directed by '
     'B. Stepanov, 1969).\n', []),
    ('Konstantin Zaslonov led partisans near Orsha.\n',
     [("NC001", "Konstantin Zaslonov", "Kanstantsin Zaslonau")]),
    ('The hero "Konstantin Zaslonov" (a partisan) fell in 1942.\n',
     [("NC001", "Konstantin Zaslonov", "Kanstantsin Zaslonau")]),
])
def test_a_quoted_title_with_a_makers_credit_keeps_its_words(tmp_path, text, expected):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: kanstantsin-zaslonau
    kind: person
    gender: male
    be: Канстанцін Заслонаў
    ru: Константин Заслонов
    canonical: Kanstantsin Zaslonau
    variants: [Konstantin Zaslonov]
    sources: [https://en.wikipedia.org/wiki/Konstantin_Zaslonov]
""")
    assert found_in(project, text) == expected


# a longer name may hold one "and" before its institution word
@pytest.mark.parametrize("text, expected", [
    ("Tours of the Polesie Radiation and Ecological Reserve resumed.\n", []),
    ("Tours of Polesie and the Pripyat valley resumed.\n", [("NC001", "Polesie", "Palesse")]),
])
def test_a_longer_name_with_and_keeps_its_place_word(tmp_path, text, expected):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: palesse
    kind: place
    be: Палессе
    ru: Полесье
    canonical: Palesse
    variants: [Polesie]
    sources: [https://en.wikipedia.org/wiki/Polesia]
""")
    assert found_in(project, text) == expected


# a parenthesis giving under a language's label an original that is none of the entry's:
# the name before it is something else's (a lake's), no variant nor misspelling of the entry
# (the entry's own original keeps a variant one: "Mogilev (Belarusian: Магілёў)" above)
@pytest.mark.parametrize("text, expected", [
    # (a real lake, Batoryn, is now also no misspelling by its shape: a possessive suffix)
    ("The group includes the lakes Miastra and Batorya (Belarusian: Баторыя).\n", []),
    # without it, where the king is named, a near miss of his name is one to look at
    ("The lakes are Miastra, Batorya and Blednaje; Stephen Báthory hunted there.\n",
     [("NC002", "Batorya", "Báthory")]),
])
def test_a_name_before_anothers_labelled_original_is_not_the_entrys(tmp_path, text, expected):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: stephen-bathory
    kind: person
    gender: male
    be: Стэфан Баторый
    ru: Стефан Баторий
    canonical: Stephen Báthory
    variants: [Stefan Batory]
    sources: [https://en.wikipedia.org/wiki/Stephen_B%C3%A1thory]
""")
    assert found_in(project, text) == expected


# a fix says its place once: after the place's possessive ("Minsk’s"), the canonical's
# "of Minsk" is left out of the fix
def test_a_fix_after_its_places_possessive_leaves_the_place_out(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: frunzenski-district-administration-minsk
    kind: organization
    canonical: Frunzenski District Administration of Minsk
    be: Адміністрацыя Фрунзенскага раёна Мінска
    ru: Администрация Фрунзенского района Минска
    variants: [Frunze District Administration]
    sources: [https://en.wikipedia.org/wiki/Minsk]
""")
    assert found_in(project, "The head of Minsk’s Frunze District Administration spoke.\n") == [
        ("NC001", "Frunze District Administration", "Frunzenski District Administration")]
    assert found_in(project, "The head of the Frunze District Administration spoke.\n") == [
        ("NC001", "Frunze District Administration",
         "Frunzenski District Administration of Minsk")]
    fixed = project.fix_text("The head of Minsk's Frunze District Administration spoke.\n")
    assert fixed == "The head of Minsk's Frunzenski District Administration spoke.\n"


# a short name's fix stays short: without a capitalised descriptor (Landscape Reserve) or the
# town the name is in (in Vitebsk) where the short name ends in the canonical's word
def test_a_short_names_fix_stays_short(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: siaredniaya-prypiats-landscape-reserve
    kind: place
    canonical: Siaredniaya Prypiats Landscape Reserve
    be: [Рэспубліканскі ландшафтны заказнік Сярэдняя Прыпяць, Сярэдняя Прыпяць]
    ru: [Республиканский ландшафтный заказник Средняя Припять, Средняя Припять]
    sources: [https://en.wikipedia.org/wiki/Pripyat_River]
  - id: slavianski-bazaar
    kind: other
    canonical: Slavianski Bazaar in Vitebsk
    be: [Славянскі базар у Віцебску, Славянскі базар]
    ru: [Славянский базар в Витебске, Славянский базар]
    variants: [Slavic Bazaar]
    sources: [https://en.wikipedia.org/wiki/Slavianski_Bazaar_in_Vitebsk]
""")
    assert found_in(project, "Tourist routes of Srednyaya Pripyat reserve are open.\n") == [
        ("NC001", "Srednyaya Pripyat", "Siaredniaya Prypiats")]
    assert found_in(project, "The emblem of the Slavic Bazaar is a cornflower.\n") == [
        ("NC001", "Slavic Bazaar", "Slavianski Bazaar")]
    # the whole name in another spelling is fixed whole
    assert [(found, fix) for _, found, fix in found_in(
        project, "The Srednyaya Pripyat Landscape Reserve is in Palesse.\n")] == [
        ("Srednyaya Pripyat Landscape Reserve", "Siaredniaya Prypiats Landscape Reserve")]


# a canonical with a letter no romanization of its Cyrillic makes (Rūdninkai) is the name's
# own spelling: written without its diacritics it is typography, no variant
def test_a_foreign_canonical_without_its_diacritics_is_typography(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: rudninkai
    kind: place
    canonical: Rūdninkai
    be: Руднінкай
    ru: Руднинкай
    sources: [https://en.wikipedia.org/wiki/R%C5%ABdninkai]
  - id: zianon-pazniak
    kind: person
    gender: male
    be: Зянон Пазняк
    ru: Зенон Позняк
    sources: [https://en.wikipedia.org/wiki/Zianon_Pazniak]
""")
    assert found_in(project, "Migrants were held in a camp near Rudninkai last summer.\n") == []
    # a house romanization's letters are the house's: Paźniak is a variant
    assert found_in(project, "The camp was visited by Zianon Paźniak in July.\n") == [
        ("NC001", "Zianon Paźniak", "Zianon Pazniak")]


# a title is no initial: Ms. Kolesnikova is Kolesnikova, never "M. Kalesnikava"; a German
# gender-inclusive noun (Belaruss*innen) is no name
def test_a_title_is_no_initial_and_a_gendered_noun_no_name(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: maryia-kalesnikava
    kind: person
    gender: female
    be: Марыя Калеснікава
    ru: Мария Колесникова
    sources: [https://en.wikipedia.org/wiki/Maria_Kalesnikava]
  - id: belarus
    kind: place
    canonical: Belarus
    be: Беларусь
    ru: Беларусь
    variants: [Belaruss]
    sources: [https://en.wikipedia.org/wiki/Belarus]
""")
    assert found_in(project, "Ms. Kolesnikova, 39, was detained in September.\n") == [
        ("NC001", "Kolesnikova", "Kalesnikava")]
    assert found_in(project, "M. Kolesnikova was detained in September.\n") == [
        ("NC001", "M. Kolesnikova", "M. Kalesnikava")]
    # (the page writes the house form too, so that another spelling of it is one)
    text = ("In Białystok hoffen Zehntausende geflüchtete Belaruss*innen auf einen Wechsel in "
            "Belarus, und viele Belarus:innen leben dort seit Jahren im Exil in der Stadt.\n")
    assert [f.code for f in project.check_text(text, language="de")] == []
    text = ("In Białystok hoffen Zehntausende auf einen Wechsel in Belarus, und viele leben seit "
            "Jahren im Exil, fern von Belaruss, in der Stadt an der Grenze.\n")
    assert [f.code for f in project.check_text(text, language="de")] == ["NC001", "NC004"]


def test_a_plural_of_a_form_the_glossary_admits_is_no_misspelling(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: iskander-m
    kind: other
    be: [Іскандэр-М, Іскандэр]
    ru: [Искандер-М, Искандер]
    canonical: Iskander-M
    admitted: [Iskander]
""")
    assert project.check_text("Training in using Iskanders for the defence began.\n") == []
    [finding] = project.check_text("Training in using the Iskandir for the defence began.\n")
    assert (finding.code, finding.found) == ("NC002", "Iskandir")


def test_a_cyrillic_acronyms_romanization_that_is_an_english_word_is_the_word(tmp_path):
    # ЕС romanized letter by letter is YES: in Latin text that is the English word
    glossary = """version: 1
entries:
- id: european-union
  kind: organization
  be: [Еўрапейскі саюз, ЕС]
  ru: [Европейский союз, ЕС]
  canonical: European Union
  admitted: [EU]
"""
    project = project_of(tmp_path, glossary)
    assert project.check_text("Photo: YES Market Media. The sanctions are the EU's.\n") == []
    # a look-up is asked for a name: there the romanization still answers
    assert matcher_of(glossary).resolve("YES").entry == "european-union"


TENNIS = """version: 1
entries:
- id: max-mirnyi
  kind: person
  be: Максім Мірны
  ru: Максим Мирный
  canonical: Max Mirnyi
  variants: [Max Mirny]
"""


def test_a_family_name_alone_before_an_acronym_is_a_word_of_a_bodys_name(tmp_path):
    # Мірны is "peaceful": the students' channel Mirny BGUIR is no tennis player's
    project = project_of(tmp_path, TENNIS)
    assert project.check_text("The Mirny BGUIR telegram channel posted the list.\n") == []
    [finding] = project.check_text("Mirny won the doubles at Wimbledon.\n")
    assert finding.suggestion == "Mirnyi"


MARCH = HRODNA + """\
  - id: chernobyl-way
    kind: other
    be: Чарнобыльскі шлях
    ru: Чернобыльский шлях
    canonical: Chernobyl Way
    variants: [Charnobylski Shlyakh]
  - id: chernobyl
    kind: place
    be: Чарнобыль
    ru: Чернобыль
    canonical: Chernobyl
  - id: vaukavysk
    kind: place
    be: Ваўкавыск
    ru: Волковыск
    canonical: Vaukavysk
    variants: [Volkovysk]
  - id: muzhytskaya-prauda
    kind: other
    be: Мужыцкая праўда
    canonical: Muzhytskaya Prauda
    variants: [Muzhyckaja Prauda]
"""


def test_a_native_name_before_its_translation_in_brackets_is_written_on_purpose(tmp_path):
    project = project_of(tmp_path, MARCH)
    text = "They marched after the “Charnobylski Shlyakh” (Path of Chernobyl) rally.\n"
    assert project.check_text(text) == []
    # unglossed, it is the house form's variant
    [finding] = project.check_text("The Charnobylski Shlyakh rally was banned.\n")
    assert finding.suggestion == "Chernobyl Way"


@pytest.mark.parametrize("text, fix", [
    # a bracket that opens with a known name says where, it translates nothing
    ("Protests were held in Volkovysk (Grodno region) and elsewhere.\n", "Vaukavysk"),
    # a house form that romanizes the name (no translation) is still a fix beside a gloss
    ("The paper Muzhyckaja Prauda (Peasants' Truth) appeared in 1862.\n",
     "Muzhytskaya Prauda"),
])
def test_a_bracket_that_is_no_translation_of_the_house_form_leaves_the_fix(tmp_path, text, fix):
    project = project_of(tmp_path, MARCH)
    assert fix in [f.suggestion for f in project.check_text(text)]


# an original that ends in a Latin lookalike letter (Гроднo, a Latin o) before a slash and
# its romanization: still the original, whose own finding is its mixed letters
def test_a_romanization_after_an_original_with_a_lookalike_letter(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: hrodna
    kind: place
    be: Гродна
    ru: Гродно
    canonical: Hrodna
    variants: [Grodno]
    sources: [https://en.wikipedia.org/wiki/Grodno]
""")
    assert [f[0] for f in found_in(project, "Гродна / Hrodna Гроднo / Grodno | a city\n")] == [
        "NC003"]
    assert found_in(project, "The city of Grodno lies on the Nioman.\n") == [
        ("NC001", "Grodno", "Hrodna")]


# a street's bare name keeps no street word in its fix: the text names the street its own way
# (a list of streets, "Shornaya and Kollektornaya streets")
def test_a_streets_bare_name_is_fixed_without_the_street_word(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: kalektarnaya-street
    kind: place
    canonical: Kalektarnaya Street
    be: [вуліца Калектарная]
    ru: [улица Коллекторная]
    variants: [Kollektornaya]
    sources: [https://example.org/kalektarnaya]
  - id: abutkovaya-street
    kind: place
    canonical: Abutkovaya Street
    be: [вуліца Абутковая]
    ru: [улица Обувная]
    variants: [Obuvnaya]
    sources: [https://example.org/abutkovaya]
""")
    assert found_in(project, "The ghetto was bounded by Shornaya and Kollektornaya streets.\n") == [
        ("NC001", "Kollektornaya", "Kalektarnaya")]
    assert found_in(project, "He lived on Kollektornaya Street.\n") == [
        ("NC001", "Kollektornaya Street", "Kalektarnaya Street")]
    # the street's name in the other language's words, as bare
    assert found_in(project, "The ghetto took in Obuvnaya and other streets.\n") == [
        ("NC001", "Obuvnaya", "Abutkovaya")]


# a copy that stops within a word ("... the citizens of Belaru") holds no spelling of the
# name: the cut word is left alone, a variant, or the same word written whole, is still read
def test_a_word_cut_off_at_the_end_of_the_text_is_no_spelling(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: belarus
    kind: place
    be: Беларусь
    ru: Беларусь
    canonical: Belarus
    variants: [Byelorussia]
    sources: [https://example.org/belarus]
""")
    assert found_in(project, "The statement was read to the citizens of Belaru") == []
    assert found_in(project, "The statement was read to the citizens of Belaru \n\n") == []
    assert found_in(project, "The statement was read to the citizens of Belaru.\n") == [
        ("NC002", "Belaru", "Belarus")]
    assert found_in(project, "Belaru is what the sign said. It was old.") == [
        ("NC002", "Belaru", "Belarus")]
    # a sentence of prose that stops without its full stop may stop within its last word
    assert found_in(project, "The satellite was launched into orbit from Belarsu") == []
    # a short line at the end (a heading, a signature) is read as ever
    assert found_in(project, "Greetings from Belarsu") == [("NC002", "Belarsu", "Belarus")]
    # a variant that is no start of the house's word is read as ever at the end of a line
    assert found_in(project, "Sent from Byelorussia") == [
        ("NC001", "Byelorussia", "Belarus")]


# a paragraph that talks about surnames (the suffixes they end in) gives family names alone
# as examples of surnames, no persons: no fix there; a place it names, and a person named in
# full, are read as ever
def test_a_family_name_alone_in_a_paragraph_about_surnames_is_an_example(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: stanislau-shushkevich
    kind: person
    gender: male
    be: Станіслаў Шушкевіч
    ru: Станислав Шушкевич
    canonical: Stanislau Shushkevich
    sources: [https://example.org/shushkevich]
  - id: vitsebsk
    kind: place
    be: Віцебск
    ru: Витебск
    canonical: Vitsebsk
    variants: [Vitebsk]
    sources: [https://example.org/vitsebsk]
""")
    text = ("Many surnames end in -vich, a suffix of old families (Dashkevich, Shushkievich, "
            "Matskevich), and most of them are found around Vitebsk.\n")
    assert found_in(project, text) == [("NC001", "Vitebsk", "Vitsebsk")]
    # one such word alone says nothing: a person's name is read as ever
    assert found_in(project, "The surname of the chairman, Shushkievich, was on the list.\n") \
        == [("NC001", "Shushkievich", "Shushkevich")]


# a run that stops before a number (Soyuz MS-25: the number is no capitalised word) is no near
# miss of another numbered thing whose name ends in another number
def test_a_name_before_another_number_is_not_a_numbered_entrys(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: soyuz-ms-24
    kind: other
    canonical: Soyuz MS-24
    forms: {de: Sojus MS-24}
    sources: [https://example.org/ms-24]
""")
    text = "Das Raumschiff Sojus MS-25 hat am Montag die Raumstation erreicht, sagte die Agentur.\n"
    assert found_in(project, text) == []
    text = "The spacecraft Soyuz MS-25 docked with the station on Monday, the agency said.\n"
    assert found_in(project, text) == []
    # the same number is the name written whole; a misspelling of it is still read
    text = "The spacecraft Soyus MS-24 docked with the station on Monday, the agency said.\n"
    assert [f[0] for f in found_in(project, text)] == ["NC002"]


# a family name alone that is all a quotation holds is a club's or a brand's name, no person
def test_a_family_name_alone_in_quotation_marks_is_a_bodys_name(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: piotr-vitsiaz
    kind: person
    gender: male
    be: Пётр Віцязь
    ru: Пётр Витязь
    canonical: Piotr Vitsiaz
    sources: [https://example.org/vitsiaz]
""")
    assert found_in(project, "He coached the handball club “Vityaz” for a decade.\n") == []
    assert found_in(project, "The academy's chief of staff Vityaz spoke.\n") == [
        ("NC001", "Vityaz", "Vitsiaz")]


# a credit after a caption ("... Fota: Siarhei Besarab / Facebook") names its source as the
# source writes itself: no house spelling the document writes, so its own Łacinka spellings
# of the name stay its own
def test_a_credit_after_a_caption_is_no_house_spelling_of_the_document(tmp_path):
    project = project_of(tmp_path, """\
version: 1
entries:
  - id: siarhei-besarab
    kind: person
    gender: male
    be: Сяргей Бесараб
    ru: Сергей Бесараб
    canonical: Siarhei Besarab
    sources: [https://example.org/besarab]
""")
    text = ("Siarhiej Biesarab. Fota: Siarhei Besarab / Facebook\n\n"
            "Navukoviec Siarhiej Biesarab kaža, što Akademija navuk pracuje na abaronku Rasii, "
            "i heta jaho zasmučaje.\n")
    assert found_in(project, text) == []
    # written as the house does in the text itself, the Łacinka spellings are compared
    text = text.replace("Fota: ", "Jak kaža ")
    assert [f[0] for f in found_in(project, text)] == ["NC001", "NC001"]


_WAGNER = """version: 1
entries:
  - id: wagner-group
    kind: organization
    be: [Група Вагнера]
    ru: [Группа Вагнера]
    canonical: Wagner Group
    admitted: [Wagner]
"""


def test_a_polish_name_with_the_house_word_declined_is_its_own_wording():
    # a Polish text that writes the house's short form also names the group in Polish, with
    # the house's word in the genitive: its own language's wording, no variant to fix
    checker = Checker(matcher_of(_WAGNER))
    text = ("Dowódca używał pseudonimu „Wagner”, stąd nazwa Grupa Wagnera. "
            "Najemnicy z Grupa Wagnera trafili latem na Białoruś i tam szkolili żołnierzy.\n")
    assert findings(checker, text) == []
    # a spelling of the group with no house word in it is still the Polish text's variant
    text = ("Dowódca używał pseudonimu „Wagner”, stąd nazwa. "
            "Najemnicy z Gruppa Vagnera trafili latem na Białoruś i tam szkolili żołnierzy.\n")
    assert [f[1] for f in findings(checker, text)] == ["Gruppa Vagnera"]


# a place's one-word name quoted after a preposition of place or a checkpoint's word is the
# place's, as Russian and Belarusian reports quote checkpoints; elsewhere a quoted word alone
# is a brand's or a title's named after the place
@pytest.mark.parametrize("text, expected", [
    ("More than 70 trucks wait at the checkpoint “Polotsk” this morning.\n", ["Polotsk"]),
    ("In “Polotsk” more than 50 cars wait to cross.\n", ["Polotsk"]),
    ("The column stopped at “Polotsk” for the night.\n", ["Polotsk"]),
    ("She stayed at the “Polotsk” hotel for a week.\n", []),
    ("The new tractor was named “Polotsk” by the plant.\n", []),
])
def test_a_quoted_place_after_a_place_word_is_the_place(checker, text, expected):
    assert [f[1] for f in findings(checker, text) if f[0] == "NC001"] == expected


_NAMESAKE_PLACE = """version: 1
entries:
  - id: siarhei-peliasa
    kind: person
    gender: male
    be: Сяргей Пеляса
    ru: Сергей Пелеса
    canonical: Siarhei Peliasa
  - id: peliasa
    kind: place
    be: Пеляса
    ru: Пелеса
    variants: [Pelesa]
"""


@pytest.mark.parametrize("text, entry", [
    # the family name alone after the person named in full (as a likely misspelling too) is his
    ("The editor Siarhei Peliasa spoke in Warsaw. Pelesa has lived in Poland since 2000.\n",
     "siarhei-peliasa"),
    ("The editor Sairhei Pelesa spoke in Warsaw. Pelesa has lived in Poland since 2000.\n",
     "siarhei-peliasa"),
    # no one named: the village's name, as the look-up reads it
    ("The school in Pelesa teaches in Lithuanian.\n", "peliasa"),
])
def test_a_family_name_alone_after_its_person_is_his_not_a_places(tmp_path, text, entry):
    project = project_of(tmp_path, _NAMESAKE_PLACE)
    [finding] = [f for f in project.check_text(text) if f.found == "Pelesa"]
    assert (finding.code, finding.suggestion, finding.entry) == ("NC001", "Peliasa", entry)


# a place's or a person's name as a periodical's title keeps the spelling it was published
# under: a periodical's word right before it, or after it with an article
@pytest.mark.parametrize("text, expected", [
    ("The association published the monthly newspaper Mogilev for its members.\n", []),
    ("Two issues of Mogilev, a journal of literature and art, appeared in 1955.\n", []),
    ("The weekly Karpenkov appeared in Toronto.\n", []),
    # a region or a town so named is still the place, and a newspaper read there too
    ("He moved to Mogilev, a city on the Dnieper.\n", ["Mogilev"]),
    ("She read the newspaper in Mogilev every day.\n", ["Mogilev"]),
])
def test_a_periodicals_title_keeps_its_spelling(checker, text, expected):
    assert fixed(checker, text) == expected


_FATHER_AND_SON = """version: 1
entries:
  - id: ivan-yaroshka
    kind: person
    gender: male
    be: Іван Ярошка
    ru: Иван Ерошко
    canonical: Ivan Yaroshka
  - id: ivan-karpenko-junior
    kind: person
    gender: male
    be: [Іван Ярошка-малодшы]
    ru: [Иван Ерошко-младший]
    canonical: Ivan Yeroshko
    variants: [Ivan Eroshko Jr]
    note: Son of Ivan Yaroshka, written apart from him.
"""


# a word telling a son from his father of the same name (Jr, Sr., junior) names the one the
# glossary lists with it, or a namesake it lacks: never a spelling of the other's name
@pytest.mark.parametrize("text, expected", [
    ("The actor Ivan Eroshko Jr starred in the film.\n",
     [("NC001", "Ivan Eroshko Jr", "Ivan Yeroshko")]),
    ("The actor Ivan Eroshko Sr. starred in the film.\n", []),
    ("The actor Ivan Eroshko, Jr., starred in the film.\n", []),
    ("The actor Ivan Eroshko junior starred in the film.\n", []),
    # without the word, the name is still the father's to spell
    ("The actor Ivan Eroshko starred in the film.\n",
     [("NC001", "Ivan Eroshko", "Ivan Yaroshka")]),
])
def test_a_name_with_a_generation_word_is_not_the_namesakes(text, expected):
    checker = Checker(matcher_of(_FATHER_AND_SON))
    assert [f for f in findings(checker, text) if f[0] in ("NC001", "NC002")] == expected


_KHATYN = """version: 1
entries:
  - id: khatyn
    kind: place
    be: Хатынь
    ru: Хатынь
    canonical: Khatyn
    variants: [Chatyń]
"""


def test_a_polish_paragraph_on_how_english_writes_a_name_is_no_house_spelling(tmp_path):
    # the Polish text's own spelling stands; the English one it explains is no sign that the
    # text writes the house's form
    project = project_of(tmp_path, _KHATYN)
    text = ("W marcu 1943 roku we wsi Chatyń zginęło wielu mieszkańców, w tym dzieci.\n\n"
            "Nazwę wsi po angielsku pisze się Khatyn, tak jak w przewodnikach.\n\n"
            "Pomnik w Chatyniu odwiedza co roku wielu ludzi z całego kraju.\n")
    assert [f for f in found_in(project, text) if f[0] == "NC001"] == []
    # where the text writes the house's form as its own, the Polish variant is one to fix
    text = text.replace("Nazwę wsi po angielsku pisze się Khatyn, tak jak w przewodnikach.",
                        "Delegacja pojechała potem do Khatyn, jak co roku w marcu.")
    assert [f[1] for f in found_in(project, text) if f[0] == "NC001"] == ["Chatyń"]


_ZAITSAU = """version: 1
entries:
  - id: aliaksandr-zaitsau
    kind: person
    gender: male
    be: Аляксандр Зайцаў
    ru: Александр Зайцев
"""


@pytest.mark.parametrize("text, expected", [
    # a family name given first, before a given name and a patronymic not the entry's: another
    # person of the family, as Russian lists write a name
    ("The first well of the master Zaitsev Valentin Alexandrovich gave oil in 1964.\n", []),
    # the family name alone, or before the entry's own given name, is still the entry's
    ("The master Zaitsev said the first well gave oil in 1964.\n", ["Zaitsev"]),
    ("The businessman Zaitsev Aleksandr Pavlovich bought the plant.\n", ["Zaitsev Aleksandr"]),
])
def test_a_family_name_before_anothers_given_name_and_patronymic(tmp_path, text, expected):
    assert fixed_in(project_of(tmp_path, _ZAITSAU), text) == expected


# a place's one-word name that a quotation holds alone is a nickname's, a brand's or a title's:
# also between single quotes, and with the sentence's comma or full stop inside the quotes
@pytest.mark.parametrize("text, expected", [
    ("The KGB jail, commonly called the ‘Mogilev’, held spies.\n", []),
    ("The KGB jail, known as “Mogilev,” held spies.\n", []),
    ("The KGB jail was known as the ‘Mogilev. ’ Its cells were small.\n", []),
    # after a preposition of place the quoted name is still the place
    ("He was sent to ‘Mogilev’ for a year.\n", ["Mogilev"]),
    # an apostrophe is no closing quotation mark of a name not opened by one
    ("The men of Mogilev’s plant walked out.\n", ["Mogilev"]),
])
def test_a_place_quoted_alone_in_single_quotes_or_before_a_comma(checker, text, expected):
    assert [f[1] for f in findings(checker, text) if f[0] == "NC001"] == expected


_ALIASES = """version: 1
entries:
  - id: vasil-korzh
    kind: person
    gender: male
    be: Васіль Корж
    ru: Василий Корж
  - id: aliaksandr-kamarou
    kind: person
    gender: male
    be: Аляксандр Камароў
    ru: Александр Комаров
"""


@pytest.mark.parametrize("text, expected", [
    # a family name in brackets after another person's name, alone or after a title, is that
    # person's nom de guerre: no spelling of the glossary person who bears it
    ("The detachment fought under Vasil Korzh (General Komarov) in the marshes.\n", []),
    ("The detachment fought under Vasil Korzh (Komarov) in the marshes.\n", []),
    ("The detachment fought under Ivan Petrenko (Komarov) in the marshes.\n", []),
    # a given name and a patronymic before the bracket are the family name's own bearer's
    ("The idea of Aleksandr Ivanovich (Komarov) was right.\n", ["Komarov"]),
    # the family name alone elsewhere is still the glossary person's
    ("The mayor Komarov opened the new plant in the town.\n", ["Komarov"]),
])
def test_a_family_name_in_brackets_after_another_person_is_an_alias(tmp_path, text, expected):
    assert fixed_in(project_of(tmp_path, _ALIASES), text) == expected


_BAHDANOVICHES = """version: 1
entries:
  - id: maksim-bahdanovich
    kind: person
    gender: male
    be: Максім Багдановіч
    ru: Максим Богданович
  - id: adam-bahdanovich
    kind: person
    gender: male
    be: Адам Багдановіч
    ru: Адам Богданович
"""


@pytest.mark.parametrize("text, expected", [
    # every item of a bracket after a person named in full that spells his family name is
    # another spelling of his, given on purpose
    ("Maksim Bahdanovich (also Bahdanovich; Bogdanovich; Bagdanovich) was a poet.\n", []),
    ("Maksim Bahdanovich (Bogdanovich) was a poet.\n", []),
    # the family name alone elsewhere is a spelling to fix
    ("The poet Bogdanovich died in Yalta in 1917.\n", ["Bogdanovich"]),
])
def test_spellings_of_a_family_name_in_the_bracket_after_the_person(tmp_path, text, expected):
    assert fixed_in(project_of(tmp_path, _BAHDANOVICHES), text) == expected


@pytest.mark.parametrize("text, expected", [
    # an old form of a place's name after a verb of record and "as"
    ("The town is first mentioned in the chronicles of 1267 as Mogilew, a castle.\n", []),
    ("It was recorded as Mogilew in a charter of 1526.\n", []),
    # a former name before a bracket that gives the present one
    ("The fortress stood in Mogilew (now Mahiliou) on the Dnieper.\n", []),
    ("The camp stood near Mogilew, on the river (today, Mahiliou, Belarus).\n", []),
    # elsewhere the spelling is still the document's own, to fix
    ("The delegation was mentioned as visitors to Mogilev's plant.\n", ["Mogilev"]),
    ("Mogilev (now a regional centre) is a large city.\n", ["Mogilev"]),
])
def test_an_old_form_given_with_its_record_or_its_present_name(checker, text, expected):
    assert fixed(checker, text) == expected


_NEW_YORK = """version: 1
entries:
  - id: new-york
    kind: place
    be: Нью-Ёрк
    ru: Нью-Йорк
    canonical: New York
    variants: [Nju Jork]
"""


@pytest.mark.parametrize("text, expected", [
    # a name's house form in a dateline's capitals is that name spelled right, short words
    # and all (no acronyms side by side to spell out)
    ("(NEW YORK) — The centre said on Monday that it had been warned.\n", []),
    ("NEW YORK — The centre said on Monday that it had been warned.\n", []),
    # another spelling in capitals is still one to fix
    ("(NJU JORK) — The centre said on Monday that it had been warned.\n", ["NJU JORK"]),
])
def test_a_dateline_in_capitals_is_the_name_spelled_right(tmp_path, text, expected):
    assert fixed_in(project_of(tmp_path, _NEW_YORK), text) == expected


_KHALCH = """version: 1
entries:
  - id: khalch
    kind: place
    be: Хальч
    ru: Хальч
"""


def test_the_ukrainian_town_halych_is_no_belarusian_village(tmp_path):
    # Halych (Galicia's old capital) is a neighbouring country's town, no misspelt Khalch
    project = project_of(tmp_path, _KHALCH)
    assert fixed_in(project, "The principalities of Halych and Volhynia fought for it.\n") == []


_TWINS = """version: 1
entries:
  - id: aliaksandr-kalina
    kind: person
    gender: male
    be: Аляксандр Каліна
    ru: Александр Калина
  - id: pkhou
    kind: place
    be: Пхоў
    ru: Пхов
"""


def test_a_place_followed_by_another_country_is_that_countrys(tmp_path):
    # a list of twin towns, each with its country: no likely misspelling of a glossary name
    text = "Its twin towns are Ishim, Russia; Kolpino, Russia; Púchov, Slovakia; and Luga.\n"
    assert [f for f in found_in(project_of(tmp_path, _TWINS), text) if f[0] == "NC002"] == []


_CHURCH = """version: 1
entries:
  - id: kalozha-church
    kind: place
    be: [Каложская царква, Каложа]
    ru: Коложская церковь
    canonical: Kalozha Church
"""


@pytest.mark.parametrize("text, expected", [
    # the church's short name, spelled the house way, names the place it stood in or an icon
    # it kept: no church's word to add
    ("The church stands where the former Kalozha settlement was.\n", []),
    # another spelling of the short name gets the short name's fix, never the church's
    ("They kept the wonderworking Kolozha Icon of the Mother of God.\n", [("Kolozha", "Kalozha")]),
    ("The Kolozha Church is the oldest in the city.\n", [("Kolozha Church", "Kalozha Church")]),
])
def test_a_buildings_short_name_keeps_its_fix_short(tmp_path, text, expected):
    found = found_in(project_of(tmp_path, _CHURCH), text)
    assert [(f[1], f[2]) for f in found if f[0] == "NC001"] == expected


_ALTERNATES = """version: 1
entries:
  - id: principality-of-polotsk
    kind: place
    be: Полацкае княства
    ru: Полоцкое княжество
    canonical: Principality of Polotsk
    variants: [Duchy of Polotsk]
  - id: cyril-of-turov
    kind: person
    gender: male
    be: Кірыла Тураўскі
    ru: Кирилл Туровский
    canonical: Cyril of Turov
    variants: [Kirill of Turov]
"""


@pytest.mark.parametrize("text, expected", [
    # an encyclopedia's lead names the subject's other names on purpose, after its originals
    # in brackets too
    ("The Principality of Polotsk (Belarusian: Полацкае княства), also known as the Duchy of "
     "Polotsk, was a medieval state.\n", []),
    ("The Principality of Polotsk, also called the Duchy of Polotsk, was a medieval state.\n", []),
    ("Cyril of Turov, alternately Kirill of Turov, was a bishop and a writer.\n", []),
    # the other name alone is the document's own spelling
    ("The Duchy of Polotsk was a medieval state on the Dvina.\n", ["Duchy of Polotsk"]),
])
def test_a_name_joined_as_also_known_as_is_an_alternate(tmp_path, text, expected):
    assert fixed_in(project_of(tmp_path, _ALTERNATES), text) == expected


_UNION = """version: 1
entries:
  - id: european-union
    kind: organization
    be: Еўрапейскі саюз
    ru: Европейский союз
    canonical: European Union
    forms: {pl: Unia Europejska}
"""


@pytest.mark.parametrize("text, expected", [
    # the Polish name's words swapped and going on: the Broadcasting Union, another body
    ("Na początku marca Europejska Unia Nadawców odrzuciła zgłoszenie Białorusi do konkursu "
     "piosenki.\n", []),
    # swapped and alone: the name written in the wrong order
    ("Na początku marca nowe sankcje nałożyła Europejska Unia, a polski rząd je poparł.\n",
     ["Europejska Unia"]),
])
def test_a_language_forms_words_swapped_before_a_capital_start_another_name(tmp_path, text,
                                                                          expected):
    assert fixed_in(project_of(tmp_path, _UNION), text) == expected


_BYNAMES = """version: 1
entries:
  - id: johan-eliasch
    kind: person
    gender: male
    be: Юхан Эліяш
    ru: Йохан Элиаш
    canonical: Johan Eliasch
    variants: [Johan Elias]
  - id: chaim-of-volozhin
    kind: person
    gender: male
    be: Хаім Валожынскі
    ru: [Хаим Воложинский, Хаим из Воложина]
    canonical: Chaim of Volozhin
  - id: valozhyn
    kind: place
    be: Валожын
    ru: Воложин
"""


@pytest.mark.parametrize("text, expected", [
    # an English given name before "of" and a place: a person's name and byname
    ("Bishop Elias of Polotsk asked her to found a convent for women.\n", []),
    # a word spelled like the place of a person's byname is that place, never the person
    ("Volozyhn was a small town, now part of Belarus, with a famous yeshiva.\n", []),
    # the person's name in full is still his
    ("The yeshiva was founded by Khaim Volozhinsky in 1803.\n", ["Khaim Volozhinsky"]),
])
def test_a_byname_and_its_place_are_no_family_name(tmp_path, text, expected):
    assert fixed_in(project_of(tmp_path, _BYNAMES), text) == expected


_FREEDOM_DAY = """version: 1
entries:
  - id: freedom-day
    kind: organization
    be: Дзень Волі
    ru: День Воли
    canonical: Freedom Day
    variants: [Dzień Voli]
"""


def test_a_name_with_its_language_after_a_dash_in_brackets_is_an_original(tmp_path):
    project = project_of(tmp_path, _FREEDOM_DAY)
    text = "On 25 March the opposition marks Freedom day (Dzień Voli – Belarusian) every year.\n"
    assert found_in(project, text) == []
    # a dash and no language: the document's own spelling
    assert fixed_in(project, "On 25 March the opposition marks Dzień Voli - every year.\n") == [
        "Dzień Voli"]


_STREETS = """version: 1
entries:
  - id: pakrouskaya-street
    kind: place
    be: вуліца Пакроўская
    ru: улица Покровская
    canonical: Pakrouskaya Street
  - id: kamarouskae-field
    kind: place
    be: Камароўскае поле
    ru: Комаровское поле
    canonical: Kamarouskae Field
  - id: hrodna-region
    kind: place
    be: Гродзенская вобласць
    ru: Гродненская область
    canonical: Hrodna Region
    variants: [Grodno Region]
    historical:
      until: 1921
      forms: [Grodno Province]
"""


@pytest.mark.parametrize("text, expected", [
    # two streets' names alike only by their shared word
    ("Dmitry, who lives on Kakhovskaya Street, was arrested for a flag on his balcony.\n", []),
    # an English word spelled right where the fix has another: no slip of the pen
    ("The church was founded by the sons of Grodno Prince Vsevolod in the 12th century.\n", []),
    # a slip in the street's own name is still one
    ("He was arrested for a flag on his balcony on Pakrouskya Street in Vitebsk.\n",
     ["Pakrouskya Street"]),
])
def test_names_alike_only_by_a_shared_or_an_english_word(tmp_path, text, expected):
    assert fixed_in(project_of(tmp_path, _STREETS), text) == expected


_PEOPLES = """version: 1
entries:
  - id: romania
    kind: place
    be: Румынія
    ru: Румыния
    canonical: Romania
  - id: oleg-tarasov
    kind: person
    gender: male
    be: Алег Тарасаў
    ru: Олег Тарасов
    canonical: Oleg Tarasov
  - id: vishneva
    kind: place
    be: Вішнева
    ru: Вишнево
    canonical: Vishneva
"""


@pytest.mark.parametrize("text, expected", [
    # a people's adjective, no misspelt country
    ("The police detained teenagers from Romani families in the Romani districts.\n", []),
    # a place named after a family (German -owo), no misspelt family name
    ("The graves were restored: one in 1990 by the city, Tarasowo in 1994 by a youth camp.\n",
     []),
    # a misspelt place of that shape is still one
    ("Shimon Peres was born in Vishenevo in 1923, then a village in Poland.\n", ["Vishenevo"]),
])
def test_a_peoples_adjective_and_a_place_named_after_a_family(tmp_path, text, expected):
    assert fixed_in(project_of(tmp_path, _PEOPLES), text) == expected


def test_a_lakes_word_inside_an_events_name(checker):
    # the Battle of Lake Narocz keeps the spelling it is known by; the lake alone does not
    assert fixed(checker, "The Battle of Lake Mogilev was fought in March 1916.\n") == []
    assert fixed(checker, "They swam in Lake Mogilev in the summer of 2019.\n") == ["Mogilev"]


def test_the_name_in_a_language_is_given_on_purpose(checker):
    text = ("The Belarusian name is Mahilyow (Магілёў), and the Russian name is Mogilev; the "
            "city lies on the Dnieper.\n")
    assert fixed(checker, text) == []


_LAKE = """version: 1
entries:
  - id: lake-vishneuskae
    kind: place
    be: Вішнеўскае возера
    ru: Вишневское озеро
    canonical: Lake Vishneuskae
    variants: [Vozyera Vishnyewskaye]
"""


@pytest.mark.parametrize("text, expected", [
    # the fix's first word stands right before the name: the fix leaves it out
    ("From there to Lake Vozyera Vishnyewskaye a salient thrusts out into the line.\n",
     [("Vozyera Vishnyewskaye", "Vishneuskae")]),
    ("From there to Vozyera Vishnyewskaye a salient thrusts out into the line.\n",
     [("Vozyera Vishnyewskaye", "Lake Vishneuskae")]),
])
def test_a_fix_leaves_out_a_word_written_right_before_the_name(tmp_path, text, expected):
    found = found_in(project_of(tmp_path, _LAKE), text)
    assert [(f[1], f[2]) for f in found if f[0] == "NC001"] == expected


_HANOVER = """version: 1
entries:
  - id: hanover
    kind: place
    be: Гановер
    ru: Ганновер
    canonical: Hanover
"""


def test_a_british_spelling_is_no_misspelt_name(tmp_path):
    text = "She was awarded the Order of the Badge of Honour in 1964 and 1969.\n"
    assert fixed_in(project_of(tmp_path, _HANOVER), text) == []


_ARMY = """version: 1
entries:
  - id: armed-forces
    kind: organization
    be: Узброеныя Сілы Рэспублікі Беларусь
    ru: Вооружённые силы Республики Беларусь
    canonical: Armed Forces of Belarus
    variants: [Belarusian Armed Forces]
  - id: world-athletics
    kind: organization
    be: Сусветная лёгкая атлетыка
    ru: Всемирная легкая атлетика
    canonical: World Athletics
    historical: {until: 2019, forms: [International Association of Athletics Federations]}
"""


@pytest.mark.parametrize("text, expected", [
    # the wording a document defines its own acronym for: the house form would not spell it
    ("He said that the Belarusian Armed Forces (BAF) would not take part in the war.\n", []),
    ("He said that the Belarusian Armed Forces would not take part in the war.\n",
     ["Belarusian Armed Forces"]),
    # a former name in a document whose every year is of its time
    ("The committee asked the International Association of Athletics Federations to change "
     "the results.\n\nHe had served a ban from 2000 to 2002 and won silver in 2004.\n", []),
    ("The committee asked the International Association of Athletics Federations to change "
     "the results.\n\nHe had served a ban from 2000 to 2002 and won silver in 2024.\n",
     ["International Association of Athletics Federations"]),
])
def test_a_defined_acronym_and_a_documents_own_time(tmp_path, text, expected):
    assert fixed_in(project_of(tmp_path, _ARMY), text) == expected


@pytest.mark.parametrize("text, expected", [
    # a translation's street word before a person's name: the street named after him
    ("The photos show the buildings on the avenue Mikalai Karpenkov and the old church.\n", []),
    ("The photos show the buildings on prospekt Mikalai Karpenkov and the old church.\n", []),
    # the person himself is still read
    ("The photos show Mikalai Karpenkov at the old church.\n", ["Mikalai Karpenkov"]),
])
def test_a_street_word_before_a_persons_name_in_a_translation(checker, text, expected):
    assert fixed(checker, text) == expected


_BREWERY = """version: 1
entries:
  - id: aliaksandr-kalina
    kind: person
    gender: male
    be: Аляксандр Каліна
    ru: Александр Калина
  - id: anton-seuchanka
    kind: person
    gender: male
    be: Антон Сеўчанка
    ru: Антон Севченко
  - id: siarhei-kryvets
    kind: person
    gender: male
    be: Сяргей Крывец
    ru: Сергей Кривец
  - id: dzmitry-prystupa
    kind: person
    gender: male
    be: Дзмітрый Прыступа
    ru: Дмитрий Приступа
  - id: central-election-commission
    kind: organization
    be: Цэнтральная выбарчая камісія
    ru: Центральная избирательная комиссия
    canonical: Central Election Commission
    variants: [CEC]
  - id: zianon-pazniak
    kind: person
    gender: male
    be: Зянон Пазняк
    ru: Зенон Позняк
    variants: [Zenon Poznyak, Zenon Pozniak]
  - id: hrodna
    kind: place
    be: Гродна
    ru: Гродно
    canonical: Hrodna
    variants: [Grodno, Gorodnya]
  - id: kamarouski-market
    kind: place
    be: [Камароўскі рынак, Камароўка]
    ru: [Комаровский рынок, Комаровка]
    canonical: Kamarouski Market
    variants: [Komarovka]
  - id: kastrychnitskaya-station
    kind: place
    be: Кастрычніцкая
    ru: Октябрьская
    canonical: Kastrychnitskaya
    variants: [Oktyabrskaya]
  - id: belteleradio
    kind: organization
    be: Белтэлерадыёкампанія
    ru: Белтелерадиокомпания
    canonical: Belteleradio
    variants: [Belarusian TV]
  - id: alexander-i-of-russia
    kind: person
    gender: male
    be: [Аляксандр І, Аляксандр Першы]
    ru: Александр Первый
    canonical: Alexander I of Russia
"""


@pytest.mark.parametrize("text, expected", [
    # a word a slip away from the family name of someone the document names nowhere: a
    # factory, a brand
    ("Among the sewing factories, Kalinka and others asked for the new fabric.\n", []),
    # a title, an initial or a birth name before it still mark a person's name
    ("The physicist A. Sevchanko founded the institute.\n", ["Sevchanko"]),
    ("Years later Mr. Kalinna was sentenced again.\n", ["Kalinna"]),
    ("Years later the journalist Kalinna was sentenced again.\n", ["Kalinna"]),
    # as it is of a person whose spellings reporting has attested several of
    ("Later Pazdnyak spoke by video from Warsaw.\n", ["Pazdnyak"]),
    # an adjective's ending is no slip in a noun's name
    ("The first record of Gorodnaya dates from 1448; the village is famous for its pots.\n", []),
    ("He moved to Grodnno in 1990.\n", ["Grodnno"]),
    # a settlement's name after its word is no short form of a longer name
    ("The cosmonaut was born in the village of Komarovka, Brest region, in 1942.\n", []),
    ("The shoppers at Komarovka bought fish.\n", ["Komarovka"]),
    # a street's name before an abbreviated street word, no metro station's
    ("The brewery stood in the old street (now Oktyabrskaya St.) by the river.\n", []),
    ("We got off at Oktyabrskaya and walked to St. Mary's church.\n", ["Oktyabrskaya"]),
    # a description before a medium's word and its name
    ("It was shown by the independent Belarusian TV channel Belsat.\n", []),
    ("It was shown by Belarusian TV on Monday.\n", ["Belarusian TV"]),
    # a person's name after a word for a settlement is the settlement's
    ("He was born in the village of Staryi Krivets, near the border.\n", []),
    ("The court heard Siargei Krivets on Monday.\n", ["Siargei Krivets"]),
    # a whole name whose family name is unlike the fix's: the given name made it look near
    ("Later Dźmitry Pryščepaŭ was arrested as well.\n", []),
    ("Later Dzmitry Prastupa was arrested as well.\n", ["Dzmitry Prastupa"]),
    # an acronym of the Soviet Union's body
    ("In 1925 he was elected to the CEC of the USSR.\n", []),
    ("In 2025 he was elected to the CEC.\n", ["CEC"]),
    # an initial after a given name, no ruler's numeral
    ("Medals went to the director Aliaksandr I. Lakotka and two others.\n", []),
    ("The peace was signed by Aliaksandr I. The treaty lasted.\n", ["Aliaksandr I"]),
])
def test_a_name_the_words_around_make_another(tmp_path, text, expected):
    assert fixed_in(project_of(tmp_path, _BREWERY), text) == expected


def test_a_transliteration_table_labels_its_forms(tmp_path):
    glossary = """version: 1
entries:
  - id: aleh-volchak
    kind: person
    gender: male
    be: Алег Волчак
    ru: Олег Волчек
"""
    text = ("Aleh Woltschak ist ein Menschenrechtler.\n\nKyrillisch (Belarussisch)\nАлег Волчак\n"
            "Łacinka: Aleh Volčak\nTransl.: Aleh Volčak\nTranskr.: Aleh Woltschak\n")
    found = found_in(project_of(tmp_path, glossary), text)
    assert [f for f in found if f[0] == "NC004"] == []
