"""Classes of real names look-up used to miss or confuse, on published spellings from the
evaluation set's development data (tests/data/eval): a patronymic the entry does not give,
entries with only a Latin form, and matches that change a word's language or grammar."""
from __future__ import annotations

import pytest

from checker.api import Matcher
from checker.glossary import parse_glossary_text
from checker.glossary.model import Glossary
from checker.match.index import build_index

CONFIDENT = ("canonical", "variant")


def _matcher(text: str) -> Matcher:
    g = Glossary(parse_glossary_text("version: 1\nentries:\n" + text, "classes.yaml"))
    return Matcher(g, build_index(g))


@pytest.fixture(scope="module")
def without_patronymics() -> Matcher:
    """Persons of the EU list as a glossary might give them: given and family name only."""
    return _matcher("""\
- id: eu-dvs-1570
  kind: person
  be: Уладзімір Калач
  ru: Владимир Калач
- id: eu-dvs-1602
  kind: person
  be: Сяргей Церабаў
  ru: Сергей Теребов
  gender: male
- id: eu-dvs-1649
  kind: person
  be: Павел Лёгкі
  ru: Павел Лёгкий
""")


@pytest.mark.parametrize("query, entry", [
    ("Pavel Nikolaevich LIOHKI", "eu-dvs-1649"),
    ("Pavel Mikalajevitj LJOHKI", "eu-dvs-1649"),
    ("Siarhei Yaugenavich TSERABAU", "eu-dvs-1602"),
    ("TSERABAU Siarhei Yaugenavich", "eu-dvs-1602"),
    ("Sergej Evgenjevitj TEREBOV", "eu-dvs-1602"),
    ("KALACH Uladzimir Viktaravich", "eu-dvs-1570"),
    ("Uladzimir Viktaravitj KALATJ", "eu-dvs-1570"),
    ("Уладзімір Віктаравіч Калач", "eu-dvs-1570"),
])
def test_a_patronymic_the_entry_does_not_give_does_not_block_a_confident_answer(
        without_patronymics, query, entry):
    r = without_patronymics.resolve(query)
    assert (r.status, r.entry) == ("variant", entry)
    assert "patronymic" in r.roles


@pytest.mark.parametrize("query", [
    "Sergey Evgenievna TEREBOV",        # a woman's patronymic for a man the glossary says is one
    "Sergey Evgenievich TEREBOV Minsk",  # a word that is no patronymic besides
    "Sergey TEREBOV Minsk",
    "Sergey Evgenievich Ivanovich TEREBOV",
    "Sergey Evgenievich TEREKOV",       # the family name only near
])
def test_what_is_not_a_patronymic_of_the_entry_still_blocks_it(without_patronymics, query):
    assert without_patronymics.resolve(query).status not in CONFIDENT


def test_a_patronymic_that_contradicts_the_entrys_still_blocks_it(dev_matcher):
    # the entry gives Мікалаевіч / Николаевич
    assert dev_matcher.resolve("Pavel Nikolaevich LIOHKI").status == "variant"
    assert dev_matcher.resolve("Pavel Ivanovich LIOHKI").status == "suggestion"


def test_an_entry_with_the_patronymic_outranks_one_without():
    m = _matcher("""\
- id: eu-dvs-1617
  kind: person
  be: Раман Іванавіч Мельнік
  ru: Роман Иванович Мельник
- id: raman-melnik
  kind: person
  be: Раман Мельнік
  ru: Роман Мельник
""")
    r = m.resolve("MELNIK Raman Ivanavich")
    assert (r.confident, r.entry) == (True, "eu-dvs-1617")
    r = m.resolve("MELNIK Raman Piatrovich")
    assert (r.status, r.entry) == ("variant", "raman-melnik")


@pytest.fixture(scope="module")
def latin_only() -> Matcher:
    """Persons as a list that gives no Cyrillic has them: OFAC's primary Latin name
    (ofac-9762), or the Belarusian form romanized in the house style."""
    return _matcher("""\
- id: eu-dvs-1570
  kind: person
  canonical: Uladzimir Viktaravich Kalach
- id: eu-dvs-1652
  kind: person
  canonical: Henadz Andreevich Bahdan
- id: ofac-29675
  kind: person
  canonical: Alena Mikalaeuna Dmukhaila
- id: ofac-31918
  kind: person
  canonical: Aliaksandr Mikhailavich Lasiakin
- id: ofac-9762
  kind: person
  canonical: Aliaksandr Leanidavich Zimousky
""")


@pytest.mark.parametrize("query, entry", [
    ("Uladzimir Viktaravitj KALATJ", "eu-dvs-1570"),
    ("Vladimir Viktorovitj KALATJ", "eu-dvs-1570"),
    ("Henadz Andrejevitj BOHDAN", "eu-dvs-1652"),
    ("Alena Mikalajeuna DMUCHAJLA", "ofac-29675"),
    ("DMUHAILO, Elena", "ofac-29675"),             # Alena: Елена; -a: -o
    ("LOSYAKIN, Alexander", "ofac-31918"),
    ("SIMOWSKI, Aliaksandr Leanidavich", "ofac-9762"),   # German s for з
])
def test_an_entry_with_only_a_latin_form_reaches_as_far_as_one_with_cyrillic(
        latin_only, query, entry):
    r = latin_only.resolve(query)
    assert (r.confident, r.entry) == (True, entry)


def test_an_organisations_name_is_not_taken_back_to_cyrillic():
    from checker.glossary.model import Entry
    from checker.match.forms import guessed_names

    org = Entry("ofac-31675", "organization", "Directorate Of Internal Affairs")
    person = Entry("ofac-9762", "person", "Aliaksandr Leanidavich Zimousky")
    assert guessed_names(org) == []
    # its one spelling leans to Belarusian: the Russian guess is the Belarusian one in Russian
    # letters and endings (ў: в)
    assert {n.language: " ".join(n.parts) for n in guessed_names(person)} == {
        "be": "Аляксандр Леанідавіч Зімоўскі", "ru": "Аляксандр Леанидавич Зимовский"}
    with_cyrillic = Entry("x", "person", "Mikalai Karpiankou", be=("Мікалай Карпянкоў",))
    assert guessed_names(with_cyrillic) == []


@pytest.fixture(scope="module")
def places_and_a_person() -> Matcher:
    return _matcher("""\
- id: biaroza
  kind: place
  be: Бяроза
  ru: Берёза
- id: klimavichy
  kind: place
  be: Клімавічы
  ru: Климовичи
- id: lakhavichy
  kind: place
  be: Ляхавічы
  ru: Ляховичи
- id: natallia-klimovich
  kind: person
  be: Наталля Клімовіч
  ru: Наталья Климович
- id: zhytkavichy
  kind: place
  be: Жыткавічы
  ru: Житковичи
""")


@pytest.mark.parametrize("query, entry", [
    # a plural place ending is not a singular family name's, in any scheme
    ("Klimavitsy", "klimavichy"), ("Klimavitjy", "klimavichy"), ("Klimovichi", "klimavichy"),
    ("Klimovitj", "natallia-klimovich"), ("Klimowicz", "natallia-klimovich"),
    # another language's spelling of a place still meets it (dev data: place-alt)
    ("Lachowicze", "lakhavichy"), ("Żytkowicze", "zhytkavichy"), ("Zytkavitsy", "zhytkavichy"),
])
def test_the_grammatical_shape_of_a_word_tells_which_entry_it_is(places_and_a_person, query, entry):
    r = places_and_a_person.resolve(query)
    assert (r.confident, r.entry) == (True, entry)


@pytest.mark.parametrize("query", ["Берасце", "Берасьце"])
def test_a_cyrillic_word_is_not_read_as_another_languages_spelling(places_and_a_person, query):
    # Brest's Belarusian historical name: its German-scheme romanization Berasze is no Polish
    # word, whose stem would be Biaroza's
    assert not places_and_a_person.resolve(query).confident


def test_a_singular_is_not_a_plural_place_by_its_stem():
    only_places = _matcher("""\
- id: klimavichy
  kind: place
  be: Клімавічы
  ru: Климовичи
""")
    only_person = _matcher("""\
- id: natallia-klimovich
  kind: person
  be: Наталля Клімовіч
  ru: Наталья Климович
""")
    assert not only_places.resolve("Klimowicz").confident    # Polish family name
    assert not only_places.resolve("Klimovitj").confident
    assert only_places.resolve("Klimowicze").confident       # Polish name of the town
    for query in ("Klimavitsy", "Klimavitjy", "Klimovichi"):
        assert not only_person.resolve(query).confident, query


@pytest.fixture(scope="module")
def classical_city() -> Matcher:
    """A city with its classical-orthography form, and a court whose name holds the city."""
    return _matcher("""\
- id: minsk
  kind: place
  be: [Мінск, Менск]
  ru: Минск
- id: pershamaiski-district-court-minsk
  kind: organization
  be: суд Першамайскага раёна Мінска
  ru: суд Первомайского района Минска
  canonical: Pershamaiski District Court of Minsk
  note: The canonical is the court's house form.
- id: homel
  kind: place
  be: Гомель
  ru: Гомель
""")


@pytest.mark.parametrize("query, entry", [
    # Nasha Niva and Radio Svaboda write the classical orthography in longer names too
    ("суд Першамайскага раёну Менску", "pershamaiski-district-court-minsk"),
    ("суд Першамайскага раёна Менска", "pershamaiski-district-court-minsk"),
    ("у Менску", "minsk"),
    ("з Гомля", "homel"), ("у Гомлі", "homel"),
])
def test_a_classical_orthography_word_in_a_longer_name_is_the_same_word(classical_city, query,
                                                                        entry):
    r = classical_city.resolve(query)
    assert (r.status in CONFIDENT, r.entry) == (True, entry), r.to_dict()


def test_the_classical_form_of_a_city_that_declines_otherwise_is_not_rewritten():
    from checker.match.index import _other_orthography

    g = Glossary(parse_glossary_text("""\
version: 1
entries:
  - id: brest
    kind: place
    be: [Брэст, Берасьце]
  - id: minsk
    kind: place
    be: [Мінск, Менск]
""", "t.yaml"))
    # Берасьце is another word, not Брэст with other letters: only Менск is carried over
    assert _other_orthography(g) == {"менск": "мінск"}


def test_a_name_without_a_number_is_no_name_that_holds_one():
    matcher = _matcher("""\
- id: russia
  kind: place
  be: Расія
  ru: Россия
  canonical: Russia
  forms: {pl: Rosja}
  note: The canonical is the English name.
- id: russia-1
  kind: organization
  ru: Россия-1
  canonical: Rossiya-1
  note: The canonical is the channel's own spelling.
""")
    # Rosja and Rossiya fold alike with the channel's name, which holds a number
    for query in ("Rosja", "Rossiya"):
        r = matcher.resolve(query)
        assert (r.status in CONFIDENT, r.entry) == (True, "russia"), r.to_dict()
    r = matcher.resolve("Rossiya 1")
    assert (r.status in CONFIDENT, r.entry) == (True, "russia-1"), r.to_dict()


@pytest.fixture(scope="module")
def classical_spelling() -> Matcher:
    """A person, a region and a country as the official orthography writes them."""
    return _matcher("""\
- id: zianon-pazniak
  kind: person
  be: Зянон Пазняк | Зянон Станіслававіч Пазняк
  ru: Зенон Позняк | Зенон Станиславович Позняк
  gender: male
- id: vitsebsk-region
  kind: place
  be: Віцебская вобласць
  ru: Витебская область
  canonical: Vitsebsk Region
  note: The canonical is the house form.
- id: poland
  kind: place
  be: Польшча
  ru: Польша
  canonical: Poland
  forms: {pl: Polska}
  note: The canonical is the English name.
""")


@pytest.mark.parametrize("query, entry", [
    # the classical orthography marks a soft consonant before a soft one: Пазьняк, вобласьці
    ("Зянона Пазьняка", "zianon-pazniak"), ("Пазьняк", "zianon-pazniak"),
    ("Віцебскай вобласьці", "vitsebsk-region"),
    # the Polish locative softens k before -e: w Polsce
    ("Polsce", "poland"), ("w Polsce", "poland"),
])
def test_a_classical_spelling_or_a_polish_locative_is_the_name(classical_spelling, query, entry):
    r = classical_spelling.resolve(query)
    assert (r.status in CONFIDENT, r.entry) == (True, entry), r.to_dict()


@pytest.mark.parametrize("query", [
    "З.Пазняк", "Z.Pazniak", "З. Пазняк",
    # a given name's and a patronymic's initials both glued to the family name
    "З.С.Пазняк", "Z.S.Pazniak", "Z.S.Pozniak", "З.С.Позняк",
])
def test_an_initial_glued_to_the_family_name_is_an_initial(classical_spelling, query):
    r = classical_spelling.resolve(query)
    assert (r.status in CONFIDENT, r.entry) == (True, "zianon-pazniak"), r.to_dict()


def test_a_cyrillic_legal_form_or_club_prefix_before_a_name_is_left_out():
    matcher = _matcher("""\
- id: belaruskali
  kind: organization
  be: Беларуськалій
  ru: Беларуськалий
  canonical: Belaruskali
  note: The canonical is the company's own spelling.
- id: fc-dinamo-brest
  kind: organization
  be: Дынама-Брэст
  ru: Динамо-Брест
  canonical: FC Dinamo Brest
  note: The canonical is the club's English name.
- id: union-of-belarusian-writers
  kind: organization
  be: Саюз беларускіх пісьменнікаў
  ru: Союз белорусских писателей
  canonical: Union of Belarusian Writers
  note: The canonical is the union's English name.
- id: viasna
  kind: organization
  be: Вясна
  ru: Весна
  canonical: Viasna
  note: The canonical is the centre's own spelling.
- id: gubopik
  kind: organization
  be: ГУБАЗіК
  ru: ГУБОПиК
  canonical: GUBOPiK
  note: The police directorate's usual name.
""")
    for query, entry in [("ААТ Беларуськалій", "belaruskali"), ("ОАО Беларуськалий", "belaruskali"),
                         ("ФК Дынама-Брэст", "fc-dinamo-brest"),
                         # a public association's form, with the name in quotes
                         ("ГА «Саюз беларускіх пісьменнікаў»", "union-of-belarusian-writers"),
                         ('ОО "Союз белорусских писателей"', "union-of-belarusian-writers"),
                         # a human-rights centre's and a company with foreign capital's
                         ("ПЦ «Вясна»", "viasna"), ("ПЦ Весна", "viasna"),
                         ('ИООО "Беларуськалий"', "belaruskali")]:
        r = matcher.resolve(query)
        assert (r.status in CONFIDENT, r.entry) == (True, entry), r.to_dict()
    assert matcher.resolve("ФК").status == "unknown"
    # ГУ is no prefix: the "main directorate" of ГУ БОПиК, written apart
    assert matcher.resolve("ГУ БОПиК").entry == "gubopik"


def test_a_polish_case_of_a_name_with_no_polish_letter_is_the_name():
    # -iej marks a word Polish as ł or sz do: Unii Europejskiej is the Unia Europejska
    matcher = _matcher("""\
- id: european-union
  kind: organization
  be: Еўрапейскі саюз
  ru: Европейский союз
  canonical: European Union
  forms: {pl: Unia Europejska}
  note: The canonical is the English name.
""")
    for query in ("Unii Europejskiej", "w Unii Europejskiej"):
        r = matcher.resolve(query)
        assert (r.status in CONFIDENT, r.entry) == (True, "european-union"), r.to_dict()


def test_a_listed_polish_or_german_form_in_another_case_is_the_body():
    # a body's Polish or German form in its sentence's case, with no Polish letter to mark it:
    # a genitive (Rady Europy, Polskiego Radia, Związku), a German adjective's ending
    # (Vereinten Nationen); a person's name so read is another name (Aliaksandra)
    matcher = _matcher("""\
- id: council-of-europe
  kind: organization
  be: Савет Еўропы
  ru: Совет Европы
  canonical: Council of Europe
  forms: {pl: Rada Europy}
  note: The canonical is the English name.
- id: polish-radio
  kind: organization
  be: Польскае радыё
  ru: Польское радио
  canonical: Polish Radio
  forms: {pl: Polskie Radio}
  note: The canonical is the English name.
- id: united-nations
  kind: organization
  be: Арганізацыя Аб'яднаных Нацый
  ru: Организация Объединённых Наций
  canonical: United Nations
  forms: {de: Vereinte Nationen}
  note: The canonical is the English name.
- id: union-of-poles
  kind: organization
  be: Саюз палякаў на Беларусі
  ru: Союз поляков Беларуси
  canonical: Union of Poles in Belarus
  forms: {pl: Związek Polaków na Białorusi}
  note: The canonical is the English name.
- id: aliaksandr-lukashenka
  kind: person
  be: Аляксандр Лукашэнка
  ru: Александр Лукашенко
  canonical: Aliaksandr Lukashenka
""")
    for query, entry in [("Rady Europy", "council-of-europe"), ("Polskiego Radia", "polish-radio"),
                         ("Vereinten Nationen", "united-nations"),
                         ("Związku Polaków na Białorusi", "union-of-poles")]:
        r = matcher.resolve(query)
        assert (r.status, r.entry) == ("variant", entry), r.to_dict()
    assert matcher.resolve("Aliaksandra Lukashenka").status not in CONFIDENT


def test_a_lowercase_letter_alone_is_a_word_of_the_name_not_an_initial():
    # Polish i, Belarusian і, Russian и (and): a word of the listed form, no initial
    matcher = _matcher("""\
- id: law-and-justice
  kind: organization
  be: Права і справядлівасць
  ru: Право и справедливость
  canonical: Law and Justice
  forms: {pl: Prawo i Sprawiedliwość}
  note: The canonical is the English name.
""")
    for query in ("Prawo i Sprawiedliwość", "Права і справядлівасць", "Право и справедливость"):
        r = matcher.resolve(query)
        assert (r.status, r.entry, r.score) == ("variant", "law-and-justice", 100.0), r.to_dict()


def test_st_with_its_full_stop_is_a_word_of_the_name_no_initial():
    matcher = _matcher("""\
- id: st-petersburg
  kind: place
  be: Санкт-Пецярбург
  ru: Санкт-Петербург
  canonical: St Petersburg
  note: The canonical is the English name.
""")
    for query in ("St. Petersburg", "ST. PETERSBURG", "St Petersburg"):
        r = matcher.resolve(query)
        assert (r.status, r.entry) == ("canonical", "st-petersburg"), r.to_dict()


def test_polish_locatives_of_plural_towns_and_of_a_g_stem():
    matcher = _matcher("""\
- id: kukuryki
  kind: place
  be: Кукурыкі
  ru: Кукурыки
  canonical: Kukuryki
  note: The canonical is the Polish village's own name.
- id: prague
  kind: place
  be: Прага
  ru: Прага
  canonical: Prague
  forms: {pl: Praga}
  note: The canonical is the English name.
""")
    for query, entry in [("w Kukurykach", "kukuryki"), ("w Pradze", "prague")]:
        r = matcher.resolve(query)
        assert (r.status, r.entry) == ("variant", entry), r.to_dict()


def test_an_acronym_is_spelled_letter_by_letter():
    # the name keys fold doubled letters and j as i: ICCI and ICJ, UNN and UN share a key,
    # but an acronym's letters are its spelling; a scheme's romanization (MAS, KDB) is one
    matcher = _matcher("""\
- id: international-court-of-justice
  kind: organization
  be: Міжнародны суд ААН
  ru: Международный суд ООН
  canonical: International Court of Justice
  admitted: [ICJ]
  note: The canonical is the English name.
- id: united-nations
  kind: organization
  be: Арганізацыя Аб'яднаных Нацый
  ru: Организация Объединённых Наций
  canonical: United Nations
  admitted: [UN]
  note: The canonical is the English name.
- id: maz
  kind: organization
  be: МАЗ
  ru: МАЗ
  canonical: MAZ
  note: The canonical is the company's own acronym.
""")
    for query in ("ICCI", "UNN"):
        assert not matcher.resolve(query).confident, query
    for query, entry in [("ICJ", "international-court-of-justice"), ("UN", "united-nations"),
                         ("MAS", "maz"), ("MAZ", "maz")]:
        r = matcher.resolve(query)
        assert (r.confident, r.entry) == (True, entry), r.to_dict()


@pytest.mark.parametrize("query", ['Дзяніс "Кіт" Прохараў', "Дзяніс «Кіт» Прохараў",
                                   'Denis "Kit" Prokhorov'])
def test_a_nickname_in_quotes_between_given_and_family_name_is_left_out(query):
    matcher = _matcher("""\
- id: dzianis-prokharau
  kind: person
  be: Дзяніс Прохараў
  ru: Денис Прохоров
  gender: male
  note: A fighter of the regiment.
- id: kit-company
  kind: organization
  be: Кіт
  ru: Кит
  canonical: Kit
  note: A company of the same name as the nickname.
""")
    r = matcher.resolve(query)
    assert (r.status, r.entry) == ("variant", "dzianis-prokharau"), r.to_dict()
    assert "nickname" in r.how
    # a body's name in quotes at the end is no nickname
    assert matcher.resolve("ТАА «Кіт»").entry == "kit-company"


@pytest.mark.parametrize("query", ["Дар'я Лосік", "Дар’я Лосік", "Дарʼя Лосік",
                                   "Дар'і Лосік", "Аб'яднанага пераходнага кабінета",
                                   "Мін'юсту"])
def test_any_apostrophe_glyph_is_the_belarusian_apostrophe(query):
    # Belarusian text types the apostrophe as ', ’ or ʼ, and the glossary writes one of them
    matcher = _matcher("""\
- id: daria-losik
  kind: person
  be: Дар’я Лосік
  ru: Дарья Лосик
  gender: female
  note: A journalist's wife.
- id: united-transitional-cabinet
  kind: organization
  be: Аб’яднаны пераходны кабінет
  ru: Объединённый переходный кабинет
  canonical: United Transitional Cabinet
  note: The exiled cabinet.
- id: justice-ministry
  kind: organization
  be: [Міністэрства юстыцыі, Мінюст]
  ru: [Министерство юстиции, Минюст]
  canonical: Justice Ministry
  note: The ministry.
""")
    r = matcher.resolve(query)
    assert r.status in CONFIDENT, r.to_dict()


@pytest.fixture(scope="module")
def aircraft() -> Matcher:
    """A name whose only word beside its maker's is a letter and a number."""
    return _matcher("""\
- id: a-50
  kind: other
  be: А-50
  ru: А-50
  canonical: A-50
  admitted: [Beriev A-50]
  sources: [https://en.wikipedia.org/wiki/Beriev_A-50]
""")


@pytest.mark.parametrize("query, status", [
    ("Beriev", "unknown"),           # the maker's name alone is not the aircraft
    ("Beriev A-50", "canonical"),    # an admitted form, whole
    ("A-50", "canonical"),
])
def test_a_word_with_a_digit_is_no_function_word(aircraft, query, status):
    # A-50 folds to the article 'a': still a word of the name, and its number counts
    assert aircraft.resolve(query).status == status


def test_a_persons_two_middle_names_are_both_their_name():
    # a listed name of four words: both middle words fill the one middle slot
    m = _matcher("""\
- id: naftali-zvi-yehuda-berlin
  kind: person
  be: Нафталі Цві Егуда Берлін
  ru: Нафтали Цви Иегуда Берлин
  canonical: Naftali Zvi Yehuda Berlin
  gender: male
""")
    r = m.resolve("Naftali Zvi Yehuda Berlin")
    assert (r.status, r.entry, r.score) == ("canonical", "naftali-zvi-yehuda-berlin", 100.0)
    # a word that is no middle name of his is still none
    assert m.resolve("Naftali Zvi Moshe Berlin").status != "canonical"


def test_a_person_known_by_one_name_with_a_byname():
    m = _matcher("""\
- id: rogneda
  kind: person
  be: Рагнеда
  ru: Рогнеда
  canonical: Rogneda
  gender: female
- id: polatsk
  kind: place
  be: Полацк
  ru: Полоцк
  canonical: Polatsk
  variants: [Polotsk]
- id: mikalai-karpiankou
  kind: person
  be: Мікалай Карпянкоў
  ru: Николай Карпенков
  gender: male
""")
    r = m.resolve("Rogneda of Polotsk")
    assert (r.status, r.entry) == ("variant", "rogneda")
    # a name of two words before "of", or no place after it, makes no byname
    assert m.resolve("Mikalai Karpiankou of Polotsk").how != "name and byname"
    assert m.resolve("Rogneda of Nowhere").how != "name and byname"
